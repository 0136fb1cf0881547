//! Where a bench run keeps the bot's data: a SQLite file in a temporary directory, or a fresh
//! database `bench_<random>` on the PostgreSQL server `BENCH_DATABASE_URL` names, dropped when
//! the run is done.

use rand::Rng as _;
use sqlx::{Connection as _, PgConnection};
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
    /// The server and the database's name, to drop it.
    postgres: Option<(String, String)>,
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
                let name = format!("bench_{:016x}", rand::thread_rng().r#gen::<u64>());
                let mut admin = PgConnection::connect(server).await.expect("connect to the server");
                sqlx::query(&format!("CREATE DATABASE {name}"))
                    .execute(&mut admin)
                    .await
                    .expect("create the bench database");
                let _ = admin.close().await;
                let mut url = url::Url::parse(server).expect("BENCH_DATABASE_URL is a URL");
                url.set_path(&name);
                Self { url: url.to_string(), _dir: None, postgres: Some((server.clone(), name)) }
            }
        }
    }

    /// Its `DATABASE_URL`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The server's admin URL and the database's name, on PostgreSQL.
    pub fn postgres(&self) -> Option<(&str, &str)> {
        self.postgres.as_ref().map(|(server, name)| (server.as_str(), name.as_str()))
    }
}

impl Drop for BenchDb {
    fn drop(&mut self) {
        let Some((server, name)) = self.postgres.take() else { return };
        // Dropped inside a runtime at times, which cannot be blocked on: a thread of its own.
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
