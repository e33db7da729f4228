//! Writes a synthetic catalogue of N technologies for scale tests, in the interchange format:
//! the demo institutions and `portal::interchange::synthetic::technologies(N)`.
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
    std::fs::write(
        dir.join("technologies.csv"),
        portal::interchange::synthetic::technologies(count),
    )?;
    println!("wrote {count} technologies to {}", dir.display());
    Ok(())
}
