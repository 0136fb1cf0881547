//! Everything the bot keeps, with secrets sealed before they are written: SQLite (the
//! embedded default) or PostgreSQL (several replicas), through sqlx's `Any` driver, so every
//! statement is written once for both. Where the engines differ:
//! - the migrations: `migrations/sqlite/` and `migrations/postgres/` reach the same schema
//!   (`unixepoch()` is a function of that schema on PostgreSQL, as it is built into SQLite);
//! - [`engine`]: connecting, and the few statements only one engine has.
//!
//! - [`seal`]: the AEAD that seals secrets, and the key file.
//! - [`chats`]: per-chat language and API key.
//! - [`deployments`]: the deployments each chat knows, with their last seen and announced status.
//! - [`dialogues`]: conversation state, sealed as a whole, behind teloxide's dialogue `Storage` trait.
//! - [`inbox`]: every update, sealed, until it is handled; the update each chat last applied.
//! - [`pending`]: sealed wizard answers waiting for a slot's payment.
//! - [`checkouts`]: the checkout link of each slot bought here, for the card's Pay button.
//! - [`moves`]: moving a chat to a new id (a group upgraded to a supergroup).
//! - [`rotate`]: re-sealing everything under a new key.
//! - [`teams`]: hand-off links from groups to private chats, and the audit log.
//! - [`forms`]: one-time nonces of the secure form.
//! - [`form_relay`]: secure-form hand-offs a standby relays to the leader, the secret sealed.
//! - [`notices`]: when chats last heard the "slow down" notice, kept across restarts.
//! - [`bot_watch`]: each assistant's bot token, sealed, and what the watch on that bot saw.
//! - [`watch`]: live assistants, and the changes the watch saw in them until they are told.

pub mod bot_watch;
pub mod chats;
pub mod checkouts;
pub mod deployments;
pub mod dialogues;
pub mod engine;
pub mod form_relay;
pub mod forms;
pub mod inbox;
pub mod managed_bots;
pub mod moves;
pub mod nonces;
pub mod notices;
pub mod pending;
pub mod rotate;
pub mod seal;
pub mod teams;
pub mod watch;

use std::sync::Arc;

use sqlx::{Any, AnyPool, any::AnyArguments, query::Query};

pub use engine::Engine;

use self::engine::Database;

use seal::{KeyFileError, KeyMaterial, KeySource, SealError, Sealer};

/// Where a JSON text failed to (de)serialize, without the message serde_json writes, which
/// can quote the text's values (and stored state holds secrets).
pub fn json_failure(e: &serde_json::Error) -> String {
    format!("{:?} error at line {}, column {}", e.classify(), e.line(), e.column())
}

/// Errors of the storage layer.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The database failed.
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    /// A migration failed to apply.
    #[error("database migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// A stored secret could not be opened.
    #[error("sealed value: {0}")]
    Seal(#[from] SealError),
    /// Stored state could not be (de)serialized.
    #[error("stored state: {}", json_failure(.0))]
    Serde(#[from] serde_json::Error),
    /// The key file could not be read or written.
    #[error(transparent)]
    KeyFile(#[from] KeyFileError),
    /// The database holds secrets but the key file that sealed them is gone.
    #[error(
        "the database holds secrets sealed under key {needed}, but the key file {path} is missing; \
         restore it or set ENCRYPTION_KEY to that key (refusing to start with a new key)"
    )]
    KeyMissing {
        /// Where the key file was expected.
        path: String,
        /// The key id the stored secrets need.
        needed: String,
    },
    /// The configured key is not the one the stored secrets were sealed under.
    #[error(
        "the database holds secrets sealed under key {needed}, but the configured key is {configured}; \
         set ENCRYPTION_KEY or the key file to the key that sealed them"
    )]
    WrongKey {
        /// The id of the configured key.
        configured: String,
        /// The key id the stored secrets need.
        needed: String,
    },
}

/// The handle every part of the bot uses to reach the database. Cheap to clone.
///
/// (Named `Db` rather than `Storage` so it never reads as teloxide's dialogue `Storage` trait.)
#[derive(Debug, Clone)]
pub struct Db {
    pool: AnyPool,
    engine: Engine,
    /// Where the database is, for connections outside the pool (a lease, a listener).
    database: Option<Arc<Database>>,
    sealer: Arc<Sealer>,
    /// Chat languages, read on every update: kept in memory after the first read, updated
    /// by every write (all writes go through this handle within the process).
    languages: Arc<std::sync::Mutex<std::collections::HashMap<i64, Option<String>>>>,
}

impl Db {
    /// Opens (creating if missing) and migrates the database, then settles the sealing key:
    /// an existing key is checked against the stored secrets; a key file is generated only for
    /// a database that holds no secrets yet, so a lost key is never silently replaced.
    pub async fn open(database: Database, key: &KeySource) -> Result<Self, StorageError> {
        let (pool, engine) = connect(&database).await?;
        let needed = sealed_key_ids(&pool).await?;
        let key = match key {
            KeySource::Inline(key) => key.clone(),
            KeySource::File(path) => match seal::read_key_file(path)? {
                Some(key) if needed.iter().any(|id| *id != key.id()) => {
                    recover_rotation(path, key, &needed)?
                }
                Some(key) => key,
                None => {
                    if let Some(needed) = needed.first() {
                        return Err(StorageError::KeyMissing {
                            path: path.display().to_string(),
                            needed: needed.clone(),
                        });
                    }
                    let key = KeyMaterial::generate();
                    seal::write_key_file(path, &key)?;
                    tracing::info!(path = %path.display(), key_id = %key.id(), "generated a new encryption key file; back it up with the database");
                    key
                }
            },
        };
        if let Some(other) = needed.iter().find(|id| **id != key.id()) {
            return Err(StorageError::WrongKey { configured: key.id(), needed: other.clone() });
        }
        let mut db = Self::with_sealer(pool, engine, Sealer::new(&key));
        db.database = Some(Arc::new(database));
        Ok(db)
    }

