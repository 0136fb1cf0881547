//! The running bot answers through the fake Telegram server.

use assistants_bot::{api::ApiKey, i18n::Lang};

use crate::support::{
    app::TestApp,
    fake_telegram::{Call, TestUser},
};

/// Sends `text` as `user` in their private chat and waits for the bot's first message there.
async fn first_reply(app: &TestApp, user: &TestUser, text: &str) -> Call {
    app.tg.send_text(user.id, user, text);
    app.tg.next_message(0, user.id).await
}

/// A bot just started, and its first message to `user` after `user` sent it `text`.
async fn fresh_reply(user: &TestUser, text: &str) -> (TestApp, Call) {
    let app = TestApp::builder().spawn().await;
    let reply = first_reply(&app, user, text).await;
    (app, reply)
}

#[tokio::test]
async fn start_welcomes_and_asks_for_an_api_key() {
    let alice = TestUser::new(501, "Alice");
    let (app, reply) = fresh_reply(&alice, "/start").await;
    assert!(reply.text().starts_with(&Lang::En.t("start-welcome")), "{}", reply.text());
    assert!(reply.text().contains(&app.en("start-need-key")), "{}", reply.text());
    // The next message is taken as the key: checked, saved, and deleted from the chat.
    app.say(&alice, crate::support::app::API_KEY, "is saved").await;
    assert_eq!(app.tg.count_of("DeleteMessage"), 1);
}

#[tokio::test]
async fn start_answers_in_the_users_language() {
    let pablo = TestUser::new(502, "Pablo").speaking("es-MX");
    let (_app, reply) = fresh_reply(&pablo, "/start").await;
    assert!(reply.text().starts_with(&Lang::Es.t("start-welcome")), "{}", reply.text());
}

#[tokio::test]
async fn help_lists_the_commands() {
    let alice = TestUser::new(503, "Alice");
    let (_app, reply) = fresh_reply(&alice, "/help").await;
    assert_eq!(reply.text(), Lang::En.t("help"));
}

#[tokio::test]
async fn the_bot_stops_cleanly_and_resumes_on_the_same_database() {
    let alice = TestUser::new(505, "Alice");
    let (mut app, _) = fresh_reply(&alice, "/help").await;
    app.restart().await;
    let seen = app.tg.calls().len();
    app.tg.send_text(alice.id, &alice, "/start");
    app.tg.next_message(seen, alice.id).await;
    app.stop_bot().await;
}

#[tokio::test]
async fn start_with_a_stored_key_points_to_new_and_list() {
    let app = TestApp::builder().spawn().await;
    let alice = TestUser::new(506, "Alice");
    app.set_key(alice.id, &ApiKey::new("sk_test_key_123456")).await;
    let reply = first_reply(&app, &alice, "/start").await;
    assert!(reply.text().contains(&Lang::En.t("start-has-key")), "{}", reply.text());
}

#[tokio::test]
async fn a_button_the_bot_no_longer_knows_is_answered_and_does_nothing() {
    let app = TestApp::builder().spawn().await;
    let alice = TestUser::new(507, "Alice");
    let query = app.tg.press(alice.id, &alice, 77, "wz:confirm:stale");
    assert_eq!(app.answer_to(&query).await, Lang::En.t("button-stale"));
    assert!(app.tg.calls_of("SendMessage").is_empty(), "nothing else happens");
}
