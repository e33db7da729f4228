//! The institutions directory, the needs board and the ASEAN countries: filtered lists and one
//! entry each. Filters are plain GET parameters; unknown or invalid values are ignored.

use crate::catalogue::codes::Labelled;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use serde::Deserialize;

use super::session::Layout;
use super::technologies::Pagination;
use super::{AppState, Error, Result};
use crate::catalogue::countries::{self, CountryFigures};
use crate::catalogue::institutions::{self, Institution, InstitutionFilter};
use crate::catalogue::needs::{self, Need, NeedFilter};
use crate::catalogue::search::{self, Facet, SearchQuery, TechnologyCard, page_count, page_number};
use crate::catalogue::{Domain, InstitutionKind, Language, OrgKind};
use crate::matching::store::{self, Candidate, DismissalReason};

/// A choice of a filter's `<select>`: value, label, selected.
pub type Choice = (String, String, bool);

fn choices<T: Copy + PartialEq + Labelled>(layout: &Layout, all: &[T], chosen: Option<T>) -> Vec<Choice> {
    all.iter()
        .map(|v| (v.code().to_owned(), layout.label(v), Some(*v) == chosen))
        .collect()
}

/// A page's title, with its page number after the first.
pub fn paged(layout: &Layout, title: String, page: i64) -> String {
    match page {
        1 => title,
        page => layout.t_with("title-page", &[("title", title.into()), ("page", page.into())]),
    }
}

/// `path?pairs&page=N`, leaving out empty values and page 1.
fn link(path: &str, pairs: &[(&str, &str)], page: i64) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    for (key, value) in pairs.iter().filter(|(_, v)| !v.is_empty()) {
        query.append_pair(key, value);
    }
    if page > 1 {
        query.append_pair("page", &page.to_string());
    }
    let query = query.finish();
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct InstitutionParams {
    kind: Option<String>,
    /// A country code, or `CN:Province` for a Chinese province.
    place: Option<String>,
    member: Option<String>,
    page: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "institutions/list.html")]
pub struct InstitutionsPage {
    layout: Layout,
    title: String,
    institutions: Vec<Institution>,
    total: i64,
    kinds: Vec<Choice>,
    places: Vec<Choice>,
    members: Vec<Choice>,
    filtered: bool,
    pagination: Pagination,
}

