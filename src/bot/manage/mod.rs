//! /list and the assistant cards: one message, edited in place as the user moves between the
//! list and a card (like BotFather's /mybots), with the actions valid in each state.
//!
//! - [`edit`]: changing one field of an assistant.
//! - [`managed_bot`]: a new token for a bot this bot created, and who can talk to it.
//!
//! Buttons name deployments by a chat-local handle, looked up within the chat that pressed
//! it: a forged or stale handle finds nothing, is answered with a notice, and never reaches
//! the API.

pub mod edit;
pub mod managed_bot;

use teloxide::{
    prelude::*,
    types::{InlineKeyboardMarkup, Me, MessageId},
};

use super::{
    HandlerError, HandlerResult,
    context::Ctx,
    intake::redirect_to_private,
    start::stale,
    team::{audit, handoff},
    wizard::{self, Where},
};
use crate::{
    api::{ErrorCode, Status},
    app::{App, TgBot},
    conversation::{Draft, Field},
    i18n::Lang,
    present::{buttons::CardAction, cards, errors::explain_api},
    service::{
        ServiceError,
        assistants::{self, Acted, Action, Listed, Refreshed},
        audit::Audited,
        handoff::Purpose,
    },
    storage::deployments::KnownDeployment,
};

/// /list.
pub async fn list(bot: TgBot, msg: Message, ctx: Ctx, app: App) -> HandlerResult {
    let (chat, lang) = (msg.chat.id, ctx.lang);
    let (items, note) = match assistants::list(&app.db, &app.api, chat).await {
        Ok(Listed::Fresh(items)) => (items, None),
        Ok(Listed::Offline(items, e)) => {
            (items, Some(lang.t_args("list-offline", &[("reason", explain_api(lang, &e).into())])))
        }
        Err(ServiceError::NoKey) => {
            bot.send_message(chat, lang.t("list-no-key")).await?;
            return Ok(());
        }
        Err(ServiceError::Api(e)) => {
            bot.send_message(chat, explain_api(lang, &e)).await?;
            return Ok(());
        }
        Err(e) => return Err(e.into()),
    };
    let (text, keyboard) = list_view(lang, &items, 0, note.as_deref());
    if items.is_empty() {
        bot.send_message(chat, text).await?;
    } else {
        bot.send_message(chat, text).reply_markup(keyboard).await?;
    }
    Ok(())
}

fn list_view(
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

/// The message that shows the list or a card, where a button was pressed.
struct Screen<'a> {
    bot: &'a TgBot,
    app: &'a App,
    chat: ChatId,
    message: MessageId,
    lang: Lang,
}

impl<'a> Screen<'a> {
    fn of(bot: &'a TgBot, app: &'a App, query: &CallbackQuery, lang: Lang) -> Option<Self> {
        let message = query.message.as_ref()?;
        Some(Self { bot, app, chat: message.chat().id, message: message.id(), lang })
    }

    /// Page `page` of the list, from what the bot knows (no API call), with `note` on top.
    async fn show_list(&self, page: usize, note: Option<&str>) -> HandlerResult {
        let items = self.app.db.deployments_of(self.chat).await?;
        self.draw_other(list_view(self.lang, &items, page, note)).await
    }

    /// Fetches the deployment, records it, and draws its card (with `note` under it).
    async fn refresh_card(&self, known: KnownDeployment, note: Option<String>) -> HandlerResult {
        match assistants::refresh(&self.app.db, &self.app.api, self.chat, &known).await {
            Ok(Refreshed::Fresh(fresh)) => self.draw_card(&fresh, note).await,
            Ok(Refreshed::Gone) => self.show_list(0, Some(&self.lang.t("card-gone"))).await,
            Err(ServiceError::NoKey) => {
                self.draw_card(&known, Some(self.lang.t("list-no-key"))).await
            }
            Err(ServiceError::Api(e)) => {
                let why = explain_api(self.lang, &e);
                let note = note.map_or(why.clone(), |n| format!("{n}\n{why}"));
                self.draw_card(&known, Some(note)).await
            }
            Err(e) => Err(e.into()),
        }
    }

