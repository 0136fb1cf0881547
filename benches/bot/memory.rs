//! The release binary's memory, idle after start, with an empty database and with many chats.

use std::{process::Command, time::Duration};

use assistants_bot::{
    config::{KeySource, parse_database_url},
    storage::{Db, seal::KeyMaterial},
    testkit::{fake_telegram::FakeTelegram, process::bot_command, seed},
};
use tokio::runtime::Runtime;
use url::Url;

use crate::{measure::rss_mib, user};

/// Stores `chats` chats, each with a language and a sealed API key.
async fn seed_chats(db: &str, key: &KeyMaterial, chats: i64) {
    let source = KeySource::Inline(key.clone());
    let storage = Db::open(parse_database_url(db).expect("url"), &source).await.expect("db");
    let chats = 1_000_000..1_000_000 + chats;
    seed::chats_with_key(&storage, chats, "en", "sk_bench_memory_key_0000").await.expect("seed");
    storage.close().await;
}

/// RSS of the real binary, in MiB, idle after it has polled and answered ten `/help`, with
/// `chats` chats stored (each with a sealed key).
pub fn memory(fake: &Runtime, assistants: Url, chats: i64) -> f64 {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = format!("sqlite://{}", dir.path().join("mem.db").display());
    let key = KeyMaterial::generate();
    fake.block_on(seed_chats(&db, &key, chats));
    let tg = fake.block_on(FakeTelegram::start());
    let mut child = bot_command(env!("CARGO_BIN_EXE_assistants-bot"), &tg, &assistants, &db, &key)
        .spawn()
        .expect("start the bot");
    fake.block_on(async {
        tg.wait_for_polls(3).await;
        // A few /help exchanges, so the handler path has been used once.
        for i in 0..10 {
            let u = user(i);
            tg.send_text(u.id, &u, "/help");
        }
        tg.wait_for_count("SendMessage", 10, Duration::from_secs(60)).await;
        tokio::time::sleep(Duration::from_millis(500)).await;
    });
    let rss = rss_mib(child.id());
    let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    let _ = child.wait();
    rss
}
