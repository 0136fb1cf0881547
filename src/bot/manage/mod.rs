//! /list and the assistant cards: one message, edited in place as the user moves between the
//! list and a card (like BotFather's /mybots), with the actions valid in each state.
//!
//! - [`view`]: the list, card and confirmation texts and keyboards.
//! - [`edit`]: changing one field of an assistant.
//!
//! Buttons name deployments by a chat-local handle, looked up within the chat that pressed
//! it: a forged or stale handle finds nothing, is answered with a notice, and never reaches
//! the API.

pub mod edit;
pub mod view;

use teloxide::{
    prelude::*,
    types::{InlineKeyboardButton, Me, MessageId, User},
};

use super::{
    HandlerResult, TgBot,
    callback::{CardAction, Field},
    dialogue::ChatDialogue,
    failure::explain_api,
    keyboard::keyboard,
    secret::redirect_to_private,
    start::stale_button,
    team::{self, Audited},
    wizard::{self, state::Draft},
};
use crate::{
    api::{ApiClient, ApiError, ApiKey, ErrorCode, RedeployRequest, Status},
    callbacks::Callbacks,
    i18n::Lang,
    storage::{Storage, StorageError, deployments::KnownDeployment},
};

/// What loading the list found.
enum Loaded {
    /// The API answered; the bot's records were merged with it.
    Fresh(Vec<KnownDeployment>),
    /// The API could not be reached: what the bot knew, and why.
    Offline(Vec<KnownDeployment>, ApiError),
    /// The API refused (bad key, switched off): nothing to show.
    Refused(ApiError),
}

/// Merges the API's list into the bot's records and returns them.
///
/// The API is the truth about what exists, with one exception it documents itself: slots
/// waiting for payment for over an hour are left out of its list, so those the bot knows are
/// kept.
async fn load(
    storage: &Storage,
    api: &ApiClient,
    key: &ApiKey,
    chat: ChatId,
) -> Result<Loaded, StorageError> {
    let assistants = match api.list(key).await {
        Ok(assistants) => assistants,
        Err(e) if e.is_transient() => {
            return Ok(Loaded::Offline(storage.deployments_of(chat).await?, e));
        }
        Err(e) => return Ok(Loaded::Refused(e)),
    };
    for assistant in &assistants {
        storage.record_listed(chat, assistant).await?;
    }
    for known in storage.deployments_of(chat).await? {
        let listed = assistants.iter().any(|a| a.id.as_str() == known.deployment_id);
        if !listed && known.status() != Status::PendingPayment {
            storage.forget_deployment(chat, &known.id()).await?;
        }
    }
    Ok(Loaded::Fresh(storage.deployments_of(chat).await?))
}

/// /list.
pub async fn list(
    bot: TgBot,
    msg: Message,
    lang: Lang,
    storage: Storage,
    api: ApiClient,
) -> HandlerResult {
    let chat = msg.chat.id;
    let Some(key) = storage.api_key(chat).await? else {
        bot.send_message(chat, lang.t("list-no-key")).await?;
        return Ok(());
    };
    let (items, note) = match load(&storage, &api, &key, chat).await? {
        Loaded::Fresh(items) => (items, None),
        Loaded::Offline(items, e) => {
            (items, Some(lang.t_args("list-offline", &[("reason", explain_api(lang, &e).into())])))
        }
        Loaded::Refused(e) => {
            bot.send_message(chat, explain_api(lang, &e)).await?;
            return Ok(());
        }
    };
    if items.is_empty() {
        let text = note.map_or_else(
            || lang.t("list-empty"),
            |note| format!("{note}\n\n{}", lang.t("list-empty")),
        );
        bot.send_message(chat, text).await?;
        return Ok(());
    }
    let (text, keyboard) = view::list(lang, &items, 0, note.as_deref());
    bot.send_message(chat, text).reply_markup(keyboard).await?;
    Ok(())
}

/// Where a button was pressed.
struct Pressed {
    chat: ChatId,
    message: MessageId,
}

fn pressed(query: &CallbackQuery) -> Option<Pressed> {
    query.message.as_ref().map(|m| Pressed { chat: m.chat().id, message: m.id() })
}

/// ‹ › and « Back to list: a page of the list from what the bot knows (no API call).
pub async fn on_list_page(
    bot: TgBot,
    query: CallbackQuery,
    page: u32,
    lang: Lang,
    storage: Storage,
) -> HandlerResult {
    let Some(at) = pressed(&query) else { return stale_button(bot, query, lang).await };
    bot.answer_callback_query(query.id.clone()).await?;
    show_list(&bot, &at, lang, &storage, page as usize, None).await
}

