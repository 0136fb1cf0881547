//! The one context every part of the bot shares: storage, the Assistants API client, the
//! dialogue store, the update inbox, callback and form URLs, the token checker, the admin
//! cache and health. Built once at start, behind one `Arc`, injected once into the dispatcher
//! and held by the tracker.
//!
//! What it is assembled from lives beside it ([`admins`], [`flood`], [`tokens`], [`turns`]:
//! the edge's own machinery) or below it (`storage`, `api`, `inbox`, `urls`, `ops`). Of
//! `service` it uses only the input checks ([`tokens`] checks a token's shape first). Nothing
//! below imports `app` back: service calls take the parts they need.

pub mod admins;
pub mod flood;
pub mod profile;
pub mod tokens;
pub mod turns;

use std::{ops::Deref, sync::Arc, time::Duration};

use teloxide::{Bot, types::ChatId};
use url::Url;

use self::{admins::AdminCache, flood::FloodGuard, tokens::TokenChecker, turns::ChatTurns};
use crate::{
    api::ApiClient,
    conversation::State,
    i18n::Lang,
    inbox::Inbox,
    ops::Health,
    sender::Paced,
    storage::{Db, dialogues::DialogueStore},
    urls::{CallbackUrls, FormLinks},
};

/// The bot as handlers and the tracker see it: messages go out at once unless one of
/// Telegram's rate limits would be crossed, each chat's in order, and a 429 is resent after
/// `retry_after` instead of being dropped.
pub type TgBot = Paced<Bot>;

/// The shared context. Cheap to clone (one `Arc`).
#[derive(Debug, Clone)]
pub struct App(Arc<Parts>);

/// What the [`App`] holds.
#[derive(Debug)]
pub struct Parts {
    /// The database.
    pub db: Db,
    /// The Assistants API.
    pub api: ApiClient,
    /// Conversation state, sealed in the database and cached in memory.
    pub dialogues: Arc<DialogueStore<State>>,
    /// Updates stored until handled, and which of them are replays.
    pub inbox: Arc<Inbox>,
    /// Makes deployment callback URLs (when the bot has a public URL).
    pub callbacks: CallbackUrls,
    /// Where the secure form lives (when the bot has a public URL).
    pub forms: FormLinks,
    /// Checks other bots' tokens with getMe.
    pub tokens: Arc<TokenChecker>,
    /// Group admin statuses, as last seen.
    pub admins: AdminCache,
    /// Submissions per user to the secure form, to refuse floods (updates are paced by
    /// `inbox::admission`).
    pub flood: FloodGuard,
    /// One change at a time per chat.
    pub turns: ChatTurns,
    /// Liveness facts for `/healthz`.
    pub health: Arc<Health>,
    /// Timing settings.
    pub timing: Timing,
}

/// Timing settings from the configuration.
#[derive(Debug, Clone, Copy)]
pub struct Timing {
    /// How often the tracker polls.
    pub poll_interval: Duration,
    /// How long a new slot's payment is watched.
    pub payment_timeout: Duration,
    /// How often live assistants are checked (`WATCH_INTERVAL`): one list call per API key,
    /// and getWebhookInfo on each one's own bot.
    pub watch_interval: Duration,
    /// How long a conversation may sit idle before it expires (with its answers).
    pub dialogue_idle: Duration,
    /// How many updates a sender may send in one chat at once, and then how often one more.
    pub flood: (u32, Duration),
}

impl Timing {
    /// How long a conversation may sit idle, unless a run says otherwise.
    pub const DIALOGUE_IDLE: Duration = Duration::from_secs(30 * 60);

    /// How often live assistants are checked, unless a run says otherwise.
    pub const WATCH_INTERVAL: Duration = Duration::from_secs(5 * 60);

    /// The timing of a run polling every `poll_interval` and watching payments for
    /// `payment_timeout`, with conversations expiring after [`Self::DIALOGUE_IDLE`] and live
    /// assistants checked every [`Self::WATCH_INTERVAL`].
    pub fn new(poll_interval: Duration, payment_timeout: Duration) -> Self {
        let flood = (flood::BURST, flood::EVERY);
        Self {
            poll_interval,
            payment_timeout,
            watch_interval: Self::WATCH_INTERVAL,
            dialogue_idle: Self::DIALOGUE_IDLE,
            flood,
        }
    }
}

