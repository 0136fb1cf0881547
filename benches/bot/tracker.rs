//! What a tracker tick costs with many stored deployments, few of them in flight.

use std::time::{Duration, Instant};

use assistants_bot::{
    api::{ApiClient, ApiKey, ApiMode, ClientOptions, Status},
    app::{App, TgBot, Timing},
    config::{KeySource, parse_database_url},
    sender::Paced,
    sim::{SimDeployment, SimHandle, Simulator},
    storage::{Db, seal::KeyMaterial},
    testkit::{
        fake_telegram::{BOT_TOKEN, FakeTelegram},
        seed::{Known, known_deployments},
    },
    tracker::Tracker,
};
use teloxide::prelude::*;
use tokio::runtime::Runtime;

use crate::floors::lifted;

/// Deployments in flight among the stored ones.
const IN_FLIGHT: usize = 50;
const KEY: &str = "sk_bench_tracker_0123";

fn seed_deploying(sim: &SimHandle, i: usize) -> String {
    sim.seed("usr_bench", ApiMode::Managed, |d: &mut SimDeployment| {
        d.name = Some(format!("Flight {i}"));
        d.status = Status::Deploying;
        d.payment_status = "paid".into();
        d.is_prebuy = false;
    })
}

/// Stores `stored` deployments for one chat, [`IN_FLIGHT`] of them deploying (in the
/// simulator too), the rest settled.
async fn seed(storage: &Db, sim: &SimHandle, stored: usize) {
    let rows = (0..stored).map(|i| {
        let in_flight = i % (stored / IN_FLIGHT) == 0;
        let (id, status) = match in_flight {
            true => (seed_deploying(sim, i), "deploying"),
            false => (format!("dep_settled_{i}"), "active"),
        };
        Known { id, name: format!("Bot {i}"), status }
    });
    known_deployments(storage, 1, rows).await.expect("seed");
}

/// Tick cost with `stored` deployments of which [`IN_FLIGHT`] are in flight: the status calls
/// of the last of seven ticks, and the median tick time.
pub fn tracker_tick(fake: &Runtime, sim: &Simulator, stored: usize) -> (usize, Duration) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = format!("sqlite://{}", dir.path().join("tick.db").display());
    fake.block_on(async {
        let tg = FakeTelegram::start().await;
        let source = KeySource::Inline(KeyMaterial::generate());
        let storage = Db::open(parse_database_url(&db).expect("url"), &source).await.expect("db");
        storage.set_api_key(ChatId(1), &ApiKey::new(KEY)).await.expect("key");
        let handle = sim.handle();
        handle.add_key(KEY, "usr_bench");
        seed(&storage, &handle, stored).await;
        let bot: TgBot = Paced::new(Bot::new(BOT_TOKEN).set_api_url(tg.base_url()), lifted());
        let api = ApiClient::new(sim.base_url(), ClientOptions::default()).expect("client");
        let timing = Timing::new(Duration::from_secs(5), Duration::from_secs(600));
        let telegram = (tg.base_url(), reqwest::Client::new());
        let app = App::assemble(storage.clone(), api, telegram, None, timing);
        let tracker = Tracker::new(app, bot);
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
