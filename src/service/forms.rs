//! The secure form (a Telegram Mini App served by the bot itself; its URL is made by
//! [`FormLinks`]): the one-time nonces that tie each opening of it to the prompt that
//! offered it: one chat, one user, one kind of secret, fifteen minutes, one successful use.
//! Only the nonce's hash is stored.

use teloxide::types::{ChatId, UserId};
use url::Url;

use crate::{
    i18n::Lang,
    service::input::SecretKind,
    storage::{Db, StorageError, is_token, new_token, token_hash},
    urls::FormLinks,
};

pub use crate::storage::forms::{FORM_MAX_TRIES, FORM_TTL_SECS, FormRefusal, GivenBack};

/// Random bytes in a form's nonce (32 characters in its URL).
const NONCE_BYTES: usize = 24;

/// A form made for one prompt, before the prompt is sent. `Debug` leaves out the URL, which
/// carries the live nonce.
#[derive(Clone)]
pub struct FormTicket {
    nonce_hash: String,
    /// The URL for the prompt's button.
    pub url: Url,
}

impl std::fmt::Debug for FormTicket {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FormTicket").finish_non_exhaustive()
    }
}

/// A claimed nonce: what the form was opened for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Claimed {
    /// The chat whose conversation asked for the secret.
    pub chat: ChatId,
    /// The kind of secret it asked for.
    pub kind: SecretKind,
    /// The prompt that offered the form (its message id), to edit once the secret is taken.
    pub prompt: Option<i32>,
    /// Which claim of the nonce this is, for [`release`].
    pub claim: i64,
}

/// Makes a form for `user` to give a secret of `kind` to the conversation of `chat` (a
/// private chat); `None` when the bot has no public URL. It replaces the chat's earlier
/// unused forms: a conversation waits for one secret at a time.
pub async fn open(
    db: &Db,
    links: &FormLinks,
    chat: ChatId,
    user: UserId,
    kind: SecretKind,
    lang: Lang,
) -> Result<Option<FormTicket>, StorageError> {
    let nonce = new_token::<NONCE_BYTES>();
    let Some(url) = links.url(&nonce, kind.code(), lang) else { return Ok(None) };
    let nonce_hash = token_hash(&nonce);
    db.create_form_nonce(&nonce_hash, chat, user, kind.code()).await?;
    Ok(Some(FormTicket { nonce_hash, url }))
}

/// Binds a form to the prompt message (its id) that offers it.
pub async fn bind(db: &Db, ticket: &FormTicket, prompt: i32) -> Result<(), StorageError> {
    db.attach_form_message(&ticket.nonce_hash, prompt).await
}

/// Whether `nonce` may be a live form's: well formed and stored. Asked before a submission's
/// body is read; the claim decides the rest.
pub async fn known(db: &Db, nonce: &str) -> Result<bool, StorageError> {
    Ok(is_token::<NONCE_BYTES>(nonce) && db.form_nonce_exists(&token_hash(nonce)).await?)
}

/// Claims a form's nonce for `user`: once, within fifteen minutes, only by the user it was
/// made for, and not after [`FORM_MAX_TRIES`] refused secrets.
pub async fn claim(
    db: &Db,
    nonce: &str,
    user: UserId,
) -> Result<Result<Claimed, FormRefusal>, StorageError> {
    if !is_token::<NONCE_BYTES>(nonce) {
        return Ok(Err(FormRefusal::Unknown));
    }
    Ok(match db.claim_form_nonce(&token_hash(nonce), user).await? {
        Ok(row) => match SecretKind::from_code(&row.kind) {
            Some(kind) => Ok(Claimed {
                chat: ChatId(row.chat_id),
                kind,
                prompt: row.message_id,
                claim: row.claim,
            }),
            None => Err(FormRefusal::Unknown),
        },
        Err(refusal) => Err(refusal),
    })
}

/// Gives a nonce (by its hash, as a relayed hand-off carries it) back after its claim number
/// `claim`, for another try with the same form; only while that claim still holds it. A
/// `refused` secret counts as one of the form's [`FORM_MAX_TRIES`].
pub async fn release(
    db: &Db,
    nonce_hash: &str,
    claim: i64,
    refused: bool,
) -> Result<GivenBack, StorageError> {
    db.release_form_nonce(nonce_hash, claim, refused).await
}

/// What is stored of a form's nonce, and what [`release`] takes.
pub fn nonce_hash(nonce: &str) -> String {
    token_hash(nonce)
}
