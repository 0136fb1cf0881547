//! The assistant's bot created from the chat (Bot API managed bots), through the fake
//! Telegram, which implements the methods and updates as the reference documents them.

use std::time::Duration;

use assistants_bot::{
    i18n::Lang,
    sim::{SimHandle, SimOptions},
};
use serde_json::Value;

use crate::support::cards::en;
use crate::support::{
    app::{AppOptions, TestApp, shown},
    chat::removes_keyboard,
    fake_telegram::{Call, ManagedBot, TestUser},
    logs::{self, assert_nowhere},
    wait::eventually,
};

/// The `request_managed_bot` of a message's reply keyboard, if it has one.
fn bot_request(call: &Call) -> Option<Value> {
    call.body.pointer("/reply_markup/keyboard/0/0/request_managed_bot").cloned()
}

/// An app (polling, or webhook when `webhook`) with Bot Management Mode `on` and a key for
/// `user`; payments complete at once.
async fn ready(user: &TestUser, on: bool, webhook: bool) -> TestApp {
    let options = AppOptions {
        sim: SimOptions { auto_pay: true, ..Default::default() },
        public_url: webhook.then(|| url::Url::parse("https://bot.example.com").expect("url")),
        ..Default::default()
    };
    let app = TestApp::builder().options(options).spawn().await;
    app.tg.set_can_manage_bots(on);
    app.give_key(user).await;
    app
}

/// A managed wizard named `name` up to the bot-token step, and its offer once sent when
/// `offered`; returns the step's message.
async fn to_token_step(app: &TestApp, user: &TestUser, name: &str, offered: bool) -> Call {
    let seen = app.tg.call_count();
    let step = app.managed_wizard_to_token(user, name).await;
    if offered {
        offer_after(app, seen, user).await;
    }
    step
}

/// The offer under the token step, once sent.
async fn offer_after(app: &TestApp, seen: usize, user: &TestUser) -> Call {
    app.tg
        .wait_for_after(seen, "the create-a-bot offer", Duration::from_secs(10), |c| {
            c.is("SendMessage") && c.chat_id() == Some(user.id) && bot_request(c).is_some()
        })
        .await
}

/// The deployment the wizard bought (auto-paid), once activated.
async fn activated(sim: &SimHandle) -> assistants_bot::sim::SimDeployment {
    eventually("the slot's activation", async || {
        let id = sim.requests().into_iter().find_map(|r| {
            r.path
                .strip_suffix("/activate")
                .map(|p| p.trim_start_matches("/api/v1/assistants/").to_owned())
        });
        id.and_then(|id| sim.deployment(&id))
    })
    .await
}

/// The whole way, polling or webhook: the offer, the created bot's token fetched and
/// activated, the keyboard removed, and the token nowhere in sight.
async fn create_and_activate(webhook: bool, user: TestUser, bot_id: i64) {
    let logs = logs::capture();
    let mut app = ready(&user, true, webhook).await;
    let seen = app.tg.call_count();
    let step = to_token_step(&app, &user, "Sales bot", true).await;
    assert!(step.text().contains(&en("wz-bot-token")), "the paste way stays: {}", step.text());
    let offer = offer_after(&app, seen, &user).await;
    assert!(offer.text().contains(&en("newbot-offer")), "{}", offer.text());
    let request = bot_request(&offer).expect("the button");
    assert_eq!(request["suggested_name"], "Sales bot");
    assert_eq!(request["suggested_username"], "sales_bot");
    assert_eq!(offer.body["reply_markup"]["keyboard"][0][0]["text"], en("btn-create-bot"));

    // The user edits the suggested username in Telegram's dialog: matched by who made it.
    let seen = app.tg.call_count();
    let managed = app.tg.create_managed_bot(&user, bot_id, "my_sales_desk_bot", false);
    let fetched = app
        .tg
        .wait_for_after(seen, "getManagedBotToken", Duration::from_secs(10), |c| {
            c.is("GetManagedBotToken")
        })
        .await;
    assert_eq!(fetched.body["user_id"], bot_id);
    let ok = app.message_after(seen, user.id, "@my_sales_desk_bot").await;
    assert!(removes_keyboard(&ok), "the keyboard goes: {}", ok.body);
    let summary = app.message_after(seen, user.id, "Please check").await;
    assert!(summary.text().contains("@my_sales_desk_bot"), "{}", summary.text());
    // Checked like a pasted one: getMe with the new token.
    assert!(app.tg.calls_of("GetMe").iter().any(|c| c.token == managed.token));
    assert_eq!(app.tg.count_of("GetManagedBotToken"), 1, "one fetch for the two reports");

    app.press(&user, &summary, &en("btn-confirm"), "Starting Sales bot").await;
    let deployed = activated(&app.sim.handle()).await;
    assert_eq!(deployed.telegram_bot_token.as_deref(), Some(managed.token.as_str()));
    let db = app.storage().await;
    let known = db.deployments_of(teloxide::types::ChatId(user.id)).await.expect("known");
    assert_eq!(known[0].managed_bot_id, Some(bot_id), "the managed bot is recorded");
    assert_nowhere(&mut app, &[&managed.token], logs.as_ref()).await;
}

