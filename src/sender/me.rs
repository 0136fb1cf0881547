//! getMe, read leniently: only `id` and `username` are required.
//!
//! teloxide's `Me` requires `first_name`, `can_join_groups`, `can_read_all_group_messages`,
//! `supports_inline_queries` and `has_main_web_app`, so a Bot API that adds, moves or drops
//! one of those (as the 10.x versions did for getMe) would stop the token check, the start-up
//! check and the dispatcher's own getMe. Here the answer is read as raw JSON: `id` and
//! `username` must be there, everything else is taken when it has the expected type and
//! defaulted otherwise. [`Paced`](super::Paced) answers its `get_me` with this request, so the
//! dispatcher gets its `Me` the same way.

use futures_util::future::BoxFuture;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use teloxide::{
    Bot, RequestError,
    payloads::GetMe,
    requests::{HasPayload, JsonRequest, Payload, Request, Requester},
    types::{Me, User, UserId},
};

/// getMe as a payload of our own, answered with raw JSON.
#[derive(Debug, Clone, Serialize)]
pub struct GetMeRaw {}

impl Payload for GetMeRaw {
    type Output = MeRaw;

    const NAME: &'static str = "GetMe";
}

/// What getMe must answer: the bot's id and @username; the rest is kept as it came.
#[derive(Debug, Clone, Deserialize)]
pub struct MeRaw {
    /// The bot's id.
    pub id: UserId,
    /// The bot's @username, without the `@`.
    pub username: String,
    /// Every other field, whatever its shape.
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

impl MeRaw {
    /// A teloxide `Me`: the fields it needs beyond `id` and `username` are taken when present
    /// with their documented type, and otherwise default (`false`, the username as the name).
    pub fn into_me(self) -> Me {
        let flag = |name: &str| self.rest.get(name).and_then(Value::as_bool).unwrap_or(false);
        let text = |name: &str| self.rest.get(name).and_then(Value::as_str).map(str::to_owned);
        let user = User {
            id: self.id,
            is_bot: self.rest.get("is_bot").and_then(Value::as_bool).unwrap_or(true),
            first_name: text("first_name").unwrap_or_else(|| self.username.clone()),
            last_name: text("last_name"),
            username: Some(self.username.clone()),
            language_code: text("language_code"),
            is_premium: flag("is_premium"),
            added_to_attachment_menu: flag("added_to_attachment_menu"),
        };
        Me {
            user,
            can_join_groups: flag("can_join_groups"),
            can_read_all_group_messages: flag("can_read_all_group_messages"),
            supports_inline_queries: flag("supports_inline_queries"),
            can_connect_to_business: flag("can_connect_to_business"),
            has_main_web_app: flag("has_main_web_app"),
        }
    }
}

/// Calls getMe with `bot`'s token and reads the answer leniently.
pub async fn get_me(bot: &Bot) -> Result<Me, RequestError> {
    Ok(JsonRequest::new(bot.clone(), GetMeRaw {}).send().await?.into_me())
}

/// A bot whose getMe can be read leniently: the plain [`Bot`], which [`Paced`](super::Paced)
/// wraps.
pub trait HasBot: Requester<Err = RequestError> {
    /// The bot whose token and API URL the request uses.
    fn bot(&self) -> &Bot;
}

impl HasBot for Bot {
    fn bot(&self) -> &Bot {
        self
    }
}

/// The `get_me` request of [`Paced`](super::Paced): teloxide's payload, our lenient reading.
#[must_use = "requests do nothing unless sent"]
#[derive(Clone)]
pub struct LenientGetMe {
    bot: Bot,
    payload: GetMe,
}

impl LenientGetMe {
    /// getMe with `bot`'s token.
    pub fn new(bot: Bot) -> Self {
        Self { bot, payload: GetMe::new() }
    }
}

impl HasPayload for LenientGetMe {
    type Payload = GetMe;

    fn payload_mut(&mut self) -> &mut Self::Payload {
        &mut self.payload
    }

    fn payload_ref(&self) -> &Self::Payload {
        &self.payload
    }
}

impl Request for LenientGetMe {
    type Err = RequestError;
    type Send = BoxFuture<'static, Result<Me, RequestError>>;
    type SendRef = BoxFuture<'static, Result<Me, RequestError>>;

    fn send(self) -> Self::Send {
        Box::pin(async move { get_me(&self.bot).await })
    }

    fn send_ref(&self) -> Self::SendRef {
        self.clone().send()
    }
}

impl IntoFuture for LenientGetMe {
    type Output = Result<Me, RequestError>;
    type IntoFuture = BoxFuture<'static, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn only_id_and_username_are_required() {
        let moved = json!({ "id": 7, "username": "b_bot", "can_join_groups": { "now": "here" },
            "new_field": [1, 2] });
        let me = serde_json::from_value::<MeRaw>(moved).map(MeRaw::into_me);
        assert!(matches!(me, Ok(ref me) if me.id == UserId(7) && me.username() == "b_bot"));
        assert!(me.is_ok_and(|me| !me.can_join_groups && me.first_name == "b_bot"));
        assert!(serde_json::from_value::<MeRaw>(json!({ "id": 7 })).is_err());
        assert!(serde_json::from_value::<MeRaw>(json!({ "username": "b_bot" })).is_err());
    }
}
