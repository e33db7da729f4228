//! One entry at a time: what a member writes in a form is one row of the format, checked by the
//! importer's own rules and published by its own upsert, so that a form and a CSV file can never
//! disagree about what is valid.

use std::collections::{BTreeMap, HashSet};

use sqlx::PgConnection;

use super::table::Column;
use super::{Known, Problem, Source, needs, technologies};
use crate::catalogue::EntryKind;

/// The cells of one row by column name, as text in the format's notation.
pub type Cells = BTreeMap<String, String>;

/// What is wrong, by column name; problems of the row as a whole are under `""`.
pub type FieldErrors = BTreeMap<String, Vec<String>>;

/// The format's columns for entries of `kind`.
pub fn columns(kind: EntryKind) -> &'static [Column] {
    match kind {
        EntryKind::Technology => technologies::COLUMNS,
        EntryKind::Need => needs::COLUMNS,
    }
}

/// An entry that passed every rule of the format, ready to publish.
pub enum Checked {
    Technology(technologies::Record),
    Need(needs::Record),
}

/// Checks the entry `reference` given as `cells` (any `ref` cell is ignored) with the rules of
/// an import.
pub async fn check(
    conn: &mut PgConnection,
    kind: EntryKind,
    reference: &str,
    cells: &Cells,
) -> sqlx::Result<Result<Checked, FieldErrors>> {
    let columns = columns(kind);
    let row = columns.iter().map(|c| match c.name {
        "ref" => reference,
        name => cells.get(name).map_or("", String::as_str),
    });
    let source = Source {
        name: "form".to_owned(),
        text: one_row(columns, row),
    };
    let mut problems = Vec::new();
    let checked = match kind {
        EntryKind::Technology => {
            let institution = cells.get("institution_ref").map_or("", String::as_str);
            let known = Known {
                countries: sqlx::query_scalar!("SELECT code FROM countries")
                    .fetch_all(&mut *conn)
                    .await?
                    .into_iter()
                    .collect(),
                institutions: sqlx::query_scalar!("SELECT ref FROM institutions WHERE ref = $1", institution)
                    .fetch_all(&mut *conn)
                    .await?
                    .into_iter()
                    .collect::<HashSet<_>>(),
            };
            technologies::parse(&source, &known, &mut problems)
                .pop()
                .map(Checked::Technology)
        }
        EntryKind::Need => needs::parse(&source, &mut problems).pop().map(Checked::Need),
    };
    match checked {
        Some(checked) if problems.is_empty() => Ok(Ok(checked)),
        _ => Ok(Err(by_column(problems))),
    }
}

/// A CSV file of the header and one row. Writing to memory cannot fail.
fn one_row<'a>(columns: &[Column], row: impl Iterator<Item = &'a str>) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(columns.iter().map(|c| c.name))
        .and_then(|()| writer.write_record(row))
        .expect("writing CSV to memory");
    let bytes = writer.into_inner().expect("writing CSV to memory");
    String::from_utf8(bytes).expect("CSV of text is text")
}

fn by_column(problems: Vec<Problem>) -> FieldErrors {
    let mut errors = FieldErrors::new();
    for problem in problems {
        let column = problem.column.map(|(_, name)| name).unwrap_or_default();
        errors.entry(column).or_default().push(problem.message);
    }
    errors
}

/// Publishes a checked entry, as an import of its one row would.
pub async fn publish(conn: &mut PgConnection, checked: &Checked) -> sqlx::Result<()> {
    match checked {
        Checked::Technology(record) => technologies::upsert(conn, std::slice::from_ref(record)).await?,
        Checked::Need(record) => needs::upsert(conn, std::slice::from_ref(record)).await?,
    };
    Ok(())
}

/// The published entry `reference` as the cells an export would write, but its ref.
pub async fn published(
    conn: &mut PgConnection,
    kind: EntryKind,
    reference: &str,
) -> sqlx::Result<Option<Cells>> {
    let rows = match kind {
        EntryKind::Technology => technologies::export(conn, Some(reference)).await?,
        EntryKind::Need => needs::export(conn, Some(reference)).await?,
    };
    Ok(rows.into_iter().next().map(|row| {
        columns(kind)
            .iter()
            .zip(row)
            .filter(|(column, _)| column.name != "ref")
            .map(|(column, cell)| (column.name.to_owned(), cell))
            .collect()
    }))
}
