//! `DATABASE_URL`: a SQLite file (the embedded default) or a PostgreSQL server (several
//! replicas share one).

use std::{path::PathBuf, str::FromStr as _};

use sqlx::{postgres::PgConnectOptions, sqlite::SqliteConnectOptions};

use super::ConfigError;
// Storage owns what a database is (it connects to it); the configuration only parses it.
pub use crate::storage::engine::{Database, Postgres};

/// Parses `DATABASE_URL`. SQLite: created if missing (WAL and foreign keys: see
/// `storage::engine`). PostgreSQL: a
/// `postgres://` (or `postgresql://`) URL, checked here so a typo fails at start.
pub fn parse_database_url(raw: &str) -> Result<Database, ConfigError> {
    let raw = raw.trim();
    if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
        let options = PgConnectOptions::from_str(raw).map_err(|e| {
            ConfigError::new("DATABASE_URL", format!("is not a valid PostgreSQL URL ({e})"))
        })?;
        let shown = format!(
            "postgres://{}:{}/{}",
            options.get_host(),
            options.get_port(),
            options.get_database().unwrap_or_default()
        );
        return Ok(Database::Postgres(Postgres::new(raw, shown)));
    }
    if !raw.starts_with("sqlite:") {
        return Err(ConfigError::new(
            "DATABASE_URL",
            "must be a SQLite URL such as sqlite://assistants-bot.db, or a PostgreSQL URL \
             such as postgres://user:password@host/database",
        ));
    }
    SqliteConnectOptions::from_str(raw)
        .map(|o| {
            // Only the file and its mode reach the connection (the `Any` driver connects by
            // URL); the write-ahead log, syncs, foreign keys and busy timeout are set on each
            // connection by `storage::engine`.
            Database::Sqlite(o.create_if_missing(true))
        })
        .map_err(|e| ConfigError::new("DATABASE_URL", format!("is not a valid SQLite URL ({e})")))
}

/// Where the generated key file goes: beside a SQLite file. A database in memory or on a
/// server has no such place, so `ENCRYPTION_KEY` is required there.
pub fn key_file_beside(database: &Database) -> Result<PathBuf, ConfigError> {
    let Database::Sqlite(database) = database else {
        return Err(ConfigError::new(
            "ENCRYPTION_KEY",
            "is required with a PostgreSQL database (there is no file beside it to keep a key \
             in; make one with `openssl rand -base64 32` and give every replica the same)",
        ));
    };
    let db = database.get_filename();
    if db.as_os_str().is_empty() || db.to_string_lossy().contains(":memory:") {
        return Err(ConfigError::new(
            "ENCRYPTION_KEY",
            "is required when the database is in memory (there is nowhere to keep a key file)",
        ));
    }
    let mut name = db.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".key");
    Ok(db.with_file_name(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_postgres_url_is_kept_secret_and_shown_without_its_password() {
        let db = parse_database_url("postgres://bot:hunter2@db.internal:5433/assistants")
            .expect("valid");
        let Database::Postgres(pg) = &db else { panic!("postgres") };
        assert_eq!(pg.shown(), "postgres://db.internal:5433/assistants");
        assert!(!format!("{db:?}").contains("hunter2"), "{db:?}");
        assert!(pg.url().contains("hunter2"));
    }

    #[test]
    fn postgres_needs_an_encryption_key() {
        let db = parse_database_url("postgresql://bot@localhost/bot").expect("valid");
        let e = key_file_beside(&db).expect_err("no file beside a server");
        assert_eq!(e.variable, "ENCRYPTION_KEY");
    }

    #[test]
    fn other_urls_are_refused_naming_both_engines() {
        let e = parse_database_url("mysql://x").expect_err("not ours");
        assert!(e.to_string().contains("PostgreSQL"), "{e}");
    }
}
