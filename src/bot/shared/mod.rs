//! Helpers that several conversations share, in one neutral place: the conversation files
//! (`setkey`, `wizard`, `manage` and `manage::edit`, `team::handoff`, `start`, `cancel`)
//! import this module and never each other. (The routers, `schema`, `secrets` and `newbot`'s
//! lane, import the conversations.)
//!
//! - [`audit`]: recording who did what, and posting it in a group.
//! - [`newbot`]: the "Create the bot for me" offer and putting its keyboard away.
//! - [`handoff`]: the one-time link that takes a group's secret to a private chat.
//! - [`edit`]: applying a change to an assistant (an edit, a new token, a hand-off's secret).
//! - [`wizard`]: opening a wizard and showing its step (for /new, a paid slot, a replay).

pub mod audit;
pub mod edit;
pub mod handoff;
pub mod newbot;
pub mod wizard;

use teloxide::{prelude::*, types::ForceReply};

use super::{HandlerResult, context::Ctx};
use crate::{present::replies, service::input::SecretKind};

/// Answers a press on a button that no conversation claims any more (or that a handler finds
/// stale part-way).
pub async fn stale(cx: &Ctx<'_>, query: &CallbackQuery) -> HandlerResult {
    let text = replies::button_stale(cx.lang);
    cx.bot.answer_callback_query(query.id.clone()).text(text).await?;
    Ok(())
}

/// Asks for free text in a group with ForceReply, so it arrives even in privacy mode.
pub async fn ask_reply_in_group(cx: &Ctx<'_>, text: String) -> HandlerResult {
    cx.bot.send_message(cx.chat, text).reply_markup(ForceReply::new()).await?;
    Ok(())
}

/// The kind a conversation waiting for `awaited` (if for a secret at all) from `owner` takes
/// a secret from `from` as, or `None` when it does not take it. `meant` is the kind its
/// sender meant (the form's, a managed bot's); `None` when pasted, where the step says.
pub fn fits(
    awaited: Option<SecretKind>,
    owner: u64,
    from: UserId,
    meant: Option<SecretKind>,
) -> Option<SecretKind> {
    let awaited = awaited?;
    (from.0 == owner && meant.is_none_or(|meant| meant == awaited)).then_some(awaited)
}
