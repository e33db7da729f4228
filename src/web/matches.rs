//! Staff verdicts on candidates, given on a need's page, and their report over time.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::directory::need_page;
use super::session::{Layout, StaffOnly};
use super::{AppState, Error, Result};
use crate::matching::store::{self, DismissalReason, Feedback, Given, Week};

#[derive(Debug, Deserialize)]
pub struct FeedbackForm {
    #[serde(default)]
    verdict: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    note: String,
}

/// The verdict the form gives, or what is wrong with it in the page's language.
fn parse(layout: &Layout, form: &FeedbackForm) -> std::result::Result<Feedback, String> {
    let note = form.note.trim();
    if note.chars().count() > 2000 {
        return Err(layout.t("verdicts-error-note-long"));
    }
    match form.verdict.as_str() {
        "confirm" => Ok(Feedback::Confirm),
        "dismiss" => {
            let reason =
                DismissalReason::parse(&form.reason).map_err(|_| layout.t("verdicts-error-reason"))?;
            if reason == DismissalReason::Other && note.is_empty() {
                return Err(layout.t("verdicts-error-note"));
            }
            Ok(Feedback::Dismiss {
                reason,
                note: (!note.is_empty()).then(|| note.to_owned()),
            })
        }
        _ => Err(layout.t("verdicts-error-verdict")),
    }
}

/// `POST /staff/matches/{need}/{technology}`: confirm or dismiss a candidate.
pub async fn give(
    State(state): State<AppState>,
    StaffOnly(staff, layout): StaffOnly,
    Path((need, technology)): Path<(String, String)>,
    Form(form): Form<FeedbackForm>,
) -> Result<Response> {
    let feedback = match parse(&layout, &form) {
        Ok(feedback) => feedback,
        Err(problem) => {
            let error = Some((technology, problem, form.note));
            let page = need_page(&state, layout, &need, error).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let mut conn = state.pool.acquire().await?;
    if !store::give_feedback(&mut conn, staff.id, &need, &technology, &feedback).await? {
        return Err(Error::NotFound);
    }
    Ok(Redirect::to(&format!("/needs/{need}#candidate-{technology}")).into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "staff/matches.html")]
pub struct ReportPage {
    layout: Layout,
    weeks: Vec<Week>,
    latest: Vec<Given>,
}

/// `GET /staff/matches`: confirmations and dismissals over time.
pub async fn report(State(state): State<AppState>, StaffOnly(_, layout): StaffOnly) -> Result<ReportPage> {
    Ok(ReportPage {
        layout,
        weeks: store::feedback_by_week(&state.pool).await?,
        latest: store::latest_feedback(&state.pool, 30).await?,
    })
}
