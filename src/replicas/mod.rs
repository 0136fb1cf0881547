//! Several processes of the bot on one database: which one of them leads.
//!
//! Every replica serves HTTP; only the leader handles updates and runs the work that must run
//! once (the tracker, the payment watcher, the watch, the pruners, getUpdates). [`Leadership`]
//! says which replica that is: on SQLite always this one (one process per database, see
//! [`crate::dblock`]); on PostgreSQL the holder of a session advisory lock on a connection of
//! its own, re-checked every interval, so that a leader that dies (or whose connection does)
//! is replaced by a standby within two intervals, and a leader that loses the lock learns it
//! within one and stops.

mod lease;
pub mod signals;

use std::time::Duration;

pub use lease::{Connect, Leadership};

use crate::storage::{Db, engine::Database};

/// The advisory lock key of the leader's lease: any fixed number no other lock of this
/// database uses ("LEAD" in ASCII).
pub const LEADER_LOCK: i64 = 0x4c45_4144;

/// The leadership of a bot on `db`: on SQLite always this process; on PostgreSQL a lease
/// tried and re-checked every `interval`.
pub fn leadership(db: &Db, interval: Duration) -> Leadership {
    let Some(Database::Postgres(pg)) = db.database() else { return Leadership::single() };
    let url = pg.url().to_owned();
    Leadership::postgres(
        move || {
            let url = url.clone();
            async move {
                use sqlx::Connection as _;
                sqlx::postgres::PgConnection::connect(&url).await
            }
        },
        LEADER_LOCK,
        interval,
    )
}
