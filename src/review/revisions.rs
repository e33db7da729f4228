//! Revisions: what members write, kept apart from the public catalogue until staff approve it.
//!
//! A revision is a new entry or an edit of a published one, holding the entry's fields as the
//! interchange format's cells. Saving checks them with the importer's rules; approving checks
//! them again and publishes them with the importer's upsert, so the public catalogue always
//! holds the last approved version. Every step is written to the audit log under the entry's
//! subject (`technology/T-2026-0001`).

use crate::i18n::Text;
use sqlx::{Acquire, PgConnection};

use super::audit::{self, About};
use crate::accounts::{Role, User};
use crate::catalogue::codes::code_list;
use crate::catalogue::{Domain, EntryKind, Status};
use crate::interchange::entry::{self, Cells, Checked, FieldErrors};

code_list! {
    /// Where a revision is in the review.
    RevisionStatus, pg = "revision_status", what = "revision status", {
        Draft = "draft", "Draft";
        Submitted = "submitted", "Awaiting review";
        ChangesRequested = "changes_requested", "Changes requested";
        Approved = "approved", "Approved";
        Rejected = "rejected", "Rejected";
        Withdrawn = "withdrawn", "Withdrawn";
    }
}

impl RevisionStatus {
    /// Whether its owner may still change it.
    pub fn editable(self) -> bool {
        matches!(self, Self::Draft | Self::ChangesRequested)
    }
}

/// What staff decide about a submitted revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Approve,
    RequestChanges,
    Reject,
}

impl Decision {
    /// As the review form posts it.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "approve" => Some(Self::Approve),
            "request_changes" => Some(Self::RequestChanges),
            "reject" => Some(Self::Reject),
            _ => None,
        }
    }

    /// As the audit log says it.
    pub fn action(self) -> &'static str {
        match self {
            Self::Approve => "approved",
            Self::RequestChanges => "requested changes",
            Self::Reject => "rejected",
        }
    }
}

/// Who owns an entry: the institution offering a technology, the organisation posting a need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Institution(i64),
    Organisation(i64),
}

impl Owner {
    /// What `user` may write entries for: none until staff approved their affiliation.
    pub fn of(user: &User) -> Option<Owner> {
        match user.role {
            Role::Institution => user.institution_id.map(Owner::Institution),
            Role::Firm => user.organisation_id.map(Owner::Organisation),
            Role::Staff | Role::Admin => None,
        }
    }

    pub fn kind(self) -> EntryKind {
        match self {
            Owner::Institution(_) => EntryKind::Technology,
            Owner::Organisation(_) => EntryKind::Need,
        }
    }

    fn ids(self) -> (Option<i64>, Option<i64>) {
        match self {
            Owner::Institution(id) => (Some(id), None),
            Owner::Organisation(id) => (None, Some(id)),
        }
    }
}

/// The entry's key in the audit log.
pub fn subject(kind: EntryKind, reference: &str) -> String {
    format!("{kind}/{reference}")
}

