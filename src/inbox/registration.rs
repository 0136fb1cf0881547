//! Whether the webhook needs registering: with several replicas, only the leader registers,
//! and only when Telegram's own record of the webhook says so.
//!
//! Telegram tells (getWebhookInfo) the URL and the update kinds of the webhook, never its
//! secret token, so those two are compared, and the token is judged by its effect: a
//! delivery refused with 401 or 403 (what our route answers a wrong token) after our last
//! registration means Telegram holds another token than the one our replicas check (the
//! sealing key was rotated, or a replica ran with another one). No fingerprint is stored in
//! the database: Telegram's record is the one that matters, and a stored copy could only
//! disagree with it.
//!
//! The cost of the refusal rule: after `rotate-key` the first delivery is refused once, and
//! waits in Telegram's queue until the leader's next check re-registers (Telegram keeps
//! refused updates and sends them again), so nothing is lost, only delayed.

use std::fmt;

use serde::Deserialize;
use teloxide::{
    prelude::*,
    requests::{JsonRequest, Payload},
};

use super::ALLOWED_UPDATES;

/// getWebhookInfo, read for what [`needs_registration`] compares. teloxide's own
/// `WebhookInfo` is not used: it fails on `managed_bot` in `allowed_updates`, which ours has.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetWebhookInfo {}

impl Payload for GetWebhookInfo {
    type Output = WebhookInfo;

    const NAME: &'static str = "GetWebhookInfo";
}

/// The Bot API's `WebhookInfo`, the fields registration reads (the rest are ignored).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct WebhookInfo {
    /// The webhook's URL, empty when none is set.
    #[serde(default)]
    pub url: String,
    /// The update kinds it delivers; absent means Telegram's defaults.
    #[serde(default)]
    pub allowed_updates: Option<Vec<String>>,
    /// Unix time of the most recent failed delivery.
    #[serde(default)]
    pub last_error_date: Option<i64>,
    /// Why it failed, as Telegram words it ("Wrong response from the webhook: 401
    /// Unauthorized").
    #[serde(default)]
    pub last_error_message: Option<String>,
}

/// Why the webhook needs registering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// No webhook is set.
    Missing,
    /// It points at another URL (`PUBLIC_URL` changed).
    OtherUrl,
    /// It delivers other update kinds (a new version asks for more, or fewer).
    OtherUpdates,
    /// Deliveries were refused with 401 or 403 since the last registration: Telegram holds
    /// another secret token than ours.
    SecretRefused,
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Missing => "no webhook is set",
            Self::OtherUrl => "the webhook points at another URL",
            Self::OtherUpdates => "the webhook delivers other update kinds",
            Self::SecretRefused => {
                "deliveries were refused for their secret token (was ENCRYPTION_KEY rotated, or \
                 does a replica run with another one?)"
            }
        })
    }
}

/// Whether the webhook Telegram describes in `info` must be registered (again) for `url`
/// and `allowed_updates`, and why. `registered_at` is when this process last registered it
/// (unix seconds): only a refusal since then counts, so one stale error re-registers once,
/// not at every check. `None` counts any refusal Telegram remembers.
pub fn needs_registration(
    info: &WebhookInfo,
    url: &url::Url,
    allowed_updates: &[&str],
    registered_at: Option<i64>,
) -> Option<Reason> {
    if info.url.is_empty() {
        return Some(Reason::Missing);
    }
    if info.url != url.as_str() {
        return Some(Reason::OtherUrl);
    }
    let mut wanted: Vec<&str> = allowed_updates.to_vec();
    let mut given: Vec<&str> = info.allowed_updates.iter().flatten().map(String::as_str).collect();
    wanted.sort_unstable();
    wanted.dedup();
    given.sort_unstable();
    given.dedup();
    // Absent means Telegram's defaults, which are never exactly ours (they lack chat_member).
    if info.allowed_updates.is_none() || wanted != given {
        return Some(Reason::OtherUpdates);
    }
    let refused = info.last_error_message.as_deref().is_some_and(refused_secret);
    let since = match (info.last_error_date, registered_at) {
        (Some(error), Some(registered)) => error >= registered,
        (_, None) => true,
        (None, Some(_)) => false,
    };
    (refused && since).then_some(Reason::SecretRefused)
}

/// Whether Telegram's error text reports a 401 or a 403 answer.
fn refused_secret(message: &str) -> bool {
    message.split(|c: char| !c.is_ascii_alphanumeric()).any(|word| word == "401" || word == "403")
}