#[tokio::test]
async fn creating_the_bot_from_the_chat_fetches_its_token_and_activates_with_it() {
    create_and_activate(false, TestUser::new(8101, "Ann"), 7_000_101).await;
}

#[tokio::test]
async fn creating_the_bot_from_the_chat_works_by_webhook_too() {
    create_and_activate(true, TestUser::new(8102, "Wen"), 7_000_102).await;
}

#[tokio::test]
async fn polling_and_the_webhook_ask_for_managed_bot_updates() {
    let user = TestUser::new(8103, "Pia");
    let polling = ready(&user, true, false).await;
    let asked = polling.tg.last_poll().expect("polled");
    let hook = ready(&user, true, true).await;
    let registered = hook.tg.calls_of("SetWebhook").pop().expect("registered");
    for kinds in [&asked["allowed_updates"], &registered.body["allowed_updates"]] {
        let kinds = kinds.as_array().expect("listed");
        for kind in ["message", "edited_message", "callback_query", "chat_member", "managed_bot"] {
            assert!(kinds.iter().any(|k| k == kind), "{kind} in {kinds:?}");
        }
    }
}

#[tokio::test]
async fn without_bot_management_mode_the_token_step_is_the_paste_way_only() {
    let user = TestUser::new(8104, "Tom");
    let app = ready(&user, false, false).await;
    let token = "200104:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_p";
    app.tg.add_bot(token, 200104, "pasted_helper_bot");
    to_token_step(&app, &user, "Helpdesk", false).await;
    let summary = app.say(&user, token, "Please check").await;
    assert!(summary.text().contains("@pasted_helper_bot"), "{}", summary.text());
    assert!(app.tg.calls().iter().all(|c| bot_request(c).is_none()), "no button offered");
    assert!(app.tg.calls().iter().all(|c| !removes_keyboard(c)), "no keyboard to remove");
    assert_eq!(app.tg.count_of("GetManagedBotToken"), 0);
}

#[tokio::test]
async fn a_closed_dialog_is_answered_with_both_ways_again_and_nothing_is_lost() {
    let user = TestUser::new(8105, "Lou");
    let app = ready(&user, true, false).await;
    to_token_step(&app, &user, "Night desk", true).await;
    // Telegram says nothing when its dialog is closed or refused: the user writes instead.
    let seen = app.tg.call_count();
    app.tg.send_text(user.id, &user, "the window closed, it says I have too many bots");
    app.message_after(seen, user.id, &en("wz-bot-token-format")).await;
    let again = offer_after(&app, seen, &user).await;
    assert!(again.text().contains(&en("newbot-again")), "{}", again.text());
    assert_eq!(bot_request(&again).expect("button")["suggested_name"], "Night desk");

    // Both ways are open: this time the bot is created, and the answers so far are kept.
    let seen = app.tg.call_count();
    app.tg.create_managed_bot(&user, 7_000_105, "night_desk_bot", true);
    let summary = app.message_after(seen, user.id, "Please check").await;
    for kept in ["Night desk", "openai/gpt-5", "@night_desk_bot"] {
        assert!(summary.text().contains(kept), "{kept}: {}", summary.text());
    }
}

#[tokio::test]
async fn a_token_telegram_does_not_give_is_fetched_again_for_the_same_bot() {
    fetched_again(false, TestUser::new(8106, "Kim")).await;
}

#[tokio::test]
async fn a_token_telegram_does_not_give_is_fetched_again_by_webhook_too() {
    fetched_again(true, TestUser::new(8112, "Kai")).await;
}

async fn fetched_again(webhook: bool, user: TestUser) {
    let app = ready(&user, true, webhook).await;
    to_token_step(&app, &user, "Retry desk", true).await;
    app.tg.fail_next("getManagedBotToken", 1, 400);
    let seen = app.tg.call_count();
    let managed = app.tg.create_managed_bot(&user, user.id * 1000, "retry_desk_bot", false);
    let failed = app.message_after(seen, user.id, "@retry_desk_bot is there").await;
    assert_eq!(app.tg.refused().iter().filter(|c| c.is("GetManagedBotToken")).count(), 1);
    assert!(failed.text().contains("@BotFather"), "the paste way is named: {}", failed.text());

    let summary = app.press(&user, &failed, &en("btn-try-again"), "Please check").await;
    assert!(summary.text().contains("@retry_desk_bot"), "{}", summary.text());
    let fetches = app.tg.calls_of("GetManagedBotToken");
    assert_eq!(fetches.len(), 1, "one more fetch, which worked");
    assert_eq!(fetches[0].body["user_id"], managed.id);
}

