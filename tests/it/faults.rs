//! Faults and edges: chats that cannot be reached, odd values from the API, callback floods,
//! lost purchase answers and Confirms cut short.

use std::time::{Duration, Instant};

use assistants_bot::{
    api::{ApiMode, Status},
    conversation::{Draft, SecretText, State, Step, Wizard},
    sim::{Fault, FaultKind, Outcome},
    storage::dialogues::DialogueStore,
};
use serde_json::json;
use teloxide::types::ChatId;

use crate::support::{
    app::{AppOptions, TestApp},
    cards::{callbacks_only, en, open_card, redeploy_from_card, seed},
    fake_telegram::{Call, TestUser},
    wait::eventually,
};

const TOKEN: &str = "400006:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_fault";

async fn ready(options: AppOptions, user: &TestUser) -> TestApp {
    let app = TestApp::builder().options(options).with_key(user).spawn().await;
    app.tg.add_bot(TOKEN, 400006, "fault_helper_bot");
    app
}

/// `user`'s app with one managed assistant called `name`, stopped, whose card they opened
/// and redeployed: (the app, the assistant's id).
async fn redeploying(options: AppOptions, user: &TestUser, name: &str) -> (TestApp, String) {
    let app = ready(options, user).await;
    let id = seed(&app.sim.handle(), name, ApiMode::Managed, Status::Stopped);
    redeploy_from_card(&app, user, name).await;
    (app, id)
}

/// A managed wizard of `user`, from /new to its summary.
async fn managed_to_summary(app: &TestApp, user: &TestUser, name: &str) -> Call {
    app.managed_wizard_to_token(user, name).await;
    app.say(user, TOKEN, "Please check").await
}

#[tokio::test]
async fn a_blocked_chat_gets_a_bounded_number_of_tries() {
    let ada = TestUser::new(3001, "Ada");
    let (app, id) = redeploying(AppOptions::default(), &ada, "Blocked").await;
    app.tg.block(ada.id);
    assert!(app.sim.handle().finish_deployment(&id, Outcome::Active));
    let tries = || app.tg.refused().iter().filter(|c| c.chat_id() == Some(ada.id)).count();
    eventually("the first try", async || (tries() >= 1).then_some(())).await;
    // A retry on every tick would try again in each of these.
    for _ in 0..5 {
        app.tick().await;
    }
    assert_eq!(tries(), 1, "a blocked chat is tried once, then given up");
    // Given up for good, not put off by a backoff that would expire: it is marked announced.
    let known = app.storage().await.deployments_of(ChatId(ada.id)).await.expect("read");
    let notice = known.iter().find(|d| d.deployment_id == id).expect("the deployment");
    assert_eq!(notice.notified_status.as_deref(), Some("active"), "the notice is given up");
}

#[tokio::test]
async fn an_odd_updated_at_from_the_api_neither_panics_nor_stops_the_tracker() {
    let bea = TestUser::new(3002, "Bea");
    let app = ready(AppOptions::default(), &bea).await;
    let sim = app.sim.handle();
    let id = seed(&sim, "Odd", ApiMode::Managed, Status::Stopped);
    for odd in ["2026-02-13T12:0é:00.000Z", "é", ""] {
        sim.inject(
            Fault::once(FaultKind::Field { name: "updatedAt".into(), value: json!(odd) })
                .on_method("GET")
                .times(3),
        );
        let card = open_card(&app, &bea, "Odd").await;
        assert!(card.text().contains("Updated:"), "{}", card.text());
    }
    // The card's redeploy answer carries the odd value too, and the tracker goes on.
    sim.inject(Fault::once(FaultKind::Field { name: "updatedAt".into(), value: json!("ü") }));
    let card = open_card(&app, &bea, "Odd").await;
    app.press_edit(&bea, &card, &en("btn-redeploy"), &en("card-redeploying")).await;
    let seen = app.tg.call_count();
    assert!(sim.finish_deployment(&id, Outcome::Active));
    app.message_after(seen, bea.id, "Odd is live").await;
}

