//! The in-memory index of published technologies: a TF-IDF vector per technology over the terms
//! of its titles, summaries, description and keywords (English and Chinese), an inverted list per
//! term, and the facts the constraints and soft signals need.

use std::collections::HashMap;

use sqlx::PgPool;

use super::text::tokens;
use crate::catalogue::{BudgetBand, CooperationMode, Domain};
use crate::glossary::GLOSSARY;

/// What matching needs to know of a technology besides its text.
#[derive(Debug, Clone)]
pub struct Technology {
    pub id: i64,
    pub reference: String,
    pub domain: Domain,
    pub trl: i16,
    pub cooperation: Vec<CooperationMode>,
    pub budget_band: Option<BudgetBand>,
    pub sdgs: Vec<i16>,
    pub deployed_in: Vec<String>,
}

/// The text of a technology, field by field.
#[derive(Debug, Clone, Default)]
pub struct Text {
    pub title_en: String,
    pub title_zh: Option<String>,
    pub summary_en: String,
    pub summary_zh: Option<String>,
    pub description_en: Option<String>,
    pub keywords: Vec<String>,
}

/// How much a word counts by where it stands: a title says what a technology is, a description
/// also says much else.
const TITLE: f32 = 3.0;
const KEYWORDS: f32 = 2.0;
const SUMMARY: f32 = 1.5;
const DESCRIPTION: f32 = 1.0;

/// Weighted term counts of a text, with the first form each term was written in.
#[derive(Debug, Default)]
pub struct Bag {
    pub counts: HashMap<String, f32>,
    pub surfaces: HashMap<String, String>,
}

/// How much a glossary concept named in a text counts, against one of its words.
pub const CONCEPT: f32 = 1.0;

/// A text in a language the catalogue is not written in (not English, not Chinese) also gets
/// the words of the English name of each concept it names, at this weight: it then shares
/// words with the technologies as the same text written in English would (measured: nDCG@10 of
/// the translated judged needs 0.617 without, 0.649 with; English ones unchanged).
pub const ENGLISH_NAME: f32 = 0.5;

/// Glossary concepts are terms too, written `@<concept id>`: a Thai need and an English
/// technology that name the same concept share that term.
pub const CONCEPT_MARK: char = '@';

/// Marks the written form of a word a text does not hold itself (see [`ENGLISH_NAME`]).
pub const UNWRITTEN: char = '~';

impl Bag {
    /// Adds the words of `text`, and the glossary concepts it names; `language` is the
    /// text's language when known.
    pub fn add(&mut self, text: &str, weight: f32, language: Option<&str>) {
        for token in tokens(text) {
            *self.counts.entry(token.term.clone()).or_default() += weight;
            self.surfaces.entry(token.term).or_insert(token.surface);
        }
        for concept in GLOSSARY.find(text, language) {
            let term = format!("{CONCEPT_MARK}{}", GLOSSARY.concepts[concept].id);
            *self.counts.entry(term.clone()).or_default() += weight * CONCEPT;
            self.surfaces.entry(term.clone()).or_insert(term);
            if language.is_some_and(|l| l != "en" && l != "zh")
                && let Some(name) = GLOSSARY.concepts[concept].terms("en").first()
            {
                for token in tokens(name) {
                    *self.counts.entry(token.term.clone()).or_default() += weight * ENGLISH_NAME;
                    // Not written in the text: never shown as a shared word.
                    self.surfaces
                        .entry(token.term)
                        .or_insert_with(|| format!("{UNWRITTEN}{}", token.surface));
                }
            }
        }
    }
}

impl Text {
    fn bag(&self) -> Bag {
        let mut bag = Bag::default();
        bag.add(&self.title_en, TITLE, Some("en"));
        bag.add(self.title_zh.as_deref().unwrap_or_default(), TITLE, Some("zh"));
        bag.add(&self.summary_en, SUMMARY, Some("en"));
        bag.add(
            self.summary_zh.as_deref().unwrap_or_default(),
            SUMMARY,
            Some("zh"),
        );
        bag.add(
            self.description_en.as_deref().unwrap_or_default(),
            DESCRIPTION,
            Some("en"),
        );
        // Keywords are English or Chinese; either script's terms are found in them.
        for keyword in &self.keywords {
            bag.add(keyword, KEYWORDS, Some("en"));
        }
        bag
    }
}

/// A sparse vector of unit length: (term id, weight), sorted by term id.
pub type Vector = Vec<(u32, f32)>;

pub struct Index {
    terms: HashMap<String, u32>,
    idf: Vec<f32>,
    /// For each term, the technologies holding it and its weight in their vectors.
    postings: Vec<Vec<(u32, f32)>>,
    pub technologies: Vec<Technology>,
    pub vectors: Vec<Vector>,
}

/// Term frequency damped by its logarithm.
fn tf(count: f32) -> f32 {
    1.0 + count.max(1.0).ln()
}

fn normalise(vector: &mut Vector) {
    let norm = vector.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        vector.iter_mut().for_each(|(_, w)| *w /= norm);
    }
    vector.sort_unstable_by_key(|(t, _)| *t);
}

