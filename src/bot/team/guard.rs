//! The one admin gate: in a private chat its user owns everything; in a group only its
//! admins may change anything, and a secret handed off from a group is applied only while its
//! sender is still an admin there.
//!
//! The schema asks this gate about every command, button press and conversation step. What
//! only starts or shows something trusts an admin status seen within the last minute; what
//! changes the group's key, buys, activates, edits, stops, redeploys, deletes or drops a
//! payment wait asks Telegram again right then, so a demoted or removed admin can do none of
//! it. A `chat_member` update drops what was cached for that member.

use teloxide::prelude::*;

use crate::{
    app::{App, TgBot},
    bot::{HandlerError, HandlerResult, commands::Command, context::Ctx, intake},
    conversation::{State, Step},
    present::buttons::{Button, CardAction, EditAction, WizardAction},
    service::groups,
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
    bot: &TgBot,
    app: &App,
    (group, user): (ChatId, UserId),
    check: Check,
    refusal: Refusal,
) -> Option<Refusal> {
    match check {
        Check::Nobody => None,
        _ if is_admin(bot, app, group, user, check == Check::Fresh).await => None,
        _ => Some(refusal),
    }
}

/// A command. `/cancel` and `/forgetkey` change something; the other admin commands only
/// start or show something.
pub async fn command(msg: &Message, cmd: &Command, bot: &TgBot, app: &App) -> Option<Refusal> {
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
    decide(bot, app, (msg.chat.id, user), check, Refusal::NotAdmin).await
}

/// Text that is not a command: a step of a conversation.
pub async fn text(msg: &Message, ctx: &Ctx, bot: &TgBot, app: &App) -> Option<Refusal> {
    let user = msg.from.as_ref()?.id;
    if let Some(group) = handed_off_to(app, &ctx.state).await {
        return decide(bot, app, (group, user), Check::Fresh, Refusal::NoLongerAdmin).await;
    }
    let (group, check) = match &ctx.state {
        _ if msg.chat.is_private() => return None,
        // Only the owner's messages move a flow (others are ignored by its handler).
        // A wizard cut short in `Submitting` resumes a purchase on its next message.
        State::Wizard(wizard) if wizard.owner == user.0 && wizard.step == Step::Submitting => {
            (msg.chat.id, Check::Fresh)
        }
        State::Wizard(wizard) if wizard.owner == user.0 => (msg.chat.id, Check::Cached),
        State::Editing(edit) if edit.owner == user.0 => (msg.chat.id, Check::Fresh),
        _ => return None,
    };
    decide(bot, app, (group, user), check, Refusal::NoLongerAdmin).await
}

/// A secret that did not come as a message (the form, a managed bot's token) for a
/// conversation in `state`: one handed off from a group needs its sender to be an admin there
/// still, asked of Telegram now.
pub async fn secret(bot: &TgBot, app: &App, state: &State, user: UserId) -> Option<Refusal> {
    let group = handed_off_to(app, state).await?;
    decide(bot, app, (group, user), Check::Fresh, Refusal::NoLongerAdmin).await
}

/// A wizard cut short in `Submitting`, resumed by the replay of the update that confirmed it
/// (`bot::replay`): in a group only for an admin, asked of Telegram now, as a live press or
/// message on that wizard is.
pub async fn resuming(bot: &TgBot, app: &App, chat: ChatId, user: UserId) -> Option<Refusal> {
    if chat.is_user() {
        return None;
    }
    decide(bot, app, (chat, user), Check::Fresh, Refusal::NoLongerAdmin).await
}

/// The group a hand-off conversation applies its secret to, if `state` is one.
async fn handed_off_to(app: &App, state: &State) -> Option<ChatId> {
    let group = ChatId(state.handed_off_by()?);
    // The group may have become a supergroup since the link was opened.
    Some(groups::current(app, group).await.unwrap_or(group))
}

