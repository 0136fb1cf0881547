//! The one admin gate: in a private chat its user owns everything; in a group only its
//! admins may change anything, and a secret handed off from a group is applied only while its
//! sender is still an admin there.
//!
//! The schema asks this gate about every command, button press and conversation step. What
//! only starts or shows something trusts an admin status seen within the last minute; what
//! changes the group's key, buys, activates, edits, stops, redeploys, deletes or drops a
//! payment wait asks Telegram again right then, so a demoted or removed admin can do none of
//! it. A `chat_member` update drops what was cached for that member. The buttons' tables
//! name every action, with no wildcard: a new action does not compile until someone decides.
//!
//! A managed bot's card actions (a new token, who can talk to it) and the people picked for
//! it ask one more question, in private chats too: the bot is its recorded owner's (Telegram
//! reports a new owner), so only that owner, or an admin of the group whose card it is, may
//! act on it.

use teloxide::{prelude::*, types::UsersShared};

use crate::{
    app::{App, TgBot},
    bot::{
        HandlerError, HandlerResult, commands::Command, context::Ctx, intake,
        shared::newbot::put_away,
    },
    conversation::{State, Step},
    present::{
        buttons::{Button, CardAction, EditAction, WizardAction},
        team::{self, Refused},
    },
    service::{assistants, groups},
    storage::StorageError,
};

/// How sure the gate must be that the sender is an admin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Check {
    /// Anyone may.
    Nobody,
    /// An admin status seen within the last minute will do.
    Cached,
    /// Ask Telegram now: the update changes something.
    Fresh,
}

/// Why the gate refused an update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// A member who is not an admin.
    NotAdmin,
    /// Someone acting on a group they are no longer an admin of (a flow they started, or a
    /// hand-off link they opened, while they were).
    NoLongerAdmin,
    /// An admin posting as the group ("Remain anonymous"): the bot cannot tell who acts.
    Anonymous,
    /// Someone acting, in a private chat, on a managed bot that another user owns.
    NotOwner,
}

impl From<Refusal> for Refused {
    fn from(why: Refusal) -> Self {
        match why {
            Refusal::NotAdmin => Self::NotAdmin,
            Refusal::NoLongerAdmin => Self::NoLongerAdmin,
            Refusal::Anonymous => Self::Anonymous,
            Refusal::NotOwner => Self::NotOwner,
        }
    }
}

/// Whether `user` is an admin of `group` now (`fresh`) or as seen within the last minute.
/// A failed lookup counts as no: it must not grant rights.
pub async fn is_admin(bot: &TgBot, app: &App, group: ChatId, user: UserId, fresh: bool) -> bool {
    if !fresh && let Some(admin) = app.admins.get(group.0, user.0) {
        return admin;
    }
    let admin = match bot.get_chat_member(group, user).await {
        Ok(member) => member.kind.is_privileged(),
        Err(e) => {
            tracing::warn!(chat = group.0, error = %e, "could not check a member's status");
            return false;
        }
    };
    app.admins.put(group.0, user.0, admin);
    admin
}

async fn decide(
    cx: &Ctx<'_>,
    group: ChatId,
    user: UserId,
    check: Check,
    refusal: Refusal,
) -> Option<Refusal> {
    match check {
        Check::Nobody => None,
        _ if is_admin(cx.bot, cx.app, group, user, check == Check::Fresh).await => None,
        _ => Some(refusal),
    }
}

/// A command. `/cancel` and `/forgetkey` change something; the other admin commands only
/// start or show something.
pub async fn command(cx: &Ctx<'_>, msg: &Message, cmd: &Command) -> Option<Refusal> {
    if msg.chat.is_private() || !cmd.needs_admin() {
        return None;
    }
    // An anonymous admin writes as the group itself, and its `from` is a placeholder.
    if msg.sender_chat.as_ref().is_some_and(|c| c.id == msg.chat.id) {
        return Some(Refusal::Anonymous);
    }
    // Without a user (a channel posting into its discussion group) there is no one to check.
    let Some(user) = msg.from.as_ref().map(|u| u.id) else { return Some(Refusal::NotAdmin) };
    let check = if matches!(cmd, Command::Cancel | Command::ForgetKey) {
        Check::Fresh
    } else {
        Check::Cached
    };
    decide(cx, msg.chat.id, user, check, Refusal::NotAdmin).await
}

