//! The fake Bot API answers in shapes teloxide itself parses, so tests that pass against it
//! exercise the production request and response code.

use teloxide::{
    prelude::*,
    types::{InlineKeyboardButton, InlineKeyboardMarkup},
};

use crate::support::fake_telegram::{BOT_TOKEN, FakeTelegram};

#[tokio::test]
async fn messages_members_and_other_bots_parse_in_teloxide() {
    let tg = FakeTelegram::start().await;
    let bot = Bot::new(BOT_TOKEN).set_api_url(tg.base_url());

    let markup = InlineKeyboardMarkup::new([[InlineKeyboardButton::callback("Go", "go:1")]]);
    let sent =
        bot.send_message(ChatId(-100), "hello").reply_markup(markup).await.expect("sendMessage");
    assert_eq!(sent.chat.id, ChatId(-100));
    let call = tg.calls_of("SendMessage").pop().expect("recorded");
    assert_eq!(call.message_id, Some(sent.id.0.into()));
    assert_eq!(call.buttons(), vec![("Go".to_owned(), "go:1".to_owned())]);

    tg.set_member(-100, 7, "administrator");
    tg.set_member(-100, 8, "member");
    let admin = bot.get_chat_member(ChatId(-100), UserId(7)).await.expect("getChatMember");
    assert!(admin.kind.is_privileged());
    let member = bot.get_chat_member(ChatId(-100), UserId(8)).await.expect("getChatMember");
    assert!(!member.kind.is_privileged());
    let admins = bot.get_chat_administrators(ChatId(-100)).await.expect("admins");
    assert_eq!(admins.iter().map(|m| m.user.id).collect::<Vec<_>>(), vec![UserId(7)]);

    // Another bot's token: getMe works for a known one, 401 for an unknown one.
    tg.add_bot("200001:ASSISTANT_TOKEN", 200001, "sales_helper_bot");
    let other = Bot::new("200001:ASSISTANT_TOKEN").set_api_url(tg.base_url());
    assert_eq!(other.get_me().await.expect("getMe").username(), "sales_helper_bot");
    let unknown = Bot::new("999:NOPE").set_api_url(tg.base_url());
    assert!(unknown.get_me().await.is_err());
    let seen: Vec<String> = tg.calls_of("GetMe").into_iter().map(|c| c.token).collect();
    assert_eq!(seen, vec!["200001:ASSISTANT_TOKEN".to_owned(), "999:NOPE".to_owned()]);
}

#[tokio::test]
async fn managed_bot_methods_parse_through_our_payloads() {
    use assistants_bot::managed_bots::methods;
    use secrecy::ExposeSecret as _;

    use crate::support::fake_telegram::TestUser;

    let tg = FakeTelegram::start().await;
    let bot = Bot::new(BOT_TOKEN).set_api_url(tg.base_url());
    assert!(!methods::can_manage_bots(&bot).await.expect("getMe"), "off unless turned on");
    tg.set_can_manage_bots(true);
    assert!(methods::can_manage_bots(&bot).await.expect("getMe"));
    assert!(bot.get_me().await.is_ok(), "teloxide's Me still reads the answer");

    let owner = TestUser::new(5, "Owner");
    let managed = tg.add_managed_bot(&owner, 300, "owned_bot");
    let token = methods::token(&bot, UserId(300)).await.expect("token");
    assert_eq!(token.expose_secret(), managed.token);
    let new = methods::replace_token(&bot, UserId(300)).await.expect("replaced");
    assert_ne!(new.expose_secret(), managed.token);
    let old = Bot::new(managed.token.clone()).set_api_url(tg.base_url());
    assert!(old.get_me().await.is_err(), "the old token stops working");

    methods::set_access(&bot, UserId(300), Some(vec![UserId(9)])).await.expect("set");
    let settings = methods::access(&bot, UserId(300)).await.expect("get");
    assert!(settings.is_access_restricted);
    assert_eq!(settings.added_users.iter().map(|u| u.id).collect::<Vec<_>>(), vec![UserId(9)]);

    // A bot ours does not manage: Telegram's error, in teloxide's error type.
    let refused = methods::token(&bot, UserId(301)).await.expect_err("not managed");
    assert!(refused.to_string().contains("BOT_INVALID"), "{refused}");
    let eleven = (1..=11).map(UserId).collect();
    assert!(methods::set_access(&bot, UserId(300), Some(eleven)).await.is_err(), "ten at most");
}
