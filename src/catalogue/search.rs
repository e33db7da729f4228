//! Searching the published technologies: full text in English and Chinese, ranked by
//! relevance, with facets whose counts follow the other filters.
//!
//! A search is one [`SearchQuery`], parsed from (and written back to) a URL query string, so
//! every state of the catalogue page can be shared. Within one facet the chosen values are
//! alternatives (OR); across facets they all apply (AND). Each facet's counts apply every filter
//! but its own, so a count is what choosing that value alone in the facet would give.

use sqlx::{PgPool, Postgres, QueryBuilder};

use super::words::query_words;
use super::{BudgetBand, CooperationMode, Domain, IpKind};
use crate::glossary::GLOSSARY;

pub const PAGE_SIZE: i64 = 20;

/// How many pages of [`PAGE_SIZE`] hold `total` rows (one, even when empty).
pub fn page_count(total: i64) -> i64 {
    ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1)
}

/// A page number from a URL: 1 when missing or unreadable, and never beyond page 10,000.
pub fn page_number(text: Option<&str>) -> i64 {
    text.and_then(|p| p.parse().ok()).unwrap_or(1i64).clamp(1, 10_000)
}

/// The facets of the catalogue, in the order the page shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    Domain,
    TrlBand,
    Ip,
    Cooperation,
    BudgetBand,
    Sdg,
    Country,
    Province,
}

impl Facet {
    pub const ALL: [Facet; 8] = [
        Facet::Domain,
        Facet::TrlBand,
        Facet::Ip,
        Facet::Cooperation,
        Facet::BudgetBand,
        Facet::Sdg,
        Facet::Country,
        Facet::Province,
    ];

    /// The URL parameter of the facet.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Domain => "domain",
            Facet::TrlBand => "trl",
            Facet::Ip => "ip",
            Facet::Cooperation => "cooperation",
            Facet::BudgetBand => "budget",
            Facet::Sdg => "sdg",
            Facet::Country => "country",
            Facet::Province => "province",
        }
    }

    fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }

    /// Whether `value` is a valid value of this facet (unknown values in a URL are ignored).
    fn accepts(self, value: &str) -> bool {
        match self {
            Facet::Domain => Domain::parse(value).is_ok(),
            Facet::TrlBand => TrlBand::parse(value).is_some(),
            Facet::Ip => IpKind::parse(value).is_ok(),
            Facet::Cooperation => CooperationMode::parse(value).is_ok(),
            Facet::BudgetBand => BudgetBand::parse(value).is_ok(),
            Facet::Sdg => value.parse::<i16>().is_ok_and(|n| (1..=17).contains(&n)),
            Facet::Country => value.len() == 2 && value.bytes().all(|b| b.is_ascii_uppercase()),
            Facet::Province => !value.is_empty() && value.chars().count() <= 200,
        }
    }
}

impl crate::catalogue::codes::Labelled for Facet {
    fn list(&self) -> &'static str {
        "facet"
    }
    fn code(&self) -> &'static str {
        self.key()
    }
}

/// Readiness bands: research (TRL 1–3), development (4–6), deployment (7–9).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrlBand {
    Research,
    Development,
    Deployment,
}

impl crate::catalogue::codes::Labelled for TrlBand {
    fn list(&self) -> &'static str {
        "trl_band"
    }
    fn code(&self) -> &'static str {
        TrlBand::code(*self)
    }
}

impl TrlBand {
    pub const ALL: [TrlBand; 3] = [TrlBand::Research, TrlBand::Development, TrlBand::Deployment];

    pub fn code(self) -> &'static str {
        match self {
            TrlBand::Research => "1-3",
            TrlBand::Development => "4-6",
            TrlBand::Deployment => "7-9",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            TrlBand::Research => "TRL 1–3: research",
            TrlBand::Development => "TRL 4–6: development and pilots",
            TrlBand::Deployment => "TRL 7–9: demonstrated and in use",
        }
    }

    pub fn parse(code: &str) -> Option<TrlBand> {
        TrlBand::ALL.into_iter().find(|b| b.code() == code)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Best match first; newest first when there is no text.
    #[default]
    Relevance,
    Newest,
    /// Most ready first.
    Trl,
}

