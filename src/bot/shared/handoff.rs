//! The one-time link that takes a group's secret to a private chat (`team::handoff` redeems
//! it there).

use teloxide::{
    prelude::*,
    types::{Me, User},
};

use crate::{
    app::App,
    bot::{HandlerResult, context::Ctx},
    present::team,
    service::handoff::{self as links, Purpose},
    storage::StorageError,
};

/// The link `t.me/<bot>?start=<nonce>` for `user` to bring a secret for `group`.
pub async fn link(
    app: &App,
    me: &Me,
    group: ChatId,
    user: &User,
    purpose: Purpose,
) -> Result<url::Url, StorageError> {
    let nonce = links::create(&app.db, group, user.id, purpose).await?;
    let mut link = me.tme_url();
    link.set_query(Some(&format!("start={nonce}")));
    Ok(link)
}

/// Posts `text` in the group of `cx` with a "Continue in private chat" button for its actor.
pub async fn offer(cx: &Ctx<'_>, me: &Me, purpose: Purpose, text: String) -> HandlerResult {
    let Some(user) = cx.actor else { return Ok(()) };
    let link = link(cx.app, me, cx.chat, user, purpose).await?;
    let markup = team::continue_private(cx.lang, link);
    cx.bot.send_message(cx.chat, text).reply_markup(markup).await?;
    Ok(())
}
