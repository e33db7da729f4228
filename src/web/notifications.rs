//! One's notifications.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};

use super::session::{Layout, SignedIn};
use super::{AppState, Result};
use crate::notifications::{self, Notification};

#[derive(Template, WebTemplate)]
#[template(path = "notifications.html")]
pub struct NotificationsPage {
    layout: Layout,
    notifications: Vec<Notification>,
}

pub async fn list(
    State(state): State<AppState>,
    SignedIn(user, layout): SignedIn,
) -> Result<NotificationsPage> {
    let mut conn = state.pool.acquire().await?;
    Ok(NotificationsPage {
        layout,
        notifications: notifications::latest(&mut conn, user.id, 100).await?,
    })
}

/// Marks them all read.
pub async fn read(State(state): State<AppState>, SignedIn(user, _): SignedIn) -> Result<Response> {
    let mut conn = state.pool.acquire().await?;
    notifications::mark_read(&mut conn, user.id).await?;
    Ok(Redirect::to("/notifications").into_response())
}
