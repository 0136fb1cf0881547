//! Spawns the real bot in-process against the fake Telegram server, the API simulator and a
//! real SQLite file in a temporary directory. Everything listens on 127.0.0.1 random ports.

use std::{net::SocketAddr, path::PathBuf, time::Duration};

use assistants_bot::{
    api::{ApiClient, ApiKey, ClientOptions},
    config::{Config, KeySource, LogFormat, Public, parse_database_url},
    run::{self, RunError, Tuning},
    sender::{Limits, Rate},
    sim::{SimHandle, SimOptions, Simulator},
    storage::{Db, seal::KeyMaterial},
    tracker::Tracker,
};
use secrecy::SecretString;
use teloxide::types::ChatId;
use tempfile::TempDir;
use tokio::{sync::oneshot, task::JoinHandle};

pub use super::chat::{button_data, shown};
pub use super::database::TestDatabase;
use super::{
    fake_telegram::{BOT_TOKEN, FakeTelegram, TestUser},
    wait::eventually_within,
};

/// The API key the simulator accepts for the default test owner.
pub const API_KEY: &str = "sk_test_owner_one_0123456789";

/// Installs a log subscriber when TEST_LOG is set; tests are silent otherwise.
pub fn init_logs() {
    if std::env::var_os("TEST_LOG").is_some() {
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new(
                std::env::var("RUST_LOG").unwrap_or_else(|_| "debug".into()),
            ))
            .with_test_writer()
            .try_init();
    }
}

/// Client options for tests: quick retries, a short timeout.
pub fn fast_client_options() -> ClientOptions {
    ClientOptions {
        timeout: Duration::from_secs(3),
        get_attempts: 3,
        backoff: Duration::from_millis(10),
    }
}

/// Limits no test reaches (the sender's own tests set theirs).
pub fn lifted_limits() -> Limits {
    let lifted = Rate::new(10_000, Duration::from_micros(10));
    Limits { private_chat: lifted, group: lifted, overall: lifted }
}

/// A simulator on a random port with one known key.
pub async fn start_simulator(options: SimOptions) -> (Simulator, SimHandle) {
    init_logs();
    let addr: SocketAddr = "127.0.0.1:0".parse().expect("addr");
    let sim = Simulator::start(addr, options).await.expect("simulator starts");
    let handle = sim.handle();
    handle.add_key(API_KEY, "usr_one");
    (sim, handle)
}

/// A client of `sim`.
pub fn client_for(sim: &Simulator) -> ApiClient {
    ApiClient::new(sim.base_url(), fast_client_options()).expect("client")
}

/// The key of the default test owner.
pub fn api_key() -> ApiKey {
    ApiKey::new(API_KEY)
}

mod options;
pub use options::{AppOptions, TestAppBuilder};

/// The bot, running.
pub struct TestApp {
    /// The fake Bot API.
    pub tg: FakeTelegram,
    /// The simulator; steer it with `sim.handle()`.
    pub sim: Simulator,
    /// Directory of the database file (SQLite) and of anything else a test writes.
    pub dir: TempDir,
    /// The database: a SQLite file in `dir`, or PostgreSQL with `TEST_DATABASE_URL`.
    pub database: TestDatabase,
    key: KeyMaterial,
    /// How the bot is configured.
    pub options: AppOptions,
    /// Where the bot's HTTP server listens, when it has one.
    pub http_addr: Option<SocketAddr>,
    /// Where /healthz and /metrics are served, when asked for.
    pub metrics_addr: Option<SocketAddr>,
    running: Option<Running>,
}

/// A bot instance: its own runtime (so a kill takes every task of it down, tracker and
/// pending sends included), the switch that stops it gracefully, its main task, and its
/// tracker (for [`TestApp::tick`]).
struct Running {
    runtime: tokio::runtime::Runtime,
    stop: oneshot::Sender<()>,
    task: JoinHandle<Result<(), RunError>>,
    tracker: Tracker,
}

impl TestApp {
    /// Sets up a test app: `TestApp::builder().with_key(&user).spawn().await`.
    pub fn builder() -> TestAppBuilder {
        TestAppBuilder::default()
    }

    fn config(&self) -> Config {
        Config {
            token: SecretString::from(BOT_TOKEN),
            telegram_api_url: self.tg.base_url(),
            assistants_api_url: self.sim.base_url(),
            database: parse_database_url(self.database.url()).expect("db url"),
            key: KeySource::Inline(self.key.clone()),
            poll_interval: self.options.poll_interval,
            payment_timeout: self.options.payment_timeout,
            watch_interval: self.options.watch_interval,
            public: self.options.public_url.clone().map(|url| Public {
                url,
                // A free port; the run tells the test which one it got.
                listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            }),
            metrics_addr: self.options.metrics.then(|| SocketAddr::from(([127, 0, 0, 1], 0))),
            log_format: LogFormat::Text,
        }
    }

