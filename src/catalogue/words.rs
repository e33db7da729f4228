//! Word segmentation for search. PostgreSQL's parser splits text at spaces and punctuation,
//! which suits English but not Chinese, written without spaces: jieba cuts Chinese into words
//! before PostgreSQL sees it, both for what is indexed and for what people search.

use std::sync::LazyLock;

use jieba_rs::Jieba;

/// Bump when segmentation changes: rows made by an older one are segmented again at start-up.
pub const SEGMENTATION_VERSION: i16 = 1;

static JIEBA: LazyLock<Jieba> = LazyLock::new(Jieba::new);

pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2A6DF}' | '\u{2A700}'..='\u{2EBEF}' | '\u{30000}'..='\u{3134F}')
}

/// Loads the dictionary now (about 0.1 s) rather than during the first Chinese search.
pub fn warm_up() {
    LazyLock::force(&JIEBA);
}

/// The words of a run of Chinese, with the shorter words inside long ones (jieba's search mode).
pub fn chinese_words(run: &str) -> Vec<&str> {
    JIEBA
        .cut_for_search(run, true)
        .into_iter()
        .map(|t| t.word)
        .collect()
}

/// Splits `text` into runs of Han characters (`true`) and runs of anything else.
pub fn runs(text: &str) -> impl Iterator<Item = (bool, &str)> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let han = is_han(first);
        let end = rest.find(|c: char| is_han(c) != han).unwrap_or(rest.len());
        let (run, tail) = rest.split_at(end);
        rest = tail;
        Some((han, run))
    })
}

/// The words to index for a Chinese text: every word, plus the shorter words inside long ones
/// (jieba's search mode), space-separated. Non-Chinese text is kept as it is.
pub fn index_words(text: &str) -> String {
    let mut words: Vec<&str> = Vec::new();
    for (han, run) in runs(text) {
        if han {
            words.extend(chinese_words(run));
        } else {
            words.push(run.trim());
        }
    }
    words.retain(|w| !w.is_empty());
    words.join(" ")
}

/// A search as typed, with its Chinese cut into the smallest words that the index holds, so
/// that 污水处理 finds a text indexed as 污水 / 处理. Everything else is left as typed, so
/// PostgreSQL's web search syntax (quotes, `or`, `-`) keeps working.
pub fn query_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (han, run) in runs(text) {
        if !han {
            out.push_str(run);
            continue;
        }
        let tokens = JIEBA.cut_for_search(run, true);
        // Keep the tokens that contain no shorter token: the finest words of the run.
        let finest = tokens.iter().filter(|t| {
            !tokens
                .iter()
                .any(|u| u.start >= t.start && u.end <= t.end && (u.end - u.start) < (t.end - t.start))
        });
        out.push(' ');
        for token in finest {
            out.push_str(token.word);
            out.push(' ');
        }
    }
    out
}

/// Segments again the Chinese of technologies made by an older segmentation (or before search
/// existed). Runs at start-up; does nothing when all rows are current.
pub async fn refresh(pool: &sqlx::PgPool) -> sqlx::Result<u64> {
    let stale = sqlx::query!(
        r#"SELECT id, coalesce(title_zh, '') AS "title_zh!", coalesce(summary_zh, '') AS "summary_zh!"
           FROM technologies WHERE zh_words_version < $1"#,
        SEGMENTATION_VERSION
    )
    .fetch_all(pool)
    .await?;
    if stale.is_empty() {
        return Ok(0);
    }
    let ids: Vec<i64> = stale.iter().map(|r| r.id).collect();
    let titles: Vec<String> = stale.iter().map(|r| index_words(&r.title_zh)).collect();
    let summaries: Vec<String> = stale.iter().map(|r| index_words(&r.summary_zh)).collect();
    let updated = sqlx::query!(
        "UPDATE technologies t SET title_zh_words = w.title, summary_zh_words = w.summary,
                zh_words_version = $4
         FROM unnest($1::bigint[], $2::text[], $3::text[]) AS w(id, title, summary)
         WHERE t.id = w.id",
        &ids,
        &titles,
        &summaries,
        SEGMENTATION_VERSION
    )
    .execute(pool)
    .await?;
    tracing::info!(
        rows = updated.rows_affected(),
        "segmented Chinese text again for search"
    );
    Ok(updated.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_is_cut_into_words_for_the_index() {
        let words = index_words("木薯淀粉废水处理技术");
        for word in ["木薯", "淀粉", "废水", "处理", "技术"] {
            assert!(words.split(' ').any(|w| w == word), "{word} missing from {words}");
        }
    }

    #[test]
    fn a_query_is_cut_into_the_finest_words() {
        let query = query_words("污水处理");
        assert_eq!(query.split_whitespace().collect::<Vec<_>>(), ["污水", "处理"]);
    }

    #[test]
    fn latin_text_and_search_syntax_are_kept() {
        assert_eq!(
            query_words("\"drip irrigation\" -rice").trim(),
            "\"drip irrigation\" -rice"
        );
        let mixed = query_words("cassava 木薯");
        assert!(mixed.starts_with("cassava "), "{mixed}");
        assert!(mixed.contains("木薯"), "{mixed}");
    }

    #[test]
    fn every_word_of_a_query_is_in_the_index_of_the_same_text() {
        for text in ["生活污水处理厂", "中华人民共和国", "无人机植保", "红树林生态修复"]
        {
            let index = index_words(text);
            for word in query_words(text).split_whitespace() {
                assert!(
                    index.split(' ').any(|w| w == word),
                    "{word} of {text} not in {index}"
                );
            }
        }
    }
}
