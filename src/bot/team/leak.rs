//! Secrets pasted into a group anyway: deleted when the bot may, and the sender told to
//! rotate them. This runs before anything else looks at a group message (the admin gate
//! included), so a member's `/setkey <key>` is out of sight as fast as an admin's; a message
//! edited to carry a secret, and a caption, are looked at too.

use secrecy::ExposeSecret as _;
use teloxide::prelude::*;

use crate::bot::shared::audit::actor;
use crate::{
    app::{App, TgBot},
    bot::{HandlerResult, context::Ctx},
    i18n::Lang,
    present::team,
    service::input::carries_secret,
};

/// Whether text in a group carries a secret someone pasted by mistake: a bot token, a
/// well-known key prefix, the group's own API key, or anything after `/setkey`.
pub async fn is_leak(msg: &Message, app: &App) -> bool {
    if msg.chat.is_private() {
        return false;
    }
    // A photo's caption can carry a key as well as a text can.
    let Some(text) = msg.text().or_else(|| msg.caption()) else { return false };
    if carries_secret(text) {
        return true;
    }
    // The group's own key, read (and opened) only for a text that could hold one: no API key
    // is that short, and most group messages are.
    if text.len() < 8 {
        return false;
    }
    match app.db.api_key(msg.chat.id).await {
        Ok(Some(key)) => {
            let secret = key.secret().expose_secret();
            !secret.is_empty() && text.contains(secret)
        }
        _ => false,
    }
}

/// The schema's first look at a group message: a leaked secret is deleted and its sender
/// warned. Returns whether that was all there was to it; a command goes on to its handler
/// (an admin's `/setkey <key>` still gets the private link), plain text stops here.
pub async fn scrub(cx: &Ctx<'_>, msg: &Message) -> bool {
    if !is_leak(msg, cx.app).await {
        return false;
    }
    warn_logged(cx.bot, msg, cx.lang).await;
    !msg.text().is_some_and(|t| t.starts_with('/'))
}

/// A group's message edited to carry a secret: looked at like a new one. It changes no state,
/// so it needs no turn and no conversation, and its chat's language is read only for a leak.
pub async fn scrub_edited(msg: &Message, bot: &TgBot, app: &App) {
    if is_leak(msg, app).await {
        let code = msg.from.as_ref().and_then(|u| u.language_code.as_deref());
        warn_logged(bot, msg, app.lang_for(Some(msg.chat.id), code).await).await;
    }
}

async fn warn_logged(bot: &TgBot, msg: &Message, lang: Lang) {
    if let Err(e) = warn(bot, msg, lang).await {
        tracing::warn!(chat = msg.chat.id.0, error = %e, "could not warn about a leaked secret");
    }
}

/// Deletes `msg` (a secret in a group) and tells its sender to rotate it.
pub async fn warn(bot: &TgBot, msg: &Message, lang: Lang) -> HandlerResult {
    let deleted = bot.delete_message(msg.chat.id, msg.id).await.is_ok();
    let who = msg.from.as_ref().map(|u| actor(u).name).unwrap_or_default();
    bot.send_message(msg.chat.id, team::leaked(lang, who, deleted)).await?;
    Ok(())
}
