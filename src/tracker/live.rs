//! The watch of live assistants: what changes after "live" (failed, stopped or deleted
//! elsewhere, a new worker URL) is told once in the owning chat.
//!
//! Each `WATCH_INTERVAL`, the live assistants are grouped by API key, and each key gets one
//! list call (`GET /api/v1/assistants`), so the cost grows with the keys, not the assistants.
//! The calls are spread evenly over the interval, and all of them together keep under
//! [`CALLS_PER_SECOND`]. An assistant missing from its key's list is asked for once by id
//! before it counts as deleted (the chat may have changed to another account's key).
//!
//! Telling is ordered like the tracker's status notices (`storage::watch`): the change is
//! recorded as seen, told, then settled; what a crash left seen and untold is told after the
//! restart, and what was told is not seen again, so each change is told exactly once.
//!
//! Today it runs in every process, beside the tracker's loop; with several processes it would
//! be leader-only work.

use std::{collections::HashMap, num::NonZeroU32, time::Instant};

use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use secrecy::ExposeSecret as _;
use sha2::{Digest as _, Sha256};
use teloxide::types::ChatId;
use tokio_util::sync::CancellationToken;

use super::{
    Tracker,
    delivery::{Failure, classify},
};
use crate::{
    api::{ApiKey, ErrorCode, Status},
    present,
    storage::{
        StorageError,
        deployments::KnownDeployment,
        watch::{LiveChange, SeenChange},
    },
};

/// The most list (and confirming status) calls the watch makes per second, all keys together.
pub const CALLS_PER_SECOND: u32 = 10;

/// Live assistants sharing one API key.
struct KeyGroup {
    key: ApiKey,
    assistants: Vec<KnownDeployment>,
}

impl Tracker {
    /// Watches live assistants until `stop` is cancelled. The first round starts after one
    /// interval (the tracker's own start-up already polls what is in flight); what a crash left
    /// seen and untold is told at once.
    pub async fn watch(self, stop: CancellationToken) {
        let per_second = NonZeroU32::new(CALLS_PER_SECOND).unwrap_or(NonZeroU32::MIN);
        let limiter = RateLimiter::direct(Quota::per_second(per_second));
        self.tell_live_changes().await;
        loop {
            let interval = self.app.timing.watch_interval;
            let round = Instant::now();
            let groups = match self.key_groups().await {
                Ok(groups) => groups,
                Err(e) => {
                    tracing::warn!(error = %e, "the watch could not read the live assistants");
                    Vec::new()
                }
            };
            metrics::gauge!("watch_keys").set(groups.len() as f64);
            let count = groups.len().max(1) as u32;
            for (i, group) in groups.into_iter().enumerate() {
                // Key i of n goes at (i + 1) / n of the interval: one call per key per interval.
                let at = round + interval.mul_f64(f64::from(i as u32 + 1) / f64::from(count));
                if !self.wait_until(at, &limiter, &stop).await {
                    return;
                }
                self.check_key(group, &limiter).await;
                self.tell_live_changes().await;
            }
            let end = round + interval;
            tokio::select! {
                () = stop.cancelled() => return,
                () = tokio::time::sleep_until(end.into()) => {}
            }
        }
    }

    /// Sleeps until `at` and the rate limit allows a call; false when stopped first.
    async fn wait_until(
        &self,
        at: Instant,
        limiter: &DefaultDirectRateLimiter,
        stop: &CancellationToken,
    ) -> bool {
        tokio::select! {
            () = stop.cancelled() => false,
            () = async {
                tokio::time::sleep_until(at.into()).await;
                limiter.until_ready().await;
            } => true,
        }
    }

    /// The live assistants, by API key (see [`by_key`]); those of a chat with no key are
    /// left out.
    async fn key_groups(&self) -> Result<Vec<KeyGroup>, StorageError> {
        let mut keys: HashMap<i64, Option<ApiKey>> = HashMap::new();
        let mut keyed = Vec::new();
        for known in self.app.db.live_deployments().await? {
            let key = match keys.get(&known.chat_id) {
                Some(key) => key.clone(),
                None => {
                    let key = self.app.db.api_key(ChatId(known.chat_id)).await?;
                    keys.insert(known.chat_id, key.clone());
                    key
                }
            };
            if let Some(key) = key {
                keyed.push((known, key));
            }
        }
        Ok(by_key(keyed)
            .into_iter()
            .map(|(key, assistants)| KeyGroup { key, assistants })
            .collect())
    }