/// Text that is not a command: a step of a conversation.
pub async fn text(cx: &Ctx<'_>, msg: &Message) -> Option<Refusal> {
    let user = msg.from.as_ref()?.id;
    if let Some(group) = handed_off_to(cx.app, &cx.state).await {
        return decide(cx, group, user, Check::Fresh, Refusal::NoLongerAdmin).await;
    }
    let (group, check) = match &cx.state {
        _ if msg.chat.is_private() => return None,
        // Only the owner's messages move a flow (others are ignored by its handler).
        // A wizard cut short in `Submitting` resumes a purchase on its next message.
        State::Wizard(wizard) if wizard.owner == user.0 && wizard.step == Step::Submitting => {
            (msg.chat.id, Check::Fresh)
        }
        State::Wizard(wizard) if wizard.owner == user.0 => (msg.chat.id, Check::Cached),
        State::Editing(edit) if edit.owner == user.0 => (msg.chat.id, Check::Fresh),
        State::Profile(profile) if profile.owner == user.0 => (msg.chat.id, Check::Fresh),
        _ => return None,
    };
    decide(cx, group, user, check, Refusal::NoLongerAdmin).await
}

/// A secret that did not come as a message (the form, a managed bot's token) for the
/// conversation of `cx`: one handed off from a group needs its sender (the actor) to be an
/// admin there still, asked of Telegram now.
pub async fn secret(cx: &Ctx<'_>) -> Option<Refusal> {
    let user = cx.actor?.id;
    let group = handed_off_to(cx.app, &cx.state).await?;
    decide(cx, group, user, Check::Fresh, Refusal::NoLongerAdmin).await
}

/// A wizard cut short in `Submitting`, resumed by the replay of the update that confirmed it
/// (`bot::replay`): in a group only for an admin, asked of Telegram now, as a live press or
/// message on that wizard is.
pub async fn resuming(cx: &Ctx<'_>) -> Option<Refusal> {
    if cx.chat.is_user() {
        return None;
    }
    let Some(user) = cx.actor.map(|u| u.id) else { return Some(Refusal::NoLongerAdmin) };
    decide(cx, cx.chat, user, Check::Fresh, Refusal::NoLongerAdmin).await
}

/// People picked with a card's "choose users" button (private chats only: elsewhere its
/// handler ignores them): for the owner of the card's managed bot.
pub async fn picked(cx: &Ctx<'_>, msg: &Message, shared: &UsersShared) -> Option<Refusal> {
    if !msg.chat.is_private() {
        return None;
    }
    let Some(user) = msg.from.as_ref().map(|u| u.id) else { return Some(Refusal::NotOwner) };
    let handle = i64::from(shared.request_id.0);
    managed_bot(cx, msg.chat.id, handle, user, Check::Fresh).await
}

/// An action on the managed bot of the card `handle` of `chat`: its recorded owner may; in a
/// group, so may an admin (as sure as `check` says). A card without a managed bot, or none at
/// all, is its handler's to answer. A bot whose owner is unknown (never reported) is no one's
/// in a private chat.
async fn managed_bot(
    cx: &Ctx<'_>,
    chat: ChatId,
    handle: i64,
    user: UserId,
    check: Check,
) -> Option<Refusal> {
    let refusal = if chat.is_user() { Refusal::NotOwner } else { Refusal::NotAdmin };
    let owner = match owner_of(cx.app, chat, handle).await {
        Ok(None) => return None,
        Ok(Some(owner)) => owner,
        Err(e) => {
            // A failed look-up must not grant rights.
            tracing::warn!(chat = chat.0, error = %e, "could not look up a managed bot's owner");
            return Some(refusal);
        }
    };
    if owner == Some(user) {
        return None;
    }
    if chat.is_user() {
        return Some(Refusal::NotOwner);
    }
    decide(cx, chat, user, check, Refusal::NotAdmin).await
}

