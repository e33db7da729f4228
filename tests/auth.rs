//! Signing in and out through the real app: cookies, session rotation, sharing between
//! processes, throttling, password changes, and forms that keep what was typed.

mod common;

use common::{PASSWORD, TestApp, TestDb, serve, sign_in_as};
use portal::accounts::Role;
use reqwest::StatusCode;

async fn make_user(db: &TestDb, email: &str, name: &str, role: Role) {
    common::make_user(db, email, Some(name), role).await;
}

async fn sign_in(
    app: &TestApp,
    client: &reqwest::Client,
    email: &str,
    password: &str,
    next: &str,
) -> reqwest::Response {
    sign_in_as(&app.address, client, email, password, next).await
}

fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("portal_session="))
        .map(str::to_owned)
}

#[tokio::test]
async fn signing_in_sets_a_safe_cookie_and_shows_who_is_signed_in() {
    let app = TestApp::spawn().await;
    make_user(&app.db, "mai@example.org", "Nguyễn Thị Mai", Role::Firm).await;
    let page = app.page("/sign-in").await;
    assert!(page.contains("<label for=\"email\">") && page.contains("<label for=\"password\">"));

    let response = sign_in(
        &app,
        &app.client,
        "Mai@Example.org",
        PASSWORD,
        "/technologies?q=solar",
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], "/technologies?q=solar");
    let cookie = session_cookie(&response).expect("a session cookie");
    for part in ["HttpOnly", "SameSite=Lax", "Path=/", "Max-Age="] {
        assert!(cookie.contains(part), "{cookie} lacks {part}");
    }
    assert!(
        !cookie.contains("Secure"),
        "not over plain HTTP unless configured"
    );
    let home = app.page("/").await;
    assert!(home.contains("Nguyễn Thị Mai") && home.contains("Sign out"));
}

#[tokio::test]
async fn a_wrong_password_keeps_the_email_and_says_what_is_wrong() {
    let app = TestApp::spawn().await;
    make_user(&app.db, "mai@example.org", "Mai", Role::Firm).await;
    let response = sign_in(&app, &app.client, "mai@example.org", "wrong horse battery", "/").await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(session_cookie(&response).is_none());
    let body = response.text().await.unwrap();
    assert!(body.contains("value=\"mai@example.org\""), "the address is kept");
    assert!(
        !body.contains("wrong horse battery"),
        "the password is not sent back"
    );
    assert!(body.contains("is not right"));

    let response = sign_in(&app, &app.client, "not an address", "x", "/").await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = response.text().await.unwrap();
    assert!(body.contains("id=\"email-error\"") && body.contains("value=\"not an address\""));
}

