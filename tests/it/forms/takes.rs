//! Each kind of secret through the form, through the real HTTP server: stored sealed, the
//! prompt edited to "Saved ••••1234", and the conversation moving on as if it were pasted.

use assistants_bot::{
    api::{ApiMode, Status},
    storage::unix_now,
};
use teloxide::types::ChatId;

use super::en;
use crate::support::{
    app::{API_KEY, AppOptions, TestApp},
    cards::{self, open_card, seed},
    fake_telegram::{Call, TestUser},
    forms::init_data,
    logs::assert_nowhere,
};

const TOKEN: &str = "200011:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_form";
const MODEL_KEY: &str = "sk-ant-api03-FORM-secret-987654";

/// Submits `secret` through the form of `prompt` as `user`; asserts the page's success and
/// that the prompt became "Saved <masked>" without its buttons.
async fn through_form(app: &TestApp, user: &TestUser, prompt: &Call, secret: &str, masked: &str) {
    let seen = app.tg.call_count();
    let answer =
        app.submit_form(&app.form_of(prompt).await, &init_data(user, unix_now()), secret).await;
    assert_eq!(answer.status, 200, "{:?}", answer.body);
    assert!(answer.message().contains(masked), "{}", answer.message());
    assert!(!answer.message().contains(secret), "never echoed in full");
    let mut fields: Vec<_> = answer.body.as_object().into_iter().flat_map(|o| o.keys()).collect();
    fields.sort();
    assert_eq!(fields, ["message", "ok"], "the page learns only that it is saved");
    let saved = format!("Saved {masked}");
    let edited = app.edit_after(seen, user.id, &saved).await;
    assert_eq!(edited.body["message_id"], prompt.message_id.expect("a sent prompt"));
    assert!(edited.web_app_url().is_none(), "the form's button is gone from the prompt");
}

/// A bot with a public URL, where `user` has the default key and [`TOKEN`] is a bot's token.
async fn ready(user: &TestUser) -> TestApp {
    let app = TestApp::builder().webhook().with_key(user).spawn().await;
    app.tg.add_bot(TOKEN, 200011, "form_helper_bot");
    app
}

#[tokio::test]
async fn an_api_key_comes_through_the_form_and_setkey_goes_on() {
    let mut app = TestApp::builder().webhook().spawn().await;
    let alice = TestUser::new(1701, "Alice");
    let prompt = app.say(&alice, "/setkey", &app.en("setkey-ask")).await;
    assert!(prompt.text().contains(&en("form-offer")), "{}", prompt.text());
    let form = app.form_of(&prompt).await;
    assert!(
        form.url.as_str().starts_with("https://bot.example.com/form?kind=api-key&lang=en&nonce="),
        "{}",
        form.url
    );
    let (label, _) = &prompt.buttons()[0];
    assert_eq!(*label, en("form-button"));

    let seen = app.tg.call_count();
    through_form(&app, &alice, &prompt, API_KEY, "••••6789").await;
    // Exactly as if pasted: checked against the API, saved, and the chat told so.
    app.message_after(seen, alice.id, "Your API key ••••6789 is saved").await;
    assert_eq!(app.tg.count_of("DeleteMessage"), 0, "no message carried it");
    assert_eq!(app.sim.handle().count_requests("GET", "/api/v1/assistants"), 1);
    assert_eq!(app.key_mask(alice.id).await.as_deref(), Some("••••6789"), "saved");
    assert_nowhere(&mut app, &[API_KEY], None).await;
}

