//! /start, /help, and the answer to buttons nothing claims.

use teloxide::prelude::*;

use super::{HandlerResult, TgBot};
use crate::{i18n::Lang, storage::Storage};

/// Welcomes the user; without an API key yet, says where to get one.
pub async fn start(bot: TgBot, msg: Message, lang: Lang, storage: Storage) -> HandlerResult {
    let has_key = storage.api_key(msg.chat.id).await?.is_some();
    let next = if has_key { "start-has-key" } else { "start-need-key" };
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
