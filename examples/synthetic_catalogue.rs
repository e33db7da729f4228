//! Writes a synthetic catalogue of N technologies for scale tests, in the interchange format:
//! the demo institutions, and technologies recombined from the demo ones (each takes the title,
//! domain and facets of one demo technology and adds a sentence of another to its summary), so
//! that texts, facets and their spread stay realistic. Deterministic for a given N.
//!
//! `cargo run --release --example synthetic_catalogue -- 100000 target/synthetic`
//! then `portal import target/synthetic`.

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().ok_or("usage: synthetic_catalogue N DIR")?.parse()?;
    let dir = PathBuf::from(args.next().ok_or("usage: synthetic_catalogue N DIR")?);
    std::fs::create_dir_all(&dir)?;
    let demo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/demo");
    std::fs::copy(demo.join("institutions.csv"), dir.join("institutions.csv"))?;

    let mut reader = csv::Reader::from_path(demo.join("technologies.csv"))?;
    let header = reader.headers()?.clone();
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>()?;
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .expect("a column of the format")
    };
    let (reference, summary_en) = (column("ref"), column("summary_en"));

    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_path(dir.join("technologies.csv"))?;
    writer.write_record(&header)?;
    for i in 0..count {
        let base = &rows[i % rows.len()];
        let other = &rows[(i * 7919 + 13) % rows.len()];
        let extra = other[summary_en].split(". ").next().unwrap_or_default();
        let mut summary: String = format!("{} {extra}.", &base[summary_en]);
        if summary.chars().count() > 1000 {
            summary = base[summary_en].to_owned();
        }
        let record: Vec<String> = (0..header.len())
            .map(|c| match c {
                c if c == reference => format!("S-{i:07}"),
                c if c == summary_en => summary.clone(),
                c => base[c].to_owned(),
            })
            .collect();
        writer.write_record(&record)?;
    }
    writer.flush()?;
    println!("wrote {count} technologies to {}", dir.display());
    Ok(())
}
