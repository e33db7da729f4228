//! Text as the matcher reads it: English cut into stemmed words and pairs of adjacent words,
//! Chinese cut into words by jieba, Thai, Lao, Khmer and Burmese (written without spaces) cut
//! into words by ICU's segmenter, common words left out. Each term keeps the form it was written
//! in, so that a reason can say "shares: drip irrigation" rather than "drip_irrig".

use std::sync::LazyLock;

use icu_segmenter::WordSegmenter;
use icu_segmenter::options::WordBreakInvariantOptions;
use rust_stemmers::{Algorithm, Stemmer};

use crate::catalogue::words::{chinese_words, runs};

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// Words too common to tell one need or technology from another.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "must",
    "my",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "per",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "you",
    "your",
    "yours",
    "etc",
    "eg",
    "ie",
    "via",
    "using",
    "used",
    "use",
    "need",
    "needs",
    "looking",
    "want",
    "wants",
    "seek",
    "seeking",
    "help",
    "new",
    "one",
    "two",
    "three",
    "well",
    "many",
    "much",
    "like",
    "get",
    "make",
    "made",
    "based",
    "currently",
    "today",
    "year",
    "years",
    "day",
    "days",
    "month",
    "months",
    "per",
    "local",
    "small",
    "large",
    "high",
    "low",
];

/// One term of a text and how it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub term: String,
    pub surface: String,
}

fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.contains(&word)
}

/// Scripts written without spaces between words, that ICU's segmenter cuts: Thai, Lao,
/// Burmese and Khmer.
pub fn is_unspaced(c: char) -> bool {
    matches!(c, '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}')
}

/// The words of a text in those scripts (other text in it is left out).
fn unspaced_words(text: &str) -> Vec<&str> {
    let segmenter = WordSegmenter::new_auto(WordBreakInvariantOptions::default());
    let breaks: Vec<usize> = segmenter.segment_str(text).collect();
    breaks
        .windows(2)
        .map(|w| &text[w[0]..w[1]])
        .filter(|word| word.chars().any(is_unspaced))
        .collect()
}

/// The terms of `text`: English stems, pairs of adjacent English stems (`a b`), and words of
/// two characters or more in Chinese, Thai, Lao, Khmer and Burmese.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let lower = text.to_lowercase();
    for (han, run) in runs(&lower) {
        if han {
            for word in chinese_words(run) {
                if word.chars().count() >= 2 {
                    out.push(Token {
                        term: word.to_owned(),
                        surface: word.to_owned(),
                    });
                }
            }
            continue;
        }
        if run.chars().any(is_unspaced) {
            for word in unspaced_words(run) {
                let word = word.trim();
                if word.chars().count() >= 2 {
                    out.push(Token {
                        term: word.to_owned(),
                        surface: word.to_owned(),
                    });
                }
            }
        }
        let mut previous: Option<Token> = None;
        // Words in the scripts above are taken already; the rest splits at anything that is
        // not a letter or a digit.
        for word in run.split(|c: char| !c.is_alphanumeric() || is_unspaced(c)) {
            let keep =
                word.chars().count() >= 2 && !is_stop_word(word) && !word.chars().all(|c| c.is_ascii_digit());
            if !keep {
                // A pair spans only words that stand next to each other (stop words aside).
                if !word.is_empty() && !is_stop_word(word) {
                    previous = None;
                }
                continue;
            }
            let token = Token {
                term: STEMMER.stem(word).into_owned(),
                surface: word.to_owned(),
            };
            if let Some(before) = previous.take() {
                out.push(Token {
                    term: format!("{} {}", before.term, token.term),
                    surface: format!("{} {}", before.surface, token.surface),
                });
            }
            out.push(token.clone());
            previous = Some(token);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str) -> Vec<String> {
        tokens(text).into_iter().map(|t| t.term).collect()
    }

    #[test]
    fn english_is_stemmed_and_paired() {
        assert_eq!(
            terms("Drip irrigation for the cassava farms"),
            [
                "drip",
                "drip irrig",
                "irrig",
                "irrig cassava",
                "cassava",
                "cassava farm",
                "farm"
            ]
        );
        let surfaces: Vec<String> = tokens("Drip irrigation").into_iter().map(|t| t.surface).collect();
        assert_eq!(surfaces, ["drip", "drip irrigation", "irrigation"]);
    }

    #[test]
    fn numbers_and_common_words_are_left_out() {
        assert_eq!(terms("We need 200 tonnes"), ["tonn"]);
    }

    #[test]
    fn thai_is_cut_into_words() {
        let terms = terms("ระบบบำบัดน้ำเสีย");
        assert!(terms.len() >= 2, "{terms:?}");
        assert!(terms.iter().all(|t| t.chars().all(is_unspaced)), "{terms:?}");
        assert!(
            terms.contains(&"น้ำ".to_owned()) || terms.contains(&"น้ำเสีย".to_owned()),
            "{terms:?}"
        );
        // Text around it is still read as before.
        let mixed = tokens("biogas ระบบ");
        assert_eq!(mixed.iter().filter(|t| t.surface == "biogas").count(), 1);
    }

    #[test]
    fn chinese_is_cut_into_words() {
        let terms = terms("木薯淀粉废水处理");
        assert!(terms.contains(&"木薯".to_owned()), "{terms:?}");
        assert!(terms.contains(&"废水".to_owned()), "{terms:?}");
        assert!(terms.iter().all(|t| t.chars().count() >= 2));
    }
}
