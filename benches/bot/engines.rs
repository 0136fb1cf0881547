//! `BENCH_PHASE=engines`: the bot's `/help` and `/new` wizard steps on SQLite and on
//! PostgreSQL in the same run, with the measurements the other phases make: reply latency
//! ([`crate::latency`], limits lifted), CPU per update ([`crate::runs`]), system calls per
//! update ([`crate::syscalls`], with the SQL statements the bot runs counted in the same
//! runs). PostgreSQL's server is `BENCH_DATABASE_URL` (an admin URL); each run gets a fresh
//! database there, dropped after it. On PostgreSQL part of the work moves into the server:
//! its backends' CPU is reported beside the bot's, with `pg_stat_database`'s counters
//! ([`crate::server`]). strace counts the bot's process only.

use std::{path::Path, process::Command};

use assistants_bot::sim::Simulator;
use tokio::runtime::Runtime;

use crate::{
    callgrind::{CASES, LARGE, SMALL, Tool, count},
    latency::bot_latencies,
    measure::Latencies,
    runs::{BotCpu, bot_cpu},
    server::{self, Delta},
    store::{BENCH_DATABASE_URL, BenchDb, Engine},
    syscalls::{most_frequent, per_update},
};

/// What the strace runs of one case gave, per update.
struct Traced {
    syscalls: f64,
    /// The most frequent calls, with their counts.
    named: String,
    statements: Option<f64>,
}

/// One engine's figures; `[0]` is `/help`, `[1]` a wizard step.
struct EngineRun {
    engine: Engine,
    latency: [Latencies; 2],
    cpu: BotCpu,
    /// The PostgreSQL server's part (none on SQLite).
    server: Option<[Delta; 2]>,
    /// None when strace is not installed.
    traced: Option<[Traced; 2]>,
}

/// Runs the phase and prints its tables; says it is skipped without `BENCH_DATABASE_URL`.
pub fn run(fake: &Runtime, sim: &Simulator) {
    let Some(postgres) = Engine::postgres_from_env() else {
        return println!("engines: skipped: set {BENCH_DATABASE_URL}");
    };
    let strace = Command::new("strace").arg("--version").output().is_ok();
    let runs: Vec<EngineRun> =
        [Engine::Sqlite, postgres].into_iter().map(|e| engine_run(fake, sim, e, strace)).collect();
    print(&runs[0], &runs[1]);
}

fn engine_run(fake: &Runtime, sim: &Simulator, engine: Engine, strace: bool) -> EngineRun {
    let name = engine.name();
    eprintln!("engines: {name}: reply latency");
    let db = fake.block_on(BenchDb::create(&engine));
    let (help, wizard) = bot_latencies(fake, sim, db.url());
    drop(db);

    eprintln!("engines: {name}: CPU per update");
    let db = fake.block_on(BenchDb::create(&engine));
    let mut samples = Vec::new();
    let cpu = bot_cpu(fake, sim, db.url(), false, |fake| {
        if let Some((server, name)) = db.postgres() {
            samples.push(fake.block_on(server::sample(server, name)));
        }
    });
    let server = match samples.as_slice() {
        [a, b, c, d] => Some([Delta::between(a, b), Delta::between(c, d)]),
        _ => None,
    };
    drop(db);

    eprintln!("engines: {name}: system calls per update");
    let traced =
        strace.then(|| [traced(fake, &CASES[2], &engine), traced(fake, &CASES[3], &engine)]);
    EngineRun { engine, latency: [help, wizard], cpu, server, traced }
}

fn traced(fake: &Runtime, case: &crate::callgrind::Case, engine: &Engine) -> Traced {
    let exe = std::env::current_exe().expect("own path");
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("strace");
    std::fs::create_dir_all(&out).expect("output folder");
    let small = count(fake, (&exe, &out, Tool::Strace), case, SMALL, engine);
    let large = count(fake, (&exe, &out, Tool::Strace), case, LARGE, engine);
    let calls = per_update(&small.file, &large.file);
    let statements = match (small.statements, large.statements) {
        (Some(s), Some(l)) => Some((l as f64 - s as f64) / (LARGE - SMALL) as f64),
        _ => None,
    };
    Traced {
        syscalls: calls.iter().map(|(n, _)| n).sum(),
        named: most_frequent(&calls),
        statements,
    }
}

