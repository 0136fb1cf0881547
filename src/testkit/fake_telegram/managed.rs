//! Managed bots in the fake (Bot API 9.6 and 10.0), as the reference documents them:
//! `can_manage_bots` in getMe, getManagedBotToken / replaceManagedBotToken, get/set
//! ManagedBotAccessSettings (`400 BOT_INVALID` for a bot ours does not manage), and a user
//! creating a bot with the "create a bot" button: the `managed_bot` update and the
//! `managed_bot_created` service message in the user's private chat.

use std::collections::HashMap;

use serde_json::{Value, json};

use super::{FakeTelegram, Inner, TestUser, chat_json, now};

/// A bot our bot manages.
#[derive(Debug, Clone)]
pub struct ManagedBot {
    /// Its user id.
    pub id: i64,
    /// Its @username.
    pub username: String,
    /// Who created it.
    pub owner: i64,
    /// Its current token.
    pub token: String,
    /// Whether only the owner and `added` may talk to it.
    pub restricted: bool,
    /// Who else may, when restricted.
    pub added: Vec<i64>,
}

/// The managed-bot side of the fake's state.
#[derive(Debug, Default)]
pub(super) struct Managed {
    /// What getMe says about Bot Management Mode.
    can_manage_bots: bool,
    bots: HashMap<i64, ManagedBot>,
    /// Tokens handed out so far, to make each new one differ.
    issued: u64,
}

/// Telegram's answer for a bot ours does not manage (the MTProto method's documented error).
fn bot_invalid() -> Value {
    json!({ "ok": false, "error_code": 400, "description": "Bad Request: BOT_INVALID" })
}

impl Managed {
    fn new_token(&mut self, bot: i64) -> String {
        self.issued += 1;
        format!("{bot}:MANAGED{:04}_xyzABCDEFGHIJKLMNOPQRSTUVWxyz012", self.issued)
    }
}

/// A send Telegram refuses: a reply keyboard that asks to create a bot or to pick users,
/// outside a private chat ("Available in private chats only"; the error is the one Telegram
/// gives a `web_app` button in a group).
pub(super) fn refused_send(method: &str, chat: i64, body: &Value) -> Option<Value> {
    let rows = body.pointer("/reply_markup/keyboard").and_then(Value::as_array)?;
    let private_only = rows.iter().filter_map(Value::as_array).flatten().any(|button| {
        button.get("request_managed_bot").is_some() || button.get("request_users").is_some()
    });
    (method.starts_with("send") && chat < 0 && private_only).then(|| {
        json!({ "ok": false, "error_code": 400, "description": "Bad Request: BUTTON_TYPE_INVALID" })
    })
}

/// What getMe adds for Bot Management Mode.
pub(super) fn can_manage_bots(inner: &Inner) -> bool {
    inner.managed.can_manage_bots
}

