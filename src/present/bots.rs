//! The assistant's own bot, made from the chat (a managed bot): the offer to create it, what
//! becomes of it, and who may talk to it.

use teloxide::types::{
    ButtonRequest, InlineKeyboardMarkup, KeyboardButton, KeyboardButtonRequestUsers,
    KeyboardMarkup, RequestId,
};

use super::{
    buttons::Button,
    keyboard::{button, keyboard},
    wizard::at,
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
pub fn unexpected(lang: Lang, username: &str) -> String {
    lang.t_args("newbot-unexpected", &[("username", at(username).into())])
}

/// Telegram would not give the made bot's token: the text, and Try again (for `managed`).
pub fn token_failed(lang: Lang, username: &str, managed: u64) -> (String, InlineKeyboardMarkup) {
    let text = lang.t_args("newbot-token-failed", &[("username", at(username).into())]);
    let again = button(lang.t("btn-try-again"), &Button::FetchBotToken(managed));
    (text, keyboard(vec![vec![again]]))
}

/// A new token for the managed bot @`username`: made and in use, or not made.
pub fn new_token(lang: Lang, username: &str, done: bool) -> String {
    let args = [("username", at(username).into())];
    if done { lang.t_args("newtoken-done", &args) } else { lang.t_args("newtoken-failed", &args) }
}

/// Who may talk to @`username` now: everyone, or (`only`) its owner.
pub fn access_set(lang: Lang, username: &str, only: bool) -> String {
    let args = [("username", at(username).into())];
    if only {
        lang.t_args("access-set-only", &args)
    } else {
        lang.t_args("access-set-everyone", &args)
    }
}

/// Its owner and `count` people picked may talk to @`username` now.
pub fn access_set_some(lang: Lang, username: &str, count: usize) -> String {
    lang.t_args("access-set-some", &[("count", count.into()), ("username", at(username).into())])
}

/// Telegram would not change who may talk to the bot.
pub fn access_failed(lang: Lang) -> String {
    lang.t("access-failed")
}

/// The question above Telegram's user picker for @`username`, and the picker (`request`: the
/// card's handle; at most `max` people).
pub fn access_pick(lang: Lang, username: &str, request: i32, max: u8) -> (String, KeyboardMarkup) {
    let users =
        KeyboardButtonRequestUsers::new(RequestId(request)).user_is_bot(false).max_quantity(max);
    let choose = KeyboardButton::new(lang.t("btn-access-choose"))
        .request(ButtonRequest::RequestUsers(users));
    let markup = KeyboardMarkup::new(vec![vec![choose]]).resize_keyboard().one_time_keyboard();
    let args = [("username", at(username).into()), ("max", i64::from(max).into())];
    (lang.t_args("access-pick", &args), markup)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_at_sign_stays_inside_the_isolates_right_to_left() {
        for lang in [Lang::Ar, Lang::Fa] {
            let text = access_set(lang, "sales_bot", true);
            assert!(text.contains("\u{2068}@sales_bot\u{2069}"), "{lang}: {text:?}");
            let (pick, _) = access_pick(lang, "sales_bot", 1, 10);
            assert!(pick.contains("\u{2068}@sales_bot\u{2069}"), "{lang}: {pick:?}");
        }
        assert!(new_token(Lang::En, "sales_bot", true).starts_with("@sales_bot "));
    }

    #[test]
    fn the_picker_names_its_limit() {
        for lang in Lang::ALL {
            let (text, _) = access_pick(lang, "sales_bot", 1, 7);
            assert!(text.contains('7'), "{lang}: {text}");
        }
    }
}