impl Index {
    pub fn build(entries: Vec<(Technology, Text)>) -> Self {
        // Cutting text into words is most of the work: spread it over the cores.
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        let chunk = entries.len().div_ceil(threads).max(1);
        let bags: Vec<Bag> = std::thread::scope(|scope| {
            let parts: Vec<_> = entries
                .chunks(chunk)
                .map(|part| scope.spawn(move || part.iter().map(|(_, text)| text.bag()).collect::<Vec<_>>()))
                .collect();
            parts
                .into_iter()
                .flat_map(|part| part.join().expect("cutting text into words does not panic"))
                .collect()
        });
        let mut terms: HashMap<String, u32> = HashMap::new();
        let mut df: Vec<u32> = Vec::new();
        for bag in &bags {
            for term in bag.counts.keys() {
                let next = terms.len() as u32;
                let id = *terms.entry(term.clone()).or_insert(next);
                if id as usize == df.len() {
                    df.push(0);
                }
                df[id as usize] += 1;
            }
        }
        let n = bags.len().max(1) as f32;
        let idf: Vec<f32> = df.iter().map(|d| (1.0 + n / *d as f32).ln()).collect();
        let mut postings = vec![Vec::new(); terms.len()];
        let mut vectors = Vec::with_capacity(bags.len());
        for (doc, bag) in bags.iter().enumerate() {
            let mut vector: Vector = bag
                .counts
                .iter()
                .map(|(term, count)| {
                    let id = terms[term];
                    (id, tf(*count) * idf[id as usize])
                })
                .collect();
            normalise(&mut vector);
            for (term, weight) in &vector {
                postings[*term as usize].push((doc as u32, *weight));
            }
            vectors.push(vector);
        }
        Self {
            terms,
            idf,
            postings,
            technologies: entries.into_iter().map(|(t, _)| t).collect(),
            vectors,
        }
    }

    /// The published technologies as they are now.
    pub async fn load(pool: &PgPool) -> sqlx::Result<Self> {
        let rows = sqlx::query!(
            r#"SELECT t.id, t.ref, t.title_en, t.title_zh, t.summary_en, t.summary_zh, t.description_en,
                      t.domain AS "domain: Domain", t.keywords, t.trl,
                      t.cooperation AS "cooperation: Vec<CooperationMode>",
                      t.budget_band AS "budget_band: BudgetBand", t.sdgs,
                      ARRAY(SELECT d.country FROM technology_deployments d WHERE d.technology_id = t.id) AS "deployed_in!"
               FROM technologies t WHERE t.status = 'published' ORDER BY t.id"#
        )
        .fetch_all(pool)
        .await?;
        let entries = rows
            .into_iter()
            .map(|r| {
                let technology = Technology {
                    id: r.id,
                    reference: r.r#ref,
                    domain: r.domain,
                    trl: r.trl,
                    cooperation: r.cooperation,
                    budget_band: r.budget_band,
                    sdgs: r.sdgs,
                    deployed_in: r.deployed_in,
                };
                let text = Text {
                    title_en: r.title_en,
                    title_zh: r.title_zh,
                    summary_en: r.summary_en,
                    summary_zh: r.summary_zh,
                    description_en: r.description_en,
                    keywords: r.keywords,
                };
                (technology, text)
            })
            .collect();
        // Cutting a large catalogue into words takes a while: off the async threads.
        tokio::task::spawn_blocking(move || Self::build(entries))
            .await
            .map_err(|e| sqlx::Error::Protocol(format!("building the matching index failed: {e}")))
    }

    pub fn len(&self) -> usize {
        self.technologies.len()
    }

    pub fn is_empty(&self) -> bool {
        self.technologies.is_empty()
    }

    /// A query's bag as a unit vector over the index's terms (others cannot match anything),
    /// with the written form of each term.
    pub fn vector(&self, bag: &Bag) -> (Vector, HashMap<u32, String>) {
        let mut surfaces = HashMap::new();
        let mut vector: Vector = bag
            .counts
            .iter()
            .filter_map(|(term, count)| {
                let id = *self.terms.get(term)?;
                surfaces.insert(id, bag.surfaces[term].clone());
                Some((id, tf(*count) * self.idf[id as usize]))
            })
            .collect();
        normalise(&mut vector);
        (vector, surfaces)
    }

    /// The cosine similarity of `query` with every technology sharing a term with it.
    pub fn similarities(&self, query: &Vector) -> Vec<(u32, f32)> {
        let mut scores = vec![0f32; self.technologies.len()];
        let mut touched = Vec::new();
        for (term, weight) in query {
            for (doc, doc_weight) in &self.postings[*term as usize] {
                let score = &mut scores[*doc as usize];
                if *score == 0.0 {
                    touched.push(*doc);
                }
                *score += weight * doc_weight;
            }
        }
        touched
            .into_iter()
            .map(|doc| (doc, scores[doc as usize]))
            .collect()
    }

    /// The terms `query` and technology `doc` share, by how much each adds to their similarity.
    pub fn shared(&self, query: &Vector, doc: u32) -> Vec<(u32, f32)> {
        let vector = &self.vectors[doc as usize];
        let mut shared: Vec<(u32, f32)> = query
            .iter()
            .filter_map(|(term, weight)| {
                let at = vector.binary_search_by_key(term, |(t, _)| *t).ok()?;
                Some((*term, weight * vector[at].1))
            })
            .collect();
        shared.sort_by(|a, b| b.1.total_cmp(&a.1));
        shared
    }
}