#[tokio::test]
async fn the_wizard_takes_its_bot_token_and_model_key_through_the_form() {
    let bea = TestUser::new(1702, "Bea");
    let mut app = ready(&bea).await;

    let name = app.start_wizard(&bea, "mode-byok").await;
    assert!(name.web_app_url().is_none(), "only secret steps offer the form");
    let provider = app.say(&bea, "Form bot", "Which AI company?").await;
    let models = app.press(&bea, &provider, "Anthropic", "Which anthropic model?").await;
    let token_prompt = app.press(&bea, &models, "claude-sonnet-4-5-20250929", "Step 4 of 6").await;
    assert!(app.form_of(&token_prompt).await.url.as_str().contains("kind=bot-token"));
    // The step's own buttons stay, under the form's.
    let labels: Vec<_> = token_prompt.buttons().into_iter().map(|(l, _)| l).collect();
    assert_eq!(labels, [en("form-button"), en("btn-back"), en("btn-cancel")]);

    let seen = app.tg.call_count();
    through_form(&app, &bea, &token_prompt, TOKEN, "••••form").await;
    app.message_after(seen, bea.id, "@form_helper_bot").await;
    let key_prompt = app.message_after(seen, bea.id, "Step 5 of 6").await;
    assert!(app.form_of(&key_prompt).await.url.as_str().contains("kind=model-key"));

    let seen = app.tg.call_count();
    through_form(&app, &bea, &key_prompt, MODEL_KEY, "••••7654").await;
    let summary = app.message_after(seen, bea.id, "Please check").await;
    for shown in ["@form_helper_bot", "••••7654"] {
        assert!(summary.text().contains(shown), "{}", summary.text());
    }
    assert_nowhere(&mut app, &[TOKEN, MODEL_KEY], None).await;
}

#[tokio::test]
async fn edits_of_the_bot_token_and_the_model_key_come_through_the_form() {
    let cleo = TestUser::new(1703, "Cleo");
    let mut app = ready(&cleo).await;
    let sim = app.sim.handle();
    let id = seed(&sim, "Formed", ApiMode::Byok, Status::Stopped);

    // Edit → field → the form, for each secret field of the card.
    for (field, asked, secret, masked) in [
        ("btn-field-token", "@BotFather", TOKEN, "••••form"),
        ("btn-field-key", "API key", MODEL_KEY, "••••7654"),
    ] {
        let card = open_card(&app, &cleo, "Formed").await;
        let menu = app.press_edit(&cleo, &card, &en("btn-edit"), "What do you want").await;
        let prompt = app.press(&cleo, &menu, &en(field), asked).await;
        let seen = app.tg.call_count();
        through_form(&app, &cleo, &prompt, secret, masked).await;
        app.message_after(seen, cleo.id, "so Formed uses the change").await;
    }
    let deployment = sim.deployment(&id).expect("d");
    assert_eq!(deployment.telegram_bot_token.as_deref(), Some(TOKEN));
    assert_eq!(deployment.model_api_key.as_deref(), Some(MODEL_KEY));
    assert_eq!(app.tg.count_of("DeleteMessage"), 0, "no message carried them");
    assert_nowhere(&mut app, &[TOKEN, MODEL_KEY], None).await;
}

#[tokio::test]
async fn a_group_hands_its_key_off_to_the_private_chat_where_the_form_is_offered() {
    const GROUP: i64 = -100_1704;
    let (dora, eli) = (TestUser::new(1704, "Dora"), TestUser::new(1705, "Eli"));
    let app = cards::team(AppOptions::webhook(), GROUP, &dora, &eli).await;
    app.storage().await.forget_api_key(ChatId(GROUP)).await.expect("forget");

    let offer = app.say_in(GROUP, &dora, "/setkey", "give me the API key in a private chat").await;
    assert!(offer.web_app_url().is_none(), "Telegram refuses web_app buttons in groups");
    let link = offer
        .buttons()
        .into_iter()
        .find_map(|(_, target)| target.split("start=").nth(1).map(str::to_owned));
    let payload = link.expect("a hand-off link");
    let prompt = app.say(&dora, &format!("/start {payload}"), &en("handoff-key-ask")).await;
    assert!(prompt.text().contains(&en("form-offer")), "{}", prompt.text());

    let seen = app.tg.call_count();
    through_form(&app, &dora, &prompt, API_KEY, "••••6789").await;
    app.message_after(seen, dora.id, "The group's API key ••••6789 is saved").await;
    app.message_after(seen, GROUP, "@dora added the Getclaw API key ••••6789").await;
    assert_eq!(app.key_mask(GROUP).await.as_deref(), Some("••••6789"), "the group's key");
}

#[tokio::test]
async fn without_a_public_url_the_prompts_ask_for_a_paste_only() {
    let app = TestApp::builder().spawn().await;
    let finn = TestUser::new(1706, "Finn");
    let prompt = app.say(&finn, "/setkey", &app.en("setkey-ask")).await;
    assert!(prompt.web_app_url().is_none());
    assert!(!prompt.text().contains(&en("form-offer")), "{}", prompt.text());
}
