//! Replicas as real processes of the bot's binary (issue 27, "Done when"): two on one
//! PostgreSQL database, a `kill -9` or a graceful stop of one while the other goes on.
//! Without `TEST_DATABASE_URL` those tests print "skipped: set TEST_DATABASE_URL" (under
//! `CI=true` they fail). The harness itself is proven here on SQLite, with one process.

mod kill;
mod leader;
mod lease_lost;
mod polling;
mod rolling;

use std::time::Duration;

use assistants_bot::i18n::Lang;

use crate::support::{
    fake_telegram::TestUser,
    replicas::{ReplicaSet, START_WITHIN},
};

/// How long the first leader may take to be chosen, once every replica is up.
const FIRST_LEADER_WITHIN: Duration = START_WITHIN;

/// The harness on SQLite: one process in webhook mode takes updates through the fake's
/// delivery, survives a `kill -9` and a start, and stops with 0 on SIGTERM.
#[tokio::test]
async fn one_replica_process_on_sqlite_answers_by_webhook_across_a_kill_and_stops_on_sigterm() {
    let mut set = ReplicaSet::builder().webhook().sqlite().await;
    let ann = TestUser::new(27_001, "Ann");
    let help = Lang::En.t("help");
    set.say(&ann, "/help", &help).await;
    let url = set.replicas[0].webhook_url().expect("a webhook");
    assert!(set.tg.accepted_by().values().all(|target| *target == url));

    set.replicas[0].kill();
    assert!(!set.replicas[0].is_running());
    // Sent while it is down: delivered once it is back.
    let seen = set.tg.call_count();
    set.tg.send_text(ann.id, &ann, "/help");
    set.replicas[0].start().await;
    set.message_after(seen, ann.id, &help).await;

    let status = set.replicas[0].stop().await;
    assert_eq!(status.code(), Some(0), "{}", set.replicas[0].log_text());
    assert!(!set.replicas[0].log_text().is_empty(), "its output is kept in its log");
}

/// The harness on SQLite in polling mode: the process polls through its own URL of the fake,
/// so its getUpdates calls carry its name.
#[tokio::test]
async fn one_replica_process_on_sqlite_polls_under_its_own_name() {
    let mut set = ReplicaSet::builder().sqlite().await;
    let bo = TestUser::new(27_002, "Bo");
    set.say(&bo, "/help", &Lang::En.t("help")).await;
    let polls = set.tg.polls_log();
    assert!(!polls.is_empty() && polls.iter().all(|p| p.caller == "a"), "{polls:?}");
    assert_eq!(set.tg.most_polls_at_once(), 1);
    set.replicas[0].restart().await;
    set.say(&bo, "/help", &Lang::En.t("help")).await;
}
