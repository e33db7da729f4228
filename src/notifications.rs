//! In-app notifications: a line and a link for one user, unread until they open the list.

use sqlx::PgConnection;
use sqlx::types::Json;

use crate::i18n::{Lang, Text};

#[derive(Debug, Clone)]
pub struct Notification {
    /// In English, as written when it was sent.
    pub message: String,
    /// What it says, for the reader's language (absent on notifications older than that).
    pub text: Option<Json<Text>>,
    pub href: String,
    pub created_at: time::OffsetDateTime,
    pub unread: bool,
}

impl Notification {
    /// What it says, in `lang`.
    pub fn says(&self, lang: Lang) -> String {
        match &self.text {
            Some(Json(text)) => text.in_lang(lang),
            None => self.message.clone(),
        }
    }
}

/// Tells `user` that something happened, with a link to it.
pub async fn notify(conn: &mut PgConnection, user: i64, text: &Text, href: &str) -> sqlx::Result<()> {
    let message: String = text.to_string().chars().take(500).collect();
    sqlx::query!(
        "INSERT INTO notifications (user_id, message, text, href) VALUES ($1, $2, $3, $4)",
        user,
        message,
        Json(text) as _,
        href
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Tells every member of the institution or organisation.
pub async fn notify_members(
    conn: &mut PgConnection,
    institution: Option<i64>,
    organisation: Option<i64>,
    text: &Text,
    href: &str,
) -> sqlx::Result<()> {
    let members = sqlx::query_scalar!(
        "SELECT id FROM users WHERE institution_id = $1 OR organisation_id = $2",
        institution,
        organisation
    )
    .fetch_all(&mut *conn)
    .await?;
    for member in members {
        notify(conn, member, text, href).await?;
    }
    Ok(())
}

pub async fn unread_count(conn: &mut PgConnection, user: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar!(
        r#"SELECT count(*) AS "n!" FROM notifications WHERE user_id = $1 AND read_at IS NULL"#,
        user
    )
    .fetch_one(&mut *conn)
    .await
}

/// The latest notifications of `user`, newest first.
pub async fn latest(conn: &mut PgConnection, user: i64, limit: i64) -> sqlx::Result<Vec<Notification>> {
    sqlx::query_as!(
        Notification,
        r#"SELECT message, text AS "text: Json<Text>", href, created_at, read_at IS NULL AS "unread!"
           FROM notifications WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2"#,
        user,
        limit
    )
    .fetch_all(&mut *conn)
    .await
}

pub async fn mark_read(conn: &mut PgConnection, user: i64) -> sqlx::Result<()> {
    sqlx::query!(
        "UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL",
        user
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}
