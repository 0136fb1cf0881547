//! What the tracker tells a chat on its own: status changes, payments, activations.

use teloxide::types::InlineKeyboardMarkup;

use super::{
    buttons::{Button, CardAction},
    keyboard::{button, keyboard},
    labels::status_label,
};
use crate::{api::Status, i18n::Lang, storage::deployments::KnownDeployment};

/// Telegram's limit on a message's text, in characters.
pub const MAX_TEXT: usize = 4096;

/// The notice for a deployment that reached `known.status`, with a Redeploy button when it
/// failed. Text from the API (the failure reason) is cut so the message always fits.
pub fn status_notice(
    lang: Lang,
    known: &KnownDeployment,
) -> (String, Option<InlineKeyboardMarkup>) {
    let name = known.display_name();
    let text = match known.status() {
        Status::Active => {
            let mut lines = vec![lang.t_args("notice-active", &[("name", name.into())])];
            if let Some(username) = &known.bot_username {
                let link = format!("https://t.me/{username}");
                lines.push(lang.t_args("notice-link", &[("link", link.into())]));
            }
            if let Some(url) = &known.worker_url {
                lines.push(lang.t_args("notice-worker", &[("url", url.clone().into())]));
            }
            lines.join("\n")
        }
        Status::Failed => {
            let reason = known.status_message.clone().unwrap_or_else(|| lang.t("notice-no-reason"));
            let reason = shorten(&reason, REASON_CHARS);
            lang.t_args("notice-failed", &[("name", name.into()), ("reason", reason.into())])
        }
        other => lang.t_args(
            "notice-changed",
            &[("name", name.into()), ("status", status_label(lang, &other).into())],
        ),
    };
    let keyboard = (known.status() == Status::Failed).then(|| {
        let redeploy = Button::Act { handle: known.handle, action: CardAction::Redeploy };
        keyboard(vec![vec![button(lang.t("btn-redeploy"), &redeploy)]])
    });
    (fit(text), keyboard)
}

/// A deployment the API no longer knows.
pub fn gone(lang: Lang, name: String) -> String {
    lang.t_args("status-gone", &[("name", name.into())])
}

/// The payment was seen and the slot is being activated.
pub fn paid_deploying(lang: Lang, name: String) -> String {
    lang.t_args("wz-paid-deploying", &[("name", name.into())])
}

/// The bot stopped waiting for a payment.
pub fn payment_timeout(lang: Lang, name: String, minutes: i64) -> String {
    lang.t_args("wz-payment-timeout", &[("name", name.into()), ("minutes", minutes.into())])
}

/// The service refused the model of a paid slot; the wizard asks for another.
pub fn model_rejected(lang: Lang, model: String, name: String) -> String {
    lang.t_args("wz-activation-model-rejected", &[("model", model.into()), ("name", name.into())])
}

/// The activation of a paid slot failed for `reason`.
pub fn activation_failed(lang: Lang, name: String, reason: String) -> String {
    lang.t_args("wz-activation-failed", &[("name", name.into()), ("reason", reason.into())])
}

/// How much of a failure's reason is shown: the API does not bound it, Telegram does.
pub const REASON_CHARS: usize = 1000;

/// `text` cut to at most `max` characters, with an ellipsis when cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// `text` cut to Telegram's message limit.
pub fn fit(text: String) -> String {
    if text.chars().count() <= MAX_TEXT { text } else { shorten(&text, MAX_TEXT) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_cut_to_fit() {
        assert_eq!(shorten("abcdef", 4), "abc…");
        assert_eq!(shorten("abc", 4), "abc");
        assert_eq!(fit("é".repeat(5000)).chars().count(), MAX_TEXT);
    }
}
