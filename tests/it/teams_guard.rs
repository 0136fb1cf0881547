//! Teams, airtight: every change in a group is an admin's, checked fresh; conversations
//! expire; groups survive the upgrade to a supergroup.

use std::time::Duration;

use assistants_bot::{
    api::{ApiMode, DeploymentId, Status},
    conversation::{SecretText, State},
    i18n::Lang,
    service::activation::ActivationDraft,
    sim::{Fault, FaultKind},
    storage::{dialogues::DialogueStore, unix_now},
};
use teloxide::types::ChatId;

use crate::support::{
    app::{API_KEY, AppOptions, TestApp, api_key, button_data, shown},
    cards::{self, en, seed},
    fake_telegram::{Call, TestUser},
    forms::init_data,
    wait::eventually,
};

const GROUP: i64 = -100_888;
const SUPERGROUP: i64 = -1_000_000_888;
const TOKEN: &str = "400005:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_guard";

/// An app with a group that has the default key, Alice as its admin and Bob as a member.
async fn team(options: AppOptions) -> (TestApp, TestUser, TestUser) {
    let (alice, bob) = (TestUser::new(2001, "Alice"), TestUser::new(2002, "Bob"));
    let app = cards::team(options, GROUP, &alice, &bob).await;
    app.tg.add_bot(TOKEN, 400005, "guard_helper_bot");
    (app, alice, bob)
}

async fn card_in(app: &TestApp, chat: i64, user: &TestUser, name: &str) -> Call {
    let list = app.say_in(chat, user, "/list", "Your").await;
    let label =
        list.buttons().into_iter().map(|(l, _)| l).find(|l| l.contains(name)).expect("listed");
    app.press_edit(user, &list, &label, name).await
}

/// The text of the alert that answered button press `query`.
async fn alert(app: &TestApp, query: &str) -> String {
    app.answer_to(query).await
}

fn demote(app: &TestApp, user: &TestUser) {
    app.tg.member_changed(GROUP, user, "administrator", "member");
}

fn promote(app: &TestApp, user: &TestUser) {
    app.tg.member_changed(GROUP, user, "member", "administrator");
}

async fn pending_count(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM pending_activations")
        .fetch_one(app.storage().await.pool())
        .await
        .expect("count")
}

#[tokio::test]
async fn a_members_cancel_stop_waiting_and_language_are_refused_and_nothing_is_dropped() {
    let (app, alice, bob) = team(AppOptions::default()).await;
    // A slot of the group waiting for its payment, with the wizard's sealed answers.
    let id = seed(&app.sim.handle(), "Waiting", ApiMode::Managed, Status::PendingPayment);
    let db = app.storage().await;
    let id = DeploymentId(id);
    let known = db.record_purchase(ChatId(GROUP), &id, &ApiMode::Managed, Some("Waiting")).await;
    let draft = ActivationDraft {
        mode: ApiMode::Managed,
        name: "Waiting".into(),
        provider: "openrouter".into(),
        model: "openai/gpt-5".into(),
        bot_token: SecretText::new(TOKEN),
        bot_username: Some("guard_helper_bot".into()),
        model_key: None,
        managed_bot: None,
    };
    db.save_pending_activation(ChatId(GROUP), &id, &draft).await.expect("pending");
    assert_eq!(pending_count(&app).await, 1);

    app.say_in(GROUP, &bob, "/cancel", &en("team-admins-only")).await;
    app.say_in(GROUP, &bob, "/language", &en("team-admins-only")).await;
    let stop = format!("pay:stop:{}", known.expect("recorded").handle);
    let query = app.tg.press(GROUP, &bob, 1, &stop);
    assert_eq!(alert(&app, &query).await, en("team-admins-only"));
    let menu = app.say_in(GROUP, &alice, "/language", &en("language-choose")).await;
    let query = app.press_only(&bob, &menu, &Lang::De.t("language-name"));
    assert_eq!(alert(&app, &query).await, en("team-admins-only"));

    assert_eq!(pending_count(&app).await, 1, "the payment wait is kept");
    assert_eq!(db.chat_language(ChatId(GROUP)).await.expect("read"), None, "language kept");
    // The admin may.
    app.say_in(GROUP, &alice, "/cancel", "stopped waiting for a payment").await;
    assert_eq!(pending_count(&app).await, 0);
}

