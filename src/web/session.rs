//! Who is asking: the session cookie turned into the signed-in user, as extractors.
//! `Layout` is what every page's frame needs (the account links); `SignedIn` requires a
//! signed-in user and sends others to the sign-in page; `StaffOnly` requires alliance staff.

use axum::extract::{FromRef, FromRequestParts, OriginalUri};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};

use fluent_templates::fluent_bundle::FluentValue;

use super::{AppState, Error};
use crate::accounts::User;
use crate::accounts::sessions::{self, Token};
use crate::catalogue::Domain;
use crate::catalogue::codes::Labelled;
use crate::i18n::Lang;
use crate::matching::score::Reason;

/// The session cookie's name.
pub const COOKIE: &str = "portal_session";

/// The session cookie for `token`: HttpOnly, SameSite=Lax, Secure when configured.
pub fn session_cookie(token: &Token, secure: bool) -> Cookie<'static> {
    Cookie::build((COOKIE, token.as_str().to_owned()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .max_age(sessions::LIFETIME)
        .build()
}

/// A cookie that removes the session cookie.
pub fn removal_cookie(secure: bool) -> Cookie<'static> {
    let mut cookie = Cookie::build((COOKIE, ""))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .build();
    cookie.make_removal();
    cookie
}

/// The token the request's cookie carries, if any.
pub fn token(jar: &CookieJar) -> Option<Token> {
    jar.get(COOKIE)
        .map(|c| Token::from_cookie(c.value()))
        .filter(|t| t.as_str().len() == 64)
}

/// The signed-in user, if the request has a live session.
pub struct CurrentUser(pub Option<User>);

impl<S> FromRequestParts<S> for CurrentUser
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        if let Some(user) = parts.extensions.get::<User>() {
            return Ok(CurrentUser(Some(user.clone())));
        }
        let state = AppState::from_ref(state);
        let jar = CookieJar::from_headers(&parts.headers);
        let Some(token) = token(&jar) else {
            return Ok(CurrentUser(None));
        };
        let mut conn = state.pool.acquire().await?;
        let user = sessions::user(&mut conn, &token).await?;
        if let Some(user) = &user {
            // Later extractors of the same request reuse it.
            parts.extensions.insert(user.clone());
        }
        Ok(CurrentUser(user))
    }
}

/// What the frame of every page shows: who is signed in, and where we are.
#[derive(Clone, Default)]
pub struct Layout {
    pub user: Option<User>,
    /// The path and query of this page, to come back to after signing in.
    pub here: String,
    /// Unread notifications of the signed-in user.
    pub unread: i64,
    /// The language of the page.
    pub lang: Lang,
}

impl<S> FromRequestParts<S> for Layout
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let CurrentUser(user) = CurrentUser::from_request_parts(parts, state).await?;
        let uri = parts.extensions.get::<OriginalUri>().map_or(&parts.uri, |o| &o.0);
        let here = uri
            .path_and_query()
            .map(|p| p.as_str().to_owned())
            .unwrap_or_else(|| "/".to_owned());
        let unread = match &user {
            Some(user) => {
                let state = AppState::from_ref(state);
                let mut conn = state.pool.acquire().await?;
                crate::notifications::unread_count(&mut conn, user.id).await?
            }
            None => 0,
        };
        // The account's choice first, then the request's (cookie or Accept-Language).
        let lang = user
            .as_ref()
            .and_then(|u| u.locale.as_deref())
            .and_then(Lang::parse)
            .or_else(|| parts.extensions.get::<Lang>().copied())
            .unwrap_or_default();
        Ok(Layout {
            user,
            here,
            unread,
            lang,
        })
    }
}

