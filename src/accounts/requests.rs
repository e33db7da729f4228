//! Signing up, and the account requests staff decide on: a new firm or institution account
//! is attached to its organisation or institution only once staff approve.

use sqlx::{Acquire, PgConnection};

use super::{CreateUserError, Email, Password, Role, User, create_user};
use crate::catalogue::OrgKind;
use crate::review::audit;

/// Whom a new account says it belongs to.
#[derive(Debug, Clone)]
pub enum Affiliation {
    /// An institution of the catalogue, by ref.
    Institution(String),
    /// An ASEAN firm or body.
    Organisation {
        name: String,
        country: String,
        kind: OrgKind,
    },
}

impl Affiliation {
    pub fn role(&self) -> Role {
        match self {
            Affiliation::Institution(_) => Role::Institution,
            Affiliation::Organisation { .. } => Role::Firm,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SignUpError {
    #[error("no institution has this ref")]
    UnknownInstitution,
    #[error(transparent)]
    CreateUser(#[from] CreateUserError),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Creates the account and its request, in one transaction.
pub async fn sign_up(
    conn: &mut PgConnection,
    email: &Email,
    display_name: &str,
    password: Password,
    affiliation: &Affiliation,
    message: Option<&str>,
) -> Result<User, SignUpError> {
    let mut tx = conn.begin().await?;
    let institution_id = match affiliation {
        Affiliation::Institution(reference) => Some(
            sqlx::query_scalar!(
                "SELECT id FROM institutions WHERE ref = $1 AND status = 'published'",
                reference
            )
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(SignUpError::UnknownInstitution)?,
        ),
        Affiliation::Organisation { .. } => None,
    };
    let user = create_user(&mut tx, email, display_name, password, affiliation.role()).await?;
    let (name, country, kind) = match affiliation {
        Affiliation::Organisation { name, country, kind } => {
            (Some(name.as_str()), Some(country.as_str()), Some(*kind))
        }
        Affiliation::Institution(_) => (None, None, None),
    };
    let request = sqlx::query_scalar!(
        "INSERT INTO account_requests (user_id, institution_id, organisation_name, country, org_kind, message)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        user.id,
        institution_id,
        name,
        country,
        kind as Option<OrgKind>,
        message
    )
    .fetch_one(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        Some(user.id),
        "requested an account",
        audit::About::row("account_request", request),
        None,
    )
    .await?;
    tx.commit().await?;
    Ok(user)
}

/// A request as the staff queue shows it.
#[derive(Debug, Clone)]
pub struct Request {
    pub id: i64,
    pub user_name: String,
    pub user_email: String,
    pub role: Role,
    /// The institution's name, or the organisation's name and country.
    pub affiliation: String,
    pub message: Option<String>,
    pub status: String,
    pub reason: Option<String>,
    pub created_at: time::OffsetDateTime,
}

/// Pending requests, oldest first.
pub async fn pending(conn: &mut PgConnection) -> sqlx::Result<Vec<Request>> {
    let rows = sqlx::query!(
        r#"SELECT r.id, u.display_name, u.email, u.role AS "role: Role", r.message, r.status::text AS "status!",
                  r.reason, r.created_at,
                  coalesce(i.name_en || ' (' || i.ref || ')',
                           r.organisation_name || ', ' || c.name_en || ' — ' || r.org_kind::text) AS "affiliation!"
           FROM account_requests r
           JOIN users u ON u.id = r.user_id
           LEFT JOIN institutions i ON i.id = r.institution_id
           LEFT JOIN countries c ON c.code = r.country
           WHERE r.status = 'pending'
           ORDER BY r.created_at, r.id"#
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Request {
            id: r.id,
            user_name: r.display_name,
            user_email: r.email,
            role: r.role,
            affiliation: r.affiliation,
            message: r.message,
            status: r.status,
            reason: r.reason,
            created_at: r.created_at,
        })
        .collect())
}

/// The newest request of a user, for their account page.
pub async fn latest_of(
    conn: &mut PgConnection,
    user_id: i64,
) -> sqlx::Result<Option<(String, Option<String>)>> {
    let row = sqlx::query!(
        r#"SELECT status::text AS "status!", reason FROM account_requests
           WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1"#,
        user_id
    )
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(|r| (r.status, r.reason)))
}

#[derive(Debug, thiserror::Error)]
pub enum DecideError {
    #[error("a written reason is required")]
    ReasonMissing,
    #[error("this request has already been decided")]
    NotPending,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Approves (attaching the account to its institution or organisation) or rejects a pending
/// request, always with a reason; both are written to the audit log.
pub async fn decide(
    conn: &mut PgConnection,
    request_id: i64,
    staff_id: i64,
    approve: bool,
    reason: &str,
) -> Result<(), DecideError> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(DecideError::ReasonMissing);
    }
    let mut tx = conn.begin().await?;
    let request = sqlx::query!(
        r#"SELECT user_id, institution_id, organisation_name, country, org_kind AS "org_kind: OrgKind"
           FROM account_requests WHERE id = $1 AND status = 'pending' FOR UPDATE"#,
        request_id
    )
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(DecideError::NotPending)?;
    if approve {
        if let Some(institution_id) = request.institution_id {
            sqlx::query!(
                "UPDATE users SET institution_id = $2 WHERE id = $1",
                request.user_id,
                institution_id
            )
            .execute(&mut *tx)
            .await?;
        } else if let (Some(name), Some(country), Some(kind)) =
            (request.organisation_name, request.country, request.org_kind)
        {
            let organisation = sqlx::query_scalar!(
                "INSERT INTO organisations (name, country, org_kind) VALUES ($1, $2, $3)
                 ON CONFLICT (name, country) DO UPDATE SET org_kind = organisations.org_kind RETURNING id",
                name,
                country,
                kind as OrgKind
            )
            .fetch_one(&mut *tx)
            .await?;
            sqlx::query!(
                "UPDATE users SET organisation_id = $2 WHERE id = $1",
                request.user_id,
                organisation
            )
            .execute(&mut *tx)
            .await?;
        }
    }
    let status = if approve { "approved" } else { "rejected" };
    sqlx::query!(
        "UPDATE account_requests SET status = $2::text::request_status, reason = $3, decided_by = $4, decided_at = now()
         WHERE id = $1",
        request_id,
        status,
        reason,
        staff_id
    )
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        Some(staff_id),
        status,
        audit::About::row("account_request", request_id),
        Some(reason),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
