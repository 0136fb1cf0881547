//! Errors as the user reads them: what happened, and the next step to take.

use crate::{
    api::{ApiError, ErrorCode},
    i18n::{Lang, key_for},
    service::{ServiceError, input::InputError},
};

/// What failed, as far as the user is concerned.
#[derive(Debug, Clone, Copy)]
pub enum Failure<'a> {
    /// The Assistants API refused or could not be reached.
    Api(&'a ApiError),
    /// The chat has no API key.
    NoKey,
    /// A failure of ours (database, Telegram): nothing the user did wrong.
    Ours,
}

impl<'a> From<&'a ServiceError> for Failure<'a> {
    fn from(e: &'a ServiceError) -> Self {
        match e {
            ServiceError::Api(e) => Self::Api(e),
            ServiceError::NoKey => Self::NoKey,
            ServiceError::Storage(_) => Self::Ours,
        }
    }
}

/// The one explanation of a failed service call (or handler) the user reads, with the next
/// step to take.
pub fn explain(lang: Lang, failure: Failure<'_>) -> String {
    match failure {
        Failure::Api(e) => explain_api(lang, e),
        Failure::NoKey => lang.t("list-no-key"),
        Failure::Ours => internal(lang),
    }
}

/// Every key this module can choose at run time (the locale test checks them).
pub fn keys() -> impl Iterator<Item = String> {
    ErrorCode::DOCUMENTED.into_iter().map(|code| key_for("api-error", code.as_str()))
}

/// The localized explanation of an Assistants API error, with the next step to take. Each
/// documented code has its own message (`api-error-<code>`); the rest say the service is not
/// answering.
pub fn explain_api(lang: Lang, err: &ApiError) -> String {
    match err {
        ApiError::Api(failure) => match &failure.code {
            ErrorCode::Other(_) => lang.t("api-error-unavailable"),
            code => lang.t(&key_for("api-error", code.as_str())),
        },
        ApiError::Timeout
        | ApiError::Connect
        | ApiError::Transport(_)
        | ApiError::Undecodable { .. } => lang.t("api-error-unavailable"),
        ApiError::Invalid(_) => lang.t("api-error-invalid-request"),
    }
}

/// Why what the user typed was not taken, and what to send instead.
pub fn explain_input(lang: Lang, err: &InputError) -> String {
    match err {
        InputError::NameEmpty => lang.t("wz-name-empty"),
        InputError::NameTooLong(count) => {
            lang.t_args("wz-name-too-long", &[("count", (*count).into())])
        }
        InputError::ProviderInvalid => lang.t("wz-provider-invalid"),
        InputError::ModelInvalid => lang.t("wz-model-invalid"),
        InputError::ModelKeyInvalid => lang.t("wz-model-key-invalid"),
        InputError::BotTokenFormat => lang.t("wz-bot-token-format"),
        InputError::BotTokenRejected => lang.t("wz-bot-token-rejected"),
        InputError::BotTokenUnchecked => lang.t("wz-bot-token-unchecked"),
    }
}

/// Why an API key was not stored.
pub fn explain_key_refusal(lang: Lang, err: &ApiError) -> String {
    match err.code() {
        Some(ErrorCode::Unauthorized) => lang.t("setkey-rejected"),
        _ if matches!(err, ApiError::Invalid(_)) => lang.t("setkey-rejected"),
        _ => lang.t_args("setkey-unchecked", &[("reason", explain_api(lang, err).into())]),
    }
}

/// A failure of ours (database, Telegram): nothing the user did wrong.
pub fn internal(lang: Lang) -> String {
    lang.t("error-internal")
}
