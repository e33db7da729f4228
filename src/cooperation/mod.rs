//! Cooperation: introductions between a firm and the institution offering a technology, the
//! stages that follow (requested → accepted → in discussion → NDA signed → pilot → agreement
//! signed, or declined / closed with a reason), and the figures they make. No HTTP here.
//!
//! Each side's contact details are disclosed to the other only once the institution (or staff
//! on its behalf) accepted: [`Introduction::contacts`] is `None` before.

pub mod figures;

use crate::i18n::Text;
use sqlx::{Acquire, PgConnection};

use crate::accounts::{Role, User};
use crate::catalogue::codes::code_list;
use crate::notifications;
use crate::review::audit::{self, About};

code_list! {
    /// Where an introduction stands.
    Stage, pg = "introduction_stage", what = "stage", {
        Requested = "requested", "Requested";
        Accepted = "accepted", "Accepted";
        InDiscussion = "in_discussion", "In discussion";
        NdaSigned = "nda_signed", "NDA signed";
        Pilot = "pilot", "Pilot";
        AgreementSigned = "agreement_signed", "Agreement signed";
        Declined = "declined", "Declined";
        Closed = "closed", "Closed";
    }
}

impl Stage {
    /// The stages of the pipeline, in order (declined and closed end it early).
    pub const PIPELINE: [Stage; 6] = [
        Stage::Requested,
        Stage::Accepted,
        Stage::InDiscussion,
        Stage::NdaSigned,
        Stage::Pilot,
        Stage::AgreementSigned,
    ];

    pub fn is_open(self) -> bool {
        !matches!(self, Stage::AgreementSigned | Stage::Declined | Stage::Closed)
    }

    /// The stage after this one in the pipeline.
    pub fn next(self) -> Option<Stage> {
        let at = Self::PIPELINE.iter().position(|s| *s == self)?;
        Self::PIPELINE.get(at + 1).copied()
    }
}

/// Who a user is to an introduction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// A member of the firm that asked.
    Firm,
    /// A member of the institution offering the technology.
    Institution,
    Staff,
}

/// An introduction as its pages show it.
#[derive(Debug, Clone)]
pub struct Introduction {
    pub id: i64,
    pub technology: String,
    pub technology_title: String,
    pub need: Option<String>,
    pub need_title: Option<String>,
    pub organisation_id: i64,
    pub organisation: String,
    pub country: String,
    pub institution_id: i64,
    pub institution: String,
    pub message: String,
    pub stage: Stage,
    pub reason: Option<String>,
    pub brokered: bool,
    pub requester_name: String,
    requester_email: String,
    accepter: Option<(String, String)>,
    pub accepted_at: Option<time::OffsetDateTime>,
    pub created_at: time::OffsetDateTime,
    pub stage_changed_at: time::OffsetDateTime,
}

/// How to reach each side, once disclosed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Contacts {
    pub firm_name: String,
    pub firm_email: String,
    pub institution_name: String,
    pub institution_email: String,
}

impl Introduction {
    /// Whether `user` is party to it, and as which side.
    pub fn side_of(&self, user: &User) -> Option<Side> {
        match user.role {
            Role::Staff | Role::Admin => Some(Side::Staff),
            Role::Firm if user.organisation_id == Some(self.organisation_id) => Some(Side::Firm),
            Role::Institution if user.institution_id == Some(self.institution_id) => Some(Side::Institution),
            _ => None,
        }
    }

    /// Both sides' contact details: only once the introduction was accepted.
    pub fn contacts(&self) -> Option<Contacts> {
        let (name, email) = self.accepter.clone()?;
        self.accepted_at?;
        Some(Contacts {
            firm_name: self.requester_name.clone(),
            firm_email: self.requester_email.clone(),
            institution_name: name,
            institution_email: email,
        })
    }

    /// Who asked, as name and e-mail address: for staff, who broker introductions.
    pub fn requester(&self) -> (String, String) {
        (self.requester_name.clone(), self.requester_email.clone())
    }

    /// The stages `side` may move it to now.
    pub fn moves_for(&self, side: Side) -> Vec<Stage> {
        let mut moves = Vec::new();
        match self.stage {
            Stage::Requested => {
                if matches!(side, Side::Institution | Side::Staff) {
                    moves.extend([Stage::Accepted, Stage::Declined]);
                }
                if side == Side::Firm || side == Side::Staff {
                    moves.push(Stage::Closed);
                }
            }
            stage if stage.is_open() => {
                moves.extend(stage.next());
                moves.push(Stage::Closed);
            }
            _ => {}
        }
        moves
    }
}

