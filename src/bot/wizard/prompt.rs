//! What each wizard step shows: its text and its buttons.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::{
    catalog::catalog,
    state::{Step, Wizard},
};
use crate::{
    api::{ApiMode, mask},
    bot::{
        callback::{Callback, Field, WizardAction},
        keyboard::{button, keyboard},
    },
    i18n::Lang,
};

/// The localized name of a billing mode.
pub fn mode_label(lang: Lang, mode: &ApiMode) -> String {
    match mode {
        ApiMode::Byok => lang.t("mode-byok"),
        ApiMode::Managed => lang.t("mode-managed"),
        ApiMode::Unlimited => lang.t("mode-unlimited"),
        ApiMode::Other(other) => other.clone(),
    }
}

/// The text and keyboard of the wizard's current step, in a private chat.
pub fn render(lang: Lang, wizard: &Wizard) -> (String, InlineKeyboardMarkup) {
    render_in(lang, wizard, false)
}

/// The text and keyboard of the wizard's current step; in a group, secret steps offer a
/// one-time link to a private chat instead of asking for the secret there.
pub fn render_in(lang: Lang, wizard: &Wizard, group: bool) -> (String, InlineKeyboardMarkup) {
    let cb = |action| Callback::Wizard { wizard: wizard.id, action };
    let draft = &wizard.draft;
    let (n, total) = draft.position(wizard.step);
    let header = lang.t_args("wz-step", &[("n", n.into()), ("total", total.into())]);
    let back = button(lang.t("btn-back"), &cb(WizardAction::Back));
    let cancel = button(lang.t("btn-cancel"), &cb(WizardAction::Cancel));
    let nav = vec![back, cancel.clone()];

    let (body, mut rows) = match wizard.step {
        Step::Mode => {
            let rows = ApiMode::PURCHASABLE
                .iter()
                .map(|mode| {
                    vec![button(mode_label(lang, mode), &cb(WizardAction::Mode(mode.clone())))]
                })
                .chain([vec![cancel]])
                .collect();
            return (format!("{header}\n\n{}", lang.t("wz-mode")), keyboard(rows));
        }
        Step::Name => (lang.t("wz-name"), vec![]),
        Step::Provider => {
            let providers: Vec<_> = catalog()
                .byok
                .iter()
                .enumerate()
                .map(|(i, p)| button(p.label.clone(), &cb(WizardAction::Provider(i))))
                .collect();
            let mut rows: Vec<Vec<_>> = providers.chunks(2).map(<[_]>::to_vec).collect();
            rows.push(vec![button(lang.t("btn-other"), &cb(WizardAction::ProviderOther))]);
            (lang.t("wz-provider"), rows)
        }
        Step::Model => {
            let mode = draft.mode.clone().unwrap_or(ApiMode::Byok);
            let models = catalog().models_for(&mode, draft.provider.as_deref());
            let mut rows: Vec<Vec<_>> = models
                .iter()
                .enumerate()
                .map(|(i, m)| vec![button(m.clone(), &cb(WizardAction::Model(i)))])
                .collect();
            rows.push(vec![button(lang.t("btn-other"), &cb(WizardAction::ModelOther))]);
            let text = if mode.is_byok() {
                lang.t_args(
                    "wz-model",
                    &[("provider", draft.provider.clone().unwrap_or_default().into())],
                )
            } else {
                lang.t("wz-model-managed")
            };
            (text, rows)
        }
        Step::BotToken | Step::ModelKey if group => (
            lang.t("wz-group-secrets"),
            vec![vec![button(lang.t("btn-continue-private"), &cb(WizardAction::Handoff))]],
        ),
        Step::BotToken => (lang.t("wz-bot-token"), vec![]),
        Step::ModelKey => (
            lang.t_args(
                "wz-model-key",
                &[("provider", draft.provider.clone().unwrap_or_default().into())],
            ),
            vec![],
        ),
        Step::Summary | Step::Submitting => {
            let (text, keys) = summary(lang, wizard);
            return (format!("{header}\n\n{text}"), keys);
        }
    };
    rows.push(nav);
    (format!("{header}\n\n{body}"), keyboard(rows))
}

