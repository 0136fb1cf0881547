//! The updates tests inject: the users who send them, text messages and button presses, in
//! private chats and groups, queued for getUpdates or posted to the bot's webhook.

use serde_json::{Value, json};

use super::{FakeTelegram, bot_user, chat_json, now, server::member_json};

/// A Telegram user who talks to the bot.
#[derive(Debug, Clone)]
pub struct TestUser {
    /// User id (also the private chat id).
    pub id: i64,
    /// First name.
    pub first_name: String,
    /// @username without the @.
    pub username: Option<String>,
    /// IETF language tag, as Telegram sends it.
    pub language_code: Option<String>,
}

impl TestUser {
    /// A user with an English client.
    pub fn new(id: i64, name: &str) -> Self {
        Self {
            id,
            first_name: name.to_owned(),
            username: Some(name.to_lowercase()),
            language_code: Some("en".to_owned()),
        }
    }

    /// The same user with another client language.
    pub fn speaking(mut self, code: &str) -> Self {
        self.language_code = Some(code.to_owned());
        self
    }

    pub(super) fn json(&self) -> Value {
        json!({
            "id": self.id,
            "is_bot": false,
            "first_name": self.first_name,
            "username": self.username,
            "language_code": self.language_code,
        })
    }
}

impl FakeTelegram {
    pub(super) fn push_update(&self, kind: &str, payload: Value) -> i64 {
        let mut inner = self.shared.lock();
        inner.next_update_id += 1;
        let id = inner.next_update_id;
        let update = json!({ "update_id": id, kind: payload });
        let webhook = self.shared.webhook.lock().unwrap_or_else(|p| p.into_inner()).clone();
        match webhook {
            Some(deliver) => {
                let _ = deliver.send(update);
            }
            None => inner.updates.push_back(update),
        }
        drop(inner);
        self.shared.updates_ready.notify_waiters();
        id
    }

    /// Webhook mode, as Telegram does it: POST each update to `url`, in order, with the secret
    /// token header the bot registered.
    pub(super) fn next_message_id(&self) -> i64 {
        let mut inner = self.shared.lock();
        inner.next_message_id += 1;
        inner.next_message_id
    }

    /// Delivers a text message from `user` in `chat`; returns its message id.
    pub fn send_text(&self, chat: i64, user: &TestUser, text: &str) -> i64 {
        self.push_text(chat, user.json(), None, text)
    }

    /// `user` edits their message `message_id` in `chat` to say `text` (an `edited_message`).
    pub fn edit_text(&self, chat: i64, user: &TestUser, message_id: i64, text: &str) {
        let message = json!({
            "message_id": message_id,
            "date": now(),
            "edit_date": now(),
            "chat": chat_json(chat),
            "from": user.json(),
            "text": text,
        });
        self.push_update("edited_message", message);
    }

    /// A text message from `from` (as `sender_chat` when given), with the bot_command entity
    /// Telegram adds to a leading command.
    fn push_text(&self, chat: i64, from: Value, sender_chat: Option<Value>, text: &str) -> i64 {
        let message_id = self.next_message_id();
        let mut message = json!({
            "message_id": message_id,
            "date": now(),
            "chat": chat_json(chat),
            "from": from,
            "text": text,
        });
        if let Some(sender_chat) = sender_chat {
            message["sender_chat"] = sender_chat;
        }
        if text.starts_with('/') {
            let len = text.split_whitespace().next().map_or(0, |c| c.encode_utf16().count());
            message["entities"] = json!([{ "type": "bot_command", "offset": 0, "length": len }]);
        }
        self.push_update("message", message);
        message_id
    }

    /// Presses an inline button with `data` on the bot's message `message_id` in `chat`.
    pub fn press(&self, chat: i64, user: &TestUser, message_id: i64, data: &str) -> String {
        let query_id = format!("cq{}", self.next_message_id());
        let message = json!({
            "message_id": message_id,
            "date": now(),
            "chat": chat_json(chat),
            "from": bot_user(),
            "text": "…",
        });
        self.push_update(
            "callback_query",
            json!({
                "id": query_id,
                "from": user.json(),
                "message": message,
                "chat_instance": format!("ci{chat}"),
                "data": data,
            }),
        );
        query_id
    }

    /// Delivers a text message that an admin posts anonymously ("Remain anonymous"): sent as
    /// the group itself, from Telegram's GroupAnonymousBot.
    pub fn send_text_anonymously(&self, chat: i64, text: &str) -> i64 {
        let anonymous = json!({
            "id": 1087968824, "is_bot": true, "first_name": "Group",
            "username": "GroupAnonymousBot",
        });
        self.push_text(chat, anonymous, Some(chat_json(chat)), text)
    }

    /// The group `old` became the supergroup `new`, upgraded by `user`: Telegram's two
    /// service messages (`migrate_to_chat_id` in the old chat, `migrate_from_chat_id` in the
    /// new one), the new chat's first when `new_first`. From then on a send to `old` fails as
    /// Telegram's does, naming `new`.
    pub fn upgrade_group(&self, old: i64, new: i64, user: &TestUser, new_first: bool) {
        self.mark_upgraded(old, new);
        let service = |chat: i64, kind: &str, field: &str, value: i64| {
            let mut message = json!({
                "message_id": self.next_message_id(),
                "date": now(),
                "chat": { "id": chat, "type": kind, "title": "Team" },
                "from": user.json(),
            });
            message[field] = json!(value);
            message
        };
        let to = service(old, "group", "migrate_to_chat_id", new);
        let from = service(new, "supergroup", "migrate_from_chat_id", old);
        let (first, second) = if new_first { (from, to) } else { (to, from) };
        self.push_update("message", first);
        self.push_update("message", second);
    }

    /// From now on a send to `old` fails as Telegram's does for a group that became the
    /// supergroup `new` (without the service messages: as if the bot had missed them).
    pub fn mark_upgraded(&self, old: i64, new: i64) {
        self.shared.lock().upgraded.insert(old, new);
    }

    /// The user of the private chat `chat` blocked the bot: every send there is refused with
    /// Telegram's 403 from now on.
    pub fn block(&self, chat: i64) {
        self.shared.lock().blocked.insert(chat);
    }

    /// `user`'s status in `chat` changed from `old` to `new` (`administrator`, `member`, …):
    /// what getChatMember answers from now on, and the `chat_member` update Telegram sends.
    pub fn member_changed(&self, chat: i64, user: &TestUser, old: &str, new: &str) {
        self.set_member(chat, user.id, new);
        let member = |status: &str| {
            let mut member = member_json(user.id, status);
            member["user"] = user.json();
            member
        };
        self.push_update(
            "chat_member",
            json!({
                "chat": chat_json(chat),
                "from": user.json(),
                "date": now(),
                "old_chat_member": member(old),
                "new_chat_member": member(new),
            }),
        );
    }
}
