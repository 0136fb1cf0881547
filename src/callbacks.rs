//! Deployment callbacks: when the bot has a public URL, activate and redeploy give the API
//! `PUBLIC_URL/callbacks/<token>`, one unguessable token per deployment. A call on that path
//! only triggers an immediate status fetch: the payload is not trusted (or even read past
//! its size limit), unknown tokens get 404, and polling stays the fallback.

use std::sync::Arc;

use axum::{
    Router,
    body::Bytes,
    extract::{DefaultBodyLimit, Path, State},
    http::StatusCode,
    routing::post,
};
use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};
use rand::RngCore as _;
use sha2::{Digest, Sha256};
use url::Url;

use crate::{
    storage::{Storage, StorageError},
    tracker::Tracker,
};

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

    /// A fresh callback URL for the deployment with local `handle`, replacing its previous
    /// token; `None` when the bot has no public URL.
    pub async fn url_for(
        &self,
        storage: &Storage,
        handle: i64,
    ) -> Result<Option<String>, StorageError> {
        let Some(public) = &self.public else { return Ok(None) };
        let mut bytes = [0u8; 32];
        rand::thread_rng().fill_bytes(&mut bytes);
        let token = URL_SAFE_NO_PAD.encode(bytes);
        storage.set_callback_hash(handle, &hash(&token)).await?;
        Ok(Some(crate::config::endpoint(public, &["callbacks", &token]).to_string()))
    }

    /// The path `PUBLIC_URL` puts in front of every route (`/bot` for
    /// `https://host/bot`), or `""`. The proxy in front forwards paths unchanged.
    fn path_prefix(&self) -> String {
        self.public.as_ref().map(|p| p.path().trim_end_matches('/').to_owned()).unwrap_or_default()
    }
}

/// What is stored of a token: its SHA-256, hex.
pub fn hash(token: &str) -> String {
    Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// The callback routes, under the path of `PUBLIC_URL` (`/bot/callbacks/{token}` for
/// `https://host/bot`).
pub fn router(tracker: Arc<Tracker>) -> Router {
    let prefix = tracker.callbacks.path_prefix();
    let routes = Router::new()
        .route("/callbacks/{token}", post(callback))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(tracker);
    if prefix.is_empty() { routes } else { Router::new().nest(&prefix, routes) }
}

async fn callback(
    State(tracker): State<Arc<Tracker>>,
    Path(token): Path<String>,
    _body: Bytes,
) -> StatusCode {
    match tracker.storage.deployment_by_callback(&hash(&token)).await {
        Ok(Some(known)) => {
            tracing::debug!(deployment = %known.deployment_id, "deployment callback");
            tracker.check_now(known).await;
            StatusCode::NO_CONTENT
        }
        Ok(None) => StatusCode::NOT_FOUND,
        Err(e) => {
            tracing::warn!(error = %e, "could not look up a callback token");
            StatusCode::INTERNAL_SERVER_ERROR
        }
    }
}