#[tokio::test]
async fn a_demoted_admins_confirm_edit_and_hand_off_are_refused() {
    let (app, alice, _) = team(AppOptions::default()).await;
    let sim = app.sim.handle();

    // A group wizard up to its summary, its secret given in private.
    let summary = group_wizard_to_summary(&app, &alice, "Guarded bot").await;

    // Demoted before Confirm: refused, nothing bought.
    demote(&app, &alice);
    let query = app.press_only(&alice, &summary, &en("btn-confirm"));
    assert_eq!(alert(&app, &query).await, en("team-no-longer-admin"));
    assert_eq!(sim.count_requests("POST", "/purchase"), 0);

    // A key hand-off opened while an admin, used after the demotion: refused, key kept.
    promote(&app, &alice);
    let offer = app.say_in(GROUP, &alice, "/setkey", "give me the API key").await;
    let nonce = button_data(&offer, &en("btn-continue-private"));
    let nonce = nonce.split("start=").nth(1).expect("nonce").to_owned();
    app.say(&alice, &format!("/start {nonce}"), &en("handoff-key-ask")).await;
    demote(&app, &alice);
    let seen = app.tg.call_count();
    let pasted = app.tg.send_text(alice.id, &alice, "sk_other_account_key_0000000000");
    app.message_after(seen, alice.id, &en("team-no-longer-admin")).await;
    let deleted = app.tg.calls_of("DeleteMessage");
    assert!(deleted.iter().any(|c| c.body["message_id"] == pasted), "the refused key is gone");
    let kept = app.storage().await.api_key(ChatId(GROUP)).await.expect("read").expect("key");
    assert_eq!(kept.masked(), api_key().masked());

    // An edit begun while an admin, answered after the demotion: refused, nothing patched.
    promote(&app, &alice);
    seed(&sim, "Editable", ApiMode::Managed, Status::Stopped);
    let card = card_in(&app, GROUP, &alice, "Editable").await;
    let menu = app.press_edit(&alice, &card, &en("btn-edit"), "Editable").await;
    app.press(&alice, &menu, &en("btn-field-name"), "Editable").await;
    demote(&app, &alice);
    app.say_in(GROUP, &alice, "Renamed", &en("team-no-longer-admin")).await;
    assert!(sim.requests().iter().all(|r| r.method != "PATCH"), "nothing patched");
}

#[tokio::test]
async fn a_confirm_replayed_after_a_kill_is_refused_to_a_member_no_longer_an_admin() {
    let (mut app, alice, _) = team(AppOptions::default()).await;
    let sim = app.sim.handle();
    let summary = group_wizard_to_summary(&app, &alice, "Replayed bot").await;

    // Confirmed while an admin; the purchase hangs and the bot dies while it waits.
    sim.inject(
        Fault::once(FaultKind::Latency(Duration::from_secs(2)))
            .on_method("POST")
            .on_path("/purchase"),
    );
    app.press_only(&alice, &summary, &en("btn-confirm"));
    eventually("the purchase", async || {
        (sim.count_requests("POST", "/purchase") > 0).then_some(())
    })
    .await;
    app.kill();
    // Demoted while the bot was down: no update told it.
    app.tg.set_member(GROUP, alice.id, "member");
    let seen = app.tg.call_count();
    app.start_again().await;

    // The replayed Confirm asks Telegram, as a live one does: refused, the wizard ended.
    app.message_after(seen, GROUP, &en("team-no-longer-admin")).await;
    app.settled().await;
    let after: Vec<String> = app.tg.calls()[seen..]
        .iter()
        .filter(|c| c.is("SendMessage") && c.chat_id() == Some(GROUP))
        .map(|c| shown(c.text()))
        .collect();
    assert_eq!(after, [en("team-no-longer-admin")], "nothing resumed");
    assert_eq!(sim.count_requests("POST", "/purchase"), 1, "nothing bought again");
    let store = DialogueStore::<State>::new(app.storage().await, Duration::from_secs(3600));
    let state = store.read(ChatId(GROUP)).await.expect("read");
    assert!(!matches!(state, Some(State::Wizard(_))), "the wizard ended: {state:?}");
}

