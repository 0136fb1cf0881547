//! A PostgreSQL database made for one test or one benchmark run on a server the caller names
//! (`TEST_DATABASE_URL`, `BENCH_DATABASE_URL`), and dropped with it.

use rand::Rng as _;
use sqlx::{Connection as _, PgConnection};

/// A database of its own on a PostgreSQL server; dropped (with whatever is still connected to
/// it) when this is.
#[derive(Debug)]
pub struct ScratchDatabase {
    server: String,
    name: String,
    url: String,
}

impl ScratchDatabase {
    /// Creates `<prefix>_<random>` on `server` (an admin URL, whose user may create databases).
    pub async fn create(server: &str, prefix: &str) -> Result<Self, sqlx::Error> {
        let mut url =
            url::Url::parse(server).map_err(|e| sqlx::Error::Configuration(Box::new(e)))?;
        let name = format!("{prefix}_{:016x}", rand::thread_rng().r#gen::<u64>());
        let mut admin = PgConnection::connect(server).await?;
        sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut admin).await?;
        let _ = admin.close().await;
        url.set_path(&name);
        Ok(Self { server: server.to_owned(), name, url: url.to_string() })
    }

    /// Its `DATABASE_URL`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The server's admin URL.
    pub fn server(&self) -> &str {
        &self.server
    }

    /// The database's name.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Drop for ScratchDatabase {
    fn drop(&mut self) {
        let (server, name) = (self.server.clone(), self.name.clone());
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
