//! The requests teloxide lacks, as payloads of our own: each is sent with teloxide's
//! `JsonRequest`, so through the same `Bot`, API URL, client and error types as the rest.
//!
//! A token comes back as a [`SecretString`]; an answer that does not parse keeps its JSON
//! error but not its raw text (which could hold the token), so no log line can show one.

use secrecy::SecretString;
use serde::Serialize;
use teloxide::{
    Bot, RequestError,
    requests::{JsonRequest, Payload, Request as _},
    types::{ChatId, Message, True, UserId},
};
use url::Url;

use super::types::{BotAccessSettings, Capabilities};
use crate::sender::ToChat;

/// getMe, read for `can_manage_bots`.
#[derive(Debug, Clone, Serialize)]
pub struct GetMe {}

impl Payload for GetMe {
    type Output = Capabilities;

    const NAME: &'static str = "GetMe";
}

/// A request whose one parameter is a managed bot's id, named as Telegram names the method.
macro_rules! about_one_bot {
    ($(#[$doc:meta])* $name:ident -> $output:ty) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Serialize)]
        pub struct $name {
            /// The managed bot's id.
            pub user_id: UserId,
        }

        impl Payload for $name {
            type Output = $output;

            const NAME: &'static str = stringify!($name);
        }
    };
}

about_one_bot!(
    /// getManagedBotToken: the current token of the managed bot `user_id`.
    GetManagedBotToken -> String
);
about_one_bot!(
    /// replaceManagedBotToken: revokes the managed bot's token and returns a new one.
    ReplaceManagedBotToken -> String
);
about_one_bot!(
    /// getManagedBotAccessSettings (Bot API 10.0).
    GetManagedBotAccessSettings -> BotAccessSettings
);

/// setManagedBotAccessSettings (Bot API 10.0).
#[derive(Debug, Clone, Serialize)]
pub struct SetManagedBotAccessSettings {
    /// The managed bot's id.
    pub user_id: UserId,
    /// Only the owner and `added_user_ids` may talk to it.
    pub is_access_restricted: bool,
    /// Up to ten people besides the owner; ignored when not restricted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub added_user_ids: Option<Vec<UserId>>,
}

impl Payload for SetManagedBotAccessSettings {
    type Output = True;

    const NAME: &'static str = "SetManagedBotAccessSettings";
}

/// setWebhook with `allowed_updates` as strings: teloxide's `AllowedUpdate` has no
/// `managed_bot`. `Debug` leaves the secret token out.
#[derive(Clone, Serialize)]
pub struct SetWebhook {
    /// Where Telegram posts updates.
    pub url: Url,
    /// Sent back in every post's `X-Telegram-Bot-Api-Secret-Token`.
    pub secret_token: String,
    /// The update kinds to receive.
    pub allowed_updates: &'static [&'static str],
    /// Whether to drop what waits.
    pub drop_pending_updates: bool,
}

impl std::fmt::Debug for SetWebhook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SetWebhook")
            .field("url", &self.url.as_str())
            .field("allowed_updates", &self.allowed_updates)
            .field("drop_pending_updates", &self.drop_pending_updates)
            .finish_non_exhaustive()
    }
}

impl Payload for SetWebhook {
    type Output = True;

    const NAME: &'static str = "SetWebhook";
}

/// The reply-keyboard button that opens Telegram's own "create a bot" dialog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KeyboardButtonRequestManagedBot {
    /// Unique within the message; Telegram does not send it back.
    pub request_id: i32,
    /// The name the dialog starts with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggested_name: Option<String>,
    /// The @username the dialog starts with.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggested_username: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
struct RequestButton {
    text: String,
    request_managed_bot: KeyboardButtonRequestManagedBot,
}

#[derive(Debug, Clone, Serialize)]
struct ReplyKeyboard {
    keyboard: Vec<Vec<RequestButton>>,
    resize_keyboard: bool,
}

/// sendMessage with a reply keyboard of one "create a bot" button (private chats only).
#[derive(Debug, Clone, Serialize)]
pub struct SendBotRequest {
    chat_id: ChatId,
    text: String,
    reply_markup: ReplyKeyboard,
}

impl SendBotRequest {
    /// `text` in `chat`, under a keyboard of one button labelled `label` that asks Telegram
    /// to create the bot `request` describes.
    pub fn new(
        chat: ChatId,
        text: String,
        label: String,
        request: KeyboardButtonRequestManagedBot,
    ) -> Self {
        let button = RequestButton { text: label, request_managed_bot: request };
        let reply_markup = ReplyKeyboard { keyboard: vec![vec![button]], resize_keyboard: true };
        Self { chat_id: chat, text, reply_markup }
    }
}

impl Payload for SendBotRequest {
    type Output = Message;

