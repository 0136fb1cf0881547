//! The typed client against the simulator: every endpoint, every documented error code, and
//! the transport failures.

use std::time::Duration;

use assistants_bot::{
    api::{
        ActivateRequest, ApiClient, ApiError, ApiKey, ApiMode, ClientOptions, DeploymentId,
        ErrorCode, RedeployRequest, Status, UpdateRequest, validate::ValidationError,
    },
    sim::{Fault, FaultKind, Outcome, SimHandle, SimOptions, Simulator},
};
use secrecy::SecretString;

use crate::support::app::{api_key, client_for, start_simulator};

fn byok_activation(name: &str) -> ActivateRequest {
    ActivateRequest {
        name: name.to_owned(),
        model_provider: Some("anthropic".into()),
        model_id: "claude-sonnet-4-5-20250929".into(),
        telegram_bot_token: SecretString::from("200001:ASSISTANT_TOKEN"),
        model_api_key: Some(SecretString::from("sk-ant-model-key")),
        callback_url: Some("https://example.com/deploy-callback".into()),
    }
}

fn assert_api_error(result: Result<impl std::fmt::Debug, ApiError>, status: u16, code: ErrorCode) {
    match result {
        Err(ApiError::Api(failure)) => {
            assert_eq!(failure.status, status, "HTTP status of {code}");
            assert_eq!(failure.code, code);
            assert!(!failure.message.is_empty(), "the API's message is kept");
        }
        other => panic!("expected {status} {code}, got {other:?}"),
    }
}

/// A slot of `mode` the default owner bought (unpaid, unless the simulator pays by itself).
async fn bought(client: &ApiClient, mode: ApiMode) -> DeploymentId {
    client.purchase(&api_key(), mode).await.expect("purchase").deployment_id
}

/// A paid, activated, deploying byok assistant.
async fn deploying(client: &ApiClient, handle: &SimHandle) -> DeploymentId {
    let id = bought(client, ApiMode::Byok).await;
    assert!(handle.complete_payment(id.as_str()));
    client.activate(&api_key(), &id, &byok_activation("Sales bot")).await.expect("activate");
    id
}

/// A simulator and a client for it.
async fn connected() -> (Simulator, SimHandle, ApiClient) {
    connected_with(SimOptions::default()).await
}

/// A simulator started with `options` and a client for it.
async fn connected_with(options: SimOptions) -> (Simulator, SimHandle, ApiClient) {
    let (sim, handle) = start_simulator(options).await;
    let client = client_for(&sim);
    (sim, handle, client)
}

/// A simulator that marks every purchase paid at once.
fn auto_paying() -> SimOptions {
    SimOptions { auto_pay: true, ..Default::default() }
}

#[tokio::test]
async fn the_whole_lifecycle_goes_through_every_endpoint() {
    let (sim, handle, client) = connected().await;
    let key = api_key();

    let slot = client.purchase(&key, ApiMode::Byok).await.expect("purchase");
    assert!(slot.checkout_url.starts_with(sim.base_url().as_str()), "{}", slot.checkout_url);
    let id = slot.deployment_id;
    assert_eq!(client.status(&key, &id).await.expect("status").status, Status::PendingPayment);

    // Paying is opening the checkout link.
    let paid = reqwest::get(&slot.checkout_url).await.expect("checkout page");
    assert!(paid.status().is_success());
    let got = client.get(&key, &id).await.expect("get");
    assert_eq!((got.status.clone(), got.is_prebuy), (Status::Purchased, true));

    let active = client.activate(&key, &id, &byok_activation("Sales bot")).await.expect("activate");
    assert_eq!(active.status, Status::Deploying);
    assert_eq!(active.name.as_deref(), Some("Sales bot"));
    assert!(handle.finish_deployment(id.as_str(), Outcome::Active));
    let status = client.status(&key, &id).await.expect("status");
    assert_eq!(status.status, Status::Active);
    assert!(status.worker_url.is_some_and(|u| u.starts_with("https://openclaw-")));

    let listed = client.list(&key).await.expect("list");
    assert_eq!(listed.iter().map(|a| &a.id).collect::<Vec<_>>(), vec![&id]);

    let stopped = client.stop(&key, &id).await.expect("stop");
    assert_eq!(stopped.status, Status::Stopped);
    let renamed = client
        .update(
            &key,
            &id,
            &UpdateRequest { name: Some("Support bot".into()), ..Default::default() },
        )
        .await
        .expect("update");
    assert_eq!(renamed.name.as_deref(), Some("Support bot"));
    let redeployed =
        client.redeploy(&key, &id, &RedeployRequest::default()).await.expect("redeploy");
    assert_eq!(redeployed.status, Status::Deploying);

    client.delete(&key, &id).await.expect("delete");
    assert_api_error(client.get(&key, &id).await, 404, ErrorCode::NotFound);
    assert!(client.list(&key).await.expect("list").is_empty());

    let stored = handle.deployment(id.as_str());
    assert!(stored.is_none(), "deleted in the simulator too");
}

