//! Killing a replica: two replicas on one PostgreSQL, webhooks delivered to each in turn; the
//! leader is killed with -9 right after the assistant's bot token was pasted, and the other
//! finishes the wizard: one purchase, one activation, one live notice, every secret deleted.
//! Meanwhile the same runs on one SQLite process, killed and started again.

use std::collections::HashSet;

use assistants_bot::sim::{Outcome, SimOptions};

use super::FIRST_LEADER_WITHIN;
use crate::support::{
    app::API_KEY,
    cards::en,
    fake_telegram::TestUser,
    replicas::{ANSWER_WITHIN, ReplicaSet, ReplicaSetBuilder},
    wait::{eventually, eventually_within},
};

const TOKEN: &str = "400027:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_repl";
const MODEL_KEY: &str = "sk-ant-replica-test-key-0123456789";

fn builder() -> ReplicaSetBuilder {
    let sim = SimOptions { auto_pay: true, ..SimOptions::default() };
    ReplicaSet::builder().webhook().sim(sim)
}

#[tokio::test]
async fn a_replica_killed_mid_wizard_leaves_the_other_to_finish_it_exactly_once() {
    let Some(set) = builder().postgres().await else { return };
    wizard_across_a_kill(set).await;
}

/// The same with one process on SQLite, started again after the kill (the harness, and the
/// scenario's steps, running before PostgreSQL does).
#[tokio::test]
async fn one_process_killed_mid_wizard_and_started_again_finishes_it_exactly_once() {
    wizard_across_a_kill(builder().sqlite().await).await;
}

/// The wizard, with the leader killed right after the bot token was pasted; the other
/// replica (or, alone, the same one started again) finishes it.
async fn wizard_across_a_kill(mut set: ReplicaSet) {
    let leader = set.wait_for_leader(FIRST_LEADER_WITHIN).await;
    set.tg.add_bot(TOKEN, 400027, "replica_helper_bot");
    let kim = TestUser::new(27_100, "Kim");
    let mut secrets = Vec::new();

    let seen = set.tg.call_count();
    secrets.push(set.tg.send_text(kim.id, &kim, &format!("/setkey {API_KEY}")));
    set.message_after(seen, kim.id, "••••6789").await;
    let mode = set.say(&kim, "/new", "Step 1 of 6").await;
    set.press(&kim, &mode, &en("mode-byok"), "Step 2 of 6").await;
    let provider = set.say(&kim, "Replica bot", "Step 3 of 6").await;
    set.press(&kim, &provider, "Anthropic", "anthropic model").await;
    set.say(&kim, "claude-sonnet-4-5-20250929", "@BotFather").await;
    let targets: HashSet<String> = set.tg.accepted_by().into_values().collect();
    assert_eq!(targets.len(), set.replicas.len(), "each replica took updates: {targets:?}");

    // The token is pasted; the leader dies as soon as a replica has taken it.
    let seen = set.tg.call_count();
    let delivered = set.tg.accepted_by().len();
    secrets.push(set.tg.send_text(kim.id, &kim, TOKEN));
    eventually("the token delivered", async || {
        (set.tg.accepted_by().len() > delivered).then_some(())
    })
    .await;
    set.replicas[leader].kill();
    if set.replicas.len() == 1 {
        set.replicas[leader].start().await;
    } else {
        let survivor = set.wait_for_leader(ANSWER_WITHIN).await;
        assert_ne!(survivor, leader);
    }

    // The other finishes it.
    set.newest_after(seen, kim.id, "Step 5 of 6").await;
    let seen = set.tg.call_count();
    secrets.push(set.tg.send_text(kim.id, &kim, MODEL_KEY));
    let summary = set.newest_after(seen, kim.id, "Please check").await;
    set.press(&kim, &summary, &en("btn-confirm"), "is reserved").await;
    let handle = set.sim.handle();
    let activated = || handle.count_requests("POST", "/activate") > 0;
    eventually_within(ANSWER_WITHIN, "the paid slot's activation", async || {
        activated().then_some(())
    })
    .await;
    assert_eq!(handle.count_requests("POST", "/purchase"), 1, "one purchase");
    assert_eq!(handle.count_requests("POST", "/activate"), 1, "one activation");
    let activation = handle.requests().into_iter().find(|r| r.path.ends_with("/activate"));
    let path = activation.expect("the activation").path;
    let id = path.split('/').rev().nth(1).expect("the slot's id").to_owned();
    let deployed = handle.deployment(&id).expect("in the simulator");
    assert_eq!(deployed.telegram_bot_token.as_deref(), Some(TOKEN));
    assert_eq!(deployed.model_api_key.as_deref(), Some(MODEL_KEY));

    let seen = set.tg.call_count();
    assert!(handle.finish_deployment(&id, Outcome::Active));
    set.message_after(seen, kim.id, "Replica bot is live").await;
    // A second notice would come within a poll interval or two; none may.
    tokio::time::sleep(3 * set.poll_interval).await;
    assert_eq!(set.messages_containing(kim.id, "Replica bot is live"), 1, "one live notice");
    assert_eq!(handle.count_requests("POST", "/activate"), 1, "still one activation");
    let deleted = set.tg.calls_of("DeleteMessage");
    for secret in &secrets {
        let gone =
            deleted.iter().any(|c| c.chat_id() == Some(kim.id) && c.body["message_id"] == *secret);
        assert!(gone, "the message {secret} that carried a secret was deleted");
    }
}