const SELECT: &str = "SELECT x.id, t.ref AS technology, t.title_en AS technology_title, n.ref AS need,
        n.title AS need_title, x.organisation_id, o.name AS organisation, o.country, x.institution_id,
        i.name_en AS institution, x.message, x.stage, x.reason, x.brokered,
        r.display_name AS requester_name, r.email AS requester_email,
        a.display_name AS accepter_name, a.email AS accepter_email, x.accepted_at, x.created_at,
        x.stage_changed_at
    FROM introductions x
    JOIN technologies t ON t.id = x.technology_id
    LEFT JOIN needs n ON n.id = x.need_id
    JOIN organisations o ON o.id = x.organisation_id
    JOIN institutions i ON i.id = x.institution_id
    JOIN users r ON r.id = x.requested_by
    LEFT JOIN users a ON a.id = x.accepted_by";

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    technology: String,
    technology_title: String,
    need: Option<String>,
    need_title: Option<String>,
    organisation_id: i64,
    organisation: String,
    country: String,
    institution_id: i64,
    institution: String,
    message: String,
    stage: Stage,
    reason: Option<String>,
    brokered: bool,
    requester_name: String,
    requester_email: String,
    accepter_name: Option<String>,
    accepter_email: Option<String>,
    accepted_at: Option<time::OffsetDateTime>,
    created_at: time::OffsetDateTime,
    stage_changed_at: time::OffsetDateTime,
}

impl From<Row> for Introduction {
    fn from(r: Row) -> Self {
        Introduction {
            id: r.id,
            technology: r.technology,
            technology_title: r.technology_title,
            need: r.need,
            need_title: r.need_title,
            organisation_id: r.organisation_id,
            organisation: r.organisation,
            country: r.country,
            institution_id: r.institution_id,
            institution: r.institution,
            message: r.message,
            stage: r.stage,
            reason: r.reason,
            brokered: r.brokered,
            requester_name: r.requester_name,
            requester_email: r.requester_email,
            accepter: r.accepter_name.zip(r.accepter_email),
            accepted_at: r.accepted_at,
            created_at: r.created_at,
            stage_changed_at: r.stage_changed_at,
        }
    }
}

pub async fn find(conn: &mut PgConnection, id: i64) -> sqlx::Result<Option<Introduction>> {
    let row: Option<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT} WHERE x.id = $1")))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.map(Introduction::from))
}

/// The introductions `user` is party to (all of them for staff), newest first.
pub async fn visible_to(conn: &mut PgConnection, user: &User) -> sqlx::Result<Vec<Introduction>> {
    let rows: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE $1 OR x.organisation_id = $2 OR x.institution_id = $3 ORDER BY x.stage_changed_at DESC"
    )))
    .bind(user.role.is_staff())
    .bind(user.organisation_id)
    .bind(user.institution_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().map(Introduction::from).collect())
}

