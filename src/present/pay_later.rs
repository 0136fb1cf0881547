//! Pay later: the 💳 Pay an unpaid slot's card offers, and what the card says when it finds
//! the slot paid.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};
use url::Url;

use crate::{api::validate::is_public_host, i18n::Lang};

/// The card (`text`, `markup`) with 💳 Pay for `link` on top; for a link Telegram refuses on
/// a button (a local address, as the simulator's), the link as a line of the text instead.
pub fn with_pay(
    lang: Lang,
    (mut text, mut markup): (String, InlineKeyboardMarkup),
    link: &str,
) -> (String, InlineKeyboardMarkup) {
    match Url::parse(link) {
        Ok(url) if is_public_host(&url) => {
            markup
                .inline_keyboard
                .insert(0, vec![InlineKeyboardButton::url(lang.t("btn-pay"), url)]);
        }
        _ => {
            let line = lang.t_args("card-pay-link", &[("link", link.into())]);
            text.push_str(&format!("\n\n{line}"));
        }
    }
    (text, markup)
}

/// Paid since the card was last drawn, with no answers kept: Finish setup asks for them.
pub fn paid_to_finish(lang: Lang) -> String {
    lang.t("card-paid-finish")
}

/// The bot could not check the payment of `name` any more (`reason`, explained) and stopped
/// waiting; the answers are deleted, the order is kept.
pub fn wait_ended(lang: Lang, name: String, reason: String) -> String {
    lang.t_args("payment-wait-ended", &[("name", name.into()), ("reason", reason.into())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_public_link_is_a_button_and_a_local_one_a_line() {
        let card = || ("Card".to_owned(), InlineKeyboardMarkup::new(Vec::<Vec<_>>::new()));
        let (text, markup) = with_pay(Lang::En, card(), "https://polar.sh/checkout/s_1");
        assert_eq!(text, "Card");
        assert_eq!(markup.inline_keyboard.len(), 1);
        let (text, markup) = with_pay(Lang::En, card(), "http://127.0.0.1:9/pay/1");
        assert!(text.ends_with("http://127.0.0.1:9/pay/1"), "{text}");
        assert!(markup.inline_keyboard.is_empty());
    }
}
