//! The webhook into the inbox: Telegram's POST is checked (its secret token), stored, handed to
//! the dispatcher and only then answered 200. A crash before the answer makes Telegram send the
//! update again; one already stored is not handed out twice.

use std::sync::Arc;

use axum::{Router, body::Body, extract::State, http::HeaderMap, http::StatusCode, routing::post};
use teloxide::{prelude::*, requests::JsonRequest};

use super::{ALLOWED_UPDATES, Feed, Inbox, InboxError};

/// The header Telegram sends the webhook's secret token in.
const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

/// What the route needs.
#[derive(Clone)]
struct Hook {
    secret: Arc<str>,
    inbox: Arc<Inbox>,
    feed: Feed,
}

/// Registers the webhook at `url` with a new random secret token and the update kinds the
/// bot uses. Returns the secret, which every update must carry.
pub async fn register(bot: &Bot, url: url::Url) -> Result<String, teloxide::RequestError> {
    // 32 characters of `A-Za-z0-9_-`, all of which Telegram allows in a secret token.
    let secret = crate::storage::new_token::<24>();
    // Our own setWebhook: teloxide's cannot name `managed_bot` among the allowed updates.
    let payload = crate::managed_bots::methods::SetWebhook {
        url,
        secret_token: secret.clone(),
        allowed_updates: &ALLOWED_UPDATES,
        drop_pending_updates: false,
    };
    JsonRequest::new(bot.clone(), payload).send().await?;
    Ok(secret)
}

/// The largest update body read.
const MAX_UPDATE: usize = 1024 * 1024;

/// The route Telegram posts updates to, at `path`.
pub fn router(path: &str, secret: String, inbox: Arc<Inbox>, feed: Feed) -> Router {
    // Updates are small; nothing bigger is read, and nothing at all before the secret check.
    Router::new()
        .route(path, post(receive))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_UPDATE))
        .with_state(Hook { secret: secret.into(), inbox, feed })
}

/// Checks the secret header first and reads the body only then: a caller without the
/// secret is answered 401 before it has sent anything more than its headers.
async fn receive(State(hook): State<Hook>, headers: HeaderMap, body: Body) -> StatusCode {
    let given = headers.get(SECRET_HEADER).map(|v| v.as_bytes());
    if !given.is_some_and(|given| same(given, hook.secret.as_bytes())) {
        return StatusCode::UNAUTHORIZED;
    }
    let Ok(bytes) = axum::body::to_bytes(body, MAX_UPDATE).await else {
        return StatusCode::PAYLOAD_TOO_LARGE;
    };
    let Ok(body) = String::from_utf8(bytes.to_vec()) else {
        return StatusCode::BAD_REQUEST;
    };
    // Stored and handed on in a task of its own: a request cut off in between (a timeout,
    // a client gone) would leave the update stored but never handed on until a restart, and
    // Telegram's resend is recognised as a duplicate.
    let stored = tokio::spawn(async move {
        let accepted = hook.inbox.accept(&[&body]).await?;
        for update in accepted.updates {
            // After a stop nothing takes it now; it is stored, so the next start replays it.
            hook.feed.send(update);
        }
        Ok::<_, InboxError>(())
    });
    let Ok(stored) = stored.await else {
        return StatusCode::INTERNAL_SERVER_ERROR;
    };
    match stored {
        Ok(()) => StatusCode::OK,
        // Not stored: not acknowledged either, so Telegram sends it again later.
        Err(InboxError::Full(_)) => StatusCode::SERVICE_UNAVAILABLE,
        Err(e) => {
            tracing::error!(error = %e, "could not store a webhook update");
            StatusCode::INTERNAL_SERVER_ERROR
        }
    }
}

/// Compares the secret in time independent of where the first difference is.
fn same(given: &[u8], expected: &[u8]) -> bool {
    given.len() == expected.len()
        && given.iter().zip(expected).fold(0u8, |diff, (a, b)| diff | (a ^ b)) == 0
}
