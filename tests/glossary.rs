//! The multilingual glossary as shipped: complete, well formed, and every term findable by the
//! matcher in text of its own language.

use std::collections::HashSet;

use portal::catalogue::Domain;
use portal::glossary::{GLOSSARY, HEADER, REQUIRED, files, parse};

/// The Unicode block each non-Latin column must be written in.
fn script(language: &str) -> Option<std::ops::RangeInclusive<char>> {
    match language {
        "zh" => Some('\u{4E00}'..='\u{9FFF}'),
        "th" => Some('\u{0E00}'..='\u{0E7F}'),
        "lo" => Some('\u{0E80}'..='\u{0EFF}'),
        "km" => Some('\u{1780}'..='\u{17FF}'),
        "my" => Some('\u{1000}'..='\u{109F}'),
        _ => None,
    }
}

#[test]
fn every_domain_has_its_file_and_the_glossary_is_large_enough() {
    let mut domains = HashSet::new();
    for (file, text) in files::FILES {
        let domain =
            Domain::parse(file.strip_suffix(".csv").unwrap()).expect("files are named after domains");
        let concepts = parse(domain, file, text).unwrap_or_else(|e| panic!("{e}"));
        assert!(concepts.len() >= 100, "{file}: only {} concepts", concepts.len());
        domains.insert(domain);
    }
    assert_eq!(domains.len(), Domain::ALL.len(), "a glossary file per domain");
    assert!(
        GLOSSARY.concepts.len() >= 1500,
        "{} concepts",
        GLOSSARY.concepts.len()
    );
    let ids: HashSet<&str> = GLOSSARY.concepts.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids.len(), GLOSSARY.concepts.len(), "concept ids are unique");
}

#[test]
fn every_term_is_in_its_language_and_script() {
    let mut problems = Vec::new();
    for concept in &GLOSSARY.concepts {
        for language in REQUIRED {
            if concept.terms(language).is_empty() {
                problems.push(format!("{}: no {language} term", concept.id));
            }
        }
        for language in &HEADER[1..10] {
            for term in concept.terms(language) {
                let ok = match script(language) {
                    Some(block) => term.chars().any(|c| block.contains(&c)),
                    // Latin-script languages: no Chinese or Southeast Asian script in them.
                    None => !term.chars().any(|c| {
                        ('\u{0E00}'..='\u{17FF}').contains(&c) || ('\u{4E00}'..='\u{9FFF}').contains(&c)
                    }),
                };
                if !ok {
                    problems.push(format!(
                        "{}: {language} term {term:?} is not in its script",
                        concept.id
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Each term, written alone as a text in its language, names its concept. A few Thai, Lao,
/// Khmer and Burmese terms are cut by ICU's segmenter inside a word and cannot be found on
/// their own; they are listed, and must stay rare.
#[test]
fn terms_are_found_in_text_of_their_language() {
    let (mut tried, mut missed) = (0, Vec::new());
    for (index, concept) in GLOSSARY.concepts.iter().enumerate() {
        for language in &HEADER[1..10] {
            for term in concept.terms(language) {
                tried += 1;
                let text = format!("{term}.");
                if !GLOSSARY.find(&text, Some(language)).contains(&index) {
                    missed.push(format!("{} {language} {term}", concept.id));
                }
            }
        }
    }
    let share = missed.len() as f64 / tried as f64;
    assert!(
        share < 0.02,
        "{} of {tried} terms not found:\n{}",
        missed.len(),
        missed.join("\n")
    );
}