async fn show_list(
    bot: &TgBot,
    at: &Pressed,
    lang: Lang,
    storage: &Storage,
    page: usize,
    note: Option<&str>,
) -> HandlerResult {
    let items = storage.deployments_of(at.chat).await?;
    let (text, keyboard) = if items.is_empty() {
        let empty = lang.t("list-empty");
        (note.map_or(empty.clone(), |n| format!("{n}\n\n{empty}")), Default::default())
    } else {
        view::list(lang, &items, page, note)
    };
    draw_other(bot, at, storage, (text, keyboard)).await
}

/// Opens a card, refreshed from the API.
pub async fn on_card(
    bot: TgBot,
    query: CallbackQuery,
    handle: i64,
    lang: Lang,
    storage: Storage,
    api: ApiClient,
) -> HandlerResult {
    let (Some(at), Some(known)) = (pressed(&query), lookup(&query, &storage, handle).await?) else {
        return stale_button(bot, query, lang).await;
    };
    bot.answer_callback_query(query.id.clone()).await?;
    refresh_card(&bot, &at, lang, &storage, &api, known, None).await
}

async fn lookup(
    query: &CallbackQuery,
    storage: &Storage,
    handle: i64,
) -> Result<Option<KnownDeployment>, StorageError> {
    match pressed(query) {
        Some(at) => storage.deployment_by_handle(at.chat, handle).await,
        None => Ok(None),
    }
}

/// Fetches the deployment, records it, and draws its card (with `note` under it).
async fn refresh_card(
    bot: &TgBot,
    at: &Pressed,
    lang: Lang,
    storage: &Storage,
    api: &ApiClient,
    known: KnownDeployment,
    note: Option<String>,
) -> HandlerResult {
    let Some(key) = storage.api_key(at.chat).await? else {
        return draw_card(bot, at, lang, storage, &known, Some(lang.t("list-no-key"))).await;
    };
    match api.get(&key, &known.id()).await {
        Ok(assistant) => {
            let fresh = storage.record_listed(at.chat, &assistant).await?;
            draw_card(bot, at, lang, storage, &fresh, note).await
        }
        Err(e) if e.code() == Some(&ErrorCode::NotFound) => {
            storage.forget_deployment(at.chat, &known.id()).await?;
            show_list(bot, at, lang, storage, 0, Some(&lang.t("card-gone"))).await
        }
        Err(e) => {
            let why = explain_api(lang, &e);
            let note = note.map_or(why.clone(), |n| format!("{n}\n{why}"));
            draw_card(bot, at, lang, storage, &known, Some(note)).await
        }
    }
}

async fn draw_card(
    bot: &TgBot,
    at: &Pressed,
    lang: Lang,
    storage: &Storage,
    known: &KnownDeployment,
    note: Option<String>,
) -> HandlerResult {
    let text = view::card_text(lang, known, note.as_deref());
    bot.edit_message_text(at.chat, at.message, text)
        .reply_markup(view::card_keyboard(lang, known))
        .await?;
    // The tracker redraws this message when the deployment's status changes.
    storage.set_card_view(at.chat, at.message.0, Some(known.handle)).await?;
    Ok(())
}

/// Shows something other than a card in the message (so the tracker leaves it alone).
async fn draw_other(
    bot: &TgBot,
    at: &Pressed,
    storage: &Storage,
    (text, keyboard): (String, teloxide::types::InlineKeyboardMarkup),
) -> HandlerResult {
    storage.set_card_view(at.chat, at.message.0, None).await?;
    bot.edit_message_text(at.chat, at.message, text).reply_markup(keyboard).await?;
    Ok(())
}