#[tokio::test]
async fn signing_out_ends_the_session_for_good() {
    let app = TestApp::spawn().await;
    make_user(&app.db, "s@example.org", "Somchai", Role::Institution).await;
    let response = sign_in(&app, &app.client, "s@example.org", PASSWORD, "/").await;
    let cookie = session_cookie(&response).unwrap();
    let token = cookie.split(';').next().unwrap().to_owned();

    let out = app
        .client
        .post(format!("{}/sign-out", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    assert!(
        session_cookie(&out).unwrap().contains("Max-Age=0"),
        "the cookie is removed"
    );
    assert!(app.page("/").await.contains("Sign in"));
    // The old token itself no longer works, even if a copy was kept.
    let replay = reqwest::Client::new()
        .get(format!("{}/", app.address))
        .header("cookie", token)
        .send()
        .await
        .unwrap();
    assert!(!replay.text().await.unwrap().contains("Somchai"));
    let sessions: i64 = sqlx::query_scalar("SELECT count(*) FROM sessions")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(sessions, 0);
}

#[tokio::test]
async fn every_sign_in_gets_a_new_token_and_ends_the_old_one() {
    let app = TestApp::spawn().await;
    make_user(&app.db, "r@example.org", "R", Role::Firm).await;
    let first = session_cookie(&sign_in(&app, &app.client, "r@example.org", PASSWORD, "/").await).unwrap();
    let second = session_cookie(&sign_in(&app, &app.client, "r@example.org", PASSWORD, "/").await).unwrap();
    assert_ne!(first, second);
    let old = first.split(';').next().unwrap().to_owned();
    let replay = reqwest::Client::new()
        .get(format!("{}/", app.address))
        .header("cookie", old)
        .send()
        .await
        .unwrap();
    assert!(!replay.text().await.unwrap().contains("Sign out"));
}

#[tokio::test]
async fn two_portal_processes_on_one_database_share_sessions() {
    let app = TestApp::spawn().await;
    make_user(&app.db, "two@example.org", "Two Places", Role::Staff).await;
    let other = serve(app.db.pool.clone()).await;
    let cookie = session_cookie(&sign_in(&app, &app.client, "two@example.org", PASSWORD, "/").await).unwrap();
    let token = cookie.split(';').next().unwrap().to_owned();
    let page = reqwest::Client::new()
        .get(format!("{other}/"))
        .header("cookie", token)
        .send()
        .await
        .unwrap();
    assert!(page.text().await.unwrap().contains("Two Places"));
}

#[tokio::test]
async fn expired_sessions_are_not_honoured() {
    let app = TestApp::spawn().await;
    make_user(&app.db, "e@example.org", "Expiring", Role::Firm).await;
    sign_in(&app, &app.client, "e@example.org", PASSWORD, "/").await;
    assert!(app.page("/").await.contains("Expiring"));
    sqlx::query("UPDATE sessions SET expires_at = now() - interval '1 minute'")
        .execute(&app.db.pool)
        .await
        .unwrap();
    assert!(!app.page("/").await.contains("Expiring"));
}

#[tokio::test]
async fn repeated_failures_block_sign_in_for_a_while() {
    let app = TestApp::spawn().await;
    make_user(&app.db, "b@example.org", "B", Role::Firm).await;
    for _ in 0..portal::accounts::throttle::PER_ACCOUNT {
        let response = sign_in(&app, &app.client, "b@example.org", "guess guess guess", "/").await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    let blocked = sign_in(&app, &app.client, "b@example.org", PASSWORD, "/").await;
    assert_eq!(
        blocked.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "even the right password waits"
    );
    assert!(session_cookie(&blocked).is_none());
    assert!(blocked.text().await.unwrap().contains("Too many failed sign-ins"));
}

#[tokio::test]
async fn sign_in_only_returns_to_pages_of_the_portal() {
    let app = TestApp::spawn().await;
    make_user(&app.db, "n@example.org", "N", Role::Firm).await;
    let response = sign_in(
        &app,
        &app.client,
        "n@example.org",
        PASSWORD,
        "https://evil.example/",
    )
    .await;
    assert_eq!(response.headers()["location"], "/");
}

#[tokio::test]
async fn changing_the_password_checks_everything_and_signs_out_other_browsers() {
    let app = TestApp::spawn().await;
    make_user(&app.db, "p@example.org", "P", Role::Institution).await;
    let anonymous = app.get("/account/password").await;
    assert_eq!(anonymous.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        anonymous.headers()["location"],
        "/sign-in?next=%2Faccount%2Fpassword"
    );

    let elsewhere = reqwest::Client::builder().cookie_store(true).build().unwrap();
    sign_in(&app, &elsewhere, "p@example.org", PASSWORD, "/").await;
    sign_in(&app, &app.client, "p@example.org", PASSWORD, "/").await;
    let post = |fields: [(&'static str, &'static str); 3]| {
        let client = app.client.clone();
        let url = format!("{}/account/password", app.address);
        async move { client.post(url).form(&fields).send().await.unwrap() }
    };
    let wrong = post([
        ("current", "not it at all"),
        ("new", "a new long passphrase"),
        ("confirm", "a new long passphrase"),
    ])
    .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.text().await.unwrap().contains("id=\"current-error\""));
    let short = post([("current", PASSWORD), ("new", "short"), ("confirm", "short")]).await;
    assert!(short.text().await.unwrap().contains("at least 10 characters"));
    let differ = post([
        ("current", PASSWORD),
        ("new", "a new long passphrase"),
        ("confirm", "another one entirely"),
    ])
    .await;
    assert!(differ.text().await.unwrap().contains("id=\"confirm-error\""));

    let done = post([
        ("current", PASSWORD),
        ("new", "a new long passphrase"),
        ("confirm", "a new long passphrase"),
    ])
    .await;
    assert_eq!(done.status(), StatusCode::OK);
    assert!(done.text().await.unwrap().contains("has been changed"));
    assert!(
        app.page("/").await.contains("Sign out"),
        "this browser stays signed in"
    );
    let other = elsewhere
        .get(format!("{}/", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!other.contains("Sign out"), "the other browser is signed out");
}

#[tokio::test]
async fn session_cookies_are_secure_when_configured() {
    let db = TestDb::new().await;
    make_user(&db, "h@example.org", "H", Role::Firm).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    let state = portal::web::AppState {
        secure_cookies: true,
        ..portal::web::AppState::new(db.pool.clone())
    };
    tokio::spawn(async move {
        axum::serve(
            listener,
            portal::web::router(state).into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await
        .unwrap();
    });
    let response = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(format!("{address}/sign-in"))
        .form(&[("email", "h@example.org"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert!(session_cookie(&response).unwrap().contains("Secure"));
}
