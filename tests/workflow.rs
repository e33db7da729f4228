//! The review workflow over real HTTP: institution members write technologies, firm members post
//! needs, staff approve, send back or reject; the public sees only what was approved.

mod common;

use common::{Member, TestApp, location, make_member, make_user, signed_in};
use portal::accounts::Role;
use reqwest::{Client, StatusCode};

const MEMBER: &str = "li.wei@gxu.example";
const STAFF: &str = "staff@alliance.example";
const FIRM: &str = "somchai@siam-starch.example";

/// The demo catalogue, a member of GX-UNIV-002, a member of a Thai SME and a staff member.
async fn app() -> TestApp {
    let app = TestApp::with_demo().await;
    make_member(&app.db, MEMBER, Member::Institution("GX-UNIV-002")).await;
    make_member(&app.db, FIRM, Member::Firm("Siam Starch Co.")).await;
    make_user(&app.db, STAFF, None, Role::Staff).await;
    app
}

fn technology(title: &str) -> Vec<(&'static str, String)> {
    vec![
        ("title_en", title.to_owned()),
        ("title_zh", "木薯淀粉废水厌氧处理".to_owned()),
        (
            "summary_en",
            "Turns the wastewater of a cassava starch mill into biogas and clean effluent.".to_owned(),
        ),
        ("domain", "water".to_owned()),
        ("keywords", "cassava, wastewater, biogas".to_owned()),
        ("trl", "8".to_owned()),
        ("ip", "patent_granted".to_owned()),
        ("cooperation", "licence".to_owned()),
        ("cooperation", "technical_service".to_owned()),
        ("sdgs", "6".to_owned()),
        ("deployed_in", "TH".to_owned()),
        ("deployed_in_other", "ke".to_owned()),
    ]
}

async fn post(client: &Client, url: String, form: &[(&str, String)]) -> reqwest::Response {
    client.post(url).form(form).send().await.unwrap()
}

async fn text(client: &Client, url: String) -> (StatusCode, String) {
    let response = client.get(url).send().await.unwrap();
    (response.status(), response.text().await.unwrap())
}

/// The revision id a redirect to `/revisions/{id}…` names.
fn revision_id(response: &reqwest::Response) -> i64 {
    let location = location(response);
    let rest = location
        .strip_prefix("/revisions/")
        .unwrap_or_else(|| panic!("{location}"));
    rest.split(['?', '/']).next().unwrap().parse().unwrap()
}

async fn reference_of(app: &TestApp, id: i64) -> String {
    sqlx::query_scalar("SELECT ref FROM revisions WHERE id = $1")
        .bind(id)
        .fetch_one(&app.db.pool)
        .await
        .unwrap()
}

async fn decide(app: &TestApp, staff: &Client, id: i64, decision: &str, reason: &str) -> reqwest::Response {
    post(
        staff,
        format!("{}/staff/review/{id}", app.address),
        &[("decision", decision.to_owned()), ("reason", reason.to_owned())],
    )
    .await
}

