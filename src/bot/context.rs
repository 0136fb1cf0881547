//! Facts about an update resolved once, upstream of every handler.

use teloxide::types::{ChatId, Update};

use crate::{i18n::Lang, storage::Storage};

/// Resolves the language to answer in: the chat's choice from /language, else the sender's
/// Telegram language when it is one we ship, else English.
pub async fn resolve_lang(update: Update, storage: Storage) -> Option<Lang> {
    let chat = update.chat().map(|c| c.id);
    let user_code = update.from().and_then(|u| u.language_code.clone());
    Some(lang_for(&storage, chat, user_code.as_deref()).await)
}

/// The language for `chat`, with the sender's `language_code` as the fallback.
pub async fn lang_for(storage: &Storage, chat: Option<ChatId>, user_code: Option<&str>) -> Lang {
    if let Some(chat) = chat {
        match storage.chat_language(chat).await {
            Ok(Some(code)) => {
                if let Some(lang) = Lang::negotiate(&code) {
                    return lang;
                }
            }
            Ok(None) => {}
            Err(e) => tracing::warn!(error = %e, "could not read the chat's language"),
        }
    }
    user_code.and_then(Lang::negotiate).unwrap_or_default()
}
