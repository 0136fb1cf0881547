//! Errors as the user reads them: what happened, and the next step to take.

use crate::{
    api::{ApiError, ErrorCode},
    i18n::Lang,
    service::input::InputError,
};

/// The locale key of each documented API error code.
const API_ERROR_KEYS: [(ErrorCode, &str); 9] = [
    (ErrorCode::Unauthorized, "api-error-unauthorized"),
    (ErrorCode::InvalidRequest, "api-error-invalid-request"),
    (ErrorCode::InvalidInput, "api-error-invalid-input"),
    (ErrorCode::InvalidState, "api-error-invalid-state"),
    (ErrorCode::NotFound, "api-error-not-found"),
    (ErrorCode::ApiDisabled, "api-error-disabled"),
    (ErrorCode::PaymentNotConfigured, "api-error-payment-not-configured"),
    (ErrorCode::WorkerDeleteFailed, "api-error-worker-delete-failed"),
    (ErrorCode::InternalError, "api-error-unavailable"),
];

/// What the user reads when the service could not be reached or answered nonsense.
const UNAVAILABLE: &str = "api-error-unavailable";

/// The locale key of each input error.
const INPUT_ERROR_KEYS: [(InputError, &str); 8] = [
    (InputError::NameEmpty, "wz-name-empty"),
    (InputError::NameTooLong(0), "wz-name-too-long"),
    (InputError::ProviderInvalid, "wz-provider-invalid"),
    (InputError::ModelInvalid, "wz-model-invalid"),
    (InputError::ModelKeyInvalid, "wz-model-key-invalid"),
    (InputError::BotTokenFormat, "wz-bot-token-format"),
    (InputError::BotTokenRejected, "wz-bot-token-rejected"),
    (InputError::BotTokenUnchecked, "wz-bot-token-unchecked"),
];

/// Every key this module can choose at run time (the locale test checks them).
pub fn keys() -> impl Iterator<Item = &'static str> {
    API_ERROR_KEYS.iter().map(|(_, k)| *k).chain(INPUT_ERROR_KEYS.iter().map(|(_, k)| *k)).chain([
        "error-internal",
        UNAVAILABLE,
        "setkey-rejected",
    ])
}

/// The localized explanation of an Assistants API error, with the next step to take.
pub fn explain_api(lang: Lang, err: &ApiError) -> String {
    let key = match err {
        ApiError::Api(failure) => API_ERROR_KEYS
            .iter()
            .find(|(code, _)| *code == failure.code)
            .map_or(UNAVAILABLE, |(_, key)| key),
        ApiError::Timeout
        | ApiError::Connect
        | ApiError::Transport(_)
        | ApiError::Undecodable { .. } => UNAVAILABLE,
        ApiError::Invalid(_) => "api-error-invalid-request",
    };
    lang.t(key)
}

/// Why what the user typed was not taken, and what to send instead.
pub fn explain_input(lang: Lang, err: &InputError) -> String {
    let key = INPUT_ERROR_KEYS
        .iter()
        .find(|(e, _)| std::mem::discriminant(e) == std::mem::discriminant(err))
        .map_or("error-internal", |(_, key)| key);
    match err {
        InputError::NameTooLong(count) => lang.t_args(key, &[("count", (*count).into())]),
        _ => lang.t(key),
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
