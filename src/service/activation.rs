//! Buying a slot and activating it with a wizard's answers: right after the wizard (a slot
//! that was already paid) and from the tracker (a slot whose payment it just saw).

use serde::{Deserialize, Serialize};
use teloxide::types::{ChatId, UserId};

use super::ServiceError;
use crate::{
    api::{ActivateRequest, ApiClient, ApiMode, Assistant, DeploymentId, ErrorCode, Status},
    conversation::{Draft, SecretText},
    storage::{Db, deployments::KnownDeployment},
    urls::CallbackUrls,
};

/// Everything an activation needs, complete. Stored sealed while a payment is awaited.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ActivationDraft {
    /// Billing mode of the slot.
    pub mode: ApiMode,
    /// Assistant name.
    pub name: String,
    /// Provider (sent for byok only).
    pub provider: String,
    /// Model id.
    pub model: String,
    /// The assistant's bot token.
    pub bot_token: SecretText,
    /// The assistant bot's @username.
    pub bot_username: Option<String>,
    /// The byok model key.
    pub model_key: Option<SecretText>,
    /// The assistant bot's user id, when this bot created it (a managed bot).
    #[serde(default)]
    pub managed_bot: Option<u64>,
}

impl ActivationDraft {
    /// A complete draft, or `None` while something is missing.
    pub fn from_draft(draft: &Draft) -> Option<Self> {
        let mode = draft.mode.clone()?;
        if mode.is_byok() && draft.model_key.is_none() {
            return None;
        }
        Some(Self {
            name: draft.name.clone()?,
            provider: draft.provider.clone()?,
            model: draft.model.clone()?,
            bot_token: draft.bot_token.clone()?,
            bot_username: draft.bot_username.clone(),
            model_key: draft.model_key.clone(),
            managed_bot: draft.managed_bot,
            mode,
        })
    }

    /// Back into a wizard draft (to ask again for what the service refused).
    pub fn into_draft(self) -> Draft {
        Draft {
            mode: Some(self.mode),
            name: Some(self.name),
            provider: Some(self.provider),
            model: Some(self.model),
            bot_token: Some(self.bot_token),
            bot_username: self.bot_username,
            model_key: self.model_key,
            managed_bot: self.managed_bot,
        }
    }

    fn request(&self, callback_url: Option<String>) -> ActivateRequest {
        let byok = self.mode.is_byok();
        ActivateRequest {
            name: self.name.clone(),
            // Managed modes are always openrouter; the API sets that itself.
            model_provider: byok.then(|| self.provider.clone()),
            model_id: self.model.clone(),
            telegram_bot_token: self.bot_token.0.clone(),
            model_api_key: if byok { self.model_key.as_ref().map(|k| k.0.clone()) } else { None },
            callback_url,
        }
    }
}

/// A slot just bought: recorded, with the wizard's answers waiting (sealed) for its payment.
#[derive(Debug, Clone)]
pub struct Bought {
    /// The slot as the bot now knows it.
    pub known: KnownDeployment,
    /// Where the user pays; `None` for a slot adopted after the purchase's answer was lost
    /// (the list does not carry checkout links).
    pub checkout_url: Option<String>,
}

/// Buys a slot of `draft.mode` for `chat` and keeps `draft` for the activation once paid.
///
/// Never twice for one call: when the purchase's answer is lost (a timeout, a 5xx, a cut
/// connection) the slot may exist all the same, so the account's list is checked and a slot
/// that appeared is adopted before the error is reported.
pub async fn buy(
    db: &Db,
    api: &ApiClient,
    chat: ChatId,
    draft: &ActivationDraft,
) -> Result<Bought, ServiceError> {
    let key = super::keys::of(db, chat).await?;
    let purchase = match api.purchase(&key, draft.mode.clone()).await {
        Ok(purchase) => purchase,
        Err(e) if e.is_transient() => {
            tracing::info!(chat = chat.0, error = %e, "a purchase got no answer; looking for its slot");
            return match reconcile(db, api, chat, draft).await? {
                Some(bought) => Ok(bought),
                None => Err(e.into()),
            };
        }
        Err(e) => return Err(e.into()),
    };
    let id = purchase.deployment_id;
    // From here the slot exists: record it before anything else can fail.
    let known = db.record_purchase(chat, &id, &draft.mode, Some(&draft.name)).await?;
    db.save_pending_activation(chat, &id, draft).await?;
    // For the card's Pay, should the user pay after the bot stopped waiting.
    db.save_checkout_link(&id, &purchase.checkout_url).await?;
    Ok(Bought { known, checkout_url: Some(purchase.checkout_url) })
}

