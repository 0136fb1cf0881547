//! The database a test runs on: a SQLite file in its temporary directory (`cargo test`, as
//! README says), or, with `TEST_DATABASE_URL` set to a PostgreSQL server's URL, a database of
//! its own created there for the test and dropped after it (`.ci/run`'s second run).

use std::path::Path;

use assistants_bot::testkit::scratch::ScratchDatabase;

/// The variable that points the suite at PostgreSQL: a URL whose user may create databases.
pub const TEST_DATABASE_URL: &str = "TEST_DATABASE_URL";

/// A PostgreSQL server only for the tests that need one whatever the run (`.ci/run` sets it
/// for the SQLite run, so that those run there too).
pub const TEST_POSTGRES_URL: &str = "TEST_POSTGRES_URL";

/// The PostgreSQL server the suite runs on, if it was given one.
pub fn postgres_server() -> Option<String> {
    std::env::var(TEST_DATABASE_URL).ok().filter(|url| !url.trim().is_empty())
}

/// The server for a test that needs PostgreSQL whatever the run: `None` (and a "skipped"
/// line) without `TEST_DATABASE_URL` on a developer's machine; a failure under `CI=true`,
/// where a missing server is a broken set-up, not a reason to pass.
pub fn require_postgres(test: &str) -> Option<String> {
    let server = postgres_server()
        .or_else(|| std::env::var(TEST_POSTGRES_URL).ok().filter(|url| !url.trim().is_empty()));
    if server.is_none() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{test}: set {TEST_DATABASE_URL} (CI runs this test on PostgreSQL)"
        );
        eprintln!("{test}: skipped: set {TEST_DATABASE_URL}");
    }
    server
}

/// A test's database; a PostgreSQL one is dropped when this is.
#[derive(Debug)]
pub struct TestDatabase {
    url: String,
    postgres: Option<ScratchDatabase>,
}

impl TestDatabase {
    /// A SQLite file `bot.db` in `dir`, or a fresh PostgreSQL database when the run has a
    /// server.
    pub async fn new(dir: &Path) -> Self {
        match postgres_server() {
            Some(server) => Self::on_postgres(&server).await,
            None => Self::sqlite(dir),
        }
    }

    /// A SQLite file `bot.db` in `dir`.
    pub fn sqlite(dir: &Path) -> Self {
        Self { url: format!("sqlite://{}", dir.join("bot.db").display()), postgres: None }
    }

    /// A fresh database on `server`.
    pub async fn on_postgres(server: &str) -> Self {
        let scratch = ScratchDatabase::create(server, "t").await.expect("create a test database");
        Self { url: scratch.url().to_owned(), postgres: Some(scratch) }
    }

    /// Its `DATABASE_URL`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Whether it is on PostgreSQL.
    pub fn is_postgres(&self) -> bool {
        self.postgres.is_some()
    }
}
