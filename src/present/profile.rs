//! The assistant's Telegram profile on its card: the current name, short description and
//! description, the buttons to change each, the question for a new value, and the answers.

use teloxide::types::InlineKeyboardMarkup;

use super::{
    buttons::{Button, CardAction},
    keyboard::{button, keyboard},
    notices::fit,
};
use crate::{conversation::ProfilePart, i18n::Lang, storage::deployments::KnownDeployment};

/// What a user sends to clear a part (Telegram then shows its default).
pub const CLEAR: &str = "-";

/// The profile as Telegram has it now, with a button per part and « Back to the card.
pub fn view(
    lang: Lang,
    known: &KnownDeployment,
    (name, about, description): (&str, &str, &str),
) -> (String, InlineKeyboardMarkup) {
    let shown = |value: &str| match value.trim() {
        "" => lang.t("profile-empty"),
        value => value.to_owned(),
    };
    let args = [
        ("assistant", known.display_name().into()),
        ("name", shown(name).into()),
        ("about", shown(about).into()),
        ("description", shown(description).into()),
    ];
    let act = |action| Button::Act { handle: known.handle, action };
    let rows = vec![
        vec![button(lang.t("btn-profile-name"), &act(CardAction::ProfileName))],
        vec![button(lang.t("btn-profile-about"), &act(CardAction::ProfileAbout))],
        vec![button(lang.t("btn-profile-description"), &act(CardAction::ProfileDescription))],
        vec![button(lang.t("btn-back"), &Button::Card(known.handle))],
    ];
    (fit(lang.t_args("profile-view", &args)), keyboard(rows))
}

/// The question for a new value of `part`, with its limit.
pub fn question(lang: Lang, part: ProfilePart) -> String {
    let args = [("limit", limit(part).into()), ("clear", CLEAR.into())];
    lang.t_args(key(part, "profile-ask"), &args)
}

/// The value was set.
pub fn saved(lang: Lang, part: ProfilePart, known: &KnownDeployment) -> String {
    lang.t_args(key(part, "profile-saved"), &[("assistant", known.display_name().into())])
}

/// The value is longer than Telegram takes: nothing was sent; the question stays open.
pub fn too_long(lang: Lang, part: ProfilePart, length: usize) -> String {
    let args = [("limit", limit(part).into()), ("length", length.into())];
    lang.t_args("profile-too-long", &args)
}

/// Telegram refused the change, in its words, or could not be asked.
pub fn refused(lang: Lang, reason: Option<&str>) -> String {
    match reason {
        Some(reason) => lang.t_args("profile-refused", &[("reason", reason.to_owned().into())]),
        None => lang.t("profile-unreachable"),
    }
}

/// Telegram refuses the assistant's token: the profile cannot be read or changed.
pub fn token_refused(lang: Lang, known: &KnownDeployment) -> String {
    lang.t_args("profile-token-refused", &[("assistant", known.display_name().into())])
}

/// Telegram's limit for `part`, in characters.
pub fn limit(part: ProfilePart) -> usize {
    part.limit()
}

fn key(part: ProfilePart, prefix: &str) -> &'static str {
    match (part, prefix) {
        (ProfilePart::Name, "profile-ask") => "profile-ask-name",
        (ProfilePart::About, "profile-ask") => "profile-ask-about",
        (ProfilePart::Description, "profile-ask") => "profile-ask-description",
        (ProfilePart::Name, _) => "profile-saved-name",
        (ProfilePart::About, _) => "profile-saved-about",
        (ProfilePart::Description, _) => "profile-saved-description",
    }
}
