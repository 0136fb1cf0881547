//! Replicas: the leader lease on a real PostgreSQL (`TEST_DATABASE_URL`): one leader at a
//! time, a standby that takes over once the leader goes, a leader that notices a lost lock;
//! and the webhook, registered only when Telegram's record of it needs it.

use std::time::{Duration, Instant};

use assistants_bot::{
    inbox::registration::{Reason, delete_if_set, ensure_registered},
    replicas::Leadership,
    storage::unix_now,
    testkit::fake_telegram::{BOT_TOKEN, FakeTelegram},
};
use sqlx::{Connection as _, postgres::PgConnection};
use teloxide::Bot;
use tokio_util::sync::CancellationToken;

use crate::support::{database::require_postgres, wait::eventually_within};

/// How often the leases in these tests are tried and re-checked.
const INTERVAL: Duration = Duration::from_secs(1);

/// A replica's leadership on `url`, on a lock key of the test's own.
fn replica(url: &str, key: i64) -> Leadership {
    let url = url.to_owned();
    Leadership::postgres(
        move || {
            let url = url.clone();
            async move { PgConnection::connect(&url).await }
        },
        key,
        INTERVAL,
    )
}

/// A key no other test uses (tests run at once, on one database).
fn fresh_key() -> i64 {
    rand::random()
}

/// The backend that holds the advisory lock `key`, seen from another connection.
async fn holder(observer: &mut PgConnection, key: i64) -> Option<i32> {
    let bits = key as u64;
    sqlx::query_scalar(
        "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted
           AND classid = $1::oid AND objid = $2::oid AND objsubid = 1",
    )
    .bind((bits >> 32) as i64)
    .bind((bits & 0xffff_ffff) as i64)
    .fetch_optional(observer)
    .await
    .expect("read pg_locks")
}

/// Two replicas on one key, the first already leading and the second trying in the
/// background; returns the standby's task.
async fn leader_and_standby(
    url: &str,
    key: i64,
) -> (Leadership, Leadership, tokio::task::JoinHandle<bool>, CancellationToken) {
    let stop = CancellationToken::new();
    let first = replica(url, key);
    assert!(first.acquired(&stop).await, "the first replica leads");
    let second = replica(url, key);
    let trying = tokio::spawn({
        let (second, stop) = (second.clone(), stop.clone());
        async move { second.acquired(&stop).await }
    });
    (first, second, trying, stop)
}

#[tokio::test]
async fn of_two_replicas_on_one_key_exactly_one_leads() {
    let Some(url) = require_postgres("lease") else { return };
    let key = fresh_key();
    let (first, second, trying, stop) = leader_and_standby(&url, key).await;
    // The standby has tried (and failed) at least twice once two intervals have passed.
    tokio::time::sleep(INTERVAL * 2).await;
    assert!(first.is_leader());
    assert!(!second.is_leader(), "the standby does not lead while the leader holds the lease");
    assert!(!trying.is_finished());

    stop.cancel();
    assert!(!trying.await.expect("standby task"), "a standby stopped before leading says so");
    first.release().await;
    assert!(!first.is_leader());
    assert!(!first.is_lost(), "a release is not a loss");
}

#[tokio::test]
async fn a_released_lease_goes_to_the_standby_within_two_intervals() {
    let Some(url) = require_postgres("lease") else { return };
    let key = fresh_key();
    let (first, second, trying, stop) = leader_and_standby(&url, key).await;

    let released = Instant::now();
    first.release().await;
    let took_over = eventually_within(INTERVAL * 2, "the standby leads", async || {
        second.is_leader().then(Instant::now)
    })
    .await;
    assert!(trying.await.expect("standby task"));
    assert!(took_over - released <= INTERVAL * 2);
    second.release().await;
    stop.cancel();
}

#[tokio::test]
async fn a_dropped_leader_lets_the_standby_lead() {
    let Some(url) = require_postgres("lease") else { return };
    let key = fresh_key();
    let (first, second, trying, stop) = leader_and_standby(&url, key).await;

    // What a leader whose process goes away leaves: no leadership, no connection.
    drop(first);
    eventually_within(INTERVAL * 2 + INTERVAL / 2, "the standby leads", async || {
        second.is_leader().then_some(())
    })
    .await;
    assert!(trying.await.expect("standby task"));
    second.release().await;
    stop.cancel();
}

