//! Reading one CSV file of the format into rows, and turning its cells into typed values while
//! recording every problem with its file, line and column.

use std::collections::HashMap;

use super::{Problem, Source};
use crate::catalogue::Ref;

/// A column of a file: its name and whether every row must give it.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    pub required: bool,
}

pub const fn required(name: &'static str) -> Column {
    Column { name, required: true }
}

pub const fn optional(name: &'static str) -> Column {
    Column {
        name,
        required: false,
    }
}

/// The separator of list cells.
pub const LIST_SEPARATOR: char = ';';

/// A file's rows, with the header resolved against the file's columns.
pub struct Table<'a> {
    file: &'a str,
    columns: &'static [Column],
    /// For each of `columns`, its 1-based position in the file's header, if present.
    positions: Vec<Option<usize>>,
    rows: Vec<Row>,
}

struct Row {
    pub line: u64,
    /// Trimmed cells in the order of the header.
    cells: Vec<String>,
}

impl<'a> Table<'a> {
    /// Parses `text`. Problems with the header or the CSV syntax go to `problems`; rows that
    /// cannot be read at all are left out (their problem is recorded).
    fn read(file: &'a str, text: &str, columns: &'static [Column], problems: &mut Vec<Problem>) -> Self {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut records = reader.records();
        let mut table = Table {
            file,
            columns,
            positions: vec![None; columns.len()],
            rows: Vec::new(),
        };

        let header = match records.next() {
            Some(Ok(header)) => header,
            Some(Err(error)) => {
                problems.push(csv_problem(file, &error));
                return table;
            }
            None => {
                problems.push(Problem::file(
                    file,
                    1,
                    "the file is empty: the first line must be the header",
                ));
                return table;
            }
        };
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (index, name) in header.iter().enumerate() {
            let name = name.trim();
            let position = index + 1;
            match columns.iter().position(|c| c.name == name) {
                Some(column) => {
                    if let Some(first) = seen.insert(columns[column].name, position) {
                        problems.push(Problem::at(
                            file,
                            1,
                            position,
                            name,
                            format!("duplicate column (already column {first})"),
                        ));
                    } else {
                        table.positions[column] = Some(position);
                    }
                }
                None => problems.push(Problem::at(
                    file,
                    1,
                    position,
                    name,
                    format!(
                        "unknown column; the columns of {file} are: {}",
                        columns.iter().map(|c| c.name).collect::<Vec<_>>().join(", ")
                    ),
                )),
            }
        }
        for (column, position) in columns.iter().zip(&table.positions) {
            if column.required && position.is_none() {
                problems.push(Problem::file(
                    file,
                    1,
                    &format!("the required column {:?} is missing from the header", column.name),
                ));
            }
        }
        let width = header.len();

        for record in records {
            let record = match record {
                Ok(record) => record,
                Err(error) => {
                    problems.push(csv_problem(file, &error));
                    continue;
                }
            };
            let line = record.position().map_or(0, |p| p.line());
            if record.len() != width {
                problems.push(Problem::file(
                    file,
                    line,
                    &format!(
                        "the row has {} cells but the header has {width} columns",
                        record.len()
                    ),
                ));
                continue;
            }
            // A fully blank line between rows is not data.
            if record.iter().all(|cell| cell.trim().is_empty()) {
                continue;
            }
            table.rows.push(Row {
                line,
                cells: record.iter().map(|c| c.trim().to_owned()).collect(),
            });
        }
        table
    }

    /// A view of one row that parses its cells.
    fn cells<'t>(&'t self, row: &'t Row, problems: &'t mut Vec<Problem>) -> Cells<'t> {
        Cells {
            table: self,
            row,
            problems,
            ok: true,
        }
    }
}

fn csv_problem(file: &str, error: &csv::Error) -> Problem {
    let line = error.position().map_or(0, |p| p.line());
    let message = match error.kind() {
        csv::ErrorKind::Utf8 { err, .. } => {
            format!("the text in cell {} is not valid UTF-8", err.field() + 1)
        }
        _ => format!("not valid CSV: {error}"),
    };
    Problem::file(file, line, &message)
}

