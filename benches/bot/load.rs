//! Load: 1,000 private chats asking `/help` at Telegram's global limit for one bot (30
//! messages a second over all chats), for [`SECS`] seconds of real time, once alone and once
//! with a group member flooding beside them (`/help@<bot>` four times a second for the whole
//! run, as in issue 23). The bot is the real one with its defaults: Telegram's limits in its
//! sender (`sender::Limits::default()`), the flood guard, per-chat admission, long polling
//! against the fake Telegram on 127.0.0.1.
//!
//! Each of the 1,000's messages is timed from the moment the fake offers it until the fake
//! receives the reply to that chat (a chat's n-th reply answers its n-th message). Replies are
//! awaited for at most [`DRAIN`] after the last offer; whatever has none by then is counted
//! unanswered. Also reported: the most messages the bot sent in any one second (Telegram's
//! limit is 30), and what the flooding group heard. `BENCH_LOAD_SECS` and `BENCH_LOAD_RATE`
//! change the run's length and the 1,000's rate.

use std::{
    collections::{HashMap, VecDeque},
    sync::Arc,
    time::{Duration, Instant},
};

use assistants_bot::{
    i18n::Lang,
    run::{self, Tuning},
    sim::Simulator,
    testkit::fake_telegram::{BOT_USERNAME, Call, FakeTelegram, TestUser},
};
use tokio::runtime::Runtime;

use crate::{
    measure::{Latencies, runtime, thread_cpu},
    runs::{bot_config, seed_keys},
};

/// The chats talking at a human pace.
const CHATS: i64 = 1_000;
/// Their messages a second, over all of them (Telegram's global limit for a bot's sends).
const RATE: f64 = 30.0;
/// How long they talk, in seconds.
const SECS: u64 = 60;
/// How long replies are awaited after the last offer.
const DRAIN: Duration = Duration::from_secs(60);
/// The flooding group, its member, and how often the member sends.
const GROUP: i64 = -7_700;
const FLOODER: i64 = 7_701;
const FLOOD_EVERY: Duration = Duration::from_millis(250);
/// The bot's runtime threads' names (with sqlx's SQLite workers: its CPU).
const BOT: &str = "load-bot";

/// The `i`-th of the 1,000 (ids apart from the other runs' users).
fn chatter(i: i64) -> TestUser {
    TestUser::new(20_000 + i, &format!("Load{i}"))
}

/// What one load run gave.
struct Outcome {
    flood: bool,
    offered: usize,
    times: Latencies,
    unanswered: usize,
    /// The most sendMessage calls in any one second, and in any minute to the group.
    peak_second: usize,
    peak_group_minute: usize,
    /// The flooding member's sends, and the group's answers and notices.
    flood_sent: usize,
    group_answers: usize,
    group_notices: usize,
    /// The bot's CPU (its runtime and SQLite threads) over the run, per offered update.
    cpu_per_update_us: f64,
    /// From the first offer to the last reply.
    wall: Duration,
}

/// Runs the load without and with the flood and prints the table.
pub fn run(fake: &Runtime, sim: &Simulator) {
    let secs = env_or("BENCH_LOAD_SECS", SECS as f64) as u64;
    let rate = env_or("BENCH_LOAD_RATE", RATE);
    let outcomes: Vec<Outcome> =
        [false, true].into_iter().map(|flood| load(fake, sim, flood, secs, rate)).collect();
    println!(
        "| load: {CHATS} private chats, {rate} /help a second over all of them, {secs} s, Telegram's limits | offered | answered | unanswered | p50 | p99 | max | most sent in 1 s | bot CPU per update | first offer to last reply |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for o in &outcomes {
        let name = match o.flood {
            false => "no flood",
            true => "a group member floods, 4 a second",
        };
        println!(
            "| {name} | {} | {} | {} | {:.0} ms | {:.0} ms | {:.0} ms | {} | {:.0} µs | {:.1} s |",
            o.offered,
            o.offered - o.unanswered,
            o.unanswered,
            o.times.ms(0.5),
            o.times.ms(0.99),
            o.times.ms(1.0),
            o.peak_second,
            o.cpu_per_update_us,
            o.wall.as_secs_f64(),
        );
    }
    if let Some(o) = outcomes.iter().find(|o| o.flood) {
        println!();
        println!(
            "the flooding group: {} sent, {} answered, {} notice(s); at most {} messages to it in any minute",
            o.flood_sent, o.group_answers, o.group_notices, o.peak_group_minute
        );
    }
}

