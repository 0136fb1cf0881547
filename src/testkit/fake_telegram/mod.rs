//! A fake Telegram Bot API server on 127.0.0.1.
//!
//! The real dispatcher talks to it over HTTP through `TELOXIDE_API_URL`, exactly as it talks to
//! Telegram: getUpdates long polling, sendMessage, editMessageText, deleteMessage, and the rest.
//! Tests inject updates (text messages and button presses from given users, in private chats
//! and groups) and read back every call the bot made.
//!
//! Inside: `server` answers the Bot API calls, `updates` builds the updates tests inject,
//! `calls` holds the recorded calls and the waits on them, `managed` the managed bots,
//! `watched` getWebhookInfo (the other bots', and the bot's own webhook), `profiles` their
//! names and descriptions, and `replicas` several bot processes on one token (webhook
//! delivery to each in turn, and who polls when).

mod calls;
mod managed;
mod profiles;
mod replicas;
mod server;
mod updates;
mod watched;

use std::{
    collections::{HashMap, VecDeque},
    sync::{Arc, Mutex, MutexGuard},
    time::{SystemTime, UNIX_EPOCH},
};

use axum::{Extension, Router, routing::any};
use serde_json::{Value, json};
use tokio::{net::TcpListener, sync::Notify, task::JoinHandle};
use url::Url;

/// The bot's own token in tests.
pub const BOT_TOKEN: &str = "100000:TEST_BOT_TOKEN_abcdefghijklmnopqrstuv";
/// The bot's user id.
pub const BOT_ID: i64 = 100000;
/// The bot's username.
pub const BOT_USERNAME: &str = "assistants_test_bot";

pub use calls::Call;
pub use managed::ManagedBot;
pub use profiles::Profile;
pub use replicas::{ANSWER_WITHIN, Poll};
pub use updates::TestUser;

#[derive(Debug, Default)]
struct Inner {
    /// getUpdates calls so far (the bot is up once it polls).
    polls: u64,
    /// The body of the last getUpdates.
    last_poll: Option<Value>,
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
    /// Calls answered with one of those errors.
    refused: Vec<Call>,
    /// Groups upgraded to supergroups: old id → new id.
    upgraded: HashMap<i64, i64>,
    /// Chats whose user blocked the bot.
    blocked: std::collections::HashSet<i64>,
    /// Method (lowercase) → how many more calls are held without an answer.
    holds: HashMap<String, u32>,
    /// Calls held (or being held) by [`FakeTelegram::hold_next`].
    held: Vec<Call>,
    /// Managed bots and Bot Management Mode.
    managed: managed::Managed,
    /// Scripted getWebhookInfo answers per other bot's token.
    webhook_info: HashMap<String, Value>,
    /// The bot's own webhook, as its setWebhook and deleteWebhook left it.
    own_webhook: Option<Value>,
    /// Other bots' profiles, by bot id.
    profiles: HashMap<i64, profiles::Profile>,
    /// getMe answers in a reshaped form ([`FakeTelegram::reshape_get_me`]).
    reshaped_me: bool,
    /// Webhook delivery to several replicas, and the getUpdates calls of each.
    replicas: replicas::Replicas,
}

#[derive(Debug, Default)]
struct Shared {
    /// Where updates go in webhook mode (in order, one at a time).
    webhook: Mutex<Option<tokio::sync::mpsc::UnboundedSender<Value>>>,
    /// The webhook's URL and secret token, as last registered.
    webhook_to: Mutex<Option<(String, Option<String>)>>,
    inner: Mutex<Inner>,
    updates_ready: Notify,
    call_made: Notify,
    /// Lets held calls go on.
    released: Notify,
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
    /// The servers of [`FakeTelegram::url_for`].
    extra: Mutex<Vec<JoinHandle<()>>>,
}

impl Drop for FakeTelegram {
    fn drop(&mut self) {
        self.task.abort();
        for task in self.extra.get_mut().unwrap_or_else(|p| p.into_inner()).drain(..) {
            task.abort();
        }
    }
}

