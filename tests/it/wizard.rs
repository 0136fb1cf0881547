//! /new: from billing mode to a live assistant, through the fake Telegram and the simulator.

use std::time::Duration;

use assistants_bot::{
    api::{ApiMode, DeploymentId, Status},
    sim::{Fault, FaultKind, Outcome, SimOptions},
};
use teloxide::types::ChatId;

use crate::support::cards::en;
use crate::support::{
    app::{API_KEY, TestApp, contains_bytes},
    fake_telegram::{Call, TestUser},
    wait::eventually,
};

const ASSISTANT_TOKEN: &str = "200001:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_x";
const ASSISTANT_BOT: &str = "sales_helper_bot";
const MODEL_KEY: &str = "sk-ant-api03-MODEL-KEY-secret-123456";

/// Spawns the app with a key for `user` and the assistant bot known to the fake Telegram.
pub(crate) async fn ready(sim: SimOptions, user: &TestUser) -> TestApp {
    let app = TestApp::builder().sim(sim).with_key(user).spawn().await;
    app.tg.add_bot(ASSISTANT_TOKEN, 200001, ASSISTANT_BOT);
    app
}

/// Runs a byok wizard up to the summary, with `model` typed as free text when given.
pub(crate) async fn byok_to_summary(app: &TestApp, user: &TestUser, model: Option<&str>) -> Call {
    let name = app.start_wizard(user, "mode-byok").await;
    assert!(name.text().starts_with("Step 2 of 6"), "{}", name.text());
    let provider = app.say(user, "Sales bot", "Which AI company?").await;
    let models = app.press(user, &provider, "Anthropic", "Which anthropic model?").await;
    let token_prompt = match model {
        Some(model) => app.say(user, model, "@BotFather").await,
        None => app.press(user, &models, "claude-sonnet-4-5-20250929", "@BotFather").await,
    };
    assert!(token_prompt.text().starts_with("Step 4 of 6"), "{}", token_prompt.text());
    let key_prompt = app.say(user, ASSISTANT_TOKEN, "Step 5 of 6").await;
    assert!(key_prompt.text().contains("anthropic API key"), "{}", key_prompt.text());
    app.say(user, MODEL_KEY, "Please check").await
}

/// Runs a byok wizard to its summary and confirms it while the purchase fails once with HTTP
/// `status` and the API's `code`; returns the bot's answer, which says `explained` (a key).
pub(crate) async fn confirm_failing(
    app: &TestApp,
    user: &TestUser,
    status: u16,
    code: &str,
    explained: &str,
) -> Call {
    let summary = byok_to_summary(app, user, None).await;
    let fault = FaultKind::Error { status, code: code.into() };
    app.sim.handle().inject(Fault::once(fault).on_path("/purchase"));
    app.press(user, &summary, &en("btn-confirm"), &app.en(explained)).await
}

/// The slot the wizard bought, once the tracker has polled it (its first tick may come after
/// the wizard's reply: replies are not held back).
pub(crate) async fn deployment_of(app_sim: &assistants_bot::sim::SimHandle) -> String {
    let purchases =
        app_sim.requests().into_iter().filter(|r| r.path.ends_with("/purchase")).count();
    assert_eq!(purchases, 1, "exactly one purchase");
    eventually("the tracker polls the slot", async || {
        app_sim.requests().into_iter().find_map(|r| {
            r.path
                .strip_suffix("/status")
                .map(|p| p.trim_start_matches("/api/v1/assistants/").to_owned())
        })
    })
    .await
}

