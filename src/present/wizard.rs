//! What each wizard step shows (its text and buttons), and the one prompt per secret kind
//! that the wizard, the edit flow and the group hand-off all use.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};
use url::Url;

use super::{
    buttons::{Button, CardAction, WizardAction},
    keyboard::{button, keyboard},
    labels::{mode_label, status_label},
};
use crate::{
    api::{
        ApiMode, Status, mask,
        validate::{NAME_MAX_CHARS, is_public_host},
    },
    catalog::catalog,
    conversation::{Field, Step, Wizard},
    i18n::Lang,
    service::input::SecretKind,
};

/// A secret to ask for, with what its question names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ask<'a> {
    /// The chat's API key, made on the service's website (`dashboard`, its address).
    ApiKey {
        /// The service's website.
        dashboard: &'a str,
    },
    /// The assistant's bot token.
    BotToken,
    /// The model key of `provider`.
    ModelKey {
        /// The AI company the key is for, when known.
        provider: Option<&'a str>,
    },
}

impl Ask<'_> {
    /// The kind of secret asked for.
    pub fn kind(self) -> SecretKind {
        match self {
            Self::ApiKey { .. } => SecretKind::ApiKey,
            Self::BotToken => SecretKind::BotToken,
            Self::ModelKey { .. } => SecretKind::ModelKey,
        }
    }
}

/// The question that asks for a secret.
pub fn secret_prompt(lang: Lang, ask: Ask<'_>) -> String {
    match ask {
        Ask::ApiKey { dashboard } => lang.t_args("setkey-ask", &[("dashboard", dashboard.into())]),
        Ask::BotToken => lang.t("wz-bot-token"),
        Ask::ModelKey { provider } => lang.t_args(
            "wz-model-key",
            &[("provider", provider.unwrap_or_default().to_owned().into())],
        ),
    }
}

/// The text and keyboard of the wizard's current step. In a group, secret steps offer a
/// one-time link to a private chat instead of asking for the secret there.
pub fn render(lang: Lang, wizard: &Wizard, group: bool) -> (String, InlineKeyboardMarkup) {
    let cb = |action| Button::Wizard { wizard: wizard.id, action };
    let draft = &wizard.draft;
    let (n, total) = draft.position(wizard.step);
    let header = lang.t_args("wz-step", &[("n", n.into()), ("total", total.into())]);
    let cancel = button(lang.t("btn-cancel"), &cb(WizardAction::Cancel));
    let mode = draft.mode.clone().unwrap_or(ApiMode::Byok);
    let provider = draft.provider.as_deref();

    let (body, mut rows) = match wizard.step {
        Step::Mode => {
            let rows = ApiMode::PURCHASABLE
                .iter()
                .map(|m| vec![button(mode_label(lang, m), &cb(WizardAction::Mode(m.clone())))])
                .chain([vec![cancel]])
                .collect();
            return (format!("{header}\n\n{}", lang.t("wz-mode")), keyboard(rows));
        }
        Step::Name => (lang.t_args("wz-name", &[("max", NAME_MAX_CHARS.into())]), vec![]),
        Step::Provider => {
            let mut rows = provider_buttons(|i| cb(WizardAction::Provider(i)));
            rows.push(vec![button(lang.t("btn-other"), &cb(WizardAction::ProviderOther))]);
            (lang.t("wz-provider"), rows)
        }
        Step::Model => {
            let mut rows = model_buttons(&mode, provider, |i| cb(WizardAction::Model(i)));
            rows.push(vec![button(lang.t("btn-other"), &cb(WizardAction::ModelOther))]);
            (model_question(lang, &mode, provider), rows)
        }
        Step::BotToken | Step::ModelKey if group => (
            lang.t("wz-group-secrets"),
            vec![vec![button(lang.t("btn-continue-private"), &cb(WizardAction::Handoff))]],
        ),
        Step::BotToken => (secret_prompt(lang, Ask::BotToken), vec![]),
        Step::ModelKey => (secret_prompt(lang, Ask::ModelKey { provider }), vec![]),
        Step::Summary | Step::Submitting => {
            let (text, keys) = summary(lang, wizard);
            return (format!("{header}\n\n{text}"), keys);
        }
    };
    rows.push(vec![button(lang.t("btn-back"), &cb(WizardAction::Back)), cancel]);
    (format!("{header}\n\n{body}"), keyboard(rows))
}

