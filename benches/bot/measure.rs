//! What the bench measures with: runtimes with named threads, CPU time per thread from /proc,
//! RSS of a process, and reply latencies.

use std::time::{Duration, Instant};

use tokio::runtime::{Builder, Runtime};

/// A multi-threaded runtime whose threads are named `name` (so their CPU can be told apart).
pub fn runtime(name: &str, threads: usize) -> Runtime {
    Builder::new_multi_thread()
        .worker_threads(threads)
        .thread_name(name)
        .enable_all()
        .build()
        .expect("runtime")
}

/// CPU time of this process's threads whose name starts with one of `prefixes`: user and
/// system time together, and system time alone.
pub fn thread_cpu(prefixes: &[&str]) -> (Duration, Duration) {
    let ticks_per_sec = 100.0; // CLK_TCK on Linux.
    let (mut user, mut system) = (0u64, 0u64);
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return (Duration::ZERO, Duration::ZERO);
    };
    for task in tasks.flatten() {
        let dir = task.path();
        let comm = std::fs::read_to_string(dir.join("comm")).unwrap_or_default();
        if !prefixes.iter().any(|p| comm.trim().starts_with(p)) {
            continue;
        }
        let (u, s) = stat_ticks(&dir.join("stat"));
        user += u;
        system += s;
    }
    let secs = |ticks: u64| Duration::from_secs_f64(ticks as f64 / ticks_per_sec);
    (secs(user + system), secs(system))
}

/// User and system CPU time, in clock ticks (1/100 s), of the process or thread whose
/// `/proc/…/stat` file is `stat` (zero if it cannot be read: gone, say).
pub fn stat_ticks(stat: &std::path::Path) -> (u64, u64) {
    let stat = std::fs::read_to_string(stat).unwrap_or_default();
    // Fields after the `(comm)` part; utime and stime are the 12th and 13th of those.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    let field = |i: usize| fields.get(i).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
    (field(11), field(12))
}

/// RSS of a process, in MiB.
pub fn rss_mib(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kib: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0);
    kib / 1024.0
}

/// One measured phase: CPU of the threads under test (all of it, and the system part: the
/// kernel's work for their syscalls) and wall time.
pub struct Measured {
    pub updates: u64,
    pub cpu: Duration,
    pub system: Duration,
    pub wall: Duration,
}

impl Measured {
    /// CPU per update, in microseconds.
    pub fn cpu_per_update_us(&self) -> f64 {
        self.cpu.as_secs_f64() * 1e6 / self.updates as f64
    }

    /// The share of the CPU time spent in the kernel, in percent.
    pub fn system_percent(&self) -> f64 {
        100.0 * self.system.as_secs_f64() / self.cpu.as_secs_f64().max(f64::MIN_POSITIVE)
    }

    /// Updates handled per second of wall time.
    pub fn per_second(&self) -> f64 {
        self.updates as f64 / self.wall.as_secs_f64()
    }
}

/// Runs `work` on `fake` and measures the CPU of the threads named with one of `prefixes`
/// meanwhile.
pub fn measure(
    fake: &Runtime,
    prefixes: &[&str],
    updates: u64,
    work: impl Future<Output = ()>,
) -> Measured {
    let (cpu, system) = thread_cpu(prefixes);
    let started = Instant::now();
    fake.block_on(work);
    let wall = started.elapsed();
    let (cpu_after, system_after) = thread_cpu(prefixes);
    Measured { updates, cpu: cpu_after - cpu, system: system_after - system, wall }
}

/// Reply latencies of one run, sorted.
pub struct Latencies(pub Vec<Duration>);

impl Latencies {
    /// The `q` quantile (nearest rank), in milliseconds.
    pub fn ms(&self, q: f64) -> f64 {
        let rank = (self.0.len() as f64 * q).ceil() as usize;
        let at = rank.clamp(1, self.0.len().max(1)) - 1;
        self.0.get(at).map_or(f64::NAN, |d| d.as_secs_f64() * 1e3)
    }
}
