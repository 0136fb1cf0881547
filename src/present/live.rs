//! What the watch of live assistants tells a chat: an assistant that failed, was stopped or
//! deleted elsewhere, or moved to a new address after it went live; with the next step.

use teloxide::types::InlineKeyboardMarkup;

use super::{
    buttons::{Button, CardAction},
    keyboard::{button, keyboard},
    notices::{REASON_CHARS, fit, shorten},
};
use crate::{
    i18n::Lang,
    storage::watch::{LiveChange, SeenChange},
};

/// The notice for `seen`, with a Restart button (the card's Redeploy) when it failed or was
/// stopped; `None` for a change this version does not know.
pub fn live_change(
    lang: Lang,
    seen: &SeenChange,
) -> Option<(String, Option<InlineKeyboardMarkup>)> {
    let name = seen.name.clone();
    let reason = || {
        let reason = seen.detail.clone().unwrap_or_else(|| lang.t("notice-no-reason"));
        shorten(&reason, REASON_CHARS)
    };
    let restart = || {
        let redeploy = Button::Act { handle: seen.handle, action: CardAction::Redeploy };
        keyboard(vec![vec![button(lang.t("btn-redeploy"), &redeploy)]])
    };
    let (text, keyboard) = match seen.kind()? {
        LiveChange::Failed => (
            lang.t_args("watch-failed", &[("name", name.into()), ("reason", reason().into())]),
            Some(restart()),
        ),
        LiveChange::Stopped => (
            lang.t_args("watch-stopped", &[("name", name.into()), ("reason", reason().into())]),
            Some(restart()),
        ),
        LiveChange::Deleted => (lang.t_args("watch-deleted", &[("name", name.into())]), None),
        LiveChange::Moved => {
            let url = seen.detail.clone().unwrap_or_default();
            (lang.t_args("watch-moved", &[("name", name.into()), ("url", url.into())]), None)
        }
    };
    Some((fit(text), keyboard))
}
