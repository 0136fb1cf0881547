//! Secrets at rest: sealed in the database, bound to their row, and refused under a wrong key.

use assistants_bot::{
    api::ApiKey,
    config::{KeySource, parse_database_url},
    storage::{Db, StorageError, seal::KeyMaterial, seal::SealError},
};
use teloxide::types::ChatId;

const SECRET: &str = "sk_live_VERY_SECRET_api_key_0123456789";

fn options(dir: &tempfile::TempDir) -> assistants_bot::config::Database {
    parse_database_url(&format!("sqlite://{}", dir.path().join("bot.db").display())).expect("url")
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[tokio::test]
async fn a_stored_api_key_is_not_in_any_database_file_in_plaintext() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key_file = dir.path().join("bot.db.key");
    let storage = Db::open(options(&dir), &KeySource::File(key_file)).await.expect("open");
    storage.set_api_key(ChatId(42), &ApiKey::new(SECRET)).await.expect("store");

    let opened = storage.api_key(ChatId(42)).await.expect("read").expect("present");
    assert_eq!(opened.masked(), "••••6789");

    // Read every file while the pool is open (the WAL holds the fresh write), then again after
    // the checkpoint on close.
    for phase in ["open", "closed"] {
        for entry in std::fs::read_dir(dir.path()).expect("dir") {
            let path = entry.expect("entry").path();
            // SQLite removes -wal and -shm when the last connection closes.
            let Ok(bytes) = std::fs::read(&path) else { continue };
            assert!(
                !contains(&bytes, SECRET.as_bytes()),
                "{phase}: plaintext key in {}",
                path.display()
            );
        }
        storage.close().await;
    }
}

#[tokio::test]
async fn a_key_file_is_generated_private_and_reused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key_file = dir.path().join("bot.db.key");
    let storage = Db::open(options(&dir), &KeySource::File(key_file.clone())).await.expect("open");
    storage.set_api_key(ChatId(1), &ApiKey::new(SECRET)).await.expect("store");
    storage.close().await;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&key_file).expect("key file").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let again = Db::open(options(&dir), &KeySource::File(key_file)).await.expect("reopen");
    assert!(again.api_key(ChatId(1)).await.expect("read").is_some(), "same key, secret opens");
}

#[tokio::test]
async fn a_database_sealed_under_another_key_is_refused_at_start() {
    let dir = tempfile::tempdir().expect("tempdir");
    let first = KeyMaterial::generate();
    let storage = Db::open(options(&dir), &KeySource::Inline(first.clone())).await.expect("open");
    storage.set_api_key(ChatId(1), &ApiKey::new(SECRET)).await.expect("store");
    storage.close().await;

    let wrong = Db::open(options(&dir), &KeySource::Inline(KeyMaterial::generate())).await;
    assert!(
        matches!(wrong, Err(StorageError::WrongKey { ref needed, .. }) if *needed == first.id()),
        "{wrong:?}"
    );

    // No key file and no ENCRYPTION_KEY: refused, and no new key file is written over the loss.
    let key_file = dir.path().join("bot.db.key");
    let missing = Db::open(options(&dir), &KeySource::File(key_file.clone())).await;
    assert!(matches!(missing, Err(StorageError::KeyMissing { .. })), "{missing:?}");
    assert!(!key_file.exists());
    let message = missing.expect_err("refused").to_string();
    assert!(message.contains("ENCRYPTION_KEY"), "says how to fix it: {message}");
}

#[tokio::test]
async fn a_sealed_key_moved_to_another_chat_does_not_open() {
    let dir = tempfile::tempdir().expect("tempdir");
    let storage =
        Db::open(options(&dir), &KeySource::Inline(KeyMaterial::generate())).await.expect("open");
    storage.set_api_key(ChatId(1), &ApiKey::new(SECRET)).await.expect("store");
    storage.set_api_key(ChatId(2), &ApiKey::new("sk_other_chat_key_0000")).await.expect("store");
    sqlx::query("UPDATE chats SET api_key = (SELECT api_key FROM chats WHERE chat_id = 1) WHERE chat_id = 2")
        .execute(storage.pool())
        .await
        .expect("copy");
    let moved = storage.api_key(ChatId(2)).await;
    assert!(matches!(moved, Err(StorageError::Seal(SealError::Corrupt))), "{moved:?}");
    assert!(storage.forget_api_key(ChatId(2)).await.expect("forget"));
    assert!(storage.api_key(ChatId(2)).await.expect("read").is_none());
}
