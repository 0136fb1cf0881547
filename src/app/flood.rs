//! Form submissions that flood the bot: more than a burst of 40 from one person, then more
//! than two a second, are refused (429) before any check of the secret.
//!
//! Updates no longer meet this guard: `inbox::admission` paces each chat to its replies and
//! says what it sheds, where this guard could only drop in silence.

use std::{num::NonZeroU32, time::Duration};

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

/// How many updates one sender may send in one chat at once, by default.
pub const BURST: u32 = 40;
/// Then one more every this long, by default.
pub const EVERY: Duration = Duration::from_millis(500);

/// Updates per (chat, sender), as a rate limiter.
#[derive(Debug)]
pub struct FloodGuard {
    limiter: DefaultKeyedRateLimiter<(i64, u64)>,
}

impl Default for FloodGuard {
    fn default() -> Self {
        Self::new(BURST, EVERY)
    }
}

impl FloodGuard {
    /// A guard admitting `burst` updates per sender and chat at once, then one every `every`.
    pub fn new(burst: u32, every: Duration) -> Self {
        let burst = NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN);
        let quota = Quota::with_period(every)
            .map_or_else(|| Quota::per_second(NonZeroU32::MIN), |quota| quota.allow_burst(burst));
        Self { limiter: RateLimiter::keyed(quota) }
    }

    /// Whether the update `sender` just sent in `chat` may be handled.
    pub fn admit(&self, chat: i64, sender: u64) -> bool {
        let admitted = self.limiter.check_key(&(chat, sender)).is_ok();
        if self.limiter.len() > 100_000 {
            self.limiter.retain_recent();
        }
        admitted
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_passes_and_a_flood_does_not() {
        let guard = FloodGuard::default();
        let admitted = (0..100).filter(|_| guard.admit(-1, 7)).count();
        assert_eq!(admitted, BURST as usize);
        assert!(guard.admit(-1, 8), "another sender is not held up");
    }
}
