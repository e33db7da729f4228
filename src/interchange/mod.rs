//! The catalogue interchange format (../shared/catalogue-format.md): three CSV files read,
//! validated in full, then written in one transaction; and the same files written back out.
//!
//! `portal import`, the demo loader and (later) the staff's browser upload all call [`import`].
//! Nothing is written unless every row of every file is valid; the error lists every problem
//! with its file, line and column.

pub mod entry;
mod institutions;
pub mod needs;
pub mod synthetic;
pub mod table;
mod technologies;

use std::collections::HashSet;
use std::fmt;
use std::path::Path;

use anyhow::Context;
use sqlx::{Acquire, PgConnection};

use table::Column;

/// The files of the format, in the order they are imported (technologies refer to institutions).
pub const FILE_NAMES: [&str; 3] = ["institutions.csv", "technologies.csv", "needs.csv"];

/// One CSV file to import: its name (used in messages) and its text.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Source {
    pub name: String,
    pub text: String,
}

/// The files of one import; any of them may be absent.
#[derive(Debug, Clone, Default)]
pub struct CatalogueFiles {
    pub institutions: Option<Source>,
    pub technologies: Option<Source>,
    pub needs: Option<Source>,
}

impl CatalogueFiles {
    /// Reads the format's files from a folder. A `.csv` file with another name is an error,
    /// so that a misnamed file is not silently skipped.
    pub fn read_dir(dir: &Path) -> Result<Self, ImportError> {
        let entries = std::fs::read_dir(dir)
            .with_context(|| format!("could not read the folder {}", dir.display()))
            .map_err(ImportError::Other)?;
        let mut files = Self::default();
        let mut problems = Vec::new();
        let mut names: Vec<String> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| name.to_ascii_lowercase().ends_with(".csv"))
            .collect();
        names.sort();
        for name in names {
            let path = dir.join(&name);
            match std::fs::read(&path) {
                Ok(bytes) => {
                    if let Err(problem) = files.add(&name, &path.display().to_string(), bytes) {
                        problems.push(problem);
                    }
                }
                Err(error) => problems.push(Problem::file(
                    &path.display().to_string(),
                    0,
                    &format!("could not be read: {error}"),
                )),
            }
        }
        files.checked(problems, &dir.display().to_string())
    }

    /// Files uploaded through the browser, as (file name, bytes).
    pub fn from_uploads(uploads: Vec<(String, Vec<u8>)>) -> Result<Self, ImportError> {
        let mut files = Self::default();
        let mut problems = Vec::new();
        for (name, bytes) in uploads {
            if let Err(problem) = files.add(&name, &name, bytes) {
                problems.push(problem);
            }
        }
        files.checked(problems, "the upload")
    }

    /// The files, unless there were problems reading them or none of the format's files was
    /// found in `place`.
    fn checked(self, mut problems: Vec<Problem>, place: &str) -> Result<Self, ImportError> {
        if problems.is_empty() && self.is_empty() {
            problems.push(Problem::file(
                place,
                0,
                &format!("holds none of the format's files ({})", FILE_NAMES.join(", ")),
            ));
        }
        if problems.is_empty() {
            Ok(self)
        } else {
            Err(ImportError::Invalid(problems))
        }
    }

    /// Adds the file `file_name` (shown as `shown` in messages), which must be one of the
    /// format's files, in UTF-8, and not given twice.
    fn add(&mut self, file_name: &str, shown: &str, bytes: Vec<u8>) -> Result<(), Problem> {
        let slot = match file_name {
            "institutions.csv" => &mut self.institutions,
            "technologies.csv" => &mut self.technologies,
            "needs.csv" => &mut self.needs,
            _ => {
                return Err(Problem::file(
                    shown,
                    0,
                    &format!("unknown file; the format's files are {}", FILE_NAMES.join(", ")),
                ));
            }
        };
        if slot.is_some() {
            return Err(Problem::file(shown, 0, "is given twice"));
        }
        match String::from_utf8(bytes) {
            Ok(text) => {
                *slot = Some(Source {
                    name: shown.to_owned(),
                    text,
                });
                Ok(())
            }
            Err(error) => {
                let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
                let line = valid.iter().filter(|b| **b == b'\n').count() as u64 + 1;
                Err(Problem::file(shown, line, "the file is not valid UTF-8"))
            }
        }
    }

    /// The files given, in import order.
    pub fn sources(&self) -> impl Iterator<Item = &Source> {
        [&self.institutions, &self.technologies, &self.needs]
            .into_iter()
            .flatten()
    }

    /// The demonstration catalogue shipped in `data/demo/`, built into the binary.
    pub fn demo() -> Self {
        let source = |name: &str, text: &str| {
            Some(Source {
                name: format!("data/demo/{name}"),
                text: text.to_owned(),
            })
        };
        Self {
            institutions: source(
                "institutions.csv",
                include_str!("../../data/demo/institutions.csv"),
            ),
            technologies: source(
                "technologies.csv",
                include_str!("../../data/demo/technologies.csv"),
            ),
            needs: source("needs.csv", include_str!("../../data/demo/needs.csv")),
        }
    }

    fn is_empty(&self) -> bool {
        self.institutions.is_none() && self.technologies.is_none() && self.needs.is_none()
    }
}

