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

mod catalog;
mod deployment;
mod faults;
mod later;

use std::{
    collections::{BTreeMap, HashMap},
    time::{Duration, SystemTime},
};

pub use catalog::model_is_known;
pub use deployment::{Callback, DeliveredCallback, Outcome, SimDeployment};
pub use faults::{Fault, FaultKind, RecordedRequest};
pub use later::LiveChange;

use crate::api::Status;

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
            dep.mark_paid(now);
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
                dep.mark_paid(now);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::ApiMode;

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
}