/// The recorded owner of the managed bot of the card `handle` of `chat`: `None` when the card
/// has no managed bot; `Some(None)` when Telegram never reported its owner.
async fn owner_of(
    app: &App,
    chat: ChatId,
    handle: i64,
) -> Result<Option<Option<UserId>>, StorageError> {
    let known = assistants::by_handle(&app.db, chat, handle).await?;
    let Some(bot) = known.and_then(|k| u64::try_from(k.managed_bot_id?).ok()) else {
        return Ok(None);
    };
    Ok(Some(app.db.managed_bot(UserId(bot)).await?.map(|(owner, _)| owner)))
}

/// The group a hand-off conversation applies its secret to, if `state` is one.
async fn handed_off_to(app: &App, state: &State) -> Option<ChatId> {
    let group = ChatId(state.handed_off_by()?);
    // The group may have become a supergroup since the link was opened.
    Some(groups::current(&app.db, group).await.unwrap_or(group))
}

/// A press on one of our buttons. A conversation's buttons are checked only when its owner
/// presses them (anyone else's press is stale to its handler).
pub async fn button(cx: &Ctx<'_>, query: &CallbackQuery, button: &Button) -> Option<Refusal> {
    let chat = query.message.as_ref()?.chat().id;
    if let Button::Act { handle, action } = button
        && on_managed_bot(*action)
    {
        return managed_bot(cx, chat, *handle, query.from.id, card_check(*action)).await;
    }
    if chat.is_user() {
        return None;
    }
    let owner = match &cx.state {
        State::Wizard(wizard) => Some(wizard.owner),
        State::Editing(edit) => Some(edit.owner),
        _ => None,
    };
    let flow = matches!(button, Button::Wizard { .. } | Button::Edit { .. });
    if flow && owner != Some(query.from.id.0) {
        return None;
    }
    // Any press on a wizard cut short in `Submitting` resumes its purchase.
    if flow && matches!(&cx.state, State::Wizard(w) if w.step == Step::Submitting) {
        return decide(cx, chat, query.from.id, Check::Fresh, Refusal::NoLongerAdmin).await;
    }
    let (check, refusal) = match button {
        Button::ListPage(_) | Button::Card(_) => (Check::Nobody, Refusal::NotAdmin),
        Button::FetchBotToken(_) | Button::Language(_) => (Check::Fresh, Refusal::NotAdmin),
        Button::Act { action, .. } => (card_check(*action), Refusal::NotAdmin),
        Button::Wizard { action, .. } => (wizard_check(action), Refusal::NoLongerAdmin),
        Button::Edit { action, .. } => (edit_check(*action), Refusal::NoLongerAdmin),
    };
    decide(cx, chat, query.from.id, check, refusal).await
}

// The tables below name every action, with no wildcard: a new one is a compile error until
// someone decides how sure the gate must be.

/// A card's button: what changes the assistant or the payment wait asks Telegram now; what
/// only shows something, or starts a flow that asks again when it changes something, trusts
/// the cache.
fn card_check(action: CardAction) -> Check {
    match action {
        CardAction::Refresh => Check::Nobody,
        CardAction::Stop
        | CardAction::Redeploy
        | CardAction::RedeployAnyway
        | CardAction::ConfirmDelete
        | CardAction::NewToken
        | CardAction::StopWaiting
        | CardAction::AccessEveryone
        | CardAction::AccessOwner
        | CardAction::WatchOff => Check::Fresh,
        CardAction::Edit
        | CardAction::EditField(_)
        | CardAction::Activate
        | CardAction::Delete
        | CardAction::Access
        | CardAction::AccessPick
        | CardAction::KeepRunning
        | CardAction::Profile
        | CardAction::ProfileName
        | CardAction::ProfileAbout
        | CardAction::ProfileDescription => Check::Cached,
    }
}

