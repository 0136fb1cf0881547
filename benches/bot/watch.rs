//! The watch at scale (`BENCH_PHASE=watch`): 10,000 and then 100,000 live assistants over
//! [`KEYS`] API keys, seeded straight into the database, the simulator (each key's owner
//! lists its own) and the fake Telegram (each assistant's bot known, its webhook healthy).
//! The release binary runs with a [`INTERVAL`] watch interval for [`intervals`] intervals;
//! the list calls, the getWebhookInfo calls and the bot's RSS are read as it goes.
//!
//! [`INTERVAL`] is the default five minutes scaled down to the shortest interval in which one
//! list call per key fits under the watch's cap (1,000 keys at 10 calls/s: 100 s).

use std::{
    net::SocketAddr,
    process::Command,
    time::{Duration, Instant},
};

use assistants_bot::{
    api::{ApiMode, Status},
    config::{KeySource, parse_database_url},
    sim::{SimDeployment, SimOptions, Simulator},
    storage::{Db, seal::KeyMaterial},
    testkit::{
        fake_telegram::FakeTelegram,
        process::bot_command,
        seed::{self, Watched},
    },
};
use tokio::runtime::Runtime;

use crate::measure::rss_mib;

/// API keys, one chat (and one simulator owner) each.
pub const KEYS: usize = 1_000;
/// The watch interval of the run.
pub const INTERVAL: Duration = Duration::from_secs(100);
/// How often the counts are read.
const SAMPLE: Duration = Duration::from_millis(100);
/// The tracker's poll (each tick takes its share of the getWebhookInfo checks).
const POLL: &str = "1s";
const LIST_PATH: &str = "/api/v1/assistants";

/// Intervals measured: `BENCH_WATCH_INTERVALS`, else 2.
pub fn intervals() -> u32 {
    std::env::var("BENCH_WATCH_INTERVALS").ok().and_then(|n| n.parse().ok()).unwrap_or(2)
}

/// What one run saw.
pub struct WatchRun {
    pub assistants: usize,
    /// List calls in each interval.
    pub lists: Vec<usize>,
    /// getWebhookInfo calls in each interval.
    pub checks: Vec<usize>,
    /// The most list calls in any one second.
    pub lists_peak: usize,
    /// The most getWebhookInfo calls in any one second.
    pub checks_peak: usize,
    /// API calls other than the list (a status call confirming a deletion).
    pub other_api_calls: usize,
    /// Messages the bot sent (none expected: nothing changed).
    pub notices: usize,
    /// The bot's largest RSS seen, MiB.
    pub rss_mib: f64,
}

fn chat(k: usize) -> i64 {
    2_000_000 + k as i64
}

fn key(k: usize) -> String {
    format!("sk_bench_watch_{k:04}_0123456789")
}

fn owner(k: usize) -> String {
    format!("usr_watch_{k:04}")
}

/// Stores the keys' chats and `assistants` live assistants (round-robin over the keys) in
/// the database at `db`, the simulator and the fake Telegram.
async fn seed_all(
    db: &str,
    key_material: &KeyMaterial,
    sim: &Simulator,
    tg: &FakeTelegram,
    n: usize,
) {
    let source = KeySource::Inline(key_material.clone());
    let storage = Db::open(parse_database_url(db).expect("url"), &source).await.expect("db");
    let handle = sim.handle();
    for k in 0..KEYS {
        handle.add_key(&key(k), &owner(k));
        let chats = chat(k)..chat(k) + 1;
        seed::chats_with_key(&storage, chats, "en", &key(k)).await.expect("seed chats");
    }
    let rows: Vec<Watched> = (0..n)
        .map(|i| {
            let k = i % KEYS;
            let id = handle.seed(&owner(k), ApiMode::Byok, |d: &mut SimDeployment| {
                d.name = Some(format!("Watched {i}"));
                d.status = Status::Active;
                d.payment_status = "paid".into();
                d.is_prebuy = false;
            });
            let bot = 600_000 + i as i64;
            let token = format!("{bot}:AAWatchBench_{i:07}_0123456789abcdef");
            tg.add_bot(&token, bot, &format!("watched_{i}_bot"));
            Watched { chat: chat(k), id, token }
        })
        .collect();
    seed::watched_live(&storage, rows).await.expect("seed assistants");
    storage.close().await;
}

