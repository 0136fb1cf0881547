//! The leader lease: a PostgreSQL session advisory lock (`pg_try_advisory_lock`) held on a
//! dedicated connection.
//!
//! A session lock lives exactly as long as its connection: a leader that is killed, or whose
//! machine or network goes, drops the connection and with it the lock, and a standby's next
//! try takes it. The leader cannot feel that happen by itself (a lock has no expiry to
//! renew), so it asks every interval: a round trip on the same connection that also confirms,
//! in `pg_locks`, that its own backend still holds the lock. A failed, slow or negative
//! answer is a lost lease: the leader is told ([`Leadership::lost`]) and must stop, since
//! another replica may already lead.

use std::{
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    },
    time::Duration,
};

use futures_util::future::BoxFuture;
use sqlx::{Connection as _, postgres::PgConnection};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

/// Opens the lease's dedicated connection (outside any pool: the lock belongs to it).
pub type Connect = Arc<
    dyn Fn() -> BoxFuture<'static, Result<PgConnection, Box<dyn std::error::Error + Send + Sync>>>
        + Send
        + Sync,
>;

/// Whether this replica leads. Cheap to clone; every clone is the same leadership.
///
/// Dropping the last clone releases a held lease (in the background); a graceful stop calls
/// [`release`](Self::release) and waits for it.
#[derive(Clone)]
pub struct Leadership {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Leadership {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Leadership")
            .field("lease", &self.inner.lease.as_ref().map(|l| l.key))
            .field("leader", &self.is_leader())
            .finish_non_exhaustive()
    }
}

/// What the leadership and its keeper task share.
struct Inner {
    /// `None`: the one process of an SQLite database, always the leader.
    lease: Option<Lease>,
    state: Arc<State>,
    /// Cancelled to give the lease up (a graceful stop, or the last clone dropped).
    release: CancellationToken,
    /// The task that re-checks a held lease, and releases it.
    keeper: Mutex<Option<JoinHandle<()>>>,
    /// One [`Leadership::acquired`] at a time.
    acquiring: tokio::sync::Mutex<()>,
}

impl Drop for Inner {
    fn drop(&mut self) {
        self.release.cancel();
    }
}

/// The flags the keeper task changes.
struct State {
    leader: AtomicBool,
    lost: CancellationToken,
}

/// How to take and keep the lock.
struct Lease {
    connect: Connect,
    key: i64,
    interval: Duration,
}

impl Leadership {
    /// The one process of an SQLite database: always the leader, never loses it.
    pub fn single() -> Self {
        Self::with(None, true)
    }

    /// A replica on PostgreSQL: a standby until `pg_try_advisory_lock(key)` succeeds on a
    /// connection `connect` opens (tried every `interval`), then the leader, re-checked every
    /// `interval` on that same connection.
    pub fn postgres<F, Fut, E>(connect: F, key: i64, interval: Duration) -> Self
    where
        F: Fn() -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<PgConnection, E>> + Send + 'static,
        E: std::error::Error + Send + Sync + 'static,
    {
        let connect: Connect = Arc::new(move || {
            let connecting = connect();
            Box::pin(async move { connecting.await.map_err(Into::into) })
        });
        Self::with(Some(Lease { connect, key, interval }), false)
    }

    fn with(lease: Option<Lease>, leader: bool) -> Self {
        let state =
            Arc::new(State { leader: AtomicBool::new(leader), lost: CancellationToken::new() });
        Self {
            inner: Arc::new(Inner {
                lease,
                state,
                release: CancellationToken::new(),
                keeper: Mutex::new(None),
                acquiring: tokio::sync::Mutex::new(()),
            }),
        }
    }

    /// Waits until this replica leads: `true` then, `false` if `stop` was cancelled first
    /// (or the leadership was released, or lost: a lost lease is not taken again, the
    /// process is meant to exit and come back as a standby).
    pub async fn acquired(&self, stop: &CancellationToken) -> bool {
        let Some(lease) = &self.inner.lease else {
            return true;
        };
        let _one = self.inner.acquiring.lock().await;
        if self.is_leader() {
            return true;
        }
        let mut connection: Option<PgConnection> = None;
        loop {
            if stop.is_cancelled() || self.inner.release.is_cancelled() || self.is_lost() {
                break;
            }
            if connection.is_none() {
                connection = match bounded(lease.interval, (lease.connect)()).await {
                    Ok(Ok(opened)) => Some(opened),
                    Ok(Err(e)) => {
                        tracing::warn!(error = %e, "standby: cannot connect for the leader lease");
                        None
                    }
                    Err(_) => {
                        tracing::warn!("standby: connecting for the leader lease timed out");
                        None
                    }
                };
            }
            if let Some(open) = connection.as_mut() {
                match bounded(lease.interval, sql::try_lock(open, lease.key)).await {
                    Ok(Ok(true)) => {
                        if let Some(taken) = connection.take() {
                            self.start_keeping(lease, taken);
                        }
                        return true;
                    }
                    Ok(Ok(false)) => {}
                    Ok(Err(e)) => {
                        tracing::warn!(error = %e, "standby: the leader lease could not be tried");
                        connection = None;
                    }
                    Err(_) => {
                        tracing::warn!("standby: trying the leader lease timed out");
                        connection = None;
                    }
                }
            }
            tokio::select! {
                () = stop.cancelled() => break,
                () = self.inner.release.cancelled() => break,
                () = tokio::time::sleep(lease.interval) => {}
            }
        }
        if let Some(open) = connection {
            let _ = bounded(lease.interval, open.close()).await;
        }
        false
    }

    /// Whether this replica leads now.
    pub fn is_leader(&self) -> bool {
        self.inner.state.leader.load(Ordering::Acquire)
    }