    /// Wraps an already migrated pool (tests, key rotation).
    pub fn with_sealer(pool: AnyPool, engine: Engine, sealer: Sealer) -> Self {
        Self { pool, engine, database: None, sealer: Arc::new(sealer), languages: Arc::default() }
    }

    /// The connection pool.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Which engine this is.
    pub fn engine(&self) -> Engine {
        self.engine
    }

    /// Where the database is (`None` for a pool wrapped by [`Self::with_sealer`]).
    pub fn database(&self) -> Option<&Database> {
        self.database.as_deref()
    }

    /// The in-memory chat language cache.
    pub(crate) fn language_cache(
        &self,
    ) -> std::sync::MutexGuard<'_, std::collections::HashMap<i64, Option<String>>> {
        let mut cache = self.languages.lock().unwrap_or_else(|p| p.into_inner());
        // Bounded: past this many chats it starts over (the database has every language).
        if cache.len() >= 100_000 {
            cache.clear();
        }
        cache
    }

    /// The sealer for secrets.
    pub fn sealer(&self) -> &Sealer {
        &self.sealer
    }

    /// Runs one statement, its arguments bound; returns how many rows it changed. The
    /// statements of this module go through here, so each reads as its SQL and its binds.
    async fn run<'q>(
        &self,
        statement: Query<'q, Any, AnyArguments<'q>>,
    ) -> Result<u64, StorageError> {
        Ok(statement.execute(self.pool()).await?.rows_affected())
    }

    /// Checks the database answers (health checks).
    pub async fn ping(&self) -> Result<(), StorageError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// Closes the pool, flushing the WAL.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// The key file of a rotation is written to `<key file>.new` before the database is
/// re-sealed, and renamed over the old one after. If the process died between the two, the
/// database needs the `.new` key: finish the rename instead of refusing to start.
fn recover_rotation(
    path: &std::path::Path,
    current: KeyMaterial,
    needed: &[String],
) -> Result<KeyMaterial, StorageError> {
    let staged = seal::staged_key_path(path);
    match seal::read_key_file(&staged)? {
        Some(new) if needed.iter().all(|id| *id == new.id()) => {
            std::fs::rename(&staged, path)
                .and_then(|()| crate::durable::sync_parent_dir(path))
                .map_err(|source| seal::KeyFileError::Io {
                    path: path.display().to_string(),
                    source,
                })?;
            tracing::warn!(path = %path.display(), key_id = %new.id(), "finished an interrupted key rotation");
            Ok(new)
        }
        _ => Ok(current),
    }
}

/// Now, in unix seconds (what the tables store times in).
pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// A new one-time token of `N` random bytes, URL-safe base64 without padding (callback
/// tokens, hand-off and form nonces): only its [`token_hash`] is stored.
pub fn new_token<const N: usize>() -> String {
    use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};
    use rand::RngCore as _;
    let mut bytes = [0u8; N];
    rand::thread_rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Whether `token` has the shape [`new_token::<N>`](new_token) gives: anything else is not one
/// of ours, and costs no database query.
pub fn is_token<const N: usize>(token: &str) -> bool {
    token.len() == (4 * N).div_ceil(3)
        && token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// What is stored of a one-time token (callback tokens, hand-off and form nonces): its SHA-256, hex.
pub fn token_hash(token: &str) -> String {
    use sha2::{Digest as _, Sha256};
    Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// Connects and runs the engine's migrations.
pub async fn connect(database: &Database) -> Result<(AnyPool, Engine), StorageError> {
    engine::connect(database).await
}

/// The ids of every key that sealed something in the database.
pub async fn sealed_key_ids(pool: &AnyPool) -> Result<Vec<String>, StorageError> {
    let ids = sqlx::query_scalar(
        "SELECT api_key_key_id FROM chats WHERE api_key_key_id IS NOT NULL
         UNION SELECT key_id FROM dialogues
         UNION SELECT key_id FROM pending_activations
         UNION SELECT key_id FROM inbox WHERE key_id IS NOT NULL
         UNION SELECT key_id FROM bot_watch WHERE key_id IS NOT NULL
         UNION SELECT key_id FROM form_relay WHERE key_id IS NOT NULL",
    )
    .fetch_all(pool)
    .await?;
    Ok(ids)
}

#[cfg(test)]
mod json_failure_tests {
    use super::{StorageError, json_failure};

    #[test]
    fn a_failure_to_parse_stored_state_does_not_quote_its_values() {
        let e = serde_json::from_str::<u32>(r#""sk-secret-value""#).expect_err("not a number");
        assert!(e.to_string().contains("sk-secret-value"), "serde_json quotes it: {e}");
        assert!(!json_failure(&e).contains("sk-secret"), "{}", json_failure(&e));
        assert!(!StorageError::from(e).to_string().contains("sk-secret"));
    }
}

#[cfg(test)]
mod token_tests {
    use super::{is_token, new_token};

    #[test]
    fn tokens_have_the_shape_they_are_checked_for() {
        for _ in 0..100 {
            assert!(is_token::<24>(&new_token::<24>()));
            assert!(is_token::<32>(&new_token::<32>()));
        }
        assert_eq!(new_token::<24>().len(), 32);
        assert_eq!(new_token::<32>().len(), 43);
        assert!(!is_token::<24>("short"));
        assert!(!is_token::<24>(&format!("{}/", "a".repeat(31))));
        assert!(!is_token::<32>(&new_token::<24>()));
    }
}
