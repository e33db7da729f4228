//! Introductions and the cooperation pipeline over real HTTP: who may ask, accept and move
//! them, when contact details are disclosed, the figures they make, and the notifications.

mod common;

use common::{Member, TestApp, location, make_member, make_user, signed_in};
use portal::accounts::Role;
use reqwest::{Client, StatusCode};

const FIRM: &str = "dewi@nusantara.example";
const MEMBER: &str = "li.wei@gxu.example";
const OTHER: &str = "chen@ahu.example";
const STAFF: &str = "staff@alliance.example";

struct Parties {
    app: TestApp,
    firm: Client,
    member: Client,
    other: Client,
    staff: Client,
}

async fn parties() -> Parties {
    let app = TestApp::with_demo().await;
    make_member(&app.db, FIRM, Member::Firm("Nusantara Fish")).await;
    make_member(&app.db, MEMBER, Member::Institution("GX-UNIV-002")).await;
    make_member(&app.db, OTHER, Member::Institution("AH-UNIV-001")).await;
    make_user(&app.db, STAFF, None, Role::Staff).await;
    Parties {
        firm: signed_in(&app.address, FIRM).await,
        member: signed_in(&app.address, MEMBER).await,
        other: signed_in(&app.address, OTHER).await,
        staff: signed_in(&app.address, STAFF).await,
        app,
    }
}

async fn page(client: &Client, app: &TestApp, path: &str) -> (StatusCode, String) {
    let response = client.get(format!("{}{path}", app.address)).send().await.unwrap();
    (response.status(), response.text().await.unwrap())
}

async fn ask(p: &Parties) -> String {
    let response = p
        .firm
        .post(format!("{}/technologies/T-0001/introduce", p.app.address))
        .form(&[(
            "message",
            "We grow cassava on 300 ha in Lampung and want to trial Yongshu 31.",
        )])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    location(&response)
}

