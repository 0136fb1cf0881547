//! Secrets pasted into a group anyway: deleted when the bot may, and the sender told to
//! rotate them.

use secrecy::ExposeSecret as _;
use teloxide::prelude::*;

use super::audit::actor;
use crate::{
    app::{App, TgBot},
    bot::{HandlerResult, context::Ctx},
    service::input::looks_like_secret,
};

/// Whether text in a group looks like a secret someone pasted by mistake: a bot token, a
/// well-known key prefix, or the group's own API key.
pub async fn is_leak(msg: Message, app: App) -> bool {
    if msg.chat.is_private() {
        return false;
    }
    let Some(text) = msg.text() else { return false };
    if text.split_whitespace().any(looks_like_secret) {
        return true;
    }
    match app.db.api_key(msg.chat.id).await {
        Ok(Some(key)) => {
            let secret = key.secret().expose_secret();
            !secret.is_empty() && text.contains(secret)
        }
        _ => false,
    }
}

/// A secret pasted into a group: deleted when the bot may, and the sender told to rotate it.
pub async fn on_leak(bot: TgBot, msg: Message, ctx: Ctx) -> HandlerResult {
    warn(&bot, &msg, &ctx).await
}

/// Deletes `msg` (a secret in a group) and tells its sender to rotate it.
pub async fn warn(bot: &TgBot, msg: &Message, ctx: &Ctx) -> HandlerResult {
    let deleted = bot.delete_message(msg.chat.id, msg.id).await.is_ok();
    let who = msg.from.as_ref().map(|u| actor(u).name).unwrap_or_default();
    let args = [("who", who.into())];
    let text = if deleted {
        ctx.lang.t_args("team-secret-deleted", &args)
    } else {
        ctx.lang.t_args("team-secret-not-deleted", &args)
    };
    bot.send_message(msg.chat.id, text).await?;
    Ok(())
}
