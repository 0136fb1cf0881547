//! The one context of an update, built once upstream of every handler ([`resolve`]): the bot,
//! the app, the chat, who acts, the language to answer in, the chat's conversation, and
//! whether a replayed update was applied already. What comes with no update (a secret from the
//! form, a managed bot's report) gets the same context from [`for_chat`]. Handlers take it by
//! reference. (Whether the sender may change things is the admin gate's question, asked only
//! of updates that need it: `team::guard`.)

use std::fmt;

use teloxide::{
    dispatching::dialogue::Dialogue,
    types::{ChatId, Update, User},
};

use crate::{
    app::{App, TgBot},
    conversation::State,
    i18n::Lang,
    storage::{StorageError, dialogues::ForUpdate},
};

/// The dialogue handle handlers receive: each state it writes records the update as applied.
pub type ChatDialogue = Dialogue<State, ForUpdate<State>>;

/// What every handler knows about its update.
#[derive(Clone)]
pub struct Ctx<'a> {
    /// The bot.
    pub bot: &'a TgBot,
    /// The shared app.
    pub app: &'a App,
    /// The chat the update belongs to (for a press on a message the bot cannot see, its
    /// sender's private chat).
    pub chat: ChatId,
    /// Who sent it, when someone did.
    pub actor: Option<&'a User>,
    /// The language to answer in.
    pub lang: Lang,
    /// The chat's conversation.
    pub dialogue: ChatDialogue,
    /// Where that conversation is.
    pub state: State,
    /// The update is a replay (after a crash) of one whose state change the chat already
    /// applied: it must not be applied again (`bot::replay`).
    pub applied: bool,
    /// That replay is the chat's last applied update (the one its state comes from).
    pub latest: bool,
}

// Not derived: the bot's Debug prints its token.
impl fmt::Debug for Ctx<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Ctx")
            .field("chat", &self.chat)
            .field("actor", &self.actor.map(|u| u.id))
            .field("lang", &self.lang)
            .field("state", &self.state)
            .field("applied", &self.applied)
            .field("latest", &self.latest)
            .finish_non_exhaustive()
    }
}

impl Ctx<'_> {
    /// The id of who acts (0 when nobody does: no conversation has that owner).
    pub fn actor_id(&self) -> u64 {
        self.actor.map_or(0, |u| u.id.0)
    }
}

/// The chat whose conversation `update` belongs to: its chat, or for a press on a message the
/// bot cannot see, its sender's private chat.
pub fn chat_of(update: &Update) -> Option<ChatId> {
    update.chat().map(|c| c.id).or_else(|| update.from().map(|u| ChatId(u.id.0 as i64)))
}

/// Resolves the context of `update`. A press on a message the bot cannot see (inline mode)
/// has no chat: it gets its sender's private conversation, which handlers only read.
pub async fn resolve<'a>(bot: &'a TgBot, app: &'a App, update: &'a Update) -> Option<Ctx<'a>> {
    let from = update.from();
    let chat = chat_of(update)?;
    let id = i64::from(update.id.0);
    let replay = app.inbox.is_replay(id);
    // No flood check here: admission (`inbox::admission`) already let this update through at
    // its chat's pace, and told the chat about anything it shed; dropping it now would be
    // silent.
    let lang = app.lang_for(Some(chat), from.and_then(|u| u.language_code.as_deref())).await;
    let dialogue = ChatDialogue::new(ForUpdate::new(app.dialogues.clone(), id), chat);
    // `get`, not `get_or_default`: that one writes the default, which would record this
    // update as applied before any handler changed anything.
    let state = match dialogue.get().await {
        Ok(state) => state.unwrap_or_default(),
        Err(e) => {
            tracing::error!(chat = chat.0, error = %e, "could not read a conversation");
            return None;
        }
    };
    // Only a replay can have been applied, so only a replay pays for the look-up.
    let last_applied = if replay {
        match app.db.applied_update(chat).await {
            Ok(applied) => applied,
            Err(e) => {
                tracing::error!(chat = chat.0, error = %e, "could not read the chat's applied update");
                return None;
            }
        }
    } else {
        None
    };
    let applied = last_applied.is_some_and(|applied| id <= applied);
    let latest = last_applied == Some(id);
    Some(Ctx { bot, app, chat, actor: from, lang, dialogue, state, applied, latest })
}

/// The context of `chat` for a change `actor` makes without an update (a secret from the Mini
/// App form, a managed bot's token): nothing to replay, so nothing applied.
pub async fn for_chat<'a>(
    bot: &'a TgBot,
    app: &'a App,
    chat: ChatId,
    actor: &'a User,
) -> Result<Ctx<'a>, StorageError> {
    let lang = app.lang_for(Some(chat), actor.language_code.as_deref()).await;
    let dialogue = ChatDialogue::new(ForUpdate::direct(app.dialogues.clone()), chat);
    let state = app.dialogues.read(chat).await?.unwrap_or_default();
    let actor = Some(actor);
    Ok(Ctx { bot, app, chat, actor, lang, dialogue, state, applied: false, latest: false })
}