#[tokio::test]
async fn managed_modes_use_openrouter_and_refuse_a_model_key_update() {
    let (_sim, handle, client) = connected_with(auto_paying()).await;
    let key = api_key();
    let id = bought(&client, ApiMode::Managed).await;
    let request = ActivateRequest {
        model_provider: None,
        model_id: "anthropic/claude-sonnet-4.5".into(),
        model_api_key: None,
        ..byok_activation("Managed")
    };
    let active = client.activate(&key, &id, &request).await.expect("auto-paid");
    assert_eq!(active.model_provider.as_deref(), Some("openrouter"));
    assert_eq!(active.api_mode, Some(ApiMode::Managed));
    handle.finish_deployment(id.as_str(), Outcome::Failed("no worker".into()));
    let failed = client.get(&key, &id).await.expect("get");
    assert_eq!(
        (failed.status, failed.status_message.as_deref()),
        (Status::Failed, Some("no worker"))
    );

    let with_key =
        UpdateRequest { model_api_key: Some(SecretString::from("sk-x")), ..Default::default() };
    assert_api_error(client.update(&key, &id, &with_key).await, 400, ErrorCode::InvalidInput);
}

#[tokio::test]
async fn unauthorized_for_an_unknown_key() {
    let (_sim, _, client) = connected().await;
    let result = client.list(&ApiKey::new("sk_wrong")).await;
    assert_api_error(result, 401, ErrorCode::Unauthorized);
}

#[tokio::test]
async fn invalid_request_for_unknown_body_keys() {
    let (sim, _) = start_simulator(SimOptions::default()).await;
    // The typed client cannot send unknown keys, so speak raw HTTP to check the simulator…
    let url = sim.base_url().join("api/v1/assistants/purchase").expect("url");
    let raw = reqwest::Client::new()
        .post(url)
        .header("X-API-Key", crate::support::app::API_KEY)
        .json(&serde_json::json!({ "apiMode": "byok", "coupon": "FREE" }))
        .send()
        .await
        .expect("request");
    assert_eq!(raw.status().as_u16(), 400);
    let body: serde_json::Value = raw.json().await.expect("json");
    assert_eq!(body["error"]["code"], "INVALID_REQUEST");
}

#[tokio::test]
async fn invalid_request_is_decoded_by_the_client() {
    let (_sim, handle, client) = connected().await;
    // …and a 400 INVALID_REQUEST answered to the client decodes into its code.
    handle.inject(Fault::once(FaultKind::Error { status: 400, code: "INVALID_REQUEST".into() }));
    let result = client.purchase(&api_key(), ApiMode::Byok).await;
    assert_api_error(result, 400, ErrorCode::InvalidRequest);
}

