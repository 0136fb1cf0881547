//! /start, /help, and the answers to text nothing claims and to conversations that expired.

use teloxide::prelude::*;

use super::{HandlerResult, context::Ctx, shared::newbot};
use crate::conversation::State;

/// Welcomes the user; without an API key yet, says where to get one and (in a private chat)
/// asks for it right away.
pub async fn start(cx: &Ctx<'_>) -> HandlerResult {
    let lang = cx.lang;
    let has_key = cx.app.db.api_key(cx.chat).await?.is_some();
    let next = match (has_key, cx.chat.is_user()) {
        (true, _) => lang.t("start-has-key"),
        (false, true) => {
            cx.dialogue.update(State::AwaitingApiKey).await?;
            lang.t("start-need-key")
        }
        (false, false) => lang.t("start-need-key-group"),
    };
    cx.bot.send_message(cx.chat, format!("{}\n\n{next}", lang.t("start-welcome"))).await?;
    Ok(())
}

/// Lists what the bot can do.
pub async fn help(cx: &Ctx<'_>) -> HandlerResult {
    cx.bot.send_message(cx.chat, cx.lang.t("help")).await?;
    Ok(())
}

/// A message (or a press) for a conversation that expired: say so, and let it go.
pub async fn timed_out(cx: &Ctx<'_>) -> HandlerResult {
    cx.dialogue.exit().await?;
    // A "Create the bot for me" keyboard may still be up: an expired step's goes too.
    newbot::put_away(cx, cx.lang.t("conversation-timed-out")).await
}

/// Text outside any conversation: point to /help (in private chats; groups stay quiet).
pub async fn unknown_text(cx: &Ctx<'_>) -> HandlerResult {
    if cx.chat.is_user() {
        cx.bot.send_message(cx.chat, cx.lang.t("unknown-text")).await?;
    }
    Ok(())
}
