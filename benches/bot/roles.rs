//! The bench binary's other roles, for the callgrind runs, chosen by `BENCH_ROLE`: so that only
//! the dispatcher under test runs under valgrind, the fake Telegram and the API simulator run
//! in a process of their own.
//!
//! - `fake`: starts the fake Telegram and the simulator, prints their URLs on one line, waits
//!   for the dispatcher to poll, offers `BENCH_UPDATES` updates at [`callgrind::RATE`] a second
//!   (`BENCH_WORKLOAD=help`: `/help` over 50 private chats; `wizard`: whole `/new` wizards),
//!   prints `DONE` with what it saw once every reply has arrived, and exits when its stdin
//!   closes.
//! - `dispatcher`: `BENCH_DISPATCHER=echo` (the bare floor), `paced` (the floor behind the
//!   bot's sender) or `bot` (`run::run` on the database `BENCH_DB`, SQLite or PostgreSQL,
//!   sealed with `BENCH_KEY`), against `BENCH_TELEGRAM` and `BENCH_ASSISTANTS`; stops
//!   gracefully when its stdin closes. With `BENCH_STATEMENTS`, the bot also counts the SQL
//!   statements it runs and writes the count there when it stops.

use std::{
    io::Read,
    net::SocketAddr,
    sync::Arc,
    time::{Duration, Instant},
};

use assistants_bot::{
    run::{self, Tuning},
    sender::{Limits, Paced},
    sim::{SimOptions, Simulator},
    storage::seal::KeyMaterial,
    testkit::fake_telegram::FakeTelegram,
};
use base64::{Engine as _, engine::general_purpose::STANDARD};
use tokio::sync::oneshot;
use url::Url;

use crate::{
    API_KEY, TOKEN, callgrind,
    floors::start_echo,
    latency::offer_and_time,
    measure::runtime,
    runs::bot_config,
    statements,
    wizard::{STEPS, paced_wizards},
};

/// The environment variable that selects a role.
pub const ROLE: &str = "BENCH_ROLE";

/// Runs the role `role` and returns when it is done.
pub fn run(role: &str) {
    match role {
        "fake" => fake(),
        "dispatcher" => dispatcher(),
        other => panic!("unknown {ROLE}: {other}"),
    }
}

fn var(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set"))
}

/// Resolves once stdin is closed (read on a thread of its own, which costs nothing meanwhile).
fn stdin_closed() -> oneshot::Receiver<()> {
    let (closed, on_close) = oneshot::channel();
    std::thread::spawn(move || {
        let _ = std::io::stdin().read_to_end(&mut Vec::new());
        let _ = closed.send(());
    });
    on_close
}

fn fake() {
    let workload = var("BENCH_WORKLOAD");
    let updates: u64 = var("BENCH_UPDATES").parse().expect("BENCH_UPDATES");
    let rt = runtime("fake", 2);
    rt.block_on(async {
        let addr = SocketAddr::from(([127, 0, 0, 1], 0));
        let sim = Simulator::start(addr, SimOptions::default()).await.expect("simulator");
        sim.handle().add_key(API_KEY, "usr_bench");
        let tg = Arc::new(FakeTelegram::start().await);
        tg.add_bot(TOKEN, 500005, "bench_assistant_bot");
        println!("{} {}", tg.base_url(), sim.base_url());
        // A dispatcher under valgrind takes a while to start: wait longer than `wait_for_polls`.
        let deadline = Instant::now() + Duration::from_secs(600);
        while tg.polls() == 0 {
            assert!(Instant::now() < deadline, "the dispatcher did not poll");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let polls = tg.polls();
        let started = Instant::now();
        let p50 = match workload.as_str() {
            "help" => offer_and_time(&tg, updates as usize, callgrind::RATE).await.ms(0.5),
            "wizard" => {
                paced_wizards(tg.clone(), updates / STEPS, callgrind::RATE).await;
                f64::NAN
            }
            other => panic!("unknown BENCH_WORKLOAD: {other}"),
        };
        let (polls, wall) = (tg.polls() - polls, started.elapsed().as_secs_f64());
        println!("DONE {polls} {wall:.1} {p50:.1}");
        let _ = stdin_closed().await;
    });
    // Exit without waiting on the servers' connections.
    std::process::exit(0);
}

fn dispatcher() {
    let kind = var("BENCH_DISPATCHER");
    let telegram: Url = var("BENCH_TELEGRAM").parse().expect("BENCH_TELEGRAM");
    let stop = stdin_closed();
    let rt = runtime("dispatcher", 2);
    let token = match kind.as_str() {
        "echo" => start_echo(&rt, telegram, |b| b),
        "paced" => start_echo(&rt, telegram, |b| Paced::new(b, Limits::default())),
        "bot" => {
            let assistants: Url = var("BENCH_ASSISTANTS").parse().expect("BENCH_ASSISTANTS");
            let key = STANDARD.decode(var("BENCH_KEY")).expect("BENCH_KEY");
            let key = KeyMaterial::from_slice(&key).expect("a 32-byte key");
            let config = bot_config(telegram, assistants, &var("BENCH_DB"), key);
            let shutdown = async {
                let _ = stop.await;
            };
            let counting = statements::start();
            rt.block_on(run::run(config, Tuning::default(), shutdown)).expect("the bot ran");
            return statements::write(counting);
        }
        other => panic!("unknown BENCH_DISPATCHER: {other}"),
    };
    rt.block_on(async {
        let _ = stop.await;
        if let Ok(done) = token.shutdown() {
            done.await;
        }
    });
}