#[tokio::test]
async fn invalid_input_for_byok_without_a_model_key_or_with_an_unknown_model() {
    let (_sim, handle, client) = connected_with(auto_paying()).await;
    let key = api_key();
    let id = bought(&client, ApiMode::Byok).await;
    let no_key = ActivateRequest { model_api_key: None, ..byok_activation("A") };
    assert_api_error(client.activate(&key, &id, &no_key).await, 400, ErrorCode::InvalidInput);
    let unknown = ActivateRequest { model_id: "llama-from-mars".into(), ..byok_activation("A") };
    assert_api_error(client.activate(&key, &id, &unknown).await, 400, ErrorCode::InvalidInput);
    assert_eq!(handle.deployment(id.as_str()).expect("kept").status, Status::Purchased);
}

#[tokio::test]
async fn invalid_state_for_activation_before_payment_and_patch_while_active() {
    let (_sim, handle, client) = connected().await;
    let key = api_key();
    let unpaid = bought(&client, ApiMode::Byok).await;
    assert_api_error(
        client.activate(&key, &unpaid, &byok_activation("A")).await,
        409,
        ErrorCode::InvalidState,
    );
    let id = deploying(&client, &handle).await;
    let rename = UpdateRequest { name: Some("B".into()), ..Default::default() };
    assert_api_error(client.update(&key, &id, &rename).await, 409, ErrorCode::InvalidState);
    assert_api_error(
        client.redeploy(&key, &id, &RedeployRequest::default()).await,
        409,
        ErrorCode::InvalidState,
    );
}

#[tokio::test]
async fn not_found_for_another_owners_deployment() {
    let (_sim, handle, client) = connected().await;
    handle.add_key("sk_other_owner", "usr_two");
    let theirs =
        client.purchase(&ApiKey::new("sk_other_owner"), ApiMode::Byok).await.expect("purchase");
    assert_api_error(
        client.status(&api_key(), &theirs.deployment_id).await,
        404,
        ErrorCode::NotFound,
    );
    assert_api_error(
        client.delete(&api_key(), &theirs.deployment_id).await,
        404,
        ErrorCode::NotFound,
    );
    assert!(handle.deployment(theirs.deployment_id.as_str()).is_some(), "not deleted");
}

#[tokio::test]
async fn api_disabled_answers_every_endpoint() {
    let (_sim, handle, client) = connected().await;
    handle.set_api_disabled(true);
    assert_api_error(client.list(&api_key()).await, 404, ErrorCode::ApiDisabled);
    assert_api_error(client.purchase(&api_key(), ApiMode::Byok).await, 404, ErrorCode::ApiDisabled);
    handle.set_api_disabled(false);
    assert!(client.list(&api_key()).await.is_ok());
}

#[tokio::test]
async fn payment_not_configured_fails_a_purchase() {
    let (_sim, handle, client) = connected().await;
    handle.set_payment_unconfigured(true);
    let result = client.purchase(&api_key(), ApiMode::Unlimited).await;
    assert_api_error(result, 500, ErrorCode::PaymentNotConfigured);
}

#[tokio::test]
async fn worker_delete_failed_leaves_the_deployment_as_it_was() {
    let (_sim, handle, client) = connected().await;
    let id = deploying(&client, &handle).await;
    handle.finish_deployment(id.as_str(), Outcome::Active);
    handle.edit_deployment(id.as_str(), |d| d.worker_delete_fails = true);
    assert_api_error(client.stop(&api_key(), &id).await, 502, ErrorCode::WorkerDeleteFailed);
    assert_api_error(client.delete(&api_key(), &id).await, 502, ErrorCode::WorkerDeleteFailed);
    assert_eq!(client.status(&api_key(), &id).await.expect("status").status, Status::Active);
}

