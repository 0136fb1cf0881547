//! What groups are told: the admin gate's refusals, leaked secrets, an upgrade to a
//! supergroup, and the hand-off of a secret to a private chat (both sides).

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};
use url::Url;

use super::keyboard::keyboard;
use crate::i18n::Lang;

/// Why the admin gate refused someone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// Not an admin.
    NotAdmin,
    /// No longer an admin of the group a flow belongs to.
    NoLongerAdmin,
    /// An admin posting as the group.
    Anonymous,
    /// Not the owner of the managed bot acted on (in a private chat).
    NotOwner,
}

/// A refused message or secret.
pub fn refused(lang: Lang, why: Refused) -> String {
    match why {
        Refused::NotAdmin => lang.t("team-admins-only"),
        Refused::Anonymous => lang.t("team-anonymous-admin"),
        Refused::NoLongerAdmin => lang.t("team-no-longer-admin"),
        Refused::NotOwner => lang.t("team-not-bot-owner"),
    }
}

/// A refused button press (an alert): "no longer an admin" and "not the bot's owner" are
/// told apart.
pub fn refused_press(lang: Lang, why: Refused) -> String {
    match why {
        Refused::NoLongerAdmin | Refused::NotOwner => refused(lang, why),
        Refused::NotAdmin | Refused::Anonymous => refused(lang, Refused::NotAdmin),
    }
}

/// A secret pasted into a group: deleted (or not), and `who` should rotate it.
pub fn leaked(lang: Lang, who: String, deleted: bool) -> String {
    let args = [("who", who.into())];
    if deleted {
        lang.t_args("team-secret-deleted", &args)
    } else {
        lang.t_args("team-secret-not-deleted", &args)
    }
}

/// The group became a supergroup.
pub fn upgraded(lang: Lang) -> String {
    lang.t("team-upgraded")
}

/// The offer, in the group, to set its key in private (`who` asked; the link works for
/// `minutes`).
pub fn key_offer(lang: Lang, who: String, minutes: i64) -> String {
    lang.t_args("handoff-offer", &[("who", who.into()), ("minutes", minutes.into())])
}

/// The offer, in the group, to send an assistant's new secret in private (`who` asked; the
/// link works for `minutes`).
pub fn edit_offer(lang: Lang, who: String, minutes: i64) -> String {
    lang.t_args("handoff-edit-offer", &[("who", who.into()), ("minutes", minutes.into())])
}

/// The "Continue in private chat" button under an offer, opening `link`.
pub fn continue_private(lang: Lang, link: Url) -> InlineKeyboardMarkup {
    keyboard(vec![vec![InlineKeyboardButton::url(lang.t("btn-continue-private"), link)]])
}

/// In private, after the link: the group's key is asked for.
pub fn key_ask(lang: Lang) -> String {
    lang.t("handoff-key-ask")
}

/// In private, after the link: the group's assistant is unknown.
pub fn unknown_assistant(lang: Lang) -> String {
    lang.t("handoff-unknown")
}

/// In private, after the link: the group's assistant's new model key is asked for.
pub fn edit_key_ask(lang: Lang) -> String {
    lang.t("handoff-edit-key")
}

/// In private: the group's wizard has what it needed; it goes on in the group.
pub fn wizard_done(lang: Lang) -> String {
    lang.t("handoff-wizard-done")
}

/// In private: the group's assistant has its new secret.
pub fn edit_done(lang: Lang) -> String {
    lang.t("handoff-edit-done")
}
