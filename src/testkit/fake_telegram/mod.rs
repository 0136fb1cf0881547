//! A fake Telegram Bot API server on 127.0.0.1.
//!
//! The real dispatcher talks to it over HTTP through `TELOXIDE_API_URL`, exactly as it talks to
//! Telegram: getUpdates long polling, sendMessage, editMessageText, deleteMessage, and the rest.
//! Tests inject updates (text messages and button presses from given users, in private chats
//! and groups) and read back every call the bot made.

use std::{
    collections::{HashMap, VecDeque},
    sync::{Arc, Mutex, MutexGuard},
    time::{Duration, SystemTime, UNIX_EPOCH},
};

use axum::{
    Json, Router,
    body::Bytes,
    extract::{Path, State},
    routing::any,
};
use serde_json::{Value, json};
use tokio::{net::TcpListener, sync::Notify, task::JoinHandle};
use url::Url;

/// The bot's own token in tests.
pub const BOT_TOKEN: &str = "100000:TEST_BOT_TOKEN_abcdefghijklmnopqrstuv";
/// The bot's user id.
pub const BOT_ID: i64 = 100000;
/// The bot's username.
pub const BOT_USERNAME: &str = "assistants_test_bot";

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

/// One Bot API call the bot made.
#[derive(Debug, Clone)]
pub struct Call {
    /// Method name as sent (`SendMessage`, `GetMe`…), compared case-insensitively.
    pub method: String,
    /// The token in the URL (the bot's own, or an assistant bot's for getMe).
    pub token: String,
    /// JSON body.
    pub body: Value,
    /// For sendMessage: the id the fake assigned.
    pub message_id: Option<i64>,
}

impl Call {
    /// Whether this is a call of `method` (case-insensitive: teloxide sends `SendMessage`).
    pub fn is(&self, method: &str) -> bool {
        self.method.eq_ignore_ascii_case(method)
    }

    /// The `chat_id` the call addresses.
    pub fn chat_id(&self) -> Option<i64> {
        self.body.get("chat_id").and_then(Value::as_i64)
    }

    /// The `text` of a sendMessage/editMessageText.
    pub fn text(&self) -> &str {
        self.body.get("text").and_then(Value::as_str).unwrap_or_default()
    }

    /// The inline keyboard buttons, row by row, as `(text, callback_data or url)`.
    pub fn buttons(&self) -> Vec<(String, String)> {
        let rows = self.body.pointer("/reply_markup/inline_keyboard").and_then(Value::as_array);
        rows.into_iter()
            .flatten()
            .filter_map(Value::as_array)
            .flatten()
            .map(|b| {
                let text = b["text"].as_str().unwrap_or_default().to_owned();
                let target = b
                    .get("callback_data")
                    .or_else(|| b.get("url"))
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned();
                (text, target)
            })
            .collect()
    }
}

#[derive(Debug, Default)]
struct Inner {
    /// getUpdates calls so far (the bot is up once it polls).
    polls: u64,
    updates: VecDeque<Value>,
    next_update_id: i64,
    next_message_id: i64,
    calls: Vec<Call>,
    /// Tokens of other bots (assistants-to-be) that getMe accepts: token → (id, username).
    other_bots: HashMap<String, (i64, String)>,
    /// (chat, user) → member status for getChatMember.
    members: HashMap<(i64, i64), String>,
    /// Method (lowercase) → (how many more calls fail, the error answer).
    failures: HashMap<String, (u32, Value)>,
}

