//! The watch on an assistant's own bot: its token kept sealed for as long as the assistant
//! exists, and getWebhookInfo asked with it, telling the owner once when it falls silent.

use std::time::Duration;

use assistants_bot::{
    api::Status,
    sim::{Outcome, SimOptions},
};
use teloxide::types::ChatId;

use crate::support::{
    app::{AppOptions, TestApp},
    cards::{en, open_card},
    fake_telegram::{Call, TestUser},
    logs::{self, assert_nowhere},
    wait::eventually,
};

pub(crate) const TOKEN: &str = "200007:AAWatchedBotToken_secret_0123456789ab";
const BOT: &str = "watched_helper_bot";

/// An app with a key for `user` whose payments complete at once, and the assistant's bot
/// known to the fake Telegram.
pub(crate) async fn ready(user: &TestUser) -> TestApp {
    let options = AppOptions {
        sim: SimOptions { auto_pay: true, ..Default::default() },
        ..Default::default()
    };
    let app = TestApp::builder().options(options).spawn().await;
    app.give_key(user).await;
    app.tg.add_bot(TOKEN, 200007, BOT);
    app
}

/// A managed-mode assistant named "Watched" with the pasted bot token, live; its handle.
pub(crate) async fn live(app: &TestApp, user: &TestUser) -> i64 {
    app.managed_wizard_to_token(user, "Watched").await;
    let summary = app.say(user, TOKEN, "Please check").await;
    app.press(user, &summary, &en("btn-confirm"), "Starting Watched").await;
    let sim = app.sim.handle();
    let id = eventually("the slot's activation", async || {
        sim.requests().into_iter().find_map(|r| {
            r.path
                .strip_suffix("/activate")
                .map(|p| p.trim_start_matches("/api/v1/assistants/").to_owned())
        })
    })
    .await;
    let seen = app.tg.call_count();
    assert!(sim.finish_deployment(&id, Outcome::Active));
    app.tick().await;
    app.message_after(seen, user.id, "is live").await;
    let db = app.storage().await;
    let known = db.deployments_of(ChatId(user.id)).await.expect("read");
    assert_eq!(known.len(), 1);
    assert_eq!(known[0].status(), Status::Active);
    known[0].handle
}

#[tokio::test]
async fn the_assistants_bot_token_is_kept_sealed_and_nowhere_in_plaintext() {
    let logs = logs::capture();
    let ann = TestUser::new(1301, "Ann");
    let mut app = ready(&ann).await;
    let handle = live(&app, &ann).await;

    let kept = app.storage().await.bot_token(handle).await.expect("opens");
    assert_eq!(kept.as_ref().map(secrecy::ExposeSecret::expose_secret), Some(TOKEN));
    assert_nowhere(&mut app, &[TOKEN], logs.as_ref()).await;
}

#[tokio::test]
async fn the_kept_token_is_gone_after_delete() {
    let ann = TestUser::new(1302, "Ann");
    let app = ready(&ann).await;
    let handle = live(&app, &ann).await;
    assert!(app.storage().await.bot_token(handle).await.expect("opens").is_some());

    let card = open_card(&app, &ann, "Watched").await;
    let confirm = app.press_edit(&ann, &card, &en("btn-delete"), "Delete Watched?").await;
    app.press_edit(&ann, &confirm, "🗑 Yes, delete Watched", "Deleted Watched").await;

    let db = app.storage().await;
    assert!(db.bot_token(handle).await.expect("reads").is_none());
    let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM bot_watch")
        .fetch_one(db.pool())
        .await
        .expect("count");
    assert_eq!(rows, 0, "nothing of the watch is left");
}

/// [`ready`], with the assistant's bot checked at every tick.
async fn watching(user: &TestUser) -> TestApp {
    let options = AppOptions {
        sim: SimOptions { auto_pay: true, ..Default::default() },
        // Every tick checks: the interval is shorter than the tracker's poll.
        watch_interval: Duration::from_millis(50),
        ..Default::default()
    };
    let app = TestApp::builder().options(options).spawn().await;
    app.give_key(user).await;
    app.tg.add_bot(TOKEN, 200007, BOT);
    app
}

/// The messages sent to `chat` since call `seen`.
fn sent_to(app: &TestApp, seen: usize, chat: i64) -> Vec<Call> {
    let calls = app.tg.calls();
    calls[seen.min(calls.len())..]
        .iter()
        .filter(|c| c.is("SendMessage") && c.chat_id() == Some(chat))
        .cloned()
        .collect()
}

