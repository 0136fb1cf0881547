//! The simulator's world: owners, deployments and their lifecycle, with no HTTP in sight.
//!
//! Lifecycle, as the reference describes it:
//! purchase → `pending_payment` → (checkout) `purchased` (paid, isPrebuy) → activate →
//! `deploying` → `active` | `failed`; stop → `stopped`; redeploy from active/failed/stopped;
//! PATCH only in purchased/stopped/failed; delete from any state.
//!
//! Not in the reference: the name of the unpaid state. The reference only speaks of
//! "pending-payment deployments"; the simulator calls the status `pending_payment`.
//!
//! Every status change is recorded for the deployment's `callbackUrl` (see [`Callback`]);
//! the simulator's sender posts them.
//!
//! Time is the wall clock plus an offset tests can advance, so "stale after one hour" and
//! "deploys after three seconds" are checked without sleeping.

use std::{
    collections::{BTreeMap, HashMap},
    time::{Duration, SystemTime},
};

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
}

fn rfc3339(time: SystemTime) -> String {
    humantime::format_rfc3339_millis(time).to_string()
}

/// Behaviour switches of a simulator run.
#[derive(Debug, Clone, Default)]
pub struct SimOptions {
    /// Purchases are paid at once.
    pub auto_pay: bool,
    /// Deployments finish by themselves this long after they start.
    pub deploy_after: Option<Duration>,
    /// How automatically finished deployments end (active unless set).
    pub auto_outcome: Option<Outcome>,
}

/// An injected fault, applied to the next matching request(s).
#[derive(Debug, Clone)]
pub struct Fault {
    /// HTTP method to match (`GET`, `POST`…); any when `None`.
    pub method: Option<String>,
    /// Substring of the path to match; any when `None`.
    pub path_contains: Option<String>,
    /// What happens.
    pub kind: FaultKind,
    /// How many matching requests it applies to.
    pub times: u32,
}

/// What an injected fault does.
#[derive(Debug, Clone)]
pub enum FaultKind {
    /// Answer with this status and error code instead of handling the request.
    Error {
        /// HTTP status.
        status: u16,
        /// Error code in the envelope.
        code: String,
    },
    /// Wait this long, then handle the request normally.
    Latency(Duration),
    /// Handle the request, then replace the body with something that is not JSON.
    MalformedBody,
}

impl Fault {
    /// A one-shot fault for any request.
    pub fn once(kind: FaultKind) -> Self {
        Self { method: None, path_contains: None, kind, times: 1 }
    }

    /// Restricts the fault to one method.
    pub fn on_method(mut self, method: &str) -> Self {
        self.method = Some(method.to_owned());
        self
    }

    /// Restricts the fault to paths containing `part`.
    pub fn on_path(mut self, part: &str) -> Self {
        self.path_contains = Some(part.to_owned());
        self
    }

    /// Applies the fault to this many matching requests.
    pub fn times(mut self, times: u32) -> Self {
        self.times = times;
        self
    }

    fn matches(&self, method: &str, path: &str) -> bool {
        self.method.as_deref().is_none_or(|m| m.eq_ignore_ascii_case(method))
            && self.path_contains.as_deref().is_none_or(|p| path.contains(p))
    }
}

/// A request the simulator received (API routes only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    /// HTTP method.
    pub method: String,
    /// Path, without the query.
    pub path: String,
}

/// The whole simulated service.
#[derive(Debug, Default)]
pub struct World {
    /// API key → owner id.
    pub keys: HashMap<String, String>,
    /// Deployments by id.
    pub deployments: BTreeMap<String, SimDeployment>,
    /// Behaviour switches.
    pub options: SimOptions,
    /// `ASSISTANTS_API_V1_ENABLED=false`.
    pub api_disabled: bool,
    /// Product ids missing: purchases fail.
    pub payment_unconfigured: bool,
    /// Pending faults.
    pub faults: Vec<Fault>,
    /// Every API request, in order.
    pub requests: Vec<RecordedRequest>,
    /// Added to the wall clock.
    pub clock_offset: Duration,
    /// Whether status changes are posted to callback URLs. Off unless asked for
    /// (`simulate` turns it on), so a test never calls out to a host it did not point at.
    pub deliver_callbacks: bool,
    /// Callback URL prefixes rewritten before delivery, `(from, to)`: a test's bot has a
    /// public https URL but listens on 127.0.0.1.
    pub callback_routes: Vec<(String, String)>,
    /// Every callback delivery tried, in order.
    pub delivered: Vec<DeliveredCallback>,
}

impl World {
    /// The simulated time.
    pub fn now(&self) -> SystemTime {
        SystemTime::now() + self.clock_offset
    }

    /// Takes the first fault matching the request, if any.
    pub fn take_fault(&mut self, method: &str, path: &str) -> Option<FaultKind> {
        let index = self.faults.iter().position(|f| f.matches(method, path))?;
        let fault = &mut self.faults[index];
        let kind = fault.kind.clone();
        fault.times = fault.times.saturating_sub(1);
        if fault.times == 0 {
            self.faults.remove(index);
        }
        Some(kind)
    }

