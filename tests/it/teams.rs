//! Groups: admins only for changes, secrets handed off to private chats, audit lines.

use assistants_bot::{
    api::{ApiMode, Status},
    sim::SimDeployment,
};
use teloxide::types::ChatId;

use crate::support::cards::en;
use crate::support::{
    app::{API_KEY, AppOptions, TestApp, button_data, shown},
    cards,
    fake_telegram::{Call, TestUser},
};

const GROUP: i64 = -100_777;
const TOKEN: &str = "400004:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_team";

/// An app with a group that has the default key, Alice as its admin and Bob as a member.
async fn team() -> (TestApp, TestUser, TestUser) {
    let (alice, bob) = (TestUser::new(1001, "Alice"), TestUser::new(1002, "Bob"));
    let app = cards::team(AppOptions::default(), GROUP, &alice, &bob).await;
    app.tg.add_bot(TOKEN, 400004, "team_helper_bot");
    (app, alice, bob)
}

fn seed(app: &TestApp, name: &str, status: Status) -> String {
    app.sim.handle().seed("usr_one", ApiMode::Managed, |d: &mut SimDeployment| {
        d.name = Some(name.to_owned());
        d.status = status;
        d.payment_status = "paid".into();
        d.is_prebuy = false;
        d.model_provider = Some("openrouter".into());
        d.model_id = Some("openai/gpt-5".into());
        d.worker_name = Some("openclaw-team".into());
    })
}

async fn card_in_group(app: &TestApp, user: &TestUser, name: &str) -> Call {
    let list = app.say_in(GROUP, user, "/list", "Your").await;
    let label =
        list.buttons().into_iter().map(|(l, _)| l).find(|l| l.contains(name)).expect("listed");
    app.press_edit(user, &list, &label, name).await
}

/// The nonce of a `t.me/<bot>?start=<nonce>` link.
fn nonce(link: &str) -> String {
    link.split("start=").nth(1).expect("a start payload").to_owned()
}

#[tokio::test]
async fn members_may_look_but_only_admins_may_change_anything() {
    let (app, alice, bob) = team().await;
    let sim = app.sim.handle();
    let id = seed(&app, "Shared bot", Status::Active);

    for command in ["/new", "/setkey", "/forgetkey", "/audit"] {
        app.say_in(GROUP, &bob, command, &en("team-admins-only")).await;
    }
    assert!(app.storage().await.api_key(ChatId(GROUP)).await.expect("read").is_some(), "key kept");

    // Bob can list and open cards, and refresh them…
    let card = card_in_group(&app, &bob, "Shared bot").await;
    app.press_edit(&bob, &card, &en("btn-refresh"), "Shared bot").await;
    // …but every button that changes something is refused with an alert, and nothing happens.
    sim.clear_requests();
    for label in [en("btn-stop"), en("btn-redeploy"), en("btn-delete")] {
        let query = app.press_only(&bob, &card, &label);
        let answer = app
            .tg
            .wait_for("an alert", |c| {
                c.is("AnswerCallbackQuery") && c.body["callback_query_id"] == query
            })
            .await;
        assert_eq!(answer.body["text"], en("team-admins-only"));
        assert_eq!(answer.body["show_alert"], true);
    }
    let handle = button_data(&card, &en("btn-stop")).split(':').nth(1).expect("handle").to_owned();
    for action in ["edit", "activate", "delete!", "edit:name"] {
        let query = app.press_data(&bob, &card, &format!("a:{handle}:{action}"));
        assert_eq!(app.answer_to(&query).await, en("team-admins-only"), "{action}");
    }
    assert!(sim.requests().is_empty(), "no API call for a member: {:?}", sim.requests());
    assert_eq!(sim.deployment(&id).expect("d").status, Status::Active);

    // Alice can, and the group is told who did what.
    app.press_edit(&alice, &card, &en("btn-stop"), &en("card-stopped")).await;
    app.message_after(0, GROUP, "@alice stopped Shared bot").await;
    assert_eq!(sim.deployment(&id).expect("d").status, Status::Stopped);
}

