//! getWebhookInfo for other bots' tokens (the assistants' bots the bot watches), as the Bot
//! API reference describes `WebhookInfo`: `url` (empty when no webhook is set),
//! `has_custom_certificate`, `pending_update_count`, and the optional `ip_address`,
//! `last_error_date`, `last_error_message`, `last_synchronization_error_date`,
//! `max_connections` and `allowed_updates`. By default a bot's webhook is healthy; a test
//! scripts another answer per token. What a worker's URL looks like is the fake's own guess.
//!
//! The bot's own getWebhookInfo tells what its setWebhook and deleteWebhook left (the secret
//! token never: Telegram does not tell it either), and a delivery error a test scripts.

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

/// The bot's own setWebhook, deleteWebhook and getWebhookInfo; `None` for other methods.
pub(super) fn own(inner: &mut Inner, method: &str, body: &Value) -> Option<Value> {
    match method {
        "setwebhook" => {
            let mut info = json!({
                "url": body.get("url").cloned().unwrap_or_else(|| json!("")),
                "has_custom_certificate": false,
                "pending_update_count": 0,
                "max_connections": 40,
            });
            if let Some(kinds) = body.get("allowed_updates") {
                info["allowed_updates"] = kinds.clone();
            }
            inner.own_webhook = Some(info);
            Some(json!(true))
        }
        "deletewebhook" => {
            inner.own_webhook = None;
            Some(json!(true))
        }
        "getwebhookinfo" => Some(inner.own_webhook.clone().unwrap_or_else(
            || json!({ "url": "", "has_custom_certificate": false, "pending_update_count": 0 }),
        )),
        _ => None,
    }
}

impl FakeTelegram {
    /// Makes the bot's own getWebhookInfo report `error` as its last delivery error, dated
    /// now (as Telegram does after the bot's server refused a delivery). No-op without a
    /// webhook.
    pub fn set_own_webhook_error(&self, error: &str) {
        if let Some(info) = self.shared.lock().own_webhook.as_mut() {
            info["last_error_date"] = json!(now());
            info["last_error_message"] = json!(error);
        }
    }

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