/// The most calls in any one second, from counts sampled every [`SAMPLE`].
fn peak(samples: &[usize]) -> usize {
    let per_window = (Duration::from_secs(1).as_millis() / SAMPLE.as_millis()) as usize;
    samples.windows(per_window + 1).map(|w| w[per_window] - w[0]).max().unwrap_or(0)
}

/// Runs the release binary over `assistants` live assistants for [`intervals`] intervals.
pub fn watch(fake: &Runtime, assistants: usize) -> WatchRun {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = format!("sqlite://{}", dir.path().join("watch.db").display());
    let key_material = KeyMaterial::generate();
    let (sim, tg) = fake.block_on(async {
        let addr = SocketAddr::from(([127, 0, 0, 1], 0));
        let sim = Simulator::start(addr, SimOptions::default()).await.expect("simulator");
        (sim, FakeTelegram::start().await)
    });
    let seeding = Instant::now();
    fake.block_on(seed_all(&db, &key_material, &sim, &tg, assistants));
    eprintln!("watch bench: {assistants} seeded in {:.1} s", seeding.elapsed().as_secs_f64());
    let handle = sim.handle();
    let lists = || handle.count_requests("GET", LIST_PATH);
    let mut child =
        bot_command(env!("CARGO_BIN_EXE_assistants-bot"), &tg, &sim.base_url(), &db, &key_material)
            .env("WATCH_INTERVAL", format!("{}s", INTERVAL.as_secs()))
            .env("POLL_INTERVAL", POLL)
            .spawn()
            .expect("start the bot");
    let pid = child.id();
    let run = fake.block_on(async {
        // The first round's first call comes one key's share of the interval after its start;
        // interval k is cut half a share after that, between two keys' calls.
        let share = INTERVAL / KEYS as u32;
        let started = Instant::now();
        while lists() == 0 {
            assert!(started.elapsed() < Duration::from_secs(120), "the watch never listed");
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let origin = Instant::now() - share / 2;
        let mut boundary = (lists(), tg.count_of("GetWebhookInfo"));
        let (mut list_samples, mut check_samples) = (vec![0], vec![boundary.1]);
        let (mut per_list, mut per_check, mut rss) = (Vec::new(), Vec::new(), 0.0f64);
        for k in 1..=intervals() {
            let end = origin + INTERVAL * k;
            let mut next = Instant::now();
            while next < end {
                next = (next + SAMPLE).min(end);
                tokio::time::sleep_until(next.into()).await;
                list_samples.push(lists());
                check_samples.push(tg.count_of("GetWebhookInfo"));
            }
            let now = (*list_samples.last().unwrap_or(&0), *check_samples.last().unwrap_or(&0));
            per_list.push(now.0 - boundary.0);
            per_check.push(now.1 - boundary.1);
            boundary = now;
            rss = rss.max(rss_mib(pid));
            eprintln!(
                "watch bench: interval {k}: {} lists, {} checks",
                per_list[k as usize - 1],
                per_check[k as usize - 1]
            );
        }
        let all = handle.requests().len();
        WatchRun {
            assistants,
            lists_peak: peak(&list_samples),
            checks_peak: peak(&check_samples),
            other_api_calls: all - lists(),
            lists: per_list,
            checks: per_check,
            notices: tg.count_of("SendMessage"),
            rss_mib: rss,
        }
    });
    let _ = Command::new("kill").args(["-TERM", &pid.to_string()]).status();
    let _ = child.wait();
    run
}

/// Prints the runs as BENCHMARKS.md's table.
pub fn print(runs: &[WatchRun]) {
    println!(
        "| live assistants ({KEYS} keys, WATCH_INTERVAL={}s, POLL_INTERVAL={POLL}) | list calls per interval | peak list calls/s | other API calls | getWebhookInfo per interval | peak getWebhookInfo/s | notices | RSS MiB |",
        INTERVAL.as_secs()
    );
    println!("|---|---|---:|---:|---|---:|---:|---:|");
    for r in runs {
        let join = |v: &[usize]| v.iter().map(usize::to_string).collect::<Vec<_>>().join(", ");
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {:.1} |",
            r.assistants,
            join(&r.lists),
            r.lists_peak,
            r.other_api_calls,
            join(&r.checks),
            r.checks_peak,
            r.notices,
            r.rss_mib
        );
    }
}
