//! Messages that carry secrets: accepted only in private chats, read once, then deleted.

use teloxide::{
    prelude::*,
    types::{InlineKeyboardButton, Me},
};

use super::{TgBot, keyboard::keyboard};
use crate::i18n::Lang;

/// Deletes the user's message that carried a secret and returns the line that tells them so
/// (or asks them to delete it, when the bot could not).
pub async fn delete_secret_message(bot: &TgBot, msg: &Message, lang: Lang) -> String {
    match bot.delete_message(msg.chat.id, msg.id).await {
        Ok(_) => lang.t("secret-deleted"),
        Err(e) => {
            tracing::warn!(chat = msg.chat.id.0, error = %e, "could not delete a message carrying a secret");
            lang.t("secret-not-deleted")
        }
    }
}

/// Tells a group that secrets are collected in private, with a button that opens the private
/// chat with the bot.
pub async fn redirect_to_private(
    bot: &TgBot,
    chat: ChatId,
    lang: Lang,
    me: &Me,
) -> Result<(), teloxide::RequestError> {
    let open = InlineKeyboardButton::url(lang.t("btn-open-private"), me.tme_url());
    bot.send_message(chat, lang.t("private-only")).reply_markup(keyboard(vec![vec![open]])).await?;
    Ok(())
}
