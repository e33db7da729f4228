//! The shared test harness: one real PostgreSQL per test binary (the portal's own embedded
//! launcher, or `DATABASE_URL` when set), a migrated template database made once, and a fresh
//! database cloned from it for every test; plus the real app served on a random port.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

use portal::db::{self, Durability, EmbeddedPostgres};
use portal::web::{AppState, router};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions, Connection, PgConnection, PgPool};

/// Where the shared server is, and the template every test database is cloned from.
struct Server {
    admin: PgConnectOptions,
    template: String,
    // Kept for the life of the test binary; the server stops when the process exits.
    _embedded: Option<std::sync::Mutex<EmbeddedPostgres>>,
}

static SERVER: OnceLock<Server> = OnceLock::new();
static NEXT_DATABASE: AtomicU32 = AtomicU32::new(0);

/// A folder under `target/` for this test process (a path PostgreSQL's user can reach, unlike
/// a private temporary folder when the tests run as root).
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("pg")
        .join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create a scratch folder");
    dir
}

/// Removes scratch folders of earlier test processes that are no longer running.
fn remove_stale_scratch_dirs() {
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("pg");
    for entry in std::fs::read_dir(&root).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let pid = name.rsplit('-').next().and_then(|p| p.parse::<u32>().ok());
        if let Some(pid) = pid
            && !std::path::Path::new(&format!("/proc/{pid}")).exists()
        {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

fn server() -> &'static Server {
    SERVER.get_or_init(|| {
        // Each test has its own runtime; this one-off set-up runs on its own thread and runtime.
        std::thread::spawn(|| {
            tokio::runtime::Runtime::new()
                .expect("a runtime")
                .block_on(async {
                    let (admin, embedded) = match std::env::var("DATABASE_URL") {
                        Ok(url) if !url.is_empty() => {
                            (url.parse::<PgConnectOptions>().expect("DATABASE_URL"), None)
                        }
                        _ => {
                            remove_stale_scratch_dirs();
                            let server = EmbeddedPostgres::start(&scratch_dir("shared"), Durability::Scratch)
                                .expect("start the test PostgreSQL");
                            (server.connect_options("postgres"), Some(server))
                        }
                    };
                    let admin = admin.disable_statement_logging();
                    let template = format!("portal_test_template_{}", std::process::id());
                    let mut conn = PgConnection::connect_with(&admin)
                        .await
                        .expect("connect to the test server");
                    execute(&mut conn, &format!("DROP DATABASE IF EXISTS {template}")).await;
                    execute(&mut conn, &format!("CREATE DATABASE {template}")).await;
                    conn.close().await.expect("close");
                    let pool = PgPoolOptions::new()
                        .max_connections(1)
                        .connect_with(admin.clone().database(&template))
                        .await
                        .expect("connect to the template");
                    db::migrate(&pool).await.expect("migrate the template");
                    pool.close().await;
                    Server {
                        admin,
                        template,
                        _embedded: embedded.map(std::sync::Mutex::new),
                    }
                })
        })
        .join()
        .expect("test database set-up")
    })
}

async fn execute(conn: &mut PgConnection, sql: &str) {
    sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_owned()))
        .execute(conn)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

/// A fresh, migrated database of its own for one test.
pub struct TestDb {
    pub pool: PgPool,
    pub options: PgConnectOptions,
    pub name: String,
}

impl TestDb {
    pub async fn new() -> Self {
        let server = server();
        let name = format!(
            "portal_test_{}_{}",
            std::process::id(),
            NEXT_DATABASE.fetch_add(1, Ordering::Relaxed)
        );
        let mut conn = PgConnection::connect_with(&server.admin)
            .await
            .expect("connect to the test server");
        execute(
            &mut conn,
            &format!("CREATE DATABASE {name} TEMPLATE {}", server.template),
        )
        .await;
        conn.close().await.expect("close");
        let options = server.admin.clone().database(&name);
        let pool = PgPoolOptions::new()
            .max_connections(5)
            .connect_with(options.clone())
            .await
            .expect("connect");
        Self { pool, options, name }
    }

    /// A `DATABASE_URL` for this database, for running the `portal` binary against it.
    pub fn url(&self) -> String {
        match std::env::var("DATABASE_URL") {
            Ok(url) if !url.is_empty() => {
                let mut url = url::Url::parse(&url).expect("DATABASE_URL is a URL");
                url.set_path(&self.name);
                url.to_string()
            }
            _ => {
                let socket = self
                    .options
                    .get_socket()
                    .expect("the embedded server listens on a socket");
                let socket = url::form_urlencoded::byte_serialize(socket.to_string_lossy().as_bytes())
                    .collect::<String>();
                format!(
                    "postgres://{}@{socket}:{}/{}",
                    self.options.get_username(),
                    self.options.get_port(),
                    self.name
                )
            }
        }
    }
}

