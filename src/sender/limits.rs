//! Telegram's limits on outgoing messages, as rates with a burst.

use std::{num::NonZeroU32, time::Duration};

use governor::Quota;

/// A rate with a burst: up to `burst` requests at once, then one every `every` (a generic cell
/// rate, as `governor` counts it: capacity comes back one request per `every`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate {
    /// Requests allowed at once when none were sent for a while (at least 1).
    pub burst: u32,
    /// After the burst, one request per this interval.
    pub every: Duration,
}

impl Rate {
    /// `burst` at once, then one every `every`.
    pub const fn new(burst: u32, every: Duration) -> Self {
        Self { burst, every }
    }

    /// At most `count` requests in any `window`, up to `burst` of them at once.
    ///
    /// A burst followed by a steady rate can put `burst` plus a window's worth of the rate
    /// into one window, so the rate is slowed to make room for the burst:
    /// `every = window / (count - burst + 1)`.
    pub fn at_most(count: u32, window: Duration, burst: u32) -> Self {
        let burst = burst.clamp(1, count.max(1));
        let steps = count.saturating_sub(burst).saturating_add(1).max(1);
        Self { burst, every: window / steps }
    }

    /// The `governor` quota of this rate. A zero interval is taken as the shortest one.
    pub(super) fn quota(&self) -> Quota {
        let burst = NonZeroU32::new(self.burst).unwrap_or(NonZeroU32::MIN);
        let every = self.every.max(Duration::from_nanos(1));
        match Quota::with_period(every) {
            Some(quota) => quota.allow_burst(burst),
            // Unreachable: `every` is not zero.
            None => Quota::per_second(burst),
        }
    }
}

/// The limits the sender keeps to. [`Default`] is Telegram's published limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Per private chat (a positive chat id). Telegram: avoid more than one message a second,
    /// short bursts are tolerated. Default: 3 at once, then one a second.
    pub private_chat: Rate,
    /// Per group, supergroup or channel (a negative chat id, or a channel username). Telegram:
    /// 20 messages a minute. Default: at most 20 in any minute, 3 at once.
    pub group: Rate,
    /// Over all chats. Telegram: about 30 messages a second. Default: at most 30 in any
    /// second, 5 at once.
    pub overall: Rate,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            private_chat: Rate::new(3, Duration::from_secs(1)),
            group: Rate::at_most(20, Duration::from_secs(60), 3),
            overall: Rate::at_most(30, Duration::from_secs(1), 5),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_most_leaves_room_for_the_burst() {
        let rate = Rate::at_most(30, Duration::from_secs(1), 5);
        assert_eq!(rate.burst, 5);
        // 5 at once, then 25 more at 1/26 s apart fit in one second: 5 + 25 = 30.
        assert_eq!(rate.every, Duration::from_secs(1) / 26);
        let group = Rate::at_most(20, Duration::from_secs(60), 3);
        assert_eq!(group.every, Duration::from_secs(60) / 18);
    }

    #[test]
    fn degenerate_rates_still_make_a_quota() {
        let quota = Rate::new(0, Duration::ZERO).quota();
        assert_eq!(quota.burst_size().get(), 1);
        assert_eq!(Rate::at_most(0, Duration::from_secs(1), 9).burst, 1);
    }
}
