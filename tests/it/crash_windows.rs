//! The crash windows, one at a time: the bot is killed at a chosen call (held at the fake
//! Telegram or the simulator) between two effects of one update, and restarted. Every action
//! is done once, every chat hears back, every secret's message is gone.

use std::time::Duration;

use assistants_bot::{
    api::ApiMode,
    conversation::{Draft, SecretText, State, Step, Wizard},
    sim::{Fault, FaultKind},
    storage::{dialogues::DialogueStore, unix_now},
};
use teloxide::types::ChatId;

use crate::support::{
    app::{API_KEY, AppOptions, TestApp, shown},
    cards::en,
    fake_telegram::TestUser,
    polling_and_webhook,
    wait::eventually,
};

const TOKEN: &str = "400019:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_window";
const MODEL_KEY: &str = "sk-ant-window-test-key-0123456789";

/// Waits until the simulator has received a purchase.
async fn purchase_sent(app: &TestApp) {
    let sim = app.sim.handle();
    eventually("the purchase", async || {
        (sim.count_requests("POST", "/purchase") > 0).then_some(())
    })
    .await;
}

/// The texts the bot sent to `chat` since call `seen`.
fn said(app: &TestApp, seen: usize, chat: i64) -> Vec<String> {
    let calls = app.tg.calls();
    let sent = calls[seen..].iter().filter(|c| c.is("SendMessage") && c.chat_id() == Some(chat));
    sent.map(|c| shown(c.text())).collect()
}

/// Killed after the key is saved and the question closed, before the "saved" line left: the
/// key stays saved and the chat hears that it was done.
#[tokio::test]
async fn a_key_saved_just_before_a_kill_is_answered_after_the_restart() {
    let mut app = TestApp::builder().spawn().await;
    let alice = TestUser::new(1901, "Alice");
    app.say(&alice, "/setkey", &app.en("setkey-ask")).await;
    app.tg.hold_next("SendMessage", 1);
    let key_message = app.tg.send_text(alice.id, &alice, API_KEY);
    app.tg.wait_for_held("SendMessage").await;

    let seen = app.tg.call_count();
    app.kill_and_restart().await;

    app.message_after(seen, alice.id, &en("replay-done")).await;
    assert_eq!(app.key_mask(alice.id).await.as_deref(), Some("••••6789"), "saved");
    let deleted = app.tg.calls_of("DeleteMessage");
    assert!(deleted.iter().any(|c| c.body["message_id"] == key_message), "deleted");
}

/// Killed after the slot is bought and the wizard ended, before "where to pay" left: the chat
/// hears that it was done, and nothing is bought again.
#[tokio::test]
async fn a_slot_bought_just_before_a_kill_is_answered_after_the_restart() {
    let bob = TestUser::new(1902, "Bob");
    let mut app = TestApp::builder().with_key(&bob).spawn().await;
    app.tg.add_bot(TOKEN, 400019, "window_helper_bot");
    app.managed_wizard_to_token(&bob, "Helpdesk").await;
    let summary = app.say(&bob, TOKEN, "Please check").await;
    app.tg.hold_next("SendMessage", 1);
    app.press_only(&bob, &summary, &en("btn-confirm"));
    app.tg.wait_for_held("SendMessage").await;

    let seen = app.tg.call_count();
    app.kill_and_restart().await;

    app.message_after(seen, bob.id, &en("replay-done")).await;
    app.settled().await;
    assert_eq!(app.sim.handle().count_requests("POST", "/purchase"), 1, "bought once");
}