#[tokio::test]
async fn internal_error_is_decoded_and_reads_are_retried_but_writes_are_not() {
    let (_sim, handle, client) = connected().await;
    let fault = || FaultKind::Error { status: 500, code: "INTERNAL_ERROR".into() };

    handle.inject(Fault::once(fault()).on_method("GET"));
    assert!(client.list(&api_key()).await.is_ok(), "one 500 on a read is retried away");
    assert_eq!(handle.count_requests("GET", "/api/v1/assistants"), 2);

    handle.inject(Fault::once(fault()).on_method("GET").times(3));
    assert_api_error(client.list(&api_key()).await, 500, ErrorCode::InternalError);

    handle.clear_requests();
    handle.inject(Fault::once(fault()).on_method("POST"));
    assert_api_error(
        client.purchase(&api_key(), ApiMode::Byok).await,
        500,
        ErrorCode::InternalError,
    );
    assert_eq!(handle.count_requests("POST", "/purchase"), 1, "a purchase is never retried");
}

#[tokio::test]
async fn transport_failures_are_their_own_variants() {
    let (sim, handle) = start_simulator(SimOptions::default()).await;
    let options = ClientOptions {
        timeout: Duration::from_millis(200),
        get_attempts: 1,
        ..Default::default()
    };
    let client = ApiClient::new(sim.base_url(), options.clone()).expect("client");

    handle.inject(Fault::once(FaultKind::Latency(Duration::from_secs(2))));
    assert!(matches!(client.list(&api_key()).await, Err(ApiError::Timeout)));

    handle.inject(Fault::once(FaultKind::MalformedBody));
    assert!(matches!(client.list(&api_key()).await, Err(ApiError::Undecodable { status: 200 })));

    // A port nothing listens on: bind one, learn it, free it.
    let closed =
        std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr");
    let nowhere = url::Url::parse(&format!("http://{closed}")).expect("url");
    let client = ApiClient::new(nowhere, options).expect("client");
    assert!(matches!(client.list(&api_key()).await, Err(ApiError::Connect)));
}

#[tokio::test]
async fn documented_rules_are_checked_before_sending() {
    let (_sim, handle, client) = connected().await;
    let id = DeploymentId::from("dep_x");
    let long = ActivateRequest { name: "n".repeat(101), ..byok_activation("") };
    assert!(matches!(
        client.activate(&api_key(), &id, &long).await,
        Err(ApiError::Invalid(ValidationError::NameTooLong(101)))
    ));
    let local = RedeployRequest { callback_url: Some("https://192.168.0.10/cb".into()) };
    assert!(matches!(
        client.redeploy(&api_key(), &id, &local).await,
        Err(ApiError::Invalid(ValidationError::CallbackUrlNotPublic))
    ));
    assert!(matches!(
        client.update(&api_key(), &id, &UpdateRequest::default()).await,
        Err(ApiError::Invalid(ValidationError::EmptyUpdate))
    ));
    assert!(handle.requests().is_empty(), "nothing was sent");
}

#[tokio::test]
async fn stale_pending_slots_drop_out_of_the_list() {
    let (_sim, handle, client) = connected().await;
    let stale = bought(&client, ApiMode::Byok).await;
    handle.advance_clock(Duration::from_secs(3601));
    let fresh = bought(&client, ApiMode::Byok).await;
    let ids: Vec<DeploymentId> =
        client.list(&api_key()).await.expect("list").into_iter().map(|a| a.id).collect();
    assert_eq!(ids, vec![fresh]);
    assert_eq!(
        client.status(&api_key(), &stale).await.expect("still there").status,
        Status::PendingPayment
    );
}

#[tokio::test]
async fn deployments_finish_by_themselves_when_asked_to() {
    let options = SimOptions {
        auto_pay: true,
        deploy_after: Some(Duration::from_secs(3)),
        auto_outcome: None,
    };
    let (_sim, handle, client) = connected_with(options).await;
    let id = bought(&client, ApiMode::Byok).await;
    client.activate(&api_key(), &id, &byok_activation("A")).await.expect("activate");
    assert_eq!(client.status(&api_key(), &id).await.expect("s").status, Status::Deploying);
    handle.advance_clock(Duration::from_secs(3));
    assert_eq!(client.status(&api_key(), &id).await.expect("s").status, Status::Active);
}
