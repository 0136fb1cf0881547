//! A fresh PostgreSQL database per test, made in the server `TEST_DATABASE_URL` names (an
//! admin URL, such as `postgres://bot:bot@127.0.0.1:5432/postgres`) and dropped when the test
//! ends. Without the variable a test that needs one prints "skipped: set TEST_DATABASE_URL"
//! and returns; under `CI=true` it fails instead.
//!
//! Databases are made and dropped with `psql` (Debian's postgresql packages bring it), so the
//! tests need no PostgreSQL client of their own for it.

use std::process::Command;

use url::Url;

/// The variable naming the server.
pub const VARIABLE: &str = "TEST_DATABASE_URL";

/// A database of its own for one test; dropped (with whatever is still connected to it) when
/// this is.
#[derive(Debug)]
pub struct TestDatabase {
    admin: String,
    name: String,
    url: String,
}

impl TestDatabase {
    /// A fresh database named `t_<random>`, or `None` (after saying the test is skipped)
    /// without `TEST_DATABASE_URL`. Panics under `CI=true` without it, and when the server
    /// cannot make the database.
    pub fn create() -> Option<Self> {
        let Some(admin) = std::env::var(VARIABLE).ok().filter(|url| !url.trim().is_empty()) else {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "set {VARIABLE}: this test needs PostgreSQL, and CI runs it"
            );
            eprintln!("skipped: set {VARIABLE}");
            return None;
        };
        let name = format!("t_{:016x}", rand::random::<u64>());
        psql(&admin, &format!("CREATE DATABASE {name}"));
        let mut url = Url::parse(&admin).unwrap_or_else(|e| panic!("{VARIABLE}: {e}"));
        url.set_path(&format!("/{name}"));
        Some(Self { admin, name, url: url.into() })
    }

    /// The URL of this database, for `DATABASE_URL`.
    pub fn url(&self) -> &str {
        &self.url
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        // FORCE: a replica killed with -9 may leave a connection the server has not closed yet.
        let drop = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
        let dropped =
            Command::new("psql").args(["-X", "-q", "-d", &self.admin, "-c", &drop]).status();
        if !dropped.is_ok_and(|s| s.success()) {
            eprintln!("could not drop the test database {}", self.name);
        }
    }
}

/// Runs one statement as the admin; panics with psql's own message when it fails.
fn psql(admin: &str, statement: &str) {
    let output = Command::new("psql")
        .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", admin, "-c", statement])
        .output()
        .unwrap_or_else(|e| panic!("run psql (install postgresql-client): {e}"));
    assert!(
        output.status.success(),
        "psql `{statement}` failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}
