//! The staff's review queue: submitted technologies and needs, oldest first; one revision with
//! what it changes; decisions with a written reason, one at a time or in bulk.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::entries::{Shown, label, readable, shown};
use super::session::{Layout, StaffOnly};
use super::technologies::Pagination;
use super::{AppState, Error, Result};
use crate::accounts::Role;
use crate::catalogue::codes::ASEAN;
use crate::catalogue::search::{page_count, page_number};
use crate::catalogue::{Domain, EntryKind};
use crate::interchange::entry;
use crate::matching::store::DismissalReason;
use crate::review::audit::{self, Entry};
use crate::review::revisions::{
    self, DecideError, Decision, QueueFilter, QueueItem, Revision, RevisionStatus, Waiting,
};

#[derive(Debug, Default, Deserialize)]
pub struct QueueQuery {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    edits: String,
    #[serde(default)]
    domain: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    page: String,
    #[serde(default)]
    done: String,
}

impl QueueQuery {
    /// The filters it names; unknown values are ignored.
    fn filter(&self) -> QueueFilter {
        QueueFilter {
            kind: EntryKind::parse(&self.kind).ok(),
            edits: match self.edits.as_str() {
                "edits" => Some(true),
                "new" => Some(false),
                _ => None,
            },
            domain: Domain::parse(&self.domain).ok(),
            country: ASEAN
                .contains(&self.country.as_str())
                .then(|| self.country.clone())
                .or_else(|| (self.country == "CN").then(|| "CN".to_owned())),
        }
    }

    fn href(&self, page: i64) -> String {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        for (name, value) in [
            ("kind", &self.kind),
            ("edits", &self.edits),
            ("domain", &self.domain),
            ("country", &self.country),
        ] {
            if !value.is_empty() {
                query.append_pair(name, value);
            }
        }
        if page > 1 {
            query.append_pair("page", &page.to_string());
        }
        let query = query.finish();
        if query.is_empty() {
            "/staff/review".to_owned()
        } else {
            format!("/staff/review?{query}")
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "staff/queue.html")]
pub struct QueuePage {
    layout: Layout,
    query: QueueQuery,
    items: Vec<QueueItem>,
    total: i64,
    waiting: Waiting,
    pagination: Pagination,
    domains: Vec<(&'static str, String)>,
    countries: Vec<&'static str>,
    notice: Option<String>,
    problems: Vec<String>,
    reason: String,
}

async fn queue_page(
    state: &AppState,
    layout: Layout,
    query: QueueQuery,
    notice: Option<String>,
    problems: Vec<String>,
    reason: String,
) -> Result<QueuePage> {
    let page = page_number(Some(&query.page));
    let (mut items, total) = revisions::queue(&state.pool, &query.filter(), page).await?;
    for item in &mut items {
        item.domain = item.domain.as_deref().map(|d| readable(layout.lang, "domain", d));
    }
    let mut conn = state.pool.acquire().await?;
    let waiting = revisions::waiting(&mut conn).await?;
    let pagination = Pagination::new(page, page_count(total), |p| query.href(p));
    let domains = Domain::ALL.iter().map(|d| (d.code(), layout.label(d))).collect();
    Ok(QueuePage {
        layout,
        items,
        total,
        waiting,
        pagination,
        domains,
        countries: ASEAN.iter().copied().chain(["CN"]).collect(),
        notice,
        problems,
        reason,
        query,
    })
}

/// A fixed message for a decision just taken.
fn done_message(layout: &Layout, done: &str) -> Option<String> {
    match done {
        "approve" => Some(layout.t("review-done-approve")),
        "request_changes" => Some(layout.t("review-done-request-changes")),
        "reject" => Some(layout.t("review-done-reject")),
        _ => None,
    }
}

/// `/staff/review`: what waits for a decision.
pub async fn queue(
    State(state): State<AppState>,
    StaffOnly(_, layout): StaffOnly,
    Query(query): Query<QueueQuery>,
) -> Result<QueuePage> {
    let notice = done_message(&layout, &query.done);
    queue_page(&state, layout, query, notice, Vec::new(), String::new()).await
}

/// One field an edit changes, as staff read it.
pub struct ChangeView {
    pub label: String,
    pub published: String,
    pub proposed: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "staff/revision.html")]
pub struct ReviewPage {
    layout: Layout,
    revision: Revision,
    fields: Vec<Shown>,
    changes: Vec<ChangeView>,
    history: Vec<Entry>,
    decision: String,
    reason: String,
    reason_error: Option<String>,
    decision_error: Option<String>,
    problems: Vec<String>,
}

impl ReviewPage {
    fn is_submitted(&self) -> bool {
        self.revision.status == RevisionStatus::Submitted
    }

