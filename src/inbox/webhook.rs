//! The webhook into the inbox: Telegram's POST is checked (its secret token), stored, handed to
//! the dispatcher and only then answered 200. A crash before the answer makes Telegram send the
//! update again; one already stored is not handed out twice.

use std::sync::Arc;

use axum::{Router, body::Body, extract::State, http::HeaderMap, http::StatusCode, routing::post};
use teloxide::{prelude::*, requests::JsonRequest};

use super::{ALLOWED_UPDATES, Feed, Inbox, InboxError};
use crate::storage::engine::INBOX_CHANNEL;

/// The header Telegram sends the webhook's secret token in.
const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

/// What the route needs.
#[derive(Clone)]
struct Hook {
    secret: Arc<str>,
    inbox: Arc<Inbox>,
    delivery: Delivery,
}

/// What becomes of an update once stored.
#[derive(Debug, Clone)]
pub enum Delivery {
    /// Handed to this process's dispatcher at once (SQLite: the one process).
    Feed(Feed),
    /// Left for the leader, who is told (PostgreSQL: every replica, the leader included,
    /// so that the leader hands a chat's updates on in order, from the table).
    Leader,
}

/// What the webhook's secret token is derived from (see [`secret_token`]). Changing it
/// changes the token of every bot at its next registration.
const SECRET_LABEL: &str = "assistants-bot webhook secret token v1";

/// The webhook's secret token, derived from the sealing key: every replica with the same
/// `ENCRYPTION_KEY` checks the same token, so whichever registered the webhook, all of them
/// accept its posts, and a restart does not need to register it again. 43 characters of
/// URL-safe base64 without padding (`A-Za-z0-9_-`, all of which Telegram allows; it takes
/// 1 to 256). It tells nothing about the key, and changes with it (`rotate-key`).
pub fn secret_token(sealer: &crate::storage::seal::Sealer) -> String {
    use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};
    URL_SAFE_NO_PAD.encode(*sealer.derive(SECRET_LABEL))
}

/// Registers the webhook at `url` with the secret token `secret` (see [`secret_token`]) and
/// the update kinds the bot uses.
pub async fn register(
    bot: &Bot,
    url: url::Url,
    secret: &str,
) -> Result<(), teloxide::RequestError> {
    // Our own setWebhook: teloxide's cannot name `managed_bot` among the allowed updates.
    let payload = crate::managed_bots::methods::SetWebhook {
        url,
        secret_token: secret.to_owned(),
        allowed_updates: &ALLOWED_UPDATES,
        drop_pending_updates: false,
    };
    JsonRequest::new(bot.clone(), payload).send().await?;
    Ok(())
}

/// The largest update body read.
const MAX_UPDATE: usize = 1024 * 1024;

/// The route Telegram posts updates to, at `path`.
pub fn router(path: &str, secret: String, inbox: Arc<Inbox>, delivery: Delivery) -> Router {
    // Updates are small; nothing bigger is read, and nothing at all before the secret check.
    Router::new()
        .route(path, post(receive))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_UPDATE))
        .with_state(Hook { secret: secret.into(), inbox, delivery })
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
        match &hook.delivery {
            Delivery::Feed(feed) => {
                for update in accepted.updates {
                    // After a stop nothing takes it now; it is stored, so the next start
                    // replays it.
                    feed.send(update);
                }
            }
            // A lost notification costs time, not the update: the leader looks now and then.
            Delivery::Leader if !accepted.updates.is_empty() => {
                if let Err(e) = hook.inbox.db.notify(INBOX_CHANNEL, "").await {
                    tracing::warn!(error = %e, "could not tell the leader of an update");
                }
            }
            Delivery::Leader => {}
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::seal::{KeyMaterial, Sealer};

    #[test]
    fn the_secret_token_is_the_same_for_the_same_key_and_only_for_it() {
        let key = KeyMaterial::generate();
        let token = secret_token(&Sealer::new(&key));
        assert_eq!(token, secret_token(&Sealer::new(&key.clone())), "every replica agrees");
        assert_ne!(token, secret_token(&Sealer::new(&KeyMaterial::generate())));
        assert_eq!(token.len(), 43);
        assert!(token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    }
}
