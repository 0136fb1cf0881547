//! The whole handler tree, in one place. `run`, the tests and the benchmarks all use it.
//!
//! One step resolves the context (language, conversation); a button's data is parsed once
//! into a [`Button`]. Authorization sits here too, in front of the handlers: the admin gate
//! (`team::guard`) sees every command, step and button press, and secrets pasted into a group
//! are removed before anything else looks at them.

use teloxide::{dispatching::UpdateHandler, prelude::*, types::Me};

use super::{
    HandlerResult, cancel,
    commands::Command,
    context::{self, Ctx},
    failure::{HandlerError, reporting},
    language, manage, replay, setkey, start,
    team::{audit, guard, handoff, leak, upgrade},
    wizard,
};
use crate::{
    app::{App, TgBot},
    conversation::State,
    present::buttons::Button,
};

/// Builds the handler tree.
pub fn schema() -> UpdateHandler<HandlerError> {
    let commands = teloxide::filter_command::<Command, _>()
        .branch(dptree::filter_map_async(guard::command).endpoint(guard::refuse_message))
        .branch(
            dptree::case![Command::Start(payload)]
                .branch(
                    dptree::filter(|payload: String, msg: Message| {
                        msg.chat.is_private() && !payload.trim().is_empty()
                    })
                    .endpoint(handoff::redeem),
                )
                .endpoint(start::start),
        )
        .branch(dptree::case![Command::Help].endpoint(start::help))
        .branch(dptree::case![Command::New].endpoint(wizard::start))
        .branch(dptree::case![Command::List].endpoint(manage::list))
        .branch(dptree::case![Command::SetKey(inline)].endpoint(setkey::setkey))
        .branch(dptree::case![Command::ForgetKey].endpoint(setkey::forgetkey))
        .branch(dptree::case![Command::Cancel].endpoint(cancel::cancel))
        .branch(dptree::case![Command::Language].endpoint(language::choose))
        .branch(dptree::case![Command::Audit].endpoint(audit::show));

    let messages = Update::filter_message()
        // Secrets first: a leaked one is out of sight before anything else looks at it.
        .branch(dptree::filter_async(leak::scrub).endpoint(done))
        .branch(commands)
        .branch(dptree::filter_map_async(guard::text).endpoint(guard::refuse_message))
        .endpoint(on_text);

    let buttons = Update::filter_callback_query()
        .branch(
            dptree::filter_map(|q: CallbackQuery| q.data.as_deref().and_then(Button::parse))
                .branch(dptree::filter_map_async(guard::button).endpoint(guard::refuse_button))
                .endpoint(on_button),
        )
        // A press on a button that is not ours (an old build's, or forged): say so.
        .endpoint(start::stale_button);

    reporting(
        dptree::entry()
            // Group upgrades and member changes need no conversation.
            .branch(
                Update::filter_message()
                    .filter_map(upgrade::announced)
                    .endpoint(upgrade::on_upgrade),
            )
            .branch(Update::filter_chat_member().endpoint(guard::member_changed))
            .branch(
                dptree::filter_map_async(context::resolve)
                    // A replay the chat applied before a crash: not again.
                    .branch(
                        dptree::filter(|ctx: Ctx| ctx.applied).endpoint(replay::already_applied),
                    )
                    .branch(messages)
                    .branch(buttons)
                    // A message edited to carry a secret is looked at like a new one.
                    .branch(
                        Update::filter_edited_message().filter_async(leak::scrub).endpoint(done),
                    ),
            ),
    )
}

/// The end of an update that needs nothing more.
async fn done() -> HandlerResult {
    Ok(())
}

/// Text that is not a command: to the conversation the chat is in.
async fn on_text(bot: TgBot, msg: Message, ctx: Ctx, app: App) -> HandlerResult {
    match ctx.state.clone() {
        State::Idle => start::unknown_text(bot, msg, ctx).await,
        State::Expired => start::timed_out(bot, msg.chat.id, ctx).await,
        State::AwaitingApiKey => setkey::receive_key(bot, msg, ctx, app).await,
        State::GroupKey { group } => handoff::receive_key(bot, msg, ctx, app, group).await,
        State::GroupSecrets { group } => handoff::receive_secret(bot, msg, ctx, app, group).await,
        State::GroupEdit { group, handle, field } => {
            handoff::receive_edit(bot, msg, ctx, app, (group, handle, field)).await
        }
        State::Wizard(wizard) => wizard::on_text(bot, msg, ctx, app, wizard).await,
        State::Editing(session) => manage::edit::on_text(bot, msg, ctx, app, session).await,
    }
}

/// A press on one of our buttons: to its handler; a conversation's button only while that
/// conversation runs.
async fn on_button(
    bot: TgBot,
    query: CallbackQuery,
    button: Button,
    ctx: Ctx,
    app: App,
    me: Me,
) -> HandlerResult {
    match (button, ctx.state.clone()) {
        (Button::Language(choice), _) => language::chosen(bot, query, app, choice).await,
        (Button::StopWaiting(handle), _) => {
            cancel::stop_waiting(bot, query, ctx, app, handle).await
        }
        (Button::ListPage(page), _) => manage::on_list_page(bot, query, ctx, app, page).await,
        (Button::Card(handle), _) => manage::on_card(bot, query, ctx, app, handle).await,
        (Button::Act { handle, action }, _) => {
            manage::on_action(bot, query, ctx, app, me, (handle, action)).await
        }
        (Button::Wizard { wizard: id, action }, State::Wizard(wizard)) => {
            wizard::on_button(bot, query, ctx, app, me, (wizard, id, action)).await
        }
        (Button::Edit { session: id, action }, State::Editing(session)) => {
            manage::edit::on_button(bot, query, ctx, app, (session, id, action)).await
        }
        (Button::Wizard { .. } | Button::Edit { .. }, State::Expired) => {
            bot.answer_callback_query(query.id.clone()).await?;
            start::timed_out(bot, query.from.id.into(), ctx).await
        }
        // A button of a conversation that has ended.
        _ => start::stale_button(bot, query, ctx).await,
    }
}
