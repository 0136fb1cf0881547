//! /list, cards and their actions, through the fake Telegram and the simulator.

use assistants_bot::{
    api::{ApiKey, ApiMode, Status},
    sim::{Fault, FaultKind, Outcome},
    storage::unix_now,
};
use teloxide::types::ChatId;

use crate::support::{
    app::{TestApp, button_data},
    cards::{assert_status, en, open_card, seed, seeded_card},
    fake_telegram::{Call, TestUser},
    forms::init_data,
};

const NEW_TOKEN: &str = "300003:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_new";

async fn app_with_key(user: &TestUser) -> TestApp {
    TestApp::builder().with_key(user).spawn().await
}

/// An app where `user` has the default key and the assistant `name` (seeded as [`seed`] does),
/// whose card they opened: (the app, the assistant's id, the card).
async fn app_with_card(
    user: &TestUser,
    name: &str,
    mode: ApiMode,
    status: Status,
) -> (TestApp, String, Call) {
    let app = app_with_key(user).await;
    let (id, card) = seeded_card(&app, user, name, mode, status).await;
    (app, id, card)
}

fn labels(message: &Call) -> Vec<String> {
    message.buttons().into_iter().map(|(label, _)| label).collect()
}

#[tokio::test]
async fn the_list_pages_through_twenty_assistants() {
    let alice = TestUser::new(801, "Alice");
    let app = app_with_key(&alice).await;
    for i in 1..=20 {
        seed(&app.sim.handle(), &format!("Bot {i:02}"), ApiMode::Managed, Status::Active);
    }
    let first = app.say(&alice, "/list", "Your 20 assistants").await;
    assert!(first.text().contains("Page 1 of 3"), "{}", first.text());
    let cards: Vec<_> = labels(&first).into_iter().filter(|l| l.starts_with("🟢")).collect();
    assert_eq!(cards.len(), 8);
    assert!(cards[0].contains("Bot 01") && cards[0].contains("openai/gpt-5"), "{cards:?}");
    assert_eq!(labels(&first).last().map(String::as_str), Some("›"));

    let second = app.press_edit(&alice, &first, "›", "Page 2 of 3").await;
    assert_eq!(labels(&second).iter().filter(|l| l.starts_with("🟢")).count(), 8);
    assert!(labels(&second).contains(&"‹".to_owned()) && labels(&second).contains(&"›".to_owned()));
    let third = app.press_edit(&alice, &second, "›", "Page 3 of 3").await;
    let on_third: Vec<_> = labels(&third).into_iter().filter(|l| l.starts_with("🟢")).collect();
    assert_eq!(on_third.len(), 4);
    assert!(on_third[3].contains("Bot 20"));
    assert!(!labels(&third).contains(&"›".to_owned()));
}

#[tokio::test]
async fn the_list_explains_a_missing_key_and_an_empty_account() {
    let bob = TestUser::new(802, "Bob");
    let app = TestApp::builder().spawn().await;
    app.say(&bob, "/list", &en("list-no-key")).await;
    app.give_key(&bob).await;
    app.say(&bob, "/list", &en("list-empty")).await;
}

#[tokio::test]
async fn cards_offer_only_the_actions_of_their_state() {
    let carol = TestUser::new(803, "Carol");
    let app = app_with_key(&carol).await;
    let sim = app.sim.handle();
    let cases = [
        ("Live one", Status::Active, vec!["btn-stop", "btn-redeploy", "btn-delete"]),
        ("Busy one", Status::Deploying, vec!["btn-stop", "btn-delete"]),
        ("Broken one", Status::Failed, vec!["btn-redeploy", "btn-edit", "btn-delete"]),
        ("Quiet one", Status::Stopped, vec!["btn-redeploy", "btn-edit", "btn-delete"]),
        ("Fresh one", Status::Purchased, vec!["btn-activate", "btn-edit", "btn-delete"]),
    ];
    for (name, status, _) in &cases {
        seed(&sim, name, ApiMode::Byok, status.clone());
    }
    for (name, status, expected) in cases {
        let card = open_card(&app, &carol, name).await;
        let mut want: Vec<String> = expected.iter().map(|k| en(k)).collect();
        want.extend([en("btn-refresh"), en("btn-back-list")]);
        assert_eq!(labels(&card), want, "{status:?}");
        if status == Status::Failed {
            assert!(card.text().contains("Model key rejected by provider"), "{}", card.text());
        }
        if status == Status::Active {
            assert!(card.text().contains("https://openclaw-1.workers.dev"), "{}", card.text());
        }
    }
}

