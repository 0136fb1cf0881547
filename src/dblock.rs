//! One process per database: the bot, and `rotate-key`, hold an exclusive advisory lock
//! (`flock`) on `<database>.lock` for as long as they run.
//!
//! `rotate-key` re-seals every secret and then replaces the key file. A bot running on the
//! same database meanwhile keeps sealing new secrets under the old key, and those are lost
//! once the old key is gone. The lock makes the second process refuse to start instead. The
//! operating system releases it when the process ends, however it ends, so a crash leaves no
//! stale lock behind; the file itself stays (removing it would race with the next start).

use std::{
    fs::{File, OpenOptions, TryLockError},
    path::PathBuf,
};

use sqlx::sqlite::SqliteConnectOptions;

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
        assert!(DbLock::acquire(&database).expect("no lock needed").is_none());
    }
}