    /// Applies time-driven transitions to one deployment (automatic payment and deployment).
    ///
    /// Not in the reference (which has no timing): transitions happen when a request touches
    /// the deployment, or, with callback delivery on, on the sender's next tick.
    pub fn settle(&mut self, id: &str) {
        let now = self.now();
        let options = self.options.clone();
        let Some(dep) = self.deployments.get_mut(id) else { return };
        if options.auto_pay && dep.status == Status::PendingPayment {
            mark_paid(dep, now);
        }
        if let (Some(after), Some(since)) = (options.deploy_after, dep.deploying_since)
            && dep.status == Status::Deploying
            && now.duration_since(since).unwrap_or_default() >= after
        {
            dep.finish(&options.auto_outcome.unwrap_or(Outcome::Active), now);
        }
    }

    /// Settles every deployment in progress (so that automatic completions happen, and are
    /// called back, without waiting for a request about them).
    pub fn settle_in_flight(&mut self) {
        let ids: Vec<String> = self
            .deployments
            .values()
            .filter(|d| matches!(d.status, Status::PendingPayment | Status::Deploying))
            .map(|d| d.id.clone())
            .collect();
        for id in ids {
            self.settle(&id);
        }
    }

    /// Takes the status changes waiting for delivery, routed; empty (and dropped) when
    /// delivery is off.
    pub fn take_callbacks(&mut self) -> Vec<Callback> {
        let due: Vec<Callback> = self
            .deployments
            .values_mut()
            .flat_map(|d| std::mem::take(&mut d.callbacks_due))
            .collect();
        if !self.deliver_callbacks {
            return Vec::new();
        }
        due.into_iter()
            .map(|mut callback| {
                if let Some((from, to)) =
                    self.callback_routes.iter().find(|(from, _)| callback.url.starts_with(from))
                {
                    callback.url = format!("{to}{}", &callback.url[from.len()..]);
                }
                callback
            })
            .collect()
    }

    /// Settles every deployment of `owner`.
    pub fn settle_owner(&mut self, owner: &str) {
        let ids: Vec<String> =
            self.deployments.values().filter(|d| d.owner == owner).map(|d| d.id.clone()).collect();
        for id in ids {
            self.settle(&id);
        }
    }

    /// Completes checkout for a pending slot. Returns whether it was pending.
    pub fn complete_payment(&mut self, id: &str) -> bool {
        let now = self.now();
        match self.deployments.get_mut(id) {
            Some(dep) if dep.status == Status::PendingPayment => {
                mark_paid(dep, now);
                true
            }
            _ => false,
        }
    }

    /// Ends a deployment in progress. Returns whether it was deploying.
    pub fn finish_deployment(&mut self, id: &str, outcome: &Outcome) -> bool {
        let now = self.now();
        match self.deployments.get_mut(id) {
            Some(dep) if dep.status == Status::Deploying => {
                dep.finish(outcome, now);
                true
            }
            _ => false,
        }
    }
}

fn mark_paid(dep: &mut SimDeployment, now: SystemTime) {
    dep.status = Status::Purchased;
    dep.payment_status = "paid".to_owned();
    dep.updated_at = now;
    dep.status_changed();
}

/// Whether the simulated service accepts `model` from `provider`.
///
/// Not in the reference: the catalog. The reference only says an unknown model is
/// INVALID_INPUT; the simulator accepts the families the bot offers and refuses anything
/// else, so the INVALID_INPUT paths can be exercised.
pub fn model_is_known(provider: &str, model: &str) -> bool {
    let model = model.trim();
    if model.is_empty() || model.contains(char::is_whitespace) {
        return false;
    }
    match provider {
        "anthropic" => model.starts_with("claude-"),
        "openai" => model.starts_with("gpt-") || model.starts_with('o'),
        "google" => model.starts_with("gemini-"),
        // OpenRouter ids are `vendor/model`.
        "openrouter" => model.split_once('/').is_some_and(|(v, m)| !v.is_empty() && !m.is_empty()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn automatic_deployment_follows_the_simulated_clock() {
        let mut world = World {
            options: SimOptions {
                deploy_after: Some(Duration::from_secs(3)),
                ..Default::default()
            },
            ..Default::default()
        };
        let mut dep = SimDeployment::pending("o", ApiMode::Managed, world.now());
        dep.worker_name = Some("w".into());
        dep.start_deploying(world.now());
        let id = dep.id.clone();
        world.deployments.insert(id.clone(), dep);
        world.settle(&id);
        assert_eq!(world.deployments[&id].status, Status::Deploying);
        world.clock_offset = Duration::from_secs(4);
        world.settle(&id);
        assert_eq!(world.deployments[&id].status, Status::Active);
        assert_eq!(world.deployments[&id].worker_url.as_deref(), Some("https://w.workers.dev"));
    }

    #[test]
    fn faults_are_consumed() {
        let mut world = World::default();
        world.faults.push(
            Fault::once(FaultKind::MalformedBody).on_method("GET").on_path("/status").times(2),
        );
        assert!(world.take_fault("POST", "/api/v1/assistants/x/status").is_none());
        assert!(world.take_fault("GET", "/api/v1/assistants/x/status").is_some());
        assert!(world.take_fault("GET", "/api/v1/assistants/x/status").is_some());
        assert!(world.take_fault("GET", "/api/v1/assistants/x/status").is_none());
    }

    #[test]
    fn model_catalog() {
        assert!(model_is_known("anthropic", "claude-sonnet-4-5-20250929"));
        assert!(model_is_known("openrouter", "anthropic/claude-sonnet-4.5"));
        assert!(!model_is_known("openrouter", "gpt-4o"));
        assert!(!model_is_known("mystery", "m"));
    }
}
