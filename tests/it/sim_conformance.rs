//! The simulator where it had drifted from the reference: PATCH of a managed slot that was
//! never activated.

use assistants_bot::api::{ApiMode, Status};
use serde_json::{Value, json};

use crate::support::app::{API_KEY, start_simulator};

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
    let managed = paid(ApiMode::Managed);

    let (status, body) =
        patch(&sim.base_url(), &managed, json!({ "modelId": "anthropic/claude-sonnet-4.5" })).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["data"]["modelId"], "anthropic/claude-sonnet-4.5");
    assert_eq!(body["data"]["modelProvider"], "openrouter", "managed enforces openrouter");

    // Still checked against openrouter's catalog, and no other provider is accepted.
    let (status, body) = patch(&sim.base_url(), &managed, json!({ "modelId": "gpt-4o" })).await;
    assert_eq!((status, body["error"]["code"].as_str()), (400, Some("INVALID_INPUT")), "{body}");
    let (status, body) = patch(
        &sim.base_url(),
        &managed,
        json!({ "modelProvider": "anthropic", "modelId": "claude-sonnet-4-5-20250929" }),
    )
    .await;
    assert_eq!((status, body["error"]["code"].as_str()), (400, Some("INVALID_INPUT")), "{body}");

    // A byok slot with no provider yet gets one in the same PATCH.
    let byok = paid(ApiMode::Byok);
    let (status, body) =
        patch(&sim.base_url(), &byok, json!({ "modelId": "claude-sonnet-4-5-20250929" })).await;
    assert_eq!((status, body["error"]["code"].as_str()), (400, Some("INVALID_INPUT")), "{body}");
    let (status, body) = patch(
        &sim.base_url(),
        &byok,
        json!({ "modelProvider": "anthropic", "modelId": "claude-sonnet-4-5-20250929" }),
    )
    .await;
    assert_eq!(status, 200, "{body}");
}
