//! The watch on an assistant's own bot: its token kept sealed for as long as the assistant
//! exists, and getWebhookInfo asked with it, telling the owner once when it falls silent.

use assistants_bot::{
    api::Status,
    sim::{Outcome, SimOptions},
};
use teloxide::types::ChatId;

use crate::support::{
    app::{AppOptions, TestApp},
    cards::{en, open_card},
    fake_telegram::TestUser,
    logs::{self, assert_nowhere},
    wait::eventually,
};

const TOKEN: &str = "200007:AAWatchedBotToken_secret_0123456789ab";
const BOT: &str = "watched_helper_bot";

/// An app with a key for `user` whose payments complete at once, and the assistant's bot
/// known to the fake Telegram.
async fn ready(user: &TestUser) -> TestApp {
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
async fn live(app: &TestApp, user: &TestUser) -> i64 {
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
