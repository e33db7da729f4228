//! The public catalogue: search in English and Chinese, facets, pagination, the directory
//! pages, 404s and escaping. Figures are checked against counts computed here independently.

mod common;

use std::collections::BTreeSet;

use common::TestApp;
use portal::catalogue::search::{self, Facet, SearchQuery};

async fn refs_of(app: &TestApp, query: &str) -> (i64, BTreeSet<String>) {
    let mut query = SearchQuery::from_query_string(query);
    let first = search::search(&app.db.pool, &query).await.unwrap();
    let mut refs: BTreeSet<String> = first.hits.iter().map(|h| h.reference.clone()).collect();
    for page in 2..=first.pages() {
        query = query.with_page(page);
        refs.extend(
            search::search(&app.db.pool, &query)
                .await
                .unwrap()
                .hits
                .into_iter()
                .map(|h| h.reference),
        );
    }
    (first.total, refs)
}

async fn refs_where(app: &TestApp, condition: &str) -> BTreeSet<String> {
    let sql = format!("SELECT ref FROM technologies WHERE status = 'published' AND ({condition})");
    sqlx::query_scalar::<_, String>(sqlx::AssertSqlSafe(sql))
        .fetch_all(&app.db.pool)
        .await
        .unwrap()
        .into_iter()
        .collect()
}

#[tokio::test]
async fn an_english_word_finds_every_technology_that_mentions_it() {
    let app = TestApp::with_demo().await;
    let (total, found) = refs_of(&app, "q=cassava").await;
    let mentioning = refs_where(
        &app,
        "title_en ~* '\\mcassava' OR summary_en ~* '\\mcassava' OR description_en ~* '\\mcassava'
         OR keyword_text(keywords) ~* '\\mcassava'",
    )
    .await;
    assert!(total >= 20, "cassava is common in the demo: {total}");
    assert_eq!(found, mentioning);
    assert_eq!(total as usize, found.len());
}

#[tokio::test]
async fn english_search_is_stemmed() {
    let app = TestApp::with_demo().await;
    let (_, irrigation) = refs_of(&app, "q=irrigation").await;
    let (_, irrigated) = refs_of(&app, "q=irrigating").await;
    assert!(!irrigation.is_empty());
    assert_eq!(irrigation, irrigated, "irrigation and irrigating share a stem");
}

#[tokio::test]
async fn a_chinese_word_finds_every_technology_whose_chinese_text_holds_it() {
    let app = TestApp::with_demo().await;
    for word in ["木薯", "橡胶", "无人机"] {
        let (_, found) = refs_of(&app, &format!("q={word}")).await;
        let holding = refs_where(
            &app,
            &format!("title_zh LIKE '%{word}%' OR summary_zh LIKE '%{word}%'"),
        )
        .await;
        assert!(!holding.is_empty(), "{word} is in the demo");
        assert!(
            holding.is_subset(&found),
            "{word}: missed {:?}",
            holding.difference(&found).collect::<Vec<_>>()
        );
    }
}

