//! /language: choose the bot's language for this chat.

use teloxide::prelude::*;

use super::{HandlerResult, context::Ctx};
use crate::{
    app::{App, TgBot},
    i18n::Lang,
    present::{
        buttons::Button,
        keyboard::{button, keyboard},
    },
};

/// Offers the shipped languages, each labelled in itself.
pub async fn choose(bot: TgBot, msg: Message, ctx: Ctx<'_>) -> HandlerResult {
    let mut rows: Vec<Vec<_>> = Lang::ALL
        .iter()
        .map(|l| vec![button(l.t("language-name"), &Button::Language(Some(*l)))])
        .collect();
    rows.push(vec![button(ctx.lang.t("language-auto"), &Button::Language(None))]);
    let text = ctx.lang.t("language-choose");
    bot.send_message(msg.chat.id, text).reply_markup(keyboard(rows)).await?;
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
    bot.edit_message_text(chat, message.id(), lang.t("language-set")).await?;
    Ok(())
}
