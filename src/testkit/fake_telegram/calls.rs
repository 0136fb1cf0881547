//! The calls the bot made, as the fake recorded them, and ways for a test to wait for them.

use std::time::{Duration, Instant};

use serde_json::Value;

use super::FakeTelegram;

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
    /// When the call arrived.
    pub at: Instant,
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

    /// The inline keyboard buttons, row by row, as `(text, callback_data, url or web_app url)`.
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
                    .or_else(|| b.pointer("/web_app/url"))
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned();
                (text, target)
            })
            .collect()
    }

    /// The URL of the first `web_app` button (a Mini App), if there is one.
    pub fn web_app_url(&self) -> Option<String> {
        let rows = self.body.pointer("/reply_markup/inline_keyboard").and_then(Value::as_array);
        rows.into_iter()
            .flatten()
            .filter_map(Value::as_array)
            .flatten()
            .find_map(|b| b.pointer("/web_app/url").and_then(Value::as_str).map(str::to_owned))
    }
}

impl FakeTelegram {
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

    /// What the last getUpdates asked for (its JSON body); getUpdates calls are counted,
    /// not recorded among [`calls`](Self::calls).
    pub fn last_poll(&self) -> Option<Value> {
        self.shared.lock().last_poll.clone()
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

    /// Waits until `method` has been called `count` times in all; panics after `limit`. It
    /// looks every 5 ms rather than at every call: a long burst of calls then costs the
    /// fake (which benchmarks run beside the bot) no recount per call.
    pub async fn wait_for_count(&self, method: &str, count: usize, limit: Duration) {
        let deadline = tokio::time::Instant::now() + limit;
        while self.count_of(method) < count {
            assert!(
                tokio::time::Instant::now() < deadline,
                "{count} {method} not within {limit:?}"
            );
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
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
