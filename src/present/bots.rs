//! The assistant's own bot, made from the chat (a managed bot): the offer to create it, what
//! becomes of it, and who may talk to it.

use teloxide::types::{
    ButtonRequest, InlineKeyboardMarkup, KeyboardButton, KeyboardButtonRequestUsers,
    KeyboardMarkup, RequestId,
};

use super::{
    buttons::Button,
    keyboard::{button, keyboard},
};
use crate::i18n::Lang;

/// Why the offer to create the bot is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offer {
    /// The bot-token step has come.
    First,
    /// A token was refused: both ways stay open.
    Again,
}

/// The text above the "Create the bot for me" button, and its label.
pub fn offer(lang: Lang, why: Offer) -> (String, String) {
    let text = match why {
        Offer::First => lang.t("newbot-offer"),
        Offer::Again => lang.t("newbot-again"),
    };
    (text, lang.t("btn-create-bot"))
}

/// The offer's keyboard goes: the step it belonged to is over.
pub fn put_away(lang: Lang) -> String {
    lang.t("newbot-put-away")
}

/// A bot made with a button of a step since left.
pub fn unexpected(lang: Lang, username: String) -> String {
    lang.t_args("newbot-unexpected", &[("username", username.into())])
}

/// Telegram would not give the made bot's token: the text, and Try again (for `managed`).
pub fn token_failed(lang: Lang, username: String, managed: u64) -> (String, InlineKeyboardMarkup) {
    let text = lang.t_args("newbot-token-failed", &[("username", username.into())]);
    let again = button(lang.t("btn-try-again"), &Button::FetchBotToken(managed));
    (text, keyboard(vec![vec![again]]))
}

/// A new token for the managed bot @`username`: made and in use, or not made.
pub fn new_token(lang: Lang, username: String, done: bool) -> String {
    if done {
        lang.t_args("newtoken-done", &[("username", username.into())])
    } else {
        lang.t_args("newtoken-failed", &[("username", username.into())])
    }
}

/// Who may talk to @`username` now: everyone, or (`only`) its owner.
pub fn access_set(lang: Lang, username: String, only: bool) -> String {
    let args = [("username", username.into())];
    if only {
        lang.t_args("access-set-only", &args)
    } else {
        lang.t_args("access-set-everyone", &args)
    }
}

/// Its owner and `count` people picked may talk to @`username` now.
pub fn access_set_some(lang: Lang, username: String, count: usize) -> String {
    lang.t_args("access-set-some", &[("count", count.into()), ("username", username.into())])
}

/// Telegram would not change who may talk to the bot.
pub fn access_failed(lang: Lang) -> String {
    lang.t("access-failed")
}

/// The question above Telegram's user picker for @`username`, and the picker (`request`: the
/// card's handle; at most `max` people).
pub fn access_pick(
    lang: Lang,
    username: String,
    request: i32,
    max: u8,
) -> (String, KeyboardMarkup) {
    let users =
        KeyboardButtonRequestUsers::new(RequestId(request)).user_is_bot(false).max_quantity(max);
    let choose = KeyboardButton::new(lang.t("btn-access-choose"))
        .request(ButtonRequest::RequestUsers(users));
    let markup = KeyboardMarkup::new(vec![vec![choose]]).resize_keyboard().one_time_keyboard();
    (lang.t_args("access-pick", &[("username", username.into())]), markup)
}
