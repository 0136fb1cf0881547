//! Who did what in a group: kept, and posted there as one line. Every conversation that
//! changes something records it here.

use teloxide::{prelude::*, types::User};

use crate::{
    bot::context::Ctx,
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

/// Records what the actor of `cx` did in `chat` (the chat of `cx`, or the group a hand-off
/// acts for) and, in a group, posts it there as one line, in `lang` (that chat's).
pub async fn record(
    cx: &Ctx<'_>,
    chat: ChatId,
    lang: Lang,
    what: Audited,
    target: &str,
) -> Result<(), StorageError> {
    let Some(user) = cx.actor else { return Ok(()) };
    let actor = actor(user);
    if audit::record(&cx.app.db, chat, &actor, what, target).await?
        && let Err(e) =
            cx.bot.send_message(chat, lines::line(lang, &actor.name, what, target)).await
    {
        tracing::warn!(chat = chat.0, error = %e, "could not post an audit line");
    }
    Ok(())
}
