//! `cargo bench --bench bot`: how long a reply takes at 20 updates/s, and what an update
//! costs the bot (CPU time, and instructions counted by callgrind at 25 updates/s), both
//! against a bare teloxide echo dispatcher driven the same way; what a tracker tick costs with
//! many settled deployments; and the bot's memory with an empty database and with 100,000
//! chats; and the system calls per update, counted by strace. `BENCH_PHASE=latency`, `help`,
//! `callgrind` or `syscalls` runs one part alone. `BENCH_PHASE=load` runs the load bench
//! (1,000 chats at Telegram's global limit, with and without a flooding chat), which the
//! whole run leaves out: it takes over two minutes of real time. `BENCH_PHASE=watch` runs the
//! watch with 10,000 and 100,000 live assistants over 1,000 keys (`watch`), also left out of
//! the whole run: it takes two 100 s intervals per size (`BENCH_WATCH_INTERVALS` sets how many).
//! `BENCH_PHASE=engines` compares the bot's `/help` and wizard steps on SQLite and on the
//! PostgreSQL server `BENCH_DATABASE_URL` names (`engines`), also left out of the whole run.
//!
//! The bot (and the echo floor) run on runtimes of their own, with named threads; the fake
//! Telegram server and the API simulator run on another. CPU time is read per thread from
//! /proc, so the fake's and the simulator's work is not counted against the bot. Numbers are
//! reported, never asserted: BENCHMARKS.md holds them with the targets.
//!
//! Layout: `measure` (runtimes, CPU, RSS, latencies), `floors` (the echo dispatchers),
//! `runs` (CPU per update, and the bot's setup), `wizard` (a user through `/new`), `latency`,
//! `tracker`, `memory`, `callgrind` (the parent side, also for `syscalls`), `roles` (the
//! processes they start), `load`, and for `engines` `store` (a run's database on either
//! engine), `server` (PostgreSQL's side) and `statements` (the bot's SQL, counted).

mod callgrind;
mod engines;
mod floors;
mod latency;
mod load;
mod measure;
mod memory;
mod roles;
mod runs;
mod server;
mod statements;
mod store;
mod syscalls;
mod tracker;
mod watch;
mod wizard;

use std::net::SocketAddr;

use assistants_bot::{
    sim::{SimOptions, Simulator},
    testkit::fake_telegram::TestUser,
};

use crate::measure::{Measured, runtime};

/// Private chats the CPU runs use.
const CHATS: i64 = 100;
/// `/help` each of them sends in a measured burst.
const HELP_PER_CHAT: i64 = 20;
/// The API key stored for every bench chat.
const API_KEY: &str = "sk_bench_owner_0123456789";
/// The token the wizard gives for the assistant's own bot.
const TOKEN: &str = "500005:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_bench";

/// The `i`-th bench user (and private chat).
fn user(i: i64) -> TestUser {
    TestUser::new(10_000 + i, &format!("User{i}"))
}

fn main() {
    // `cargo bench` passes `--bench`; nothing else to parse.
    if let Ok(role) = std::env::var(roles::ROLE) {
        return roles::run(&role);
    }
    let phase = std::env::var("BENCH_PHASE").unwrap_or_default();
    let fake = runtime("fake", 2);
    if phase == "callgrind" {
        return callgrind::run(&fake);
    }
    if phase == "syscalls" {
        return syscalls::run(&fake);
    }
    if phase == "watch" {
        let runs: Vec<_> = [10_000, 100_000].into_iter().map(|n| watch::watch(&fake, n)).collect();
        return watch::print(&runs);
    }
    let sim = fake.block_on(async {
        let addr = SocketAddr::from(([127, 0, 0, 1], 0));
        let sim = Simulator::start(addr, SimOptions::default()).await.expect("simulator");
        sim.handle().add_key(API_KEY, "usr_bench");
        sim
    });

    if phase == "load" {
        return load::run(&fake, &sim);
    }
    if phase == "engines" {
        return engines::run(&fake, &sim);
    }
    let latencies = latency::latency_runs(&fake, &sim);
    if phase == "latency" {
        return latency::print_latencies(&latencies);
    }
    let cpu = runs::cpu_runs(&fake, &sim, phase == "help");
    if phase == "help" {
        // For profiling the /help path alone.
        return println!("bot /help: {:.0} µs CPU per update", cpu.help.cpu_per_update_us());
    }
    let tick_10k = tracker::tracker_tick(&fake, &sim, 10_000);
    let tick_100k = tracker::tracker_tick(&fake, &sim, 100_000);
    let rss_empty = memory::memory(&fake, sim.base_url(), 0);
    let rss_100k = memory::memory(&fake, sim.base_url(), 100_000);

    println!(
        "assistants-bot benchmark ({} cores)",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    println!();
    print_cpu(&cpu);
    println!();
    latency::print_latencies(&latencies);
    println!();
    println!("| tracker tick | status calls | median time |");
    println!("|---|---:|---:|");
    for (name, (calls, time)) in [("10,000", tick_10k), ("100,000", tick_100k)] {
        println!("| {name} stored, 50 in flight | {calls} | {:.1} ms |", time.as_secs_f64() * 1e3);
    }
    println!();
    println!("| memory (RSS of the release binary, idle) | MiB |");
    println!("|---|---:|");
    println!("| empty database | {rss_empty:.1} |");
    println!("| 100,000 chats stored | {rss_100k:.1} |");
    println!();
    callgrind::run(&fake);
    println!();
    syscalls::run(&fake);
}

fn print_cpu(cpu: &runs::CpuRuns) {
    println!("| run | updates | CPU per update | of it system | updates/s | ratio to echo |");
    println!("|---|---:|---:|---:|---:|---:|");
    let rows: [(&str, Option<&Measured>); 5] = [
        ("echo dispatcher (floor)", Some(&cpu.echo)),
        ("echo dispatcher + Throttle", Some(&cpu.throttled)),
        ("echo dispatcher + Paced", Some(&cpu.paced)),
        ("bot: /help", Some(&cpu.help)),
        ("bot: /new wizard steps", cpu.wizard.as_ref()),
    ];
    for (name, m) in rows {
        let Some(m) = m else { continue };
        println!(
            "| {name} | {} | {:.0} µs | {:.0} % | {:.0} | {:.2}× |",
            m.updates,
            m.cpu_per_update_us(),
            m.system_percent(),
            m.per_second(),
            m.cpu_per_update_us() / cpu.echo.cpu_per_update_us()
        );
    }
}
