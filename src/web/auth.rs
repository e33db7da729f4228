//! Signing in and out, and changing one's password.

use std::net::SocketAddr;

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;

use super::session::{Layout, SignedIn, removal_cookie, safe_next, session_cookie, token};
use super::{AppState, Result};
use crate::accounts::{self, Email, Password, sessions, throttle};

#[derive(Debug, Default, Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

/// Messages shown beside the fields of the sign-in form, and above it.
#[derive(Default)]
pub struct SignInErrors {
    email: Option<String>,
    password: Option<String>,
    form: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "auth/sign_in.html")]
pub struct SignInPage {
    layout: Layout,
    email: String,
    next: String,
    errors: SignInErrors,
}

#[derive(Debug, Deserialize)]
pub struct NextParam {
    next: Option<String>,
}

pub async fn sign_in_form(layout: Layout, Query(params): Query<NextParam>) -> SignInPage {
    SignInPage {
        layout,
        email: String::new(),
        next: safe_next(params.next.as_deref()),
        errors: SignInErrors::default(),
    }
}

pub async fn sign_in(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    layout: Layout,
    jar: CookieJar,
    Form(form): Form<SignInForm>,
) -> Result<Response> {
    let next = safe_next(form.next.as_deref());
    let again = |status: StatusCode, errors: SignInErrors| {
        let page = SignInPage {
            layout: layout.clone(),
            email: form.email.trim().to_owned(),
            next: next.clone(),
            errors,
        };
        Ok((status, page).into_response())
    };
    let email = match Email::parse(&form.email) {
        Ok(email) => email,
        Err(message) => {
            return again(
                StatusCode::UNPROCESSABLE_ENTITY,
                SignInErrors {
                    email: Some(message.in_lang(layout.lang)),
                    ..Default::default()
                },
            );
        }
    };
    if form.password.is_empty() {
        let errors = SignInErrors {
            password: Some(layout.t("signin-error-password")),
            ..Default::default()
        };
        return again(StatusCode::UNPROCESSABLE_ENTITY, errors);
    }
    let mut conn = state.pool.acquire().await?;
    if throttle::blocked(&mut conn, &email, peer.ip()).await? {
        let message = layout.t1("signin-error-throttled", "minutes", throttle::WINDOW_MINUTES);
        return again(
            StatusCode::TOO_MANY_REQUESTS,
            SignInErrors {
                form: Some(message),
                ..Default::default()
            },
        );
    }
    let Some(user) = accounts::authenticate(&mut conn, &email, &form.password).await? else {
        throttle::record_failure(&mut conn, &email, peer.ip()).await?;
        let message = layout.t("signin-error-wrong");
        return again(
            StatusCode::UNPROCESSABLE_ENTITY,
            SignInErrors {
                form: Some(message),
                ..Default::default()
            },
        );
    };
    // A new token at every sign-in; the one the browser had (if any) ends.
    if let Some(old) = token(&jar) {
        sessions::delete(&mut conn, &old).await?;
    }
    let new = sessions::create(&mut conn, user.id).await?;
    tracing::info!(user = user.id, "signed in");
    let jar = jar.add(session_cookie(&new, state.secure_cookies));
    Ok((jar, Redirect::to(&next)).into_response())
}

pub async fn sign_out(State(state): State<AppState>, jar: CookieJar) -> Result<Response> {
    if let Some(token) = token(&jar) {
        let mut conn = state.pool.acquire().await?;
        sessions::delete(&mut conn, &token).await?;
    }
    let jar = jar.add(removal_cookie(state.secure_cookies));
    Ok((jar, Redirect::to("/")).into_response())
}

#[derive(Debug, Default, Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    new: String,
    #[serde(default)]
    confirm: String,
}

#[derive(Default)]
pub struct PasswordErrors {
    current: Option<String>,
    new: Option<String>,
    confirm: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "auth/password.html")]
pub struct PasswordPage {
    layout: Layout,
    errors: PasswordErrors,
    changed: bool,
}

impl PasswordPage {
    /// The form again, with what is wrong beside each field.
    fn refused(layout: Layout, errors: PasswordErrors) -> Response {
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            PasswordPage {
                layout,
                errors,
                changed: false,
            },
        )
            .into_response()
    }
}

pub async fn password_form(SignedIn(_, layout): SignedIn) -> PasswordPage {
    PasswordPage {
        layout,
        errors: PasswordErrors::default(),
        changed: false,
    }
}

pub async fn change_password(
    State(state): State<AppState>,
    SignedIn(user, layout): SignedIn,
    jar: CookieJar,
    Form(form): Form<PasswordForm>,
) -> Result<Response> {
    let mut errors = PasswordErrors::default();
    if form.current.is_empty() {
        errors.current = Some(layout.t("password-error-current"));
    }
    let new = Password::parse(&form.new)
        .map_err(|message| errors.new = Some(message.in_lang(layout.lang)))
        .ok();
    if form.confirm != form.new {
        errors.confirm = Some(layout.t("password-error-differ"));
    }
    let (Some(new), None, None) = (new, &errors.current, &errors.confirm) else {
        return Ok(PasswordPage::refused(layout, errors));
    };
    let mut conn = state.pool.acquire().await?;
    if !accounts::change_password(&mut conn, user.id, &form.current, new).await? {
        errors.current = Some(layout.t("password-error-wrong"));
        return Ok(PasswordPage::refused(layout, errors));
    }
    // Other browsers signed in with the old password are signed out.
    if let Some(token) = token(&jar) {
        sessions::delete_others(&mut conn, user.id, &token).await?;
    }
    tracing::info!(user = user.id, "password changed");
    Ok(PasswordPage {
        layout,
        errors,
        changed: true,
    }
    .into_response())
}
