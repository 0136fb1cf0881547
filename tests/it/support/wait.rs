//! Waiting for a condition, never for a fixed time: a probe runs until it yields a value, and a
//! limit only bounds a failing test (a hung bot, not a slow one).

use std::time::Duration;

use tokio::time::Instant;

/// How long [`eventually`] waits.
pub const LIMIT: Duration = Duration::from_secs(10);
/// How often a probe runs.
const EVERY: Duration = Duration::from_millis(10);

/// Runs `probe` until it returns a value, and returns that value; panics naming `what` when
/// none comes within [`LIMIT`].
pub async fn eventually<T>(what: &str, probe: impl AsyncFnMut() -> Option<T>) -> T {
    eventually_within(LIMIT, what, probe).await
}

/// [`eventually`], with a limit of its own.
pub async fn eventually_within<T>(
    limit: Duration,
    what: &str,
    probe: impl AsyncFnMut() -> Option<T>,
) -> T {
    match within(limit, probe).await {
        Some(value) => value,
        None => panic!("{what}: not within {limit:?}"),
    }
}

/// Runs `probe` until it returns a value or `limit` passes: the value, or `None` (for a caller
/// whose panic says more than what it waited for).
pub async fn within<T>(limit: Duration, mut probe: impl AsyncFnMut() -> Option<T>) -> Option<T> {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(value) = probe().await {
            return Some(value);
        }
        if Instant::now() >= deadline {
            return None;
        }
        tokio::time::sleep(EVERY).await;
    }
}
