//! Reading published needs: the filtered board and one need.

use sqlx::{PgPool, Postgres, QueryBuilder};

use super::{BudgetBand, CooperationMode, Domain, Language, OrgKind};

#[derive(Debug, Clone, Default)]
pub struct NeedFilter {
    pub country: Option<String>,
    pub domain: Option<Domain>,
    pub org_kind: Option<OrgKind>,
    pub language: Option<Language>,
    pub page: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Need {
    pub reference: String,
    pub title: String,
    pub description: String,
    pub language: Language,
    pub country: String,
    pub country_name: String,
    pub organisation: String,
    pub org_kind: OrgKind,
    pub domain: Option<Domain>,
    pub keywords: Vec<String>,
    pub min_trl: Option<i16>,
    pub cooperation: Vec<CooperationMode>,
    pub budget_band: Option<BudgetBand>,
    pub sdgs: Vec<i16>,
    pub deadline: Option<time::Date>,
    pub published_at: Option<time::OffsetDateTime>,
    /// When its owner last confirmed it is current.
    pub confirmed_at: time::OffsetDateTime,
}

const COLUMNS: &str = "n.ref AS reference, n.title, n.description, n.language, n.country, \
     c.name_en AS country_name, n.organisation, n.org_kind, n.domain, n.keywords, n.min_trl, \
     n.cooperation, n.budget_band, n.sdgs, n.deadline, n.published_at, n.confirmed_at";

fn push_filtered(qb: &mut QueryBuilder<Postgres>, filter: &NeedFilter) {
    qb.push(" FROM needs n JOIN countries c ON c.code = n.country WHERE n.status = 'published'");
    if let Some(country) = &filter.country {
        qb.push(" AND n.country = ").push_bind(country.clone());
    }
    if let Some(domain) = filter.domain {
        qb.push(" AND n.domain = ").push_bind(domain);
    }
    if let Some(kind) = filter.org_kind {
        qb.push(" AND n.org_kind = ").push_bind(kind);
    }
    if let Some(language) = filter.language {
        qb.push(" AND n.language = ").push_bind(language);
    }
}

/// One page of the board, newest first, and the number of needs matching.
pub async fn list(pool: &PgPool, filter: &NeedFilter) -> sqlx::Result<(Vec<Need>, i64)> {
    super::paged(
        pool,
        COLUMNS,
        |qb| push_filtered(qb, filter),
        "n.published_at DESC, n.ref DESC",
        filter.page,
    )
    .await
}

pub async fn find(pool: &PgPool, reference: &str) -> sqlx::Result<Option<Need>> {
    let mut qb = QueryBuilder::new("SELECT ");
    qb.push(COLUMNS);
    push_filtered(&mut qb, &NeedFilter::default());
    qb.push(" AND n.ref = ").push_bind(reference.to_owned());
    qb.build_query_as().fetch_optional(pool).await
}

/// Whether a published need has this ref.
pub async fn is_published(pool: &PgPool, reference: &str) -> sqlx::Result<bool> {
    sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT FROM needs WHERE ref = $1 AND status = 'published') AS "found!""#,
        reference
    )
    .fetch_one(pool)
    .await
}

/// Whether the need was posted by `organisation` through the portal.
pub async fn posted_by(pool: &PgPool, reference: &str, organisation: Option<i64>) -> sqlx::Result<bool> {
    let Some(organisation) = organisation else {
        return Ok(false);
    };
    sqlx::query_scalar!(
        r#"SELECT EXISTS (SELECT FROM needs WHERE ref = $1 AND organisation_id = $2) AS "posted!""#,
        reference,
        organisation
    )
    .fetch_one(pool)
    .await
}
