//! The ten ASEAN countries and what the catalogue holds for each.

use sqlx::PgPool;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CountryFigures {
    pub code: String,
    pub name_en: String,
    pub name_zh: Option<String>,
    /// Published needs posted from the country.
    pub needs: i64,
    /// Published technologies already deployed there.
    pub technologies: i64,
    /// Published institutions based there.
    pub institutions: i64,
}

const QUERY: &str = "SELECT c.code, c.name_en, c.name_zh,
        (SELECT count(*) FROM needs n WHERE n.country = c.code AND n.status = 'published') AS needs,
        (SELECT count(*) FROM technology_deployments d JOIN technologies t ON t.id = d.technology_id
          WHERE d.country = c.code AND t.status = 'published') AS technologies,
        (SELECT count(*) FROM institutions i WHERE i.country = c.code AND i.status = 'published') AS institutions
     FROM countries c WHERE c.asean";

/// The ten members, by English name.
pub async fn asean(pool: &PgPool) -> sqlx::Result<Vec<CountryFigures>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{QUERY} ORDER BY c.name_en")))
        .fetch_all(pool)
        .await
}

/// One ASEAN member by its ISO code.
pub async fn find(pool: &PgPool, code: &str) -> sqlx::Result<Option<CountryFigures>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{QUERY} AND c.code = $1")))
        .bind(code)
        .fetch_optional(pool)
        .await
}

/// English names of the given country codes.
pub async fn names(pool: &PgPool, codes: &[String]) -> sqlx::Result<Vec<(String, String)>> {
    sqlx::query_as("SELECT code, name_en FROM countries WHERE code = ANY($1)")
        .bind(codes)
        .fetch_all(pool)
        .await
}
