//! Who did what in a group. Private chats have no audience and keep no log.

use teloxide::types::{ChatId, UserId};

use crate::{app::App, storage::StorageError};

/// What can be audited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// Each action's stable tag, as stored.
const TAGS: [(Audited, &str); 8] = [
    (Audited::KeySet, "key-set"),
    (Audited::KeyRemoved, "key-removed"),
    (Audited::Bought, "bought"),
    (Audited::Activated, "activated"),
    (Audited::Stopped, "stopped"),
    (Audited::Redeployed, "redeployed"),
    (Audited::Deleted, "deleted"),
    (Audited::Edited, "edited"),
];

impl Audited {
    /// Every action.
    pub fn all() -> impl Iterator<Item = Audited> {
        TAGS.iter().map(|(what, _)| *what)
    }

    /// The stable tag stored in the log.
    pub fn tag(self) -> &'static str {
        TAGS.iter().find(|(a, _)| *a == self).map_or("", |(_, t)| t)
    }

    /// The action of a stored tag.
    pub fn from_tag(tag: &str) -> Option<Self> {
        TAGS.iter().find(|(_, t)| *t == tag).map(|(a, _)| *a)
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
    app: &App,
    chat: ChatId,
    actor: &Actor,
    what: Audited,
    target: &str,
) -> Result<bool, StorageError> {
    if chat.is_user() {
        return Ok(false);
    }
    // A group that just became a supergroup keeps one log, under its new id.
    let chat = app.db.current_chat(chat).await?;
    app.db.audit(chat, actor.id, &actor.name, what.tag(), target).await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip() {
        for (what, _) in TAGS {
            assert_eq!(Audited::from_tag(what.tag()), Some(what));
        }
        assert_eq!(Audited::from_tag("launched"), None);
    }
}
