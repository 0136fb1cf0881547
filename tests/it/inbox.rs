//! The durable update inbox: an update in flight when the bot dies is handled after the
//! restart (polling and webhook), an update already applied is not applied again, a backlog
//! replays in order, and a Confirm cut short mid-purchase does not buy twice.

use std::time::{Duration, Instant};

use assistants_bot::sim::{Fault, FaultKind};
use serde_json::json;

use crate::support::cards::en;
use crate::support::{
    app::{API_KEY, AppOptions, TestApp, api_key, shown},
    fake_telegram::TestUser,
    polling_and_webhook,
    wait::eventually,
};

const GROUP: i64 = -100_818;
const ASSISTANT_TOKEN: &str = "200031:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_i";

/// A private text message as Telegram sends it.
fn private_text(update_id: i64, chat: i64, text: &str) -> String {
    let mut message = json!({
        "message_id": update_id,
        "date": 1_700_000_000,
        "chat": { "id": chat, "type": "private", "first_name": "User" },
        "from": { "id": chat, "is_bot": false, "first_name": "User", "language_code": "en" },
        "text": text,
    });
    if text.starts_with('/') {
        message["entities"] = json!([{ "type": "bot_command", "offset": 0, "length": text.len() }]);
    }
    json!({ "update_id": update_id, "message": message }).to_string()
}

/// A group admin's /new whose admin check hangs: the update is stored but not handled when
/// the bot is killed. After the restart the wizard's first step is shown, once.
async fn a_new_in_flight_at_a_kill_is_answered_after_the_restart(options: AppOptions) {
    let mut app = TestApp::builder().options(options).spawn().await;
    let alice = TestUser::new(1801, "Alice");
    app.tg.set_member(GROUP, alice.id, "administrator");
    app.set_key(GROUP, &api_key()).await;
    app.tg.hold_next("GetChatMember", 1);
    app.tg.send_text(GROUP, &alice, "/new");
    app.tg.wait_for_held("GetChatMember").await;

    let seen = app.tg.call_count();
    app.kill_and_restart().await;

    app.message_after(seen, GROUP, "Step 1 of").await;
    app.settled().await;
    let prompts = app.tg.calls()[seen..]
        .iter()
        .filter(|c| c.is("SendMessage") && shown(c.text()).contains("Step 1 of"))
        .count();
    assert_eq!(prompts, 1, "answered once");
}

polling_and_webhook!(a_new_in_flight_at_a_kill_is_answered_after_the_restart);

/// The bot dies while deleting the message that carries a key: after the restart the message
/// is deleted and the key saved.
async fn a_key_in_flight_at_a_kill_is_deleted_and_saved_after_the_restart(options: AppOptions) {
    let mut app = TestApp::builder().options(options).spawn().await;
    let alice = TestUser::new(1802, "Alice");
    app.say(&alice, "/setkey", &app.en("setkey-ask")).await;
    app.tg.hold_next("DeleteMessage", 1);
    let key_message = app.tg.send_text(alice.id, &alice, API_KEY);
    app.tg.wait_for_held("DeleteMessage").await;

    let seen = app.tg.call_count();
    app.kill_and_restart().await;

    app.message_after(seen, alice.id, "••••6789").await;
    assert!(
        app.tg.calls()[seen..]
            .iter()
            .any(|c| c.is("DeleteMessage") && c.body["message_id"] == key_message),
        "the key's message is deleted after the restart"
    );
    assert_eq!(app.key_mask(alice.id).await.as_deref(), Some("••••6789"), "saved");
}

polling_and_webhook!(a_key_in_flight_at_a_kill_is_deleted_and_saved_after_the_restart);

