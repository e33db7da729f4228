//! The embedded PostgreSQL launcher and the `portal serve` process around it: start, stop,
//! restart after `kill -9`, one portal per data folder, migrations from zero.

mod common;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::scratch_dir;
use portal::db::{self, Durability, EmbeddedPostgres};
use sqlx::{Connection, PgConnection};

async fn start(dir: &std::path::Path) -> anyhow::Result<EmbeddedPostgres> {
    start_with(dir, Durability::Scratch).await
}

async fn start_with(dir: &std::path::Path, durability: Durability) -> anyhow::Result<EmbeddedPostgres> {
    let dir = dir.to_owned();
    tokio::task::spawn_blocking(move || EmbeddedPostgres::start(&dir, durability)).await?
}

async fn stop(server: EmbeddedPostgres) {
    tokio::task::spawn_blocking(move || server.stop())
        .await
        .unwrap()
        .unwrap();
}

fn sigkill(pid: u32) {
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(pid as i32),
        nix::sys::signal::Signal::SIGKILL,
    )
    .unwrap();
}

#[tokio::test]
async fn the_cluster_is_created_started_stopped_and_keeps_its_data() {
    let dir = scratch_dir("lifecycle");
    let server = start(&dir).await.unwrap();
    let mut conn = PgConnection::connect_with(&server.connect_options("postgres"))
        .await
        .unwrap();
    sqlx::raw_sql("CREATE TABLE kept (word text); INSERT INTO kept VALUES ('木薯')")
        .execute(&mut conn)
        .await
        .unwrap();
    let (encoding, collate): (String, String) = sqlx::query_as(
        "SELECT pg_encoding_to_char(encoding), datcollate FROM pg_database WHERE datname = 'postgres'",
    )
    .fetch_one(&mut conn)
    .await
    .unwrap();
    assert_eq!((encoding.as_str(), collate.as_str()), ("UTF8", "C.UTF-8"));
    let tcp: String = sqlx::query_scalar("SHOW listen_addresses")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(tcp, "", "no TCP port is opened");
    conn.close().await.unwrap();
    stop(server).await;
    assert!(
        !dir.join("cluster/postmaster.pid").exists(),
        "a clean stop removes the pid file"
    );

    let server = start(&dir).await.unwrap();
    let mut conn = PgConnection::connect_with(&server.connect_options("postgres"))
        .await
        .unwrap();
    let word: String = sqlx::query_scalar("SELECT word FROM kept")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(word, "木薯");
    conn.close().await.unwrap();
    stop(server).await;
}

#[tokio::test]
async fn a_cluster_killed_with_sigkill_restarts_without_help() {
    let dir = scratch_dir("sigkill");
    // Full durability, as the portal runs: a committed row must survive the crash.
    let server = start_with(&dir, Durability::Full).await.unwrap();
    let mut conn = PgConnection::connect_with(&server.connect_options("postgres"))
        .await
        .unwrap();
    sqlx::raw_sql("CREATE TABLE survived (n int); INSERT INTO survived VALUES (7)")
        .execute(&mut conn)
        .await
        .unwrap();
    sigkill(server.pid());
    drop(conn);
    drop(server);
    assert!(
        dir.join("cluster/postmaster.pid").exists(),
        "the crash leaves a stale pid file"
    );

    let server = start_with(&dir, Durability::Full)
        .await
        .expect("restart after kill -9");
    let mut conn = PgConnection::connect_with(&server.connect_options("postgres"))
        .await
        .unwrap();
    let n: i32 = sqlx::query_scalar("SELECT n FROM survived")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 7);
    conn.close().await.unwrap();
    stop(server).await;
}

#[tokio::test]
async fn a_second_launcher_on_the_same_folder_gets_a_clear_error() {
    let dir = scratch_dir("twice");
    let server = start(&dir).await.unwrap();
    let error = start(&dir).await.expect_err("the folder is in use").to_string();
    assert!(error.contains("in use by another portal process"), "{error}");
    // The first one is unharmed.
    let mut conn = PgConnection::connect_with(&server.connect_options("postgres"))
        .await
        .unwrap();
    sqlx::query("SELECT 1").execute(&mut conn).await.unwrap();
    conn.close().await.unwrap();
    stop(server).await;
}

