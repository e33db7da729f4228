//! `technologies.csv`: the technologies institutions offer.

use serde::Serialize;
use sqlx::PgConnection;

use super::table::{Column, join_list, optional, read_records, required};
use super::{Counts, Known, Problem, Source, cell, institutions};
use crate::catalogue::words::{SEGMENTATION_VERSION, index_words};
use crate::catalogue::{
    BudgetBand, CooperationMode, Domain, IpKind, Ref, Sdg, Trl, parse_keyword, parse_text,
};

pub const COLUMNS: &[Column] = &[
    required("ref"),
    required("institution_ref"),
    required("title_en"),
    optional("title_zh"),
    required("summary_en"),
    optional("summary_zh"),
    optional("description_en"),
    required("domain"),
    optional("keywords"),
    required("trl"),
    required("ip"),
    required("cooperation"),
    optional("budget_band"),
    optional("sdgs"),
    optional("deployed_in"),
];

#[derive(Debug, Serialize)]
pub struct Record {
    #[serde(rename = "ref")]
    pub reference: Ref,
    pub institution_ref: Ref,
    pub title_en: String,
    pub title_zh: Option<String>,
    pub summary_en: String,
    pub summary_zh: Option<String>,
    /// The Chinese title and summary cut into words for search.
    pub title_zh_words: String,
    pub summary_zh_words: String,
    pub description_en: Option<String>,
    pub domain: Option<Domain>,
    pub keywords: Vec<String>,
    pub trl: Option<Trl>,
    pub ip: Option<IpKind>,
    pub cooperation: Vec<CooperationMode>,
    pub budget_band: Option<BudgetBand>,
    pub sdgs: Vec<Sdg>,
    pub deployed_in: Vec<String>,
}

pub fn parse(source: &Source, known: &Known, problems: &mut Vec<Problem>) -> Vec<Record> {
    read_records(source, COLUMNS, problems, |cells, reference| {
        let institution_ref = cells.required("institution_ref", |t| {
            let reference = Ref::parse(t)?;
            if known.institutions.contains(reference.as_str()) {
                Ok(reference)
            } else {
                Err(format!(
                    "no institution has the ref {reference}, neither in this import nor in the catalogue"
                ))
            }
        });
        let cooperation = cells.list("cooperation", CooperationMode::ALL.len(), CooperationMode::parse);
        if cooperation.as_ref().is_some_and(Vec::is_empty) {
            cells.problem(
                "cooperation",
                "is required but empty: list at least one cooperation mode".to_owned(),
            );
        }
        Some(Record {
            title_en: cells
                .required("title_en", |t| parse_text(t, 1, 256))
                .unwrap_or_default(),
            title_zh_words: index_words(cells.text("title_zh")),
            summary_zh_words: index_words(cells.text("summary_zh")),
            title_zh: cells.optional("title_zh", |t| parse_text(t, 1, 256)).flatten(),
            summary_en: cells
                .required("summary_en", |t| parse_text(t, 1, 1000))
                .unwrap_or_default(),
            summary_zh: cells.optional("summary_zh", |t| parse_text(t, 1, 1000)).flatten(),
            description_en: cells
                .optional("description_en", |t| parse_text(t, 1, 8000))
                .flatten(),
            domain: cells.required("domain", Domain::parse),
            keywords: cells.list("keywords", 10, parse_keyword).unwrap_or_default(),
            trl: cells.required("trl", Trl::parse),
            ip: cells.required("ip", IpKind::parse),
            cooperation: cooperation.unwrap_or_default(),
            budget_band: cells.optional("budget_band", BudgetBand::parse).flatten(),
            sdgs: cells.list("sdgs", 17, Sdg::parse).unwrap_or_default(),
            deployed_in: cells
                .list("deployed_in", known.countries.len(), |t| {
                    institutions::parse_country(t, &known.countries)
                })
                .unwrap_or_default(),
            reference: reference?,
            institution_ref: institution_ref?,
        })
    })
}