#[tokio::test]
async fn a_leader_whose_backend_is_terminated_notices_within_one_interval() {
    let Some(url) = require_postgres("lease") else { return };
    let key = fresh_key();
    let (first, second, trying, stop) = leader_and_standby(&url, key).await;
    let mut observer = PgConnection::connect(&url).await.expect("observer");
    let pid = holder(&mut observer, key).await.expect("the leader holds the lock");

    let killed = Instant::now();
    let terminated: bool = sqlx::query_scalar("SELECT pg_terminate_backend($1)")
        .bind(pid)
        .fetch_one(&mut observer)
        .await
        .expect("terminate");
    assert!(terminated);
    // One interval until the next check, plus that check's own time (bounded by an interval
    // too, but a closed connection fails at once).
    tokio::time::timeout(INTERVAL * 2, first.lost()).await.expect("the leader notices the loss");
    let noticed = killed.elapsed();
    assert!(noticed <= INTERVAL + INTERVAL / 2, "noticed after {noticed:?}");
    assert!(!first.is_leader());
    assert!(!first.acquired(&stop).await, "a lost lease is not taken again by the same replica");

    // The lock went with the backend: the standby takes it.
    eventually_within(INTERVAL * 2 + INTERVAL / 2, "the standby leads", async || {
        second.is_leader().then_some(())
    })
    .await;
    assert!(trying.await.expect("standby task"));
    assert_ne!(holder(&mut observer, key).await, Some(pid));
    second.release().await;
    assert_eq!(holder(&mut observer, key).await, None, "a release unlocks");
    stop.cancel();
}

#[tokio::test]
async fn the_webhook_is_registered_only_when_missing_moved_or_refused_for_its_secret() {
    let tg = FakeTelegram::start().await;
    let bot = Bot::new(BOT_TOKEN).set_api_url(tg.base_url());
    let url = url::Url::parse("https://bot.example.com/telegram").expect("url");
    let secret = "derived-secret";
    let registered = |tg: &FakeTelegram| tg.calls_of("SetWebhook").len();

    let first = ensure_registered(&bot, &url, secret, None).await.expect("first leader");
    assert_eq!(first, Some(Reason::Missing));
    let at = unix_now();
    assert_eq!(registered(&tg), 1);
    let call = tg.calls_of("SetWebhook").pop().expect("setWebhook");
    assert_eq!(call.body["secret_token"], secret);

    // The next leader (a restart, a failover) finds it as it should be.
    assert_eq!(ensure_registered(&bot, &url, secret, None).await.expect("next leader"), None);
    assert_eq!(ensure_registered(&bot, &url, secret, Some(at)).await.expect("a check"), None);
    assert_eq!(registered(&tg), 1, "registered once");

    // Telegram's deliveries were refused for their token (a rotated key): registered again.
    tg.set_own_webhook_error("Wrong response from the webhook: 401 Unauthorized");
    let refused = ensure_registered(&bot, &url, secret, Some(at)).await.expect("a check");
    assert_eq!(refused, Some(Reason::SecretRefused));
    assert_eq!(registered(&tg), 2);

    let moved = url::Url::parse("https://new.example.com/telegram").expect("url");
    let now = ensure_registered(&bot, &moved, secret, Some(unix_now())).await.expect("moved");
    assert_eq!(now, Some(Reason::OtherUrl));
    assert_eq!(registered(&tg), 3);
    assert!(tg.calls_of("DeleteWebhook").is_empty());
}

#[tokio::test]
async fn switching_to_polling_deletes_a_webhook_that_asks_for_managed_bot_updates() {
    let tg = FakeTelegram::start().await;
    let bot = Bot::new(BOT_TOKEN).set_api_url(tg.base_url());
    delete_if_set(&bot).await;
    assert!(tg.calls_of("DeleteWebhook").is_empty(), "no webhook, nothing to delete");

    let url = url::Url::parse("https://bot.example.com/telegram").expect("url");
    ensure_registered(&bot, &url, "secret", None).await.expect("registered");
    // Its allowed_updates name managed_bot, which teloxide's own WebhookInfo cannot read.
    let info = tg.calls_of("SetWebhook").pop().expect("setWebhook");
    assert!(info.body["allowed_updates"].to_string().contains("managed_bot"));
    delete_if_set(&bot).await;
    assert_eq!(tg.calls_of("DeleteWebhook").len(), 1);
}
