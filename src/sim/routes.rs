//! The simulator's HTTP surface: the nine API routes, the gate in front of them (request log,
//! injected faults, the API_DISABLED switch, authentication), and a few control routes.

use std::{
    sync::{Arc, Mutex, MutexGuard},
    time::Duration,
};

use axum::{
    Extension, Json, Router,
    body::Bytes,
    extract::{Path, Request, State},
    http::StatusCode,
    middleware::{self, Next},
    response::{Html, IntoResponse, Response},
    routing::{get, post},
};
use rand::Rng as _;
use serde::{Deserialize, de::DeserializeOwned};
use serde_json::{Value, json};
use url::Url;

use super::model::{
    Callback, FaultKind, Outcome, RecordedRequest, SimDeployment, World, model_is_known,
};
use crate::api::{ApiMode, Status, validate};

/// State shared by every route.
#[derive(Debug)]
pub struct Shared {
    /// The simulated service.
    pub world: Mutex<World>,
    /// Where the simulator is reachable (for checkout links).
    pub base_url: Url,
    /// The queue of the background task that posts callbacks.
    pub callbacks: tokio::sync::mpsc::UnboundedSender<Callback>,
}

impl Shared {
    /// Hands the status changes recorded so far to the callback sender. Called after every
    /// request and control action; the sender posts them in order, off the request path.
    pub fn flush_callbacks(&self) {
        let mut world = self.world();
        // Queued under the lock, so two requests cannot reorder one deployment's changes.
        for callback in world.take_callbacks() {
            let _ = self.callbacks.send(callback);
        }
    }

    /// Locks the world. A panic while holding the lock cannot leave it half-updated in a way
    /// that matters to a test double, so a poisoned lock is simply taken over.
    pub fn world(&self) -> MutexGuard<'_, World> {
        self.world.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[derive(Debug, Clone)]
struct Owner(String);

/// All routes, API and control.
pub fn router(shared: Arc<Shared>) -> Router {
    let api = Router::new()
        .route("/api/v1/assistants", get(list))
        .route("/api/v1/assistants/purchase", post(purchase))
        .route("/api/v1/assistants/{id}", get(fetch).patch(update).delete(remove))
        .route("/api/v1/assistants/{id}/activate", post(activate))
        .route("/api/v1/assistants/{id}/status", get(status))
        .route("/api/v1/assistants/{id}/redeploy", post(redeploy))
        .route("/api/v1/assistants/{id}/stop", post(stop))
        .layer(middleware::from_fn_with_state(shared.clone(), gate));
    let control = Router::new()
        .route("/_sim/checkout/{id}", get(checkout))
        .route("/_sim/deployments/{id}/pay", post(pay))
        .route("/_sim/deployments/{id}/finish", post(finish))
        .route("/_sim/api-disabled", post(set_disabled));
    api.merge(control).with_state(shared)
}

/// A documented API error, answered in the error envelope.
#[derive(Debug, Clone, Copy)]
struct SimError {
    status: u16,
    code: &'static str,
    message: &'static str,
}

impl SimError {
    fn new(status: u16, code: &'static str, message: &'static str) -> Self {
        Self { status, code, message }
    }
}

impl IntoResponse for SimError {
    fn into_response(self) -> Response {
        error(self.status, self.code, self.message)
    }
}

type Reply = Result<Response, SimError>;

fn error(status: u16, code: &str, message: &str) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, Json(json!({ "error": { "code": code, "message": message } }))).into_response()
}

fn data(status: StatusCode, value: Value) -> Reply {
    Ok((status, Json(json!({ "data": value }))).into_response())
}

fn invalid_request() -> SimError {
    SimError::new(400, "INVALID_REQUEST", "Invalid request body")
}

fn not_found() -> SimError {
    SimError::new(404, "NOT_FOUND", "Deployment not found")
}

async fn gate(State(shared): State<Arc<Shared>>, mut request: Request, next: Next) -> Response {
    let method = request.method().to_string();
    let path = request.uri().path().to_owned();
    let key = request.headers().get("x-api-key").and_then(|v| v.to_str().ok()).map(str::to_owned);
    let (fault, disabled, owner) = {
        let mut world = shared.world();
        world.requests.push(RecordedRequest { method: method.clone(), path: path.clone() });
        let fault = world.take_fault(&method, &path);
        let owner = key.and_then(|k| world.keys.get(&k).cloned());
        (fault, world.api_disabled, owner)
    };
    let malformed = match fault {
        Some(FaultKind::Error { status, code }) => return error(status, &code, "Injected fault"),
        Some(FaultKind::Latency(delay)) => {
            tokio::time::sleep(delay).await;
            false
        }
        Some(FaultKind::MalformedBody) => true,
        None => false,
    };
    // Not in the reference: which of API_DISABLED and UNAUTHORIZED wins when both apply.
    if disabled {
        return error(404, "API_DISABLED", "Assistant v1 API is disabled");
    }
    let Some(owner) = owner else {
        return error(401, "UNAUTHORIZED", "API key required or invalid API key");
    };
    request.extensions_mut().insert(Owner(owner));
    let response = next.run(request).await;
    shared.flush_callbacks();
    if malformed {
        return (response.status(), "<html>upstream hiccup</html>").into_response();
    }
    response
}