#[tokio::test]
async fn someone_elses_try_again_fetches_nothing() {
    let (user, other) = (TestUser::new(8107, "Ida"), TestUser::new(8108, "Max"));
    let app = ready(&user, true, false).await;
    app.give_key(&other).await;
    to_token_step(&app, &user, "Guarded", true).await;
    app.tg.fail_next("getManagedBotToken", 1, 400);
    let seen = app.tg.call_count();
    let managed: ManagedBot = app.tg.create_managed_bot(&user, 7_000_107, "guarded_bot", false);
    let failed = app.message_after(seen, user.id, "@guarded_bot is there").await;

    // Max, at his own token step, forges a press on Ida's bot: it is not his to take.
    to_token_step(&app, &other, "Thief", true).await;
    let seen = app.tg.call_count();
    let data = crate::support::app::button_data(&failed, &en("btn-try-again"));
    let forged = app.tg.press(other.id, &other, 1, &data);
    assert_eq!(app.answer_to(&forged).await, en("button-stale"));
    assert_eq!(app.tg.count_of("GetManagedBotToken"), 0, "nothing fetched for Max");
    assert!(app.tg.calls().iter().skip(seen).all(|c| !c.body.to_string().contains(&managed.token)));
}

#[tokio::test]
async fn a_bot_created_with_nothing_waiting_is_left_alone_and_said_so() {
    let user = TestUser::new(8109, "Ned");
    let app = ready(&user, true, false).await;
    let seen = app.tg.call_count();
    app.tg.create_managed_bot(&user, 7_000_109, "stray_bot", false);
    let told = app.message_after(seen, user.id, "@stray_bot").await;
    let expected = Lang::En.t_args("newbot-unexpected", &[("username", "@stray_bot".into())]);
    assert_eq!(shown(told.text()), shown(&expected));
    assert!(removes_keyboard(&told));
    assert_eq!(app.tg.count_of("GetManagedBotToken"), 0, "no token fetched for nothing");
}

#[tokio::test]
async fn a_group_wizard_offers_the_button_in_the_private_hand_off() {
    const GROUP: i64 = -100_8110;
    let (alice, bob) = (TestUser::new(8110, "Amy"), TestUser::new(8111, "Ben"));
    let options = AppOptions {
        sim: SimOptions { auto_pay: true, ..Default::default() },
        ..Default::default()
    };
    let app = crate::support::cards::team(options, GROUP, &alice, &bob).await;
    app.tg.set_can_manage_bots(true);
    let mode = app.say_in(GROUP, &alice, "/new", "Step 1 of 6").await;
    app.press(&alice, &mode, &en("mode-managed"), &app.en("wz-name")).await;
    app.say_in(GROUP, &alice, "Team desk", "OpenRouter").await;
    let secrets = app.say_in(GROUP, &alice, "openai/gpt-5", &en("wz-group-secrets")).await;
    let query = app.press_only(&alice, &secrets, &en("btn-continue-private"));
    let answer = app
        .tg
        .wait_for("a deep link", |c| {
            c.is("AnswerCallbackQuery") && c.body["callback_query_id"] == query
        })
        .await;
    let link = answer.body["url"].as_str().expect("a link").to_owned();
    let nonce = link.split("start=").nth(1).expect("a nonce");

    let seen = app.tg.call_count();
    app.say(&alice, &format!("/start {nonce}"), "@BotFather").await;
    let offer = offer_after(&app, seen, &alice).await;
    assert_eq!(bot_request(&offer).expect("the button")["suggested_name"], "Team desk");
    assert!(
        app.tg.calls().iter().all(|c| c.chat_id() != Some(GROUP) || bot_request(c).is_none()),
        "never in the group"
    );

    let seen = app.tg.call_count();
    let managed = app.tg.create_managed_bot(&alice, 7_000_110, "team_desk_bot", true);
    let done = app.message_after(seen, alice.id, &en("handoff-wizard-done")).await;
    assert!(removes_keyboard(&done), "{}", done.body);
    let summary = app.message_after(seen, GROUP, "Please check").await;
    assert!(summary.text().contains("@team_desk_bot"), "{}", summary.text());
    app.press(&alice, &summary, &en("btn-confirm"), "Starting Team desk").await;
    let deployed = activated(&app.sim.handle()).await;
    assert_eq!(deployed.telegram_bot_token.as_deref(), Some(managed.token.as_str()));
    let known = app.storage().await.deployments_of(teloxide::types::ChatId(GROUP)).await;
    assert_eq!(known.expect("known")[0].managed_bot_id, Some(managed.id));
}

#[tokio::test]
async fn leaving_the_token_step_puts_the_button_away() {
    let user = TestUser::new(8113, "Ola");
    let app = ready(&user, true, false).await;
    let step = to_token_step(&app, &user, "Back and forth", true).await;
    let seen = app.tg.call_count();
    app.press_only(&user, &step, &en("btn-back"));
    let away = app.message_after(seen, user.id, &en("newbot-put-away")).await;
    assert!(removes_keyboard(&away), "{}", away.body);
    app.message_after(seen, user.id, "Step 3 of 5").await;
    assert!(app.tg.calls().iter().skip(seen).all(|c| bot_request(c).is_none()), "not offered");

    // Back at the token step the offer comes again; /cancel takes it away with the wizard.
    let seen = app.tg.call_count();
    app.tg.send_text(user.id, &user, "openai/gpt-5");
    offer_after(&app, seen, &user).await;
    let cancelled = app.say(&user, "/cancel", &en("cancel-done")).await;
    assert!(removes_keyboard(&cancelled), "{}", cancelled.body);
}
