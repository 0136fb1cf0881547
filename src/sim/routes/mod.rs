//! The simulator's HTTP surface: the nine API routes, the gate in front of them (request log,
//! injected faults, the API_DISABLED switch, authentication), and a few control routes.
//!
//! Inside: `api` holds the nine API routes, `control` the `/_sim/` routes for demos and tests,
//! and `reply` the envelopes and errors they answer with.

mod api;
mod control;
mod reply;

use std::sync::{Arc, Mutex, MutexGuard};

use axum::{
    Router,
    extract::{Request, State},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use url::Url;

use super::model::{Callback, FaultKind, RecordedRequest, World};
use reply::error;

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

/// The owner the request's API key maps to, put in the request's extensions by [`gate`].
#[derive(Debug, Clone)]
struct Owner(String);

/// All routes, API and control.
pub fn router(shared: Arc<Shared>) -> Router {
    let api = Router::new()
        .route("/api/v1/assistants", get(api::list))
        .route("/api/v1/assistants/purchase", post(api::purchase))
        .route("/api/v1/assistants/{id}", get(api::fetch).patch(api::update).delete(api::remove))
        .route("/api/v1/assistants/{id}/activate", post(api::activate))
        .route("/api/v1/assistants/{id}/status", get(api::status))
        .route("/api/v1/assistants/{id}/redeploy", post(api::redeploy))
        .route("/api/v1/assistants/{id}/stop", post(api::stop))
        .layer(middleware::from_fn_with_state(shared.clone(), gate));
    let control = Router::new()
        .route("/_sim/checkout/{id}", get(control::checkout))
        .route("/_sim/deployments/{id}/pay", post(control::pay))
        .route("/_sim/deployments/{id}/finish", post(control::finish))
        .route("/_sim/deployments/{id}/change", post(control::change_live))
        .route("/_sim/api-disabled", post(control::set_disabled));
    api.merge(control).with_state(shared)
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
    let mut rewrite = None;
    let mut late = None;
    let mut slow = None;
    let malformed = match fault {
        Some(FaultKind::Error { status, code }) => return error(status, &code, "Injected fault"),
        Some(FaultKind::Refused { status, retry_after }) => {
            return reply::refused(status, retry_after);
        }
        Some(FaultKind::Latency(delay)) => {
            slow = Some(delay);
            false
        }
        Some(FaultKind::MalformedBody) => true,
        Some(FaultKind::Field { name, value }) => {
            rewrite = Some((name, value));
            false
        }
        Some(FaultKind::LateAnswer(delay)) => {
            late = Some(delay);
            false
        }
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
    // Handled on a task of its own, the latency included: a request received is carried out
    // even when its caller stops waiting (or dies) meanwhile, as a server's would be.
    let handled = async move {
        if let Some(delay) = slow {
            tokio::time::sleep(delay).await;
        }
        next.run(request).await
    };
    let response = match tokio::spawn(handled).await {
        Ok(response) => response,
        Err(_) => return error(500, "INTERNAL_ERROR", "the handler failed"),
    };
    shared.flush_callbacks();
    if let Some(delay) = late {
        tokio::time::sleep(delay).await;
    }
    if malformed {
        return (response.status(), "<html>upstream hiccup</html>").into_response();
    }
    match rewrite {
        Some((name, value)) => rewritten(response, &name, value).await,
        None => response,
    }
}

/// `response` with `data.<name>` (or each list item's) set to `value`.
async fn rewritten(response: Response, name: &str, value: serde_json::Value) -> Response {
    let status = response.status();
    let Ok(bytes) = axum::body::to_bytes(response.into_body(), 1024 * 1024).await else {
        return error(500, "INTERNAL_ERROR", "could not rewrite the answer");
    };
    let Ok(mut body) = serde_json::from_slice::<serde_json::Value>(&bytes) else {
        return (status, bytes).into_response();
    };
    match &mut body["data"] {
        serde_json::Value::Array(items) => {
            for item in items {
                item[name] = value.clone();
            }
        }
        data @ serde_json::Value::Object(_) => data[name] = value,
        _ => {}
    }
    (status, axum::Json(body)).into_response()
}
