//! Status tracking: every change announced once, across crashes, outages, Telegram's limits;
//! callbacks; and the cost of a tick.

use std::time::Duration;

use assistants_bot::{
    api::{ApiMode, Status},
    app::{App, TgBot, Timing},
    sender::{Limits, Paced},
    sim::{Fault, FaultKind, Outcome, SimDeployment, SimHandle},
    storage::{Db, Engine, deployments},
    testkit::seed::{Known, known_deployments},
    tracker::Tracker,
};
use teloxide::prelude::*;

use crate::support::cards::en;
use crate::support::{
    app::{AppOptions, TestApp, button_data, client_for},
    cards::{callbacks_only, redeploy_from_card, seed},
    fake_telegram::{BOT_TOKEN, TestUser},
};

fn seed_deploying(sim: &SimHandle, name: &str) -> String {
    sim.seed("usr_one", ApiMode::Byok, |d: &mut SimDeployment| {
        d.name = Some(name.to_owned());
        d.status = Status::Deploying;
        d.payment_status = "paid".into();
        d.is_prebuy = false;
        d.model_provider = Some("anthropic".into());
        d.model_id = Some("claude-sonnet-4-5-20250929".into());
        d.worker_name = Some("openclaw-track".into());
    })
}

/// A running app whose chat for `user` knows one deploying assistant called `name` (via
/// /list): (the app, its simulator, the assistant's id).
async fn app_knowing(user: &TestUser, name: &str) -> (TestApp, SimHandle, String) {
    let app = TestApp::builder().with_key(user).spawn().await;
    let sim = app.sim.handle();
    let id = seed_deploying(&sim, name);
    app.say(user, "/list", "Your").await;
    (app, sim, id)
}

fn notices_for(app: &TestApp, chat: i64, text: &str) -> usize {
    app.tg
        .calls_of("SendMessage")
        .iter()
        .filter(|c| c.chat_id() == Some(chat) && c.text().contains(text))
        .count()
}

/// Asserts that `user` got `text` exactly once, after a tick that would have sent it again.
async fn assert_announced_once(app: &TestApp, user: &TestUser, text: &str) {
    app.tick().await;
    assert_eq!(notices_for(app, user.id, text), 1, "{text:?} announced once");
}

#[tokio::test]
async fn deploying_to_active_is_announced_once_with_the_link() {
    let alice = TestUser::new(901, "Alice");
    let (app, sim, id) = app_knowing(&alice, "Tracked").await;
    let seen = app.tg.calls().len();
    sim.finish_deployment(&id, Outcome::Active);
    let live = app.message_after(seen, alice.id, "Tracked is live").await;
    assert!(live.text().contains("https://openclaw-track.workers.dev"), "{}", live.text());
    assert_announced_once(&app, &alice, "Tracked is live").await;
}

#[tokio::test]
async fn a_failure_is_announced_with_its_reason_and_a_redeploy_button() {
    let bob = TestUser::new(902, "Bob");
    let (app, sim, id) = app_knowing(&bob, "Fragile").await;
    let seen = app.tg.calls().len();
    sim.finish_deployment(&id, Outcome::Failed("Invalid model API key".into()));
    let failed =
        app.message_after(seen, bob.id, "Fragile couldn't start: Invalid model API key").await;
    let redeploying =
        app.press_edit(&bob, &failed, &en("btn-redeploy"), &en("card-redeploying")).await;
    assert!(redeploying.text().contains("Fragile"));
    assert_eq!(sim.deployment(&id).expect("d").status, Status::Deploying);
}

#[tokio::test]
async fn an_open_card_is_redrawn_when_the_status_changes() {
    let cleo = TestUser::new(903, "Cleo");
    let app = TestApp::builder().with_key(&cleo).spawn().await;
    let id = seed_deploying(&app.sim.handle(), "Watched");
    let list = app.say(&cleo, "/list", "Your").await;
    let card = app.press_edit(&cleo, &list, "🟡 Watched", "Watched").await;
    let seen = app.tg.calls().len();
    app.sim.handle().finish_deployment(&id, Outcome::Active);
    let redrawn = app.edit_after(seen, cleo.id, &format!("Status: {}", en("status-active"))).await;
    assert_eq!(redrawn.body["message_id"], card.body["message_id"]);
}

#[tokio::test]
async fn a_crash_between_the_change_and_the_notice_loses_nothing_and_repeats_nothing() {
    let dana = TestUser::new(904, "Dana");
    let (mut app, sim, id) = app_knowing(&dana, "Phoenix").await;
    // Telegram refuses every message for now: the tracker records what it saw, then fails
    // to send (the crash window between "seen" and "announced").
    app.tg.fail_next("SendMessage", 1_000, 500);
    sim.finish_deployment(&id, Outcome::Active);
    app.tick().await;
    let known = app.storage().await.deployments_of(ChatId(dana.id)).await.expect("read");
    assert_eq!(known[0].status, "active");
    assert_eq!(known[0].notified_status.as_deref(), Some("deploying"), "seen, not announced");

    app.kill_and_restart().await;
    app.tg.fail_next("SendMessage", 0, 500);
    app.message_after(0, dana.id, "Phoenix is live").await;
    assert_announced_once(&app, &dana, "Phoenix is live").await;
}