#[tokio::test]
async fn migrations_run_from_zero_and_again_without_change() {
    let dir = scratch_dir("migrate");
    let server = start(&dir).await.unwrap();
    db::create_database_if_missing(&server.connect_options("postgres"), "fresh")
        .await
        .unwrap();
    let pool = db::pool_options()
        .connect_with(server.connect_options("fresh"))
        .await
        .unwrap();
    db::migrate(&pool).await.unwrap();
    db::migrate(&pool).await.unwrap();
    let domains: i64 = sqlx::query_scalar("SELECT count(*) FROM unnest(enum_range(NULL::domain))")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(domains, 14);
    let asean: i64 = sqlx::query_scalar("SELECT count(*) FROM countries WHERE asean")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(asean, 10);
    // The database itself refuses a bad code, whatever the application does.
    let refused = sqlx::query(
        "INSERT INTO institutions (ref, name_en, kind, country, alliance_member) VALUES ('GX-X-001', 'x', 'shop', 'CN', false)",
    )
    .execute(&pool)
    .await;
    assert!(refused.is_err());
    let refused = sqlx::query(
        "INSERT INTO institutions (ref, name_en, kind, country, alliance_member) VALUES ('GX-X-001', 'x', 'university', 'ZZ', false)",
    )
    .execute(&pool)
    .await;
    assert!(refused.is_err());
    pool.close().await;
    stop(server).await;
}

/// A `portal serve` process on its own data folder and port.
struct Portal {
    child: Child,
    address: String,
}

impl Portal {
    fn spawn(data_dir: &std::path::Path, port: u16) -> Child {
        Command::new(env!("CARGO_BIN_EXE_portal"))
            .arg("serve")
            .env_remove("DATABASE_URL")
            .env("PORTAL_DATA_DIR", data_dir)
            .env("PORTAL_ADDR", format!("127.0.0.1:{port}"))
            .env("PORTAL_DEMO", "0")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    }

    async fn start(data_dir: &std::path::Path, port: u16) -> Self {
        let mut child = Self::spawn(data_dir, port);
        let address = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok(response) = reqwest::get(format!("{address}/readyz")).await
                && response.status() == 200
            {
                return Self { child, address };
            }
            if let Some(status) = child.try_wait().unwrap() {
                panic!("portal exited early: {status}: {}", read_stderr(&mut child));
            }
            assert!(Instant::now() < deadline, "portal did not become ready");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

fn read_stderr(child: &mut Child) -> String {
    use std::io::Read;
    let mut text = String::new();
    if let Some(mut stderr) = child.stderr.take() {
        let _ = stderr.read_to_string(&mut text);
    }
    text
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test]
async fn portal_serve_survives_kill_9_refuses_a_twin_and_stops_cleanly_on_sigterm() {
    let dir = scratch_dir("serve");
    let mut portal = Portal::start(&dir, free_port()).await;

    // A second portal on the same folder stops with a clear message.
    let mut twin = Portal::spawn(&dir, free_port());
    let status = twin.wait().unwrap();
    assert!(!status.success());
    let message = read_stderr(&mut twin);
    assert!(message.contains("in use by another portal process"), "{message}");
    assert_eq!(
        reqwest::get(format!("{}/healthz", portal.address))
            .await
            .unwrap()
            .status(),
        200
    );

    // kill -9 the portal: the next one recovers the folder by itself.
    sigkill(portal.child.id());
    portal.child.wait().unwrap();
    let mut portal = Portal::start(&dir, free_port()).await;
    assert_eq!(
        reqwest::get(format!("{}/healthz", portal.address))
            .await
            .unwrap()
            .status(),
        200
    );

    // SIGTERM: the portal stops serving, stops its cluster and exits successfully.
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(portal.child.id() as i32),
        nix::sys::signal::Signal::SIGTERM,
    )
    .unwrap();
    let status = portal.child.wait().unwrap();
    assert!(status.success(), "{}", read_stderr(&mut portal.child));
    assert!(
        !dir.join("cluster/postmaster.pid").exists(),
        "the cluster was stopped cleanly"
    );
}
