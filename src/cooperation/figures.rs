//! The alliance's figures, counted from the introductions themselves, and the staff's funnel.

use sqlx::PgPool;

use super::Stage;

/// What the home page says the alliance has done.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Achievements {
    /// Introductions an institution accepted.
    pub projects: i64,
    /// Firms that asked for at least one introduction.
    pub enterprises_served: i64,
    /// Introductions that reached a signed agreement.
    pub agreements: i64,
    /// ASEAN countries of the firms in accepted introductions.
    pub countries_reached: i64,
}

pub async fn achievements(pool: &PgPool) -> sqlx::Result<Achievements> {
    let row = sqlx::query!(
        r#"SELECT count(*) FILTER (WHERE x.accepted_at IS NOT NULL) AS "projects!",
                  count(DISTINCT x.organisation_id) AS "enterprises!",
                  count(*) FILTER (WHERE x.stage = 'agreement_signed') AS "agreements!",
                  count(DISTINCT o.country) FILTER (WHERE x.accepted_at IS NOT NULL) AS "countries!"
           FROM introductions x JOIN organisations o ON o.id = x.organisation_id"#
    )
    .fetch_one(pool)
    .await?;
    Ok(Achievements {
        projects: row.projects,
        enterprises_served: row.enterprises,
        agreements: row.agreements,
        countries_reached: row.countries,
    })
}

/// Introductions that reached each stage of the pipeline (or ended), overall and by one
/// dimension (country, domain or province).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FunnelRow {
    pub key: String,
    pub requested: i64,
    pub accepted: i64,
    pub in_discussion: i64,
    pub nda_signed: i64,
    pub pilot: i64,
    pub agreement_signed: i64,
    pub declined: i64,
    pub closed: i64,
}

/// What a funnel can be broken down by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    All,
    Country,
    Domain,
    Province,
}

impl By {
    fn expression(self) -> &'static str {
        match self {
            By::All => "'All introductions'",
            By::Country => "(SELECT c.name_en FROM countries c WHERE c.code = o.country)",
            By::Domain => "t.domain::text",
            By::Province => "coalesce(i.province, i.country)",
        }
    }
}

/// For each key, how many introductions reached each stage (an introduction at "pilot" has
/// reached requested, accepted, in discussion and NDA signed too).
pub async fn funnel(pool: &PgPool, by: By) -> sqlx::Result<Vec<FunnelRow>> {
    let reached = |stage: Stage| {
        format!(
            "count(*) FILTER (WHERE EXISTS (SELECT FROM introduction_events e
                 WHERE e.introduction_id = x.id AND e.stage = '{}'))",
            stage.code()
        )
    };
    let sql = format!(
        "SELECT {key} AS key, count(*) AS requested, {accepted} AS accepted, {discussion} AS in_discussion,
                {nda} AS nda_signed, {pilot} AS pilot, {agreement} AS agreement_signed,
                count(*) FILTER (WHERE x.stage = 'declined') AS declined,
                count(*) FILTER (WHERE x.stage = 'closed') AS closed
         FROM introductions x
         JOIN organisations o ON o.id = x.organisation_id
         JOIN technologies t ON t.id = x.technology_id
         JOIN institutions i ON i.id = x.institution_id
         GROUP BY 1 ORDER BY count(*) DESC, 1",
        key = by.expression(),
        accepted = reached(Stage::Accepted),
        discussion = reached(Stage::InDiscussion),
        nda = reached(Stage::NdaSigned),
        pilot = reached(Stage::Pilot),
        agreement = reached(Stage::AgreementSigned),
    );
    let mut rows: Vec<FunnelRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql)).fetch_all(pool).await?;
    if by == By::Domain {
        for row in &mut rows {
            if let Ok(domain) = crate::catalogue::Domain::parse(&row.key) {
                row.key = domain.label().to_owned();
            }
        }
    }
    Ok(rows)
}

/// The median time introductions spent in each stage before leaving it, in hours.
pub async fn median_hours(pool: &PgPool) -> sqlx::Result<Vec<(Stage, Option<f64>)>> {
    let rows = sqlx::query!(
        r#"WITH spans AS (
               SELECT e.stage,
                      extract(epoch FROM lead(e.at) OVER (PARTITION BY e.introduction_id ORDER BY e.at, e.id) - e.at)
                          / 3600 AS hours
               FROM introduction_events e)
           SELECT stage AS "stage!: Stage",
                  percentile_cont(0.5) WITHIN GROUP (ORDER BY hours)::float8 AS median
           FROM spans WHERE hours IS NOT NULL GROUP BY stage"#
    )
    .fetch_all(pool)
    .await?;
    Ok(Stage::PIPELINE[..5]
        .iter()
        .map(|stage| {
            (
                *stage,
                rows.iter().find(|r| r.stage == *stage).and_then(|r| r.median),
            )
        })
        .collect())
}
