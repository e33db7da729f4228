//! The home page.

use std::sync::Arc;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;

use super::session::Layout;
use super::{AppState, Result};
use crate::catalogue::Domain;
use crate::catalogue::figures::{Figures, figures};
use crate::catalogue::search::TechnologyCard;
use crate::catalogue::technologies;
use crate::cooperation::figures::Achievements;

/// What the home page shows, kept per catalogue generation.
pub struct HomeData {
    figures: Figures,
    domains: Vec<(Domain, i64)>,
    latest: Vec<TechnologyCard>,
}

#[derive(Template, WebTemplate)]
#[template(path = "home.html")]
pub struct HomePage {
    layout: Layout,
    data: Arc<HomeData>,
    /// Counted live from the introductions: they change without the catalogue changing.
    achievements: Achievements,
}

pub async fn show(State(state): State<AppState>, layout: Layout) -> Result<HomePage> {
    let data = state
        .home
        .get_or_load(&state.pool, "", async || -> Result<_> {
            Ok(HomeData {
                figures: figures(&state.pool).await?,
                domains: technologies::count_by_domain(&state.pool).await?,
                latest: technologies::latest(&state.pool, 6).await?,
            })
        })
        .await?;
    let achievements = crate::cooperation::figures::achievements(&state.pool).await?;
    Ok(HomePage {
        layout,
        data,
        achievements,
    })
}
