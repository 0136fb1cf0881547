//! The part of storage that differs by engine: connecting (pool, pragmas, migrations), the
//! connections kept outside the pool, and notifications between replicas.

use std::time::Duration;

use sqlx::{
    AnyConnection, AnyPool, ConnectOptions as _, Connection as _, Executor as _,
    any::AnyPoolOptions, postgres::PgListener, sqlite::SqliteConnectOptions,
};

use secrecy::{ExposeSecret as _, SecretString};

use super::{Db, StorageError};

/// Where the bot keeps its state.
#[derive(Debug, Clone)]
// Made once at start and passed by reference: the size of SQLite's options costs nothing.
#[allow(clippy::large_enum_variant)]
pub enum Database {
    /// A SQLite file (or an in-memory database): one process at a time (`dblock`).
    Sqlite(SqliteConnectOptions),
    /// A PostgreSQL database, shared by every replica.
    Postgres(Postgres),
}

/// A PostgreSQL database's URL. Kept secret: it usually carries a password, and the
/// configuration is printed in debug output.
#[derive(Debug, Clone)]
pub struct Postgres {
    url: SecretString,
    /// Host and database name only, for log lines.
    shown: String,
}

impl Postgres {
    /// A database at `url`, shown in logs as `shown` (no password).
    pub fn new(url: &str, shown: String) -> Self {
        Self { url: SecretString::from(url.to_owned()), shown }
    }

    /// The URL, password included (to connect with; never to log).
    pub fn url(&self) -> &str {
        self.url.expose_secret()
    }

    /// Host, port and database name, for log lines and errors.
    pub fn shown(&self) -> &str {
        &self.shown
    }
}

impl Database {
    /// The SQLite options, for what only a SQLite file has (its lock file, a key file beside it).
    pub fn sqlite(&self) -> Option<&SqliteConnectOptions> {
        match self {
            Self::Sqlite(options) => Some(options),
            Self::Postgres(_) => None,
        }
    }
}

/// The channel a replica's webhook tells the leader on that it stored an update.
pub const INBOX_CHANNEL: &str = "assistants_bot_inbox";
/// The channel a replica tells the leader on that a deployment's callback came (payload:
/// `<chat id>:<handle>`), so the leader looks at the deployment.
pub const CALLBACK_CHANNEL: &str = "assistants_bot_callback";

/// The channel a replica tells the leader on that it relayed a secure-form hand-off
/// (payload: the row's id).
pub const FORM_RELAY_CHANNEL: &str = "assistants_bot_form_relay";

/// Which engine a [`Db`] runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// A SQLite file: one process.
    Sqlite,
    /// PostgreSQL: any number of replicas.
    Postgres,
}

/// The connections a pool opens. SQLite serialises writers anyway; PostgreSQL serves
/// several at once, and a replica's handlers, tracker and inbox each want one.
const SQLITE_CONNECTIONS: u32 = 4;
const POSTGRES_CONNECTIONS: u32 = 10;

/// How long a statement waits for a connection of the pool before it fails.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(10);

/// The `Any` driver finds an engine's driver by the URL's scheme; they must be installed
/// once first (idempotent).
fn install_drivers() {
    sqlx::any::install_default_drivers();
}

/// The URL the `Any` driver connects with. SQLite's settings beyond the file and its mode
/// are not part of a URL: [`sqlite_pragmas`] sets them on each connection.
fn any_url(database: &Database) -> String {
    match database {
        Database::Sqlite(options) => options.to_url_lossy().to_string(),
        Database::Postgres(pg) => pg.url().to_owned(),
    }
}

/// What each SQLite connection needs (`parse_database_url` asks for the same): the
/// write-ahead log, `NORMAL` syncs (safe with the WAL), foreign keys, a busy timeout.
const SQLITE_PRAGMAS: &str = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
     PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";

/// Every wait of a PostgreSQL statement is bounded: a statement, a lock it waits for, a
/// transaction left open. (The migrator's own lock waits for another replica's migration,
/// within the statement limit.)
const POSTGRES_SESSION: &str = "SET statement_timeout = '30s'; SET lock_timeout = '10s'; \
     SET idle_in_transaction_session_timeout = '60s'";

/// How long a connection outside the pool may take to open, and a listener to start.
const CONNECT_WITHIN: Duration = Duration::from_secs(10);

/// Connects and runs the engine's migrations.
pub async fn connect(database: &Database) -> Result<(AnyPool, Engine), StorageError> {
    install_drivers();
    let url = any_url(database);
    let (pool, engine) = match database {
        Database::Sqlite(_) => {
            let pool = AnyPoolOptions::new()
                .max_connections(SQLITE_CONNECTIONS)
                .acquire_timeout(ACQUIRE_TIMEOUT)
                .after_connect(|conn, _| {
                    Box::pin(async move { conn.execute(SQLITE_PRAGMAS).await.map(drop) })
                })
                .connect(&url)
                .await?;
            sqlx::migrate!("migrations/sqlite").run(&pool).await?;
            (pool, Engine::Sqlite)
        }
        Database::Postgres(_) => {
            let pool = AnyPoolOptions::new()
                .max_connections(POSTGRES_CONNECTIONS)
                .acquire_timeout(ACQUIRE_TIMEOUT)
                .after_connect(|conn, _| {
                    Box::pin(async move { conn.execute(POSTGRES_SESSION).await.map(drop) })
                })
                .connect(&url)
                .await?;
            // Replicas starting together: the migrator takes an advisory lock of its own, so
            // one migrates and the others wait for it.
            sqlx::migrate!("migrations/postgres").run(&pool).await?;
            (pool, Engine::Postgres)
        }
    };
    Ok((pool, engine))
}

impl Db {
    /// A connection of its own, outside the pool: for a session-level advisory lock (the
    /// leader's lease), which lives as long as the connection.
    pub async fn dedicated_connection(&self) -> Result<AnyConnection, StorageError> {
        install_drivers();
        let database = self.database().ok_or(sqlx::Error::PoolClosed)?;
        let connecting = AnyConnection::connect(&any_url(database));
        let connected = tokio::time::timeout(CONNECT_WITHIN, connecting).await;
        Ok(connected.map_err(|_| sqlx::Error::PoolTimedOut)??)
    }

    /// Tells the other replicas something happened on `channel` (PostgreSQL's NOTIFY; one
    /// process on SQLite has nobody to tell). Delivered when the caller's statement ends; a
    /// replica not listening then misses it, so listeners also look for themselves now and
    /// then.
    pub async fn notify(&self, channel: &str, payload: &str) -> Result<(), StorageError> {
        if self.engine == Engine::Postgres {
            sqlx::query("SELECT pg_notify($1, $2)")
                .bind(channel)
                .bind(payload)
                .execute(self.pool())
                .await?;
        }
        Ok(())
    }

    /// A listener on `channels` (PostgreSQL only; `None` on SQLite).
    pub async fn listen(&self, channels: &[&str]) -> Result<Option<PgListener>, StorageError> {
        let Some(Database::Postgres(pg)) = self.database() else { return Ok(None) };
        let listening = async {
            let mut listener = PgListener::connect(pg.url()).await?;
            listener.listen_all(channels.iter().copied()).await?;
            Ok::<_, sqlx::Error>(listener)
        };
        let listener = tokio::time::timeout(CONNECT_WITHIN, listening).await;
        Ok(Some(listener.map_err(|_| sqlx::Error::PoolTimedOut)??))
    }
}
