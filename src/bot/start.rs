//! /start, /help, and the answers to text nothing claims and to conversations that expired.

use teloxide::prelude::*;

use super::{HandlerResult, context::Ctx, shared::newbot};
use crate::{conversation::State, present::replies};

/// Welcomes the user; without an API key yet, says where to get one and (in a private chat)
/// asks for it right away.
pub async fn start(cx: &Ctx<'_>) -> HandlerResult {
    let has_key = cx.app.db.api_key(cx.chat).await?.is_some();
    let private = cx.chat.is_user();
    if !has_key && private {
        cx.dialogue.update(State::AwaitingApiKey).await?;
    }
    let text = replies::start(cx.lang, has_key, private, &cx.app.dashboard());
    cx.bot.send_message(cx.chat, text).await?;
    Ok(())
}

/// Lists what the bot can do.
pub async fn help(cx: &Ctx<'_>) -> HandlerResult {
    cx.bot.send_message(cx.chat, replies::help(cx.lang)).await?;
    Ok(())
}

/// A message (or a press) for a conversation that expired: say so, and let it go.
pub async fn timed_out(cx: &Ctx<'_>) -> HandlerResult {
    cx.dialogue.exit().await?;
    // A "Create the bot for me" keyboard may still be up: an expired step's goes too.
    // Said in whole minutes, rounded up: a shorter setting never reads "0 minutes".
    let idle = cx.app.timing.dialogue_idle.as_secs().div_ceil(60);
    let minutes = i64::try_from(idle).unwrap_or(i64::MAX);
    newbot::put_away(cx, replies::timed_out(cx.lang, minutes)).await
}

/// Text outside any conversation: point to /help (in private chats; groups stay quiet).
pub async fn unknown_text(cx: &Ctx<'_>) -> HandlerResult {
    if cx.chat.is_user() {
        cx.bot.send_message(cx.chat, replies::unknown_text(cx.lang)).await?;
    }
    Ok(())
}