    /// Whether a held lease was lost (the connection failed, or the lock is gone).
    pub fn is_lost(&self) -> bool {
        self.inner.state.lost.is_cancelled()
    }

    /// Resolves once a held lease is lost; never for [`single`](Self::single), nor for a
    /// lease released on purpose.
    pub async fn lost(&self) {
        self.inner.state.lost.cancelled().await;
    }

    /// Gives the lease up, so that a standby takes it at its next try, and closes its
    /// connection; waits until that is done. A standby stops trying. Idempotent.
    pub async fn release(&self) {
        self.inner.release.cancel();
        let keeper = self.inner.keeper.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(keeper) = keeper
            && let Err(e) = keeper.await
        {
            tracing::error!(error = %e, "the leader lease's task failed");
        }
    }

    /// Marks this replica the leader and starts re-checking the lease on `connection`.
    fn start_keeping(&self, lease: &Lease, connection: PgConnection) {
        self.inner.state.leader.store(true, Ordering::Release);
        tracing::info!(key = lease.key, "this replica is the leader now");
        let keeper = tokio::spawn(keep(
            connection,
            lease.key,
            lease.interval,
            self.inner.release.clone(),
            self.inner.state.clone(),
        ));
        *self.inner.keeper.lock().unwrap_or_else(|p| p.into_inner()) = Some(keeper);
    }
}

/// Re-checks the held lease every `interval` until it is released (then unlocks and closes)
/// or lost (then says so: the run stops).
async fn keep(
    mut connection: PgConnection,
    key: i64,
    interval: Duration,
    release: CancellationToken,
    state: Arc<State>,
) {
    loop {
        tokio::select! {
            biased;
            () = release.cancelled() => {
                state.leader.store(false, Ordering::Release);
                if let Ok(Err(e)) = bounded(interval, sql::unlock(&mut connection, key)).await {
                    tracing::warn!(error = %e, "could not release the leader lease; closing its connection ends it");
                }
                let _ = bounded(interval, connection.close()).await;
                tracing::info!("released the leader lease");
                return;
            }
            () = tokio::time::sleep(interval) => {}
        }
        let why = match bounded(interval, sql::still_held(&mut connection, key)).await {
            Ok(Ok(true)) => continue,
            Ok(Ok(false)) => "the lock is no longer held by this replica's connection".to_owned(),
            Ok(Err(e)) => format!("its database connection failed: {e}"),
            Err(_) => format!("the database did not answer within {interval:?}"),
        };
        state.leader.store(false, Ordering::Release);
        state.lost.cancel();
        tracing::error!(reason = %why, "lost the leader lease: another replica may lead now");
        // Dropped, not closed: a connection that failed may not answer a goodbye.
        drop(connection);
        return;
    }
}

/// `work`, or an error once `limit` has passed: a database that does not answer is no
/// better than one that refuses.
///
/// The limit is the interval, but never under [`MIN_WAIT`]: a short interval (a test's, say)
/// must not turn a busy moment of the database into a lost lease, or keep a standby from ever
/// connecting. A connection that fails, or a lock that is gone, is seen at once either way.
async fn bounded<T>(
    limit: Duration,
    work: impl Future<Output = T>,
) -> Result<T, tokio::time::error::Elapsed> {
    tokio::time::timeout(limit.max(MIN_WAIT), work).await
}

/// The least time a lease's statement is given before the database counts as not answering.
const MIN_WAIT: Duration = Duration::from_secs(3);

/// The lease's SQL, all in one place (the same on any connection type that speaks
/// PostgreSQL).
mod sql {
    use sqlx::postgres::PgConnection;

    /// Takes the lock if no other session holds it; never waits.
    pub(super) async fn try_lock(conn: &mut PgConnection, key: i64) -> Result<bool, sqlx::Error> {
        sqlx::query_scalar("SELECT pg_try_advisory_lock($1)").bind(key).fetch_one(conn).await
    }

    /// Whether this session still holds the lock: a round trip on its connection, and
    /// `pg_locks`, where a bigint key shows as its high half in `classid`, its low half in
    /// `objid`, with `objsubid` 1.
    pub(super) async fn still_held(conn: &mut PgConnection, key: i64) -> Result<bool, sqlx::Error> {
        let (high, low) = halves(key);
        sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted
               AND pid = pg_backend_pid() AND classid = $1::oid AND objid = $2::oid
               AND objsubid = 1)",
        )
        .bind(high)
        .bind(low)
        .fetch_one(conn)
        .await
    }

    /// Gives the lock up (`false` if this session did not hold it).
    pub(super) async fn unlock(conn: &mut PgConnection, key: i64) -> Result<bool, sqlx::Error> {
        sqlx::query_scalar("SELECT pg_advisory_unlock($1)").bind(key).fetch_one(conn).await
    }

    /// The key's high and low 32 bits, unsigned, as `pg_locks` shows them.
    pub(super) fn halves(key: i64) -> (i64, i64) {
        let bits = key as u64;
        ((bits >> 32) as i64, (bits & 0xffff_ffff) as i64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_splits_as_pg_locks_shows_it() {
        assert_eq!(sql::halves(0x0000_0001_0000_0002), (1, 2));
        assert_eq!(sql::halves(-1), (0xffff_ffff, 0xffff_ffff));
        assert_eq!(sql::halves(i64::MIN), (0x8000_0000, 0));
    }

    #[tokio::test]
    async fn a_single_process_always_leads() {
        let single = Leadership::single();
        assert!(single.is_leader());
        let stop = CancellationToken::new();
        stop.cancel();
        assert!(single.acquired(&stop).await, "even a stopping single process leads");
        single.release().await;
        assert!(!single.is_lost());
    }
}
