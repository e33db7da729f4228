//! Members' own entries: institution members write technologies, firm members post needs.
//! A form is one row of the interchange format; saving checks it with the importer's rules and
//! shows each problem beside its field, with everything typed kept.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::session::{Layout, SignedIn};
use super::{AppState, Error, Result};
use crate::accounts::User;
use crate::catalogue::codes::{ASEAN, Labelled};
use crate::catalogue::{BudgetBand, CooperationMode, Domain, EntryKind, IpKind, Language, Status, countries};
use crate::i18n::Lang;
use crate::interchange::entry::{Cells, FieldErrors};
use crate::review::audit::{self, Entry};
use crate::review::revisions::{self, OwnEntry, Owner, Revision, RevisionStatus, WriteError};

/// The columns an owner types, in the form's order.
fn editable(kind: EntryKind) -> &'static [&'static str] {
    match kind {
        EntryKind::Technology => &[
            "title_en",
            "title_zh",
            "summary_en",
            "summary_zh",
            "description_en",
            "domain",
            "keywords",
            "trl",
            "ip",
            "cooperation",
            "budget_band",
            "sdgs",
            "deployed_in",
        ],
        EntryKind::Need => &[
            "title",
            "description",
            "language",
            "country",
            "domain",
            "keywords",
            "min_trl",
            "cooperation",
            "budget_band",
            "sdgs",
            "deadline",
        ],
    }
}

/// A column's name as people read it (`column-<name>` in the messages).
pub fn label(lang: Lang, column: &str) -> String {
    lang.try_t(&format!("column-{column}"))
        .unwrap_or_else(|| column.to_owned())
}

