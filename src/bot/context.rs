//! Facts about an update resolved once, upstream of every handler, in one step: the language
//! to answer in and the chat's conversation. (Whether the sender may change things is the
//! admin gate's question, asked only of updates that need it: `team::guard`.)

use teloxide::{
    dispatching::dialogue::Dialogue,
    types::{ChatId, Update},
};

use crate::{app::App, conversation::State, i18n::Lang, storage::dialogues::DialogueStore};

/// The dialogue handle handlers receive.
pub type ChatDialogue = Dialogue<State, DialogueStore<State>>;

/// What every handler knows about its update.
#[derive(Debug, Clone)]
pub struct Ctx {
    /// The language to answer in.
    pub lang: Lang,
    /// The chat's conversation.
    pub dialogue: ChatDialogue,
    /// Where that conversation is.
    pub state: State,
}

/// Resolves the context of `update`. A press on a message the bot cannot see (inline mode)
/// has no chat: it gets its sender's private conversation, which handlers only read.
pub async fn resolve(update: Update, app: App) -> Option<Ctx> {
    let from = update.from();
    let chat = update.chat().map(|c| c.id).or_else(|| from.map(|u| ChatId(u.id.0 as i64)))?;
    let lang = app.lang_for(Some(chat), from.and_then(|u| u.language_code.as_deref())).await;
    let dialogue = ChatDialogue::new(app.dialogues.clone(), chat);
    let state = match dialogue.get_or_default().await {
        Ok(state) => state,
        Err(e) => {
            tracing::error!(chat = chat.0, error = %e, "could not read a conversation");
            return None;
        }
    };
    Some(Ctx { lang, dialogue, state })
}
