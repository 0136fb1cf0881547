//! Hands a secret to the conversation that waits for it, whatever carried it: the message
//! path (`schema`) and the ways in that are not messages (the Mini App form, a managed bot's
//! token) meet here, so each conversation takes its secrets in one function.

use teloxide::prelude::*;

use super::{
    HandlerError,
    context::{self, Ctx},
    intake::{Arrival, Delivered, Incoming},
    manage::edit,
    setkey,
    team::{guard, handoff},
    wizard,
};
use crate::{
    app::{App, TgBot},
    conversation::State,
    service::input::SecretKind,
};

/// Hands a secret of `kind` to the conversation of `arrival.chat` exactly as if it had been
/// pasted there: the same checks, the same state change, the same confirmation and next step
/// in the chat. For a secret that came with no update (nothing to replay).
pub async fn deliver(
    bot: &TgBot,
    app: &App,
    arrival: Arrival,
    kind: SecretKind,
) -> Result<Delivered, HandlerError> {
    if !arrival.chat.is_user() {
        return Ok(Delivered::NotAwaited);
    }
    let code = arrival.from.language_code.clone();
    let ctx = context::for_chat(app, arrival.chat, code.as_deref()).await?;
    // What the schema's gate does for a pasted secret: a group's, handed off to this chat,
    // is applied only while its sender is still an admin there.
    if let Some(why) = guard::secret(bot, app, &ctx.state, arrival.from.id).await {
        let refused = guard::refused(&ctx, why).await?;
        bot.send_message(arrival.chat, refused.clone()).await?;
        return Ok(Delivered::Refused(refused));
    }
    route(bot, app, (arrival, Some(kind)), ctx).await
}

/// Hands `arrival` to the conversation `ctx` is in, if it waits for a secret (of `kind`, when
/// given) from its sender.
pub async fn route(
    bot: &TgBot,
    app: &App,
    (arrival, kind): (Arrival, Option<SecretKind>),
    ctx: Ctx,
) -> Result<Delivered, HandlerError> {
    let fits = |awaited| kind.is_none_or(|kind| kind == awaited);
    let state = ctx.state.clone();
    let incoming = Incoming { bot, app, arrival, kind, ctx };
    match state {
        State::AwaitingApiKey if fits(SecretKind::ApiKey) => {
            setkey::receive_key(incoming, None).await
        }
        State::GroupKey { group } if fits(SecretKind::ApiKey) => {
            setkey::receive_key(incoming, Some(group)).await
        }
        State::GroupSecrets { group } => handoff::receive_secret(incoming, group).await,
        State::GroupEdit { group, handle, field }
            if SecretKind::of_field(field).is_some_and(fits) =>
        {
            handoff::receive_edit(incoming, (group, handle, field)).await
        }
        // A wizard or an edit waits for its step's secret, and only from the one who started it.
        State::Wizard(wizard) => {
            match incoming.awaited(SecretKind::of_step(wizard.step), wizard.owner) {
                Some(awaited) => wizard::receive_secret(incoming, awaited, wizard).await,
                None => Ok(Delivered::NotAwaited),
            }
        }
        State::Editing(session) => {
            match incoming.awaited(SecretKind::of_field(session.field), session.owner) {
                Some(awaited) => edit::receive_secret(incoming, awaited, session).await,
                None => Ok(Delivered::NotAwaited),
            }
        }
        _ => Ok(Delivered::NotAwaited),
    }
}
