//! Atom feeds: valid Atom 1.0, newest first, filtered as their URL says.

mod common;

use common::TestApp;

const ATOM: &str = "http://www.w3.org/2005/Atom";

fn child<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
    node.children()
        .find(|c| c.is_element() && c.tag_name().name() == name && c.tag_name().namespace() == Some(ATOM))
}

fn text(node: roxmltree::Node<'_, '_>, name: &str) -> String {
    child(node, name)
        .and_then(|n| n.text())
        .unwrap_or_else(|| panic!("<{name}> is required"))
        .to_owned()
}

/// Checks what Atom 1.0 (RFC 4287) requires of a feed and its entries; returns the entries'
/// ids and links.
fn check_atom(xml: &str) -> Vec<(String, String)> {
    let document = roxmltree::Document::parse(xml).expect("well-formed XML");
    let feed = document.root_element();
    assert_eq!(feed.tag_name().name(), "feed");
    assert_eq!(feed.tag_name().namespace(), Some(ATOM));
    let date = |value: String| {
        time::OffsetDateTime::parse(&value, &time::format_description::well_known::Rfc3339)
            .unwrap_or_else(|e| panic!("{value} is not an RFC 3339 date: {e}"))
    };
    assert!(text(feed, "id").starts_with("tag:"));
    assert!(!text(feed, "title").is_empty());
    date(text(feed, "updated"));
    assert!(child(child(feed, "author").expect("a feed author"), "name").is_some());
    let self_link = feed
        .children()
        .find(|c| c.tag_name().name() == "link" && c.attribute("rel") == Some("self"))
        .expect("a self link");
    assert!(self_link.attribute("href").unwrap().starts_with("http://"));
    let mut updated = Vec::new();
    let entries: Vec<(String, String)> = feed
        .children()
        .filter(|c| c.tag_name().name() == "entry")
        .map(|entry| {
            assert!(!text(entry, "title").is_empty());
            updated.push(date(text(entry, "published")));
            date(text(entry, "updated"));
            let link = child(entry, "link")
                .expect("an entry link")
                .attribute("href")
                .unwrap()
                .to_owned();
            assert!(link.starts_with("http://"), "{link}");
            (text(entry, "id"), link)
        })
        .collect();
    assert!(updated.windows(2).all(|w| w[0] >= w[1]), "newest first");
    let mut ids: Vec<&String> = entries.iter().map(|(id, _)| id).collect();
    ids.dedup();
    assert_eq!(ids.len(), entries.len(), "ids are unique");
    entries
}

#[tokio::test]
async fn technology_feeds_follow_any_search() {
    let app = TestApp::with_demo().await;
    let response = app.get("/feeds/technologies.atom").await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "application/atom+xml; charset=utf-8"
    );
    let all = check_atom(&response.text().await.unwrap());
    assert_eq!(all.len(), 20);

    let water = check_atom(
        &app.page("/feeds/technologies.atom?domain=water&q=wastewater")
            .await,
    );
    assert!(!water.is_empty());
    for (id, link) in &water {
        let reference = id.rsplit('/').next().unwrap();
        assert!(link.ends_with(&format!("/technologies/{reference}")));
        let domain: String = sqlx::query_scalar("SELECT domain::text FROM technologies WHERE ref = $1")
            .bind(reference)
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
        assert_eq!(domain, "water");
    }
    // The catalogue page links the feed of the same search.
    let page = app.page("/technologies?domain=water&q=wastewater").await;
    assert!(
        page.contains("href=\"/feeds/technologies.atom?q=wastewater&#38;domain=water\""),
        "{page}"
    );
}

#[tokio::test]
async fn need_feeds_cover_a_country_or_all_of_asean() {
    let app = TestApp::with_demo().await;
    let thai = check_atom(&app.page("/feeds/needs.atom?country=TH").await);
    let expected: i64 = sqlx::query_scalar(
        "SELECT least(count(*), 50) FROM needs WHERE country = 'TH' AND status = 'published'",
    )
    .fetch_one(&app.db.pool)
    .await
    .unwrap();
    assert_eq!(thai.len() as i64, expected);
    for (id, _) in &thai {
        let reference = id.rsplit('/').next().unwrap();
        let country: String = sqlx::query_scalar("SELECT country FROM needs WHERE ref = $1")
            .bind(reference)
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
        assert_eq!(country, "TH");
    }
    let all = check_atom(&app.page("/feeds/needs.atom").await);
    assert_eq!(all.len(), 50);
    // Text in any script is escaped and kept.
    let xml = app.page("/feeds/needs.atom?country=VN").await;
    assert!(
        xml.contains("Việt") || xml.contains("Viet"),
        "Vietnamese text survives"
    );
}