#[derive(Debug, Default)]
struct Shared {
    /// Where updates go in webhook mode (in order, one at a time).
    webhook: Mutex<Option<tokio::sync::mpsc::UnboundedSender<Value>>>,
    inner: Mutex<Inner>,
    updates_ready: Notify,
    call_made: Notify,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// The running fake server. Stops when dropped.
pub struct FakeTelegram {
    base_url: Url,
    shared: Arc<Shared>,
    task: JoinHandle<()>,
}

impl Drop for FakeTelegram {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

fn chat_json(chat: i64) -> Value {
    if chat > 0 {
        json!({ "id": chat, "type": "private", "first_name": "User" })
    } else {
        json!({ "id": chat, "type": "supergroup", "title": "Team" })
    }
}

fn bot_user() -> Value {
    json!({ "id": BOT_ID, "is_bot": true, "first_name": "Assistants", "username": BOT_USERNAME })
}

impl FakeTelegram {
    /// Starts the server on a random port of 127.0.0.1.
    pub async fn start() -> Self {
        Self::start_on(std::net::SocketAddr::from(([127, 0, 0, 1], 0))).await
    }

    /// Starts the server on `addr` (for a Telegram that comes up after the bot started).
    pub async fn start_on(addr: std::net::SocketAddr) -> Self {
        let listener = TcpListener::bind(addr).await.expect("bind fake telegram");
        let addr = listener.local_addr().expect("local addr");
        let shared = Arc::new(Shared::default());
        shared.lock().next_message_id = 1000;
        let app = Router::new().route("/{token}/{method}", any(handle)).with_state(shared.clone());
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        let base_url = Url::parse(&format!("http://{addr}")).expect("url");
        Self { base_url, shared, task }
    }

    /// The URL to give the bot as `TELOXIDE_API_URL`.
    pub fn base_url(&self) -> Url {
        self.base_url.clone()
    }

    /// Makes getMe accept `token` as another bot's token.
    pub fn add_bot(&self, token: &str, id: i64, username: &str) {
        self.shared.lock().other_bots.insert(token.to_owned(), (id, username.to_owned()));
    }

    /// Makes the next `times` calls of `method` fail with Telegram's error `code` (429 comes
    /// with `retry_after: 1`). Failed calls are not recorded.
    pub fn fail_next(&self, method: &str, times: u32, code: u16) {
        let mut error =
            json!({ "ok": false, "error_code": code, "description": format!("Error {code}") });
        if code == 429 {
            error["description"] = json!("Too Many Requests: retry after 1");
            error["parameters"] = json!({ "retry_after": 1 });
        }
        self.shared.lock().failures.insert(method.to_ascii_lowercase(), (times, error));
    }

    /// Sets a user's status in a group (`creator`, `administrator`, `member`, `left`).
    pub fn set_member(&self, chat: i64, user: i64, status: &str) {
        self.shared.lock().members.insert((chat, user), status.to_owned());
    }

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
    pub fn deliver_to(&self, url: String, secret: Option<String>) {
        let (deliver, mut updates) = tokio::sync::mpsc::unbounded_channel::<Value>();
        *self.shared.webhook.lock().unwrap_or_else(|p| p.into_inner()) = Some(deliver);
        tokio::spawn(async move {
            let http = reqwest::Client::new();
            while let Some(update) = updates.recv().await {
                let mut request = http.post(&url).json(&update);
                if let Some(secret) = &secret {
                    request = request.header("X-Telegram-Bot-Api-Secret-Token", secret);
                }
                if let Err(e) = request.send().await {
                    eprintln!("fake telegram: webhook delivery failed: {e}");
                }
            }
        });
    }

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

    /// Waits until the bot has polled for updates `count` times in all (it is up and idle).
    pub async fn wait_for_polls(&self, count: u64) {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        loop {
            let notified = self.shared.call_made.notified();
            if self.shared.lock().polls >= count {
                return;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                panic!("the bot did not start polling within 10 s");
            }
        }
    }

    /// getUpdates calls so far.
    pub fn polls(&self) -> u64 {
        self.shared.lock().polls
    }

    /// Every call so far.
    pub fn calls(&self) -> Vec<Call> {
        self.shared.lock().calls.clone()
    }

    /// How many calls were made so far.
    pub fn call_count(&self) -> usize {
        self.shared.lock().calls.len()
    }

