//! Sealing secrets at rest with XChaCha20-Poly1305.
//!
//! A sealed value is `nonce (24 bytes) || ciphertext+tag`, stored next to the id of the key that
//! sealed it. The key id is derived from the key itself, so a database can tell at start whether
//! the configured key is the one its secrets need, and a later key rotation can re-seal value by
//! value. Every value is bound to where it lives through associated data (for example
//! `chats.api_key:42`): a sealed value copied into another chat's row fails to open.

use std::{
    fmt,
    path::{Path, PathBuf},
};

use chacha20poly1305::{
    AeadCore, KeyInit, XChaCha20Poly1305, XNonce,
    aead::{Aead, OsRng, Payload, rand_core::RngCore},
};
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, Zeroizing};

const NONCE_LEN: usize = 24;

/// Where the sealing key comes from.
#[derive(Debug)]
pub enum KeySource {
    /// `ENCRYPTION_KEY` was given.
    Inline(KeyMaterial),
    /// A key file beside the database, generated on first start.
    File(PathBuf),
}

/// 32 bytes of key material. Zeroed on drop; `Debug` shows only the key id.
#[derive(Clone)]
pub struct KeyMaterial([u8; 32]);

impl KeyMaterial {
    /// Wraps exactly 32 bytes; `None` for any other length.
    pub fn from_slice(bytes: &[u8]) -> Option<Self> {
        <[u8; 32]>::try_from(bytes).ok().map(Self)
    }

    /// A fresh random key from the operating system's generator.
    pub fn generate() -> Self {
        let mut bytes = [0u8; 32];
        OsRng.fill_bytes(&mut bytes);
        Self(bytes)
    }

    /// The raw bytes, for writing a key file.
    pub fn expose(&self) -> &[u8; 32] {
        &self.0
    }

    /// A short, stable, non-secret name for this key (hex of a domain-separated SHA-256).
    pub fn id(&self) -> String {
        let digest = Sha256::new().chain_update(b"assistants-bot key id v1").chain_update(self.0);
        digest.finalize()[..6].iter().map(|b| format!("{b:02x}")).collect()
    }
}

impl Drop for KeyMaterial {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl fmt::Debug for KeyMaterial {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KeyMaterial({})", self.id())
    }
}

/// A sealed value as stored: the key id and the `nonce || ciphertext` blob.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    /// Which key sealed it.
    pub key_id: String,
    /// Nonce followed by ciphertext and tag.
    pub blob: Vec<u8>,
}

/// Why a sealed value could not be opened.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SealError {
    /// The value was sealed under a key this process does not have.
    #[error("sealed under key {0}, which is not configured")]
    UnknownKey(String),
    /// Tampered with, moved to another row, or cut short.
    #[error("the sealed value failed authentication")]
    Corrupt,
}

/// Seals and opens values with the current key; opens values of older keys it was given.
pub struct Sealer {
    current: (String, XChaCha20Poly1305),
    older: Vec<(String, XChaCha20Poly1305)>,
    /// The current key, kept for [`derive`](Self::derive) (zeroed on drop).
    key: KeyMaterial,
}

impl fmt::Debug for Sealer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sealer").field("key_id", &self.current.0).finish_non_exhaustive()
    }
}

impl Sealer {
    /// A sealer that seals under `key`.
    pub fn new(key: &KeyMaterial) -> Self {
        Self { current: Self::cipher(key), older: Vec::new(), key: key.clone() }
    }

    /// Also opens values sealed under `key` (used while rotating keys).
    pub fn with_older_key(mut self, key: &KeyMaterial) -> Self {
        self.older.push(Self::cipher(key));
        self
    }

    fn cipher(key: &KeyMaterial) -> (String, XChaCha20Poly1305) {
        (key.id(), XChaCha20Poly1305::new(key.expose().into()))
    }

    /// The id of the key new values are sealed under.
    pub fn key_id(&self) -> &str {
        &self.current.0
    }

    /// A value derived from the current key for `label`: HMAC-SHA-256 keyed with the key,
    /// over the label. The same on every process with the same key (replicas), different for
    /// each label, and telling nothing about the key or any other label's value.
    pub fn derive(&self, label: &str) -> Zeroizing<[u8; 32]> {
        use hmac::{Hmac, Mac};
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(self.key.expose())
            .expect("HMAC takes any key length");
        mac.update(label.as_bytes());
        Zeroizing::new(mac.finalize().into_bytes().into())
    }

    /// Seals `plaintext`, bound to `aad` (where the value is stored).
    pub fn seal(&self, plaintext: &[u8], aad: &str) -> Sealed {
        let (key_id, cipher) = &self.current;
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let ciphertext = cipher
            .encrypt(&nonce, Payload { msg: plaintext, aad: aad.as_bytes() })
            // Encryption fails only for messages beyond 256 GiB, which we never seal.
            .unwrap_or_default();
        let mut blob = Vec::with_capacity(NONCE_LEN + ciphertext.len());
        blob.extend_from_slice(&nonce);
        blob.extend_from_slice(&ciphertext);
        Sealed { key_id: key_id.clone(), blob }
    }

