//! Other bots' tokens, checked with getMe: the one Telegram call a pasted token needs. The
//! token's shape is checked first ([`input::looks_like_bot_token`]); what went wrong is an
//! [`InputError`] that `present::errors` explains.

use std::sync::Arc;

use teloxide::Bot;
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