    /// How many calls of `method` were made so far.
    pub fn count_of(&self, method: &str) -> usize {
        self.shared.lock().calls.iter().filter(|c| c.is(method)).count()
    }

    /// Calls of `method` so far.
    pub fn calls_of(&self, method: &str) -> Vec<Call> {
        self.calls().into_iter().filter(|c| c.is(method)).collect()
    }

    /// Waits until a call after the first `skip` calls satisfies `pred`, and returns it.
    /// Panics with the calls seen when none does within `limit` (a hung bot, not a slow one:
    /// the limit is generous and only bounds a failing test).
    pub async fn wait_for_after(
        &self,
        skip: usize,
        what: &str,
        limit: Duration,
        pred: impl Fn(&Call) -> bool,
    ) -> Call {
        let deadline = tokio::time::Instant::now() + limit;
        loop {
            let notified = self.shared.call_made.notified();
            let found = self.shared.lock().calls.iter().skip(skip).find(|c| pred(c)).cloned();
            if let Some(call) = found {
                return call;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                let seen: Vec<String> =
                    self.calls().iter().map(|c| format!("{} {}", c.method, c.body)).collect();
                panic!("no call matched `{what}` within {limit:?}; calls:\n{}", seen.join("\n"));
            }
        }
    }

    /// Waits for any call satisfying `pred`.
    pub async fn wait_for(&self, what: &str, pred: impl Fn(&Call) -> bool) -> Call {
        self.wait_for_after(0, what, Duration::from_secs(10), pred).await
    }

