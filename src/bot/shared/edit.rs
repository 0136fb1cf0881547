//! Applying a change to an assistant: the PATCH, then the offer to redeploy (when its state
//! allows one) and the card. An edit, a managed bot's new token and a group's secret handed off
//! to a private chat all end here.

use teloxide::prelude::*;

use crate::{
    api::{ErrorCode, UpdateRequest},
    bot::{HandlerError, context::Ctx, shared::audit},
    present::{
        errors::{Failure, explain},
        manage,
    },
    service::{
        ServiceError,
        assistants::{self, TokenBot, may_redeploy},
        audit::Audited,
    },
    storage::deployments::KnownDeployment,
};

/// A change to one assistant.
#[derive(Debug)]
pub struct Change<'a> {
    /// The assistant, as the bot knows it.
    pub known: &'a KnownDeployment,
    /// What changes.
    pub request: UpdateRequest,
    /// The bot a new token belongs to.
    pub token_bot: Option<TokenBot>,
}

/// Sends the PATCH of `change` for the chat of `cx`, or for `group` (a group's assistant,
/// changed from a private chat after a hand-off; that group hears how it went, in its
/// language). Returns `None` when it was saved, else what that chat was told. On success
/// offers Redeploy (when the state allows it) and the card there. `asked`: a conversation of
/// `cx` asked for the change, and is left when it is done (not so for a card's button).
pub async fn apply(
    cx: &Ctx<'_>,
    group: Option<ChatId>,
    change: Change<'_>,
    asked: bool,
) -> Result<Option<String>, HandlerError> {
    let Change { known, request, token_bot } = change;
    let (chat, lang) = match group {
        Some(group) => (group, cx.app.chat_lang(group).await),
        None => (cx.chat, cx.lang),
    };
    let leave = || async {
        if asked {
            cx.dialogue.exit().await?;
        }
        Ok::<_, HandlerError>(())
    };
    match assistants::edit(&cx.app.db, &cx.app.api, chat, known, &request, token_bot.as_ref()).await
    {
        Ok(fresh) => {
            leave().await?;
            let name = fresh.display_name();
            let (text, markup) = manage::edit_saved(lang, &fresh, may_redeploy(&fresh.status()));
            cx.bot.send_message(chat, text).reply_markup(markup).await?;
            audit::record(cx, chat, lang, Audited::Edited, &name).await?;
            Ok(None)
        }
        Err(ServiceError::NoKey) => {
            leave().await?;
            let why = explain(lang, &cx.app.dashboard(), Failure::NoKey);
            cx.bot.send_message(chat, why.clone()).await?;
            Ok(Some(why))
        }
        // The value does not fit: ask again, stay in the edit.
        Err(ServiceError::Api(e)) if e.code() == Some(&ErrorCode::InvalidInput) => {
            let why = explain(lang, &cx.app.dashboard(), Failure::Api(&e));
            cx.bot.send_message(chat, why.clone()).await?;
            Ok(Some(why))
        }
        Err(ServiceError::Api(e)) => {
            leave().await?;
            let why = explain(lang, &cx.app.dashboard(), Failure::Api(&e));
            let markup = manage::open_card(lang, known.handle);
            cx.bot.send_message(chat, why.clone()).reply_markup(markup).await?;
            Ok(Some(why))
        }
        Err(e) => Err(e.into()),
    }
}
