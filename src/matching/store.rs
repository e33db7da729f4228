//! Stored matches as the pages and the API read them, and the staff's verdicts on candidates.

use crate::catalogue::Language;
use sqlx::{PgConnection, PgPool};

use super::score::Reason;
use crate::catalogue::codes::code_list;
use crate::catalogue::{Domain, EntryKind};
use crate::review::audit::{self, About};
use crate::review::revisions::subject;

code_list! {
    /// Why staff dismiss a candidate.
    DismissalReason, pg = "dismissal_reason", what = "reason for dismissal", {
        NotRelevant = "not_relevant", "Not relevant";
        TrlTooLow = "trl_too_low", "Readiness too low";
        TooCostly = "too_costly", "Too costly";
        IpNotAvailable = "ip_not_available", "Intellectual property not available";
        Other = "other", "Other";
    }
}

code_list! {
    /// The staff's verdict on a candidate.
    Verdict, pg = "match_verdict", what = "verdict", {
        Confirmed = "confirmed", "Confirmed";
        Dismissed = "dismissed", "Dismissed";
    }
}

/// A candidate technology as a need's page and the API show it.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub reference: String,
    pub title_en: String,
    pub title_zh: Option<String>,
    pub institution_name: String,
    pub domain: Domain,
    pub trl: i16,
    pub score: f32,
    pub reasons: Vec<Reason>,
    pub verdict: Option<Verdict>,
    pub dismissal: Option<DismissalReason>,
    pub note: Option<String>,
}

impl Candidate {
    /// The score as a percentage, for people.
    pub fn percent(&self) -> i32 {
        (self.score * 100.0).round() as i32
    }
}

/// The best candidates of a need; dismissed ones only when `with_dismissed` (staff).
pub async fn candidates(
    pool: &PgPool,
    need: &str,
    limit: i64,
    with_dismissed: bool,
) -> sqlx::Result<Vec<Candidate>> {
    let rows = sqlx::query!(
        r#"SELECT t.ref, t.title_en, t.title_zh, i.name_en AS institution_name, t.domain AS "domain: Domain",
                  t.trl, m.score, m.reasons, f.verdict AS "verdict?: Verdict",
                  f.reason AS "dismissal?: DismissalReason", f.note AS "note?"
           FROM needs n
           JOIN matches m ON m.need_id = n.id
           JOIN technologies t ON t.id = m.technology_id AND t.status = 'published'
           JOIN institutions i ON i.id = t.institution_id
           LEFT JOIN match_feedback f ON f.need_id = m.need_id AND f.technology_id = m.technology_id
           WHERE n.ref = $1 AND n.status = 'published'
             AND ($3 OR f.verdict IS DISTINCT FROM 'dismissed')
           ORDER BY (f.verdict = 'confirmed') IS TRUE DESC, m.rank
           LIMIT $2"#,
        need,
        limit,
        with_dismissed
    )
    .fetch_all(pool)
    .await?;
    rows.into_iter()
        .map(|r| {
            let mut reasons: Vec<Reason> =
                serde_json::from_value(r.reasons).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
            if r.verdict == Some(Verdict::Confirmed) {
                reasons.insert(
                    0,
                    Reason {
                        code: "confirmed".to_owned(),
                        detail: "confirmed by alliance staff".to_owned(),
                        args: Vec::new(),
                    },
                );
            }
            Ok(Candidate {
                reference: r.r#ref,
                title_en: r.title_en,
                title_zh: r.title_zh,
                institution_name: r.institution_name,
                domain: r.domain,
                trl: r.trl,
                score: r.score,
                reasons,
                verdict: r.verdict,
                dismissal: r.dismissal,
                note: r.note,
            })
        })
        .collect()
}

/// A need a technology may solve.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NeedMatch {
    pub reference: String,
    pub title: String,
    pub language: Language,
    pub country: String,
    pub country_name: String,
    pub score: f32,
}

impl NeedMatch {
    pub fn percent(&self) -> i32 {
        (self.score * 100.0).round() as i32
    }
}

/// How good a match must be before a technology's page mentions the need.
pub const SHOWN_ON_TECHNOLOGY: f32 = 0.3;

/// The published needs a technology may solve, best first; dismissed pairs left out.
pub async fn needs_for(pool: &PgPool, technology: &str, limit: i64) -> sqlx::Result<Vec<NeedMatch>> {
    sqlx::query_as!(
        NeedMatch,
        r#"SELECT n.ref AS reference, n.title, n.language AS "language: Language", n.country,
                  c.name_en AS country_name, m.score
           FROM technologies t
           JOIN matches m ON m.technology_id = t.id
           JOIN needs n ON n.id = m.need_id AND n.status = 'published'
           JOIN countries c ON c.code = n.country
           LEFT JOIN match_feedback f ON f.need_id = m.need_id AND f.technology_id = m.technology_id
           WHERE t.ref = $1 AND m.score >= $2 AND f.verdict IS DISTINCT FROM 'dismissed'
           ORDER BY m.score DESC, n.ref
           LIMIT $3"#,
        technology,
        SHOWN_ON_TECHNOLOGY,
        limit
    )
    .fetch_all(pool)
    .await
}

