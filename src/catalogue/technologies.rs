//! Reading published technologies: one in full, the latest, the related ones, counts.

use sqlx::PgPool;

use super::search::TechnologyCard;
use super::{BudgetBand, CooperationMode, Domain, IpKind};

/// One technology with everything its page shows.
#[derive(Debug, Clone)]
pub struct Technology {
    pub id: i64,
    pub reference: String,
    pub title_en: String,
    pub title_zh: Option<String>,
    pub summary_en: String,
    pub summary_zh: Option<String>,
    pub description_en: Option<String>,
    pub domain: Domain,
    pub keywords: Vec<String>,
    pub trl: i16,
    pub ip: IpKind,
    pub cooperation: Vec<CooperationMode>,
    pub budget_band: Option<BudgetBand>,
    pub sdgs: Vec<i16>,
    /// Country codes and English names, by name.
    pub deployed_in: Vec<(String, String)>,
    pub institution_ref: String,
    pub institution_name: String,
    pub institution_name_zh: Option<String>,
    pub institution_province: Option<String>,
    pub institution_country: String,
    pub published_at: Option<time::OffsetDateTime>,
    pub updated_at: time::OffsetDateTime,
    /// When its owner last confirmed it is current.
    pub confirmed_at: time::OffsetDateTime,
}

/// A published technology by its ref.
pub async fn find(pool: &PgPool, reference: &str) -> sqlx::Result<Option<Technology>> {
    let row = sqlx::query!(
        r#"SELECT t.id, t.ref, t.title_en, t.title_zh, t.summary_en, t.summary_zh, t.description_en,
                  t.domain AS "domain: Domain", t.keywords, t.trl, t.ip AS "ip: IpKind",
                  t.cooperation AS "cooperation: Vec<CooperationMode>",
                  t.budget_band AS "budget_band: BudgetBand", t.sdgs, t.published_at, t.updated_at, t.confirmed_at,
                  i.ref AS institution_ref, i.name_en AS institution_name,
                  i.name_zh AS institution_name_zh, i.province AS institution_province,
                  i.country AS institution_country,
                  ARRAY(SELECT d.country FROM technology_deployments d JOIN countries c ON c.code = d.country
                        WHERE d.technology_id = t.id ORDER BY c.name_en) AS "deployed_codes!",
                  ARRAY(SELECT c.name_en FROM technology_deployments d JOIN countries c ON c.code = d.country
                        WHERE d.technology_id = t.id ORDER BY c.name_en) AS "deployed_names!"
           FROM technologies t JOIN institutions i ON i.id = t.institution_id
           WHERE t.ref = $1 AND t.status = 'published'"#,
        reference
    )
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|r| Technology {
        id: r.id,
        reference: r.r#ref,
        title_en: r.title_en,
        title_zh: r.title_zh,
        summary_en: r.summary_en,
        summary_zh: r.summary_zh,
        description_en: r.description_en,
        domain: r.domain,
        keywords: r.keywords,
        trl: r.trl,
        ip: r.ip,
        cooperation: r.cooperation,
        budget_band: r.budget_band,
        sdgs: r.sdgs,
        deployed_in: r.deployed_codes.into_iter().zip(r.deployed_names).collect(),
        institution_ref: r.institution_ref,
        institution_name: r.institution_name,
        institution_name_zh: r.institution_name_zh,
        institution_province: r.institution_province,
        institution_country: r.institution_country,
        published_at: r.published_at,
        updated_at: r.updated_at,
        confirmed_at: r.confirmed_at,
    }))
}

/// Technologies close to `technology`: same domain, most shared keywords and words first.
pub async fn related(
    pool: &PgPool,
    technology: &Technology,
    limit: i64,
) -> sqlx::Result<Vec<TechnologyCard>> {
    sqlx::query_as!(
        TechnologyCard,
        r#"SELECT t.ref AS reference, t.title_en, t.title_zh, t.summary_en,
                  t.domain AS "domain: Domain", t.trl, i.ref AS institution_ref,
                  i.name_en AS institution_name, i.province, i.country
           FROM technologies t JOIN institutions i ON i.id = t.institution_id,
                technologies this
           WHERE this.id = $1 AND t.id <> this.id AND t.status = 'published'
             AND (t.domain = this.domain OR t.keywords && this.keywords)
           ORDER BY cardinality(ARRAY(SELECT unnest(t.keywords) INTERSECT SELECT unnest(this.keywords))) DESC,
                    ts_rank(t.search, websearch_to_tsquery('english', array_to_string(
                        tsvector_to_array(to_tsvector('english', this.title_en)), ' or '))) DESC,
                    (t.domain = this.domain) DESC, t.ref
           LIMIT $2"#,
        technology.id,
        limit
    )
    .fetch_all(pool)
    .await
}

/// The most recently published technologies.
pub async fn latest(pool: &PgPool, limit: i64) -> sqlx::Result<Vec<TechnologyCard>> {
    sqlx::query_as!(
        TechnologyCard,
        r#"SELECT t.ref AS reference, t.title_en, t.title_zh, t.summary_en,
                  t.domain AS "domain: Domain", t.trl, i.ref AS institution_ref,
                  i.name_en AS institution_name, i.province, i.country
           FROM technologies t JOIN institutions i ON i.id = t.institution_id
           WHERE t.status = 'published'
           ORDER BY t.published_at DESC, t.ref DESC
           LIMIT $1"#,
        limit
    )
    .fetch_all(pool)
    .await
}

/// Published technologies per domain, every domain listed (zero when it has none).
pub async fn count_by_domain(pool: &PgPool) -> sqlx::Result<Vec<(Domain, i64)>> {
    let counts = sqlx::query!(
        r#"SELECT domain AS "domain: Domain", count(*) AS "n!"
           FROM technologies WHERE status = 'published' GROUP BY domain"#
    )
    .fetch_all(pool)
    .await?;
    Ok(Domain::ALL
        .iter()
        .map(|d| (*d, counts.iter().find(|c| c.domain == *d).map_or(0, |c| c.n)))
        .collect())
}
