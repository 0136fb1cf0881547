//! Headless Chromium driven through WebDriver: the test starts its own chromedriver on a free
//! port of 127.0.0.1, and Chromium resolves no host name at all (Telegram's script fails at
//! once instead of reaching the network). Without Chromium the browser tests say how to get
//! it and pass, except under `CI=true`, where they fail.

use std::{
    path::PathBuf,
    process::{Child, Command, Stdio},
    time::Duration,
};

use fantoccini::{Client, ClientBuilder};
use serde_json::{Value, json};

use super::wait::within;

/// A phone's screen: CSS pixels and device pixel ratio.
pub const PHONE: (u32, u32, f64) = (390, 844, 2.0);

/// The first of `names` found on `PATH`.
fn on_path(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// Chromium and chromedriver, when installed; otherwise `None` after saying how to install
/// them (a panic under `CI=true`: CI installs them, so their absence is a failure there).
pub fn tools() -> Option<(PathBuf, PathBuf)> {
    let chromium =
        on_path(&["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]);
    let driver = on_path(&["chromedriver"]);
    match (chromium, driver) {
        (Some(chromium), Some(driver)) => Some((chromium, driver)),
        _ if std::env::var("CI").is_ok_and(|ci| ci == "true") => {
            panic!(
                "CI=true but chromium or chromedriver is missing: install chromium chromium-driver"
            )
        }
        _ => {
            eprintln!("skipped: install chromium chromium-driver");
            None
        }
    }
}

/// A running chromedriver and one browser session on it. Ends both when dropped.
pub struct Browser {
    driver: Child,
    port: u16,
    /// The WebDriver session.
    pub client: Client,
}

impl Browser {
    /// Starts chromedriver and a headless Chromium the size of a phone.
    pub async fn start((chromium, driver): &(PathBuf, PathBuf)) -> Self {
        let port = {
            let probe = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
            probe.local_addr().expect("its address").port()
        };
        let driver = Command::new(driver)
            .arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let client = connect(chromium, port).await;
        Self { driver, port, client }
    }

    /// Runs `source` in every new document before its own scripts (Chrome DevTools'
    /// `Page.addScriptToEvaluateOnNewDocument`, through chromedriver).
    pub async fn before_scripts(&self, source: &str) {
        let session = self.client.session_id().await.expect("session").expect("a session id");
        let url = format!("http://127.0.0.1:{}/session/{session}/goog/cdp/execute", self.port);
        let command = json!({
            "cmd": "Page.addScriptToEvaluateOnNewDocument",
            "params": { "source": source },
        });
        let answer = reqwest::Client::new().post(url).json(&command).send().await;
        let answer = answer.expect("chromedriver answers");
        assert!(answer.status().is_success(), "CDP command: {}", answer.status());
    }

    /// Runs `script` in the page and returns what it returns.
    pub async fn eval(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.expect("the script runs")
    }

    /// Ends the session (and Chromium with it), then chromedriver.
    pub async fn close(mut self) {
        let client = self.client.clone();
        let _ = client.close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // A test that failed before `close`: chromedriver goes; it takes Chromium along.
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

async fn connect(chromium: &std::path::Path, port: u16) -> Client {
    let (width, height, ratio) = PHONE;
    let mut capabilities = serde_json::Map::new();
    let options = json!({
            "binary": chromium,
            "args": [
                "--headless=new",
                // CI runs as root, where Chromium's sandbox cannot start.
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-default-apps",
                "--disable-sync",
                "--no-proxy-server",
                // Every host name fails at once: nothing leaves 127.0.0.1.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            ],
            // The page lays out as on a phone, and screenshots have a phone's pixels.
            "mobileEmulation": {
                "deviceMetrics": { "width": width, "height": height, "pixelRatio": ratio },
            },
    });
    capabilities.insert("goog:chromeOptions".to_owned(), options);
    let webdriver = format!("http://127.0.0.1:{port}");
    let mut last = None;
    let session = within(Duration::from_secs(30), async || {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let mut builder = ClientBuilder::new(connector);
        // Refused while chromedriver is still starting.
        builder
            .capabilities(capabilities.clone())
            .connect(&webdriver)
            .await
            .map_err(|e| last = Some(e))
            .ok()
    })
    .await;
    session.unwrap_or_else(|| panic!("no WebDriver session within 30 s: {last:?}"))
}