#[tokio::test]
async fn an_api_outage_while_polling_neither_crashes_nor_spams() {
    let eli = TestUser::new(905, "Eli");
    let (app, sim, id) = app_knowing(&eli, "Patient").await;
    let before = app.tg.calls_of("SendMessage").len();
    sim.inject(
        Fault::once(FaultKind::Error { status: 503, code: "INTERNAL_ERROR".into() })
            .on_path("/status")
            .times(6),
    );
    sim.finish_deployment(&id, Outcome::Active);
    app.message_after(0, eli.id, "Patient is live").await;
    let during: Vec<String> =
        app.tg.calls_of("SendMessage").iter().skip(before).map(|c| c.text().to_owned()).collect();
    assert_eq!(during.len(), 1, "only the notice, no error spam: {during:?}");
    assert!(
        sim.requests().iter().filter(|r| r.path.ends_with("/status")).count() >= 7,
        "polling resumed"
    );
}

#[tokio::test]
async fn a_429_from_telegram_is_retried_not_dropped() {
    let fay = TestUser::new(906, "Fay");
    let (app, sim, id) = app_knowing(&fay, "Throttled").await;
    app.tg.fail_next("SendMessage", 1, 429);
    let seen = app.tg.calls().len();
    sim.finish_deployment(&id, Outcome::Active);
    app.message_after(seen, fay.id, "Throttled is live").await;
    assert_eq!(notices_for(&app, fay.id, "Throttled is live"), 1);
}

#[tokio::test]
async fn a_deleted_deployment_ends_its_tracking_with_one_notice() {
    let gus = TestUser::new(907, "Gus");
    let (app, sim, id) = app_knowing(&gus, "Vanishing").await;
    let seen = app.tg.calls().len();
    sim.edit_deployment(&id, |d| d.owner = "usr_elsewhere".into());
    app.message_after(seen, gus.id, "Vanishing no longer exists").await;
    assert_announced_once(&app, &gus, "Vanishing no longer exists").await;
    assert!(
        app.storage()
            .await
            .deployments_of(ChatId(gus.id))
            .await
            .expect("read")
            .iter()
            .all(|d| d.name.as_deref() != Some("Vanishing"))
    );
}

