//! The simulator's control routes under `/_sim/`: pay, finish a deployment, change a live one
//! later, switch the API off. Unauthenticated, for demos and tests; the checkout link of a purchase is one of them.

use std::sync::Arc;

use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
    response::{Html, IntoResponse, Response},
};
use serde::Deserialize;

use super::Shared;
use crate::sim::model::{LiveChange, Outcome};

/// Not in the reference: checkout is Polar's; the simulator's checkout link is its own page,
/// and opening it marks the slot as paid.
pub(super) async fn checkout(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
) -> Response {
    if complete_payment(&shared, &id) {
        Html("<h1>Payment complete</h1><p>The simulator marked this slot as paid. You can go back to Telegram.</p>").into_response()
    } else {
        (
            StatusCode::NOT_FOUND,
            Html("<h1>Nothing to pay</h1><p>Unknown slot, or already paid.</p>"),
        )
            .into_response()
    }
}

pub(super) async fn pay(State(shared): State<Arc<Shared>>, Path(id): Path<String>) -> StatusCode {
    done_or_not_found(complete_payment(&shared, &id))
}

/// Marks slot `id` as paid and posts the change; whether it was waiting for payment.
fn complete_payment(shared: &Shared, id: &str) -> bool {
    let paid = shared.world().complete_payment(id);
    shared.flush_callbacks();
    paid
}

fn done_or_not_found(done: bool) -> StatusCode {
    if done { StatusCode::NO_CONTENT } else { StatusCode::NOT_FOUND }
}

#[derive(Deserialize)]
pub(super) struct FinishBody {
    outcome: String,
    message: Option<String>,
}

pub(super) async fn finish(
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
    done_or_not_found(finished)
}

#[derive(Deserialize)]
pub(super) struct ChangeBody {
    change: String,
    reason: Option<String>,
}

/// `{"change": "fail" | "stop" | "delete" | "move", "reason": "…"}`: what happens to a live
/// deployment later (see [`LiveChange`]); 404 when it is not live.
pub(super) async fn change_live(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
    Json(request): Json<ChangeBody>,
) -> StatusCode {
    let reason = request.reason;
    let change = match request.change.as_str() {
        "fail" => LiveChange::Fail(reason.unwrap_or_else(|| "Worker crashed".into())),
        "stop" => LiveChange::Stop(reason.unwrap_or_else(|| "Stopped from the dashboard".into())),
        "delete" => LiveChange::Delete,
        "move" => LiveChange::Move,
        _ => return StatusCode::BAD_REQUEST,
    };
    let changed = shared.world().change_live(&id, &change);
    shared.flush_callbacks();
    done_or_not_found(changed)
}

#[derive(Deserialize)]
pub(super) struct DisabledBody {
    disabled: bool,
}

pub(super) async fn set_disabled(
    State(shared): State<Arc<Shared>>,
    Json(request): Json<DisabledBody>,
) -> StatusCode {
    shared.world().api_disabled = request.disabled;
    StatusCode::NO_CONTENT
}