#[tokio::test]
async fn stop_and_redeploy_update_the_card_and_tracking_takes_over() {
    let dave = TestUser::new(804, "Dave");
    let (app, id, card) = app_with_card(&dave, "Sales bot", ApiMode::Byok, Status::Active).await;
    let sim = app.sim.handle();

    let stopped = app.press_edit(&dave, &card, &en("btn-stop"), &en("card-stopped")).await;
    assert_status(&stopped, "status-stopped");
    assert_eq!(sim.deployment(&id).expect("kept").status, Status::Stopped);

    let redeploying =
        app.press_edit(&dave, &stopped, &en("btn-redeploy"), &en("card-redeploying")).await;
    assert_eq!(labels(&redeploying)[0], en("btn-stop"), "a deploying card offers Stop");
    let seen = app.tg.calls().len();
    sim.finish_deployment(&id, Outcome::Active);
    app.message_after(seen, dave.id, "Sales bot is live").await;
}

#[tokio::test]
async fn worker_delete_failed_is_reported_and_the_card_stays_as_it_was() {
    let erin = TestUser::new(805, "Erin");
    let (app, id, card) = app_with_card(&erin, "Sticky bot", ApiMode::Byok, Status::Active).await;
    let sim = app.sim.handle();
    sim.edit_deployment(&id, |d| d.worker_delete_fails = true);

    let after_stop =
        app.press_edit(&erin, &card, &en("btn-stop"), &en("api-error-worker-delete-failed")).await;
    assert_status(&after_stop, "status-active");
    assert_eq!(labels(&after_stop), labels(&card), "same actions as before");

    let confirm = app.press_edit(&erin, &after_stop, &en("btn-delete"), "Delete Sticky bot?").await;
    let after_delete = app
        .press_edit(
            &erin,
            &confirm,
            "🗑 Yes, delete Sticky bot",
            &en("api-error-worker-delete-failed"),
        )
        .await;
    assert_status(&after_delete, "status-active");
    assert_eq!(sim.deployment(&id).expect("still there").status, Status::Active);
}

#[tokio::test]
async fn a_conflict_refreshes_the_card_and_explains() {
    let finn = TestUser::new(806, "Finn");
    let (app, id, card) = app_with_card(&finn, "Racer", ApiMode::Byok, Status::Active).await;
    let sim = app.sim.handle();
    // Meanwhile someone redeployed it elsewhere: a redeploy from this card is now a 409.
    sim.edit_deployment(&id, |d| d.status = Status::Deploying);
    let refreshed =
        app.press_edit(&finn, &card, &en("btn-redeploy"), &en("card-state-changed")).await;
    assert_status(&refreshed, "status-deploying");
    assert!(!labels(&refreshed).contains(&en("btn-redeploy")));
}

#[tokio::test]
async fn delete_asks_first_and_back_cancels() {
    let gina = TestUser::new(807, "Gina");
    let (app, id, card) = app_with_card(&gina, "Old bot", ApiMode::Managed, Status::Stopped).await;
    let sim = app.sim.handle();
    let confirm = app.press_edit(&gina, &card, &en("btn-delete"), "Delete Old bot?").await;
    let back = app.press_edit(&gina, &confirm, &en("btn-back"), "Old bot").await;
    assert!(sim.deployment(&id).is_some(), "Back deletes nothing");
    let confirm = app.press_edit(&gina, &back, &en("btn-delete"), "Delete Old bot?").await;
    app.press_edit(&gina, &confirm, "🗑 Yes, delete Old bot", "Deleted Old bot.").await;
    assert!(sim.deployment(&id).is_none());
    let storage = app.storage().await;
    assert!(storage.deployments_of(ChatId(gina.id)).await.expect("read").is_empty());
}

