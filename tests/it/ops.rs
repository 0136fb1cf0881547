//! Running it for real: health and metrics, webhook mode, SIGTERM, key rotation.

use std::{
    process::Command,
    time::{Duration, Instant},
};

use assistants_bot::{
    api::ApiKey,
    config::{KeySource, parse_database_url},
    conversation::State,
    i18n::Lang,
    ops::Health,
    sim::{Fault, FaultKind},
    storage::{Db, StorageError, dialogues::DialogueStore, seal::KeyMaterial},
    testkit::process::bot_command,
};
use base64::{Engine as _, engine::general_purpose::STANDARD};
use teloxide::types::ChatId;

use crate::support::{
    app::{API_KEY, AppOptions, TestApp, api_key, start_simulator},
    fake_telegram::{FakeTelegram, TestUser},
    wait::{eventually, within},
};

#[tokio::test]
async fn healthz_and_metrics_answer_over_http() {
    let alice = TestUser::new(1101, "Alice");
    let metrics = AppOptions { metrics: true, ..Default::default() };
    let app = TestApp::builder().options(metrics).with_key(&alice).spawn().await;
    app.say(&alice, "/list", &Lang::En.t("list-empty")).await;
    let base = format!("http://{}", app.metrics_addr.expect("metrics server"));

    let health = reqwest::get(format!("{base}/healthz")).await.expect("healthz");
    assert_eq!(health.status().as_u16(), 200);
    let body: serde_json::Value = health.json().await.expect("json");
    assert_eq!(body["database"], "ok");
    assert!(body["last_telegram_ok"].as_str().is_some_and(|t| t.starts_with("20")), "{body}");
    assert_eq!(body["leader"], true, "the one process of an SQLite database leads");

    let metrics =
        reqwest::get(format!("{base}/metrics")).await.expect("metrics").text().await.expect("text");
    assert!(metrics.contains("bot_updates_total{kind=\"message\"}"), "{metrics}");
    assert!(
        metrics.contains("assistants_api_requests_total{endpoint=\"list\",status=\"ok\"}"),
        "{metrics}"
    );
    assert!(metrics.contains("tracker_deployments_tracked"), "{metrics}");
    assert!(metrics.contains("telegram_send_queue_depth"), "{metrics}");
    assert!(metrics.contains("telegram_send_wait_seconds"), "{metrics}");
    assert!(metrics.lines().any(|l| l == "bot_leader 1"), "{metrics}");
}

#[tokio::test]
async fn a_standby_replica_is_healthy_and_says_it_does_not_lead() {
    let (_dir, db) = fresh_database();
    let storage = Db::open(
        parse_database_url(&db).expect("url"),
        &KeySource::Inline(KeyMaterial::generate()),
    )
    .await
    .expect("open");
    let health = Health::new(storage);
    health.set_leader(false);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let server = tokio::spawn(async move {
        axum::serve(listener, assistants_bot::ops::router(health.clone())).await.expect("serve")
    });

    let answer = reqwest::get(format!("{base}/healthz")).await.expect("healthz");
    assert_eq!(answer.status().as_u16(), 200, "a standby is healthy");
    let body: serde_json::Value = answer.json().await.expect("json");
    assert_eq!(body["status"], "ok", "{body}");
    assert_eq!(body["leader"], false, "{body}");
    let metrics =
        reqwest::get(format!("{base}/metrics")).await.expect("metrics").text().await.expect("text");
    assert!(metrics.lines().any(|l| l == "bot_leader 0"), "{metrics}");
    assert!(metrics.contains("# TYPE bot_leader gauge"), "{metrics}");
    server.abort();
}