pub async fn upsert(conn: &mut PgConnection, records: &[Record]) -> sqlx::Result<Counts> {
    if records.is_empty() {
        return Ok(Counts::default());
    }
    let rows = serde_json::to_value(records).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    let changes = sqlx::query_scalar!(
        r#"INSERT INTO technologies AS t
               (ref, institution_id, title_en, title_zh, summary_en, summary_zh, description_en,
                domain, keywords, trl, ip, cooperation, budget_band, sdgs, status, published_at,
                title_zh_words, summary_zh_words, zh_words_version)
           SELECT r.ref, i.id, r.title_en, r.title_zh, r.summary_en, r.summary_zh,
                  r.description_en, r.domain, r.keywords, r.trl, r.ip, r.cooperation,
                  r.budget_band, r.sdgs, 'published', now(), r.title_zh_words,
                  r.summary_zh_words, $2
           FROM jsonb_to_recordset($1::jsonb) AS r(
               ref text, institution_ref text, title_en text, title_zh text, summary_en text,
               summary_zh text, description_en text, domain domain, keywords text[],
               trl smallint, ip ip_kind, cooperation cooperation_mode[], budget_band budget_band,
               sdgs smallint[], title_zh_words text, summary_zh_words text)
           JOIN institutions i ON i.ref = r.institution_ref
           ON CONFLICT (ref) DO UPDATE SET
               institution_id = EXCLUDED.institution_id, title_en = EXCLUDED.title_en,
               title_zh = EXCLUDED.title_zh, summary_en = EXCLUDED.summary_en,
               summary_zh = EXCLUDED.summary_zh, description_en = EXCLUDED.description_en,
               domain = EXCLUDED.domain, keywords = EXCLUDED.keywords, trl = EXCLUDED.trl,
               ip = EXCLUDED.ip, cooperation = EXCLUDED.cooperation,
               budget_band = EXCLUDED.budget_band, sdgs = EXCLUDED.sdgs, status = 'published',
               published_at = coalesce(t.published_at, now()), confirmed_at = now(),
               title_zh_words = EXCLUDED.title_zh_words,
               summary_zh_words = EXCLUDED.summary_zh_words,
               zh_words_version = EXCLUDED.zh_words_version
           WHERE (t.institution_id, t.title_en, t.title_zh, t.summary_en, t.summary_zh,
                  t.description_en, t.domain, t.keywords, t.trl, t.ip, t.cooperation,
                  t.budget_band, t.sdgs, t.status)
                 IS DISTINCT FROM
                 (EXCLUDED.institution_id, EXCLUDED.title_en, EXCLUDED.title_zh,
                  EXCLUDED.summary_en, EXCLUDED.summary_zh, EXCLUDED.description_en,
                  EXCLUDED.domain, EXCLUDED.keywords, EXCLUDED.trl, EXCLUDED.ip,
                  EXCLUDED.cooperation, EXCLUDED.budget_band, EXCLUDED.sdgs,
                  'published'::entry_status)
           RETURNING (xmax = 0) AS "created!""#,
        rows,
        SEGMENTATION_VERSION
    )
    .fetch_all(&mut *conn)
    .await?;

    // Where each technology runs: the list in the file replaces the stored one.
    sqlx::query!(
        r#"WITH input AS (
               SELECT t.id, r.deployed_in
               FROM jsonb_to_recordset($1::jsonb) AS r(ref text, deployed_in text[])
               JOIN technologies t ON t.ref = r.ref),
           removed AS (
               DELETE FROM technology_deployments d
               USING input
               WHERE d.technology_id = input.id AND NOT d.country = ANY(input.deployed_in)
               RETURNING d.technology_id)
           INSERT INTO technology_deployments (technology_id, country)
           SELECT input.id, country FROM input, unnest(input.deployed_in) AS country
           ON CONFLICT DO NOTHING"#,
        rows
    )
    .execute(&mut *conn)
    .await?;

    Ok(Counts::from_changes(records.len(), &changes))
}

/// Published technologies, sorted by ref; `deployed_in` sorted by country code.
pub async fn export(conn: &mut PgConnection, only: Option<&str>) -> sqlx::Result<Vec<Vec<String>>> {
    let rows = sqlx::query!(
        r#"SELECT t.ref, i.ref AS institution_ref, t.title_en, t.title_zh, t.summary_en,
                  t.summary_zh, t.description_en, t.domain AS "domain: Domain", t.keywords,
                  t.trl, t.ip AS "ip: IpKind", t.cooperation AS "cooperation: Vec<CooperationMode>",
                  t.budget_band AS "budget_band: BudgetBand", t.sdgs,
                  ARRAY(SELECT d.country FROM technology_deployments d
                        WHERE d.technology_id = t.id ORDER BY d.country) AS "deployed_in!"
           FROM technologies t
           JOIN institutions i ON i.id = t.institution_id
           WHERE t.status = 'published' AND ($1::text IS NULL OR t.ref = $1)
           ORDER BY t.ref"#,
        only
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            vec![
                r.r#ref,
                r.institution_ref,
                r.title_en,
                cell(r.title_zh),
                r.summary_en,
                cell(r.summary_zh),
                cell(r.description_en),
                r.domain.to_string(),
                join_list(&r.keywords),
                r.trl.to_string(),
                r.ip.to_string(),
                join_list(&r.cooperation),
                cell(r.budget_band),
                join_list(&r.sdgs),
                join_list(&r.deployed_in),
            ]
        })
        .collect())
}
