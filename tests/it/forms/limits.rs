//! What keeps the form from being a free oracle or a way around the chat: a secret is
//! trimmed and size-checked before anything uses it, giving a form back after a refusal
//! undoes only that submission's own claim, five refused secrets burn a form, and the chat's
//! flood guard holds its submissions too.

use std::time::Duration;

use assistants_bot::storage::{
    forms::{FORM_MAX_TRIES, FormRefusal, GivenBack},
    unix_now,
};
use teloxide::types::{ChatId, UserId};

use super::en;
use crate::support::{
    app::{API_KEY, AppOptions, TestApp},
    fake_telegram::{BOT_TOKEN, Call, TestUser},
    forms::{init_data, init_data_signed_with},
};

const WRONG_KEY: &str = "sk_not_a_real_key_000000";
const OTHER_BOT: &str = "100001:TEST_BOT_TOKEN_abcdefghijklmnopqrstuv";
const TOKEN: &str = "200035:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_late";

#[tokio::test]
async fn a_secret_is_trimmed_and_an_empty_or_oversize_one_is_refused_unchecked() {
    let app = TestApp::builder().webhook().spawn().await;
    let pia = TestUser::new(1734, "Pia");
    let prompt = wizard_token_step(&app, &pia).await;
    let form = app.form_of(&prompt).await;
    let signed = init_data(&pia, unix_now());

    let empty = app.submit_form(&form, &signed, " \n\t ").await;
    let expected = en("form-refused-empty");
    assert_eq!((empty.status, empty.message()), (422, expected.as_str()));
    // Over 4 KiB is no key or token, though the body is under its own 8 KiB limit.
    let huge = app.submit_form(&form, &signed, &format!("1234:{}", "k".repeat(4092))).await;
    let expected = en("form-refused-too-large");
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
    app.byok_wizard_to_token(user, "Late bot").await
}

#[tokio::test]
async fn the_chat_waits_for_a_form_in_flight_and_the_form_then_finds_the_step_gone() {
    const UNKNOWN: &str = "200036:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_nope";
    let app = TestApp::builder().webhook().spawn().await;
    let quin = TestUser::new(1735, "Quin");
    let first = wizard_token_step(&app, &quin).await;
    let first_form = app.form_of(&first).await;
    let signed = init_data(&quin, unix_now());

    // A token Telegram does not know, checked while Telegram hangs; meanwhile the user presses
    // Back in the chat. The chat's turn is the form's until it is done: Back waits.
    app.tg.hold_next("getMe", 1);
    let seen = app.tg.call_count();
    let (refused, ()) = tokio::join!(app.submit_form(&first_form, &signed, UNKNOWN), async {
        let held = app.tg.wait_for_held("getMe").await;
        assert!(held.token.contains("200036"), "the check of the submitted token is held");
        app.press_only(&quin, &first, &en("btn-back"));
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let asked = app.tg.calls()[seen..].iter().any(|c| c.text().contains("Which anthropic"));
        assert!(!asked, "Back is not handled while the form holds the chat");
        app.tg.release_held();
    });
    assert_eq!(refused.status, 422, "{:?}", refused.body);
    // Then Back: the step is the model's again, and the form (given back) finds nothing to fill.
    app.message_after(seen, quin.id, "Which anthropic model?").await;
    app.settled().await;
    let stale = app.submit_form(&first_form, &signed, TOKEN).await;
    assert_eq!((stale.status, stale.message()), (409, en("form-refused-not-awaited").as_str()));
    assert_eq!(app.tg.count_of("EditMessageText"), 0, "no prompt was marked answered");
}

#[tokio::test]
async fn a_release_undoes_only_its_own_claim() {
    let app = TestApp::builder().webhook().spawn().await;
    let db = &app.storage().await;
    let (chat, user) = (ChatId(1736), UserId(1736));
    db.create_form_nonce("nonce-hash", chat, user, "api-key").await.expect("create");
    let claim = || async move { db.claim_form_nonce("nonce-hash", user).await.expect("claim") };
    let release = |claim, refused| async move {
        db.release_form_nonce("nonce-hash", claim, refused).await.expect("release")
    };
    let first = claim().await.expect("claimed");
    assert_eq!(release(first.claim, false).await, GivenBack::Reopened);
    let second = claim().await.expect("claimed");
    // The first claim's give-back comes again (late, or twice): the second claim stands.
    assert_eq!(release(first.claim, true).await, GivenBack::Lapsed);
    assert_eq!(claim().await.err(), Some(FormRefusal::Used));
    assert_eq!(release(second.claim, false).await, GivenBack::Reopened);

    // A failure on the bot's side is no try; refused secrets are, five of them.
    for _ in 1..FORM_MAX_TRIES {
        let claimed = claim().await.expect("claimed");
        assert_eq!(release(claimed.claim, true).await, GivenBack::Reopened);
    }
    let last = claim().await.expect("claimed");
    assert_eq!(release(last.claim, true).await, GivenBack::Spent);
    assert_eq!(claim().await.err(), Some(FormRefusal::Spent));
}