/// A cell as people read it: codes turned into their labels.
pub fn readable(lang: Lang, column: &str, cell: &str) -> String {
    let each = |list: &str| {
        cell.split(';')
            .filter(|v| !v.is_empty())
            .map(|v| lang.try_t(&format!("{list}-{v}")).unwrap_or_else(|| v.to_owned()))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let numbered = |list: &str| {
        cell.split(';')
            .filter(|v| !v.is_empty())
            .map(|v| match lang.try_t(&format!("{list}-{v}")) {
                Some(label) => format!("{v} — {label}"),
                None => v.to_owned(),
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    match column {
        "domain" => each("domain"),
        "ip" => each("ip_kind"),
        "budget_band" => each("budget_band"),
        "language" => each("language"),
        "org_kind" => each("org_kind"),
        "cooperation" => each("cooperation_mode"),
        "country" | "deployed_in" => each("country"),
        "sdgs" => numbered("sdg"),
        "trl" | "min_trl" => numbered("trl"),
        "keywords" => cell.replace(';', "; "),
        _ => cell.to_owned(),
    }
}

/// The cells of a form post: repeated fields (checkboxes) become a list, keywords may be
/// separated by commas or semicolons, and other countries may be typed as codes.
fn cells_from(kind: EntryKind, pairs: &[(String, String)]) -> Cells {
    let mut lists: std::collections::BTreeMap<&str, Vec<String>> = Default::default();
    for (name, value) in pairs {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        if name == "deployed_in_other" {
            let codes = value.split([',', ';', ' ', '，', '；']).filter(|c| !c.is_empty());
            lists
                .entry("deployed_in")
                .or_default()
                .extend(codes.map(str::to_uppercase));
        } else if let Some(column) = editable(kind).iter().find(|c| **c == name) {
            lists.entry(column).or_default().push(value.to_owned());
        }
    }
    lists
        .into_iter()
        .map(|(column, values)| {
            let cell = if column == "keywords" {
                let joined = values.join(";");
                let words = joined.split([';', ',', '，', '；', '、', '\n']).map(str::trim);
                words.filter(|w| !w.is_empty()).collect::<Vec<_>>().join(";")
            } else {
                values.join(";")
            };
            (column.to_owned(), cell)
        })
        .collect()
}

/// What a form shows: the cells as typed and the problems found with them.
#[derive(Debug, Default)]
pub struct EntryForm {
    cells: Cells,
    errors: FieldErrors,
    /// The language the problems are told in.
    lang: Lang,
}

impl EntryForm {
    pub fn value(&self, name: &str) -> &str {
        self.cells.get(name).map_or("", String::as_str)
    }

    /// Whether the cell `name` is `code`.
    pub fn is(&self, name: &str, code: impl AsRef<str>) -> bool {
        self.value(name) == code.as_ref()
    }

    /// Whether the list cell `name` holds `code`.
    pub fn has(&self, name: &str, code: impl AsRef<str>) -> bool {
        self.value(name).split(';').any(|v| v == code.as_ref())
    }

    /// The countries of `deployed_in` that have no checkbox of their own.
    pub fn other_countries(&self) -> String {
        let listed = |c: &&str| ASEAN.contains(c) || *c == "CN";
        let others: Vec<&str> = self
            .value("deployed_in")
            .split(';')
            .filter(|c| !c.is_empty() && !listed(c))
            .collect();
        others.join(", ")
    }

    /// The problems with the field `name`, as sentences.
    pub fn error(&self, name: &str) -> Option<String> {
        let messages = self.errors.get(name)?;
        Some(
            messages
                .iter()
                .map(|m| sentence(self.lang, m))
                .collect::<Vec<_>>()
                .join(" "),
        )
    }

    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

/// A problem message of the importer ("is required but empty") as a sentence beside a field:
/// the problems a form can have in the reader's language, any other as the importer says it.
fn sentence(lang: Lang, message: &str) -> String {
    let numbers: Vec<&str> = message
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty())
        .collect();
    let said = if message.starts_with("is required but empty") || message == "must not be empty" {
        Some(lang.t("problem-required"))
    } else if let ([length, max], true) = (
        numbers.as_slice(),
        message.starts_with("is ") && message.contains("characters long; at most"),
    ) {
        Some(lang.t_with(
            "problem-too-long",
            &[("length", (*length).into()), ("max", (*max).into())],
        ))
    } else if let ([count, max], true) = (numbers.as_slice(), message.starts_with("lists ")) {
        Some(lang.t_with(
            "problem-too-many",
            &[("count", (*count).into()), ("max", (*max).into())],
        ))
    } else if message.contains("is not a date") {
        Some(lang.t("problem-date"))
    } else {
        None
    };
    if let Some(said) = said {
        return said;
    }
    let starts_with_verb = ["is ", "must ", "lists ", "has "]
        .iter()
        .any(|v| message.starts_with(v));
    if starts_with_verb {
        format!("This field {message}.")
    } else {
        let mut chars = message.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect::<String>() + ".")
            .unwrap_or_default()
    }
}

/// The code lists a form offers, as (code, label in the page's language).
pub struct Choices {
    pub domains: Vec<(&'static str, String)>,
    pub ips: Vec<(&'static str, String)>,
    pub cooperation: Vec<(&'static str, String)>,
    pub budget_bands: Vec<(&'static str, String)>,
    pub languages: Vec<(&'static str, String)>,
    pub trls: Vec<(String, String)>,
    pub sdgs: Vec<(String, String)>,
    /// ASEAN members.
    pub asean: Vec<(String, String)>,
    /// ASEAN members, then China: where technologies are deployed most.
    pub deployment: Vec<(String, String)>,
}

/// Every code of a list with its label.
fn pairs<T: Labelled>(layout: &Layout, all: &[T]) -> Vec<(&'static str, String)> {
    all.iter().map(|c| (c.code(), layout.label(c))).collect()
}

impl Choices {
    async fn load(state: &AppState, layout: &Layout) -> Result<Self> {
        let asean: Vec<(String, String)> = countries::asean(&state.pool)
            .await?
            .into_iter()
            .map(|c| (layout.country(&c.code, &c.name_en), c.code))
            .map(|(name, code)| (code, name))
            .collect();
        let mut deployment = asean.clone();
        deployment.push(("CN".to_owned(), layout.country("CN", "China")));
        Ok(Self {
            domains: pairs(layout, Domain::ALL),
            ips: pairs(layout, IpKind::ALL),
            cooperation: pairs(layout, CooperationMode::ALL),
            budget_bands: pairs(layout, BudgetBand::ALL),
            languages: pairs(layout, Language::ALL),
            trls: (1..=9)
                .map(|n| (n.to_string(), format!("{n} — {}", layout.t(&format!("trl-{n}")))))
                .collect(),
            sdgs: (1..=17)
                .map(|n| (n.to_string(), format!("{n}. {}", layout.t(&format!("sdg-{n}")))))
                .collect(),
            asean,
            deployment,
        })
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "entries/form.html")]
pub struct FormPage {
    layout: Layout,
    kind: EntryKind,
    heading: String,
    action: String,
    form: EntryForm,
    choices: Choices,
}

impl FormPage {
    fn is_technology(&self) -> bool {
        self.kind == EntryKind::Technology
    }
}

/// The owner `user` writes for; others may not write entries.
fn owner_of(user: &User) -> Result<Owner> {
    Owner::of(user).ok_or(Error::Forbidden)
}

fn noun(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::Technology => "technology",
        EntryKind::Need => "need",
    }
}

/// The form of a new entry of `kind`, or of the revision being edited.
async fn form_page(
    state: &AppState,
    layout: Layout,
    kind: EntryKind,
    editing: Option<&Revision>,
    mut form: EntryForm,
) -> Result<Response> {
    form.lang = layout.lang;
    let (heading, action) = match editing {
        Some(revision) => (
            layout.t_with(
                "entry-edit-heading",
                &[
                    ("kind", revision.kind.code().into()),
                    ("reference", revision.reference.as_str().into()),
                ],
            ),
            format!("/revisions/{}/edit", revision.id),
        ),
        None => (
            layout.t1("entry-new-heading", "kind", kind.code()),
            "/my/new".to_owned(),
        ),
    };
    let choices = Choices::load(state, &layout).await?;
    let status = if form.has_errors() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = FormPage {
        layout,
        kind,
        heading,
        action,
        form,
        choices,
    };
    Ok((status, page).into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "entries/mine.html")]
pub struct MinePage {
    layout: Layout,
    kind: EntryKind,
    entries: Vec<OwnEntry>,
    notice: Option<&'static str>,
}

impl MinePage {
    fn is_technology(&self) -> bool {
        self.kind == EntryKind::Technology
    }
}

#[derive(Debug, Deserialize)]
pub struct Notice {
    #[serde(default)]
    done: String,
}

impl Notice {
    /// A fixed message for what was just done; nothing of the URL is echoed.
    fn message(&self) -> Option<&'static str> {
        Some(match self.done.as_str() {
            "saved" => "notice-saved",
            "submitted" => "notice-submitted",
            "withdrawn" => "notice-withdrawn",
            "archived" => "notice-archived",
            "closed" => "notice-closed",
            "confirmed" => "notice-confirmed",
            _ => return None,
        })
    }
}

/// `/my`: the signed-in member's technologies or needs.
pub async fn mine(
    State(state): State<AppState>,
    SignedIn(user, layout): SignedIn,
    Query(notice): Query<Notice>,
) -> Result<Response> {
    if Owner::of(&user).is_none() && !user.role.is_staff() {
        // A member whose account request is not approved yet: the account page says so.
        return Ok(Redirect::to("/account").into_response());
    }
    let owner = owner_of(&user)?;
    let mut conn = state.pool.acquire().await?;
    let page = MinePage {
        layout,
        kind: owner.kind(),
        entries: revisions::of_owner(&mut conn, owner).await?,
        notice: notice.message(),
    };
    Ok(page.into_response())
}

pub async fn new_form(State(state): State<AppState>, SignedIn(user, layout): SignedIn) -> Result<Response> {
    let kind = owner_of(&user)?.kind();
    form_page(&state, layout, kind, None, EntryForm::default()).await
}

/// Splits a form post into the entry's cells and whether to submit it at once.
fn read_post(kind: EntryKind, pairs: &[(String, String)]) -> (Cells, bool) {
    let submit = pairs.iter().any(|(k, v)| k == "then" && v == "submit");
    (cells_from(kind, pairs), submit)
}

pub async fn create(
    State(state): State<AppState>,
    SignedIn(user, layout): SignedIn,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response> {
    let owner = owner_of(&user)?;
    let kind = owner.kind();
    let (cells, submit) = read_post(kind, &pairs);
    let mut conn = state.pool.acquire().await?;
    match revisions::create(&mut conn, owner, user.id, cells.clone()).await {
        Ok(id) => after_save(&mut conn, id, &user, submit).await,
        Err(WriteError::Invalid(errors)) => {
            drop(conn);
            let form = EntryForm {
                cells,
                errors,
                ..Default::default()
            };
            form_page(&state, layout, kind, None, form).await
        }
        Err(e) => Err(write_error(e)),
    }
}

fn write_error(error: WriteError) -> Error {
    match error {
        WriteError::Database(e) => e.into(),
        WriteError::NotEditable => Error::Conflict(
            "This revision is with alliance staff or was decided already, so it can no longer be changed."
                .to_owned(),
        ),
        WriteError::Invalid(_) => Error::BadRequest("The entry is not valid.".to_owned()),
    }
}

async fn after_save(conn: &mut sqlx::PgConnection, id: i64, user: &User, submit: bool) -> Result<Response> {
    if submit {
        let revision = revisions::find(conn, id).await?.ok_or(Error::NotFound)?;
        revisions::move_on(conn, &revision, user.id, RevisionStatus::Submitted)
            .await
            .map_err(write_error)?;
        return Ok(Redirect::to(&format!("/revisions/{id}?done=submitted")).into_response());
    }
    Ok(Redirect::to(&format!("/revisions/{id}?done=saved")).into_response())
}

/// A revision its owner (or, to read, staff) may see; anyone else gets 404, as if it did not exist.
async fn visible(state: &AppState, user: &User, id: i64, to_change: bool) -> Result<Revision> {
    let mut conn = state.pool.acquire().await?;
    let revision = revisions::find(&mut conn, id).await?.ok_or(Error::NotFound)?;
    let allowed = revision.is_owned_by(user) || (!to_change && user.role.is_staff());
    if allowed {
        Ok(revision)
    } else {
        Err(Error::NotFound)
    }
}

/// A field of an entry as a preview shows it.
pub struct Shown {
    pub label: String,
    pub value: String,
}

/// The filled fields of an entry, in the format's order, as people read them.
pub fn shown(lang: Lang, kind: EntryKind, cells: &Cells) -> Vec<Shown> {
    crate::interchange::entry::columns(kind)
        .iter()
        // The institution is named above the preview already.
        .filter(|c| c.name != "institution_ref")
        .filter_map(|c| {
            let cell = cells.get(c.name).filter(|v| !v.is_empty())?;
            Some(Shown {
                label: label(lang, c.name),
                value: readable(lang, c.name, cell),
            })
        })
        .collect()
}

/// The history of a catalogue entry, for staff only: others get nothing.
pub async fn staff_history(
    state: &AppState,
    layout: &Layout,
    kind: EntryKind,
    reference: &str,
) -> Result<Vec<Entry>> {
    if !layout.is_staff() {
        return Ok(Vec::new());
    }
    let mut conn = state.pool.acquire().await?;
    Ok(audit::history(&mut conn, &revisions::subject(kind, reference)).await?)
}

#[derive(Template, WebTemplate)]
#[template(path = "entries/revision.html")]
pub struct RevisionPage {
    layout: Layout,
    revision: Revision,
    fields: Vec<Shown>,
    history: Vec<Entry>,
    is_owner: bool,
    is_staff: bool,
    notice: Option<&'static str>,
}

impl RevisionPage {
    fn public_href(&self) -> String {
        match self.revision.kind {
            EntryKind::Technology => format!("/technologies/{}", self.revision.reference),
            EntryKind::Need => format!("/needs/{}", self.revision.reference),
        }
    }

    fn noun(&self) -> &'static str {
        noun(self.revision.kind)
    }
}

/// `/revisions/{id}`: the preview, its status, the staff's comments and the history.
pub async fn show(
    State(state): State<AppState>,
    SignedIn(user, layout): SignedIn,
    Path(id): Path<i64>,
    Query(notice): Query<Notice>,
) -> Result<RevisionPage> {
    let revision = visible(&state, &user, id, false).await?;
    let mut conn = state.pool.acquire().await?;
    let history = audit::history(&mut conn, &revision.subject()).await?;
    Ok(RevisionPage {
        fields: shown(layout.lang, revision.kind, &revision.fields),
        layout,
        history,
        is_owner: revision.is_owned_by(&user),
        is_staff: user.role.is_staff(),
        revision,
        notice: notice.message(),
    })
}

pub async fn edit_form(
    State(state): State<AppState>,
    SignedIn(user, layout): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response> {
    let revision = visible(&state, &user, id, true).await?;
    if !revision.status.editable() {
        return Ok(Redirect::to(&format!("/revisions/{id}")).into_response());
    }
    let form = EntryForm {
        cells: revision.fields.clone(),
        ..Default::default()
    };
    form_page(&state, layout, revision.kind, Some(&revision), form).await
}

pub async fn update(
    State(state): State<AppState>,
    SignedIn(user, layout): SignedIn,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response> {
    let revision = visible(&state, &user, id, true).await?;
    let (cells, submit) = read_post(revision.kind, &pairs);
    let mut conn = state.pool.acquire().await?;
    match revisions::save(&mut conn, &revision, user.id, cells.clone()).await {
        Ok(()) => after_save(&mut conn, id, &user, submit).await,
        Err(WriteError::Invalid(errors)) => {
            drop(conn);
            let form = EntryForm {
                cells,
                errors,
                ..Default::default()
            };
            form_page(&state, layout, revision.kind, Some(&revision), form).await
        }
        Err(e) => Err(write_error(e)),
    }
}

pub async fn submit(
    State(state): State<AppState>,
    SignedIn(user, _): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response> {
    move_on(&state, &user, id, RevisionStatus::Submitted).await?;
    Ok(Redirect::to(&format!("/revisions/{id}?done=submitted")).into_response())
}

pub async fn withdraw(
    State(state): State<AppState>,
    SignedIn(user, _): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response> {
    move_on(&state, &user, id, RevisionStatus::Withdrawn).await?;
    Ok(Redirect::to("/my?done=withdrawn").into_response())
}

async fn move_on(state: &AppState, user: &User, id: i64, to: RevisionStatus) -> Result<()> {
    let revision = visible(state, user, id, true).await?;
    let mut conn = state.pool.acquire().await?;
    revisions::move_on(&mut conn, &revision, user.id, to)
        .await
        .map_err(write_error)
}

/// Starts (or resumes) an edit of one's published entry.
pub async fn edit_published(
    State(state): State<AppState>,
    SignedIn(user, _): SignedIn,
    Path(reference): Path<String>,
) -> Result<Response> {
    let owner = owner_of(&user)?;
    let mut conn = state.pool.acquire().await?;
    let id = revisions::start_edit(&mut conn, owner, user.id, &reference)
        .await?
        .ok_or(Error::NotFound)?;
    Ok(Redirect::to(&format!("/revisions/{id}/edit")).into_response())
}

/// Confirms one's published or expired entry is still current.
pub async fn confirm(
    State(state): State<AppState>,
    SignedIn(user, _): SignedIn,
    Path(reference): Path<String>,
) -> Result<Response> {
    let owner = owner_of(&user)?;
    let mut conn = state.pool.acquire().await?;
    if !crate::review::expiry::confirm(&mut conn, owner, user.id, &reference).await? {
        return Err(Error::NotFound);
    }
    Ok(Redirect::to("/my?done=confirmed").into_response())
}

/// Archives one's technology, or closes one's need.
pub async fn archive(
    State(state): State<AppState>,
    SignedIn(user, _): SignedIn,
    Path(reference): Path<String>,
) -> Result<Response> {
    let owner = owner_of(&user)?;
    let mut conn = state.pool.acquire().await?;
    if !revisions::archive(&mut conn, owner, user.id, &reference).await? {
        return Err(Error::NotFound);
    }
    let done = match owner.kind() {
        EntryKind::Technology => "archived",
        EntryKind::Need => "closed",
    };
    Ok(Redirect::to(&format!("/my?done={done}")).into_response())
}

impl OwnEntry {
    pub fn is_published(&self) -> bool {
        self.public == Some(Status::Published)
    }

    /// Whether its owner may (and should, when it is near or past expiry) confirm it.
    pub fn can_confirm(&self) -> bool {
        matches!(self.public, Some(Status::Published | Status::Expired))
    }

    /// The day it leaves the public catalogue unless confirmed.
    pub fn expires_on(&self) -> Option<time::Date> {
        let days = i64::from(crate::review::expiry::LIFETIME_DAYS);
        self.confirmed_at
            .filter(|_| self.is_published())
            .map(|at| (at + time::Duration::days(days)).date())
    }

    pub fn is_open(&self) -> bool {
        self.revision_status
            .is_some_and(|s| s.editable() || s == RevisionStatus::Submitted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn a_form_post_becomes_the_cells_of_a_row() {
        let cells = cells_from(
            EntryKind::Technology,
            &pairs(&[
                ("title_en", "  Solar dryer "),
                ("cooperation", "licence"),
                ("cooperation", "training"),
                ("keywords", "solar, drying；cassava"),
                ("deployed_in", "TH"),
                ("deployed_in_other", "ke br"),
                ("ref", "T-9999"),
                ("then", "submit"),
                ("summary_zh", "   "),
            ]),
        );
        assert_eq!(cells["title_en"], "Solar dryer");
        assert_eq!(cells["cooperation"], "licence;training");
        assert_eq!(cells["keywords"], "solar;drying;cassava");
        assert_eq!(cells["deployed_in"], "TH;KE;BR");
        assert!(!cells.contains_key("ref"), "the ref is not the owner's to choose");
        assert!(!cells.contains_key("then"));
        assert!(!cells.contains_key("summary_zh"));
    }

    #[test]
    fn a_forms_problems_are_told_in_the_readers_language() {
        let th = Lang::parse("th").unwrap();
        assert_eq!(sentence(th, "is required but empty"), th.t("problem-required"));
        let long = sentence(th, "is 300 characters long; at most 256 are allowed");
        assert!(long.contains("300") && long.contains("256"), "{long}");
        assert_eq!(
            sentence(Lang::default(), "is 300 characters long; at most 256 are allowed"),
            "This field is 300 characters long; at most 256 are allowed."
        );
    }

    #[test]
    fn problems_read_as_sentences() {
        assert_eq!(
            sentence(Lang::default(), "is required but empty"),
            "This field is required but empty."
        );
        assert_eq!(
            sentence(Lang::default(), "\"x\" is not a domain; expected one of: a, b"),
            "\"x\" is not a domain; expected one of: a, b."
        );
    }

    #[test]
    fn codes_read_as_labels() {
        let en = Lang::default();
        assert_eq!(readable(en, "domain", "water"), "Water and sanitation");
        assert_eq!(
            readable(en, "cooperation", "licence;training"),
            "Licence; Training"
        );
        assert!(readable(en, "trl", "7").starts_with("7 — Demonstrated in operation"));
        assert_eq!(readable(en, "sdgs", "6"), "6 — Clean water and sanitation");
        let th = Lang::parse("th").unwrap();
        assert_eq!(readable(th, "domain", "water"), th.t("domain-water"));
    }
}