/// The columns an owner does not type: the institution's ref, the organisation's name and kind.
async fn owner_cells(conn: &mut PgConnection, owner: Owner) -> sqlx::Result<Cells> {
    let pairs: Vec<(&str, String)> = match owner {
        Owner::Institution(id) => {
            let reference = sqlx::query_scalar!("SELECT ref FROM institutions WHERE id = $1", id)
                .fetch_one(&mut *conn)
                .await?;
            vec![("institution_ref", reference)]
        }
        Owner::Organisation(id) => {
            let row = sqlx::query!(
                r#"SELECT name, org_kind::text AS "kind!" FROM organisations WHERE id = $1"#,
                id
            )
            .fetch_one(&mut *conn)
            .await?;
            vec![("organisation", row.name), ("org_kind", row.kind)]
        }
    };
    Ok(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

/// `cells` as the owner typed them, with the owner's own columns set and `ref` left out.
async fn with_owner(conn: &mut PgConnection, owner: Owner, mut cells: Cells) -> sqlx::Result<Cells> {
    cells.remove("ref");
    cells.extend(owner_cells(conn, owner).await?);
    Ok(cells)
}

#[derive(Debug, Clone)]
pub struct Revision {
    pub id: i64,
    pub kind: EntryKind,
    pub reference: String,
    pub is_edit: bool,
    pub owner: Owner,
    pub owner_name: String,
    pub fields: Cells,
    pub status: RevisionStatus,
    pub author: String,
    pub reason: Option<String>,
    pub created_at: time::OffsetDateTime,
    pub updated_at: time::OffsetDateTime,
    pub submitted_at: Option<time::OffsetDateTime>,
}

impl Revision {
    pub fn title(&self) -> &str {
        let column = match self.kind {
            EntryKind::Technology => "title_en",
            EntryKind::Need => "title",
        };
        self.fields.get(column).map_or("", String::as_str)
    }

    pub fn subject(&self) -> String {
        subject(self.kind, &self.reference)
    }

    pub fn is_owned_by(&self, user: &User) -> bool {
        Owner::of(user) == Some(self.owner)
    }
}

pub async fn find(conn: &mut PgConnection, id: i64) -> sqlx::Result<Option<Revision>> {
    let row = sqlx::query!(
        r#"SELECT r.id, r.kind AS "kind: EntryKind", r.ref, r.is_edit, r.institution_id, r.organisation_id,
                  coalesce(i.name_en, o.name) AS "owner_name!", r.fields,
                  r.status AS "status: RevisionStatus", u.display_name AS author, r.reason,
                  r.created_at, r.updated_at, r.submitted_at
           FROM revisions r
           JOIN users u ON u.id = r.author_id
           LEFT JOIN institutions i ON i.id = r.institution_id
           LEFT JOIN organisations o ON o.id = r.organisation_id
           WHERE r.id = $1"#,
        id
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let owner = match (r.institution_id, r.organisation_id) {
        (Some(id), _) => Owner::Institution(id),
        (None, Some(id)) => Owner::Organisation(id),
        (None, None) => unreachable!("a CHECK constraint gives every revision an owner"),
    };
    Ok(Some(Revision {
        id: r.id,
        kind: r.kind,
        reference: r.r#ref,
        is_edit: r.is_edit,
        owner,
        owner_name: r.owner_name,
        fields: serde_json::from_value(r.fields).map_err(|e| sqlx::Error::Decode(Box::new(e)))?,
        status: r.status,
        author: r.author,
        reason: r.reason,
        created_at: r.created_at,
        updated_at: r.updated_at,
        submitted_at: r.submitted_at,
    }))
}

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("the entry is not valid")]
    Invalid(FieldErrors),
    #[error("the revision cannot be changed in its present state")]
    NotEditable,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

fn json(cells: &Cells) -> serde_json::Value {
    serde_json::to_value(cells).expect("a map of strings is JSON")
}

/// Creates the draft of a new entry; returns its id.
pub async fn create(
    conn: &mut PgConnection,
    owner: Owner,
    author: i64,
    cells: Cells,
) -> Result<i64, WriteError> {
    let kind = owner.kind();
    let mut tx = conn.begin().await?;
    let cells = with_owner(&mut tx, owner, cells).await?;
    // Checked before a ref is given out, so that refused drafts leave no gaps in the numbering.
    if let Err(errors) = entry::check(&mut tx, kind, "NEW", &cells).await? {
        return Err(WriteError::Invalid(errors));
    }
    let prefix = match kind {
        EntryKind::Technology => "T",
        EntryKind::Need => "N",
    };
    // A ref no entry has, imported or written here: T-2026-0001, …
    let reference = loop {
        let candidate = sqlx::query_scalar!(
            r#"SELECT $1 || '-' || extract(year FROM now()) || '-' || lpad(nextval('entry_refs')::text, 4, '0') AS "r!""#,
            prefix
        )
        .fetch_one(&mut *tx)
        .await?;
        let taken = sqlx::query_scalar!(
            r#"SELECT EXISTS (SELECT FROM technologies WHERE ref = $1 AND $2 = 'technology'::entry_kind)
                   OR EXISTS (SELECT FROM needs WHERE ref = $1 AND $2 = 'need'::entry_kind) AS "taken!""#,
            candidate,
            kind as EntryKind
        )
        .fetch_one(&mut *tx)
        .await?;
        if !taken {
            break candidate;
        }
    };
    let id = insert(&mut tx, owner, author, &reference, false, &cells).await?;
    log(
        &mut tx,
        author,
        "created a draft",
        id,
        &subject(kind, &reference),
        None,
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

async fn insert(
    conn: &mut PgConnection,
    owner: Owner,
    author: i64,
    reference: &str,
    is_edit: bool,
    cells: &Cells,
) -> sqlx::Result<i64> {
    let (institution_id, organisation_id) = owner.ids();
    sqlx::query_scalar!(
        "INSERT INTO revisions (kind, ref, is_edit, institution_id, organisation_id, fields, author_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        owner.kind() as EntryKind,
        reference,
        is_edit,
        institution_id,
        organisation_id,
        json(cells),
        author
    )
    .fetch_one(&mut *conn)
    .await
}

/// Writes what `actor` did to revision `revision` of the entry `subject` to the audit log.
async fn log(
    conn: &mut PgConnection,
    actor: i64,
    action: &str,
    revision: i64,
    subject: &str,
    detail: Option<&str>,
) -> sqlx::Result<()> {
    let about = About {
        entity: "revision",
        id: revision,
        subject: Some(subject),
    };
    audit::record(conn, Some(actor), action, about, detail).await
}

/// The open revision of the owner's published entry `reference`, started from its published
/// cells when there is none. `None` when the owner has no such published entry.
pub async fn start_edit(
    conn: &mut PgConnection,
    owner: Owner,
    author: i64,
    reference: &str,
) -> sqlx::Result<Option<i64>> {
    let kind = owner.kind();
    let mut tx = conn.begin().await?;
    if !owns_published(&mut tx, owner, reference).await? {
        return Ok(None);
    }
    let open = sqlx::query_scalar!(
        "SELECT id FROM revisions
         WHERE kind = $1 AND ref = $2 AND status IN ('draft', 'submitted', 'changes_requested')",
        kind as EntryKind,
        reference
    )
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(id) = open {
        return Ok(Some(id));
    }
    let Some(cells) = entry::published(&mut tx, kind, reference).await? else {
        return Ok(None);
    };
    let id = insert(&mut tx, owner, author, reference, true, &cells).await?;
    log(
        &mut tx,
        author,
        "started an edit",
        id,
        &subject(kind, reference),
        None,
    )
    .await?;
    tx.commit().await?;
    Ok(Some(id))
}

/// Whether `reference` is a published entry of `owner`.
async fn owns_published(conn: &mut PgConnection, owner: Owner, reference: &str) -> sqlx::Result<bool> {
    let (institution_id, organisation_id) = owner.ids();
    sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT FROM technologies
                          WHERE ref = $1 AND institution_id = $2 AND status = 'published')
               OR EXISTS (SELECT FROM needs
                          WHERE ref = $1 AND organisation_id = $3 AND status = 'published') AS "owned!""#,
        reference,
        institution_id,
        organisation_id
    )
    .fetch_one(&mut *conn)
    .await
}

/// Locks an open revision for a change by its owner.
async fn lock(conn: &mut PgConnection, id: i64) -> sqlx::Result<Option<RevisionStatus>> {
    sqlx::query_scalar!(
        r#"SELECT status AS "status: RevisionStatus" FROM revisions WHERE id = $1 FOR UPDATE"#,
        id
    )
    .fetch_optional(&mut *conn)
    .await
}

/// Replaces the cells of an editable revision.
pub async fn save(
    conn: &mut PgConnection,
    revision: &Revision,
    actor: i64,
    cells: Cells,
) -> Result<(), WriteError> {
    let mut tx = conn.begin().await?;
    if !lock(&mut tx, revision.id)
        .await?
        .is_some_and(RevisionStatus::editable)
    {
        return Err(WriteError::NotEditable);
    }
    let cells = with_owner(&mut tx, revision.owner, cells).await?;
    if let Err(errors) = entry::check(&mut tx, revision.kind, &revision.reference, &cells).await? {
        return Err(WriteError::Invalid(errors));
    }
    sqlx::query!(
        "UPDATE revisions SET fields = $2 WHERE id = $1",
        revision.id,
        json(&cells)
    )
    .execute(&mut *tx)
    .await?;
    log(&mut tx, actor, "edited", revision.id, &revision.subject(), None).await?;
    tx.commit().await?;
    Ok(())
}

/// The owner moves a revision on: an editable one to the staff's queue (`Submitted`), or any
/// open one out of play (`Withdrawn`; the published entry, if any, stays as it is).
pub async fn move_on(
    conn: &mut PgConnection,
    revision: &Revision,
    actor: i64,
    to: RevisionStatus,
) -> Result<(), WriteError> {
    let action = match to {
        RevisionStatus::Submitted => "submitted for review",
        _ => "withdrew the revision",
    };
    let mut tx = conn.begin().await?;
    let from = lock(&mut tx, revision.id).await?;
    let allowed = match to {
        RevisionStatus::Submitted => from.is_some_and(RevisionStatus::editable),
        _ => from.is_some_and(|s| s.editable() || s == RevisionStatus::Submitted),
    };
    if !allowed {
        return Err(WriteError::NotEditable);
    }
    sqlx::query!(
        "UPDATE revisions SET status = $2::revision_status,
                submitted_at = CASE WHEN $2 = 'submitted'::revision_status THEN now() ELSE submitted_at END
         WHERE id = $1",
        revision.id,
        to as RevisionStatus
    )
    .execute(&mut *tx)
    .await?;
    log(&mut tx, actor, action, revision.id, &revision.subject(), None).await?;
    tx.commit().await?;
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum DecideError {
    #[error("a decision needs a written reason")]
    ReasonMissing,
    #[error("the revision is not awaiting review")]
    NotSubmitted,
    #[error("the entry is no longer valid")]
    Invalid(FieldErrors),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// The longest reason staff may write.
pub const REASON_MAX: usize = 2000;

/// A reason as staff wrote it: trimmed, 1 to [`REASON_MAX`] characters.
pub fn parse_reason(text: &str) -> Result<&str, DecideError> {
    let reason = text.trim();
    if reason.is_empty() || reason.chars().count() > REASON_MAX {
        Err(DecideError::ReasonMissing)
    } else {
        Ok(reason)
    }
}

/// Staff decide on a submitted revision. Approving publishes it with the importer's rules.
pub async fn decide(
    conn: &mut PgConnection,
    id: i64,
    staff: i64,
    decision: Decision,
    reason: &str,
) -> Result<(), DecideError> {
    let reason = parse_reason(reason)?;
    let mut tx = conn.begin().await?;
    if lock(&mut tx, id).await? != Some(RevisionStatus::Submitted) {
        return Err(DecideError::NotSubmitted);
    }
    let revision = find(&mut tx, id).await?.ok_or(DecideError::NotSubmitted)?;
    let status = match decision {
        Decision::Approve => {
            // The owner's columns as they are now, should the organisation have been renamed.
            let cells = with_owner(&mut tx, revision.owner, revision.fields.clone()).await?;
            let checked = entry::check(&mut tx, revision.kind, &revision.reference, &cells)
                .await?
                .map_err(DecideError::Invalid)?;
            entry::publish(&mut tx, &checked).await?;
            if let (Checked::Need(_), Owner::Organisation(organisation)) = (&checked, revision.owner) {
                sqlx::query!(
                    "UPDATE needs SET organisation_id = $2 WHERE ref = $1",
                    revision.reference,
                    organisation
                )
                .execute(&mut *tx)
                .await?;
            }
            RevisionStatus::Approved
        }
        Decision::RequestChanges => RevisionStatus::ChangesRequested,
        Decision::Reject => RevisionStatus::Rejected,
    };
    sqlx::query!(
        "UPDATE revisions SET status = $2, reason = $3, decided_at = now(), decided_by = $4 WHERE id = $1",
        id,
        status as RevisionStatus,
        reason,
        staff
    )
    .execute(&mut *tx)
    .await?;
    let action = decision.action();
    log(&mut tx, staff, action, id, &revision.subject(), Some(reason)).await?;
    let told = match decision {
        Decision::Approve => "notify-approved",
        Decision::RequestChanges => "notify-changes-requested",
        Decision::Reject => "notify-rejected",
    };
    let message = Text::new(told)
        .arg("kind", revision.kind.code())
        .arg("title", revision.title())
        .arg("reason", reason);
    let author = sqlx::query_scalar!("SELECT author_id FROM revisions WHERE id = $1", id)
        .fetch_one(&mut *tx)
        .await?;
    crate::notifications::notify(&mut tx, author, &message, &format!("/revisions/{id}")).await?;
    tx.commit().await?;
    Ok(())
}

/// Takes the owner's published entry out of the public catalogue (a need is closed), and
/// withdraws its open revision. `false` when the owner has no such published entry.
pub async fn archive(
    conn: &mut PgConnection,
    owner: Owner,
    actor: i64,
    reference: &str,
) -> sqlx::Result<bool> {
    let kind = owner.kind();
    let mut tx = conn.begin().await?;
    if !owns_published(&mut tx, owner, reference).await? {
        return Ok(false);
    }
    let id = match kind {
        EntryKind::Technology => {
            sqlx::query_scalar!(
                "UPDATE technologies SET status = 'archived' WHERE ref = $1 RETURNING id",
                reference
            )
            .fetch_one(&mut *tx)
            .await?
        }
        EntryKind::Need => {
            sqlx::query_scalar!(
                "UPDATE needs SET status = 'archived' WHERE ref = $1 RETURNING id",
                reference
            )
            .fetch_one(&mut *tx)
            .await?
        }
    };
    sqlx::query!(
        "UPDATE revisions SET status = 'withdrawn'
         WHERE kind = $1 AND ref = $2 AND status IN ('draft', 'submitted', 'changes_requested')",
        kind as EntryKind,
        reference
    )
    .execute(&mut *tx)
    .await?;
    let subject = subject(kind, reference);
    let about = About {
        entity: kind.code(),
        id,
        subject: Some(&subject),
    };
    let action = match kind {
        EntryKind::Technology => "archived",
        EntryKind::Need => "closed",
    };
    audit::record(&mut tx, Some(actor), action, about, None).await?;
    tx.commit().await?;
    Ok(true)
}

/// One of an owner's entries: its public state and its latest revision still in play.
#[derive(Debug, Clone)]
pub struct OwnEntry {
    pub reference: String,
    pub title: String,
    /// Published or archived; `None` while it has never been approved.
    pub public: Option<Status>,
    pub revision: Option<i64>,
    pub revision_status: Option<RevisionStatus>,
    pub reason: Option<String>,
    pub updated_at: time::OffsetDateTime,
    /// Candidates a published need has (not dismissed), or needs a published technology may
    /// solve (as its page lists them).
    pub matches: Option<i64>,
    /// When its owner last confirmed it is current (public entries only).
    pub confirmed_at: Option<time::OffsetDateTime>,
}

/// Every entry of `owner`, most recently changed first.
pub async fn of_owner(conn: &mut PgConnection, owner: Owner) -> sqlx::Result<Vec<OwnEntry>> {
    let (institution_id, organisation_id) = owner.ids();
    sqlx::query_as!(
        OwnEntry,
        r#"WITH live AS (
               SELECT t.ref, t.title_en AS title, t.status, t.updated_at,
                      (SELECT count(*) FROM matches m WHERE m.technology_id = t.id AND m.score >= $3) AS matches,
                      t.confirmed_at
               FROM technologies t
               WHERE t.institution_id = $1 AND t.status IN ('published', 'archived', 'expired')
               UNION ALL
               SELECT n.ref, n.title, n.status, n.updated_at,
                      (SELECT count(*) FROM matches m
                       WHERE m.need_id = n.id AND NOT EXISTS (
                           SELECT FROM match_feedback f WHERE f.need_id = m.need_id
                             AND f.technology_id = m.technology_id AND f.verdict = 'dismissed')),
                      n.confirmed_at
               FROM needs n
               WHERE n.organisation_id = $2 AND n.status IN ('published', 'archived', 'expired')),
           latest AS (
               SELECT DISTINCT ON (ref) id, ref, coalesce(fields->>'title_en', fields->>'title') AS title,
                      status, reason, updated_at
               FROM revisions WHERE institution_id = $1 OR organisation_id = $2
               ORDER BY ref, id DESC)
           SELECT coalesce(l.ref, r.ref) AS "reference!",
                  coalesce(l.title, r.title) AS "title!",
                  l.status AS "public: Status",
                  r.id AS "revision?", r.status AS "revision_status?: RevisionStatus", r.reason AS "reason?",
                  greatest(l.updated_at, r.updated_at) AS "updated_at!",
                  CASE WHEN l.status = 'published' THEN l.matches END AS matches,
                  l.confirmed_at AS "confirmed_at?"
           FROM live l FULL JOIN latest r ON r.ref = l.ref
           WHERE l.ref IS NOT NULL OR r.status <> 'withdrawn'
           ORDER BY 7 DESC, 1"#,
        institution_id,
        organisation_id,
        crate::matching::store::SHOWN_ON_TECHNOLOGY
    )
    .fetch_all(&mut *conn)
    .await
}

/// What the staff's queue shows of one submitted revision.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct QueueItem {
    pub id: i64,
    pub kind: EntryKind,
    pub reference: String,
    pub title: String,
    pub owner_name: String,
    pub is_edit: bool,
    pub domain: Option<String>,
    pub country: String,
    pub submitted_at: time::OffsetDateTime,
}

/// The queue's filters; every one optional.
#[derive(Debug, Clone, Default)]
pub struct QueueFilter {
    pub kind: Option<EntryKind>,
    /// Only edits of published entries (`true`) or only new entries (`false`).
    pub edits: Option<bool>,
    pub domain: Option<Domain>,
    pub country: Option<String>,
}

/// Submitted revisions, oldest first, one page of them, and how many match.
pub async fn queue(
    pool: &sqlx::PgPool,
    filter: &QueueFilter,
    page: i64,
) -> sqlx::Result<(Vec<QueueItem>, i64)> {
    let push_filtered = |qb: &mut sqlx::QueryBuilder<sqlx::Postgres>| {
        qb.push(
            " FROM revisions r
              LEFT JOIN institutions i ON i.id = r.institution_id
              LEFT JOIN organisations o ON o.id = r.organisation_id
              WHERE r.status = 'submitted'",
        );
        if let Some(kind) = filter.kind {
            qb.push(" AND r.kind = ").push_bind(kind);
        }
        if let Some(edits) = filter.edits {
            qb.push(" AND r.is_edit = ").push_bind(edits);
        }
        if let Some(domain) = filter.domain {
            qb.push(" AND r.fields->>'domain' = ").push_bind(domain.code());
        }
        if let Some(country) = &filter.country {
            qb.push(" AND coalesce(r.fields->>'country', i.country) = ")
                .push_bind(country.clone());
        }
    };
    crate::catalogue::paged(
        pool,
        "r.id, r.kind, r.ref AS reference,
         coalesce(r.fields->>'title_en', r.fields->>'title') AS title,
         coalesce(i.name_en, o.name) AS owner_name, r.is_edit, r.fields->>'domain' AS domain,
         coalesce(r.fields->>'country', i.country) AS country, r.submitted_at",
        push_filtered,
        "r.submitted_at, r.id",
        page,
    )
    .await
}

/// How much waits for staff: technologies, needs and account requests.
#[derive(Debug, Clone, Copy, Default)]
pub struct Waiting {
    pub technologies: i64,
    pub needs: i64,
    pub accounts: i64,
}

pub async fn waiting(conn: &mut PgConnection) -> sqlx::Result<Waiting> {
    let row = sqlx::query!(
        r#"SELECT count(*) FILTER (WHERE kind = 'technology') AS "technologies!",
                  count(*) FILTER (WHERE kind = 'need') AS "needs!",
                  (SELECT count(*) FROM account_requests WHERE status = 'pending') AS "accounts!"
           FROM revisions WHERE status = 'submitted'"#
    )
    .fetch_one(&mut *conn)
    .await?;
    Ok(Waiting {
        technologies: row.technologies,
        needs: row.needs,
        accounts: row.accounts,
    })
}

/// One field that an edit changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub column: &'static str,
    pub published: String,
    pub proposed: String,
}

/// The fields where `proposed` differs from `published`, in the format's column order.
pub fn diff(kind: EntryKind, published: &Cells, proposed: &Cells) -> Vec<Change> {
    let cell = |cells: &Cells, name: &str| cells.get(name).cloned().unwrap_or_default();
    entry::columns(kind)
        .iter()
        .filter(|c| c.name != "ref")
        .filter_map(|c| {
            let (before, after) = (cell(published, c.name), cell(proposed, c.name));
            (before != after).then_some(Change {
                column: c.name,
                published: before,
                proposed: after,
            })
        })
        .collect()
}
