//! Who did what in a group: kept, and posted there as one line.

use teloxide::{prelude::*, types::User};

use crate::{
    app::{App, TgBot},
    bot::{HandlerResult, context::Ctx},
    i18n::Lang,
    present::audit::{self as lines, clean_name},
    service::audit::{self, Actor, Audited},
    storage::StorageError,
};

/// How the group knows `user`: @username, else the first name.
pub fn actor(user: &User) -> Actor {
    let name = user.username.as_ref().map_or_else(|| user.first_name.clone(), |u| format!("@{u}"));
    Actor { id: user.id, name: clean_name(&name) }
}

/// Records what `user` did in `chat` and, in a group, posts it there as one line.
pub async fn record(
    bot: &TgBot,
    app: &App,
    chat: ChatId,
    user: &User,
    what: Audited,
    target: &str,
    lang: Lang,
) -> Result<(), StorageError> {
    let actor = actor(user);
    if audit::record(&app.db, chat, &actor, what, target).await?
        && let Err(e) = bot.send_message(chat, lines::line(lang, &actor.name, what, target)).await
    {
        tracing::warn!(chat = chat.0, error = %e, "could not post an audit line");
    }
    Ok(())
}

/// /audit: the group's last 20 entries (admins only, by the schema's guard).
pub async fn show(bot: TgBot, msg: Message, ctx: Ctx, app: App) -> HandlerResult {
    let entries = app.db.audit_log(msg.chat.id, 20).await?;
    bot.send_message(msg.chat.id, lines::log(ctx.lang, &entries)).await?;
    Ok(())
}
