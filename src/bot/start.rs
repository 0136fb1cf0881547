//! /start, /help, and the answers to buttons and text nothing claims.

use teloxide::prelude::*;

use super::{HandlerResult, context::Ctx};
use crate::{
    app::{App, TgBot},
    conversation::State,
};

/// Welcomes the user; without an API key yet, says where to get one and (in a private chat)
/// asks for it right away.
pub async fn start(bot: TgBot, msg: Message, ctx: Ctx, app: App) -> HandlerResult {
    let lang = ctx.lang;
    let has_key = app.db.api_key(msg.chat.id).await?.is_some();
    let next = match (has_key, msg.chat.is_private()) {
        (true, _) => lang.t("start-has-key"),
        (false, true) => {
            ctx.dialogue.update(State::AwaitingApiKey).await?;
            lang.t("start-need-key")
        }
        (false, false) => lang.t("start-need-key-group"),
    };
    bot.send_message(msg.chat.id, format!("{}\n\n{next}", lang.t("start-welcome"))).await?;
    Ok(())
}

/// Lists what the bot can do.
pub async fn help(bot: TgBot, msg: Message, ctx: Ctx) -> HandlerResult {
    bot.send_message(msg.chat.id, ctx.lang.t("help")).await?;
    Ok(())
}

/// Answers a press on a button that no conversation claims any more (or that a handler finds
/// stale part-way).
pub async fn stale(bot: &TgBot, query: &CallbackQuery, ctx: &Ctx) -> HandlerResult {
    bot.answer_callback_query(query.id.clone()).text(ctx.lang.t("button-stale")).await?;
    Ok(())
}

/// A message (or a press) for a conversation that expired: say so, and let it go.
pub async fn timed_out(bot: TgBot, chat: ChatId, ctx: Ctx) -> HandlerResult {
    ctx.dialogue.exit().await?;
    // A "Create the bot for me" keyboard may still be up: an expired step's goes too.
    super::newbot::put_away(&bot, chat, ctx.lang.t("conversation-timed-out")).await
}

/// Text outside any conversation: point to /help (in private chats; groups stay quiet).
pub async fn unknown_text(bot: TgBot, msg: Message, ctx: Ctx) -> HandlerResult {
    if msg.chat.is_private() {
        bot.send_message(msg.chat.id, ctx.lang.t("unknown-text")).await?;
    }
    Ok(())
}
