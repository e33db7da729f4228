//! A synthetic catalogue of any size for scale tests and benchmarks: technologies recombined
//! from the demo ones (each takes the title, domain and facets of one demo technology and adds
//! a sentence of another to its summary), so that texts, facets and their spread stay
//! realistic. Deterministic for a given size.

/// `technologies.csv` with `count` technologies (refs `S-0000000`…), owned by demo institutions.
pub fn technologies(count: usize) -> String {
    let demo = include_str!("../../data/demo/technologies.csv");
    let mut reader = csv::Reader::from_reader(demo.as_bytes());
    let header = reader.headers().expect("the demo file has a header").clone();
    let rows: Vec<csv::StringRecord> = reader
        .records()
        .collect::<Result<_, _>>()
        .expect("the demo file is valid CSV");
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .expect("a column of the format")
    };
    let (reference, summary_en) = (column("ref"), column("summary_en"));
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    writer.write_record(&header).expect("writing to memory");
    for i in 0..count {
        let base = &rows[i % rows.len()];
        let other = &rows[(i * 7919 + 13) % rows.len()];
        let extra = other[summary_en].split(". ").next().unwrap_or_default();
        let mut summary = format!("{} {extra}.", &base[summary_en]);
        if summary.chars().count() > 1000 {
            summary = base[summary_en].to_owned();
        }
        let record = (0..header.len()).map(|c| match c {
            c if c == reference => format!("S-{i:07}"),
            c if c == summary_en => summary.clone(),
            c => base[c].to_owned(),
        });
        writer.write_record(record).expect("writing to memory");
    }
    String::from_utf8(writer.into_inner().expect("writing to memory")).expect("CSV of text is text")
}
