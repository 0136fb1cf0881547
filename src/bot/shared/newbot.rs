//! The "Create the bot for me" offer of a bot-token step (with Bot Management Mode on), and
//! putting its reply keyboard away once the step is over. What Telegram reports of the bot
//! made is `bot::newbot`'s.

use teloxide::{prelude::*, types::ReplyMarkup};

use crate::{
    app::TgBot,
    bot::{HandlerResult, context::Ctx},
    managed_bots::{
        methods::{self, KeyboardButtonRequestManagedBot, SendBotRequest},
        username::{suggested_name, suggested_username},
    },
    present::bots::{self, Offer},
};

/// Whether Bot Management Mode is on for the bot (asked each time: the owner can switch it
/// in @BotFather at any moment). Off when Telegram cannot say.
pub async fn available(bot: &TgBot) -> bool {
    match methods::can_manage_bots(bot.inner()).await {
        Ok(can) => can,
        Err(e) => {
            tracing::warn!(error = %e, "could not ask getMe for can_manage_bots; offering the paste way only");
            false
        }
    }
}

/// Offers, in the private chat of `cx`, the button that creates the assistant's bot, with
/// the text for `why` above it; `name` (the assistant's) prefills the dialog. Nothing in a
/// group (the button is for private chats only). Callers ask [`available`] first.
pub async fn offer(cx: &Ctx<'_>, name: Option<&str>, why: Offer) -> HandlerResult {
    let chat = cx.chat;
    if !chat.is_user() {
        return Ok(());
    }
    let name = name.unwrap_or_default();
    let request = KeyboardButtonRequestManagedBot {
        // Unique within the message; Telegram does not send it back.
        request_id: 1,
        suggested_name: Some(suggested_name(name)).filter(|n| !n.is_empty()),
        suggested_username: Some(suggested_username(name, chat.0 as u32)),
    };
    let (text, label) = bots::offer(cx.lang, why);
    cx.bot.pace(SendBotRequest::new(chat, text, label, request)).await?;
    Ok(())
}

/// Takes the reply keyboard away (the step it belonged to is over), with `text`. A group,
/// where it is never offered, just gets `text`; in a private chat with none up, removing it
/// changes nothing.
pub async fn put_away(cx: &Ctx<'_>, text: String) -> HandlerResult {
    let message = cx.bot.send_message(cx.chat, text);
    if cx.chat.is_user() {
        message.reply_markup(ReplyMarkup::kb_remove()).await?;
    } else {
        message.await?;
    }
    Ok(())
}
