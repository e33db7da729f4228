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

/// Records that `actor` did `action` to `entity` number `entity_id`.
pub async fn record(
    conn: &mut PgConnection,
    actor: Option<i64>,
    action: &str,
    entity: &str,
    entity_id: i64,
    detail: Option<&str>,
) -> sqlx::Result<()> {
    sqlx::query!(
        "INSERT INTO audit_log (actor_id, action, entity, entity_id, detail) VALUES ($1, $2, $3, $4, $5)",
        actor,
        action,
        entity,
        entity_id,
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
