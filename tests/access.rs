//! Who may do what: every route of the router against anonymous visitors, a firm member, an
//! institution member, a member of another institution, staff and an administrator; and every
//! state-changing route against a cross-site request.

mod common;

use std::collections::BTreeSet;

use common::{Member, TestApp, browser, location, make_member, make_user, signed_in};
use portal::accounts::Role;
use reqwest::{Client, Method, StatusCode};

const PERSONAS: [&str; 6] = [
    "anonymous",
    "firm",
    "institution",
    "other institution",
    "staff",
    "admin",
];

/// Text of the fixtures' drafts: a body that holds it leaks a draft.
const DRAFT_TECHNOLOGY: &str = "Matrix draft technology about tidal kites";
const DRAFT_NEED: &str = "Matrix draft need for mangrove sensors";

struct Fixture {
    app: TestApp,
    clients: Vec<Client>,
    technology_draft: i64,
    need_submitted: i64,
    extra_staff: i64,
    introduction: i64,
}

async fn fixture() -> Fixture {
    let app = TestApp::with_demo().await;
    make_member(&app.db, "firm@example.com", Member::Firm("Mekong Mangrove Co.")).await;
    make_member(&app.db, "member@example.com", Member::Institution("GX-UNIV-002")).await;
    make_member(&app.db, "other@example.com", Member::Institution("AH-UNIV-001")).await;
    make_user(&app.db, "staff@example.com", None, Role::Staff).await;
    make_user(&app.db, "admin@example.com", None, Role::Admin).await;
    make_user(&app.db, "extra@example.com", None, Role::Staff).await;
    let mut clients = vec![browser()];
    for email in [
        "firm@example.com",
        "member@example.com",
        "other@example.com",
        "staff@example.com",
        "admin@example.com",
    ] {
        clients.push(signed_in(&app.address, email).await);
    }
    let technology = [
        ("title_en", DRAFT_TECHNOLOGY),
        ("summary_en", "Kites that harvest tidal currents."),
        ("domain", "renewable_energy"),
        ("trl", "5"),
        ("ip", "patent_pending"),
        ("cooperation", "licence"),
    ];
    let response = clients[2]
        .post(format!("{}/my/new", app.address))
        .form(&technology)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let need = [
        ("title", DRAFT_NEED),
        ("description", "Low-cost sensors for mangrove replanting sites."),
        ("language", "en"),
        ("country", "VN"),
        ("then", "submit"),
    ];
    let response = clients[1]
        .post(format!("{}/my/new", app.address))
        .form(&need)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let id = |title: &'static str| {
        let pool = app.db.pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>(
                "SELECT id FROM revisions WHERE coalesce(fields->>'title_en', fields->>'title') = $1",
            )
            .bind(title)
            .fetch_one(&pool)
            .await
            .unwrap()
        }
    };
    let response = clients[1]
        .post(format!("{}/technologies/T-0001/introduce", app.address))
        .form(&[("message", "We would like to discuss a licence.")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let introduction: i64 = sqlx::query_scalar("SELECT id FROM introductions")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    let technology_draft = id(DRAFT_TECHNOLOGY).await;
    let need_submitted = id(DRAFT_NEED).await;
    let extra_staff = sqlx::query_scalar("SELECT id FROM users WHERE email = 'extra@example.com'")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    Fixture {
        app,
        clients,
        technology_draft,
        need_submitted,
        extra_staff,
        introduction,
    }
}

/// One request and the status each persona must get, in the order of [`PERSONAS`].
/// `SIGN_IN` stands for a redirect to the sign-in page.
struct Case {
    method: Method,
    /// The route as the router declares it.
    route: &'static str,
    path: String,
    form: Vec<(&'static str, String)>,
    expect: [u16; 6],
}

const SIGN_IN: u16 = 1;

fn get(route: &'static str, path: String, expect: [u16; 6]) -> Case {
    Case {
        method: Method::GET,
        route,
        path,
        form: Vec::new(),
        expect,
    }
}

fn post(route: &'static str, path: String, form: &[(&'static str, &str)], expect: [u16; 6]) -> Case {
    Case {
        method: Method::POST,
        route,
        path,
        form: form.iter().map(|(k, v)| (*k, v.to_string())).collect(),
        expect,
    }
}

