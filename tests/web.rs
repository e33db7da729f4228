//! The server skeleton: probes, error pages in the layout, JSON errors under /api/, static
//! files with cache headers, the home page's live figures.

mod common;

use common::{TestApp, TestDb, scratch_dir, serve};
use portal::db::{self, Durability, EmbeddedPostgres};
use reqwest::StatusCode;

#[tokio::test]
async fn healthz_answers_while_the_process_is_up() {
    let app = TestApp::spawn().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers().contains_key("x-request-id"));
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["status"], "ok");
}

#[tokio::test]
async fn readyz_is_503_while_the_database_is_stopped_and_200_once_it_is_back() {
    let dir = scratch_dir("readyz");
    let server = tokio::task::spawn_blocking({
        let dir = dir.clone();
        move || EmbeddedPostgres::start(&dir, Durability::Scratch)
    })
    .await
    .unwrap()
    .unwrap();
    let pool = db::pool_options()
        .connect_with(server.connect_options("postgres"))
        .await
        .unwrap();
    let address = serve(pool).await;
    let client = reqwest::Client::new();
    let ready = || async {
        client
            .get(format!("{address}/readyz"))
            .send()
            .await
            .unwrap()
            .status()
    };

    assert_eq!(ready().await, StatusCode::OK);
    tokio::task::spawn_blocking(move || server.stop())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(ready().await, StatusCode::SERVICE_UNAVAILABLE);
    // The liveness probe does not depend on the database.
    assert_eq!(
        client
            .get(format!("{address}/healthz"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );

    let server = tokio::task::spawn_blocking(move || EmbeddedPostgres::start(&dir, Durability::Scratch))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(ready().await, StatusCode::OK);
    drop(server);
}

#[tokio::test]
async fn unknown_pages_get_the_404_page_in_the_layout() {
    let app = TestApp::spawn().await;
    let response = app.get("/no/such/page").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let body = response.text().await.unwrap();
    assert!(body.contains("<title>Not found"), "{body}");
    assert!(body.contains("There is no page at this address."));
    assert!(
        body.contains("Demonstration data"),
        "the layout's footer is there"
    );
}

#[tokio::test]
async fn errors_under_api_are_json() {
    let app = TestApp::spawn().await;
    let response = app.get("/api/no-such-thing").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "not_found");
    assert!(body["error"]["message"].as_str().unwrap().contains("no page"));
}

#[tokio::test]
async fn a_wrong_method_gets_405_in_the_layout() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .delete(format!("{}/healthz", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("does not accept that kind of request")
    );
}

#[tokio::test]
async fn static_files_are_served_with_cache_headers() {
    let app = TestApp::spawn().await;
    let response = app.get("/static/style.css").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("max-age=")
    );
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    assert_eq!(
        app.get("/static/missing.css").await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn responses_are_compressed_when_the_client_accepts_it() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .get(format!("{}/static/style.css", app.address))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-encoding"], "gzip");
}

#[tokio::test]
async fn the_home_page_shows_live_figures_and_the_demo_notice() {
    let db = TestDb::new().await;
    let mut conn = db.pool.acquire().await.unwrap();
    portal::interchange::import(&mut conn, &portal::interchange::CatalogueFiles::demo())
        .await
        .unwrap();
    drop(conn);
    let app = TestApp::spawn_with(db).await;
    let response = app.get("/").await;
    assert_eq!(response.status(), StatusCode::OK);
    let body = response.text().await.unwrap();
    assert!(body.contains("<dt>Technologies</dt><dd>1,000</dd>"), "{body}");
    assert!(body.contains("Demonstration data"));
    assert!(body.contains("现代农业"));
}

#[tokio::test]
async fn a_cross_site_post_is_refused_and_a_same_origin_one_is_not() {
    let app = TestApp::spawn().await;
    let cross = app
        .client
        .post(format!("{}/", app.address))
        .header("sec-fetch-site", "cross-site")
        .header("origin", "https://evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(cross.status(), StatusCode::FORBIDDEN);
    assert!(cross.text().await.unwrap().contains("came from another site"));
    let same = app
        .client
        .post(format!("{}/", app.address))
        .header("sec-fetch-site", "same-origin")
        .send()
        .await
        .unwrap();
    assert_eq!(
        same.status(),
        StatusCode::METHOD_NOT_ALLOWED,
        "passes the CSRF check, then meets the router"
    );
}
