//! Ranking the technologies for one need, and saying why.

use std::collections::HashMap;

use serde::Serialize;

use super::index::{Bag, CONCEPT_MARK, Index, Technology, UNWRITTEN};
use crate::catalogue::codes::{ASEAN, SDG_TITLES};
use crate::catalogue::{BudgetBand, CooperationMode, Domain, Language};
use crate::glossary::GLOSSARY;

/// A need as matching reads it.
#[derive(Debug, Clone)]
pub struct Need {
    pub id: i64,
    pub reference: String,
    pub title: String,
    pub description: String,
    pub keywords: Vec<String>,
    pub language: Language,
    pub country: String,
    pub domain: Option<Domain>,
    pub min_trl: Option<i16>,
    pub cooperation: Vec<CooperationMode>,
    pub budget_band: Option<BudgetBand>,
    pub sdgs: Vec<i16>,
}

/// One reason a technology is a candidate: a code from [`CODES`] and what it means here.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Reason {
    pub code: String,
    /// What it means here, in English (the API's wording).
    pub detail: String,
    /// The codes and words the detail is made of, for saying it in the reader's language:
    /// see [`Reason::args`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<String>,
}

/// The reason codes, documented for the API's users.
pub const CODES: &[(&str, &str)] = &[
    (
        "concept",
        "the need and the technology name these concepts of the glossary, in whatever language each is written",
    ),
    (
        "text",
        "the need and the technology share these words (English or Chinese)",
    ),
    (
        "domain",
        "same domain as the need, or as the need's text suggests when it names none",
    ),
    ("trl", "the technology's readiness level meets the need's minimum"),
    (
        "cooperation",
        "the technology is offered in a cooperation mode the need accepts",
    ),
    (
        "budget",
        "the technology's typical cost fits the need's budget band",
    ),
    ("sdg", "both serve these Sustainable Development Goals"),
    (
        "deployed",
        "already deployed in the need's country, or in a neighbouring ASEAN country",
    ),
    ("confirmed", "alliance staff confirmed the candidate"),
];

/// A candidate technology for a need.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub technology_id: i64,
    pub technology: String,
    pub score: f32,
    pub reasons: Vec<Reason>,
}

/// How much each signal weighs in the score; they sum to 1.
const TEXT: f32 = 0.70;
const DOMAIN: f32 = 0.15;
const DEPLOYED: f32 = 0.05;
const BUDGET: f32 = 0.05;
const SDG: f32 = 0.05;

/// Cosine similarity at which the text signal reaches about two thirds of its weight.
const TEXT_SCALE: f32 = 0.2;

/// How many of the closest texts vote on the domain of a need that names none.
const DOMAIN_VOTERS: usize = 20;

/// ASEAN members that share a land or sea border.
fn neighbours(country: &str) -> &'static [&'static str] {
    match country {
        "BN" => &["MY", "ID"],
        "KH" => &["TH", "LA", "VN"],
        "ID" => &["MY", "SG", "PH", "BN"],
        "LA" => &["KH", "MM", "TH", "VN"],
        "MY" => &["BN", "ID", "SG", "TH", "PH"],
        "MM" => &["LA", "TH"],
        "PH" => &["MY", "ID", "VN"],
        "SG" => &["MY", "ID"],
        "TH" => &["KH", "LA", "MM", "MY"],
        "VN" => &["KH", "LA", "PH"],
        _ => &[],
    }
}

fn country_name(code: &str) -> &str {
    match code {
        "BN" => "Brunei",
        "KH" => "Cambodia",
        "ID" => "Indonesia",
        "LA" => "Laos",
        "MY" => "Malaysia",
        "MM" => "Myanmar",
        "PH" => "the Philippines",
        "SG" => "Singapore",
        "TH" => "Thailand",
        "VN" => "Viet Nam",
        other => other,
    }
}

fn reason(code: &str, detail: String, args: Vec<String>) -> Reason {
    Reason {
        code: code.to_owned(),
        detail,
        args,
    }
}

/// Whether the technology passes the need's hard constraints.
fn admissible(need: &Need, technology: &Technology) -> bool {
    need.min_trl.is_none_or(|min| technology.trl >= min)
        && (need.cooperation.is_empty()
            || technology
                .cooperation
                .iter()
                .any(|m| need.cooperation.contains(m)))
}

