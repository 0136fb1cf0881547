//! Deployment callbacks: when the bot has a public URL, activate and redeploy give the API
//! `PUBLIC_URL/callbacks/<token>`, one unguessable token per deployment. A call on that path
//! only triggers an immediate status fetch: the payload is not trusted (or even read past
//! its size limit), unknown tokens get 404, and polling stays the fallback. The check runs
//! after the answer, rate-limited per deployment and capped in number.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use axum::{
    Router,
    body::Bytes,
    extract::{DefaultBodyLimit, Path, State},
    http::StatusCode,
    routing::post,
};
use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};
use rand::RngCore as _;
use tokio::sync::Semaphore;
use url::Url;

use crate::{storage::token_hash, tracker::Tracker};

/// The largest callback body accepted; anything bigger is refused unread.
pub const MAX_BODY: usize = 16 * 1024;

/// Makes callback URLs, when the bot has a public URL.
#[derive(Debug, Clone, Default)]
pub struct Callbacks {
    public: Option<Url>,
}

impl Callbacks {
    /// Callback URLs under `public` (none when `None`).
    pub fn new(public: Option<Url>) -> Self {
        Self { public }
    }

    /// A fresh callback URL with a new token, and the hash to store once the API has taken
    /// it (storing it earlier would break the working callback when the call fails); `None`
    /// when the bot has no public URL.
    pub fn fresh(&self) -> Option<FreshCallback> {
        let public = self.public.as_ref()?;
        let mut bytes = [0u8; 32];
        rand::thread_rng().fill_bytes(&mut bytes);
        let token = URL_SAFE_NO_PAD.encode(bytes);
        let mut url = public.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(["callbacks", &token]);
        }
        Some(FreshCallback { url: url.to_string(), hash: token_hash(&token) })
    }
}

/// A callback URL not yet given to the API.
#[derive(Debug, Clone)]
pub struct FreshCallback {
    /// The URL for the API.
    pub url: String,
    /// What to store of its token.
    pub hash: String,
}

/// The most status checks that callbacks may have running at once.
const MAX_CHECKS_IN_FLIGHT: usize = 8;
/// The shortest time between two callback-triggered checks of one deployment.
const MIN_CHECK_INTERVAL: Duration = Duration::from_secs(3);

/// What the callback endpoint shares: the tracker, and the limits that keep a flood of calls
/// from turning into a flood of API calls.
struct Endpoint {
    tracker: Tracker,
    in_flight: Arc<Semaphore>,
    last_check: Mutex<HashMap<i64, Instant>>,
}

impl Endpoint {
    /// Whether a check of `handle` may start now (and, if so, notes that it did).
    fn may_check(&self, handle: i64) -> bool {
        let mut last = self.last_check.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        if last.get(&handle).is_some_and(|at| now.duration_since(*at) < MIN_CHECK_INTERVAL) {
            return false;
        }
        if last.len() >= 10_000 {
            last.retain(|_, at| now.duration_since(*at) < MIN_CHECK_INTERVAL);
        }
        last.insert(handle, now);
        true
    }
}

/// The callback routes.
pub fn router(tracker: Tracker) -> Router {
    let endpoint = Endpoint {
        tracker,
        in_flight: Arc::new(Semaphore::new(MAX_CHECKS_IN_FLIGHT)),
        last_check: Mutex::default(),
    };
    Router::new()
        .route("/callbacks/{token}", post(callback))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(Arc::new(endpoint))
}

/// Answers at once; the status check runs on its own, at most one per deployment every few
/// seconds and a few at a time, so the caller can neither wait on it nor multiply it.
async fn callback(
    State(endpoint): State<Arc<Endpoint>>,
    Path(token): Path<String>,
    _body: Bytes,
) -> StatusCode {
    match endpoint.tracker.app.db.deployment_by_callback(&token_hash(&token)).await {
        Ok(Some(known)) => {
            tracing::debug!(deployment = %known.deployment_id, "deployment callback");
            if endpoint.may_check(known.handle)
                && let Ok(permit) = endpoint.in_flight.clone().try_acquire_owned()
            {
                let tracker = endpoint.tracker.clone();
                tokio::spawn(async move {
                    tracker.check_now(known).await;
                    drop(permit);
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
