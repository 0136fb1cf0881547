//! SQL statements the bot runs, counted in the dispatcher's process from sqlx's own log of
//! every statement it executes (target `sqlx::query`, `BEGIN` and `COMMIT` included), with
//! nothing written until the process ends: the system-call count is not disturbed. The
//! formatting sqlx then does costs CPU, so only the strace runs count, never the CPU runs.

use std::sync::{
    Arc,
    atomic::{AtomicU64, Ordering},
};

use tracing::{Event, Level, Subscriber};
use tracing_subscriber::{
    Layer,
    filter::Targets,
    layer::{Context, SubscriberExt as _},
    util::SubscriberInitExt as _,
};

/// The variable naming the file the dispatcher writes its count to when it stops.
pub const BENCH_STATEMENTS: &str = "BENCH_STATEMENTS";

/// Counts the events it is shown.
struct Count(Arc<AtomicU64>);

impl<S: Subscriber> Layer<S> for Count {
    fn on_event(&self, _: &Event<'_>, _: Context<'_, S>) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }
}

/// Starts counting sqlx's statements if [`BENCH_STATEMENTS`] names a file; the returned
/// counter goes to [`write`].
pub fn start() -> Option<Arc<AtomicU64>> {
    std::env::var_os(BENCH_STATEMENTS)?;
    let count = Arc::new(AtomicU64::new(0));
    let only_sqlx = Targets::new().with_target("sqlx::query", Level::TRACE);
    let installed =
        tracing_subscriber::registry().with(Count(count.clone()).with_filter(only_sqlx)).try_init();
    installed.is_ok().then_some(count)
}

/// Writes the count to the file [`BENCH_STATEMENTS`] names.
pub fn write(count: Option<Arc<AtomicU64>>) {
    let (Some(count), Some(file)) = (count, std::env::var_os(BENCH_STATEMENTS)) else { return };
    let _ = std::fs::write(file, count.load(Ordering::Relaxed).to_string());
}

/// The count a run wrote to `file`, if it wrote one.
pub fn read(file: &std::path::Path) -> Option<u64> {
    std::fs::read_to_string(file).ok()?.trim().parse().ok()
}