fn cases(f: &Fixture) -> Vec<Case> {
    let (t, n, extra, x) = (
        f.technology_draft,
        f.need_submitted,
        f.extra_staff,
        f.introduction,
    );
    const ALL: [u16; 6] = [200; 6];
    const MEMBERS: [u16; 6] = [SIGN_IN, 200, 200, 200, 403, 403];
    const STAFF: [u16; 6] = [SIGN_IN, 403, 403, 403, 200, 200];
    const SIGNED_IN: [u16; 6] = [SIGN_IN, 200, 200, 200, 200, 200];
    vec![
        get("/", "/".into(), ALL),
        get("/technologies", "/technologies?q=solar".into(), ALL),
        get("/technologies/{reference}", "/technologies/T-0001".into(), ALL),
        get("/institutions", "/institutions".into(), ALL),
        get(
            "/institutions/{reference}",
            "/institutions/GX-UNIV-002".into(),
            ALL,
        ),
        get("/needs", "/needs".into(), ALL),
        get("/needs/{reference}", "/needs/N-0001".into(), ALL),
        get("/countries", "/countries".into(), ALL),
        get("/countries/{code}", "/countries/TH".into(), ALL),
        get("/healthz", "/healthz".into(), ALL),
        get("/readyz", "/readyz".into(), ALL),
        get("/sign-in", "/sign-in".into(), ALL),
        get("/sign-up", "/sign-up".into(), ALL),
        get("/account", "/account".into(), SIGNED_IN),
        get("/account/password", "/account/password".into(), SIGNED_IN),
        get("/my", "/my".into(), MEMBERS),
        get("/my/new", "/my/new".into(), MEMBERS),
        get(
            "/revisions/{id}",
            format!("/revisions/{t}"),
            [SIGN_IN, 404, 200, 404, 200, 200],
        ),
        get(
            "/revisions/{id}/edit",
            format!("/revisions/{t}/edit"),
            [SIGN_IN, 404, 200, 404, 404, 404],
        ),
        get(
            "/revisions/{id}",
            format!("/revisions/{n}"),
            [SIGN_IN, 200, 404, 404, 200, 200],
        ),
        get("/staff/review", "/staff/review".into(), STAFF),
        get("/staff/review/{id}", format!("/staff/review/{n}"), STAFF),
        get("/staff/requests", "/staff/requests".into(), STAFF),
        get("/staff/import", "/staff/import".into(), STAFF),
        get("/staff/matches", "/staff/matches".into(), STAFF),
        get("/introductions", "/introductions".into(), SIGNED_IN),
        get(
            "/feeds/technologies.atom",
            "/feeds/technologies.atom?domain=water".into(),
            ALL,
        ),
        get("/feeds/needs.atom", "/feeds/needs.atom?country=VN".into(), ALL),
        get(
            "/introductions/{id}",
            format!("/introductions/{x}"),
            [SIGN_IN, 200, 200, 404, 200, 200],
        ),
        get(
            "/technologies/{reference}/introduce",
            "/technologies/T-0003/introduce".into(),
            [SIGN_IN, 200, 403, 403, 200, 200],
        ),
        get("/staff/introductions", "/staff/introductions".into(), STAFF),
        get(
            "/staff/introductions.csv",
            "/staff/introductions.csv".into(),
            STAFF,
        ),
        get(
            "/staff/introductions/new",
            "/staff/introductions/new".into(),
            STAFF,
        ),
        get("/notifications", "/notifications".into(), SIGNED_IN),
        get(
            "/api/needs/{reference}/matches",
            "/api/needs/N-0001/matches".into(),
            ALL,
        ),
        get(
            "/admin/users",
            "/admin/users".into(),
            [SIGN_IN, 403, 403, 403, 403, 200],
        ),
        // State-changing requests, with forms that leave things as they were where allowed.
        post(
            "/my/new",
            "/my/new".into(),
            &[],
            [SIGN_IN, 422, 422, 422, 403, 403],
        ),
        post(
            "/revisions/{id}/edit",
            format!("/revisions/{t}/edit"),
            &[],
            [SIGN_IN, 404, 422, 404, 404, 404],
        ),
        post(
            "/revisions/{id}/submit",
            format!("/revisions/{t}/submit"),
            &[],
            [SIGN_IN, 404, 303, 404, 404, 404],
        ),
        post(
            "/revisions/{id}/withdraw",
            format!("/revisions/{t}/withdraw"),
            &[],
            [SIGN_IN, 404, 303, 404, 404, 404],
        ),
        post(
            "/my/entries/{reference}/edit",
            "/my/entries/T-0001/edit".into(),
            &[],
            [SIGN_IN, 404, 303, 404, 403, 403],
        ),
        post(
            "/my/entries/{reference}/archive",
            "/my/entries/T-0002/archive".into(),
            &[],
            [SIGN_IN, 404, 303, 404, 403, 403],
        ),
        post(
            "/staff/review/{id}",
            format!("/staff/review/{n}"),
            &[("decision", "approve")],
            [SIGN_IN, 403, 403, 403, 422, 422],
        ),
        post(
            "/staff/review/bulk",
            "/staff/review/bulk".into(),
            &[("reason", "none ticked")],
            [SIGN_IN, 403, 403, 403, 422, 422],
        ),
        post(
            "/staff/import",
            "/staff/import".into(),
            &[],
            [SIGN_IN, 403, 403, 403, 400, 400],
        ),
        post(
            "/staff/import/{id}",
            "/staff/import/999999".into(),
            &[],
            [SIGN_IN, 403, 403, 403, 404, 404],
        ),
        post(
            "/staff/requests/{id}",
            "/staff/requests/999999".into(),
            &[("decision", "approve"), ("reason", "x")],
            [SIGN_IN, 403, 403, 403, 409, 409],
        ),
        post(
            "/admin/users/{id}/role",
            format!("/admin/users/{extra}/role"),
            &[("role", "admin")],
            [SIGN_IN, 403, 403, 403, 403, 303],
        ),
        post(
            "/staff/matches/{need}/{technology}",
            "/staff/matches/N-0001/T-0001".into(),
            &[("verdict", "maybe")],
            [SIGN_IN, 403, 403, 403, 422, 422],
        ),
        post(
            "/introductions/{id}/stage",
            format!("/introductions/{x}/stage"),
            &[("to", "nonsense")],
            [SIGN_IN, 422, 422, 404, 422, 422],
        ),
        post(
            "/technologies/{reference}/introduce",
            "/technologies/T-0003/introduce".into(),
            &[],
            [SIGN_IN, 422, 403, 403, 422, 422],
        ),
        post(
            "/staff/introductions/new",
            "/staff/introductions/new".into(),
            &[],
            [SIGN_IN, 403, 403, 403, 422, 422],
        ),
        post(
            "/my/entries/{reference}/confirm",
            "/my/entries/T-0001/confirm".into(),
            &[],
            [SIGN_IN, 404, 303, 404, 403, 403],
        ),
        post(
            "/notifications/read",
            "/notifications/read".into(),
            &[],
            [SIGN_IN, 303, 303, 303, 303, 303],
        ),
        post(
            "/account/password",
            "/account/password".into(),
            &[],
            [SIGN_IN, 422, 422, 422, 422, 422],
        ),
        // Anyone may choose the interface's language (kept in a cookie, and in the account).
        post(
            "/language",
            "/language".into(),
            &[("lang", "th"), ("back", "/needs")],
            [303, 303, 303, 303, 303, 303],
        ),
        post(
            "/sign-in",
            "/sign-in".into(),
            &[("email", "not an address")],
            [422; 6],
        ),
        post("/sign-up", "/sign-up".into(), &[], [422; 6]),
    ]
}

