//! How the list and a card look: text and buttons, from what the bot knows.

// The list and the cards are one message, edited in place; these functions build its content.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::{
    buttons::{Button, CardAction},
    keyboard::{button, keyboard},
    labels::{api_time, as_sent, mode_label, status_label, status_mark, unix_time},
    notices::{self, REASON_CHARS},
    wizard::{at, field_label},
};
use crate::{
    api::{ApiMode, Status},
    conversation::Field,
    i18n::Lang,
    managed_bots::BotAccessSettings,
    storage::deployments::KnownDeployment,
};

/// Assistants per list page.
pub const PAGE_SIZE: usize = 8;

/// The number of pages for `count` assistants (at least one).
pub fn pages(count: usize) -> usize {
    count.div_ceil(PAGE_SIZE).max(1)
}

/// One page of the list: a button per assistant, then ‹ page › navigation.
pub fn list(
    lang: Lang,
    items: &[KnownDeployment],
    page: usize,
    note: Option<&str>,
) -> (String, InlineKeyboardMarkup) {
    let total = pages(items.len());
    let page = page.min(total - 1);
    let mut text = lang.t_args("list-title", &[("count", items.len().into())]);
    if total > 1 {
        text.push('\n');
        text.push_str(
            &lang.t_args("list-page", &[("page", (page + 1).into()), ("pages", total.into())]),
        );
    }
    if let Some(note) = note {
        text = format!("{note}\n\n{text}");
    }
    let mut rows: Vec<Vec<InlineKeyboardButton>> = items
        .iter()
        .skip(page * PAGE_SIZE)
        .take(PAGE_SIZE)
        .map(|known| {
            let model = known.model_id.as_deref().map(|m| format!(" · {m}")).unwrap_or_default();
            let label = format!("{} {}{model}", status_mark(&known.status()), known.display_name());
            vec![button(label, &Button::Card(known.handle))]
        })
        .collect();
    if total > 1 {
        let mut nav = Vec::new();
        if page > 0 {
            nav.push(button("‹", &Button::ListPage(page as u32 - 1)));
        }
        if page + 1 < total {
            nav.push(button("›", &Button::ListPage(page as u32 + 1)));
        }
        rows.push(nav);
    }
    (text, keyboard(rows))
}

/// When the deployment last changed: the API's time when known, else the bot's.
fn updated(known: &KnownDeployment) -> String {
    match &known.remote_updated_at {
        Some(at) => api_time(at),
        None => unix_time(known.updated_at),
    }
}

/// What the user pays for: the payment state (when it is not simply paid), the end of the
/// paid period, and a cancellation.
fn billing_lines(lang: Lang, known: &KnownDeployment) -> Vec<String> {
    let mut lines = Vec::new();
    // Only `paid` is documented: any other state is shown as the API sent it.
    if let Some(payment) = known.payment_status.as_deref().filter(|p| *p != "paid") {
        lines.push(lang.t_args("card-payment", &[("status", as_sent(payment).into())]));
    }
    match (&known.canceled_at, &known.current_period_end) {
        (Some(canceled), Some(end)) => {
            let args = [("time", api_time(canceled).into()), ("end", api_time(end).into())];
            lines.push(lang.t_args("card-canceled", &args));
        }
        (Some(canceled), None) => {
            lines.push(lang.t_args("card-canceled-at", &[("time", api_time(canceled).into())]));
        }
        (None, Some(end)) => {
            lines.push(lang.t_args("card-paid-until", &[("time", api_time(end).into())]));
        }
        (None, None) => {}
    }
    lines
}

