//! Several replicas of the bot as real processes of its binary, on one database, against one
//! fake Telegram and one API simulator (both in the test's process).
//!
//! ```ignore
//! let Some(mut set) = ReplicaSet::builder().replicas(2).webhook().postgres().await else {
//!     return; // skipped: set TEST_DATABASE_URL
//! };
//! set.replicas[0].kill();
//! ```
//!
//! Each replica has its own `LISTEN_ADDR` (webhook mode) and `METRICS_ADDR` on free ports of
//! 127.0.0.1, and its own `TELOXIDE_API_URL` (the fake's API under a port of its own, so the
//! fake knows which replica called getUpdates); all share `DATABASE_URL`, `ENCRYPTION_KEY`,
//! `PUBLIC_URL` and the bot's token. In webhook mode the fake delivers to each in turn.
//!
//! Inside: `process` is one replica (start, `kill -9`, SIGTERM, `/healthz`), `chat` talks to
//! the set as a user.

mod chat;
mod process;

use std::{net::SocketAddr, time::Duration};

use assistants_bot::{
    sim::{SimOptions, Simulator},
    storage::seal::KeyMaterial,
};
use base64::{Engine as _, engine::general_purpose::STANDARD};
use tempfile::TempDir;

pub use self::{
    chat::ANSWER_WITHIN,
    process::{Replica, START_WITHIN},
};
use super::{
    app::start_simulator,
    database::{TestDatabase, require_postgres},
    fake_telegram::{BOT_TOKEN, FakeTelegram},
    wait::within,
};

/// `PUBLIC_URL` in webhook mode: https on a public host, as the configuration requires; the
/// fake Telegram posts to each replica's `LISTEN_ADDR` instead.
pub const PUBLIC_URL: &str = "https://bot.example.org/";

/// Where the replicas keep their data.
enum Storage {
    Postgres(TestDatabase),
    /// A SQLite file in the set's directory (one process at a time: the file lock).
    Sqlite,
}

/// How a [`ReplicaSet`] is set up before it starts.
#[must_use = "nothing starts until postgres() or sqlite()"]
pub struct ReplicaSetBuilder {
    count: usize,
    webhook: bool,
    poll_interval: Duration,
    sim: SimOptions,
}

impl ReplicaSetBuilder {
    /// How many replicas (two by default).
    pub fn replicas(self, count: usize) -> Self {
        Self { count, ..self }
    }

    /// Webhook mode: `PUBLIC_URL` set, each replica listening on a port of its own.
    pub fn webhook(self) -> Self {
        Self { webhook: true, ..self }
    }

    /// Simulator behaviour.
    pub fn sim(self, sim: SimOptions) -> Self {
        Self { sim, ..self }
    }

    /// Starts every replica on a fresh PostgreSQL database; `None` (the test is skipped)
    /// without `TEST_DATABASE_URL`.
    pub async fn postgres(self) -> Option<ReplicaSet> {
        let server = require_postgres("replicas")?;
        let database = TestDatabase::on_postgres(&server).await;
        Some(self.spawn(Storage::Postgres(database)).await)
    }

    /// Starts one replica on a SQLite file (a second could not open it).
    pub async fn sqlite(self) -> ReplicaSet {
        self.replicas(1).spawn(Storage::Sqlite).await
    }

    async fn spawn(self, storage: Storage) -> ReplicaSet {
        let (sim, _) = start_simulator(self.sim.clone()).await;
        let tg = FakeTelegram::start().await;
        let dir = tempfile::tempdir().expect("tempdir");
        let database_url = match &storage {
            Storage::Postgres(database) => database.url().to_owned(),
            Storage::Sqlite => format!("sqlite://{}", dir.path().join("bot.db").display()),
        };
        let key = KeyMaterial::generate();
        let ports = free_ports(2 * self.count);
        let mut replicas = Vec::new();
        for (n, pair) in ports.chunks(2).enumerate() {
            let name = ((b'a' + n as u8) as char).to_string();
            let listen = self.webhook.then_some(pair[0]);
            let mut env = vec![
                ("TELOXIDE_TOKEN", BOT_TOKEN.to_owned()),
                ("TELOXIDE_API_URL", tg.url_for(&name).await.to_string()),
                ("ASSISTANTS_API_URL", sim.base_url().to_string()),
                ("DATABASE_URL", database_url.clone()),
                ("ENCRYPTION_KEY", STANDARD.encode(key.expose())),
                ("POLL_INTERVAL", format!("{}ms", self.poll_interval.as_millis())),
                ("METRICS_ADDR", pair[1].to_string()),
                ("RUST_LOG", std::env::var("REPLICA_LOG").unwrap_or_else(|_| "info".into())),
                // Plain lines in the log file.
                ("NO_COLOR", "1".to_owned()),
            ];
            if let Some(listen) = listen {
                env.push(("PUBLIC_URL", PUBLIC_URL.to_owned()));
                env.push(("LISTEN_ADDR", listen.to_string()));
            }
            let env = env.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
            let log = dir.path().join(format!("replica-{name}.log"));
            replicas.push(Replica::new(&name, env, listen, pair[1], log));
        }
        let mut set = ReplicaSet {
            tg,
            sim,
            replicas,
            poll_interval: self.poll_interval,
            _storage: storage,
            _dir: dir,
        };
        for replica in &mut set.replicas {
            replica.start().await;
        }
        if self.webhook {
            let targets = set.replicas.iter().filter_map(Replica::webhook_url).collect();
            set.tg.deliver_to_each(targets);
        }
        set
    }
}

