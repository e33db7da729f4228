//! Headline figures of the public catalogue, counted live from the database.

use sqlx::PgPool;

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Figures {
    pub technologies: i64,
    pub institutions: i64,
    pub alliance_members: i64,
    pub needs: i64,
    pub countries_with_needs: i64,
}

pub async fn figures(pool: &PgPool) -> sqlx::Result<Figures> {
    sqlx::query_as!(
        Figures,
        r#"SELECT
            (SELECT count(*) FROM technologies WHERE status = 'published') AS "technologies!",
            (SELECT count(*) FROM institutions WHERE status = 'published') AS "institutions!",
            (SELECT count(*) FROM institutions WHERE status = 'published' AND alliance_member) AS "alliance_members!",
            (SELECT count(*) FROM needs WHERE status = 'published') AS "needs!",
            (SELECT count(DISTINCT country) FROM needs WHERE status = 'published') AS "countries_with_needs!""#
    )
    .fetch_one(pool)
    .await
}
