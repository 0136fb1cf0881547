//! getWebhookInfo for other bots' tokens (the assistants' bots the bot watches), as the Bot
//! API reference describes `WebhookInfo`: `url` (empty when no webhook is set),
//! `has_custom_certificate`, `pending_update_count`, and the optional `ip_address`,
//! `last_error_date`, `last_error_message`, `last_synchronization_error_date`,
//! `max_connections` and `allowed_updates`. By default a bot's webhook is healthy; a test
//! scripts another answer per token. What a worker's URL looks like is the fake's own guess.

use serde_json::{Value, json};

use super::{FakeTelegram, Inner, now};

/// A healthy webhook: set, nothing waiting, no error.
fn healthy(id: i64) -> Value {
    json!({
        "url": format!("https://openclaw-{id}.workers.dev/telegram"),
        "has_custom_certificate": false,
        "pending_update_count": 0,
        "max_connections": 40,
        "ip_address": "104.21.0.1",
    })
}

/// The answer to getWebhookInfo with `token`, a known other bot `id`'s.
pub(super) fn answer(inner: &Inner, token: &str, id: i64) -> Value {
    inner.webhook_info.get(token).cloned().unwrap_or_else(|| healthy(id))
}

impl FakeTelegram {
    /// Makes getWebhookInfo with `token` (another bot's, see [`add_bot`](Self::add_bot))
    /// answer `pending` updates waiting and, when given, `error` as the last delivery error,
    /// dated now.
    pub fn set_webhook_info(&self, token: &str, pending: u32, error: Option<&str>) {
        let mut inner = self.shared.lock();
        let id = inner.other_bots.get(token).map_or(0, |(id, _)| *id);
        let mut info = healthy(id);
        info["pending_update_count"] = json!(pending);
        if let Some(error) = error {
            info["last_error_date"] = json!(now());
            info["last_error_message"] = json!(error);
        }
        inner.webhook_info.insert(token.to_owned(), info);
    }

    /// Revokes another bot's token, as @BotFather does: Telegram answers 401 Unauthorized to
    /// every call made with it from now on.
    pub fn revoke_bot(&self, token: &str) {
        self.shared.lock().other_bots.remove(token);
    }
}
