//! End-to-end in a real headless Chromium driven through ChromeDriver (fantoccini): a newcomer
//! searches the catalogue, narrows it with a facet and opens a technology.

mod common;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::TestApp;
use fantoccini::{Client, ClientBuilder, Locator};

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
