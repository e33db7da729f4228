//! Atom 1.0 feeds: new technologies (all, or any catalogue search: the feed takes the same
//! query string as `/technologies`), and new needs (all, or one country's).

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use time::format_description::well_known::Rfc3339;

use super::{AppState, Error, Result};
use crate::catalogue::search::{self, SearchQuery, Sort};

pub struct FeedEntry {
    pub id: String,
    pub title: String,
    pub href: String,
    pub summary: String,
    pub published: String,
    pub updated: String,
}

#[derive(Template)]
#[template(path = "feeds/atom.xml")]
pub struct Feed {
    pub id: String,
    pub title: String,
    pub self_href: String,
    pub alternate: String,
    pub updated: String,
    pub entries: Vec<FeedEntry>,
}

/// The feed's ids are tag URIs: stable whatever the portal's address.
const TAG: &str = "tag:china-asean-techtransfer.example,2026";

/// `http://host` of the request, for the feed's absolute links.
fn base(headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        })
        .unwrap_or("127.0.0.1:8080");
    format!("http://{host}")
}

fn rfc3339(at: time::OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap_or_default()
}

fn respond(feed: Feed) -> Result<Response> {
    let body = feed.render().map_err(|e| Error::Internal(e.into()))?;
    Ok((
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        body,
    )
        .into_response())
}

/// The newest entries a feed holds.
const ENTRIES: i64 = 50;

/// `GET /feeds/technologies.atom?…`: the newest technologies of a catalogue search.
pub async fn technologies(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Response> {
    let mut search = SearchQuery::from_query_string(query.as_deref().unwrap_or_default());
    search.sort = Sort::Newest;
    search.page = 1;
    let results = search::search(&state.pool, &search).await?;
    let refs: Vec<String> = results.hits.iter().map(|h| h.reference.clone()).collect();
    let dates = sqlx::query!(
        r#"SELECT ref, published_at AS "published_at!", updated_at FROM technologies
           WHERE ref = ANY($1) AND published_at IS NOT NULL"#,
        &refs
    )
    .fetch_all(&state.pool)
    .await?;
    let base = base(&headers);
    let listed = search.to_query_string();
    let entries: Vec<FeedEntry> = results
        .hits
        .iter()
        .take(ENTRIES as usize)
        .filter_map(|hit| {
            let dates = dates.iter().find(|d| d.r#ref == hit.reference)?;
            Some(FeedEntry {
                id: format!("{TAG}:technology/{}", hit.reference),
                title: hit.title_en.clone(),
                href: format!("{base}/technologies/{}", hit.reference),
                summary: hit.summary_en.clone(),
                published: rfc3339(dates.published_at),
                updated: rfc3339(dates.updated_at),
            })
        })
        .collect();
    let suffix = if listed.is_empty() {
        String::new()
    } else {
        format!("?{listed}")
    };
    let title = if search.text.is_empty() && listed.is_empty() {
        "New technologies".to_owned()
    } else {
        format!(
            "New technologies: {}",
            if search.text.is_empty() {
                listed.clone()
            } else {
                search.text.clone()
            }
        )
    };
    respond(Feed {
        id: format!("{TAG}:technologies{suffix}"),
        title,
        self_href: format!("{base}/feeds/technologies.atom{suffix}"),
        alternate: format!("{base}/technologies{suffix}"),
        updated: entries
            .iter()
            .map(|e| e.updated.clone())
            .max()
            .unwrap_or_else(|| rfc3339(time::OffsetDateTime::UNIX_EPOCH)),
        entries,
    })
}

/// `GET /feeds/needs.atom?country=TH`: the newest needs, of one ASEAN country or all.
pub async fn needs(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Response> {
    let country = url::form_urlencoded::parse(query.as_deref().unwrap_or_default().as_bytes())
        .find(|(k, _)| k == "country")
        .map(|(_, v)| v.into_owned())
        .filter(|c| crate::catalogue::codes::ASEAN.contains(&c.as_str()));
    let rows = sqlx::query!(
        r#"SELECT n.ref, n.title, n.description, c.name_en AS country_name, n.published_at AS "published_at!", n.updated_at
           FROM needs n JOIN countries c ON c.code = n.country
           WHERE n.status = 'published' AND ($1::text IS NULL OR n.country = $1)
           ORDER BY n.published_at DESC, n.ref DESC LIMIT $2"#,
        country,
        ENTRIES
    )
    .fetch_all(&state.pool)
    .await?;
    let base = base(&headers);
    let suffix = country
        .as_ref()
        .map(|c| format!("?country={c}"))
        .unwrap_or_default();
    let entries: Vec<FeedEntry> = rows
        .into_iter()
        .map(|r| FeedEntry {
            id: format!("{TAG}:need/{}", r.r#ref),
            title: r.title,
            href: format!("{base}/needs/{}", r.r#ref),
            summary: format!(
                "{}: {}",
                r.country_name,
                r.description.chars().take(500).collect::<String>()
            ),
            published: rfc3339(r.published_at),
            updated: rfc3339(r.updated_at),
        })
        .collect();
    respond(Feed {
        id: format!("{TAG}:needs{suffix}"),
        title: match &country {
            Some(code) => format!("New needs from {code}"),
            None => "New needs from ASEAN".to_owned(),
        },
        self_href: format!("{base}/feeds/needs.atom{suffix}"),
        alternate: format!("{base}/needs{suffix}"),
        updated: entries
            .iter()
            .map(|e| e.updated.clone())
            .max()
            .unwrap_or_else(|| rfc3339(time::OffsetDateTime::UNIX_EPOCH)),
        entries,
    })
}
