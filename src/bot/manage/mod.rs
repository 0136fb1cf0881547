//! /list and the assistant cards: one message, edited in place as the user moves between the
//! list and a card (like BotFather's /mybots), with the actions valid in each state.
//!
//! - [`edit`]: changing one field of an assistant.
//! - [`managed_bot`]: a new token for a bot this bot created, and who can talk to it.
//!
//! Buttons name deployments by a chat-local handle, looked up within the chat that pressed
//! it: a forged or stale handle finds nothing, is answered with a notice, and never reaches
//! the API. A handler draws in the message the button was pressed on (its `MessageId`), in
//! the chat of the context.

pub mod edit;
pub mod managed_bot;
mod pay_later;
pub mod profile;
mod restart;

use teloxide::{
    prelude::*,
    types::{InlineKeyboardMarkup, Me, MessageId},
};

use super::{
    HandlerResult,
    context::Ctx,
    intake::redirect_to_private,
    shared::audit,
    shared::{self, handoff, wizard::open},
};
use crate::{
    api::{ErrorCode, Status},
    conversation::{Draft, Field, ProfilePart},
    present::{
        buttons::CardAction,
        cards,
        errors::{Failure, explain, explain_on_card},
        manage::{self, Note},
        team, watch,
    },
    service::{
        ServiceError,
        assistants::{self, Acted, Action, Listed, Refreshed},
        audit::Audited,
        handoff::{HANDOFF_TTL_SECS, Purpose},
    },
    storage::deployments::KnownDeployment,
};

/// /list.
pub async fn list(cx: &Ctx<'_>) -> HandlerResult {
    let (bot, chat, lang) = (cx.bot, cx.chat, cx.lang);
    let (items, note) = match assistants::list(&cx.app.db, &cx.app.api, chat).await {
        Ok(Listed::Fresh(items)) => (items, None),
        Ok(Listed::Offline(items, e)) => {
            (items, Some(manage::list_offline(lang, &cx.app.dashboard(), Failure::Api(&e))))
        }
        Err(e @ (ServiceError::NoKey | ServiceError::Api(_))) => {
            bot.send_message(chat, explain(lang, &cx.app.dashboard(), (&e).into())).await?;
            return Ok(());
        }
        Err(e) => return Err(e.into()),
    };
    let (text, keyboard) = manage::list_view(lang, &items, 0, note.as_deref());
    if items.is_empty() {
        bot.send_message(chat, text).await?;
    } else {
        bot.send_message(chat, text).reply_markup(keyboard).await?;
    }
    Ok(())
}

/// The message a button was pressed on (the list or a card, drawn in place), if the press
/// came with one.
fn pressed_on(query: &CallbackQuery) -> Option<MessageId> {
    query.message.as_ref().map(|m| m.id())
}

/// Page `page` of the list in `message`, from what the bot knows (no API call), with `note`
/// on top.
async fn show_list(
    cx: &Ctx<'_>,
    message: MessageId,
    page: usize,
    note: Option<&str>,
) -> HandlerResult {
    let items = cx.app.db.deployments_of(cx.chat).await?;
    draw_other(cx, message, manage::list_view(cx.lang, &items, page, note)).await
}

