//! Checks made before the dispatcher starts: the bot's own token is tried with getMe.
//!
//! teloxide's dispatcher calls getMe itself and panics when that fails, so a wrong
//! `TELOXIDE_TOKEN` or a Telegram that cannot be reached would crash the process. Asking first
//! turns a refused token into one readable line (the caller exits with code 2), and an
//! unreachable Telegram into a wait with capped exponential backoff, one log line per attempt,
//! that a shutdown signal ends cleanly. The answer is read leniently ([`me`]): only `id` and
//! `username` are required, so a Bot API that adds, moves or drops getMe's other fields
//! still starts the bot.

use std::{error::Error as _, time::Duration};

use teloxide::{ApiError, Bot, RequestError, types::Me};

use crate::sender::me;

/// The wait after the first failed attempt; it doubles after each further failure.
pub const FIRST_RETRY_DELAY: Duration = Duration::from_millis(500);

/// The longest wait between two attempts.
pub const MAX_RETRY_DELAY: Duration = Duration::from_secs(60);

/// Why the bot must not start.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    /// Telegram answered that the token is not a bot's (401 Unauthorized, or 404 Not Found).
    #[error("was refused by Telegram ({0}): check the bot's token from @BotFather")]
    TokenRefused(ApiError),
}

/// How the wait for Telegram ended, when the token was not refused.
#[derive(Debug)]
pub enum Reached {
    /// Telegram accepted the token; this is the bot.
    Ready(Box<Me>),
    /// A shutdown was asked for before Telegram answered.
    Interrupted,
}

/// What one getMe attempt tells.
#[derive(Debug)]
pub enum Attempt {
    /// The token works.
    Ready(Box<Me>),
    /// The token was refused: retrying cannot help.
    Refused(ApiError),
    /// Telegram could not be reached or answered with a server error: try again, no sooner
    /// than `at_least` when Telegram said so (429).
    Retry {
        /// A one-line description of the failure, for the log.
        reason: String,
        /// A wait Telegram asked for.
        at_least: Option<Duration>,
    },
}

impl Attempt {
    /// Classifies the result of a getMe call.
    pub fn from_result(result: Result<Me, RequestError>) -> Self {
        match result {
            Ok(me) => Self::Ready(Box::new(me)),
            Err(RequestError::Api(ApiError::InvalidToken)) => Self::Refused(ApiError::InvalidToken),
            Err(RequestError::RetryAfter(after)) => Self::Retry {
                reason: "Telegram asked to retry later (429)".to_owned(),
                at_least: Some(after.duration()),
            },
            // A proxy's HTML error page, a truncated body: not the Bot API answering.
            Err(RequestError::InvalidJson { .. }) => Self::Retry {
                reason: "the answer was not a Bot API response".to_owned(),
                at_least: None,
            },
            Err(e) => Self::Retry { reason: with_causes(&e), at_least: None },
        }
    }
}

/// The delay before retry number `failures` (1-based): `first` doubled each time, capped.
pub fn backoff(first: Duration, failures: u32) -> Duration {
    let factor = 2u32.saturating_pow(failures.saturating_sub(1));
    first.saturating_mul(factor).min(MAX_RETRY_DELAY)
}

/// Calls getMe until Telegram accepts the token, refuses it, or `shutdown` resolves.
///
/// Network failures, timeouts and server errors are retried after `first_delay`, doubling up
/// to [`MAX_RETRY_DELAY`]; each failed attempt is logged once.
pub async fn wait_for_telegram(
    bot: &Bot,
    first_delay: Duration,
    shutdown: impl Future<Output = ()>,
) -> Result<Reached, StartupError> {
    tokio::pin!(shutdown);
    let mut failures = 0u32;
    loop {
        let result = tokio::select! {
            () = &mut shutdown => return Ok(Reached::Interrupted),
            result = me::get_me(bot) => result,
        };
        let wait = match Attempt::from_result(result) {
            Attempt::Ready(me) => return Ok(Reached::Ready(me)),
            Attempt::Refused(e) => return Err(StartupError::TokenRefused(e)),
            Attempt::Retry { reason, at_least } => {
                failures += 1;
                let wait = backoff(first_delay, failures).max(at_least.unwrap_or_default());
                tracing::warn!(
                    attempt = failures,
                    retry_in = %humantime::format_duration(wait),
                    "cannot reach Telegram ({reason}); waiting before the next try"
                );
                wait
            }
        };
        tokio::select! {
            () = &mut shutdown => return Ok(Reached::Interrupted),
            () = tokio::time::sleep(wait) => {}
        }
    }
}

/// An error and its causes on one line: reqwest's own message ("error sending request")
/// does not say whether the connection was refused or the name did not resolve.
fn with_causes(error: &RequestError) -> String {
    let mut line = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        line.push_str(": ");
        line.push_str(&cause.to_string());
        source = cause.source();
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delay_doubles_from_the_first_and_is_capped() {
        let first = Duration::from_secs(1);
        assert_eq!(backoff(first, 1), Duration::from_secs(1));
        assert_eq!(backoff(first, 2), Duration::from_secs(2));
        assert_eq!(backoff(first, 4), Duration::from_secs(8));
        assert_eq!(backoff(first, 7), MAX_RETRY_DELAY);
        assert_eq!(backoff(first, u32::MAX), MAX_RETRY_DELAY);
    }

    #[test]
    fn a_refused_token_is_final_and_other_failures_are_retried() {
        let refused = Attempt::from_result(Err(RequestError::Api(ApiError::InvalidToken)));
        assert!(matches!(refused, Attempt::Refused(ApiError::InvalidToken)));
        let server = Attempt::from_result(Err(RequestError::Api(ApiError::Unknown(
            "Internal Server Error".into(),
        ))));
        assert!(matches!(server, Attempt::Retry { at_least: None, .. }));
        let limited = Attempt::from_result(Err(RequestError::RetryAfter(
            teloxide::types::Seconds::from_seconds(3),
        )));
        assert!(
            matches!(limited, Attempt::Retry { at_least: Some(d), .. } if d == Duration::from_secs(3))
        );
    }
}
