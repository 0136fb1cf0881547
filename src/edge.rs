//! The HTTP edge every server of the bot sits behind (the webhook, the deployment callbacks,
//! the secure form, /healthz and /metrics): what a slow or greedy client can take from it.
//!
//! - **Headers in time.** A connection that has not sent a whole request head within
//!   [`Edge::header_timeout`] is closed, idle keep-alive connections included, so half-open
//!   connections cannot pile up until the process runs out of files.
//! - **Requests in time.** A request whose handling (its body included) takes longer than
//!   [`Edge::request_timeout`] is answered 408 and dropped.
//! - **A bounded number of connections.** At most [`Edge::max_connections`] are served at
//!   once, a number below the process's file limit; one more is closed at once, unread, so
//!   the bot keeps files for its database and its own requests, and a flood of connections
//!   costs the flooder its retries rather than the bot its webhook.
//! - **Little memory each.** A connection buffers at most 16 KiB of what its client sent.
//!
//! Bodies are limited per route, and every route that needs a secret or a token checks it
//! before it reads a body (the webhook's secret header, a callback's token in its path).

use std::{sync::Arc, time::Duration};

use axum::{Router, http::StatusCode};
use hyper_util::{
    rt::{TokioIo, TokioTimer},
    server::graceful::GracefulShutdown,
    service::TowerToHyperService,
};
use tokio::{net::TcpListener, sync::Semaphore};
use tower_http::timeout::TimeoutLayer;

/// How long a client may take to send a request head (Telegram sends it at once).
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// How long one request may take, its body included.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// Files kept back from the connection cap, for the database, the bot's own requests to
/// Telegram and the Assistants API, and the logs.
const RESERVED_FILES: u64 = 256;
/// The cap when the file limit is unknown or very high.
const MAX_CONNECTIONS: usize = 4096;
/// The most a connection buffers of what its client sent.
const MAX_BUFFER: usize = 16 * 1024;
/// How long a stop waits for requests in flight before it closes their connections.
const DRAIN: Duration = Duration::from_secs(10);

/// The limits one HTTP server holds its clients to.
#[derive(Debug, Clone, Copy)]
pub struct Edge {
    /// The longest wait for a request head.
    pub header_timeout: Duration,
    /// The longest a request may take.
    pub request_timeout: Duration,
    /// The most connections served at once.
    pub max_connections: usize,
}

impl Edge {
    /// The default limits, with a connection cap that fits this process's file limit.
    pub fn for_this_process() -> Self {
        Self {
            header_timeout: HEADER_TIMEOUT,
            request_timeout: REQUEST_TIMEOUT,
            max_connections: connection_cap(open_files_limit()),
        }
    }
}

/// The soft limit on open files (`RLIMIT_NOFILE`), if the system tells it.
fn open_files_limit() -> Option<u64> {
    rlimit::Resource::NOFILE.get().ok().map(|(soft, _hard)| soft)
}

/// The connection cap for a file limit: the limit less what the bot keeps for itself,
/// shared by the servers (at most two listen at once: the main one and metrics).
fn connection_cap(files: Option<u64>) -> usize {
    match files {
        Some(files) => {
            let spare = files.saturating_sub(RESERVED_FILES) / 2;
            usize::try_from(spare).unwrap_or(MAX_CONNECTIONS).clamp(16, MAX_CONNECTIONS)
        }
        None => MAX_CONNECTIONS,
    }
}

/// Serves `routes` on `listener` within `edge`'s limits until `stopped` resolves; then
/// stops accepting and lets requests in flight finish (for at most ten seconds).
pub async fn serve(
    listener: TcpListener,
    routes: Router,
    edge: Edge,
    stopped: impl Future<Output = ()> + Send + 'static,
) {
    let routes = routes
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, edge.request_timeout));
    let slots = Arc::new(Semaphore::new(edge.max_connections));
    let graceful = GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    // A request head (and what is buffered of a body) fits in 16 KiB; hyper's default of
    // about 400 KiB per connection would let the cap's worth of clients hold gigabytes.
    http.timer(TokioTimer::new()).header_read_timeout(edge.header_timeout).max_buf_size(MAX_BUFFER);
    tokio::pin!(stopped);
    loop {
        let stream = tokio::select! {
            () = &mut stopped => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    // Out of files (EMFILE) or a connection reset before it was taken:
                    // wait a moment instead of spinning on the same error.
                    metrics::counter!("http_accept_errors_total").increment(1);
                    tracing::warn!(error = %e, "could not accept an HTTP connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        let Ok(slot) = slots.clone().try_acquire_owned() else {
            // Closed unread: a client over the cap learns at once instead of waiting.
            metrics::counter!("http_connections_refused_total").increment(1);
            drop(stream);
            continue;
        };
        let service = TowerToHyperService::new(routes.clone());
        let connection = http.serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // Errors here are the client's (a reset, a timed-out head): nothing to act on.
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, "an HTTP connection ended with an error");
            }
            drop(slot);
        });
    }
    drop(listener);
    if tokio::time::timeout(DRAIN, graceful.shutdown()).await.is_err() {
        tracing::warn!("HTTP requests still in flight at the stop were cut off");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_connection_cap_leaves_files_for_the_bot_itself() {
        assert_eq!(connection_cap(Some(1024)), 384);
        assert_eq!(connection_cap(Some(1_048_576)), MAX_CONNECTIONS);
        assert_eq!(connection_cap(Some(100)), 16);
        assert_eq!(connection_cap(None), MAX_CONNECTIONS);
    }
}
