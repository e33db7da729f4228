//! The matching work queue in PostgreSQL, and the one function that does its jobs, whether
//! called by the portal's background worker, `portal rematch` or `portal import`.
//!
//! Triggers queue a job when a need is published, changed or withdrawn (that need), or when a
//! published technology changes (every need). A worker claims the oldest job with
//! `FOR UPDATE SKIP LOCKED`, folds in the waiting jobs it makes redundant, writes the matches
//! and deletes the jobs in the same transaction: a crash loses no work, and several portal
//! processes share the queue without doing a job twice.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::i18n::Text;
use sqlx::{PgConnection, PgPool};

use super::index::Index;
use super::score::{Need, rank};
use crate::catalogue::{BudgetBand, CooperationMode, Domain, Language};

/// Candidates kept per need: the API gives up to 50.
pub const KEPT: usize = 50;

/// Candidates below this score are not worth showing.
pub const FLOOR: f32 = 0.05;

/// The index of the technologies as they were at a generation of the catalogue.
#[derive(Default)]
pub struct IndexCache {
    current: Option<(i64, Arc<Index>)>,
}

impl IndexCache {
    /// The index, rebuilt if published technologies changed since it was built.
    pub async fn get(&mut self, pool: &PgPool) -> sqlx::Result<Arc<Index>> {
        let generation = sqlx::query_scalar!("SELECT generation FROM technology_generation")
            .fetch_one(pool)
            .await?;
        if let Some((built, index)) = &self.current
            && *built == generation
        {
            return Ok(index.clone());
        }
        let started = Instant::now();
        let index = Arc::new(Index::load(pool).await?);
        tracing::info!(technologies = index.len(), took = ?started.elapsed(), "matching index built");
        self.current = Some((generation, index.clone()));
        Ok(index)
    }
}

/// Published needs, all or one.
pub async fn published_needs(conn: &mut PgConnection, only: Option<i64>) -> sqlx::Result<Vec<Need>> {
    let rows = sqlx::query!(
        r#"SELECT id, ref, title, description, keywords, language AS "language: Language", country, domain AS "domain: Domain", min_trl,
                  cooperation AS "cooperation: Vec<CooperationMode>",
                  budget_band AS "budget_band: BudgetBand", sdgs
           FROM needs WHERE status = 'published' AND ($1::bigint IS NULL OR id = $1) ORDER BY id"#,
        only
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Need {
            id: r.id,
            reference: r.r#ref,
            title: r.title,
            description: r.description,
            keywords: r.keywords,
            language: r.language,
            country: r.country,
            domain: r.domain,
            min_trl: r.min_trl,
            cooperation: r.cooperation,
            budget_band: r.budget_band,
            sdgs: r.sdgs,
        })
        .collect())
}

/// Replaces the stored candidates of `need` (none when it is no longer published).
async fn store(
    conn: &mut PgConnection,
    need: i64,
    index: Option<&Index>,
    found: Option<&Need>,
) -> sqlx::Result<()> {
    // One writer per need at a time, so two workers never interleave their rows.
    sqlx::query!(
        "SELECT pg_advisory_xact_lock(hashtextextended('matches', $1))",
        need
    )
    .execute(&mut *conn)
    .await?;
    let before: Vec<(i64, f32)> = sqlx::query!(
        "DELETE FROM matches WHERE need_id = $1 RETURNING technology_id, score",
        need
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|r| (r.technology_id, r.score))
    .collect();
    let (Some(index), Some(found)) = (index, found) else {
        return Ok(());
    };
    let rows: Vec<serde_json::Value> = rank(index, found, KEPT)
        .into_iter()
        .filter(|c| c.score >= FLOOR)
        .enumerate()
        .map(|(i, c)| {
            serde_json::json!({
                "technology_id": c.technology_id, "rank": i + 1, "score": c.score, "reasons": c.reasons
            })
        })
        .collect();
    sqlx::query!(
        "INSERT INTO matches (need_id, technology_id, rank, score, reasons)
         SELECT $1, r.technology_id, r.rank, r.score, r.reasons
         FROM jsonb_to_recordset($2::jsonb) AS r(technology_id bigint, rank smallint, score real, reasons jsonb)",
        need,
        serde_json::Value::Array(rows)
    )
    .execute(&mut *conn)
    .await?;
    alert(conn, found, &before).await
}

/// A candidate at least this good is worth telling the firm about.
pub const ALERT: f32 = 0.5;