/// A card button.
// dptree injects each argument by type; grouping them would only hide what the handler uses.
#[allow(clippy::too_many_arguments)]
pub async fn on_action(
    bot: TgBot,
    query: CallbackQuery,
    (handle, action): (i64, CardAction),
    dialogue: ChatDialogue,
    lang: Lang,
    me: Me,
    storage: Storage,
    api: ApiClient,
    callbacks: Callbacks,
) -> HandlerResult {
    let (Some(at), Some(known)) = (pressed(&query), lookup(&query, &storage, handle).await?) else {
        return stale_button(bot, query, lang).await;
    };
    bot.answer_callback_query(query.id.clone()).await?;
    match action {
        CardAction::Refresh => refresh_card(&bot, &at, lang, &storage, &api, known, None).await,
        CardAction::Delete => {
            draw_other(&bot, &at, &storage, view::delete_confirmation(lang, &known)).await
        }
        CardAction::Edit => {
            let view = if matches!(known.status(), Status::Active | Status::Deploying) {
                view::stop_first(lang, &known)
            } else {
                view::edit_menu(lang, &known)
            };
            draw_other(&bot, &at, &storage, view).await
        }
        CardAction::EditField(field) => {
            // Secrets are never typed into a group: a one-time link takes the admin to a
            // private chat, and the new value is bound back to this group's assistant.
            if !at.chat.is_user() && matches!(field, Field::BotToken | Field::ModelKey) {
                let purpose = team::purpose::edit(known.handle, field);
                let link =
                    team::handoff_link(&storage, &me, at.chat, &query.from, &purpose).await?;
                let open = InlineKeyboardButton::url(lang.t("btn-continue-private"), link);
                let who = team::actor_name(&query.from);
                let text = lang.t_args("handoff-edit-offer", &[("who", who.into())]);
                bot.send_message(at.chat, text).reply_markup(keyboard(vec![vec![open]])).await?;
                return Ok(());
            }
            edit::begin(&bot, at.chat, lang, &dialogue, query.from.id.0, &known, field).await
        }
        CardAction::Activate => {
            if known.status() != Status::Purchased {
                let note = lang.t("card-state-changed");
                return refresh_card(&bot, &at, lang, &storage, &api, known, Some(note)).await;
            }
            if !at.chat.is_user() {
                return Ok(redirect_to_private(&bot, at.chat, lang, &me).await?);
            }
            // The rest of the wizard for this slot: its mode is fixed, the rest is asked.
            let mut draft = Draft::default();
            if let Some(mode) = known.mode() {
                draft.set_mode(mode);
            }
            draft.name = known.name.clone();
            wizard::open(&bot, at.chat, &dialogue, lang, query.from.id.0, draft, Some(known.id()))
                .await
        }
        CardAction::Stop | CardAction::Redeploy | CardAction::ConfirmDelete => {
            act(&bot, &at, lang, &query.from, (&storage, &api, &callbacks), known, action).await
        }
    }
}

/// Stop, redeploy or delete, and the card (or list) afterwards.
async fn act(
    bot: &TgBot,
    at: &Pressed,
    lang: Lang,
    actor: &User,
    (storage, api, callbacks): (&Storage, &ApiClient, &Callbacks),
    known: KnownDeployment,
    action: CardAction,
) -> HandlerResult {
    let Some(key) = storage.api_key(at.chat).await? else {
        return draw_card(bot, at, lang, storage, &known, Some(lang.t("list-no-key"))).await;
    };
    let id = known.id();
    let result = match action {
        CardAction::Stop => api.stop(&key, &id).await.map(Some),
        CardAction::Redeploy => {
            let request =
                RedeployRequest { callback_url: callbacks.url_for(storage, known.handle).await? };
            api.redeploy(&key, &id, &request).await.map(Some)
        }
        _ => api.delete(&key, &id).await.map(|()| None),
    };
    let name = known.display_name();
    match result {
        Ok(Some(assistant)) => {
            // Redeploy leaves it `deploying`: the tracker picks it up from the record.
            let fresh = storage.record_assistant(at.chat, &assistant).await?;
            let (note, audited) = if action == CardAction::Stop {
                (lang.t("card-stopped"), Audited::Stopped)
            } else {
                (lang.t("card-redeploying"), Audited::Redeployed)
            };
            draw_card(bot, at, lang, storage, &fresh, Some(note)).await?;
            team::record(bot, storage, at.chat, actor, audited, &name, lang).await?;
            Ok(())
        }
        Ok(None) => {
            storage.forget_deployment(at.chat, &id).await?;
            team::record(bot, storage, at.chat, actor, Audited::Deleted, &name, lang).await?;
            show_list(
                bot,
                at,
                lang,
                storage,
                0,
                Some(&lang.t_args("list-deleted", &[("name", name.into())])),
            )
            .await
        }
        Err(e) => match e.code() {
            // The state moved since the card was drawn: show where it stands now.
            Some(ErrorCode::InvalidState) => {
                let note = format!("{}\n{}", lang.t("card-state-changed"), explain_api(lang, &e));
                refresh_card(bot, at, lang, storage, api, known, Some(note)).await
            }
            Some(ErrorCode::NotFound) => {
                storage.forget_deployment(at.chat, &id).await?;
                show_list(bot, at, lang, storage, 0, Some(&lang.t("card-gone"))).await
            }
            // WORKER_DELETE_FAILED and the rest: say so, and show the card as it was.
            _ => draw_card(bot, at, lang, storage, &known, Some(explain_api(lang, &e))).await,
        },
    }
}