/// One row: a figure on each engine and their ratio.
fn row(name: &str, unit: &str, digits: usize, sqlite: f64, postgres: f64) {
    println!(
        "| {name} | {sqlite:.digits$}{unit} | {postgres:.digits$}{unit} | {:.2}× |",
        postgres / sqlite
    );
}

fn print(sqlite: &EngineRun, postgres: &EngineRun) {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    println!("engines: the bot on SQLite and on PostgreSQL ({cores} cores)");
    println!();
    println!("| the bot, per update | SQLite | PostgreSQL | PostgreSQL ÷ SQLite |");
    println!("|---|---:|---:|---:|");
    let what = ["/help", "wizard step"];
    for (i, name) in what.iter().enumerate() {
        let (s, p) = (&sqlite.latency[i], &postgres.latency[i]);
        row(&format!("{name}: reply p50"), " ms", 1, s.ms(0.5), p.ms(0.5));
        row(&format!("{name}: reply p99"), " ms", 1, s.ms(0.99), p.ms(0.99));
    }
    let cpu = |run: &EngineRun, i: usize| match i {
        0 => Some(run.cpu.help.cpu_per_update_us()),
        _ => run.cpu.wizard.as_ref().map(|m| m.cpu_per_update_us()),
    };
    let updates = |run: &EngineRun, i: usize| match i {
        0 => run.cpu.help.updates as f64,
        _ => run.cpu.wizard.as_ref().map_or(f64::NAN, |m| m.updates as f64),
    };
    for (i, name) in what.iter().enumerate() {
        let (Some(s), Some(p)) = (cpu(sqlite, i), cpu(postgres, i)) else { continue };
        row(&format!("{name}: CPU, the bot's process"), " µs", 0, s, p);
        if let Some(server) = &postgres.server {
            let backends = server[i].cpu.as_secs_f64() * 1e6 / updates(postgres, i);
            row(
                &format!("{name}: CPU, the bot + PostgreSQL's backends"),
                " µs",
                0,
                s,
                p + backends,
            );
        }
    }
    if let (Some(s), Some(p)) = (&sqlite.traced, &postgres.traced) {
        for (i, name) in what.iter().enumerate() {
            row(
                &format!("{name}: system calls, the bot's process"),
                "",
                1,
                s[i].syscalls,
                p[i].syscalls,
            );
        }
        for (i, name) in what.iter().enumerate() {
            let (Some(a), Some(b)) = (s[i].statements, p[i].statements) else { continue };
            row(&format!("{name}: SQL statements (sqlx's log)"), "", 1, a, b);
        }
    }
    if let Some(server) = &postgres.server {
        println!();
        println!("| PostgreSQL's server, per update | /help | wizard step |");
        println!("|---|---:|---:|");
        let per = |i: usize| {
            let (d, n) = (&server[i], updates(postgres, i));
            [d.cpu.as_secs_f64() * 1e6, d.commits, d.returned, d.fetched, d.written].map(|v| v / n)
        };
        let (help, wizard) = (per(0), per(1));
        let names = [
            "CPU of the backends (µs)",
            "transactions committed",
            "rows returned by scans",
            "rows fetched",
            "rows inserted, updated or deleted",
        ];
        for (k, name) in names.iter().enumerate() {
            println!("| {name} | {:.1} | {:.1} |", help[k], wizard[k]);
        }
    }
    for run in [sqlite, postgres] {
        let Some(traced) = &run.traced else { continue };
        println!();
        for (i, name) in what.iter().enumerate() {
            println!(
                "{} {name}, most frequent system calls per update: {}",
                run.engine.name(),
                traced[i].named
            );
        }
    }
}
