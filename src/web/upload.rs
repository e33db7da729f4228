//! Staff upload the format's CSV files through the browser: the portal checks them with the
//! importer (a dry run in a transaction rolled back, so the counts are exact), shows what would
//! change or every problem with its file, line and column, and imports on confirmation.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::session::{Layout, StaffOnly};
use super::{AppState, Error, Result};
use crate::interchange::{self, CatalogueFiles, ImportError, ImportSummary, Problem, Source};
use crate::review::audit::{self, About};

/// At most this many problems are listed; the total is always given.
const PROBLEMS_SHOWN: usize = 200;

#[derive(Template, WebTemplate)]
#[template(path = "staff/import.html")]
pub struct ImportPage {
    layout: Layout,
    /// The files checked, by name.
    files: Vec<String>,
    problems: Vec<Problem>,
    problem_count: usize,
    /// What the import would do (with `staged`) or did.
    summary: Option<ImportSummary>,
    /// The staged upload to confirm.
    staged: Option<i64>,
    imported: bool,
}

impl ImportPage {
    fn new(layout: Layout) -> Self {
        Self {
            layout,
            files: Vec::new(),
            problems: Vec::new(),
            problem_count: 0,
            summary: None,
            staged: None,
            imported: false,
        }
    }

    /// The page listing `error`'s problems; a database failure is an error of ours.
    fn refused(mut self, error: ImportError) -> Result<Response> {
        match error {
            ImportError::Invalid(problems) => {
                self.problem_count = problems.len();
                self.problems = problems.into_iter().take(PROBLEMS_SHOWN).collect();
                Ok((StatusCode::UNPROCESSABLE_ENTITY, self).into_response())
            }
            ImportError::Database(e) => Err(e.into()),
            ImportError::Other(e) => Err(e.into()),
        }
    }
}

pub async fn form(StaffOnly(_, layout): StaffOnly) -> ImportPage {
    ImportPage::new(layout)
}

/// Reads the uploaded files of the form's `files` field.
async fn uploads(mut multipart: Multipart) -> Result<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    let unreadable = |e: axum::extract::multipart::MultipartError| Error::BadRequest(e.body_text());
    while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
        if field.name() != Some("files") {
            continue;
        }
        let name = field.file_name().unwrap_or_default().to_owned();
        let bytes = field.bytes().await.map_err(unreadable)?;
        if !name.is_empty() || !bytes.is_empty() {
            files.push((name, bytes.to_vec()));
        }
    }
    Ok(files)
}

/// Checks the uploaded files and stages them for confirmation.
pub async fn check(
    State(state): State<AppState>,
    StaffOnly(staff, layout): StaffOnly,
    multipart: Multipart,
) -> Result<Response> {
    let mut page = ImportPage::new(layout);
    let files = match CatalogueFiles::from_uploads(uploads(multipart).await?) {
        Ok(files) => files,
        Err(error) => return page.refused(error),
    };
    page.files = files.sources().map(|s| s.name.clone()).collect();
    let mut tx = state.pool.begin().await?;
    let dry_run = interchange::import(&mut tx, &files).await;
    tx.rollback().await?;
    match dry_run {
        Ok(summary) => {
            let sources: Vec<&Source> = files.sources().collect();
            let json = serde_json::to_value(&sources).map_err(anyhow::Error::from)?;
            let id = sqlx::query_scalar!(
                "INSERT INTO staged_imports (uploaded_by, files) VALUES ($1, $2) RETURNING id",
                staff.id,
                json
            )
            .fetch_one(&state.pool)
            .await?;
            page.summary = Some(summary);
            page.staged = Some(id);
            Ok(page.into_response())
        }
        Err(error) => page.refused(error),
    }
}

/// Imports staged files.
pub async fn confirm(
    State(state): State<AppState>,
    StaffOnly(staff, layout): StaffOnly,
    Path(id): Path<i64>,
) -> Result<Response> {
    let mut page = ImportPage::new(layout);
    let mut tx = state.pool.begin().await?;
    let staged = sqlx::query_scalar!(
        "SELECT files FROM staged_imports WHERE id = $1 AND imported_at IS NULL FOR UPDATE",
        id
    )
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(Error::NotFound)?;
    let sources: Vec<Source> = serde_json::from_value(staged).map_err(anyhow::Error::from)?;
    page.files = sources.iter().map(|s| s.name.clone()).collect();
    let files = CatalogueFiles::from_uploads(
        sources
            .into_iter()
            .map(|s| (s.name, s.text.into_bytes()))
            .collect(),
    );
    let imported = match files {
        Ok(files) => interchange::import(&mut tx, &files).await,
        Err(error) => Err(error),
    };
    let summary = match imported {
        Ok(summary) => summary,
        Err(error) => return page.refused(error),
    };
    sqlx::query!("UPDATE staged_imports SET imported_at = now() WHERE id = $1", id)
        .execute(&mut *tx)
        .await?;
    let detail = format!(
        "institutions: {}; technologies: {}; needs: {}",
        summary.institutions, summary.technologies, summary.needs
    );
    audit::record(
        &mut tx,
        Some(staff.id),
        "imported CSV files",
        About::row("staged_import", id),
        Some(&detail),
    )
    .await?;
    tx.commit().await?;
    page.summary = Some(summary);
    page.imported = true;
    Ok(page.into_response())
}
