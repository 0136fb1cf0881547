//! The nine routes of the Assistants API v1, as the simulator answers them.

use std::{sync::Arc, time::Duration, time::SystemTime};

use axum::{
    Extension,
    body::Bytes,
    extract::{FromRequestParts, Path, State},
    http::{StatusCode, request::Parts},
    response::{IntoResponse, Response},
};
use rand::Rng as _;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{
    Owner, Shared,
    reply::{
        Reply, SimError, body, data, internal, invalid_input, invalid_request, invalid_state,
        not_found, ok, worker_delete_failed,
    },
};
use crate::{
    api::{ApiMode, Status, validate},
    sim::model::{SimDeployment, model_is_known},
};

/// The deployment a route's `{id}` names, and the caller, who must own it.
pub(super) struct Target {
    shared: Arc<Shared>,
    owner: Owner,
    id: String,
}

impl FromRequestParts<Arc<Shared>> for Target {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        shared: &Arc<Shared>,
    ) -> Result<Self, Self::Rejection> {
        let Path(id) = Path::<String>::from_request_parts(parts, shared)
            .await
            .map_err(|e| e.into_response())?;
        let Extension(owner) = Extension::<Owner>::from_request_parts(parts, shared)
            .await
            .map_err(|e| e.into_response())?;
        Ok(Self { shared: shared.clone(), owner, id })
    }
}

impl Target {
    /// Runs `f` on the deployment, after time-driven transitions; 404 for unknown ids and for
    /// other owners' ids alike.
    fn with<R>(
        &self,
        f: impl FnOnce(&mut SimDeployment, SystemTime) -> Result<R, SimError>,
    ) -> Result<R, SimError> {
        let mut world = self.shared.world();
        world.settle(&self.id);
        let now = world.now();
        match world.deployments.get_mut(&self.id) {
            Some(dep) if dep.owner == self.owner.0 => f(dep, now),
            _ => Err(not_found()),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct PurchaseBody {
    api_mode: String,
}

pub(super) async fn purchase(
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

pub(super) async fn activate(target: Target, bytes: Bytes) -> Reply {
    target.with(|dep, now| {
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
            return Err(invalid_state("Deployment must be in purchased prebuy state to activate"));
        }
        let inconsistent =
            || invalid_input("Activation payload is inconsistent with deployment mode");
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
        ok(dep.to_json())
    })
}

pub(super) async fn status(target: Target) -> Reply {
    target.with(|dep, _| ok(dep.status_json()))
}

pub(super) async fn fetch(target: Target) -> Reply {
    target.with(|dep, _| ok(dep.to_json()))
}

/// Pending-payment slots older than this are left out of the list, as documented.
const STALE_PENDING: Duration = Duration::from_secs(3600);

pub(super) async fn list(
    State(shared): State<Arc<Shared>>,
    Extension(owner): Extension<Owner>,
) -> Reply {
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
    ok(Value::Array(mine.into_iter().map(SimDeployment::to_json).collect()))
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

pub(super) async fn update(target: Target, bytes: Bytes) -> Reply {
    target.with(|dep, now| {
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
            return Err(invalid_state(
                "Deployment can only be updated when status is purchased, stopped, or failed",
            ));
        }
        let invalid = || invalid_input("Model provider/model combination is invalid");
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
        // Only what the PATCH names changes; the enforced provider fills in a missing one.
        let keep = |new: Option<String>, old: &mut Option<String>| {
            if new.is_some() {
                *old = new;
            }
        };
        keep(request.name, &mut dep.name);
        keep(request.model_provider.or(enforced), &mut dep.model_provider);
        keep(request.model_id, &mut dep.model_id);
        keep(request.telegram_bot_token, &mut dep.telegram_bot_token);
        keep(request.model_api_key, &mut dep.model_api_key);
        dep.updated_at = now;
        ok(dep.to_json())
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct RedeployBody {
    callback_url: Option<String>,
}

pub(super) async fn redeploy(target: Target, bytes: Bytes) -> Reply {
    target.with(|dep, now| {
        let request: RedeployBody = body(&bytes, true)?;
        if request.callback_url.as_deref().is_some_and(|u| validate::callback_url(u).is_err()) {
            return Err(invalid_request());
        }
        if !matches!(dep.status, Status::Active | Status::Failed | Status::Stopped) {
            return Err(invalid_state(
                "Deployment can only be redeployed when status is active, failed, or stopped",
            ));
        }
        if request.callback_url.is_some() {
            dep.callback_url = request.callback_url;
        }
        dep.start_deploying(now);
        ok(dep.to_json())
    })
}

pub(super) async fn stop(target: Target) -> Reply {
    target.with(|dep, now| {
        match dep.status {
            // Not in the reference: stopping a stopped deployment succeeds and changes nothing.
            Status::Stopped => {}
            Status::Deploying | Status::Active | Status::Failed => {
                if dep.worker_delete_fails {
                    return Err(worker_delete_failed(
                        "Failed to delete deployed worker before stopping",
                    ));
                }
                dep.stop(now);
            }
            // The reference's stop has no state condition and no 409: a slot that never ran
            // (pending payment, or paid and never activated) is stopped too. Not in the
            // reference: it has no worker, so WORKER_DELETE_FAILED cannot arise (the
            // reference counts only a non-404 answer of the worker host as a failure); its
            // paymentStatus stays as it was, and a checkout after the stop pays nothing.
            Status::PendingPayment | Status::Purchased | Status::Other(_) => dep.stop(now),
        }
        ok(dep.to_json())
    })
}

pub(super) async fn remove(target: Target) -> Reply {
    target.with(|dep, _| {
        // Not in the reference: which states have a worker to delete (deploying and active
        // here); a failed, stopped or unpaid one is deleted without trying.
        if dep.worker_delete_fails && matches!(dep.status, Status::Deploying | Status::Active) {
            return Err(worker_delete_failed(
                "Failed to delete deployed worker before deleting assistant",
            ));
        }
        Ok(())
    })?;
    target.shared.world().deployments.remove(&target.id);
    ok(json!({ "success": true }))
}
