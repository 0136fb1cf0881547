//! Pay later: an unpaid slot's card offers 💳 Pay after the bot stopped waiting, and opening
//! or refreshing the card notices a payment.

use std::time::Duration;

use assistants_bot::{
    api::Status,
    sim::{Fault, FaultKind},
};
use teloxide::types::ChatId;

use crate::support::{
    app::{AppOptions, TestApp},
    cards::{en, open_card},
    fake_telegram::TestUser,
};
use crate::wizard::byok_to_summary;

const ASSISTANT_TOKEN: &str = "200001:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_x";

/// A bot whose tracker only runs when the test ticks it: what the card notices, the card did.
async fn quiet_tracker(user: &TestUser) -> TestApp {
    let options = AppOptions { poll_interval: Duration::from_secs(3600), ..Default::default() };
    let app = TestApp::builder().options(options).with_key(user).spawn().await;
    app.tg.add_bot(ASSISTANT_TOKEN, 200001, "sales_helper_bot");
    app
}

/// The one slot in the simulator.
fn only_slot(app: &TestApp) -> String {
    let slots = app.sim.handle().deployments();
    assert_eq!(slots.len(), 1, "one slot bought");
    slots[0].id.clone()
}

#[tokio::test]
async fn after_stop_waiting_the_card_offers_pay_and_notices_the_payment() {
    let vic = TestUser::new(2520, "Vic");
    let app = quiet_tracker(&vic).await;
    let summary = byok_to_summary(&app, &vic, None).await;
    let pay = app.press(&vic, &summary, &en("btn-confirm"), "is reserved").await;
    app.press(&vic, &pay, &en("btn-stop-waiting"), &en("wz-stopped-waiting")).await;
    let id = only_slot(&app);
    // The simulator's link is local, so it is given as text (Telegram refuses it on a button).
    let link = pay.text().lines().last().expect("the link").to_owned();
    assert!(link.starts_with("http"), "{link}");

    let card = open_card(&app, &vic, "Sales bot").await;
    assert!(card.text().contains(&format!("open this link: {link}")), "{}", card.text());

    assert!(app.sim.handle().complete_payment(&id));
    let card = app.press_edit(&vic, &card, &en("btn-refresh"), &en("card-paid-finish")).await;
    assert!(!card.text().contains(&link), "paid: no more link: {}", card.text());
    let labels: Vec<_> = card.buttons().into_iter().map(|(label, _)| label).collect();
    assert!(labels.contains(&en("btn-activate")), "{labels:?}");
}

#[tokio::test]
async fn opening_the_card_activates_a_slot_paid_while_its_answers_wait() {
    let wes = TestUser::new(2521, "Wes");
    let app = quiet_tracker(&wes).await;
    let summary = byok_to_summary(&app, &wes, None).await;
    app.press(&wes, &summary, &en("btn-confirm"), "is reserved").await;
    let id = only_slot(&app);
    let handle = app.sim.handle();
    assert!(handle.complete_payment(&id));

    let card = open_card(&app, &wes, "Sales bot").await;
    assert!(card.text().contains("Payment received! Starting Sales bot"), "{}", card.text());
    assert_eq!(handle.count_requests("POST", "/activate"), 1);
    assert_eq!(handle.deployment(&id).expect("slot").status, Status::Deploying);
    let storage = app.storage().await;
    assert!(storage.pending_activations().await.expect("read").is_empty(), "answers used");

    // The watcher finds nothing left to do: no second activation.
    app.tick().await;
    assert_eq!(handle.count_requests("POST", "/activate"), 1);
    let known = storage.deployments_of(ChatId(wes.id)).await.expect("read");
    assert_eq!(known[0].status, Status::Deploying.as_str());
}

/// How many messages to `chat` contain `text`.
fn messages_with(app: &TestApp, chat: i64, text: &str) -> usize {
    let calls = app.tg.calls_of("SendMessage");
    calls.iter().filter(|c| c.chat_id() == Some(chat) && c.text().contains(text)).count()
}

/// Buys a slot for `user` while every status check fails with `status` and `code`, and
/// waits for the notice that the wait ended; asserts it comes once and the answers are gone.
async fn wait_ends_when_checks_fail(app: &TestApp, user: &TestUser, status: u16, code: &str) {
    let summary = byok_to_summary(app, user, None).await;
    let failing = FaultKind::Error { status, code: code.into() };
    app.sim.handle().inject(Fault::once(failing).on_path("/status").times(10_000));
    let seen = app.tg.call_count();
    app.press(user, &summary, &en("btn-confirm"), "is reserved").await;
    let ended = "I stopped waiting for the payment for Sales bot";
    let notice = app.message_after(seen, user.id, ended).await;
    assert!(notice.text().contains("/list"), "{}", notice.text());
    let storage = app.storage().await;
    assert!(storage.pending_activations().await.expect("read").is_empty(), "answers deleted");
    let kept = storage.deployments_of(ChatId(user.id)).await.expect("read");
    assert_eq!(kept.len(), 1, "the order is kept");
    for _ in 0..3 {
        app.tick().await;
    }
    assert_eq!(messages_with(app, user.id, ended), 1, "told once");
}

#[tokio::test]
async fn a_revoked_key_ends_the_payment_wait_at_once() {
    let yan = TestUser::new(2522, "Yan");
    let app = TestApp::builder().with_key(&yan).spawn().await;
    app.tg.add_bot(ASSISTANT_TOKEN, 200001, "sales_helper_bot");
    wait_ends_when_checks_fail(&app, &yan, 401, "UNAUTHORIZED").await;
    let said = messages_with(&app, yan.id, "didn't accept the API key");
    assert_eq!(said, 1, "the reason, with the way to a new key");
}

#[tokio::test]
async fn an_outage_longer_than_the_payment_timeout_ends_the_wait() {
    let zoe = TestUser::new(2523, "Zoe");
    let app =
        TestApp::builder().payment_timeout(Duration::from_secs(1)).with_key(&zoe).spawn().await;
    app.tg.add_bot(ASSISTANT_TOKEN, 200001, "sales_helper_bot");
    wait_ends_when_checks_fail(&app, &zoe, 500, "INTERNAL_ERROR").await;
    let api_disabled = TestUser::new(2524, "Ari");
    app.give_key(&api_disabled).await;
    wait_ends_when_checks_fail(&app, &api_disabled, 404, "API_DISABLED").await;
}
