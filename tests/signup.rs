//! Signing up as a firm or institution member, and staff deciding on the account requests.

mod common;

use common::{PASSWORD, TestApp, TestDb, browser as client, sign_in_as};
use portal::accounts::Role;
use reqwest::StatusCode;

async fn make_user(db: &TestDb, email: &str, role: Role) {
    common::make_user(db, email, None, role).await;
}

async fn sign_in(app: &TestApp, client: &reqwest::Client, email: &str) {
    let response = sign_in_as(&app.address, client, email, PASSWORD, "/").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "sign in {email}");
}

/// Staff's decision on a request, as the queue's form posts it.
async fn decide(
    app: &TestApp,
    client: &reqwest::Client,
    id: i64,
    decision: &str,
    reason: &str,
) -> reqwest::Response {
    client
        .post(format!("{}/staff/requests/{id}", app.address))
        .form(&[("decision", decision), ("reason", reason)])
        .send()
        .await
        .unwrap()
}

async fn sign_up(app: &TestApp, client: &reqwest::Client, fields: &[(&str, &str)]) -> reqwest::Response {
    client
        .post(format!("{}/sign-up", app.address))
        .form(fields)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_firm_signs_up_and_waits_for_staff() {
    let app = TestApp::with_demo().await;
    let browser = client();
    let page = browser
        .get(format!("{}/sign-up", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("<label for=\"organisation\">"));
    let response = sign_up(
        &app,
        &browser,
        &[
            ("name", "Siti Rahmah"),
            ("email", "siti@sawit.example"),
            ("password", PASSWORD),
            ("kind", "firm"),
            ("organisation", "Syarikat Sawit Jaya"),
            ("country", "MY"),
            ("org_kind", "sme"),
        ],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], "/account");
    let account = browser
        .get(format!("{}/account", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(account.contains("waiting for alliance staff"), "{account}");
    let (role, organisation): (String, Option<i64>) =
        sqlx::query_as("SELECT role::text, organisation_id FROM users WHERE email = 'siti@sawit.example'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    assert_eq!(
        (role.as_str(), organisation),
        ("firm", None),
        "not attached before approval"
    );
}

#[tokio::test]
async fn a_bad_sign_up_keeps_the_input_and_explains_each_field() {
    let app = TestApp::with_demo().await;
    let browser = client();
    let response = sign_up(
        &app,
        &browser,
        &[
            ("name", "Dara"),
            ("email", "not-an-address"),
            ("password", "short"),
            ("kind", "firm"),
            ("organisation", "Mekong Millers"),
            ("country", "CN"),
            ("org_kind", ""),
            ("message", "Hello <b>staff</b>"),
        ],
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = response.text().await.unwrap();
    for id in ["email-error", "password-error", "country-error", "org_kind-error"] {
        assert!(body.contains(&format!("id=\"{id}\"")), "{id}");
    }
    assert!(
        body.contains("value=\"Dara\"")
            && body.contains("value=\"not-an-address\"")
            && body.contains("value=\"Mekong Millers\"")
    );
    assert!(
        body.contains("Hello &#60;b&#62;staff&#60;/b&#62;") || body.contains("Hello &lt;b&gt;staff"),
        "kept and escaped"
    );
    assert!(!body.contains("value=\"short\""), "the password is not sent back");
    let users: i64 = sqlx::query_scalar("SELECT count(*) FROM users")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(users, 0);
}

#[tokio::test]
async fn staff_approve_an_institution_member_with_a_reason_and_it_is_logged() {
    let app = TestApp::with_demo().await;
    make_user(&app.db, "staff@alliance.example", Role::Staff).await;
    let member = client();
    let response = sign_up(
        &app,
        &member,
        &[
            ("name", "Wang Fang"),
            ("email", "wang@uni.example"),
            ("password", PASSWORD),
            ("kind", "institution"),
            ("institution", "GX-UNIV-002"),
        ],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);

    // A firm member (or the applicant) cannot open the queue; an anonymous visitor is sent to sign in.
    assert_eq!(
        member
            .get(format!("{}/staff/requests", app.address))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::FORBIDDEN
    );
    let anonymous = client()
        .get(format!("{}/staff/requests", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), StatusCode::SEE_OTHER);
    let refused = member
        .post(format!("{}/staff/requests/1", app.address))
        .form(&[("decision", "approve"), ("reason", "self-approval")])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);

    let staff = client();
    sign_in(&app, &staff, "staff@alliance.example").await;
    let queue = staff
        .get(format!("{}/staff/requests", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(queue.contains("Wang Fang") && queue.contains("GX-UNIV-002"));
    let id: i64 = sqlx::query_scalar("SELECT id FROM account_requests")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();

    let no_reason = decide(&app, &staff, id, "approve", "  ").await;
    assert_eq!(no_reason.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_reason.text().await.unwrap().contains("Write the reason"));

    let approved = decide(
        &app,
        &staff,
        id,
        "approve",
        "Confirmed with the university's transfer office",
    )
    .await;
    assert_eq!(approved.status(), StatusCode::OK);
    assert!(
        approved
            .text()
            .await
            .unwrap()
            .contains("No account request is waiting")
    );
    let institution: Option<String> = sqlx::query_scalar(
        "SELECT i.ref FROM users u JOIN institutions i ON i.id = u.institution_id WHERE u.email = 'wang@uni.example'",
    )
    .fetch_optional(&app.db.pool)
    .await
    .unwrap();
    assert_eq!(institution.as_deref(), Some("GX-UNIV-002"));
    let mut conn = app.db.pool.acquire().await.unwrap();
    let log = portal::review::audit::entries(&mut conn, "account_request", id)
        .await
        .unwrap();
    let actions: Vec<(&str, Option<&str>)> = log
        .iter()
        .map(|e| (e.action.as_str(), e.actor.as_deref()))
        .collect();
    assert_eq!(
        actions,
        [
            ("requested an account", Some("Wang Fang")),
            ("approved", Some("staff@alliance.example"))
        ]
    );

    let again = decide(&app, &staff, id, "reject", "changed my mind").await;
    assert_eq!(
        again.status(),
        StatusCode::CONFLICT,
        "a decided request stays decided"
    );
    let account = member
        .get(format!("{}/account", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(account.contains("approved your account: Confirmed with the university"));
}

#[tokio::test]
async fn a_rejected_request_shows_its_reason_to_the_applicant() {
    let app = TestApp::with_demo().await;
    make_user(&app.db, "admin@alliance.example", Role::Admin).await;
    let applicant = client();
    sign_up(
        &app,
        &applicant,
        &[
            ("name", "Ko Aung"),
            ("email", "aung@rice.example"),
            ("password", PASSWORD),
            ("kind", "firm"),
            ("organisation", "Ayeyarwady Growers"),
            ("country", "MM"),
            ("org_kind", "cooperative"),
        ],
    )
    .await;
    let admin = client();
    sign_in(&app, &admin, "admin@alliance.example").await;
    let id: i64 = sqlx::query_scalar("SELECT id FROM account_requests")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    let rejected = decide(
        &app,
        &admin,
        id,
        "reject",
        "We could not reach the cooperative; please add a phone number.",
    )
    .await;
    assert_eq!(rejected.status(), StatusCode::OK);
    let account = applicant
        .get(format!("{}/account", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(account.contains("declined your account request: We could not reach the cooperative"));
}

#[tokio::test]
async fn an_address_already_used_is_refused_with_a_hint() {
    let app = TestApp::with_demo().await;
    make_user(&app.db, "taken@example.org", Role::Firm).await;
    let response = sign_up(
        &app,
        &client(),
        &[
            ("name", "Taken"),
            ("email", "Taken@example.org"),
            ("password", PASSWORD),
            ("kind", "institution"),
            ("institution", "GX-UNIV-002"),
        ],
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.text().await.unwrap().contains("sign in instead"));
}