/// How many API key checks reached the API.
fn key_checks(app: &TestApp) -> usize {
    app.sim.handle().count_requests("GET", "/api/v1/assistants")
}

#[tokio::test]
async fn five_refused_secrets_burn_the_form() {
    let app = TestApp::builder().webhook().spawn().await;
    let max = TestUser::new(1731, "Max");
    let prompt = app.say(&max, "/setkey", &app.en("setkey-ask")).await;
    let form = app.form_of(&prompt).await;
    let signed = init_data(&max, unix_now());

    for _ in 0..4 {
        let refused = app.submit_form(&form, &signed, WRONG_KEY).await;
        assert_eq!((refused.status, refused.message()), (422, app.en("setkey-rejected").as_str()));
    }
    // The fifth refusal says why, and that the form is spent.
    let last = app.submit_form(&form, &signed, WRONG_KEY).await;
    let spent = format!("{}\n{}", app.en("setkey-rejected"), en("form-refused-spent"));
    assert_eq!((last.status, last.message()), (422, spent.as_str()));
    // Even the right key no longer gets through this form, and is not checked.
    let burned = app.submit_form(&form, &signed, API_KEY).await;
    assert_eq!((burned.status, burned.message()), (409, en("form-refused-spent").as_str()));
    assert_eq!(key_checks(&app), 5);
    assert_eq!(app.key_mask(max.id).await, None, "no key stored");

    // The chat still waits for the key: a new prompt brings a new form.
    let again = app.say(&max, "/setkey", &app.en("setkey-ask")).await;
    let fresh = app.form_of(&again).await;
    assert_eq!(app.submit_form(&fresh, &signed, API_KEY).await.status, 200);
}

#[tokio::test]
async fn the_form_flood_guard_holds_a_users_submissions_before_any_check() {
    // A burst of four, then one an hour: nothing refills during the test.
    let options =
        AppOptions { flood: Some((4, Duration::from_secs(3600))), ..AppOptions::webhook() };
    let app = TestApp::builder().options(options).spawn().await;
    let nia = TestUser::new(1732, "Nia");
    // Messages do not meet this guard (admission paces them): the four are all the form's.
    let prompt = app.say(&nia, "/setkey", &app.en("setkey-ask")).await;
    let form = app.form_of(&prompt).await;
    // Forgeries in her name cost her nothing: the signature is checked before the guard.
    let forged = init_data_signed_with(OTHER_BOT, &nia, unix_now());
    for _ in 0..5 {
        assert_eq!(app.submit_form(&form, &forged, WRONG_KEY).await.status, 401);
    }
    let signed = init_data(&nia, unix_now());
    for _ in 0..4 {
        assert_eq!(app.submit_form(&form, &signed, WRONG_KEY).await.status, 422);
    }
    let held = app.submit_form(&form, &signed, API_KEY).await;
    assert_eq!((held.status, held.message()), (429, en("form-refused-flood").as_str()));
    assert_eq!(key_checks(&app), 4, "the held submission was not checked");
    assert_eq!(app.key_mask(nia.id).await, None, "no key stored");
    let attempts: i64 = sqlx::query_scalar("SELECT attempts FROM form_nonces WHERE chat_id = $1")
        .bind(nia.id)
        .fetch_one(app.storage().await.pool())
        .await
        .expect("read the form's attempts");
    assert_eq!(attempts, 4, "the held submission did not count as a try");

    // Another sender is not held up.
    let oz = TestUser::new(1733, "Oz");
    let prompt = app.say(&oz, "/setkey", &app.en("setkey-ask")).await;
    let oz_form = app.form_of(&prompt).await;
    let answer = app.submit_form(&oz_form, &init_data(&oz, unix_now()), API_KEY).await;
    assert_eq!(answer.status, 200, "{:?}", answer.body);
}
