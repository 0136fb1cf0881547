//! The database a test runs on: a SQLite file in its temporary directory (`cargo test`, as
//! README says), or, with `TEST_DATABASE_URL` set to a PostgreSQL server's URL, a database of
//! its own created there for the test and dropped after it (`.ci/run`'s second run).

use std::path::Path;

use sqlx::{Connection as _, PgConnection};

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
    /// The server and the database's name, to drop it.
    postgres: Option<(String, String)>,
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
        use rand::Rng as _;
        let name = format!("t_{:016x}", rand::thread_rng().r#gen::<u64>());
        let mut admin = PgConnection::connect(server).await.expect("connect to TEST_DATABASE_URL");
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&mut admin)
            .await
            .expect("create a test database");
        let _ = admin.close().await;
        let mut url = url::Url::parse(server).expect("TEST_DATABASE_URL is a URL");
        url.set_path(&name);
        Self { url: url.to_string(), postgres: Some((server.to_owned(), name)) }
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

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let Some((server, name)) = self.postgres.take() else { return };
        // Drop runs inside a test's runtime, which cannot be blocked on: a thread of its own.
        let dropped = std::thread::spawn(move || {
            let runtime =
                tokio::runtime::Builder::new_current_thread().enable_all().build().ok()?;
            runtime.block_on(async {
                let mut admin = PgConnection::connect(&server).await.ok()?;
                let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                sqlx::query(&sql).execute(&mut admin).await.ok()
            })
        });
        let _ = dropped.join();
    }
}
