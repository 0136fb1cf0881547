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
}

impl Health {
    /// Health of a bot using `storage`.
    pub fn new(storage: Db) -> Arc<Self> {
        Arc::new(Self {
            storage,
            last_telegram_ok: AtomicI64::new(0),
            tracker_up: AtomicBool::new(true),
        })
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
    let metrics = prometheus();
    Router::new()
        .route("/healthz", get(healthz))
        .with_state(health)
        .route("/metrics", get(move || async move { metrics.render() }))
}

async fn healthz(State(health): State<Arc<Health>>) -> (StatusCode, Json<serde_json::Value>) {
    let database = health.storage.ping().await.is_ok();
    let tracker = health.tracker_up.load(Ordering::Relaxed);
    let ok = database && tracker;
    let status = if ok { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    let body = json!({
        "status": if ok { "ok" } else { "degraded" },
        "database": if database { "ok" } else { "unreachable" },
        "tracker": if tracker { "ok" } else { "restarting" },
        "last_telegram_ok": health.last_telegram_ok(),
    });
    (status, Json(body))
}
