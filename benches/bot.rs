//! `cargo bench --bench bot`: how long a reply takes at 20 updates/s, and what an update
//! costs the bot, both against a bare teloxide echo dispatcher driven the same way; what a
//! tracker tick costs with many settled deployments; and the bot's memory with an empty
//! database and with 100,000 chats. `BENCH_PHASE=latency` runs the reply latency part alone.
//!
//! The bot (and the echo floor) run on runtimes of their own, with named threads; the fake
//! Telegram server and the API simulator run on another. CPU time is read per thread from
//! /proc, so the fake's and the simulator's work is not counted against the bot. Numbers are
//! reported, never asserted: BENCHMARKS.md holds them with the targets.

use std::{
    future::Future,
    net::SocketAddr,
    process::{Command, Stdio},
    sync::Arc,
    time::{Duration, Instant},
};

use assistants_bot::{
    api::{ApiClient, ApiKey, ApiMode, ClientOptions, Status},
    app::{App, TgBot, Timing},
    config::{Config, KeySource, LogFormat, parse_database_url},
    run::{self, Tuning},
    sender::{Limits, Paced, Rate},
    sim::{SimDeployment, SimHandle, SimOptions, Simulator},
    storage::{Db, seal::KeyMaterial},
    testkit::fake_telegram::{BOT_TOKEN, Call, FakeTelegram, TestUser},
    tracker::Tracker,
};
use base64::{Engine as _, engine::general_purpose::STANDARD};
use secrecy::SecretString;
use teloxide::{
    adaptors::{Throttle, throttle},
    prelude::*,
};
use tokio::runtime::{Builder, Runtime};

const CHATS: i64 = 100;
const HELP_PER_CHAT: i64 = 20;
const API_KEY: &str = "sk_bench_owner_0123456789";
const TOKEN: &str = "500005:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_bench";

fn runtime(name: &str, threads: usize) -> Runtime {
    Builder::new_multi_thread()
        .worker_threads(threads)
        .thread_name(name)
        .enable_all()
        .build()
        .expect("runtime")
}

/// CPU time (user + system) of this process's threads whose name starts with one of
/// `prefixes`.
fn thread_cpu(prefixes: &[&str]) -> Duration {
    let ticks_per_sec = 100.0; // CLK_TCK on Linux.
    let mut ticks = 0u64;
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else { return Duration::ZERO };
    for task in tasks.flatten() {
        let dir = task.path();
        let comm = std::fs::read_to_string(dir.join("comm")).unwrap_or_default();
        if !prefixes.iter().any(|p| comm.trim().starts_with(p)) {
            continue;
        }
        let stat = std::fs::read_to_string(dir.join("stat")).unwrap_or_default();
        // Fields after the `(comm)` part; utime and stime are the 12th and 13th of those.
        let fields: Vec<&str> = stat
            .rsplit_once(')')
            .map(|(_, rest)| rest.split_whitespace().collect())
            .unwrap_or_default();
        ticks += fields.get(11).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
        ticks += fields.get(12).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
    }
    Duration::from_secs_f64(ticks as f64 / ticks_per_sec)
}

/// RSS of a process, in MiB.
fn rss_mib(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kib: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0);
    kib / 1024.0
}

/// One measured phase.
struct Measured {
    updates: u64,
    cpu: Duration,
    wall: Duration,
}

impl Measured {
    fn cpu_per_update_us(&self) -> f64 {
        self.cpu.as_secs_f64() * 1e6 / self.updates as f64
    }
    fn per_second(&self) -> f64 {
        self.updates as f64 / self.wall.as_secs_f64()
    }
}

fn user(i: i64) -> TestUser {
    TestUser::new(10_000 + i, &format!("User{i}"))
}