/// Parses a JSON body strictly (unknown keys refused); an empty body counts as `{}` when
/// `empty_ok`.
///
/// Not in the reference for every route: it says unknown keys are refused only for purchase
/// ("fails schema validation" elsewhere); the simulator is strict everywhere.
fn body<T: DeserializeOwned>(bytes: &Bytes, empty_ok: bool) -> Result<T, SimError> {
    let bytes: &[u8] =
        if bytes.iter().all(u8::is_ascii_whitespace) && empty_ok { b"{}" } else { bytes };
    serde_json::from_slice(bytes).map_err(|_| invalid_request())
}

/// Runs `f` on the caller's deployment `id`, after time-driven transitions; 404 for unknown
/// ids and for other owners' ids alike.
fn with_deployment<R>(
    shared: &Shared,
    owner: &Owner,
    id: &str,
    f: impl FnOnce(&mut SimDeployment, std::time::SystemTime) -> Result<R, SimError>,
) -> Result<R, SimError> {
    let mut world = shared.world();
    world.settle(id);
    let now = world.now();
    match world.deployments.get_mut(id) {
        Some(dep) if dep.owner == owner.0 => f(dep, now),
        _ => Err(not_found()),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct PurchaseBody {
    api_mode: String,
}

async fn purchase(
    State(shared): State<Arc<Shared>>,
    Extension(owner): Extension<Owner>,
    bytes: Bytes,
) -> Reply {
    let request: PurchaseBody = body(&bytes, false)?;
    let mode = ApiMode::from(request.api_mode);
    if !ApiMode::PURCHASABLE.contains(&mode) {
        return Err(invalid_request());
    }
    let mut world = shared.world();
    if world.payment_unconfigured {
        return Err(SimError::new(500, "PAYMENT_NOT_CONFIGURED", "Payment system not configured"));
    }
    let dep = SimDeployment::pending(&owner.0, mode, world.now());
    let id = dep.id.clone();
    world.deployments.insert(id.clone(), dep);
    world.settle(&id);
    let checkout = shared.base_url.join(&format!("_sim/checkout/{id}")).map_err(|_| internal())?;
    data(StatusCode::CREATED, json!({ "deploymentId": id, "checkoutUrl": checkout.as_str() }))
}

fn internal() -> SimError {
    SimError::new(500, "INTERNAL_ERROR", "Unexpected server error")
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct ActivateBody {
    name: String,
    model_provider: Option<String>,
    model_id: String,
    telegram_bot_token: String,
    model_api_key: Option<String>,
    callback_url: Option<String>,
}

async fn activate(
    State(shared): State<Arc<Shared>>,
    Extension(owner): Extension<Owner>,
    Path(id): Path<String>,
    bytes: Bytes,
) -> Reply {
    with_deployment(&shared, &owner, &id, |dep, now| {
        let request: ActivateBody = body(&bytes, false)?;
        let callback_ok =
            request.callback_url.as_deref().is_none_or(|u| validate::callback_url(u).is_ok());
        // Not in the reference: a blank bot token counts as a schema failure.
        if validate::name(&request.name).is_err()
            || request.telegram_bot_token.trim().is_empty()
            || !callback_ok
        {
            return Err(invalid_request());
        }
        if !(dep.status == Status::Purchased && dep.is_prebuy) {
            return Err(SimError::new(
                409,
                "INVALID_STATE",
                "Deployment must be in purchased prebuy state to activate",
            ));
        }
        let inconsistent = || {
            SimError::new(
                400,
                "INVALID_INPUT",
                "Activation payload is inconsistent with deployment mode",
            )
        };
        let provider = if dep.api_mode.is_byok() {
            match (&request.model_provider, &request.model_api_key) {
                (Some(p), Some(k)) if !p.trim().is_empty() && !k.trim().is_empty() => p.clone(),
                _ => return Err(inconsistent()),
            }
        } else {
            "openrouter".to_owned()
        };
        if !model_is_known(&provider, &request.model_id) {
            return Err(inconsistent());
        }
        dep.name = Some(request.name);
        dep.model_provider = Some(provider);
        dep.model_id = Some(request.model_id);
        dep.telegram_bot_token = Some(request.telegram_bot_token);
        dep.model_api_key = if dep.api_mode.is_byok() { request.model_api_key } else { None };
        dep.callback_url = request.callback_url;
        dep.worker_name = Some(format!("openclaw-{:08x}", rand::thread_rng().r#gen::<u32>()));
        dep.is_prebuy = false;
        dep.start_deploying(now);
        data(StatusCode::OK, dep.to_json())
    })
}

async fn status(
    State(shared): State<Arc<Shared>>,
    Extension(owner): Extension<Owner>,
    Path(id): Path<String>,
) -> Reply {
    with_deployment(&shared, &owner, &id, |dep, _| Ok(dep.status_json()))
        .and_then(|v| data(StatusCode::OK, v))
}

async fn fetch(
    State(shared): State<Arc<Shared>>,
    Extension(owner): Extension<Owner>,
    Path(id): Path<String>,
) -> Reply {
    with_deployment(&shared, &owner, &id, |dep, _| Ok(dep.to_json()))
        .and_then(|v| data(StatusCode::OK, v))
}

/// Pending-payment slots older than this are left out of the list, as documented.
const STALE_PENDING: Duration = Duration::from_secs(3600);

async fn list(State(shared): State<Arc<Shared>>, Extension(owner): Extension<Owner>) -> Reply {
    let mut world = shared.world();
    world.settle_owner(&owner.0);
    let now = world.now();
    let mut mine: Vec<&SimDeployment> = world
        .deployments
        .values()
        .filter(|d| d.owner == owner.0)
        .filter(|d| {
            d.status != Status::PendingPayment
                || now.duration_since(d.created_at).unwrap_or_default() <= STALE_PENDING
        })
        .collect();
    // Not in the reference: the order of the list (oldest first here).
    mine.sort_by_key(|d| d.created_at);
    data(StatusCode::OK, Value::Array(mine.into_iter().map(SimDeployment::to_json).collect()))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct UpdateBody {
    name: Option<String>,
    model_provider: Option<String>,
    model_id: Option<String>,
    telegram_bot_token: Option<String>,
    model_api_key: Option<String>,
}

async fn update(
    State(shared): State<Arc<Shared>>,
    Extension(owner): Extension<Owner>,
    Path(id): Path<String>,
    bytes: Bytes,
) -> Reply {
    with_deployment(&shared, &owner, &id, |dep, now| {
        let request: UpdateBody = body(&bytes, false)?;
        let empty = request.name.is_none()
            && request.model_provider.is_none()
            && request.model_id.is_none()
            && request.telegram_bot_token.is_none()
            && request.model_api_key.is_none();
        if empty || request.name.as_deref().is_some_and(|n| validate::name(n).is_err()) {
            return Err(invalid_request());
        }
        if !matches!(dep.status, Status::Purchased | Status::Stopped | Status::Failed) {
            return Err(SimError::new(
                409,
                "INVALID_STATE",
                "Deployment can only be updated when status is purchased, stopped, or failed",
            ));
        }
        let invalid =
            || SimError::new(400, "INVALID_INPUT", "Model provider/model combination is invalid");
        if !dep.api_mode.is_byok()
            && (request.model_api_key.is_some()
                || request.model_provider.as_deref().is_some_and(|p| p != "openrouter"))
        {
            return Err(invalid());
        }
        // Managed deployments enforce openrouter (the reference's notes on update), so a
        // managed slot that was never activated, and has no provider stored yet, still has one.
        let enforced = (!dep.api_mode.is_byok()).then(|| "openrouter".to_owned());
        if request.model_provider.is_some() || request.model_id.is_some() {
            let provider = request
                .model_provider
                .as_ref()
                .or(dep.model_provider.as_ref())
                .or(enforced.as_ref());
            let model = request.model_id.as_ref().or(dep.model_id.as_ref());
            // Not in the reference: a byok slot with no provider yet needs one in the same
            // PATCH ("required for some BYOK model changes"); without it, INVALID_INPUT.
            match (provider, model) {
                (Some(p), Some(m)) if model_is_known(p, m) => {}
                _ => return Err(invalid()),
            }
        }
        if let Some(name) = request.name {
            dep.name = Some(name);
        }
        if let Some(provider) = request.model_provider.or(enforced) {
            dep.model_provider = Some(provider);
        }
        if let Some(model) = request.model_id {
            dep.model_id = Some(model);
        }
        if let Some(token) = request.telegram_bot_token {
            dep.telegram_bot_token = Some(token);
        }
        if let Some(key) = request.model_api_key {
            dep.model_api_key = Some(key);
        }
        dep.updated_at = now;
        data(StatusCode::OK, dep.to_json())
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct RedeployBody {
    callback_url: Option<String>,
}

async fn redeploy(
    State(shared): State<Arc<Shared>>,
    Extension(owner): Extension<Owner>,
    Path(id): Path<String>,
    bytes: Bytes,
) -> Reply {
    with_deployment(&shared, &owner, &id, |dep, now| {
        let request: RedeployBody = body(&bytes, true)?;
        if request.callback_url.as_deref().is_some_and(|u| validate::callback_url(u).is_err()) {
            return Err(invalid_request());
        }
        if !matches!(dep.status, Status::Active | Status::Failed | Status::Stopped) {
            return Err(SimError::new(
                409,
                "INVALID_STATE",
                "Deployment can only be redeployed when status is active, failed, or stopped",
            ));
        }
        if request.callback_url.is_some() {
            dep.callback_url = request.callback_url;
        }
        dep.start_deploying(now);
        data(StatusCode::OK, dep.to_json())
    })
}

async fn stop(
    State(shared): State<Arc<Shared>>,
    Extension(owner): Extension<Owner>,
    Path(id): Path<String>,
) -> Reply {
    with_deployment(&shared, &owner, &id, |dep, now| {
        match dep.status {
            // Not in the reference: stopping a stopped deployment succeeds and changes nothing.
            Status::Stopped => {}
            Status::Deploying | Status::Active | Status::Failed => {
                if dep.worker_delete_fails {
                    return Err(SimError::new(
                        502,
                        "WORKER_DELETE_FAILED",
                        "Failed to delete deployed worker before stopping",
                    ));
                }
                dep.stop(now);
            }
            // Not in the reference: its stop table has no 409; a slot that never ran (pending
            // payment, or paid and never activated) has nothing to stop, and the simulator
            // answers 409 INVALID_STATE "Deployment is not running".
            _ => return Err(SimError::new(409, "INVALID_STATE", "Deployment is not running")),
        }
        data(StatusCode::OK, dep.to_json())
    })
}

async fn remove(
    State(shared): State<Arc<Shared>>,
    Extension(owner): Extension<Owner>,
    Path(id): Path<String>,
) -> Reply {
    with_deployment(&shared, &owner, &id, |dep, _| {
        // Not in the reference: which states have a worker to delete (deploying and active
        // here); a failed, stopped or unpaid one is deleted without trying.
        if dep.worker_delete_fails && matches!(dep.status, Status::Deploying | Status::Active) {
            return Err(SimError::new(
                502,
                "WORKER_DELETE_FAILED",
                "Failed to delete deployed worker before deleting assistant",
            ));
        }
        Ok(())
    })?;
    shared.world().deployments.remove(&id);
    data(StatusCode::OK, json!({ "success": true }))
}

/// Not in the reference: checkout is Polar's; the simulator's checkout link is its own page,
/// and opening it marks the slot as paid.
async fn checkout(State(shared): State<Arc<Shared>>, Path(id): Path<String>) -> Response {
    let paid = shared.world().complete_payment(&id);
    shared.flush_callbacks();
    if paid {
        Html("<h1>Payment complete</h1><p>The simulator marked this slot as paid. You can go back to Telegram.</p>").into_response()
    } else {
        (
            StatusCode::NOT_FOUND,
            Html("<h1>Nothing to pay</h1><p>Unknown slot, or already paid.</p>"),
        )
            .into_response()
    }
}

async fn pay(State(shared): State<Arc<Shared>>, Path(id): Path<String>) -> StatusCode {
    let paid = shared.world().complete_payment(&id);
    shared.flush_callbacks();
    if paid { StatusCode::NO_CONTENT } else { StatusCode::NOT_FOUND }
}

#[derive(Deserialize)]
struct FinishBody {
    outcome: String,
    message: Option<String>,
}

async fn finish(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
    Json(request): Json<FinishBody>,
) -> StatusCode {
    let outcome = match request.outcome.as_str() {
        "active" => Outcome::Active,
        "failed" => Outcome::Failed(request.message.unwrap_or_else(|| "Deployment failed".into())),
        _ => return StatusCode::BAD_REQUEST,
    };
    let finished = shared.world().finish_deployment(&id, &outcome);
    shared.flush_callbacks();
    if finished { StatusCode::NO_CONTENT } else { StatusCode::NOT_FOUND }
}

#[derive(Deserialize)]
struct DisabledBody {
    disabled: bool,
}

async fn set_disabled(
    State(shared): State<Arc<Shared>>,
    Json(request): Json<DisabledBody>,
) -> StatusCode {
    shared.world().api_disabled = request.disabled;
    StatusCode::NO_CONTENT
}