/// Up to `limit` candidates for `need`, best first.
pub fn rank(index: &Index, need: &Need, limit: usize) -> Vec<Candidate> {
    let mut bag = Bag::default();
    let language = Some(need.language.code());
    bag.add(&need.title, 2.0, language);
    bag.add(&need.description, 1.0, language);
    for keyword in &need.keywords {
        bag.add(keyword, 2.0, language);
    }
    let (query, surfaces) = index.vector(&bag);
    let mut similar = index.similarities(&query);
    similar.retain(|(doc, _)| admissible(need, &index.technologies[*doc as usize]));

    // A need that names no domain: the closest texts say which domains it is about.
    let inferred: HashMap<Domain, f32> = if need.domain.is_none() {
        let mut voters = similar.clone();
        top(&mut voters, DOMAIN_VOTERS, |a, b| {
            b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
        });
        let total: f32 = voters.iter().map(|(_, s)| s).sum();
        let mut shares = HashMap::new();
        for (doc, similarity) in &voters {
            *shares
                .entry(index.technologies[*doc as usize].domain)
                .or_default() += similarity / total.max(f32::EPSILON);
        }
        shares
    } else {
        HashMap::new()
    };
    let leader = inferred.values().copied().fold(0f32, f32::max);

    let mut candidates: Vec<(u32, f32)> = similar
        .iter()
        .map(|(doc, similarity)| {
            let technology = &index.technologies[*doc as usize];
            let text = 1.0 - (-similarity / TEXT_SCALE).exp();
            let domain = match need.domain {
                Some(domain) => f32::from(u8::from(domain == technology.domain)),
                None => inferred
                    .get(&technology.domain)
                    .map_or(0.0, |share| share / leader),
            };
            // The other signals count in proportion to the text's: they tell good candidates
            // apart, not lift a technology that does not address the problem.
            let score = text
                * (TEXT
                    + DOMAIN * domain
                    + DEPLOYED * deployed_weight(need, technology)
                    + BUDGET * budget_weight(need, technology)
                    + SDG * sdgs_weight(need, technology));
            (*doc, score.clamp(0.0, 1.0))
        })
        .collect();
    top(&mut candidates, limit, |a, b| {
        b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
    });

    candidates
        .into_iter()
        .map(|(doc, score)| {
            let technology = &index.technologies[doc as usize];
            let mut reasons = Vec::new();
            let shared = index.shared(&query, doc);
            let concepts: Vec<String> = shared
                .iter()
                .filter_map(|(term, _)| surfaces.get(term)?.strip_prefix(CONCEPT_MARK))
                .take(4)
                .map(str::to_owned)
                .collect();
            if !concepts.is_empty() {
                let labels: Vec<&str> = concepts
                    .iter()
                    .filter_map(|id| Some(GLOSSARY.get(id)?.label("en")))
                    .collect();
                reasons.push(reason(
                    "concept",
                    format!("both are about: {}", labels.join(", ")),
                    concepts,
                ));
            }
            let words = shared_words(&shared, &surfaces);
            if !words.is_empty() {
                reasons.push(reason("text", format!("shares: {}", words.join(", ")), words));
            }
            match need.domain {
                Some(domain) if domain == technology.domain => reasons.push(reason(
                    "domain",
                    format!("same domain: {}", domain.label()),
                    vec!["same".to_owned(), domain.code().to_owned()],
                )),
                None if inferred
                    .get(&technology.domain)
                    .is_some_and(|s| *s >= leader * 0.5) =>
                {
                    reasons.push(reason(
                        "domain",
                        format!("the need reads as {}", technology.domain.label()),
                        vec!["inferred".to_owned(), technology.domain.code().to_owned()],
                    ))
                }
                _ => {}
            }
            if let Some(min) = need.min_trl {
                reasons.push(reason(
                    "trl",
                    format!("TRL {} meets minimum {min}", technology.trl),
                    vec![technology.trl.to_string(), min.to_string()],
                ));
            }
            if !need.cooperation.is_empty() {
                let modes: Vec<CooperationMode> = technology
                    .cooperation
                    .iter()
                    .copied()
                    .filter(|m| need.cooperation.contains(m))
                    .collect();
                let labels: Vec<&str> = modes.iter().map(|m| m.label()).collect();
                reasons.push(reason(
                    "cooperation",
                    format!("offered as: {}", labels.join(", ")),
                    modes.iter().map(|m| m.code().to_owned()).collect(),
                ));
            }
            for (code, signal) in [
                ("budget", budget(need, technology)),
                ("sdg", sdgs(need, technology)),
                ("deployed", deployed(need, technology)),
            ] {
                if let Some(Signal { detail, args, .. }) = signal {
                    reasons.push(reason(code, detail, args));
                }
            }
            Candidate {
                technology_id: technology.id,
                technology: technology.reference.clone(),
                score: (score * 1000.0).round() / 1000.0,
                reasons,
            }
        })
        .collect()
}