/// The catalog's providers, two per row.
pub fn provider_buttons(button_for: impl Fn(usize) -> Button) -> Vec<Vec<InlineKeyboardButton>> {
    let buttons: Vec<_> = catalog()
        .byok
        .iter()
        .enumerate()
        .map(|(i, p)| button(p.label.clone(), &button_for(i)))
        .collect();
    buttons.chunks(2).map(<[_]>::to_vec).collect()
}

/// The catalog's models for `mode` and `provider`, one per row.
pub fn model_buttons(
    mode: &ApiMode,
    provider: Option<&str>,
    button_for: impl Fn(usize) -> Button,
) -> Vec<Vec<InlineKeyboardButton>> {
    let models = catalog().models_for(mode, provider);
    models.iter().enumerate().map(|(i, m)| vec![button(m.clone(), &button_for(i))]).collect()
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
    let cb = |action| Button::Wizard { wizard: wizard.id, action };
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
            ("bot", draft.bot_username.as_deref().map(at).unwrap_or_default().into()),
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

/// After a failed submission: Try again (the same Confirm) or Cancel.
pub fn retry_keyboard(lang: Lang, wizard: &Wizard) -> InlineKeyboardMarkup {
    let cb = |action| Button::Wizard { wizard: wizard.id, action };
    keyboard(vec![
        vec![button(lang.t("btn-try-again"), &cb(WizardAction::Confirm))],
        vec![button(lang.t("btn-cancel"), &cb(WizardAction::Cancel))],
    ])
}

/// The label key of each field's button in the Change and edit menus.
pub const FIELD_BUTTON_KEYS: [(Field, &str); 5] = [
    (Field::Mode, "btn-field-mode"),
    (Field::Name, "btn-field-name"),
    (Field::Model, "btn-field-model"),
    (Field::BotToken, "btn-field-token"),
    (Field::ModelKey, "btn-field-key"),
];

/// The label of a field's button.
pub fn field_label(lang: Lang, field: Field) -> String {
    FIELD_BUTTON_KEYS.iter().find(|(f, _)| *f == field).map_or_else(String::new, |(_, k)| lang.t(k))
}

/// The Change menu: one button per field that can be reopened.
pub fn change_menu(lang: Lang, wizard: &Wizard) -> InlineKeyboardMarkup {
    let cb = |action| Button::Wizard { wizard: wizard.id, action };
    let byok = wizard.draft.mode.as_ref().is_some_and(ApiMode::is_byok);
    // A purchased slot's mode is fixed: it was chosen when buying.
    let shown = |field: Field| match field {
        Field::Mode => wizard.slot.is_none(),
        Field::ModelKey => byok,
        _ => true,
    };
    let mut rows: Vec<Vec<_>> = FIELD_BUTTON_KEYS
        .iter()
        .filter(|(field, _)| shown(*field))
        .map(|(field, _)| {
            vec![button(field_label(lang, *field), &cb(WizardAction::ChangeField(*field)))]
        })
        .collect();
    rows.push(vec![button(lang.t("btn-back"), &cb(WizardAction::ShowSummary))]);
    keyboard(rows)
}

/// /new without an API key (or the key gone at Confirm).
pub fn needs_key(lang: Lang) -> String {
    lang.t("wz-needs-key")
}

/// Text at a step answered with buttons.
pub fn use_buttons(lang: Lang) -> String {
    lang.t("wz-use-buttons")
}

/// Groups run in privacy mode: the hint to reply to the bot.
pub fn reply_here(lang: Lang) -> String {
    lang.t("wz-reply-here")
}

/// The bot token was taken: the bot is @`username`.
pub fn bot_token_ok(lang: Lang, username: &str) -> String {
    lang.t_args("wz-bot-token-ok", &[("username", at(username).into())])
}

/// A bot's @username as messages show it: with its "@", which goes inside the variable so
/// that right-to-left text keeps it next to the name, within the same isolation marks.
pub fn at(username: &str) -> String {
    format!("@{username}")
}

/// "Other…" was pressed: type the provider (`provider`) or the model.
pub fn type_other(lang: Lang, provider: bool) -> String {
    if provider { lang.t("wz-provider-other") } else { lang.t("wz-model-other") }
}

/// The wizard was cancelled; `slot`: it was for a slot already paid.
pub fn cancelled(lang: Lang, slot: bool) -> String {
    if slot { lang.t("wz-cancelled-slot") } else { lang.t("wz-cancelled") }
}

/// A paid slot's assistant, `name`, deploys.
pub fn deploying(lang: Lang, name: String) -> String {
    lang.t_args("wz-deploying", &[("name", name.into())])
}

/// A slot that could not be activated: why, then its state as the API has it, if known.
pub fn slot_refused(lang: Lang, why: String, status: Option<&Status>) -> String {
    let state = match status {
        Some(now) => lang.t_args("wz-slot-state", &[("status", status_label(lang, now).into())]),
        None => String::new(),
    };
    format!("{why}\n{state}").trim_end().to_owned()
}

/// The service is off for now: the answers are kept for Try again.
pub fn kept_for_later(lang: Lang) -> String {
    lang.t("wz-kept-for-later")
}

/// The summary is back after a Confirm that was cut short.
pub fn resumed(lang: Lang) -> String {
    lang.t("wz-resumed")
}

/// The account cannot buy unlimited: the mode is asked again.
pub fn unlimited_refused(lang: Lang) -> String {
    lang.t("wz-unlimited-refused")
}

/// Where to pay for the slot of `name` (`handle`): the `checkout` link, or for a slot
/// adopted without one the service's website (`dashboard`); and Stop waiting.
pub fn pay(
    lang: Lang,
    name: &str,
    handle: i64,
    checkout: Option<&str>,
    dashboard: &str,
) -> (String, InlineKeyboardMarkup) {
    let stop = button(
        lang.t("btn-stop-waiting"),
        &Button::Act { handle, action: CardAction::StopWaiting },
    );
    let Some(checkout) = checkout else {
        let args = [("name", name.to_owned().into()), ("dashboard", dashboard.into())];
        let text = lang.t_args("wz-pay-adopted", &args);
        return (text, keyboard(vec![vec![stop]]));
    };
    let mut text = lang.t_args("wz-pay", &[("name", name.to_owned().into())]);
    let rows = match Url::parse(checkout) {
        Ok(url) if is_public_host(&url) => {
            vec![vec![InlineKeyboardButton::url(lang.t("btn-pay"), url)], vec![stop]]
        }
        // Telegram refuses URL buttons to local addresses (the simulator's checkout page):
        // give the link as text instead.
        _ => {
            text.push_str(&format!("\n\n{}", lang.isolate(checkout)));
            vec![vec![stop]]
        }
    };
    (text, keyboard(rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_checkout_link_given_as_text_is_isolated_right_to_left() {
        let local = "http://127.0.0.1:9/pay/1";
        let (arabic, _) = pay(Lang::Ar, "Bot", 1, Some(local), "https://getclaw.sh");
        assert!(arabic.ends_with(&format!("\u{2068}{local}\u{2069}")), "{arabic:?}");
        let (english, _) = pay(Lang::En, "Bot", 1, Some(local), "https://getclaw.sh");
        assert!(english.ends_with(&format!("\n\n{local}")), "{english:?}");
    }

    #[test]
    fn a_slot_without_a_link_is_paid_on_the_dashboard() {
        for lang in Lang::ALL {
            let (text, _) = pay(lang, "Bot", 1, None, "https://getclaw.sh");
            assert!(text.contains("https://getclaw.sh"), "{lang}: {text}");
        }
    }
}
