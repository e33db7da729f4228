//! The multilingual concept glossary (`data/glossary/<domain>.csv`, described in its README):
//! each concept of the fourteen domains with its terms in English, Chinese, Indonesian, Malay,
//! Vietnamese, Thai, and Khmer, Lao and Burmese where known. It is the bridge between a need
//! written in an ASEAN language and technologies described in English and Chinese: search and
//! matching both find the concepts a text names, whatever its language.
//!
//! Terms are found as whole words. Latin-script terms are matched on reduced words (see
//! [`normalise`]); Chinese terms as substrings; Thai, Lao, Khmer and Burmese terms as substrings
//! that begin and end where ICU's word segmenter puts a word boundary.

pub mod normalise;

use std::collections::{BTreeSet, HashMap};
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use icu_segmenter::WordSegmenter;
use icu_segmenter::options::WordBreakInvariantOptions;

use crate::catalogue::Domain;
use crate::catalogue::words::is_han;
use crate::i18n::Lang;
use crate::matching::text::is_unspaced;
use normalise::{Family, canonical, fold};

/// The columns of a glossary file.
pub const HEADER: [&str; 11] = [
    "concept", "en", "zh", "id", "ms", "vi", "th", "km", "lo", "my", "note",
];
/// The languages every concept has terms in.
pub const REQUIRED: [&str; 6] = ["en", "zh", "id", "ms", "vi", "th"];

/// One concept and its terms, the preferred term first in each language.
#[derive(Debug, Clone)]
pub struct Concept {
    pub id: String,
    pub domain: Domain,
    /// (language, terms) in the order of [`HEADER`]; languages without a term are left out.
    pub terms: Vec<(&'static str, Vec<String>)>,
    pub note: String,
}

impl Concept {
    pub fn terms(&self, language: &str) -> &[String] {
        self.terms
            .iter()
            .find(|(l, _)| *l == language)
            .map_or(&[], |(_, t)| t.as_slice())
    }

    /// The preferred term in `language`, else in English.
    pub fn label(&self, language: &str) -> &str {
        self.terms(language)
            .first()
            .or_else(|| self.terms("en").first())
            .map_or(self.id.as_str(), String::as_str)
    }
}

/// The glossary files compiled into the portal: (file name, text), one per domain, named
/// `<domain>.csv` (`build.rs` lists them).
pub mod files {
    include!(concat!(env!("OUT_DIR"), "/glossary_files.rs"));
}

/// Reads one glossary file; a problem is reported as `file:line:column: what`.
pub fn parse(domain: Domain, file: &str, text: &str) -> Result<Vec<Concept>, String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut concepts = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let line = index + 1;
        let record = record.map_err(|e| format!("{file}:{line}:1: {e}"))?;
        let cells: Vec<&str> = record.iter().collect();
        if line == 1 {
            if cells != HEADER {
                return Err(format!("{file}:1:1: the header must be {}", HEADER.join(",")));
            }
            continue;
        }
        if cells.len() != HEADER.len() {
            return Err(format!(
                "{file}:{line}:1: {} cells, expected {}",
                cells.len(),
                HEADER.len()
            ));
        }
        let id = cells[0];
        let prefix = format!("{}.", domain.code());
        let slug = id.strip_prefix(&prefix).unwrap_or_default();
        if slug.is_empty()
            || !slug
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(format!(
                "{file}:{line}:1: column concept: {id:?} must be {prefix}<lowercase-slug>"
            ));
        }
        let mut terms = Vec::new();
        for (column, (language, cell)) in HEADER.iter().zip(&cells).enumerate().take(10).skip(1) {
            let at = |what: String| format!("{file}:{line}:{}: column {language}: {what}", column + 1);
            if cell.is_empty() {
                if REQUIRED.contains(language) {
                    return Err(at("a term is required".to_owned()));
                }
                continue;
            }
            let list: Vec<String> = cell.split('|').map(str::to_owned).collect();
            if list.iter().any(|t| t.trim().is_empty() || t.trim() != t) {
                return Err(at(format!("{cell:?} has an empty term or spaces around '|'")));
            }
            terms.push((*language, list));
        }
        concepts.push(Concept {
            id: id.to_owned(),
            domain,
            terms,
            note: cells[10].to_owned(),
        });
    }
    Ok(concepts)
}

