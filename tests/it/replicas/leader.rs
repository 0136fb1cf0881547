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
    replicas::ReplicaSet,
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
    let Some(mut set) = ReplicaSet::builder().webhook().postgres().await else { return };
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

    set.replicas[leader].kill();
    let limit = 2 * set.poll_interval;
    let next = set.wait_for_leader(limit).await;
    assert_ne!(next, leader, "the killed one is gone");

    let seen = set.tg.call_count();
    assert!(sim.finish_deployment(&after, Outcome::Active));
    set.message_after(seen, tess.id, "Ember is live").await;
    // A doubled notice would come within a poll interval or two; none may.
    tokio::time::sleep(3 * set.poll_interval).await;
    assert_eq!(set.messages_containing(tess.id, "Phoenix is live"), 1, "not announced again");
    assert_eq!(set.messages_containing(tess.id, "Ember is live"), 1, "announced once");
}