/// Fetches the deployment, records it, and draws its card in `message` (with `note` under it).
async fn refresh_card(
    cx: &Ctx<'_>,
    message: MessageId,
    known: KnownDeployment,
    note: Option<String>,
) -> HandlerResult {
    match assistants::refresh(&cx.app.db, &cx.app.api, cx.chat, &known).await {
        Ok(Refreshed::Fresh(fresh)) => {
            pay_later::refreshed(cx, message, &known, *fresh, note).await
        }
        Ok(Refreshed::Gone) => {
            show_list(cx, message, 0, Some(&manage::note(cx.lang, Note::Gone))).await
        }
        Err(ServiceError::NoKey) => {
            draw_card(
                cx,
                message,
                &known,
                Some(explain(cx.lang, &cx.app.dashboard(), Failure::NoKey)),
            )
            .await
        }
        Err(ServiceError::Api(e)) => {
            let why = explain_on_card(cx.lang, &cx.app.dashboard(), Failure::Api(&e));
            let note = note.map_or(why.clone(), |n| format!("{n}\n{why}"));
            draw_card(cx, message, &known, Some(note)).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn draw_card(
    cx: &Ctx<'_>,
    message: MessageId,
    known: &KnownDeployment,
    note: Option<String>,
) -> HandlerResult {
    let card =
        (cards::card_text(cx.lang, known, note.as_deref()), cards::card_keyboard(cx.lang, known));
    let card = pay_later::with_pay(cx, known, card).await?;
    let watch = cx.app.db.watch_of(known.handle).await?;
    let (text, keyboard) =
        watch::watched_card(cx.lang, known, watch.as_ref(), card, crate::storage::unix_now());
    cx.bot.edit_message_text(cx.chat, message, text).reply_markup(keyboard).await?;
    // The tracker redraws this message when the deployment's status changes.
    cx.app.db.set_card_view(cx.chat, message.0, Some(known.handle)).await?;
    Ok(())
}

/// Shows something other than a card in `message` (so the tracker leaves it alone).
async fn draw_other(
    cx: &Ctx<'_>,
    message: MessageId,
    (text, keyboard): (String, InlineKeyboardMarkup),
) -> HandlerResult {
    cx.app.db.set_card_view(cx.chat, message.0, None).await?;
    cx.bot.edit_message_text(cx.chat, message, text).reply_markup(keyboard).await?;
    Ok(())
}

/// ‹ › and « Back to list: a page of the list from what the bot knows (no API call).
pub async fn on_list_page(cx: &Ctx<'_>, query: &CallbackQuery, page: u32) -> HandlerResult {
    let Some(message) = pressed_on(query) else { return shared::stale(cx, query).await };
    cx.bot.answer_callback_query(query.id.clone()).await?;
    show_list(cx, message, page as usize, None).await
}

/// Opens a card, refreshed from the API.
pub async fn on_card(cx: &Ctx<'_>, query: &CallbackQuery, handle: i64) -> HandlerResult {
    let Some((message, known)) = lookup(cx, query, handle).await? else {
        return shared::stale(cx, query).await;
    };
    cx.bot.answer_callback_query(query.id.clone()).await?;
    refresh_card(cx, message, known, None).await
}

async fn lookup(
    cx: &Ctx<'_>,
    query: &CallbackQuery,
    handle: i64,
) -> Result<Option<(MessageId, KnownDeployment)>, super::HandlerError> {
    let Some(message) = pressed_on(query) else { return Ok(None) };
    Ok(assistants::by_handle(&cx.app.db, cx.chat, handle).await?.map(|known| (message, known)))
}

/// A card button.
pub async fn on_action(
    cx: &Ctx<'_>,
    query: &CallbackQuery,
    me: &Me,
    handle: i64,
    action: CardAction,
) -> HandlerResult {
    let Some((at, known)) = lookup(cx, query, handle).await? else {
        return shared::stale(cx, query).await;
    };
    if action == CardAction::StopWaiting {
        return stop_waiting(cx, query, at, &known).await;
    }
    cx.bot.answer_callback_query(query.id.clone()).await?;
    let lang = cx.lang;
    match action {
        CardAction::Refresh => refresh_card(cx, at, known, None).await,
        CardAction::Delete => draw_other(cx, at, cards::delete_confirmation(lang, &known)).await,
        CardAction::Edit => {
            let view = if matches!(known.status(), Status::Active | Status::Deploying) {
                cards::stop_first(lang, &known)
            } else {
                cards::edit_menu(lang, &known)
            };
            draw_other(cx, at, view).await
        }
        CardAction::EditField(field) => {
            // Secrets are never typed into a group: a one-time link takes the admin to a
            // private chat, and the new value is bound back to this group's assistant.
            if !cx.chat.is_user() && matches!(field, Field::BotToken | Field::ModelKey) {
                let who = audit::actor(&query.from).name;
                let text = team::edit_offer(lang, who, HANDOFF_TTL_SECS / 60);
                let purpose = Purpose::Edit { handle: known.handle, field };
                return handoff::offer(cx, me, purpose, text).await;
            }
            edit::begin(cx, query.from.id.0, &known, field).await
        }
        CardAction::Activate => {
            if known.status() != Status::Purchased {
                let note = manage::note(lang, Note::StateChanged);
                return refresh_card(cx, at, known, Some(note)).await;
            }
            if !cx.chat.is_user() {
                return redirect_to_private(cx, me).await;
            }
            // The rest of the wizard for this slot: its mode is fixed, the rest is asked.
            let mut draft = Draft::default();
            if let Some(mode) = known.mode() {
                draft.set_mode(mode);
            }
            draft.name = known.name.clone();
            open(cx, query.from.id.0, draft, Some(known.id())).await
        }
        CardAction::NewToken => managed_bot::new_token(cx, at, known).await,
        CardAction::Access => managed_bot::show_access(cx, at, known).await,
        CardAction::AccessEveryone => managed_bot::set_access(cx, at, known, None).await,
        CardAction::AccessOwner => managed_bot::set_access(cx, at, known, Some(Vec::new())).await,
        CardAction::AccessPick => managed_bot::pick(cx, at, known).await,
        CardAction::Profile => profile::show(cx, at, &known).await,
        CardAction::ProfileName => profile::ask(cx, query, &known, ProfilePart::Name).await,
        CardAction::ProfileAbout => profile::ask(cx, query, &known, ProfilePart::About).await,
        CardAction::ProfileDescription => {
            profile::ask(cx, query, &known, ProfilePart::Description).await
        }
        CardAction::WatchOff => {
            cx.app.db.turn_watch_off(known.handle).await?;
            draw_card(cx, at, &known, Some(watch::turned_off(lang, &known))).await
        }
        CardAction::Stop => act(cx, at, known, Action::Stop).await,
        CardAction::Redeploy => restart::redeploy(cx, at, known).await,
        CardAction::RedeployAnyway => act(cx, at, known, Action::Redeploy).await,
        CardAction::KeepRunning => restart::keep_running(cx, at, &known).await,
        CardAction::ConfirmDelete => act(cx, at, known, Action::Delete).await,
        // Taken above: a wait that has ended already is a stale button, not a plain answer.
        CardAction::StopWaiting => Ok(()),
    }
}

/// "Stop waiting" under a payment link: the slot stays bought, the bot stops watching it.
async fn stop_waiting(
    cx: &Ctx<'_>,
    query: &CallbackQuery,
    message: MessageId,
    known: &KnownDeployment,
) -> HandlerResult {
    if !cx.app.db.drop_pending_activation(cx.chat, &known.id(), true).await? {
        return shared::stale(cx, query).await;
    }
    cx.bot.answer_callback_query(query.id.clone()).await?;
    cx.bot.edit_message_reply_markup(cx.chat, message).await?;
    cx.bot.send_message(cx.chat, manage::stopped_waiting(cx.lang)).await?;
    Ok(())
}

/// Stop, redeploy or delete, and the card (or list) in `message` afterwards.
async fn act(
    cx: &Ctx<'_>,
    message: MessageId,
    known: KnownDeployment,
    action: Action,
) -> HandlerResult {
    let (lang, name) = (cx.lang, known.display_name());
    let record = |what| audit::record(cx, cx.chat, lang, what, &name);
    match assistants::act(&cx.app.db, &cx.app.api, &cx.app.callbacks, cx.chat, &known, action).await
    {
        Ok(Acted::Changed(fresh)) => {
            let (note, audited) = if action == Action::Stop {
                (Note::Stopped, Audited::Stopped)
            } else {
                (Note::Redeploying, Audited::Redeployed)
            };
            draw_card(cx, message, &fresh, Some(manage::note(lang, note))).await?;
            Ok(record(audited).await?)
        }
        Ok(Acted::Deleted) => {
            record(Audited::Deleted).await?;
            let note = manage::note(lang, Note::Deleted(&name));
            show_list(cx, message, 0, Some(&note)).await
        }
        Ok(Acted::Gone) => show_list(cx, message, 0, Some(&manage::note(lang, Note::Gone))).await,
        Err(ServiceError::NoKey) => {
            draw_card(cx, message, &known, Some(explain(lang, &cx.app.dashboard(), Failure::NoKey)))
                .await
        }
        // The state moved since the card was drawn: show where it stands now.
        Err(ServiceError::Api(e)) if e.code() == Some(&ErrorCode::InvalidState) => {
            let changed = manage::note(lang, Note::StateChanged);
            let why = explain_on_card(lang, &cx.app.dashboard(), Failure::Api(&e));
            let note = format!("{changed}\n{why}");
            refresh_card(cx, message, known, Some(note)).await
        }
        // WORKER_DELETE_FAILED and the rest: say so, and show the card as it was.
        Err(ServiceError::Api(e)) => {
            draw_card(
                cx,
                message,
                &known,
                Some(explain_on_card(lang, &cx.app.dashboard(), Failure::Api(&e))),
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}
