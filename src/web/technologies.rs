//! The catalogue: searching technologies, and one technology's page.

use std::collections::HashMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, RawQuery, State};

use super::session::Layout;
use super::{AppState, Error, Result};
use crate::catalogue::search::{
    self, Facet, FacetCount, PAGE_SIZE, SearchQuery, SearchResults, Sort, TechnologyCard, TrlBand,
};
use crate::catalogue::technologies::{self, Technology};
use crate::catalogue::{BudgetBand, CooperationMode, Domain, EntryKind, IpKind, countries};

/// A link of the page: where it goes and what it says.
pub struct Link {
    pub href: String,
    pub label: String,
}

pub struct FacetValue {
    pub label: String,
    pub count: i64,
    pub selected: bool,
    /// The same search with this value switched on or off.
    pub href: String,
}

pub struct FacetView {
    pub title: String,
    pub values: Vec<FacetValue>,
}

pub struct Pagination {
    pub previous: Option<String>,
    pub next: Option<String>,
    /// Page numbers with their links; `None` is a gap.
    pub pages: Vec<Option<(i64, String, bool)>>,
}

impl Pagination {
    /// Links to the pages around `current` of `pages`, made by `href`.
    pub fn new(current: i64, pages: i64, href: impl Fn(i64) -> String) -> Self {
        let mut shown: Vec<Option<(i64, String, bool)>> = Vec::new();
        for page in 1..=pages {
            if page == 1 || page == pages || (page - current).abs() <= 2 {
                shown.push(Some((page, href(page), page == current)));
            } else if shown.last().is_some_and(Option::is_some) {
                shown.push(None);
            }
        }
        Self {
            previous: (current > 1).then(|| href(current - 1)),
            next: (current < pages).then(|| href(current + 1)),
            pages: if pages > 1 { shown } else { Vec::new() },
        }
    }
}

fn href(query: &SearchQuery) -> String {
    let query_string = query.to_query_string();
    if query_string.is_empty() {
        "/technologies".to_owned()
    } else {
        format!("/technologies?{query_string}")
    }
}

fn facet_label(
    layout: &Layout,
    facet: Facet,
    value: &str,
    country_names: &HashMap<String, String>,
) -> String {
    let label = match facet {
        Facet::Domain => Domain::parse(value).ok().map(|c| layout.label(c)),
        Facet::TrlBand => TrlBand::parse(value).map(|c| layout.label(c)),
        Facet::Ip => IpKind::parse(value).ok().map(|c| layout.label(c)),
        Facet::Cooperation => CooperationMode::parse(value).ok().map(|c| layout.label(c)),
        Facet::BudgetBand => BudgetBand::parse(value).ok().map(|c| layout.label(c)),
        Facet::Sdg => value
            .parse::<u8>()
            .ok()
            .filter(|goal| (1..=17).contains(goal))
            .map(|goal| format!("{goal}. {}", layout.t(&format!("sdg-{goal}")))),
        Facet::Country => Some(layout.country(value, country_names.get(value).map_or(value, String::as_str))),
        Facet::Province => None,
    };
    label.unwrap_or_else(|| value.to_owned())
}

