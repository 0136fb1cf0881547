//! Per-chat settings: the chosen language and the sealed Assistants API key.

use secrecy::ExposeSecret as _;
use teloxide::types::ChatId;

use super::{Db, StorageError, seal::Sealed};
use crate::api::ApiKey;

pub(crate) fn api_key_aad(chat: ChatId) -> String {
    format!("chats.api_key:{}", chat.0)
}

const SET_LANGUAGE: &str = "INSERT INTO chats (chat_id, language) VALUES ($1, $2)
    ON CONFLICT (chat_id) DO UPDATE SET language = excluded.language, updated_at = unixepoch()";

const CLEAR_LANGUAGE: &str =
    "UPDATE chats SET language = NULL, updated_at = unixepoch() WHERE chat_id = $1";

const SET_API_KEY: &str = "INSERT INTO chats (chat_id, api_key, api_key_key_id) VALUES ($1, $2, $3)
    ON CONFLICT (chat_id) DO UPDATE SET api_key = excluded.api_key,
        api_key_key_id = excluded.api_key_key_id, updated_at = unixepoch()";

const FORGET_API_KEY: &str =
    "UPDATE chats SET api_key = NULL, api_key_key_id = NULL, updated_at = unixepoch()
    WHERE chat_id = $1 AND api_key IS NOT NULL";

impl Db {
    /// The language chosen with /language, if any.
    pub async fn chat_language(&self, chat: ChatId) -> Result<Option<String>, StorageError> {
        if let Some(cached) = self.language_cache().get(&chat.0) {
            return Ok(cached.clone());
        }
        let lang: Option<Option<String>> =
            sqlx::query_scalar("SELECT language FROM chats WHERE chat_id = $1")
                .bind(chat.0)
                .fetch_optional(self.pool())
                .await?;
        let lang = lang.flatten();
        self.language_cache().insert(chat.0, lang.clone());
        Ok(lang)
    }

    /// Stores the chat's language.
    pub async fn set_chat_language(
        &self,
        chat: ChatId,
        language: &str,
    ) -> Result<(), StorageError> {
        self.run(sqlx::query(SET_LANGUAGE).bind(chat.0).bind(language)).await?;
        self.language_cache().insert(chat.0, Some(language.to_owned()));
        Ok(())
    }

    /// Forgets the chat's language choice (follow each sender's Telegram language again).
    pub async fn clear_chat_language(&self, chat: ChatId) -> Result<(), StorageError> {
        self.run(sqlx::query(CLEAR_LANGUAGE).bind(chat.0)).await?;
        self.language_cache().insert(chat.0, None);
        Ok(())
    }

    /// The chat's API key, opened.
    pub async fn api_key(&self, chat: ChatId) -> Result<Option<ApiKey>, StorageError> {
        let row: Option<(Option<Vec<u8>>, Option<String>)> =
            sqlx::query_as("SELECT api_key, api_key_key_id FROM chats WHERE chat_id = $1")
                .bind(chat.0)
                .fetch_optional(self.pool())
                .await?;
        let Some((Some(blob), Some(key_id))) = row else { return Ok(None) };
        let plain = self.sealer().open_string(&Sealed { key_id, blob }, &api_key_aad(chat))?;
        Ok(Some(ApiKey::new(plain.as_str())))
    }

    /// Seals and stores the chat's API key, replacing any earlier one.
    pub async fn set_api_key(&self, chat: ChatId, key: &ApiKey) -> Result<(), StorageError> {
        let sealed =
            self.sealer().seal(key.secret().expose_secret().as_bytes(), &api_key_aad(chat));
        let statement = sqlx::query(SET_API_KEY).bind(chat.0);
        self.run(statement.bind(sealed.blob).bind(sealed.key_id)).await.map(drop)
    }

    /// Drops the chat's API key. Returns whether there was one.
    pub async fn forget_api_key(&self, chat: ChatId) -> Result<bool, StorageError> {
        Ok(self.run(sqlx::query(FORGET_API_KEY).bind(chat.0)).await? > 0)
    }
}