/// Patterns and the concept each one names.
#[derive(Default)]
struct Patterns {
    patterns: Vec<String>,
    concepts: Vec<u32>,
}

impl Patterns {
    fn add(&mut self, pattern: String, concept: usize) {
        self.patterns.push(pattern);
        self.concepts.push(concept as u32);
    }

    fn build(self) -> (AhoCorasick, Vec<u32>) {
        let automaton = AhoCorasick::new(&self.patterns).expect("glossary patterns fit an automaton");
        (automaton, self.concepts)
    }
}

pub struct Glossary {
    pub concepts: Vec<Concept>,
    by_id: HashMap<String, usize>,
    /// Per family of Latin-script languages: reduced terms between spaces.
    spaced: Vec<(Family, AhoCorasick, Vec<u32>)>,
    /// Chinese, Thai, Lao, Khmer and Burmese terms, as written.
    unspaced: (AhoCorasick, Vec<u32>),
}

/// The glossary compiled into the portal. Its files are checked by the test suite.
pub static GLOSSARY: LazyLock<Glossary> = LazyLock::new(|| {
    let mut concepts = Vec::new();
    for (file, text) in files::FILES {
        let domain = file.strip_suffix(".csv").and_then(|d| Domain::parse(d).ok());
        let Some(domain) = domain else {
            panic!("the glossary file {file} is not named after a domain");
        };
        match parse(domain, file, text) {
            Ok(mut more) => concepts.append(&mut more),
            Err(problem) => panic!("the glossary compiled into the portal is invalid: {problem}"),
        }
    }
    Glossary::new(concepts)
});

impl Glossary {
    pub fn new(concepts: Vec<Concept>) -> Self {
        let mut spaced: HashMap<Family, Patterns> = HashMap::new();
        let mut unspaced = Patterns::default();
        for (index, concept) in concepts.iter().enumerate() {
            for (language, terms) in &concept.terms {
                let family = Family::of(language);
                for term in terms {
                    let term = canonical(term);
                    if term.chars().any(|c| is_han(c) || is_unspaced(c)) {
                        unspaced.add(term.split_whitespace().collect(), index);
                        continue;
                    }
                    let words = family.words(&term);
                    if words.trim().is_empty() {
                        continue;
                    }
                    let patterns = spaced.entry(family).or_default();
                    if family == Family::Vietnamese {
                        let folded = fold(&words);
                        if folded != words {
                            patterns.add(folded, index);
                        }
                    }
                    patterns.add(words, index);
                }
            }
        }
        let by_id = concepts
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        let mut spaced: Vec<(Family, AhoCorasick, Vec<u32>)> = spaced
            .into_iter()
            .map(|(family, patterns)| {
                let (automaton, ids) = patterns.build();
                (family, automaton, ids)
            })
            .collect();
        spaced.sort_by_key(|(family, ..)| *family);
        Self {
            concepts,
            by_id,
            spaced,
            unspaced: unspaced.build(),
        }
    }

    pub fn get(&self, id: &str) -> Option<&Concept> {
        self.by_id.get(id).map(|i| &self.concepts[*i])
    }

    /// The concepts `text` names, by index, in the order they first appear. `language` is the
    /// text's language when known: its family's terms are looked for, and English ones, as
    /// texts in ASEAN languages often use English technical words; when unknown, every family's.
    pub fn find(&self, text: &str, language: Option<&str>) -> Vec<usize> {
        let text = canonical(text);
        let mut found: Vec<(usize, u32)> = Vec::new();
        for (family, automaton, ids) in &self.spaced {
            let wanted = match language {
                None => true,
                Some(language) => *family == Family::English || *family == Family::of(language),
            };
            if !wanted {
                continue;
            }
            let words = family.words(&text);
            for m in automaton.find_overlapping_iter(&words) {
                found.push((m.start(), ids[m.pattern().as_usize()]));
            }
            if *family == Family::Vietnamese {
                // A text typed without tone marks still finds the Vietnamese terms.
                let folded = fold(&words);
                if folded != words {
                    for m in automaton.find_overlapping_iter(&folded) {
                        found.push((m.start(), ids[m.pattern().as_usize()]));
                    }
                }
            }
        }
        let (automaton, ids) = &self.unspaced;
        let mut boundaries: Option<BTreeSet<usize>> = None;
        for m in automaton.find_overlapping_iter(&text) {
            let term = &text[m.start()..m.end()];
            if term.chars().any(is_unspaced) {
                // Thai, Lao, Khmer and Burmese: only whole words, as ICU cuts them.
                let cuts = boundaries.get_or_insert_with(|| word_boundaries(&text));
                if !(cuts.contains(&m.start()) && cuts.contains(&m.end())) {
                    continue;
                }
            }
            // Positions in the two kinds of text differ; they only order what is found.
            found.push((m.start(), ids[m.pattern().as_usize()]));
        }
        found.sort();
        let mut seen = BTreeSet::new();
        found
            .into_iter()
            .filter_map(|(_, id)| seen.insert(id).then_some(id as usize))
            .collect()
    }
}