    /// The language of the entry's title: English for a technology, the need's own language.
    fn title_lang(&self) -> Option<&str> {
        match self.revision.kind {
            EntryKind::Technology => Some("en"),
            EntryKind::Need => self
                .revision
                .fields
                .get("language")
                .map(String::as_str)
                .filter(|l| !l.is_empty()),
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    reason: String,
}

async fn review_page(state: &AppState, layout: Layout, id: i64, form: DecisionForm) -> Result<ReviewPage> {
    let mut conn = state.pool.acquire().await?;
    let revision = revisions::find(&mut conn, id).await?.ok_or(Error::NotFound)?;
    let changes = if revision.is_edit {
        let published = entry::published(&mut conn, revision.kind, &revision.reference)
            .await?
            .unwrap_or_default();
        revisions::diff(revision.kind, &published, &revision.fields)
            .into_iter()
            .map(|c| ChangeView {
                label: label(layout.lang, c.column),
                published: readable(layout.lang, c.column, &c.published),
                proposed: readable(layout.lang, c.column, &c.proposed),
            })
            .collect()
    } else {
        Vec::new()
    };
    let history = audit::history(&mut conn, &revision.subject()).await?;
    Ok(ReviewPage {
        fields: shown(layout.lang, revision.kind, &revision.fields),
        layout,
        changes,
        history,
        revision,
        decision: form.decision,
        reason: form.reason,
        reason_error: None,
        decision_error: None,
        problems: Vec::new(),
    })
}

pub async fn show(
    State(state): State<AppState>,
    StaffOnly(_, layout): StaffOnly,
    Path(id): Path<i64>,
) -> Result<ReviewPage> {
    review_page(&state, layout, id, DecisionForm::default()).await
}

/// Problems of an entry that no longer passes the format's rules, one line each.
fn problem_lines(layout: &Layout, errors: &entry::FieldErrors) -> Vec<String> {
    errors
        .iter()
        .flat_map(|(column, messages)| {
            messages.iter().map(move |m| match column.as_str() {
                "" => m.clone(),
                column => format!("{}: {m}", label(layout.lang, column)),
            })
        })
        .collect()
}

pub async fn decide(
    State(state): State<AppState>,
    StaffOnly(staff, layout): StaffOnly,
    Path(id): Path<i64>,
    Form(form): Form<DecisionForm>,
) -> Result<Response> {
    let decision = Decision::parse(&form.decision);
    let outcome = match decision {
        Some(decision) => {
            let mut conn = state.pool.acquire().await?;
            revisions::decide(&mut conn, id, staff.id, decision, &form.reason).await
        }
        None => Ok(()),
    };
    let done = form.decision.clone();
    let mut page = review_page(&state, layout, id, form).await?;
    let status = match (decision, outcome) {
        (Some(_), Ok(())) => return Ok(Redirect::to(&format!("/staff/review?done={done}")).into_response()),
        (None, _) => {
            page.decision_error = Some(page.layout.t("review-error-decision"));
            if revisions::parse_reason(&page.reason).is_err() {
                page.reason_error = Some(reason_message(&page.layout));
            }
            StatusCode::UNPROCESSABLE_ENTITY
        }
        (Some(_), Err(DecideError::ReasonMissing)) => {
            page.reason_error = Some(reason_message(&page.layout));
            StatusCode::UNPROCESSABLE_ENTITY
        }
        (Some(_), Err(DecideError::NotSubmitted)) => {
            page.problems = vec![page.layout.t("review-error-decided")];
            StatusCode::CONFLICT
        }
        (Some(_), Err(DecideError::Invalid(errors))) => {
            page.problems = problem_lines(&page.layout, &errors);
            StatusCode::UNPROCESSABLE_ENTITY
        }
        (Some(_), Err(DecideError::Database(e))) => return Err(e.into()),
    };
    Ok((status, page).into_response())
}

fn reason_message(layout: &Layout) -> String {
    layout.t1("review-error-reason", "max", revisions::REASON_MAX.to_string())
}

/// Approves every revision ticked in the queue, with one reason.
pub async fn bulk_approve(
    State(state): State<AppState>,
    StaffOnly(staff, layout): StaffOnly,
    Query(query): Query<QueueQuery>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response> {
    let reason = pairs
        .iter()
        .find(|(k, _)| k == "reason")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let ids: Vec<i64> = pairs
        .iter()
        .filter(|(k, _)| k == "id")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    let mut problems = Vec::new();
    if ids.is_empty() {
        problems.push(layout.t("review-error-tick"));
    }
    if revisions::parse_reason(&reason).is_err() {
        problems.push(reason_message(&layout));
    }
    if !problems.is_empty() {
        let page = queue_page(&state, layout, query, None, problems, reason).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let mut conn = state.pool.acquire().await?;
    let mut approved: i64 = 0;
    for id in ids {
        match revisions::decide(&mut conn, id, staff.id, Decision::Approve, &reason).await {
            Ok(()) => approved += 1,
            Err(DecideError::NotSubmitted) => {
                problems.push(layout.t1("review-error-not-awaiting", "id", id.to_string()))
            }
            Err(DecideError::Invalid(errors)) => problems.push(layout.t_with(
                "review-error-not-approved",
                &[
                    ("id", id.to_string().into()),
                    ("problems", problem_lines(&layout, &errors).join("; ").into()),
                ],
            )),
            Err(DecideError::ReasonMissing) => problems.push(reason_message(&layout)),
            Err(DecideError::Database(e)) => return Err(e.into()),
        }
    }
    drop(conn);
    let notice = Some(layout.count("review-bulk-approved", approved));
    let page = queue_page(&state, layout, query, notice, problems, String::new()).await?;
    Ok(page.into_response())
}

/// A line of the audit log's action in the page's language. The log keeps what the portal
/// wrote, in English; an action this does not know is shown as it was written.
pub fn history_action(layout: &Layout, line: &Entry) -> String {
    match line.action.as_str() {
        "created a draft" => layout.t("history-created-draft"),
        "started an edit" => layout.t("history-started-edit"),
        "edited" => layout.t("history-edited"),
        "submitted for review" => layout.t("history-submitted"),
        "withdrew the revision" => layout.t("history-withdrew"),
        "approved" => layout.t("history-approved"),
        "requested changes" => layout.t("history-requested-changes"),
        "rejected" => layout.t("history-rejected"),
        "archived" => layout.t("history-archived"),
        "closed" => layout.t("history-closed"),
        "expired: not confirmed for a year" => layout.t("history-expired"),
        "confirmed it is still current" => layout.t("history-confirmed-current"),
        "changed the role" => layout.t("history-changed-role"),
        action => {
            if let Some(technology) = action.strip_prefix("confirmed candidate ") {
                layout.t1("history-confirmed-candidate", "technology", technology)
            } else if let Some(technology) = action.strip_prefix("dismissed candidate ") {
                layout.t1("history-dismissed-candidate", "technology", technology)
            } else {
                action.to_owned()
            }
        }
    }
}

/// A line's detail in the page's language where the portal wrote it (a role change, the
/// reason for dismissing a candidate); what people wrote stays as they wrote it.
pub fn history_detail(layout: &Layout, line: &Entry) -> Option<String> {
    let detail = line.detail.as_deref()?;
    if line.action == "changed the role" {
        // `from staff to admin`, after the account's e-mail address on the accounts page.
        let (before, roles) = match detail.strip_prefix("from ") {
            Some(roles) => ("", roles),
            None => detail.rsplit_once(" from ").unwrap_or(("", "")),
        };
        if let Some((from, to)) = roles.split_once(" to ")
            && let (Ok(from), Ok(to)) = (Role::parse(from), Role::parse(to))
        {
            let change = layout.t_with(
                "history-role-from-to",
                &[("from", from.code().into()), ("to", to.code().into())],
            );
            return Some(if before.is_empty() {
                change
            } else {
                format!("{before} {change}")
            });
        }
    } else if line.action.starts_with("dismissed candidate ") {
        // `Too costly` or `Too costly: the note`.
        let (reason, note) = match detail.split_once(": ") {
            Some((reason, note)) => (reason, Some(note)),
            None => (detail, None),
        };
        if let Some(reason) = DismissalReason::ALL.iter().find(|r| r.label() == reason) {
            let reason = layout.label(reason);
            return Some(match note {
                Some(note) => format!("{reason}: {note}"),
                None => reason,
            });
        }
    }
    Some(detail.to_owned())
}
