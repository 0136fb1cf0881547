//! Group admin statuses, as last seen. Looking one up costs a Telegram call, so a status is
//! trusted for a minute; anything that changes something asks again (see `bot::team::guard`).

use std::{
    collections::HashMap,
    sync::Mutex,
    time::{Duration, Instant},
};

/// How long a member's admin status is trusted.
const TTL: Duration = Duration::from_secs(60);
/// The most statuses kept; past it, expired ones are dropped, then the cache is cleared.
const CAPACITY: usize = 10_000;

/// Recently seen admin statuses, per (chat, user).
#[derive(Debug, Default)]
pub struct AdminCache {
    entries: Mutex<HashMap<(i64, u64), (bool, Instant)>>,
}

impl AdminCache {
    /// The status seen within the last minute, if any.
    pub fn get(&self, chat: i64, user: u64) -> Option<bool> {
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries.get(&(chat, user)).filter(|(_, at)| at.elapsed() < TTL).map(|(admin, _)| *admin)
    }

    /// Records a status just seen.
    pub fn put(&self, chat: i64, user: u64, admin: bool) {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.len() >= CAPACITY {
            entries.retain(|_, (_, at)| at.elapsed() < TTL);
            if entries.len() >= CAPACITY {
                entries.clear();
            }
        }
        entries.insert((chat, user), (admin, Instant::now()));
    }

    /// Forgets what was seen of `user` in `chat` (their status just changed).
    pub fn forget(&self, chat: i64, user: u64) {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries.remove(&(chat, user));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_kept_and_forgotten() {
        let cache = AdminCache::default();
        assert_eq!(cache.get(-1, 7), None);
        cache.put(-1, 7, true);
        assert_eq!(cache.get(-1, 7), Some(true));
        cache.forget(-1, 7);
        assert_eq!(cache.get(-1, 7), None);
    }

    #[test]
    fn the_cache_stays_bounded() {
        let cache = AdminCache::default();
        for user in 0..(CAPACITY as u64 + 10) {
            cache.put(-1, user, false);
        }
        assert!(cache.entries.lock().map(|e| e.len()).unwrap_or(0) <= CAPACITY);
    }
}
