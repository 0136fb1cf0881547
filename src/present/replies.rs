//! What the chat is told outside the wizard and the cards: /start, /help, /cancel, the API
//! key, stale buttons, expired conversations, replays, and a secret's message deleted.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};
use url::Url;

use super::keyboard::keyboard;
use crate::i18n::Lang;

/// /start: the welcome, then what to do next (`has_key`: the chat has an API key; `private`:
/// it is a private chat, where the key is asked for right away, from the service's website
/// `dashboard`).
pub fn start(lang: Lang, has_key: bool, private: bool, dashboard: &str) -> String {
    let next = match (has_key, private) {
        (true, _) => lang.t("start-has-key"),
        (false, true) => lang.t_args("start-need-key", &[("dashboard", dashboard.into())]),
        (false, false) => lang.t("start-need-key-group"),
    };
    format!("{}\n\n{next}", lang.t("start-welcome"))
}

/// /help.
pub fn help(lang: Lang) -> String {
    lang.t("help")
}

/// Text outside any conversation, in a private chat.
pub fn unknown_text(lang: Lang) -> String {
    lang.t("unknown-text")
}

/// A conversation that expired after `minutes` without an answer.
pub fn timed_out(lang: Lang, minutes: i64) -> String {
    lang.t_args("conversation-timed-out", &[("minutes", minutes.into())])
}

/// A press on a button no conversation claims.
pub fn button_stale(lang: Lang) -> String {
    lang.t("button-stale")
}

/// /cancel: whether a conversation was left, how many payment waits stopped.
pub fn cancelled(lang: Lang, left: bool, stopped: usize) -> String {
    let mut lines = Vec::new();
    if left {
        lines.push(lang.t("cancel-done"));
    }
    if stopped > 0 {
        lines.push(lang.t_args("cancel-waiting", &[("count", stopped.into())]));
    }
    if lines.is_empty() {
        lines.push(lang.t("cancel-nothing"));
    }
    lines.join("\n")
}

/// The API key was saved (`masked`: its last four characters behind dots); `for_group`: a
/// group's, handed off to a private chat.
pub fn key_saved(lang: Lang, masked: String, for_group: bool) -> String {
    if for_group {
        lang.t_args("handoff-key-saved", &[("masked", masked.into())])
    } else {
        lang.t_args("key-saved", &[("masked", masked.into())])
    }
}

/// /forgetkey: whether there was a key to forget.
pub fn key_forgotten(lang: Lang, forgotten: bool) -> String {
    if forgotten { lang.t("forgetkey-done") } else { lang.t("forgetkey-none") }
}

/// A replayed Confirm whose purchase's fate is unknown.
pub fn replay_submitting(lang: Lang) -> String {
    lang.t("wz-replay-submitting")
}

/// A replayed update had ended its conversation before a crash: what it asked is done.
pub fn replay_done(lang: Lang) -> String {
    lang.t("replay-done")
}

/// The line after a secret's message: deleted, or please delete it.
pub fn secret_deleted(lang: Lang, deleted: bool) -> String {
    if deleted { lang.t("secret-deleted") } else { lang.t("secret-not-deleted") }
}

/// What a secret was for is gone: the assistant's card, or the group's wizard.
pub fn secret_target_gone(lang: Lang, wizard: bool) -> String {
    if wizard { lang.t("handoff-wizard-gone") } else { lang.t("card-gone") }
}

/// Secrets are collected in private: the text, and the button that opens the private chat
/// (`open`, the bot's t.me link).
pub fn private_only(lang: Lang, open: Url) -> (String, InlineKeyboardMarkup) {
    let open = InlineKeyboardButton::url(lang.t("btn-open-private"), open);
    (lang.t("private-only"), keyboard(vec![vec![open]]))
}

/// What a chat hears when it sends faster than its answers can leave (and a dropped button
/// press's alert).
pub fn slow_down(lang: Lang) -> String {
    lang.t("flood-slow-down")
}
