//! Other bots' tokens, checked with getMe: the one Telegram call a pasted token needs. The
//! token's shape is checked first ([`input::looks_like_bot_token`]); what went wrong is an
//! [`InputError`] that `present::errors` explains. The watch on an assistant's bot asks
//! getWebhookInfo with its token ([`TokenChecker::webhook_info`]).

use std::sync::Arc;

use secrecy::{ExposeSecret as _, SecretString};
use serde::{Deserialize, Serialize};
use teloxide::{
    Bot, RequestError,
    requests::{JsonRequest, Payload, Request as _},
};
use url::Url;

use crate::{
    conversation::SecretText,
    sender::me,
    service::input::{self, InputError},
};

/// Checks other bots' tokens with getMe, through the Bot API server the bot itself uses and
/// one shared HTTP client.
#[derive(Debug, Clone)]
pub struct TokenChecker {
    api_url: Url,
    client: reqwest::Client,
}

impl TokenChecker {
    /// A checker asking the Bot API at `api_url`.
    pub fn new(api_url: Url, client: reqwest::Client) -> Arc<Self> {
        Arc::new(Self { api_url, client })
    }

    /// A bot token that Telegram accepts; returns it with the bot's @username.
    ///
    /// Only getMe is called with it: nothing that would disturb that bot (no getUpdates, no
    /// webhook changes).
    pub async fn bot_token(&self, text: &str) -> Result<(SecretText, String), InputError> {
        if !input::looks_like_bot_token(text) {
            return Err(InputError::BotTokenFormat);
        }
        let other = Bot::with_client(text, self.client.clone()).set_api_url(self.api_url.clone());
        // Read leniently: only `id` and `username` must be in the answer.
        match me::get_me(&other).await {
            Ok(me) => Ok((SecretText::new(text), me.username().to_owned())),
            Err(teloxide::RequestError::Api(_)) => Err(InputError::BotTokenRejected),
            Err(e) => {
                tracing::warn!(error = %e, "could not check a bot token with getMe");
                Err(InputError::BotTokenUnchecked)
            }
        }
    }
}

/// getWebhookInfo, read for what the watch needs. teloxide's own `WebhookInfo` is not used: it
/// fails on an `allowed_updates` kind it does not know (a newer bot's), and the watch needs
/// none of that.
#[derive(Debug, Clone, Serialize)]
pub struct GetWebhookInfo {}

impl Payload for GetWebhookInfo {
    type Output = WebhookInfo;

    const NAME: &'static str = "GetWebhookInfo";
}

/// The Bot API's `WebhookInfo`, the fields the watch reads (the rest are ignored).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct WebhookInfo {
    /// Webhook URL, empty if none is set up.
    #[serde(default)]
    pub url: String,
    /// Number of updates awaiting delivery.
    pub pending_update_count: u32,
    /// Unix time of the most recent error delivering an update through the webhook.
    #[serde(default)]
    pub last_error_date: Option<i64>,
    /// That error, in human-readable form.
    #[serde(default)]
    pub last_error_message: Option<String>,
}

/// Why getWebhookInfo gave no answer.
#[derive(Debug, thiserror::Error)]
pub enum WebhookInfoError {
    /// Telegram refused the token (401): it was revoked, or replaced.
    #[error("Telegram refused the bot token")]
    Refused,
    /// Telegram could not be asked, or answered something else.
    #[error("getWebhookInfo failed: {0}")]
    Failed(RequestError),
}

impl TokenChecker {
    /// The bot of `token`, asked through the same Bot API server and HTTP client.
    pub(super) fn other(&self, token: &SecretString) -> Bot {
        Bot::with_client(token.expose_secret(), self.client.clone())
            .set_api_url(self.api_url.clone())
    }

    /// What Telegram says about delivering updates to the bot of `token`. Reads nothing of
    /// that bot's updates and changes nothing.
    pub async fn webhook_info(
        &self,
        token: &SecretString,
    ) -> Result<WebhookInfo, WebhookInfoError> {
        match JsonRequest::new(self.other(token), GetWebhookInfo {}).send().await {
            Ok(info) => Ok(info),
            Err(RequestError::Api(teloxide::ApiError::InvalidToken)) => {
                Err(WebhookInfoError::Refused)
            }
            Err(e) => Err(WebhookInfoError::Failed(e)),
        }
    }
}
