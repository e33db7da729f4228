//! Introductions: a firm asks from a technology's page (or a candidate of its need), the
//! institution accepts or declines, both move the cooperation through its stages; staff see all,
//! broker introductions themselves and watch the funnel.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::session::{Layout, SignedIn, StaffOnly};
use super::{AppState, Error, Result};
use crate::accounts::{Role, User};
use crate::catalogue::Domain;
use crate::cooperation::figures::{self, By, FunnelRow};
use crate::cooperation::{self, Asker, Contacts, Event, Introduction, MoveError, RequestError, Side, Stage};

#[derive(Debug, Default, Deserialize)]
pub struct AskForm {
    #[serde(default)]
    message: String,
    #[serde(default)]
    need: String,
    #[serde(default)]
    technology: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "introductions/ask.html")]
pub struct AskPage {
    layout: Layout,
    /// The technology asked about; staff brokering choose it in the form.
    technology: Option<(String, String)>,
    /// The asker's own published needs, as (ref, title); for staff, not used.
    needs: Vec<(String, String)>,
    form: AskForm,
    errors: AskErrors,
    brokering: bool,
}

#[derive(Debug, Default)]
pub struct AskErrors {
    message: Option<String>,
    need: Option<String>,
    technology: Option<String>,
}

impl AskErrors {
    fn any(&self) -> bool {
        self.message.is_some() || self.need.is_some() || self.technology.is_some()
    }
}

async fn technology_title(state: &AppState, reference: &str) -> Result<Option<String>> {
    Ok(sqlx::query_scalar!(
        "SELECT title_en FROM technologies WHERE ref = $1 AND status = 'published'",
        reference
    )
    .fetch_optional(&state.pool)
    .await?)
}

