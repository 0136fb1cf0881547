//! Checks of what users type, shared by the wizard and the edit flow. Each returns the value
//! to keep, or the localized reason to ask again.

use teloxide::prelude::*;

use super::wizard::{TelegramApiUrl, state::SecretText};
use crate::{api::validate, i18n::Lang};

/// An assistant name: 1–100 characters.
pub fn name(lang: Lang, text: &str) -> Result<String, String> {
    match validate::name(text) {
        Ok(()) => Ok(text.to_owned()),
        Err(validate::ValidationError::NameTooLong(count)) => {
            Err(lang.t_args("wz-name-too-long", &[("count", count.into())]))
        }
        Err(_) => Err(lang.t("wz-name-empty")),
    }
}

/// A provider id: one lowercase word of letters, digits, `.`, `_` or `-`.
pub fn provider(lang: Lang, text: &str) -> Result<String, String> {
    let provider = text.to_ascii_lowercase();
    let valid = (1..=50).contains(&provider.len())
        && provider
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c));
    if valid { Ok(provider) } else { Err(lang.t("wz-provider-invalid")) }
}

/// A model id: no whitespace, at most 200 characters.
pub fn model(lang: Lang, text: &str) -> Result<String, String> {
    if text.is_empty() || text.chars().count() > 200 || text.contains(char::is_whitespace) {
        return Err(lang.t("wz-model-invalid"));
    }
    Ok(text.to_owned())
}

/// A model provider key: no whitespace, 8 to 500 characters.
pub fn model_key(lang: Lang, text: &str) -> Result<SecretText, String> {
    let count = text.chars().count();
    if !(8..=500).contains(&count) || text.contains(char::is_whitespace) {
        return Err(lang.t("wz-model-key-invalid"));
    }
    Ok(SecretText::new(text))
}

/// `123456789:AA…`: digits, a colon, and a long code of letters, digits, `_` and `-`.
pub fn looks_like_bot_token(token: &str) -> bool {
    let Some((id, secret)) = token.split_once(':') else { return false };
    (3..=16).contains(&id.len())
        && id.chars().all(|c| c.is_ascii_digit())
        && (30..=80).contains(&secret.len())
        && secret.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// A bot token that Telegram accepts; returns it with the bot's @username.
///
/// Only getMe is called with it: nothing that would disturb that bot (no getUpdates, no
/// webhook changes).
pub async fn bot_token(
    lang: Lang,
    telegram: &TelegramApiUrl,
    text: &str,
) -> Result<(SecretText, String), String> {
    if !looks_like_bot_token(text) {
        return Err(lang.t("wz-bot-token-format"));
    }
    let other = Bot::new(text).set_api_url(telegram.0.clone());
    match other.get_me().await {
        Ok(me) => Ok((SecretText::new(text), me.username().to_owned())),
        Err(teloxide::RequestError::Api(_)) => Err(lang.t("wz-bot-token-rejected")),
        Err(e) => {
            tracing::warn!(error = %e, "could not check a bot token with getMe");
            Err(lang.t("wz-bot-token-unchecked"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bot_token_shapes() {
        assert!(looks_like_bot_token("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_"));
        assert!(!looks_like_bot_token("123456789"));
        assert!(!looks_like_bot_token("12:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"));
        assert!(!looks_like_bot_token("123456789:short"));
        assert!(!looks_like_bot_token("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALD saw"));
    }

    #[test]
    fn provider_ids() {
        assert_eq!(provider(Lang::En, "Mistral"), Ok("mistral".to_owned()));
        assert!(provider(Lang::En, "x-ai.v2").is_ok());
        assert!(provider(Lang::En, "Mistral AI").is_err());
        assert!(provider(Lang::En, "").is_err());
    }

    #[test]
    fn names_and_models() {
        assert!(name(Lang::En, "Sales bot").is_ok());
        assert!(name(Lang::En, &"x".repeat(101)).unwrap_err().contains("101"));
        assert!(model(Lang::En, "openai/gpt-5").is_ok());
        assert!(model(Lang::En, "gpt 5").is_err());
        assert!(model_key(Lang::En, "short").is_err());
    }
}
