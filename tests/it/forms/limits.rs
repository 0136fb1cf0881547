//! What the form's server holds a submission to beyond its signature and nonce: a secret is
//! trimmed and size-checked before anything uses it, and giving a form back after a refusal
//! undoes only that submission's own claim.

use assistants_bot::storage::unix_now;
use teloxide::types::{ChatId, UserId};

use super::en;
use crate::support::{
    app::{AppOptions, TestApp},
    fake_telegram::{BOT_TOKEN, Call, TestUser},
    forms::init_data,
};

const TOKEN: &str = "200035:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_late";
const MODEL: &str = "claude-sonnet-4-5-20250929";

#[tokio::test]
async fn a_secret_is_trimmed_and_an_empty_or_oversize_one_is_refused_unchecked() {
    let app = TestApp::spawn_opts(AppOptions::webhook()).await;
    let pia = TestUser::new(1734, "Pia");
    let prompt = wizard_token_step(&app, &pia).await;
    let form = app.form_of(&prompt).await;
    let signed = init_data(&pia, unix_now());

    let empty = app.submit_form(&form, &signed, " \n\t ").await;
    let expected = en("form-refused-empty");
    assert_eq!((empty.status, empty.message()), (422, expected.as_str()));
    // Over 4 KiB is no key or token, though the body is under its own 8 KiB limit.
    let huge = app.submit_form(&form, &signed, &format!("1234:{}", "k".repeat(4092))).await;
    let expected = en("form-refused-size");
    assert_eq!((huge.status, huge.message()), (413, expected.as_str()));
    assert!(checked_tokens(&app).is_empty(), "neither was checked");

    // Spaces and a line break around it, as a paste may bring: checked and kept without.
    let padded = format!("  {TOKEN}\n");
    let saved = app.submit_form(&form, &signed, &padded).await;
    assert_eq!(saved.status, 200, "{:?}", saved.body);
    assert_eq!(checked_tokens(&app), [TOKEN], "getMe saw the token without its spaces");
}

/// The tokens checked with getMe (the bot's own start-up calls left out).
fn checked_tokens(app: &TestApp) -> Vec<String> {
    let calls = app.tg.calls_of("getMe");
    calls.into_iter().map(|c| c.token).filter(|token| token != BOT_TOKEN).collect()
}

/// Takes `user` through the wizard to its bot token step; returns the prompt.
async fn wizard_token_step(app: &TestApp, user: &TestUser) -> Call {
    app.give_key(user).await;
    app.tg.add_bot(TOKEN, 200035, "late_helper_bot");
    let mode = app.say(user, "/new", "Step 1 of 6").await;
    app.press(user, &mode, &en("mode-byok"), &en("wz-name")).await;
    let provider = app.say(user, "Late bot", "Which model provider?").await;
    let models = app.press(user, &provider, "Anthropic", "Which anthropic model?").await;
    app.press(user, &models, MODEL, "Step 4 of 6").await
}

#[tokio::test]
async fn a_late_refusal_does_not_revive_a_form_a_newer_prompt_replaced() {
    const UNKNOWN: &str = "200036:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_nope";
    let app = TestApp::spawn_opts(AppOptions::webhook()).await;
    let quin = TestUser::new(1735, "Quin");
    let first = wizard_token_step(&app, &quin).await;
    let first_form = app.form_of(&first).await;
    let signed = init_data(&quin, unix_now());

    // A token Telegram does not know, checked while Telegram hangs; meanwhile the chat goes
    // back and asks for the token again, which replaces the first form.
    app.tg.hold_next("getMe", 1);
    let (refused, ()) = tokio::join!(app.submit_form(&first_form, &signed, UNKNOWN), async {
        let held = app.tg.wait_for_held("getMe").await;
        assert!(held.token.contains("200036"), "the check of the submitted token is held");
        let back = app.press(&quin, &first, &en("btn-back"), "Which anthropic model?").await;
        let second = app.press(&quin, &back, MODEL, "Step 4 of 6").await;
        app.form_of(&second).await;
        app.tg.release_held();
    });
    assert_eq!(refused.status, 422, "{:?}", refused.body);
    // Giving the first form back after its refusal did not bring it back to life.
    let stale = app.submit_form(&first_form, &signed, TOKEN).await;
    assert_eq!((stale.status, stale.message()), (409, en("form-refused-unknown").as_str()));
    assert_eq!(app.tg.count_of("EditMessageText"), 0, "no prompt was marked answered");
}

#[tokio::test]
async fn a_release_undoes_only_its_own_claim() {
    let app = TestApp::spawn_opts(AppOptions::webhook()).await;
    let db = app.storage().await;
    let (chat, user) = (ChatId(1736), UserId(1736));
    db.create_form_nonce("nonce-hash", chat, user, "api-key").await.expect("create");
    let first = db.claim_form_nonce("nonce-hash", user).await.expect("claim").expect("claimed");
    assert!(db.release_form_nonce("nonce-hash", first.claim).await.expect("release"));
    let second = db.claim_form_nonce("nonce-hash", user).await.expect("claim").expect("claimed");
    // The first claim's give-back comes again (late, or twice): the second claim stands.
    assert!(!db.release_form_nonce("nonce-hash", first.claim).await.expect("release"));
    assert!(db.claim_form_nonce("nonce-hash", user).await.expect("claim").is_err());
    assert!(db.release_form_nonce("nonce-hash", second.claim).await.expect("release"));
    assert!(db.claim_form_nonce("nonce-hash", user).await.expect("claim").is_ok());
}
