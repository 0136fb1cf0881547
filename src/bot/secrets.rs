//! The one route a secret takes to the conversation that waits for it, whatever carried it:
//! a pasted message (`schema`), the Mini App form, a managed bot's token (`newbot`). [`route`]
//! asks [`awaited`] whether the chat's conversation waits for a secret of that kind, and from
//! whom, and hands it to that conversation's one function for it. Like `schema`, this module
//! routes: it imports the conversations, and none of them imports it.

use teloxide::prelude::*;

use super::{
    HandlerError,
    context::{self, Ctx},
    intake::{Arrival, Delivered},
    manage::edit,
    setkey,
    shared::fits,
    team::{guard, handoff},
    wizard,
};
use crate::{
    app::{App, TgBot},
    conversation::{EditSession, Field, State, Wizard},
    service::input::SecretKind,
};

/// What a conversation waits for, when it waits for a secret from the one who sent it.
#[derive(Debug)]
pub enum Awaited {
    /// The chat's API key, or (`group`) a group's, handed off to this chat.
    ApiKey {
        /// The group whose key it is.
        group: Option<i64>,
    },
    /// A secret of a group's wizard, handed off to this chat (the group's wizard, read then,
    /// says which, and whose).
    GroupSecrets {
        /// The group.
        group: i64,
    },
    /// A new secret for a group's assistant, handed off to this chat.
    GroupEdit {
        /// The group.
        group: i64,
        /// The assistant's handle there.
        handle: i64,
        /// The field.
        field: Field,
    },
    /// The wizard's secret step, as this kind.
    Wizard(Box<Wizard>, SecretKind),
    /// An edit of a secret field, as this kind.
    Editing(EditSession, SecretKind),
}

/// What the conversation in `state` awaits from `from`: a secret of `meant` (the form's, a
/// managed bot's), or when `None` (pasted) whatever its step waits for. `None` when it does
/// not take it. The one place that decides whether a secret is awaited, and from whom.
pub fn awaited(state: &State, from: UserId, meant: Option<SecretKind>) -> Option<Awaited> {
    let kind_fits = |awaited| meant.is_none_or(|meant| meant == awaited);
    match state {
        State::AwaitingApiKey if kind_fits(SecretKind::ApiKey) => {
            Some(Awaited::ApiKey { group: None })
        }
        State::GroupKey { group } if kind_fits(SecretKind::ApiKey) => {
            Some(Awaited::ApiKey { group: Some(*group) })
        }
        State::GroupSecrets { group } => Some(Awaited::GroupSecrets { group: *group }),
        State::GroupEdit { group, handle, field }
            if SecretKind::of_field(*field).is_some_and(kind_fits) =>
        {
            Some(Awaited::GroupEdit { group: *group, handle: *handle, field: *field })
        }
        // A wizard or an edit waits for its step's secret, and only from the one who started it.
        State::Wizard(wizard) => fits(SecretKind::of_step(wizard.step), wizard.owner, from, meant)
            .map(|kind| Awaited::Wizard(Box::new(wizard.clone()), kind)),
        State::Editing(session) => {
            fits(SecretKind::of_field(session.field), session.owner, from, meant)
                .map(|kind| Awaited::Editing(session.clone(), kind))
        }
        _ => None,
    }
}

/// Whether text sent in `chat` while in `state` is a secret the conversation's step waits
/// for (and so goes to [`route`]): a hand-off's private chat waits for nothing else, a private
/// wizard's token or key step and an edit of a secret take what is pasted. (A group's wizard
/// at those steps warns instead: `wizard::on_text`.)
pub fn pasted(state: &State, chat: ChatId) -> bool {
    match state {
        State::GroupKey { .. } | State::GroupSecrets { .. } | State::GroupEdit { .. } => true,
        State::Wizard(wizard) => chat.is_user() && SecretKind::of_step(wizard.step).is_some(),
        State::Editing(session) => SecretKind::of_field(session.field).is_some(),
        _ => false,
    }
}

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
    let cx = context::for_chat(bot, app, arrival.chat, &arrival.from).await?;
    // What the schema's gate does for a pasted secret: a group's, handed off to this chat,
    // is applied only while its sender is still an admin there.
    if let Some(why) = guard::secret(&cx).await {
        let refused = guard::refused(&cx, why).await?;
        bot.send_message(arrival.chat, refused.clone()).await?;
        return Ok(Delivered::Refused(refused));
    }
    route(&cx, &arrival, Some(kind)).await
}

/// Hands `arrival` to the conversation `cx` is in, if it waits for a secret (of `kind`, when
/// given) from its sender.
pub async fn route(
    cx: &Ctx<'_>,
    arrival: &Arrival,
    kind: Option<SecretKind>,
) -> Result<Delivered, HandlerError> {
    // Secrets are taken in private chats only, whatever a conversation in a group awaits
    // (groups hand theirs off to a private chat).
    if !arrival.chat.is_user() {
        return Ok(Delivered::NotAwaited);
    }
    let Some(awaited) = awaited(&cx.state, arrival.from.id, kind) else {
        return Ok(Delivered::NotAwaited);
    };
    match awaited {
        Awaited::ApiKey { group } => setkey::receive_key(cx, arrival, group).await,
        Awaited::GroupSecrets { group } => handoff::receive_secret(cx, arrival, kind, group).await,
        Awaited::GroupEdit { group, handle, field } => {
            handoff::receive_edit(cx, arrival, group, handle, field).await
        }
        Awaited::Wizard(wizard, kind) => wizard::receive_secret(cx, arrival, kind, *wizard).await,
        Awaited::Editing(session, kind) => edit::receive_secret(cx, arrival, kind, session).await,
    }
}
