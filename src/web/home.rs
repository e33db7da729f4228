//! The home page.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;

use super::{AppState, Result};
use crate::catalogue::Domain;
use crate::catalogue::figures::{Figures, figures};
use crate::catalogue::search::TechnologyCard;
use crate::catalogue::technologies;

#[derive(Template, WebTemplate)]
#[template(path = "home.html")]
pub struct HomePage {
    figures: Figures,
    domains: Vec<(Domain, i64)>,
    latest: Vec<TechnologyCard>,
}

pub async fn show(State(state): State<AppState>) -> Result<HomePage> {
    Ok(HomePage {
        figures: figures(&state.pool).await?,
        domains: technologies::count_by_domain(&state.pool).await?,
        latest: technologies::latest(&state.pool, 6).await?,
    })
}
