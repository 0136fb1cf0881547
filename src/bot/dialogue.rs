//! Conversation state, one per chat, kept sealed in the database between updates.

use serde::{Deserialize, Serialize};
use teloxide::dispatching::dialogue::Dialogue;

use super::{manage::edit::EditSession, wizard::state::Wizard};
use crate::storage::dialogues::DialogueStore;

/// Where a chat is in a conversation. Variants only ever get added, never renamed, so state
/// stored by an older build keeps parsing.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub enum State {
    /// No conversation in progress.
    #[default]
    Idle,
    /// /setkey asked for the key; the next text is it.
    AwaitingApiKey,
    /// A /new wizard.
    Wizard(Wizard),
    /// Editing one field of an assistant.
    Editing(EditSession),
    /// In a private chat: the next text is the API key of this group (from a hand-off link).
    GroupKey {
        /// The group's chat id.
        group: i64,
    },
    /// In a private chat: the next texts are the secrets of this group's wizard.
    GroupSecrets {
        /// The group's chat id.
        group: i64,
    },
    /// In a private chat: the next text is a new secret for one of this group's assistants.
    GroupEdit {
        /// The group's chat id.
        group: i64,
        /// The assistant's handle in the group.
        handle: i64,
        /// The field: bot token or model key.
        field: crate::bot::callback::Field,
    },
}

/// The dialogue handle handlers receive.
pub type ChatDialogue = Dialogue<State, DialogueStore<State>>;
