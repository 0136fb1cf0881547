//! Everything the bot logs, kept in memory, for tests that check what a log must never hold,
//! and [`assert_nowhere`], which checks messages, logs and database files for a secret.
//!
//! A global subscriber is installed once per test process (the bot runs on threads of its
//! own runtime, which a thread-local one would not see) at debug level for every crate. When
//! `TEST_LOG` installed its own first, there is nothing to read: [`capture`] says so.

use std::{
    io::Write,
    sync::{Arc, Mutex, OnceLock},
};

use tracing_subscriber::fmt::MakeWriter;

use super::app::{TestApp, contains_bytes};

#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl Write for Buffer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Buffer {
    type Writer = Buffer;

    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

static CAPTURED: OnceLock<Option<Buffer>> = OnceLock::new();

/// The logs of this process from the first call on; `None` when another subscriber (TEST_LOG)
/// was installed first.
pub fn capture() -> Option<Logs> {
    let buffer = CAPTURED.get_or_init(|| {
        let buffer = Buffer::default();
        let subscriber = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new("debug,sqlx=info"))
            .with_ansi(false)
            .with_writer(buffer.clone())
            .finish();
        tracing::subscriber::set_global_default(subscriber).ok().map(|()| buffer)
    });
    buffer.clone().map(Logs)
}

/// Captured logs.
pub struct Logs(Buffer);

impl Logs {
    /// Whether any log line so far contains `needle`.
    pub fn contain(&self, needle: &str) -> bool {
        let bytes = self.0.0.lock().unwrap_or_else(|p| p.into_inner());
        contains_bytes(&bytes, needle.as_bytes())
    }

    /// Whether anything was logged at all (the capture works).
    pub fn is_empty(&self) -> bool {
        self.0.0.lock().unwrap_or_else(|p| p.into_inner()).is_empty()
    }
}

/// Neither a message the bot sent (or edited), nor its logs (when captured), nor, once it has
/// stopped, a file of its database holds any of `secrets`. Stops the bot.
pub async fn assert_nowhere(app: &mut TestApp, secrets: &[&str], logs: Option<&Logs>) {
    for secret in secrets {
        for call in app.tg.calls() {
            if call.is("SendMessage") || call.is("EditMessageText") {
                assert!(!call.body.to_string().contains(secret), "{secret} in {}", call.body);
            }
        }
        if let Some(logs) = logs {
            assert!(!logs.is_empty(), "the capture works");
            assert!(!logs.contain(secret), "{secret} is in the logs");
        }
    }
    app.stop_bot().await;
    for (path, bytes) in app.database_bytes().await {
        for secret in secrets {
            let found = contains_bytes(&bytes, secret.as_bytes());
            assert!(!found, "{secret} in plaintext in {}", path.display());
        }
    }
}
