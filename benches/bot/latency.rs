//! Reply latency: `/help` offered at a steady rate over many private chats, each timed from
//! the moment the fake offers it until the fake receives the reply; the bot against the bare
//! dispatcher and the dispatcher behind each sender adaptor, with Telegram's real limits.

use std::{
    collections::{HashMap, VecDeque},
    sync::Arc,
    time::{Duration, Instant},
};

use assistants_bot::{
    sender::{Limits, Paced},
    sim::Simulator,
    testkit::fake_telegram::FakeTelegram,
};
use teloxide::{adaptors::throttle, requests::RequesterExt};
use tokio::runtime::Runtime;

use crate::{
    TOKEN,
    floors::{Stop, lifted, start_echo},
    measure::{Latencies, runtime},
    runs::start_bot,
    store::{BenchDb, Engine},
    user,
    wizard::{STEPS, paced_wizards},
};

/// Chats the latency runs spread their updates over.
pub const CHATS: i64 = 50;
/// Updates offered per second in the latency runs.
pub const RATE: f64 = 20.0;
/// Updates timed per latency run (15 s at 20/s).
pub const UPDATES: usize = 300;

/// Offers `count` `/help` spread over [`CHATS`] private chats at `rate` a second, and times
/// each from the moment the fake offers it until the fake receives the sendMessage that
/// answers it.
pub async fn offer_and_time(tg: &FakeTelegram, count: usize, rate: f64) -> Latencies {
    let skip = tg.call_count();
    let target = tg.count_of("SendMessage") + count;
    let start = tokio::time::Instant::now();
    let mut offers = Vec::with_capacity(count);
    for n in 0..count {
        tokio::time::sleep_until(start + Duration::from_secs_f64(n as f64 / rate)).await;
        let u = user(n as i64 % CHATS);
        offers.push((u.id, Instant::now()));
        tg.send_text(u.id, &u, "/help");
    }
    tg.wait_for_count("SendMessage", target, Duration::from_secs(120)).await;
    // Each chat's replies, in the order they arrived: the n-th answers the chat's n-th offer.
    let mut replies: HashMap<i64, VecDeque<Instant>> = HashMap::new();
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
    fake.block_on(offer_and_time(&tg, 20, RATE));
    let timed = fake.block_on(offer_and_time(&tg, UPDATES, RATE));
    stop.stop(fake);
    rt.shutdown_timeout(Duration::from_secs(5));
    timed
}

/// Reply latency at [`RATE`] updates/s, with Telegram's real limits where there are limits:
/// the bare dispatcher, the same with teloxide's Throttle and with the bot's sender, and the
/// bot answering `/help`.
pub fn latency_runs(fake: &Runtime, sim: &Simulator) -> Vec<(&'static str, Latencies)> {
    let echo = latency_of(fake, "lat-echo", |rt, tg| {
        Stop::Dispatcher(start_echo(rt, tg.base_url(), |b| b))
    });
    let throttled = latency_of(fake, "lat-throttled", |rt, tg| {
        Stop::Dispatcher(start_echo(rt, tg.base_url(), |b| b.throttle(throttle::Limits::default())))
    });
    let paced = latency_of(fake, "lat-paced", |rt, tg| {
        Stop::Dispatcher(start_echo(rt, tg.base_url(), |b| Paced::new(b, Limits::default())))
    });
    let db = fake.block_on(BenchDb::create(&Engine::Sqlite));
    let bot = latency_of(fake, "lat-bot", |rt, tg| {
        start_bot(rt, fake, tg, sim, db.url(), Limits::default())
    });
    vec![
        ("echo dispatcher (floor)", echo),
        ("echo dispatcher + Throttle", throttled),
        ("echo dispatcher + Paced (the bot's sender)", paced),
        ("bot: /help", bot),
    ]
}

/// Wizard runs in the wizard latency run: [`UPDATES`] steps.
const WIZARDS: u64 = UPDATES as u64 / STEPS;

/// The bot's reply latency on the empty database `db`, Telegram's limits lifted (so that a
/// chat's quick wizard steps time the bot and its database, not the per-chat pace): `/help` as
/// [`latency_runs`] offers it, then the steps of [`WIZARDS`] wizards at the same rate.
pub fn bot_latencies(fake: &Runtime, sim: &Simulator, db: &str) -> (Latencies, Latencies) {
    let tg = Arc::new(fake.block_on(FakeTelegram::start()));
    tg.add_bot(TOKEN, 500005, "bench_assistant_bot");
    let rt = runtime("lat-bot", 2);
    let stop = start_bot(&rt, fake, &tg, sim, db, lifted());
    fake.block_on(tg.wait_for_polls(1));
    fake.block_on(offer_and_time(&tg, 20, RATE));
    let help = fake.block_on(offer_and_time(&tg, UPDATES, RATE));
    let wizard = fake.block_on(paced_wizards(tg.clone(), WIZARDS, RATE));
    stop.stop(fake);
    rt.shutdown_timeout(Duration::from_secs(5));
    (help, wizard)
}

/// The latency table, as in BENCHMARKS.md.
pub fn print_latencies(runs: &[(&str, Latencies)]) {
    println!(
        "| reply latency, {UPDATES} /help over {CHATS} chats at {RATE} updates/s, Telegram's limits | p50 | p90 | p99 | max |"
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