    /// Starts the bot and waits until it polls for updates (migrations and start-up done).
    async fn start_bot(&mut self) {
        let polls = self.tg.polls();
        let tuning = Tuning {
            limits: self.options.limits.unwrap_or_else(lifted_limits),
            api: fast_client_options(),
            listening: None,
            metrics_listening: None,
            tracker: None,
            dialogue_idle: self.options.dialogue_idle,
            flood: self.options.flood,
            // WATCH_INTERVAL comes through the configuration.
            watch_interval: None,
            relay_forms: self.options.relay_forms,
            // The bot runs inside the test's process: a lost lease stops the run instead.
            exit_on_lost_lease: false,
        };
        let (listening, bound) = oneshot::channel();
        let (metrics_listening, metrics_bound) = oneshot::channel();
        let (tracker, tracker_handed) = oneshot::channel();
        let tuning = Tuning {
            listening: Some(listening),
            metrics_listening: Some(metrics_listening),
            tracker: Some(tracker),
            ..tuning
        };
        let seen = self.tg.call_count();
        let (stop, stopped) = oneshot::channel::<()>();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("bot runtime");
        let task = runtime.spawn(run::run(self.config(), tuning, async {
            let _ = stopped.await;
        }));
        let tracker = tracker_handed.await.expect("the bot hands over its tracker");
        self.running = Some(Running { runtime, stop, task, tracker });
        if self.options.metrics {
            self.metrics_addr =
                Some(metrics_bound.await.expect("the metrics server reports its address"));
        }
        if self.options.public_url.is_some() {
            // Webhook mode: up once the webhook is registered; from then on the fake pushes.
            let addr = bound.await.expect("the HTTP server reports its address");
            self.http_addr = Some(addr);
            // The bot asks Telegram about its webhook when it starts leading, and registers
            // it only when Telegram does not have it yet (the first start), with a secret
            // token that stays the same across restarts.
            self.tg
                .wait_for_after(seen, "getWebhookInfo", Duration::from_secs(10), |c| {
                    c.is("GetWebhookInfo")
                })
                .await;
            let registered = eventually_within(Duration::from_secs(10), "setWebhook", async || {
                self.tg.calls_of("SetWebhook").pop()
            })
            .await;
            let secret = registered.body["secret_token"].as_str().map(str::to_owned);
            // The webhook is served at PUBLIC_URL's path (the proxy forwards it unchanged).
            let path = self
                .options
                .public_url
                .as_ref()
                .map(|public| {
                    assistants_bot::config::endpoint(public, &["telegram"]).path().to_owned()
                })
                .unwrap_or_else(|| "/telegram".to_owned());
            self.tg.deliver_to(format!("http://{addr}{path}"), secret);
        } else {
            self.tg.wait_for_polls(polls + 1).await;
        }
    }

    /// Runs one whole tracker tick on the running bot, after the tick in flight if there is
    /// one: what the tracker would do next (announce, activate, expire, retry) is done when
    /// this returns.
    pub async fn tick(&self) {
        let Running { runtime, tracker, .. } = self.running.as_ref().expect("the bot runs");
        let tracker = tracker.clone();
        // On the bot's own runtime, where its clients and its sender live.
        let tick = runtime.spawn(async move { tracker.tick().await });
        tick.await.expect("the tick does not panic").expect("the tick reads the database");
    }

    /// Stops the bot gracefully and waits for it.
    pub async fn stop_bot(&mut self) {
        if let Some(Running { runtime, stop, task, .. }) = self.running.take() {
            let _ = stop.send(());
            let result = tokio::time::timeout(Duration::from_secs(10), task)
                .await
                .expect("the bot stops within 10 s")
                .expect("the bot task does not panic");
            runtime.shutdown_background();
            result.expect("the bot ran without error");
        }
    }

    /// Stops and starts the bot on the same database and key.
    pub async fn restart(&mut self) {
        self.stop_bot().await;
        self.start_bot().await;
    }

    /// Kills the bot without a graceful stop (as a crash or `kill -9` would), then starts it
    /// again on the same database and key.
    pub async fn kill_and_restart(&mut self) {
        self.kill();
        self.start_bot().await;
    }

