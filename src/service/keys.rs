//! A chat's Assistants API key: checked against the service before it is kept.

use teloxide::types::ChatId;

use super::ServiceError;
use crate::{
    api::{ApiError, ApiKey},
    app::App,
};

/// Checks `key` against the service; `Err` holds why it was refused or could not be checked.
pub async fn verify(app: &App, key: &ApiKey) -> Result<(), ApiError> {
    match app.api.list(key).await {
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
pub async fn set(app: &App, chat: ChatId, key: &ApiKey) -> Result<(), ServiceError> {
    verify(app, key).await?;
    app.db.set_api_key(chat, key).await?;
    Ok(())
}

/// Drops `chat`'s key; whether there was one.
pub async fn forget(app: &App, chat: ChatId) -> Result<bool, ServiceError> {
    Ok(app.db.forget_api_key(chat).await?)
}

/// `chat`'s key, or [`ServiceError::NoKey`].
pub async fn of(app: &App, chat: ChatId) -> Result<ApiKey, ServiceError> {
    app.db.api_key(chat).await?.ok_or(ServiceError::NoKey)
}