#[tokio::test]
async fn an_expired_wizard_answers_the_timeout_message_and_its_sealed_draft_is_gone() {
    let options =
        AppOptions { dialogue_idle: Some(Duration::from_secs(2)), ..AppOptions::default() };
    let zoe = TestUser::new(2101, "Zoe");
    let app = TestApp::builder().options(options).with_key(&zoe).spawn().await;
    app.tg.add_bot(TOKEN, 400005, "guard_helper_bot");
    app.managed_wizard_to_token(&zoe, "Idle bot").await;
    app.say(&zoe, TOKEN, "@guard_helper_bot").await;

    // Left alone past the limit: the tracker's sweep replaces the state, answers and all.
    // A store of the test's own, new for each read (a store keeps what it read in memory).
    let db = app.storage().await;
    let read = || DialogueStore::<State>::new(db.clone(), Duration::from_secs(3600));
    eventually("the idle wizard's expiry", async || {
        app.tick().await;
        let state = read().read(ChatId(zoe.id)).await.expect("read");
        matches!(state, Some(State::Expired)).then_some(())
    })
    .await;
    let rows: Vec<Vec<u8>> = sqlx::query_scalar("SELECT state FROM dialogues")
        .fetch_all(app.storage().await.pool())
        .await
        .expect("rows");
    let sizes: Vec<usize> = rows.iter().map(Vec::len).collect();
    assert!(sizes.iter().all(|n| *n < 200), "only the small Expired marker is left: {sizes:?}");

    app.say(&zoe, "Are you there?", "timed out").await;
    let state = read().read(ChatId(zoe.id)).await.expect("read");
    assert!(state.is_none(), "the marker is gone once told");
}

#[tokio::test]
async fn a_migrated_groups_list_works_in_the_new_chat_with_its_key_assistants_and_audit() {
    let (app, alice, _) = team(AppOptions::default()).await;
    seed(&app.sim.handle(), "Moving", ApiMode::Managed, Status::Active);
    let card = card_in(&app, GROUP, &alice, "Moving").await;
    app.press_edit(&alice, &card, &en("btn-stop"), &en("card-stopped")).await;
    app.message_after(0, GROUP, "@alice stopped Moving").await;

    app.tg.set_member(SUPERGROUP, alice.id, "administrator");
    // The new chat's message first: the order must not matter, nor the second message.
    app.tg.upgrade_group(GROUP, SUPERGROUP, &alice, true);
    app.message_after(0, SUPERGROUP, &en("team-upgraded")).await;

    let list = app.say_in(SUPERGROUP, &alice, "/list", "Your").await;
    assert!(list.buttons().iter().any(|(l, _)| l.contains("Moving")), "{:?}", list.buttons());
    let log = app.say_in(SUPERGROUP, &alice, "/audit", &en("audit-title")).await;
    assert!(shown(log.text()).contains("@alice stopped Moving"), "{}", log.text());
    let db = app.storage().await;
    assert!(db.api_key(ChatId(SUPERGROUP)).await.expect("read").is_some(), "key re-sealed");
    assert!(db.api_key(ChatId(GROUP)).await.expect("read").is_none(), "nothing left behind");
    assert_eq!(
        app.tg.calls_of("SendMessage").iter().filter(|c| c.text() == en("team-upgraded")).count(),
        1
    );
}