/// The fake's one route on `shared`, its calls made by `caller` (see
/// [`FakeTelegram::url_for`]).
fn router(shared: Arc<Shared>, caller: &str) -> Router {
    Router::new()
        .route("/{token}/{method}", any(server::handle))
        .layer(Extension(replicas::Caller(caller.into())))
        .with_state(shared)
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
        let app = router(shared.clone(), "");
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        let base_url = Url::parse(&format!("http://{addr}")).expect("url");
        Self { base_url, shared, task, extra: Mutex::default() }
    }

    /// The URL to give the bot as `TELOXIDE_API_URL`.
    pub fn base_url(&self) -> Url {
        self.base_url.clone()
    }

    /// Makes every getMe answer (the bot's own and other bots') look like a newer Bot API's:
    /// `first_name` and the getMe-only flags missing, one flag moved into an object, and an
    /// added field. The shape is made up for the test; only `id` and `username` stay.
    pub fn reshape_get_me(&self) {
        self.shared.lock().reshaped_me = true;
    }

    /// Makes getMe accept `token` as another bot's token.
    pub fn add_bot(&self, token: &str, id: i64, username: &str) {
        self.shared.lock().other_bots.insert(token.to_owned(), (id, username.to_owned()));
    }

    /// Makes the next `times` calls of `method` fail with Telegram's error `code` (429 comes
    /// with `retry_after: 1`). Failed calls are not among [`calls`](Self::calls) but among
    /// [`refused`](Self::refused).
    pub fn fail_next(&self, method: &str, times: u32, code: u16) {
        if code == 429 {
            return self.too_many_requests(method, times, 1);
        }
        let error =
            json!({ "ok": false, "error_code": code, "description": format!("Error {code}") });
        self.shared.lock().failures.insert(method.to_ascii_lowercase(), (times, error));
    }

    /// Makes the next `times` calls of `method` fail with a 429 asking to retry after
    /// `retry_after` seconds.
    pub fn too_many_requests(&self, method: &str, times: u32, retry_after: u32) {
        let error = json!({
            "ok": false,
            "error_code": 429,
            "description": format!("Too Many Requests: retry after {retry_after}"),
            "parameters": { "retry_after": retry_after },
        });
        self.shared.lock().failures.insert(method.to_ascii_lowercase(), (times, error));
    }

    /// Calls answered with an error set by [`fail_next`](Self::fail_next) or
    /// [`too_many_requests`](Self::too_many_requests).
    pub fn refused(&self) -> Vec<Call> {
        self.shared.lock().refused.clone()
    }

    /// Holds the next `times` calls of `method` without an answer (as a Telegram that hangs)
    /// until [`release_held`](Self::release_held), or 30 s; then they are answered as usual.
    /// A bot killed meanwhile never sees the answer.
    pub fn hold_next(&self, method: &str, times: u32) {
        self.shared.lock().holds.insert(method.to_ascii_lowercase(), times);
    }

    /// Lets every held call go on.
    pub fn release_held(&self) {
        self.shared.released.notify_waiters();
    }

    /// Waits until a call of `method` is being held, and returns it.
    pub async fn wait_for_held(&self, method: &str) -> Call {
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            let notified = self.shared.call_made.notified();
            if let Some(call) = self.shared.lock().held.iter().find(|c| c.is(method)).cloned() {
                return call;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                panic!("no {method} call was held within 10 s");
            }
        }
    }

    /// Sets a user's status in a group (`creator`, `administrator`, `member`, `left`).
    pub fn set_member(&self, chat: i64, user: i64, status: &str) {
        self.shared.lock().members.insert((chat, user), status.to_owned());
    }

    /// Webhook mode, as Telegram does it: POST each update to `url`, in order, with the secret
    /// token header the bot registered. An update is posted again until the bot answers it
    /// with a success (a bot killed mid-request, or down, gets it again once it is back, at
    /// the URL it registered last), and the next waits for it.
    pub fn deliver_to(&self, url: String, secret: Option<String>) {
        *self.shared.webhook_to.lock().unwrap_or_else(|p| p.into_inner()) = Some((url, secret));
        let mut webhook = self.shared.webhook.lock().unwrap_or_else(|p| p.into_inner());
        if webhook.is_some() {
            return;
        }
        let (deliver, mut updates) = tokio::sync::mpsc::unbounded_channel::<Value>();
        *webhook = Some(deliver);
        let shared = Arc::clone(&self.shared);
        tokio::spawn(async move {
            let http = reqwest::Client::new();
            while let Some(update) = updates.recv().await {
                loop {
                    let to = shared.webhook_to.lock().unwrap_or_else(|p| p.into_inner()).clone();
                    let Some((url, secret)) = to else { break };
                    let mut request = http.post(&url).json(&update);
                    if let Some(secret) = &secret {
                        request = request.header("X-Telegram-Bot-Api-Secret-Token", secret);
                    }
                    match request.send().await {
                        Ok(answer) if answer.status().is_success() => break,
                        _ => tokio::time::sleep(std::time::Duration::from_millis(20)).await,
                    }
                }
            }
        });
    }
}