#[tokio::test]
async fn a_silent_assistant_is_announced_once_and_its_recovery_in_one_line() {
    let ann = TestUser::new(1303, "Ann");
    let app = watching(&ann).await;
    live(&app, &ann).await;
    let seen = app.tg.call_count();

    app.tg.set_webhook_info(TOKEN, 37, Some("Wrong response from the webhook: 502 Bad Gateway"));
    for _ in 0..3 {
        app.tick().await;
    }
    let told = sent_to(&app, seen, ann.id);
    assert_eq!(told.len(), 1, "one notice for three checks: {told:?}");
    let notice = &told[0];
    assert!(notice.text().contains("37 messages"), "{}", notice.text());
    assert!(notice.text().contains("its server answered 502 Bad Gateway"), "{}", notice.text());
    assert!(!notice.text().contains("webhook"), "plain words: {}", notice.text());
    let buttons = notice.body["reply_markup"]["inline_keyboard"][0].clone();
    assert_eq!(buttons[0]["text"], en("btn-redeploy"));
    assert_eq!(buttons[1]["url"], format!("https://t.me/{BOT}"));

    app.tg.set_webhook_info(TOKEN, 0, None);
    for _ in 0..3 {
        app.tick().await;
    }
    let told = sent_to(&app, seen, ann.id);
    assert_eq!(told.len(), 2, "then one line: {told:?}");
    assert!(told[1].text().contains("answers again"), "{}", told[1].text());

    let with_token: Vec<_> = app.tg.calls().into_iter().filter(|c| c.token == TOKEN).collect();
    assert!(with_token.iter().any(|c| c.is("GetWebhookInfo")));
    assert!(
        with_token.iter().all(|c| c.is("GetMe") || c.is("GetWebhookInfo")),
        "nothing that reads or takes the assistant's updates"
    );
}

#[tokio::test]
async fn a_backlog_that_grows_between_two_checks_counts_as_silence() {
    let ann = TestUser::new(1304, "Ann");
    let app = watching(&ann).await;
    live(&app, &ann).await;
    let seen = app.tg.call_count();

    app.tg.set_webhook_info(TOKEN, 2, None);
    app.tick().await;
    assert!(sent_to(&app, seen, ann.id).is_empty(), "two waiting is no silence yet");
    app.tg.set_webhook_info(TOKEN, 5, None);
    app.tick().await;
    let told = sent_to(&app, seen, ann.id);
    assert_eq!(told.len(), 1, "{told:?}");
    assert!(told[0].text().contains("5 messages"), "{}", told[0].text());
}

#[tokio::test]
async fn a_revoked_token_is_announced_once_with_the_way_to_set_a_new_one() {
    let ann = TestUser::new(1305, "Ann");
    let mut app = watching(&ann).await;
    live(&app, &ann).await;
    let seen = app.tg.call_count();

    app.tg.revoke_bot(TOKEN);
    for _ in 0..2 {
        app.tick().await;
    }
    app.restart().await;
    app.tick().await;
    let told = sent_to(&app, seen, ann.id);
    assert_eq!(told.len(), 1, "once, across a restart too: {told:?}");
    let text = told[0].text();
    assert!(text.contains("no longer accepts the bot token of Watched"), "{text}");
    assert!(text.contains(&format!("{} → {}", en("btn-edit"), en("btn-field-token"))), "{text}");
}

#[tokio::test]
async fn the_card_shows_how_the_bot_was_last_seen() {
    let ann = TestUser::new(1306, "Ann");
    let app = watching(&ann).await;
    live(&app, &ann).await;

    let card = open_card(&app, &ann, "Watched").await;
    assert!(card.text().contains(&en("card-health-ok-now")), "{}", card.text());

    app.tg.set_webhook_info(TOKEN, 37, Some("Wrong response from the webhook: 502 Bad Gateway"));
    app.tick().await;
    let card = open_card(&app, &ann, "Watched").await;
    assert!(card.text().contains("37 messages waiting since"), "{}", card.text());
}

#[tokio::test]
async fn turning_the_watch_off_deletes_the_kept_token_and_stops_the_checks() {
    let ann = TestUser::new(1307, "Ann");
    let app = watching(&ann).await;
    let handle = live(&app, &ann).await;

    let card = open_card(&app, &ann, "Watched").await;
    let off = app
        .press_edit(&ann, &card, &en("btn-watch-off"), "I no longer check whether Watched answers")
        .await;
    assert!(off.text().contains(&en("card-health-off")), "{}", off.text());
    assert!(off.buttons().iter().all(|(label, _)| *label != en("btn-watch-off")));
    assert!(app.storage().await.bot_token(handle).await.expect("reads").is_none());

    let checks = app.tg.count_of("GetWebhookInfo");
    app.tg.set_webhook_info(TOKEN, 37, None);
    for _ in 0..2 {
        app.tick().await;
    }
    assert_eq!(app.tg.count_of("GetWebhookInfo"), checks, "no check once the watch is off");
}
