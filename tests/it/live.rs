//! The watch of live assistants: a change after "live" (failed, stopped or deleted elsewhere,
//! a new worker URL) is told once in the owning chat, with its reason and the next step, in
//! polling mode with no PUBLIC_URL, and exactly once across a kill and restart.

use std::time::Duration;

use assistants_bot::{
    api::{ApiMode, Status},
    sim::LiveChange,
};

use crate::support::{
    app::{TestApp, button_data},
    cards::{en, seeded_card},
    fake_telegram::TestUser,
    wait::eventually,
};

/// Short enough for a test; the bot's default is five minutes.
const WATCH: Duration = Duration::from_millis(200);

/// The bot's messages to `chat` that contain `needle`.
fn told(app: &TestApp, chat: i64, needle: &str) -> usize {
    let sent = app.tg.calls_of("SendMessage");
    sent.iter().filter(|c| c.chat_id() == Some(chat) && c.text().contains(needle)).count()
}

/// Waits for `rounds` more list calls of the watch: that many more chances to repeat itself.
async fn more_rounds(app: &TestApp, rounds: usize) {
    let handle = app.sim.handle();
    let from = handle.count_requests("GET", "/api/v1/assistants");
    eventually("the watch lists again", async || {
        (handle.count_requests("GET", "/api/v1/assistants") >= from + rounds).then_some(())
    })
    .await;
}

#[tokio::test]
async fn a_live_assistant_that_fails_later_is_told_once_with_its_reason_across_a_kill() {
    let alice = TestUser::new(9101, "Alice");
    let mut app = TestApp::builder().watch_interval(WATCH).with_key(&alice).spawn().await;
    let (id, card) = seeded_card(&app, &alice, "Night owl", ApiMode::Byok, Status::Active).await;
    // Another live one keeps the key listed after the first is told.
    seeded_card(&app, &alice, "Early bird", ApiMode::Managed, Status::Active).await;
    let seen = app.tg.calls().len();

    let oom = "Worker crashed: out of memory";
    assert!(app.sim.handle().change_live(&id, LiveChange::Fail(oom.into())));
    let notice = app.message_after(seen, alice.id, "stopped working").await;
    assert!(
        notice.text().contains("Night owl") && notice.text().contains(oom),
        "{}",
        notice.text()
    );
    // The next step is the card's own Restart (its Redeploy action).
    let restart = en("btn-redeploy");
    assert_eq!(button_data(&notice, &restart), button_data(&card, &restart));

    more_rounds(&app, 3).await;
    assert_eq!(told(&app, alice.id, oom), 1, "told once");
    app.kill_and_restart().await;
    more_rounds(&app, 3).await;
    assert_eq!(told(&app, alice.id, oom), 1, "still once after a kill and restart");
}

#[tokio::test]
async fn a_stop_a_deletion_and_a_new_address_elsewhere_are_each_told_once() {
    let bob = TestUser::new(9102, "Bob");
    let app = TestApp::builder().watch_interval(WATCH).with_key(&bob).spawn().await;
    let (stopped, _) = seeded_card(&app, &bob, "Stopper", ApiMode::Byok, Status::Active).await;
    let (deleted, _) = seeded_card(&app, &bob, "Goner", ApiMode::Byok, Status::Active).await;
    let (moved, _) = seeded_card(&app, &bob, "Mover", ApiMode::Byok, Status::Active).await;
    let seen = app.tg.calls().len();
    let handle = app.sim.handle();
    let lists = handle.count_requests("GET", "/api/v1/assistants");

    assert!(handle.change_live(&stopped, LiveChange::Stop("Stopped from the dashboard".into())));
    assert!(handle.change_live(&deleted, LiveChange::Delete));
    assert!(handle.change_live(&moved, LiveChange::Move));
    let stop = app.message_after(seen, bob.id, "was turned off").await;
    assert!(stop.text().contains("Stopped from the dashboard"), "{}", stop.text());
    assert!(stop.buttons().iter().any(|(label, _)| *label == en("btn-redeploy")));
    let gone = app.message_after(seen, bob.id, "was removed").await;
    assert!(gone.text().contains("Goner") && gone.text().contains("/new"), "{}", gone.text());
    let address = app.message_after(seen, bob.id, "new server address").await;
    let url = handle.deployment(&moved).and_then(|d| d.worker_url).expect("a new address");
    assert!(address.text().contains(&url), "{}", address.text());

    more_rounds(&app, 3).await;
    for needle in ["was turned off", "was removed", "new server address"] {
        assert_eq!(told(&app, bob.id, needle), 1, "{needle} told once");
    }
    // One list call per key and round: three assistants, one key.
    let rounds = handle.count_requests("GET", "/api/v1/assistants") - lists;
    let statuses = handle.count_requests("GET", "/status");
    assert!(rounds >= 4, "{rounds}");
    assert!(statuses <= 1, "only the deleted one is asked for by id: {statuses}");
}

#[tokio::test]
async fn a_change_seen_but_not_told_before_a_kill_is_told_after_the_restart() {
    let carol = TestUser::new(9103, "Carol");
    let mut app = TestApp::builder().watch_interval(WATCH).with_key(&carol).spawn().await;
    let (id, _) = seeded_card(&app, &carol, "Lighthouse", ApiMode::Byok, Status::Active).await;
    seeded_card(&app, &carol, "Harbour", ApiMode::Byok, Status::Active).await;
    let seen = app.tg.calls().len();

    // Telegram fails the notice: the change stays seen and untold when the bot is killed.
    app.tg.fail_next("SendMessage", 1, 500);
    assert!(app.sim.handle().change_live(&id, LiveChange::Fail("Disk full".into())));
    eventually("the notice is tried", async || {
        app.tg.refused().iter().any(|c| c.text().contains("Disk full")).then_some(())
    })
    .await;
    app.kill_and_restart().await;
    app.message_after(seen, carol.id, "Disk full").await;
    more_rounds(&app, 3).await;
    assert_eq!(told(&app, carol.id, "Disk full"), 1);
}