    /// One list call for `group`'s key; each change found is recorded as seen.
    async fn check_key(&self, group: KeyGroup, limiter: &DefaultDirectRateLimiter) {
        metrics::counter!("watch_list_calls_total").increment(1);
        let listed = match self.app.api.list(&group.key).await {
            Ok(listed) => listed,
            Err(e) => {
                tracing::debug!(error = %e, "the watch's list call failed; next interval");
                return;
            }
        };
        let listed: HashMap<&str, _> = listed.iter().map(|a| (a.id.as_str(), a)).collect();
        for known in &group.assistants {
            let now = match listed.get(known.deployment_id.as_str()) {
                Some(a) => Some((a.status.clone(), a.status_message.clone(), a.worker_url.clone())),
                None => {
                    limiter.until_ready().await;
                    match self.app.api.status(&group.key, &known.id()).await {
                        Ok(s) => Some((s.status, s.status_message, s.worker_url)),
                        Err(e) if e.code() == Some(&ErrorCode::NotFound) => None,
                        Err(e) => {
                            tracing::debug!(error = %e, "the watch could not confirm a deletion");
                            continue;
                        }
                    }
                }
            };
            if let Err(e) = self.observe_live(known, now).await {
                tracing::warn!(error = %e, "the watch could not record a change");
            }
        }
    }

    /// Records what changed in the live `known`, now `now` (`None`: deleted).
    async fn observe_live(
        &self,
        known: &KnownDeployment,
        now: Option<(Status, Option<String>, Option<String>)>,
    ) -> Result<(), StorageError> {
        let db = &self.app.db;
        let (change, detail) = match now {
            None => (LiveChange::Deleted, None),
            Some((Status::Failed, message, _)) => (LiveChange::Failed, message),
            Some((Status::Stopped, message, _)) => (LiveChange::Stopped, message),
            Some((Status::Active, _, Some(url))) if known.worker_url.as_ref() != Some(&url) => {
                (LiveChange::Moved, Some(url))
            }
            // Redeployed elsewhere: the tracker follows it as any deployment in flight.
            Some((Status::Deploying, _, _)) => {
                return db.observe_status(known.handle, &Status::Deploying, None, None).await;
            }
            Some(_) => return Ok(()),
        };
        metrics::counter!("watch_changes_total").increment(1);
        db.record_live_change(known.handle, &change, detail.as_deref()).await
    }

    /// Tells every change seen and not told yet; settles each once Telegram took it (or
    /// never will).
    pub async fn tell_live_changes(&self) {
        let seen = match self.app.db.seen_live_changes().await {
            Ok(seen) => seen,
            Err(e) => {
                tracing::warn!(error = %e, "the watch could not read the changes to tell");
                return;
            }
        };
        for change in seen {
            if let Err(e) = self.tell_live_change(&change).await {
                tracing::warn!(error = %e, "the watch could not settle a change");
            }
        }
    }

    async fn tell_live_change(&self, seen: &SeenChange) -> Result<(), StorageError> {
        let chat = seen.chat();
        let lang = self.app.chat_lang(chat).await;
        // Recorded meanwhile by another way (the chat opened its list): the tracker's own
        // status notice tells it, so this one is dropped rather than told twice.
        let told_elsewhere = seen.status != "active" && seen.kind() != Some(LiveChange::Deleted);
        let notice = present::live::live_change(lang, seen).filter(|_| !told_elsewhere);
        let Some((text, keyboard)) = notice else {
            // Also a change a newer version stored: nothing this one can say.
            return self.app.db.settle_live_change(seen).await;
        };
        match self.send(chat, text, keyboard).await {
            Ok(()) => {
                self.app.db.settle_live_change(seen).await?;
                if seen.kind() != Some(LiveChange::Deleted) {
                    self.redraws.request(seen.handle);
                }
                Ok(())
            }
            Err(e) if classify(&e) == Failure::Permanent => {
                tracing::warn!(chat = chat.0, error = %e, "a watch notice can never be delivered; giving it up");
                self.app.db.settle_live_change(seen).await
            }
            Err(e) => {
                tracing::warn!(chat = chat.0, error = %e, "could not send a watch notice; will retry");
                Ok(())
            }
        }
    }
}

/// `items` grouped by their key, in the order each key first appears. Keys are compared by
/// their SHA-256, in memory only, so chats that hold the same key share one group (and one
/// list call).
fn by_key<T>(items: Vec<(T, ApiKey)>) -> Vec<(ApiKey, Vec<T>)> {
    let mut groups: Vec<(ApiKey, Vec<T>)> = Vec::new();
    let mut index: HashMap<[u8; 32], usize> = HashMap::new();
    for (item, key) in items {
        let hash: [u8; 32] = Sha256::digest(key.secret().expose_secret().as_bytes()).into();
        let at = *index.entry(hash).or_insert_with(|| {
            groups.push((key, Vec::new()));
            groups.len() - 1
        });
        groups[at].1.push(item);
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chats_that_share_a_key_share_one_group() {
        let items = [(1, "sk_a"), (2, "sk_b"), (3, "sk_a"), (4, " sk_b ")];
        let groups = by_key(items.into_iter().map(|(i, k)| (i, ApiKey::new(k))).collect());
        let shape: Vec<_> =
            groups.iter().map(|(k, items)| (k.secret().expose_secret(), items.clone())).collect();
        assert_eq!(shape, vec![("sk_a", vec![1, 3]), ("sk_b", vec![2, 4])]);
    }
}
