//! Signing up as a firm or institution member, and one's account page.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use serde::Deserialize;

use super::session::{Layout, SignedIn, session_cookie};
use super::{AppState, Result};
use crate::accounts::requests::{self, Affiliation, SignUpError};
use crate::accounts::{CreateUserError, Email, Password, sessions};
use crate::catalogue::codes::ASEAN;
use crate::catalogue::{OrgKind, countries, institutions};

#[derive(Debug, Default, Deserialize)]
pub struct SignUpForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    /// `firm` or `institution`.
    #[serde(default)]
    kind: String,
    #[serde(default)]
    institution: String,
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    org_kind: String,
    #[serde(default)]
    message: String,
}

#[derive(Default)]
pub struct SignUpErrors {
    name: Option<String>,
    email: Option<String>,
    password: Option<String>,
    kind: Option<String>,
    institution: Option<String>,
    organisation: Option<String>,
    country: Option<String>,
    org_kind: Option<String>,
    message: Option<String>,
}

impl SignUpErrors {
    fn any(&self) -> bool {
        [
            &self.name,
            &self.email,
            &self.password,
            &self.kind,
            &self.institution,
            &self.organisation,
        ]
        .iter()
        .any(|e| e.is_some())
            || self.country.is_some()
            || self.org_kind.is_some()
            || self.message.is_some()
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "auth/sign_up.html")]
pub struct SignUpPage {
    layout: Layout,
    form: SignUpForm,
    errors: SignUpErrors,
    institutions: Vec<(String, String)>,
    countries: Vec<(String, String)>,
    org_kinds: Vec<(&'static str, String)>,
}

async fn page(
    state: &AppState,
    layout: Layout,
    form: SignUpForm,
    errors: SignUpErrors,
) -> Result<SignUpPage> {
    let mut conn = state.pool.acquire().await?;
    let institutions = institutions::choices(&mut conn).await?;
    let countries = countries::asean(&state.pool)
        .await?
        .into_iter()
        .map(|c| (c.code, c.name_en))
        .collect();
    let org_kinds = OrgKind::ALL.iter().map(|k| (k.code(), layout.label(k))).collect();
    Ok(SignUpPage {
        layout,
        form,
        errors,
        institutions,
        countries,
        org_kinds,
    })
}

/// The form again with its errors, as typed but for the password.
async fn refused(
    state: &AppState,
    layout: Layout,
    form: SignUpForm,
    errors: SignUpErrors,
) -> Result<Response> {
    let form = SignUpForm {
        password: String::new(),
        ..form
    };
    Ok((
        StatusCode::UNPROCESSABLE_ENTITY,
        page(state, layout, form, errors).await?,
    )
        .into_response())
}

pub async fn sign_up_form(State(state): State<AppState>, layout: Layout) -> Result<SignUpPage> {
    page(
        &state,
        layout,
        SignUpForm {
            kind: "firm".to_owned(),
            ..Default::default()
        },
        SignUpErrors::default(),
    )
    .await
}

pub async fn sign_up(
    State(state): State<AppState>,
    layout: Layout,
    jar: CookieJar,
    Form(form): Form<SignUpForm>,
) -> Result<Response> {
    let mut errors = SignUpErrors::default();
    let name = form.name.trim().to_owned();
    if name.is_empty() || name.chars().count() > 100 {
        errors.name = Some(layout.t("signup-error-name"));
    }
    let email = Email::parse(&form.email)
        .map_err(|m| errors.email = Some(m.in_lang(layout.lang)))
        .ok();
    let password = Password::parse(&form.password)
        .map_err(|m| errors.password = Some(m.in_lang(layout.lang)))
        .ok();
    let affiliation = match form.kind.as_str() {
        "institution" if form.institution.trim().is_empty() => {
            errors.institution = Some(layout.t("signup-error-institution"));
            None
        }
        "institution" => Some(Affiliation::Institution(form.institution.trim().to_owned())),
        "firm" => {
            let organisation = form.organisation.trim();
            if organisation.is_empty() || organisation.chars().count() > 200 {
                errors.organisation = Some(layout.t("signup-error-organisation"));
            }
            if !ASEAN.contains(&form.country.as_str()) {
                errors.country = Some(layout.t("signup-error-country"));
            }
            let kind = OrgKind::parse(&form.org_kind)
                .map_err(|_| errors.org_kind = Some(layout.t("signup-error-org-kind")))
                .ok();
            kind.map(|kind| Affiliation::Organisation {
                name: organisation.to_owned(),
                country: form.country.clone(),
                kind,
            })
        }
        _ => {
            errors.kind = Some(layout.t("signup-error-kind"));
            None
        }
    };
    let message = form.message.trim();
    if message.chars().count() > 2000 {
        errors.message = Some(layout.t("signup-error-message"));
    }
    let (Some(email), Some(password), Some(affiliation), false) =
        (email, password, affiliation, errors.any())
    else {
        return refused(&state, layout, form, errors).await;
    };
    let mut conn = state.pool.acquire().await?;
    let message = (!message.is_empty()).then_some(message);
    let user = match requests::sign_up(&mut conn, &email, &name, password, &affiliation, message).await {
        Ok(user) => user,
        Err(SignUpError::CreateUser(CreateUserError::EmailTaken)) => {
            errors.email = Some(layout.t("signup-error-email-taken"));
            drop(conn);
            return refused(&state, layout, form, errors).await;
        }
        Err(SignUpError::UnknownInstitution) => {
            errors.institution = Some(layout.t("signup-error-institution-unknown"));
            drop(conn);
            return refused(&state, layout, form, errors).await;
        }
        Err(SignUpError::CreateUser(e)) => return Err(anyhow::Error::new(e).into()),
        Err(SignUpError::Database(e)) => return Err(e.into()),
    };
    let token = sessions::create(&mut conn, user.id).await?;
    tracing::info!(user = user.id, "signed up");
    Ok((
        jar.add(session_cookie(&token, state.secure_cookies)),
        Redirect::to("/account"),
    )
        .into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "auth/account.html")]
pub struct AccountPage {
    layout: Layout,
    request: Option<(String, Option<String>)>,
}

pub async fn account(State(state): State<AppState>, SignedIn(user, layout): SignedIn) -> Result<AccountPage> {
    let mut conn = state.pool.acquire().await?;
    let request = requests::latest_of(&mut conn, user.id).await?;
    Ok(AccountPage { layout, request })
}
