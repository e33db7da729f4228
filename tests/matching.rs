//! Matching: ranked, explained candidates for each need, kept up to date through the job queue,
//! served by the API and the pages, judged by staff, and measured against hand-made judgements.

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{TestApp, TestDb, location, make_user, signed_in};
use portal::accounts::Role;
use portal::matching::eval::{self, Judgements};
use portal::matching::jobs;
use portal::matching::score::CODES;
use reqwest::StatusCode;
use serde_json::Value;

/// The demo catalogue, matched.
async fn matched_demo() -> TestApp {
    let app = TestApp::with_demo().await;
    jobs::drain(&app.db.pool, &|_, _| {}).await.unwrap();
    app
}

async fn json(app: &TestApp, path: &str) -> (StatusCode, Value) {
    let response = app.get(path).await;
    let status = response.status();
    let content_type = response.headers()["content-type"].to_str().unwrap().to_owned();
    assert!(
        content_type.starts_with("application/json"),
        "{path}: {content_type}"
    );
    (status, response.json().await.unwrap())
}

async fn scalar(db: &TestDb, sql: &'static str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&db.pool).await.unwrap()
}

#[tokio::test]
async fn the_api_answers_as_the_format_says() {
    let app = matched_demo().await;
    let (status, body) = json(&app, "/api/needs/N-0009/matches?limit=3").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["need"], "N-0009");
    let matches = body["matches"].as_array().unwrap();
    assert_eq!(matches.len(), 3);
    let scores: Vec<f64> = matches.iter().map(|m| m["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "best first: {scores:?}");
    assert!(scores.iter().all(|s| (0.0..=1.0).contains(s)));
    for m in matches {
        assert!(m["technology"].as_str().unwrap().starts_with("T-"));
        let reasons = m["reasons"].as_array().unwrap();
        assert!(!reasons.is_empty());
        for reason in reasons {
            let code = reason["code"].as_str().unwrap();
            assert!(CODES.iter().any(|(c, _)| *c == code), "undocumented code {code}");
            assert!(!reason["detail"].as_str().unwrap().is_empty());
        }
        assert_eq!(m.as_object().unwrap().len(), 3, "technology, score, reasons: {m}");
    }
    let (_, default) = json(&app, "/api/needs/N-0009/matches").await;
    assert_eq!(default["matches"].as_array().unwrap().len(), 10);

    for bad in ["limit=0", "limit=51", "limit=many"] {
        let (status, body) = json(&app, &format!("/api/needs/N-0009/matches?{bad}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
        assert!(body["error"]["message"].as_str().unwrap().contains("1 to 50"));
    }
    let (status, body) = json(&app, "/api/needs/N-9999/matches").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["error"]["code"], "not_found");
}

#[tokio::test]
async fn hard_constraints_are_never_broken() {
    let app = matched_demo().await;
    let broken = scalar(
        &app.db,
        "SELECT count(*) FROM matches m JOIN needs n ON n.id = m.need_id JOIN technologies t ON t.id = m.technology_id
         WHERE t.trl < n.min_trl OR (cardinality(n.cooperation) > 0 AND NOT t.cooperation && n.cooperation)",
    )
    .await;
    assert_eq!(broken, 0);
    let constrained = scalar(
        &app.db,
        "SELECT count(DISTINCT need_id) FROM matches m JOIN needs n ON n.id = m.need_id WHERE n.min_trl >= 7",
    )
    .await;
    assert!(
        constrained > 20,
        "constrained needs still get candidates: {constrained}"
    );
}

#[tokio::test]
async fn a_need_given_as_free_text_gets_candidates_with_reasons() {
    let app = matched_demo().await;
    // N-0009-like wording, no domain, no keywords.
    let db = &app.db;
    sqlx::query(
        "INSERT INTO needs (ref, title, description, language, country, organisation, org_kind, status, published_at)
         VALUES ('N-FREE', 'Our paddy rots in the wet season',
                 'We harvest rice in the rains and cannot dry the grain fast enough; it moulds in the sacks.',
                 'en', 'KH', 'Battambang Rice Co-op', 'cooperative', 'published', now())",
    )
    .execute(&db.pool)
    .await
    .unwrap();
    jobs::drain(&db.pool, &|_, _| {}).await.unwrap();
    let (_, body) = json(&app, "/api/needs/N-FREE/matches?limit=5").await;
    let matches = body["matches"].as_array().unwrap();
    assert_eq!(matches.len(), 5);
    let first = matches[0]["technology"].as_str().unwrap();
    let title: String = sqlx::query_scalar("SELECT title_en FROM technologies WHERE ref = $1")
        .bind(first)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert!(
        title.to_lowercase().contains("dryer") || title.to_lowercase().contains("drying"),
        "{title}"
    );
    let codes: Vec<&str> = matches[0]["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"text") && codes.contains(&"domain"), "{codes:?}");
}

#[tokio::test]
async fn changes_to_the_catalogue_queue_matching_and_archived_technologies_drop_out() {
    let app = matched_demo().await;
    let db = &app.db;
    assert_eq!(scalar(db, "SELECT count(*) FROM match_jobs").await, 0);
    let top: String = sqlx::query_scalar(
        "SELECT t.ref FROM matches m JOIN needs n ON n.id = m.need_id JOIN technologies t ON t.id = m.technology_id
         WHERE n.ref = 'N-0009' AND m.rank = 1",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    sqlx::query("UPDATE technologies SET status = 'archived' WHERE ref = $1")
        .bind(&top)
        .execute(&db.pool)
        .await
        .unwrap();
    assert_eq!(
        scalar(db, "SELECT count(*) FROM match_jobs WHERE need_id IS NULL").await,
        1
    );
    // A need taken off the board is queued too, and loses its candidates.
    sqlx::query("UPDATE needs SET status = 'archived' WHERE ref = 'N-0044'")
        .execute(&db.pool)
        .await
        .unwrap();
    jobs::drain(&db.pool, &|_, _| {}).await.unwrap();
    assert_eq!(scalar(db, "SELECT count(*) FROM match_jobs").await, 0);
    let (_, body) = json(&app, "/api/needs/N-0009/matches?limit=50").await;
    assert!(
        body["matches"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["technology"] != top.as_str())
    );
    let left = scalar(
        db,
        "SELECT count(*) FROM matches m JOIN needs n ON n.id = m.need_id WHERE n.ref = 'N-0044'",
    )
    .await;
    assert_eq!(left, 0);
    // An unchanged re-import queues nothing.
    let mut conn = db.pool.acquire().await.unwrap();
    portal::interchange::import(&mut conn, &portal::interchange::CatalogueFiles::demo())
        .await
        .unwrap();
    let queued = scalar(db, "SELECT count(*) FROM match_jobs").await;
    assert!(
        queued <= 3,
        "only what the import changed back is queued: {queued}"
    );
}

#[tokio::test]
async fn pages_show_candidates_and_needs_with_their_reasons() {
    let app = matched_demo().await;
    let page = app.page("/needs/N-0009").await;
    assert!(page.contains("Technologies that may solve it"));
    assert!(page.contains("% match"));
    assert!(page.contains("class=\"reason reason-text\">shares: "));
    let (_, body) = json(&app, "/api/needs/N-0009/matches?limit=1").await;
    let top = body["matches"][0]["technology"].as_str().unwrap().to_owned();
    let technology = app.page(&format!("/technologies/{top}")).await;
    assert!(technology.contains("Needs it may solve"));
    assert!(technology.contains("href=\"/needs/N-0009\""));
    assert!(!page.contains("Confirm or dismiss"), "verdicts are for staff");
}

#[tokio::test]
async fn staff_confirm_and_dismiss_candidates_and_see_the_report() {
    let app = matched_demo().await;
    make_user(&app.db, "staff@alliance.example", None, Role::Staff).await;
    let staff = signed_in(&app.address, "staff@alliance.example").await;
    let (_, body) = json(&app, "/api/needs/N-0009/matches?limit=3").await;
    let first = body["matches"][0]["technology"].as_str().unwrap().to_owned();
    let second = body["matches"][1]["technology"].as_str().unwrap().to_owned();
    let third = body["matches"][2]["technology"].as_str().unwrap().to_owned();
    let post = |technology: &str, form: &[(&str, &str)]| {
        staff
            .post(format!("{}/staff/matches/N-0009/{technology}", app.address))
            .form(form)
            .send()
    };

    // "Other" needs a note: the page comes back with the problem beside that candidate.
    let response = post(&second, &[("verdict", "dismiss"), ("reason", "other")])
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(page.contains("Say in the note why"));

    let response = post(&second, &[("verdict", "dismiss"), ("reason", "too_costly")])
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), format!("/needs/N-0009#candidate-{second}"));
    post(&third, &[("verdict", "confirm")]).await.unwrap();

    // The firm and the public no longer see the dismissed one; the confirmed one comes first.
    let (_, body) = json(&app, "/api/needs/N-0009/matches?limit=50").await;
    let refs: Vec<&str> = body["matches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["technology"].as_str().unwrap())
        .collect();
    assert!(!refs.contains(&second.as_str()));
    assert_eq!(refs[0], third, "confirmed first");
    assert_eq!(body["matches"][0]["reasons"][0]["code"], "confirmed");
    assert!(
        !app.page("/needs/N-0009")
            .await
            .contains(&format!("id=\"candidate-{second}\""))
    );
    assert!(refs.contains(&first.as_str()));
    // Staff still see it, marked.
    let page = common::body(&staff, format!("{}/needs/N-0009", app.address)).await;
    assert!(page.contains(&format!("id=\"candidate-{second}\"")));
    assert!(page.contains("Dismissed</strong> — Too costly"));

    // Verdicts outlive a full rematch.
    jobs::rematch_all(&app.db.pool, &|_, _| {}).await.unwrap();
    let (_, body) = json(&app, "/api/needs/N-0009/matches?limit=50").await;
    assert!(
        body["matches"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["technology"] != second.as_str())
    );

    let report = common::body(&staff, format!("{}/staff/matches", app.address)).await;
    assert!(
        report.contains("<td>1</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td>"),
        "{report}"
    );
    assert!(report.contains("Too costly"));
}

#[tokio::test]
async fn portal_import_returns_with_the_matches_up_to_date() {
    let db = TestDb::new().await;
    let output = Command::new(env!("CARGO_BIN_EXE_portal"))
        .arg("import")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/data/demo"))
        .env("DATABASE_URL", db.url())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("matched 320 needs"));
    assert_eq!(scalar(&db, "SELECT count(*) FROM match_jobs").await, 0);
    let unmatched = scalar(
        &db,
        "SELECT count(*) FROM needs n WHERE n.language IN ('en', 'zh')
           AND NOT EXISTS (SELECT FROM matches m WHERE m.need_id = n.id)",
    )
    .await;
    assert_eq!(unmatched, 0, "every English and Chinese need has candidates");
}

/// Whether a worker holds a matching job right now.
async fn job_is_held(db: &TestDb) -> bool {
    let mut tx = db.pool.begin().await.unwrap();
    let free: i64 =
        sqlx::query_scalar("SELECT count(*) FROM (SELECT id FROM match_jobs FOR UPDATE SKIP LOCKED) j")
            .fetch_one(&mut *tx)
            .await
            .unwrap();
    let all: i64 = sqlx::query_scalar("SELECT count(*) FROM match_jobs")
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    tx.rollback().await.unwrap();
    all > free
}

#[tokio::test]
async fn a_job_cut_short_by_a_killed_worker_is_done_after_a_restart() {
    let db = TestDb::new().await;
    let serve = || {
        Command::new(env!("CARGO_BIN_EXE_portal"))
            .args(["serve", "--addr", "127.0.0.1:0"])
            .env("DATABASE_URL", db.url())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    // The portal loads the demo catalogue, which queues matching every need.
    let mut portal = serve();
    let deadline = Instant::now() + Duration::from_secs(60);
    while !job_is_held(&db).await {
        assert!(Instant::now() < deadline, "the worker never claimed the job");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(portal.id() as i32),
        nix::sys::signal::Signal::SIGKILL,
    )
    .unwrap();
    portal.wait().unwrap();
    // The server notices the dead connection and rolls its transaction back.
    let deadline = Instant::now() + Duration::from_secs(30);
    while job_is_held(&db).await {
        assert!(
            Instant::now() < deadline,
            "the killed worker's lock was never released"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        scalar(&db, "SELECT count(*) FROM match_jobs").await > 0,
        "the job is still queued"
    );
    assert_eq!(
        scalar(&db, "SELECT count(*) FROM matches").await,
        0,
        "nothing half-done was kept"
    );

    let mut portal = serve();
    let deadline = Instant::now() + Duration::from_secs(120);
    while scalar(&db, "SELECT count(*) FROM match_jobs").await > 0 {
        assert!(
            Instant::now() < deadline,
            "the job was not done after the restart"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(portal.id() as i32),
        nix::sys::signal::Signal::SIGTERM,
    );
    portal.wait().unwrap();
    assert!(scalar(&db, "SELECT count(DISTINCT need_id) FROM matches").await > 300);
}

#[tokio::test]
async fn the_ranking_meets_its_floor_on_the_judged_needs() {
    let app = TestApp::with_demo().await;
    let judgements = Judgements::parse(eval::JUDGEMENTS).unwrap();
    assert!(judgements.needs().count() >= 40);
    let report = eval::run(&app.db.pool, &judgements).await.unwrap();
    println!("{report}");
    assert!(report.missing.is_empty(), "{:?}", report.missing);
    assert!(
        report.all.ndcg_at_10 >= eval::NDCG_FLOOR,
        "nDCG@10 {:.3} fell below the floor {}",
        report.all.ndcg_at_10,
        eval::NDCG_FLOOR
    );
    // Needs written in Chinese, Indonesian, Malay, Thai and Vietnamese: the catalogue's own
    // and the translations of judged English needs.
    assert!(
        report.not_english.needs >= 20 + 8,
        "{} needs not in English",
        report.not_english.needs
    );
    assert!(
        report.not_english.ndcg_at_10 >= eval::NOT_ENGLISH_FLOOR,
        "nDCG@10 {:.3} of the needs not in English fell below the floor {}",
        report.not_english.ndcg_at_10,
        eval::NOT_ENGLISH_FLOOR
    );
}

#[tokio::test]
async fn a_firm_is_told_of_strong_candidates_for_its_need() {
    let app = matched_demo().await;
    common::make_member(
        &app.db,
        "dara@battambang.example",
        common::Member::Firm("Battambang Rice Co-op"),
    )
    .await;
    sqlx::query(
        "INSERT INTO needs (ref, title, description, language, country, organisation, org_kind, domain,
                            keywords, status, published_at, organisation_id)
         SELECT 'N-OWN', 'Paddy dryers fired with rice husk for our wet-season harvest',
                'Low-temperature paddy dryer with a rice-husk furnace for 20 t batches.', 'en', 'TH',
                name, org_kind, 'agriculture', '{paddy drying,rice husk furnace}', 'published', now(), id
         FROM organisations WHERE name = 'Battambang Rice Co-op'",
    )
    .execute(&app.db.pool)
    .await
    .unwrap();
    jobs::drain(&app.db.pool, &|_, _| {}).await.unwrap();
    let firm = signed_in(&app.address, "dara@battambang.example").await;
    let notes = common::body(&firm, format!("{}/notifications", app.address)).await;
    assert!(
        notes.contains("strong candidates found for your need “Paddy dryers fired with rice husk for our wet-season harvest”")
            || notes.contains("1 strong candidate found for your need “Paddy dryers fired with rice husk for our wet-season harvest”"),
        "{notes}"
    );
    assert!(notes.contains("href=\"/needs/N-OWN#candidates\""));
}
