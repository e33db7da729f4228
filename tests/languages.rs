//! The portal in the reader's language: negotiation, the switcher and its persistence, dates
//! and numbers, and search and matching across languages through the glossary.

mod common;

use common::{Member, TestApp, body, browser, location, make_member, signed_in};
use portal::i18n::Lang;
use portal::matching::jobs;
use reqwest::StatusCode;

/// The value of `<html lang="…">` of a page.
fn html_lang(page: &str) -> &str {
    let start = page.find("<html lang=\"").expect("an html element with lang") + 12;
    &page[start..start + page[start..].find('"').unwrap()]
}

/// Posts the language switcher's form.
async fn choose(client: &reqwest::Client, address: &str, lang: &str, back: &str) -> reqwest::Response {
    client
        .post(format!("{address}/language"))
        .form(&[("lang", lang), ("back", back)])
        .send()
        .await
        .unwrap()
}

async fn page_in(app: &TestApp, path: &str, accept_language: &str) -> (reqwest::header::HeaderMap, String) {
    let response = reqwest::Client::new()
        .get(format!("{}{path}", app.address))
        .header("accept-language", accept_language)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    let headers = response.headers().clone();
    (headers, response.text().await.unwrap())
}

#[tokio::test]
async fn the_first_visit_follows_accept_language() {
    let app = TestApp::with_demo().await;
    for (header, code) in [
        ("th-TH,th;q=0.9,en;q=0.5", "th"),
        ("vi", "vi"),
        ("id-ID", "id"),
        ("zh-CN,zh;q=0.9", "zh"),
        ("fr-FR, de;q=0.5", "en"),
    ] {
        let (headers, page) = page_in(&app, "/technologies", header).await;
        assert_eq!(html_lang(&page), code, "{header}");
        assert_eq!(headers["content-language"], code);
        let lang = Lang::parse(code).unwrap();
        // The navigation, the page's title and the switcher are in that language.
        assert!(
            page.contains(&format!(">{}</a>", lang.t("nav-needs"))),
            "{header}"
        );
        assert!(page.contains(&format!(
            "<title>{} · {}</title>",
            lang.t("catalogue-title"),
            lang.t("site-name")
        )));
        assert!(page.contains(&format!("<option value=\"{code}\" lang=\"{code}\" selected>")));
    }
    let (_, thai) = page_in(&app, "/", "th").await;
    assert!(thai.contains("ภาษาไทย") && thai.contains(&Lang::parse("th").unwrap().t("home-heading")));
}

#[tokio::test]
async fn a_chosen_language_is_kept_in_a_cookie_then_in_the_account() {
    let app = TestApp::with_demo().await;
    let visitor = browser();
    let chosen = choose(&visitor, &app.address, "vi", "/needs?country=VN").await;
    assert_eq!(chosen.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&chosen), "/needs?country=VN");
    let page = body(&visitor, format!("{}/needs?country=VN", app.address)).await;
    assert_eq!(html_lang(&page), "vi");
    assert!(page.contains(&Lang::parse("vi").unwrap().t1(
        "needs-from",
        "country",
        Lang::parse("vi").unwrap().t("country-VN")
    )));

    // Somewhere else than this site, or not a language of the portal: not followed.
    let away = choose(&visitor, &app.address, "th", "//elsewhere.example/").await;
    assert_eq!(location(&away), "/");
    let broken = choose(&visitor, &app.address, "th", "/needs\r\nSet-Cookie: x=1").await;
    assert_eq!(broken.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&broken), "/");
    let unknown = choose(&visitor, &app.address, "xx", "/").await;
    assert_eq!(unknown.status(), StatusCode::BAD_REQUEST);

    // Signed in, the choice goes to the account, and follows it to a new browser.
    make_member(
        &app.db,
        "somchai@example.com",
        Member::Firm("Chiang Mai Longan Co"),
    )
    .await;
    let firm = signed_in(&app.address, "somchai@example.com").await;
    choose(&firm, &app.address, "th", "/").await;
    let saved: Option<String> =
        sqlx::query_scalar("SELECT locale FROM users WHERE email = 'somchai@example.com'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    assert_eq!(saved.as_deref(), Some("th"));
    let elsewhere = signed_in(&app.address, "somchai@example.com").await;
    let page = body(&elsewhere, format!("{}/my", app.address)).await;
    assert_eq!(html_lang(&page), "th");
    assert!(page.contains(&Lang::parse("th").unwrap().t("nav-my-needs")));
}