/// The real application on a random local port.
pub struct TestApp {
    pub db: TestDb,
    pub address: String,
    pub client: reqwest::Client,
}

impl TestApp {
    pub async fn spawn() -> Self {
        Self::spawn_with(TestDb::new().await).await
    }

    /// The app over a database holding the demonstration catalogue.
    pub async fn with_demo() -> Self {
        let db = TestDb::new().await;
        let mut conn = db.pool.acquire().await.expect("connection");
        portal::interchange::import(&mut conn, &portal::interchange::CatalogueFiles::demo())
            .await
            .expect("import the demo catalogue");
        drop(conn);
        Self::spawn_with(db).await
    }

    /// The body of a page that must answer 200.
    pub async fn page(&self, path: &str) -> String {
        let response = self.get(path).await;
        assert_eq!(response.status(), 200, "GET {path}");
        response.text().await.expect("body")
    }

    pub async fn spawn_with(db: TestDb) -> Self {
        let address = serve(db.pool.clone()).await;
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        Self { db, address, client }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request")
    }
}

/// Serves the app over `pool` on a random port; returns its base URL.
pub async fn serve(pool: PgPool) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = format!("http://{}", listener.local_addr().expect("address"));
    tokio::spawn(async move {
        axum::serve(
            listener,
            router(AppState::new(pool)).into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await
        .expect("serve");
    });
    address
}

/// A folder of catalogue files written from `(name, text)` pairs.
pub fn catalogue_dir(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary folder");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("write a CSV file");
    }
    dir
}

/// The password of accounts made by [`make_user`].
pub const PASSWORD: &str = "correct horse battery";

/// Creates an account with [`PASSWORD`]; its name is its e-mail address unless given.
pub async fn make_user(db: &TestDb, email: &str, name: Option<&str>, role: portal::accounts::Role) {
    use portal::accounts::{Email, Password, create_user};
    let mut conn = db.pool.acquire().await.expect("connection");
    let email = Email::parse(email).expect("an e-mail address");
    let name = name.map(str::to_owned).unwrap_or_else(|| email.to_string());
    create_user(
        &mut conn,
        &email,
        &name,
        Password::parse(PASSWORD).expect("a password"),
        role,
    )
    .await
    .expect("create a user");
}

/// A browser-like client: keeps cookies, does not follow redirects.
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

/// Posts the sign-in form.
pub async fn sign_in_as(
    address: &str,
    client: &reqwest::Client,
    email: &str,
    password: &str,
    next: &str,
) -> reqwest::Response {
    client
        .post(format!("{address}/sign-in"))
        .form(&[("email", email), ("password", password), ("next", next)])
        .send()
        .await
        .expect("sign-in request")
}

/// Whom a test account belongs to.
#[derive(Debug, Clone, Copy)]
pub enum Member<'a> {
    /// A member of the institution with this ref.
    Institution(&'a str),
    /// A member of the Thai SME with this name (made if need be).
    Firm(&'a str),
}

/// An approved firm or institution member with [`PASSWORD`], as staff approval leaves it.
pub async fn make_member(db: &TestDb, email: &str, member: Member<'_>) {
    use portal::accounts::Role;
    let role = match member {
        Member::Institution(_) => Role::Institution,
        Member::Firm(_) => Role::Firm,
    };
    // A name as people give it, not their address, so that a page showing it can be told apart.
    let name = email.replace('@', " at ");
    make_user(db, email, Some(&name), role).await;
    match member {
        Member::Institution(reference) => {
            sqlx::query("UPDATE users SET institution_id = (SELECT id FROM institutions WHERE ref = $2) WHERE email = $1")
                .bind(email)
                .bind(reference)
                .execute(&db.pool)
                .await
                .expect("attach the institution");
        }
        Member::Firm(name) => {
            sqlx::query(
                "INSERT INTO organisations (name, country, org_kind) VALUES ($1, 'TH', 'sme')
                 ON CONFLICT (name, country) DO NOTHING",
            )
            .bind(name)
            .execute(&db.pool)
            .await
            .expect("make the organisation");
            sqlx::query("UPDATE users SET organisation_id = (SELECT id FROM organisations WHERE name = $2) WHERE email = $1")
                .bind(email)
                .bind(name)
                .execute(&db.pool)
                .await
                .expect("attach the organisation");
        }
    }
}

/// A signed-in browser-like client for an existing account.
pub async fn signed_in(address: &str, email: &str) -> reqwest::Client {
    let client = browser();
    let response = sign_in_as(address, &client, email, PASSWORD, "/").await;
    assert_eq!(response.status(), 303, "sign in as {email}");
    client
}

/// The `Location` of a redirect.
pub fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// The body of `url` as `client` sees it, whatever its status.
pub async fn body(client: &reqwest::Client, url: String) -> String {
    client
        .get(url)
        .send()
        .await
        .expect("request")
        .text()
        .await
        .expect("body")
}
