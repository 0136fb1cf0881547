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

pub use lease::{Connect, Leadership};