async fn step(client: &Client, app: &TestApp, at: &str, to: &str, reason: &str) -> reqwest::Response {
    client
        .post(format!("{}{at}/stage", app.address))
        .form(&[("to", to), ("reason", reason)])
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn contact_details_are_disclosed_only_after_acceptance() {
    let p = parties().await;
    let at = ask(&p).await;
    assert!(at.starts_with("/introductions/"));
    for (client, hidden) in [(&p.member, FIRM), (&p.firm, MEMBER)] {
        let (status, body) = page(client, &p.app, &at).await;
        assert_eq!(status, StatusCode::OK);
        assert!(!body.contains(hidden), "{hidden} shown before acceptance");
        assert!(
            !body.contains(&hidden.replace('@', " at ")),
            "{hidden}'s name shown before acceptance"
        );
        assert!(body.contains("once the institution accepts"));
    }
    // Staff, who broker introductions, see who asked.
    let (_, body) = page(&p.staff, &p.app, &at).await;
    assert!(body.contains(&format!("mailto:{FIRM}")));
    // Nobody else sees it at all.
    let (status, body) = page(&p.other, &p.app, &at).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(!body.contains("Lampung"));
    let anonymous = p.app.get(&at).await;
    assert_eq!(anonymous.status(), StatusCode::SEE_OTHER);

    let response = step(&p.member, &p.app, &at, "accepted", "").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (_, seen_by_member) = page(&p.member, &p.app, &at).await;
    assert!(seen_by_member.contains(&format!("mailto:{FIRM}")));
    let (_, seen_by_firm) = page(&p.firm, &p.app, &at).await;
    assert!(seen_by_firm.contains(&format!("mailto:{MEMBER}")));
}

#[tokio::test]
async fn stages_move_one_at_a_time_by_the_side_allowed_to() {
    let p = parties().await;
    let at = ask(&p).await;
    // The firm cannot accept its own request, nobody can skip ahead, declining needs a reason.
    for (client, to, reason) in [
        (&p.firm, "accepted", ""),
        (&p.member, "pilot", ""),
        (&p.member, "declined", ""),
        (&p.member, "nonsense", ""),
    ] {
        let response = step(client, &p.app, &at, to, reason).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{to}");
    }
    let response = step(&p.other, &p.app, &at, "accepted", "").await;
    assert_eq!(
        response.status(),
        StatusCode::NOT_FOUND,
        "another institution is told nothing"
    );

    for (client, to) in [
        (&p.member, "accepted"),
        (&p.firm, "in_discussion"),
        (&p.member, "nda_signed"),
        (&p.firm, "pilot"),
        (&p.staff, "agreement_signed"),
    ] {
        let response = step(client, &p.app, &at, to, "").await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{to}");
    }
    // Signed is final.
    let response = step(&p.firm, &p.app, &at, "closed", "Changed our mind").await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let (_, body) = page(&p.firm, &p.app, &at).await;
    assert!(body.contains("Stage: <strong>Agreement signed</strong>"));
    for stage in [
        "Requested",
        "Accepted",
        "In discussion",
        "NDA signed",
        "Pilot",
        "Agreement signed",
    ] {
        assert!(body.contains(&format!("— {stage}")), "timeline has {stage}");
    }
    let logged: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE entity = 'introduction'")
        .fetch_one(&p.app.db.pool)
        .await
        .unwrap();
    assert_eq!(logged, 6);

    // A second request to the same technology is a new introduction once the first ended;
    // a declined one ends with its reason shown to the firm.
    let again = ask(&p).await;
    assert_ne!(again, at);
    let response = step(
        &p.member,
        &p.app,
        &again,
        "declined",
        "We no longer license this variety.",
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (_, body) = page(&p.firm, &p.app, &again).await;
    assert!(body.contains("We no longer license this variety."));
    assert!(
        !body.contains(&format!("mailto:{MEMBER}")),
        "declined: no contacts"
    );
}

#[tokio::test]
async fn the_home_page_figures_come_from_the_introductions() {
    let p = parties().await;
    let first = ask(&p).await;
    step(&p.member, &p.app, &first, "accepted", "").await;
    for to in ["in_discussion", "nda_signed", "pilot", "agreement_signed"] {
        step(&p.firm, &p.app, &first, to, "").await;
    }
    // Staff broker one for an imported need from Cambodia; it stays requested.
    let response = p
        .staff
        .post(format!("{}/staff/introductions/new", p.app.address))
        .form(&[
            ("technology", "T-0002"),
            ("need", "N-0009"),
            ("message", "Brokered at the Nanning forum."),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "{}",
        response.text().await.unwrap()
    );

    let expected: (i64, i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM introduction_events WHERE stage = 'accepted'),
                (SELECT count(DISTINCT organisation_id) FROM introductions),
                (SELECT count(*) FROM introduction_events WHERE stage = 'agreement_signed'),
                (SELECT count(DISTINCT o.country) FROM introduction_events e
                   JOIN introductions x ON x.id = e.introduction_id
                   JOIN organisations o ON o.id = x.organisation_id WHERE e.stage = 'accepted')",
    )
    .fetch_one(&p.app.db.pool)
    .await
    .unwrap();
    assert_eq!(expected, (1, 2, 1, 1));
    let home = p.app.page("/").await;
    for (label, value) in [
        ("Projects", expected.0),
        ("Enterprises served", expected.1),
        ("Cooperation agreements signed", expected.2),
        ("ASEAN countries reached", expected.3),
    ] {
        assert!(
            home.contains(&format!("<dt>{label}</dt><dd>{value}</dd>")),
            "{label}"
        );
    }
    assert!(home.contains("How we count"));

    let (status, dashboard) = page(&p.staff, &p.app, "/staff/introductions").await;
    assert_eq!(status, StatusCode::OK);
    assert!(dashboard.contains("<th scope=\"row\">All introductions</th><td>2</td><td>1</td><td>1</td><td>1</td><td>1</td><td>1</td><td>0</td><td>0</td>"), "{dashboard}");
    assert!(
        dashboard.contains("<th scope=\"row\">Cambodia</th>")
            && dashboard.contains("<th scope=\"row\">Thailand</th>")
    );
    let csv = p
        .staff
        .get(format!("{}/staff/introductions.csv", p.app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let text = csv.text().await.unwrap();
    assert_eq!(text.lines().count(), 3);
    assert!(text.starts_with("id,technology,need,organisation"));
    assert!(
        dashboard.contains("<th scope=\"row\">Modern agriculture</th>"),
        "domains by label"
    );
}

#[tokio::test]
async fn parties_are_notified_of_each_step() {
    let p = parties().await;
    let at = ask(&p).await;
    let (_, notes) = page(&p.member, &p.app, "/notifications").await;
    assert!(
        notes.contains("Nusantara Fish asks for an introduction"),
        "{notes}"
    );
    let (_, home) = page(&p.member, &p.app, "/").await;
    assert!(home.contains("Notifications <span class=\"count\">1"));
    step(&p.member, &p.app, &at, "accepted", "").await;
    let (_, notes) = page(&p.firm, &p.app, "/notifications").await;
    assert!(notes.contains(": Accepted"), "{notes}");
    assert!(notes.contains(&format!("href=\"{at}\"")));
    p.firm
        .post(format!("{}/notifications/read", p.app.address))
        .send()
        .await
        .unwrap();
    let (_, home) = page(&p.firm, &p.app, "/").await;
    assert!(!home.contains("Notifications <span class=\"count\">"));
    // The other institution hears nothing.
    let (_, notes) = page(&p.other, &p.app, "/notifications").await;
    assert!(notes.contains("Nothing yet"));
}
