//! What the watch on an assistant's own bot tells its owner: that it seems silent (how many
//! messages wait, since when, and what Telegram reported), that it answers again, or that
//! Telegram no longer takes its token.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::{
    buttons::{Button, CardAction},
    keyboard::{button, keyboard},
    labels::unix_time,
    notices::{REASON_CHARS, fit, shorten},
};
use crate::{
    i18n::Lang,
    storage::{
        bot_watch::{Told, Watch},
        deployments::KnownDeployment,
    },
};

/// What Telegram says when the assistant's server answered a delivery with an HTTP error.
const WRONG_RESPONSE: &str = "Wrong response from the webhook: ";

/// The notice for an assistant whose bot has `pending` messages waiting since `since` (unix
/// seconds), with what Telegram last reported (`error`), and Redeploy and Open buttons.
pub fn silent_notice(
    lang: Lang,
    known: &KnownDeployment,
    pending: i64,
    since: i64,
    error: Option<&str>,
) -> (String, InlineKeyboardMarkup) {
    let name = known.display_name();
    let args =
        [("name", name.into()), ("count", pending.into()), ("since", unix_time(since).into())];
    let mut lines = vec![lang.t_args("watch-silent", &args)];
    if let Some(error) = error.filter(|e| !e.trim().is_empty()) {
        lines.push(lang.t_args("watch-telegram-said", &[("reason", reason(lang, error).into())]));
    }
    lines.push(lang.t("watch-silent-next"));
    let redeploy = Button::Act { handle: known.handle, action: CardAction::Redeploy };
    let mut row = vec![button(lang.t("btn-redeploy"), &redeploy)];
    if let Some(open) = open_button(lang, known) {
        row.push(open);
    }
    (fit(lines.join("\n")), keyboard(vec![row]))
}

/// The one line once nothing waits any more.
pub fn answers_again(lang: Lang, known: &KnownDeployment) -> String {
    lang.t_args("watch-answers-again", &[("name", known.display_name().into())])
}

/// The notice for an assistant whose bot token Telegram refuses, with the way to set a new
/// one: New token for a bot this bot manages, Edit → bot token for a pasted one.
pub fn revoked_notice(lang: Lang, known: &KnownDeployment) -> String {
    let name = known.display_name();
    let text = if known.managed_bot_id.is_some() {
        let args = [("newtoken", lang.t("btn-new-token")), ("restart", lang.t("btn-redeploy"))];
        let args = args.map(|(k, v)| (k, v.into()));
        lang.t_args("watch-revoked-managed", &[[("name", name.into())].as_slice(), &args].concat())
    } else {
        let args = [("edit", lang.t("btn-edit")), ("field", lang.t("btn-field-token"))];
        let args = args.map(|(k, v)| (k, v.into()));
        lang.t_args("watch-revoked", &[[("name", name.into())].as_slice(), &args].concat())
    };
    fit(text)
}

/// Telegram's delivery error in plain words: an HTTP status the assistant's server answered,
/// a timeout, a refused connection, or else Telegram's own words, quoted.
pub fn reason(lang: Lang, error: &str) -> String {
    if let Some(status) = error.strip_prefix(WRONG_RESPONSE) {
        return lang.t_args("watch-reason-status", &[("status", shorten(status, 80).into())]);
    }
    let lower = error.to_ascii_lowercase();
    if lower.contains("timed out") || lower.contains("timeout") {
        return lang.t("watch-reason-timeout");
    }
    if lower.contains("connection refused") {
        return lang.t("watch-reason-refused");
    }
    lang.t_args("watch-reason-other", &[("message", shorten(error, REASON_CHARS).into())])
}

/// Opens the assistant's bot in Telegram, when its @username is known.
fn open_button(lang: Lang, known: &KnownDeployment) -> Option<InlineKeyboardButton> {
    let username = known.bot_username.as_deref()?;
    let link = url::Url::parse(&format!("https://t.me/{username}")).ok()?;
    Some(InlineKeyboardButton::url(lang.t("btn-watch-open"), link))
}

