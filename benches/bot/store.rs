//! Where a bench run keeps the bot's data: a SQLite file in a temporary directory, or a fresh
//! database `bench_<random>` on the PostgreSQL server `BENCH_DATABASE_URL` names, dropped when
//! the run is done.

use assistants_bot::testkit::scratch::ScratchDatabase;
use tempfile::TempDir;

/// The variable naming the PostgreSQL server (an admin URL, whose user may create databases).
pub const BENCH_DATABASE_URL: &str = "BENCH_DATABASE_URL";

/// The engine a run stores its data with.
#[derive(Clone, Debug)]
pub enum Engine {
    Sqlite,
    /// A server, by its admin URL.
    Postgres(String),
}

impl Engine {
    /// PostgreSQL on the server `BENCH_DATABASE_URL` names, if it is set.
    pub fn postgres_from_env() -> Option<Self> {
        let url = std::env::var(BENCH_DATABASE_URL).ok()?;
        (!url.trim().is_empty()).then(|| Self::Postgres(url.trim().to_owned()))
    }

    /// Its name in tables and file names.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Sqlite => "sqlite",
            Self::Postgres(_) => "postgres",
        }
    }
}

/// One run's database; a PostgreSQL one is dropped when this is.
pub struct BenchDb {
    url: String,
    /// The SQLite file's directory.
    _dir: Option<TempDir>,
    postgres: Option<ScratchDatabase>,
}

impl BenchDb {
    /// A fresh database on `engine`.
    pub async fn create(engine: &Engine) -> Self {
        match engine {
            Engine::Sqlite => {
                let dir = tempfile::tempdir().expect("tempdir");
                let url = format!("sqlite://{}", dir.path().join("bench.db").display());
                Self { url, _dir: Some(dir), postgres: None }
            }
            Engine::Postgres(server) => {
                let scratch = ScratchDatabase::create(server, "bench")
                    .await
                    .expect("create the bench database on BENCH_DATABASE_URL");
                Self { url: scratch.url().to_owned(), _dir: None, postgres: Some(scratch) }
            }
        }
    }

    /// Its `DATABASE_URL`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The server's admin URL and the database's name, on PostgreSQL.
    pub fn postgres(&self) -> Option<(&str, &str)> {
        self.postgres.as_ref().map(|scratch| (scratch.server(), scratch.name()))
    }
}
