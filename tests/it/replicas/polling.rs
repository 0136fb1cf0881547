//! Polling mode with two replicas: only the leader calls getUpdates; after it is killed the
//! other polls within two poll intervals, and the killed one, started again, stands by.

use assistants_bot::i18n::Lang;

use super::FIRST_LEADER_WITHIN;
use crate::support::{
    fake_telegram::TestUser,
    replicas::{ReplicaSet, START_WITHIN},
    wait::eventually_within,
};

#[tokio::test]
async fn two_polling_replicas_never_call_get_updates_at_once() {
    let Some(mut set) = ReplicaSet::builder().postgres().await else { return };
    let leader = set.wait_for_leader(FIRST_LEADER_WITHIN).await;
    let other = 1 - leader;
    let (first, second) = (set.replicas[leader].name.clone(), set.replicas[other].name.clone());
    let help = Lang::En.t("help");
    for n in 0..5 {
        set.say(&TestUser::new(27_400 + n, "Poll"), "/help", &help).await;
    }
    let callers: Vec<String> = set.tg.polls_log().into_iter().map(|p| p.caller).collect();
    assert!(callers.iter().all(|c| *c == first), "only the leader polls: {callers:?}");

    // The poller dies; the other polls within two poll intervals.
    set.replicas[leader].kill();
    let polled = set.tg.polls_log().len();
    let limit = 2 * set.poll_interval;
    eventually_within(limit, "the other replica polling", async || {
        set.tg.polls_log().iter().skip(polled).any(|p| p.caller == second).then_some(())
    })
    .await;
    for n in 5..10 {
        set.say(&TestUser::new(27_400 + n, "Poll"), "/help", &help).await;
    }

    // Started again, the killed one stands by: two of its lease checks later, still only the
    // other polls.
    set.replicas[leader].start().await;
    let back = std::time::Instant::now();
    let quiet_until = back + 2 * set.poll_interval;
    eventually_within(START_WITHIN, "polls after two lease checks", async || {
        let polls = set.tg.polls_log();
        polls.iter().any(|p| p.started > quiet_until).then_some(())
    })
    .await;
    set.say(&TestUser::new(27_410, "Poll"), "/help", &help).await;

    assert_eq!(set.tg.most_polls_at_once(), 1, "never two getUpdates at once");
    let mut callers: Vec<String> = set.tg.polls_log().into_iter().map(|p| p.caller).collect();
    callers.dedup();
    assert_eq!(callers, vec![first, second], "one poller, then the other, and no one else");
}