impl crate::catalogue::codes::Labelled for Sort {
    fn list(&self) -> &'static str {
        "sort"
    }
    fn code(&self) -> &'static str {
        Sort::code(*self)
    }
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Relevance, Sort::Newest, Sort::Trl];

    pub fn code(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Newest => "newest",
            Sort::Trl => "trl",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::Relevance => "Relevance",
            Sort::Newest => "Newest",
            Sort::Trl => "Readiness (TRL)",
        }
    }
}

/// One search of the catalogue: what the URL of the catalogue page says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchQuery {
    pub text: String,
    /// Chosen values per facet, in the order of [`Facet::ALL`].
    filters: [Vec<String>; 8],
    pub sort: Sort,
    /// 1-based.
    pub page: i64,
}

impl Default for SearchQuery {
    /// The whole catalogue, first page.
    fn default() -> Self {
        Self {
            text: String::new(),
            filters: Default::default(),
            sort: Sort::default(),
            page: 1,
        }
    }
}

impl SearchQuery {
    /// Reads a URL query string. Unknown parameters and invalid values are ignored, so an old
    /// or hand-edited link still opens a sensible page.
    pub fn from_query_string(query: &str) -> Self {
        let mut search = SearchQuery {
            page: 1,
            ..Default::default()
        };
        for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
            let value = value.trim();
            match key.as_ref() {
                // Control characters (NUL among them) have no place in a search.
                "q" => {
                    search.text = value
                        .chars()
                        .map(|c| if c.is_control() { ' ' } else { c })
                        .take(200)
                        .collect::<String>()
                        .trim()
                        .to_owned()
                }
                "sort" => {
                    search.sort = Sort::ALL
                        .into_iter()
                        .find(|s| s.code() == value)
                        .unwrap_or_default()
                }
                "page" => search.page = page_number(Some(value)),
                key => {
                    if let Some(facet) = Facet::from_key(key)
                        && facet.accepts(value)
                    {
                        let values = &mut search.filters[facet as usize];
                        if !values.iter().any(|v| v == value) && values.len() < 50 {
                            values.push(value.to_owned());
                        }
                    }
                }
            }
        }
        search
    }

    /// The URL query string of this search (without `?`); empty for the whole catalogue.
    pub fn to_query_string(&self) -> String {
        let mut out = url::form_urlencoded::Serializer::new(String::new());
        if !self.text.is_empty() {
            out.append_pair("q", &self.text);
        }
        for facet in Facet::ALL {
            for value in self.values(facet) {
                out.append_pair(facet.key(), value);
            }
        }
        if self.sort != Sort::Relevance {
            out.append_pair("sort", self.sort.code());
        }
        if self.page > 1 {
            out.append_pair("page", &self.page.to_string());
        }
        out.finish()
    }

    pub fn values(&self, facet: Facet) -> &[String] {
        &self.filters[facet as usize]
    }

    pub fn is_selected(&self, facet: Facet, value: &str) -> bool {
        self.values(facet).iter().any(|v| v == value)
    }

    pub fn has_filters(&self) -> bool {
        self.filters.iter().any(|f| !f.is_empty())
    }

    /// The same search with `value` of `facet` added or removed, back on page 1.
    pub fn toggled(&self, facet: Facet, value: &str) -> SearchQuery {
        let mut next = self.clone();
        next.page = 1;
        let values = &mut next.filters[facet as usize];
        match values.iter().position(|v| v == value) {
            Some(index) => {
                values.remove(index);
            }
            None => values.push(value.to_owned()),
        }
        next
    }

    /// The same text with no filters, sorted as before, on page 1.
    pub fn without_filters(&self) -> SearchQuery {
        SearchQuery {
            text: self.text.clone(),
            sort: self.sort,
            page: 1,
            ..SearchQuery::default()
        }
    }

    pub fn with_page(&self, page: i64) -> SearchQuery {
        SearchQuery { page, ..self.clone() }
    }

    pub fn with_filter(mut self, facet: Facet, value: &str) -> SearchQuery {
        if facet.accepts(value) && !self.is_selected(facet, value) {
            self.filters[facet as usize].push(value.to_owned());
        }
        self
    }

    /// The text as PostgreSQL's web search syntax should see it (Chinese cut into words).
    fn text_query(&self) -> Option<String> {
        let words = query_words(&self.text);
        (!words.trim().is_empty()).then_some(words)
    }

    /// For each glossary concept the text names, in any language, its English and Chinese
    /// terms as alternatives in web search syntax: what the catalogue's texts would say. None
    /// when the text uses the search syntax (quotes, `or`, `-word`): it is then meant exactly.
    fn concept_queries(&self) -> Vec<String> {
        let lower = self.text.to_lowercase();
        let exact = lower.contains('"')
            || lower
                .split_whitespace()
                .any(|w| w == "or" || (w.starts_with('-') && w.len() > 1));
        if exact {
            return Vec::new();
        }
        GLOSSARY
            .find(&self.text, None)
            .into_iter()
            .map(|index| {
                let concept = &GLOSSARY.concepts[index];
                let terms: Vec<String> = ["en", "zh"]
                    .iter()
                    .flat_map(|language| concept.terms(language))
                    .map(|term| format!("\"{}\"", query_words(&term.replace('"', " ")).trim()))
                    .collect();
                terms.join(" or ")
            })
            .collect()
    }

    /// The text search as a `tsquery` expression: the words as typed, or every concept they
    /// name. Pushes nothing and answers false when there is no text.
    fn push_tsquery(&self, qb: &mut QueryBuilder<Postgres>) -> bool {
        let Some(text) = self.text_query() else {
            return false;
        };
        qb.push("(websearch_to_tsquery('english', ")
            .push_bind(text)
            .push(")");
        let concepts = self.concept_queries();
        if !concepts.is_empty() {
            qb.push(" || (");
            for (i, concept) in concepts.into_iter().enumerate() {
                if i > 0 {
                    qb.push(" && ");
                }
                qb.push("websearch_to_tsquery('english', ")
                    .push_bind(concept)
                    .push(")");
            }
            qb.push(")");
        }
        qb.push(")");
        true
    }

    /// Adds ` AND <condition>` for every chosen facet.
    fn push_filters(&self, qb: &mut QueryBuilder<Postgres>) {
        for facet in Facet::ALL {
            if !self.values(facet).is_empty() {
                qb.push(" AND ");
                self.push_condition(qb, facet);
            }
        }
    }

    /// The condition of one facet's chosen values (`TRUE` when none is chosen), over
    /// `technologies t JOIN institutions i`.
    fn push_condition(&self, qb: &mut QueryBuilder<Postgres>, facet: Facet) {
        let values = self.values(facet).to_vec();
        if values.is_empty() {
            qb.push("TRUE");
            return;
        }
        match facet {
            Facet::Domain => qb.push("t.domain::text = ANY(").push_bind(values).push(")"),
            Facet::TrlBand => {
                let bands: Vec<i16> =
                    values.iter().filter_map(|v| TrlBand::parse(v)).map(|b| b as i16).collect();
                qb.push("((t.trl - 1) / 3) = ANY(").push_bind(bands).push(")")
            }
            Facet::Ip => qb.push("t.ip::text = ANY(").push_bind(values).push(")"),
            Facet::Cooperation => qb.push("t.cooperation::text[] && ").push_bind(values),
            Facet::BudgetBand => qb.push("t.budget_band::text = ANY(").push_bind(values).push(")"),
            Facet::Sdg => {
                let goals: Vec<i16> = values.iter().filter_map(|v| v.parse().ok()).collect();
                qb.push("t.sdgs && ").push_bind(goals)
            }
            Facet::Country => qb
                .push("EXISTS (SELECT FROM technology_deployments d WHERE d.technology_id = t.id AND d.country = ANY(")
                .push_bind(values)
                .push("))"),
            Facet::Province => qb.push("i.province = ANY(").push_bind(values).push(")"),
        };
    }

    /// `FROM … WHERE` over published technologies matching the text (and the filters when
    /// `filtered`).
    fn push_from_where(&self, qb: &mut QueryBuilder<Postgres>, filtered: bool) {
        qb.push(" FROM technologies t JOIN institutions i ON i.id = t.institution_id");
        qb.push(" WHERE t.status = 'published'");
        if self.text_query().is_some() {
            qb.push(" AND t.search @@ ");
            self.push_tsquery(qb);
        }
        if filtered {
            self.push_filters(qb);
        }
    }
}