fn env_or(name: &str, default: f64) -> f64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// One run on a fresh fake, database and bot.
fn load(fake: &Runtime, sim: &Simulator, flood: bool, secs: u64, rate: f64) -> Outcome {
    let tg = Arc::new(fake.block_on(FakeTelegram::start()));
    let dir = tempfile::tempdir().expect("tempdir");
    let key = assistants_bot::storage::seal::KeyMaterial::generate();
    let db = fake.block_on(seed_keys(dir.path(), &key));
    let config = bot_config(tg.base_url(), sim.base_url(), &db, key);
    let rt = runtime(BOT, 2);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    // Everything as deployed: Telegram's limits, the flood guard, admission.
    rt.spawn(run::run(config, Tuning::default(), async {
        let _ = stopped.await;
    }));
    fake.block_on(tg.wait_for_polls(1));

    let count = (secs as f64 * rate) as usize;
    let (cpu_before, _) = thread_cpu(&[BOT, "sqlx-sqlite"]);
    let started = Instant::now();
    let flooder = flood.then(|| {
        let tg = tg.clone();
        let until = started + Duration::from_secs(secs);
        fake.spawn(async move {
            let user = TestUser::new(FLOODER, "Flo");
            let text = format!("/help@{BOT_USERNAME}");
            let mut sent = 0;
            let mut tick = tokio::time::interval(FLOOD_EVERY);
            while Instant::now() < until {
                tick.tick().await;
                tg.send_text(GROUP, &user, &text);
                sent += 1;
            }
            sent
        })
    });
    let offers = fake.block_on(offer(&tg, count, rate));
    let flood_sent = flooder.map_or(0, |f| fake.block_on(f).unwrap_or(0));
    let last_offer = offers.last().map_or(started, |(_, at)| *at);
    fake.block_on(async {
        let deadline = tokio::time::Instant::from_std(last_offer + DRAIN);
        while private_sends(&tg.calls()) < count && tokio::time::Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    });
    let (cpu_after, _) = thread_cpu(&[BOT, "sqlx-sqlite"]);
    let _ = stop.send(());
    rt.shutdown_timeout(Duration::from_secs(5));

    let calls = tg.calls();
    let sends: Vec<&Call> = calls.iter().filter(|c| c.is("SendMessage")).collect();
    let (times, unanswered) = match_replies(&offers, &sends);
    let to_group: Vec<&Call> =
        sends.iter().copied().filter(|c| c.chat_id() == Some(GROUP)).collect();
    let notice = Lang::default().t("flood-slow-down");
    let group_notices = to_group.iter().filter(|c| c.text() == notice).count();
    let wall = times_last(&offers, &sends).saturating_duration_since(started);
    Outcome {
        flood,
        offered: count,
        times,
        unanswered,
        peak_second: peak(&sends, Duration::from_secs(1)),
        peak_group_minute: peak(&to_group, Duration::from_secs(60)),
        flood_sent,
        group_answers: to_group.len() - group_notices,
        group_notices,
        cpu_per_update_us: (cpu_after - cpu_before).as_secs_f64() * 1e6 / count as f64,
        wall,
    }
}

/// Offers `count` `/help` at `rate` a second, spread over the [`CHATS`] in turn; returns each
/// one's chat and when it was offered.
async fn offer(tg: &FakeTelegram, count: usize, rate: f64) -> Vec<(i64, Instant)> {
    let start = tokio::time::Instant::now();
    let mut offers = Vec::with_capacity(count);
    for n in 0..count {
        tokio::time::sleep_until(start + Duration::from_secs_f64(n as f64 / rate)).await;
        let u = chatter(n as i64 % CHATS);
        offers.push((u.id, Instant::now()));
        tg.send_text(u.id, &u, "/help");
    }
    offers
}

/// Messages the bot sent to private chats (the 1,000's replies).
fn private_sends(calls: &[Call]) -> usize {
    calls.iter().filter(|c| c.is("SendMessage") && c.chat_id().is_some_and(|c| c > 0)).count()
}

/// Each chat's replies in the order they arrived, matched to its offers in order: the reply
/// times, sorted, and how many offers had no reply.
fn match_replies(offers: &[(i64, Instant)], sends: &[&Call]) -> (Latencies, usize) {
    let mut replies: HashMap<i64, VecDeque<Instant>> = HashMap::new();
    for call in sends {
        replies.entry(call.chat_id().unwrap_or_default()).or_default().push_back(call.at);
    }
    let mut times = Vec::with_capacity(offers.len());
    let mut unanswered = 0;
    for (chat, offered) in offers {
        match replies.get_mut(chat).and_then(VecDeque::pop_front) {
            Some(at) => times.push(at.saturating_duration_since(*offered)),
            None => unanswered += 1,
        }
    }
    times.sort();
    (Latencies(times), unanswered)
}

/// When the last reply to one of the 1,000 arrived (the last offer if none did).
fn times_last(offers: &[(i64, Instant)], sends: &[&Call]) -> Instant {
    let last_offer = offers.last().map(|(_, at)| *at);
    sends
        .iter()
        .filter(|c| c.chat_id().is_some_and(|c| c > 0))
        .map(|c| c.at)
        .chain(last_offer)
        .max()
        .unwrap_or_else(Instant::now)
}

/// The most of `calls` within any `window`.
fn peak(calls: &[&Call], window: Duration) -> usize {
    let mut at: Vec<Instant> = calls.iter().map(|c| c.at).collect();
    at.sort();
    let mut first = 0;
    let mut most = 0;
    for last in 0..at.len() {
        while at[last].saturating_duration_since(at[first]) >= window {
            first += 1;
        }
        most = most.max(last - first + 1);
    }
    most
}
