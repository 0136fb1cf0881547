//! One-time links that take a group's secret to a private chat: `t.me/<bot>?start=<nonce>`,
//! valid ten minutes, for one admin and one group. Only the nonce's hash is stored.

use teloxide::types::{ChatId, UserId};

use crate::{
    conversation::Field,
    storage::{Db, StorageError, token_hash},
};

pub use crate::storage::teams::{HANDOFF_TTL_SECS, HandoffRefusal};

/// What a hand-off link collects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// The group's API key.
    Key,
    /// The secrets of the group's wizard.
    Wizard,
    /// A new bot token or model key for the group's assistant with this handle.
    Edit {
        /// The assistant's chat-local handle.
        handle: i64,
        /// [`Field::BotToken`] or [`Field::ModelKey`].
        field: Field,
    },
}

impl Purpose {
    /// The purpose as stored.
    pub fn encode(self) -> String {
        match self {
            Self::Key => "key".to_owned(),
            Self::Wizard => "wizard".to_owned(),
            Self::Edit { handle, field } => {
                let what = if field == Field::ModelKey { "key" } else { "token" };
                format!("edit:{what}:{handle}")
            }
        }
    }

    /// A stored purpose; `None` for anything this build did not write.
    pub fn parse(stored: &str) -> Option<Self> {
        match stored {
            "key" => return Some(Self::Key),
            "wizard" => return Some(Self::Wizard),
            _ => {}
        }
        let mut parts = stored.strip_prefix("edit:")?.split(':');
        let field = match parts.next()? {
            "key" => Field::ModelKey,
            "token" => Field::BotToken,
            _ => return None,
        };
        Some(Self::Edit { handle: parts.next()?.parse().ok()?, field })
    }
}

/// A redeemed link: the group it is for, and what it collects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Redeemed {
    /// The group.
    pub group: ChatId,
    /// What to collect.
    pub purpose: Purpose,
}

/// Makes a nonce for `user` to bring a secret for `group` into a private chat: 32 URL-safe
/// characters, fit for a deep link's start payload.
pub async fn create(
    db: &Db,
    group: ChatId,
    user: UserId,
    purpose: Purpose,
) -> Result<String, StorageError> {
    let nonce = crate::storage::new_token::<24>();
    db.create_handoff(&token_hash(&nonce), group, user, &purpose.encode()).await?;
    Ok(nonce)
}

/// Uses a link's nonce: once, within ten minutes, and only by the admin it was made for.
pub async fn redeem(
    db: &Db,
    nonce: &str,
    user: UserId,
) -> Result<Result<Redeemed, HandoffRefusal>, StorageError> {
    Ok(match db.use_handoff(&token_hash(nonce.trim()), user).await? {
        Ok(handoff) => match Purpose::parse(&handoff.purpose) {
            Some(purpose) => Ok(Redeemed { group: ChatId(handoff.group_id), purpose }),
            None => Err(HandoffRefusal::Unknown),
        },
        Err(refusal) => Err(refusal),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn purposes_round_trip() {
        for purpose in [
            Purpose::Key,
            Purpose::Wizard,
            Purpose::Edit { handle: 42, field: Field::ModelKey },
            Purpose::Edit { handle: 7, field: Field::BotToken },
        ] {
            assert_eq!(Purpose::parse(&purpose.encode()), Some(purpose));
        }
        assert_eq!(Purpose::parse("edit:name:1"), None);
        assert_eq!(Purpose::parse("launch"), None);
    }
}
