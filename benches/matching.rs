//! Benchmark of matching. Prints figures; asserts nothing.
//!
//! 1. One need against the in-memory index: the time `rank` takes for each of the demo's 320
//!    needs (p50, p95, max), over the demo's 1,000 technologies and over 100,000 synthetic
//!    ones, with the time to build each index.
//! 2. A full rematch through the job queue, as `portal rematch` does it: every published need
//!    of the demo (320) against its 1,000 technologies, index build and writes included.
//!
//! Run: `cargo bench --bench matching` (starts its own PostgreSQL for part 2, or uses
//! DATABASE_URL). `SCALE=1000` skips the 100,000 run.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use portal::catalogue::{BudgetBand, CooperationMode, Domain};
use portal::db::{self, Durability, EmbeddedPostgres};
use portal::interchange::{self, CatalogueFiles};
use portal::matching::index::{Index, Technology, Text};
use portal::matching::jobs;
use portal::matching::score::{Need, rank};
use sqlx::postgres::PgConnectOptions;
use sqlx::{Connection, PgConnection};

/// The rows of a CSV file of the format, each as a map from column name to cell.
fn rows(text: &str) -> Vec<HashMap<String, String>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|row| {
            header
                .iter()
                .map(str::to_owned)
                .zip(row.unwrap().iter().map(str::to_owned))
                .collect()
        })
        .collect()
}

/// A list cell's values.
fn list(cell: &str) -> Vec<String> {
    cell.split(';')
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
        .collect()
}

fn cooperation(cell: &str) -> Vec<CooperationMode> {
    list(cell)
        .iter()
        .map(|m| CooperationMode::parse(m).unwrap())
        .collect()
}

fn sdgs(cell: &str) -> Vec<i16> {
    list(cell).iter().map(|g| g.parse().unwrap()).collect()
}

/// Reads `technologies.csv` text into index entries (ids are row numbers).
fn technologies(text: &str) -> Vec<(Technology, Text)> {
    let optional = |cell: &str| (!cell.is_empty()).then(|| cell.to_owned());
    rows(text)
        .into_iter()
        .enumerate()
        .map(|(i, row)| {
            let technology = Technology {
                id: i as i64,
                reference: row["ref"].clone(),
                domain: Domain::parse(&row["domain"]).unwrap(),
                trl: row["trl"].parse().unwrap(),
                cooperation: cooperation(&row["cooperation"]),
                budget_band: BudgetBand::parse(&row["budget_band"]).ok(),
                sdgs: sdgs(&row["sdgs"]),
                deployed_in: list(&row["deployed_in"]),
            };
            let text = Text {
                title_en: row["title_en"].clone(),
                title_zh: optional(&row["title_zh"]),
                summary_en: row["summary_en"].clone(),
                summary_zh: optional(&row["summary_zh"]),
                description_en: optional(&row["description_en"]),
                keywords: list(&row["keywords"]),
            };
            (technology, text)
        })
        .collect()
}

fn needs() -> Vec<Need> {
    portal::matching::eval::read_needs("needs.csv", include_str!("../data/demo/needs.csv")).unwrap()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn one_need(label: &str, csv: &str, needs: &[Need]) {
    let entries = technologies(csv);
    let count = entries.len();
    let started = Instant::now();
    let index = Index::build(entries);
    let built = started.elapsed();
    // One warm-up pass, then the measured one.
    for need in needs {
        std::hint::black_box(rank(&index, need, jobs::KEPT));
    }
    let mut timings: Vec<Duration> = needs
        .iter()
        .map(|need| {
            let started = Instant::now();
            std::hint::black_box(rank(&index, need, jobs::KEPT));
            started.elapsed()
        })
        .collect();
    timings.sort();
    println!(
        "{label}: {count} technologies, index built in {built:.2?}; one need (top {}): p50 {:.2?}  p95 {:.2?}  max {:.2?}",
        jobs::KEPT,
        percentile(&timings, 0.5),
        percentile(&timings, 0.95),
        timings[timings.len() - 1],
    );
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let needs = needs();
    one_need("demo", include_str!("../data/demo/technologies.csv"), &needs);
    if std::env::var("SCALE").as_deref() != Ok("1000") {
        one_need(
            "synthetic",
            &interchange::synthetic::technologies(100_000),
            &needs,
        );
    }

    let dir = std::env::temp_dir().join(format!("portal-bench-matching-{}", std::process::id()));
    let (admin, server): (PgConnectOptions, Option<EmbeddedPostgres>) = match std::env::var("DATABASE_URL") {
        Ok(url) if !url.is_empty() => (url.parse()?, None),
        _ => {
            let bench_dir = dir.clone();
            let server =
                tokio::task::spawn_blocking(move || EmbeddedPostgres::start(&bench_dir, Durability::Full))
                    .await??;
            (server.connect_options("postgres"), Some(server))
        }
    };
    let name = "portal_bench_matching";
    let mut conn = PgConnection::connect_with(&admin).await?;
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name}")))
        .execute(&mut conn)
        .await?;
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut conn)
        .await?;
    let pool = db::pool_options()
        .connect_with(admin.clone().database(name))
        .await?;
    db::migrate(&pool).await?;
    interchange::import(&mut *pool.acquire().await?, &CatalogueFiles::demo()).await?;
    jobs::drain(&pool, &|_, _| {}).await?;
    for run in 1..=3 {
        let started = Instant::now();
        let matched = jobs::rematch_all(&pool, &|_, _| {}).await?;
        println!(
            "full rematch {run}: {matched} needs against 1000 technologies in {:.2?}",
            started.elapsed()
        );
    }
    pool.close().await;
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!("DROP DATABASE {name}")))
        .execute(&mut conn)
        .await?;
    if let Some(server) = server {
        tokio::task::spawn_blocking(move || server.stop()).await??;
        let _ = std::fs::remove_dir_all(&dir);
    }
    Ok(())
}
