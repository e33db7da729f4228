//! The interface in several languages. Messages are Fluent files under `locales/<code>/`, one
//! folder per language: adding a folder (with the keys English has) adds the language to the
//! switcher and to negotiation. Dates and numbers are written each language's way by ICU.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, static_loader};
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // No Unicode isolation marks around arguments: pages are plain HTML text.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The language every message exists in, and the one used when nothing else is known.
pub const DEFAULT: &str = "en";

/// One language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lang(&'static LanguageIdentifier);

impl Default for Lang {
    fn default() -> Self {
        Self::parse(DEFAULT).expect("the English messages are always there")
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// Each language's ICU formatters, made once.
struct Formats {
    date: DateTimeFormatter<YMD>,
    number: DecimalFormatter,
}

static FORMATS: LazyLock<HashMap<String, Formats>> = LazyLock::new(|| {
    LOCALES
        .locales()
        .filter_map(|id| {
            // English as written across ASEAN (day, month, year), not as in the United States.
            let code = if id.language.as_str() == "en" {
                "en-001".to_owned()
            } else {
                id.to_string()
            };
            let locale: Locale = code.parse().ok()?;
            let date = DateTimeFormatter::try_new(locale.clone().into(), YMD::long()).ok()?;
            let number = DecimalFormatter::try_new(locale.into(), Default::default()).ok()?;
            Some((id.to_string(), Formats { date, number }))
        })
        .collect()
});

impl Lang {
    /// Every language the interface has, English first, then by code.
    pub fn all() -> Vec<Lang> {
        let mut all: Vec<Lang> = LOCALES.locales().map(Lang).collect();
        all.sort_by_key(|lang| (lang.code() != DEFAULT, lang.code()));
        all
    }

    /// The language with this code (`th`, `zh`, …), if the interface has it.
    pub fn parse(code: &str) -> Option<Lang> {
        let wanted: LanguageIdentifier = code.parse().ok()?;
        LOCALES
            .locales()
            .find(|id| id.language == wanted.language)
            .map(Lang)
    }

    /// The best language for an `Accept-Language` header, if it names one the interface has.
    pub fn negotiate(accept_language: &str) -> Option<Lang> {
        let mut ranges: Vec<(f32, &str)> = accept_language
            .split(',')
            .filter_map(|range| {
                let mut parts = range.split(';').map(str::trim);
                let tag = parts.next().filter(|t| !t.is_empty() && *t != "*")?;
                let quality = parts
                    .find_map(|p| p.strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.parse::<f32>().ok())?;
                (quality > 0.0).then_some((quality, tag))
            })
            .collect();
        // A stable sort keeps the header's order among equal qualities.
        ranges.sort_by(|a, b| b.0.total_cmp(&a.0));
        ranges.into_iter().find_map(|(_, tag)| Lang::parse(tag))
    }

    pub fn code(self) -> String {
        self.0.to_string()
    }

    /// The language's name in itself, for the switcher.
    pub fn name(self) -> String {
        self.t("language-name")
    }

    /// The message `key`.
    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(self.0, key)
    }

    /// The message `key`, if it exists.
    pub fn try_t(self, key: &str) -> Option<String> {
        LOCALES.try_lookup(self.0, key)
    }

    /// The message `key` with arguments.
    pub fn t_with(self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| (Cow::Owned((*name).to_owned()), value.clone()))
            .collect();
        LOCALES.lookup_with_args(self.0, key, &args)
    }

    /// The message `key` with one argument.
    pub fn t1<'a>(self, key: &str, name: &'static str, value: impl Into<FluentValue<'a>>) -> String {
        self.t_with(key, &[(name, value.into())])
    }

    /// The message `key` about a number of things: `$count` chooses the plural form and `$n`
    /// is the number written the language's way.
    pub fn count(self, key: &str, count: i64) -> String {
        self.t_with(
            key,
            &[
                ("count", FluentValue::from(count)),
                ("n", FluentValue::from(self.number(count))),
            ],
        )
    }

    /// The message for one code of a code list, e.g. `domain-agriculture`.
    pub fn code_label(self, list: &str, code: &str) -> String {
        self.t(&format!("{list}-{code}"))
    }

    /// A date written in full, the language's way (in Thai, in the Buddhist era).
    pub fn date(self, date: time::Date) -> String {
        let iso = icu_calendar::Date::try_new_iso(date.year(), u8::from(date.month()), date.day());
        match (FORMATS.get(&self.code()), iso) {
            (Some(formats), Ok(iso)) => formats.date.format(&iso).to_string(),
            _ => date.to_string(),
        }
    }

    /// A whole number with the language's digit grouping.
    pub fn number(self, n: i64) -> String {
        match FORMATS.get(&self.code()) {
            Some(formats) => formats.number.format(&Decimal::from(n)).to_string(),
            None => n.to_string(),
        }
    }
}

/// Something to say to a person, kept as a message key and its arguments until the reader's
/// language is known. As `Display` it is English (for the command line and logs).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Text {
    pub key: String,
    pub args: Vec<(String, String)>,
}

impl Text {
    pub fn new(key: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &str, value: impl ToString) -> Self {
        self.args.push((name.to_owned(), value.to_string()));
        self
    }

    /// The text in `lang`. A number given as an argument stays a number, for plural forms; an
    /// ISO date is written the language's way.
    pub fn in_lang(&self, lang: Lang) -> String {
        let args: Vec<(&str, FluentValue)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = if let Ok(n) = value.parse::<i64>() {
                    FluentValue::from(n)
                } else if let Ok(date) = crate::catalogue::parse_date(value) {
                    FluentValue::from(lang.date(date))
                } else {
                    FluentValue::from(value.as_str())
                };
                (name.as_str(), value)
            })
            .collect();
        lang.t_with(&self.key, &args)
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_lang(Lang::default()))
    }
}

impl std::error::Error for Text {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_best_language_we_have() {
        let code = |header: &str| Lang::negotiate(header).map(Lang::code);
        assert_eq!(code("th-TH,th;q=0.9,en;q=0.8").as_deref(), Some("th"));
        assert_eq!(code("fr-FR,fr;q=0.9,vi;q=0.5,en;q=0.4").as_deref(), Some("vi"));
        assert_eq!(code("en;q=0.2, zh-CN").as_deref(), Some("zh"));
        assert_eq!(code("id;q=0, en").as_deref(), Some("en"));
        assert_eq!(code("fr, de"), None);
        assert_eq!(code(""), None);
    }

    #[test]
    fn dates_and_numbers_follow_the_language() {
        let date = time::macros::date!(2026 - 11 - 25);
        let lang = |code| Lang::parse(code).unwrap();
        assert_eq!(lang("en").date(date), "25 November 2026");
        assert_eq!(lang("zh").date(date), "2026年11月25日");
        assert!(
            lang("th").date(date).contains("2569"),
            "{}",
            lang("th").date(date)
        );
        assert!(lang("vi").date(date).contains("2026"));
        assert_eq!(lang("en").number(1234567), "1,234,567");
        assert_eq!(lang("id").number(1234567), "1.234.567");
        assert_eq!(lang("vi").number(1234567), "1.234.567");
    }
}
