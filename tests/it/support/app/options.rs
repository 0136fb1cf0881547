//! How a test app is configured ([`AppOptions`]) and set up before it starts
//! ([`TestAppBuilder`]).

use std::time::Duration;

use assistants_bot::{sender::Limits, sim::SimOptions, storage::seal::KeyMaterial};

use super::{TestApp, TestDatabase, api_key, start_simulator};
use crate::support::fake_telegram::{FakeTelegram, TestUser};

/// How a test app is configured.
#[derive(Debug, Clone)]
pub struct AppOptions {
    /// Simulator behaviour.
    pub sim: SimOptions,
    /// POLL_INTERVAL.
    pub poll_interval: Duration,
    /// PAYMENT_TIMEOUT.
    pub payment_timeout: Duration,
    /// WATCH_INTERVAL (the bot's default, five minutes, unless a test watches).
    pub watch_interval: Duration,
    /// PUBLIC_URL (the HTTP server then listens on a random port of 127.0.0.1, and updates
    /// arrive by webhook).
    pub public_url: Option<url::Url>,
    /// Serve /healthz and /metrics on a random port of 127.0.0.1.
    pub metrics: bool,
    /// How long a conversation may sit idle (the bot's default when `None`).
    pub dialogue_idle: Option<Duration>,
    /// The flood guard: a burst per sender and chat, then one more every this long (the
    /// bot's default when `None`).
    pub flood: Option<(u32, Duration)>,
    /// The limits outgoing messages keep to (lifted when `None`: real ones would make a test
    /// wait a second per message to the same chat).
    pub limits: Option<Limits>,
    /// Relay every secure-form hand-off to the bot's own relay loop, as a standby replica
    /// relays to the leader.
    pub relay_forms: bool,
}

impl AppOptions {
    /// Updates by webhook: PUBLIC_URL set to a public https URL.
    pub fn webhook() -> Self {
        let public_url = url::Url::parse("https://bot.example.com").expect("url");
        Self { public_url: Some(public_url), ..Self::default() }
    }
}

impl Default for AppOptions {
    fn default() -> Self {
        Self {
            sim: SimOptions::default(),
            poll_interval: Duration::from_millis(100),
            payment_timeout: Duration::from_secs(600),
            watch_interval: Duration::from_secs(300),
            public_url: None,
            metrics: false,
            dialogue_idle: None,
            flood: None,
            limits: None,
            relay_forms: false,
        }
    }
}

/// How a [`TestApp`] is set up before it starts: [`AppOptions`], and the chats that have the
/// default test key from the start.
#[derive(Debug, Default)]
#[must_use = "nothing starts until spawn"]
pub struct TestAppBuilder {
    options: AppOptions,
    keys: Vec<i64>,
}

impl TestAppBuilder {
    /// Every option at once (a scenario's, or a helper's such as `callbacks_only`).
    pub fn options(self, options: AppOptions) -> Self {
        Self { options, ..self }
    }

    /// Updates by webhook ([`AppOptions::webhook`]).
    pub fn webhook(self) -> Self {
        self.options(AppOptions::webhook())
    }

    /// Simulator behaviour.
    pub fn sim(mut self, sim: SimOptions) -> Self {
        self.options.sim = sim;
        self
    }

    /// PAYMENT_TIMEOUT.
    pub fn payment_timeout(mut self, payment_timeout: Duration) -> Self {
        self.options.payment_timeout = payment_timeout;
        self
    }

    /// WATCH_INTERVAL.
    pub fn watch_interval(mut self, watch_interval: Duration) -> Self {
        self.options.watch_interval = watch_interval;
        self
    }

    /// The default test key stored for `user`'s private chat, as /setkey would.
    pub fn with_key(mut self, user: &TestUser) -> Self {
        self.keys.push(user.id);
        self
    }

    /// Starts everything and waits until the bot is up.
    pub async fn spawn(self) -> TestApp {
        let (sim, _) = start_simulator(self.options.sim.clone()).await;
        let tg = FakeTelegram::start().await;
        let dir = tempfile::tempdir().expect("tempdir");
        let database = TestDatabase::new(dir.path()).await;
        let mut app = TestApp {
            tg,
            sim,
            dir,
            database,
            key: KeyMaterial::generate(),
            options: self.options,
            http_addr: None,
            metrics_addr: None,
            running: None,
        };
        app.start_bot().await;
        for chat in self.keys {
            app.set_key(chat, &api_key()).await;
        }
        app
    }
}
