//! Killing the leader: the other replica leads within two poll intervals and tracks the
//! deployments in flight; a deployment announced before the kill is not announced again, and
//! one that goes live after it is announced once.

use assistants_bot::{
    api::{ApiMode, Status},
    sim::Outcome,
};

use super::FIRST_LEADER_WITHIN;
use crate::support::{
    app::API_KEY,
    cards::{en, mark_of, seed},
    fake_telegram::TestUser,
    replicas::{ANSWER_WITHIN, ReplicaSet},
    wait::eventually_within,
};

/// /list, the card of `name`, Redeploy: the deployment is in flight and tracked.
async fn redeploy(set: &ReplicaSet, user: &TestUser, name: &str) {
    let list = set.say(user, "/list", "Your").await;
    let label = format!("{} {name}", mark_of(&list, name));
    let card = set.press_edit(user, &list, &label, name).await;
    set.press_edit(user, &card, &en("btn-redeploy"), &en("card-redeploying")).await;
}

#[tokio::test]
async fn the_leader_killed_hands_tracking_to_the_other_within_two_poll_intervals() {
    let Some(set) = ReplicaSet::builder().webhook().postgres().await else { return };
    tracking_across_a_kill(set).await;
}

/// The same with one process on SQLite, started again after the kill.
#[tokio::test]
async fn one_process_killed_and_started_again_tracks_on_and_announces_once() {
    tracking_across_a_kill(ReplicaSet::builder().webhook().sqlite().await).await;
}

/// Two deployments in flight; one goes live and is announced, the leader is killed, the
/// other replica (or, alone, the same one started again) leads and announces the second.
async fn tracking_across_a_kill(mut set: ReplicaSet) {
    let leader = set.wait_for_leader(FIRST_LEADER_WITHIN).await;
    let tess = TestUser::new(27_200, "Tess");
    set.say(&tess, &format!("/setkey {API_KEY}"), "••••6789").await;
    let sim = set.sim.handle();
    let before = seed(&sim, "Phoenix", ApiMode::Managed, Status::Stopped);
    let after = seed(&sim, "Ember", ApiMode::Managed, Status::Stopped);
    redeploy(&set, &tess, "Phoenix").await;
    redeploy(&set, &tess, "Ember").await;

    let seen = set.tg.call_count();
    assert!(sim.finish_deployment(&before, Outcome::Active));
    set.message_after(seen, tess.id, "Phoenix is live").await;
    // Not in the one window that repeats a notice, between its send and its record
    // (`tracker::status`): the kill comes a whole tick later, once Ember was polled twice more.
    let ember_polls = || sim.count_requests("GET", &format!("/{after}/status"));
    let polled = ember_polls();
    eventually_within(ANSWER_WITHIN, "a whole tick after the notice", async || {
        (ember_polls() >= polled + 2).then_some(())
    })
    .await;

    set.replicas[leader].kill();
    if set.replicas.len() == 1 {
        set.replicas[leader].start().await;
    } else {
        let limit = 2 * set.poll_interval;
        let next = set.wait_for_leader(limit).await;
        assert_ne!(next, leader, "the killed one is gone");
    }

    let seen = set.tg.call_count();
    assert!(sim.finish_deployment(&after, Outcome::Active));
    set.message_after(seen, tess.id, "Ember is live").await;
    // A doubled notice would come within a poll interval or two; none may.
    tokio::time::sleep(3 * set.poll_interval).await;
    assert_eq!(set.messages_containing(tess.id, "Phoenix is live"), 1, "not announced again");
    assert_eq!(set.messages_containing(tess.id, "Ember is live"), 1, "announced once");
}
