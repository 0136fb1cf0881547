//! A leader whose lease goes (its lock's connection cut by the server, as a network split or
//! a database failover would) stops at once with exit code 1, so as never to lead beside
//! another, and the other replica leads within two poll intervals.

use std::time::Duration;

use assistants_bot::replicas::LEADER_LOCK;
use sqlx::{Connection as _, postgres::PgConnection};

use super::FIRST_LEADER_WITHIN;
use crate::support::{replicas::ReplicaSet, wait::eventually_within};

#[tokio::test]
async fn a_leader_that_loses_its_lease_exits_with_1_and_the_other_leads() {
    let Some(mut set) = ReplicaSet::builder().webhook().postgres().await else { return };
    let first = set.wait_for_leader(FIRST_LEADER_WITHIN).await;
    let url = set.postgres_url().expect("on PostgreSQL").to_owned();
    let mut admin = PgConnection::connect(&url).await.expect("connect");
    // The lease's backend: the holder of the advisory lock on LEADER_LOCK in this database
    // (pg_locks shows every database's; a bigint key shows as its two 32-bit halves).
    let cut: Vec<bool> = sqlx::query_scalar(
        "SELECT pg_terminate_backend(pid) FROM pg_locks
         WHERE locktype = 'advisory' AND granted AND classid = 0 AND objid = $1::bigint::oid
           AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
    )
    .bind(LEADER_LOCK)
    .fetch_all(&mut admin)
    .await
    .expect("cut the lease's connection");
    assert_eq!(cut, vec![true], "one lease, held by the leader");

    let interval = set.poll_interval;
    let status = eventually_within(
        3 * interval + Duration::from_secs(5),
        "the old leader's exit",
        async || set.replicas[first].try_exit(),
    )
    .await;
    assert_eq!(status.code(), Some(1), "{}", set.logs());
    assert!(set.replicas[first].log_text().contains("lost the leader's lease"), "{}", set.logs());
    let next = set.wait_for_leader(2 * interval + Duration::from_secs(2)).await;
    assert_ne!(next, first);
}