/// One thing wrong with an import, located as precisely as possible.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    pub file: String,
    /// 1-based line where the row starts (the header is line 1); 0 for the file as a whole.
    pub line: u64,
    /// 1-based column position and name, when the problem is in one cell.
    pub column: Option<(usize, String)>,
    pub message: String,
}

impl Problem {
    fn file(file: &str, line: u64, message: &str) -> Self {
        Self {
            file: file.to_owned(),
            line,
            column: None,
            message: message.to_owned(),
        }
    }

    fn at(file: &str, line: u64, position: usize, column: &str, message: String) -> Self {
        Self {
            file: file.to_owned(),
            line,
            column: Some((position, column.to_owned())),
            message,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
        }
        match &self.column {
            Some((position, name)) => write!(f, ":{position}: column {name}: {}", self.message),
            None => write!(f, ": {}", self.message),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the import was refused and nothing was changed: {} problem(s)\n{}", .0.len(), ProblemList(.0))]
    Invalid(Vec<Problem>),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Other(anyhow::Error),
}

struct ProblemList<'a>(&'a [Problem]);

impl fmt::Display for ProblemList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for problem in self.0 {
            writeln!(f, "  {problem}")?;
        }
        Ok(())
    }
}

/// What one file of an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
}

impl Counts {
    /// From the rows an upsert returned (`true` for each created row, `false` for each
    /// updated one) out of `total` rows given; rows it did not return were unchanged.
    fn from_changes(total: usize, changes: &[bool]) -> Self {
        let created = changes.iter().filter(|created| **created).count() as u64;
        let updated = changes.len() as u64 - created;
        Self {
            created,
            updated,
            unchanged: total as u64 - created - updated,
        }
    }
}

impl fmt::Display for Counts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} created, {} updated, {} unchanged",
            self.created, self.updated, self.unchanged
        )
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct ImportSummary {
    pub institutions: Counts,
    pub technologies: Counts,
    pub needs: Counts,
}

/// What the rows may refer to: codes and refs already in the database.
struct Known {
    countries: HashSet<String>,
    /// Institutions of the database and of the import's institutions.csv.
    institutions: HashSet<String>,
}

