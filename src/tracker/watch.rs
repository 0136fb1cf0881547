//! The watch on each live assistant's own Telegram bot: every watch interval, getWebhookInfo
//! with its token (kept sealed, or a managed bot's asked of Telegram), and nothing that reads
//! or takes its updates.
//!
//! The owner hears once when it seems silent (at least [`BACKLOG`] updates waiting, a backlog
//! that grows between two checks, or a delivery error Telegram reports from the last
//! interval), once when nothing waits any more, and once when Telegram refuses the token.
//!
//! The checks are spread over the interval: each tick takes its share of the watched bots
//! (their count × poll interval / watch interval, with a margin to catch up), oldest check
//! first, so after the first interval they come due a few at a time instead of all in one
//! tick. All checks together keep under [`CALLS_PER_SECOND`], and a tick's share is at most
//! what that cap allows in one poll, so the watch never holds a tick much longer than a poll.
//! The tick then sleeps a poll: with more bots due than that, the steady rate is about half
//! the cap (10/s measured, BENCHMARKS.md), so one interval covers about
//! `CALLS_PER_SECOND / 2 × WATCH_INTERVAL` bots (3,000 for the default five minutes), and past
//! that each bot is checked less often than every interval, never in a burst.
//!
//! What the owner was told is stored with what the check saw, so no notice repeats every
//! interval, nor after a restart; a notice is recorded only once Telegram took it (a crash in
//! between repeats it once, as status notices do).

use std::num::NonZeroU32;

use futures_util::StreamExt as _;
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use teloxide::types::ChatId;

use super::{
    CONCURRENCY, Tracker,
    delivery::{Failure, classify},
};
use crate::{
    app::tokens::{WebhookInfo, WebhookInfoError},
    present::{notices::fit, watch as say},
    storage::{
        StorageError,
        bot_watch::{Told, Watch},
        unix_now,
    },
};

/// This many updates waiting count as silence by themselves.
pub const BACKLOG: i64 = 10;
/// Assistants checked per tick at most: the rest are due at the next one.
const PER_TICK: i64 = 512;
/// The most getWebhookInfo checks per second, all assistants together. Telegram limits
/// calls per token, so each assistant's bot alone would allow far more; but every check
/// leaves from this bot's host, shares its network and Telegram's connection pool with the
/// owners' notices, and a managed bot's check also asks getManagedBotToken with this bot's
/// own token. 20/s, beside the notices' 30/s, keeps the host's traffic to Telegram modest.
pub const CALLS_PER_SECOND: u32 = 20;
/// A tick takes this much more than an even share, so that a late tick (the tracker's
/// jitter, a slow check) is caught up within the interval.
const CATCH_UP: f64 = 1.25;

/// The cap on checks per second, shared by every tick.
pub struct WatchPace(DefaultDirectRateLimiter);

impl Default for WatchPace {
    fn default() -> Self {
        let per_second = NonZeroU32::new(CALLS_PER_SECOND).unwrap_or(NonZeroU32::MIN);
        // No burst: the checks leave one by one, 1/CALLS_PER_SECOND apart at most.
        Self(RateLimiter::direct(Quota::per_second(per_second).allow_burst(NonZeroU32::MIN)))
    }
}

impl std::fmt::Debug for WatchPace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WatchPace").field("per_second", &CALLS_PER_SECOND).finish()
    }
}

/// How many of `watched` bots one tick checks at most: its even share of the interval (with
/// [`CATCH_UP`]), at least one, no more than the cap allows in one poll, nor [`PER_TICK`].
fn tick_share(watched: i64, poll: std::time::Duration, interval: std::time::Duration) -> i64 {
    let ticks = interval.as_secs_f64() / poll.as_secs_f64().max(0.001);
    let share = (watched as f64 * CATCH_UP / ticks.max(1.0)).ceil() as i64;
    let capped = (f64::from(CALLS_PER_SECOND) * poll.as_secs_f64()).ceil() as i64;
    share.min(capped).clamp(1, PER_TICK)
}
/// A delivery error this recent counts however short the interval (Telegram's dates are in
/// whole seconds, and a check takes its time).
const ERROR_WINDOW_FLOOR: i64 = 60;

impl Tracker {
    /// Checks the assistants' bots whose last check is a watch interval old.
    pub(super) async fn watch_bots(&self) -> Result<(), StorageError> {
        let timing = self.app.timing;
        let watched = self.app.db.watches_count().await?;
        if watched == 0 {
            return Ok(());
        }
        let share = tick_share(watched, timing.poll_interval, timing.watch_interval);
        let interval = timing.watch_interval.as_secs() as i64;
        let due = self.app.db.watches_due(unix_now() - interval, share).await?;
        futures_util::stream::iter(due)
            .for_each_concurrent(CONCURRENCY, |watch| async move {
                self.watch_pace.0.until_ready().await;
                metrics::counter!("watch_webhook_checks_total").increment(1);
                if let Err(e) = self.watch_one(watch).await {
                    tracing::warn!(error = %e, "checking an assistant's bot failed");
                }
            })
            .await;
        Ok(())
    }