/// Where ICU's word segmenter cuts `text` (dictionary-based for Thai, Lao, Khmer and Burmese).
fn word_boundaries(text: &str) -> BTreeSet<usize> {
    WordSegmenter::new_auto(WordBreakInvariantOptions::default())
        .segment_str(text)
        .collect()
}

/// A concept's preferred term in the reader's language (English when it has none there).
pub fn label(id: &str, lang: Lang) -> String {
    GLOSSARY
        .get(id)
        .map_or_else(|| id.to_owned(), |c| c.label(&lang.code()).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "concept,en,zh,id,ms,vi,th,km,lo,my,note
agriculture.paddy-dryer,paddy dryer|grain dryer,稻谷烘干机|烘干机,pengering gabah,pengering padi,máy sấy lúa,เครื่องอบข้าวเปลือก,,,,drying
agriculture.drip-irrigation,drip irrigation,滴灌,irigasi tetes,pengairan titis,tưới nhỏ giọt,ระบบน้ำหยด,,,,water to roots
";

    fn sample() -> Glossary {
        Glossary::new(parse(Domain::Agriculture, "agriculture.csv", SAMPLE).unwrap())
    }

    fn ids(glossary: &Glossary, text: &str, language: Option<&str>) -> Vec<String> {
        glossary
            .find(text, language)
            .into_iter()
            .map(|i| glossary.concepts[i].id.clone())
            .collect()
    }

    #[test]
    fn a_concept_is_found_in_every_language() {
        let g = sample();
        let dryer = vec!["agriculture.paddy-dryer".to_owned()];
        assert_eq!(
            ids(&g, "We need paddy dryers for the wet season", Some("en")),
            dryer
        );
        assert_eq!(ids(&g, "我们需要稻谷烘干机", Some("zh")), dryer);
        assert_eq!(
            ids(&g, "Kami membutuhkan mesin pengeringan gabah", Some("id")),
            dryer
        );
        assert_eq!(ids(&g, "Hợp tác xã cần máy sấy lúa", Some("vi")), dryer);
        assert_eq!(
            ids(&g, "hop tac xa can may say lua", Some("vi")),
            dryer,
            "without tone marks"
        );
        assert_eq!(ids(&g, "สหกรณ์ต้องการเครื่องอบข้าวเปลือกสำหรับฤดูฝน", Some("th")), dryer);
        assert_eq!(
            ids(&g, "drip irrigation and a grain dryer", None),
            vec![
                "agriculture.drip-irrigation".to_owned(),
                "agriculture.paddy-dryer".to_owned()
            ]
        );
    }

    #[test]
    fn terms_match_whole_words_only() {
        let g = sample();
        assert!(ids(&g, "paddy dryerless", Some("en")).is_empty());
        assert!(ids(&g, "烘干", Some("zh")).is_empty());
        // Inflected English forms reduce like the term.
        assert_eq!(
            ids(&g, "dripping irrigations", Some("en")),
            vec!["agriculture.drip-irrigation".to_owned()]
        );
    }

    #[test]
    fn problems_name_file_line_and_column() {
        let broken = "concept,en,zh,id,ms,vi,th,km,lo,my,note\nagriculture.x,x,,a,b,c,d,,,,\n";
        assert_eq!(
            parse(Domain::Agriculture, "agriculture.csv", broken).unwrap_err(),
            "agriculture.csv:2:3: column zh: a term is required"
        );
    }
}