#[tokio::test]
async fn a_callback_triggers_an_immediate_refresh_and_unknown_paths_are_404() {
    let hal = TestUser::new(908, "Hal");
    let app = TestApp::builder()
        .options(callbacks_only("https://bot.example.com"))
        .with_key(&hal)
        .spawn()
        .await;
    let sim = app.sim.handle();
    let id = seed(&sim, "Called back", ApiMode::Managed, Status::Stopped);
    redeploy_from_card(&app, &hal, "Called back").await;
    let callback_url =
        sim.deployment(&id).expect("d").callback_url.expect("a callback URL was given");
    let token =
        callback_url.strip_prefix("https://bot.example.com/callbacks/").expect("under PUBLIC_URL");
    assert!(token.len() >= 40, "unguessable: {token}");

    let http = reqwest::Client::new();
    let base = format!("http://{}", app.http_addr.expect("server"));
    sim.finish_deployment(&id, Outcome::Active);
    let seen = app.tg.calls().len();
    let answer = http
        .post(format!("{base}/callbacks/{token}"))
        .body(r#"{"status":"deleted","lies":true}"#)
        .send()
        .await
        .expect("callback");
    assert_eq!(answer.status().as_u16(), 204);
    app.message_after(seen, hal.id, "Called back is live").await;

    let unknown = http.post(format!("{base}/callbacks/not-a-token")).send().await.expect("call");
    assert_eq!(unknown.status().as_u16(), 404);
    let elsewhere = http.post(format!("{base}/somewhere")).send().await.expect("call");
    assert_eq!(elsewhere.status().as_u16(), 404);
    let huge = http
        .post(format!("{base}/callbacks/{token}"))
        .body(vec![b'x'; 64 * 1024])
        .send()
        .await
        .expect("call");
    assert_eq!(huge.status().as_u16(), 413);
}

#[tokio::test]
async fn one_tick_polls_only_the_deployments_in_flight() {
    let ivy = TestUser::new(909, "Ivy");
    let mut app = TestApp::builder().with_key(&ivy).spawn().await;
    app.stop_bot().await;
    let sim = app.sim.handle();
    let storage = app.storage().await;

    // 10,000 known deployments: 50 deploying (in the simulator too), the rest settled.
    let rows = (0..10_000).map(|i| {
        let (id, status) = if i % 200 == 0 {
            (seed_deploying(&sim, &format!("Flight {i}")), "deploying")
        } else {
            (format!("dep_settled_{i}"), if i % 3 == 0 { "stopped" } else { "active" })
        };
        Known { id, name: format!("Bot {i}"), status }
    });
    known_deployments(&storage, ivy.id, rows).await.expect("seed");

    // The tracker's query uses the partial index, not a scan of every deployment.
    let plan: Vec<String> = match storage.engine() {
        Engine::Sqlite => {
            let rows: Vec<(i64, i64, i64, String)> =
                sqlx::query_as(&format!("EXPLAIN QUERY PLAN {}", deployments::TO_POLL))
                    .fetch_all(storage.pool())
                    .await
                    .expect("plan");
            rows.into_iter().map(|(_, _, _, detail)| detail).collect()
        }
        Engine::Postgres => {
            // PostgreSQL plans by its statistics, which a table filled a moment ago has not.
            sqlx::query("ANALYZE deployments").execute(storage.pool()).await.expect("analyze");
            sqlx::query_scalar(&format!("EXPLAIN {}", deployments::TO_POLL))
                .fetch_all(storage.pool())
                .await
                .expect("plan")
        }
    };
    assert!(plan.iter().any(|detail| detail.contains("deployments_unsettled")), "{plan:?}");

    let tracker = tracker_beside(&app, storage);
    sim.clear_requests();
    tracker.tick().await.expect("tick");
    let status_calls = sim.requests().iter().filter(|r| r.path.ends_with("/status")).count();
    assert_eq!(status_calls, 50);
    assert_eq!(sim.requests().len(), 50, "nothing else was called");
}

/// A tracker of `app`'s database that runs nothing by itself (no loop, no redraw worker): a
/// test runs its tick and its redraws by hand.
fn tracker_beside(app: &TestApp, storage: Db) -> Tracker {
    let bot: TgBot =
        Paced::new(Bot::new(BOT_TOKEN).set_api_url(app.tg.base_url()), Limits::default());
    let timing = Timing::new(Duration::from_secs(5), Duration::from_secs(600));
    let telegram = (app.tg.base_url(), reqwest::Client::new());
    let shared = App::assemble(storage, client_for(&app.sim), telegram, None, timing);
    Tracker::new(shared, bot)
}

#[tokio::test]
async fn a_card_opened_500_times_leaves_one_view_and_a_tick_waits_on_no_redraw() {
    let jo = TestUser::new(910, "Jo");
    // The loop ticks once at start and then not for an hour; the flood guard lets 500
    // presses by.
    let options = AppOptions {
        poll_interval: Duration::from_secs(3600),
        flood: Some((10_000, Duration::from_millis(1))),
        ..AppOptions::default()
    };
    let mut app = TestApp::builder().options(options).with_key(&jo).spawn().await;
    let sim = app.sim.handle();
    let id = seed_deploying(&sim, "Opened");
    let list = app.say(&jo, "/list", "Your").await;
    let open = button_data(&list, "🟡 Opened");
    // The card opened in 500 messages, one after the other.
    let messages = 100_000..100_500_i64;
    for message in messages.clone() {
        let seen = app.tg.call_count();
        app.tg.press(jo.id, &jo, message, &open);
        app.tg
            .wait_for_after(seen, "the card", Duration::from_secs(10), |c| {
                c.is("EditMessageText") && c.body["message_id"] == message
            })
            .await;
    }
    app.settled().await;
    let storage = app.storage().await;
    let views: Vec<(i64, i64)> = sqlx::query_as("SELECT chat_id, message_id FROM card_views")
        .fetch_all(storage.pool())
        .await
        .expect("views");
    assert_eq!(views, vec![(jo.id, messages.end - 1)], "one view: the card opened last");

    // The status changes; a tick of a tracker with no worker beside it announces it and only
    // queues the card's redraw.
    app.stop_bot().await;
    let tracker = tracker_beside(&app, storage);
    sim.finish_deployment(&id, Outcome::Active);
    let seen = app.tg.call_count();
    tracker.tick().await.expect("tick");
    let during: Vec<_> = app.tg.calls()[seen..].iter().map(|c| c.method.clone()).collect();
    assert_eq!(during, ["SendMessage"], "the notice, and no edit");
    assert_eq!(tracker.redraws.len(), 1, "one redraw queued");

    // The worker's step: one edit, of the last card, showing the new status.
    let seen = app.tg.call_count();
    assert_eq!(tracker.draw_queued().await, 1);
    let edits = &app.tg.calls()[seen..];
    assert_eq!(edits.len(), 1, "one edit for 500 openings");
    assert!(edits[0].is("EditMessageText"));
    assert_eq!(edits[0].body["message_id"], messages.end - 1);
    let active = format!("Status: {}", en("status-active"));
    assert!(edits[0].text().contains(&active), "{}", edits[0].text());
}
