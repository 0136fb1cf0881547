//! The Telegram edge: the dispatcher's handler tree, the context each update carries, and one
//! file per conversation. Handlers parse what Telegram sent, call `service`, and show the
//! result through `present`.
//!
//! - [`schema`]: the handler tree. [`context`]: the one context of an update (bot, app, chat,
//!   actor, language, conversation), built once and taken by reference.
//! - [`failure`]: the one place a failed handler becomes what the user reads.
//! - [`replay`]: updates replayed after a crash that their chat had applied already.
//! - [`commands`]: the command enum and the per-language command menu.
//! - [`intake`]: the one way a secret comes in, whatever carries it. [`secrets`]: the one
//!   route that hands it to the conversation that waits for it, from its sender (pasted, or
//!   from the form or a managed bot). [`form`]: secret prompts that offer the secure form.
//! - [`start`]: /start, /help, stray text, expired conversations. [`setkey`]: /setkey and
//!   /forgetkey. [`language`]: /language. [`cancel`]: /cancel.
//! - [`wizard`]: /new. [`manage`]: /list, cards and their actions (Stop waiting too).
//! - [`team`]: groups: the admin guard, the audit log, hand-offs, leaked secrets.
//! - [`newbot`]: the assistant's bot created from the chat (a managed bot), and [`lane`], which
//!   handles the updates that report one (teloxide cannot read them).
//! - [`shared`]: what several conversations share (stale buttons, the bot-creation offer,
//!   hand-off links, applying an edit, opening a wizard).
//!
//! Conversations (`setkey`, `wizard`, `manage`, `team::handoff`, `start`, `cancel`) import
//! [`shared`] and the helpers (`context`, `intake`, `form`, `team::{guard, audit, leak}`),
//! never each other; the routers (`schema`, `secrets`, `newbot`, `replay`) import them.

pub mod cancel;
pub mod commands;
pub mod context;
pub mod failure;
pub mod form;
pub mod intake;
pub mod language;
pub mod manage;
pub mod newbot;
pub mod replay;
pub mod schema;
pub mod secrets;
pub mod setkey;
pub mod shared;
pub mod start;
pub mod team;
pub mod wizard;

use std::ops::ControlFlow;

use teloxide::{
    dispatching::{DefaultKey, Dispatcher},
    error_handlers::LoggingErrorHandler,
};
use tokio_util::sync::CancellationToken;

pub use failure::HandlerError;

use crate::{
    app::{App, TgBot},
    inbox::Lane,
};

/// What a handler returns.
pub type HandlerResult = Result<(), HandlerError>;

/// The dispatcher: the schema, with the [`App`] as its one dependency.
pub fn dispatcher(bot: TgBot, app: App) -> Dispatcher<TgBot, HandlerError, DefaultKey> {
    Dispatcher::builder(bot, schema::schema())
        .dependencies(dptree::deps![app])
        .default_handler(|update| async move {
            tracing::debug!(update_id = update.id.0, "update not handled");
        })
        .error_handler(LoggingErrorHandler::with_custom_text("an update failed"))
        .build()
}

/// Handles the inbox's [`Lane`] (updates teloxide cannot read: a managed bot's) one at a
/// time, with [`schema::unreadable`]: the same failure report and handled marks as the
/// dispatcher. Stops when `stop` is cancelled (after the update in hand) or the lane closes;
/// what is left in it is stored unhandled, so the next start replays it. It is not in step
/// with the dispatcher's worker of the same chat: its handlers read the conversation afresh
/// (`secrets::deliver`), so a step the user left meanwhile is simply not waiting any more.
pub async fn lane(bot: TgBot, app: App, mut updates: Lane, stop: CancellationToken) {
    let handler = schema::unreadable();
    loop {
        let update = tokio::select! {
            biased;
            () = stop.cancelled() => return,
            update = updates.recv() => match update {
                Some(update) => update,
                None => return,
            },
        };
        let id = update.id.0;
        if let ControlFlow::Continue(_) =
            handler.dispatch(dptree::deps![bot.clone(), app.clone(), update]).await
        {
            tracing::debug!(update_id = id, "update of the lane not handled");
        }
    }
}
