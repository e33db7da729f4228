//! The catalogue's domain: code lists, the small value types every entry is built from, and
//! the queries over institutions, technologies and needs. No HTTP here.

pub mod cache;
pub mod codes;
pub mod countries;
pub mod figures;
pub mod institutions;
pub mod needs;
pub mod search;
pub mod technologies;
pub mod words;

pub use codes::{
    BudgetBand, CooperationMode, Domain, EntryKind, InstitutionKind, IpKind, Language, OrgKind, Status,
};

/// One page of a filtered list and the number of rows matching: `push_filtered` adds the
/// `FROM … WHERE …` of the list, `order` its `ORDER BY` expressions.
pub(crate) async fn paged<T>(
    pool: &sqlx::PgPool,
    columns: &str,
    push_filtered: impl Fn(&mut sqlx::QueryBuilder<sqlx::Postgres>),
    order: &str,
    page: i64,
) -> sqlx::Result<(Vec<T>, i64)>
where
    T: Send + Unpin + for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow>,
{
    let mut count = sqlx::QueryBuilder::new("SELECT count(*)");
    push_filtered(&mut count);
    let total: i64 = count.build_query_scalar().fetch_one(pool).await?;
    let mut qb = sqlx::QueryBuilder::new("SELECT ");
    qb.push(columns.to_owned());
    push_filtered(&mut qb);
    qb.push(format!(" ORDER BY {order} LIMIT "))
        .push_bind(search::PAGE_SIZE);
    qb.push(" OFFSET ")
        .push_bind((page.max(1) - 1) * search::PAGE_SIZE);
    Ok((qb.build_query_as().fetch_all(pool).await?, total))
}

/// The stable key of an institution, technology or need: `[A-Z0-9-]{3,32}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct Ref(String);

impl Ref {
    pub fn parse(text: &str) -> Result<Self, String> {
        let length_ok = (3..=32).contains(&text.len());
        let chars_ok = text
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-');
        if length_ok && chars_ok {
            Ok(Self(text.to_owned()))
        } else {
            Err(format!(
                "{text:?} is not a valid ref: use 3 to 32 capital letters, digits or hyphens"
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Ref {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Technology readiness level, 1 (basic principles observed) to 9 (proven in operation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct Trl(i16);

impl Trl {
    pub fn parse(text: &str) -> Result<Self, String> {
        match text.parse::<i16>() {
            Ok(level @ 1..=9) => Ok(Self(level)),
            _ => Err(format!(
                "{text:?} is not a readiness level: use a whole number from 1 to 9"
            )),
        }
    }

    pub fn get(self) -> i16 {
        self.0
    }
}

/// A UN Sustainable Development Goal number, 1 to 17.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct Sdg(i16);

impl Sdg {
    pub fn parse(text: &str) -> Result<Self, String> {
        match text.parse::<i16>() {
            Ok(goal @ 1..=17) => Ok(Self(goal)),
            _ => Err(format!(
                "{text:?} is not a Sustainable Development Goal: use a number from 1 to 17"
            )),
        }
    }

    pub fn get(self) -> i16 {
        self.0
    }
}

/// A free-text field with a length limit in characters (not bytes: Chinese counts one each).
pub fn parse_text(text: &str, min: usize, max: usize) -> Result<String, String> {
    let length = text.chars().count();
    if length < min {
        Err("must not be empty".to_owned())
    } else if length > max {
        Err(format!("is {length} characters long; at most {max} are allowed"))
    } else {
        Ok(text.to_owned())
    }
}

/// One keyword of a keyword list: 1 to 60 characters, without the list separator.
pub fn parse_keyword(text: &str) -> Result<String, String> {
    parse_text(text, 1, 60).map_err(|e| format!("keyword {text:?} {e}"))
}

/// An absolute `http://` or `https://` address.
pub fn parse_website(text: &str) -> Result<String, String> {
    let url = url::Url::parse(text).map_err(|e| format!("{text:?} is not a web address ({e})"))?;
    let http = matches!(url.scheme(), "http" | "https");
    if !http || url.host_str().is_none_or(str::is_empty) || text.chars().count() > 2000 {
        return Err(format!("{text:?} is not an absolute http:// or https:// address"));
    }
    Ok(text.to_owned())
}

/// An ISO calendar date, `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Result<time::Date, String> {
    time::Date::parse(text, time::macros::format_description!("[year]-[month]-[day]"))
        .map_err(|_| format!("{text:?} is not a date: use YYYY-MM-DD, e.g. 2026-03-31"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refs_follow_the_format() {
        assert!(Ref::parse("GX-UNIV-001").is_ok());
        assert!(Ref::parse("T1").is_err());
        assert!(Ref::parse("t-0001").is_err());
        assert!(Ref::parse(&"A".repeat(33)).is_err());
    }

    #[test]
    fn trl_is_one_to_nine() {
        assert_eq!(Trl::parse("9").map(Trl::get), Ok(9));
        assert!(Trl::parse("0").is_err());
        assert!(Trl::parse("10").is_err());
        assert!(Trl::parse("7.5").is_err());
    }

    #[test]
    fn text_length_counts_characters_not_bytes() {
        assert!(parse_text(&"木".repeat(200), 1, 200).is_ok());
        assert!(parse_text(&"木".repeat(201), 1, 200).is_err());
    }

    #[test]
    fn websites_must_be_absolute_http() {
        assert!(parse_website("https://lijiang-agri.example").is_ok());
        assert!(parse_website("ftp://x.example").is_err());
        assert!(parse_website("www.example.com").is_err());
    }

    #[test]
    fn dates_are_iso() {
        assert!(parse_date("2026-02-28").is_ok());
        assert!(parse_date("2026-02-30").is_err());
        assert!(parse_date("28/02/2026").is_err());
    }
}
