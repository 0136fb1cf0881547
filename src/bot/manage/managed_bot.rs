//! The card of an assistant whose bot this bot created (a managed bot): a new token, and who
//! can talk to the bot.
//!
//! - New token: replaceManagedBotToken, then the API's PATCH of `telegramBotToken`, then the
//!   offer to redeploy (`shared::edit::apply`). Like any edit, only while the assistant is not
//!   running (the API refuses the PATCH otherwise), so the old token is never revoked under
//!   a running assistant.
//! - Who can talk to it: everyone, only its owner, or (in a private chat) its owner and up to
//!   ten people picked with Telegram's "choose users" button (`request_users`, whose
//!   `request_id` is the card's handle, so the answer needs no conversation state).

use teloxide::{
    prelude::*,
    types::{MessageId, UsersShared},
};

use super::{draw_card, draw_other, show_list};
use crate::{
    api::{Status, UpdateRequest},
    bot::{
        HandlerResult,
        context::Ctx,
        shared::{
            edit::{Change, apply},
            newbot::put_away,
        },
    },
    managed_bots::{MAX_ADDED_USERS, methods},
    present::{
        bots, cards,
        manage::{self, Note},
    },
    service::assistants::{self, Refreshed, TokenBot},
    storage::deployments::KnownDeployment,
};

/// The managed bot's id and @username, when `known` uses one.
fn managed(known: &KnownDeployment) -> Option<(UserId, String)> {
    let id = UserId(u64::try_from(known.managed_bot_id?).ok()?);
    Some((id, known.bot_username.clone().unwrap_or_default()))
}

/// New token, pressed on the card `known`.
pub(super) async fn new_token(
    cx: &Ctx<'_>,
    message: MessageId,
    known: KnownDeployment,
) -> HandlerResult {
    let lang = cx.lang;
    let Some((bot_id, username)) = managed(&known) else {
        return draw_card(cx, message, &known, None).await;
    };
    // The status as the API has it now: replacing the token of a running assistant would cut
    // it off, and the API would refuse the PATCH that follows.
    let known = match assistants::refresh(&cx.app.db, &cx.app.api, cx.chat, &known).await? {
        Refreshed::Fresh(fresh) => *fresh,
        Refreshed::Gone => {
            return show_list(cx, message, 0, Some(&manage::note(lang, Note::Gone))).await;
        }
    };
    if matches!(known.status(), Status::Active | Status::Deploying) {
        return draw_other(cx, message, cards::stop_first(lang, &known)).await;
    }
    let token = match methods::replace_token(cx.bot.inner(), bot_id).await {
        Ok(token) => token,
        Err(e) => {
            tracing::warn!(bot = bot_id.0, error = %e, "replaceManagedBotToken failed");
            let note = bots::new_token(lang, &username, false);
            return draw_card(cx, message, &known, Some(note)).await;
        }
    };
    let done = bots::new_token(lang, &username, true);
    let request = UpdateRequest { telegram_bot_token: Some(token), ..Default::default() };
    let token_bot = TokenBot { username, managed: Some(bot_id) };
    // Done only once the assistant has it. If the PATCH fails the chat hears why, and New
    // token again makes another (the one just made is lost, but it was never used).
    let change = Change { known: &known, request, token_bot: Some(token_bot) };
    if apply(cx, None, change, false).await?.is_none() {
        draw_card(cx, message, &known, Some(done)).await?;
    }
    Ok(())
}

/// Who can talk to it, and the choices.
pub(super) async fn show_access(
    cx: &Ctx<'_>,
    message: MessageId,
    known: KnownDeployment,
) -> HandlerResult {
    let Some((bot_id, _)) = managed(&known) else {
        return draw_card(cx, message, &known, None).await;
    };
    let settings = match methods::access(cx.bot.inner(), bot_id).await {
        Ok(settings) => Some(settings),
        Err(e) => {
            tracing::warn!(bot = bot_id.0, error = %e, "getManagedBotAccessSettings failed");
            None
        }
    };
    let view = cards::access_view(cx.lang, &known, settings.as_ref(), cx.chat.is_user());
    draw_other(cx, message, view).await
}

/// Everyone (`None`) or only the owner (`Some(empty)`), pressed on the access view.
pub(super) async fn set_access(
    cx: &Ctx<'_>,
    message: MessageId,
    known: KnownDeployment,
    only: Option<Vec<UserId>>,
) -> HandlerResult {
    let Some((bot_id, username)) = managed(&known) else {
        return draw_card(cx, message, &known, None).await;
    };
    let to_owner = only.is_some();
    let note = match methods::set_access(cx.bot.inner(), bot_id, only).await {
        Ok(()) => bots::access_set(cx.lang, &username, to_owner),
        Err(e) => {
            tracing::warn!(bot = bot_id.0, error = %e, "setManagedBotAccessSettings failed");
            bots::access_failed(cx.lang)
        }
    };
    draw_card(cx, message, &known, Some(note)).await
}

/// "Me and people I choose…": Telegram's own user picker, as a reply keyboard (private chats
/// only); the people come back in a `users_shared` message ([`on_shared`]).
pub(super) async fn pick(
    cx: &Ctx<'_>,
    message: MessageId,
    known: KnownDeployment,
) -> HandlerResult {
    let (Some((_, username)), Ok(request)) = (managed(&known), i32::try_from(known.handle)) else {
        return draw_card(cx, message, &known, None).await;
    };
    if !cx.chat.is_user() {
        return draw_card(cx, message, &known, None).await;
    }
    let max = MAX_ADDED_USERS as u8;
    let (text, markup) = bots::access_pick(cx.lang, &username, request, max);
    cx.bot.send_message(cx.chat, text).reply_markup(markup).await?;
    Ok(())
}

/// The people picked for the managed bot of the card whose handle is the request's id: its
/// owner and they may talk to it from now on.
pub async fn on_shared(cx: &Ctx<'_>, shared: &UsersShared) -> HandlerResult {
    let chat = cx.chat;
    if !chat.is_user() {
        return Ok(());
    }
    let handle = i64::from(shared.request_id.0);
    let known = assistants::by_handle(&cx.app.db, chat, handle).await?;
    let Some((known, (bot_id, username))) = known.and_then(|k| managed(&k).map(|m| (k, m))) else {
        // Not a picker of ours (or its assistant is gone): nothing to change.
        return put_away(cx, manage::note(cx.lang, Note::Gone)).await;
    };
    let ids: Vec<UserId> =
        shared.users.iter().map(|user| user.user_id).take(MAX_ADDED_USERS).collect();
    let count = ids.len();
    let text = match methods::set_access(cx.bot.inner(), bot_id, Some(ids)).await {
        Ok(()) => bots::access_set_some(cx.lang, &username, count),
        Err(e) => {
            tracing::warn!(bot = bot_id.0, error = %e, "setManagedBotAccessSettings failed");
            bots::access_failed(cx.lang)
        }
    };
    tracing::debug!(handle = known.handle, count, "access of a managed bot set to picked users");
    put_away(cx, text).await
}