/// Killed while the purchase is still on its way to the API: after the restart the slot it
/// makes is found and adopted, rather than the summary offered to confirm (and buy) again.
#[tokio::test]
async fn a_purchase_in_flight_at_a_kill_is_adopted_after_the_restart() {
    let bob = TestUser::new(1903, "Bob");
    let mut app = TestApp::builder().with_key(&bob).spawn().await;
    app.tg.add_bot(TOKEN, 400019, "window_helper_bot");
    app.managed_wizard_to_token(&bob, "Helpdesk").await;
    let summary = app.say(&bob, TOKEN, "Please check").await;
    // The API takes the purchase only after the restart.
    app.sim.handle().inject(
        Fault::once(FaultKind::Latency(Duration::from_secs(2)))
            .on_method("POST")
            .on_path("/purchase"),
    );
    app.press_only(&bob, &summary, &en("btn-confirm"));
    purchase_sent(&app).await;

    let seen = app.tg.call_count();
    app.kill_and_restart().await;

    app.message_after(seen, bob.id, "payment link did not reach me").await;
    let resumed = en("wz-resumed");
    assert!(!said(&app, seen, bob.id).iter().any(|t| t.contains(&resumed)), "not offered again");
    assert_eq!(app.sim.handle().count_requests("POST", "/purchase"), 1, "bought once");
}

/// The model key is pasted while the bot is down (killed just before): Telegram keeps it, and
/// after the restart its message is deleted and the summary comes.
async fn a_model_key_sent_while_the_bot_is_down_is_deleted_and_answered(options: AppOptions) {
    let kim = TestUser::new(1906, "Kim");
    let mut app = TestApp::builder().options(options).with_key(&kim).spawn().await;
    app.tg.add_bot(TOKEN, 400019, "window_helper_bot");
    app.byok_wizard_to_token(&kim, "Keyed").await;
    app.say(&kim, TOKEN, "Step 5 of 6").await;

    app.kill();
    let seen = app.tg.call_count();
    let key_message = app.tg.send_text(kim.id, &kim, MODEL_KEY);
    app.start_again().await;

    app.message_after(seen, kim.id, "Please check").await;
    let deleted = app.tg.calls_of("DeleteMessage");
    assert!(deleted.iter().any(|c| c.body["message_id"] == key_message), "deleted");
}

polling_and_webhook!(a_model_key_sent_while_the_bot_is_down_is_deleted_and_answered);

/// Killed after the slot was bought and recorded, before the wizard ended: the wizard, still
/// `Submitting`, takes that slot as its own on its next message instead of offering to buy
/// again (the list never offers a slot the bot knows).
#[tokio::test]
async fn a_slot_recorded_just_before_a_kill_is_not_bought_again() {
    let bob = TestUser::new(1907, "Bob");
    let mut app = TestApp::builder().with_key(&bob).spawn().await;
    app.tg.add_bot(TOKEN, 400019, "window_helper_bot");
    let submitted = unix_now();
    app.managed_wizard_to_token(&bob, "Recorded").await;
    let summary = app.say(&bob, TOKEN, "Please check").await;
    app.press(&bob, &summary, &en("btn-confirm"), "is reserved").await;

    // As the crash left it: the wizard not yet ended.
    let draft = Draft {
        mode: Some(ApiMode::Managed),
        name: Some("Recorded".into()),
        provider: Some("openrouter".into()),
        model: Some("openai/gpt-5".into()),
        bot_token: Some(SecretText::new(TOKEN)),
        bot_username: Some("window_helper_bot".into()),
        model_key: None,
        managed_bot: None,
    };
    let step = Step::Submitting;
    let (owner, submitted_at) = (bob.id as u64, Some(submitted));
    let wizard = Wizard { id: 9, owner, step, draft, slot: None, keyboard: false, submitted_at };
    app.stop_bot().await;
    let store = DialogueStore::<State>::new(app.storage().await, Duration::from_secs(1800));
    store.write(ChatId(bob.id), &State::Wizard(wizard)).await.expect("state");
    app.restart().await;

    let seen = app.tg.call_count();
    app.say(&bob, "hello?", "did not reach me").await;
    let resumed = en("wz-resumed");
    assert!(!said(&app, seen, bob.id).iter().any(|t| t.contains(&resumed)), "not offered again");
    assert_eq!(app.sim.handle().count_requests("POST", "/purchase"), 1, "bought once");
}
