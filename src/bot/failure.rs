//! The one place where errors become what the user reads.
//!
//! Handlers return [`HandlerError`] with `?`; the schema wraps the whole handler tree in
//! [`reporting`], which answers the chat (and the button press, if any) with localized text and
//! logs the detail. Handlers that can do better (offer a retry button, re-ask a question) call
//! [`explain_api`] themselves and return `Ok`.

use std::ops::ControlFlow;

use dptree::di::DependencyMap;
use std::sync::Arc;

use teloxide::{
    dispatching::UpdateHandler,
    prelude::*,
    types::{Update, UpdateKind},
};

use super::{TgBot, context::lang_for};
use crate::{
    api::{ApiError, ErrorCode},
    i18n::Lang,
    ops::Health,
    storage::{Storage, StorageError},
};

/// Everything a handler can fail with.
#[derive(Debug, thiserror::Error)]
pub enum HandlerError {
    /// Telegram refused or could not be reached.
    #[error("telegram: {0}")]
    Telegram(#[from] teloxide::RequestError),
    /// The database failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The Assistants API failed.
    #[error(transparent)]
    Api(#[from] ApiError),
}

/// The localized explanation of an Assistants API error, with the next step to take.
pub fn explain_api(lang: Lang, err: &ApiError) -> String {
    let key = match err {
        ApiError::Api(failure) => match failure.code {
            ErrorCode::Unauthorized => "api-error-unauthorized",
            ErrorCode::InvalidRequest => "api-error-invalid-request",
            ErrorCode::InvalidInput => "api-error-invalid-input",
            ErrorCode::InvalidState => "api-error-invalid-state",
            ErrorCode::NotFound => "api-error-not-found",
            ErrorCode::ApiDisabled => "api-error-disabled",
            ErrorCode::PaymentNotConfigured => "api-error-payment-not-configured",
            ErrorCode::WorkerDeleteFailed => "api-error-worker-delete-failed",
            ErrorCode::InternalError | ErrorCode::Other(_) => "api-error-unavailable",
        },
        ApiError::Timeout
        | ApiError::Connect
        | ApiError::Transport(_)
        | ApiError::Undecodable { .. } => "api-error-unavailable",
        ApiError::Invalid(_) => "api-error-invalid-request",
    };
    lang.t(key)
}

/// What the user reads when a handler fails with `err`.
pub fn user_text(lang: Lang, err: &HandlerError) -> String {
    match err {
        HandlerError::Api(err) => explain_api(lang, err),
        HandlerError::Telegram(_) | HandlerError::Storage(_) => lang.t("error-internal"),
    }
}

/// Wraps the handler tree so that a failed update is answered, never dropped in silence.
pub fn reporting(inner: UpdateHandler<HandlerError>) -> UpdateHandler<HandlerError> {
    let sig = inner.sig().clone();
    let description = inner.description().clone();
    dptree::from_fn_with_description(
        description,
        move |deps: DependencyMap, cont| {
            let inner = inner.clone();
            async move {
                // Take what a report needs up front, rather than cloning the whole
                // dependency map for every update.
                let update: Arc<Update> = deps.get();
                let bot: Arc<TgBot> = deps.get();
                let storage: Arc<Storage> = deps.get();
                let health: Arc<Arc<Health>> = deps.get();
                let kind = match &update.kind {
                    UpdateKind::Message(_) => "message",
                    UpdateKind::CallbackQuery(_) => "callback_query",
                    _ => "other",
                };
                metrics::counter!("bot_updates_total", "kind" => kind).increment(1);
                // An update arrived: Telegram answered us.
                health.telegram_ok();
                let flow = inner.execute(deps, cont).await;
                if let ControlFlow::Break(Err(err)) = &flow {
                    metrics::counter!("bot_handler_errors_total").increment(1);
                    report(&update, &bot, &storage, err).await;
                }
                flow
            }
        },
        sig,
    )
}

async fn report(update: &Update, bot: &TgBot, storage: &Storage, err: &HandlerError) {
    tracing::error!(update_id = update.id.0, error = %err, "handler failed");
    let chat = update.chat().map(|c| c.id);
    let lang =
        lang_for(storage, chat, update.from().and_then(|u| u.language_code.as_deref())).await;
    let text = user_text(lang, err);
    if let UpdateKind::CallbackQuery(query) = &update.kind {
        // Always answer a button press, or the user's client spins until it times out.
        let _ = bot.answer_callback_query(query.id.clone()).await;
    }
    if let Some(chat) = chat
        && let Err(e) = bot.send_message(chat, text).await
    {
        tracing::warn!(error = %e, "could not tell the user about a failure");
    }
}
