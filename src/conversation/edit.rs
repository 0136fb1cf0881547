//! An edit of one field of an assistant, in progress.

use serde::{Deserialize, Serialize};

use super::Field;

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
