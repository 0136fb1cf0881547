//! An edit of one field of an assistant, in progress.

use serde::{Deserialize, Serialize};

use super::Field;

/// A change of the assistant's Telegram profile in progress: the next text of `owner` is the
/// new value of `part`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileSession {
    /// The user who started it.
    pub owner: u64,
    /// The deployment's chat-local handle.
    pub handle: i64,
    /// What is changed.
    pub part: ProfilePart,
}

/// A part of the assistant's Telegram profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProfilePart {
    /// Its name.
    Name,
    /// Its short description ("about").
    About,
    /// Its description.
    Description,
}

impl ProfilePart {
    /// The longest text Telegram takes for it, in characters (the Bot API reference:
    /// setMyName 0-64, setMyShortDescription 0-120, setMyDescription 0-512).
    pub const fn limit(self) -> usize {
        match self {
            Self::Name => 64,
            Self::About => 120,
            Self::Description => 512,
        }
    }
}

/// An edit in progress.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EditSession {
    /// Random id carried by this edit's buttons.
    pub id: u32,
    /// The user who started it.
    pub owner: u64,
    /// The deployment's chat-local handle.
    pub handle: i64,
    /// The field being changed.
    pub field: Field,
    /// For a model change: the provider chosen so far (`None`: asking for it, byok).
    pub provider: Option<String>,
}
