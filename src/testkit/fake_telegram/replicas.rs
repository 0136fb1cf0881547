//! Several replicas of the bot on one token: webhook delivery spread over their addresses,
//! and who polls getUpdates when.
//!
//! - [`FakeTelegram::deliver_to_each`]: each update goes to the next target in turn; one that
//!   refuses it (connection refused, a non-2xx answer, no answer in [`ANSWER_WITHIN`]) makes
//!   the fake try the same update on the next target after a short pause, as Telegram retries
//!   a failed delivery. An update is never dropped, and the next waits for it (one at a time,
//!   in order). Updates go out only while a webhook is registered (the last of setWebhook and
//!   deleteWebhook was a setWebhook), with the secret token of the last setWebhook.
//! - [`FakeTelegram::url_for`]: the fake's API under another port, so that the getUpdates
//!   calls of each replica (which share the bot's token) can be told apart.

use std::{
    collections::BTreeMap,
    sync::Arc,
    time::{Duration, Instant},
};

use serde_json::Value;
use tokio::net::TcpListener;
use url::Url;

use super::{FakeTelegram, Shared};

/// How long a target may take to answer a delivery before the fake tries the next one.
pub const ANSWER_WITHIN: Duration = Duration::from_secs(5);
/// The pause before a refused update is tried on the next target.
const RETRY_AFTER: Duration = Duration::from_millis(50);

/// Who made a call: the label of the URL it came through ([`FakeTelegram::url_for`]); empty
/// for [`FakeTelegram::base_url`].
#[derive(Debug, Clone)]
pub(super) struct Caller(pub(super) Arc<str>);

/// One getUpdates call.
#[derive(Debug, Clone)]
pub struct Poll {
    /// The label of the URL it came through (empty for the base URL).
    pub caller: String,
    /// When it arrived.
    pub started: Instant,
    /// When it was answered, or the caller went away; `None` while in flight.
    pub ended: Option<Instant>,
}

/// The replicas' side of the fake's state.
#[derive(Debug, Default)]
pub(super) struct Replicas {
    /// Where webhook updates go, in turn.
    targets: Vec<String>,
    /// The index (modulo the targets) of the next target to try.
    next: usize,
    /// The URL and the secret token of the last setWebhook, while a webhook is registered.
    registered: Option<(String, Option<String>)>,
    /// Update id → the target that accepted it.
    accepted: BTreeMap<i64, String>,
    /// Deliveries a target refused or never answered: (update id, target).
    refused: Vec<(i64, String)>,
    /// Every getUpdates call.
    polls: Vec<Poll>,
    /// getUpdates calls in flight now, and the most there ever were at once.
    in_flight: usize,
    most_in_flight: usize,
}

impl Replicas {
    /// Notes a setWebhook (`Some(secret)`) or a deleteWebhook (`None`) the fake answered.
    pub(super) fn webhook_set(&mut self, body: &Value, set: bool) {
        let field = |name: &str| body.get(name).and_then(Value::as_str).map(str::to_owned);
        self.registered = set.then(|| (field("url").unwrap_or_default(), field("secret_token")));
    }

    /// The target to try next and the secret to send, once a webhook is registered.
    fn take_target(&mut self) -> Option<(String, Option<String>)> {
        let (_, secret) = self.registered.clone()?;
        if self.targets.is_empty() {
            return None;
        }
        let target = self.targets[self.next % self.targets.len()].clone();
        self.next = self.next.wrapping_add(1);
        Some((target, secret))
    }
}

/// A getUpdates call in flight: counted from [`begin`](Self::begin) until dropped (answered,
/// or dropped by the server when its caller went away).
pub(super) struct PollGuard {
    shared: Arc<Shared>,
    index: usize,
}

impl PollGuard {
    pub(super) fn begin(shared: &Arc<Shared>, caller: &Caller) -> Self {
        let mut inner = shared.lock();
        let replicas = &mut inner.replicas;
        replicas.polls.push(Poll {
            caller: caller.0.to_string(),
            started: Instant::now(),
            ended: None,
        });
        replicas.in_flight += 1;
        replicas.most_in_flight = replicas.most_in_flight.max(replicas.in_flight);
        let index = replicas.polls.len() - 1;
        Self { shared: Arc::clone(shared), index }
    }
}

