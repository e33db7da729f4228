//! The home page.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;

use super::{AppState, Result};
use crate::catalogue::Domain;
use crate::catalogue::figures::{Figures, figures};

#[derive(Template, WebTemplate)]
#[template(path = "home.html")]
pub struct HomePage {
    figures: Figures,
    domains: &'static [Domain],
}

pub async fn show(State(state): State<AppState>) -> Result<HomePage> {
    Ok(HomePage {
        figures: figures(&state.pool).await?,
        domains: Domain::ALL,
    })
}