/// A press on one of our buttons. A conversation's buttons are checked only when its owner
/// presses them (anyone else's press is stale to its handler).
pub async fn button(
    query: &CallbackQuery,
    button: &Button,
    ctx: &Ctx,
    bot: &TgBot,
    app: &App,
) -> Option<Refusal> {
    let chat = query.message.as_ref()?.chat().id;
    if chat.is_user() {
        return None;
    }
    let owner = match &ctx.state {
        State::Wizard(wizard) => Some(wizard.owner),
        State::Editing(edit) => Some(edit.owner),
        _ => None,
    };
    let flow = matches!(button, Button::Wizard { .. } | Button::Edit { .. });
    if flow && owner != Some(query.from.id.0) {
        return None;
    }
    // Any press on a wizard cut short in `Submitting` resumes its purchase.
    if flow && matches!(&ctx.state, State::Wizard(w) if w.step == Step::Submitting) {
        return decide(bot, app, (chat, query.from.id), Check::Fresh, Refusal::NoLongerAdmin).await;
    }
    let (check, refusal) = match button {
        Button::ListPage(_) | Button::Card(_) => (Check::Nobody, Refusal::NotAdmin),
        Button::Act { action: CardAction::Refresh, .. } => (Check::Nobody, Refusal::NotAdmin),
        Button::Act {
            action:
                CardAction::Stop
                | CardAction::Redeploy
                | CardAction::ConfirmDelete
                | CardAction::NewToken
                | CardAction::StopWaiting
                | CardAction::AccessEveryone
                | CardAction::AccessOwner,
            ..
        }
        | Button::FetchBotToken(_)
        | Button::Language(_) => (Check::Fresh, Refusal::NotAdmin),
        Button::Act { .. } => (Check::Cached, Refusal::NotAdmin),
        Button::Wizard { action: WizardAction::Confirm, .. }
        | Button::Edit { action: EditAction::Model(_), .. } => {
            (Check::Fresh, Refusal::NoLongerAdmin)
        }
        Button::Wizard { .. } | Button::Edit { .. } => (Check::Cached, Refusal::NoLongerAdmin),
    };
    decide(bot, app, (chat, query.from.id), check, refusal).await
}

/// Refuses a message. A flow whose owner is no longer an admin ends here.
pub async fn refuse_message(bot: TgBot, msg: Message, ctx: Ctx, why: Refusal) -> HandlerResult {
    let lang = ctx.lang;
    // A refused hand-off message carries a secret: it goes all the same.
    let secret = ctx.state.handed_off_by().is_some();
    let deleted =
        if secret { Some(intake::delete(&bot, msg.chat.id, msg.id, lang).await) } else { None };
    let text = refused(&ctx, why).await?;
    bot.send_message(msg.chat.id, intake::lead(deleted.as_deref(), "\n", &text)).await?;
    Ok(())
}

/// What a refused message or secret is told; a flow whose owner is no longer an admin ends.
pub async fn refused(ctx: &Ctx, why: Refusal) -> Result<String, HandlerError> {
    Ok(match why {
        Refusal::NotAdmin => ctx.lang.t("team-admins-only"),
        Refusal::Anonymous => ctx.lang.t("team-anonymous-admin"),
        Refusal::NoLongerAdmin => {
            ctx.dialogue.exit().await?;
            ctx.lang.t("team-no-longer-admin")
        }
    })
}

/// Refuses a button press: an alert, nothing else.
pub async fn refuse_button(
    bot: TgBot,
    query: CallbackQuery,
    ctx: Ctx,
    why: Refusal,
) -> HandlerResult {
    let text = match why {
        Refusal::NoLongerAdmin => ctx.lang.t("team-no-longer-admin"),
        _ => ctx.lang.t("team-admins-only"),
    };
    bot.answer_callback_query(query.id).text(text).show_alert(true).await?;
    Ok(())
}

/// A member's status changed in a group: what was cached of it is no longer true.
pub async fn member_changed(update: ChatMemberUpdated, app: App) -> HandlerResult {
    app.admins.forget(update.chat.id.0, update.new_chat_member.user.id.0);
    Ok(())
}
