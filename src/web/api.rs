//! The JSON API: `GET /api/needs/{ref}/matches?limit=N`, as ../shared/catalogue-format.md
//! defines it. Errors are JSON bodies (see `error.rs`).

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use serde::Serialize;

use super::{AppState, Error, Result};
use crate::matching::score::Reason;
use crate::matching::store;

#[derive(Debug, Serialize)]
pub struct Matches {
    need: String,
    matches: Vec<Match>,
}

#[derive(Debug, Serialize)]
pub struct Match {
    technology: String,
    score: f32,
    reasons: Vec<ApiReason>,
}

/// A reason as the format writes it: its code and the English detail.
#[derive(Debug, Serialize)]
pub struct ApiReason {
    code: String,
    detail: String,
}

impl From<Reason> for ApiReason {
    fn from(reason: Reason) -> Self {
        Self {
            code: reason.code,
            detail: reason.detail,
        }
    }
}

/// `limit` from the query string: 1 to 50, 10 when not given.
fn limit(query: Option<&str>) -> Result<i64> {
    let given = url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .find(|(name, _)| name == "limit")
        .map(|(_, value)| value.into_owned());
    match given {
        None => Ok(10),
        Some(text) => match text.parse::<i64>() {
            Ok(n @ 1..=50) => Ok(n),
            _ => Err(Error::BadRequest(format!(
                "limit must be a whole number from 1 to 50, not {text:?}"
            ))),
        },
    }
}

pub async fn need_matches(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Json<Matches>> {
    let limit = limit(query.as_deref())?;
    if !crate::catalogue::needs::is_published(&state.pool, &reference).await? {
        return Err(Error::NotFound);
    }
    let candidates = store::candidates(&state.pool, &reference, limit, false).await?;
    Ok(Json(Matches {
        need: reference,
        matches: candidates
            .into_iter()
            .map(|c| Match {
                technology: c.reference,
                score: c.score,
                reasons: c.reasons.into_iter().map(ApiReason::from).collect(),
            })
            .collect(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limit_is_one_to_fifty_and_ten_by_default() {
        assert_eq!(limit(None).ok(), Some(10));
        assert_eq!(limit(Some("limit=50")).ok(), Some(50));
        assert_eq!(limit(Some("other=1&limit=1")).ok(), Some(1));
        for bad in ["limit=0", "limit=51", "limit=ten", "limit=", "limit=-3"] {
            assert!(limit(Some(bad)).is_err(), "{bad}");
        }
    }
}
