//! Administrators' page: the accounts, and who is alliance staff.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::session::{Layout, SignedIn};
use super::technologies::Pagination;
use super::{AppState, Error, Result};
use crate::accounts::{self, Account, Role, User};
use crate::catalogue::search::{PAGE_SIZE, page_count, page_number};
use crate::review::audit::{self, Entry};

fn admin_only(user: &User) -> Result<()> {
    if user.role == Role::Admin {
        Ok(())
    } else {
        Err(Error::Forbidden)
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/users.html")]
pub struct UsersPage {
    layout: Layout,
    accounts: Vec<Account>,
    total: i64,
    pagination: Pagination,
    history: Vec<Entry>,
    me: i64,
    notice: bool,
}

#[derive(Debug, Deserialize)]
pub struct UsersQuery {
    #[serde(default)]
    page: String,
    #[serde(default)]
    done: String,
}

pub async fn users(
    State(state): State<AppState>,
    SignedIn(user, layout): SignedIn,
    Query(query): Query<UsersQuery>,
) -> Result<UsersPage> {
    admin_only(&user)?;
    let page = page_number(Some(&query.page));
    let mut conn = state.pool.acquire().await?;
    let (accounts, total) = accounts::accounts(&mut conn, page, PAGE_SIZE).await?;
    let history = audit::of_entity_kind(&mut conn, "user", 20).await?;
    Ok(UsersPage {
        layout,
        accounts,
        total,
        pagination: Pagination::new(page, page_count(total), |p| format!("/admin/users?page={p}")),
        history,
        me: user.id,
        notice: query.done == "role",
    })
}

#[derive(Debug, Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
}

pub async fn set_role(
    State(state): State<AppState>,
    SignedIn(user, layout): SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<RoleForm>,
) -> Result<Response> {
    admin_only(&user)?;
    let role = Role::parse(&form.role)
        .ok()
        .filter(|r| r.is_staff())
        .ok_or_else(|| Error::BadRequest(layout.t("admin-error-role")))?;
    let mut conn = state.pool.acquire().await?;
    if !accounts::set_staff_role(&mut conn, user.id, id, role).await? {
        return Err(Error::Conflict(layout.t("admin-error-unchanged")));
    }
    Ok(Redirect::to("/admin/users?done=role").into_response())
}
