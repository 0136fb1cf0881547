//! User-space instructions per update, counted with `valgrind --tool=callgrind`, at a realistic
//! 25 updates/s. Only the dispatcher under test runs under valgrind: this binary re-executes
//! itself as the fake Telegram and simulator (one process) and as the dispatcher (another,
//! under valgrind), see [`crate::roles`]. Each case runs twice, with [`SMALL`] and [`LARGE`]
//! updates; the difference of the two totals over the difference of updates is the cost of an
//! update, without start-up and shutdown.
//!
//! Not counted: quanta's clock calibration (governor's clock, built at start), which spins for
//! a fixed wall time and so runs a number of instructions that depends on how fast valgrind
//! goes (8 to 13 million here); counted, it would move the figures by up to 18,000 per update.

use std::{
    io::{BufRead, BufReader, Lines},
    path::{Path, PathBuf},
    process::{Child, ChildStdout, Command, Stdio},
};

use assistants_bot::storage::seal::KeyMaterial;
use base64::{Engine as _, engine::general_purpose::STANDARD};
use tokio::runtime::Runtime;

use crate::{roles::ROLE, runs::seed_keys};

/// Updates a second the fake offers, whether or not the dispatcher keeps up.
pub const RATE: f64 = 25.0;
/// Updates of the short run (a multiple of the wizard's six steps).
const SMALL: u64 = 60;
/// Updates of the long run.
const LARGE: u64 = 210;

/// Left out of the count (see the module's doc).
const CALIBRATION: &str = "<quanta::Clock as core::default::Default>::default";

/// One dispatcher and the workload it is given.
struct Case {
    name: &'static str,
    dispatcher: &'static str,
    workload: &'static str,
}

const CASES: [Case; 4] = [
    Case { name: "echo dispatcher (floor), /help", dispatcher: "echo", workload: "help" },
    Case { name: "echo dispatcher + Paced, /help", dispatcher: "paced", workload: "help" },
    Case { name: "bot: /help", dispatcher: "bot", workload: "help" },
    Case { name: "bot: /new wizard steps", dispatcher: "bot", workload: "wizard" },
];

/// What one valgrind run gave.
struct Counted {
    /// Instructions executed by the dispatcher's process, start to exit.
    ir: u64,
    /// getUpdates calls while the updates were offered.
    polls: u64,
    /// Seconds from the first offer to the last reply.
    wall: f64,
    /// Median reply latency under valgrind (`/help` only), in milliseconds.
    p50: f64,
}

/// Runs every case twice under callgrind and prints the table; prints a line saying so and
/// returns when valgrind is not installed.
pub fn run(rt: &Runtime) {
    if Command::new("valgrind").arg("--version").output().is_err() {
        println!("callgrind: skipped: install valgrind");
        return;
    }
    let exe = std::env::current_exe().expect("own path");
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("callgrind");
    std::fs::create_dir_all(&out).expect("callgrind output folder");
    println!(
        "| callgrind, {RATE} updates/s offered over 50 private chats | Ir per update | ratio to echo | getUpdates per update | wall (long run) | reply p50 under valgrind |"
    );
    println!("|---|---:|---:|---:|---:|---:|");
    let mut floor = None;
    for case in &CASES {
        let small = count(rt, &exe, &out, case, SMALL);
        let large = count(rt, &exe, &out, case, LARGE);
        let per_update = (large.ir as f64 - small.ir as f64) / (LARGE - SMALL) as f64;
        let floor = *floor.get_or_insert(per_update);
        let p50 = match large.p50.is_nan() {
            true => "–".to_owned(),
            false => format!("{:.1} ms", large.p50),
        };
        println!(
            "| {} | {per_update:.0} | {:.2}× | {:.2} | {:.1} s | {p50} |",
            case.name,
            per_update / floor,
            large.polls as f64 / LARGE as f64,
            large.wall,
        );
    }
    println!("(callgrind files in {})", out.display());
}

/// One run of `case` with `updates` updates: the fake in one process, the dispatcher under
/// callgrind in another, stopped once every reply has arrived.
fn count(rt: &Runtime, exe: &Path, out: &Path, case: &Case, updates: u64) -> Counted {
    let mut fake = Command::new(exe)
        .env(ROLE, "fake")
        .env("BENCH_WORKLOAD", case.workload)
        .env("BENCH_UPDATES", updates.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the fake");
    let mut lines = BufReader::new(fake.stdout.take().expect("stdout")).lines();
    let urls = next_line(&mut lines, &mut fake, "the fake's URLs");
    let (telegram, assistants) = urls.split_once(' ').expect("two URLs");

    let dir = tempfile::tempdir().expect("tempdir");
    let key = KeyMaterial::generate();
    let db = rt.block_on(seed_keys(dir.path(), &key));
    let file = out.join(format!("{}-{}-{updates}.out", case.dispatcher, case.workload));
    let mut dispatcher = Command::new("valgrind")
        .arg("--tool=callgrind")
        // After --toggle-collect, which turns collecting at start off.
        .arg(format!("--toggle-collect={CALIBRATION}"))
        .arg("--collect-atstart=yes")
        .arg(format!("--callgrind-out-file={}", file.display()))
        .arg(format!("--log-file={}", file.with_extension("log").display()))
        .arg(exe)
        .env(ROLE, "dispatcher")
        .env("BENCH_DISPATCHER", case.dispatcher)
        .env("BENCH_TELEGRAM", telegram)
        .env("BENCH_ASSISTANTS", assistants)
        .env("BENCH_DB", &db)
        .env("BENCH_KEY", STANDARD.encode(key.expose()))
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("start valgrind");

    let done = match lines.next() {
        Some(Ok(line)) => line,
        _ => {
            let _ = dispatcher.kill();
            let _ = dispatcher.wait();
            panic!("the fake stopped before every reply arrived ({})", case.name);
        }
    };
    // Closing stdin stops the dispatcher, then the fake.
    drop(dispatcher.stdin.take());
    let status = dispatcher.wait().expect("valgrind");
    assert!(status.success(), "the dispatcher under valgrind failed: {status}");
    drop(fake.stdin.take());
    let _ = fake.wait();

    let mut done = done.split_whitespace().skip(1).map(|v| v.parse::<f64>().unwrap_or(f64::NAN));
    let mut next = || done.next().unwrap_or(f64::NAN);
    let (polls, wall, p50) = (next() as u64, next(), next());
    Counted { ir: total_ir(&file), polls, wall, p50 }
}

fn next_line(lines: &mut Lines<BufReader<ChildStdout>>, child: &mut Child, what: &str) -> String {
    match lines.next() {
        Some(Ok(line)) => line,
        _ => {
            let _ = child.wait();
            panic!("no line from the fake: {what}");
        }
    }
}

/// The `totals:` (or `summary:`) line of a callgrind output file: instructions executed.
fn total_ir(file: &PathBuf) -> u64 {
    let text = std::fs::read_to_string(file).expect("callgrind output");
    let line = |prefix: &str| {
        text.lines()
            .rev()
            .find_map(|l| l.strip_prefix(prefix))
            .and_then(|v| v.split_whitespace().next()?.parse().ok())
    };
    line("totals:").or_else(|| line("summary:")).expect("a totals line")
}
