//! Secrets arriving, whatever carries them: a pasted message, the Mini App form, a managed
//! bot's token fetched from Telegram. [`take`] is the one way in: a message is deleted first,
//! then the value is checked; a refusal of a pasted secret is answered in the chat, and the
//! caller only sees what was accepted. `bot::secrets` hands an [`Arrival`] to the
//! conversation that waits for it (`secrets::route`, the one route).
//!
//! Secrets are accepted in private chats only: in a group, see `team::leak`.

use secrecy::{ExposeSecret as _, SecretString};
use teloxide::{
    prelude::*,
    types::{Me, MessageId, User},
};

use super::{HandlerError, HandlerResult, context::Ctx};
use crate::{
    api::UpdateRequest,
    api::{ApiKey, mask},
    app::App,
    conversation::{Draft, SecretText},
    i18n::Lang,
    present::{errors, replies},
    service::{assistants::TokenBot, input::SecretKind, keys},
};

/// How a secret reached the bot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Carrier {
    /// Pasted as a message (deleted before it is read).
    Message(MessageId),
    /// Typed into the Mini App form: never a message.
    Form,
    /// Fetched from Telegram for a managed bot: never a message.
    ManagedBot {
        /// The managed bot's user id.
        bot_id: UserId,
    },
}

impl Carrier {
    /// The managed bot whose token this is, when it is one.
    pub fn managed_bot(self) -> Option<UserId> {
        match self {
            Self::ManagedBot { bot_id } => Some(bot_id),
            Self::Message(_) | Self::Form => None,
        }
    }
}

/// A secret for the conversation of `chat`, from `from`.
#[derive(Debug)]
pub struct Arrival {
    /// The chat whose conversation it is for (a private chat).
    pub chat: ChatId,
    /// Who sent it.
    pub from: User,
    /// The secret, trimmed.
    pub text: SecretString,
    /// What carried it.
    pub carrier: Carrier,
}

impl Arrival {
    /// The secret `msg` carries (its text; empty when it has none). `None` without a sender.
    pub fn from_message(msg: &Message) -> Option<Self> {
        let from = msg.from.clone()?;
        let text = SecretString::from(msg.text().unwrap_or_default().trim().to_owned());
        Some(Self { chat: msg.chat.id, from, text, carrier: Carrier::Message(msg.id) })
    }
}

/// What came of a secret handed to a conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivered {
    /// Checked, stored, and the conversation moved on (the chat was told). `masked` is
    /// `••••1234`.
    Accepted {
        /// The secret's last four characters behind dots.
        masked: String,
    },
    /// Refused, with the localized reason (sent to the chat only when pasted).
    Refused(String),
    /// The chat's conversation is not waiting for a secret of that kind from that user.
    NotAwaited,
}

/// A secret that passed its checks.
#[derive(Debug)]
pub enum Secret {
    /// An API key the service accepted.
    ApiKey(ApiKey),
    /// A bot token Telegram accepted, with the bot's @username.
    BotToken(SecretText, String),
    /// A model key of the right shape.
    ModelKey(SecretText),
}

impl Secret {
    /// The change an assistant's bot token or model key makes to its deployment, with the
    /// bot a token belongs to (`carrier` says whether this bot manages it); `None` for an API
    /// key.
    pub fn update(&self, carrier: Carrier) -> Option<(UpdateRequest, Option<TokenBot>)> {
        match self {
            Self::BotToken(token, username) => Some((
                UpdateRequest { telegram_bot_token: Some(token.0.clone()), ..Default::default() },
                Some(TokenBot { username: username.clone(), managed: carrier.managed_bot() }),
            )),
            Self::ModelKey(key) => Some((
                UpdateRequest { model_api_key: Some(key.0.clone()), ..Default::default() },
                None,
            )),
            Self::ApiKey(_) => None,
        }
    }

    /// Puts an assistant's bot token (with its bot) or model key into a wizard's `draft`.
    pub fn fill(&self, draft: &mut Draft, carrier: Carrier) {
        match self {
            Self::BotToken(token, username) => {
                draft.bot_token = Some(token.clone());
                draft.bot_username = Some(username.clone());
                draft.managed_bot = carrier.managed_bot().map(|id| id.0);
            }
            Self::ModelKey(key) => draft.model_key = Some(key.clone()),
            Self::ApiKey(_) => {}
        }
    }

    /// `••••1234`, for confirmations.
    pub fn masked(&self) -> String {
        match self {
            Self::ApiKey(key) => key.masked(),
            Self::BotToken(text, _) | Self::ModelKey(text) => mask(text.expose()),
        }
    }
}