/// A card: everything known about one assistant.
pub fn card_text(lang: Lang, known: &KnownDeployment, note: Option<&str>) -> String {
    let status = known.status();
    let name = known.display_name();
    let mut lines = vec![format!("{} {}", status_mark(&status), lang.isolate(&name))];
    lines.push(lang.t_args("card-status", &[("status", status_label(lang, &status).into())]));
    if status == Status::Failed
        && let Some(reason) = &known.status_message
    {
        // As long as the API sent it: cut as the failure notice cuts it, so the card stays
        // within Telegram's message size.
        let reason = notices::shorten(reason, REASON_CHARS);
        lines.push(lang.t_args("card-reason", &[("reason", reason.into())]));
    }
    if let Some(mode) = known.mode() {
        lines.push(lang.t_args("card-mode", &[("mode", mode_label(lang, &mode).into())]));
    }
    if let Some(model) = &known.model_id {
        let provider = known.model_provider.clone().unwrap_or_default();
        lines.push(lang.t_args(
            "card-model",
            &[("provider", provider.into()), ("model", model.clone().into())],
        ));
    }
    if let Some(username) = &known.bot_username {
        lines.push(lang.t_args("card-bot", &[("link", format!("https://t.me/{username}").into())]));
    }
    if let Some(url) = &known.worker_url {
        lines.push(lang.t_args("card-worker", &[("url", url.clone().into())]));
    }
    lines.extend(billing_lines(lang, known));
    lines.push(lang.t_args("card-updated", &[("time", updated(known).into())]));
    let mut text = lines.join("\n");
    if let Some(note) = note {
        text.push_str("\n\n");
        text.push_str(note);
    }
    text
}

/// The actions valid in the card's state, as the reference defines them, plus Refresh and Back.
pub fn card_keyboard(lang: Lang, known: &KnownDeployment) -> InlineKeyboardMarkup {
    let act = |action| Button::Act { handle: known.handle, action };
    let status = known.status();
    let mut first = Vec::new();
    if matches!(status, Status::Deploying | Status::Active) {
        first.push(button(lang.t("btn-stop"), &act(CardAction::Stop)));
    }
    if matches!(status, Status::Active | Status::Failed | Status::Stopped) {
        first.push(button(lang.t("btn-redeploy"), &act(CardAction::Redeploy)));
    }
    let mut second = Vec::new();
    if status == Status::Purchased {
        second.push(button(lang.t("btn-activate"), &act(CardAction::Activate)));
    }
    if matches!(status, Status::Purchased | Status::Stopped | Status::Failed) {
        second.push(button(lang.t("btn-edit"), &act(CardAction::Edit)));
    }
    second.push(button(lang.t("btn-delete"), &act(CardAction::Delete)));
    // A bot this bot created: its token and who may talk to it are managed from here.
    let mut managed = Vec::new();
    if known.managed_bot_id.is_some() {
        if matches!(status, Status::Purchased | Status::Stopped | Status::Failed) {
            managed.push(button(lang.t("btn-new-token"), &act(CardAction::NewToken)));
        }
        managed.push(button(lang.t("btn-access"), &act(CardAction::Access)));
    }
    let last = vec![
        button(lang.t("btn-refresh"), &act(CardAction::Refresh)),
        button(lang.t("btn-back-list"), &Button::ListPage(0)),
    ];
    keyboard(vec![first, second, managed, last])
}

/// The delete confirmation, naming the assistant.
pub fn delete_confirmation(lang: Lang, known: &KnownDeployment) -> (String, InlineKeyboardMarkup) {
    let text = lang.t_args("card-delete-confirm", &[("name", known.display_name().into())]);
    let rows = vec![
        vec![button(
            lang.t_args("btn-delete-yes", &[("name", known.display_name().into())]),
            &Button::Act { handle: known.handle, action: CardAction::ConfirmDelete },
        )],
        vec![button(lang.t("btn-back"), &Button::Card(known.handle))],
    ];
    (text, keyboard(rows))
}

/// The fields an edit can change for this deployment.
pub fn edit_menu(lang: Lang, known: &KnownDeployment) -> (String, InlineKeyboardMarkup) {
    let act = |field| Button::Act { handle: known.handle, action: CardAction::EditField(field) };
    let byok = known.mode().as_ref().is_some_and(ApiMode::is_byok);
    // The mode is chosen at purchase and cannot change; the model key is byok's only.
    let fields = [Field::Name, Field::Model, Field::BotToken, Field::ModelKey];
    let mut rows: Vec<Vec<_>> = fields
        .into_iter()
        .filter(|field| *field != Field::ModelKey || byok)
        .map(|field| vec![button(field_label(lang, field), &act(field))])
        .collect();
    rows.push(vec![button(lang.t("btn-back"), &Button::Card(known.handle))]);
    (lang.t_args("edit-choose", &[("name", known.display_name().into())]), keyboard(rows))
}

