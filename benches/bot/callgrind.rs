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

use crate::{
    roles::ROLE,
    runs::seed_keys_at,
    statements::{self, BENCH_STATEMENTS},
    store::{BenchDb, Engine},
};

/// Updates a second the fake offers, whether or not the dispatcher keeps up.
pub const RATE: f64 = 25.0;
/// Updates of the short run (a multiple of the wizard's six steps).
pub const SMALL: u64 = 60;
/// Updates of the long run.
pub const LARGE: u64 = 210;

/// Left out of the count (see the module's doc).
const CALIBRATION: &str = "<quanta::Clock as core::default::Default>::default";

/// One dispatcher and the workload it is given.
pub struct Case {
    pub name: &'static str,
    dispatcher: &'static str,
    workload: &'static str,
}

/// The floors and the bot, as both this table and the syscall table run them.
pub const CASES: [Case; 4] = [
    Case { name: "echo dispatcher (floor), /help", dispatcher: "echo", workload: "help" },
    Case { name: "echo dispatcher + Paced, /help", dispatcher: "paced", workload: "help" },
    Case { name: "bot: /help", dispatcher: "bot", workload: "help" },
    Case { name: "bot: /new wizard steps", dispatcher: "bot", workload: "wizard" },
];

/// What the dispatcher's process runs under.
#[derive(Clone, Copy)]
pub enum Tool {
    /// `valgrind --tool=callgrind`: instructions, function by function.
    Callgrind,
    /// `strace -f -c`: system calls, by name.
    Strace,
}

/// What one run gave.
pub struct Counted {
    /// The tool's output file.
    pub file: PathBuf,
    /// getUpdates calls while the updates were offered.
    polls: u64,
    /// Seconds from the first offer to the last reply.
    pub wall: f64,
    /// Median reply latency under the tool (`/help` only), in milliseconds.
    p50: f64,
    /// SQL statements the bot ran (under strace, where counting them costs no system call).
    pub statements: Option<u64>,
}

/// Runs every case twice under callgrind and prints the table; prints a line saying so and
/// returns when valgrind is not installed.
pub fn run(rt: &Runtime) {
    let header = format!(
        "| callgrind, {RATE} updates/s offered over 50 private chats | Ir per update | ratio to echo | getUpdates per update | wall (long run) | reply p50 under valgrind |\n|---|---:|---:|---:|---:|---:|"
    );
    let mut floor = None;
    table(rt, Tool::Callgrind, &header, |case, small, large| {
        let per_update =
            (total_ir(&large.file) as f64 - total_ir(&small.file) as f64) / (LARGE - SMALL) as f64;
        let floor = *floor.get_or_insert(per_update);
        let p50 = match large.p50.is_nan() {
            true => "–".to_owned(),
            false => format!("{:.1} ms", large.p50),
        };
        format!(
            "| {} | {per_update:.0} | {:.2}× | {:.2} | {:.1} s | {p50} |",
            case.name,
            per_update / floor,
            large.polls as f64 / LARGE as f64,
            large.wall,
        )
    });
}

impl Tool {
    /// The program, and the folder under `target/tmp` its output files go to.
    fn names(self) -> (&'static str, &'static str) {
        match self {
            Self::Callgrind => ("valgrind", "callgrind"),
            Self::Strace => ("strace", "strace"),
        }
    }
}

/// Prints `header`, then runs every case twice under `tool` ([`SMALL`], then [`LARGE`]
/// updates) and prints the row `row` makes of the two runs. Prints a line saying so instead
/// when the tool is not installed.
pub fn table(
    rt: &Runtime,
    tool: Tool,
    header: &str,
    mut row: impl FnMut(&Case, Counted, Counted) -> String,
) {
    let (program, folder) = tool.names();
    if Command::new(program).arg("--version").output().is_err() {
        return println!("{folder}: skipped: install {program}");
    }
    let exe = std::env::current_exe().expect("own path");
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join(folder);
    std::fs::create_dir_all(&out).expect("output folder");
    println!("{header}");
    for case in &CASES {
        let small = count(rt, (&exe, &out, tool), case, SMALL, &Engine::Sqlite);
        let large = count(rt, (&exe, &out, tool), case, LARGE, &Engine::Sqlite);
        println!("{}", row(case, small, large));
    }
    println!("({folder} files in {})", out.display());
}

/// One run of `case` with `updates` updates: the fake in one process, the dispatcher under
/// `tool` in another (its output in `out`), stopped once every reply has arrived. The bot's
/// data is in a fresh database on `engine`.
pub fn count(
    rt: &Runtime,
    (exe, out, tool): (&Path, &Path, Tool),
    case: &Case,
    updates: u64,
    engine: &Engine,
) -> Counted {
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

    let db = rt.block_on(BenchDb::create(engine));
    let key = KeyMaterial::generate();
    rt.block_on(seed_keys_at(db.url(), &key));
    // The SQLite runs keep the names they always had.
    let engine = match engine {
        Engine::Sqlite => String::new(),
        other => format!("-{}", other.name()),
    };
    let file = out.join(format!("{}-{}{engine}-{updates}.out", case.dispatcher, case.workload));
    let mut under = match tool {
        Tool::Callgrind => {
            let mut valgrind = Command::new("valgrind");
            valgrind
                .arg("--tool=callgrind")
                // After --toggle-collect, which turns collecting at start off.
                .arg(format!("--toggle-collect={CALIBRATION}"))
                .arg("--collect-atstart=yes")
                .arg(format!("--callgrind-out-file={}", file.display()))
                .arg(format!("--log-file={}", file.with_extension("log").display()));
            valgrind
        }
        Tool::Strace => {
            let mut strace = Command::new("strace");
            strace.args(["-f", "-c", "-o"]).arg(&file);
            let counted = file.with_extension("statements");
            let _ = std::fs::remove_file(&counted);
            strace.env(BENCH_STATEMENTS, counted);
            strace
        }
    };
    let mut dispatcher = under
        .arg(exe)
        .env(ROLE, "dispatcher")
        .env("BENCH_DISPATCHER", case.dispatcher)
        .env("BENCH_TELEGRAM", telegram)
        .env("BENCH_ASSISTANTS", assistants)
        .env("BENCH_DB", db.url())
        .env("BENCH_KEY", STANDARD.encode(key.expose()))
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("start the dispatcher under its tool");

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
    let status = dispatcher.wait().expect("the dispatcher's tool");
    assert!(status.success(), "the dispatcher under its tool failed: {status}");
    drop(fake.stdin.take());
    let _ = fake.wait();

    let mut done = done.split_whitespace().skip(1).map(|v| v.parse::<f64>().unwrap_or(f64::NAN));
    let mut next = || done.next().unwrap_or(f64::NAN);
    let (polls, wall, p50) = (next() as u64, next(), next());
    let statements = statements::read(&file.with_extension("statements"));
    Counted { file, polls, wall, p50, statements }
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
fn total_ir(file: &Path) -> u64 {
    let text = std::fs::read_to_string(file).expect("callgrind output");
    let line = |prefix: &str| {
        text.lines()
            .rev()
            .find_map(|l| l.strip_prefix(prefix))
            .and_then(|v| v.split_whitespace().next()?.parse().ok())
    };
    line("totals:").or_else(|| line("summary:")).expect("a totals line")
}
