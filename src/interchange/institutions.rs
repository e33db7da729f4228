//! `institutions.csv`: member institutions and partner bodies.

use std::collections::HashSet;

use serde::Serialize;
use sqlx::PgConnection;

use super::table::{Column, optional, read_records, required};
use super::{Counts, Known, Problem, Source, cell};
use crate::catalogue::{InstitutionKind, Ref, parse_date, parse_text, parse_website};

pub const COLUMNS: &[Column] = &[
    required("ref"),
    required("name_en"),
    optional("name_zh"),
    required("kind"),
    required("country"),
    optional("province"),
    optional("city"),
    optional("website"),
    required("alliance_member"),
    optional("joined_on"),
];

#[derive(Debug, Serialize)]
pub struct Record {
    #[serde(rename = "ref")]
    pub reference: Ref,
    pub name_en: String,
    pub name_zh: Option<String>,
    pub kind: InstitutionKind,
    pub country: String,
    pub province: Option<String>,
    pub city: Option<String>,
    pub website: Option<String>,
    pub alliance_member: bool,
    pub joined_on: Option<time::Date>,
}

/// Parses the file. Every well-formed ref is added to `known.institutions`, even on a row with
/// other problems, so that technologies referring to it get no second, misleading error.
pub fn parse(source: &Source, known: &mut Known, problems: &mut Vec<Problem>) -> Vec<Record> {
    read_records(source, COLUMNS, problems, |cells, reference| {
        // Known even when the row has other problems, so that technologies referring to it
        // get no second, misleading error.
        if let Some(reference) = &reference {
            known.institutions.insert(reference.to_string());
        }
        Some(Record {
            name_en: cells
                .required("name_en", |t| parse_text(t, 1, 200))
                .unwrap_or_default(),
            name_zh: cells.optional("name_zh", |t| parse_text(t, 1, 200)).flatten(),
            kind: cells
                .required("kind", InstitutionKind::parse)
                .unwrap_or(InstitutionKind::Enterprise),
            country: cells
                .required("country", |t| parse_country(t, &known.countries))
                .unwrap_or_default(),
            province: cells.optional("province", |t| parse_text(t, 1, 200)).flatten(),
            city: cells.optional("city", |t| parse_text(t, 1, 200)).flatten(),
            website: cells.optional("website", parse_website).flatten(),
            alliance_member: cells.required("alliance_member", parse_bool).unwrap_or_default(),
            joined_on: cells.optional("joined_on", parse_date).flatten(),
            reference: reference?,
        })
    })
}

pub fn parse_country(text: &str, countries: &HashSet<String>) -> Result<String, String> {
    if countries.contains(text) {
        Ok(text.to_owned())
    } else {
        Err(format!(
            "{text:?} is not an ISO 3166-1 alpha-2 country code (e.g. CN, TH, VN)"
        ))
    }
}

fn parse_bool(text: &str) -> Result<bool, String> {
    match text {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(format!("{text:?} must be true or false")),
    }
}

pub async fn upsert(conn: &mut PgConnection, records: &[Record]) -> sqlx::Result<Counts> {
    if records.is_empty() {
        return Ok(Counts::default());
    }
    let rows = serde_json::to_value(records).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    let changes = sqlx::query_scalar!(
        r#"INSERT INTO institutions AS i
               (ref, name_en, name_zh, kind, country, province, city, website, alliance_member,
                joined_on, status, published_at)
           SELECT r.ref, r.name_en, r.name_zh, r.kind, r.country, r.province, r.city, r.website,
                  r.alliance_member, r.joined_on, 'published', now()
           FROM jsonb_to_recordset($1::jsonb) AS r(
               ref text, name_en text, name_zh text, kind institution_kind, country text,
               province text, city text, website text, alliance_member boolean, joined_on date)
           ON CONFLICT (ref) DO UPDATE SET
               name_en = EXCLUDED.name_en, name_zh = EXCLUDED.name_zh, kind = EXCLUDED.kind,
               country = EXCLUDED.country, province = EXCLUDED.province, city = EXCLUDED.city,
               website = EXCLUDED.website, alliance_member = EXCLUDED.alliance_member,
               joined_on = EXCLUDED.joined_on, status = 'published',
               published_at = coalesce(i.published_at, now())
           WHERE (i.name_en, i.name_zh, i.kind, i.country, i.province, i.city, i.website,
                  i.alliance_member, i.joined_on, i.status)
                 IS DISTINCT FROM
                 (EXCLUDED.name_en, EXCLUDED.name_zh, EXCLUDED.kind, EXCLUDED.country,
                  EXCLUDED.province, EXCLUDED.city, EXCLUDED.website, EXCLUDED.alliance_member,
                  EXCLUDED.joined_on, 'published'::entry_status)
           RETURNING (xmax = 0) AS "created!""#,
        rows
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(Counts::from_changes(records.len(), &changes))
}

/// Published institutions and those a published technology belongs to, sorted by ref.
pub async fn export(conn: &mut PgConnection) -> sqlx::Result<Vec<Vec<String>>> {
    let rows = sqlx::query!(
        r#"SELECT ref, name_en, name_zh, kind AS "kind: InstitutionKind", country, province, city,
                  website, alliance_member, joined_on
           FROM institutions i
           WHERE status = 'published'
              OR EXISTS (SELECT FROM technologies t
                         WHERE t.institution_id = i.id AND t.status = 'published')
           ORDER BY ref"#
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            vec![
                r.r#ref,
                r.name_en,
                cell(r.name_zh),
                r.kind.to_string(),
                r.country,
                cell(r.province),
                cell(r.city),
                cell(r.website),
                r.alliance_member.to_string(),
                cell(r.joined_on),
            ]
        })
        .collect())
}
