//! CPU per update: the echo floors and the real bot driven by the same bursts of `/help` (and
//! whole `/new` wizards for the bot), each dispatcher on a runtime of its own; and how the bot
//! is set up for a run (a SQLite file with a key for every bench chat).

use std::{path::Path, sync::Arc, time::Duration};

use assistants_bot::{
    api::ApiKey,
    config::{Config, KeySource, LogFormat, parse_database_url},
    run::{self, Tuning},
    sender::{Limits, Paced},
    sim::Simulator,
    storage::{Db, seal::KeyMaterial},
    testkit::fake_telegram::{BOT_TOKEN, FakeTelegram},
};
use secrecy::SecretString;
use teloxide::prelude::*;
use tokio::runtime::Runtime;
use url::Url;

use crate::{
    CHATS, HELP_PER_CHAT, TOKEN,
    floors::{Stop, lifted, start_echo, throttle_lifted},
    measure::{Measured, measure, runtime},
    store::{BenchDb, Engine},
    user, wizard,
};

/// Sends `per_chat` /help from each of the [`CHATS`] chats and waits for as many replies: in
/// rounds of one from every chat, each round once the last is answered, as the bot's
/// admission folds a chat's repeats that wait and drops a backlog past 16 (a burst of 20 from
/// each chat at once was never answered in full).
pub async fn help_burst(tg: &FakeTelegram, per_chat: i64) {
    for _ in 0..per_chat {
        let target = tg.count_of("SendMessage") + CHATS as usize;
        for i in 0..CHATS {
            let u = user(i);
            tg.send_text(u.id, &u, "/help");
        }
        tg.wait_for_count("SendMessage", target, Duration::from_secs(300)).await;
    }
}

/// A SQLite file in `dir` with an API key stored for every bench chat; its URL.
pub async fn seed_keys(dir: &Path, key: &KeyMaterial) -> String {
    let db = format!("sqlite://{}", dir.join("bench.db").display());
    seed_keys_at(&db, key).await;
    db
}

/// Migrates the database at `db` (either engine) and stores an API key for every bench chat.
pub async fn seed_keys_at(db: &str, key: &KeyMaterial) {
    let source = KeySource::Inline(key.clone());
    let storage = Db::open(parse_database_url(db).expect("url"), &source).await.expect("db");
    for i in 0..CHATS {
        storage.set_api_key(ChatId(user(i).id), &ApiKey::new(crate::API_KEY)).await.expect("key");
    }
    storage.close().await;
}

/// The bot's configuration for a bench run: long polling, no HTTP servers, no tracker polls.
pub fn bot_config(telegram: Url, assistants: Url, db: &str, key: KeyMaterial) -> Config {
    Config {
        token: SecretString::from(BOT_TOKEN),
        telegram_api_url: telegram,
        assistants_api_url: assistants,
        database: parse_database_url(db).expect("url"),
        key: KeySource::Inline(key),
        poll_interval: Duration::from_secs(3600),
        payment_timeout: Duration::from_secs(3600),
        watch_interval: Duration::from_secs(3600),
        public: None,
        metrics_addr: None,
        log_format: LogFormat::Text,
    }
}

/// The bot, on `rt`, against `tg` and `sim`, with a key for every bench chat (its database the
/// empty one at `db`, of either engine).
pub fn start_bot(
    rt: &Runtime,
    fake: &Runtime,
    tg: &FakeTelegram,
    sim: &Simulator,
    db: &str,
    limits: Limits,
) -> Stop {
    let key = KeyMaterial::generate();
    fake.block_on(seed_keys_at(db, &key));
    let config = bot_config(tg.base_url(), sim.base_url(), db, key);
    // The bench drives each chat far harder than a person could: no flood guard.
    let flood = Some((u32::MAX, std::time::Duration::from_nanos(1)));
    let tuning = Tuning { limits, flood, ..Default::default() };
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    rt.spawn(run::run(config, tuning, async {
        let _ = stopped.await;
    }));
    Stop::Bot(stop)
}

