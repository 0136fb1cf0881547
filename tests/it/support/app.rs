//! Spawns the real bot in-process against the fake Telegram server, the API simulator and a
//! real SQLite file in a temporary directory. Everything listens on 127.0.0.1 random ports.

use std::{net::SocketAddr, path::PathBuf, time::Duration};

use assistants_bot::{
    api::{ApiClient, ApiKey, ClientOptions},
    bot::{self, RunError, Tuning},
    config::{Config, KeySource, LogFormat, parse_database_url},
    sim::{SimHandle, SimOptions, Simulator},
    storage::{Storage, seal::KeyMaterial},
};
use secrecy::SecretString;
use teloxide::adaptors::throttle::Limits;
use tempfile::TempDir;
use tokio::{sync::oneshot, task::JoinHandle};

use super::fake_telegram::{BOT_TOKEN, FakeTelegram};

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

/// The bot, running.
pub struct TestApp {
    /// The fake Bot API.
    pub tg: FakeTelegram,
    /// The simulator; steer it with `sim.handle()`.
    pub sim: Simulator,
    /// Directory of the database file.
    pub dir: TempDir,
    key: KeyMaterial,
    running: Option<Running>,
}

/// A bot task and the switch that stops it.
struct Running {
    stop: oneshot::Sender<()>,
    task: JoinHandle<Result<(), RunError>>,
}

impl TestApp {
    /// Starts everything with default simulator options.
    pub async fn spawn() -> Self {
        Self::spawn_with(SimOptions::default()).await
    }

    /// Starts everything.
    pub async fn spawn_with(options: SimOptions) -> Self {
        let (sim, _) = start_simulator(options).await;
        let tg = FakeTelegram::start().await;
        let dir = tempfile::tempdir().expect("tempdir");
        let mut app = Self { tg, sim, dir, key: KeyMaterial::generate(), running: None };
        app.start_bot();
        app
    }

    /// Path of the SQLite file.
    pub fn db_path(&self) -> PathBuf {
        self.dir.path().join("bot.db")
    }

    fn config(&self) -> Config {
        Config {
            token: SecretString::from(BOT_TOKEN),
            telegram_api_url: self.tg.base_url(),
            assistants_api_url: self.sim.base_url(),
            database: parse_database_url(&format!("sqlite://{}", self.db_path().display()))
                .expect("db url"),
            key: KeySource::Inline(self.key.clone()),
            poll_interval: Duration::from_millis(100),
            log_format: LogFormat::Text,
        }
    }

    fn start_bot(&mut self) {
        let tuning = Tuning {
            // Real limits would make a test wait a second per message to the same chat.
            limits: Limits {
                messages_per_sec_chat: 1000,
                messages_per_min_chat: 60_000,
                messages_per_min_channel_or_supergroup: 60_000,
                messages_per_sec_overall: 10_000,
            },
            api: fast_client_options(),
        };
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(bot::run(self.config(), tuning, async {
            let _ = stopped.await;
        }));
        self.running = Some(Running { stop, task });
    }

    /// Stops the bot gracefully and waits for it.
    pub async fn stop_bot(&mut self) {
        if let Some(Running { stop, task }) = self.running.take() {
            let _ = stop.send(());
            let result = tokio::time::timeout(Duration::from_secs(10), task)
                .await
                .expect("the bot stops within 10 s")
                .expect("the bot task does not panic");
            result.expect("the bot ran without error");
        }
    }

    /// Stops and starts the bot on the same database and key.
    pub async fn restart(&mut self) {
        self.stop_bot().await;
        self.start_bot();
    }

    /// Opens the bot's database as the bot does (for assertions on stored state).
    pub async fn storage(&self) -> Storage {
        Storage::open(self.config().database, &KeySource::Inline(self.key.clone()))
            .await
            .expect("storage opens")
    }
}
