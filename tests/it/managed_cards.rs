//! The card of an assistant whose bot this bot created (a managed bot): New token, and who
//! can talk to the bot.

use assistants_bot::{
    api::{ApiMode, DeploymentId, Status},
    sim::{Fault, FaultKind},
};
use teloxide::types::{ChatId, UserId};

use crate::support::{
    app::{AppOptions, TestApp, shown},
    cards::{self, en, mark_of, open_card, seed},
    chat::removes_keyboard,
    fake_telegram::{Call, ManagedBot, TestUser},
    logs::{self, assert_nowhere},
};

/// An app where `user` has the assistant `name` in `status`, whose bot (`bot_id`) this bot
/// created; returns the managed bot as the fake has it.
async fn with_managed(
    user: &TestUser,
    name: &str,
    status: Status,
    bot_id: i64,
) -> (TestApp, ManagedBot) {
    let app = TestApp::builder().spawn().await;
    app.tg.set_can_manage_bots(true);
    app.give_key(user).await;
    let username = format!("{}_bot", name.to_lowercase());
    let managed = app.tg.add_managed_bot(user, bot_id, &username);
    let id = seed(&app.sim.handle(), name, ApiMode::Managed, status);
    // /list records it; then it is marked as the assistant of the managed bot, as the wizard
    // does when the bot was created from the chat.
    app.say(user, "/list", "Your").await;
    let db = app.storage().await;
    let chat = ChatId(user.id);
    let bot = UserId(bot_id as u64);
    db.set_bot(chat, &DeploymentId(id), Some(&username), Some(bot)).await.expect("managed");
    // As Telegram reported it when it was created.
    db.record_managed_bot(bot, UserId(user.id as u64), Some(&username)).await.expect("owner");
    (app, managed)
}

fn labels(card: &Call) -> Vec<String> {
    card.buttons().into_iter().map(|(label, _)| label).collect()
}

#[tokio::test]
async fn new_token_replaces_the_token_patches_it_and_offers_a_redeploy() {
    let logs = logs::capture();
    let user = TestUser::new(8201, "Uma");
    let (mut app, before) = with_managed(&user, "Rotor", Status::Stopped, 7_000_201).await;
    let card = open_card(&app, &user, "Rotor").await;
    assert!(labels(&card).contains(&en("btn-new-token")), "{:?}", labels(&card));

    let seen = app.tg.call_count();
    app.press_only(&user, &card, &en("btn-new-token"));
    let saved = app.message_after(seen, user.id, "so Rotor uses the change").await;
    let replaced = app.tg.calls_of("ReplaceManagedBotToken");
    assert_eq!(replaced.len(), 1);
    assert_eq!(replaced[0].body["user_id"], before.id);
    let after = app.tg.managed_bot(before.id).expect("managed");
    assert_ne!(after.token, before.token, "a new token");
    let handle = app.sim.handle();
    let patched = handle.requests().into_iter().filter(|r| r.method == "PATCH").count();
    assert_eq!(patched, 1, "one PATCH");
    let id = handle.requests().into_iter().find(|r| r.method == "PATCH").expect("patch").path;
    let id = id.trim_start_matches("/api/v1/assistants/").to_owned();
    let deployment = handle.deployment(&id).expect("deployment");
    assert_eq!(deployment.telegram_bot_token.as_deref(), Some(after.token.as_str()));
    assert!(saved.buttons().iter().any(|(label, _)| *label == en("btn-redeploy")));

    app.press_edit(&user, &saved, &en("btn-redeploy"), &en("card-redeploying")).await;
    for token in [&before.token, &after.token] {
        assert!(app.tg.calls().iter().all(|c| !shown(c.text()).contains(token.as_str())));
    }
    assert_nowhere(&mut app, &[&after.token], logs.as_ref()).await;
}

#[tokio::test]
async fn a_running_assistant_is_stopped_before_its_token_is_replaced() {
    let user = TestUser::new(8202, "Vic");
    let (app, _) = with_managed(&user, "Runner", Status::Active, 7_000_202).await;
    let card = open_card(&app, &user, "Runner").await;
    let shown_labels = labels(&card);
    assert!(!shown_labels.contains(&en("btn-new-token")), "not while it runs: {shown_labels:?}");
    assert!(shown_labels.contains(&en("btn-access")), "{shown_labels:?}");
    // A stale card's button: the token is not touched under a running assistant.
    let data = format!("a:{}:token!", card_handle(&card));
    let seen = app.tg.call_count();
    app.press_data(&user, &card, &data);
    app.edit_after(seen, user.id, "stop it first").await;
    assert_eq!(app.tg.count_of("ReplaceManagedBotToken"), 0);
}

/// The handle in a card's Refresh button.
fn card_handle(card: &Call) -> String {
    let (_, data) =
        card.buttons().into_iter().find(|(label, _)| *label == en("btn-refresh")).expect("refresh");
    data.split(':').nth(1).expect("handle").to_owned()
}