/// A technology as a search result shows it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TechnologyCard {
    pub reference: String,
    pub title_en: String,
    pub title_zh: Option<String>,
    pub summary_en: String,
    pub domain: Domain,
    pub trl: i16,
    pub institution_ref: String,
    pub institution_name: String,
    pub province: Option<String>,
    pub country: String,
}

/// The columns of a [`TechnologyCard`], over `technologies t JOIN institutions i`.
pub const CARD_COLUMNS: &str = "t.ref AS reference, t.title_en, t.title_zh, t.summary_en, t.domain, t.trl, \
     i.ref AS institution_ref, i.name_en AS institution_name, i.province, i.country";

#[derive(Debug, Clone)]
pub struct FacetCount {
    pub value: String,
    pub count: i64,
}

#[derive(Debug, Clone)]
pub struct SearchResults {
    pub total: i64,
    pub hits: Vec<TechnologyCard>,
    /// Counts per value, for each facet of [`Facet::ALL`], most frequent first.
    pub facets: Vec<(Facet, Vec<FacetCount>)>,
}

impl SearchResults {
    pub fn pages(&self) -> i64 {
        page_count(self.total)
    }
}

/// Runs a search: the page of hits, the total and every facet's counts.
#[tracing::instrument(skip_all, fields(text = %query.text.len(), page = query.page))]
pub async fn search(pool: &PgPool, query: &SearchQuery) -> sqlx::Result<SearchResults> {
    let (facets, total) = facet_counts(pool, query).await?;

    let mut qb = QueryBuilder::new("SELECT ");
    qb.push(CARD_COLUMNS);
    query.push_from_where(&mut qb, true);
    qb.push(" ORDER BY ");
    match (query.sort, query.text_query()) {
        (Sort::Relevance, Some(text)) => {
            // The words as typed first, then what the glossary's concepts found.
            qb.push("ts_rank(t.search, websearch_to_tsquery('english', ")
                .push_bind(text)
                .push(")) DESC, ts_rank(t.search, ");
            query.push_tsquery(&mut qb);
            qb.push(") DESC, ");
        }
        (Sort::Trl, _) => {
            qb.push("t.trl DESC, ");
        }
        _ => {}
    }
    qb.push("t.published_at DESC, t.ref DESC LIMIT ")
        .push_bind(PAGE_SIZE);
    qb.push(" OFFSET ").push_bind((query.page - 1) * PAGE_SIZE);
    let hits = qb.build_query_as::<TechnologyCard>().fetch_all(pool).await?;
    Ok(SearchResults { total, hits, facets })
}