#[tokio::test]
async fn webhook_updates_need_telegrams_secret_token() {
    let mut app = TestApp::builder().webhook().spawn().await;
    let registered = app.tg.calls_of("SetWebhook").pop().expect("the webhook was registered");
    assert_eq!(registered.body["url"], "https://bot.example.com/telegram");
    let secret = registered.body["secret_token"].as_str().expect("a secret token").to_owned();

    let url = format!("http://{}/telegram", app.http_addr.expect("server"));
    let update = serde_json::json!({
        "update_id": 999_001,
        "message": {
            "message_id": 5, "date": 1_700_000_000,
            "chat": { "id": 1102, "type": "private", "first_name": "Bob" },
            "from": { "id": 1102, "is_bot": false, "first_name": "Bob", "language_code": "en" },
            "text": "/help",
            "entities": [{ "type": "bot_command", "offset": 0, "length": 5 }]
        }
    });
    let without = reqwest::Client::new().post(&url).json(&update).send().await.expect("post");
    assert_eq!(without.status().as_u16(), 401);
    assert_eq!(post_update(&url, "guess", &update).await, 401);
    assert!(app.tg.calls_of("SendMessage").is_empty(), "refused updates are not handled");

    assert_eq!(post_update(&url, &secret, &update).await, 200);
    app.message_after(0, 1102, &Lang::En.t("help")).await;

    // Stopping leaves the webhook to the other replicas (and to the next start), which check
    // the same secret: it comes from the sealing key, not from the process.
    app.stop_bot().await;
    assert!(app.tg.calls_of("DeleteWebhook").is_empty(), "a stopping bot never deletes it");
    app.start_again().await;
    let registrations = app.tg.calls_of("SetWebhook");
    assert_eq!(registrations.len(), 1, "registered once: the restarted bot finds it in place");
    // …and still takes updates with the same secret.
    let mut update = update;
    update["update_id"] = serde_json::json!(999_002);
    let url = format!("http://{}/telegram", app.http_addr.expect("server"));
    let seen = app.tg.call_count();
    assert_eq!(post_update(&url, &secret, &update).await, 200);
    app.message_after(seen, 1102, &Lang::En.t("help")).await;
}

/// Posts `update` to the webhook at `url` with `secret` as Telegram does; the status code.
async fn post_update(url: &str, secret: &str, update: &serde_json::Value) -> u16 {
    let posted = reqwest::Client::new()
        .post(url)
        .header("X-Telegram-Bot-Api-Secret-Token", secret)
        .json(update)
        .send()
        .await
        .expect("post");
    posted.status().as_u16()
}

#[tokio::test]
async fn sigterm_lets_the_running_handler_finish_and_exits_0() {
    let (sim, handle) = start_simulator(Default::default()).await;
    let tg = FakeTelegram::start().await;
    let (_dir, db) = fresh_database();
    let key = KeyMaterial::generate();
    let storage = Db::open(parse_database_url(&db).expect("url"), &KeySource::Inline(key.clone()))
        .await
        .expect("open");
    let alice = TestUser::new(1103, "Alice");
    storage.set_api_key(ChatId(alice.id), &api_key()).await.expect("key");
    storage.close().await;

    let mut child =
        bot_command(env!("CARGO_BIN_EXE_assistants-bot"), &tg, &sim.base_url(), &db, &key)
            .spawn()
            .expect("start the bot");
    tg.wait_for_polls(1).await;

    // A slow API call keeps the /list handler busy while the signal arrives.
    handle.inject(Fault::once(FaultKind::Latency(Duration::from_millis(1500))).on_method("GET"));
    tg.send_text(alice.id, &alice, "/list");
    // Waits up to 2 s; the assertion below says what failed.
    within(Duration::from_secs(2), async || {
        (handle.count_requests("GET", "/api/v1/assistants") > 0).then_some(())
    })
    .await;
    assert_eq!(handle.count_requests("GET", "/api/v1/assistants"), 1, "the handler is in flight");
    let signalled = Instant::now();
    let killed =
        Command::new("kill").args(["-TERM", &child.id().to_string()]).status().expect("kill");
    assert!(killed.success());

    let status = eventually("the exit", async || child.try_wait().expect("wait")).await;
    assert!(signalled.elapsed() < Duration::from_secs(10), "exits within 10 s");
    assert_eq!(status.code(), Some(0));
    let replies = tg.calls_of("SendMessage");
    assert!(
        replies.iter().any(|c| c.text() == Lang::En.t("list-empty")),
        "the handler in flight finished and answered: {replies:?}"
    );
}

