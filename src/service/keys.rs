//! A chat's Assistants API key: checked against the service before it is kept.

use teloxide::types::ChatId;

use super::ServiceError;
use crate::{
    api::{ApiClient, ApiError, ApiKey},
    storage::Db,
};

/// Checks `key` against the service; `Err` holds why it was refused or could not be checked.
pub async fn verify(api: &ApiClient, key: &ApiKey) -> Result<(), ApiError> {
    match api.list(key).await {
        Ok(_) => Ok(()),
        Err(e) => {
            if !matches!(e, ApiError::Api(_) | ApiError::Invalid(_)) {
                tracing::warn!(error = %e, "could not check an API key");
            }
            Err(e)
        }
    }
}

/// Checks `key` and, once the service accepts it, seals and stores it as `chat`'s key.
pub async fn set(db: &Db, api: &ApiClient, chat: ChatId, key: &ApiKey) -> Result<(), ServiceError> {
    verify(api, key).await?;
    db.set_api_key(chat, key).await?;
    Ok(())
}

/// Drops `chat`'s key; whether there was one.
pub async fn forget(db: &Db, chat: ChatId) -> Result<bool, ServiceError> {
    Ok(db.forget_api_key(chat).await?)
}

/// `chat`'s key, or [`ServiceError::NoKey`].
pub async fn of(db: &Db, chat: ChatId) -> Result<ApiKey, ServiceError> {
    db.api_key(chat).await?.ok_or(ServiceError::NoKey)
}
