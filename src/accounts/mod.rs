//! People who use the portal: their accounts, roles and passwords, and their sessions.
//! Passwords are hashed with argon2 (password-auth) on a blocking thread and never logged.
//! No HTTP here: the web layer turns these into cookies and pages.

pub mod requests;
pub mod sessions;
pub mod throttle;

use std::fmt;

use crate::i18n::Text;

use sqlx::PgConnection;

crate::catalogue::codes::code_list! {
    /// What a user may do.
    Role, pg = "user_role", what = "role", {
        Firm = "firm", "Member of an ASEAN firm or body";
        Institution = "institution", "Member of an institution";
        Staff = "staff", "Alliance staff";
        Admin = "admin", "Alliance administrator";
    }
}

impl Role {
    pub fn is_staff(self) -> bool {
        matches!(self, Role::Staff | Role::Admin)
    }
}

/// An e-mail address, lower-cased; checked for shape only (one `@`, a dot in the domain).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(text: &str) -> Result<Email, Text> {
        let email = text.trim().to_lowercase();
        let valid = email.chars().count() <= 254
            && !email.chars().any(char::is_whitespace)
            && email.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
            });
        if valid {
            Ok(Email(email))
        } else {
            Err(Text::new("error-email"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A new password: 10 to 200 characters. Its text is never printed, even by `Debug`.
pub struct Password(String);

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(…)")
    }
}

impl Password {
    pub fn parse(text: &str) -> Result<Password, Text> {
        match text.chars().count() {
            0..10 => Err(Text::new("error-password-short")),
            10..=200 => Ok(Password(text.to_owned())),
            _ => Err(Text::new("error-password-long")),
        }
    }
}

/// Hashes on a blocking thread: argon2 takes tens of milliseconds of CPU on purpose.
pub async fn hash_password(password: Password) -> anyhow::Result<String> {
    Ok(tokio::task::spawn_blocking(move || password_auth::generate_hash(password.0)).await?)
}

/// Whether `password` matches `hash`, checked on a blocking thread.
pub async fn verify_password(password: &str, hash: &str) -> anyhow::Result<bool> {
    let (password, hash) = (password.to_owned(), hash.to_owned());
    Ok(tokio::task::spawn_blocking(move || password_auth::verify_password(password, &hash).is_ok()).await?)
}

/// A signed-in person as the pages need them.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    /// The institution an institution member belongs to, once staff approved it.
    pub institution_id: Option<i64>,
    /// The organisation a firm member belongs to, once staff approved it.
    pub organisation_id: Option<i64>,
    /// The interface language the account chose, as a locale code.
    pub locale: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum CreateUserError {
    #[error("an account with this e-mail address already exists")]
    EmailTaken,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

/// Creates an account.
#[tracing::instrument(skip_all, fields(role = role.code()))]
pub async fn create_user(
    conn: &mut PgConnection,
    email: &Email,
    display_name: &str,
    password: Password,
    role: Role,
) -> Result<User, CreateUserError> {
    let hash = hash_password(password).await?;
    let created = sqlx::query_as!(
        User,
        r#"INSERT INTO users (email, display_name, password_hash, role) VALUES ($1, $2, $3, $4)
           RETURNING id, email, display_name, role AS "role: Role", institution_id, organisation_id, locale"#,
        email.as_str(),
        display_name,
        hash,
        role as Role
    )
    .fetch_one(&mut *conn)
    .await;
    match created {
        Ok(user) => Ok(user),
        Err(sqlx::Error::Database(e)) if e.constraint() == Some("users_email_key") => {
            Err(CreateUserError::EmailTaken)
        }
        Err(e) => Err(e.into()),
    }
}

/// The account with this e-mail address and password, if both match.
pub async fn authenticate(
    conn: &mut PgConnection,
    email: &Email,
    password: &str,
) -> anyhow::Result<Option<User>> {
    let row = sqlx::query!(
        r#"SELECT id, email, display_name, role AS "role: Role", institution_id, organisation_id,
                  locale, password_hash
           FROM users WHERE email = $1"#,
        email.as_str()
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else {
        // Spend the same time as for a real account, so timing does not reveal which exist.
        let password = password.to_owned();
        tokio::task::spawn_blocking(move || password_auth::verify_password(password, &DUMMY_HASH))
            .await?
            .ok();
        return Ok(None);
    };
    if !verify_password(password, &row.password_hash).await? {
        return Ok(None);
    }
    Ok(Some(User {
        id: row.id,
        email: row.email,
        display_name: row.display_name,
        role: row.role,
        institution_id: row.institution_id,
        organisation_id: row.organisation_id,
        locale: row.locale,
    }))
}

/// An argon2 hash of no one's password, verified when the account does not exist.
static DUMMY_HASH: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| password_auth::generate_hash("no account has this password"));

/// Sets a new password after checking the current one; ends the user's other sessions.
pub async fn change_password(
    conn: &mut PgConnection,
    user_id: i64,
    current: &str,
    new: Password,
) -> anyhow::Result<bool> {
    let hash = sqlx::query_scalar!("SELECT password_hash FROM users WHERE id = $1", user_id)
        .fetch_one(&mut *conn)
        .await?;
    if !verify_password(current, &hash).await? {
        return Ok(false);
    }
    let new_hash = hash_password(new).await?;
    sqlx::query!(
        "UPDATE users SET password_hash = $2 WHERE id = $1",
        user_id,
        new_hash
    )
    .execute(&mut *conn)
    .await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_checked_and_lower_cased() {
        assert_eq!(
            Email::parse(" Ana@Example.COM ").unwrap().as_str(),
            "ana@example.com"
        );
        for bad in [
            "",
            "ana",
            "ana@",
            "@example.com",
            "ana@example",
            "a na@example.com",
            "a@b@c.com",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn passwords_need_ten_characters_and_never_print() {
        assert!(Password::parse("short").is_err());
        let password = Password::parse("correct horse battery").unwrap();
        assert!(!format!("{password:?}").contains("horse"));
    }

    #[test]
    fn the_dummy_hash_is_a_real_argon2_hash() {
        assert_eq!(password_auth::is_hash_obsolete(&DUMMY_HASH), Ok(false));
        assert!(password_auth::verify_password("anything", &DUMMY_HASH).is_err());
    }
}

/// An account as the administrators' list shows it.
#[derive(Debug, Clone)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    /// The institution's or organisation's name, once attached.
    pub affiliation: Option<String>,
    pub created_at: time::OffsetDateTime,
}

/// Every account, staff first, then by e-mail address; one page of them and the total.
pub async fn accounts(
    conn: &mut PgConnection,
    page: i64,
    page_size: i64,
) -> sqlx::Result<(Vec<Account>, i64)> {
    let total = sqlx::query_scalar!(r#"SELECT count(*) AS "n!" FROM users"#)
        .fetch_one(&mut *conn)
        .await?;
    let accounts = sqlx::query_as!(
        Account,
        r#"SELECT u.id, u.email, u.display_name, u.role AS "role: Role",
                  coalesce(i.name_en, o.name) AS affiliation, u.created_at
           FROM users u
           LEFT JOIN institutions i ON i.id = u.institution_id
           LEFT JOIN organisations o ON o.id = u.organisation_id
           ORDER BY u.role IN ('staff', 'admin') DESC, u.email
           LIMIT $1 OFFSET $2"#,
        page_size,
        (page.max(1) - 1) * page_size
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok((accounts, total))
}

/// Makes `user_id` alliance staff or an administrator, or staff again; its affiliation, if
/// any, ends. An administrator cannot change their own role. `false` when nothing changed.
pub async fn set_staff_role(
    conn: &mut PgConnection,
    admin_id: i64,
    user_id: i64,
    role: Role,
) -> sqlx::Result<bool> {
    if !role.is_staff() || admin_id == user_id {
        return Ok(false);
    }
    let mut tx = sqlx::Acquire::begin(&mut *conn).await?;
    let before = sqlx::query_scalar!(
        r#"SELECT role AS "role: Role" FROM users WHERE id = $1 FOR UPDATE"#,
        user_id
    )
    .fetch_optional(&mut *tx)
    .await?;
    let Some(before) = before.filter(|b| *b != role) else {
        return Ok(false);
    };
    sqlx::query!(
        "UPDATE users SET role = $2, institution_id = NULL, organisation_id = NULL WHERE id = $1",
        user_id,
        role as Role
    )
    .execute(&mut *tx)
    .await?;
    let detail = format!("from {} to {}", before.code(), role.code());
    crate::review::audit::record(
        &mut tx,
        Some(admin_id),
        "changed the role",
        crate::review::audit::About::row("user", user_id),
        Some(&detail),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Keeps the interface language an account chose.
pub async fn set_locale(conn: &mut PgConnection, user_id: i64, locale: &str) -> sqlx::Result<()> {
    sqlx::query!("UPDATE users SET locale = $2 WHERE id = $1", user_id, locale)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