    /// Kills the bot without a graceful stop (as a crash or `kill -9` would).
    ///
    /// Dropping the runtime stops every task where it stands, but SQLite's connections run on
    /// threads of their own: a statement already handed to one still lands. A dead process
    /// writes nothing, so the kill returns only once the instance's last connection has closed
    /// (SQLite then removes the `-wal` file): whatever landed counts as done before the kill,
    /// and nothing lands after the next instance has started.
    pub fn kill(&mut self) {
        if let Some(Running { runtime, stop, task, tracker }) = self.running.take() {
            // Every task of the instance is dropped where it stands; nothing is flushed.
            runtime.shutdown_background();
            // What the test held of the instance goes too: the tracker holds its database.
            drop((stop, task, tracker));
            if self.database.is_postgres() {
                // The server ends a session whose client went away, rolling back what it
                // had not committed.
                return;
            }
            let wal = self.dir.path().join("bot.db-wal");
            let deadline = std::time::Instant::now() + Duration::from_secs(5);
            while wal.exists() && std::time::Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(2));
            }
        }
    }

    /// Starts the bot again after [`stop_bot`](Self::stop_bot) or [`kill`](Self::kill), on
    /// the same database and key.
    pub async fn start_again(&mut self) {
        self.start_bot().await;
    }

    /// Opens the bot's database as the bot does (for assertions on stored state).
    pub async fn storage(&self) -> Db {
        Db::open(self.config().database, &KeySource::Inline(self.key.clone()))
            .await
            .expect("storage opens")
    }
}

impl TestApp {
    /// Waits until every update that arrived is handled (its mark written). The limit is
    /// generous (a replay of 1,000 updates at start fits in it) and only bounds a failing test.
    pub async fn settled(&self) {
        let db = self.storage().await;
        eventually_within(Duration::from_secs(20), "every update handled", async || {
            let waiting: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM inbox WHERE handled_at IS NULL")
                    .fetch_one(db.pool())
                    .await
                    .expect("read the inbox");
            (waiting == 0).then_some(())
        })
        .await;
    }

    /// Stores the default test key for `user`'s private chat, as /setkey would.
    pub async fn give_key(&self, user: &TestUser) {
        self.set_key(user.id, &api_key()).await;
    }

    /// Stores `key` for `chat`, as /setkey would.
    pub async fn set_key(&self, chat: i64, key: &ApiKey) {
        self.storage().await.set_api_key(ChatId(chat), key).await.expect("store key");
    }

    /// The mask of the API key stored for `chat` (`••••6789`), `None` when it has none.
    pub async fn key_mask(&self, chat: i64) -> Option<String> {
        let stored = self.storage().await.api_key(ChatId(chat)).await.expect("read the key");
        stored.map(|key| key.masked())
    }

    /// Every byte of every file in the database's directory (SQLite); on PostgreSQL, whose
    /// files are the server's, every row of every table as PostgreSQL prints it, and the raw
    /// bytes of every `bytea` value (printed, they are hex).
    pub async fn database_bytes(&self) -> Vec<(PathBuf, Vec<u8>)> {
        if self.database.is_postgres() {
            return self.database_rows().await;
        }
        std::fs::read_dir(self.dir.path())
            .expect("dir")
            .map(|e| e.expect("entry").path())
            // SQLite removes -wal and -shm when the last connection closes.
            .filter_map(|p| std::fs::read(&p).ok().map(|bytes| (p, bytes)))
            .collect()
    }
}

impl TestApp {
    async fn database_rows(&self) -> Vec<(PathBuf, Vec<u8>)> {
        let db = self.storage().await;
        let tables: Vec<String> = sqlx::query_scalar(
            "SELECT table_name::TEXT FROM information_schema.tables WHERE table_schema = 'public'",
        )
        .fetch_all(db.pool())
        .await
        .expect("list tables");
        let mut rows = Vec::new();
        for table in tables {
            let text: Vec<String> =
                sqlx::query_scalar(&format!("SELECT t::TEXT FROM {table} AS t"))
                    .fetch_all(db.pool())
                    .await
                    .expect("read a table");
            let mut bytes = text.join("\n").into_bytes();
            let blobs: Vec<String> = sqlx::query_scalar(
                "SELECT column_name::TEXT FROM information_schema.columns
                 WHERE table_schema = 'public' AND table_name = $1 AND data_type = 'bytea'",
            )
            .bind(&table)
            .fetch_all(db.pool())
            .await
            .expect("list bytea columns");
            for column in blobs {
                let values: Vec<Option<Vec<u8>>> =
                    sqlx::query_scalar(&format!("SELECT {column} FROM {table}"))
                        .fetch_all(db.pool())
                        .await
                        .expect("read a bytea column");
                values.into_iter().flatten().for_each(|v| bytes.extend(v));
            }
            rows.push((PathBuf::from(table), bytes));
        }
        rows
    }
}

/// Whether `haystack` contains `needle`.
pub fn contains_bytes(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(Running { runtime, .. }) = self.running.take() {
            runtime.shutdown_background();
        }
    }
}
