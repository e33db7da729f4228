//! Reading published institutions: the filtered directory and one institution.

use sqlx::{PgPool, Postgres, QueryBuilder};

use super::InstitutionKind;
use super::search::{CARD_COLUMNS, TechnologyCard};

/// The directory's filters; `None` means any.
#[derive(Debug, Clone, Default)]
pub struct InstitutionFilter {
    pub kind: Option<InstitutionKind>,
    pub country: Option<String>,
    pub province: Option<String>,
    pub alliance_member: Option<bool>,
    pub page: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Institution {
    pub reference: String,
    pub name_en: String,
    pub name_zh: Option<String>,
    pub kind: InstitutionKind,
    pub country: String,
    pub country_name: String,
    pub province: Option<String>,
    pub city: Option<String>,
    pub website: Option<String>,
    pub alliance_member: bool,
    pub joined_on: Option<time::Date>,
    /// Its published technologies.
    pub technologies: i64,
}

const COLUMNS: &str = "i.ref AS reference, i.name_en, i.name_zh, i.kind, i.country, c.name_en AS country_name, \
     i.province, i.city, i.website, i.alliance_member, i.joined_on, \
     (SELECT count(*) FROM technologies t WHERE t.institution_id = i.id AND t.status = 'published') AS technologies";

fn push_filtered(qb: &mut QueryBuilder<Postgres>, filter: &InstitutionFilter) {
    qb.push(" FROM institutions i JOIN countries c ON c.code = i.country WHERE i.status = 'published'");
    if let Some(kind) = filter.kind {
        qb.push(" AND i.kind = ").push_bind(kind);
    }
    if let Some(country) = &filter.country {
        qb.push(" AND i.country = ").push_bind(country.clone());
    }
    if let Some(province) = &filter.province {
        qb.push(" AND i.province = ").push_bind(province.clone());
    }
    if let Some(member) = filter.alliance_member {
        qb.push(" AND i.alliance_member = ").push_bind(member);
    }
}

/// One page of the directory, by name, and the number of institutions matching.
pub async fn list(pool: &PgPool, filter: &InstitutionFilter) -> sqlx::Result<(Vec<Institution>, i64)> {
    super::paged(
        pool,
        COLUMNS,
        |qb| push_filtered(qb, filter),
        "i.name_en, i.ref",
        filter.page,
    )
    .await
}

pub async fn find(pool: &PgPool, reference: &str) -> sqlx::Result<Option<Institution>> {
    let mut qb = QueryBuilder::new("SELECT ");
    qb.push(COLUMNS);
    push_filtered(&mut qb, &InstitutionFilter::default());
    qb.push(" AND i.ref = ").push_bind(reference.to_owned());
    qb.build_query_as().fetch_optional(pool).await
}

/// The published technologies of an institution, newest first.
pub async fn technologies(pool: &PgPool, reference: &str) -> sqlx::Result<Vec<TechnologyCard>> {
    let mut qb = QueryBuilder::new("SELECT ");
    qb.push(CARD_COLUMNS);
    qb.push(" FROM technologies t JOIN institutions i ON i.id = t.institution_id WHERE t.status = 'published' AND i.ref = ")
        .push_bind(reference.to_owned());
    qb.push(" ORDER BY t.published_at DESC, t.ref");
    qb.build_query_as().fetch_all(pool).await
}

/// The places institutions are in, for the directory's filter: (country code, country name,
/// province or None), sorted with China's provinces first.
pub async fn places(pool: &PgPool) -> sqlx::Result<Vec<(String, String, Option<String>)>> {
    sqlx::query_as(
        "SELECT country, name_en, province FROM (
             SELECT DISTINCT i.country, c.name_en, CASE WHEN i.country = 'CN' THEN i.province END AS province
             FROM institutions i JOIN countries c ON c.code = i.country WHERE i.status = 'published'
         ) AS places
         ORDER BY (country <> 'CN'), name_en, province NULLS FIRST",
    )
    .fetch_all(pool)
    .await
}

/// Published institutions as (ref, name) for a form's list, by name.
pub async fn choices(conn: &mut sqlx::PgConnection) -> sqlx::Result<Vec<(String, String)>> {
    sqlx::query_as("SELECT ref, name_en FROM institutions WHERE status = 'published' ORDER BY name_en")
        .fetch_all(&mut *conn)
        .await
}