/// Replicas of the bot, running (or stopped and started again by the test).
pub struct ReplicaSet {
    /// The fake Bot API all of them talk to.
    pub tg: FakeTelegram,
    /// The simulator; steer it with `sim.handle()`.
    pub sim: Simulator,
    /// The replicas, named `a`, `b`, … in order.
    pub replicas: Vec<Replica>,
    /// Their `POLL_INTERVAL` (one second).
    pub poll_interval: Duration,
    // Dropped after the replicas (fields drop in order): the database outlives its users.
    _storage: Storage,
    /// Logs, and the SQLite file.
    _dir: TempDir,
}

impl ReplicaSet {
    /// Two replicas in polling mode, polling every second, with the default simulator.
    pub fn builder() -> ReplicaSetBuilder {
        ReplicaSetBuilder {
            count: 2,
            webhook: false,
            poll_interval: Duration::from_secs(1),
            sim: SimOptions::default(),
        }
    }

    /// The index of the replica whose `/healthz` says it leads, when exactly one running
    /// replica does. A lone replica leads whenever it runs (on SQLite the one process is the
    /// leader).
    pub async fn leader(&mut self) -> Option<usize> {
        if let [lone] = self.replicas.as_mut_slice() {
            return lone.is_running().then_some(0);
        }
        leader_of(&mut self.replicas).await
    }

    /// Waits until exactly one replica says it leads, for at most `limit`; its index, or a
    /// panic with every replica's log.
    pub async fn wait_for_leader(&mut self, limit: Duration) -> usize {
        match within(limit, async || self.leader().await).await {
            Some(leader) => leader,
            None => panic!("no one leader within {limit:?}\n{}", self.logs()),
        }
    }

    /// The PostgreSQL database the replicas share (`None` on SQLite).
    pub fn postgres_url(&self) -> Option<&str> {
        match &self._storage {
            Storage::Postgres(database) => Some(database.url()),
            Storage::Sqlite => None,
        }
    }

    /// Every replica's log, headed by its name (for a failing test's message).
    pub fn logs(&self) -> String {
        let tail = |text: String| {
            let lines: Vec<&str> = text.lines().collect();
            lines[lines.len().saturating_sub(60)..].join("\n")
        };
        self.replicas
            .iter()
            .map(|r| format!("--- replica {} (last 60 lines)\n{}", r.name, tail(r.log_text())))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

impl Drop for ReplicaSet {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("{}", self.logs());
        }
        for replica in &mut self.replicas {
            replica.kill();
        }
    }
}

/// The index of the replica among `replicas` whose `/healthz` says it leads, when exactly one
/// running replica does (for a test that holds the replicas apart from their set).
pub async fn leader_of(replicas: &mut [Replica]) -> Option<usize> {
    let mut leaders = Vec::new();
    for (i, replica) in replicas.iter_mut().enumerate() {
        if replica.is_running() && replica.is_leader().await == Some(true) {
            leaders.push(i);
        }
    }
    (leaders.len() == 1).then(|| leaders[0])
}

/// `count` distinct free ports of 127.0.0.1 (free when this returns: held all at once while
/// they are picked, so no two are the same).
///
/// Picked below the kernel's range of ephemeral ports (32768 and up by default), where every
/// other test's `127.0.0.1:0` binds: a port freed here and bound a moment later by the child
/// process cannot be taken meanwhile by one of those.
fn free_ports(count: usize) -> Vec<SocketAddr> {
    use rand::Rng as _;
    let mut held: Vec<std::net::TcpListener> = Vec::with_capacity(count);
    while held.len() < count {
        let port = rand::thread_rng().gen_range(20_000..32_000);
        if let Ok(listener) = std::net::TcpListener::bind(("127.0.0.1", port)) {
            held.push(listener);
        }
    }
    held.iter().map(|l| l.local_addr().expect("its address")).collect()
}
