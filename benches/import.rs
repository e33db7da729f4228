//! Benchmark: how long `portal import` takes to load the demonstration catalogue (1,000
//! technologies, the institutions and needs) into an empty, migrated database, through the
//! same importer the CLI uses. Prints each run and the median; it asserts nothing.
//!
//! Run: `cargo bench --bench import` (starts its own PostgreSQL, or uses DATABASE_URL).

use std::time::{Duration, Instant};

use portal::db::{self, Durability, EmbeddedPostgres};
use portal::interchange::{self, CatalogueFiles};
use sqlx::postgres::PgConnectOptions;
use sqlx::{Connection, PgConnection};

const RUNS: usize = 7;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = std::env::temp_dir().join(format!("portal-bench-import-{}", std::process::id()));
    let (admin, server): (PgConnectOptions, Option<EmbeddedPostgres>) = match std::env::var("DATABASE_URL") {
        Ok(url) if !url.is_empty() => (url.parse()?, None),
        _ => {
            let bench_dir = dir.clone();
            // Full durability: the figure is what a real import costs.
            let server =
                tokio::task::spawn_blocking(move || EmbeddedPostgres::start(&bench_dir, Durability::Full))
                    .await??;
            (server.connect_options("postgres"), Some(server))
        }
    };
    let files = CatalogueFiles::demo();
    let mut timings = Vec::new();
    for run in 1..=RUNS {
        let name = format!("portal_bench_import_{run}");
        let mut conn = PgConnection::connect_with(&admin).await?;
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name}")))
            .execute(&mut conn)
            .await?;
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut conn)
            .await?;
        let pool = db::pool_options()
            .connect_with(admin.clone().database(&name))
            .await?;
        db::migrate(&pool).await?;
        let mut target = pool.acquire().await?;
        let started = Instant::now();
        let summary = interchange::import(&mut target, &files).await?;
        let elapsed = started.elapsed();
        drop(target);
        pool.close().await;
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!("DROP DATABASE {name}")))
            .execute(&mut conn)
            .await?;
        conn.close().await?;
        println!(
            "run {run}: {} technologies, {} institutions, {} needs imported in {elapsed:.1?}",
            summary.technologies.created, summary.institutions.created, summary.needs.created
        );
        timings.push(elapsed);
    }
    timings.sort();
    let median: Duration = timings[RUNS / 2];
    println!(
        "demo catalogue import: median {median:.1?}, best {:.1?}, worst {:.1?} over {RUNS} runs",
        timings[0],
        timings[RUNS - 1]
    );
    if let Some(server) = server {
        tokio::task::spawn_blocking(move || server.stop()).await??;
        let _ = std::fs::remove_dir_all(&dir);
    }
    Ok(())
}
