//! A simulator of the Assistants API v1, faithful to `shared/reference/assistants-api-v1.md`,
//! so the bot can be tried with no account and tested with no network.
//!
//! Start it with [`Simulator::start`] (or `assistants-bot simulate`), give the bot its
//! [`Simulator::base_url`], and steer it from a test through [`SimHandle`]: add API keys,
//! complete payments, finish deployments, inject faults, switch the API off, move the clock,
//! and count the requests it received. The same controls exist as HTTP routes under `/_sim/`
//! for demos; the checkout URL of a purchase is one of them, so "paying" is opening the link.
//!
//! - [`model`]: the lifecycle and state, free of HTTP.
//! - [`routes`]: the API routes and the control routes.

pub mod model;
pub mod routes;

use std::{net::SocketAddr, sync::Arc, time::Duration};

use tokio::{net::TcpListener, sync::oneshot, task::JoinHandle};
use url::Url;

pub use model::{Fault, FaultKind, Outcome, RecordedRequest, SimDeployment, SimOptions};
use routes::Shared;

use crate::api::ApiMode;

/// The API key `assistants-bot simulate` accepts, printed at start.
pub const DEMO_API_KEY: &str = "sim_demo_key_0123456789";

/// A running simulator. Stops when dropped.
#[derive(Debug)]
pub struct Simulator {
    shared: Arc<Shared>,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<()>,
}

impl Simulator {
    /// Binds `addr` (port 0 picks a free port) and serves until stopped or dropped.
    pub async fn start(addr: SocketAddr, options: SimOptions) -> std::io::Result<Self> {
        let listener = TcpListener::bind(addr).await?;
        let local = listener.local_addr()?;
        let base_url = Url::parse(&format!("http://{local}/"))
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))?;
        let shared = Arc::new(Shared {
            world: std::sync::Mutex::new(model::World { options, ..Default::default() }),
            base_url,
        });
        let app = routes::router(shared.clone());
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            let served = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await;
            if let Err(e) = served {
                tracing::error!(error = %e, "the simulator stopped serving");
            }
        });
        Ok(Self { shared, stop: Some(stop), task })
    }

    /// The base URL to give the bot as `ASSISTANTS_API_URL`.
    pub fn base_url(&self) -> Url {
        self.shared.base_url.clone()
    }

    /// A handle to steer and inspect the simulator.
    pub fn handle(&self) -> SimHandle {
        SimHandle { shared: self.shared.clone() }
    }

    /// Stops serving and waits for the server task.
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let _ = (&mut self.task).await;
    }
}

impl Drop for Simulator {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Steers and inspects a running simulator. Cheap to clone.
#[derive(Debug, Clone)]
pub struct SimHandle {
    shared: Arc<Shared>,
}

impl SimHandle {
    /// Accepts `key` as an API key of `owner`.
    pub fn add_key(&self, key: &str, owner: &str) {
        self.shared.world().keys.insert(key.to_owned(), owner.to_owned());
    }

    /// Completes checkout of a pending slot. Returns whether it was pending.
    pub fn complete_payment(&self, id: &str) -> bool {
        self.shared.world().complete_payment(id)
    }

    /// Ends a deployment in progress. Returns whether it was deploying.
    pub fn finish_deployment(&self, id: &str, outcome: Outcome) -> bool {
        self.shared.world().finish_deployment(id, &outcome)
    }

    /// A copy of a deployment as the service stores it.
    pub fn deployment(&self, id: &str) -> Option<SimDeployment> {
        self.shared.world().deployments.get(id).cloned()
    }

    /// Changes a stored deployment directly (seeding states for tests).
    pub fn edit_deployment(&self, id: &str, edit: impl FnOnce(&mut SimDeployment)) -> bool {
        self.shared.world().deployments.get_mut(id).map(edit).is_some()
    }

    /// Stores a new deployment for `owner` and returns its id (seeding for tests).
    pub fn seed(
        &self,
        owner: &str,
        mode: ApiMode,
        edit: impl FnOnce(&mut SimDeployment),
    ) -> String {
        let mut world = self.shared.world();
        let mut dep = SimDeployment::pending(owner, mode, world.now());
        edit(&mut dep);
        let id = dep.id.clone();
        world.deployments.insert(id.clone(), dep);
        id
    }

    /// Switches the whole API off (404 API_DISABLED) or back on.
    pub fn set_api_disabled(&self, disabled: bool) {
        self.shared.world().api_disabled = disabled;
    }

    /// Makes purchases fail with 500 PAYMENT_NOT_CONFIGURED, or work again.
    pub fn set_payment_unconfigured(&self, unconfigured: bool) {
        self.shared.world().payment_unconfigured = unconfigured;
    }

    /// Queues a fault for the next matching request(s).
    pub fn inject(&self, fault: Fault) {
        self.shared.world().faults.push(fault);
    }

    /// Moves the simulated clock forward.
    pub fn advance_clock(&self, by: Duration) {
        self.shared.world().clock_offset += by;
    }

    /// Changes how deployments finish by themselves.
    pub fn set_options(&self, options: SimOptions) {
        self.shared.world().options = options;
    }

    /// Every API request received so far.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.shared.world().requests.clone()
    }

    /// How many API requests matched `method` and ended with `path_suffix`.
    pub fn count_requests(&self, method: &str, path_suffix: &str) -> usize {
        self.shared
            .world()
            .requests
            .iter()
            .filter(|r| r.method == method && r.path.ends_with(path_suffix))
            .count()
    }

    /// Forgets the request log.
    pub fn clear_requests(&self) {
        self.shared.world().requests.clear();
    }
}
