//! The database: where it is (an external server or the embedded one), the connection pool and
//! the migrations. Everything else reaches PostgreSQL through the pool made here.

pub mod embedded;

use std::path::Path;
use std::time::Duration;

use anyhow::{Context, Result};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions, Connection, PgConnection, PgPool};

pub use embedded::{Durability, EmbeddedPostgres};

/// The database name the portal uses inside the embedded cluster.
pub const EMBEDDED_DATABASE: &str = "portal";

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!();

/// Whether the embedded server may be shared with a portal process already running on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sharing {
    /// The web server: it runs the cluster itself, and a second one on the folder is an error.
    Exclusive,
    /// Command-line tools: join the cluster of a running portal, else start it.
    JoinRunning,
}

/// An open database: the pool, and the embedded server when the portal runs one (dropping it
/// stops the server, so it must outlive the pool's last use).
pub struct Database {
    pub pool: PgPool,
    pub embedded: Option<EmbeddedPostgres>,
}

impl Database {
    /// Connects to `database_url` when given, else starts the embedded server in `data_dir`.
    /// With [`Sharing::JoinRunning`], a server already run there by another portal process is
    /// used as it is.
    pub async fn open(database_url: Option<&str>, data_dir: &Path, sharing: Sharing) -> Result<Self> {
        let running = match sharing {
            Sharing::JoinRunning => EmbeddedPostgres::running_elsewhere(data_dir, EMBEDDED_DATABASE),
            Sharing::Exclusive => None,
        };
        let (options, embedded) = match (database_url, running) {
            (Some(url), _) => {
                let options: PgConnectOptions = url
                    .parse()
                    .context("DATABASE_URL is not a valid PostgreSQL URL")?;
                (options, None)
            }
            (None, Some(options)) => {
                tracing::info!("using the embedded PostgreSQL of the portal already running");
                (options, None)
            }
            (None, None) => {
                let data_dir = data_dir.to_owned();
                let server =
                    tokio::task::spawn_blocking(move || EmbeddedPostgres::start(&data_dir, Durability::Full))
                        .await??;
                create_database_if_missing(&server.connect_options("postgres"), EMBEDDED_DATABASE).await?;
                (server.connect_options(EMBEDDED_DATABASE), Some(server))
            }
        };
        let pool = pool_options()
            .connect_with(
                options
                    .log_statements(tracing::log::LevelFilter::Trace)
                    .log_slow_statements(tracing::log::LevelFilter::Warn, Duration::from_secs(5)),
            )
            .await
            .context("could not connect to PostgreSQL")?;
        Ok(Self { pool, embedded })
    }

    /// Closes the pool, then stops the embedded server if there is one.
    pub async fn close(mut self) -> Result<()> {
        self.pool.close().await;
        if let Some(server) = self.embedded.take() {
            tokio::task::spawn_blocking(move || server.stop()).await??;
        }
        Ok(())
    }
}

pub fn pool_options() -> PgPoolOptions {
    PgPoolOptions::new()
        .max_connections(16)
        .acquire_timeout(Duration::from_secs(5))
}

/// Brings the schema up to date.
pub async fn migrate(pool: &PgPool) -> Result<()> {
    MIGRATOR
        .run(pool)
        .await
        .context("could not migrate the database")?;
    Ok(())
}

/// Creates `name` through a maintenance connection unless it exists.
pub async fn create_database_if_missing(admin: &PgConnectOptions, name: &str) -> Result<()> {
    let mut conn = PgConnection::connect_with(admin).await?;
    let exists: bool = sqlx::query_scalar("SELECT EXISTS (SELECT FROM pg_database WHERE datname = $1)")
        .bind(name)
        .fetch_one(&mut conn)
        .await?;
    if !exists {
        let sql = format!("CREATE DATABASE \"{}\"", name.replace('"', "\"\""));
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql)).execute(&mut conn).await?;
    }
    conn.close().await?;
    Ok(())
}
