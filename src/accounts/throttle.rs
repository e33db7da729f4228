//! Sign-in rate limiting, per address and per account, counted in the database so that it
//! holds across portal processes.

use std::net::IpAddr;

use sqlx::PgConnection;

use super::Email;

/// Failed sign-ins allowed in the window, per account and per address.
pub const PER_ACCOUNT: i64 = 5;
pub const PER_ADDRESS: i64 = 20;
/// The window, in minutes.
pub const WINDOW_MINUTES: i32 = 15;

/// Whether sign-ins for this account or from this address must wait.
pub async fn blocked(conn: &mut PgConnection, email: &Email, address: IpAddr) -> sqlx::Result<bool> {
    let counts = sqlx::query!(
        r#"SELECT
             (SELECT count(*) FROM sign_in_failures
               WHERE email = $1 AND at > now() - make_interval(mins => $3)) AS "account!",
             (SELECT count(*) FROM sign_in_failures
               WHERE address = $2 AND at > now() - make_interval(mins => $3)) AS "address!""#,
        email.as_str(),
        address.to_string(),
        WINDOW_MINUTES
    )
    .fetch_one(&mut *conn)
    .await?;
    Ok(counts.account >= PER_ACCOUNT || counts.address >= PER_ADDRESS)
}

pub async fn record_failure(conn: &mut PgConnection, email: &Email, address: IpAddr) -> sqlx::Result<()> {
    sqlx::query!(
        "INSERT INTO sign_in_failures (email, address) VALUES ($1, $2)",
        email.as_str(),
        address.to_string()
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query!("DELETE FROM sign_in_failures WHERE at < now() - interval '1 day'")
        .execute(&mut *conn)
        .await?;
    Ok(())
}
