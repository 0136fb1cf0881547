//! Rolling restart: fifty chats send steady traffic while replica `a` is stopped gracefully
//! and started again, then `b`. Every message gets exactly one answer, each chat's answers
//! come in the order of its messages, and no stopping replica deletes the webhook.
//!
//! Each message is `/setkey` with a key of its own whose last four digits number it: the
//! answer shows the key masked to those four, so it names the message it answers.

use std::{
    sync::atomic::{AtomicBool, Ordering},
    time::Duration,
};

use super::FIRST_LEADER_WITHIN;
use crate::support::{
    app::shown,
    fake_telegram::TestUser,
    replicas::{ReplicaSet, leader_of},
    wait::within,
};

const CHATS: i64 = 50;
/// One message from each chat per round: fifty answers, under two seconds of Telegram's
/// 30 messages a second.
const ROUND_EVERY: Duration = Duration::from_millis(2500);
/// Rounds sent once both replicas are back.
const ROUNDS_AFTER: u32 = 2;

/// The key of `chat`'s message number `n`.
fn key(chat: i64, n: u32) -> String {
    format!("sk_test_roll_{chat}_{n:04}")
}

/// The numbers of the messages each answer in `chat` names, in the order they were sent.
fn answered(set: &ReplicaSet, chat: i64) -> Vec<u32> {
    let calls = set.tg.calls_of("SendMessage");
    let answers = calls.iter().filter(|c| c.chat_id() == Some(chat));
    answers
        .filter_map(|c| {
            let text = shown(c.text());
            let (_, masked) = text.split_once("••••")?;
            masked.get(..4)?.parse().ok()
        })
        .collect()
}

#[tokio::test]
async fn a_rolling_restart_under_traffic_from_fifty_chats_loses_nothing_and_keeps_order() {
    let Some(set) = ReplicaSet::builder().webhook().postgres().await else { return };
    restart_under_traffic(set).await;
}

/// The same with one process on SQLite, stopped and started again under the traffic (the
/// fake holds the updates meanwhile).
#[tokio::test]
async fn one_process_restarted_under_traffic_from_fifty_chats_loses_nothing_and_keeps_order() {
    restart_under_traffic(ReplicaSet::builder().webhook().sqlite().await).await;
}

/// Each replica in turn stopped and started again while fifty chats send; then every
/// message answered once, in order.
async fn restart_under_traffic(mut set: ReplicaSet) {
    set.wait_for_leader(FIRST_LEADER_WITHIN).await;
    let users: Vec<TestUser> = (0..CHATS).map(|n| TestUser::new(27_300 + n, "Roll")).collect();
    let sim = set.sim.handle();
    let restarted = AtomicBool::new(false);
    let tg = &set.tg;
    let replicas = &mut set.replicas;

    let traffic = async {
        let mut rounds = 0;
        let mut after = 0;
        while after < ROUNDS_AFTER {
            if restarted.load(Ordering::SeqCst) {
                after += 1;
            }
            for user in &users {
                let key = key(user.id, rounds);
                sim.add_key(&key, "usr_roll");
                tg.send_text(user.id, user, &format!("/setkey {key}"));
            }
            rounds += 1;
            tokio::time::sleep(ROUND_EVERY).await;
        }
        rounds
    };
    let restarts = async {
        // Traffic first, then one replica at a time, each back and a leader chosen before
        // the next goes.
        tokio::time::sleep(ROUND_EVERY).await;
        for i in 0..replicas.len() {
            replicas[i].restart().await;
            if replicas.len() > 1 {
                let led = within(FIRST_LEADER_WITHIN, async || leader_of(replicas).await).await;
                assert!(led.is_some(), "a leader after replica {i}'s restart");
            }
        }
        restarted.store(true, Ordering::SeqCst);
    };
    let (rounds, ()) = tokio::join!(traffic, restarts);

    let expected: Vec<u32> = (0..rounds).collect();
    let all_answered =
        async || users.iter().all(|u| answered(&set, u.id).len() >= expected.len()).then_some(());
    if within(Duration::from_secs(120), all_answered).await.is_none() {
        let short: Vec<(i64, usize)> = users
            .iter()
            .map(|u| (u.id, answered(&set, u.id).len()))
            .filter(|(_, n)| *n < expected.len())
            .collect();
        panic!("chats without all {rounds} answers within 120 s: {short:?}");
    }
    // A doubled answer would come from a sweep of the inbox, every poll interval.
    tokio::time::sleep(2 * set.poll_interval).await;
    for user in &users {
        assert_eq!(answered(&set, user.id), expected, "chat {}: each once, in order", user.id);
    }
    if set.replicas.len() > 1 {
        let deleted = set.tg.calls_of("DeleteWebhook");
        assert!(deleted.is_empty(), "a stopping replica keeps the webhook for the others");
    }
}