/// What came of a secret taken in.
#[derive(Debug)]
pub struct Intake {
    /// The secret, or why it was refused (a pasted one's refusal was told already).
    pub secret: Result<Secret, String>,
    /// The line that says the message was deleted (or asks the user to delete it), to lead
    /// the caller's confirmation; `None` when no message carried the secret.
    pub deleted: Option<String>,
}

impl Intake {
    /// What came of it, as a [`Delivered`].
    pub fn outcome(self) -> Delivered {
        match self.secret {
            Ok(secret) => Delivered::Accepted { masked: secret.masked() },
            Err(why) => Delivered::Refused(why),
        }
    }

    /// `text` led by the deletion line, if there is one, `gap` between them.
    pub fn lead(&self, gap: &str, text: &str) -> String {
        lead(self.deleted.as_deref(), gap, text)
    }
}

/// `text`, after `first` and `gap` when there is a first line (the one saying a secret's
/// message was deleted, or why a secret was refused).
pub fn lead(first: Option<&str>, gap: &str, text: &str) -> String {
    match first {
        Some(first) => format!("{first}{gap}{text}"),
        None => text.to_owned(),
    }
}

/// Takes in the secret of `kind` that `arrival` carries: deletes its message, if any, checks
/// it, and on a refusal of a pasted one tells the user why (after the deletion line).
pub async fn take(
    cx: &Ctx<'_>,
    arrival: &Arrival,
    kind: SecretKind,
) -> Result<Intake, HandlerError> {
    let deleted = discard(cx, arrival).await;
    let secret = check(cx.app, cx.lang, kind, arrival.text.expose_secret()).await;
    let intake = Intake { secret, deleted };
    if let (Err(why), Some(_)) = (&intake.secret, &intake.deleted) {
        let gap = if kind == SecretKind::ApiKey { "\n\n" } else { "\n" };
        cx.bot.send_message(arrival.chat, intake.lead(gap, why)).await?;
    }
    Ok(intake)
}

/// Checks a secret of `kind`: the API key against the API, a bot token with `getMe`, a model
/// key's shape. A refusal comes back as the localized reason.
async fn check(app: &App, lang: Lang, kind: SecretKind, text: &str) -> Result<Secret, String> {
    match kind {
        SecretKind::ApiKey => {
            let key = ApiKey::new(text);
            keys::verify(&app.api, &key)
                .await
                .map(|()| Secret::ApiKey(key))
                .map_err(|e| errors::explain_key_refusal(lang, &app.dashboard(), &e))
        }
        SecretKind::BotToken => app
            .tokens
            .bot_token(text)
            .await
            .map(|(token, username)| Secret::BotToken(token, username))
            .map_err(|e| errors::explain_input(lang, &e)),
        SecretKind::ModelKey => crate::service::input::model_key(text)
            .map(Secret::ModelKey)
            .map_err(|e| errors::explain_input(lang, &e)),
    }
}

/// Deletes the user's message that carried a secret (in the chat of `cx`) and returns the
/// line that tells them so (or asks them to delete it, when the bot could not).
pub async fn delete(cx: &Ctx<'_>, message: MessageId) -> String {
    let (chat, lang) = (cx.chat, cx.lang);
    let deleted = match cx.bot.delete_message(chat, message).await {
        Ok(_) => true,
        Err(e) => {
            tracing::warn!(chat = chat.0, error = %e, "could not delete a message carrying a secret");
            false
        }
    };
    replies::secret_deleted(lang, deleted)
}

/// Deletes the message an arrival came in, if one did, and returns the deletion line.
async fn discard(cx: &Ctx<'_>, arrival: &Arrival) -> Option<String> {
    match arrival.carrier {
        Carrier::Message(id) => Some(delete(cx, id).await),
        Carrier::Form | Carrier::ManagedBot { .. } => None,
    }
}

/// Ends the conversation a secret was for when what it was for has gone meanwhile: deletes
/// the message that carried it (if any), leaves the conversation, and says that it is gone
/// (`wizard`: a group's wizard, else an assistant) after the deletion line.
pub async fn abandon(
    cx: &Ctx<'_>,
    arrival: &Arrival,
    wizard: bool,
) -> Result<Delivered, HandlerError> {
    let deleted = discard(cx, arrival).await;
    cx.dialogue.exit().await?;
    let gone = replies::secret_target_gone(cx.lang, wizard);
    let text = lead(deleted.as_deref(), "\n", &gone);
    cx.bot.send_message(arrival.chat, text).await?;
    Ok(Delivered::NotAwaited)
}

/// Tells a group that secrets are collected in private, with a button that opens the private
/// chat with the bot.
pub async fn redirect_to_private(cx: &Ctx<'_>, me: &Me) -> HandlerResult {
    let (text, markup) = replies::private_only(cx.lang, me.tme_url());
    cx.bot.send_message(cx.chat, text).reply_markup(markup).await?;
    Ok(())
}
