//! Matching: each published need gets ranked, explained candidate technologies.
//!
//! **Design.** An in-memory index (`index.rs`) holds a TF-IDF vector per published technology,
//! built from its English and Chinese titles, summaries, description and keywords (titles weigh
//! most). English is stemmed and adjacent words are paired, so "drip irrigation" counts more
//! than "drip" and "irrigation" apart; Chinese is cut into words by jieba (`text.rs`). A need's
//! title, description and keywords become a vector over the same terms, and one pass over the
//! inverted lists gives its cosine similarity with every technology that shares a term.
//!
//! `score.rs` turns that into a score in [0, 1]: the text signal (saturating so that a cosine
//! of 0.2 already gives two thirds of it) times a blend of 70% base, 15% domain (for a need
//! that names none, the domains of its twenty closest texts vote) and 5% each for soft signals:
//! already deployed in the need's country or a neighbour, cost within the need's budget band,
//! shared SDGs. Scaling them by the text keeps them from lifting an unrelated technology.
//! Hard constraints (minimum TRL, acceptable cooperation modes) remove a technology outright.
//! Each candidate carries reason codes (`score::CODES`) with a readable detail.
//!
//! PostgreSQL full-text search was the other way: it ranks a short query well, but a need is a
//! paragraph, and `ts_rank` over an OR of its words neither weighs rare words against common
//! ones across the catalogue nor pairs words. The in-memory index does both in a few
//! milliseconds, and stays off the request path: matches are computed by a background worker
//! (`jobs.rs`) into the `matches` table, which pages and the API read.

pub mod eval;
pub mod index;
pub mod jobs;
pub mod score;
pub mod store;
pub mod text;