    async fn draw_card(&self, known: &KnownDeployment, note: Option<String>) -> HandlerResult {
        let text = cards::card_text(self.lang, known, note.as_deref());
        self.bot
            .edit_message_text(self.chat, self.message, text)
            .reply_markup(cards::card_keyboard(self.lang, known))
            .await?;
        // The tracker redraws this message when the deployment's status changes.
        self.app.db.set_card_view(self.chat, self.message.0, Some(known.handle)).await?;
        Ok(())
    }

    /// Shows something other than a card in the message (so the tracker leaves it alone).
    async fn draw_other(&self, (text, keyboard): (String, InlineKeyboardMarkup)) -> HandlerResult {
        self.app.db.set_card_view(self.chat, self.message.0, None).await?;
        self.bot.edit_message_text(self.chat, self.message, text).reply_markup(keyboard).await?;
        Ok(())
    }
}

/// ‹ › and « Back to list: a page of the list from what the bot knows (no API call).
pub async fn on_list_page(
    bot: TgBot,
    query: CallbackQuery,
    ctx: Ctx,
    app: App,
    page: u32,
) -> HandlerResult {
    let Some(screen) = Screen::of(&bot, &app, &query, ctx.lang) else {
        return stale(&bot, &query, &ctx).await;
    };
    bot.answer_callback_query(query.id.clone()).await?;
    screen.show_list(page as usize, None).await
}

/// Opens a card, refreshed from the API.
pub async fn on_card(
    bot: TgBot,
    query: CallbackQuery,
    ctx: Ctx,
    app: App,
    handle: i64,
) -> HandlerResult {
    let Some((screen, known)) = lookup(&bot, &app, &query, &ctx, handle).await? else {
        return stale(&bot, &query, &ctx).await;
    };
    bot.answer_callback_query(query.id.clone()).await?;
    screen.refresh_card(known, None).await
}

async fn lookup<'a>(
    bot: &'a TgBot,
    app: &'a App,
    query: &CallbackQuery,
    ctx: &Ctx,
    handle: i64,
) -> Result<Option<(Screen<'a>, KnownDeployment)>, HandlerError> {
    let Some(screen) = Screen::of(bot, app, query, ctx.lang) else { return Ok(None) };
    Ok(assistants::by_handle(&app.db, screen.chat, handle).await?.map(|known| (screen, known)))
}

/// A card button.
pub async fn on_action(
    bot: TgBot,
    query: CallbackQuery,
    ctx: Ctx,
    app: App,
    me: Me,
    (handle, action): (i64, CardAction),
) -> HandlerResult {
    let Some((at, known)) = lookup(&bot, &app, &query, &ctx, handle).await? else {
        return stale(&bot, &query, &ctx).await;
    };
    if action == CardAction::StopWaiting {
        return stop_waiting(&at, &query, &ctx, &known).await;
    }
    bot.answer_callback_query(query.id.clone()).await?;
    let lang = ctx.lang;
    match action {
        CardAction::Refresh => at.refresh_card(known, None).await,
        CardAction::Delete => at.draw_other(cards::delete_confirmation(lang, &known)).await,
        CardAction::Edit => {
            let view = if matches!(known.status(), Status::Active | Status::Deploying) {
                cards::stop_first(lang, &known)
            } else {
                cards::edit_menu(lang, &known)
            };
            at.draw_other(view).await
        }
        CardAction::EditField(field) => {
            // Secrets are never typed into a group: a one-time link takes the admin to a
            // private chat, and the new value is bound back to this group's assistant.
            if !at.chat.is_user() && matches!(field, Field::BotToken | Field::ModelKey) {
                let who = audit::actor(&query.from).name;
                let text = lang.t_args("handoff-edit-offer", &[("who", who.into())]);
                let purpose = Purpose::Edit { handle: known.handle, field };
                let to = (at.chat, &query.from);
                return handoff::offer(&bot, &app, &me, to, purpose, text, lang).await;
            }
            edit::begin(&bot, &app, at.chat, &ctx, query.from.id.0, &known, field).await
        }
        CardAction::Activate => {
            if known.status() != Status::Purchased {
                return at.refresh_card(known, Some(lang.t("card-state-changed"))).await;
            }
            if !at.chat.is_user() {
                return redirect_to_private(&bot, at.chat, lang, &me).await;
            }
            // The rest of the wizard for this slot: its mode is fixed, the rest is asked.
            let mut draft = Draft::default();
            if let Some(mode) = known.mode() {
                draft.set_mode(mode);
            }
            draft.name = known.name.clone();
            let place =
                Where { bot: &bot, app: &app, chat: at.chat, lang, dialogue: &ctx.dialogue };
            wizard::open(&place, query.from.id.0, draft, Some(known.id())).await
        }
        CardAction::NewToken => managed_bot::new_token(&at, &query, known).await,
        CardAction::Access => managed_bot::show_access(&at, known).await,
        CardAction::AccessEveryone => managed_bot::set_access(&at, known, None).await,
        CardAction::AccessOwner => managed_bot::set_access(&at, known, Some(Vec::new())).await,
        CardAction::AccessPick => managed_bot::pick(&at, known).await,
        CardAction::Stop => act(&at, &query, known, Action::Stop).await,
        CardAction::Redeploy => act(&at, &query, known, Action::Redeploy).await,
        CardAction::ConfirmDelete => act(&at, &query, known, Action::Delete).await,
        // Taken above: a wait that has ended already is a stale button, not a plain answer.
        CardAction::StopWaiting => Ok(()),
    }
}

