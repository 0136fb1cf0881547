//! The simulator where it had drifted from the reference: PATCH of a managed slot that was
//! never activated, deployment callbacks actually being called, stop of an unpaid slot; and
//! live deployments changing later, outside the bot.

use assistants_bot::{
    api::{ApiMode, Status},
    sim::{LiveChange, Outcome},
};
use serde_json::{Value, json};

use crate::support::{
    app::{API_KEY, TestApp, api_key, client_for, start_simulator},
    cards::{callbacks_only, redeploy_from_card, seed},
    fake_telegram::TestUser,
    wait::eventually,
};

const SONNET: &str = "claude-sonnet-4-5-20250929";

async fn patch(base: &url::Url, id: &str, body: Value) -> (u16, Value) {
    let url = base.join(&format!("api/v1/assistants/{id}")).expect("url");
    let response = reqwest::Client::new()
        .patch(url)
        .header("X-API-Key", API_KEY)
        .json(&body)
        .send()
        .await
        .expect("patch");
    (response.status().as_u16(), response.json().await.expect("json"))
}

#[tokio::test]
async fn a_managed_slot_never_activated_takes_a_new_model_under_openrouter() {
    let (sim, handle) = start_simulator(Default::default()).await;
    let paid = |mode| {
        handle.seed("usr_one", mode, |d| {
            d.status = Status::Purchased;
            d.payment_status = "paid".into();
        })
    };
    let model = |id: &str| json!({ "modelId": id });
    let managed = paid(ApiMode::Managed);

    let (status, body) =
        patch(&sim.base_url(), &managed, model("anthropic/claude-sonnet-4.5")).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["data"]["modelId"], "anthropic/claude-sonnet-4.5");
    assert_eq!(body["data"]["modelProvider"], "openrouter", "managed enforces openrouter");

    // Still checked against openrouter's catalog, and no other provider is accepted; a byok
    // slot with no provider yet gets one in the same PATCH.
    let byok = paid(ApiMode::Byok);
    let anthropic = json!({ "modelProvider": "anthropic", "modelId": SONNET });
    let invalid_input = (400, Some("INVALID_INPUT"));
    for (case, id, patched, expected) in [
        ("managed, not in openrouter's catalog", &managed, model("gpt-4o"), invalid_input),
        ("managed, another provider", &managed, anthropic.clone(), invalid_input),
        ("byok, a model without its provider", &byok, model(SONNET), invalid_input),
        ("byok, a model with its provider", &byok, anthropic, (200, None)),
    ] {
        let (status, body) = patch(&sim.base_url(), id, patched).await;
        assert_eq!((status, body["error"]["code"].as_str()), expected, "{case}: {body}");
    }
}

#[tokio::test]
async fn a_status_notice_arrives_through_the_simulators_callback() {
    let kim = TestUser::new(1401, "Kim");
    let app = TestApp::builder().options(callbacks_only("https://bot.example.com")).spawn().await;
    let sim = app.sim.handle();
    let local = format!("http://{}/", app.http_addr.expect("server"));
    sim.route_callbacks("https://bot.example.com/", &local);
    app.give_key(&kim).await;
    let id = seed(&sim, "Rung", ApiMode::Managed, Status::Stopped);
    redeploy_from_card(&app, &kim, "Rung").await;

    let seen = app.tg.call_count();
    assert!(sim.finish_deployment(&id, Outcome::Active));
    app.message_after(seen, kim.id, "Rung is live").await;

    // The bot answers the callback after it has handled it: the record may lag the notice.
    let (delivered, active) = eventually("a callback for active", async || {
        let delivered = sim.delivered_callbacks();
        let active = delivered.iter().find(|c| c.status == "active").cloned()?;
        Some((delivered, active))
    })
    .await;
    assert!(active.url.starts_with(&format!("{local}callbacks/")), "{active:?}");
    assert_eq!(active.answered, Some(204), "the bot took it: {delivered:?}");
    assert!(delivered.iter().any(|c| c.status == "deploying"), "redeploy is a change too");
}

#[tokio::test]
async fn stop_on_an_unpaid_slot_stops_it_as_the_reference_has_no_409() {
    let (sim, _handle) = start_simulator(Default::default()).await;
    let client = client_for(&sim);
    let id = client.purchase(&api_key(), ApiMode::Byok).await.expect("purchase").deployment_id;
    let stopped = client.stop(&api_key(), &id).await.expect("stop answers 200");
    assert_eq!(stopped.status, Status::Stopped);
    let listed = client.list(&api_key()).await.expect("list");
    assert!(listed.iter().any(|a| a.id == id && a.status == Status::Stopped), "{listed:?}");
}

#[tokio::test]
async fn a_live_deployment_failed_stopped_moved_or_deleted_later_shows_in_the_list() {
    let (sim, handle) = start_simulator(Default::default()).await;
    let client = client_for(&sim);
    let live = |worker: &str| {
        let worker = worker.to_owned();
        handle.seed("usr_one", ApiMode::Byok, move |d| {
            d.status = Status::Active;
            d.payment_status = "paid".into();
            d.worker_url = Some(format!("https://{worker}.workers.dev"));
            d.worker_name = Some(worker);
        })
    };
    let (failing, stopping, moving, going) = (live("a"), live("b"), live("c"), live("d"));
    let oom = "Worker crashed: out of memory";
    assert!(handle.change_live(&failing, LiveChange::Fail(oom.into())));
    assert!(handle.change_live(&moving, LiveChange::Move));
    assert!(handle.change_live(&going, LiveChange::Delete));
    // The same through the control route, for demos.
    let url = sim.base_url().join(&format!("_sim/deployments/{stopping}/change")).expect("url");
    let body = json!({ "change": "stop", "reason": "Stopped from the dashboard" });
    let answer = reqwest::Client::new().post(url).json(&body).send().await.expect("post");
    assert_eq!(answer.status().as_u16(), 204);

    let listed = client.list(&api_key()).await.expect("list");
    let find = |id: &str| listed.iter().find(|a| a.id.as_str() == id);
    let failed = find(&failing).expect("failed one listed");
    assert_eq!((&failed.status, failed.status_message.as_deref()), (&Status::Failed, Some(oom)));
    assert_eq!(find(&stopping).map(|a| &a.status), Some(&Status::Stopped));
    let moved = find(&moving).expect("moved one listed");
    assert_eq!(moved.status, Status::Active);
    assert_ne!(moved.worker_url.as_deref(), Some("https://c.workers.dev"));
    assert!(find(&going).is_none(), "a deleted one is gone");
    assert!(!handle.change_live(&failing, LiveChange::Delete), "only a live one changes");
}
