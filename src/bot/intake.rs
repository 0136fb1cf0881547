//! Secrets arriving as messages: the one way in, whatever the flow (/setkey, the wizard's
//! token and model key, an edit, a group's hand-off). The message is deleted first, then the
//! value is checked; a refusal is answered here and the caller only sees what was accepted.
//!
//! Secrets are accepted in private chats only: in a group, see `team::leak`.

use teloxide::{
    prelude::*,
    types::{InlineKeyboardButton, Me},
};

use super::{HandlerError, HandlerResult};
use crate::{
    api::ApiKey,
    app::{App, TgBot},
    conversation::SecretText,
    i18n::Lang,
    present::{errors, keyboard::keyboard},
    service::{input::SecretKind, keys},
};

/// A secret that passed its checks.
#[derive(Debug)]
pub enum Secret {
    /// An API key the service accepted.
    ApiKey(ApiKey),
    /// A bot token Telegram accepted, with the bot's @username.
    BotToken(SecretText, String),
    /// A model key of the right shape.
    ModelKey(SecretText),
}

/// What came of a message carrying a secret.
#[derive(Debug)]
pub struct Intake {
    /// The secret, when it passed; `None` when the user was told why not.
    pub secret: Option<Secret>,
    /// The line that says the message was deleted (or asks the user to delete it): to lead
    /// the caller's confirmation.
    pub deleted: String,
}

/// Deletes `msg`, checks the secret of `kind` it carries, and on a refusal tells the user why
/// (after the deletion line).
pub async fn take(
    bot: &TgBot,
    app: &App,
    msg: &Message,
    lang: Lang,
    kind: SecretKind,
) -> Result<Intake, HandlerError> {
    let deleted = delete(bot, msg, lang).await;
    let text = msg.text().unwrap_or_default().trim();
    let checked = match kind {
        SecretKind::ApiKey => {
            let key = ApiKey::new(text);
            keys::verify(app, &key)
                .await
                .map(|()| Secret::ApiKey(key))
                .map_err(|e| errors::explain_key_refusal(lang, &e))
        }
        SecretKind::BotToken => app
            .tokens
            .bot_token(text)
            .await
            .map(|(token, username)| Secret::BotToken(token, username))
            .map_err(|e| errors::explain_input(lang, &e)),
        SecretKind::ModelKey => crate::service::input::model_key(text)
            .map(Secret::ModelKey)
            .map_err(|e| errors::explain_input(lang, &e)),
    };
    match checked {
        Ok(secret) => Ok(Intake { secret: Some(secret), deleted }),
        Err(why) => {
            let gap = if kind == SecretKind::ApiKey { "\n\n" } else { "\n" };
            bot.send_message(msg.chat.id, format!("{deleted}{gap}{why}")).await?;
            Ok(Intake { secret: None, deleted })
        }
    }
}

/// Deletes the user's message that carried a secret and returns the line that tells them so
/// (or asks them to delete it, when the bot could not).
pub async fn delete(bot: &TgBot, msg: &Message, lang: Lang) -> String {
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
pub async fn redirect_to_private(bot: &TgBot, chat: ChatId, lang: Lang, me: &Me) -> HandlerResult {
    let open = InlineKeyboardButton::url(lang.t("btn-open-private"), me.tme_url());
    bot.send_message(chat, lang.t("private-only")).reply_markup(keyboard(vec![vec![open]])).await?;
    Ok(())
}