#[derive(Template, WebTemplate)]
#[template(path = "technologies/list.html")]
pub struct CataloguePage {
    layout: Layout,
    title: String,
    query: SearchQuery,
    total: i64,
    first: i64,
    last: i64,
    hits: Vec<TechnologyCard>,
    facets: Vec<FacetView>,
    /// The chosen filters, each with the link that removes it.
    chosen: Vec<Link>,
    clear_all: String,
    sorts: Vec<(&'static str, String, bool)>,
    pagination: Pagination,
    close_titles: Vec<(String, String)>,
    /// Hidden fields that keep the filters when the search box or sort is submitted.
    kept_filters: Vec<(&'static str, String)>,
}

pub async fn list(
    State(state): State<AppState>,
    layout: Layout,
    RawQuery(raw): RawQuery,
) -> Result<CataloguePage> {
    let query = SearchQuery::from_query_string(raw.as_deref().unwrap_or(""));
    let results = state
        .searches
        .get_or_load(&state.pool, &query.to_query_string(), async || {
            search::search(&state.pool, &query).await
        })
        .await?;
    let codes: Vec<String> = results
        .facets
        .iter()
        .filter(|(facet, _)| *facet == Facet::Country)
        .flat_map(|(_, counts)| counts.iter().map(|c| c.value.clone()))
        .chain(query.values(Facet::Country).iter().cloned())
        .collect();
    let country_names: HashMap<String, String> =
        countries::names(&state.pool, &codes).await?.into_iter().collect();
    let close_titles = if results.total == 0 && !query.text.is_empty() {
        search::close_titles(&state.pool, &query.text).await?
    } else {
        Vec::new()
    };
    Ok(CataloguePage::new(
        layout,
        query,
        results,
        &country_names,
        close_titles,
    ))
}

impl CataloguePage {
    /// The Atom feed of the newest technologies of this search.
    fn feed_href(&self) -> String {
        let mut query = self.query.clone();
        query.page = 1;
        match query.to_query_string() {
            q if q.is_empty() => "/feeds/technologies.atom".to_owned(),
            q => format!("/feeds/technologies.atom?{q}"),
        }
    }

    fn new(
        layout: Layout,
        query: SearchQuery,
        results: std::sync::Arc<SearchResults>,
        country_names: &HashMap<String, String>,
        close_titles: Vec<(String, String)>,
    ) -> Self {
        let facets = results
            .facets
            .iter()
            .map(|(facet, counts)| {
                let mut values: Vec<FacetValue> = counts
                    .iter()
                    .map(|FacetCount { value, count }| FacetValue {
                        label: facet_label(&layout, *facet, value, country_names),
                        count: *count,
                        selected: query.is_selected(*facet, value),
                        href: href(&query.toggled(*facet, value)),
                    })
                    .collect();
                // A chosen value stays listed even when nothing matches it any more.
                for value in query.values(*facet) {
                    if !counts.iter().any(|c| &c.value == value) {
                        values.push(FacetValue {
                            label: facet_label(&layout, *facet, value, country_names),
                            count: 0,
                            selected: true,
                            href: href(&query.toggled(*facet, value)),
                        });
                    }
                }
                FacetView {
                    title: layout.label(facet),
                    values,
                }
            })
            .collect();
        let chosen = Facet::ALL
            .iter()
            .flat_map(|facet| {
                let (query, layout) = (&query, &layout);
                query.values(*facet).iter().map(move |value| Link {
                    href: href(&query.toggled(*facet, value)),
                    label: format!(
                        "{}: {}",
                        layout.label(facet),
                        facet_label(layout, *facet, value, country_names)
                    ),
                })
            })
            .collect();
        let kept_filters = Facet::ALL
            .iter()
            .flat_map(|facet| query.values(*facet).iter().map(|v| (facet.key(), v.clone())))
            .collect();
        let pages = results.pages();
        let pagination = Pagination::new(query.page, pages, |page| href(&query.with_page(page)));
        let title = match query.text.is_empty() {
            true => layout.t("catalogue-title"),
            false => layout.t1("catalogue-title-search", "text", query.text.as_str()),
        };
        let title = super::directory::paged(&layout, title, query.page);
        let sorts = Sort::ALL
            .iter()
            .map(|s| (s.code(), layout.label(s), *s == query.sort))
            .collect();
        let first = ((query.page - 1) * PAGE_SIZE + 1).min(results.total);
        let last = (query.page * PAGE_SIZE).min(results.total);
        Self {
            layout,
            title,
            total: results.total,
            first,
            last,
            hits: results.hits.clone(),
            facets,
            chosen,
            clear_all: href(&query.without_filters()),
            sorts,
            pagination,
            close_titles,
            kept_filters,
            query,
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "technologies/show.html")]
pub struct TechnologyPage {
    layout: Layout,
    technology: Technology,
    /// The message saying what its readiness level means.
    trl_meaning: String,
    sdgs: Vec<i16>,
    related: Vec<TechnologyCard>,
    domain_href: String,
    /// Published needs it may solve, best first.
    needs: Vec<crate::matching::store::NeedMatch>,
    history: Vec<crate::review::audit::Entry>,
}

/// What a technology's page needs from the database.
pub struct TechnologyData {
    technology: Technology,
    related: Vec<TechnologyCard>,
}

pub async fn show(
    State(state): State<AppState>,
    layout: Layout,
    Path(reference): Path<String>,
) -> Result<TechnologyPage> {
    let data = state
        .technologies
        .get_or_load(&state.pool, &reference, async || -> Result<_> {
            let Some(technology) = technologies::find(&state.pool, &reference).await? else {
                return Ok(None);
            };
            let related = technologies::related(&state.pool, &technology, 4).await?;
            Ok(Some(TechnologyData { technology, related }))
        })
        .await?;
    let TechnologyData { technology, related } = data.as_ref().as_ref().ok_or(Error::NotFound)?;
    let trl_meaning = format!("trl-{}", technology.trl);
    let sdgs = technology
        .sdgs
        .iter()
        .copied()
        .filter(|g| (1..=17).contains(g))
        .collect();
    let domain_href = href(&SearchQuery::default().with_filter(Facet::Domain, technology.domain.code()));
    let history = super::entries::staff_history(&state, &layout, EntryKind::Technology, &reference).await?;
    let needs = crate::matching::store::needs_for(&state.pool, &reference, 5).await?;
    Ok(TechnologyPage {
        needs,
        history,
        layout,
        technology: technology.clone(),
        trl_meaning,
        sdgs,
        related: related.clone(),
        domain_href,
    })
}
