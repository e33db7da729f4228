//! Accounts, passwords, sessions and sign-in throttling against a real PostgreSQL, and the
//! `portal create-user` command.

mod common;

use std::io::Write;
use std::net::IpAddr;
use std::process::{Command, Stdio};

use common::TestDb;
use portal::accounts::{self, CreateUserError, Email, Password, Role, sessions, throttle};

fn email(text: &str) -> Email {
    Email::parse(text).unwrap()
}

#[tokio::test]
async fn an_account_signs_in_with_its_password_only() {
    let db = TestDb::new().await;
    let mut conn = db.pool.acquire().await.unwrap();
    let password = Password::parse("correct horse battery").unwrap();
    let user = accounts::create_user(&mut conn, &email("Mai@Example.org"), "Mai", password, Role::Firm)
        .await
        .unwrap();
    assert_eq!(user.email, "mai@example.org");
    let stored: String = sqlx::query_scalar("SELECT password_hash FROM users WHERE id = $1")
        .bind(user.id)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert!(stored.starts_with("$argon2"), "only an argon2 hash is stored");
    assert!(!stored.contains("horse"));

    let found = accounts::authenticate(&mut conn, &email("mai@example.org"), "correct horse battery")
        .await
        .unwrap();
    assert_eq!(found.map(|u| u.id), Some(user.id));
    assert!(
        accounts::authenticate(&mut conn, &email("mai@example.org"), "wrong horse battery")
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        accounts::authenticate(&mut conn, &email("nobody@example.org"), "correct horse battery")
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn an_email_address_has_one_account() {
    let db = TestDb::new().await;
    let mut conn = db.pool.acquire().await.unwrap();
    let make = || Password::parse("correct horse battery").unwrap();
    accounts::create_user(&mut conn, &email("a@example.org"), "A", make(), Role::Staff)
        .await
        .unwrap();
    let again = accounts::create_user(&mut conn, &email("A@EXAMPLE.ORG"), "A", make(), Role::Firm).await;
    assert!(matches!(again, Err(CreateUserError::EmailTaken)), "{again:?}");
}

#[tokio::test]
async fn a_session_lasts_until_sign_out_or_expiry() {
    let db = TestDb::new().await;
    let mut conn = db.pool.acquire().await.unwrap();
    let password = Password::parse("correct horse battery").unwrap();
    let user = accounts::create_user(
        &mut conn,
        &email("s@example.org"),
        "S",
        password,
        Role::Institution,
    )
    .await
    .unwrap();

    let token = sessions::create(&mut conn, user.id).await.unwrap();
    assert_eq!(token.as_str().len(), 64, "256 bits, hex");
    let stored: Vec<u8> = sqlx::query_scalar("SELECT token_hash FROM sessions")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_ne!(
        stored,
        token.as_str().as_bytes(),
        "only the token's hash is stored"
    );
    assert_eq!(
        sessions::user(&mut conn, &token).await.unwrap().map(|u| u.id),
        Some(user.id)
    );

    let other = sessions::create(&mut conn, user.id).await.unwrap();
    assert_ne!(token.as_str(), other.as_str(), "every session gets a new token");
    sessions::delete(&mut conn, &token).await.unwrap();
    assert!(
        sessions::user(&mut conn, &token).await.unwrap().is_none(),
        "signed out"
    );
    assert!(sessions::user(&mut conn, &other).await.unwrap().is_some());

    sqlx::query("UPDATE sessions SET expires_at = now() - interval '1 second'")
        .execute(&db.pool)
        .await
        .unwrap();
    assert!(
        sessions::user(&mut conn, &other).await.unwrap().is_none(),
        "expired"
    );
    assert_eq!(sessions::purge_expired(&mut conn).await.unwrap(), 1);
    assert!(
        sessions::user(&mut conn, &sessions::Token::from_cookie("not-a-token"))
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one() {
    let db = TestDb::new().await;
    let mut conn = db.pool.acquire().await.unwrap();
    let password = Password::parse("correct horse battery").unwrap();
    let user = accounts::create_user(&mut conn, &email("c@example.org"), "C", password, Role::Firm)
        .await
        .unwrap();
    let new = || Password::parse("a new long passphrase").unwrap();
    assert!(
        !accounts::change_password(&mut conn, user.id, "wrong", new())
            .await
            .unwrap()
    );
    assert!(
        accounts::change_password(&mut conn, user.id, "correct horse battery", new())
            .await
            .unwrap()
    );
    assert!(
        accounts::authenticate(&mut conn, &email("c@example.org"), "a new long passphrase")
            .await
            .unwrap()
            .is_some()
    );
    assert!(
        accounts::authenticate(&mut conn, &email("c@example.org"), "correct horse battery")
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn sign_in_failures_are_limited_per_account_and_per_address() {
    let db = TestDb::new().await;
    let mut conn = db.pool.acquire().await.unwrap();
    let here: IpAddr = "203.0.113.7".parse().unwrap();
    let elsewhere: IpAddr = "198.51.100.9".parse().unwrap();
    let target = email("t@example.org");
    for _ in 0..throttle::PER_ACCOUNT {
        assert!(!throttle::blocked(&mut conn, &target, here).await.unwrap());
        throttle::record_failure(&mut conn, &target, here).await.unwrap();
    }
    assert!(
        throttle::blocked(&mut conn, &target, elsewhere).await.unwrap(),
        "the account is limited from anywhere"
    );
    assert!(
        !throttle::blocked(&mut conn, &email("other@example.org"), elsewhere)
            .await
            .unwrap()
    );
    for n in 0..throttle::PER_ADDRESS {
        throttle::record_failure(&mut conn, &email(&format!("u{n}@example.org")), elsewhere)
            .await
            .unwrap();
    }
    assert!(
        throttle::blocked(&mut conn, &email("fresh@example.org"), elsewhere)
            .await
            .unwrap(),
        "the address is limited"
    );
    sqlx::query("UPDATE sign_in_failures SET at = now() - interval '16 minutes'")
        .execute(&db.pool)
        .await
        .unwrap();
    assert!(
        !throttle::blocked(&mut conn, &target, here).await.unwrap(),
        "the window passes"
    );
}

fn create_user(db: &TestDb, args: &[&str], stdin: &str) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_portal"))
        .arg("create-user")
        .args(args)
        .env("DATABASE_URL", db.url())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[tokio::test]
async fn create_user_makes_staff_with_a_password_from_stdin() {
    let db = TestDb::new().await;
    let output = create_user(
        &db,
        &[
            "--role",
            "staff",
            "--email",
            "Staff@Alliance.example",
            "--name",
            "Li Wei",
        ],
        "a long staff passphrase\n",
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut conn = db.pool.acquire().await.unwrap();
    let user = accounts::authenticate(
        &mut conn,
        &email("staff@alliance.example"),
        "a long staff passphrase",
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!((user.role, user.display_name.as_str()), (Role::Staff, "Li Wei"));
    let logs = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(!logs.contains("passphrase"), "the password is never printed");

    let firm = create_user(
        &db,
        &["--role", "firm", "--email", "f@example.org"],
        "a long staff passphrase\n",
    );
    assert!(!firm.status.success());
    let short = create_user(&db, &["--role", "admin", "--email", "a@example.org"], "short\n");
    assert!(!short.status.success());
    assert!(String::from_utf8_lossy(&short.stderr).contains("at least 10 characters"));
    let again = create_user(
        &db,
        &["--role", "admin", "--email", "staff@alliance.example"],
        "another long passphrase\n",
    );
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
}
