//! Pay later on the card: 💳 Pay while a slot waits for its payment, and a payment noticed
//! when the card is opened or refreshed.

use teloxide::types::{InlineKeyboardMarkup, MessageId};

use super::draw_card;
use crate::{
    bot::{HandlerError, HandlerResult, context::Ctx},
    present::{
        errors::{Failure, explain_on_card},
        notices, pay_later as texts,
    },
    service::{
        ServiceError,
        pay_later::{self, Noticed},
    },
    storage::deployments::KnownDeployment,
};

/// The card `view` of `known`, with 💳 Pay when it waits for a payment and the bot kept its
/// checkout link.
pub(super) async fn with_pay(
    cx: &Ctx<'_>,
    known: &KnownDeployment,
    view: (String, InlineKeyboardMarkup),
) -> Result<(String, InlineKeyboardMarkup), HandlerError> {
    Ok(match pay_later::checkout_link(&cx.app.db, known).await? {
        Some(link) => texts::with_pay(cx.lang, view, &link),
        None => view,
    })
}

/// The card of a deployment just refreshed (`before`, as the card knew it; `fresh`): a slot
/// found paid is activated as the payment watcher would, and the card says so.
pub(super) async fn refreshed(
    cx: &Ctx<'_>,
    message: MessageId,
    before: &KnownDeployment,
    fresh: KnownDeployment,
    note: Option<String>,
) -> HandlerResult {
    let (app, lang) = (cx.app, cx.lang);
    let noticed =
        pay_later::notice_payment(&app.db, &app.api, &app.callbacks, cx.chat, before, &fresh).await;
    let (shown, paid) = match noticed {
        Ok(Noticed::Activated { name }) => {
            let now = app.db.deployment(cx.chat, &fresh.id()).await?;
            (now.unwrap_or(fresh), Some(notices::paid_deploying(lang, name)))
        }
        Ok(Noticed::ToFinish) => (fresh, Some(texts::paid_to_finish(lang))),
        Ok(Noticed::Nothing) => (fresh, None),
        Err(ServiceError::Api(e)) => {
            (fresh, Some(explain_on_card(lang, &app.dashboard(), Failure::Api(&e))))
        }
        Err(ServiceError::NoKey) => {
            (fresh, Some(explain_on_card(lang, &app.dashboard(), Failure::NoKey)))
        }
        Err(e) => return Err(e.into()),
    };
    let note = [note, paid].into_iter().flatten().collect::<Vec<_>>().join("\n");
    draw_card(cx, message, &shown, (!note.is_empty()).then_some(note)).await
}
