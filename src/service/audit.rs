//! Who did what in a group. Private chats have no audience and keep no log.

use teloxide::types::{ChatId, UserId};

use crate::storage::{Db, StorageError};

/// What can be audited. Its stable tag, as stored, is its name in kebab case (`key-set`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::EnumString, strum::VariantArray,
)]
#[strum(serialize_all = "kebab-case")]
pub enum Audited {
    /// The group's API key was set.
    KeySet,
    /// The group's API key was removed.
    KeyRemoved,
    /// A slot was bought.
    Bought,
    /// A paid slot was activated.
    Activated,
    /// An assistant was stopped.
    Stopped,
    /// An assistant was redeployed.
    Redeployed,
    /// An assistant was deleted.
    Deleted,
    /// An assistant's configuration was changed.
    Edited,
}

impl Audited {
    /// Every action.
    pub fn all() -> impl Iterator<Item = Audited> {
        <Self as strum::VariantArray>::VARIANTS.iter().copied()
    }

    /// The stable tag stored in the log.
    pub fn tag(self) -> &'static str {
        self.into()
    }

    /// The action of a stored tag.
    pub fn from_tag(tag: &str) -> Option<Self> {
        tag.parse().ok()
    }
}

/// Who acted: their id and how the group knows them.
#[derive(Debug, Clone)]
pub struct Actor {
    /// Their user id.
    pub id: UserId,
    /// @username, else the first name.
    pub name: String,
}

/// Appends to `chat`'s log; whether it is a group (and so whether to post the line there).
pub async fn record(
    db: &Db,
    chat: ChatId,
    actor: &Actor,
    what: Audited,
    target: &str,
) -> Result<bool, StorageError> {
    if chat.is_user() {
        return Ok(false);
    }
    // A group that just became a supergroup keeps one log, under its new id.
    let chat = db.current_chat(chat).await?;
    db.audit(chat, actor.id, &actor.name, what.tag(), target).await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip() {
        let tags: Vec<_> = Audited::all().map(Audited::tag).collect();
        assert_eq!(
            tags,
            [
                "key-set",
                "key-removed",
                "bought",
                "activated",
                "stopped",
                "redeployed",
                "deleted",
                "edited"
            ]
        );
        for what in Audited::all() {
            assert_eq!(Audited::from_tag(what.tag()), Some(what));
        }
        assert_eq!(Audited::from_tag("launched"), None);
    }
}