#[tokio::test]
async fn a_replayed_update_that_was_applied_changes_nothing() {
    let mut app = TestApp::builder().spawn().await;
    let alice = TestUser::new(1803, "Alice");
    app.say(&alice, "/start", &app.en("start-need-key")).await;
    app.say(&alice, "/cancel", &en("cancel-done")).await;
    app.stop_bot().await;

    // As if the bot had died after both state changes and before the /start's handled mark:
    // it is back in the inbox, unhandled. (Only the /start: a replayed /cancel would clear
    // whatever a wrongly replayed /start opened, and the check below could not tell.)
    let db = app.storage().await;
    let ids: Vec<i64> = sqlx::query_scalar("SELECT update_id FROM inbox ORDER BY update_id")
        .fetch_all(db.pool())
        .await
        .expect("ids");
    assert_eq!(ids.len(), 2, "both updates were stored");

    sqlx::query("DELETE FROM inbox").execute(db.pool()).await.expect("delete");
    let start = private_text(ids[0], alice.id, "/start");
    db.store_updates(&[(ids[0], &start)]).await.expect("store");
    db.close().await;

    let seen = app.tg.call_count();
    app.start_again().await;
    app.settled().await;
    let db = app.storage().await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let answers: Vec<String> = app.tg.calls()[seen..]
        .iter()
        .filter(|c| c.chat_id() == Some(alice.id))
        .map(|c| c.text().to_owned())
        .collect();
    assert!(answers.is_empty(), "nothing is said again: {answers:?}");
    let state: Option<i64> = sqlx::query_scalar("SELECT chat_id FROM dialogues WHERE chat_id = $1")
        .bind(alice.id)
        .fetch_optional(db.pool())
        .await
        .expect("read");
    assert_eq!(state, None, "the /start is not applied again (no conversation reopened)");
}

#[tokio::test]
async fn a_thousand_pending_updates_replay_in_order_at_start() {
    // Ten each, as people at a human pace leave them: more from one chat is a flood, which
    // admission sheds (`flood.rs`).
    const CHATS: i64 = 100;
    const PER_CHAT: i64 = 10;
    let mut app = TestApp::builder().spawn().await;
    app.stop_bot().await;

    // Each chat alternates /start (asks for a key) and /cancel (drops that): answered in
    // order only if handled in order.
    let db = app.storage().await;
    let mut batch = Vec::new();
    for n in 0..CHATS * PER_CHAT {
        let chat = 1900 + n % CHATS;
        let text = if (n / CHATS) % 2 == 0 { "/start" } else { "/cancel" };
        batch.push((10_000 + n, private_text(10_000 + n, chat, text)));
    }
    let borrowed: Vec<(i64, &str)> = batch.iter().map(|(id, body)| (*id, body.as_str())).collect();
    db.store_updates(&borrowed).await.expect("store");
    db.close().await;

    let seen = app.tg.call_count();
    let started = Instant::now();
    app.start_again().await;
    app.settled().await;
    let took = started.elapsed();
    eprintln!("replayed {} updates in {took:?}", CHATS * PER_CHAT);

    let calls = app.tg.calls();
    for chat in 1900..1900 + CHATS {
        let answers: Vec<String> = calls[seen..]
            .iter()
            .filter(|c| c.is("SendMessage") && c.chat_id() == Some(chat))
            .map(|c| shown(c.text()))
            .collect();
        assert_eq!(answers.len() as i64, PER_CHAT, "chat {chat}");
        for (i, answer) in answers.iter().enumerate() {
            let expected = if i % 2 == 0 { app.en("start-need-key") } else { en("cancel-done") };
            assert!(answer.contains(&expected), "chat {chat}, answer {i}: {answer}");
        }
    }
}

#[tokio::test]
async fn a_confirm_killed_mid_purchase_buys_once() {
    let bob = TestUser::new(1804, "Bob");
    let mut app = TestApp::builder().with_key(&bob).spawn().await;
    app.tg.add_bot(ASSISTANT_TOKEN, 200031, "replay_helper_bot");
    app.managed_wizard_to_token(&bob, "Helpdesk").await;
    let summary = app.say(&bob, ASSISTANT_TOKEN, "Please check").await;

    // The purchase hangs; the bot dies while it waits.
    app.sim.handle().inject(
        Fault::once(FaultKind::Latency(Duration::from_secs(2)))
            .on_method("POST")
            .on_path("/purchase"),
    );
    app.press_only(&bob, &summary, &en("btn-confirm"));
    let sim = app.sim.handle();
    eventually("the purchase", async || {
        (sim.count_requests("POST", "/purchase") > 0).then_some(())
    })
    .await;
    let seen = app.tg.call_count();
    app.kill_and_restart().await;

    app.message_after(seen, bob.id, &en("wz-replay-submitting")).await;
    // Every update is handled, and only handlers buy.
    app.settled().await;
    assert_eq!(app.sim.handle().count_requests("POST", "/purchase"), 1, "bought once");
}
