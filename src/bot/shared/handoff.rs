//! The one-time link that takes a group's secret to a private chat (`team::handoff` redeems
//! it there).

use teloxide::{
    prelude::*,
    types::{InlineKeyboardButton, Me, User},
};

use crate::{
    app::App,
    bot::{HandlerResult, context::Ctx},
    present::keyboard::keyboard,
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
    let nonce = links::create(app, group, user.id, purpose).await?;
    let mut link = me.tme_url();
    link.set_query(Some(&format!("start={nonce}")));
    Ok(link)
}

/// Posts `text` in the group of `cx` with a "Continue in private chat" button for its actor.
pub async fn offer(cx: &Ctx<'_>, me: &Me, purpose: Purpose, text: String) -> HandlerResult {
    let Some(user) = cx.actor else { return Ok(()) };
    let link = link(cx.app, me, cx.chat, user, purpose).await?;
    let open = InlineKeyboardButton::url(cx.lang.t("btn-continue-private"), link);
    cx.bot.send_message(cx.chat, text).reply_markup(keyboard(vec![vec![open]])).await?;
    Ok(())
}