impl Drop for PollGuard {
    fn drop(&mut self) {
        let mut inner = self.shared.lock();
        let replicas = &mut inner.replicas;
        replicas.in_flight = replicas.in_flight.saturating_sub(1);
        if let Some(poll) = replicas.polls.get_mut(self.index) {
            poll.ended = Some(Instant::now());
        }
    }
}

impl FakeTelegram {
    /// The fake's API at another port of 127.0.0.1, for one replica's `TELOXIDE_API_URL`:
    /// its calls are the same as through [`base_url`](Self::base_url), and its getUpdates
    /// calls are recorded as `caller`'s ([`polls_log`](Self::polls_log)).
    pub async fn url_for(&self, caller: &str) -> Url {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind fake telegram");
        let addr = listener.local_addr().expect("local addr");
        let app = super::router(Arc::clone(&self.shared), caller);
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        self.extra.lock().unwrap_or_else(|p| p.into_inner()).push(task);
        Url::parse(&format!("http://{addr}")).expect("url")
    }

    /// Webhook mode with several replicas: each update goes to the next of `targets` in turn
    /// (see the module's documentation for retries and the secret). Replaces the targets of
    /// an earlier call; use it instead of [`deliver_to`](Self::deliver_to), not beside it.
    /// Updates sent before it was called go out first.
    pub fn deliver_to_each(&self, targets: Vec<String>) {
        // In the order `push_update` takes them: the state, then the webhook.
        let mut inner = self.shared.lock();
        inner.replicas.targets = targets;
        let mut webhook = self.shared.webhook.lock().unwrap_or_else(|p| p.into_inner());
        if webhook.is_some() {
            return;
        }
        let (deliver, mut updates) = tokio::sync::mpsc::unbounded_channel::<Value>();
        for waiting in inner.updates.drain(..) {
            let _ = deliver.send(waiting);
        }
        *webhook = Some(deliver);
        drop((webhook, inner));
        let shared = Arc::clone(&self.shared);
        tokio::spawn(async move {
            let http = reqwest::Client::builder()
                .timeout(ANSWER_WITHIN)
                .build()
                .unwrap_or_else(|_| reqwest::Client::new());
            while let Some(update) = updates.recv().await {
                deliver_one(&shared, &http, &update).await;
            }
        });
    }

    /// Which target accepted each update delivered by [`deliver_to_each`](Self::deliver_to_each),
    /// by update id.
    pub fn accepted_by(&self) -> BTreeMap<i64, String> {
        self.shared.lock().replicas.accepted.clone()
    }

    /// The deliveries a target refused or did not answer, as (update id, target), in order.
    pub fn refused_deliveries(&self) -> Vec<(i64, String)> {
        self.shared.lock().replicas.refused.clone()
    }

    /// Every getUpdates call so far, in the order they arrived.
    pub fn polls_log(&self) -> Vec<Poll> {
        self.shared.lock().replicas.polls.clone()
    }

    /// The most getUpdates calls that were ever in flight at the same moment.
    pub fn most_polls_at_once(&self) -> usize {
        self.shared.lock().replicas.most_in_flight
    }

    /// getUpdates calls in flight now.
    pub fn polls_in_flight(&self) -> usize {
        self.shared.lock().replicas.in_flight
    }
}

/// Posts `update` to one target after another until one accepts it.
async fn deliver_one(shared: &Shared, http: &reqwest::Client, update: &Value) {
    let id = update["update_id"].as_i64().unwrap_or_default();
    loop {
        let Some((target, secret)) = shared.lock().replicas.take_target() else {
            tokio::time::sleep(RETRY_AFTER).await;
            continue;
        };
        let mut request = http.post(&target).json(update);
        if let Some(secret) = &secret {
            request = request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        let accepted = matches!(request.send().await, Ok(answer) if answer.status().is_success());
        {
            let replicas = &mut shared.lock().replicas;
            if accepted {
                replicas.accepted.insert(id, target);
                return;
            }
            replicas.refused.push((id, target));
        }
        tokio::time::sleep(RETRY_AFTER).await;
    }
}
