//! How words of each Latin-script language are reduced before glossary terms are looked for:
//! English to Snowball stems, Indonesian and Malay stripped of their affixes, Vietnamese kept
//! with its tone marks (and also matched without them). Terms and texts go through the same
//! function, so a term matches every form that reduces like it.

use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

static ENGLISH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// The families of Latin-script languages that reduce words alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    English,
    /// Indonesian and Malay share their affixes.
    Malay,
    Vietnamese,
    /// Words only lowercased (Filipino, and anything else).
    Plain,
}

impl Family {
    pub const ALL: [Family; 4] = [Family::English, Family::Malay, Family::Vietnamese, Family::Plain];

    /// The family of a language code of the format.
    pub fn of(language: &str) -> Family {
        match language {
            "en" => Family::English,
            "id" | "ms" => Family::Malay,
            "vi" => Family::Vietnamese,
            _ => Family::Plain,
        }
    }

    /// One word, lowercased, reduced the family's way.
    pub fn reduce(self, word: &str) -> String {
        match self {
            Family::English => ENGLISH.stem(word).into_owned(),
            Family::Malay => malay_stem(word),
            Family::Vietnamese | Family::Plain => word.to_owned(),
        }
    }

    /// A text as its reduced words, each between single spaces (` a b c `), so that a term,
    /// reduced the same way, is found only as whole words.
    pub fn words(self, text: &str) -> String {
        let mut out = String::from(" ");
        for word in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            out.push_str(&self.reduce(&word.to_lowercase()));
            out.push(' ');
        }
        out
    }
}

/// Text in Unicode's composed form and lowercase: Vietnamese typed with combining marks and with
/// precomposed letters reads the same.
pub fn canonical(text: &str) -> String {
    text.nfc().collect::<String>().to_lowercase()
}

/// Vietnamese (or any Latin text) without its diacritics: `lúa` → `lua`, `đập` → `dap`.
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            c => c,
        })
        .collect()
}

fn vowels(word: &str) -> usize {
    word.chars().filter(|c| "aeiou".contains(*c)).count()
}

fn starts_with_vowel(word: &str) -> bool {
    word.starts_with(|c: char| "aeiou".contains(c))
}

/// A light stemmer for Indonesian and Malay after the Snowball Indonesian algorithm: particles
/// (-kah, -lah, -pun), possessives (-ku, -mu, -nya), a prefix (meN-, peN-, di-, ter-, ke-, ber-,
/// per-, se-), then particles and possessives, then a suffix (-kan, -an, -i) are taken off while two syllables remain, so that
/// `pengeringan`, `mengeringkan` and `pengering` all become `ering`.
pub fn malay_stem(word: &str) -> String {
    let mut w = word.to_owned();
    if !w.is_ascii() || vowels(&w) <= 2 {
        return w;
    }
    // First-order prefixes, with the nasal's assimilated consonant given back where it is sure.
    let mut prefix = "";
    for (start, restore) in [
        ("meng", ""),
        ("meny", "s"),
        ("mem", "p"),
        ("men", ""),
        ("me", ""),
        ("peng", ""),
        ("peny", "s"),
        ("pem", "p"),
        ("pen", ""),
        ("di", ""),
        ("ter", ""),
        ("ke", ""),
    ] {
        if let Some(rest) = w.strip_prefix(start)
            && vowels(rest) >= 2
        {
            let rest = if !restore.is_empty() && starts_with_vowel(rest) {
                format!("{restore}{rest}")
            } else {
                rest.to_owned()
            };
            w = rest;
            prefix = start;
            break;
        }
    }
    if prefix.is_empty() || prefix == "pe" {
        for start in ["ber", "per", "pel", "be", "pe", "se"] {
            if let Some(rest) = w.strip_prefix(start)
                && vowels(rest) >= 2
            {
                w = rest.to_owned();
                break;
            }
        }
    }
    // Then particles and possessives, so that a stem ending in -lah (olah) keeps it.
    for particle in ["kah", "lah", "pun"] {
        if w.ends_with(particle) && vowels(&w[..w.len() - particle.len()]) >= 2 {
            w.truncate(w.len() - particle.len());
            break;
        }
    }
    for possessive in ["nya", "ku", "mu"] {
        if w.ends_with(possessive) && vowels(&w[..w.len() - possessive.len()]) >= 2 {
            w.truncate(w.len() - possessive.len());
            break;
        }
    }
    for suffix in ["kan", "an", "i"] {
        if let Some(rest) = w.strip_suffix(suffix) {
            // -i stays after s (as in "analisis"), -kan after ke- and peN- is part of the word.
            let keep = (suffix == "i" && rest.ends_with('s'))
                || (suffix == "kan" && matches!(prefix, "ke" | "peng" | "pen" | "pem" | "peny"));
            if !keep && vowels(rest) >= 2 {
                w = rest.to_owned();
                break;
            }
        }
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_and_malay_affixes_come_off() {
        for word in ["pengeringan", "mengeringkan", "pengering"] {
            assert_eq!(malay_stem(word), "ering", "{word}");
        }
        assert_eq!(malay_stem("pengolahan"), malay_stem("mengolah"));
        assert_eq!(malay_stem("pertanian"), "tani");
        assert_eq!(malay_stem("limbahnya"), "limbah");
        assert_eq!(malay_stem("air"), "air");
    }

    #[test]
    fn vietnamese_reads_the_same_composed_or_not_and_folds() {
        let decomposed = "lu\u{0301}a"; // "lúa" typed with a combining accent
        assert_eq!(canonical(decomposed), "lúa");
        assert_eq!(fold("Máy sấy lúa đập"), "May say lua dap");
    }

    #[test]
    fn words_are_whole_and_reduced() {
        assert_eq!(
            Family::English.words("Paddy dryers, for rice!"),
            " paddi dryer for rice "
        );
        assert_eq!(
            Family::Malay.words("mesin pengering gabah"),
            " mesin ering gabah "
        );
    }
}
