//! /language: choose the bot's language for this chat.

use teloxide::prelude::*;

use super::{HandlerResult, context::Ctx};
use crate::{
    app::{App, TgBot},
    i18n::Lang,
    present::language as present,
};

/// Offers the shipped languages, each labelled in itself.
pub async fn choose(bot: TgBot, msg: Message, ctx: Ctx<'_>) -> HandlerResult {
    let (text, markup) = present::choice(ctx.lang);
    bot.send_message(msg.chat.id, text).reply_markup(markup).await?;
    Ok(())
}

/// Stores the choice (`None`: follow Telegram) and confirms in the new language.
pub async fn chosen(
    bot: TgBot,
    query: CallbackQuery,
    app: App,
    choice: Option<Lang>,
) -> HandlerResult {
    bot.answer_callback_query(query.id.clone()).await?;
    let Some(message) = query.message.as_ref() else { return Ok(()) };
    let chat = message.chat().id;
    let lang = match choice {
        Some(lang) => {
            app.db.set_chat_language(chat, lang.code()).await?;
            lang
        }
        None => {
            app.db.clear_chat_language(chat).await?;
            query.from.language_code.as_deref().and_then(Lang::negotiate).unwrap_or_default()
        }
    };
    bot.edit_message_text(chat, message.id(), present::set(lang)).await?;
    Ok(())
}