/// Sends `per_chat` /help from each of the chats and waits for as many replies.
async fn help_burst(tg: &FakeTelegram, per_chat: i64) {
    let target = tg.count_of("SendMessage") + (CHATS * per_chat) as usize;
    for _ in 0..per_chat {
        for i in 0..CHATS {
            let u = user(i);
            tg.send_text(u.id, &u, "/help");
        }
    }
    let deadline = Instant::now() + Duration::from_secs(300);
    while tg.count_of("SendMessage") < target {
        assert!(Instant::now() < deadline, "replies did not arrive");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

fn measure(
    fake: &Runtime,
    prefixes: &[&str],
    updates: u64,
    work: impl Future<Output = ()>,
) -> Measured {
    let cpu = thread_cpu(prefixes);
    let started = Instant::now();
    fake.block_on(work);
    Measured { updates, cpu: thread_cpu(prefixes) - cpu, wall: started.elapsed() }
}

/// The floor: teloxide's dispatcher with one endpoint that echoes the text.
fn start_echo(rt: &Runtime, tg: &FakeTelegram) -> teloxide::dispatching::ShutdownToken {
    let bot = Bot::new(BOT_TOKEN).set_api_url(tg.base_url());
    let handler = Update::filter_message().endpoint(|bot: Bot, msg: Message| async move {
        bot.send_message(msg.chat.id, msg.text().unwrap_or_default()).await?;
        respond(())
    });
    let mut dispatcher = Dispatcher::builder(bot, handler).build();
    let token = dispatcher.shutdown_token();
    rt.spawn(async move { dispatcher.dispatch().await });
    token
}

/// The floor plus teloxide's Throttle adaptor (what the bot used before its own sender), with
/// `limits`: shows what that adaptor costs.
fn start_echo_throttled(
    rt: &Runtime,
    tg: &FakeTelegram,
    limits: throttle::Limits,
) -> teloxide::dispatching::ShutdownToken {
    let bot =
        rt.block_on(async { Bot::new(BOT_TOKEN).set_api_url(tg.base_url()).throttle(limits) });
    let handler =
        Update::filter_message().endpoint(|bot: Throttle<Bot>, msg: Message| async move {
            bot.send_message(msg.chat.id, msg.text().unwrap_or_default()).await?;
            respond(())
        });
    let mut dispatcher = Dispatcher::builder(bot, handler).build();
    let token = dispatcher.shutdown_token();
    rt.spawn(async move { dispatcher.dispatch().await });
    token
}

/// The floor plus the bot's own sender ([`Paced`]) with `limits`: shows what it costs.
fn start_echo_paced(
    rt: &Runtime,
    tg: &FakeTelegram,
    limits: Limits,
) -> teloxide::dispatching::ShutdownToken {
    let bot = Paced::new(Bot::new(BOT_TOKEN).set_api_url(tg.base_url()), limits);
    let handler = Update::filter_message().endpoint(|bot: TgBot, msg: Message| async move {
        bot.send_message(msg.chat.id, msg.text().unwrap_or_default()).await?;
        respond(())
    });
    let mut dispatcher = Dispatcher::builder(bot, handler).build();
    let token = dispatcher.shutdown_token();
    rt.spawn(async move { dispatcher.dispatch().await });
    token
}

/// Throttle's limits, lifted, so that updates/s shows the dispatch path.
fn throttle_lifted() -> throttle::Limits {
    throttle::Limits {
        messages_per_sec_chat: 100_000,
        messages_per_min_chat: 1_000_000,
        messages_per_min_channel_or_supergroup: 1_000_000,
        messages_per_sec_overall: 1_000_000,
    }
}

/// The sender's limits, lifted, likewise.
fn lifted() -> Limits {
    let lifted = Rate::new(1_000_000, Duration::from_nanos(1));
    Limits { private_chat: lifted, group: lifted, overall: lifted }
}

/// The bot, on its own runtime, against `tg` and `sim`, with a key for every bench chat.
fn start_bot(
    rt: &Runtime,
    fake: &Runtime,
    tg: &FakeTelegram,
    sim: &Simulator,
    dir: &std::path::Path,
    limits: Limits,
) -> tokio::sync::oneshot::Sender<()> {
    let key = KeyMaterial::generate();
    let db = format!("sqlite://{}", dir.join("bench.db").display());
    fake.block_on(async {
        let storage =
            Db::open(parse_database_url(&db).expect("url"), &KeySource::Inline(key.clone()))
                .await
                .expect("db");
        for i in 0..CHATS {
            storage.set_api_key(ChatId(user(i).id), &ApiKey::new(API_KEY)).await.expect("key");
        }
        storage.close().await;
    });
    let config = Config {
        token: SecretString::from(BOT_TOKEN),
        telegram_api_url: tg.base_url(),
        assistants_api_url: sim.base_url(),
        database: parse_database_url(&db).expect("url"),
        key: KeySource::Inline(key),
        poll_interval: Duration::from_secs(3600),
        payment_timeout: Duration::from_secs(3600),
        public_url: None,
        listen_addr: None,
        metrics_addr: None,
        log_format: LogFormat::Text,
    };
    let tuning = Tuning { limits, ..Default::default() };
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    rt.spawn(run::run(config, tuning, async {
        let _ = stopped.await;
    }));
    stop
}

fn button(message: &Call, label: &str) -> String {
    message
        .buttons()
        .into_iter()
        .find(|(l, _)| l.starts_with(label))
        .map(|(_, d)| d)
        .expect("button")
}

/// One chat through the whole /new wizard (6 updates), managed mode, up to the payment link.
async fn wizard_run(tg: &FakeTelegram, i: i64, n: u64) {
    let u = user(i);
    let wait = |seen: usize, text: &'static str| {
        let chat = u.id;
        async move {
            tg.wait_for_after(seen, text, Duration::from_secs(120), move |c| {
                c.is("SendMessage") && c.chat_id() == Some(chat) && c.text().contains(text)
            })
            .await
        }
    };
    let seen = tg.call_count();
    tg.send_text(u.id, &u, "/new");
    let mode = wait(seen, "Step 1 of 6").await;
    let seen = tg.call_count();
    tg.press(u.id, &u, mode.message_id.expect("id"), &button(&mode, "Managed"));
    wait(seen, "What should the assistant be called").await;
    let seen = tg.call_count();
    tg.send_text(u.id, &u, &format!("Bench {i}-{n}"));
    wait(seen, "OpenRouter").await;
    let seen = tg.call_count();
    tg.send_text(u.id, &u, "openai/gpt-5");
    wait(seen, "@BotFather").await;
    let seen = tg.call_count();
    tg.send_text(u.id, &u, TOKEN);
    let summary = wait(seen, "Please check").await;
    let seen = tg.call_count();
    tg.press(u.id, &u, summary.message_id.expect("id"), &button(&summary, "✅"));
    wait(seen, "is reserved").await;
}

async fn wizards(tg: Arc<FakeTelegram>, round: u64) {
    let runs = (0..CHATS).map(|i| {
        let tg = tg.clone();
        tokio::spawn(async move { wizard_run(&tg, i, round).await })
    });
    for run in runs.collect::<Vec<_>>() {
        run.await.expect("wizard run");
    }
}

fn seed_deploying(sim: &SimHandle, i: usize) -> String {
    sim.seed("usr_bench", ApiMode::Managed, |d: &mut SimDeployment| {
        d.name = Some(format!("Flight {i}"));
        d.status = Status::Deploying;
        d.payment_status = "paid".into();
        d.is_prebuy = false;
    })
}

/// Tick cost with `stored` deployments of which 50 are in flight.
fn tracker_tick(
    fake: &Runtime,
    tg: &FakeTelegram,
    sim: &Simulator,
    stored: usize,
) -> (usize, Duration) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = format!("sqlite://{}", dir.path().join("tick.db").display());
    fake.block_on(async {
        let storage = Db::open(parse_database_url(&db).expect("url"), &KeySource::Inline(KeyMaterial::generate()))
            .await
            .expect("db");
        storage.set_api_key(ChatId(1), &ApiKey::new("sk_bench_tracker_0123")).await.expect("key");
        let handle = sim.handle();
        handle.add_key("sk_bench_tracker_0123", "usr_bench");
        let mut tx = storage.pool().begin().await.expect("tx");
        for i in 0..stored {
            let (id, status) = if i % (stored / 50) == 0 {
                (seed_deploying(&handle, i), "deploying")
            } else {
                (format!("dep_settled_{i}"), "active")
            };
            sqlx::query("INSERT INTO deployments (chat_id, deployment_id, status, notified_status) VALUES (1, ?, ?, ?)")
                .bind(id)
                .bind(status)
                .bind(status)
                .execute(&mut *tx)
                .await
                .expect("insert");
        }
        tx.commit().await.expect("commit");
        let bot: TgBot = Paced::new(Bot::new(BOT_TOKEN).set_api_url(tg.base_url()), lifted());
        let api = ApiClient::new(sim.base_url(), ClientOptions::default()).expect("client");
        let timing = Timing::new(Duration::from_secs(5), Duration::from_secs(600));
        let telegram = (tg.base_url(), reqwest::Client::new());
        let tracker = Tracker::new(App::assemble(storage.clone(), api, telegram, None, timing), bot);
        let mut times = Vec::new();
        let mut calls = 0;
        for _ in 0..7 {
            handle.clear_requests();
            let started = Instant::now();
            tracker.tick().await.expect("tick");
            times.push(started.elapsed());
            calls = handle.count_requests("GET", "/status");
        }
        times.sort();
        (calls, times[times.len() / 2])
    })
}

