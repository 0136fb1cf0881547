//! Operator commands that work on the database directly: `assistants-bot rotate-key`.

use crate::{
    config::KeySource,
    storage::engine::Database,
    storage::{
        self, StorageError,
        rotate::{Rotated, reseal},
        seal::{self, KeyFileError, KeyMaterial},
    },
};

/// Why a rotation did not happen.
#[derive(Debug, thiserror::Error)]
pub enum RotateError {
    /// The database, a sealed value or a key file failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// There is no key to rotate from.
    #[error("no current key: set ENCRYPTION_KEY or keep the key file at {0}")]
    NoKey(String),
    /// The configured key is not the one that sealed the database.
    #[error(
        "the database's secrets are sealed under key {needed}, not the configured key {configured}"
    )]
    WrongKey {
        /// The configured key's id.
        configured: String,
        /// The id the database needs.
        needed: String,
    },
    /// With ENCRYPTION_KEY, the new key must be given (the bot cannot write the environment).
    #[error("with ENCRYPTION_KEY set, give the new key as NEW_ENCRYPTION_KEY (or --new-key)")]
    NewKeyNeeded,
    /// A staged key from an earlier, unfinished rotation is in the way.
    #[error(
        "{0} exists from an unfinished rotation: start the bot once to finish it, or remove it"
    )]
    Staged(String),
}

impl From<KeyFileError> for RotateError {
    fn from(e: KeyFileError) -> Self {
        Self::Storage(e.into())
    }
}

/// What a finished rotation did.
#[derive(Debug)]
pub struct Rotation {
    /// The values re-sealed.
    pub rotated: Rotated,
    /// The new key's id.
    pub new_key_id: String,
    /// Where the new key was written (key-file mode).
    pub key_file: Option<String>,
}

/// Re-seals every stored secret under a new key, in one transaction.
///
/// Key-file mode: the new key is staged beside the old file, the database re-sealed, then the
/// staged file renamed over the old one (a crash in between is finished at the next start).
/// `ENCRYPTION_KEY` mode: `new_key` is required, and the operator sets it afterwards.
pub async fn rotate_key(
    database: Database,
    key: &KeySource,
    new_key: Option<KeyMaterial>,
) -> Result<Rotation, RotateError> {
    let (pool, _) = storage::connect(&database).await?;
    let old = match key {
        KeySource::Inline(old) => old.clone(),
        KeySource::File(path) => seal::read_key_file(path)?
            .ok_or_else(|| RotateError::NoKey(path.display().to_string()))?,
    };
    if let Some(needed) =
        storage::sealed_key_ids(&pool).await?.into_iter().find(|id| *id != old.id())
    {
        return Err(RotateError::WrongKey { configured: old.id(), needed });
    }
    let result = match key {
        KeySource::Inline(_) => {
            let new = new_key.ok_or(RotateError::NewKeyNeeded)?;
            let rotated = reseal(&pool, &old, &new).await?;
            Rotation { rotated, new_key_id: new.id(), key_file: None }
        }
        KeySource::File(path) => {
            let new = new_key.unwrap_or_else(KeyMaterial::generate);
            let staged = seal::staged_key_path(path);
            if staged.exists() {
                return Err(RotateError::Staged(staged.display().to_string()));
            }
            seal::write_key_file(&staged, &new)?;
            let rotated = match reseal(&pool, &old, &new).await {
                Ok(rotated) => rotated,
                Err(e) => {
                    // Nothing was re-sealed: the staged key must not be picked up later.
                    let _ = std::fs::remove_file(&staged);
                    return Err(e.into());
                }
            };
            std::fs::rename(&staged, path)
                .and_then(|()| crate::durable::sync_parent_dir(path))
                .map_err(|source| KeyFileError::Io { path: path.display().to_string(), source })?;
            Rotation { rotated, new_key_id: new.id(), key_file: Some(path.display().to_string()) }
        }
    };
    pool.close().await;
    Ok(result)
}