    /// Opens a value sealed under any key this sealer knows, checking it was bound to `aad`.
    pub fn open(&self, sealed: &Sealed, aad: &str) -> Result<Zeroizing<Vec<u8>>, SealError> {
        let cipher = std::iter::once(&self.current)
            .chain(&self.older)
            .find(|(id, _)| *id == sealed.key_id)
            .map(|(_, c)| c)
            .ok_or_else(|| SealError::UnknownKey(sealed.key_id.clone()))?;
        if sealed.blob.len() < NONCE_LEN {
            return Err(SealError::Corrupt);
        }
        let (nonce, ciphertext) = sealed.blob.split_at(NONCE_LEN);
        cipher
            .decrypt(XNonce::from_slice(nonce), Payload { msg: ciphertext, aad: aad.as_bytes() })
            .map(Zeroizing::new)
            .map_err(|_| SealError::Corrupt)
    }

    /// Opens a sealed UTF-8 string.
    pub fn open_string(&self, sealed: &Sealed, aad: &str) -> Result<Zeroizing<String>, SealError> {
        let bytes = self.open(sealed, aad)?;
        String::from_utf8(bytes.to_vec()).map(Zeroizing::new).map_err(|_| SealError::Corrupt)
    }
}

/// Problems reading or creating the key file.
#[derive(Debug, thiserror::Error)]
pub enum KeyFileError {
    /// The file exists but could not be read, or could not be written.
    #[error("key file {path}: {source}")]
    Io {
        /// The key file.
        path: String,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// The file does not hold a base64 32-byte key.
    #[error("key file {0} does not hold a base64-encoded 32-byte key")]
    Invalid(String),
}

/// Where a rotation stages the new key before the database is re-sealed: `<path>.new`.
pub fn staged_key_path(path: &Path) -> std::path::PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".new");
    path.with_file_name(name)
}

/// Reads the key file at `path`; `None` if there is none.
pub fn read_key_file(path: &Path) -> Result<Option<KeyMaterial>, KeyFileError> {
    use base64::{Engine as _, engine::general_purpose::STANDARD};
    let shown = path.display().to_string();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => Zeroizing::new(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(KeyFileError::Io { path: shown, source }),
    };
    let bytes = Zeroizing::new(
        STANDARD.decode(text.trim()).map_err(|_| KeyFileError::Invalid(shown.clone()))?,
    );
    KeyMaterial::from_slice(&bytes).map(Some).ok_or(KeyFileError::Invalid(shown))
}

/// Writes a new key file readable by its owner only (mode 0600), refusing to overwrite one.
pub fn write_key_file(path: &Path, key: &KeyMaterial) -> Result<(), KeyFileError> {
    use base64::{Engine as _, engine::general_purpose::STANDARD};
    use std::io::Write as _;
    let io = |source| KeyFileError::Io { path: path.display().to_string(), source };
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).map_err(io)?;
    let encoded = Zeroizing::new(STANDARD.encode(key.expose()));
    file.write_all(encoded.as_bytes()).and_then(|()| file.write_all(b"\n")).map_err(io)?;
    file.sync_all().map_err(io)?;
    crate::durable::sync_parent_dir(path).map_err(io)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_binding() {
        let sealer = Sealer::new(&KeyMaterial::generate());
        let sealed = sealer.seal(b"sk-secret", "chats.api_key:1");
        assert_eq!(&**sealer.open(&sealed, "chats.api_key:1").expect("opens"), b"sk-secret");
        assert_eq!(sealer.open(&sealed, "chats.api_key:2"), Err(SealError::Corrupt));
    }

    #[test]
    fn nonces_differ_between_seals() {
        let sealer = Sealer::new(&KeyMaterial::generate());
        assert_ne!(sealer.seal(b"x", "a").blob, sealer.seal(b"x", "a").blob);
    }

    #[test]
    fn tampering_and_truncation_are_rejected() {
        let sealer = Sealer::new(&KeyMaterial::generate());
        let mut sealed = sealer.seal(b"secret", "a");
        let last = sealed.blob.len() - 1;
        sealed.blob[last] ^= 1;
        assert_eq!(sealer.open(&sealed, "a"), Err(SealError::Corrupt));
        sealed.blob.truncate(10);
        assert_eq!(sealer.open(&sealed, "a"), Err(SealError::Corrupt));
    }

    #[test]
    fn another_key_cannot_open() {
        let sealed = Sealer::new(&KeyMaterial::generate()).seal(b"secret", "a");
        let other = Sealer::new(&KeyMaterial::generate());
        assert!(matches!(other.open(&sealed, "a"), Err(SealError::UnknownKey(_))));
        // Same key id but different key bytes (a forged id) still fails authentication.
        let forged = Sealed { key_id: other.key_id().to_owned(), ..sealed };
        assert_eq!(other.open(&forged, "a"), Err(SealError::Corrupt));
    }

    #[test]
    fn an_older_key_still_opens_during_rotation() {
        let old = KeyMaterial::generate();
        let sealed = Sealer::new(&old).seal(b"secret", "a");
        let rotated = Sealer::new(&KeyMaterial::generate()).with_older_key(&old);
        assert_eq!(&**rotated.open(&sealed, "a").expect("opens"), b"secret");
    }

    #[test]
    fn debug_shows_no_key_bytes() {
        let key = KeyMaterial::from_slice(&[7u8; 32]).expect("32 bytes");
        assert_eq!(format!("{key:?}"), format!("KeyMaterial({})", key.id()));
    }
}
