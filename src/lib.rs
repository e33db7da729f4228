//! China–ASEAN Technology Transfer Portal.
//!
//! How the modules depend on each other (arrows point to what is used):
//! `cli` → `web`, `interchange`, `db`; `web` → `catalogue`, `db`;
//! `interchange` → `catalogue`, `db`; `catalogue` → `db`. Only `web` knows HTTP and templates.

pub mod accounts;
pub mod catalogue;
pub mod cli;
pub mod config;
pub mod cooperation;
pub mod db;
pub mod glossary;
pub mod i18n;
pub mod interchange;
pub mod matching;
pub mod notifications;
pub mod review;
pub mod web;

use sqlx::PgPool;

/// Logs to stderr; `RUST_LOG` chooses what (default: info for the portal, warnings elsewhere).
pub fn init_tracing() {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("portal=info,tower_http=info,warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .try_init();
}

/// Loads the demonstration catalogue through the importer when the catalogue is empty.
pub async fn load_demo_if_empty(pool: &PgPool) -> anyhow::Result<()> {
    let empty = sqlx::query_scalar!(
        r#"SELECT NOT EXISTS (SELECT FROM institutions) AND NOT EXISTS (SELECT FROM technologies)
                  AND NOT EXISTS (SELECT FROM needs) AS "empty!""#
    )
    .fetch_one(pool)
    .await?;
    if empty {
        let started = std::time::Instant::now();
        let mut conn = pool.acquire().await?;
        let summary = interchange::import(&mut conn, &interchange::CatalogueFiles::demo()).await?;
        tracing::info!(
            technologies = summary.technologies.created,
            institutions = summary.institutions.created,
            needs = summary.needs.created,
            elapsed = ?started.elapsed(),
            "demonstration catalogue loaded"
        );
    }
    Ok(())
}