#[tokio::test]
async fn access_is_restricted_to_the_owner_and_the_people_picked() {
    let user = TestUser::new(8203, "Wim");
    let (app, managed) = with_managed(&user, "Door", Status::Active, 7_000_203).await;
    let card = open_card(&app, &user, "Door").await;
    let view = app.press_edit(&user, &card, &en("btn-access"), "Who can talk to").await;
    assert!(shown(view.text()).contains(&format!("Now: {}", en("access-now-everyone"))));

    let seen = app.tg.call_count();
    app.press_only(&user, &view, &en("btn-access-pick"));
    let picker = app.message_after(seen, user.id, "pick up to 10 people").await;
    let request = &picker.body["reply_markup"]["keyboard"][0][0]["request_users"];
    assert_eq!(request["request_id"].as_str(), None, "a number");
    assert_eq!(request["request_id"].to_string(), card_handle(&card));
    assert_eq!(request["max_quantity"], 10);
    assert_eq!(request["user_is_bot"], false);

    let seen = app.tg.call_count();
    let request_id = request["request_id"].as_i64().expect("id") as i32;
    app.tg.share_users(&user, request_id, &[9101, 9102, 9103]);
    let done = app.message_after(seen, user.id, "3 more people").await;
    assert!(removes_keyboard(&done), "the picker goes");
    let set = app.tg.calls_of("SetManagedBotAccessSettings").pop().expect("set");
    assert_eq!(set.body["user_id"], managed.id);
    assert_eq!(set.body["is_access_restricted"], true);
    assert_eq!(set.body["added_user_ids"], serde_json::json!([9101, 9102, 9103]));
    assert_eq!(app.tg.managed_bot(managed.id).expect("bot").added, vec![9101, 9102, 9103]);

    // The view reads it back; Only me and Everyone change it again.
    let card = open_card(&app, &user, "Door").await;
    let view = app.press_edit(&user, &card, &en("btn-access"), "user9101, user9102").await;
    app.press_edit(&user, &view, &en("btn-access-me"), "Only you can talk").await;
    let bot = app.tg.managed_bot(managed.id).expect("bot");
    assert!(bot.restricted && bot.added.is_empty());
    let view = app.press_edit(&user, &card, &en("btn-access"), "Now: only you").await;
    app.press_edit(&user, &view, &en("btn-access-everyone"), "Everyone can talk").await;
    let open = app.tg.calls_of("SetManagedBotAccessSettings").pop().expect("set");
    assert_eq!(
        open.body,
        serde_json::json!({ "user_id": managed.id, "is_access_restricted": false })
    );
}

#[tokio::test]
async fn a_card_without_a_managed_bot_has_neither_button() {
    let user = TestUser::new(8204, "Xia");
    let app = TestApp::builder().spawn().await;
    app.tg.set_can_manage_bots(true);
    app.give_key(&user).await;
    seed(&app.sim.handle(), "Pasted", ApiMode::Managed, Status::Stopped);
    let card = open_card(&app, &user, "Pasted").await;
    let shown_labels = labels(&card);
    for absent in [en("btn-new-token"), en("btn-access")] {
        assert!(!shown_labels.contains(&absent), "{absent}: {shown_labels:?}");
    }
}

#[tokio::test]
async fn new_token_asks_the_api_first_and_leaves_an_assistant_started_elsewhere_alone() {
    let user = TestUser::new(8209, "Wes");
    let (app, _) = with_managed(&user, "Elsewhere", Status::Stopped, 7_000_209).await;
    let card = open_card(&app, &user, "Elsewhere").await;
    assert!(labels(&card).contains(&en("btn-new-token")), "{:?}", labels(&card));
    // Meanwhile it was redeployed from another device: the card here is stale.
    let handle = app.sim.handle();
    let opened = handle.requests().into_iter().find_map(|r| {
        let rest = r.path.strip_prefix("/api/v1/assistants/")?.to_owned();
        rest.starts_with("dep_").then(|| rest.split('/').next().unwrap_or_default().to_owned())
    });
    let id = opened.expect("the card was refreshed from the API");
    assert!(handle.edit_deployment(&id, |d| d.status = Status::Active));
    let seen = app.tg.call_count();
    app.press_only(&user, &card, &en("btn-new-token"));
    app.edit_after(seen, user.id, "stop it first").await;
    assert_eq!(app.tg.count_of("ReplaceManagedBotToken"), 0, "the running bot keeps its token");
}

