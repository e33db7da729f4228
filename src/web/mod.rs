//! The web portal: the router, the shared state and the layers every request goes through.
//! Handlers live in one file per page family; they call the domain modules and render.

mod admin;
mod api;
mod auth;
mod directory;
mod entries;
mod error;
mod feeds;
mod health;
mod home;
mod introductions;
mod language;
mod matches;
mod notifications;
mod review;
pub mod session;
mod signup;
mod staff;
mod technologies;
mod upload;

use std::time::Duration;

use anyhow::Context;
use axum::Router;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware;
use axum::routing::{get, post};
use sqlx::PgPool;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::csrf::CsrfLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, RequestId, SetRequestIdLayer};
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};

use std::sync::Arc;

use crate::catalogue::cache::GenerationCache;
use crate::catalogue::search::SearchResults;
use crate::config::ServeConfig;
pub use error::{Error, Result};

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub pool: PgPool,
    /// Public pages' data, kept per catalogue generation.
    pub searches: Arc<GenerationCache<SearchResults>>,
    pub home: Arc<GenerationCache<home::HomeData>>,
    pub technologies: Arc<GenerationCache<Option<technologies::TechnologyData>>>,
    /// Whether session cookies are marked Secure (the portal is served over HTTPS).
    pub secure_cookies: bool,
}

impl AppState {
    pub fn new(pool: PgPool) -> Self {
        Self {
            pool,
            searches: Default::default(),
            home: Default::default(),
            technologies: Default::default(),
            secure_cookies: false,
        }
    }
}

/// Largest request body accepted (CSV uploads included).
const BODY_LIMIT: usize = 16 * 1024 * 1024;
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// The whole application, ready to serve.
pub fn router(state: AppState) -> Router {
    let static_files = ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=86400"),
        ))
        .service(ServeDir::new(concat!(env!("CARGO_MANIFEST_DIR"), "/static")));

    Router::new()
        .route("/", get(home::show))
        .route("/technologies", get(technologies::list))
        .route("/technologies/{reference}", get(technologies::show))
        .route("/institutions", get(directory::institutions))
        .route("/institutions/{reference}", get(directory::institution))
        .route("/needs", get(directory::needs))
        .route("/needs/{reference}", get(directory::need))
        .route("/countries", get(directory::countries))
        .route("/countries/{code}", get(directory::country))
        .route("/sign-in", get(auth::sign_in_form).post(auth::sign_in))
        .route("/sign-out", post(auth::sign_out))
        .route("/sign-up", get(signup::sign_up_form).post(signup::sign_up))
        .route("/account", get(signup::account))
        .route("/my", get(entries::mine))
        .route("/my/new", get(entries::new_form).post(entries::create))
        .route("/my/entries/{reference}/edit", post(entries::edit_published))
        .route("/my/entries/{reference}/archive", post(entries::archive))
        .route("/my/entries/{reference}/confirm", post(entries::confirm))
        .route("/revisions/{id}", get(entries::show))
        .route("/revisions/{id}/edit", get(entries::edit_form).post(entries::update))
        .route("/revisions/{id}/submit", post(entries::submit))
        .route("/revisions/{id}/withdraw", post(entries::withdraw))
        .route("/staff/review", get(review::queue))
        .route("/staff/review/bulk", post(review::bulk_approve))
        .route("/staff/review/{id}", get(review::show).post(review::decide))
        .route("/staff/import", get(upload::form).post(upload::check))
        .route("/staff/import/{id}", post(upload::confirm))
        .route("/admin/users", get(admin::users))
        .route("/admin/users/{id}/role", post(admin::set_role))
        .route("/staff/matches", get(matches::report))
        .route("/staff/matches/{need}/{technology}", post(matches::give))
        .route("/api/needs/{reference}/matches", get(api::need_matches))
        .route(
            "/technologies/{reference}/introduce",
            get(introductions::ask_form).post(introductions::ask),
        )
        .route("/introductions", get(introductions::list))
        .route("/introductions/{id}", get(introductions::show))
        .route("/introductions/{id}/stage", post(introductions::advance))
        .route("/staff/introductions", get(introductions::dashboard))
        .route("/staff/introductions.csv", get(introductions::export))
        .route(
            "/staff/introductions/new",
            get(introductions::broker_form).post(introductions::broker),
        )
        .route("/notifications", get(notifications::list))
        .route("/notifications/read", post(notifications::read))
        .route("/feeds/technologies.atom", get(feeds::technologies))
        .route("/feeds/needs.atom", get(feeds::needs))
        .route("/staff/requests", get(staff::list))
        .route("/staff/requests/{id}", post(staff::decide))
        .route("/account/password", get(auth::password_form).post(auth::change_password))
        .route("/language", post(language::choose))
        .route("/healthz", get(health::live))
        .route("/readyz", get(health::ready))
        .nest_service("/static", static_files)
        .with_state(state)
        .layer(
            ServiceBuilder::new()
                .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
                .layer(TraceLayer::new_for_http().make_span_with(|request: &Request| {
                    let request_id = request
                        .extensions()
                        .get::<RequestId>()
                        .and_then(|id| id.header_value().to_str().ok())
                        .unwrap_or_default();
                    // The path only: query strings may hold what people search for.
                    tracing::info_span!("request", method = %request.method(), path = %request.uri().path(), request_id)
                })
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)))
                .layer(PropagateRequestIdLayer::x_request_id())
                .layer(CompressionLayer::new())
                .layer(middleware::from_fn(language::negotiate))
                .layer(middleware::from_fn(error::render_errors))
                .layer(middleware::from_fn(error::refuse_nul))
                // Refuses cross-site POSTs (Sec-Fetch-Site / Origin checks): CSRF protection
                // for every state-changing request, without per-form tokens.
                .layer(CsrfLayer::new())
                .layer(TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, REQUEST_TIMEOUT))
                .layer(CatchPanicLayer::new())
                .layer(RequestBodyLimitLayer::new(BODY_LIMIT)),
        )
}

/// Serves until Ctrl-C or SIGTERM, then lets in-flight requests finish.
pub async fn serve(pool: PgPool, config: &ServeConfig) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .with_context(|| format!("could not listen on {}", config.addr))?;
    tracing::info!("portal listening on http://{}", listener.local_addr()?);
    let state = AppState {
        secure_cookies: config.secure_cookies,
        ..AppState::new(pool)
    };
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    tracing::info!("portal stopped accepting requests");
    Ok(())
}

async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
