//! Checks of what users type, shared by every flow that asks for it. Each returns the value
//! to keep, or an [`InputError`] that `present::errors` turns into the reason to ask again.
//! A bot token's shape is checked here; asking Telegram whether it knows the token is a
//! Telegram call, made above this layer (`app::tokens`).

use crate::{
    api::validate,
    conversation::{Field, SecretText, Step},
};

/// What kind of secret a message or form carries. Its code, in stored rows and URLs, is its
/// name in kebab case (`api-key`, `bot-token`, `model-key`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::EnumString, strum::VariantArray,
)]
#[strum(serialize_all = "kebab-case")]
pub enum SecretKind {
    /// The chat's Assistants API key.
    ApiKey,
    /// The assistant bot's Telegram token.
    BotToken,
    /// The byok model provider key.
    ModelKey,
}

impl SecretKind {
    /// The kind of secret an assistant's `field` holds, if it holds one.
    pub fn of_field(field: Field) -> Option<Self> {
        match field {
            Field::BotToken => Some(Self::BotToken),
            Field::ModelKey => Some(Self::ModelKey),
            Field::Mode | Field::Name | Field::Model => None,
        }
    }

    /// The kind of secret a wizard's `step` waits for, if it waits for one.
    pub fn of_step(step: Step) -> Option<Self> {
        match step {
            Step::BotToken => Some(Self::BotToken),
            Step::ModelKey => Some(Self::ModelKey),
            _ => None,
        }
    }

    /// Every kind.
    pub const ALL: &[Self] = <Self as strum::VariantArray>::VARIANTS;

    /// The kind's code in stored rows and URLs.
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// The kind named `code`; `None` for anything [`code`](Self::code) does not give.
    pub fn from_code(code: &str) -> Option<Self> {
        code.parse().ok()
    }
}

/// Why a value was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    /// An empty name.
    #[error("the name is empty")]
    NameEmpty,
    /// A name over 100 characters (it had this many).
    #[error("the name has {0} characters")]
    NameTooLong(usize),
    /// Not a provider id.
    #[error("not a provider id")]
    ProviderInvalid,
    /// Not a model id.
    #[error("not a model id")]
    ModelInvalid,
    /// Not shaped like a model key.
    #[error("not a model key")]
    ModelKeyInvalid,
    /// Not shaped like a bot token.
    #[error("not a bot token")]
    BotTokenFormat,
    /// Telegram does not know the token.
    #[error("telegram refused the bot token")]
    BotTokenRejected,
    /// Telegram could not be asked.
    #[error("the bot token could not be checked")]
    BotTokenUnchecked,
}

/// An assistant name: 1–100 characters, on one line, without control or bidi-override
/// characters (a name is repeated to others, in a group to its admins: it must not reorder
/// or forge the text around it).
pub fn name(text: &str) -> Result<String, InputError> {
    let text: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .filter(|c| !matches!(*c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect();
    let text = text.trim();
    match validate::name(text) {
        Ok(()) => Ok(text.to_owned()),
        Err(validate::ValidationError::NameTooLong(count)) => Err(InputError::NameTooLong(count)),
        Err(_) => Err(InputError::NameEmpty),
    }
}

/// A provider id: one lowercase word of letters, digits, `.`, `_` or `-`.
pub fn provider(text: &str) -> Result<String, InputError> {
    let provider = text.to_ascii_lowercase();
    let valid = (1..=50).contains(&provider.len())
        && provider
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c));
    if valid { Ok(provider) } else { Err(InputError::ProviderInvalid) }
}

/// The longest model id taken, in characters.
pub const MODEL_MAX_CHARS: usize = 200;

/// The shortest model provider key taken, in characters.
pub const MODEL_KEY_MIN_CHARS: usize = 8;

/// A model id: no whitespace, at most [`MODEL_MAX_CHARS`] characters.
pub fn model(text: &str) -> Result<String, InputError> {
    let long = text.chars().count() > MODEL_MAX_CHARS;
    if text.is_empty() || long || text.contains(char::is_whitespace) {
        return Err(InputError::ModelInvalid);
    }
    Ok(text.to_owned())
}

/// A model provider key: no whitespace, [`MODEL_KEY_MIN_CHARS`] to 500 characters.
pub fn model_key(text: &str) -> Result<SecretText, InputError> {
    let count = text.chars().count();
    if !(MODEL_KEY_MIN_CHARS..=500).contains(&count) || text.contains(char::is_whitespace) {
        return Err(InputError::ModelKeyInvalid);
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

/// Whether `text` carries what looks like a secret someone pasted: a word that looks like one
/// ([`looks_like_secret`]), or anything after `/setkey`.
pub fn carries_secret(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let setkey = words.next().is_some_and(|first| {
        first.split('@').next().is_some_and(|c| c.eq_ignore_ascii_case("/setkey"))
    });
    (setkey && words.next().is_some()) || text.split_whitespace().any(looks_like_secret)
}

/// Whether a word looks like a secret someone pasted: a bot token or a well-known key prefix.
pub fn looks_like_secret(word: &str) -> bool {
    looks_like_bot_token(word)
        || (word.len() >= 20
            && ["sk-", "sk_", "sim_", "AIza", "xai-", "gsk_"].iter().any(|p| word.starts_with(p)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_one_line_without_direction_overrides() {
        assert_eq!(
            name(" Sales\nbot\u{202e}tob \u{2066}x\u{2069} ").as_deref(),
            Ok("Sales bottob x")
        );
        assert!(matches!(name("\u{202e}\n"), Err(InputError::NameEmpty)));
    }

    #[test]
    fn secret_kinds_keep_their_stored_codes() {
        let codes: Vec<_> = SecretKind::ALL.iter().map(|kind| kind.code()).collect();
        assert_eq!(codes, ["api-key", "bot-token", "model-key"]);
        for &kind in SecretKind::ALL {
            assert_eq!(SecretKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(SecretKind::from_code("ApiKey"), None);
    }

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
        assert_eq!(provider("Mistral"), Ok("mistral".to_owned()));
        assert!(provider("x-ai.v2").is_ok());
        assert_eq!(provider("Mistral AI"), Err(InputError::ProviderInvalid));
        assert!(provider("").is_err());
    }

    #[test]
    fn names_and_models() {
        assert!(name("Sales bot").is_ok());
        assert_eq!(name(&"x".repeat(101)), Err(InputError::NameTooLong(101)));
        assert!(model("openai/gpt-5").is_ok());
        assert!(model("gpt 5").is_err());
        assert!(model_key("short").is_err());
    }
}