pub(crate) fn run_rotate(db: &str, envs: &[(&str, String)]) -> (Option<i32>, String, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_assistants-bot"));
    command.env_clear().arg("rotate-key").env("DATABASE_URL", db).env("RUST_LOG", "warn");
    for (name, value) in envs {
        command.env(name, value);
    }
    let out = command.output().expect("run rotate-key");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A database holding one of each sealed thing: an API key, a dialogue, a pending activation.
pub(crate) async fn sealed_database(db: &str, key: &KeySource) -> Db {
    let storage = Db::open(parse_database_url(db).expect("url"), key).await.expect("open");
    storage.set_api_key(ChatId(7), &ApiKey::new(API_KEY)).await.expect("key");
    DialogueStore::<State>::new(storage.clone(), Duration::from_secs(1800))
        .write(ChatId(7), &State::AwaitingApiKey)
        .await
        .expect("dialogue");
    storage
        .save_pending_activation(
            ChatId(7),
            &"dep_1".into(),
            &serde_json::json!({ "token": "secret" }),
        )
        .await
        .expect("pending");
    storage
}

#[tokio::test]
async fn rotate_key_reseals_everything_and_the_old_key_can_go() {
    let (dir, db) = fresh_database();
    let key_file = dir.path().join("bot.db.key");
    let storage = sealed_database(&db, &KeySource::File(key_file.clone())).await;
    storage.close().await;
    let old = std::fs::read_to_string(&key_file).expect("key file");

    let (code, stdout, stderr) = run_rotate(&db, &[]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("Re-sealed 3 secrets"), "{stdout}");
    let new = std::fs::read_to_string(&key_file).expect("key file");
    assert_ne!(old, new, "a new key file");

    // Only the new key is needed now, and the old one no longer opens the database.
    let storage =
        Db::open(parse_database_url(&db).expect("url"), &KeySource::File(key_file.clone()))
            .await
            .expect("new key");
    assert_eq!(storage.api_key(ChatId(7)).await.expect("read").expect("key").masked(), "••••6789");
    let state = DialogueStore::<State>::new(storage.clone(), Duration::from_secs(1800))
        .read(ChatId(7))
        .await
        .expect("dialogue");
    assert!(matches!(state, Some(State::AwaitingApiKey)));
    storage.close().await;
    let old_key =
        KeyMaterial::from_slice(&STANDARD.decode(old.trim()).expect("b64")).expect("32 bytes");
    let refused =
        Db::open(parse_database_url(&db).expect("url"), &KeySource::Inline(old_key)).await;
    assert!(matches!(refused, Err(StorageError::WrongKey { .. })), "{refused:?}");
}

#[tokio::test]
async fn rotate_key_with_encryption_key_needs_the_new_key_and_then_starts_with_only_it() {
    let (_dir, db) = fresh_database();
    let old = KeyMaterial::generate();
    let new = KeyMaterial::generate();
    sealed_database(&db, &KeySource::Inline(old.clone())).await.close().await;
    let old_b64 = STANDARD.encode(old.expose());

    let (code, _, stderr) = run_rotate(&db, &[("ENCRYPTION_KEY", old_b64.clone())]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("NEW_ENCRYPTION_KEY"), "{stderr}");

    let (code, stdout, stderr) = run_rotate(
        &db,
        &[("ENCRYPTION_KEY", old_b64), ("NEW_ENCRYPTION_KEY", STANDARD.encode(new.expose()))],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains(&new.id()), "{stdout}");
    let storage = Db::open(parse_database_url(&db).expect("url"), &KeySource::Inline(new))
        .await
        .expect("opens with the new key only");
    assert!(storage.api_key(ChatId(7)).await.expect("read").is_some());
}

#[tokio::test]
async fn a_rotation_cut_short_before_the_key_file_rename_is_finished_at_start() {
    let (dir, db) = fresh_database();
    let key_file = dir.path().join("bot.db.key");
    let storage = sealed_database(&db, &KeySource::File(key_file.clone())).await;
    let old = assistants_bot::storage::seal::read_key_file(&key_file).expect("read").expect("key");
    // What rotate-key does, up to the crash: stage the new key, re-seal, (no rename).
    let new = KeyMaterial::generate();
    assistants_bot::storage::seal::write_key_file(&dir.path().join("bot.db.key.new"), &new)
        .expect("stage");
    assistants_bot::storage::rotate::reseal(storage.pool(), &old, &new).await.expect("reseal");
    storage.close().await;

    let storage =
        Db::open(parse_database_url(&db).expect("url"), &KeySource::File(key_file.clone()))
            .await
            .expect("recovers");
    assert!(storage.api_key(ChatId(7)).await.expect("read").is_some());
    assert!(!dir.path().join("bot.db.key.new").exists());
    assert_eq!(
        assistants_bot::storage::seal::read_key_file(&key_file).expect("read").expect("key").id(),
        new.id()
    );
}

/// A temporary directory and the URL of a database file `bot.db` in it (not created yet).
fn fresh_database() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = format!("sqlite://{}", dir.path().join("bot.db").display());
    (dir, db)
}