impl App {
    /// Wraps the parts.
    pub fn new(parts: Parts) -> Self {
        Self(Arc::new(parts))
    }

    /// An app over `db` and `api`, with Telegram at `telegram_api_url` (for token checks)
    /// and callbacks under `public_url`: what `run` builds, and what tests build by hand.
    pub fn assemble(
        db: Db,
        api: ApiClient,
        (telegram_api_url, http): (Url, reqwest::Client),
        public_url: Option<Url>,
        timing: Timing,
    ) -> Self {
        Self::new(Parts {
            dialogues: DialogueStore::new(db.clone(), timing.dialogue_idle),
            inbox: Inbox::new(db.clone()),
            forms: FormLinks::new(public_url.clone()),
            callbacks: CallbackUrls::new(public_url),
            tokens: TokenChecker::new(telegram_api_url, http),
            admins: AdminCache::default(),
            flood: FloodGuard::new(timing.flood.0, timing.flood.1),
            turns: ChatTurns::default(),
            health: Health::new(db.clone()),
            timing,
            api,
            db,
        })
    }

    /// The language to answer `chat` in: its choice from /language, else the sender's
    /// Telegram language when it is one we ship, else English.
    pub async fn lang_for(&self, chat: Option<ChatId>, user_code: Option<&str>) -> Lang {
        if let Some(chat) = chat {
            match self.db.chat_language(chat).await {
                Ok(Some(code)) => {
                    if let Some(lang) = Lang::negotiate(&code) {
                        return lang;
                    }
                }
                Ok(None) => {}
                Err(e) => tracing::warn!(error = %e, "could not read the chat's language"),
            }
        }
        user_code.and_then(Lang::negotiate).unwrap_or_default()
    }

    /// An assistant's own bot token: a managed bot's asked of Telegram (with `bot`, its
    /// manager), else the one kept for the watch; `None` when there is none or Telegram did
    /// not give it.
    pub async fn assistant_token(
        &self,
        bot: &TgBot,
        known: &crate::storage::deployments::KnownDeployment,
    ) -> Result<Option<secrecy::SecretString>, crate::storage::StorageError> {
        let Some(managed) = known.managed_bot_id else {
            return self.db.bot_token(known.handle).await;
        };
        let managed = teloxide::types::UserId(managed as u64);
        match crate::managed_bots::methods::token(bot.inner(), managed).await {
            Ok(token) => Ok(Some(token)),
            Err(e) => {
                tracing::debug!(handle = known.handle, error = %e, "getManagedBotToken failed");
                Ok(None)
            }
        }
    }

    /// The language of a message nobody asked for (a status notice, a group line).
    pub async fn chat_lang(&self, chat: ChatId) -> Lang {
        self.lang_for(Some(chat), None).await
    }

    /// The service's website, where users make their API key and pay: the origin of the
    /// Assistants API's base URL (`https://getclaw.sh`), which messages link to.
    pub fn dashboard(&self) -> String {
        dashboard_of(self.api.base_url())
    }
}

/// The origin of `base` (its scheme, host and port), or `base` itself when it has none.
fn dashboard_of(base: &Url) -> String {
    match base.origin() {
        origin @ url::Origin::Tuple(..) => origin.ascii_serialization(),
        url::Origin::Opaque(_) => base.as_str().to_owned(),
    }
}

impl Deref for App {
    type Target = Parts;

    fn deref(&self) -> &Parts {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dashboard_is_the_api_origin() {
        let at = |url: &str| dashboard_of(&Url::parse(url).expect("a URL"));
        assert_eq!(at("https://getclaw.sh"), "https://getclaw.sh");
        assert_eq!(at("https://getclaw.sh/api/"), "https://getclaw.sh");
        assert_eq!(at("http://127.0.0.1:8080/v1"), "http://127.0.0.1:8080");
    }
}