    const NAME: &'static str = "SendMessage";
}

impl ToChat for SendBotRequest {
    fn chat(&self) -> ChatId {
        self.chat_id
    }
}

/// Whether Bot Management Mode is on for `bot`.
pub async fn can_manage_bots(bot: &Bot) -> Result<bool, RequestError> {
    Ok(JsonRequest::new(bot.clone(), GetMe {}).send().await?.can_manage_bots)
}

/// The current token of the managed bot `managed`.
pub async fn token(bot: &Bot, managed: UserId) -> Result<SecretString, RequestError> {
    secret(JsonRequest::new(bot.clone(), GetManagedBotToken { user_id: managed }).send().await)
}

/// Revokes the token of the managed bot `managed` and returns the new one.
pub async fn replace_token(bot: &Bot, managed: UserId) -> Result<SecretString, RequestError> {
    secret(JsonRequest::new(bot.clone(), ReplaceManagedBotToken { user_id: managed }).send().await)
}

/// Who may talk to the managed bot `managed`.
pub async fn access(bot: &Bot, managed: UserId) -> Result<BotAccessSettings, RequestError> {
    JsonRequest::new(bot.clone(), GetManagedBotAccessSettings { user_id: managed }).send().await
}

/// Opens the managed bot `managed` to everyone (`None`), or to its owner and `Some(users)`
/// (at most [`MAX_ADDED_USERS`](super::MAX_ADDED_USERS)).
pub async fn set_access(
    bot: &Bot,
    managed: UserId,
    only: Option<Vec<UserId>>,
) -> Result<(), RequestError> {
    let payload = SetManagedBotAccessSettings {
        user_id: managed,
        is_access_restricted: only.is_some(),
        added_user_ids: only,
    };
    JsonRequest::new(bot.clone(), payload).send().await?;
    Ok(())
}

/// The token of an answer, with the raw text of one that did not parse withheld.
fn secret(answer: Result<String, RequestError>) -> Result<SecretString, RequestError> {
    match answer {
        Ok(token) => Ok(SecretString::from(token)),
        Err(RequestError::InvalidJson { source, .. }) => {
            Err(RequestError::InvalidJson { source, raw: "(withheld)".into() })
        }
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn the_button_is_serialized_as_the_reference_names_it() {
        let request = KeyboardButtonRequestManagedBot {
            request_id: 1,
            suggested_name: Some("Helper".into()),
            suggested_username: Some("helper_bot".into()),
        };
        let sent = SendBotRequest::new(ChatId(42), "Tap it".into(), "Create".into(), request);
        assert_eq!(
            serde_json::to_value(&sent).expect("json"),
            json!({
                "chat_id": 42,
                "text": "Tap it",
                "reply_markup": {
                    "keyboard": [[{
                        "text": "Create",
                        "request_managed_bot": {
                            "request_id": 1,
                            "suggested_name": "Helper",
                            "suggested_username": "helper_bot",
                        },
                    }]],
                    "resize_keyboard": true,
                },
            })
        );
    }

    #[test]
    fn access_settings_name_the_users_only_when_restricted() {
        let open = SetManagedBotAccessSettings {
            user_id: UserId(9),
            is_access_restricted: false,
            added_user_ids: None,
        };
        assert_eq!(
            serde_json::to_value(open).expect("json"),
            json!({ "user_id": 9, "is_access_restricted": false })
        );
        let only = SetManagedBotAccessSettings {
            user_id: UserId(9),
            is_access_restricted: true,
            added_user_ids: Some(vec![UserId(1), UserId(2)]),
        };
        assert_eq!(
            serde_json::to_value(only).expect("json"),
            json!({ "user_id": 9, "is_access_restricted": true, "added_user_ids": [1, 2] })
        );
    }

    #[test]
    fn an_unreadable_token_answer_keeps_no_raw_text() {
        let source = serde_json::from_str::<String>("1").expect_err("not a string");
        let answer = Err(RequestError::InvalidJson {
            source: std::sync::Arc::new(source),
            raw: "{\"ok\":true,\"result\":{\"token\":\"123:SECRET\"}}".into(),
        });
        let e = secret(answer).expect_err("still an error");
        assert!(!e.to_string().contains("SECRET"), "{e}");
    }

    #[test]
    fn method_names_are_the_references() {
        assert_eq!(GetManagedBotToken::NAME, "GetManagedBotToken");
        assert_eq!(ReplaceManagedBotToken::NAME, "ReplaceManagedBotToken");
        assert_eq!(GetManagedBotAccessSettings::NAME, "GetManagedBotAccessSettings");
        assert_eq!(SetManagedBotAccessSettings::NAME, "SetManagedBotAccessSettings");
    }
}
