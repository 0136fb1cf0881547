//! One deployment as the simulated service stores it, its status changes, and the callbacks
//! they produce.

use std::time::{Duration, SystemTime};

use rand::Rng as _;
use serde_json::{Value, json};

use crate::api::{ApiMode, Status};

/// How a deployment in progress ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The worker is up.
    Active,
    /// The deployment failed with this status message.
    Failed(String),
}

/// One deployment as the simulated service stores it.
#[derive(Debug, Clone)]
pub struct SimDeployment {
    /// Opaque id (`dep_` + hex).
    pub id: String,
    /// The owner the API key maps to.
    pub owner: String,
    /// Billing mode chosen at purchase.
    pub api_mode: ApiMode,
    /// Name, once activated.
    pub name: Option<String>,
    /// Provider, once activated.
    pub model_provider: Option<String>,
    /// Model, once activated.
    pub model_id: Option<String>,
    /// The assistant's bot token (kept, never returned).
    pub telegram_bot_token: Option<String>,
    /// The byok model key (kept, never returned).
    pub model_api_key: Option<String>,
    /// Callback URL given at activation or redeploy.
    pub callback_url: Option<String>,
    /// Worker name, once activated.
    pub worker_name: Option<String>,
    /// Worker URL while active.
    pub worker_url: Option<String>,
    /// Lifecycle state.
    pub status: Status,
    /// Why it failed.
    pub status_message: Option<String>,
    /// `pending` or `paid`. Not in the reference: its examples only show `paid`.
    pub payment_status: String,
    /// A slot not activated yet.
    pub is_prebuy: bool,
    /// Creation time (simulated clock).
    pub created_at: SystemTime,
    /// Last change (simulated clock).
    pub updated_at: SystemTime,
    /// When the current deployment started, for automatic completion.
    pub deploying_since: Option<SystemTime>,
    /// Make stop and delete answer 502 WORKER_DELETE_FAILED.
    pub worker_delete_fails: bool,
    /// Status changes not yet handed to the callback sender.
    pub callbacks_due: Vec<Callback>,
}

/// A status change to be posted to a deployment's `callbackUrl`.
///
/// Not in the reference: it says the callback URL receives "deployment status updates" but
/// documents neither the request nor its body. The simulator POSTs JSON shaped like the
/// answer of `GET /api/v1/assistants/{id}/status`: `{"data": {"id", "status",
/// "statusMessage", "workerUrl"}}`, once per status change, with no signature.
#[derive(Debug, Clone, PartialEq)]
pub struct Callback {
    /// Where it goes.
    pub url: String,
    /// The JSON body.
    pub payload: Value,
}

/// A callback the simulator tried to deliver, and how the receiver answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveredCallback {
    /// The URL posted to (after [`World::callback_routes`]).
    pub url: String,
    /// The status the callback announced.
    pub status: String,
    /// The receiver's HTTP status; `None` when the request failed (refused, timed out).
    pub answered: Option<u16>,
}

impl SimDeployment {
    /// A fresh slot waiting for payment.
    pub fn pending(owner: &str, mode: ApiMode, now: SystemTime) -> Self {
        let id = format!("dep_{:016x}", rand::thread_rng().r#gen::<u64>());
        Self {
            id,
            owner: owner.to_owned(),
            api_mode: mode,
            name: None,
            model_provider: None,
            model_id: None,
            telegram_bot_token: None,
            model_api_key: None,
            callback_url: None,
            worker_name: None,
            worker_url: None,
            status: Status::PendingPayment,
            status_message: None,
            payment_status: "pending".to_owned(),
            is_prebuy: true,
            created_at: now,
            updated_at: now,
            deploying_since: None,
            worker_delete_fails: false,
            callbacks_due: Vec::new(),
        }
    }

    /// The full record, shaped like the reference's examples (secrets left out).
    ///
    /// Not in the reference: `polarSubscriptionId` (`sub_` + the id's hex) and
    /// `currentPeriodEnd` (creation + 30 days) are made up once paid, and null before.
    pub fn to_json(&self) -> Value {
        json!({
            "id": self.id,
            "userId": self.owner,
            "organizationId": null,
            "name": self.name,
            "modelProvider": self.model_provider,
            "modelId": self.model_id,
            "channelType": "telegram",
            "apiMode": self.api_mode.as_str(),
            "workerName": self.worker_name,
            "workerUrl": self.worker_url,
            "status": self.status.as_str(),
            "statusMessage": self.status_message,
            "paymentStatus": self.payment_status,
            "polarSubscriptionId": (self.payment_status == "paid").then(|| format!("sub_{}", &self.id[4..])),
            "currentPeriodEnd": (self.payment_status == "paid")
                .then(|| rfc3339(self.created_at + Duration::from_secs(30 * 24 * 3600))),
            "canceledAt": null,
            "isPrebuy": self.is_prebuy,
            "userCallbackUrl": self.callback_url,
            "createdAt": rfc3339(self.created_at),
            "updatedAt": rfc3339(self.updated_at),
        })
    }

    /// The lightweight status record.
    pub fn status_json(&self) -> Value {
        json!({
            "id": self.id,
            "status": self.status.as_str(),
            "statusMessage": self.status_message,
            "workerUrl": self.worker_url,
        })
    }

    /// Moves into `deploying`.
    pub fn start_deploying(&mut self, now: SystemTime) {
        self.status = Status::Deploying;
        self.status_message = None;
        self.worker_url = None;
        self.deploying_since = Some(now);
        self.updated_at = now;
        self.status_changed();
    }

    /// Moves into `stopped` (the worker is gone).
    pub fn stop(&mut self, now: SystemTime) {
        self.status = Status::Stopped;
        self.worker_url = None;
        self.deploying_since = None;
        self.updated_at = now;
        self.status_changed();
    }

    /// Records the current status for the callback URL, when there is one.
    fn status_changed(&mut self) {
        if let Some(url) = &self.callback_url {
            let payload = json!({ "data": self.status_json() });
            self.callbacks_due.push(Callback { url: url.clone(), payload });
        }
    }

    /// Ends a deployment in progress.
    pub fn finish(&mut self, outcome: &Outcome, now: SystemTime) {
        self.deploying_since = None;
        self.updated_at = now;
        match outcome {
            Outcome::Active => {
                self.status = Status::Active;
                self.status_message = None;
                self.worker_url =
                    self.worker_name.as_ref().map(|w| format!("https://{w}.workers.dev"));
            }
            Outcome::Failed(message) => {
                self.status = Status::Failed;
                self.status_message = Some(message.clone());
                self.worker_url = None;
            }
        }
        self.status_changed();
    }

    /// Completes checkout: the slot is paid and waits for activation.
    pub fn mark_paid(&mut self, now: SystemTime) {
        self.status = Status::Purchased;
        self.payment_status = "paid".to_owned();
        self.updated_at = now;
        self.status_changed();
    }
}

fn rfc3339(time: SystemTime) -> String {
    humantime::format_rfc3339_millis(time).to_string()
}