#[tokio::test]
async fn a_chinese_compound_is_found_through_its_words() {
    let app = TestApp::with_demo().await;
    let (_, found) = refs_of(&app, "q=污水处理").await;
    let holding = refs_where(&app, "title_zh LIKE '%污水处理%' OR summary_zh LIKE '%污水处理%'").await;
    assert!(!holding.is_empty());
    assert!(
        holding.is_subset(&found),
        "missed {:?}",
        holding.difference(&found).collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn a_quoted_phrase_is_narrower_than_its_words() {
    let app = TestApp::with_demo().await;
    let (phrase, phrase_refs) = refs_of(&app, "q=%22drip+irrigation%22").await;
    let (words, word_refs) = refs_of(&app, "q=drip+irrigation").await;
    assert!(phrase > 0);
    assert!(phrase <= words);
    assert!(phrase_refs.is_subset(&word_refs));
    let adjacent = refs_where(&app, "search @@ phraseto_tsquery('english', 'drip irrigation')").await;
    assert_eq!(phrase_refs, adjacent);
}

#[tokio::test]
async fn the_best_match_comes_first() {
    let app = TestApp::with_demo().await;
    let results = search::search(
        &app.db.pool,
        &SearchQuery::from_query_string("q=cassava+starch+wastewater"),
    )
    .await
    .unwrap();
    let top = &results.hits[0];
    let text = format!("{} {}", top.title_en, top.summary_en).to_lowercase();
    assert!(
        text.contains("cassava") && text.contains("wastewater"),
        "{}",
        top.title_en
    );
}

/// Each facet's count is exactly the total that choosing that value gives.
#[tokio::test]
async fn facet_counts_equal_the_totals_of_the_filtered_searches() {
    let app = TestApp::with_demo().await;
    for base in [
        "",
        "q=water",
        "q=solar&trl=7-9",
        "domain=agriculture&cooperation=licence",
    ] {
        let query = SearchQuery::from_query_string(base);
        let results = search::search(&app.db.pool, &query).await.unwrap();
        for (facet, counts) in &results.facets {
            assert!(
                !counts.is_empty() || results.total == 0,
                "{base}: {facet:?} has no values"
            );
            for count in counts {
                let mut filtered = SearchQuery::from_query_string(base);
                // The count of a value of a facet already chosen is the count with that value alone.
                for value in query.values(*facet) {
                    filtered = filtered.toggled(*facet, value);
                }
                filtered = filtered.toggled(*facet, &count.value);
                let total = search::search(&app.db.pool, &filtered).await.unwrap().total;
                assert_eq!(total, count.count, "{base}: {facet:?} = {}", count.value);
            }
        }
    }
}

#[tokio::test]
async fn the_domain_facet_matches_the_database() {
    let app = TestApp::with_demo().await;
    let results = search::search(&app.db.pool, &SearchQuery::default())
        .await
        .unwrap();
    assert_eq!(results.total, 1000);
    let domains = &results
        .facets
        .iter()
        .find(|(f, _)| *f == Facet::Domain)
        .unwrap()
        .1;
    assert_eq!(domains.len(), 14);
    for count in domains {
        let expected = refs_where(&app, &format!("domain = '{}'", count.value))
            .await
            .len() as i64;
        assert_eq!(count.count, expected, "{}", count.value);
    }
}

#[tokio::test]
async fn pagination_has_twenty_a_page_and_handles_its_edges() {
    let app = TestApp::with_demo().await;
    let body = app.page("/technologies?domain=water").await;
    assert_eq!(body.matches("class=\"card\"").count(), 20);
    assert!(body.contains("72 technologies"));
    assert!(body.contains("rel=\"next\""));
    assert!(!body.contains("rel=\"prev\""));
    let last = app.page("/technologies?domain=water&page=4").await;
    assert_eq!(last.matches("class=\"card\"").count(), 12);
    assert!(last.contains("rel=\"prev\"") && !last.contains("rel=\"next\""));
    assert!(last.contains("showing 61–72"));
    let beyond = app.page("/technologies?domain=water&page=99").await;
    assert_eq!(beyond.matches("class=\"card\"").count(), 0);
    assert!(beyond.contains("past the last result"));
    let nonsense = app.page("/technologies?domain=water&page=-3").await;
    assert_eq!(
        nonsense.matches("class=\"card\"").count(),
        20,
        "a bad page number means page 1"
    );
}

#[tokio::test]
async fn the_pages_across_a_search_hold_every_result_once() {
    let app = TestApp::with_demo().await;
    let (total, refs) = refs_of(&app, "q=solar&sort=trl").await;
    assert_eq!(total as usize, refs.len());
}

#[tokio::test]
async fn a_search_without_results_says_so_and_suggests() {
    let app = TestApp::with_demo().await;
    let body = app.page("/technologies?q=zzqxv").await;
    assert!(body.contains("No technology found"));
    assert!(body.contains("Check the spelling"));
    let misspelt = app.page("/technologies?q=casava").await;
    assert!(
        misspelt.contains("Did you mean"),
        "close titles are offered for a misspelling"
    );
    assert!(misspelt.to_lowercase().contains("cassava"));
}

#[tokio::test]
async fn search_state_lives_in_the_url() {
    let app = TestApp::with_demo().await;
    let body = app
        .page("/technologies?q=solar&domain=renewable_energy&sort=trl")
        .await;
    assert!(body.contains("value=\"solar\""), "the search box keeps the text");
    assert!(body.contains("<option value=\"trl\" selected>"));
    assert!(
        body.contains("aria-current=\"true\""),
        "the chosen facet value is marked"
    );
    // The chip that removes the domain keeps the text and the sort.
    assert!(
        body.contains("href=\"/technologies?q=solar&#38;sort=trl\""),
        "{body}"
    );
    let query = SearchQuery::from_query_string("q=solar&domain=renewable_energy&sort=trl&page=2");
    assert_eq!(SearchQuery::from_query_string(&query.to_query_string()), query);
}

#[tokio::test]
async fn odd_input_never_breaks_the_search() {
    let app = TestApp::with_demo().await;
    for query in [
        "q=%22",
        "q=-",
        "q=a+or+or+b",
        "q=%27%3B+DROP+TABLE+technologies%3B--",
        "q=%01",
        "domain=space",
        "trl=10-12",
        "sdg=99",
        "country=zz",
        "sort=sideways",
        "page=999999999999",
        "q=",
        "q=%E2%80%8B",
        "province=",
        "q=(((",
        "q=!!!&domain=food",
    ] {
        let response = app.get(&format!("/technologies?{query}")).await;
        assert_eq!(response.status(), 200, "{query}");
    }
}

#[tokio::test]
async fn an_encoded_nul_anywhere_is_a_bad_request_not_an_error() {
    let app = TestApp::with_demo().await;
    for path in [
        "/technologies/T-0001%00",
        "/institutions?place=CN%3A%00",
        "/needs/%00",
        "/api/x%00",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 400, "{path}");
    }
}

#[tokio::test]
async fn unknown_entries_answer_404_pages() {
    let app = TestApp::with_demo().await;
    for path in [
        "/technologies/T-9999",
        "/technologies/%3Cscript%3E",
        "/institutions/NOPE-1",
        "/needs/N-9999",
        "/countries/CN",
        "/countries/XX",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 404, "{path}");
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("There is no page at this address"),
            "{path}"
        );
    }
}