#[tokio::test]
async fn a_notice_to_an_upgraded_group_moves_it_and_arrives_in_the_supergroup() {
    let (app, alice, _) = team(AppOptions::default()).await;
    let sim = app.sim.handle();
    let id = seed(&sim, "Notified", ApiMode::Managed, Status::Stopped);
    let card = card_in(&app, GROUP, &alice, "Notified").await;
    app.press_edit(&alice, &card, &en("btn-redeploy"), &en("card-redeploying")).await;

    // The service messages never reached the bot; the failed send tells it.
    app.tg.mark_upgraded(GROUP, SUPERGROUP);
    assert!(sim.finish_deployment(&id, assistants_bot::sim::Outcome::Active));
    app.message_after(0, SUPERGROUP, "Notified is live").await;
    let db = app.storage().await;
    assert!(db.api_key(ChatId(SUPERGROUP)).await.expect("read").is_some());
}

#[tokio::test]
async fn a_members_setkey_with_a_key_is_deleted_before_the_refusal() {
    let (app, _, bob) = team(AppOptions::default()).await;
    let seen = app.tg.call_count();
    let pasted = app.tg.send_text(GROUP, &bob, &format!("/setkey {API_KEY}"));
    app.message_after(seen, GROUP, "that looked like a secret").await;
    app.message_after(seen, GROUP, &en("team-admins-only")).await;
    assert!(app.tg.calls_of("DeleteMessage").iter().any(|c| c.body["message_id"] == pasted));
}

#[tokio::test]
async fn anonymous_admins_are_told_to_stop_posting_anonymously() {
    let (app, _, _) = team(AppOptions::default()).await;
    for command in ["/new", "/forgetkey"] {
        let seen = app.tg.call_count();
        app.tg.send_text_anonymously(GROUP, command);
        app.message_after(seen, GROUP, "Remain anonymous").await;
    }
    assert!(app.storage().await.api_key(ChatId(GROUP)).await.expect("read").is_some());
}

#[tokio::test]
async fn a_key_handed_off_and_sent_through_the_form_after_a_demotion_is_refused() {
    let (app, alice, _) = team(AppOptions::webhook()).await;
    app.storage().await.forget_api_key(ChatId(GROUP)).await.expect("forget");
    let offer = app.say_in(GROUP, &alice, "/setkey", "give me the API key in a private chat").await;
    let payload = offer
        .buttons()
        .into_iter()
        .find_map(|(_, target)| target.split("start=").nth(1).map(str::to_owned))
        .expect("a hand-off link");
    let prompt = app.say(&alice, &format!("/start {payload}"), &en("handoff-key-ask")).await;
    let form = app.form_of(&prompt).await;

    // Demoted while the form was open: the form's key does not reach the group.
    app.tg.set_member(GROUP, alice.id, "member");
    let seen = app.tg.call_count();
    let answer = app.submit_form(&form, &init_data(&alice, unix_now()), API_KEY).await;
    assert_eq!(answer.status, 422, "{:?}", answer.body);
    assert_eq!(answer.message(), en("team-no-longer-admin"));
    app.message_after(seen, alice.id, &en("team-no-longer-admin")).await;
    assert!(app.storage().await.api_key(ChatId(GROUP)).await.expect("read").is_none());
}

/// A group wizard of `admin`'s for `name` up to its summary, its bot token given in private
/// through the hand-off link.
async fn group_wizard_to_summary(app: &TestApp, admin: &TestUser, name: &str) -> Call {
    let mode = app.say_in(GROUP, admin, "/new", "Step 1 of 6").await;
    app.press(admin, &mode, &en("mode-managed"), &app.en("wz-name")).await;
    app.say_in(GROUP, admin, name, "OpenRouter").await;
    let secrets = app.say_in(GROUP, admin, "openai/gpt-5", "Secrets don't belong in a group").await;
    let link = app.link_from(admin, &secrets, &en("btn-continue-private")).await;
    let nonce = link.split("start=").nth(1).expect("a nonce in the link");
    app.say(admin, &format!("/start {nonce}"), "@BotFather").await;
    let seen = app.tg.call_count();
    app.tg.send_text(admin.id, admin, TOKEN);
    app.message_after(seen, GROUP, "Please check").await
}