impl Layout {
    /// Whether alliance staff (or an administrator) is looking.
    pub fn is_staff(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.role.is_staff())
    }

    /// The message `key` in the page's language.
    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    /// The message `key` with arguments.
    pub fn t_with(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.lang.t_with(key, args)
    }

    /// The message `key` with one argument.
    pub fn t1<'a>(&self, key: &str, name: &'static str, value: impl Into<FluentValue<'a>>) -> String {
        self.lang.t1(key, name, value)
    }

    /// The message `key` about `count` things.
    pub fn count(&self, key: &str, count: impl Count) -> String {
        self.lang.count(key, count.value())
    }

    /// A code list's label, e.g. `label(domain)` for `domain-agriculture`.
    pub fn label(&self, code: impl Labelled) -> String {
        self.lang.code_label(code.list(), code.code())
    }

    /// A country's name: translated for ASEAN and China, the English name otherwise.
    pub fn country(&self, code: &str, name_en: &str) -> String {
        self.lang
            .try_t(&format!("country-{code}"))
            .unwrap_or_else(|| name_en.to_owned())
    }

    /// A date, or the date of a moment (in UTC), written the page language's way.
    pub fn date(&self, date: impl Dated) -> String {
        self.lang.date(date.day())
    }

    pub fn number(&self, n: impl Count) -> String {
        self.lang.number(n.value())
    }

    /// A match reason in the page's language, from its code and arguments; the stored English
    /// detail when its arguments are not understood.
    pub fn reason(&self, reason: &Reason) -> String {
        let args = &reason.args;
        let list = |labels: Vec<String>| labels.join(", ");
        let text = match (reason.code.as_str(), args.as_slice()) {
            ("text", words) if !words.is_empty() => {
                Some(self.t1("reason-text", "words", list(words.to_vec())))
            }
            ("concept", concepts) if !concepts.is_empty() => Some(
                self.t1(
                    "reason-concept",
                    "concepts",
                    list(
                        concepts
                            .iter()
                            .map(|c| crate::glossary::label(c, self.lang))
                            .collect(),
                    ),
                ),
            ),
            ("domain", [how, domain]) => Domain::parse(domain)
                .ok()
                .map(|d| self.t1(&format!("reason-domain-{how}"), "domain", self.label(d))),
            ("trl", [trl, min]) => Some(self.t_with(
                "reason-trl",
                &[("trl", trl.as_str().into()), ("min", min.as_str().into())],
            )),
            ("cooperation", modes) if !modes.is_empty() => Some(
                self.t1(
                    "reason-cooperation",
                    "modes",
                    list(
                        modes
                            .iter()
                            .map(|m| self.lang.code_label("cooperation_mode", m))
                            .collect(),
                    ),
                ),
            ),
            ("budget", [cost, wanted]) => Some(self.t_with(
                "reason-budget",
                &[
                    ("cost", self.lang.code_label("budget_band", cost).into()),
                    ("budget", self.lang.code_label("budget_band", wanted).into()),
                ],
            )),
            ("sdg", goals) if !goals.is_empty() => Some(
                self.t1(
                    "reason-sdg",
                    "goals",
                    list(
                        goals
                            .iter()
                            .map(|g| format!("{g}. {}", self.t(&format!("sdg-{g}"))))
                            .collect(),
                    ),
                ),
            ),
            ("deployed", [how, countries @ ..]) if !countries.is_empty() => Some(self.t1(
                &format!("reason-deployed-{how}"),
                "countries",
                list(countries.iter().map(|c| self.country(c, c)).collect()),
            )),
            ("confirmed", _) => Some(self.t("reason-confirmed")),
            _ => None,
        };
        text.unwrap_or_else(|| reason.detail.clone())
    }

    /// The languages of the switcher.
    pub fn languages(&self) -> Vec<Lang> {
        Lang::all()
    }

    /// `/sign-in?next=…` for coming back here.
    pub fn sign_in_href(&self) -> String {
        let next: String = url::form_urlencoded::byte_serialize(self.here.as_bytes()).collect();
        format!("/sign-in?next={next}")
    }
}

/// A signed-in user; anyone else is sent to the sign-in page and brought back afterwards.
pub struct SignedIn(pub User, pub Layout);

impl<S> FromRequestParts<S> for SignedIn
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let layout = Layout::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        match layout.user.clone() {
            Some(user) => Ok(SignedIn(user, layout)),
            None => Err(Redirect::to(&layout.sign_in_href()).into_response()),
        }
    }
}

/// Alliance staff (or an admin); others get 403, and anonymous visitors the sign-in page.
pub struct StaffOnly(pub User, pub Layout);

impl<S> FromRequestParts<S> for StaffOnly
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let SignedIn(user, layout) = SignedIn::from_request_parts(parts, state).await?;
        if user.role.is_staff() {
            Ok(StaffOnly(user, layout))
        } else {
            Err(Error::Forbidden.into_response())
        }
    }
}

/// Where to go back to (after signing in, after choosing a language): a local path only, never
/// another site, and only one a `Location` header can carry.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.contains('\\')
                && axum::http::HeaderValue::from_str(path).is_ok() =>
        {
            path.to_owned()
        }
        _ => "/".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_followed_after_sign_in() {
        assert_eq!(safe_next(Some("/technologies?q=solar")), "/technologies?q=solar");
        for bad in [
            "https://evil.example/",
            "//evil.example",
            "/\\evil.example",
            "javascript:alert(1)",
            "/needs\r\nSet-Cookie: x=1",
        ] {
            assert_eq!(safe_next(Some(bad)), "/", "{bad}");
        }
        assert_eq!(safe_next(None), "/");
    }
}

/// A number of things as templates hold it (by value or by reference, of any integer type).
pub trait Count {
    fn value(&self) -> i64;
}

macro_rules! count_for {
    ($($t:ty),+) => {
        $(impl Count for $t {
            fn value(&self) -> i64 {
                i64::try_from(*self).unwrap_or(i64::MAX)
            }
        })+
    };
}

count_for!(i64, i32, u32, u64, usize);

impl<T: Count> Count for &T {
    fn value(&self) -> i64 {
        (*self).value()
    }
}

/// A date, or a moment whose date is meant, as templates hold it.
pub trait Dated {
    fn day(&self) -> time::Date;
}

impl Dated for time::Date {
    fn day(&self) -> time::Date {
        *self
    }
}

impl Dated for time::OffsetDateTime {
    fn day(&self) -> time::Date {
        self.date()
    }
}

impl<T: Dated> Dated for &T {
    fn day(&self) -> time::Date {
        (*self).day()
    }
}