#[tokio::test]
async fn dates_and_numbers_are_written_the_languages_way() {
    let app = TestApp::with_demo().await;
    let (_, english) = page_in(&app, "/", "en").await;
    assert!(english.contains("<dd>1,000</dd>"));
    let (_, indonesian) = page_in(&app, "/", "id").await;
    assert!(indonesian.contains("<dd>1.000</dd>"));
    // A technology's "last confirmed" date: a Thai reader gets the Buddhist era.
    let confirmed: time::OffsetDateTime =
        sqlx::query_scalar("SELECT confirmed_at FROM technologies WHERE ref = 'T-0001'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    let (_, thai) = page_in(&app, "/technologies/T-0001", "th").await;
    let thai_date = Lang::parse("th").unwrap().date(confirmed.date());
    assert!(
        thai_date.contains(&(confirmed.year() + 543).to_string()),
        "{thai_date}"
    );
    assert!(thai.contains(&thai_date));
}

#[tokio::test]
async fn a_search_in_an_asean_language_finds_technologies_through_the_glossary() {
    let app = TestApp::with_demo().await;
    let english = app.page("/technologies?q=paddy+dryer").await;
    for query in [
        "เครื่องอบข้าวเปลือก",
        "máy sấy lúa",
        "may say lua",
        "mesin pengering padi",
        "稻谷烘干机",
    ] {
        let page = app
            .page(&format!(
                "/technologies?q={}",
                url::form_urlencoded::byte_serialize(query.as_bytes()).collect::<String>()
            ))
            .await;
        assert!(!page.contains("Nothing in the catalogue matches"), "{query}");
        // The husk-fired paddy dryer the English search finds is found in every language.
        assert!(
            english.contains("/technologies/T-0079\"") && page.contains("/technologies/T-0079\""),
            "{query}"
        );
    }
    // A quoted phrase stays exact: no glossary widening.
    let exact = app.page("/technologies?q=%22paddy+dryer%22").await;
    assert!(exact.matches("class=\"card\"").count() <= english.matches("class=\"card\"").count());
}

#[tokio::test]
async fn a_need_written_in_thai_gets_the_candidates_of_its_english_original() {
    let app = TestApp::with_demo().await;
    let thai = portal::matching::eval::translated_needs()
        .unwrap()
        .into_iter()
        .find(|n| n.reference == "N-0009-TH")
        .unwrap();
    // Post the Thai need as a firm would, and let matching run.
    sqlx::query(
        "INSERT INTO needs (ref, title, description, language, country, organisation, org_kind, status, published_at)
         VALUES ('N-TH-1', $1, $2, 'th', 'KH', 'สหกรณ์การเกษตร', 'cooperative', 'published', now())",
    )
    .bind(&thai.title)
    .bind(&thai.description)
    .execute(&app.db.pool)
    .await
    .unwrap();
    jobs::drain(&app.db.pool, &|_, _| {}).await.unwrap();
    let candidates: Vec<String> = sqlx::query_scalar(
        "SELECT t.ref FROM matches m JOIN needs n ON n.id = m.need_id JOIN technologies t ON t.id = m.technology_id
         WHERE n.ref = 'N-TH-1' ORDER BY m.score DESC LIMIT 5",
    )
    .fetch_all(&app.db.pool)
    .await
    .unwrap();
    // T-0079 is the judged strong answer to N-0009 (a husk-fired paddy dryer).
    assert!(candidates.contains(&"T-0079".to_owned()), "{candidates:?}");

    // Its page, read in Thai, says in Thai which concepts the need and the technology share.
    let (_, page) = page_in(&app, "/needs/N-TH-1", "th").await;
    let th = Lang::parse("th").unwrap();
    let concept = portal::glossary::GLOSSARY.get("agriculture.paddy-dryer").unwrap();
    assert!(page.contains("reason-concept"), "no concept reason");
    assert!(
        page.contains(concept.label("th")),
        "the paddy dryer concept in Thai"
    );
    assert!(page.contains(&th.t("candidates-heading")));
}
