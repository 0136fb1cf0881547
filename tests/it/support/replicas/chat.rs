//! Talking to a [`ReplicaSet`] as a user, the way `support::chat` talks to one in-process
//! bot. Limits are longer than there: an answer may wait for another replica to take over.

use std::time::Duration;

use super::ReplicaSet;
use crate::support::{
    app::{button_data, shown},
    fake_telegram::{Call, TestUser},
};

/// How long an answer may take, a take-over included.
pub const ANSWER_WITHIN: Duration = Duration::from_secs(30);

impl ReplicaSet {
    /// Sends `text` as `user` in their private chat; returns the bot's first message there
    /// after it that contains `expected`.
    pub async fn say(&self, user: &TestUser, text: &str, expected: &str) -> Call {
        let seen = self.tg.call_count();
        self.tg.send_text(user.id, user, text);
        self.message_after(seen, user.id, expected).await
    }

    /// Presses the button labelled `label` on `on` as `user`; returns the bot's first
    /// message after it that contains `expected`.
    pub async fn press(&self, user: &TestUser, on: &Call, label: &str, expected: &str) -> Call {
        let seen = self.tg.call_count();
        self.press_only(user, on, label);
        self.message_after(seen, user.id, expected).await
    }

    /// Presses `label` on `on`; returns the first edit in that chat after it whose text
    /// contains `expected`.
    pub async fn press_edit(
        &self,
        user: &TestUser,
        on: &Call,
        label: &str,
        expected: &str,
    ) -> Call {
        let seen = self.tg.call_count();
        self.press_only(user, on, label);
        self.answer_after(seen, user.id, "EditMessageText", expected).await
    }

    /// Presses the button labelled `label` on `on` as `user`, without waiting.
    pub fn press_only(&self, user: &TestUser, on: &Call, label: &str) {
        let data = button_data(on, label);
        let chat = on.chat_id().expect("a chat");
        let id = on.message_id.or_else(|| on.body["message_id"].as_i64()).expect("a message id");
        self.tg.press(chat, user, id, &data);
    }

    /// The first message to `chat` after the first `seen` calls that contains `expected`.
    pub async fn message_after(&self, seen: usize, chat: i64, expected: &str) -> Call {
        self.answer_after(seen, chat, "SendMessage", expected).await
    }

    /// The newest message to `chat` after the first `seen` calls that contains `expected`,
    /// once there is one (a question asked again after a take-over: the newest is the one to
    /// answer).
    pub async fn newest_after(&self, seen: usize, chat: i64, expected: &str) -> Call {
        self.message_after(seen, chat, expected).await;
        let expected = shown(expected);
        let calls = self.tg.calls().into_iter().skip(seen);
        let mut answers = calls.filter(|c| c.is("SendMessage") && c.chat_id() == Some(chat));
        answers.rfind(|c| shown(c.text()).contains(&expected)).expect("the answer")
    }

    async fn answer_after(&self, seen: usize, chat: i64, method: &str, expected: &str) -> Call {
        let what = format!("{method} to {chat} containing {expected:?}");
        let expected = shown(expected);
        self.tg
            .wait_for_after(seen, &what, ANSWER_WITHIN, |c| {
                c.is(method) && c.chat_id() == Some(chat) && shown(c.text()).contains(&expected)
            })
            .await
    }

    /// How many messages to `chat` so far contain `text`.
    pub fn messages_containing(&self, chat: i64, text: &str) -> usize {
        let text = shown(text);
        let calls = self.tg.calls_of("SendMessage");
        calls
            .iter()
            .filter(|c| c.chat_id() == Some(chat) && shown(c.text()).contains(&text))
            .count()
    }
}