/// Validates every file, then writes all of them in one transaction (a savepoint when the
/// caller already has one open). Imported rows are published: importing is a staff tool.
#[tracing::instrument(skip_all)]
pub async fn import(conn: &mut PgConnection, files: &CatalogueFiles) -> Result<ImportSummary, ImportError> {
    let mut tx = conn.begin().await?;
    let mut known = Known {
        countries: sqlx::query_scalar!("SELECT code FROM countries")
            .fetch_all(&mut *tx)
            .await?
            .into_iter()
            .collect(),
        institutions: sqlx::query_scalar!("SELECT ref FROM institutions")
            .fetch_all(&mut *tx)
            .await?
            .into_iter()
            .collect(),
    };

    let mut problems = Vec::new();
    let institutions = files
        .institutions
        .as_ref()
        .map(|s| institutions::parse(s, &mut known, &mut problems))
        .unwrap_or_default();
    let technologies = files
        .technologies
        .as_ref()
        .map(|s| technologies::parse(s, &known, &mut problems))
        .unwrap_or_default();
    let needs = files
        .needs
        .as_ref()
        .map(|s| needs::parse(s, &mut problems))
        .unwrap_or_default();
    if !problems.is_empty() {
        return Err(ImportError::Invalid(problems));
    }

    let summary = ImportSummary {
        institutions: in_batches(&mut tx, &institutions, institutions::upsert).await?,
        technologies: in_batches(&mut tx, &technologies, technologies::upsert).await?,
        needs: in_batches(&mut tx, &needs, needs::upsert).await?,
    };
    tx.commit().await?;
    // Fresh statistics, so that the first searches after a large import get good plans.
    sqlx::query("ANALYZE institutions, technologies, technology_deployments, needs")
        .execute(&mut *conn)
        .await?;
    tracing::info!(?summary, "catalogue imported");
    Ok(summary)
}

/// Rows per statement: a large file is written in batches, all in the import's one transaction.
const BATCH: usize = 2_000;

async fn in_batches<R>(
    conn: &mut PgConnection,
    records: &[R],
    upsert: impl AsyncFn(&mut PgConnection, &[R]) -> sqlx::Result<Counts>,
) -> sqlx::Result<Counts> {
    let mut total = Counts::default();
    for batch in records.chunks(BATCH) {
        let counts = upsert(conn, batch).await?;
        total.created += counts.created;
        total.updated += counts.updated;
        total.unchanged += counts.unchanged;
    }
    Ok(total)
}

/// How many rows an export wrote to each file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExportSummary {
    pub institutions: usize,
    pub technologies: usize,
    pub needs: usize,
}

/// Writes the published catalogue (and the institutions its technologies belong to) to the
/// three files in `dir`, rows sorted by ref, so that an export is reproducible.
#[tracing::instrument(skip_all, fields(dir = %dir.display()))]
pub async fn export(conn: &mut PgConnection, dir: &Path) -> anyhow::Result<ExportSummary> {
    std::fs::create_dir_all(dir).with_context(|| format!("could not create {}", dir.display()))?;
    // One snapshot for the three files.
    let mut tx = conn.begin().await?;
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        .execute(&mut *tx)
        .await?;
    let summary = ExportSummary {
        institutions: write_csv(
            &dir.join(FILE_NAMES[0]),
            institutions::COLUMNS,
            institutions::export(&mut tx).await?,
        )?,
        technologies: write_csv(
            &dir.join(FILE_NAMES[1]),
            technologies::COLUMNS,
            technologies::export(&mut tx, None).await?,
        )?,
        needs: write_csv(
            &dir.join(FILE_NAMES[2]),
            needs::COLUMNS,
            needs::export(&mut tx, None).await?,
        )?,
    };
    tx.commit().await?;
    Ok(summary)
}

fn write_csv(path: &Path, columns: &[Column], rows: Vec<Vec<String>>) -> anyhow::Result<usize> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_path(path)
        .with_context(|| format!("could not write {}", path.display()))?;
    writer.write_record(columns.iter().map(|c| c.name))?;
    for row in &rows {
        writer.write_record(row)?;
    }
    writer.flush()?;
    Ok(rows.len())
}

/// An optional value as a cell: empty when not given.
fn cell<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}
