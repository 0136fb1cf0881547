//! What an operator watches: `GET /healthz` and `GET /metrics` (Prometheus text format, from
//! the `metrics` facade), served on `METRICS_ADDR` when it is set.

use std::{
    sync::{
        Arc, OnceLock,
        atomic::{AtomicBool, AtomicI64, Ordering},
    },
    time::UNIX_EPOCH,
};

use axum::{Json, Router, extract::State, http::StatusCode, routing::get};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use serde_json::json;

use crate::storage::Db;

/// Liveness facts shared by the bot's parts.
#[derive(Debug)]
pub struct Health {
    storage: Db,
    last_telegram_ok: AtomicI64,
    tracker_up: AtomicBool,
    leader: AtomicBool,
}

impl Health {
    /// Health of a bot using `storage`.
    pub fn new(storage: Db) -> Arc<Self> {
        Arc::new(Self {
            storage,
            last_telegram_ok: AtomicI64::new(0),
            tracker_up: AtomicBool::new(true),
            leader: AtomicBool::new(true),
        })
    }

    /// Records whether this replica leads (see [`crate::replicas`]). A bot starts as the
    /// leader, which the one process of an SQLite database always is; a replica on
    /// PostgreSQL is set to a standby until it holds the lease.
    pub fn set_leader(&self, leader: bool) {
        self.leader.store(leader, Ordering::Relaxed);
    }

    /// Whether this replica leads, as last recorded.
    pub fn is_leader(&self) -> bool {
        self.leader.load(Ordering::Relaxed)
    }

    /// Records whether the tracker runs (it is restarted after a panic).
    pub fn set_tracker_up(&self, up: bool) {
        self.tracker_up.store(up, Ordering::Relaxed);
    }

    /// Records that a Telegram call just succeeded.
    pub fn telegram_ok(&self) {
        self.last_telegram_ok.store(crate::storage::unix_now(), Ordering::Relaxed);
    }

    fn last_telegram_ok(&self) -> Option<String> {
        let at = self.last_telegram_ok.load(Ordering::Relaxed);
        (at > 0).then(|| {
            humantime::format_rfc3339_seconds(
                UNIX_EPOCH + std::time::Duration::from_secs(at as u64),
            )
            .to_string()
        })
    }
}

/// The process-wide Prometheus recorder, installed on first use.
///
/// The `metrics` facade has one global recorder per process; several bots in one process
/// (the tests) share it.
pub fn prometheus() -> PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new().build_recorder();
            let handle = recorder.handle();
            if metrics::set_global_recorder(recorder).is_err() {
                tracing::warn!("a metrics recorder was already installed; /metrics may be empty");
            }
            handle
        })
        .clone()
}

/// `/healthz` and `/metrics`.
pub fn router(health: Arc<Health>) -> Router {
    Router::new().route("/healthz", get(healthz)).route("/metrics", get(metrics)).with_state(health)
}

/// The recorder's metrics, and `bot_leader` from this bot's own [`Health`]: several bots in
/// one process (the tests) share the recorder, but each has its own leadership.
async fn metrics(State(health): State<Arc<Health>>) -> String {
    let mut text = prometheus().render();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str("# HELP bot_leader Whether this replica is the leader (1) or a standby (0).\n");
    text.push_str("# TYPE bot_leader gauge\n");
    text.push_str(if health.is_leader() { "bot_leader 1\n" } else { "bot_leader 0\n" });
    text
}

async fn healthz(State(health): State<Arc<Health>>) -> (StatusCode, Json<serde_json::Value>) {
    let database = health.storage.ping().await.is_ok();
    let tracker = health.tracker_up.load(Ordering::Relaxed);
    // A standby is healthy: it serves webhooks and stands ready to lead.
    let ok = database && tracker;
    let status = if ok { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    let body = json!({
        "status": if ok { "ok" } else { "degraded" },
        "database": if database { "ok" } else { "unreachable" },
        "tracker": if tracker { "ok" } else { "restarting" },
        "last_telegram_ok": health.last_telegram_ok(),
        "leader": health.is_leader(),
    });
    (status, Json(body))
}
