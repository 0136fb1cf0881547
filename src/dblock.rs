//! One process per database: the bot, and `rotate-key`, hold an exclusive advisory lock
//! (`flock`) on `<database>.lock` for as long as they run.
//!
//! `rotate-key` re-seals every secret and then replaces the key file. A bot running on the
//! same database meanwhile keeps sealing new secrets under the old key, and those are lost
//! once the old key is gone. The lock makes the second process refuse to start instead. The
//! operating system releases it when the process ends, however it ends, so a crash leaves no
//! stale lock behind; the file itself stays (removing it would race with the next start).
//!
//! On PostgreSQL several replicas run at once, so the lock is PostgreSQL's advisory lock on
//! a connection of its own: each replica holds it shared, `rotate-key` exclusively. A
//! rotation waits for no replica and no replica starts during one; the lock goes with the
//! connection, so a killed process leaves none behind there either.

use std::{
    fs::{File, OpenOptions, TryLockError},
    path::PathBuf,
};

use sqlx::{AnyConnection, Connection as _, sqlite::SqliteConnectOptions};

use crate::storage::engine::Database;

/// The advisory lock key of the replicas and `rotate-key` (PostgreSQL): any fixed number
/// no other lock of this database uses ("ROTA" in ASCII).
const ROTATION_LOCK: i64 = 0x524f_5441;

/// Who takes the lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    /// The bot: on PostgreSQL, one of any number of replicas.
    Bot,
    /// `rotate-key`: alone.
    Rotation,
}

/// A held lock of either engine; released when dropped (or when the process ends).
#[derive(Debug)]
pub enum Held {
    /// A SQLite file's lock file.
    File(DbLock),
    /// A PostgreSQL connection holding the advisory lock.
    Server(AnyConnection),
}

/// Takes `database`'s lock for `holder` without waiting. `Ok(None)` for an in-memory SQLite
/// database, which no other process can open anyway.
pub async fn hold(database: &Database, holder: Holder) -> Result<Option<Held>, LockError> {
    let pg = match database {
        Database::Sqlite(options) => return Ok(DbLock::acquire(options)?.map(Held::File)),
        Database::Postgres(pg) => pg,
    };
    let failed = |e: sqlx::Error| LockError::Server(format!("{}: {e}", pg.shown()));
    sqlx::any::install_default_drivers();
    let mut conn = AnyConnection::connect(pg.url()).await.map_err(failed)?;
    let statement = match holder {
        Holder::Bot => "SELECT CASE WHEN pg_try_advisory_lock_shared($1) THEN 1 ELSE 0 END",
        Holder::Rotation => "SELECT CASE WHEN pg_try_advisory_lock($1) THEN 1 ELSE 0 END",
    };
    let taken: i64 = sqlx::query_scalar(statement)
        .bind(ROTATION_LOCK)
        .fetch_one(&mut conn)
        .await
        .map_err(failed)?;
    if taken == 1 {
        return Ok(Some(Held::Server(conn)));
    }
    Err(match holder {
        Holder::Bot => LockError::Rotating,
        Holder::Rotation => LockError::Replicas,
    })
}

/// A held lock; released when dropped (or when the process ends).
#[derive(Debug)]
pub struct DbLock {
    // Only kept open: the lock lives as long as the file descriptor.
    _file: File,
    path: PathBuf,
}

/// Why the lock was not taken.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another process holds it.
    #[error("the bot is running on this database; stop it first (lock file {0})")]
    Held(String),
    /// A replica runs on this PostgreSQL database (`rotate-key`).
    #[error("a replica of the bot is running on this database; stop every replica first")]
    Replicas,
    /// `rotate-key` runs on this PostgreSQL database (a replica starting).
    #[error("rotate-key is running on this database; start the bot once it has finished")]
    Rotating,
    /// PostgreSQL could not be reached to take the lock.
    #[error("cannot take the database's lock on {0}")]
    Server(String),
    /// The lock file could not be opened or locked.
    #[error("cannot lock {path}: {source}")]
    Io {
        /// The lock file.
        path: String,
        /// What the operating system said.
        source: std::io::Error,
    },
}

impl DbLock {
    /// Takes the lock of `database` without waiting. `Ok(None)` for an in-memory database,
    /// which no other process can open anyway.
    pub fn acquire(database: &SqliteConnectOptions) -> Result<Option<Self>, LockError> {
        let Some(path) = lock_path(database) else { return Ok(None) };
        let shown = path.display().to_string();
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|source| LockError::Io { path: shown.clone(), source })?;
        match file.try_lock() {
            Ok(()) => Ok(Some(Self { _file: file, path })),
            Err(TryLockError::WouldBlock) => Err(LockError::Held(shown)),
            Err(TryLockError::Error(source)) => Err(LockError::Io { path: shown, source }),
        }
    }

    /// Where the lock file is.
    pub fn path(&self) -> &std::path::Path {
        &self.path
    }
}

/// `<database file>.lock`, or `None` for an in-memory database.
pub fn lock_path(database: &SqliteConnectOptions) -> Option<PathBuf> {
    let db = database.get_filename();
    let name = db.to_string_lossy();
    // sqlx names an in-memory database `file:sqlx-in-memory-<n>`; SQLite's own spellings are
    // `:memory:` and `mode=memory`.
    if name.is_empty()
        || name.contains(":memory:")
        || name.contains("mode=memory")
        || name.starts_with("file:sqlx-in-memory")
    {
        return None;
    }
    let mut name = db.file_name()?.to_os_string();
    name.push(".lock");
    Some(db.with_file_name(name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::parse_database_url;

    #[test]
    fn a_second_holder_is_refused_until_the_first_lets_go() {
        let dir = tempfile::tempdir().expect("tempdir");
        let url = format!("sqlite://{}", dir.path().join("bot.db").display());
        let database = parse_database_url(&url).expect("url");
        let database = database.sqlite().expect("sqlite").clone();
        let first = DbLock::acquire(&database).expect("free").expect("a file database");
        assert_eq!(first.path(), dir.path().join("bot.db.lock"));
        let second = DbLock::acquire(&database).expect_err("held");
        assert!(second.to_string().contains("stop it first"), "{second}");
        drop(first);
        assert!(DbLock::acquire(&database).expect("free again").is_some());
    }

    #[test]
    fn an_in_memory_database_takes_no_lock() {
        let database = parse_database_url("sqlite::memory:").expect("url");
        let database = database.sqlite().expect("sqlite").clone();
        assert!(DbLock::acquire(&database).expect("no lock needed").is_none());
    }
}