    async fn watch_one(&self, mut watch: Watch) -> Result<(), StorageError> {
        let chat = ChatId(watch.chat_id);
        let Some(known) = self.app.db.deployment_by_handle(chat, watch.handle).await? else {
            return Ok(());
        };
        let now = unix_now();
        let seen = match self.app.assistant_token(&self.bot, &known).await? {
            Some(token) => self.app.tokens.webhook_info(&token).await,
            None => Err(WebhookInfoError::Refused),
        };
        let told = watch.told;
        let interval = self.app.timing.watch_interval.as_secs() as i64;
        match seen {
            Err(WebhookInfoError::Refused) => {
                if told != Told::Revoked
                    && self
                        .tell(chat, say::revoked_notice(self.lang(chat).await, &known), None)
                        .await
                {
                    watch.told = Told::Revoked;
                }
            }
            Err(WebhookInfoError::Failed(e)) => {
                tracing::debug!(handle = watch.handle, error = %e, "getWebhookInfo failed; trying at the next check");
            }
            Ok(info) => {
                let was = watch.pending;
                let pending = i64::from(info.pending_update_count);
                let recent = recent_error(&info, now - interval.max(ERROR_WINDOW_FLOOR));
                watch.pending = Some(pending);
                watch.waiting_since = (pending > 0).then(|| {
                    let first = recent.map_or(now, |(at, _)| at.min(now));
                    watch.waiting_since.map_or(first, |since| since.min(first))
                });
                let grows = was.is_some_and(|was| was > 0 && pending > was);
                let silent = pending > 0 && (pending >= BACKLOG || grows || recent.is_some());
                let lang = self.lang(chat).await;
                if silent && told != Told::Silent {
                    let since = watch.waiting_since.unwrap_or(now);
                    let error = recent.map(|(_, message)| message);
                    let (text, keyboard) = say::silent_notice(lang, &known, pending, since, error);
                    if self.tell(chat, text, Some(keyboard)).await {
                        watch.told = Told::Silent;
                    }
                } else if pending == 0 && told == Told::Silent {
                    if self.tell(chat, say::answers_again(lang, &known), None).await {
                        watch.told = Told::Nothing;
                    }
                } else if told == Told::Revoked {
                    // The token works again (a new one was set, or Telegram had a bad moment).
                    watch.told = Told::Nothing;
                }
            }
        }
        watch.checked_at = Some(now);
        self.app.db.record_watch(&watch).await
    }

    async fn lang(&self, chat: ChatId) -> crate::i18n::Lang {
        self.app.chat_lang(chat).await
    }

    /// Sends a watch notice; whether it is done with (sent, or never deliverable).
    async fn tell(
        &self,
        chat: ChatId,
        text: String,
        keyboard: Option<teloxide::types::InlineKeyboardMarkup>,
    ) -> bool {
        match self.send(chat, fit(text), keyboard).await {
            Ok(()) => {
                metrics::counter!("watch_notices_total").increment(1);
                true
            }
            Err(e) if classify(&e) == Failure::Permanent => {
                tracing::warn!(chat = chat.0, error = %e, "a watch notice can never be delivered; giving it up");
                true
            }
            Err(e) => {
                tracing::warn!(chat = chat.0, error = %e, "could not send a watch notice; trying at the next check");
                false
            }
        }
    }
}

/// The delivery error Telegram reports, when it is from `since` (unix seconds) or later.
fn recent_error(info: &WebhookInfo, since: i64) -> Option<(i64, &str)> {
    let at = info.last_error_date.filter(|at| *at >= since)?;
    Some((at, info.last_error_message.as_deref().unwrap_or_default()))
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn a_tick_takes_its_share_of_the_interval() {
        let (poll, interval) = (Duration::from_secs(5), Duration::from_secs(300));
        // 60 ticks an interval: 600 bots are 10 a tick, and a little more to catch up.
        assert_eq!(tick_share(600, poll, interval), 13);
        assert_eq!(tick_share(3, poll, interval), 1, "at least one");
        // The cap allows 100 in a 5 s poll, whatever the count.
        assert_eq!(tick_share(100_000, poll, interval), 100);
        // An interval shorter than the poll: every due bot, each tick.
        assert_eq!(tick_share(2, Duration::from_millis(100), Duration::from_millis(50)), 2);
        assert_eq!(tick_share(10_000, Duration::from_secs(60), interval), PER_TICK);
    }
}