pub async fn institutions(
    State(state): State<AppState>,
    layout: Layout,
    Query(params): Query<InstitutionParams>,
) -> Result<InstitutionsPage> {
    let kind = params
        .kind
        .as_deref()
        .and_then(|k| InstitutionKind::parse(k).ok());
    let place = params.place.clone().unwrap_or_default();
    let (country, province) = match place.split_once(':') {
        Some((country, province)) => (Some(country.to_owned()), Some(province.to_owned())),
        None if !place.is_empty() => (Some(place.clone()), None),
        None => (None, None),
    };
    let member = match params.member.as_deref() {
        Some("yes") => Some(true),
        Some("no") => Some(false),
        _ => None,
    };
    let filter = InstitutionFilter {
        kind,
        country,
        province,
        alliance_member: member,
        page: page_number(params.page.as_deref()),
    };
    let (institutions, total) = institutions::list(&state.pool, &filter).await?;
    let places = institutions::places(&state.pool)
        .await?
        .into_iter()
        .map(|(code, name, province)| {
            let (value, label) = match province {
                Some(province) => (format!("{code}:{province}"), format!("{name} — {province}")),
                None => (code, name),
            };
            let selected = value == place;
            (value, label, selected)
        })
        .collect();
    let member_code = params.member.clone().unwrap_or_default();
    let kind_code = kind.map(InstitutionKind::code).unwrap_or_default();
    let pagination = Pagination::new(filter.page, page_count(total), |page| {
        link(
            "/institutions",
            &[("kind", kind_code), ("place", &place), ("member", &member_code)],
            page,
        )
    });
    let members = vec![
        (
            "yes".to_owned(),
            layout.t("institutions-members"),
            member == Some(true),
        ),
        (
            "no".to_owned(),
            layout.t("institutions-not-members"),
            member == Some(false),
        ),
    ];
    let kinds = choices(&layout, InstitutionKind::ALL, kind);
    Ok(InstitutionsPage {
        title: paged(&layout, layout.t("nav-institutions"), filter.page),
        layout,
        institutions,
        total,
        kinds,
        places,
        members,
        filtered: kind.is_some() || !place.is_empty() || member.is_some(),
        pagination,
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "institutions/show.html")]
pub struct InstitutionPage {
    layout: Layout,
    institution: Institution,
    technologies: Vec<TechnologyCard>,
}

pub async fn institution(
    State(state): State<AppState>,
    layout: Layout,
    Path(reference): Path<String>,
) -> Result<InstitutionPage> {
    let institution = institutions::find(&state.pool, &reference)
        .await?
        .ok_or(Error::NotFound)?;
    let technologies = institutions::technologies(&state.pool, &reference).await?;
    Ok(InstitutionPage {
        layout,
        institution,
        technologies,
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct NeedParams {
    country: Option<String>,
    domain: Option<String>,
    org_kind: Option<String>,
    language: Option<String>,
    page: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "needs/list.html")]
pub struct NeedsPage {
    layout: Layout,
    title: String,
    needs: Vec<Need>,
    total: i64,
    countries: Vec<Choice>,
    domains: Vec<Choice>,
    org_kinds: Vec<Choice>,
    languages: Vec<Choice>,
    filtered: bool,
    pagination: Pagination,
}

pub async fn needs(
    State(state): State<AppState>,
    layout: Layout,
    Query(params): Query<NeedParams>,
) -> Result<NeedsPage> {
    let asean = countries::asean(&state.pool).await?;
    let country = params
        .country
        .clone()
        .filter(|c| asean.iter().any(|a| &a.code == c));
    let domain = params.domain.as_deref().and_then(|d| Domain::parse(d).ok());
    let org_kind = params.org_kind.as_deref().and_then(|k| OrgKind::parse(k).ok());
    let language = params.language.as_deref().and_then(|l| Language::parse(l).ok());
    let filter = NeedFilter {
        country: country.clone(),
        domain,
        org_kind,
        language,
        page: page_number(params.page.as_deref()),
    };
    let (needs, total) = needs::list(&state.pool, &filter).await?;
    let country_code = country.clone().unwrap_or_default();
    let pairs = [
        ("country", country_code.as_str()),
        ("domain", domain.map(Domain::code).unwrap_or_default()),
        ("org_kind", org_kind.map(OrgKind::code).unwrap_or_default()),
        ("language", language.map(Language::code).unwrap_or_default()),
    ];
    let pagination = Pagination::new(filter.page, page_count(total), |page| {
        link("/needs", &pairs, page)
    });
    let title = match asean.iter().find(|a| Some(&a.code) == country.as_ref()) {
        Some(c) => layout.t1("needs-from", "country", layout.country(&c.code, &c.name_en)),
        None => layout.t("nav-needs"),
    };
    let countries = asean
        .iter()
        .map(|c| {
            (
                c.code.clone(),
                layout.country(&c.code, &c.name_en),
                Some(&c.code) == country.as_ref(),
            )
        })
        .collect();
    let domains = choices(&layout, Domain::ALL, domain);
    let org_kinds = choices(&layout, OrgKind::ALL, org_kind);
    let languages = choices(&layout, Language::ALL, language);
    Ok(NeedsPage {
        title: paged(&layout, title, filter.page),
        layout,
        needs,
        total,
        countries,
        domains,
        org_kinds,
        languages,
        filtered: country.is_some() || domain.is_some() || org_kind.is_some() || language.is_some(),
        pagination,
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "needs/show.html")]
pub struct NeedPage {
    layout: Layout,
    need: Need,
    /// A catalogue search for the need's domain, to look beyond the candidates.
    catalogue_href: String,
    candidates: Vec<Candidate>,
    dismissal_reasons: Vec<(&'static str, String)>,
    /// A refused verdict: the candidate it was about, the problem, and the note as typed.
    feedback_error: Option<(String, String, String)>,
    history: Vec<crate::review::audit::Entry>,
    /// Whether a member of the organisation that posted it is looking.
    is_owner: bool,
}

impl NeedPage {
    fn error_for(&self, technology: &str) -> Option<&(String, String, String)> {
        self.feedback_error.as_ref().filter(|(t, _, _)| t == technology)
    }
}

/// How many candidates a need's page shows.
const CANDIDATES_SHOWN: i64 = 10;

pub async fn need(
    State(state): State<AppState>,
    layout: Layout,
    Path(reference): Path<String>,
) -> Result<NeedPage> {
    need_page(&state, layout, &reference, None).await
}

/// A need's page; staff also see dismissed candidates and give verdicts.
pub(super) async fn need_page(
    state: &AppState,
    layout: Layout,
    reference: &str,
    feedback_error: Option<(String, String, String)>,
) -> Result<NeedPage> {
    let need = needs::find(&state.pool, reference)
        .await?
        .ok_or(Error::NotFound)?;
    let mut query = SearchQuery::default();
    query.text = need.keywords.join(" or ");
    if let Some(domain) = need.domain {
        query = query.with_filter(Facet::Domain, domain.code());
    }
    let catalogue_href = format!("/technologies?{}", query.to_query_string());
    let candidates = store::candidates(&state.pool, reference, CANDIDATES_SHOWN, layout.is_staff()).await?;
    let organisation = layout.user.as_ref().and_then(|u| u.organisation_id);
    let is_owner = needs::posted_by(&state.pool, reference, organisation).await?;
    let history =
        super::entries::staff_history(state, &layout, crate::catalogue::EntryKind::Need, reference).await?;
    let dismissal_reasons = DismissalReason::ALL
        .iter()
        .map(|r| (r.code(), layout.label(r)))
        .collect();
    Ok(NeedPage {
        history,
        layout,
        need,
        catalogue_href,
        candidates,
        dismissal_reasons,
        feedback_error,
        is_owner,
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "countries/list.html")]
pub struct CountriesPage {
    layout: Layout,
    countries: Vec<CountryFigures>,
}

pub async fn countries(State(state): State<AppState>, layout: Layout) -> Result<CountriesPage> {
    Ok(CountriesPage {
        layout,
        countries: countries::asean(&state.pool).await?,
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "countries/show.html")]
pub struct CountryPage {
    layout: Layout,
    country: CountryFigures,
    needs: Vec<Need>,
    needs_href: String,
    technologies: Vec<TechnologyCard>,
    technologies_href: String,
    institutions: Vec<Institution>,
}

pub async fn country(
    State(state): State<AppState>,
    layout: Layout,
    Path(code): Path<String>,
) -> Result<CountryPage> {
    let country = countries::find(&state.pool, &code)
        .await?
        .ok_or(Error::NotFound)?;
    let need_filter = NeedFilter {
        country: Some(country.code.clone()),
        page: 1,
        ..NeedFilter::default()
    };
    let (needs, _) = needs::list(&state.pool, &need_filter).await?;
    let deployed = SearchQuery::default().with_filter(Facet::Country, &country.code);
    let technologies = search::search(&state.pool, &deployed).await?.hits;
    let institution_filter = InstitutionFilter {
        country: Some(country.code.clone()),
        page: 1,
        ..Default::default()
    };
    let (institutions, _) = institutions::list(&state.pool, &institution_filter).await?;
    Ok(CountryPage {
        layout,
        needs_href: link("/needs", &[("country", &country.code)], 1),
        technologies_href: format!("/technologies?{}", deployed.to_query_string()),
        country,
        needs,
        technologies,
        institutions,
    })
}
