//! Who may change things: in a private chat, its user; in a group, its admins only. The role
//! is resolved once per update (cached for a minute, so a busy group costs one lookup per
//! member per minute); the schema refuses everyone else before any handler runs.

use teloxide::{prelude::*, types::Update};

use crate::{
    app::{App, TgBot},
    bot::{HandlerResult, context::Ctx},
};

/// The sender's standing in the chat of the update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A private chat: its user owns everything in it.
    Private,
    /// A group's creator or administrator (or an anonymous admin).
    Admin,
    /// Anyone else in a group.
    Member,
}

impl Role {
    /// Whether the sender may change the chat's key and assistants.
    pub fn may_manage(self) -> bool {
        !matches!(self, Self::Member)
    }
}

/// Resolves the sender's role for `update`.
pub async fn resolve_role(update: &Update, bot: &TgBot, app: &App) -> Role {
    let Some(chat) = update.chat() else { return Role::Member };
    if chat.is_private() {
        return Role::Private;
    }
    // An anonymous admin writes as the group itself.
    if let teloxide::types::UpdateKind::Message(msg) = &update.kind
        && msg.sender_chat.as_ref().is_some_and(|c| c.id == chat.id)
    {
        return Role::Admin;
    }
    let Some(user) = update.from() else { return Role::Member };
    if let Some(admin) = app.admins.get(chat.id.0, user.id.0) {
        return if admin { Role::Admin } else { Role::Member };
    }
    let admin = match bot.get_chat_member(chat.id, user.id).await {
        Ok(member) => member.kind.is_privileged(),
        Err(e) => {
            // Unknown means no: a failed lookup must not grant rights.
            tracing::warn!(chat = chat.id.0, error = %e, "could not check a member's status");
            return Role::Member;
        }
    };
    app.admins.put(chat.id.0, user.id.0, admin);
    if admin { Role::Admin } else { Role::Member }
}

/// A command only admins may use, sent by someone else.
pub async fn refuse_command(bot: TgBot, msg: Message, ctx: Ctx) -> HandlerResult {
    bot.send_message(msg.chat.id, ctx.lang.t("team-admins-only")).await?;
    Ok(())
}

/// A button only admins may press, pressed by someone else: an alert, nothing else.
pub async fn refuse_button(bot: TgBot, query: CallbackQuery, ctx: Ctx) -> HandlerResult {
    bot.answer_callback_query(query.id)
        .text(ctx.lang.t("team-admins-only"))
        .show_alert(true)
        .await?;
    Ok(())
}