#[tokio::test]
async fn the_group_key_is_handed_off_to_a_private_chat() {
    let (app, alice, _) = team().await;
    app.storage().await.forget_api_key(ChatId(GROUP)).await.expect("forget");
    let offer = app.say_in(GROUP, &alice, "/setkey", "give me the API key in a private chat").await;
    let link = button_data(&offer, &en("btn-continue-private"));
    let payload = nonce(&link);
    assert!(payload.len() <= 64, "a start payload is at most 64 characters: {payload}");

    app.say(&alice, &format!("/start {payload}"), &en("handoff-key-ask")).await;
    let seen = app.tg.calls().len();
    let pasted = app.tg.send_text(alice.id, &alice, API_KEY);
    app.message_after(seen, alice.id, "The group's API key ••••6789 is saved").await;
    assert!(app.tg.calls_of("DeleteMessage").iter().any(|c| c.body["message_id"] == pasted));
    let line = app.message_after(0, GROUP, "@alice added the Getclaw API key ••••6789").await;
    assert!(!line.text().contains(API_KEY), "the group never sees the key");
    let stored = app
        .storage()
        .await
        .api_key(ChatId(GROUP))
        .await
        .expect("read")
        .expect("bound to the group");
    assert_eq!(stored.masked(), "••••6789");
    assert!(
        app.storage().await.api_key(ChatId(alice.id)).await.expect("read").is_none(),
        "not Alice's own"
    );
}

#[tokio::test]
async fn hand_off_links_are_single_use_personal_and_expire() {
    let (app, alice, bob) = team().await;
    let offer = app.say_in(GROUP, &alice, "/setkey", "give me the API key").await;
    let first = nonce(&button_data(&offer, &en("btn-continue-private")));

    // Another user cannot use it, and trying does not spend it.
    app.say(&bob, &format!("/start {first}"), &en("handoff-other-user")).await;
    app.say(&alice, &format!("/start {first}"), &en("handoff-key-ask")).await;
    app.say(&alice, "/cancel", &en("cancel-done")).await;
    app.say(&alice, &format!("/start {first}"), &en("handoff-used")).await;

    let offer = app.say_in(GROUP, &alice, "/setkey", "give me the API key").await;
    let stale = nonce(&button_data(&offer, &en("btn-continue-private")));
    let storage = app.storage().await;
    sqlx::query("UPDATE handoffs SET created_at = created_at - 601")
        .execute(storage.pool())
        .await
        .expect("age");
    app.say(&alice, &format!("/start {stale}"), "This link has expired").await;
    app.say(&alice, "/start not-a-real-nonce", &en("handoff-unknown")).await;
}

#[tokio::test]
async fn a_group_wizard_takes_its_secrets_in_private_and_ignores_other_members() {
    let (app, alice, bob) = team().await;
    let mode = app.say_in(GROUP, &alice, "/new", "Step 1 of 6").await;

    // Bob's taps and texts do not move Alice's wizard.
    let query = app.press_only(&bob, &mode, &en("mode-managed"));
    assert_eq!(app.answer_to(&query).await, en("button-stale"));
    app.press(&alice, &mode, &en("mode-managed"), &app.en("wz-name")).await;
    app.message_after(0, GROUP, &en("wz-reply-here")).await;
    let seen = app.tg.calls().len();
    app.tg.send_text(GROUP, &bob, "Bob's name");
    app.say_in(GROUP, &alice, "Team bot", "OpenRouter").await;
    assert!(
        app.tg.calls().iter().skip(seen).all(|c| !c.text().contains("Bob's name")),
        "Bob's text was not taken"
    );

    let secrets =
        app.say_in(GROUP, &alice, "openai/gpt-5", "Secrets don't belong in a group").await;
    // A token pasted into the group anyway is removed, with a warning.
    let seen = app.tg.calls().len();
    app.tg.send_text(GROUP, &alice, TOKEN);
    app.message_after(seen, GROUP, "replace it now").await;

    let link = app.link_from(&alice, &secrets, &en("btn-continue-private")).await;
    let query = app.press_only(&bob, &secrets, &en("btn-continue-private"));
    assert_eq!(
        app.answer_to(&query).await,
        en("button-stale"),
        "only the wizard's admin gets a link"
    );

    app.say(&alice, &format!("/start {}", nonce(&link)), "@BotFather").await;
    let seen = app.tg.calls().len();
    app.tg.send_text(alice.id, &alice, TOKEN);
    app.message_after(seen, alice.id, &en("handoff-wizard-done")).await;
    let summary = app.message_after(seen, GROUP, "Please check").await;
    assert!(summary.text().contains("@team_helper_bot") && !summary.text().contains(TOKEN));

    app.press(&alice, &summary, &en("btn-confirm"), "is reserved").await;
    app.message_after(0, GROUP, "@alice ordered Team bot").await;
}

