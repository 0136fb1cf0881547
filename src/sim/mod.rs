//! A simulator of the Assistants API v1, faithful to `shared/reference/assistants-api-v1.md`,
//! so the bot can be tried with no account and tested with no network.
//!
//! Start it with [`Simulator::start`] (or `assistants-bot simulate`), give the bot its
//! [`Simulator::base_url`], and steer it from a test through [`SimHandle`]: add API keys,
//! complete payments, finish deployments, fail, stop, move or delete live ones later
//! ([`LiveChange`]), inject faults, switch the API off, move the clock,
//! and count the requests it received. The same controls exist as HTTP routes under `/_sim/`
//! for demos; the checkout URL of a purchase is one of them, so "paying" is opening the link.
//!
//! With callback delivery on ([`SimHandle::set_callback_delivery`]; `simulate` turns it on),
//! every status change is POSTed to the deployment's `callbackUrl` by a background sender:
//! in order, each with a short timeout, failures logged, never holding up an API response.
//!
//! - [`model`]: the lifecycle and state, free of HTTP.
//! - [`routes`]: the API routes and the control routes.

pub mod model;
pub mod routes;

use std::{net::SocketAddr, sync::Arc, time::Duration};

use tokio::{
    net::TcpListener,
    sync::{mpsc, oneshot},
    task::JoinHandle,
};
use url::Url;

pub use model::{
    Callback, DeliveredCallback, Fault, FaultKind, LiveChange, Outcome, RecordedRequest,
    SimDeployment, SimOptions,
};
use routes::Shared;

use crate::api::ApiMode;

/// The API key `assistants-bot simulate` accepts, printed at start.
pub const DEMO_API_KEY: &str = "sim_demo_key_0123456789";

/// How long a callback receiver gets to answer.
pub const CALLBACK_TIMEOUT: Duration = Duration::from_secs(5);

/// How often, with callback delivery on, deployments in progress are settled without a
/// request (so that `--deploy-after` completions are called back in time).
const SETTLE_EVERY: Duration = Duration::from_millis(250);

/// A running simulator. Stops when dropped.
#[derive(Debug)]
pub struct Simulator {
    shared: Arc<Shared>,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<()>,
    sender: JoinHandle<()>,
}

impl Simulator {
    /// Binds `addr` (port 0 picks a free port) and serves until stopped or dropped.
    pub async fn start(addr: SocketAddr, options: SimOptions) -> std::io::Result<Self> {
        let listener = TcpListener::bind(addr).await?;
        let local = listener.local_addr()?;
        let base_url = Url::parse(&format!("http://{local}/"))
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))?;
        let (callbacks, due) = mpsc::unbounded_channel();
        let shared = Arc::new(Shared {
            world: std::sync::Mutex::new(model::World { options, ..Default::default() }),
            base_url,
            callbacks,
        });
        let sender = tokio::spawn(deliver_callbacks(shared.clone(), due));
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
        Ok(Self { shared, stop: Some(stop), task, sender })
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
        self.sender.abort();
    }
}

impl Drop for Simulator {
    fn drop(&mut self) {
        self.task.abort();
        self.sender.abort();
    }
}

/// The callback sender: posts each queued status change, in order, and records how the
/// receiver answered. With delivery on, it also settles deployments in progress every
/// [`SETTLE_EVERY`], so an automatic completion is called back without a request about it.
async fn deliver_callbacks(shared: Arc<Shared>, mut due: mpsc::UnboundedReceiver<Callback>) {
    let http = match reqwest::Client::builder().timeout(CALLBACK_TIMEOUT).build() {
        Ok(http) => http,
        Err(e) => {
            tracing::error!(error = %e, "simulator: no HTTP client, callbacks are not delivered");
            return;
        }
    };
    let mut tick = tokio::time::interval(SETTLE_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        let callback = tokio::select! {
            callback = due.recv() => match callback {
                Some(callback) => callback,
                None => return,
            },
            _ = tick.tick() => {
                let delivering = {
                    let mut world = shared.world();
                    if world.deliver_callbacks {
                        world.settle_in_flight();
                    }
                    world.deliver_callbacks
                };
                if delivering {
                    shared.flush_callbacks();
                }
                continue;
            }
        };
        let status = callback.payload["data"]["status"].as_str().unwrap_or_default().to_owned();
        let answered = match http.post(&callback.url).json(&callback.payload).send().await {
            Ok(response) => Some(response.status().as_u16()),
            Err(e) => {
                tracing::warn!(url = %callback.url, error = %e, "simulator: callback not delivered");
                None
            }
        };
        tracing::debug!(url = %callback.url, %status, ?answered, "simulator: callback");
        shared.world().delivered.push(DeliveredCallback { url: callback.url, status, answered });
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
        let paid = self.shared.world().complete_payment(id);
        self.shared.flush_callbacks();
        paid
    }

    /// Ends a deployment in progress. Returns whether it was deploying.
    pub fn finish_deployment(&self, id: &str, outcome: Outcome) -> bool {
        let finished = self.shared.world().finish_deployment(id, &outcome);
        self.shared.flush_callbacks();
        finished
    }

    /// Changes the live deployment `id` as its host would later, outside the bot (fails,
    /// stops, moves or deletes it); `GET` list and status show it from then on. Returns
    /// whether it was live.
    pub fn change_live(&self, id: &str, change: LiveChange) -> bool {
        let changed = self.shared.world().change_live(id, &change);
        self.shared.flush_callbacks();
        changed
    }

    /// Turns posting status changes to callback URLs on or off (off by default).
    pub fn set_callback_delivery(&self, on: bool) {
        self.shared.world().deliver_callbacks = on;
    }

    /// Delivers callbacks whose URL starts with `from` to `to` + the rest of the URL instead,
    /// and turns delivery on. A test's bot has a public https URL but listens on 127.0.0.1.
    pub fn route_callbacks(&self, from: &str, to: &str) {
        let mut world = self.shared.world();
        world.callback_routes.push((from.to_owned(), to.to_owned()));
        world.deliver_callbacks = true;
    }

    /// Every callback delivery tried so far.
    pub fn delivered_callbacks(&self) -> Vec<DeliveredCallback> {
        self.shared.world().delivered.clone()
    }

    /// A copy of a deployment as the service stores it.
    pub fn deployment(&self, id: &str) -> Option<SimDeployment> {
        self.shared.world().deployments.get(id).cloned()
    }

    /// A copy of every deployment the service stores.
    pub fn deployments(&self) -> Vec<SimDeployment> {
        self.shared.world().deployments.values().cloned().collect()
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
