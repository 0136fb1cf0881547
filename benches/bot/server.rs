//! What the PostgreSQL server does for the bot: the CPU of the backends serving the bench
//! database (from `/proc/<pid>/stat`, so the server must run on this machine) and
//! `pg_stat_database`'s counters for it. The server's shared processes (checkpointer, WAL
//! writer, …) are left out; a backend that ends during a measurement loses its time.

use std::{collections::HashMap, path::PathBuf, time::Duration};

use sqlx::{Connection as _, PgConnection};

use crate::measure::stat_ticks;

/// A backend reports its counters at most once a second, and an idle one only after 10 s
/// (PostgreSQL's `PGSTAT_IDLE_INTERVAL`): wait this long before reading them.
const REPORTED: Duration = Duration::from_secs(11);

/// The server's work for one database so far.
#[derive(Default)]
pub struct Sample {
    /// CPU clock ticks of each backend connected to it.
    backends: HashMap<i32, u64>,
    /// `xact_commit`, `tup_returned`, `tup_fetched`, and rows inserted, updated or deleted.
    counters: [i64; 4],
}

/// The server's work between two samples.
#[derive(Clone, Copy, Default)]
pub struct Delta {
    pub cpu: Duration,
    /// Transactions committed (a statement outside a transaction is one).
    pub commits: f64,
    /// Rows the scans returned, and rows fetched by index.
    pub returned: f64,
    pub fetched: f64,
    /// Rows inserted, updated or deleted.
    pub written: f64,
}

/// Samples the work of the server `server` (an admin URL) for the database `name`, once the
/// backends have reported their counters.
pub async fn sample(server: &str, name: &str) -> Sample {
    tokio::time::sleep(REPORTED).await;
    let mut admin = PgConnection::connect(server).await.expect("connect to the server");
    let pids: Vec<(i32,)> = sqlx::query_as("SELECT pid FROM pg_stat_activity WHERE datname = $1")
        .bind(name)
        .fetch_all(&mut admin)
        .await
        .expect("the database's backends");
    let counters: (i64, i64, i64, i64) = sqlx::query_as(
        "SELECT xact_commit, tup_returned, tup_fetched, tup_inserted + tup_updated + tup_deleted \
         FROM pg_stat_database WHERE datname = $1",
    )
    .bind(name)
    .fetch_one(&mut admin)
    .await
    .expect("the database's counters");
    let _ = admin.close().await;
    let backends = pids
        .into_iter()
        .map(|(pid,)| {
            let (user, system) = stat_ticks(&PathBuf::from(format!("/proc/{pid}/stat")));
            (pid, user + system)
        })
        .collect();
    let (a, b, c, d) = counters;
    Sample { backends, counters: [a, b, c, d] }
}

impl Delta {
    /// The work from `before` to `after`; a backend that started meanwhile counts from zero.
    pub fn between(before: &Sample, after: &Sample) -> Self {
        let ticks: u64 = after
            .backends
            .iter()
            .map(|(pid, t)| t.saturating_sub(before.backends.get(pid).copied().unwrap_or(0)))
            .sum();
        let n = |i: usize| (after.counters[i] - before.counters[i]) as f64;
        Self {
            cpu: Duration::from_secs_f64(ticks as f64 / 100.0),
            commits: n(0),
            returned: n(1),
            fetched: n(2),
            written: n(3),
        }
    }
}
