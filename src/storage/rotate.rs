//! Key rotation: every sealed value opened with the old key and sealed again with the new one,
//! in one transaction, so the database is never half old, half new.

use sqlx::{AnyConnection, AnyPool};
use teloxide::types::ChatId;

use super::{
    StorageError, bot_watch, chats, dialogues, form_relay, inbox, pending,
    seal::{KeyMaterial, Sealed, Sealer},
};
use crate::api::DeploymentId;

/// How many values a rotation re-sealed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rotated {
    /// Chat API keys.
    pub api_keys: u64,
    /// Conversation states.
    pub dialogues: u64,
    /// Wizard answers waiting for a payment.
    pub pending: u64,
    /// Updates stored and not yet handled.
    pub updates: u64,
    /// Assistants' bot tokens, kept for the watch.
    pub bot_tokens: u64,
    /// Secrets of secure forms a standby relayed and the leader has not taken yet.
    pub form_secrets: u64,
}

impl Rotated {
    /// All of them.
    pub fn total(&self) -> u64 {
        self.api_keys
            + self.dialogues
            + self.pending
            + self.updates
            + self.bot_tokens
            + self.form_secrets
    }
}

/// Re-seals everything sealed under `old` with `new`. Fails, changing nothing, if any value
/// does not open with `old`.
pub async fn reseal(
    pool: &AnyPool,
    old: &KeyMaterial,
    new: &KeyMaterial,
) -> Result<Rotated, StorageError> {
    let sealer = Sealer::new(new).with_older_key(old);
    let mut tx = pool.begin().await?;
    let mut counts = [0; 6];
    for (count, (aad, select, update)) in counts.iter_mut().zip(SEALED) {
        *count = reseal_all(&mut tx, &sealer, aad, select, update).await?;
    }
    let [api_keys, dialogues, pending, updates, bot_tokens, form_secrets] = counts;
    tx.commit().await?;
    Ok(Rotated { api_keys, dialogues, pending, updates, bot_tokens, form_secrets })
}

/// How a value's associated data is made from its row's chat (or update) id and deployment.
type Aad = fn(i64, Option<&str>) -> String;

/// Every place a sealed value is kept, in the order of [`Rotated`]'s fields: its associated
/// data (the same function that sealed it), how to read the values, and how to write one back.
const SEALED: [(Aad, &str, &str); 6] = [
    (|chat, _| chats::api_key_aad(ChatId(chat)), SELECT_API_KEYS, UPDATE_API_KEY),
    (|chat, _| dialogues::aad(ChatId(chat)), SELECT_STATES, UPDATE_STATE),
    (
        |chat, id| pending::aad(ChatId(chat), &DeploymentId(id.unwrap_or_default().to_owned())),
        SELECT_DRAFTS,
        UPDATE_DRAFT,
    ),
    (|update, _| inbox::aad(update), SELECT_UPDATES, UPDATE_UPDATE),
    (|handle, _| bot_watch::token_aad(handle), SELECT_BOT_TOKENS, UPDATE_BOT_TOKEN),
    (|id, _| form_relay::secret_aad(id), SELECT_FORM_SECRETS, UPDATE_FORM_SECRET),
];

// Each SELECT reads the chat, the deployment (NULL for values kept per chat), the key id and
// the sealed blob; each UPDATE binds the new blob, the key id, the chat and, for values kept
// per deployment, the deployment.

const SELECT_API_KEYS: &str = "SELECT chat_id, NULL, api_key_key_id, api_key FROM chats
    WHERE api_key IS NOT NULL";
const UPDATE_API_KEY: &str =
    "UPDATE chats SET api_key = $1, api_key_key_id = $2 WHERE chat_id = $3";

const SELECT_STATES: &str = "SELECT chat_id, NULL, key_id, state FROM dialogues";
const UPDATE_STATE: &str = "UPDATE dialogues SET state = $1, key_id = $2 WHERE chat_id = $3";

const SELECT_DRAFTS: &str = "SELECT chat_id, deployment_id, key_id, draft FROM pending_activations";
const UPDATE_DRAFT: &str = "UPDATE pending_activations SET draft = $1, key_id = $2
    WHERE chat_id = $3 AND deployment_id = $4";

// The inbox's values are bound to their update id, read here in the chat's place.
const SELECT_UPDATES: &str = "SELECT update_id, NULL, key_id, body FROM inbox
    WHERE body IS NOT NULL";
const UPDATE_UPDATE: &str = "UPDATE inbox SET body = $1, key_id = $2 WHERE update_id = $3";

// The kept bot tokens are bound to their deployment's handle, read here in the chat's place.
const SELECT_BOT_TOKENS: &str = "SELECT handle, NULL, key_id, token FROM bot_watch
    WHERE token IS NOT NULL";
const UPDATE_BOT_TOKEN: &str = "UPDATE bot_watch SET token = $1, key_id = $2 WHERE handle = $3";

// A relayed form's secret is bound to its row's id, read here in the chat's place (one a
// standby left behind when no leader took it; it waits for the pruner).
const SELECT_FORM_SECRETS: &str = "SELECT id, NULL, key_id, secret FROM form_relay
    WHERE secret IS NOT NULL";
const UPDATE_FORM_SECRET: &str = "UPDATE form_relay SET secret = $1, key_id = $2 WHERE id = $3";

/// Opens every value `select` reads and writes it back through `update`, sealed under the
/// newest key, under the associated data `aad` makes (as it was sealed). Returns how many
/// values were written.
async fn reseal_all(
    tx: &mut AnyConnection,
    sealer: &Sealer,
    aad: Aad,
    select: &str,
    update: &str,
) -> Result<u64, StorageError> {
    let rows: Vec<(i64, Option<String>, String, Vec<u8>)> =
        sqlx::query_as(select).fetch_all(&mut *tx).await?;
    let mut count = 0;
    for (chat, deployment, key_id, blob) in rows {
        let aad = aad(chat, deployment.as_deref());
        let plain = sealer.open(&Sealed { key_id, blob }, &aad)?;
        let sealed = sealer.seal(&plain, &aad);
        let mut statement = sqlx::query(update).bind(sealed.blob).bind(sealed.key_id).bind(chat);
        if let Some(id) = deployment {
            statement = statement.bind(id);
        }
        statement.execute(&mut *tx).await?;
        count += 1;
    }
    Ok(count)
}
