//! The audit log: every submission, decision, edit and role change, with who and when.

use sqlx::PgConnection;

/// One line of the log as staff read it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Entry {
    pub at: time::OffsetDateTime,
    pub actor: Option<String>,
    pub action: String,
    pub detail: Option<String>,
}

/// What a line of the log is about: a row (`entity` number `id`) and, for the revisions of a
/// catalogue entry, the entry (`technology/T-0001`) whose history gathers them.
#[derive(Debug, Clone, Copy)]
pub struct About<'a> {
    pub entity: &'a str,
    pub id: i64,
    pub subject: Option<&'a str>,
}

impl<'a> About<'a> {
    pub fn row(entity: &'a str, id: i64) -> Self {
        Self {
            entity,
            id,
            subject: None,
        }
    }
}

/// Records that `actor` did `action` to what `about` names.
pub async fn record(
    conn: &mut PgConnection,
    actor: Option<i64>,
    action: &str,
    about: About<'_>,
    detail: Option<&str>,
) -> sqlx::Result<()> {
    sqlx::query!(
        "INSERT INTO audit_log (actor_id, action, entity, entity_id, subject, detail)
         VALUES ($1, $2, $3, $4, $5, $6)",
        actor,
        action,
        about.entity,
        about.id,
        about.subject,
        detail
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The log of one entity, oldest first.
pub async fn entries(conn: &mut PgConnection, entity: &str, entity_id: i64) -> sqlx::Result<Vec<Entry>> {
    sqlx::query_as!(
        Entry,
        r#"SELECT a.at, u.display_name AS "actor?", a.action, a.detail
           FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
           WHERE a.entity = $1 AND a.entity_id = $2 ORDER BY a.at, a.id"#,
        entity,
        entity_id
    )
    .fetch_all(&mut *conn)
    .await
}

/// The history of a catalogue entry (`technology/T-0001`), all its revisions, oldest first.
pub async fn history(conn: &mut PgConnection, subject: &str) -> sqlx::Result<Vec<Entry>> {
    sqlx::query_as!(
        Entry,
        r#"SELECT a.at, u.display_name AS "actor?", a.action, a.detail
           FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
           WHERE a.subject = $1 ORDER BY a.at, a.id"#,
        subject
    )
    .fetch_all(&mut *conn)
    .await
}

/// The latest lines about rows of one kind (`user`, …), newest first.
pub async fn of_entity_kind(conn: &mut PgConnection, entity: &str, limit: i64) -> sqlx::Result<Vec<Entry>> {
    sqlx::query_as!(
        Entry,
        r#"SELECT a.at, u.display_name AS "actor?", a.action,
                  coalesce((SELECT t.email FROM users t WHERE t.id = a.entity_id) || ' ', '') || coalesce(a.detail, '') AS detail
           FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
           WHERE a.entity = $1 ORDER BY a.at DESC, a.id DESC LIMIT $2"#,
        entity,
        limit
    )
    .fetch_all(&mut *conn)
    .await
}
