//! What only PostgreSQL has: a key that must be given (there is no file beside a server), and
//! `rotate-key` beside replicas that may be running anywhere.

use std::process::Command;

use assistants_bot::{
    config::{KeySource, parse_database_url},
    dblock::{self, Holder},
    storage::{Db, StorageError, seal::KeyMaterial},
};
use base64::{Engine as _, engine::general_purpose::STANDARD};
use teloxide::types::ChatId;

use crate::{
    ops::{run_rotate, sealed_database},
    support::{
        database::{TestDatabase, require_postgres},
        wait::eventually,
    },
};

#[test]
fn postgres_without_encryption_key_is_one_line_and_exit_code_2() {
    // Refused before any connection: no server needed (nothing listens on port 9).
    let out = Command::new(env!("CARGO_BIN_EXE_assistants-bot"))
        .env_clear()
        .env("TELOXIDE_TOKEN", "123:abc")
        .env("DATABASE_URL", "postgres://bot:secret-password@127.0.0.1:9/bot")
        .output()
        .expect("run the bot");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "one line: {stderr}");
    assert!(stderr.contains("ENCRYPTION_KEY"), "{stderr}");
    assert!(stderr.contains("PostgreSQL"), "{stderr}");
    assert!(!stderr.contains("secret-password"), "the URL's password is never printed");
}

#[tokio::test]
async fn rotate_key_on_postgres_waits_for_every_replica_to_stop_then_reseals() {
    let Some(server) = require_postgres("rotate_key_on_postgres") else { return };
    let database = TestDatabase::on_postgres(&server).await;
    let url = database.url().to_owned();
    let (old, new) = (KeyMaterial::generate(), KeyMaterial::generate());
    sealed_database(&url, &KeySource::Inline(old.clone())).await.close().await;
    let keys = [
        ("ENCRYPTION_KEY", STANDARD.encode(old.expose())),
        ("NEW_ENCRYPTION_KEY", STANDARD.encode(new.expose())),
    ];

    // A replica running anywhere holds the lock shared; the rotation needs it alone.
    let parsed = parse_database_url(&url).expect("url");
    let replica = dblock::hold(&parsed, Holder::Bot).await.expect("a replica starts");
    let other = dblock::hold(&parsed, Holder::Bot).await.expect("and a second one beside it");
    let (code, _, stderr) = run_rotate(&url, &keys);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("stop every replica"), "{stderr}");
    drop((replica, other));

    // The server lets go of a lock when it sees its connection close, a moment after.
    let stdout = eventually("the rotation once the replicas stopped", async || {
        let (code, stdout, stderr) = run_rotate(&url, &keys);
        assert!(code == Some(0) || stderr.contains("stop every replica"), "{stderr}");
        (code == Some(0)).then_some(stdout)
    })
    .await;
    assert!(stdout.contains("Re-sealed 3 secrets"), "{stdout}");
    let storage = Db::open(parse_database_url(&url).expect("url"), &KeySource::Inline(new))
        .await
        .expect("opens with the new key only");
    assert!(storage.api_key(ChatId(7)).await.expect("read").is_some());
    storage.close().await;
    let refused = Db::open(parse_database_url(&url).expect("url"), &KeySource::Inline(old)).await;
    assert!(matches!(refused, Err(StorageError::WrongKey { .. })), "{refused:?}");
}