/// Every facet's counts (each under all filters but its own) and the total, in one statement.
async fn facet_counts(
    pool: &PgPool,
    query: &SearchQuery,
) -> sqlx::Result<(Vec<(Facet, Vec<FacetCount>)>, i64)> {
    // One pass over the technologies matching the text: each row carries, per facet, whether
    // it meets that facet's filter; each facet then counts the rows meeting all the others.
    let mut qb: QueryBuilder<Postgres> = QueryBuilder::new(
        "WITH base AS MATERIALIZED (SELECT t.id, t.domain, t.trl, t.ip, t.cooperation, t.budget_band, t.sdgs, i.province",
    );
    for (index, facet) in Facet::ALL.into_iter().enumerate() {
        qb.push(", (");
        query.push_condition(&mut qb, facet);
        qb.push(format!(") AS f{index}"));
    }
    query.push_from_where(&mut qb, false);
    qb.push(")");
    let all_but = |except: Option<usize>| -> String {
        let flags: Vec<String> = (0..Facet::ALL.len())
            .filter(|i| Some(*i) != except)
            .map(|i| format!("f{i}"))
            .collect();
        flags.join(" AND ")
    };
    for (index, facet) in Facet::ALL.into_iter().enumerate() {
        let (value, join) = match facet {
            Facet::Domain => ("domain::text", ""),
            Facet::TrlBand => ("((trl - 1) / 3)::text", ""),
            Facet::Ip => ("ip::text", ""),
            Facet::Cooperation => ("c::text", " CROSS JOIN unnest(cooperation) AS c"),
            Facet::BudgetBand => ("budget_band::text", ""),
            Facet::Sdg => ("s::text", " CROSS JOIN unnest(sdgs) AS s"),
            Facet::Country => (
                "d.country",
                " JOIN technology_deployments d ON d.technology_id = base.id",
            ),
            Facet::Province => ("province", ""),
        };
        qb.push(if index == 0 { " " } else { " UNION ALL " });
        qb.push(format!(
            "(SELECT {index}::int, {value}, count(*) FROM base{join} WHERE {} AND {value} IS NOT NULL GROUP BY 2)",
            all_but(Some(index))
        ));
    }
    qb.push(format!(
        " UNION ALL (SELECT -1, '', count(*) FROM base WHERE {})",
        all_but(None)
    ));
    let rows: Vec<(i32, Option<String>, i64)> = qb.build_query_as().fetch_all(pool).await?;
    let mut facets: Vec<(Facet, Vec<FacetCount>)> = Facet::ALL.into_iter().map(|f| (f, Vec::new())).collect();
    let mut total = 0;
    for (index, value, count) in rows {
        match usize::try_from(index) {
            Ok(index) if index < facets.len() => {
                let value = value.unwrap_or_default();
                let value = match facets[index].0 {
                    Facet::TrlBand => value
                        .parse::<usize>()
                        .ok()
                        .and_then(|b| TrlBand::ALL.get(b))
                        .map(|b| b.code().to_owned())
                        .unwrap_or(value),
                    _ => value,
                };
                facets[index].1.push(FacetCount { value, count });
            }
            _ => total = count,
        }
    }
    for (facet, counts) in &mut facets {
        match facet {
            // Bands in their natural order; the rest most frequent first.
            Facet::TrlBand => counts.sort_by(|a, b| a.value.cmp(&b.value)),
            Facet::Sdg => counts.sort_by_key(|c| c.value.parse::<i16>().unwrap_or(0)),
            _ => counts.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value))),
        }
    }
    Ok((facets, total))
}

/// Close matches for a misspelt search that found nothing: titles whose words resemble it.
pub async fn close_titles(pool: &PgPool, text: &str) -> sqlx::Result<Vec<(String, String)>> {
    if text.trim().chars().count() < 3 {
        return Ok(Vec::new());
    }
    sqlx::query_as(
        "SELECT ref, title_en FROM technologies
         WHERE status = 'published' AND $1 <% title_en
         ORDER BY word_similarity($1, title_en) DESC, ref LIMIT 5",
    )
    .bind(text.trim())
    .fetch_all(pool)
    .await
}