#[derive(Debug, thiserror::Error)]
pub enum RequestError {
    #[error("no published technology has this ref")]
    UnknownTechnology,
    #[error("no published need of this organisation has this ref")]
    UnknownNeed,
    #[error("an introduction to this technology is already under way")]
    AlreadyOpen(i64),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Who asks for an introduction: a firm member for their organisation, or staff brokering it
/// for the organisation that posted `need`.
#[derive(Debug, Clone, Copy)]
pub enum Asker {
    Firm { user: i64, organisation: i64 },
    Staff { user: i64 },
}

/// Asks for an introduction to `technology`, perhaps for `need`; returns its id.
pub async fn request(
    conn: &mut PgConnection,
    asker: Asker,
    technology: &str,
    need: Option<&str>,
    message: &str,
) -> Result<i64, RequestError> {
    let mut tx = conn.begin().await?;
    let offer = sqlx::query!(
        "SELECT id, institution_id FROM technologies WHERE ref = $1 AND status = 'published'",
        technology
    )
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(RequestError::UnknownTechnology)?;
    let need_row = match need {
        Some(reference) => Some(
            sqlx::query!(
                "SELECT id, organisation_id, organisation, country, org_kind::text AS \"org_kind!\"
                 FROM needs WHERE ref = $1 AND status = 'published'",
                reference
            )
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(RequestError::UnknownNeed)?,
        ),
        None => None,
    };
    let (user, organisation, brokered) = match asker {
        Asker::Firm { user, organisation } => {
            if need_row
                .as_ref()
                .is_some_and(|n| n.organisation_id != Some(organisation))
            {
                return Err(RequestError::UnknownNeed);
            }
            (user, organisation, false)
        }
        Asker::Staff { user } => {
            let need = need_row.as_ref().ok_or(RequestError::UnknownNeed)?;
            // An imported need names its organisation without an account: give it a row.
            let organisation = match need.organisation_id {
                Some(id) => id,
                None => {
                    sqlx::query_scalar!(
                    "INSERT INTO organisations (name, country, org_kind) VALUES ($1, $2, $3::text::org_kind)
                         ON CONFLICT (name, country) DO UPDATE SET name = EXCLUDED.name RETURNING id",
                    need.organisation,
                    need.country,
                    need.org_kind
                )
                    .fetch_one(&mut *tx)
                    .await?
                }
            };
            (user, organisation, true)
        }
    };
    let open = sqlx::query_scalar!(
        "SELECT id FROM introductions WHERE organisation_id = $1 AND technology_id = $2
           AND stage NOT IN ('declined', 'closed', 'agreement_signed')",
        organisation,
        offer.id
    )
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(id) = open {
        return Err(RequestError::AlreadyOpen(id));
    }
    let id = sqlx::query_scalar!(
        "INSERT INTO introductions (technology_id, need_id, organisation_id, institution_id, requested_by, brokered, message)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        offer.id,
        need_row.as_ref().map(|n| n.id),
        organisation,
        offer.institution_id,
        user,
        brokered,
        message
    )
    .fetch_one(&mut *tx)
    .await?;
    record(&mut tx, id, Stage::Requested, user, Some(message)).await?;
    let introduction = find(&mut tx, id).await?.ok_or(sqlx::Error::RowNotFound)?;
    tell_parties(
        &mut tx,
        &introduction,
        user,
        &Text::new("notify-introduction-asked")
            .arg("organisation", &introduction.organisation)
            .arg("technology", &introduction.technology_title),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Writes a stage entered to the events and the audit log.
async fn record(
    conn: &mut PgConnection,
    id: i64,
    stage: Stage,
    actor: i64,
    note: Option<&str>,
) -> sqlx::Result<()> {
    sqlx::query!(
        "INSERT INTO introduction_events (introduction_id, stage, actor_id, note) VALUES ($1, $2, $3, $4)",
        id,
        stage as Stage,
        actor,
        note
    )
    .execute(&mut *conn)
    .await?;
    let action = format!("moved the introduction to “{}”", stage.label());
    audit::record(conn, Some(actor), &action, About::row("introduction", id), note).await
}

/// Notifies the members of both sides but `actor`.
async fn tell_parties(
    conn: &mut PgConnection,
    introduction: &Introduction,
    actor: i64,
    message: &Text,
) -> sqlx::Result<()> {
    let members = sqlx::query_scalar!(
        "SELECT id FROM users WHERE (organisation_id = $1 OR institution_id = $2) AND id <> $3",
        introduction.organisation_id,
        introduction.institution_id,
        actor
    )
    .fetch_all(&mut *conn)
    .await?;
    let href = format!("/introductions/{}", introduction.id);
    for member in members {
        notifications::notify(conn, member, message, &href).await?;
    }
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum MoveError {
    #[error("this move is not open to you at this stage")]
    NotAllowed,
    #[error("declining or closing needs a reason")]
    ReasonMissing,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Moves an introduction to `to`, if `user`'s side may do so now.
pub async fn advance(
    conn: &mut PgConnection,
    id: i64,
    user: &User,
    to: Stage,
    reason: Option<&str>,
) -> Result<Introduction, MoveError> {
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    if matches!(to, Stage::Declined | Stage::Closed) && reason.is_none() {
        return Err(MoveError::ReasonMissing);
    }
    if reason.is_some_and(|r| r.chars().count() > 2000) {
        return Err(MoveError::ReasonMissing);
    }
    let mut tx = conn.begin().await?;
    sqlx::query!("SELECT id FROM introductions WHERE id = $1 FOR UPDATE", id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(MoveError::NotAllowed)?;
    let introduction = find(&mut tx, id).await?.ok_or(MoveError::NotAllowed)?;
    let side = introduction.side_of(user).ok_or(MoveError::NotAllowed)?;
    if !introduction.moves_for(side).contains(&to) {
        return Err(MoveError::NotAllowed);
    }
    let stored_reason = matches!(to, Stage::Declined | Stage::Closed)
        .then_some(reason)
        .flatten();
    sqlx::query!(
        "UPDATE introductions SET stage = $2, reason = $3, stage_changed_at = now(),
                accepted_by = CASE WHEN $2 = 'accepted'::introduction_stage THEN $4 ELSE accepted_by END,
                accepted_at = CASE WHEN $2 = 'accepted'::introduction_stage THEN now() ELSE accepted_at END
         WHERE id = $1",
        id,
        to as Stage,
        stored_reason,
        user.id
    )
    .execute(&mut *tx)
    .await?;
    record(&mut tx, id, to, user.id, reason).await?;
    let message =
        Text::new(format!("notify-stage-{}", to.code())).arg("technology", &introduction.technology_title);
    tell_parties(&mut tx, &introduction, user.id, &message).await?;
    let moved = find(&mut tx, id).await?.ok_or(MoveError::NotAllowed)?;
    tx.commit().await?;
    Ok(moved)
}

/// One stage an introduction entered.
#[derive(Debug, Clone)]
pub struct Event {
    pub stage: Stage,
    pub at: time::OffsetDateTime,
    pub actor: Option<String>,
    pub note: Option<String>,
}

pub async fn events(conn: &mut PgConnection, id: i64) -> sqlx::Result<Vec<Event>> {
    sqlx::query_as!(
        Event,
        r#"SELECT e.stage AS "stage: Stage", e.at, u.display_name AS "actor?", e.note
           FROM introduction_events e LEFT JOIN users u ON u.id = e.actor_id
           WHERE e.introduction_id = $1 ORDER BY e.at, e.id"#,
        id
    )
    .fetch_all(&mut *conn)
    .await
}
