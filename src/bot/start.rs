//! /start, /help, and the answer to buttons nothing claims.

use teloxide::prelude::*;

use super::{
    HandlerResult, TgBot,
    dialogue::{ChatDialogue, State},
};
use crate::{i18n::Lang, storage::Storage};

/// Welcomes the user; without an API key yet, says where to get one and (in a private chat)
/// asks for it right away.
pub async fn start(
    bot: TgBot,
    msg: Message,
    dialogue: ChatDialogue,
    lang: Lang,
    storage: Storage,
) -> HandlerResult {
    let has_key = storage.api_key(msg.chat.id).await?.is_some();
    let next = match (has_key, msg.chat.is_private()) {
        (true, _) => "start-has-key",
        (false, true) => {
            dialogue.update(State::AwaitingApiKey).await?;
            "start-need-key"
        }
        (false, false) => "start-need-key-group",
    };
    let text = format!("{}\n\n{}", lang.t("start-welcome"), lang.t(next));
    bot.send_message(msg.chat.id, text).await?;
    Ok(())
}

/// Lists what the bot can do.
pub async fn help(bot: TgBot, msg: Message, lang: Lang) -> HandlerResult {
    bot.send_message(msg.chat.id, lang.t("help")).await?;
    Ok(())
}

/// Answers a press on a button that no conversation claims any more.
pub async fn stale_button(bot: TgBot, query: CallbackQuery, lang: Lang) -> HandlerResult {
    bot.answer_callback_query(query.id).text(lang.t("button-stale")).await?;
    Ok(())
}

/// Text outside any conversation: point to /help (in private chats; groups stay quiet).
pub async fn unknown_text(bot: TgBot, msg: Message, lang: Lang) -> HandlerResult {
    if msg.chat.is_private() {
        bot.send_message(msg.chat.id, lang.t("unknown-text")).await?;
    }
    Ok(())
}