#[tokio::test]
async fn a_byok_wizard_goes_from_nothing_to_a_live_assistant() {
    let alice = TestUser::new(701, "Alice");
    let mut app = ready(SimOptions::default(), &alice).await;

    let summary = byok_to_summary(&app, &alice, None).await;
    for expected in
        ["Sales bot", "anthropic / claude-sonnet-4-5-20250929", "@sales_helper_bot", "••••3456"]
    {
        assert!(summary.text().contains(expected), "summary shows {expected}: {}", summary.text());
    }
    // Both secrets were deleted from the chat right after they were read.
    let deleted: Vec<_> =
        app.tg.calls_of("DeleteMessage").iter().map(|c| c.body["message_id"].clone()).collect();
    assert_eq!(deleted.len(), 2, "token and model key messages deleted");
    assert!(
        app.tg.calls_of("GetMe").iter().any(|c| c.token == ASSISTANT_TOKEN),
        "token checked with getMe"
    );
    assert!(
        app.tg.calls().iter().filter(|c| c.token == ASSISTANT_TOKEN).all(|c| c.is("GetMe")),
        "nothing but getMe is called with the assistant's token"
    );

    let pay = app.press(&alice, &summary, &en("btn-confirm"), "is reserved").await;
    assert!(pay.text().contains("/_sim/checkout/"), "the checkout link is shown: {}", pay.text());
    assert!(pay.buttons().iter().any(|(label, _)| *label == en("btn-stop-waiting")));

    let handle = app.sim.handle();
    let id = deployment_of(&handle).await;
    let seen = app.tg.calls().len();
    assert!(handle.complete_payment(&id));
    app.message_after(seen, alice.id, "Payment received! Starting Sales bot").await;

    let deployed = handle.deployment(&id).expect("in the simulator");
    assert_eq!(deployed.status, Status::Deploying);
    assert_eq!(deployed.name.as_deref(), Some("Sales bot"));
    assert_eq!(deployed.model_provider.as_deref(), Some("anthropic"));
    assert_eq!(deployed.telegram_bot_token.as_deref(), Some(ASSISTANT_TOKEN));
    assert_eq!(deployed.model_api_key.as_deref(), Some(MODEL_KEY));

    let seen = app.tg.calls().len();
    handle.finish_deployment(&id, Outcome::Active);
    let live = app.message_after(seen, alice.id, "is live").await;
    assert!(live.text().contains("https://t.me/sales_helper_bot"), "{}", live.text());
    assert!(live.text().contains(".workers.dev"), "{}", live.text());

    // After the whole run, no secret's bytes are anywhere in the database files.
    app.stop_bot().await;
    for (path, bytes) in app.database_bytes().await {
        for secret in [ASSISTANT_TOKEN, MODEL_KEY, API_KEY] {
            assert!(
                !contains_bytes(&bytes, secret.as_bytes()),
                "{secret} in plaintext in {}",
                path.display()
            );
        }
    }
}

#[tokio::test]
async fn a_managed_wizard_skips_the_provider_and_the_model_key() {
    let bob = TestUser::new(702, "Bob");
    let app = ready(SimOptions { auto_pay: true, ..Default::default() }, &bob).await;
    app.start_wizard(&bob, "mode-managed").await;
    let model = app.say(&bob, "Helpdesk", "OpenRouter").await;
    assert!(model.text().starts_with("Step 3 of 5"), "{}", model.text());
    app.say(&bob, "openai/gpt-5", "@BotFather").await;
    let summary = app.say(&bob, ASSISTANT_TOKEN, "Please check").await;
    assert!(summary.text().starts_with("Step 5 of 5"), "{}", summary.text());
    assert!(summary.text().contains(&en("wz-summary-key-none")), "{}", summary.text());

    app.press(&bob, &summary, &en("btn-confirm"), "Payment received! Starting Helpdesk").await;
    let id = deployment_of(&app.sim.handle()).await;
    let deployed = app.sim.handle().deployment(&id).expect("deployed");
    assert_eq!(deployed.api_mode, ApiMode::Managed);
    assert_eq!(deployed.model_provider.as_deref(), Some("openrouter"));
    assert_eq!(deployed.model_api_key, None);
}

#[tokio::test]
async fn bad_names_and_tokens_are_asked_again_with_the_reason() {
    let carol = TestUser::new(703, "Carol");
    let app = ready(SimOptions::default(), &carol).await;
    app.start_wizard(&carol, "mode-unlimited").await;
    app.say(&carol, &"x".repeat(101), "has 101 characters").await;
    app.say(&carol, "Night shift", "OpenRouter").await;
    app.say(&carol, "not a model", &app.en("wz-model-invalid")).await;
    app.say(&carol, "meta-llama/llama-3.3-70b-instruct", "@BotFather").await;

    let format = app.say(&carol, "12345", &en("wz-bot-token-format")).await;
    assert!(format.text().contains(&en("secret-deleted")), "even a malformed token is deleted");
    app.say(
        &carol,
        "999999:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_UNKNOWN",
        &en("wz-bot-token-rejected"),
    )
    .await;
    app.say(&carol, ASSISTANT_TOKEN, "Please check").await;
    assert_eq!(app.tg.count_of("DeleteMessage"), 3);
}

#[tokio::test]
async fn a_token_is_accepted_when_get_me_has_fields_added_moved_or_missing() {
    let alice = TestUser::new(799, "Alice");
    let mut app = ready(SimOptions::default(), &alice).await;
    app.tg.reshape_get_me();
    // The dispatcher's own getMe at start reads the new shape too.
    app.restart().await;
    let summary = byok_to_summary(&app, &alice, None).await;
    assert!(summary.text().contains("@sales_helper_bot"), "{}", summary.text());
}

