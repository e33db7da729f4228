//! The language of each request: the `lang` cookie, else the browser's `Accept-Language`; and
//! the switcher's handler, which keeps a choice in the cookie and, when signed in, the account.

use axum::Form;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use serde::Deserialize;

use super::session::{CurrentUser, safe_next};
use super::{AppState, Error, Result};
use crate::i18n::Lang;

/// The cookie holding the chosen language.
pub const COOKIE: &str = "lang";

/// Puts the request's [`Lang`] in its extensions and says which language the answer is in.
pub async fn negotiate(mut request: Request, next: Next) -> Response {
    let jar = CookieJar::from_headers(request.headers());
    let lang = jar
        .get(COOKIE)
        .and_then(|c| Lang::parse(c.value()))
        .or_else(|| {
            request
                .headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::negotiate)
        })
        .unwrap_or_default();
    request.extensions_mut().insert(lang);
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.append(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    if !headers.contains_key(header::CONTENT_LANGUAGE)
        && let Ok(value) = HeaderValue::from_str(&lang.code())
    {
        headers.insert(header::CONTENT_LANGUAGE, value);
    }
    response
}

#[derive(Deserialize)]
pub struct Choice {
    lang: String,
    #[serde(default)]
    back: String,
}

/// `POST /language`: keeps the choice and goes back to the page it was made on.
pub async fn choose(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    jar: CookieJar,
    Form(choice): Form<Choice>,
) -> Result<Response> {
    let lang = Lang::parse(&choice.lang)
        .ok_or_else(|| Error::BadRequest(format!("{:?} is not a language of the portal.", choice.lang)))?;
    if let Some(user) = user {
        let mut conn = state.pool.acquire().await?;
        crate::accounts::set_locale(&mut conn, user.id, &lang.code()).await?;
    }
    let cookie = Cookie::build((COOKIE, lang.code()))
        .path("/")
        .same_site(SameSite::Lax)
        .secure(state.secure_cookies)
        .max_age(time::Duration::days(365))
        .build();
    let back = safe_next(Some(&choice.back));
    Ok((jar.add(cookie), Redirect::to(&back)).into_response())
}
