//! The portal's configuration: one struct, read once from flags and environment variables.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Args;

#[derive(Debug, Clone, Args)]
pub struct DatabaseConfig {
    /// An external PostgreSQL server; when unset, the portal runs its own embedded one.
    #[arg(long, env = "DATABASE_URL", global = true, hide_env_values = true)]
    pub database_url: Option<String>,

    /// Folder of the embedded PostgreSQL cluster (unused with DATABASE_URL).
    #[arg(long, env = "PORTAL_DATA_DIR", default_value = ".pgdata", global = true)]
    pub data_dir: PathBuf,
}

#[derive(Debug, Clone, Args)]
pub struct ServeConfig {
    /// Address the web server listens on.
    #[arg(long, env = "PORTAL_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,

    /// Load the demonstration catalogue when the catalogue is empty (1) or leave it empty (0).
    #[arg(long, env = "PORTAL_DEMO", default_value = "1", value_parser = parse_flag)]
    pub demo: bool,

    /// Mark session cookies Secure (1) when the portal is served over HTTPS.
    #[arg(long, env = "PORTAL_SECURE_COOKIES", default_value = "0", value_parser = parse_flag)]
    pub secure_cookies: bool,
}

/// `ServeConfig` on its own, so that a bare `portal` reads the same flags' environment variables.
#[derive(Debug, clap::Parser)]
pub struct ServeOnly {
    #[command(flatten)]
    pub serve: ServeConfig,
}

impl ServeConfig {
    /// The configuration from the environment alone (for `portal` without a command).
    pub fn from_env() -> Result<Self, clap::Error> {
        use clap::Parser;
        ServeOnly::try_parse_from(["portal"]).map(|s| s.serve)
    }
}

fn parse_flag(text: &str) -> Result<bool, String> {
    match text {
        "1" | "true" | "yes" => Ok(true),
        "0" | "false" | "no" => Ok(false),
        _ => Err(format!("{text:?}: use 1 or 0")),
    }
}
