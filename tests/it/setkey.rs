//! /setkey, /forgetkey and /language through the real dispatcher.

use assistants_bot::i18n::Lang;
use teloxide::types::ChatId;

use crate::support::{
    app::{API_KEY, TestApp, button_data},
    fake_telegram::TestUser,
};

#[tokio::test]
async fn a_valid_key_is_checked_saved_masked_and_its_message_deleted() {
    let app = TestApp::builder().spawn().await;
    let alice = TestUser::new(601, "Alice");
    app.say(&alice, "/setkey", &app.en("setkey-ask")).await;
    let seen = app.tg.calls().len();
    let key_message = app.tg.send_text(alice.id, &alice, API_KEY);
    let reply = app.message_after(seen, alice.id, "••••6789").await;
    assert!(reply.text().contains(&Lang::En.t("secret-deleted")), "{}", reply.text());
    assert!(!reply.text().contains(API_KEY), "never echoed in full");
    let deleted = app.tg.calls_of("DeleteMessage");
    assert!(
        deleted.iter().any(|c| c.body["message_id"] == key_message),
        "the key's message is deleted"
    );
    // The key was checked against the API before it was kept.
    assert_eq!(app.sim.handle().count_requests("GET", "/api/v1/assistants"), 1);
    assert_eq!(app.key_mask(alice.id).await.as_deref(), Some("••••6789"), "saved");
}

#[tokio::test]
async fn a_key_given_inline_with_the_command_is_the_one_saved() {
    let app = TestApp::builder().spawn().await;
    let alice = TestUser::new(605, "Alice");
    let reply = app.say(&alice, &format!("/setkey {API_KEY}"), "••••6789").await;
    assert!(reply.text().contains(&Lang::En.t("secret-deleted")), "{}", reply.text());
    assert_eq!(app.key_mask(alice.id).await.as_deref(), Some("••••6789"), "saved");
}

#[tokio::test]
async fn a_rejected_key_is_not_saved() {
    let app = TestApp::builder().spawn().await;
    let alice = TestUser::new(602, "Alice");
    let reply = app.say(&alice, "/setkey sk_not_a_real_key_123", &app.en("setkey-rejected")).await;
    assert!(!reply.text().contains("sk_not_a_real_key_123"));
    assert_eq!(app.tg.count_of("DeleteMessage"), 1);
    assert_eq!(app.key_mask(alice.id).await, None, "not saved");
}

#[tokio::test]
async fn a_key_that_cannot_be_checked_is_not_saved_and_the_user_is_told_why() {
    let app = TestApp::builder().spawn().await;
    app.sim.handle().set_api_disabled(true);
    let alice = TestUser::new(603, "Alice");
    let reply =
        app.say(&alice, &format!("/setkey {API_KEY}"), &Lang::En.t("api-error-api-disabled")).await;
    assert!(reply.text().contains("/setkey"), "says how to retry: {}", reply.text());
    assert_eq!(app.key_mask(alice.id).await, None, "not saved");
}

#[tokio::test]
async fn keys_are_only_accepted_in_private_chats() {
    let app = TestApp::builder().spawn().await;
    let alice = TestUser::new(604, "Alice");
    let group = -100_604;
    app.tg.set_member(group, alice.id, "administrator");
    let pasted = format!("/setkey {API_KEY}");
    let reply = app.say_in(group, &alice, &pasted, "give me the API key in a private chat").await;
    let link = button_data(&reply, &Lang::En.t("btn-continue-private"));
    assert!(link.starts_with("https://t.me/assistants_test_bot?start="), "{link}");
    assert_eq!(app.tg.count_of("DeleteMessage"), 1, "the pasted key is removed");
    app.message_after(0, group, "replace it now").await;
    assert_eq!(app.key_mask(group).await, None, "not kept for the group");
}

#[tokio::test]
async fn forgetkey_drops_the_key() {
    let alice = TestUser::new(605, "Alice");
    let app = TestApp::builder().with_key(&alice).spawn().await;
    app.say(&alice, "/forgetkey", &Lang::En.t("forgetkey-done")).await;
    assert_eq!(app.key_mask(alice.id).await, None, "dropped");
    app.say(&alice, "/forgetkey", &Lang::En.t("forgetkey-none")).await;
}

#[tokio::test]
async fn the_chosen_language_is_stored_and_used() {
    let app = TestApp::builder().spawn().await;
    let alice = TestUser::new(606, "Alice");
    let menu = app.say(&alice, "/language", &Lang::En.t("language-choose")).await;
    let seen = app.tg.calls().len();
    app.press_only(&alice, &menu, "Deutsch");
    let edited = app
        .tg
        .wait_for_after(seen, "editMessageText", std::time::Duration::from_secs(10), |c| {
            c.is("EditMessageText")
        })
        .await;
    assert_eq!(edited.text(), Lang::De.t("language-set"));
    app.say(&alice, "/help", &Lang::De.t("help")).await;
    assert_eq!(
        app.storage().await.chat_language(ChatId(alice.id)).await.expect("read").as_deref(),
        Some("de")
    );

    // "Follow Telegram" forgets the choice.
    let menu = app.say(&alice, "/language", &Lang::De.t("language-choose")).await;
    app.press_only(&alice, &menu, &Lang::De.t("language-auto"));
    app.tg
        .wait_for("English confirmation", |c| {
            c.is("EditMessageText") && c.text() == Lang::En.t("language-set")
        })
        .await;
    app.say(&alice, "/help", &Lang::En.t("help")).await;
}

#[tokio::test]
async fn stray_text_points_to_help() {
    let app = TestApp::builder().spawn().await;
    let alice = TestUser::new(607, "Alice");
    app.say(&alice, "hello?", &Lang::En.t("unknown-text")).await;
}
