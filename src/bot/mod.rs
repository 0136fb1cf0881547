//! The Telegram edge: the dispatcher's handler tree, the context each update carries, and one
//! file per conversation. Handlers parse what Telegram sent, call `service`, and show the
//! result through `present`.
//!
//! - [`schema`]: the handler tree. [`context`]: language, role and conversation, resolved once.
//! - [`failure`]: the one place a failed handler becomes what the user reads.
//! - [`replay`]: updates replayed after a crash that their chat had applied already.
//! - [`commands`]: the command enum and the per-language command menu.
//! - [`intake`]: the one way a secret comes in, whatever carries it. [`secrets`]: hands it to
//!   the conversation that waits for it (pasted, or from the form or a managed bot).
//!   [`form`]: secret prompts that offer the secure form.
//! - [`start`]: /start, /help, stale buttons, stray text. [`setkey`]: /setkey and /forgetkey.
//!   [`language`]: /language. [`cancel`]: /cancel and Stop waiting.
//! - [`wizard`]: /new. [`manage`]: /list, cards and their actions.
//! - [`team`]: groups: the admin guard, the audit log, hand-offs, leaked secrets.

pub mod cancel;
pub mod commands;
pub mod context;
pub mod failure;
pub mod form;
pub mod intake;
pub mod language;
pub mod manage;
pub mod replay;
pub mod schema;
pub mod secrets;
pub mod setkey;
pub mod start;
pub mod team;
pub mod wizard;

use teloxide::{
    dispatching::{DefaultKey, Dispatcher},
    error_handlers::LoggingErrorHandler,
};

pub use failure::HandlerError;

use crate::app::{App, TgBot};

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