/// Looks for a slot that a purchase for `chat` created but whose answer never arrived: a slot
/// of `draft.mode` waiting for payment (or paid, not activated) that the bot does not know
/// in any chat. The newest is adopted: recorded for `chat`, with `draft` waiting for its
/// payment. `None` when there is none (buying again is then safe).
pub async fn reconcile(
    db: &Db,
    api: &ApiClient,
    chat: ChatId,
    draft: &ActivationDraft,
) -> Result<Option<Bought>, ServiceError> {
    let key = super::keys::of(db, chat).await?;
    let listed = api.list(&key).await?;
    let mut found = None;
    for assistant in listed {
        let fits = matches!(assistant.status, Status::PendingPayment | Status::Purchased)
            && assistant.api_mode.as_ref() == Some(&draft.mode);
        if fits && !db.is_known_anywhere(&assistant.id).await? {
            // RFC 3339 times compare as text; the newest is the one just bought.
            let newer = |other: &Assistant| other.created_at < assistant.created_at;
            if found.as_ref().is_none_or(newer) {
                found = Some(assistant);
            }
        }
    }
    let Some(slot) = found else { return Ok(None) };
    tracing::info!(chat = chat.0, deployment = %slot.id, "adopted the slot of a purchase whose answer was lost");
    let known = db.record_purchase(chat, &slot.id, &draft.mode, Some(&draft.name)).await?;
    db.save_pending_activation(chat, &slot.id, draft).await?;
    Ok(Some(Bought { known, checkout_url: None }))
}

/// [`reconcile`] for a purchase sent at `sent` (unix seconds) by a run that crashed: the
/// request may still be on its way to the API, so an empty answer is believed only once it
/// can no longer arrive (the client's timeout after `sent`); until then the list is asked
/// again every half second.
pub async fn reconcile_since(
    db: &Db,
    api: &ApiClient,
    chat: ChatId,
    draft: &ActivationDraft,
    sent: Option<i64>,
) -> Result<Option<Bought>, ServiceError> {
    // The run may have got as far as recording the slot: then it is this wizard's (known
    // slots are never adopted from the list).
    if let Some(sent) = sent
        && let Some(known) = db.bought_since(chat, &draft.mode, &draft.name, sent).await?
    {
        if known.status == Status::PendingPayment.as_str() {
            let id = DeploymentId(known.deployment_id.clone());
            db.keep_pending_activation(chat, &id, draft).await?;
        }
        return Ok(Some(Bought { known, checkout_url: None }));
    }
    let timeout = api.timeout().as_secs() as i64 + 1;
    loop {
        let found = reconcile(db, api, chat, draft).await?;
        let settled = sent.is_none_or(|sent| crate::storage::unix_now() > sent + timeout);
        if found.is_some() || settled {
            return Ok(found);
        }
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
}

/// Activates slot `id` of `chat` and records the result.
///
/// A 409 from a slot that is already deploying or live counts as done: the activation that
/// got there first may have been cut short by a crash before it was recorded.
pub async fn activate(
    db: &Db,
    api: &ApiClient,
    callbacks: &CallbackUrls,
    chat: ChatId,
    id: &DeploymentId,
    draft: &ActivationDraft,
) -> Result<Assistant, ServiceError> {
    let key = super::keys::of(db, chat).await?;
    let known = db.deployment(chat, id).await?;
    let callback = known.as_ref().and_then(|_| callbacks.fresh());
    let request = draft.request(callback.as_ref().map(|c| c.url.clone()));
    let assistant = match api.activate(&key, id, &request).await {
        Ok(assistant) => assistant,
        Err(e) if e.code() == Some(&ErrorCode::InvalidState) => {
            let current = api.get(&key, id).await?;
            if !matches!(current.status, Status::Deploying | Status::Active) {
                return Err(e.into());
            }
            current
        }
        Err(e) => return Err(e.into()),
    };
    let recorded = db.record_assistant(chat, &assistant).await?;
    // The API took the callback URL: only now does its token replace the previous one.
    if let Some(callback) = callback {
        db.set_callback_hash(recorded.handle, &callback.hash).await?;
    }
    let managed = draft.managed_bot.map(UserId);
    db.set_bot(chat, id, draft.bot_username.as_deref(), managed).await?;
    // Kept for the watch on the assistant's bot, for as long as the assistant exists.
    match managed {
        Some(_) => db.watch_managed_bot(recorded.handle).await?,
        None => db.keep_bot_token(recorded.handle, &draft.bot_token.0).await?,
    }
    Ok(assistant)
}

/// The status a slot is in now (to explain a refused activation); `None` if unknown.
pub async fn current_status(
    db: &Db,
    api: &ApiClient,
    chat: ChatId,
    id: &DeploymentId,
) -> Option<Status> {
    let key = db.api_key(chat).await.ok().flatten()?;
    api.status(&key, id).await.ok().map(|s| s.status)
}
