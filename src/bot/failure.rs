//! The one place where a failed handler becomes what the user reads.
//!
//! Handlers return [`HandlerError`] with `?`; the schema wraps the whole handler tree in
//! [`reporting`], which answers the chat (and the button press, if any) with localized text
//! from `present::errors` and logs the detail. It also marks each update handled in the
//! inbox (`crate::inbox`), whatever came of it. Handlers that can do better (offer a retry
//! button, ask again) handle the error themselves and return `Ok`.

use std::{panic::AssertUnwindSafe, sync::Arc};

use futures_util::FutureExt as _;

use teloxide::{dispatching::UpdateHandler, prelude::*, types::UpdateKind};

use crate::{
    api::ApiError,
    app::{App, TgBot},
    i18n::Lang,
    present::errors::{self, Failure},
    service::ServiceError,
    storage::StorageError,
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
    /// The chat has no API key.
    #[error("the chat has no API key")]
    NoKey,
}

impl From<ServiceError> for HandlerError {
    fn from(e: ServiceError) -> Self {
        match e {
            ServiceError::NoKey => Self::NoKey,
            ServiceError::Api(e) => Self::Api(e),
            ServiceError::Storage(e) => Self::Storage(e),
        }
    }
}

/// What the user reads when a handler fails with `err` (`dashboard`: the service's website).
pub fn user_text(lang: Lang, dashboard: &str, err: &HandlerError) -> String {
    let failure = match err {
        HandlerError::Api(err) => Failure::Api(err),
        HandlerError::NoKey => Failure::NoKey,
        HandlerError::Telegram(_) | HandlerError::Storage(_) => Failure::Ours,
    };
    errors::explain(lang, dashboard, failure)
}

/// Wraps the handler tree so that a failed update is answered, never dropped in silence, and
/// every update is marked handled in the inbox once the tree is done with it.
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
                let app: Arc<App> = deps.get();
                let kind = match &update.kind {
                    UpdateKind::Message(_) => "message",
                    UpdateKind::CallbackQuery(_) => "callback_query",
                    _ => "other",
                };
                metrics::counter!("bot_updates_total", "kind" => kind).increment(1);
                // An update arrived: Telegram answered us.
                app.health.telegram_ok();
                // A panic in a handler (a bug) ends this update, not the chat's worker: the
                // update is marked handled below like any other, so its chat goes on and a
                // restart does not replay the same panic for ever.
                let flow = match AssertUnwindSafe(inner.execute(deps, cont)).catch_unwind().await {
                    Ok(flow) => flow,
                    Err(_) => {
                        metrics::counter!("bot_handler_panics_total").increment(1);
                        tracing::error!(update_id = update.id.0, "a handler panicked");
                        ControlFlow::Break(Ok(()))
                    }
                };
                if let ControlFlow::Break(Err(err)) = &flow {
                    metrics::counter!("bot_handler_errors_total").increment(1);
                    report(&update, &bot, &app, err).await;
                }
                // Done with it, answered or reported: a restart does not replay it. (An
                // update no branch took is done too; the default handler only logs it.)
                app.inbox.handled(i64::from(update.id.0));
                flow
            }
        },
        sig,
    )
}

async fn report(update: &Update, bot: &TgBot, app: &App, err: &HandlerError) {
    tracing::error!(update_id = update.id.0, error = %err, "handler failed");
    let chat = update.chat().map(|c| c.id);
    let lang = app.lang_for(chat, update.from().and_then(|u| u.language_code.as_deref())).await;
    if let UpdateKind::CallbackQuery(query) = &update.kind {
        // Always answer a button press, or the user's client spins until it times out.
        let _ = bot.answer_callback_query(query.id.clone()).await;
    }
    if let Some(chat) = chat
        && let Err(e) = bot.send_message(chat, user_text(lang, &app.dashboard(), err)).await
    {
        tracing::warn!(error = %e, "could not tell the user about a failure");
    }
}