/// The card of a watched assistant: its health line under the card's text, and a button to
/// turn the watch off above Refresh and Back (while the watch is on).
pub fn watched_card(
    lang: Lang,
    known: &KnownDeployment,
    watch: Option<&Watch>,
    (mut text, mut keyboard): (String, InlineKeyboardMarkup),
    now: i64,
) -> (String, InlineKeyboardMarkup) {
    let Some(watch) = watch else { return (text, keyboard) };
    // Only a live assistant is checked: a stopped one's last check would mislead.
    let shown = watch.off || known.status() == crate::api::Status::Active;
    if let Some(line) = health_line(lang, watch, now).filter(|_| shown) {
        // Under the card's own lines, above a note (which follows a blank line).
        match text.find("\n\n") {
            Some(at) => text.insert_str(at, &format!("\n{line}")),
            None => text.push_str(&format!("\n{line}")),
        }
    }
    if !watch.off {
        // While its token is at hand (kept, or a managed bot's): the profile, and the watch.
        let act = |action| Button::Act { handle: known.handle, action };
        let row = vec![
            button(lang.t("btn-profile"), &act(CardAction::Profile)),
            button(lang.t("btn-watch-off"), &act(CardAction::WatchOff)),
        ];
        let rows = &mut keyboard.inline_keyboard;
        rows.insert(rows.len().saturating_sub(1), row);
    }
    (fit(text), keyboard)
}

/// How the assistant's bot was last seen: "answers messages · checked 2 minutes ago", "37
/// messages waiting since …", its token refused, or the watch turned off; `None` before the
/// first check.
pub fn health_line(lang: Lang, watch: &Watch, now: i64) -> Option<String> {
    if watch.off {
        return Some(lang.t("card-health-off"));
    }
    match watch.told {
        Told::Revoked => return Some(lang.t("card-health-revoked")),
        Told::Silent => {
            let pending = watch.pending.unwrap_or_default();
            let since = unix_time(watch.waiting_since.or(watch.checked_at).unwrap_or(now));
            let args = [("count", pending.into()), ("since", since.into())];
            return Some(lang.t_args("card-health-waiting", &args));
        }
        Told::Nothing => {}
    }
    let minutes = (now - watch.checked_at?).max(0) / 60;
    Some(match minutes {
        0 => lang.t("card-health-ok-now"),
        minutes => lang.t_args("card-health-ok", &[("minutes", minutes.into())]),
    })
}

/// The card's note once the watch is off.
pub fn turned_off(lang: Lang, known: &KnownDeployment) -> String {
    lang.t_args("watch-off-done", &[("name", known.display_name().into())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn telegrams_errors_read_as_plain_words() {
        let said = reason(Lang::En, "Wrong response from the webhook: 502 Bad Gateway");
        assert!(said.contains("502 Bad Gateway"), "{said}");
        assert!(!said.contains("webhook"), "{said}");
        assert_ne!(
            reason(Lang::En, "Connection timed out"),
            reason(Lang::En, "Connection refused")
        );
        assert!(reason(Lang::En, "SSL error {error:0A000086}").contains("SSL error"));
    }

    #[test]
    fn the_health_line_says_how_the_bot_was_last_seen() {
        let watch = Watch {
            handle: 1,
            chat_id: 1,
            checked_at: Some(1_000),
            pending: Some(0),
            waiting_since: None,
            told: Told::Nothing,
            off: false,
        };
        let line = |watch: &Watch| health_line(Lang::En, watch, 1_130).unwrap_or_default();
        assert_eq!(line(&watch), "Answers messages · checked 2 minutes ago");
        let silent =
            Watch { pending: Some(37), waiting_since: Some(0), told: Told::Silent, ..watch };
        assert_eq!(line(&silent), "37 messages waiting since 1970-01-01 00:00 UTC");
        assert_eq!(health_line(Lang::En, &Watch { checked_at: None, ..watch }, 0), None);
    }
}
