//! Talking to the bot as a user: sending text, pressing buttons, and waiting for the message
//! or the edit that answers.

use std::time::Duration;

use super::{
    app::TestApp,
    fake_telegram::{Call, TestUser},
};

/// How the bot answers: with a new message, or by editing the message it showed.
#[derive(Debug, Clone, Copy)]
enum Answer {
    Message,
    Edit,
}

impl Answer {
    fn method(self) -> &'static str {
        match self {
            Self::Message => "SendMessage",
            Self::Edit => "EditMessageText",
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Self::Message => "a message",
            Self::Edit => "an edit",
        }
    }
}

impl TestApp {
    /// Takes `user` through a managed-mode /new in their private chat, named `name` with the
    /// model openai/gpt-5, up to the bot-token step; returns that step's prompt.
    pub async fn managed_wizard_to_token(&self, user: &TestUser, name: &str) -> Call {
        self.start_wizard(user, "mode-managed").await;
        self.say(user, name, "OpenRouter").await;
        self.say(user, "openai/gpt-5", "@BotFather").await
    }

    /// Takes `user` through a byok /new in their private chat, named `name` with Anthropic's
    /// claude-sonnet-4-5-20250929 picked from the buttons, up to the bot-token step; returns
    /// that step's prompt.
    pub async fn byok_wizard_to_token(&self, user: &TestUser, name: &str) -> Call {
        self.start_wizard(user, "mode-byok").await;
        let provider = self.say(user, name, "Which AI company?").await;
        let models = self.press(user, &provider, "Anthropic", "Which anthropic model?").await;
        self.press(user, &models, "claude-sonnet-4-5-20250929", "Step 4 of 6").await
    }

    /// Sends /new as `user` in their private chat and picks the billing mode labelled by
    /// `mode_key` (`mode-byok`, `mode-managed`, …); returns the name step's prompt.
    pub async fn start_wizard(&self, user: &TestUser, mode_key: &str) -> Call {
        let en = |key| assistants_bot::i18n::Lang::En.t(key);
        let mode = self.say(user, "/new", "Step 1 of 6").await;
        self.press(user, &mode, &en(mode_key), &self.en("wz-name")).await
    }

    /// Sends `text` as `user` in their private chat; returns the bot's first message there
    /// after it that contains `expected`.
    pub async fn say(&self, user: &TestUser, text: &str, expected: &str) -> Call {
        self.say_in(user.id, user, text, expected).await
    }

    /// Sends `text` as `user` in `chat`; returns the bot's first message there after it that
    /// contains `expected`.
    pub async fn say_in(&self, chat: i64, user: &TestUser, text: &str, expected: &str) -> Call {
        let seen = self.tg.call_count();
        self.tg.send_text(chat, user, text);
        self.message_after(seen, chat, expected).await
    }

    /// The first message to `chat` after the first `seen` calls that contains `expected`.
    pub async fn message_after(&self, seen: usize, chat: i64, expected: &str) -> Call {
        self.answer_after(seen, chat, Answer::Message, expected).await
    }

    /// The first edit of a message in `chat` after the first `seen` calls whose text contains
    /// `expected`.
    pub async fn edit_after(&self, seen: usize, chat: i64, expected: &str) -> Call {
        self.answer_after(seen, chat, Answer::Edit, expected).await
    }

    async fn answer_after(&self, seen: usize, chat: i64, answer: Answer, expected: &str) -> Call {
        let what = format!("{} containing {expected:?}", answer.noun());
        // Compared as shown on both sides: an expected text with variables has isolation
        // marks too, right to left.
        let expected = shown(expected);
        self.tg
            .wait_for_after(seen, &what, Duration::from_secs(10), |c| {
                c.is(answer.method())
                    && c.chat_id() == Some(chat)
                    && shown(c.text()).contains(&expected)
            })
            .await
    }

    /// Presses the button labelled `label` on the bot's message `on` as `user`; returns the
    /// bot's first message after it that contains `expected`.
    pub async fn press(&self, user: &TestUser, on: &Call, label: &str, expected: &str) -> Call {
        self.press_for(user, on, label, Answer::Message, expected).await
    }

    /// Presses `label` on the message `on`; returns the first edit in that chat after it whose text
    /// contains `expected` (the list and the cards are one message, edited in place).
    pub async fn press_edit(
        &self,
        user: &TestUser,
        on: &Call,
        label: &str,
        expected: &str,
    ) -> Call {
        self.press_for(user, on, label, Answer::Edit, expected).await
    }

    async fn press_for(
        &self,
        user: &TestUser,
        message: &Call,
        label: &str,
        answer: Answer,
        expected: &str,
    ) -> Call {
        let seen = self.tg.call_count();
        self.press_only(user, message, label);
        self.answer_after(seen, message.chat_id().expect("chat"), answer, expected).await
    }

    /// Presses the button labelled `label` on `message`; returns the callback query id.
    pub fn press_only(&self, user: &TestUser, message: &Call, label: &str) -> String {
        let data = button_data(message, label);
        self.press_data(user, message, &data)
    }

    /// Presses a button with `data` (possibly forged) on `message`; returns the query id.
    pub fn press_data(&self, user: &TestUser, message: &Call, data: &str) -> String {
        let chat = message.chat_id().expect("chat");
        // A sent message carries the id the fake gave it; an edit names the message it edits.
        let id = message
            .message_id
            .or_else(|| message.body["message_id"].as_i64())
            .expect("a message id");
        self.tg.press(chat, user, id, data)
    }

    /// Waits for the answer to callback query `query` and returns its notice text.
    pub async fn answer_to(&self, query: &str) -> String {
        let call = self.answer_call(query).await;
        call.body.get("text").and_then(|t| t.as_str()).unwrap_or_default().to_owned()
    }

    /// Presses the button labelled `label` on `message`, which answers with a link (a
    /// hand-off's deep link); returns the link.
    pub async fn link_from(&self, user: &TestUser, message: &Call, label: &str) -> String {
        let query = self.press_only(user, message, label);
        let answer = self.answer_call(&query).await;
        answer.body["url"].as_str().expect("the answer opens a link").to_owned()
    }

    async fn answer_call(&self, query: &str) -> Call {
        self.tg
            .wait_for("answerCallbackQuery", |c| {
                c.is("AnswerCallbackQuery") && c.body["callback_query_id"] == query
            })
            .await
    }
}

/// The callback data of the button labelled `label` (exactly, or as a prefix).
pub fn button_data(message: &Call, label: &str) -> String {
    let buttons = message.buttons();
    buttons
        .iter()
        .find(|(text, _)| text == label)
        .or_else(|| buttons.iter().find(|(text, _)| text.starts_with(label)))
        .map(|(_, data)| data.clone())
        .unwrap_or_else(|| panic!("no button {label:?} in {buttons:?}"))
}

/// A text as a user reads it: without the invisible marks that isolate names (FSI, PDI).
pub fn shown(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// Whether a message takes the reply keyboard away (`remove_keyboard`).
pub fn removes_keyboard(message: &Call) -> bool {
    message.body.pointer("/reply_markup/remove_keyboard") == Some(&serde_json::Value::Bool(true))
}
