//! The simulator where it had drifted from the reference: PATCH of a managed slot that was
//! never activated, and deployment callbacks actually being called.

use assistants_bot::{
    api::{ApiMode, Status},
    sim::Outcome,
};
use serde_json::{Value, json};

use crate::support::{
    app::{API_KEY, TestApp, start_simulator},
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