#[tokio::test]
async fn catalogue_text_is_escaped() {
    let app = TestApp::with_demo().await;
    sqlx::query("UPDATE technologies SET title_en = '<script>alert(1)</script> dryer', summary_en = 'a & b <b>bold</b>' WHERE ref = 'T-0001'")
        .execute(&app.db.pool)
        .await
        .unwrap();
    for path in [
        "/technologies/T-0001",
        "/technologies?q=dryer",
        "/institutions/GX-UNIV-002",
    ] {
        let body = app.page(path).await;
        assert!(!body.contains("<script>alert(1)"), "{path}");
        assert!(
            body.contains("&lt;script&gt;alert(1)&lt;/script&gt;") || body.contains("&#60;script&#62;"),
            "{path}"
        );
    }
    let body = app.page("/technologies?q=%3Cscript%3E").await;
    assert!(!body.contains("<script>alert") && !body.contains("value=\"<script"));
}

#[tokio::test]
async fn a_technology_page_shows_the_uniform_presentation() {
    let app = TestApp::with_demo().await;
    let body = app.page("/technologies/T-0001").await;
    for part in [
        "Summary",
        "Description",
        "Readiness",
        "TRL 9 of 9",
        "Proven in operation",
        "Intellectual property",
        "Cooperation offered",
        "Typical cost for an adopter",
        "Already deployed in",
        "Sustainable Development Goals",
        "Related technologies",
        "lang=\"zh\"",
        "href=\"/institutions/GX-UNIV-002\"",
    ] {
        assert!(body.contains(part), "T-0001 lacks {part}");
    }
    assert!(
        body.contains("<title>Yongshu 31"),
        "the page title names the technology"
    );
}

#[tokio::test]
async fn every_technology_of_a_domain_is_reachable_from_the_home_page() {
    let app = TestApp::with_demo().await;
    let home = app.page("/").await;
    assert!(home.contains("href=\"/technologies?domain=marine\""));
    assert!(home.contains("71 technologies"));
    let (total, refs) = refs_of(&app, "domain=marine").await;
    assert_eq!(refs, refs_where(&app, "domain = 'marine'").await);
    assert_eq!(total, 71);
}

#[tokio::test]
async fn the_needs_of_one_country_are_listed_and_counted() {
    let app = TestApp::with_demo().await;
    let expected: i64 =
        sqlx::query_scalar("SELECT count(*) FROM needs WHERE country = 'VN' AND status = 'published'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    let board = app.page("/needs?country=VN").await;
    assert!(board.contains(&format!("{expected} needs")), "{expected}");
    assert!(board.contains("<title>Needs from Viet Nam"));
    let country = app.page("/countries/VN").await;
    assert!(country.contains(&format!("<dt>Needs posted</dt><dd>{expected}</dd>")));
    let countries = app.page("/countries").await;
    assert_eq!(countries.matches("href=\"/countries/").count(), 10);
    // Needs written in Thai carry their language.
    let thai = app.page("/needs?language=th").await;
    assert!(thai.contains("lang=\"th\""));
}

#[tokio::test]
async fn the_institution_directory_filters_by_kind_place_and_membership() {
    let app = TestApp::with_demo().await;
    let expected: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM institutions WHERE kind = 'university' AND province = 'Guangxi' AND alliance_member",
    )
    .fetch_one(&app.db.pool)
    .await
    .unwrap();
    let body = app
        .page("/institutions?kind=university&place=CN%3AGuangxi&member=yes")
        .await;
    assert!(body.contains(&format!("{expected} institution")), "{expected}");
    let all = app.page("/institutions").await;
    assert!(all.contains("174 institutions"));
    let page = app.page("/institutions/GX-UNIV-002").await;
    assert!(page.contains("Technologies offered"));
}

#[tokio::test]
async fn a_change_to_the_catalogue_shows_in_the_next_search() {
    let app = TestApp::with_demo().await;
    let before = app.page("/technologies?q=xylophone").await;
    assert!(before.contains("No technology found"));
    sqlx::query("UPDATE technologies SET title_en = title_en || ' xylophone' WHERE ref = 'T-0002'")
        .execute(&app.db.pool)
        .await
        .unwrap();
    let after = app.page("/technologies?q=xylophone").await;
    assert!(
        after.contains("1 technology"),
        "remembered results must not hide a change"
    );
}
