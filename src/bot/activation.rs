//! Activating a paid slot with a wizard's answers: used right after the wizard (a slot that
//! was already paid) and by the tracker (a slot whose payment it just saw).

use serde::{Deserialize, Serialize};
use teloxide::types::ChatId;

use super::wizard::state::{Draft, SecretText};
use crate::{
    api::{
        ActivateRequest, ApiClient, ApiError, ApiKey, ApiMode, Assistant, DeploymentId, ErrorCode,
        Status,
    },
    callbacks::Callbacks,
    storage::{Storage, StorageError},
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

/// Why an activation did not happen.
#[derive(Debug, thiserror::Error)]
pub enum ActivationError {
    /// The API refused or failed.
    #[error(transparent)]
    Api(#[from] ApiError),
    /// Recording the result failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// Activates slot `id` of `chat` and records the result.
///
/// A 409 from a slot that is already deploying or live counts as done: the activation that
/// got there first may have been cut short by a crash before it was recorded.
pub async fn activate_slot(
    storage: &Storage,
    api: &ApiClient,
    callbacks: &Callbacks,
    key: &ApiKey,
    chat: ChatId,
    id: &DeploymentId,
    draft: &ActivationDraft,
) -> Result<Assistant, ActivationError> {
    let callback_url = match storage.deployment(chat, id).await? {
        Some(known) => callbacks.url_for(storage, known.handle).await?,
        None => None,
    };
    let assistant = match api.activate(key, id, &draft.request(callback_url)).await {
        Ok(assistant) => assistant,
        Err(e) if e.code() == Some(&ErrorCode::InvalidState) => {
            let current = api.get(key, id).await?;
            if !matches!(current.status, Status::Deploying | Status::Active) {
                return Err(e.into());
            }
            current
        }
        Err(e) => return Err(e.into()),
    };
    storage.record_assistant(chat, &assistant).await?;
    if let Some(username) = &draft.bot_username {
        storage.set_bot_username(chat, id, username).await?;
    }
    Ok(assistant)
}