#[tokio::test]
async fn a_callback_flood_costs_a_bounded_number_of_api_calls() {
    let cy = TestUser::new(3003, "Cy");
    let (app, id) = redeploying(callbacks_only("https://bot.example.com"), &cy, "Flooded").await;
    let sim = app.sim.handle();
    let given = sim.deployment(&id).and_then(|d| d.callback_url).expect("a callback URL");
    let local = given.replace("https://bot.example.com/", &format!("{}/", app.server()));

    sim.clear_requests();
    let started = Instant::now();
    let client = reqwest::Client::new();
    for _ in 0..50 {
        let answer = client.post(&local).body("{}").send().await.expect("post");
        assert_eq!(answer.status().as_u16(), 204);
    }
    // Every call answered at once; the checks they trigger are paced per deployment: the
    // first at once, then at most one every 2 s.
    let checks = || sim.count_requests("GET", "/status");
    eventually("a status check", async || (checks() >= 1).then_some(())).await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    let most = 1 + (started.elapsed().as_secs_f64() / 2.0).ceil() as usize;
    let checks = checks();
    assert!((1..=most).contains(&checks), "{checks} status calls for 50 callbacks");
}

#[tokio::test]
async fn a_purchase_whose_answer_is_lost_is_adopted_not_bought_twice() {
    let dee = TestUser::new(3004, "Dee");
    let app = ready(AppOptions::default(), &dee).await;
    let sim = app.sim.handle();
    let summary = managed_to_summary(&app, &dee, "Slow").await;
    // The service takes longer than the client waits (3 s in tests), and buys all the same.
    sim.inject(Fault::once(FaultKind::LateAnswer(Duration::from_secs(4))).on_path("/purchase"));
    let adopted = app.press(&dee, &summary, &en("btn-confirm"), "did not reach me").await;
    assert!(adopted.buttons().iter().any(|(l, _)| *l == en("btn-stop-waiting")));
    assert_eq!(sim.count_requests("POST", "/purchase"), 1, "no second purchase");
    let list = app.say(&dee, "/list", "Your").await;
    assert_eq!(list.buttons().len(), 1, "one slot: {:?}", list.buttons());
}

#[tokio::test]
async fn a_confirm_cut_short_is_resumed_without_buying_twice() {
    let eve = TestUser::new(3005, "Eve");
    let mut app = ready(AppOptions::default(), &eve).await;
    let sim = app.sim.handle();
    let draft = Draft {
        mode: Some(ApiMode::Managed),
        name: Some("Resumed".into()),
        provider: Some("openrouter".into()),
        model: Some("openai/gpt-5".into()),
        bot_token: Some(SecretText::new(TOKEN)),
        bot_username: Some("fault_helper_bot".into()),
        model_key: None,
        managed_bot: None,
    };
    let cut_short = State::Wizard(Wizard {
        id: 7,
        owner: eve.id as u64,
        step: Step::Submitting,
        draft,
        slot: None,
        keyboard: false,
        submitted_at: None,
    });
    let store = |db| DialogueStore::<State>::new(db, Duration::from_secs(1800));

    // The purchase went through before the crash: the slot is adopted, nothing bought.
    app.stop_bot().await;
    store(app.storage().await).write(ChatId(eve.id), &cut_short).await.expect("state");
    seed(&sim, "", ApiMode::Managed, Status::PendingPayment);
    app.restart().await;
    app.say(&eve, "hello?", "did not reach me").await;
    assert_eq!(sim.count_requests("POST", "/purchase"), 0);

    // It did not: the summary comes back, and Confirm buys once.
    app.stop_bot().await;
    store(app.storage().await).write(ChatId(eve.id), &cut_short).await.expect("state");
    app.restart().await;
    app.say(&eve, "hello?", &en("wz-resumed")).await;
    let summary = app.message_after(0, eve.id, "Please check").await;
    app.press(&eve, &summary, &en("btn-confirm"), "is reserved").await;
    assert_eq!(sim.count_requests("POST", "/purchase"), 1);
}

#[tokio::test]
async fn an_edit_of_a_slot_never_activated_does_not_offer_redeploy() {
    let fay = TestUser::new(3006, "Fay");
    let app = ready(AppOptions::default(), &fay).await;
    seed(&app.sim.handle(), "Fresh slot", ApiMode::Managed, Status::Purchased);
    let card = open_card(&app, &fay, "Fresh slot").await;
    let menu = app.press_edit(&fay, &card, &en("btn-edit"), "Fresh slot").await;
    app.press(&fay, &menu, &en("btn-field-name"), "Fresh slot").await;
    let saved = app.say(&fay, "Renamed slot", "Renamed slot").await;
    let labels: Vec<String> = saved.buttons().into_iter().map(|(l, _)| l).collect();
    assert!(!labels.contains(&en("btn-redeploy")), "the API refuses a redeploy here: {labels:?}");
    assert!(labels.contains(&en("btn-open-card")));
}