#[tokio::test]
async fn every_field_can_be_edited_and_redeploy_is_offered() {
    let hugo = TestUser::new(808, "Hugo");
    let (app, id, card) = app_with_card(&hugo, "Editable", ApiMode::Byok, Status::Stopped).await;
    app.tg.add_bot(NEW_TOKEN, 300003, "renamed_helper_bot");
    let sim = app.sim.handle();

    let menu = app
        .press_edit(&hugo, &card, &en("btn-edit"), "What do you want to change in Editable?")
        .await;
    app.press(&hugo, &menu, &en("btn-field-name"), "Send the new name").await;
    let saved = app.say(&hugo, "Edited", "so Edited uses the change").await;
    assert!(labels(&saved).contains(&en("btn-redeploy")));
    assert_eq!(sim.deployment(&id).expect("d").name.as_deref(), Some("Edited"));

    let card = open_card(&app, &hugo, "Edited").await;
    let menu = app.press_edit(&hugo, &card, &en("btn-edit"), "What do you want").await;
    let providers = app.press(&hugo, &menu, &en("btn-field-model"), "Which AI company?").await;
    let models = app.press(&hugo, &providers, "OpenAI", "Which openai model?").await;
    app.press(&hugo, &models, "gpt-4.1", "Saved.").await;
    let stored = sim.deployment(&id).expect("d");
    assert_eq!(
        (stored.model_provider.as_deref(), stored.model_id.as_deref()),
        (Some("openai"), Some("gpt-4.1"))
    );

    let card = open_card(&app, &hugo, "Edited").await;
    let menu = app.press_edit(&hugo, &card, &en("btn-edit"), "What do you want").await;
    app.press(&hugo, &menu, &en("btn-field-token"), "@BotFather").await;
    app.say(&hugo, NEW_TOKEN, "Saved.").await;
    assert_eq!(sim.deployment(&id).expect("d").telegram_bot_token.as_deref(), Some(NEW_TOKEN));

    let card = open_card(&app, &hugo, "Edited").await;
    assert!(card.text().contains("https://t.me/renamed_helper_bot"), "{}", card.text());
    let menu = app.press_edit(&hugo, &card, &en("btn-edit"), "What do you want").await;
    app.press(&hugo, &menu, &en("btn-field-key"), "API key").await;
    let saved = app.say(&hugo, "sk-new-model-key-0000", "Saved.").await;
    assert_eq!(
        sim.deployment(&id).expect("d").model_api_key.as_deref(),
        Some("sk-new-model-key-0000")
    );
    assert_eq!(app.tg.count_of("DeleteMessage"), 2, "token and key messages deleted");

    // Redeploy from the confirmation.
    let seen = app.tg.calls().len();
    app.press_only(&hugo, &saved, &en("btn-redeploy"));
    app.edit_after(seen, hugo.id, &en("card-redeploying")).await;
    assert_eq!(sim.deployment(&id).expect("d").status, Status::Deploying);
}

#[tokio::test]
async fn a_running_assistant_must_be_stopped_before_an_edit() {
    let ines = TestUser::new(809, "Ines");
    let (app, _, card) = app_with_card(&ines, "Busy", ApiMode::Byok, Status::Active).await;
    // Edit is not offered on an active card; a button from an older card can still ask.
    let data = button_data(&card, &en("btn-stop")).replace(":stop", ":edit");
    let seen = app.tg.calls().len();
    app.press_data(&ines, &card, &data);
    let stop_first = app.edit_after(seen, ines.id, "stop it first").await;
    assert_eq!(labels(&stop_first)[0], en("btn-stop"));
}