/// Whether a card's action acts on its managed bot (for its owner, or a group's admin).
fn on_managed_bot(action: CardAction) -> bool {
    match action {
        CardAction::NewToken
        | CardAction::Access
        | CardAction::AccessEveryone
        | CardAction::AccessOwner
        | CardAction::AccessPick => true,
        CardAction::Refresh
        | CardAction::Stop
        | CardAction::Redeploy
        | CardAction::RedeployAnyway
        | CardAction::KeepRunning
        | CardAction::ConfirmDelete
        | CardAction::StopWaiting
        | CardAction::Edit
        | CardAction::EditField(_)
        | CardAction::Activate
        | CardAction::Delete
        | CardAction::WatchOff
        | CardAction::Profile
        | CardAction::ProfileName
        | CardAction::ProfileAbout
        | CardAction::ProfileDescription => false,
    }
}

/// A wizard's button: Confirm buys, and asks Telegram now; the other steps only gather answers.
fn wizard_check(action: &WizardAction) -> Check {
    match action {
        WizardAction::Confirm => Check::Fresh,
        WizardAction::Mode(_)
        | WizardAction::Provider(_)
        | WizardAction::ProviderOther
        | WizardAction::Model(_)
        | WizardAction::ModelOther
        | WizardAction::Back
        | WizardAction::Cancel
        | WizardAction::Handoff
        | WizardAction::Change
        | WizardAction::ShowSummary
        | WizardAction::ChangeField(_) => Check::Cached,
    }
}

/// An edit's button: choosing the model PATCHes it, and asks Telegram now.
fn edit_check(action: EditAction) -> Check {
    match action {
        EditAction::Model(_) => Check::Fresh,
        EditAction::Provider(_) | EditAction::Cancel => Check::Cached,
    }
}

/// Refuses a message. A flow whose owner is no longer an admin ends here.
pub async fn refuse_message(cx: &Ctx<'_>, msg: &Message, why: Refusal) -> HandlerResult {
    // A refused hand-off message carries a secret: it goes all the same.
    let secret = cx.state.handed_off_by().is_some();
    let deleted = if secret { Some(intake::delete(cx, msg.id).await) } else { None };
    let text = refused(cx, why).await?;
    cx.bot.send_message(msg.chat.id, intake::lead(deleted.as_deref(), "\n", &text)).await?;
    Ok(())
}

/// What a refused message or secret is told; a flow whose owner is no longer an admin ends.
pub async fn refused(cx: &Ctx<'_>, why: Refusal) -> Result<String, HandlerError> {
    Ok(match why {
        Refusal::NotAdmin | Refusal::Anonymous | Refusal::NotOwner => {
            team::refused(cx.lang, why.into())
        }
        Refusal::NoLongerAdmin => {
            cx.dialogue.exit().await?;
            team::refused(cx.lang, why.into())
        }
    })
}

/// Refuses people picked for a managed bot: the refusal, and the picker goes.
pub async fn refuse_picked(cx: &Ctx<'_>, why: Refusal) -> HandlerResult {
    let text = refused(cx, why).await?;
    put_away(cx, text).await
}

/// Refuses a button press: an alert, nothing else.
pub async fn refuse_button(cx: &Ctx<'_>, query: &CallbackQuery, why: Refusal) -> HandlerResult {
    let text = team::refused_press(cx.lang, why.into());
    cx.bot.answer_callback_query(query.id.clone()).text(text).show_alert(true).await?;
    Ok(())
}

/// A member's status changed in a group: what was cached of it is no longer true.
pub async fn member_changed(update: &ChatMemberUpdated, app: &App) -> HandlerResult {
    app.admins.forget(update.chat.id.0, update.new_chat_member.user.id.0);
    Ok(())
}