#[tokio::test]
async fn a_secret_pasted_into_a_group_is_deleted_or_flagged() {
    let (app, _, bob) = team().await;
    app.say_in(
        GROUP,
        &bob,
        "here: sk-ant-api03-abcdefghijklmnopqrstuvwxyz",
        "@bob, that looked like a secret",
    )
    .await;
    assert_eq!(app.tg.count_of("DeleteMessage"), 1);
    // The group's own key, in any words, is caught too.
    app.say_in(GROUP, &bob, &format!("key is {API_KEY} ok"), "@bob, that looked like a secret")
        .await;

    app.tg.fail_next("DeleteMessage", 1, 400);
    app.say_in(GROUP, &bob, "sk-proj-abcdefghijklmnopqrstuvwxyz", "I can't delete it here").await;

    // A message edited to carry a secret is looked at like a new one.
    let harmless = app.tg.send_text(GROUP, &bob, "my key is coming");
    let seen = app.tg.call_count();
    app.tg.edit_text(GROUP, &bob, harmless, "my key is sk-ant-api03-abcdefghijklmnopqrstuvwxyz");
    app.message_after(seen, GROUP, "@bob, that looked like a secret").await;
    let deleted = app.tg.calls_of("DeleteMessage");
    assert_eq!(deleted.last().map(|c| c.body["message_id"].as_i64()), Some(Some(harmless)));
}

#[tokio::test]
async fn the_audit_shows_admins_the_last_entries() {
    let (app, alice, _) = team().await;
    let sim = app.sim.handle();
    for name in ["One", "Two"] {
        seed(&app, name, Status::Active);
    }
    for name in ["One", "Two"] {
        let card = card_in_group(&app, &alice, name).await;
        app.press_edit(&alice, &card, &en("btn-stop"), &en("card-stopped")).await;
    }
    let card = card_in_group(&app, &alice, "One").await;
    app.press_edit(&alice, &card, &en("btn-redeploy"), &en("card-redeploying")).await;
    app.say_in(GROUP, &alice, "/forgetkey", &en("forgetkey-done")).await;

    let log = app.say_in(GROUP, &alice, "/audit", &en("audit-title")).await;
    let text = shown(log.text());
    let lines: Vec<&str> = text.lines().skip(1).collect();
    assert_eq!(lines.len(), 4, "{}", log.text());
    assert!(lines[0].ends_with("@alice removed the API key"), "newest first: {lines:?}");
    assert!(lines[1].ends_with("@alice restarted One"));
    assert!(lines[3].ends_with("@alice stopped One"));
    assert!(sim.requests().iter().any(|r| r.path.ends_with("/redeploy")));
}

#[tokio::test]
async fn a_group_assistants_secret_is_edited_through_a_private_hand_off() {
    let (app, alice, bob) = team().await;
    let sim = app.sim.handle();
    let id = seed(&app, "Group bot", Status::Stopped);
    let card = card_in_group(&app, &alice, "Group bot").await;
    let menu = app.press_edit(&alice, &card, &en("btn-edit"), "What do you want to change").await;
    let offer = app
        .press(&alice, &menu, &en("btn-field-token"), "give me the new secret in a private chat")
        .await;
    let link = button_data(&offer, &en("btn-continue-private"));

    // The link is Alice's: Bob cannot use it.
    app.say(&bob, &format!("/start {}", nonce(&link)), &en("handoff-other-user")).await;
    app.say(&alice, &format!("/start {}", nonce(&link)), "@BotFather").await;
    let seen = app.tg.call_count();
    let pasted = app.tg.send_text(alice.id, &alice, TOKEN);
    app.message_after(seen, alice.id, &en("handoff-edit-done")).await;
    let saved = app.message_after(seen, GROUP, "so Group bot uses the change").await;
    assert!(saved.buttons().iter().any(|(label, _)| *label == en("btn-redeploy")));
    app.message_after(seen, GROUP, "@alice changed Group bot").await;
    assert!(app.tg.calls_of("DeleteMessage").iter().any(|c| c.body["message_id"] == pasted));
    assert!(
        app.tg
            .calls()
            .iter()
            .filter(|c| c.chat_id() == Some(GROUP))
            .all(|c| !c.text().contains(TOKEN))
    );
    assert_eq!(sim.deployment(&id).expect("d").telegram_bot_token.as_deref(), Some(TOKEN));
}
