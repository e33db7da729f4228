//! Freshness: a technology or need leaves the public catalogue (and matching) 365 days after
//! its owner last confirmed it is current, and its owners are reminded 30 days before. Any
//! change approved or imported counts as a confirmation.

use crate::i18n::Text;
use sqlx::{Acquire, PgConnection, PgPool};

use super::audit::{self, About};
use super::revisions::{Owner, subject};
use crate::catalogue::EntryKind;
use crate::notifications;

/// Days an entry stays public after its last confirmation.
pub const LIFETIME_DAYS: i32 = 365;
/// Days before expiry that owners are reminded.
pub const REMINDER_DAYS: i32 = 30;

/// What one sweep did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Swept {
    pub expired: usize,
    pub reminded: usize,
}

/// One entry a sweep touched, and whom to tell.
#[derive(sqlx::FromRow)]
struct Touched {
    kind: String,
    id: i64,
    reference: String,
    title: String,
    institution: Option<i64>,
    organisation: Option<i64>,
    confirmed_at: time::OffsetDateTime,
}

impl Touched {
    fn kind(&self) -> EntryKind {
        EntryKind::parse(&self.kind).unwrap_or(EntryKind::Technology)
    }

    fn expires_on(&self) -> time::Date {
        (self.confirmed_at + time::Duration::days(LIFETIME_DAYS.into())).date()
    }
}

/// Expires what is past its lifetime and reminds the owners of what soon will be.
pub async fn sweep(pool: &PgPool) -> sqlx::Result<Swept> {
    let mut tx = pool.begin().await?;
    let expired = sqlx::query_as!(
        Touched,
        r#"WITH t AS (
               UPDATE technologies SET status = 'expired'
               WHERE status = 'published' AND confirmed_at < now() - make_interval(days => $1)
               RETURNING id, ref, title_en AS title, institution_id, confirmed_at),
           n AS (
               UPDATE needs SET status = 'expired'
               WHERE status = 'published' AND confirmed_at < now() - make_interval(days => $1)
               RETURNING id, ref, title, organisation_id, confirmed_at)
           SELECT 'technology' AS "kind!", id AS "id!", ref AS "reference!", title AS "title!",
                  institution_id AS institution, NULL::bigint AS organisation, confirmed_at AS "confirmed_at!" FROM t
           UNION ALL
           SELECT 'need', id, ref, title, NULL, organisation_id, confirmed_at FROM n"#,
        LIFETIME_DAYS
    )
    .fetch_all(&mut *tx)
    .await?;

    for entry in &expired {
        let message = Text::new("notify-expired")
            .arg("kind", entry.kind().code())
            .arg("title", &entry.title);
        notifications::notify_members(&mut tx, entry.institution, entry.organisation, &message, "/my")
            .await?;
        let subject = subject(entry.kind(), &entry.reference);
        let about = About {
            entity: entry.kind().code(),
            id: entry.id,
            subject: Some(&subject),
        };
        audit::record(&mut tx, None, "expired: not confirmed for a year", about, None).await?;
    }
    let reminded = sqlx::query_as!(
        Touched,
        r#"WITH t AS (
               UPDATE technologies SET reminded_at = now()
               WHERE status = 'published' AND confirmed_at < now() - make_interval(days => $1::int - $2::int)
                 AND (reminded_at IS NULL OR reminded_at < confirmed_at)
               RETURNING id, ref, title_en AS title, institution_id, confirmed_at),
           n AS (
               UPDATE needs SET reminded_at = now()
               WHERE status = 'published' AND confirmed_at < now() - make_interval(days => $1::int - $2::int)
                 AND (reminded_at IS NULL OR reminded_at < confirmed_at)
               RETURNING id, ref, title, organisation_id, confirmed_at)
           SELECT 'technology' AS "kind!", id AS "id!", ref AS "reference!", title AS "title!",
                  institution_id AS institution, NULL::bigint AS organisation, confirmed_at AS "confirmed_at!" FROM t
           UNION ALL
           SELECT 'need', id, ref, title, NULL, organisation_id, confirmed_at FROM n"#,
        LIFETIME_DAYS,
        REMINDER_DAYS
    )
    .fetch_all(&mut *tx)
    .await?;

    for entry in &reminded {
        let message = Text::new("notify-expiring")
            .arg("kind", entry.kind().code())
            .arg("title", &entry.title)
            .arg("date", entry.expires_on());
        notifications::notify_members(&mut tx, entry.institution, entry.organisation, &message, "/my")
            .await?;
    }
    tx.commit().await?;
    Ok(Swept {
        expired: expired.len(),
        reminded: reminded.len(),
    })
}

/// The owner confirms that its published or expired entry is still current: it is public
/// again for another year. `false` when the owner has no such entry.
pub async fn confirm(
    conn: &mut PgConnection,
    owner: Owner,
    actor: i64,
    reference: &str,
) -> sqlx::Result<bool> {
    let mut tx = conn.begin().await?;
    let id = match owner {
        Owner::Institution(institution) => {
            sqlx::query_scalar!(
                "UPDATE technologies SET confirmed_at = now(), reminded_at = NULL, status = 'published'
                 WHERE ref = $1 AND institution_id = $2 AND status IN ('published', 'expired') RETURNING id",
                reference,
                institution
            )
            .fetch_optional(&mut *tx)
            .await?
        }
        Owner::Organisation(organisation) => {
            sqlx::query_scalar!(
                "UPDATE needs SET confirmed_at = now(), reminded_at = NULL, status = 'published'
                 WHERE ref = $1 AND organisation_id = $2 AND status IN ('published', 'expired') RETURNING id",
                reference,
                organisation
            )
            .fetch_optional(&mut *tx)
            .await?
        }
    };
    let Some(id) = id else { return Ok(false) };
    let kind = owner.kind();
    let subject = subject(kind, reference);
    let about = About {
        entity: kind.code(),
        id,
        subject: Some(&subject),
    };
    audit::record(&mut tx, Some(actor), "confirmed it is still current", about, None).await?;
    tx.commit().await?;
    Ok(true)
}

/// Sweeps now and then, for as long as the portal serves.
pub async fn keep_fresh(pool: PgPool) {
    loop {
        match sweep(&pool).await {
            Ok(swept) if swept != Swept::default() => tracing::info!(?swept, "freshness sweep"),
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "freshness sweep failed"),
        }
        tokio::time::sleep(std::time::Duration::from_secs(3600)).await;
    }
}
