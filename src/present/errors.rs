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
///
/// Read in a chat message, where the next step for a state that does not allow the action
/// is /list; under an assistant's card, use [`explain_on_card`].
pub fn explain(lang: Lang, dashboard: &str, failure: Failure<'_>) -> String {
    match failure {
        Failure::Api(e) if e.code() == Some(&ErrorCode::InvalidState) => {
            lang.t("api-error-invalid-state-chat")
        }
        Failure::Api(e) => explain_api(lang, dashboard, e),
        Failure::NoKey => lang.t("list-no-key"),
        Failure::Ours => internal(lang),
    }
}

/// [`explain`] for a note under an assistant's card, whose 🔄 Refresh is the next step when
/// the state does not allow the action.
pub fn explain_on_card(lang: Lang, dashboard: &str, failure: Failure<'_>) -> String {
    match failure {
        Failure::Api(e) => explain_api(lang, dashboard, e),
        failure => explain(lang, dashboard, failure),
    }
}

/// Every key this module can choose at run time (the locale test checks them).
pub fn keys() -> impl Iterator<Item = String> {
    ErrorCode::DOCUMENTED.into_iter().map(|code| key_for("api-error", code.as_str())).chain(
        [
            "api-error-invalid-state-chat",
            "api-error-not-found-next",
            "api-error-rate-limited",
            "api-error-rate-limited-seconds",
            "api-error-rate-limited-minutes",
            "api-error-forbidden",
        ]
        .map(str::to_owned),
    )
}

/// The localized explanation of an Assistants API error, with the next step to take. Each
/// documented code has its own message (`api-error-<code>`); the rest say the service is not
/// answering. `dashboard` is the service's website, where a refused key is replaced.
pub fn explain_api(lang: Lang, dashboard: &str, err: &ApiError) -> String {
    match err {
        ApiError::Api(failure) => match &failure.code {
            ErrorCode::Other(_) => lang.t("api-error-unavailable"),
            // The assistant is gone: where to see what there is now.
            ErrorCode::NotFound => {
                format!("{}\n{}", lang.t("api-error-not-found"), lang.t("api-error-not-found-next"))
            }
            // Every message gets the address; only the refused key's names it.
            code => lang
                .t_args(&key_for("api-error", code.as_str()), &[("dashboard", dashboard.into())]),
        },
        ApiError::Timeout
        | ApiError::Connect
        | ApiError::Transport(_)
        | ApiError::Undecodable { .. } => lang.t("api-error-unavailable"),
        ApiError::Invalid(_) => lang.t("api-error-invalid-request"),
        ApiError::RateLimited { retry_after } => rate_limited(lang, *retry_after),
        ApiError::Forbidden => {
            lang.t_args("api-error-forbidden", &[("dashboard", dashboard.into())])
        }
    }
}

/// A 429: wait and try again, for as long as the service asked when it said.
fn rate_limited(lang: Lang, retry_after: Option<std::time::Duration>) -> String {
    let Some(wait) = retry_after else { return lang.t("api-error-rate-limited") };
    let seconds = i64::try_from(wait.as_secs().max(1)).unwrap_or(i64::MAX);
    if seconds < 120 {
        lang.t_args("api-error-rate-limited-seconds", &[("seconds", seconds.into())])
    } else {
        let minutes = seconds.saturating_add(59) / 60;
        lang.t_args("api-error-rate-limited-minutes", &[("minutes", minutes.into())])
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

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn a_long_retry_after_is_said_in_minutes() {
        let text = rate_limited(Lang::En, Some(Duration::from_secs(290)));
        assert!(text.contains("wait 5 minutes"), "{text}");
        let text = rate_limited(Lang::En, Some(Duration::from_secs(1)));
        assert!(text.contains("wait 1 second,"), "{text}");
    }
}
