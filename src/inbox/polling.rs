//! Long polling into the inbox: getUpdates, store the batch in one transaction, hand it to
//! the dispatcher, and only then ask for more. The next call's offset is what tells Telegram
//! the batch arrived, so a crash before the store loses nothing: Telegram sends it again.
//!
//! getUpdates is sent here over the bot's own HTTP client rather than as a teloxide request:
//! teloxide reads an answer through serde's buffered content, where each update would have to
//! be built as a JSON value and written out again to be stored. Read here, each update's raw
//! text is kept as Telegram sent it and parsed once.

use std::{sync::Arc, time::Duration};

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use teloxide::Bot;
use tokio::task::JoinHandle;
use url::Url;

use super::{ALLOWED_UPDATES, Feed, Inbox, InboxError};

/// How long one getUpdates waits for an update (seconds).
const LONG_POLL_SECS: u32 = 10;

/// getUpdates' parameters.
#[derive(Debug, Clone, Serialize)]
struct GetUpdates {
    offset: i32,
    timeout: u32,
    allowed_updates: &'static [&'static str],
}

/// Telegram's answer, with each update left as the text it came as.
#[derive(Debug, Deserialize)]
struct Answer<'a> {
    ok: bool,
    #[serde(borrow, default)]
    result: Vec<&'a RawValue>,
    #[serde(default)]
    description: String,
    #[serde(default)]
    parameters: Option<Parameters>,
}

#[derive(Debug, Deserialize)]
struct Parameters {
    retry_after: Option<u64>,
}

/// Why a getUpdates brought nothing.
#[derive(Debug, thiserror::Error)]
enum PollError {
    /// The request did not get an answer (the URL, which holds the token, is left out).
    #[error("network: {0}")]
    Network(reqwest::Error),
    /// Telegram asked to wait.
    #[error("flood control: retry after {0:?}")]
    RetryAfter(Duration),
    /// Telegram refused, or answered something that is not its JSON.
    #[error("{0}")]
    Refused(String),
}

/// One getUpdates: the raw answer body (the updates borrow from it).
async fn get_updates(
    bot: &Bot,
    url: &Url,
    payload: &GetUpdates,
) -> Result<impl AsRef<[u8]>, PollError> {
    let response = bot
        .client()
        .post(url.clone())
        .json(payload)
        // The long poll plus time for the answer to come back.
        .timeout(Duration::from_secs(u64::from(payload.timeout) + 10))
        .send()
        .await
        .map_err(|e| PollError::Network(e.without_url()))?;
    response.bytes().await.map_err(|e| PollError::Network(e.without_url()))
}

/// `<api>/bot<token>/getUpdates`, keeping any path the API URL has (a self-hosted server
/// behind a prefix), as teloxide builds its own method URLs.
fn method_url(api: &Url, token: &str) -> Url {
    crate::config::endpoint(api, &[&format!("bot{token}"), "getUpdates"])
}

/// The updates in an answer body.
fn updates(body: &[u8]) -> Result<Vec<&str>, PollError> {
    let answer: Answer<'_> =
        serde_json::from_slice(body).map_err(|e| PollError::Refused(e.to_string()))?;
    if answer.ok {
        return Ok(answer.result.into_iter().map(RawValue::get).collect());
    }
    match answer.parameters.and_then(|p| p.retry_after) {
        Some(secs) => Err(PollError::RetryAfter(Duration::from_secs(secs))),
        None => Err(PollError::Refused(answer.description)),
    }
}

/// Polls Telegram from the first update not yet stored, until the dispatcher drops the
/// other end of `feed`.
pub fn spawn(bot: Bot, inbox: Arc<Inbox>, feed: Feed, offset: i32) -> JoinHandle<()> {
    tokio::spawn(poll(bot, inbox, feed, offset))
}

