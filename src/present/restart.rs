//! A Restart pressed on an old failure notice, for an assistant that is live again: the
//! question asked first, and its answer No.

use teloxide::types::InlineKeyboardMarkup;

use super::{
    buttons::{Button, CardAction},
    keyboard::{button, keyboard},
};
use crate::{i18n::Lang, storage::deployments::KnownDeployment};

/// "It's live again — restart anyway?", with Yes and No.
pub fn live_again_question(lang: Lang, known: &KnownDeployment) -> (String, InlineKeyboardMarkup) {
    let text = lang.t_args("restart-live-again", &[("name", known.display_name().into())]);
    let act = |action| Button::Act { handle: known.handle, action };
    let markup = keyboard(vec![vec![
        button(lang.t("btn-restart-yes"), &act(CardAction::RedeployAnyway)),
        button(lang.t("btn-restart-no"), &act(CardAction::KeepRunning)),
    ]]);
    (text, markup)
}

/// No: the assistant keeps running as it is.
pub fn kept_running(lang: Lang, known: &KnownDeployment) -> String {
    lang.t_args("restart-kept-running", &[("name", known.display_name().into())])
}
