//! End-to-end in a real headless Chromium driven through ChromeDriver (fantoccini): a newcomer
//! searches the catalogue, narrows it with a facet and opens a technology; an institution member
//! and a firm get their entries published through the staff's review.

mod common;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{Member, PASSWORD, TestApp, make_member, make_user};
use fantoccini::{Client, ClientBuilder, Locator};
use portal::accounts::Role;

/// ChromeDriver on a free local port, stopped when dropped.
struct Driver {
    child: Child,
    url: String,
}

impl Driver {
    async fn start() -> Self {
        let binary = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]
            .into_iter()
            .find(|p| std::path::Path::new(p).exists())
            .unwrap_or("chromedriver");
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(binary)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("chromedriver must be installed (apt-get install chromium-driver): {e}")
            });
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        while reqwest::get(format!("{url}/status")).await.is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Self { child, url }
    }

    async fn browser(&self) -> Client {
        let mut capabilities = serde_json::Map::new();
        let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
            .into_iter()
            .find(|p| std::path::Path::new(p).exists());
        let mut options = serde_json::json!({
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--no-first-run", "--disable-quic", "--window-size=1280,1000"]
        });
        if let Some(binary) = chromium {
            options["binary"] = binary.into();
        }
        capabilities.insert("goog:chromeOptions".to_owned(), options);
        // fantoccini's client is built with rustls; ChromeDriver is reached over plain HTTP.
        let _ = rustls::crypto::ring::default_provider().install_default();
        ClientBuilder::rustls()
            .expect("tls")
            .capabilities(capabilities)
            .connect(&self.url)
            .await
            .expect("a browser session")
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test]
async fn a_newcomer_searches_filters_by_a_facet_and_opens_a_technology() {
    let app = TestApp::with_demo().await;
    let driver = Driver::start().await;
    let browser = driver.browser().await;

    browser.goto(&format!("{}/", app.address)).await.unwrap();
    let search_box = browser.find(Locator::Id("home-q")).await.unwrap();
    search_box.send_keys("cassava").await.unwrap();
    browser
        .find(Locator::Css("form.home-search button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();

    let heading = browser
        .wait()
        .for_element(Locator::Id("results-heading"))
        .await
        .unwrap();
    let text = heading.text().await.unwrap();
    assert!(text.contains("technologies for “cassava”"), "{text}");

    // Narrow to one domain through its facet link.
    let facet = browser
        .find(Locator::XPath(
            "//aside[@class='facets']//a[.//span[@class='label' and text()='Food processing and safety']]",
        ))
        .await
        .unwrap();
    let expected: String = facet
        .find(Locator::Css(".count"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    facet.click().await.unwrap();
    browser.wait().for_element(Locator::Css(".chips")).await.unwrap();
    let url = browser.current_url().await.unwrap();
    assert!(
        url.query()
            .is_some_and(|q| q.contains("domain=food") && q.contains("q=cassava")),
        "{url}"
    );
    let text = browser
        .find(Locator::Id("results-heading"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        text.starts_with(&format!("{expected} technolog")),
        "{text} (facet said {expected})"
    );
    let chips = browser
        .find(Locator::Css(".chips"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(chips.contains("Domain: Food processing and safety"), "{chips}");

    // Open the first result.
    let first = browser.find(Locator::Css(".cards .card h3 a")).await.unwrap();
    let title = first.text().await.unwrap();
    first.click().await.unwrap();
    browser
        .wait()
        .for_element(Locator::Css("article.technology"))
        .await
        .unwrap();
    let url = browser.current_url().await.unwrap();
    assert!(url.path().starts_with("/technologies/T-"), "{url}");
    let h1 = browser
        .find(Locator::Css("h1"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(h1, title);
    let page_title = browser.title().await.unwrap();
    assert!(page_title.starts_with(&title), "{page_title}");
    let facts = browser
        .find(Locator::Css(".facts"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(facts.contains("Food processing and safety"), "{facts}");

    browser.close().await.unwrap();
}

/// Signs in through the sign-in form (signing out whoever was signed in).
async fn sign_in(browser: &Client, address: &str, email: &str) {
    browser.delete_all_cookies().await.unwrap();
    browser.goto(&format!("{address}/sign-in")).await.unwrap();
    browser
        .find(Locator::Id("email"))
        .await
        .unwrap()
        .send_keys(email)
        .await
        .unwrap();
    browser
        .find(Locator::Id("password"))
        .await
        .unwrap()
        .send_keys(PASSWORD)
        .await
        .unwrap();
    click(browser, "main form button[type=submit]").await;
    browser
        .wait()
        .for_element(Locator::Css("form[action='/sign-out']"))
        .await
        .unwrap();
}

async fn click(browser: &Client, css: &str) {
    browser
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .click()
        .await
        .unwrap();
}

async fn type_into(browser: &Client, id: &str, text: &str) {
    let field = browser.find(Locator::Id(id)).await.unwrap();
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

async fn choose(browser: &Client, id: &str, value: &str) {
    browser
        .find(Locator::Id(id))
        .await
        .unwrap()
        .select_by_value(value)
        .await
        .unwrap();
}

async fn text_of(browser: &Client, css: &str) -> String {
    browser
        .find(Locator::Css(css))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// Follows a link by its text.
async fn follow(browser: &Client, text: &str) {
    browser
        .find(Locator::LinkText(text))
        .await
        .unwrap_or_else(|e| panic!("link {text:?}: {e}"))
        .click()
        .await
        .unwrap();
}

/// Staff open the first entry of the queue and record a decision.
async fn staff_decide(browser: &Client, address: &str, title: &str, decision: &str, reason: &str) {
    sign_in(browser, address, "staff@alliance.example").await;
    follow(browser, "Review").await;
    follow(browser, title).await;
    browser
        .wait()
        .for_element(Locator::Css("form[action^='/staff/review/']"))
        .await
        .unwrap();
    click(browser, &format!("input[name=decision][value={decision}]")).await;
    type_into(browser, "reason", reason).await;
    click(browser, "form[action^='/staff/review/'] button[type=submit]").await;
    browser
        .wait()
        .for_element(Locator::Css("p.notice"))
        .await
        .unwrap();
}

async fn people(app: &TestApp) {
    make_member(&app.db, "li.wei@gxu.example", Member::Institution("GX-UNIV-002")).await;
    make_member(&app.db, "dewi@nusantara.example", Member::Firm("Nusantara Fish")).await;
    make_user(&app.db, "staff@alliance.example", None, Role::Staff).await;
}

/// The member fills the technology form from the header's link and submits it.
async fn offer_technology(browser: &Client, address: &str, title: &str) {
    sign_in(browser, address, "li.wei@gxu.example").await;
    follow(browser, "Your technologies").await;
    follow(browser, "Offer a new technology").await;
    type_into(browser, "title_en", title).await;
    type_into(
        browser,
        "summary_en",
        "Cold storage powered by rooftop solar for fish landings.",
    )
    .await;
    choose(browser, "domain", "marine").await;
    choose(browser, "trl", "7").await;
    choose(browser, "ip", "know_how").await;
    click(browser, "input[name=cooperation][value=equipment_supply]").await;
    click(browser, "button[value=submit]").await;
    let notice = browser
        .wait()
        .for_element(Locator::Css("p.notice"))
        .await
        .unwrap();
    assert!(notice.text().await.unwrap().starts_with("Submitted."));
}

#[tokio::test]
async fn a_member_submits_a_technology_that_staff_approve_into_the_catalogue() {
    let app = TestApp::with_demo().await;
    people(&app).await;
    let driver = Driver::start().await;
    let browser = driver.browser().await;
    let title = "Solar-powered cold room for small fish landings";

    // A first try with the summary left out is refused beside the field, the rest kept.
    sign_in(&browser, &app.address, "li.wei@gxu.example").await;
    browser.goto(&format!("{}/my/new", app.address)).await.unwrap();
    type_into(&browser, "title_en", title).await;
    click(&browser, "button[value=preview]").await;
    let error = browser
        .wait()
        .for_element(Locator::Id("summary_en-error"))
        .await
        .unwrap();
    assert!(error.text().await.unwrap().contains("required"));
    let kept = browser
        .find(Locator::Id("title_en"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap();
    assert_eq!(kept.as_deref(), Some(title));

    offer_technology(&browser, &app.address, title).await;
    staff_decide(
        &browser,
        &app.address,
        title,
        "approve",
        "Clear, complete and in scope.",
    )
    .await;

    browser.delete_all_cookies().await.unwrap();
    browser
        .goto(&format!("{}/technologies?q=solar+cold+room", app.address))
        .await
        .unwrap();
    follow(&browser, title).await;
    let h1 = browser.wait().for_element(Locator::Css("h1")).await.unwrap();
    assert_eq!(h1.text().await.unwrap(), title);
    browser.close().await.unwrap();
}

#[tokio::test]
async fn a_firm_posts_a_need_that_staff_approve_onto_the_board() {
    let app = TestApp::with_demo().await;
    people(&app).await;
    let driver = Driver::start().await;
    let browser = driver.browser().await;
    let title = "Cold chain for fish from remote landings in Maluku";

    sign_in(&browser, &app.address, "dewi@nusantara.example").await;
    follow(&browser, "Your needs").await;
    follow(&browser, "Post a new need").await;
    type_into(&browser, "title", title).await;
    type_into(
        &browser,
        "description",
        "Fish spoils before it reaches Ambon: we need ice or cold storage that runs without the grid.",
    )
    .await;
    choose(&browser, "language", "en").await;
    choose(&browser, "country", "ID").await;
    choose(&browser, "min_trl", "6").await;
    click(&browser, "button[value=submit]").await;
    browser
        .wait()
        .for_element(Locator::Css("p.notice"))
        .await
        .unwrap();

    staff_decide(&browser, &app.address, title, "approve", "A clear need.").await;

    browser.delete_all_cookies().await.unwrap();
    browser
        .goto(&format!("{}/needs?country=ID", app.address))
        .await
        .unwrap();
    follow(&browser, title).await;
    let page = text_of(&browser, "main").await;
    assert!(page.contains("Nusantara Fish"), "{page}");
    browser.close().await.unwrap();
}

#[tokio::test]
async fn staff_request_changes_and_the_member_reads_the_reason_and_resubmits() {
    let app = TestApp::with_demo().await;
    people(&app).await;
    let driver = Driver::start().await;
    let browser = driver.browser().await;
    let title = "Solar cold room for fish";
    let reason = "Give the cold room's capacity in tonnes and its power need.";

    offer_technology(&browser, &app.address, title).await;
    staff_decide(&browser, &app.address, title, "request_changes", reason).await;

    sign_in(&browser, &app.address, "li.wei@gxu.example").await;
    follow(&browser, "Your technologies").await;
    let row = text_of(&browser, "table.table tbody").await;
    assert!(row.contains("Changes requested") && row.contains(reason), "{row}");
    follow(&browser, "Changes requested").await;
    assert!(text_of(&browser, ".staff-comment").await.contains(reason));
    follow(&browser, "Edit").await;
    type_into(
        &browser,
        "summary_en",
        "A 5-tonne cold room run by 12 kW of rooftop solar, for fish landings.",
    )
    .await;
    click(&browser, "button[value=submit]").await;
    let status = browser
        .wait()
        .for_element(Locator::Css("p.status"))
        .await
        .unwrap();
    assert!(status.text().await.unwrap().contains("Awaiting review"));

    staff_decide(
        &browser,
        &app.address,
        title,
        "approve",
        "Thank you, now complete.",
    )
    .await;
    browser
        .goto(&format!("{}/technologies?q=cold+room", app.address))
        .await
        .unwrap();
    follow(&browser, title).await;
    assert!(text_of(&browser, "main").await.contains("A 5-tonne cold room"));
    browser.close().await.unwrap();
}

/// Records the first move the introduction's page offers (the next stage), and waits for the
/// page that comes back to show it.
async fn record_next_stage(browser: &Client, address: &str, email: &str, at: &str) {
    sign_in(browser, address, email).await;
    browser.goto(&format!("{address}{at}")).await.unwrap();
    let before = text_of(browser, "p.status").await;
    click(browser, "form[action$='/stage'] button[type=submit]").await;
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        // The old page may be going away while we read it: read again until the new one shows.
        let now = match browser.find(Locator::Css("p.status")).await {
            Ok(element) => element.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        };
        if !now.is_empty() && now != before {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the stage did not change from {before:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_firm_goes_from_a_technology_to_a_signed_agreement() {
    let app = TestApp::with_demo().await;
    people(&app).await;
    let driver = Driver::start().await;
    let browser = driver.browser().await;

    sign_in(&browser, &app.address, "dewi@nusantara.example").await;
    browser
        .goto(&format!("{}/technologies/T-0001", app.address))
        .await
        .unwrap();
    follow(&browser, "Ask for an introduction").await;
    type_into(
        &browser,
        "message",
        "We would like to trial Yongshu 31 on 50 ha in Lampung.",
    )
    .await;
    click(&browser, "main form button[type=submit]").await;
    let status = browser
        .wait()
        .for_element(Locator::Css("p.status"))
        .await
        .unwrap();
    assert!(status.text().await.unwrap().contains("Requested"));
    let at = browser.current_url().await.unwrap().path().to_owned();
    assert!(
        text_of(&browser, "main")
            .await
            .contains("once the institution accepts")
    );

    // The institution accepts; each side then records the next step in turn.
    for email in [
        "li.wei@gxu.example",
        "dewi@nusantara.example",
        "li.wei@gxu.example",
        "dewi@nusantara.example",
        "li.wei@gxu.example",
    ] {
        record_next_stage(&browser, &app.address, email, &at).await;
    }
    let page = text_of(&browser, "main").await;
    assert!(page.contains("Stage: Agreement signed"), "{page}");
    assert!(
        page.contains("dewi@nusantara.example"),
        "contacts shown after acceptance"
    );

    browser.goto(&format!("{}/", app.address)).await.unwrap();
    let figures = text_of(&browser, "#cooperation-heading + .figures").await;
    assert!(figures.contains("Cooperation agreements signed\n1"), "{figures}");
    browser.close().await.unwrap();
}