async fn poll(bot: Bot, inbox: Arc<Inbox>, feed: Feed, mut offset: i32) {
    let mut failures = 0u32;
    let url = method_url(&bot.api_url(), bot.token());
    loop {
        let payload =
            GetUpdates { offset, timeout: LONG_POLL_SECS, allowed_updates: &ALLOWED_UPDATES };
        let fetched = tokio::select! {
            () = feed.closed() => return,
            fetched = get_updates(&bot, &url, &payload) => fetched,
        };
        let wait = match &fetched {
            Ok(body) => match updates(body.as_ref()) {
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
                Err(e) => failed(&mut failures, &e),
            },
            Err(e) => failed(&mut failures, e),
        };
        tokio::select! {
            () = feed.closed() => return,
            () = tokio::time::sleep(wait) => {}
        }
    }
}

/// How long to wait after a getUpdates that failed with `e`.
fn failed(failures: &mut u32, e: &PollError) -> Duration {
    if let PollError::RetryAfter(after) = e {
        return *after;
    }
    tracing::warn!(error = %e, "getUpdates failed");
    *failures = failures.saturating_add(1);
    backoff(*failures)
}

/// Stores `batch` and feeds the new updates on. Returns the highest update id in it.
async fn store(inbox: &Inbox, feed: &Feed, batch: &[&str]) -> Result<Option<i64>, InboxError> {
    let accepted = inbox.accept(batch).await?;
    for update in accepted.updates {
        // The dispatcher has stopped: the update stays unhandled and is replayed next start.
        if !feed.send(update) {
            break;
        }
    }
    Ok(accepted.last)
}

/// 0.5 s, 1 s, 2 s, … as at start-up, but at most 16 s between failed polls: a poll that
/// works again should not wait long to say so.
fn backoff(failures: u32) -> Duration {
    crate::startup::backoff(crate::startup::FIRST_RETRY_DELAY, failures)
        .min(Duration::from_secs(16))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_method_url_keeps_the_api_urls_path() {
        for (api, expected) in [
            ("https://api.telegram.org", "https://api.telegram.org/bot1:T/getUpdates"),
            ("https://api.telegram.org/", "https://api.telegram.org/bot1:T/getUpdates"),
            ("http://127.0.0.1:8081/prefix", "http://127.0.0.1:8081/prefix/bot1:T/getUpdates"),
            ("http://127.0.0.1:8081/prefix/", "http://127.0.0.1:8081/prefix/bot1:T/getUpdates"),
        ] {
            let url = method_url(&Url::parse(api).expect("url"), "1:T");
            assert_eq!(url.as_str(), expected, "{api}");
        }
    }

    #[test]
    fn each_update_is_kept_as_the_text_telegram_sent() {
        let body = br#"{"ok":true,"result":[{"update_id":7,"message":{"x": 1}},{"update_id":8}]}"#;
        let batch = updates(body).expect("an answer");
        assert_eq!(batch, [r#"{"update_id":7,"message":{"x": 1}}"#, r#"{"update_id":8}"#]);
    }

    #[test]
    fn flood_control_says_how_long_to_wait() {
        let body = br#"{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 3","parameters":{"retry_after":3}}"#;
        assert!(
            matches!(updates(body), Err(PollError::RetryAfter(d)) if d == Duration::from_secs(3))
        );
        let mut failures = 0;
        assert_eq!(
            failed(&mut failures, &PollError::RetryAfter(Duration::from_secs(3))),
            Duration::from_secs(3)
        );
        assert_eq!(failures, 0, "a wait asked for is not a failure");
    }

    #[test]
    fn a_refusal_or_garbage_is_a_failure_that_backs_off() {
        let conflict = br#"{"ok":false,"error_code":409,"description":"Conflict: terminated by other getUpdates request"}"#;
        assert!(
            matches!(updates(conflict), Err(PollError::Refused(d)) if d.starts_with("Conflict"))
        );
        assert!(matches!(updates(b"<html>bad gateway</html>"), Err(PollError::Refused(_))));
        let mut failures = 0;
        let first = failed(&mut failures, &PollError::Refused("x".into()));
        let second = failed(&mut failures, &PollError::Refused("x".into()));
        assert!(second > first, "{first:?} then {second:?}");
    }
}
