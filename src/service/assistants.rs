//! A chat's assistants: the list merged with the API, a card's refresh, and the actions on
//! one assistant (stop, redeploy, delete, edit).

use teloxide::types::{ChatId, UserId};

use super::{ServiceError, keys};
use crate::{
    api::{ApiClient, ApiError, ErrorCode, RedeployRequest, Status, UpdateRequest},
    storage::{Db, StorageError, deployments::KnownDeployment, unix_now},
    urls::CallbackUrls,
};

/// What loading the list found.
#[derive(Debug)]
pub enum Listed {
    /// The API answered; the bot's records were merged with it.
    Fresh(Vec<KnownDeployment>),
    /// The API could not be reached: what the bot knew, and why.
    Offline(Vec<KnownDeployment>, ApiError),
}

/// Slots waiting for payment longer than this are dropped by the API (the reference: one
/// hour), so the bot stops listing them too.
const UNPAID_LIFETIME_SECS: i64 = 3600;

/// Merges the API's list into the bot's records and returns them.
///
/// The API is the truth about what exists, with one exception it documents itself: slots
/// waiting for payment are left out of its list, so those the bot knows are kept for the
/// hour the API keeps them.
pub async fn list(db: &Db, api: &ApiClient, chat: ChatId) -> Result<Listed, ServiceError> {
    let key = keys::of(db, chat).await?;
    let assistants = match api.list(&key).await {
        Ok(assistants) => assistants,
        Err(e) if e.is_transient() => {
            return Ok(Listed::Offline(db.deployments_of(chat).await?, e));
        }
        Err(e) => return Err(e.into()),
    };
    for assistant in &assistants {
        db.record_listed(chat, assistant).await?;
    }
    let now = unix_now();
    for known in db.deployments_of(chat).await? {
        let listed = assistants.iter().any(|a| a.id.as_str() == known.deployment_id);
        let unpaid_and_fresh = known.status() == Status::PendingPayment
            && now - known.updated_at < UNPAID_LIFETIME_SECS;
        if !listed && !unpaid_and_fresh {
            db.forget_deployment(chat, &known.id()).await?;
        }
    }
    Ok(Listed::Fresh(db.deployments_of(chat).await?))
}

/// The deployment with chat-local `handle` in `chat` (a forged or stale handle finds nothing).
pub async fn by_handle(
    db: &Db,
    chat: ChatId,
    handle: i64,
) -> Result<Option<KnownDeployment>, StorageError> {
    db.deployment_by_handle(chat, handle).await
}

/// What a refresh of one assistant found.
#[derive(Debug)]
pub enum Refreshed {
    /// The API's current view, recorded.
    Fresh(Box<KnownDeployment>),
    /// The API no longer knows it; it was forgotten.
    Gone,
}

/// Fetches one assistant, and records (or forgets) it.
pub async fn refresh(
    db: &Db,
    api: &ApiClient,
    chat: ChatId,
    known: &KnownDeployment,
) -> Result<Refreshed, ServiceError> {
    let key = keys::of(db, chat).await?;
    match api.get(&key, &known.id()).await {
        Ok(assistant) => Ok(Refreshed::Fresh(Box::new(db.record_listed(chat, &assistant).await?))),
        Err(e) if e.code() == Some(&ErrorCode::NotFound) => {
            db.forget_deployment(chat, &known.id()).await?;
            Ok(Refreshed::Gone)
        }
        Err(e) => Err(e.into()),
    }
}

/// An action on one assistant that the API carries out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Stop it.
    Stop,
    /// Deploy it again.
    Redeploy,
    /// Delete it for good.
    Delete,
}

/// What an action led to.
#[derive(Debug)]
pub enum Acted {
    /// Stopped or redeploying: the assistant as it is now.
    Changed(Box<KnownDeployment>),
    /// Deleted, and forgotten.
    Deleted,
    /// The API no longer knows it; it was forgotten.
    Gone,
}

/// Stops, redeploys or deletes `known`. A redeploy leaves it `deploying`, which the tracker
/// picks up from the record.
pub async fn act(
    db: &Db,
    api: &ApiClient,
    callbacks: &CallbackUrls,
    chat: ChatId,
    known: &KnownDeployment,
    action: Action,
) -> Result<Acted, ServiceError> {
    let key = keys::of(db, chat).await?;
    let id = known.id();
    let result = match action {
        Action::Stop => api.stop(&key, &id).await.map(Some),
        Action::Redeploy => {
            let callback = callbacks.fresh();
            let request =
                RedeployRequest { callback_url: callback.as_ref().map(|c| c.url.clone()) };
            let redeployed = api.redeploy(&key, &id, &request).await;
            // Only a redeploy the API took replaces the working callback token.
            if let (Ok(_), Some(callback)) = (&redeployed, callback) {
                db.set_callback_hash(known.handle, &callback.hash).await?;
            }
            redeployed.map(Some)
        }
        Action::Delete => api.delete(&key, &id).await.map(|()| None),
    };
    match result {
        Ok(Some(assistant)) => {
            Ok(Acted::Changed(Box::new(db.record_assistant(chat, &assistant).await?)))
        }
        Ok(None) => {
            db.forget_deployment(chat, &id).await?;
            Ok(Acted::Deleted)
        }
        Err(e) if e.code() == Some(&ErrorCode::NotFound) => {
            db.forget_deployment(chat, &id).await?;
            Ok(Acted::Gone)
        }
        Err(e) => Err(e.into()),
    }
}

/// Sends an edit (PATCH) of `known`; the assistant as it is afterwards. `username` is the new
/// bot's @username when the edit replaced the bot token.
pub async fn edit(
    db: &Db,
    api: &ApiClient,
    chat: ChatId,
    known: &KnownDeployment,
    request: &UpdateRequest,
    bot: Option<&TokenBot>,
) -> Result<KnownDeployment, ServiceError> {
    let key = keys::of(db, chat).await?;
    let assistant = api.update(&key, &known.id(), request).await?;
    let fresh = db.record_assistant(chat, &assistant).await?;
    let Some(bot) = bot else { return Ok(fresh) };
    let recorded = db.set_bot(chat, &known.id(), Some(&bot.username), bot.managed).await?;
    // The new token replaces the one the watch kept (a managed bot's is asked for instead).
    match (bot.managed, &request.telegram_bot_token) {
        (Some(_), _) => db.watch_managed_bot(known.handle).await?,
        (None, Some(token)) => db.keep_bot_token(known.handle, token).await?,
        (None, None) => {}
    }
    Ok(recorded.unwrap_or(fresh))
}

/// The bot a new token belongs to, as an edit records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenBot {
    /// Its @username, from getMe.
    pub username: String,
    /// Its id, when this bot created it and manages it; `None` for a pasted token.
    pub managed: Option<UserId>,
}

/// Whether the reference allows a redeploy in `status` (active, failed or stopped).
pub fn may_redeploy(status: &Status) -> bool {
    matches!(status, Status::Active | Status::Failed | Status::Stopped)
}
