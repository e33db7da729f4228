//! Freshness: entries not confirmed for a year leave the public catalogue and matching; owners
//! are reminded 30 days before, and confirming publishes them again.

mod common;

use common::{Member, TestApp, location, make_member, signed_in};
use portal::matching::jobs;
use portal::review::expiry::{Swept, sweep};

const MEMBER: &str = "li.wei@gxu.example";

async fn age(app: &TestApp, table: &'static str, reference: &str, days: i32) {
    let sql = match table {
        "technologies" => {
            "UPDATE technologies SET confirmed_at = now() - make_interval(days => $2) WHERE ref = $1"
        }
        _ => "UPDATE needs SET confirmed_at = now() - make_interval(days => $2) WHERE ref = $1",
    };
    sqlx::query(sql)
        .bind(reference)
        .bind(days)
        .execute(&app.db.pool)
        .await
        .unwrap();
}

async fn notifications(app: &TestApp) -> i64 {
    sqlx::query_scalar(
        "SELECT count(*) FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = $1",
    )
    .bind(MEMBER)
    .fetch_one(&app.db.pool)
    .await
    .unwrap()
}

#[tokio::test]
async fn an_entry_not_confirmed_for_a_year_leaves_the_catalogue_until_confirmed() {
    let app = TestApp::with_demo().await;
    make_member(&app.db, MEMBER, Member::Institution("GX-UNIV-002")).await;
    jobs::drain(&app.db.pool, &|_, _| {}).await.unwrap();
    let page = app.page("/technologies/T-0001").await;
    assert!(page.contains("last confirmed by its owner on"));

    age(&app, "technologies", "T-0001", 400).await;
    age(&app, "needs", "N-0009", 366).await;
    assert_eq!(
        sweep(&app.db.pool).await.unwrap(),
        Swept {
            expired: 2,
            reminded: 0
        }
    );
    assert_eq!(app.get("/technologies/T-0001").await.status(), 404);
    assert_eq!(app.get("/needs/N-0009").await.status(), 404);
    assert!(!app.page("/technologies?q=Yongshu").await.contains("T-0001"));
    jobs::drain(&app.db.pool, &|_, _| {}).await.unwrap();
    let matched: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM matches m JOIN technologies t ON t.id = m.technology_id WHERE t.ref = 'T-0001'",
    )
    .fetch_one(&app.db.pool)
    .await
    .unwrap();
    assert_eq!(matched, 0, "expired technologies leave matching");
    assert_eq!(notifications(&app).await, 1, "the owner is told");

    // The owner sees it expired and confirms it.
    let member = signed_in(&app.address, MEMBER).await;
    let mine = common::body(&member, format!("{}/my", app.address)).await;
    assert!(mine.contains("Expired: not confirmed for a year"));
    let response = member
        .post(format!("{}/my/entries/T-0001/confirm", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(location(&response), "/my?done=confirmed");
    assert_eq!(app.get("/technologies/T-0001").await.status(), 200);
    assert_eq!(
        sweep(&app.db.pool).await.unwrap(),
        Swept::default(),
        "nothing more to do"
    );
}

#[tokio::test]
async fn owners_are_reminded_once_thirty_days_before() {
    let app = TestApp::with_demo().await;
    make_member(&app.db, MEMBER, Member::Institution("GX-UNIV-002")).await;
    age(&app, "technologies", "T-0002", 340).await;
    assert_eq!(
        sweep(&app.db.pool).await.unwrap(),
        Swept {
            expired: 0,
            reminded: 1
        }
    );
    assert_eq!(
        sweep(&app.db.pool).await.unwrap(),
        Swept::default(),
        "reminded once"
    );
    assert_eq!(notifications(&app).await, 1);
    let member = signed_in(&app.address, MEMBER).await;
    let notes = common::body(&member, format!("{}/notifications", app.address)).await;
    assert!(
        notes.contains("unless you confirm it is still current"),
        "{notes}"
    );
    let mine = common::body(&member, format!("{}/my", app.address)).await;
    assert!(mine.contains("public until"));
    assert_eq!(
        app.get("/technologies/T-0002").await.status(),
        200,
        "still public until it expires"
    );
}