/// Chats the latency runs spread their updates over.
const LATENCY_CHATS: i64 = 50;
/// Updates offered per second in the latency runs.
const LATENCY_RATE: f64 = 20.0;
/// Updates timed per latency run (15 s at 20/s).
const LATENCY_UPDATES: usize = 300;

/// Reply latencies of one run, sorted.
struct Latencies(Vec<Duration>);

impl Latencies {
    /// The `q` quantile (nearest rank), in milliseconds.
    fn ms(&self, q: f64) -> f64 {
        let rank = (self.0.len() as f64 * q).ceil() as usize;
        let at = rank.clamp(1, self.0.len().max(1)) - 1;
        self.0.get(at).map_or(f64::NAN, |d| d.as_secs_f64() * 1e3)
    }
}

/// Offers `/help` from `count` updates spread over [`LATENCY_CHATS`] private chats at
/// [`LATENCY_RATE`] a second, and times each from the moment the fake offers it until the fake
/// receives the sendMessage that answers it.
async fn offer_and_time(tg: &FakeTelegram, count: usize) -> Latencies {
    let skip = tg.call_count();
    let target = tg.count_of("SendMessage") + count;
    let start = tokio::time::Instant::now();
    let mut offers = Vec::with_capacity(count);
    for n in 0..count {
        tokio::time::sleep_until(start + Duration::from_secs_f64(n as f64 / LATENCY_RATE)).await;
        let u = user(n as i64 % LATENCY_CHATS);
        offers.push((u.id, Instant::now()));
        tg.send_text(u.id, &u, "/help");
    }
    let deadline = Instant::now() + Duration::from_secs(60);
    while tg.count_of("SendMessage") < target {
        assert!(Instant::now() < deadline, "replies did not arrive");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    // Each chat's replies, in the order they arrived: the n-th answers the chat's n-th offer.
    let mut replies: std::collections::HashMap<i64, std::collections::VecDeque<Instant>> =
        Default::default();
    for call in tg.calls().into_iter().skip(skip).filter(|c| c.is("SendMessage")) {
        replies.entry(call.chat_id().unwrap_or_default()).or_default().push_back(call.at);
    }
    let mut times: Vec<Duration> = offers
        .into_iter()
        .filter_map(|(chat, offered)| {
            let at = replies.get_mut(&chat)?.pop_front()?;
            Some(at.saturating_duration_since(offered))
        })
        .collect();
    times.sort();
    Latencies(times)
}

/// How a dispatcher under test is stopped.
enum Stop {
    Dispatcher(teloxide::dispatching::ShutdownToken),
    Bot(tokio::sync::oneshot::Sender<()>),
}

/// Reply latency of one dispatcher, started by `start` on a runtime of its own (threads named
/// `name`) against a fresh fake: warmed up, timed, stopped.
fn latency_of(
    fake: &Runtime,
    name: &str,
    start: impl FnOnce(&Runtime, &FakeTelegram) -> Stop,
) -> Latencies {
    let tg = fake.block_on(FakeTelegram::start());
    let rt = runtime(name, 2);
    let stop = start(&rt, &tg);
    fake.block_on(tg.wait_for_polls(1));
    fake.block_on(offer_and_time(&tg, 20));
    let timed = fake.block_on(offer_and_time(&tg, LATENCY_UPDATES));
    match stop {
        Stop::Dispatcher(token) => {
            if let Ok(done) = token.shutdown() {
                fake.block_on(done);
            }
        }
        Stop::Bot(stop) => {
            let _ = stop.send(());
        }
    }
    rt.shutdown_timeout(Duration::from_secs(5));
    timed
}

/// Reply latency at [`LATENCY_RATE`] updates/s, with Telegram's real limits where there are
/// limits: the bare dispatcher, the same with teloxide's Throttle and with the bot's sender,
/// and the bot answering `/help`.
fn latency_runs(fake: &Runtime, sim: &Simulator) -> Vec<(&'static str, Latencies)> {
    let echo = latency_of(fake, "lat-echo", |rt, tg| Stop::Dispatcher(start_echo(rt, tg)));
    let throttled = latency_of(fake, "lat-throttled", |rt, tg| {
        Stop::Dispatcher(start_echo_throttled(rt, tg, throttle::Limits::default()))
    });
    let paced = latency_of(fake, "lat-paced", |rt, tg| {
        Stop::Dispatcher(start_echo_paced(rt, tg, Limits::default()))
    });
    let dir = tempfile::tempdir().expect("tempdir");
    let bot = latency_of(fake, "lat-bot", |rt, tg| {
        Stop::Bot(start_bot(rt, fake, tg, sim, dir.path(), Limits::default()))
    });
    vec![
        ("echo dispatcher (floor)", echo),
        ("echo dispatcher + Throttle", throttled),
        ("echo dispatcher + Paced (the bot's sender)", paced),
        ("bot: /help", bot),
    ]
}

fn print_latencies(runs: &[(&str, Latencies)]) {
    println!(
        "| reply latency, {LATENCY_UPDATES} /help over {LATENCY_CHATS} chats at {LATENCY_RATE} updates/s, Telegram's limits | p50 | p90 | p99 | max |"
    );
    println!("|---|---:|---:|---:|---:|");
    for (name, l) in runs {
        println!(
            "| {name} | {:.1} ms | {:.1} ms | {:.1} ms | {:.1} ms |",
            l.ms(0.5),
            l.ms(0.9),
            l.ms(0.99),
            l.ms(1.0)
        );
    }
}

/// RSS of the real binary, idle after start, with `chats` chats (each with a sealed key).
fn memory(fake: &Runtime, sim_addr: url::Url, chats: i64) -> f64 {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = format!("sqlite://{}", dir.path().join("mem.db").display());
    let key = KeyMaterial::generate();
    fake.block_on(async {
        let storage = Db::open(parse_database_url(&db).expect("url"), &KeySource::Inline(key.clone())).await.expect("db");
        let mut tx = storage.pool().begin().await.expect("tx");
        for chat in 0..chats {
            let sealed = storage.sealer().seal(b"sk_bench_memory_key_0000", &format!("chats.api_key:{}", 1_000_000 + chat));
            sqlx::query("INSERT INTO chats (chat_id, language, api_key, api_key_key_id) VALUES (?, 'en', ?, ?)")
                .bind(1_000_000 + chat)
                .bind(sealed.blob)
                .bind(sealed.key_id)
                .execute(&mut *tx)
                .await
                .expect("insert");
        }
        tx.commit().await.expect("commit");
        storage.close().await;
    });
    let tg = fake.block_on(async { FakeTelegram::start().await });
    let mut child = Command::new(env!("CARGO_BIN_EXE_assistants-bot"))
        .env_clear()
        .env("TELOXIDE_TOKEN", BOT_TOKEN)
        .env("TELOXIDE_API_URL", tg.base_url().as_str())
        .env("ASSISTANTS_API_URL", sim_addr.as_str())
        .env("DATABASE_URL", &db)
        .env("ENCRYPTION_KEY", STANDARD.encode(key.expose()))
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the bot");
    fake.block_on(async {
        tg.wait_for_polls(3).await;
        // A few /help exchanges, so the handler path has been used once.
        for i in 0..10 {
            let u = user(i);
            tg.send_text(u.id, &u, "/help");
        }
        while tg.count_of("SendMessage") < 10 {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    });
    let rss = rss_mib(child.id());
    let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    let _ = child.wait();
    rss
}

fn main() {
    // `cargo bench` passes `--bench`; nothing else to parse.
    let fake = runtime("fake", 2);
    let (tg_echo, tg_bot, sim) = fake.block_on(async {
        let sim = Simulator::start(
            "127.0.0.1:0".parse::<SocketAddr>().expect("addr"),
            SimOptions::default(),
        )
        .await
        .expect("simulator");
        sim.handle().add_key(API_KEY, "usr_bench");
        (FakeTelegram::start().await, Arc::new(FakeTelegram::start().await), sim)
    });
    tg_bot.add_bot(TOKEN, 500005, "bench_assistant_bot");
    let updates = (CHATS * HELP_PER_CHAT) as u64;

    // Reply latency.
    let latencies = latency_runs(&fake, &sim);
    if std::env::var("BENCH_PHASE").as_deref() == Ok("latency") {
        print_latencies(&latencies);
        return;
    }

    // The floor.
    let echo_rt = runtime("echo", 2);
    let echo_stop = start_echo(&echo_rt, &tg_echo);
    fake.block_on(tg_echo.wait_for_polls(1));
    fake.block_on(help_burst(&tg_echo, 2));
    let echo = measure(&fake, &["echo"], updates, help_burst(&tg_echo, HELP_PER_CHAT));
    if let Ok(done) = echo_stop.shutdown() {
        fake.block_on(done);
    }
    let tg_throttled = fake.block_on(FakeTelegram::start());
    let throttled_rt = runtime("throttled", 2);
    let throttled_stop = start_echo_throttled(&throttled_rt, &tg_throttled, throttle_lifted());
    fake.block_on(tg_throttled.wait_for_polls(1));
    fake.block_on(help_burst(&tg_throttled, 2));
    let throttled =
        measure(&fake, &["throttled"], updates, help_burst(&tg_throttled, HELP_PER_CHAT));
    if let Ok(done) = throttled_stop.shutdown() {
        fake.block_on(done);
    }
    let tg_paced = fake.block_on(FakeTelegram::start());
    let paced_rt = runtime("paced", 2);
    let paced_stop = start_echo_paced(&paced_rt, &tg_paced, lifted());
    fake.block_on(tg_paced.wait_for_polls(1));
    fake.block_on(help_burst(&tg_paced, 2));
    let paced = measure(&fake, &["paced"], updates, help_burst(&tg_paced, HELP_PER_CHAT));
    if let Ok(done) = paced_stop.shutdown() {
        fake.block_on(done);
    }

    // The bot: /help, then whole wizards.
    let dir = tempfile::tempdir().expect("tempdir");
    let bot_rt = runtime("bot", 2);
    let bot_stop = start_bot(&bot_rt, &fake, &tg_bot, &sim, dir.path(), lifted());
    fake.block_on(tg_bot.wait_for_polls(1));
    fake.block_on(help_burst(&tg_bot, 2));
    let bot_threads = ["bot", "sqlx-sqlite"];
    let help = measure(&fake, &bot_threads, updates, help_burst(&tg_bot, HELP_PER_CHAT));
    if std::env::var("BENCH_PHASE").as_deref() == Ok("help") {
        // For profiling the /help path alone (perf record … -- <bench binary> --bench).
        println!("bot /help: {:.0} µs CPU per update", help.cpu_per_update_us());
        return;
    }
    fake.block_on(wizards(tg_bot.clone(), 0));
    let rounds = 3;
    let wizard = measure(&fake, &bot_threads, (CHATS as u64) * 6 * rounds, async {
        for round in 1..=rounds {
            wizards(tg_bot.clone(), round).await;
        }
    });
    let _ = bot_stop.send(());

    // The tracker.
    let tick_10k = tracker_tick(&fake, &tg_bot, &sim, 10_000);
    let tick_100k = tracker_tick(&fake, &tg_bot, &sim, 100_000);

    // Memory of the real binary.
    let rss_empty = memory(&fake, sim.base_url(), 0);
    let rss_100k = memory(&fake, sim.base_url(), 100_000);

    println!(
        "assistants-bot benchmark ({} cores)",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    println!();
    println!("| run | updates | CPU per update | updates/s | ratio to echo |");
    println!("|---|---:|---:|---:|---:|");
    for (name, m) in [
        ("echo dispatcher (floor)", &echo),
        ("echo dispatcher + Throttle", &throttled),
        ("echo dispatcher + Paced", &paced),
        ("bot: /help", &help),
        ("bot: /new wizard steps", &wizard),
    ] {
        println!(
            "| {name} | {} | {:.0} µs | {:.0} | {:.2}× |",
            m.updates,
            m.cpu_per_update_us(),
            m.per_second(),
            m.cpu_per_update_us() / echo.cpu_per_update_us()
        );
    }
    println!();
    print_latencies(&latencies);
    println!();
    println!("| tracker tick | status calls | median time |");
    println!("|---|---:|---:|");
    println!(
        "| 10,000 stored, 50 in flight | {} | {:.1} ms |",
        tick_10k.0,
        tick_10k.1.as_secs_f64() * 1e3
    );
    println!(
        "| 100,000 stored, 50 in flight | {} | {:.1} ms |",
        tick_100k.0,
        tick_100k.1.as_secs_f64() * 1e3
    );
    println!();
    println!("| memory (RSS of the release binary, idle) | MiB |");
    println!("|---|---:|");
    println!("| empty database | {rss_empty:.1} |");
    println!("| 100,000 chats stored | {rss_100k:.1} |");
}
