//! The command line: `portal serve` (the default), `migrate`, `import DIR`, `export DIR`,
//! `create-user`, `rematch`, `eval`.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

use crate::accounts::{self, Email, Password, Role};
use crate::config::{DatabaseConfig, ServeConfig};
use crate::db::{self, Database, Sharing};
use crate::interchange::{self, CatalogueFiles, ImportError};
use crate::matching;
use crate::web;

#[derive(Debug, Parser)]
#[command(name = "portal", version, about = "China–ASEAN Technology Transfer Portal")]
pub struct Cli {
    #[command(flatten)]
    pub database: DatabaseConfig,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start the web portal (what a bare `portal` does).
    Serve(ServeConfig),
    /// Bring the database schema up to date, then exit.
    Migrate,
    /// Import a folder of catalogue CSV files (all or nothing); imported rows are published.
    Import {
        /// Folder holding institutions.csv, technologies.csv and/or needs.csv.
        dir: PathBuf,
    },
    /// Export the published catalogue as CSV files into a folder.
    Export {
        /// Folder to write institutions.csv, technologies.csv and needs.csv into.
        dir: PathBuf,
    },
    /// Match every published need again, with a progress bar, then exit.
    Rematch,
    /// Measure the matching against the needs judged by hand (P@5, nDCG@10, hit@5, MRR).
    Eval {
        /// A judgements file (`need_ref,technology_ref,grade,note`); the shipped one by default.
        #[arg(long)]
        judgements: Option<PathBuf>,
    },
    /// Create a staff or admin account; the password is read from standard input.
    CreateUser {
        /// `staff` or `admin`.
        #[arg(long, value_parser = parse_staff_role)]
        role: Role,
        #[arg(long)]
        email: String,
        /// The name shown on the portal; the e-mail address when not given.
        #[arg(long)]
        name: Option<String>,
    },
}

fn parse_staff_role(text: &str) -> Result<Role, String> {
    match Role::parse(text)? {
        role if role.is_staff() => Ok(role),
        _ => Err(
            "create-user makes staff and admin accounts; firms and institutions sign up on the portal"
                .to_owned(),
        ),
    }
}

impl Cli {
    pub async fn run(self) -> Result<()> {
        let command = match self.command {
            Some(command) => command,
            None => Command::Serve(ServeConfig::from_env()?),
        };
        let sharing = match command {
            Command::Serve(_) => Sharing::Exclusive,
            _ => Sharing::JoinRunning,
        };
        let database = Database::open(
            self.database.database_url.as_deref(),
            &self.database.data_dir,
            sharing,
        )
        .await?;
        let result = run_command(&database, command).await;
        database.close().await?;
        result
    }
}

async fn run_command(database: &Database, command: Command) -> Result<()> {
    let pool = &database.pool;
    db::migrate(pool).await?;
    crate::catalogue::words::refresh(pool).await?;
    match command {
        Command::Serve(config) => {
            if config.demo {
                crate::load_demo_if_empty(pool).await?;
            }
            tokio::task::spawn_blocking(crate::catalogue::words::warm_up).await?;
            let worker = tokio::spawn(matching::jobs::work(pool.clone()));
            let sweeper = tokio::spawn(crate::review::expiry::keep_fresh(pool.clone()));
            let served = web::serve(pool.clone(), &config).await;
            // A job cut short is rolled back and stays queued for the next start.
            worker.abort();
            sweeper.abort();
            served
        }
        Command::Migrate => {
            println!("the database schema is up to date");
            Ok(())
        }
        Command::Import { dir } => {
            let started = Instant::now();
            let files = CatalogueFiles::read_dir(&dir).map_err(explain)?;
            let mut conn = pool.acquire().await?;
            let summary = interchange::import(&mut conn, &files).await.map_err(explain)?;
            drop(conn);
            println!("institutions: {}", summary.institutions);
            println!("technologies: {}", summary.technologies);
            println!("needs: {}", summary.needs);
            println!("imported in {:.2?}", started.elapsed());
            // What was imported is matched before the command returns.
            let started = Instant::now();
            let needs = matching::jobs::drain(pool, &|_, _| {}).await?;
            println!("matched {needs} needs in {:.2?}", started.elapsed());
            Ok(())
        }
        Command::Rematch => {
            let started = Instant::now();
            let bar = indicatif::ProgressBar::new(0).with_style(
                indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} needs {elapsed}")
                    .expect("a valid template"),
            );
            let needs = matching::jobs::rematch_all(pool, &|done, total| {
                bar.set_length(total as u64);
                bar.set_position(done as u64);
            })
            .await?;
            bar.finish_and_clear();
            println!("matched {needs} needs in {:.2?}", started.elapsed());
            Ok(())
        }
        Command::Eval { judgements } => {
            let text = match judgements {
                Some(path) => std::fs::read_to_string(&path)
                    .with_context(|| format!("could not read {}", path.display()))?,
                None => matching::eval::JUDGEMENTS.to_owned(),
            };
            let judgements = matching::eval::Judgements::parse(&text).map_err(anyhow::Error::msg)?;
            let started = Instant::now();
            let report = matching::eval::run(pool, &judgements).await?;
            println!("{report}");
            println!("evaluated in {:.2?}", started.elapsed());
            Ok(())
        }
        Command::CreateUser { role, email, name } => {
            let email = Email::parse(&email)?;
            let mut line = String::new();
            std::io::stdin()
                .read_line(&mut line)
                .context("could not read the password from standard input")?;
            let password = Password::parse(line.trim_end_matches(['\r', '\n']))?;
            let name = name.unwrap_or_else(|| email.to_string());
            let mut conn = pool.acquire().await?;
            let user = accounts::create_user(&mut conn, &email, &name, password, role).await?;
            println!("created {} account {} for {}", role.code(), user.id, user.email);
            Ok(())
        }
        Command::Export { dir } => {
            let mut conn = pool.acquire().await?;
            let summary = interchange::export(&mut conn, &dir)
                .await
                .context("export failed")?;
            println!(
                "wrote {} institutions, {} technologies and {} needs to {}",
                summary.institutions,
                summary.technologies,
                summary.needs,
                dir.display()
            );
            Ok(())
        }
    }
}

fn explain(error: ImportError) -> anyhow::Error {
    anyhow::Error::new(error)
}
