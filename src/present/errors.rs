//! Errors as the user reads them: what happened, and the next step to take.

use crate::{
    api::{ApiError, ErrorCode, validate::NAME_MAX_CHARS},
    i18n::{Lang, key_for},
    service::{
        ServiceError,
        input::{InputError, MODEL_KEY_MIN_CHARS, MODEL_MAX_CHARS},
    },
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
/// step to take. `dashboard` is the service's website, where a refused key is replaced.
pub fn explain(lang: Lang, dashboard: &str, failure: Failure<'_>) -> String {
    match failure {
        Failure::Api(e) => explain_api(lang, dashboard, e),
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
/// answering. `dashboard` is the service's website, where a refused key is replaced.
pub fn explain_api(lang: Lang, dashboard: &str, err: &ApiError) -> String {
    match err {
        ApiError::Api(failure) => match &failure.code {
            ErrorCode::Other(_) => lang.t("api-error-unavailable"),
            // Every message gets the address; only the refused key's names it.
            code => lang
                .t_args(&key_for("api-error", code.as_str()), &[("dashboard", dashboard.into())]),
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
        InputError::NameEmpty => lang.t_args("wz-name-empty", &[("max", NAME_MAX_CHARS.into())]),
        InputError::NameTooLong(count) => lang.t_args(
            "wz-name-too-long",
            &[("count", (*count).into()), ("max", NAME_MAX_CHARS.into())],
        ),
        InputError::ProviderInvalid => lang.t("wz-provider-invalid"),
        InputError::ModelInvalid => {
            lang.t_args("wz-model-invalid", &[("max", MODEL_MAX_CHARS.into())])
        }
        InputError::ModelKeyInvalid => {
            lang.t_args("wz-model-key-invalid", &[("min", MODEL_KEY_MIN_CHARS.into())])
        }
        InputError::BotTokenFormat => lang.t("wz-bot-token-format"),
        InputError::BotTokenRejected => lang.t("wz-bot-token-rejected"),
        InputError::BotTokenUnchecked => lang.t("wz-bot-token-unchecked"),
    }
}

/// Why an API key was not stored; `dashboard` is the service's website, where keys are made.
pub fn explain_key_refusal(lang: Lang, dashboard: &str, err: &ApiError) -> String {
    let rejected = || lang.t_args("setkey-rejected", &[("dashboard", dashboard.into())]);
    match err.code() {
        Some(ErrorCode::Unauthorized) => rejected(),
        _ if matches!(err, ApiError::Invalid(_)) => rejected(),
        _ => {
            let reason = explain_api(lang, dashboard, err);
            lang.t_args("setkey-unchecked", &[("reason", reason.into())])
        }
    }
}

/// A failure of ours (database, Telegram): nothing the user did wrong.
pub fn internal(lang: Lang) -> String {
    lang.t("error-internal")
}
