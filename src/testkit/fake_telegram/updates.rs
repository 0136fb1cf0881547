//! The updates tests inject: the users who send them, text messages and button presses, in
//! private chats and groups, queued for getUpdates or posted to the bot's webhook.

use serde_json::{Value, json};

use super::{FakeTelegram, bot_user, chat_json, now};

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

    fn json(&self) -> Value {
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
    fn push_update(&self, kind: &str, payload: Value) -> i64 {
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
    fn next_message_id(&self) -> i64 {
        let mut inner = self.shared.lock();
        inner.next_message_id += 1;
        inner.next_message_id
    }

    /// Delivers a text message from `user` in `chat`; returns its message id.
    pub fn send_text(&self, chat: i64, user: &TestUser, text: &str) -> i64 {
        let message_id = self.next_message_id();
        let mut message = json!({
            "message_id": message_id,
            "date": now(),
            "chat": chat_json(chat),
            "from": user.json(),
            "text": text,
        });
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
}
