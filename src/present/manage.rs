//! What /list, the cards and edits say around the cards themselves (`cards`): the notes under
//! a card, an empty list, the question of an edit and what it saved.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::{
    buttons::{Button, CardAction, EditAction},
    cards,
    errors::{Failure, explain},
    keyboard::{button, keyboard},
    wizard::{Ask, model_buttons, model_question, provider_buttons, secret_prompt},
};
use crate::{
    api::{ApiMode, validate::NAME_MAX_CHARS},
    conversation::{EditSession, Field},
    i18n::Lang,
    storage::deployments::KnownDeployment,
};

/// Page `page` of the list of `items`, with `note` on top; an empty list says so (and has no
/// buttons).
pub fn list_view(
    lang: Lang,
    items: &[KnownDeployment],
    page: usize,
    note: Option<&str>,
) -> (String, InlineKeyboardMarkup) {
    if items.is_empty() {
        let empty = lang.t("list-empty");
        return (note.map_or(empty.clone(), |n| format!("{n}\n\n{empty}")), Default::default());
    }
    cards::list(lang, items, page, note)
}

/// The note over a list drawn from what the bot knows, the service being unreachable
/// (`dashboard`: its website).
pub fn list_offline(lang: Lang, dashboard: &str, failure: Failure<'_>) -> String {
    lang.t_args("list-offline", &[("reason", explain(lang, dashboard, failure).into())])
}

/// A note on a card or the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note<'a> {
    /// The assistant is gone.
    Gone,
    /// Its state moved since the card was drawn.
    StateChanged,
    /// Stopped.
    Stopped,
    /// Deploying again.
    Redeploying,
    /// Deleted (its name).
    Deleted(&'a str),
}

/// The text of `note`.
pub fn note(lang: Lang, note: Note<'_>) -> String {
    match note {
        Note::Gone => lang.t("card-gone"),
        Note::StateChanged => lang.t("card-state-changed"),
        Note::Stopped => lang.t("card-stopped"),
        Note::Redeploying => lang.t("card-redeploying"),
        Note::Deleted(name) => lang.t_args("list-deleted", &[("name", name.to_owned().into())]),
    }
}

/// "Stop waiting" was pressed: the slot stays bought.
pub fn stopped_waiting(lang: Lang) -> String {
    lang.t("wz-stopped-waiting")
}

/// The question of an edit's current step, and its buttons (Cancel last).
pub fn edit_question(
    lang: Lang,
    known: &KnownDeployment,
    session: &EditSession,
    mode: &ApiMode,
) -> (String, Vec<Vec<InlineKeyboardButton>>) {
    let cb = |action| Button::Edit { session: session.id, action };
    let (text, mut rows) = match (session.field, &session.provider) {
        (Field::Name, _) => {
            let args = [("name", known.display_name().into()), ("max", NAME_MAX_CHARS.into())];
            (lang.t_args("edit-name", &args), vec![])
        }
        (Field::Model, None) => {
            (lang.t("wz-provider"), provider_buttons(|i| cb(EditAction::Provider(i))))
        }
        (Field::Model, Some(provider)) => (
            model_question(lang, mode, Some(provider)),
            model_buttons(mode, Some(provider), |i| cb(EditAction::Model(i))),
        ),
        (Field::BotToken, _) => (secret_prompt(lang, Ask::BotToken), vec![]),
        (Field::ModelKey, _) => {
            let provider = known.model_provider.as_deref();
            (secret_prompt(lang, Ask::ModelKey { provider }), vec![])
        }
        // The mode is chosen at purchase and cannot change.
        (Field::Mode, _) => (edit_cancelled(lang), vec![]),
    };
    rows.push(vec![button(lang.t("btn-cancel"), &cb(EditAction::Cancel))]);
    (text, rows)
}

/// The edit ended without a change.
pub fn edit_cancelled(lang: Lang) -> String {
    lang.t("edit-cancelled")
}

/// The change to `fresh` was saved: Redeploy (when `redeploy`, its state allowing one) and
/// the card.
pub fn edit_saved(
    lang: Lang,
    fresh: &KnownDeployment,
    redeploy: bool,
) -> (String, InlineKeyboardMarkup) {
    let mut rows = Vec::new();
    if redeploy {
        let act = Button::Act { handle: fresh.handle, action: CardAction::Redeploy };
        rows.push(vec![button(lang.t("btn-redeploy"), &act)]);
    }
    rows.push(vec![button(lang.t("btn-open-card"), &Button::Card(fresh.handle))]);
    let text = lang.t_args("edit-saved", &[("name", fresh.display_name().into())]);
    (text, keyboard(rows))
}

/// The button that opens the card of `handle`.
pub fn open_card(lang: Lang, handle: i64) -> InlineKeyboardMarkup {
    keyboard(vec![vec![button(lang.t("btn-open-card"), &Button::Card(handle))]])
}
