//! Server-side sessions: a random 256-bit token in the cookie, its SHA-256 in the database.
//! Any portal process on the same database recognises any session.

use sha2::{Digest, Sha256};
use sqlx::PgConnection;
use time::Duration;

use super::{Role, User};

/// How long a session lasts without signing in again.
pub const LIFETIME: Duration = Duration::days(14);

/// A session token as the cookie carries it: 64 hex digits. Never logged.
pub struct Token(String);

impl Token {
    fn new() -> anyhow::Result<Token> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("no randomness for a session token: {e}"))?;
        Ok(Token(bytes.iter().map(|b| format!("{b:02x}")).collect()))
    }

    pub fn from_cookie(value: &str) -> Token {
        Token(value.to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn hash(&self) -> Vec<u8> {
        Sha256::digest(self.0.as_bytes()).to_vec()
    }
}

/// Starts a session for `user_id`; returns the token for the cookie.
pub async fn create(conn: &mut PgConnection, user_id: i64) -> anyhow::Result<Token> {
    let token = Token::new()?;
    let expires_at = time::OffsetDateTime::now_utc() + LIFETIME;
    sqlx::query!(
        "INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)",
        token.hash(),
        user_id,
        expires_at
    )
    .execute(&mut *conn)
    .await?;
    Ok(token)
}

/// The user of a live session.
pub async fn user(conn: &mut PgConnection, token: &Token) -> sqlx::Result<Option<User>> {
    sqlx::query_as!(
        User,
        r#"SELECT u.id, u.email, u.display_name, u.role AS "role: Role", u.institution_id, u.organisation_id, u.locale
           FROM sessions s JOIN users u ON u.id = s.user_id
           WHERE s.token_hash = $1 AND s.expires_at > now()"#,
        token.hash()
    )
    .fetch_optional(&mut *conn)
    .await
}

/// Ends one session.
pub async fn delete(conn: &mut PgConnection, token: &Token) -> sqlx::Result<()> {
    sqlx::query!("DELETE FROM sessions WHERE token_hash = $1", token.hash())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Ends every session of a user but `keep` (after a password change).
pub async fn delete_others(conn: &mut PgConnection, user_id: i64, keep: &Token) -> sqlx::Result<()> {
    sqlx::query!(
        "DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2",
        user_id,
        keep.hash()
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Removes expired sessions.
pub async fn purge_expired(conn: &mut PgConnection) -> sqlx::Result<u64> {
    Ok(sqlx::query!("DELETE FROM sessions WHERE expires_at <= now()")
        .execute(&mut *conn)
        .await?
        .rows_affected())
}
