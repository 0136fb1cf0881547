//! The whole handler tree, in one place. `run`, the tests and the benchmarks all use it.
//!
//! One step builds the update's one context (`context::Ctx`: bot, app, chat, actor, language,
//! conversation), which every handler takes by reference; a button's data is parsed once into a
//! [`Button`]. A secret a conversation's step waits for goes through the one route for secrets
//! (`secrets::route`). Authorization sits here too, in front of the handlers: the admin gate
//! (`team::guard`) sees every command, step and button press, and secrets pasted into a group are
//! removed before anything else looks at them.

use teloxide::{
    dispatching::UpdateHandler,
    prelude::*,
    types::{Me, UpdateKind},
    utils::command::BotCommands as _,
};

use super::{
    HandlerResult, cancel,
    commands::Command,
    context::{self, Ctx},
    failure::{HandlerError, reporting},
    intake::Arrival,
    language, manage, newbot, replay, secrets, setkey, shared, start,
    team::{audit, guard, handoff, leak, upgrade},
    wizard,
};
use crate::{
    app::{App, TgBot},
    conversation::State,
    managed_bots::Event,
    present::buttons::Button,
};

/// Builds the handler tree: the failure report around one routing step.
///
/// The routing is plain Rust rather than a chain of dptree filters: each dptree stage copies
/// the dependency map and clones the update it inspects, and those copies were most of what
/// an update cost beyond a bare dispatcher. The order of the checks is the schema:
/// 1. a group's upgrade to a supergroup, and member changes, need no conversation;
/// 2. the context, once; a replay already applied stops here;
/// 3. messages: secrets in groups first, then commands behind the admin gate, then the
///    conversation's step behind the gate (a secret it waits for to `secrets::route`);
/// 4. button presses: parsed once into a [`Button`], behind the gate, to their handler.
pub fn schema() -> UpdateHandler<HandlerError> {
    reporting(dptree::endpoint(route))
}

/// The handler tree of the inbox's lane (`bot::lane`): updates teloxide cannot read, kept raw
/// (`UpdateKind::Error`). Only a managed bot's are read; the same failure report wraps it.
pub fn unreadable() -> UpdateHandler<HandlerError> {
    reporting(dptree::endpoint(route_unreadable))
}

async fn route_unreadable(bot: TgBot, update: Update, app: App) -> HandlerResult {
    let UpdateKind::Error(raw) = &update.kind else { return Ok(()) };
    match Event::read(raw) {
        Some(event) => {
            // Beside the dispatcher: it takes the creator's chat's turn itself.
            let _turn = app.turns.take(event.chat().0).await;
            newbot::arrived(&bot, &app, &event).await
        }
        None => {
            tracing::debug!(update_id = update.id.0, "an unreadable update not handled");
            Ok(())
        }
    }
}

async fn route(bot: TgBot, update: Update, app: App, me: Me) -> HandlerResult {
    if let UpdateKind::Message(msg) = &update.kind
        && let Some((old, new)) = upgrade::announced(msg)
    {
        return upgrade::on_upgrade(&bot, &app, old, new).await;
    }
    if let UpdateKind::ChatMember(change) = &update.kind {
        return guard::member_changed(change, &app).await;
    }
    if let UpdateKind::EditedMessage(msg) = &update.kind {
        // Only a group's edited messages are looked at, for leaked secrets (`is_leak` passes
        // private chats by).
        leak::scrub_edited(msg, &bot, &app).await;
        return Ok(());
    }
    // The chat's turn, held to the end: a secret from the form or a managed bot for the same
    // chat waits for it rather than interleave with this update (`app::turns`).
    let Some(chat) = context::chat_of(&update) else { return Ok(()) };
    let _turn = app.turns.take(chat.0).await;
    let Some(cx) = context::resolve(&bot, &app, &update).await else { return Ok(()) };
    if cx.applied {
        // A replay the chat applied before a crash: not again.
        return replay::already_applied(&cx, &update).await;
    }
    match &update.kind {
        UpdateKind::Message(msg) => on_message(&cx, msg, &me).await,
        UpdateKind::CallbackQuery(query) => on_press(&cx, query, &me).await,
        _ => {
            tracing::debug!(update_id = update.id.0, "update not handled");
            Ok(())
        }
    }
}