    /// Waits for the next message sent to `chat` after the first `skip` calls.
    pub async fn next_message(&self, skip: usize, chat: i64) -> Call {
        self.wait_for_after(skip, "sendMessage", Duration::from_secs(10), |c| {
            c.is("SendMessage") && c.chat_id() == Some(chat)
        })
        .await
    }
}

fn ok(result: Value) -> Json<Value> {
    Json(json!({ "ok": true, "result": result }))
}

/// The text fields of a multipart/form-data body (teloxide sends setWebhook that way).
fn multipart_fields(content_type: &str, body: &[u8]) -> Value {
    let Some(boundary) = content_type.split("boundary=").nth(1) else { return json!({}) };
    let text = String::from_utf8_lossy(body);
    let mut fields = serde_json::Map::new();
    for part in text.split(&format!("--{}", boundary.trim_matches('"'))) {
        let Some((head, value)) = part.split_once("\r\n\r\n") else { continue };
        let Some(name) = head.split("name=\"").nth(1).and_then(|n| n.split('"').next()) else {
            continue;
        };
        fields.insert(name.to_owned(), Value::String(value.trim_end_matches("\r\n").to_owned()));
    }
    Value::Object(fields)
}

async fn handle(
    State(shared): State<Arc<Shared>>,
    Path((token, method)): Path<(String, String)>,
    headers: axum::http::HeaderMap,
    body: Bytes,
) -> Json<Value> {
    let token = token.strip_prefix("bot").unwrap_or(&token).to_owned();
    let content_type =
        headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default();
    let body: Value = if content_type.starts_with("multipart/form-data") {
        multipart_fields(content_type, &body)
    } else {
        serde_json::from_slice(&body).unwrap_or_else(|_| json!({}))
    };
    let lower = method.to_ascii_lowercase();

    if token != BOT_TOKEN {
        let other = shared.lock().other_bots.get(&token).cloned();
        shared.lock().calls.push(Call {
            method: method.clone(),
            token: token.clone(),
            body,
            message_id: None,
        });
        shared.call_made.notify_waiters();
        return match (other, lower.as_str()) {
            (Some((id, username)), "getme") => ok(json!({
                "id": id, "is_bot": true, "first_name": username, "username": username,
                "can_join_groups": true, "can_read_all_group_messages": false,
                "supports_inline_queries": false, "can_connect_to_business": false,
                "has_main_web_app": false,
            })),
            _ => Json(json!({ "ok": false, "error_code": 401, "description": "Unauthorized" })),
        };
    }

    if lower == "getupdates" {
        shared.lock().polls += 1;
        shared.call_made.notify_waiters();
        return ok(get_updates(&shared, &body).await);
    }

    let mut inner = shared.lock();
    if let Some((left, error)) = inner.failures.get_mut(&lower)
        && *left > 0
    {
        *left -= 1;
        return Json(error.clone());
    }
    let mut call = Call { method: method.clone(), token, body: body.clone(), message_id: None };
    let chat = body.get("chat_id").and_then(Value::as_i64).unwrap_or_default();
    let result = match lower.as_str() {
        "getme" => {
            let mut me = bot_user();
            me["can_join_groups"] = json!(true);
            me["can_read_all_group_messages"] = json!(false);
            me["supports_inline_queries"] = json!(false);
            me["can_connect_to_business"] = json!(false);
            me["has_main_web_app"] = json!(false);
            me
        }
        "sendmessage" => {
            inner.next_message_id += 1;
            let id = inner.next_message_id;
            call.message_id = Some(id);
            message_json(id, chat, &body)
        }
        "editmessagetext" | "editmessagereplymarkup" => {
            let id = body.get("message_id").and_then(Value::as_i64).unwrap_or_default();
            message_json(id, chat, &body)
        }
        "getchatmember" => {
            let user = body.get("user_id").and_then(Value::as_i64).unwrap_or_default();
            let status =
                inner.members.get(&(chat, user)).cloned().unwrap_or_else(|| "member".into());
            member_json(user, &status)
        }
        "getchatadministrators" => Value::Array(
            inner
                .members
                .iter()
                .filter(|((c, _), s)| *c == chat && (*s == "creator" || *s == "administrator"))
                .map(|((_, u), s)| member_json(*u, s))
                .collect(),
        ),
        _ => json!(true),
    };
    inner.calls.push(call);
    drop(inner);
    shared.call_made.notify_waiters();
    ok(result)
}

fn message_json(id: i64, chat: i64, body: &Value) -> Value {
    let mut message = json!({
        "message_id": id,
        "date": now(),
        "chat": chat_json(chat),
        "from": bot_user(),
        "text": body.get("text").cloned().unwrap_or(json!("")),
    });
    if let Some(markup) = body.get("reply_markup").filter(|m| m.get("inline_keyboard").is_some()) {
        message["reply_markup"] = markup.clone();
    }
    message
}

fn member_json(user: i64, status: &str) -> Value {
    let mut member = json!({
        "user": { "id": user, "is_bot": false, "first_name": format!("user{user}") },
        "status": status,
    });
    match status {
        "administrator" => {
            for right in [
                "can_be_edited",
                "is_anonymous",
                "can_manage_chat",
                "can_delete_messages",
                "can_manage_video_chats",
                "can_restrict_members",
                "can_promote_members",
                "can_change_info",
                "can_invite_users",
                "can_post_stories",
                "can_edit_stories",
                "can_delete_stories",
            ] {
                member[right] = json!(right != "is_anonymous");
            }
        }
        "creator" => member["is_anonymous"] = json!(false),
        _ => {}
    }
    member
}

/// Long polling: answers at once when updates wait, else when one arrives or after a short
/// while (shorter than Telegram's, so a stopping bot is not held up).
async fn get_updates(shared: &Shared, body: &Value) -> Value {
    let offset = body.get("offset").and_then(Value::as_i64).unwrap_or(0);
    let wait = Duration::from_millis(300);
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        let notified = shared.updates_ready.notified();
        {
            let mut inner = shared.lock();
            inner.updates.retain(|u| u["update_id"].as_i64().unwrap_or_default() >= offset);
            if !inner.updates.is_empty() {
                return Value::Array(inner.updates.iter().cloned().collect());
            }
        }
        if tokio::time::timeout_at(deadline, notified).await.is_err() {
            return json!([]);
        }
    }
}
