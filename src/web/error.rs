//! The web layer's one error type, and the middleware that turns every error response into the
//! error page in the site's layout, or into a JSON error body under `/api/`.

use axum::Json;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::session::Layout;
use crate::i18n::Lang;
use askama::Template;
use askama_web::WebTemplate;

/// What a handler can fail with. Internal causes are logged, never shown.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("{0}")]
    BadRequest(String),
    /// The request is fine but the thing it acts on is not in a state that allows it.
    #[error("{0}")]
    Conflict(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The public face of an error, carried in the response's extensions until
/// [`render_errors`] renders it for the page or the API.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    pub code: &'static str,
    pub message: String,
}

impl ErrorInfo {
    /// The standard wording for an error status that carries no message of ours.
    fn for_status(status: StatusCode) -> Self {
        let (code, message) = match status {
            StatusCode::NOT_FOUND => ("not_found", "There is no page at this address."),
            StatusCode::FORBIDDEN => (
                "forbidden",
                "This request was refused: it came from another site, or you may not do this.",
            ),
            StatusCode::METHOD_NOT_ALLOWED => (
                "method_not_allowed",
                "This address does not accept that kind of request.",
            ),
            StatusCode::PAYLOAD_TOO_LARGE => ("payload_too_large", "The request is too large."),
            StatusCode::UNSUPPORTED_MEDIA_TYPE => (
                "unsupported_media_type",
                "The request's content type is not accepted here.",
            ),
            StatusCode::SERVICE_UNAVAILABLE => (
                "unavailable",
                "The portal is busy or starting up; please try again in a moment.",
            ),
            s if s.is_client_error() => ("bad_request", "The request could not be understood."),
            _ => (
                "internal",
                "Something went wrong on our side. The error has been logged; please try again later.",
            ),
        };
        Self {
            code,
            message: message.to_owned(),
        }
    }
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        let (status, info) = match &self {
            Error::NotFound => (
                StatusCode::NOT_FOUND,
                ErrorInfo::for_status(StatusCode::NOT_FOUND),
            ),
            Error::Forbidden => (
                StatusCode::FORBIDDEN,
                ErrorInfo {
                    code: "forbidden",
                    message: "Your account may not open this page or do this. If you think it should, ask alliance staff."
                        .to_owned(),
                },
            ),
            Error::BadRequest(message) => (
                StatusCode::BAD_REQUEST,
                ErrorInfo {
                    code: "bad_request",
                    message: message.clone(),
                },
            ),
            Error::Conflict(message) => (
                StatusCode::CONFLICT,
                ErrorInfo {
                    code: "conflict",
                    message: message.clone(),
                },
            ),
            Error::Database(sqlx::Error::PoolTimedOut) => {
                tracing::error!(error = %self, "database unavailable");
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    ErrorInfo::for_status(StatusCode::SERVICE_UNAVAILABLE),
                )
            }
            Error::Database(_) | Error::Internal(_) => {
                tracing::error!(error = ?self, "request failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    ErrorInfo::for_status(StatusCode::INTERNAL_SERVER_ERROR),
                )
            }
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(info);
        response
    }
}

/// Refuses addresses holding an encoded NUL character, which PostgreSQL cannot store or compare
/// in text: a clear 400 instead of a database error on any page.
pub async fn refuse_nul(request: Request, next: Next) -> Response {
    let uri = request.uri().to_string();
    if uri.contains("%00") {
        let mut response = StatusCode::BAD_REQUEST.into_response();
        response.extensions_mut().insert(ErrorInfo {
            code: "bad_request",
            message: "The address holds a character that is not allowed (%00).".to_owned(),
        });
        return response;
    }
    next.run(request).await
}

/// Gives every error response its body: the error page in the layout, or under `/api/` the
/// JSON `{"error": {"code", "message"}}`. Responses that already carry an HTML or JSON body
/// of their own are left alone.
pub async fn render_errors(request: Request, next: Next) -> Response {
    let api = request.uri().path().starts_with("/api/");
    let lang = request.extensions().get::<Lang>().copied().unwrap_or_default();
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let info = response.extensions().get::<ErrorInfo>().cloned();
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let has_own_body = content_type.starts_with("text/html") || content_type.starts_with("application/json");
    if info.is_none() && has_own_body {
        return response;
    }
    let info = info.unwrap_or_else(|| ErrorInfo::for_status(status));
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    let body = if api {
        let body = serde_json::json!({ "error": { "code": info.code, "message": info.message } });
        Json(body).into_response()
    } else {
        ErrorPage::response(status, info, lang)
    };
    let (body_parts, body) = body.into_parts();
    let content_type = body_parts
        .headers
        .get(header::CONTENT_TYPE)
        .cloned()
        .unwrap_or(HeaderValue::from_static("text/plain; charset=utf-8"));
    parts.headers.insert(header::CONTENT_TYPE, content_type);
    Response::from_parts(parts, Body::new(body))
}

/// The error page, in the site's layout.
#[derive(Template, WebTemplate)]
#[template(path = "error.html")]
pub struct ErrorPage {
    // Error pages are drawn after the handler, without the session: the frame shows no user.
    layout: Layout,
    status: u16,
    title: String,
    message: String,
}

impl ErrorPage {
    fn response(status: StatusCode, info: ErrorInfo, lang: Lang) -> Response {
        // The standard wordings are translated; a handler's own message is shown as written.
        let message = if info.message == ErrorInfo::for_status(status).message {
            lang.t(&format!("error-{}", info.code))
        } else {
            info.message
        };
        let page = Self {
            layout: Layout {
                lang,
                ..Default::default()
            },
            status: status.as_u16(),
            title: lang.t(&format!("error-{}-title", info.code)),
            message,
        };
        (status, page).into_response()
    }
}