#[tokio::test]
async fn bad_input_is_shown_beside_its_field_and_kept() {
    let app = app().await;
    let member = signed_in(&app.address, MEMBER).await;
    let mut form = technology("Anaerobic treatment of cassava starch wastewater");
    form.retain(|(k, _)| *k != "summary_en" && *k != "trl");
    form.push(("keywords", "x".repeat(61)));
    let response = post(&member, format!("{}/my/new", app.address), &form).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(page.contains("Nothing was saved"), "{page}");
    assert!(
        page.contains(r#"id="summary_en-error">This field is required but empty."#),
        "{page}"
    );
    assert!(page.contains(r#"id="trl-error">"#));
    assert!(page.contains(r#"id="keywords-error">Keyword"#));
    // What was typed is still there, Chinese included, and the ticked boxes stay ticked.
    assert!(page.contains(r#"value="Anaerobic treatment of cassava starch wastewater""#));
    assert!(page.contains(r#"value="木薯淀粉废水厌氧处理""#));
    assert!(page.contains(r#"value="technical_service" checked"#));
    assert!(page.contains(r#"value="TH" checked"#));
    assert!(page.contains(r#"id="deployed_in_other" name="deployed_in_other" type="text" value="KE""#));
    let saved: i64 = sqlx::query_scalar("SELECT count(*) FROM revisions")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(saved, 0, "nothing is saved from an invalid form");
}

#[tokio::test]
async fn a_new_technology_is_public_only_once_staff_approve_it() {
    let app = app().await;
    let member = signed_in(&app.address, MEMBER).await;
    let response = post(
        &member,
        format!("{}/my/new", app.address),
        &technology("Anaerobic treatment of cassava starch wastewater"),
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let id = revision_id(&response);
    let reference = reference_of(&app, id).await;
    assert!(reference.starts_with("T-20"), "{reference}");

    // A draft: the owner sees the preview, the public does not see it.
    let (status, preview) = text(&member, format!("{}/revisions/{id}", app.address)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(preview.contains("Draft"));
    assert!(
        preview.contains("Water and sanitation"),
        "codes are shown as labels"
    );
    assert!(preview.contains("Licence; Technical service"));
    assert_eq!(
        app.get(&format!("/technologies/{reference}")).await.status(),
        StatusCode::NOT_FOUND
    );

    let response = member
        .post(format!("{}/revisions/{id}/submit", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (_, mine) = text(&member, format!("{}/my", app.address)).await;
    assert!(mine.contains("Awaiting review"), "{mine}");

    // Staff find it in the queue and approve it with a reason.
    let staff = signed_in(&app.address, STAFF).await;
    let (_, queue) = text(&staff, format!("{}/staff/review?kind=technology", app.address)).await;
    assert!(queue.contains("Anaerobic treatment of cassava starch wastewater"));
    assert!(queue.contains("1 entry waits"));
    let response = decide(&app, &staff, id, "approve", "Complete and clear.").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);

    let public = app.page(&format!("/technologies/{reference}")).await;
    assert!(public.contains("Anaerobic treatment of cassava starch wastewater"));
    assert!(
        public.contains("Kenya"),
        "the other country typed as a code is listed"
    );
    // Searchable in Chinese too, as imported technologies are.
    let search = app.page("/technologies?q=%E5%8E%8C%E6%B0%A7").await;
    assert!(search.contains(&reference), "found by 厌氧");

    // The history, with who and when, is on the revision for staff and owner alike.
    let (_, page) = text(&staff, format!("{}/revisions/{id}", app.address)).await;
    for line in [
        "created a draft",
        "submitted for review",
        "approved: “Complete and clear.”",
    ] {
        assert!(page.contains(line), "{line}: {page}");
    }
    let notes = common::body(&member, format!("{}/notifications", app.address)).await;
    assert!(
        notes.contains("was approved and is public: Complete and clear."),
        "{notes}"
    );
    let member_name = MEMBER.replace('@', " at ");
    assert!(
        page.contains(&member_name) && page.contains(STAFF),
        "who did what"
    );
}

#[tokio::test]
async fn an_edit_of_a_published_technology_is_reviewed_while_the_public_keeps_the_old_one() {
    let app = app().await;
    let member = signed_in(&app.address, MEMBER).await;
    let old_title = "Yongshu 31 drought-tolerant, high-starch cassava variety for upland rainfed farms";
    let response = member
        .post(format!("{}/my/entries/T-0001/edit", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let edit = location(&response);
    let (_, form) = text(&member, format!("{}{edit}", app.address)).await;
    assert!(
        form.contains(&format!(r#"value="{old_title}""#)),
        "the form starts from the published entry"
    );

    // Change the title and the readiness level, keep the rest as the form shows it.
    let id: i64 = edit
        .trim_start_matches("/revisions/")
        .trim_end_matches("/edit")
        .parse()
        .unwrap();
    let mut cells: std::collections::BTreeMap<String, String> = serde_json::from_value(
        sqlx::query_scalar("SELECT fields FROM revisions WHERE id = $1")
            .bind(id)
            .fetch_one(&app.db.pool)
            .await
            .unwrap(),
    )
    .unwrap();
    cells.insert(
        "title_en".into(),
        "Yongshu 31 cassava, now with a drip-irrigation package".into(),
    );
    cells.insert("trl".into(), "8".into());
    let mut form: Vec<(&str, String)> = Vec::new();
    for (name, value) in &cells {
        // List cells are posted as ticked boxes, free text as it stands.
        if ["cooperation", "sdgs", "deployed_in"].contains(&name.as_str()) {
            form.extend(value.split(';').map(|part| (name.as_str(), part.to_owned())));
        } else {
            form.push((name.as_str(), value.clone()));
        }
    }
    form.push(("then", "submit".to_owned()));
    let response = post(&member, format!("{}{edit}", app.address), &form).await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "{}",
        response.text().await.unwrap()
    );

    // Until staff approve, the public keeps the approved version.
    assert!(app.page("/technologies/T-0001").await.contains(old_title));
    let staff = signed_in(&app.address, STAFF).await;
    let (_, review) = text(&staff, format!("{}/staff/review/{id}", app.address)).await;
    assert!(review.contains("What this edit changes"));
    assert!(review.contains(&format!("<del>{old_title}</del>")), "{review}");
    assert!(review.contains("<ins>Yongshu 31 cassava, now with a drip-irrigation package</ins>"));
    assert!(
        review.contains("<del>9 — Proven in operation") && review.contains("<ins>8 — Complete and qualified")
    );
    for unchanged in [
        "Summary in English",
        "Description",
        "Keywords",
        "Already deployed in",
    ] {
        let row = format!("<th scope=\"row\">{unchanged}</th>");
        assert!(!review.contains(&row), "{unchanged} is unchanged and not listed");
    }

    decide(&app, &staff, id, "approve", "Confirmed with the university.").await;
    let public = app.page("/technologies/T-0001").await;
    assert!(public.contains("now with a drip-irrigation package"));
    assert!(!public.contains(old_title));
}

#[tokio::test]
async fn staff_send_a_technology_back_and_the_member_resubmits() {
    let app = app().await;
    let member = signed_in(&app.address, MEMBER).await;
    let mut form = technology("Cassava wastewater treatment");
    form.push(("then", "submit".to_owned()));
    let response = post(&member, format!("{}/my/new", app.address), &form).await;
    let id = revision_id(&response);

    let staff = signed_in(&app.address, STAFF).await;
    // No reason, no decision: the form comes back with the choice kept.
    let response = decide(&app, &staff, id, "request_changes", "  ").await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(page.contains(r#"id="reason-error">Write the reason"#));
    assert!(page.contains(r#"value="request_changes" checked"#));

    let reason = "Say how many tonnes of starch a day the plant is sized for.";
    let response = decide(&app, &staff, id, "request_changes", reason).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);

    let (_, mine) = text(&member, format!("{}/my", app.address)).await;
    assert!(mine.contains("Changes requested"));
    assert!(
        mine.contains(reason),
        "the member reads the staff's reason in the list"
    );
    let (_, revision) = text(&member, format!("{}/revisions/{id}", app.address)).await;
    assert!(revision.contains(reason));

    let mut form = technology("Cassava wastewater treatment for mills of 100 to 300 tonnes a day");
    form.push(("then", "submit".to_owned()));
    let response = post(&member, format!("{}/revisions/{id}/edit", app.address), &form).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (_, queue) = text(&staff, format!("{}/staff/review", app.address)).await;
    assert!(queue.contains("for mills of 100 to 300 tonnes a day"));

    // Once submitted, the member can no longer change it.
    let response = post(&member, format!("{}/revisions/{id}/edit", app.address), &form).await;
    assert_eq!(response.status(), StatusCode::CONFLICT);

    let response = decide(&app, &staff, id, "reject", "Duplicate of T-0456.").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let reference = reference_of(&app, id).await;
    assert_eq!(
        app.get(&format!("/technologies/{reference}")).await.status(),
        StatusCode::NOT_FOUND
    );
    let (_, mine) = text(&member, format!("{}/my", app.address)).await;
    assert!(mine.contains("Rejected") && mine.contains("Duplicate of T-0456."));
}

#[tokio::test]
async fn a_firm_posts_a_need_which_staff_put_on_the_board_and_the_firm_closes() {
    let app = app().await;
    let firm = signed_in(&app.address, FIRM).await;
    let new = firm.get(format!("{}/my/new", app.address)).send().await.unwrap();
    assert!(new.text().await.unwrap().contains("1. Your problem"));
    let form = vec![
        ("title", "ต้องการระบบบำบัดน้ำเสียจากโรงงานแป้งมันสำปะหลัง".to_owned()),
        (
            "description",
            "โรงงานของเราผลิตแป้งมันสำปะหลัง 200 ตันต่อวัน และต้องการลดกลิ่นและนำก๊าซชีวภาพมาใช้".to_owned(),
        ),
        ("language", "th".to_owned()),
        ("country", "TH".to_owned()),
        ("min_trl", "7".to_owned()),
        ("cooperation", "licence".to_owned()),
        ("budget_band", "500k_5m".to_owned()),
        ("deadline", "2027-06-30".to_owned()),
        ("then", "submit".to_owned()),
    ];
    let response = post(&firm, format!("{}/my/new", app.address), &form).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let id = revision_id(&response);
    let reference = reference_of(&app, id).await;
    assert!(reference.starts_with("N-20"));

    let staff = signed_in(&app.address, STAFF).await;
    let (_, queue) = text(
        &staff,
        format!("{}/staff/review?kind=need&country=TH", app.address),
    )
    .await;
    assert!(queue.contains("Siam Starch Co."));
    decide(&app, &staff, id, "approve", "Clear need.").await;

    let page = app.page(&format!("/needs/{reference}")).await;
    assert!(page.contains("ต้องการระบบบำบัดน้ำเสีย"));
    assert!(
        page.contains("Siam Starch Co."),
        "the organisation comes from the account"
    );
    let board = app.page("/needs?country=TH").await;
    assert!(board.contains(&reference));

    let response = firm
        .post(format!("{}/my/entries/{reference}/archive", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(location(&response), "/my?done=closed");
    assert_eq!(
        app.get(&format!("/needs/{reference}")).await.status(),
        StatusCode::NOT_FOUND
    );
    let (_, mine) = text(&firm, format!("{}/my", app.address)).await;
    assert!(mine.contains("Archived"));
}

#[tokio::test]
async fn staff_approve_several_entries_at_once() {
    let app = app().await;
    let member = signed_in(&app.address, MEMBER).await;
    let mut ids = Vec::new();
    for title in ["Solar cassava chip dryer", "Starch mill heat recovery"] {
        let mut form = technology(title);
        form.push(("then", "submit".to_owned()));
        ids.push(revision_id(
            &post(&member, format!("{}/my/new", app.address), &form).await,
        ));
    }
    let staff = signed_in(&app.address, STAFF).await;
    let mut form: Vec<(&str, String)> = ids.iter().map(|id| ("id", id.to_string())).collect();
    let response = post(&staff, format!("{}/staff/review/bulk", app.address), &form).await;
    assert_eq!(
        response.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "a reason is required"
    );
    form.push(("reason", "Checked against the university's list.".to_owned()));
    let response = post(&staff, format!("{}/staff/review/bulk", app.address), &form).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.text().await.unwrap().contains("2 entries approved"));
    for id in ids {
        let reference = reference_of(&app, id).await;
        app.page(&format!("/technologies/{reference}")).await;
    }
}

#[tokio::test]
async fn members_reach_only_their_own_entries() {
    let app = app().await;
    make_member(&app.db, "other@hnu.example", Member::Institution("AH-UNIV-001")).await;
    let member = signed_in(&app.address, MEMBER).await;
    let response = post(
        &member,
        format!("{}/my/new", app.address),
        &technology("Private draft"),
    )
    .await;
    let id = revision_id(&response);

    let other = signed_in(&app.address, "other@hnu.example").await;
    for path in [format!("/revisions/{id}"), format!("/revisions/{id}/edit")] {
        let (status, body) = text(&other, format!("{}{path}", app.address)).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(!body.contains("Private draft"));
    }
    for path in [
        format!("/revisions/{id}/submit"),
        format!("/revisions/{id}/withdraw"),
    ] {
        let response = other.post(format!("{}{path}", app.address)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
    }
    // Another institution's published technology can be neither edited nor archived.
    for action in ["edit", "archive"] {
        let response = other
            .post(format!("{}/my/entries/T-0001/{action}", app.address))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{action}");
    }
    assert!(app.page("/technologies/T-0001").await.contains("Yongshu 31"));

    // The owner archives it.
    let response = member
        .post(format!("{}/my/entries/T-0001/archive", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(location(&response), "/my?done=archived");
    assert_eq!(
        app.get("/technologies/T-0001").await.status(),
        StatusCode::NOT_FOUND
    );
}