/// The answer to a managed-bot method (`Ok` result or `Err` error body); `None` for any
/// other method.
pub(super) fn answer(
    inner: &mut Inner,
    method: &str,
    body: &Value,
) -> Option<Result<Value, Value>> {
    let bot = body.get("user_id").and_then(Value::as_i64).unwrap_or_default();
    let answer = match method {
        "getmanagedbottoken" => match inner.managed.bots.get(&bot) {
            Some(managed) => Ok(json!(managed.token)),
            None => Err(bot_invalid()),
        },
        "replacemanagedbottoken" => {
            if !inner.managed.bots.contains_key(&bot) {
                return Some(Err(bot_invalid()));
            }
            let token = inner.managed.new_token(bot);
            let managed = inner.managed.bots.get_mut(&bot)?;
            // The old token stops working at once.
            let old = std::mem::replace(&mut managed.token, token.clone());
            let username = managed.username.clone();
            inner.other_bots.remove(&old);
            inner.other_bots.insert(token.clone(), (bot, username));
            Ok(json!(token))
        }
        "getmanagedbotaccesssettings" => match inner.managed.bots.get(&bot) {
            Some(managed) => {
                let mut settings = json!({ "is_access_restricted": managed.restricted });
                if managed.restricted && !managed.added.is_empty() {
                    settings["added_users"] = managed
                        .added
                        .iter()
                        .map(|id| json!({ "id": id, "is_bot": false, "first_name": format!("user{id}") }))
                        .collect();
                }
                Ok(settings)
            }
            None => Err(bot_invalid()),
        },
        "setmanagedbotaccesssettings" => {
            let restricted = body.get("is_access_restricted").and_then(Value::as_bool);
            let added: Vec<i64> = body
                .get("added_user_ids")
                .and_then(Value::as_array)
                .map(|ids| ids.iter().filter_map(Value::as_i64).collect())
                .unwrap_or_default();
            let Some(restricted) = restricted else {
                return Some(Err(json!({
                    "ok": false, "error_code": 400,
                    "description": "Bad Request: parameter \"is_access_restricted\" is required",
                })));
            };
            if added.len() > 10 {
                return Some(Err(json!({
                    "ok": false, "error_code": 400, "description": "Bad Request: too many users",
                })));
            }
            match inner.managed.bots.get_mut(&bot) {
                Some(managed) => {
                    managed.restricted = restricted;
                    // "Ignored if is_access_restricted is false."
                    managed.added = if restricted { added } else { Vec::new() };
                    Ok(json!(true))
                }
                None => Err(bot_invalid()),
            }
        }
        _ => return None,
    };
    Some(answer)
}

impl FakeTelegram {
    /// Turns Bot Management Mode on or off (what getMe reports as `can_manage_bots`).
    pub fn set_can_manage_bots(&self, on: bool) {
        self.shared.lock().managed.can_manage_bots = on;
    }

    /// The managed bot with this id, as the fake has it.
    pub fn managed_bot(&self, id: i64) -> Option<ManagedBot> {
        self.shared.lock().managed.bots.get(&id).cloned()
    }

    /// A bot `owner` created earlier and ours manages (no update: it is already known).
    pub fn add_managed_bot(&self, owner: &TestUser, id: i64, username: &str) -> ManagedBot {
        let mut inner = self.shared.lock();
        let token = inner.managed.new_token(id);
        let managed = ManagedBot {
            id,
            username: username.to_owned(),
            owner: owner.id,
            token: token.clone(),
            restricted: false,
            added: Vec::new(),
        };
        inner.managed.bots.insert(id, managed.clone());
        inner.other_bots.insert(token, (id, username.to_owned()));
        managed
    }

    /// `user` creates a bot with the "create a bot" button and confirms Telegram's dialog
    /// (with `username`, which they may have changed): the bot exists, is managed by ours,
    /// its token works for getMe, and Telegram sends the `managed_bot` update and the
    /// `managed_bot_created` service message (the message first when `message_first`).
    pub fn create_managed_bot(
        &self,
        user: &TestUser,
        id: i64,
        username: &str,
        message_first: bool,
    ) -> ManagedBot {
        let managed = self.add_managed_bot(user, id, username);
        let bot = json!({ "id": id, "is_bot": true, "first_name": username, "username": username });
        let update = json!({ "user": user.json(), "bot": bot });
        let message = json!({
            "message_id": self.next_message_id(),
            "date": now(),
            "chat": chat_json(user.id),
            "from": user.json(),
            "managed_bot_created": { "bot": bot },
        });
        if message_first {
            self.push_update("message", message);
            self.push_update("managed_bot", update);
        } else {
            self.push_update("managed_bot", update);
            self.push_update("message", message);
        }
        managed
    }

    /// `user` picks people with a `request_users` button of request `request_id`: the
    /// `users_shared` service message in their private chat.
    pub fn share_users(&self, user: &TestUser, request_id: i32, ids: &[i64]) -> i64 {
        let message_id = self.next_message_id();
        let users: Vec<Value> = ids.iter().map(|id| json!({ "user_id": id })).collect();
        self.push_update(
            "message",
            json!({
                "message_id": message_id,
                "date": now(),
                "chat": chat_json(user.id),
                "from": user.json(),
                "users_shared": { "request_id": request_id, "users": users },
            }),
        );
        message_id
    }
}