/// A message: secrets first, then a command, then the conversation's step. (People picked
/// with a card's "choose users" button come as a message too, in a private chat.)
async fn on_message(cx: &Ctx<'_>, msg: &Message, me: &Me) -> HandlerResult {
    if let Some(shared) = msg.shared_users() {
        if let Some(why) = guard::picked(cx, msg, shared).await {
            return guard::refuse_picked(cx, why).await;
        }
        return manage::managed_bot::on_shared(cx, shared).await;
    }
    // Secrets first: a leaked one is out of sight before anything else looks at it.
    if leak::scrub(cx, msg).await {
        return Ok(());
    }
    let command = msg.text().and_then(|text| Command::parse(text, me.username()).ok());
    let Some(command) = command else {
        if let Some(why) = guard::text(cx, msg).await {
            return guard::refuse_message(cx, msg, why).await;
        }
        return on_text(cx, msg).await;
    };
    if let Some(why) = guard::command(cx, msg, &command).await {
        return guard::refuse_message(cx, msg, why).await;
    }
    match command {
        Command::Start(payload) if msg.chat.is_private() && !payload.trim().is_empty() => {
            handoff::redeem(cx, &payload).await
        }
        Command::Start(_) => start::start(cx).await,
        Command::Help => start::help(cx).await,
        Command::New => wizard::start(cx).await,
        Command::List => manage::list(cx).await,
        Command::SetKey(inline) => setkey::setkey(cx, msg, me, &inline).await,
        Command::ForgetKey => setkey::forgetkey(cx).await,
        Command::Cancel => cancel::cancel(cx).await,
        // `language` takes its arguments by value (its own module's choice).
        Command::Language => language::choose(cx.bot.clone(), msg.clone(), cx.clone()).await,
        Command::Audit => audit::show(cx).await,
    }
}

/// A button press: ours (parsed), behind the gate; anything else is stale.
async fn on_press(cx: &Ctx<'_>, query: &CallbackQuery, me: &Me) -> HandlerResult {
    // A press on a button that is not ours (an old build's, or forged): say so.
    let Some(button) = query.data.as_deref().and_then(Button::parse) else {
        return shared::stale(cx, query).await;
    };
    if let Some(why) = guard::button(cx, query, &button).await {
        return guard::refuse_button(cx, query, why).await;
    }
    on_button(cx, query, button, me).await
}

/// Text that is not a command: to the conversation the chat is in. A secret a step waits for
/// goes through the one route for secrets (`secrets::route`), whatever the conversation.
async fn on_text(cx: &Ctx<'_>, msg: &Message) -> HandlerResult {
    if secrets::pasted(&cx.state, cx.chat) {
        let Some(arrival) = Arrival::from_message(msg) else { return Ok(()) };
        return secrets::route(cx, &arrival, None).await.map(drop);
    }
    match cx.state.clone() {
        State::Idle => start::unknown_text(cx).await,
        State::Expired => start::timed_out(cx).await,
        State::AwaitingApiKey => setkey::on_text(cx, msg).await,
        // Taken above: a hand-off's private chat waits for nothing but the secret.
        State::GroupKey { .. } | State::GroupSecrets { .. } | State::GroupEdit { .. } => Ok(()),
        State::Wizard(wizard) => wizard::on_text(cx, msg, wizard).await,
        State::Editing(session) => manage::edit::on_text(cx, msg, session).await,
        State::Profile(session) => manage::profile::on_text(cx, msg, session).await,
    }
}

/// A press on one of our buttons: to its handler; a conversation's button only while that
/// conversation runs.
async fn on_button(cx: &Ctx<'_>, query: &CallbackQuery, button: Button, me: &Me) -> HandlerResult {
    match (button, cx.state.clone()) {
        (Button::Language(choice), _) => {
            // `language` takes its arguments by value (its own module's choice).
            language::chosen(cx.bot.clone(), query.clone(), cx.app.clone(), choice).await
        }
        (Button::ListPage(page), _) => manage::on_list_page(cx, query, page).await,
        (Button::Card(handle), _) => manage::on_card(cx, query, handle).await,
        (Button::FetchBotToken(managed), _) => newbot::retry(cx, query, managed).await,
        (Button::Act { handle, action }, _) => {
            manage::on_action(cx, query, me, handle, action).await
        }
        // A button of the wizard or the edit that runs (not of an older one, by its id).
        (Button::Wizard { wizard: id, action }, State::Wizard(wizard)) if id == wizard.id => {
            wizard::on_button(cx, query, me, wizard, action).await
        }
        (Button::Edit { session: id, action }, State::Editing(session)) if id == session.id => {
            manage::edit::on_button(cx, query, session, action).await
        }
        (Button::Wizard { .. } | Button::Edit { .. }, State::Expired) => {
            cx.bot.answer_callback_query(query.id.clone()).await?;
            start::timed_out(cx).await
        }
        // A button of a conversation that has ended.
        _ => shared::stale(cx, query).await,
    }
}
