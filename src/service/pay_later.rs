//! Pay later: an unpaid slot's card offers its checkout link, and opening or refreshing the
//! card notices a payment, activating the slot as the payment watcher does when the wizard's
//! answers still wait for it.

use teloxide::types::ChatId;

use super::{ServiceError, activation::ActivationDraft};
use crate::{
    api::{ApiClient, Status},
    storage::{Db, deployments::KnownDeployment},
    urls::CallbackUrls,
};

/// What a card's refresh found out about a slot's payment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Noticed {
    /// Paid, and activated with the answers that waited for it: `name` is starting.
    Activated {
        /// The assistant's name, from the answers.
        name: String,
    },
    /// Paid since the card was last drawn, with no answers kept: the card's Finish setup asks
    /// for them.
    ToFinish,
    /// Nothing new about a payment.
    Nothing,
}

/// The checkout link of `known`, while it waits for its payment.
pub async fn checkout_link(
    db: &Db,
    known: &KnownDeployment,
) -> Result<Option<String>, ServiceError> {
    if known.status() != Status::PendingPayment {
        return Ok(None);
    }
    Ok(db.checkout_link(&known.id()).await?)
}

/// Looks at a slot a card just refreshed (`before` as the card knew it, `fresh` as the API
/// has it now): a slot found paid is activated with the answers kept for it, claimed as the
/// tracker claims them, so one of the two activates it.
pub async fn notice_payment(
    db: &Db,
    api: &ApiClient,
    callbacks: &CallbackUrls,
    chat: ChatId,
    before: &KnownDeployment,
    fresh: &KnownDeployment,
) -> Result<Noticed, ServiceError> {
    if fresh.status() != Status::Purchased {
        return Ok(Noticed::Nothing);
    }
    let id = fresh.id();
    db.drop_checkout_link(&id).await?;
    let Some(draft) = db.claim_pending_activation::<ActivationDraft>(chat, &id).await? else {
        let news = before.status() == Status::PendingPayment;
        return Ok(if news { Noticed::ToFinish } else { Noticed::Nothing });
    };
    match super::activation::activate(db, api, callbacks, chat, &id, &draft).await {
        Ok(_) => {
            db.drop_pending_activation(chat, &id, false).await?;
            Ok(Noticed::Activated { name: draft.name })
        }
        Err(e) => {
            // The watcher tries again on its next round and handles the refusal (a refused
            // model reopens the wizard there).
            db.release_pending_activation(chat, &id).await?;
            Err(e)
        }
    }
}
