//! The managed-bot objects of the Bot API, and a managed bot's arrival read from a raw update.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use teloxide::types::{ChatId, Update, UpdateId, UpdateKind, User};

/// getMe, read for the one field teloxide's `Me` lacks.
#[derive(Debug, Clone, Copy, Default, Deserialize)]
pub struct Capabilities {
    /// Whether "Bot Management Mode" is on: the bot may offer to create bots it manages.
    #[serde(default)]
    pub can_manage_bots: bool,
}

/// The `managed_bot` update: a bot managed by ours was created, or its token or owner changed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ManagedBotUpdated {
    /// The user who created the bot (its owner).
    pub user: User,
    /// The managed bot.
    pub bot: User,
}

/// The `managed_bot_created` field of a service message from the user who created the bot.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ManagedBotCreated {
    /// The managed bot.
    pub bot: User,
}

/// Who may talk to a managed bot (Bot API 10.0).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BotAccessSettings {
    /// Only the owner and `added_users` may.
    pub is_access_restricted: bool,
    /// The others who may, when restricted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub added_users: Vec<User>,
}

/// Which of the two reports a managed bot's arrival came as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    /// The service message in the creator's private chat (`managed_bot_created`): only for a
    /// bot made with the button.
    Created,
    /// The `managed_bot` update: on creation, and when the token or the owner changes.
    Updated,
}

/// A managed bot, as an update reported it.
#[derive(Debug, Clone)]
pub struct Event {
    /// The user who created it (for the service message, its sender).
    pub creator: User,
    /// The managed bot.
    pub bot: User,
    /// What reported it.
    pub kind: EventKind,
}

impl Event {
    /// The managed bot a raw update reports, if it reports one.
    pub fn read(raw: &Value) -> Option<Self> {
        if let Some(updated) = raw.get(super::UPDATE_KIND) {
            let ManagedBotUpdated { user, bot } = serde_json::from_value(updated.clone()).ok()?;
            return Some(Self { creator: user, bot, kind: EventKind::Updated });
        }
        let message = raw.get("message")?;
        let created = message.get("managed_bot_created")?;
        let ManagedBotCreated { bot } = serde_json::from_value(created.clone()).ok()?;
        let creator: User = serde_json::from_value(message.get("from")?.clone()).ok()?;
        Some(Self { creator, bot, kind: EventKind::Created })
    }

    /// The creator's private chat with our bot, where what waits for the bot is.
    pub fn chat(&self) -> ChatId {
        ChatId(self.creator.id.0 as i64)
    }

    /// The update as handlers receive it: `UpdateKind::Error` with the raw JSON, which
    /// teloxide's dispatcher would drop, so the inbox hands it to its own lane.
    fn carried(update_id: i64, raw: Value) -> Update {
        Update { id: UpdateId(update_id as u32), kind: UpdateKind::Error(raw) }
    }
}

/// The raw update as handlers receive it, when it reports a managed bot; `None` for every
/// other update (read as teloxide reads it).
///
/// A service message with `managed_bot_created` would parse as an empty teloxide message, the
/// field lost; the `managed_bot` update does not parse at all. Both are kept raw.
pub fn routed(raw: &str) -> Option<Update> {
    // Almost no update names it: only those pay for a second parse.
    if !raw.contains("\"managed_bot") {
        return None;
    }
    let value: Value = serde_json::from_str(raw).ok()?;
    let update_id = value.get("update_id")?.as_i64()?;
    Event::read(&value)?;
    Some(Event::carried(update_id, value))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn user(id: i64, bot: bool, name: &str) -> Value {
        json!({ "id": id, "is_bot": bot, "first_name": name, "username": name })
    }

    #[test]
    fn the_managed_bot_update_is_read_with_its_creator() {
        let raw = json!({
            "update_id": 7,
            "managed_bot": { "user": user(42, false, "ann"), "bot": user(900, true, "ann_helper_bot") },
        });
        let event = Event::read(&raw).expect("read");
        assert_eq!(event.kind, EventKind::Updated);
        assert_eq!(event.creator.id.0, 42);
        assert_eq!(event.bot.id.0, 900);
        assert_eq!(event.chat(), ChatId(42));
    }

    /// An update with Ann's message saying she created the bot `username` (id 900).
    fn created(username: &str) -> serde_json::Value {
        json!({
            "update_id": 8,
            "message": {
                "message_id": 5, "date": 1, "chat": { "id": 42, "type": "private", "first_name": "Ann" },
                "from": user(42, false, "ann"),
                "managed_bot_created": { "bot": user(900, true, username) },
            },
        })
    }

    #[test]
    fn the_service_message_is_read_with_its_sender_as_creator() {
        let raw = created("ann_helper_bot");
        let event = Event::read(&raw).expect("read");
        assert_eq!(event.kind, EventKind::Created);
        assert_eq!((event.creator.id.0, event.bot.id.0), (42, 900));
    }

    #[test]
    fn teloxide_loses_the_field_so_both_stay_raw() {
        let message = created("b_bot");
        // What the dispatcher would see: a message with nothing in it.
        let parsed: Update = serde_json::from_value(message.clone()).expect("parses");
        let seen = serde_json::to_string(&parsed).expect("serializes");
        assert!(!seen.contains("managed_bot_created"), "{seen}");
        let kept = routed(&message.to_string()).expect("kept raw");
        assert_eq!(kept.id.0, 8);
        assert!(matches!(kept.kind, UpdateKind::Error(ref raw) if raw == &message));
        let update = json!({ "update_id": 9, "managed_bot": { "user": user(1, false, "a"), "bot": user(2, true, "b") } });
        let parsed: Update = serde_json::from_value(update.clone()).expect("parses");
        assert!(matches!(parsed.kind, UpdateKind::Error(_)), "teloxide cannot read it");
        assert!(routed(&update.to_string()).is_some());
    }

    #[test]
    fn other_updates_are_left_to_teloxide() {
        let text = json!({
            "update_id": 3,
            "message": {
                "message_id": 5, "date": 1, "chat": { "id": 42, "type": "private", "first_name": "Ann" },
                "from": user(42, false, "ann"), "text": "\"managed_bot\": {}",
            },
        });
        assert!(routed(&text.to_string()).is_none(), "text naming it is still a text");
        assert!(routed(r#"{"update_id":4,"managed_bot":{"user":1}}"#).is_none(), "malformed");
    }

    #[test]
    fn access_settings_read_without_added_users() {
        let settings: BotAccessSettings =
            serde_json::from_value(json!({ "is_access_restricted": true })).expect("reads");
        assert!(settings.is_access_restricted && settings.added_users.is_empty());
        let caps: Capabilities = serde_json::from_value(user(1, true, "x")).expect("reads");
        assert!(!caps.can_manage_bots, "absent means off");
    }
}