async fn own_needs(state: &AppState, user: &User) -> Result<Vec<(String, String)>> {
    let rows = sqlx::query!(
        "SELECT ref, title FROM needs WHERE organisation_id = $1 AND status = 'published' ORDER BY published_at DESC",
        user.organisation_id
    )
    .fetch_all(&state.pool)
    .await?;
    Ok(rows.into_iter().map(|r| (r.r#ref, r.title)).collect())
}

/// Firm members of an approved organisation ask; others may not.
fn asker(user: &User) -> Result<Asker> {
    match (user.role, user.organisation_id) {
        (Role::Firm, Some(organisation)) => Ok(Asker::Firm {
            user: user.id,
            organisation,
        }),
        (Role::Staff | Role::Admin, _) => Ok(Asker::Staff { user: user.id }),
        _ => Err(Error::Forbidden),
    }
}

async fn ask_page(
    state: &AppState,
    layout: Layout,
    user: &User,
    technology: Option<String>,
    form: AskForm,
    errors: AskErrors,
) -> Result<Response> {
    let technology = match technology {
        Some(reference) => {
            let title = technology_title(state, &reference)
                .await?
                .ok_or(Error::NotFound)?;
            Some((reference, title))
        }
        None => None,
    };
    let status = if errors.any() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = AskPage {
        layout,
        technology,
        needs: own_needs(state, user).await?,
        brokering: user.role.is_staff(),
        form,
        errors,
    };
    Ok((status, page).into_response())
}

#[derive(Debug, Deserialize)]
pub struct NeedParam {
    #[serde(default)]
    need: String,
}

/// `GET /technologies/{ref}/introduce`: the form to ask for an introduction.
pub async fn ask_form(
    State(state): State<AppState>,
    SignedIn(user, layout): SignedIn,
    Path(reference): Path<String>,
    Query(param): Query<NeedParam>,
) -> Result<Response> {
    asker(&user)?;
    let form = AskForm {
        need: param.need,
        ..Default::default()
    };
    ask_page(&state, layout, &user, Some(reference), form, AskErrors::default()).await
}

pub async fn ask(
    State(state): State<AppState>,
    SignedIn(user, layout): SignedIn,
    Path(reference): Path<String>,
    Form(form): Form<AskForm>,
) -> Result<Response> {
    submit(state, user, layout, Some(reference), form).await
}

/// `GET /staff/introductions/new`: staff broker an introduction for a need.
pub async fn broker_form(
    StaffOnly(user, layout): StaffOnly,
    State(state): State<AppState>,
) -> Result<Response> {
    ask_page(
        &state,
        layout,
        &user,
        None,
        AskForm::default(),
        AskErrors::default(),
    )
    .await
}

pub async fn broker(
    State(state): State<AppState>,
    StaffOnly(user, layout): StaffOnly,
    Form(form): Form<AskForm>,
) -> Result<Response> {
    submit(state, user, layout, None, form).await
}

async fn submit(
    state: AppState,
    user: User,
    layout: Layout,
    technology: Option<String>,
    form: AskForm,
) -> Result<Response> {
    let asker = asker(&user)?;
    let mut errors = AskErrors::default();
    let message = form.message.trim().to_owned();
    if message.is_empty() || message.chars().count() > 2000 {
        errors.message = Some(layout.t("ask-error-message"));
    }
    let reference = technology
        .clone()
        .unwrap_or_else(|| form.technology.trim().to_owned());
    let need = form.need.trim().to_owned();
    if matches!(asker, Asker::Staff { .. }) && need.is_empty() {
        errors.need = Some(layout.t("ask-error-need-ref"));
    }
    if errors.any() {
        return ask_page(&state, layout, &user, technology, form, errors).await;
    }
    let mut conn = state.pool.acquire().await?;
    let need = (!need.is_empty()).then_some(need.as_str());
    match cooperation::request(&mut conn, asker, &reference, need, &message).await {
        Ok(id) => Ok(Redirect::to(&format!("/introductions/{id}")).into_response()),
        Err(RequestError::AlreadyOpen(id)) => {
            Ok(Redirect::to(&format!("/introductions/{id}")).into_response())
        }
        Err(RequestError::UnknownTechnology) if technology.is_none() => {
            errors.technology = Some(layout.t("ask-error-technology"));
            drop(conn);
            ask_page(&state, layout, &user, technology, form, errors).await
        }
        Err(RequestError::UnknownTechnology) => Err(Error::NotFound),
        Err(RequestError::UnknownNeed) => {
            errors.need = Some(layout.t("ask-error-need"));
            drop(conn);
            ask_page(&state, layout, &user, technology, form, errors).await
        }
        Err(RequestError::Database(e)) => Err(e.into()),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "introductions/list.html")]
pub struct ListPage {
    layout: Layout,
    introductions: Vec<Introduction>,
}

/// `GET /introductions`: the introductions the user is party to (all, for staff).
pub async fn list(State(state): State<AppState>, SignedIn(user, layout): SignedIn) -> Result<ListPage> {
    let mut conn = state.pool.acquire().await?;
    Ok(ListPage {
        layout,
        introductions: cooperation::visible_to(&mut conn, &user).await?,
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "introductions/show.html")]
pub struct ShowPage {
    layout: Layout,
    introduction: Introduction,
    contacts: Option<Contacts>,
    events: Vec<Event>,
    moves: Vec<Stage>,
    problem: Option<String>,
    reason: String,
    /// Who asked, for staff (the sides learn it on acceptance).
    requester: Option<(String, String)>,
}

async fn show_page(
    state: &AppState,
    user: &User,
    layout: Layout,
    id: i64,
    problem: Option<String>,
    reason: String,
) -> Result<ShowPage> {
    let mut conn = state.pool.acquire().await?;
    let introduction = cooperation::find(&mut conn, id).await?.ok_or(Error::NotFound)?;
    // Someone not party to it is told nothing, not even that it exists.
    let side = introduction.side_of(user).ok_or(Error::NotFound)?;
    let contacts = introduction.contacts();
    let mut events = cooperation::events(&mut conn, id).await?;
    if contacts.is_none() && side != Side::Staff {
        // Until acceptance, each side sees the other as an organisation, not as people.
        events.iter_mut().for_each(|e| e.actor = None);
    }
    Ok(ShowPage {
        layout,
        requester: (side == Side::Staff).then(|| introduction.requester()),
        contacts,
        events,
        moves: introduction.moves_for(side),
        introduction,
        problem,
        reason,
    })
}

pub async fn show(
    State(state): State<AppState>,
    SignedIn(user, layout): SignedIn,
    Path(id): Path<i64>,
) -> Result<ShowPage> {
    show_page(&state, &user, layout, id, None, String::new()).await
}

#[derive(Debug, Deserialize)]
pub struct MoveForm {
    #[serde(default)]
    to: String,
    #[serde(default)]
    reason: String,
}

pub async fn advance(
    State(state): State<AppState>,
    SignedIn(user, layout): SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<MoveForm>,
) -> Result<Response> {
    let problem = match Stage::parse(&form.to) {
        Err(_) => layout.t("move-error-choose"),
        Ok(to) => {
            let mut conn = state.pool.acquire().await?;
            match cooperation::advance(&mut conn, id, &user, to, Some(&form.reason)).await {
                Ok(_) => return Ok(Redirect::to(&format!("/introductions/{id}")).into_response()),
                Err(MoveError::ReasonMissing) => layout.t("move-error-reason"),
                Err(MoveError::NotAllowed) => layout.t("move-error-not-allowed"),
                Err(MoveError::Database(e)) => return Err(e.into()),
            }
        }
    };
    let page = show_page(&state, &user, layout, id, Some(problem), form.reason).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "introductions/dashboard.html")]
pub struct DashboardPage {
    layout: Layout,
    total: Vec<FunnelRow>,
    by_country: Vec<FunnelRow>,
    by_domain: Vec<FunnelRow>,
    by_province: Vec<FunnelRow>,
    medians: Vec<(Stage, Option<f64>)>,
}

impl DashboardPage {
    fn sections(&self) -> [(String, &Vec<FunnelRow>); 4] {
        let t = |key| self.layout.t(key);
        [
            (t("dashboard-overall"), &self.total),
            (t("dashboard-by-country"), &self.by_country),
            (t("dashboard-by-domain"), &self.by_domain),
            (t("dashboard-by-province"), &self.by_province),
        ]
    }

    /// A duration in hours as people read it.
    fn duration(&self, hours: &Option<f64>) -> String {
        match hours {
            None => "—".to_owned(),
            Some(h) if *h < 1.0 => self.layout.t("dashboard-under-hour"),
            Some(h) if *h < 48.0 => self.layout.count("dashboard-hours", h.round() as i64),
            Some(h) => self.layout.count("dashboard-days", (h / 24.0).round() as i64),
        }
    }
}

/// `GET /staff/introductions`: the funnel and the time spent in each stage.
pub async fn dashboard(
    State(state): State<AppState>,
    StaffOnly(_, layout): StaffOnly,
) -> Result<DashboardPage> {
    // The rows are keyed by English names; the page names them in its language.
    let mut total = figures::funnel(&state.pool, By::All).await?;
    for row in &mut total {
        row.key = layout.t("dashboard-all");
    }
    let countries = crate::catalogue::countries::asean(&state.pool).await?;
    let mut by_country = figures::funnel(&state.pool, By::Country).await?;
    for row in &mut by_country {
        if let Some(country) = countries.iter().find(|c| c.name_en == row.key) {
            row.key = layout.country(&country.code, &country.name_en);
        }
    }
    let mut by_domain = figures::funnel(&state.pool, By::Domain).await?;
    for row in &mut by_domain {
        if let Some(domain) = Domain::ALL.iter().find(|d| d.label() == row.key) {
            row.key = layout.label(domain);
        }
    }
    Ok(DashboardPage {
        total,
        by_country,
        by_domain,
        by_province: figures::funnel(&state.pool, By::Province).await?,
        medians: figures::median_hours(&state.pool).await?,
        layout,
    })
}

/// `GET /staff/introductions.csv`: every introduction, one row each.
pub async fn export(State(state): State<AppState>, StaffOnly(user, _): StaffOnly) -> Result<Response> {
    let mut conn = state.pool.acquire().await?;
    let introductions = cooperation::visible_to(&mut conn, &user).await?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header = [
        "id",
        "technology",
        "need",
        "organisation",
        "country",
        "institution",
        "stage",
        "reason",
        "brokered",
        "requested_at",
        "accepted_at",
        "stage_changed_at",
    ];
    let write = |writer: &mut csv::Writer<Vec<u8>>, row: Vec<String>| {
        writer.write_record(row).map_err(|e| Error::Internal(e.into()))
    };
    write(&mut writer, header.iter().map(|h| h.to_string()).collect())?;
    for x in introductions {
        write(
            &mut writer,
            vec![
                x.id.to_string(),
                x.technology,
                x.need.unwrap_or_default(),
                x.organisation,
                x.country,
                x.institution,
                x.stage.code().to_owned(),
                x.reason.unwrap_or_default(),
                x.brokered.to_string(),
                x.created_at.to_string(),
                x.accepted_at.map(|t| t.to_string()).unwrap_or_default(),
                x.stage_changed_at.to_string(),
            ],
        )?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| Error::Internal(anyhow::anyhow!("{e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"introductions.csv\"",
            ),
        ],
        bytes,
    )
        .into_response())
}

impl ShowPage {
    fn side_label(&self) -> String {
        self.layout.t(if self.introduction.brokered {
            "introduction-brokered"
        } else {
            "introduction-asked"
        })
    }
}