/// The routes the router declares, as (method, path).
fn declared_routes() -> BTreeSet<(String, String)> {
    let source = include_str!("../src/web/mod.rs");
    let mut routes = BTreeSet::new();
    for line in source
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with(".route(\""))
    {
        let path = line.split('"').nth(1).unwrap().to_owned();
        for method in ["get", "post"] {
            if line.contains(&format!("{method}(")) {
                routes.insert((method.to_uppercase(), path.clone()));
            }
        }
    }
    routes
}

#[tokio::test]
async fn every_route_answers_each_role_as_it_should_and_leaks_no_draft() {
    let f = fixture().await;
    let cases = cases(&f);
    let mut covered: BTreeSet<(String, String)> = cases
        .iter()
        .map(|c| (c.method.to_string(), c.route.to_owned()))
        .collect();
    covered.insert(("POST".into(), "/sign-out".into()));
    let missing: Vec<_> = declared_routes().difference(&covered).cloned().collect();
    assert!(missing.is_empty(), "routes without a case: {missing:?}");

    let mut failures = Vec::new();
    for case in &cases {
        for (persona, client) in PERSONAS.iter().zip(&f.clients) {
            let index = PERSONAS.iter().position(|p| p == persona).unwrap();
            let expected = case.expect[index];
            let mut request = client.request(case.method.clone(), format!("{}{}", f.app.address, case.path));
            if case.method == Method::POST {
                request = if case.route == "/staff/import" {
                    request.multipart(reqwest::multipart::Form::new())
                } else {
                    request.form(&case.form)
                };
            }
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let to = location(&response);
            let body = response.text().await.unwrap();
            let ok = if expected == SIGN_IN {
                status == 303 && to.starts_with("/sign-in?next=")
            } else {
                status == expected
            };
            if !ok {
                failures.push(format!(
                    "{} {} as {persona}: {status} {to}, expected {expected}",
                    case.method, case.path
                ));
            }
            let may_see_technology = matches!(*persona, "institution" | "staff" | "admin");
            let may_see_need = matches!(*persona, "firm" | "staff" | "admin");
            if (!may_see_technology && body.contains(DRAFT_TECHNOLOGY))
                || (!may_see_need && body.contains(DRAFT_NEED))
            {
                failures.push(format!(
                    "{} {} as {persona} shows a draft it may not see",
                    case.method, case.path
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[tokio::test]
async fn a_cross_site_post_is_refused_on_every_state_changing_route() {
    let f = fixture().await;
    let posts: Vec<(String, String)> = declared_routes()
        .into_iter()
        .filter(|(m, _)| m == "POST")
        .collect();
    assert!(posts.len() >= 15, "{posts:?}");
    let before: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_log")
        .fetch_one(&f.app.db.pool)
        .await
        .unwrap();
    let example = |route: &str| {
        route
            .replace("{id}", &f.technology_draft.to_string())
            .replace("{reference}", "T-0001")
            .replace("{need}", "N-0001")
            .replace("{technology}", "T-0001")
    };
    // As the staff member, who may do the most, and as the owner of the draft.
    for client in [&f.clients[4], &f.clients[2], &f.clients[5]] {
        for (_, route) in &posts {
            let response = client
                .post(format!("{}{}", f.app.address, example(route)))
                .header("sec-fetch-site", "cross-site")
                .header("origin", "https://evil.example")
                .form(&[("decision", "approve"), ("reason", "forged"), ("role", "admin")])
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::FORBIDDEN, "POST {route}");
        }
    }
    let after: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_log")
        .fetch_one(&f.app.db.pool)
        .await
        .unwrap();
    assert_eq!(before, after, "no forged request changed anything");
    // The sessions survived: sign-out was refused too.
    let response = f.clients[4]
        .get(format!("{}/staff/review", f.app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
}