#[tokio::test]
async fn new_token_says_done_only_once_the_assistant_has_it() {
    let user = TestUser::new(8210, "Xia");
    let (app, _) = with_managed(&user, "Refused", Status::Stopped, 7_000_210).await;
    let card = open_card(&app, &user, "Refused").await;
    let handle = app.sim.handle();
    handle.inject(
        Fault::once(FaultKind::Error { status: 500, code: "INTERNAL_ERROR".into() })
            .on_method("PATCH"),
    );
    let seen = app.tg.call_count();
    app.press_only(&user, &card, &en("btn-new-token"));
    app.message_after(seen, user.id, &en("api-error-internal-error")).await;
    app.settled().await;
    let said_done =
        app.tg.calls()[seen..].iter().any(|c| shown(c.text()).contains("has a new token"));
    assert!(!said_done, "no 'new token' note when the PATCH failed");
}

#[tokio::test]
async fn a_bot_now_owned_by_someone_else_is_not_changed_from_the_old_owners_card() {
    let user = TestUser::new(8211, "Yan");
    let (app, managed) = with_managed(&user, "Given", Status::Stopped, 7_000_211).await;
    let card = open_card(&app, &user, "Given").await;
    // Telegram reported that the bot has a new owner (as its `managed_bot` update does).
    let db = app.storage().await;
    let bot = UserId(managed.id as u64);
    db.record_managed_bot(bot, UserId(8299), Some("given_bot")).await.expect("new owner");

    let refused = en("team-not-bot-owner");
    for label in [en("btn-new-token"), en("btn-access")] {
        let query = app.press_only(&user, &card, &label);
        assert_eq!(app.answer_to(&query).await, refused, "{label}");
    }
    let handle = card_handle(&card);
    for tag in ["access-all", "access-me", "access-pick"] {
        let query = app.press_data(&user, &card, &format!("a:{handle}:{tag}"));
        assert_eq!(app.answer_to(&query).await, refused, "{tag}");
    }
    // People picked with a picker shown before the bot changed hands.
    let seen = app.tg.call_count();
    app.tg.share_users(&user, handle.parse().expect("a number"), &[9111]);
    let told = app.message_after(seen, user.id, &refused).await;
    assert!(removes_keyboard(&told), "the picker goes");
    app.settled().await;
    for method in
        ["ReplaceManagedBotToken", "GetManagedBotAccessSettings", "SetManagedBotAccessSettings"]
    {
        assert_eq!(app.tg.count_of(method), 0, "{method}");
    }
    assert_eq!(app.tg.managed_bot(managed.id).expect("bot").token, managed.token);
}

#[tokio::test]
async fn in_a_group_the_bots_owner_and_the_admins_may_act_on_it_and_no_one_else() {
    const GROUP: i64 = -100_821;
    let (ada, ben, cy) =
        (TestUser::new(8212, "Ada"), TestUser::new(8213, "Ben"), TestUser::new(8214, "Cy"));
    // Ada is an admin, Ben and Cy members; Cy owns the bot of the group's assistant.
    let app = cards::team(AppOptions::default(), GROUP, &ada, &ben).await;
    app.tg.set_member(GROUP, cy.id, "member");
    app.tg.set_can_manage_bots(true);
    let managed = app.tg.add_managed_bot(&cy, 7_000_212, "shared_team_bot");
    let id = seed(&app.sim.handle(), "Shared", ApiMode::Managed, Status::Stopped);
    let list = app.say_in(GROUP, &ada, "/list", "Your").await;
    let db = app.storage().await;
    let bot = UserId(managed.id as u64);
    let username = Some("shared_team_bot");
    db.set_bot(ChatId(GROUP), &DeploymentId(id), username, Some(bot)).await.expect("managed");
    db.record_managed_bot(bot, UserId(cy.id as u64), username).await.expect("owner");
    let label = format!("{} Shared", mark_of(&list, "Shared"));
    let card = app.press_edit(&ada, &list, &label, "Shared").await;

    // Ben neither owns it nor is an admin.
    for label in [en("btn-new-token"), en("btn-access")] {
        let query = app.press_only(&ben, &card, &label);
        assert_eq!(app.answer_to(&query).await, en("team-admins-only"), "{label}");
    }
    // Cy owns it: an admin or not, she may.
    app.press_edit(&cy, &card, &en("btn-access"), "Who can talk to").await;
    // Ada, no longer an admin though the bot last saw her as one: Telegram is asked now.
    app.tg.set_member(GROUP, ada.id, "member");
    let query = app.press_only(&ada, &card, &en("btn-new-token"));
    assert_eq!(app.answer_to(&query).await, en("team-admins-only"));
    assert_eq!(app.tg.count_of("ReplaceManagedBotToken"), 0);
    // An admin again: she may, though the bot is Cy's.
    app.tg.set_member(GROUP, ada.id, "administrator");
    let seen = app.tg.call_count();
    app.press_only(&ada, &card, &en("btn-new-token"));
    app.message_after(seen, GROUP, "so Shared uses the change").await;
    let replaced = app.tg.calls_of("ReplaceManagedBotToken");
    assert_eq!(replaced.len(), 1);
    assert_eq!(replaced[0].body["user_id"], managed.id);
}
