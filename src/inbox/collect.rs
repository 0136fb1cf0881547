//! The leader's look for updates that other replicas stored (PostgreSQL, webhook mode).
//!
//! Behind a load balancer Telegram's deliveries reach every replica, and each stores what
//! it gets and answers 200 (nothing is acknowledged before it is stored); only the leader
//! hands updates to its dispatcher. It does so from the table, oldest first: told by a
//! notification that something arrived, and on a timer for a notification missed. Its own
//! deliveries take the same way, so a chat's updates reach the dispatcher in the order
//! Telegram numbered them whichever replica stored each. What it handed on and has not yet
//! marked handled is remembered, so no look hands an update on twice.

use std::{collections::HashSet, sync::MutexGuard};

use super::{Feed, Inbox, read::read};
use crate::storage::StorageError;

/// The most updates one look hands on (and binds in one statement: far below any engine's
/// limit on parameters).
pub const COLLECT_AT_ONCE: i64 = 500;

impl Inbox {
    fn fed(&self) -> MutexGuard<'_, HashSet<i64>> {
        self.fed.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Notes `ids` handed to the dispatcher.
    pub(super) fn note_fed(&self, ids: impl IntoIterator<Item = i64>) {
        self.fed().extend(ids);
    }

    /// Forgets `ids`, whose handled marks are written: the table says they are done.
    pub(super) fn marked(&self, ids: &[i64]) {
        let mut fed = self.fed();
        if fed.is_empty() {
            return;
        }
        for id in ids {
            fed.remove(id);
        }
    }

    /// Hands `feed` the stored, unhandled updates it was not handed yet, oldest first, at
    /// most [`COLLECT_AT_ONCE`] of them a look (a backlog is taken a batch a look; admission
    /// bounds what waits in the dispatcher). Returns how many.
    pub async fn collect(&self, feed: &Feed) -> Result<usize, StorageError> {
        // The oldest unhandled rows include those handed on and not yet marked: looked past.
        let in_flight = i64::try_from(self.fed().len()).unwrap_or(i64::MAX);
        let ids = self.db.unhandled_update_ids(in_flight.saturating_add(COLLECT_AT_ONCE)).await?;
        let new: Vec<i64> = {
            let fed = self.fed();
            let fresh = ids.into_iter().filter(|id| !fed.contains(id));
            fresh.take(COLLECT_AT_ONCE as usize).collect()
        };
        if new.is_empty() {
            return Ok(0);
        }
        let stored = self.db.unhandled_updates_of(&new).await?;
        let count = stored.len();
        for pending in stored {
            // Checked again: an update can have been handed on while the bodies were read.
            if !self.fed().insert(pending.update_id) {
                continue;
            }
            match read(&pending.body).and_then(|(_, update)| update) {
                Some(update) => {
                    feed.send(update);
                }
                None => self.note_handled(pending.update_id),
            }
        }
        Ok(count)
    }
}