/// Asks Telegram about the webhook and registers it at `url` with `secret` (see
/// [`super::webhook::secret_token`]) when [`needs_registration`] says so, with this bot's
/// [`ALLOWED_UPDATES`]. Returns why it registered, `None` when it did not need to. For the
/// leader: at the start of its term (`registered_at` `None`), then now and again.
pub async fn ensure_registered(
    bot: &Bot,
    url: &url::Url,
    secret: &str,
    registered_at: Option<i64>,
) -> Result<Option<Reason>, teloxide::RequestError> {
    let info = JsonRequest::new(bot.clone(), GetWebhookInfo {}).send().await?;
    let Some(reason) = needs_registration(&info, url, &ALLOWED_UPDATES, registered_at) else {
        return Ok(None);
    };
    super::webhook::register(bot, url.clone(), secret).await?;
    tracing::info!(%reason, url = %url, "registered the webhook");
    Ok(Some(reason))
}

/// Deletes the webhook if one is set: for a bot switching from webhook to polling, since
/// Telegram refuses getUpdates while a webhook is set (what teloxide's polling listener does
/// at start, too). Our own getWebhookInfo: teloxide's cannot read `managed_bot`.
pub async fn delete_if_set(bot: &Bot) {
    match JsonRequest::new(bot.clone(), GetWebhookInfo {}).send().await {
        Ok(info) if !info.url.is_empty() => {
            if let Err(e) = bot.delete_webhook().await {
                tracing::error!(error = %e, "could not delete the webhook");
            }
        }
        Ok(_) => {}
        Err(e) => tracing::warn!(error = %e, "could not read the webhook's settings"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://bot.example.com/telegram";
    const KINDS: [&str; 3] = ["message", "callback_query", "managed_bot"];

    fn url() -> url::Url {
        url::Url::parse(URL).expect("url")
    }

    /// What Telegram says of a webhook we registered: our URL and kinds (in its own order).
    fn current() -> WebhookInfo {
        WebhookInfo {
            url: URL.to_owned(),
            allowed_updates: Some(vec![
                "managed_bot".into(),
                "message".into(),
                "callback_query".into(),
            ]),
            ..WebhookInfo::default()
        }
    }

    fn refused_at(date: i64, message: &str) -> WebhookInfo {
        WebhookInfo {
            last_error_date: Some(date),
            last_error_message: Some(message.to_owned()),
            ..current()
        }
    }

    #[test]
    fn a_webhook_with_our_url_and_kinds_is_left_alone() {
        assert_eq!(needs_registration(&current(), &url(), &KINDS, None), None);
        assert_eq!(needs_registration(&current(), &url(), &KINDS, Some(100)), None);
    }

    #[test]
    fn a_missing_or_elsewhere_webhook_is_registered() {
        let none = WebhookInfo::default();
        assert_eq!(needs_registration(&none, &url(), &KINDS, None), Some(Reason::Missing));
        let elsewhere = WebhookInfo { url: "https://old.example.com/telegram".into(), ..current() };
        assert_eq!(needs_registration(&elsewhere, &url(), &KINDS, Some(1)), Some(Reason::OtherUrl));
    }

    #[test]
    fn other_update_kinds_or_telegrams_defaults_are_registered_again() {
        let fewer = WebhookInfo { allowed_updates: Some(vec!["message".into()]), ..current() };
        assert_eq!(needs_registration(&fewer, &url(), &KINDS, None), Some(Reason::OtherUpdates));
        let defaults = WebhookInfo { allowed_updates: None, ..current() };
        assert_eq!(needs_registration(&defaults, &url(), &KINDS, None), Some(Reason::OtherUpdates));
    }

    #[test]
    fn a_secret_refusal_since_the_last_registration_registers_again() {
        let refused = refused_at(200, "Wrong response from the webhook: 401 Unauthorized");
        assert_eq!(needs_registration(&refused, &url(), &KINDS, None), Some(Reason::SecretRefused));
        assert_eq!(
            needs_registration(&refused, &url(), &KINDS, Some(150)),
            Some(Reason::SecretRefused)
        );
        let forbidden = refused_at(200, "Wrong response from the webhook: 403 Forbidden");
        assert_eq!(
            needs_registration(&forbidden, &url(), &KINDS, Some(200)),
            Some(Reason::SecretRefused)
        );
    }

    #[test]
    fn a_refusal_older_than_our_registration_or_another_failure_is_not_a_reason() {
        let stale = refused_at(100, "Wrong response from the webhook: 401 Unauthorized");
        assert_eq!(needs_registration(&stale, &url(), &KINDS, Some(150)), None);
        for other in [
            "Connection refused",
            "Wrong response from the webhook: 503 Service Unavailable",
            "Read timeout expired",
            "Wrong response from the webhook: 4010 Custom",
        ] {
            assert_eq!(
                needs_registration(&refused_at(200, other), &url(), &KINDS, None),
                None,
                "{other}"
            );
        }
    }
}
