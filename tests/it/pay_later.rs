//! Pay later: an unpaid slot's card offers 💳 Pay after the bot stopped waiting, and opening
//! or refreshing the card notices a payment.

use std::time::Duration;

use assistants_bot::api::Status;
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