#[tokio::test]
async fn back_and_change_reopen_earlier_steps() {
    let dave = TestUser::new(704, "Dave");
    let app = ready(SimOptions::default(), &dave).await;
    let name = app.start_wizard(&dave, "mode-byok").await;
    app.press(&dave, &name, &en("btn-back"), "Step 1 of 6").await;

    let summary = byok_to_summary(&app, &dave, Some("claude-opus-4-1-20250805")).await;
    let seen = app.tg.calls().len();
    app.press_only(&dave, &summary, &en("btn-change"));
    let menu = app
        .tg
        .wait_for_after(seen, "the change menu", Duration::from_secs(10), |c| {
            c.is("EditMessageReplyMarkup") && !c.buttons().is_empty()
        })
        .await;
    let labels: Vec<String> = menu.buttons().into_iter().map(|(label, _)| label).collect();
    assert!(labels.contains(&en("btn-field-key")), "{labels:?}");
    // The menu lives on the summary message: press its Name button there.
    let mut on_summary = menu.clone();
    on_summary.message_id = summary.message_id;
    on_summary.body["chat_id"] = summary.body["chat_id"].clone();
    app.press(&dave, &on_summary, &en("btn-field-name"), &app.en("wz-name")).await;
    let renamed = app.say(&dave, "Renamed bot", "Please check").await;
    assert!(renamed.text().contains("Renamed bot"), "{}", renamed.text());
    assert!(
        renamed.text().contains("claude-opus-4-1-20250805"),
        "other answers kept: {}",
        renamed.text()
    );
}

#[tokio::test]
async fn a_wizard_continues_at_the_same_step_after_a_crash() {
    let erin = TestUser::new(705, "Erin");
    let mut app = ready(SimOptions::default(), &erin).await;
    app.start_wizard(&erin, "mode-byok").await;
    let providers = app.say(&erin, "Crash test", "Which AI company?").await;

    app.kill_and_restart().await;

    // The same wizard's buttons still work, and the answers so far are kept.
    let models = app.press(&erin, &providers, "OpenAI", "Which openai model?").await;
    app.press(&erin, &models, "gpt-5-mini", "@BotFather").await;
    app.say(&erin, ASSISTANT_TOKEN, "Step 5 of 6").await;

    app.kill_and_restart().await;
    let summary = app.say(&erin, MODEL_KEY, "Please check").await;
    assert!(
        summary.text().contains("Crash test") && summary.text().contains("openai / gpt-5-mini"),
        "{}",
        summary.text()
    );
}

#[tokio::test]
async fn a_double_tap_on_confirm_buys_exactly_once() {
    let frank = TestUser::new(706, "Frank");
    let app = ready(SimOptions::default(), &frank).await;
    let summary = byok_to_summary(&app, &frank, None).await;
    let first = app.press_only(&frank, &summary, &en("btn-confirm"));
    let second = app.press_only(&frank, &summary, &en("btn-confirm"));
    app.message_after(0, frank.id, "is reserved").await;
    assert_eq!(app.answer_to(&second).await, en("button-stale"));
    assert_eq!(app.answer_to(&first).await, "");
    assert_eq!(app.sim.handle().count_requests("POST", "/purchase"), 1);
}

#[tokio::test]
async fn buttons_of_old_and_cancelled_wizards_do_nothing() {
    let gina = TestUser::new(707, "Gina");
    let app = ready(SimOptions::default(), &gina).await;
    let old = app.say(&gina, "/new", "Step 1 of 6").await;
    app.press(&gina, &old, &en("btn-cancel"), &en("wz-cancelled")).await;
    let query = app.press_only(&gina, &old, &en("mode-byok"));
    assert_eq!(app.answer_to(&query).await, en("button-stale"));

    let current = app.say(&gina, "/new", "Step 1 of 6").await;
    let query = app.press_only(&gina, &old, &en("mode-managed"));
    assert_eq!(app.answer_to(&query).await, en("button-stale"));
    // The current wizard is untouched: its own button still leads to step 2.
    app.press(&gina, &current, &en("mode-byok"), &app.en("wz-name")).await;
    assert_eq!(app.sim.handle().requests().len(), 0, "no API call for stale buttons");
}