/// Keeps the first `n` of `items` in `order`, sorted: a partial selection, as a need touches
/// most of a large catalogue through its common words.
fn top<T>(items: &mut Vec<T>, n: usize, order: impl Fn(&T, &T) -> std::cmp::Ordering) {
    if items.len() > n && n > 0 {
        items.select_nth_unstable_by(n - 1, &order);
    }
    items.truncate(n);
    items.sort_by(order);
}

/// The written forms of the most telling shared terms; a word already inside a shared pair
/// is not repeated.
fn shared_words(shared: &[(u32, f32)], surfaces: &HashMap<u32, String>) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for (term, _) in shared {
        let Some(surface) = surfaces
            .get(term)
            .filter(|s| !s.starts_with(CONCEPT_MARK) && !s.starts_with(UNWRITTEN))
        else {
            continue;
        };
        if words.iter().any(|w| w.split(' ').any(|part| part == surface)) {
            continue;
        }
        words.retain(|w| !surface.split(' ').any(|part| part == w));
        words.push(surface.clone());
        if words.len() == 4 {
            break;
        }
    }
    words
}

/// The reason a soft signal gives, for a candidate kept.
struct Signal {
    detail: String,
    args: Vec<String>,
}

/// The soft signals' weights alone: computed for every technology sharing a term with the need,
/// so without building the reasons, which only the kept candidates need.
fn budget_weight(need: &Need, technology: &Technology) -> f32 {
    match (need.budget_band, technology.budget_band) {
        (Some(wanted), Some(cost)) if cost <= wanted => 1.0,
        _ => 0.0,
    }
}

fn sdgs_weight(need: &Need, technology: &Technology) -> f32 {
    let shared = need.sdgs.iter().filter(|g| technology.sdgs.contains(g)).count();
    shared as f32 / need.sdgs.len().max(1) as f32
}

fn deployed_weight(need: &Need, technology: &Technology) -> f32 {
    if technology.deployed_in.contains(&need.country) {
        1.0
    } else if technology
        .deployed_in
        .iter()
        .any(|c| ASEAN.contains(&c.as_str()) && neighbours(&need.country).contains(&c.as_str()))
    {
        0.5
    } else {
        0.0
    }
}

fn budget(need: &Need, technology: &Technology) -> Option<Signal> {
    let (wanted, cost) = (need.budget_band?, technology.budget_band?);
    (budget_weight(need, technology) > 0.0).then(|| Signal {
        detail: format!(
            "typical cost {} fits a budget of {}",
            cost.label(),
            wanted.label()
        ),
        args: vec![cost.code().to_owned(), wanted.code().to_owned()],
    })
}

fn sdgs(need: &Need, technology: &Technology) -> Option<Signal> {
    let shared: Vec<i16> = need
        .sdgs
        .iter()
        .copied()
        .filter(|g| technology.sdgs.contains(g))
        .collect();
    if shared.is_empty() {
        return None;
    }
    let names: Vec<String> = shared
        .iter()
        .map(|g| format!("{g} {}", SDG_TITLES[(*g as usize).clamp(1, 17) - 1]))
        .collect();
    Some(Signal {
        detail: format!("shared goals: {}", names.join(", ")),
        args: shared.iter().map(i16::to_string).collect(),
    })
}

fn deployed(need: &Need, technology: &Technology) -> Option<Signal> {
    if technology.deployed_in.contains(&need.country) {
        return Some(Signal {
            detail: format!("already deployed in {}", country_name(&need.country)),
            args: vec!["in".to_owned(), need.country.clone()],
        });
    }
    let near: Vec<&str> = technology
        .deployed_in
        .iter()
        .map(String::as_str)
        .filter(|c| ASEAN.contains(c) && neighbours(&need.country).contains(c))
        .collect();
    (!near.is_empty()).then(|| {
        let names: Vec<&str> = near.iter().map(|c| country_name(c)).collect();
        Signal {
            detail: format!("deployed next door in {}", names.join(", ")),
            args: std::iter::once("near")
                .chain(near.iter().copied())
                .map(str::to_owned)
                .collect(),
        }
    })
}
