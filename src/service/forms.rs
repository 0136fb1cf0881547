//! The secure form (a Telegram Mini App served by the bot itself): where it lives under
//! `PUBLIC_URL`, and the one-time nonces that tie each opening of it to the prompt that
//! offered it: one chat, one user, one kind of secret, fifteen minutes, one successful use.
//! Only the nonce's hash is stored.

use teloxide::types::{ChatId, MessageId, UserId};
use url::Url;

use crate::{
    app::App,
    i18n::Lang,
    service::input::SecretKind,
    storage::{Db, StorageError, is_token, new_token, token_hash},
};

pub use crate::storage::forms::{FORM_MAX_TRIES, FORM_TTL_SECS, FormRefusal, GivenBack};

/// Random bytes in a form's nonce (32 characters in its URL).
const NONCE_BYTES: usize = 24;

/// Where the form lives: `PUBLIC_URL/form`, when the bot has a public URL.
#[derive(Debug, Clone, Default)]
pub struct FormLinks {
    public: Option<Url>,
}

impl FormLinks {
    /// Links under `public` (none when `None`: the form is offered only with a public URL).
    pub fn new(public: Option<Url>) -> Self {
        Self { public }
    }

    /// The form's path on the bot's HTTP server (`/bot/form` for `https://host/bot`).
    pub fn path(&self) -> Option<String> {
        self.public.as_ref().map(|public| crate::config::endpoint(public, &["form"]).path().into())
    }

    /// The URL a form button opens: the page, with the nonce, the kind of secret and the
    /// language to speak. Telegram appends its launch parameters in the fragment.
    fn url(&self, nonce: &str, kind: SecretKind, lang: Lang) -> Option<Url> {
        let mut url = crate::config::endpoint(self.public.as_ref()?, &["form"]);
        url.query_pairs_mut()
            .append_pair("kind", kind.code())
            .append_pair("lang", lang.code())
            .append_pair("nonce", nonce);
        Some(url)
    }
}

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
    /// The prompt that offered the form, to edit once the secret is taken.
    pub prompt: Option<MessageId>,
    /// Which claim of the nonce this is, for [`release`].
    pub claim: i64,
}

/// Makes a form for `user` to give a secret of `kind` to the conversation of `chat` (a
/// private chat); `None` when the bot has no public URL. It replaces the chat's earlier
/// unused forms: a conversation waits for one secret at a time.
pub async fn open(
    app: &App,
    (chat, user): (ChatId, UserId),
    kind: SecretKind,
    lang: Lang,
) -> Result<Option<FormTicket>, StorageError> {
    let nonce = new_token::<NONCE_BYTES>();
    let Some(url) = app.forms.url(&nonce, kind, lang) else { return Ok(None) };
    let nonce_hash = token_hash(&nonce);
    app.db.create_form_nonce(&nonce_hash, chat, user, kind.code()).await?;
    Ok(Some(FormTicket { nonce_hash, url }))
}

/// Binds a form to the prompt message that offers it.
pub async fn bind(app: &App, ticket: &FormTicket, prompt: MessageId) -> Result<(), StorageError> {
    app.db.attach_form_message(&ticket.nonce_hash, prompt).await
}

/// Whether `nonce` may be a live form's: well formed and stored. Asked before a submission's
/// body is read; the claim decides the rest.
pub async fn known(db: &Db, nonce: &str) -> Result<bool, StorageError> {
    Ok(is_token::<NONCE_BYTES>(nonce) && db.form_nonce_exists(&token_hash(nonce)).await?)
}

/// Claims a form's nonce for `user`: once, within fifteen minutes, only by the user it was
/// made for, and not after [`FORM_MAX_TRIES`] refused secrets.
pub async fn claim(
    app: &App,
    nonce: &str,
    user: UserId,
) -> Result<Result<Claimed, FormRefusal>, StorageError> {
    if !is_token::<NONCE_BYTES>(nonce) {
        return Ok(Err(FormRefusal::Unknown));
    }
    Ok(match app.db.claim_form_nonce(&token_hash(nonce), user).await? {
        Ok(row) => match SecretKind::from_code(&row.kind) {
            Some(kind) => Ok(Claimed {
                chat: ChatId(row.chat_id),
                kind,
                prompt: row.message_id.map(MessageId),
                claim: row.claim,
            }),
            None => Err(FormRefusal::Unknown),
        },
        Err(refusal) => Err(refusal),
    })
}

/// Gives a nonce back after the claim `claimed`, for another try with the same form; only
/// while that claim still holds it. A `refused` secret counts as one of the form's
/// [`FORM_MAX_TRIES`].
pub async fn release(
    app: &App,
    nonce: &str,
    claimed: &Claimed,
    refused: bool,
) -> Result<GivenBack, StorageError> {
    app.db.release_form_nonce(&token_hash(nonce), claimed.claim, refused).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_lives_under_the_public_url() {
        let public = Url::parse("https://host.example/bot").expect("url");
        let links = FormLinks::new(Some(public));
        assert_eq!(links.path().as_deref(), Some("/bot/form"));
        let url = links.url("n0nce", SecretKind::ModelKey, Lang::De).expect("a url");
        assert_eq!(
            url.as_str(),
            "https://host.example/bot/form?kind=model-key&lang=de&nonce=n0nce"
        );
        assert!(FormLinks::new(None).url("n0nce", SecretKind::ApiKey, Lang::En).is_none());
    }
}