#[tokio::test]
async fn api_errors_on_confirm_say_what_happened_and_what_to_do() {
    let hugo = TestUser::new(708, "Hugo");
    let app = ready(SimOptions::default(), &hugo).await;
    let handle = app.sim.handle();

    let failed =
        confirm_failing(&app, &hugo, 500, "INTERNAL_ERROR", "api-error-internal-error").await;
    // Try again buys, once.
    app.press(&hugo, &failed, &en("btn-try-again"), "is reserved").await;
    assert_eq!(
        handle.count_requests("POST", "/purchase"),
        2,
        "one failed, one succeeded; no automatic retry"
    );

    let refused = confirm_failing(&app, &hugo, 401, "UNAUTHORIZED", "api-error-unauthorized").await;
    assert!(refused.text().contains("/setkey"));

    let summary = byok_to_summary(&app, &hugo, None).await;
    handle.set_api_disabled(true);
    app.press(&hugo, &summary, &en("btn-confirm"), &en("api-error-api-disabled")).await;
}

#[tokio::test]
async fn a_refused_model_reopens_the_model_step_for_the_paid_slot() {
    let ines = TestUser::new(709, "Ines");
    let app = ready(SimOptions::default(), &ines).await;
    let summary = byok_to_summary(&app, &ines, Some("llama-from-mars")).await;
    app.press(&ines, &summary, &en("btn-confirm"), "is reserved").await;
    let handle = app.sim.handle();
    let id = deployment_of(&handle).await;
    let seen = app.tg.calls().len();
    handle.complete_payment(&id);
    app.message_after(seen, ines.id, "didn't accept the model llama-from-mars").await;
    let providers = app.message_after(seen, ines.id, "Which AI company?").await;
    let models = app.press(&ines, &providers, "Anthropic", "Which anthropic model?").await;
    let summary = app.press(&ines, &models, "claude-haiku-4-5-20251001", "Please check").await;
    assert!(summary.text().contains(&en("wz-summary-activate")), "{}", summary.text());
    app.press(&ines, &summary, &en("btn-confirm"), "Starting Sales bot").await;
    assert_eq!(handle.count_requests("POST", "/purchase"), 1, "no second purchase");
    assert_eq!(
        handle.deployment(&id).expect("slot").model_id.as_deref(),
        Some("claude-haiku-4-5-20251001")
    );
}

#[tokio::test]
async fn an_unpaid_slot_is_kept_when_the_bot_stops_waiting() {
    let jan = TestUser::new(710, "Jan");
    let app = TestApp::builder().payment_timeout(Duration::from_secs(1)).spawn().await;
    app.give_key(&jan).await;
    app.tg.add_bot(ASSISTANT_TOKEN, 200001, ASSISTANT_BOT);
    let summary = byok_to_summary(&app, &jan, None).await;
    app.press(&jan, &summary, &en("btn-confirm"), "is reserved").await;
    app.message_after(0, jan.id, "I stopped waiting").await;
    let storage = app.storage().await;
    assert!(storage.pending_activations().await.expect("read").is_empty(), "answers dropped");
    let id = deployment_of(&app.sim.handle()).await;
    let known = storage.deployment(ChatId(jan.id), &DeploymentId(id.clone())).await.expect("read");
    assert_eq!(known.expect("slot kept").name.as_deref(), Some("Sales bot"));
}

#[tokio::test]
async fn stop_waiting_and_cancel_end_the_wait_but_keep_the_slot() {
    let kim = TestUser::new(711, "Kim");
    let app = ready(SimOptions::default(), &kim).await;
    let summary = byok_to_summary(&app, &kim, None).await;
    let pay = app.press(&kim, &summary, &en("btn-confirm"), "is reserved").await;
    app.press(&kim, &pay, &en("btn-stop-waiting"), &en("wz-stopped-waiting")).await;
    let storage = app.storage().await;
    assert!(storage.pending_activations().await.expect("read").is_empty());

    let summary = byok_to_summary(&app, &kim, None).await;
    app.press(&kim, &summary, &en("btn-confirm"), "is reserved").await;
    app.say(&kim, "/cancel", "stopped waiting for a payment").await;
    assert!(storage.pending_activations().await.expect("read").is_empty());
    assert_eq!(
        storage.deployments_of(ChatId(kim.id)).await.expect("read").len(),
        2,
        "both slots kept"
    );
}

#[tokio::test]
async fn new_needs_a_key_and_in_a_group_an_admin() {
    let lea = TestUser::new(712, "Lea");
    let app = TestApp::builder().spawn().await;
    app.say(&lea, "/new", &en("wz-needs-key")).await;
    app.say_in(-100_712, &lea, "/new", &en("team-admins-only")).await;
}
