//! The staff's pages: the queue of account requests.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::session::{Layout, StaffOnly};
use super::{AppState, Result};
use crate::accounts::requests::{self, DecideError, Request};

#[derive(Template, WebTemplate)]
#[template(path = "staff/requests.html")]
pub struct RequestsPage {
    layout: Layout,
    requests: Vec<Request>,
    notice: Option<String>,
    problem: Option<String>,
}

async fn page(
    state: &AppState,
    layout: Layout,
    notice: Option<String>,
    problem: Option<String>,
) -> Result<RequestsPage> {
    let mut conn = state.pool.acquire().await?;
    Ok(RequestsPage {
        layout,
        requests: requests::pending(&mut conn).await?,
        notice,
        problem,
    })
}

pub async fn list(State(state): State<AppState>, StaffOnly(_, layout): StaffOnly) -> Result<RequestsPage> {
    page(&state, layout, None, None).await
}

#[derive(Debug, Deserialize)]
pub struct Decision {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    reason: String,
}

pub async fn decide(
    State(state): State<AppState>,
    StaffOnly(staff, layout): StaffOnly,
    Path(id): Path<i64>,
    Form(form): Form<Decision>,
) -> Result<Response> {
    let approve = match form.decision.as_str() {
        "approve" => true,
        "reject" => false,
        _ => {
            let problem = layout.t("requests-error-decision");
            let page = page(&state, layout, None, Some(problem)).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let mut conn = state.pool.acquire().await?;
    let outcome = requests::decide(&mut conn, id, staff.id, approve, &form.reason).await;
    drop(conn);
    let (status, notice, problem) = match outcome {
        Ok(()) => (
            StatusCode::OK,
            Some(if approve {
                layout.t("requests-approved")
            } else {
                layout.t("requests-rejected")
            }),
            None,
        ),
        Err(DecideError::ReasonMissing) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
            Some(layout.t("requests-error-reason")),
        ),
        Err(DecideError::NotPending) => (StatusCode::CONFLICT, None, Some(layout.t("requests-error-gone"))),
        Err(DecideError::Database(e)) => return Err(e.into()),
    };
    Ok((status, page(&state, layout, notice, problem).await?).into_response())
}
