//! The deployment callback endpoint: when the bot has a public URL, activate and redeploy give
//! the API `PUBLIC_URL/callbacks/<token>` (made by [`CallbackUrls`](crate::urls::CallbackUrls)),
//! one unguessable token per deployment. A call on that path only triggers an immediate status
//! fetch: the payload is never read (one declared larger than a status report gets 413),
//! unknown tokens get 404, and polling stays the fallback. The check runs
//! after the answer, rate-limited per deployment and capped in number.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use axum::{
    Router,
    extract::{Path, State},
    http::{HeaderMap, StatusCode, header},
    routing::post,
};
use tokio::sync::Semaphore;

use crate::{
    storage::{engine::CALLBACK_CHANNEL, is_token, token_hash},
    tracker::Tracker,
    urls::CALLBACK_TOKEN_BYTES,
};

/// The largest callback body accepted; anything bigger is refused unread.
pub const MAX_BODY: usize = 16 * 1024;

/// The most status checks that callbacks may have running at once.
const MAX_CHECKS_IN_FLIGHT: usize = 8;
/// The shortest time between two callback-triggered checks of one deployment.
const MIN_CHECK_INTERVAL: Duration = Duration::from_secs(2);

/// When a deployment was last checked for a callback, and whether a later check waits.
#[derive(Debug, Clone, Copy)]
struct Paced {
    next: Instant,
    queued: bool,
}

/// What the callback endpoint shares: the tracker, and the limits that keep a flood of calls
/// from turning into a flood of API calls.
struct Endpoint {
    tracker: Tracker,
    in_flight: Arc<Semaphore>,
    paced: Mutex<HashMap<i64, Paced>>,
}

impl Endpoint {
    /// When the check that a callback for `handle` asks for may run: now, after a wait (a
    /// check ran moments ago; this one is coalesced with any that follow), or never (one is
    /// already waiting and will see this change too).
    fn schedule(&self, handle: i64) -> Option<Duration> {
        let mut paced = self.paced.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        if paced.len() >= 10_000 {
            paced.retain(|_, p| p.queued || p.next > now);
        }
        match paced.get_mut(&handle) {
            Some(p) if p.queued => None,
            Some(p) if p.next > now => {
                p.queued = true;
                Some(p.next - now)
            }
            _ => {
                paced.insert(handle, Paced { next: now + MIN_CHECK_INTERVAL, queued: false });
                Some(Duration::ZERO)
            }
        }
    }

    /// A waiting check of `handle` starts now.
    fn starting(&self, handle: i64) {
        let mut paced = self.paced.lock().unwrap_or_else(|p| p.into_inner());
        paced.insert(handle, Paced { next: Instant::now() + MIN_CHECK_INTERVAL, queued: false });
    }
}

/// The callback routes.
pub fn router(tracker: Tracker) -> Router {
    let endpoint = Endpoint {
        tracker,
        in_flight: Arc::new(Semaphore::new(MAX_CHECKS_IN_FLIGHT)),
        paced: Mutex::default(),
    };
    let prefix = endpoint.tracker.app.callbacks.path_prefix();
    let routes =
        Router::new().route("/callbacks/{token}", post(callback)).with_state(Arc::new(endpoint));
    // Under the path of `PUBLIC_URL`: `/bot/callbacks/{token}` for `https://host/bot`.
    if prefix.is_empty() { routes } else { Router::new().nest(&prefix, routes) }
}

/// Answers at once; the status check runs on its own, at most one per deployment every two
/// seconds (later calls are coalesced into one check) and a few at a time, so the caller can
/// neither wait on it nor multiply it.
async fn callback(
    State(endpoint): State<Arc<Endpoint>>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> StatusCode {
    // The body is never read: the call only means "look again", and the token in the path
    // is all that is checked. A body declared larger than any status report is refused.
    if !is_token::<CALLBACK_TOKEN_BYTES>(&token) {
        return StatusCode::NOT_FOUND;
    }
    match endpoint.tracker.app.db.deployment_by_callback(&token_hash(&token)).await {
        Ok(Some(_)) if declared_length(&headers).is_some_and(|length| length > MAX_BODY) => {
            StatusCode::PAYLOAD_TOO_LARGE
        }
        Ok(Some(known)) => {
            tracing::debug!(deployment = %known.deployment_id, "deployment callback");
            if let Some(wait) = endpoint.schedule(known.handle) {
                let endpoint = endpoint.clone();
                tokio::spawn(async move {
                    if !wait.is_zero() {
                        tokio::time::sleep(wait).await;
                        endpoint.starting(known.handle);
                    }
                    let Ok(_permit) = endpoint.in_flight.clone().acquire_owned().await else {
                        return;
                    };
                    let db = &endpoint.tracker.app.db;
                    // Only the leader announces (a notice is sent once): another replica
                    // passes the call on to it.
                    if !endpoint.tracker.app.health.is_leader() {
                        let payload = format!("{}:{}", known.chat_id, known.handle);
                        if let Err(e) = db.notify(CALLBACK_CHANNEL, &payload).await {
                            tracing::warn!(error = %e, "could not pass a callback on to the leader");
                        }
                        return;
                    }
                    // Read again: a check that ran meanwhile may have announced the change,
                    // and the copy read when the callback came would announce it twice.
                    let chat = teloxide::types::ChatId(known.chat_id);
                    match db.deployment_by_handle(chat, known.handle).await {
                        Ok(Some(fresh)) => endpoint.tracker.check_now(fresh).await,
                        Ok(None) => {}
                        Err(e) => tracing::warn!(error = %e, "could not read a deployment"),
                    }
                });
            }
            StatusCode::NO_CONTENT
        }
        Ok(None) => StatusCode::NOT_FOUND,
        Err(e) => {
            tracing::warn!(error = %e, "could not look up a callback token");
            StatusCode::INTERNAL_SERVER_ERROR
        }
    }
}

/// The body length a request declares (`Content-Length`), if it declares one.
fn declared_length(headers: &HeaderMap) -> Option<usize> {
    headers.get(header::CONTENT_LENGTH)?.to_str().ok()?.parse().ok()
}