#[tokio::test]
async fn forged_and_stale_buttons_never_reach_the_api() {
    let jan = TestUser::new(810, "Jan");
    let kim = TestUser::new(811, "Kim");
    let (app, id, card) = app_with_card(&jan, "Jans bot", ApiMode::Byok, Status::Active).await;
    let sim = app.sim.handle();
    // Kim has an account of her own.
    sim.add_key("sk_test_kim_0123456789", "usr_kim");
    app.set_key(kim.id, &ApiKey::new("sk_test_kim_0123456789")).await;
    let stop = button_data(&card, &en("btn-stop"));

    // Kim replays Jan's Stop button data in Kim's own chat: the handle means nothing there.
    let kims = app.say(&kim, "/list", &en("list-empty")).await;
    sim.clear_requests();
    let query = app.press_data(&kim, &kims, &stop);
    assert_eq!(app.answer_to(&query).await, en("button-stale"));
    for forged in ["a:999999:stop", "a:1:delete!", "c:-5", "a:1:launch"] {
        let query = app.press_data(&kim, &kims, forged);
        assert_eq!(app.answer_to(&query).await, en("button-stale"), "{forged}");
    }
    assert!(sim.requests().is_empty(), "no API call: {:?}", sim.requests());
    assert_eq!(sim.deployment(&id).expect("untouched").status, Status::Active);

    // A card of an assistant deleted elsewhere: the list comes back, saying so.
    sim.edit_deployment(&id, |d| d.owner = "usr_somebody_else".into());
    app.press_edit(&jan, &card, &en("btn-refresh"), &en("card-gone")).await;
}

#[tokio::test]
async fn a_paid_slot_is_activated_from_its_card_without_a_new_purchase() {
    let lea = TestUser::new(812, "Lea");
    let app = app_with_key(&lea).await;
    app.tg.add_bot(NEW_TOKEN, 300003, "late_payer_bot");
    let sim = app.sim.handle();
    let id = seed(&sim, "ignored", ApiMode::Managed, Status::Purchased);
    sim.edit_deployment(&id, |d| d.name = None);
    let list = app.say(&lea, "/list", "Your").await;
    let card = app.press_edit(&lea, &list, &format!("🆕 {id}"), &id).await;
    let name = app.press(&lea, &card, &en("btn-activate"), &app.en("wz-name")).await;
    assert!(name.text().starts_with("Step 2 of 5"), "the mode is the slot's: {}", name.text());
    app.say(&lea, "Late payer", "OpenRouter").await;
    app.say(&lea, "openai/gpt-5", "@BotFather").await;
    let summary = app.say(&lea, NEW_TOKEN, "Please check").await;
    assert!(summary.text().contains(&en("wz-summary-activate")));
    app.press(&lea, &summary, &en("btn-confirm"), "Starting Late payer").await;
    assert_eq!(sim.count_requests("POST", "/purchase"), 0);
    let deployed = sim.deployment(&id).expect("slot");
    assert_eq!(
        (deployed.status, deployed.name.as_deref()),
        (Status::Deploying, Some("Late payer"))
    );
}

#[tokio::test]
async fn a_new_bot_token_the_api_refuses_is_not_saved_on_the_form_either() {
    let nia = TestUser::new(820, "Nia");
    let app = TestApp::builder().webhook().with_key(&nia).spawn().await;
    app.tg.add_bot(NEW_TOKEN, 300003, "new_helper_bot");
    let (_, card) = seeded_card(&app, &nia, "Picky", ApiMode::Byok, Status::Stopped).await;
    let menu = app.press_edit(&nia, &card, &en("btn-edit"), "What do you want").await;
    let prompt = app.press(&nia, &menu, &en("btn-field-token"), "@BotFather").await;
    let form = app.form_of(&prompt).await;

    app.sim.handle().inject(
        Fault::once(FaultKind::Error { status: 400, code: "INVALID_INPUT".into() })
            .on_method("PATCH"),
    );
    let seen = app.tg.call_count();
    let answer = app.submit_form(&form, &init_data(&nia, unix_now()), NEW_TOKEN).await;
    assert_eq!(answer.status, 422, "{:?}", answer.body);
    assert_eq!(answer.message(), en("api-error-invalid-input"));
    app.message_after(seen, nia.id, &en("api-error-invalid-input")).await;
    app.settled().await;
    let saved = app.tg.calls()[seen..].iter().any(|c| c.text().starts_with("Saved"));
    assert!(!saved, "the prompt is not marked saved");
}