/// Reads a file's rows into records. Each row's `ref` must be valid and unique in the file;
/// `build` reads the other cells (it gets `None` for an invalid ref, and should still read
/// them so that every problem of the row is reported). Only rows without a problem are kept.
pub fn read_records<R>(
    source: &Source,
    columns: &'static [Column],
    problems: &mut Vec<Problem>,
    mut build: impl FnMut(&mut Cells<'_>, Option<Ref>) -> Option<R>,
) -> Vec<R> {
    let table = Table::read(&source.name, &source.text, columns, problems);
    let mut first_line: HashMap<Ref, u64> = HashMap::new();
    let mut records = Vec::new();
    for row in &table.rows {
        let mut cells = table.cells(row, problems);
        let reference = cells.required("ref", Ref::parse);
        if let Some(reference) = &reference
            && let Some(first) = first_line.insert(reference.clone(), cells.line())
        {
            cells.problem(
                "ref",
                format!("{reference} appears twice in this file (first on line {first})"),
            );
        }
        if let Some(record) = build(&mut cells, reference)
            && cells.ok()
        {
            records.push(record);
        }
    }
    records
}

/// Typed access to the cells of one row. Each getter returns `None` when the cell is invalid,
/// after recording why; `ok()` tells whether the whole row parsed.
pub struct Cells<'t> {
    table: &'t Table<'t>,
    row: &'t Row,
    problems: &'t mut Vec<Problem>,
    ok: bool,
}

impl Cells<'_> {
    pub fn line(&self) -> u64 {
        self.row.line
    }

    pub fn ok(&self) -> bool {
        self.ok
    }

    fn index(&self, name: &str) -> usize {
        self.table
            .columns
            .iter()
            .position(|c| c.name == name)
            .unwrap_or_else(|| panic!("{name} is not a column of {}", self.table.file))
    }

    /// The raw trimmed text of a cell; empty when the column is absent.
    pub fn text(&self, name: &str) -> &str {
        match self.table.positions[self.index(name)] {
            Some(position) => &self.row.cells[position - 1],
            None => "",
        }
    }

    /// Records a problem with the cell of `name`.
    pub fn problem(&mut self, name: &str, message: String) {
        self.ok = false;
        let problem = match self.table.positions[self.index(name)] {
            Some(position) => Problem::at(self.table.file, self.row.line, position, name, message),
            None => Problem::file(
                self.table.file,
                self.row.line,
                &format!("column {name}: {message}"),
            ),
        };
        self.problems.push(problem);
    }

    /// A cell that must be given.
    pub fn required<T>(&mut self, name: &str, parse: impl FnOnce(&str) -> Result<T, String>) -> Option<T> {
        let text = self.text(name);
        if text.is_empty() {
            // A missing required column is reported once, at the header.
            if self.table.positions[self.index(name)].is_some() {
                self.problem(name, "is required but empty".to_owned());
            } else {
                self.ok = false;
            }
            return None;
        }
        match parse(text) {
            Ok(value) => Some(value),
            Err(message) => {
                self.problem(name, message);
                None
            }
        }
    }

    /// A cell that may be empty ("not given"). `None` only when the given text is invalid.
    pub fn optional<T>(
        &mut self,
        name: &str,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Option<Option<T>> {
        let text = self.text(name);
        if text.is_empty() {
            return Some(None);
        }
        match parse(text) {
            Ok(value) => Some(Some(value)),
            Err(message) => {
                self.problem(name, message);
                None
            }
        }
    }

    /// A `;`-separated list of at most `max` distinct values; empty when not given.
    pub fn list<T: PartialEq>(
        &mut self,
        name: &str,
        max: usize,
        parse: impl Fn(&str) -> Result<T, String>,
    ) -> Option<Vec<T>> {
        let text = self.text(name);
        if text.is_empty() {
            return Some(Vec::new());
        }
        let mut values = Vec::new();
        let mut messages = Vec::new();
        let items: Vec<&str> = text.split(LIST_SEPARATOR).map(str::trim).collect();
        if items.len() > max {
            messages.push(format!("lists {} values; at most {max} are allowed", items.len()));
        }
        for item in items {
            if item.is_empty() {
                messages.push(format!(
                    "has an empty value between \"{LIST_SEPARATOR}\" separators"
                ));
                continue;
            }
            match parse(item) {
                Ok(value) if values.contains(&value) => messages.push(format!("lists {item:?} twice")),
                Ok(value) => values.push(value),
                Err(message) => messages.push(message),
            }
        }
        if messages.is_empty() {
            Some(values)
        } else {
            for message in messages {
                self.problem(name, message);
            }
            None
        }
    }
}

/// Joins list values into one cell.
pub fn join_list<T: ToString>(values: &[T]) -> String {
    values
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(&LIST_SEPARATOR.to_string())
}
