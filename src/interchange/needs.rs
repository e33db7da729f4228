//! `needs.csv`: the needs ASEAN organisations post.

use serde::Serialize;
use sqlx::PgConnection;

use super::table::{Column, join_list, optional, read_records, required};
use super::{Counts, Problem, Source, cell};
use crate::catalogue::codes::ASEAN;
use crate::catalogue::{
    BudgetBand, CooperationMode, Domain, Language, OrgKind, Ref, Sdg, Trl, parse_date, parse_keyword,
    parse_text,
};

pub const COLUMNS: &[Column] = &[
    required("ref"),
    required("title"),
    required("description"),
    required("language"),
    required("country"),
    required("organisation"),
    required("org_kind"),
    optional("domain"),
    optional("keywords"),
    optional("min_trl"),
    optional("cooperation"),
    optional("budget_band"),
    optional("sdgs"),
    optional("deadline"),
];

#[derive(Debug, Serialize)]
pub struct Record {
    #[serde(rename = "ref")]
    pub reference: Ref,
    pub title: String,
    pub description: String,
    pub language: Option<Language>,
    pub country: String,
    pub organisation: String,
    pub org_kind: Option<OrgKind>,
    pub domain: Option<Domain>,
    pub keywords: Vec<String>,
    pub min_trl: Option<Trl>,
    pub cooperation: Vec<CooperationMode>,
    pub budget_band: Option<BudgetBand>,
    pub sdgs: Vec<Sdg>,
    pub deadline: Option<time::Date>,
}

fn parse_asean_country(text: &str) -> Result<String, String> {
    if ASEAN.contains(&text) {
        Ok(text.to_owned())
    } else {
        Err(format!(
            "{text:?} is not an ASEAN member; use one of {}",
            ASEAN.join(" ")
        ))
    }
}

pub fn parse(source: &Source, problems: &mut Vec<Problem>) -> Vec<Record> {
    read_records(source, COLUMNS, problems, |cells, reference| {
        Some(Record {
            title: cells
                .required("title", |t| parse_text(t, 1, 256))
                .unwrap_or_default(),
            description: cells
                .required("description", |t| parse_text(t, 1, 4000))
                .unwrap_or_default(),
            language: cells.required("language", Language::parse),
            country: cells.required("country", parse_asean_country).unwrap_or_default(),
            organisation: cells
                .required("organisation", |t| parse_text(t, 1, 200))
                .unwrap_or_default(),
            org_kind: cells.required("org_kind", OrgKind::parse),
            domain: cells.optional("domain", Domain::parse).flatten(),
            keywords: cells.list("keywords", 10, parse_keyword).unwrap_or_default(),
            min_trl: cells.optional("min_trl", Trl::parse).flatten(),
            cooperation: cells
                .list("cooperation", CooperationMode::ALL.len(), CooperationMode::parse)
                .unwrap_or_default(),
            budget_band: cells.optional("budget_band", BudgetBand::parse).flatten(),
            sdgs: cells.list("sdgs", 17, Sdg::parse).unwrap_or_default(),
            deadline: cells.optional("deadline", parse_date).flatten(),
            reference: reference?,
        })
    })
}

pub async fn upsert(conn: &mut PgConnection, records: &[Record]) -> sqlx::Result<Counts> {
    if records.is_empty() {
        return Ok(Counts::default());
    }
    let rows = serde_json::to_value(records).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    let changes = sqlx::query_scalar!(
        r#"INSERT INTO needs AS n
               (ref, title, description, language, country, organisation, org_kind, domain,
                keywords, min_trl, cooperation, budget_band, sdgs, deadline, status, published_at)
           SELECT r.ref, r.title, r.description, r.language, r.country, r.organisation,
                  r.org_kind, r.domain, r.keywords, r.min_trl, r.cooperation, r.budget_band,
                  r.sdgs, r.deadline, 'published', now()
           FROM jsonb_to_recordset($1::jsonb) AS r(
               ref text, title text, description text, language language, country text,
               organisation text, org_kind org_kind, domain domain, keywords text[],
               min_trl smallint, cooperation cooperation_mode[], budget_band budget_band,
               sdgs smallint[], deadline date)
           ON CONFLICT (ref) DO UPDATE SET
               title = EXCLUDED.title, description = EXCLUDED.description,
               language = EXCLUDED.language, country = EXCLUDED.country,
               organisation = EXCLUDED.organisation, org_kind = EXCLUDED.org_kind,
               domain = EXCLUDED.domain, keywords = EXCLUDED.keywords,
               min_trl = EXCLUDED.min_trl, cooperation = EXCLUDED.cooperation,
               budget_band = EXCLUDED.budget_band, sdgs = EXCLUDED.sdgs,
               deadline = EXCLUDED.deadline, status = 'published',
               published_at = coalesce(n.published_at, now()), confirmed_at = now()
           WHERE (n.title, n.description, n.language, n.country, n.organisation, n.org_kind,
                  n.domain, n.keywords, n.min_trl, n.cooperation, n.budget_band, n.sdgs,
                  n.deadline, n.status)
                 IS DISTINCT FROM
                 (EXCLUDED.title, EXCLUDED.description, EXCLUDED.language, EXCLUDED.country,
                  EXCLUDED.organisation, EXCLUDED.org_kind, EXCLUDED.domain, EXCLUDED.keywords,
                  EXCLUDED.min_trl, EXCLUDED.cooperation, EXCLUDED.budget_band, EXCLUDED.sdgs,
                  EXCLUDED.deadline, 'published'::entry_status)
           RETURNING (xmax = 0) AS "created!""#,
        rows
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(Counts::from_changes(records.len(), &changes))
}

/// Published needs, sorted by ref.
pub async fn export(conn: &mut PgConnection, only: Option<&str>) -> sqlx::Result<Vec<Vec<String>>> {
    let rows = sqlx::query!(
        r#"SELECT ref, title, description, language AS "language: Language", country,
                  organisation, org_kind AS "org_kind: OrgKind", domain AS "domain: Domain",
                  keywords, min_trl, cooperation AS "cooperation: Vec<CooperationMode>",
                  budget_band AS "budget_band: BudgetBand", sdgs, deadline
           FROM needs
           WHERE status = 'published' AND ($1::text IS NULL OR ref = $1)
           ORDER BY ref"#,
        only
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            vec![
                r.r#ref,
                r.title,
                r.description,
                r.language.to_string(),
                r.country,
                r.organisation,
                r.org_kind.to_string(),
                cell(r.domain),
                join_list(&r.keywords),
                cell(r.min_trl),
                join_list(&r.cooperation),
                cell(r.budget_band),
                join_list(&r.sdgs),
                cell(r.deadline),
            ]
        })
        .collect())
}