/// A verdict as staff give it.
#[derive(Debug, Clone)]
pub enum Feedback {
    Confirm,
    Dismiss {
        reason: DismissalReason,
        note: Option<String>,
    },
}

/// Records the staff's verdict on the candidate `technology` of `need` (replacing an earlier
/// one). `false` when the pair is not a stored candidate.
pub async fn give_feedback(
    conn: &mut PgConnection,
    staff: i64,
    need: &str,
    technology: &str,
    feedback: &Feedback,
) -> sqlx::Result<bool> {
    let mut tx = sqlx::Acquire::begin(&mut *conn).await?;
    let pair = sqlx::query!(
        "SELECT m.need_id, m.technology_id FROM matches m
         JOIN needs n ON n.id = m.need_id JOIN technologies t ON t.id = m.technology_id
         WHERE n.ref = $1 AND t.ref = $2",
        need,
        technology
    )
    .fetch_optional(&mut *tx)
    .await?;
    let Some(pair) = pair else { return Ok(false) };
    let (verdict, reason, note) = match feedback {
        Feedback::Confirm => (Verdict::Confirmed, None, None),
        Feedback::Dismiss { reason, note } => (Verdict::Dismissed, Some(*reason), note.as_deref()),
    };
    sqlx::query!(
        "INSERT INTO match_feedback (need_id, technology_id, verdict, reason, note, decided_by)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (need_id, technology_id) DO UPDATE SET verdict = EXCLUDED.verdict,
             reason = EXCLUDED.reason, note = EXCLUDED.note, decided_by = EXCLUDED.decided_by,
             decided_at = now()",
        pair.need_id,
        pair.technology_id,
        verdict as Verdict,
        reason as Option<DismissalReason>,
        note,
        staff
    )
    .execute(&mut *tx)
    .await?;
    let subject = subject(EntryKind::Need, need);
    let action = match verdict {
        Verdict::Confirmed => format!("confirmed candidate {technology}"),
        Verdict::Dismissed => format!("dismissed candidate {technology}"),
    };
    let detail = match (reason, note) {
        (Some(reason), Some(note)) => Some(format!("{}: {note}", reason.label())),
        (Some(reason), None) => Some(reason.label().to_owned()),
        _ => None,
    };
    let about = About {
        entity: "need",
        id: pair.need_id,
        subject: Some(&subject),
    };
    audit::record(&mut tx, Some(staff), &action, about, detail.as_deref()).await?;
    tx.commit().await?;
    Ok(true)
}

/// One week of verdicts.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Week {
    pub week: time::Date,
    pub confirmed: i64,
    pub not_relevant: i64,
    pub trl_too_low: i64,
    pub too_costly: i64,
    pub ip_not_available: i64,
    pub other: i64,
}

/// Verdicts per week (by the date of the latest verdict on each pair), newest first.
pub async fn feedback_by_week(pool: &PgPool) -> sqlx::Result<Vec<Week>> {
    sqlx::query_as!(
        Week,
        r#"SELECT date_trunc('week', decided_at)::date AS "week!",
                  count(*) FILTER (WHERE verdict = 'confirmed') AS "confirmed!",
                  count(*) FILTER (WHERE reason = 'not_relevant') AS "not_relevant!",
                  count(*) FILTER (WHERE reason = 'trl_too_low') AS "trl_too_low!",
                  count(*) FILTER (WHERE reason = 'too_costly') AS "too_costly!",
                  count(*) FILTER (WHERE reason = 'ip_not_available') AS "ip_not_available!",
                  count(*) FILTER (WHERE reason = 'other') AS "other!"
           FROM match_feedback GROUP BY 1 ORDER BY 1 DESC LIMIT 52"#
    )
    .fetch_all(pool)
    .await
}

/// The latest verdicts, newest first.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Given {
    pub need: String,
    pub technology: String,
    pub verdict: Verdict,
    pub reason: Option<DismissalReason>,
    pub note: Option<String>,
    pub staff: String,
    pub decided_at: time::OffsetDateTime,
}

pub async fn latest_feedback(pool: &PgPool, limit: i64) -> sqlx::Result<Vec<Given>> {
    sqlx::query_as!(
        Given,
        r#"SELECT n.ref AS need, t.ref AS technology, f.verdict AS "verdict: Verdict",
                  f.reason AS "reason: DismissalReason", f.note, u.display_name AS staff, f.decided_at
           FROM match_feedback f
           JOIN needs n ON n.id = f.need_id JOIN technologies t ON t.id = f.technology_id
           JOIN users u ON u.id = f.decided_by
           ORDER BY f.decided_at DESC LIMIT $1"#,
        limit
    )
    .fetch_all(pool)
    .await
}