/// "Stop waiting" under a payment link: the slot stays bought, the bot stops watching it.
async fn stop_waiting(
    at: &Screen<'_>,
    query: &CallbackQuery,
    ctx: &Ctx,
    known: &KnownDeployment,
) -> HandlerResult {
    if !at.app.db.drop_pending_activation(at.chat, &known.id(), true).await? {
        return stale(at.bot, query, ctx).await;
    }
    at.bot.answer_callback_query(query.id.clone()).await?;
    at.bot.edit_message_reply_markup(at.chat, at.message).await?;
    at.bot.send_message(at.chat, at.lang.t("wz-stopped-waiting")).await?;
    Ok(())
}

/// Stop, redeploy or delete, and the card (or list) afterwards.
async fn act(
    at: &Screen<'_>,
    query: &CallbackQuery,
    known: KnownDeployment,
    action: Action,
) -> HandlerResult {
    let (lang, name) = (at.lang, known.display_name());
    let record = |what| audit::record(at.bot, at.app, at.chat, &query.from, what, &name, lang);
    match assistants::act(&at.app.db, &at.app.api, &at.app.callbacks, at.chat, &known, action).await
    {
        Ok(Acted::Changed(fresh)) => {
            let (note, audited) = if action == Action::Stop {
                (lang.t("card-stopped"), Audited::Stopped)
            } else {
                (lang.t("card-redeploying"), Audited::Redeployed)
            };
            at.draw_card(&fresh, Some(note)).await?;
            Ok(record(audited).await?)
        }
        Ok(Acted::Deleted) => {
            record(Audited::Deleted).await?;
            let note = lang.t_args("list-deleted", &[("name", name.clone().into())]);
            at.show_list(0, Some(&note)).await
        }
        Ok(Acted::Gone) => at.show_list(0, Some(&lang.t("card-gone"))).await,
        Err(ServiceError::NoKey) => at.draw_card(&known, Some(lang.t("list-no-key"))).await,
        // The state moved since the card was drawn: show where it stands now.
        Err(ServiceError::Api(e)) if e.code() == Some(&ErrorCode::InvalidState) => {
            let note = format!("{}\n{}", lang.t("card-state-changed"), explain_api(lang, &e));
            at.refresh_card(known, Some(note)).await
        }
        // WORKER_DELETE_FAILED and the rest: say so, and show the card as it was.
        Err(ServiceError::Api(e)) => at.draw_card(&known, Some(explain_api(lang, &e))).await,
        Err(e) => Err(e.into()),
    }
}