/// The catalog's providers, two per row.
pub fn provider_buttons(callback: impl Fn(usize) -> Callback) -> Vec<Vec<InlineKeyboardButton>> {
    let buttons: Vec<_> = catalog()
        .byok
        .iter()
        .enumerate()
        .map(|(i, p)| button(p.label.clone(), &callback(i)))
        .collect();
    buttons.chunks(2).map(<[_]>::to_vec).collect()
}

/// The catalog's models for `mode` and `provider`, one per row.
pub fn model_buttons(
    mode: &ApiMode,
    provider: Option<&str>,
    callback: impl Fn(usize) -> Callback,
) -> Vec<Vec<InlineKeyboardButton>> {
    let models = catalog().models_for(mode, provider);
    models.iter().enumerate().map(|(i, m)| vec![button(m.clone(), &callback(i))]).collect()
}

/// "Which model?", for byok (naming the provider) or the managed modes (naming OpenRouter).
pub fn model_question(lang: Lang, mode: &ApiMode, provider: Option<&str>) -> String {
    if mode.is_byok() {
        lang.t_args("wz-model", &[("provider", provider.unwrap_or_default().to_owned().into())])
    } else {
        lang.t("wz-model-managed")
    }
}

/// The summary and its Confirm / Change / Back / Cancel buttons.
pub fn summary(lang: Lang, wizard: &Wizard) -> (String, InlineKeyboardMarkup) {
    let cb = |action| Callback::Wizard { wizard: wizard.id, action };
    let draft = &wizard.draft;
    let key = match &draft.model_key {
        Some(key) => mask(key.expose()),
        None => lang.t("wz-summary-key-none"),
    };
    let text = lang.t_args(
        "wz-summary",
        &[
            ("name", draft.name.clone().unwrap_or_default().into()),
            ("mode", draft.mode.as_ref().map(|m| mode_label(lang, m)).unwrap_or_default().into()),
            ("provider", draft.provider.clone().unwrap_or_default().into()),
            ("model", draft.model.clone().unwrap_or_default().into()),
            ("bot", draft.bot_username.clone().unwrap_or_default().into()),
            ("key", key.into()),
        ],
    );
    let next = if wizard.slot.is_some() {
        lang.t("wz-summary-activate")
    } else {
        lang.t("wz-summary-buy")
    };
    let rows = vec![
        vec![button(lang.t("btn-confirm"), &cb(WizardAction::Confirm))],
        vec![button(lang.t("btn-change"), &cb(WizardAction::Change))],
        vec![
            button(lang.t("btn-back"), &cb(WizardAction::Back)),
            button(lang.t("btn-cancel"), &cb(WizardAction::Cancel)),
        ],
    ];
    (format!("{text}\n\n{next}"), keyboard(rows))
}

/// The Change menu: one button per field that can be reopened.
pub fn change_menu(lang: Lang, wizard: &Wizard) -> InlineKeyboardMarkup {
    let cb = |action| Callback::Wizard { wizard: wizard.id, action };
    let byok = wizard.draft.mode.as_ref().is_some_and(ApiMode::is_byok);
    // A purchased slot's mode is fixed: it was chosen when buying.
    let fields = [
        (Field::Mode, "btn-field-mode", wizard.slot.is_none()),
        (Field::Name, "btn-field-name", true),
        (Field::Model, "btn-field-model", true),
        (Field::BotToken, "btn-field-token", true),
        (Field::ModelKey, "btn-field-key", byok),
    ];
    let mut rows: Vec<Vec<_>> = fields
        .iter()
        .filter(|(_, _, shown)| *shown)
        .map(|(field, key, _)| vec![button(lang.t(key), &cb(WizardAction::ChangeField(*field)))])
        .collect();
    rows.push(vec![button(lang.t("btn-back"), &cb(WizardAction::ShowSummary))]);
    keyboard(rows)
}