/// Threads of the bot's process that do its work: its runtime and sqlx's SQLite workers
/// (PostgreSQL's driver runs on the runtime).
pub const BOT_THREADS: [&str; 2] = ["bot", "sqlx-sqlite"];

/// The CPU table's rows, in order.
pub struct CpuRuns {
    pub echo: Measured,
    pub throttled: Measured,
    pub paced: Measured,
    pub help: Measured,
    pub wizard: Option<Measured>,
}

/// One echo floor started by `start` on a runtime named `name`, against a fresh fake: warmed
/// up, then [`HELP_PER_CHAT`] `/help` from each chat measured.
fn echo_cpu(fake: &Runtime, name: &str, start: impl FnOnce(&Runtime, Url) -> Stop) -> Measured {
    let tg = fake.block_on(FakeTelegram::start());
    let rt = runtime(name, 2);
    let stop = start(&rt, tg.base_url());
    fake.block_on(tg.wait_for_polls(1));
    fake.block_on(help_burst(&tg, 2));
    let updates = (CHATS * HELP_PER_CHAT) as u64;
    let measured = measure(fake, &[name], updates, help_burst(&tg, HELP_PER_CHAT));
    stop.stop(fake);
    rt.shutdown_timeout(Duration::from_secs(5));
    measured
}

/// CPU per update of the floors and the bot, limits lifted. With `help_only`, stops after the
/// bot's `/help` (for profiling that path alone).
pub fn cpu_runs(fake: &Runtime, sim: &Simulator, help_only: bool) -> CpuRuns {
    let echo = echo_cpu(fake, "echo", |rt, url| Stop::Dispatcher(start_echo(rt, url, |b| b)));
    let throttled = echo_cpu(fake, "throttled", |rt, url| {
        Stop::Dispatcher(start_echo(rt, url, |b| b.throttle(throttle_lifted())))
    });
    let paced = echo_cpu(fake, "paced", |rt, url| {
        Stop::Dispatcher(start_echo(rt, url, |b| Paced::new(b, lifted())))
    });

    let db = fake.block_on(BenchDb::create(&Engine::Sqlite));
    let BotCpu { help, wizard } = bot_cpu(fake, sim, db.url(), help_only, |_| ());
    CpuRuns { echo, throttled, paced, help, wizard }
}

/// The bot's CPU per update, limits lifted.
pub struct BotCpu {
    pub help: Measured,
    pub wizard: Option<Measured>,
}

/// The bot on the empty database `db`: [`HELP_PER_CHAT`] `/help` from each chat, then (unless
/// `help_only`) whole wizards, on one instance. `mark` is called just before and just after
/// each measured burst (for a database server's counters).
pub fn bot_cpu(
    fake: &Runtime,
    sim: &Simulator,
    db: &str,
    help_only: bool,
    mut mark: impl FnMut(&Runtime),
) -> BotCpu {
    let tg = Arc::new(fake.block_on(FakeTelegram::start()));
    tg.add_bot(TOKEN, 500005, "bench_assistant_bot");
    let rt = runtime("bot", 2);
    let stop = start_bot(&rt, fake, &tg, sim, db, lifted());
    fake.block_on(tg.wait_for_polls(1));
    fake.block_on(help_burst(&tg, 2));
    let updates = (CHATS * HELP_PER_CHAT) as u64;
    mark(fake);
    let help = measure(fake, &BOT_THREADS, updates, help_burst(&tg, HELP_PER_CHAT));
    mark(fake);
    let wizard = (!help_only).then(|| {
        fake.block_on(wizard::wizards(tg.clone(), 0));
        let rounds = 3;
        mark(fake);
        let measured =
            measure(fake, &BOT_THREADS, (CHATS as u64) * wizard::STEPS * rounds, async {
                for round in 1..=rounds {
                    wizard::wizards(tg.clone(), round).await;
                }
            });
        mark(fake);
        measured
    });
    stop.stop(fake);
    rt.shutdown_timeout(Duration::from_secs(5));
    BotCpu { help, wizard }
}
