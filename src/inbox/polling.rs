//! Long polling into the inbox: getUpdates, store the batch in one transaction, hand it to
//! the dispatcher, and only then ask for more. The next call's offset is what tells Telegram
//! the batch arrived, so a crash before the store loses nothing: Telegram sends it again.

use std::{sync::Arc, time::Duration};

use serde::Serialize;
use serde_json::Value;
use teloxide::{
    Bot, RequestError,
    requests::{JsonRequest, Payload, Request as _},
};
use tokio::task::JoinHandle;

use super::{ALLOWED_UPDATES, Feed, Inbox, InboxError};

/// How long one getUpdates waits for an update (seconds).
const LONG_POLL_SECS: u32 = 10;

/// getUpdates, answered as raw JSON: what is stored is what Telegram sent, not teloxide's
/// reading of it.
#[derive(Debug, Clone, Serialize)]
struct GetRawUpdates {
    offset: i32,
    timeout: u32,
    allowed_updates: &'static [&'static str],
}

impl Payload for GetRawUpdates {
    type Output = Vec<Value>;

    const NAME: &'static str = "GetUpdates";

    fn timeout_hint(&self) -> Option<Duration> {
        Some(Duration::from_secs(self.timeout.into()))
    }
}

/// Polls Telegram from the first update not yet stored, until the dispatcher drops the
/// other end of `feed`.
pub fn spawn(bot: Bot, inbox: Arc<Inbox>, feed: Feed, offset: i32) -> JoinHandle<()> {
    tokio::spawn(poll(bot, inbox, feed, offset))
}

async fn poll(bot: Bot, inbox: Arc<Inbox>, feed: Feed, mut offset: i32) {
    let mut failures = 0u32;
    loop {
        let payload =
            GetRawUpdates { offset, timeout: LONG_POLL_SECS, allowed_updates: &ALLOWED_UPDATES };
        let fetched = tokio::select! {
            () = feed.closed() => return,
            fetched = JsonRequest::new(bot.clone(), payload).send() => fetched,
        };
        let wait = match fetched {
            Ok(batch) => {
                failures = 0;
                match store(&inbox, &feed, &batch).await {
                    Ok(Some(last)) => {
                        offset = i32::try_from(last + 1).unwrap_or(offset);
                        continue;
                    }
                    Ok(None) => continue,
                    // Not stored: the offset stays, so Telegram keeps the batch for later.
                    Err(InboxError::Full(_)) => Duration::from_secs(5),
                    Err(e) => {
                        tracing::error!(error = %e, "could not store updates; asking again");
                        Duration::from_secs(1)
                    }
                }
            }
            Err(RequestError::RetryAfter(after)) => after.duration(),
            Err(e) => {
                tracing::warn!(error = %e, "getUpdates failed");
                failures = failures.saturating_add(1);
                backoff(failures)
            }
        };
        tokio::select! {
            () = feed.closed() => return,
            () = tokio::time::sleep(wait) => {}
        }
    }
}

/// Stores `batch` and feeds the new updates on. Returns the highest update id in it.
async fn store(inbox: &Inbox, feed: &Feed, batch: &[Value]) -> Result<Option<i64>, InboxError> {
    let raw: Vec<(i64, String)> = batch
        .iter()
        .filter_map(|update| match update.get("update_id").and_then(Value::as_i64) {
            Some(id) => Some((id, update.to_string())),
            None => {
                tracing::error!("an update without an update_id; skipped");
                None
            }
        })
        .collect();
    let borrowed: Vec<(i64, &str)> = raw.iter().map(|(id, body)| (*id, body.as_str())).collect();
    for update in inbox.accept(&borrowed).await? {
        // The dispatcher has stopped: the update stays unhandled and is replayed next start.
        if !feed.send(update) {
            break;
        }
    }
    Ok(raw.iter().map(|(id, _)| *id).max())
}

/// 0.5 s, 1 s, 2 s, … at most 30 s between failed polls.
fn backoff(failures: u32) -> Duration {
    Duration::from_millis(500u64.saturating_mul(1 << failures.min(6).saturating_sub(1)))
        .min(Duration::from_secs(30))
}