/// Tells the members of the organisation that posted `need` about strong candidates that were
/// not strong before: one line for the first matching, one per new candidate afterwards.
async fn alert(conn: &mut PgConnection, need: &Need, before: &[(i64, f32)]) -> sqlx::Result<()> {
    let Some(organisation) = sqlx::query_scalar!("SELECT organisation_id FROM needs WHERE id = $1", need.id)
        .fetch_one(&mut *conn)
        .await?
    else {
        return Ok(());
    };
    let fresh = sqlx::query!(
        r#"SELECT t.ref, t.title_en FROM matches m JOIN technologies t ON t.id = m.technology_id
           WHERE m.need_id = $1 AND m.score >= $2 AND NOT m.technology_id = ANY($3)
           ORDER BY m.rank"#,
        need.id,
        ALERT,
        &before
            .iter()
            .filter(|(_, s)| *s >= ALERT)
            .map(|(t, _)| *t)
            .collect::<Vec<_>>()
    )
    .fetch_all(&mut *conn)
    .await?;
    let href = format!("/needs/{}#candidates", need.reference);
    if before.is_empty() {
        if !fresh.is_empty() {
            let message = Text::new("notify-candidates")
                .arg("count", fresh.len())
                .arg("need", &need.title);
            crate::notifications::notify_members(conn, None, Some(organisation), &message, &href).await?;
        }
        return Ok(());
    }
    for technology in fresh.iter().take(3) {
        let message = Text::new("notify-candidate")
            .arg("need", &need.title)
            .arg("technology", &technology.title_en);
        let href = format!("/needs/{}#candidate-{}", need.reference, technology.r#ref);
        crate::notifications::notify_members(conn, None, Some(organisation), &message, &href).await?;
    }
    Ok(())
}

/// What one job did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Done {
    /// Needs matched again.
    pub needs: usize,
    /// Jobs it settled (itself and those it made redundant).
    pub jobs: u64,
}

/// Claims the oldest job nobody holds and does it. `None` when no job is free.
pub async fn run_next(
    pool: &PgPool,
    cache: &mut IndexCache,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> sqlx::Result<Option<Done>> {
    let mut tx = pool.begin().await?;
    let Some(job) =
        sqlx::query!("SELECT id, need_id FROM match_jobs ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")
            .fetch_optional(&mut *tx)
            .await?
    else {
        return Ok(None);
    };
    // This job, and every waiting job for the same work (all needs, or this need): what they
    // were queued for was committed before they became visible here, so it is matched below.
    let settled = sqlx::query!(
        "DELETE FROM match_jobs WHERE id IN (
             SELECT id FROM match_jobs
             WHERE $1::bigint IS NULL OR need_id = $1 OR id = $2
             FOR UPDATE SKIP LOCKED)",
        job.need_id,
        job.id
    )
    .execute(&mut *tx)
    .await?
    .rows_affected();
    let index = cache.get(pool).await?;
    let needs = published_needs(&mut tx, job.need_id).await?;
    if let Some(need) = job.need_id
        && needs.is_empty()
    {
        store(&mut tx, need, None, None).await?;
    }
    if job.need_id.is_none() {
        // Needs no longer published keep no candidates.
        sqlx::query!(
            "DELETE FROM matches m USING needs n WHERE n.id = m.need_id AND n.status <> 'published'"
        )
        .execute(&mut *tx)
        .await?;
    }
    for (done, need) in needs.iter().enumerate() {
        store(&mut tx, need.id, Some(&index), Some(need)).await?;
        progress(done + 1, needs.len());
    }
    tx.commit().await?;
    Ok(Some(Done {
        needs: needs.len(),
        jobs: settled,
    }))
}

/// Does jobs until none is left, waiting for those another process holds. Returns the number
/// of needs matched.
pub async fn drain(pool: &PgPool, progress: &(dyn Fn(usize, usize) + Sync)) -> sqlx::Result<usize> {
    let mut cache = IndexCache::default();
    let mut needs = 0;
    loop {
        match run_next(pool, &mut cache, progress).await? {
            Some(done) => needs += done.needs,
            None => {
                let waiting = sqlx::query_scalar!(r#"SELECT count(*) AS "n!" FROM match_jobs"#)
                    .fetch_one(pool)
                    .await?;
                if waiting == 0 {
                    return Ok(needs);
                }
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    }
}

/// Queues matching every need again and does it (`portal rematch`).
pub async fn rematch_all(pool: &PgPool, progress: &(dyn Fn(usize, usize) + Sync)) -> sqlx::Result<usize> {
    sqlx::query!("INSERT INTO match_jobs (need_id) VALUES (NULL)")
        .execute(pool)
        .await?;
    drain(pool, progress).await
}

/// The background worker of `portal serve`: does jobs as they come, until the process stops.
pub async fn work(pool: PgPool) {
    let mut cache = IndexCache::default();
    let mut failures = 0u32;
    loop {
        match run_next(&pool, &mut cache, &|_, _| {}).await {
            Ok(Some(done)) => {
                failures = 0;
                tracing::info!(needs = done.needs, jobs = done.jobs, "matches updated");
            }
            Ok(None) => tokio::time::sleep(Duration::from_millis(500)).await,
            Err(error) => {
                failures += 1;
                tracing::warn!(%error, "matching job failed; it stays queued");
                tokio::time::sleep(Duration::from_secs(u64::from(failures.min(30)))).await;
            }
        }
    }
}