/// A running deployment cannot be edited: say so and offer Stop.
pub fn stop_first(lang: Lang, known: &KnownDeployment) -> (String, InlineKeyboardMarkup) {
    let text = card_text(
        lang,
        known,
        Some(&lang.t_args("card-edit-stop-first", &[("name", known.display_name().into())])),
    );
    let rows = vec![vec![
        button(lang.t("btn-stop"), &Button::Act { handle: known.handle, action: CardAction::Stop }),
        button(lang.t("btn-back"), &Button::Card(known.handle)),
    ]];
    (text, keyboard(rows))
}

/// Who can talk to the managed bot of `known` (`None`: Telegram could not say), and the
/// choices: everyone, only its owner, or (in a private chat) its owner and people they pick.
pub fn access_view(
    lang: Lang,
    known: &KnownDeployment,
    settings: Option<&BotAccessSettings>,
    private: bool,
) -> (String, InlineKeyboardMarkup) {
    let now = match settings {
        None => lang.t("access-now-unknown"),
        Some(settings) if !settings.is_access_restricted => lang.t("access-now-everyone"),
        Some(settings) if settings.added_users.is_empty() => lang.t("access-now-only"),
        Some(settings) => {
            // One isolate per name: a right-to-left name cannot swallow the comma after it.
            let names: Vec<String> = settings
                .added_users
                .iter()
                .map(|user| lang.isolate(&user.full_name()).into_owned())
                .collect();
            lang.t_args("access-now-some", &[("names", names.join(", ").into())])
        }
    };
    let username = known.bot_username.as_deref().map(at).unwrap_or_default();
    let text = lang.t_args("access-title", &[("username", username.into()), ("now", now.into())]);
    let act = |action| Button::Act { handle: known.handle, action };
    let mut rows = vec![
        vec![button(lang.t("btn-access-everyone"), &act(CardAction::AccessEveryone))],
        vec![button(lang.t("btn-access-me"), &act(CardAction::AccessOwner))],
    ];
    // Picking people is a reply-keyboard button: private chats only.
    if private {
        rows.push(vec![button(lang.t("btn-access-pick"), &act(CardAction::AccessPick))]);
    }
    rows.push(vec![button(lang.t("btn-back"), &Button::Card(known.handle))]);
    (text, keyboard(rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(payment: &str, canceled: Option<&str>, end: Option<&str>) -> KnownDeployment {
        KnownDeployment {
            handle: 1,
            chat_id: 1,
            deployment_id: "dep_1".into(),
            name: Some("Bot".into()),
            api_mode: Some("byok".into()),
            model_provider: None,
            model_id: None,
            bot_username: None,
            status: "active".into(),
            status_message: None,
            worker_url: None,
            notified_status: None,
            updated_at: 0,
            remote_updated_at: None,
            payment_status: Some(payment.into()),
            current_period_end: end.map(Into::into),
            canceled_at: canceled.map(Into::into),
            managed_bot_id: None,
        }
    }

    #[test]
    fn the_card_header_isolates_the_name_right_to_left() {
        let card = known("paid", None, None);
        assert!(card_text(Lang::Ar, &card, None).starts_with("🟢 \u{2068}Bot\u{2069}\n"));
        assert!(card_text(Lang::En, &card, None).starts_with("🟢 Bot\n"));
    }

    #[test]
    fn billing_says_what_is_known_and_nothing_empty() {
        let (at, end) = ("2026-01-02T03:04:05Z", "2026-02-02T03:04:05Z");
        let lang = Lang::En;
        assert_eq!(billing_lines(lang, &known("paid", None, None)), Vec::<String>::new());
        assert_eq!(
            billing_lines(lang, &known("paid", None, Some(end))),
            [lang.t_args("card-paid-until", &[("time", "2026-02-02 03:04 UTC".into())])]
        );
        let canceled =
            [("time", "2026-01-02 03:04 UTC".into()), ("end", "2026-02-02 03:04 UTC".into())];
        assert_eq!(
            billing_lines(lang, &known("paid", Some(at), Some(end))),
            [lang.t_args("card-canceled", &canceled)]
        );
        assert_eq!(
            billing_lines(lang, &known("pend\ning", Some(at), None)),
            [
                lang.t_args("card-payment", &[("status", "pending".into())]),
                lang.t_args("card-canceled-at", &[("time", "2026-01-02 03:04 UTC".into())]),
            ]
        );
    }
}
