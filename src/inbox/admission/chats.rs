//! Every chat's place in admission: which update goes to the dispatcher, which waits, which
//! is shed. Decisions only, without I/O: [`super::Admission`] acts on them.

use std::{
    collections::{HashMap, VecDeque},
    time::{Duration, Instant},
};

use teloxide::types::{Update, UpdateKind};

/// How many updates of one chat may wait behind the one at the dispatcher.
pub const BACKLOG: usize = 16;
/// How many updates all chats may hold together, at the dispatcher or waiting.
pub const MAX_HELD: usize = 20_000;
/// A chat hears at most one "slow down" notice this often.
pub const NOTICE_EVERY: Duration = Duration::from_secs(60);
/// How many repeats a chat may fold before its handler is done before it is asked to slow
/// down (a double tap is not a flood).
pub const FOLDS_BEFORE_NOTICE: u32 = 3;
/// An update at the dispatcher this long is taken as lost (a handler that never reported
/// back): the chat's next goes on, rather than the chat waiting for ever.
pub const STUCK: Duration = Duration::from_secs(10 * 60);

/// How many chats' last notice is remembered before the ones older than [`NOTICE_EVERY`] are
/// forgotten.
const NOTICES_KEPT: usize = 10_000;

/// What a repeat is recognised by: the same sender, with the same command or the same button.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Fold {
    Command { from: u64, text: String },
    Press { from: u64, data: String },
}

/// An update waiting in its chat's backlog.
#[derive(Debug)]
struct Waiting {
    update: Update,
    from: Option<u64>,
    fold: Option<Fold>,
}

/// One chat's place: the update at the dispatcher (its id, since when) and those behind it.
#[derive(Debug, Default)]
struct Chat {
    busy: Option<(i64, Instant)>,
    backlog: VecDeque<Waiting>,
    /// Repeats folded since the chat's last update was handled.
    folds: u32,
}

/// An update not taken.
#[derive(Debug)]
pub(super) struct Shed {
    /// The update.
    pub update: Update,
    /// Dropped (`true`) or folded into one waiting (`false`).
    pub dropped: bool,
    /// The chat is to hear the "slow down" notice now.
    pub notice: bool,
}

/// What came of an offered update.
#[derive(Debug, Default)]
pub(super) struct Offer {
    /// To hand to the dispatcher now (the offered update, or one that waited).
    pub dispatch: Option<Update>,
    /// The offered update, not taken.
    pub shed: Option<Shed>,
}

/// The sizes the state keeps to (the constants above; tests use smaller ones).
#[derive(Debug, Clone, Copy)]
pub(super) struct Bounds {
    pub backlog: usize,
    pub max_held: usize,
    pub notice_every: Duration,
    pub folds_before_notice: u32,
    pub stuck: Duration,
}

impl Default for Bounds {
    fn default() -> Self {
        Self {
            backlog: BACKLOG,
            max_held: MAX_HELD,
            notice_every: NOTICE_EVERY,
            folds_before_notice: FOLDS_BEFORE_NOTICE,
            stuck: STUCK,
        }
    }
}

/// Every chat's place: the decisions, without any I/O ([`super::Admission`] acts on them).
#[derive(Debug, Default)]
pub(super) struct Chats {
    bounds: Bounds,
    chats: HashMap<i64, Chat>,
    /// The chat of each update at the dispatcher.
    busy: HashMap<i64, i64>,
    /// Updates at the dispatcher or waiting, over all chats.
    held: usize,
    /// When each chat last heard the notice.
    noticed: HashMap<i64, Instant>,
}

/// The key admission counts by: the chat, or for a press on a message the bot cannot see
/// (inline mode), its sender (as `bot::context` keys its conversation).
pub(super) fn chat_of(update: &Update) -> Option<i64> {
    update.chat().map(|c| c.id.0).or_else(|| update.from().map(|u| u.id.0 as i64))
}

/// What makes `update` a repeat of another: a bare command's text (no argument: one with an
/// argument may carry a secret that its own handler must delete) or a button's data, with its
/// sender. Anything else is never folded.
fn fold_of(update: &Update) -> Option<Fold> {
    match &update.kind {
        UpdateKind::Message(msg) => {
            let text = msg.text()?.trim();
            let from = msg.from.as_ref()?.id.0;
            let bare = text.starts_with('/') && !text.contains(char::is_whitespace);
            bare.then(|| Fold::Command { from, text: text.to_owned() })
        }
        UpdateKind::CallbackQuery(query) => {
            Some(Fold::Press { from: query.from.id.0, data: query.data.clone()? })
        }
        _ => None,
    }
}

/// Updates Telegram itself sends about a chat (a member's status, a group's move to a
/// supergroup): never shed, since no later update says them again. Nobody can send them
/// faster than Telegram makes them.
fn never_shed(update: &Update) -> bool {
    match &update.kind {
        UpdateKind::ChatMember(_) | UpdateKind::MyChatMember(_) => true,
        UpdateKind::Message(msg) => {
            msg.migrate_to_chat_id().is_some() || msg.migrate_from_chat_id().is_some()
        }
        _ => false,
    }
}

impl Chats {
    /// Empty, keeping to `bounds`.
    pub fn new(bounds: Bounds) -> Self {
        Self { bounds, ..Self::default() }
    }

    /// Decides what becomes of `update`, arriving at `now`.
    pub fn offer(&mut self, update: Update, now: Instant) -> Offer {
        let Some(key) = chat_of(&update) else {
            // No chat and no sender: nothing to count it by. The dispatcher gives such an
            // update no worker of a chat (its default worker runs them side by side).
            return Offer { dispatch: Some(update), shed: None };
        };
        let from = update.from().map(|u| u.id.0);
        let fold = fold_of(&update);
        let bounds = self.bounds;
        let chat = self.chats.entry(key).or_default();
        let mut offer = Offer::default();
        if let Some((id, since)) = chat.busy
            && now.saturating_duration_since(since) >= bounds.stuck
        {
            tracing::warn!(chat = key, update_id = id, "an update was never reported handled");
            self.busy.remove(&id);
            self.held -= 1;
            chat.busy = None;
            if let Some(next) = chat.backlog.pop_front() {
                offer.dispatch = Some(start(chat, &mut self.busy, key, next.update, now));
            }
        }
        // A repeat of what its sender last sent, still waiting: "/start /cancel /start" is
        // kept whole, "/help /help" folds.
        let last_of_sender = chat.backlog.iter().rev().find(|w| w.from == from);
        if let Some(fold) = &fold
            && last_of_sender.is_some_and(|w| w.fold.as_ref() == Some(fold))
        {
            chat.folds += 1;
            let notice = chat.folds >= bounds.folds_before_notice
                && noticed(&mut self.noticed, key, now, bounds.notice_every);
            offer.shed = Some(Shed { update, dropped: false, notice });
            return offer;
        }
        let full = chat.busy.is_some() && chat.backlog.len() >= bounds.backlog;
        if (full || self.held >= bounds.max_held) && !never_shed(&update) {
            let notice = noticed(&mut self.noticed, key, now, bounds.notice_every);
            offer.shed = Some(Shed { update, dropped: true, notice });
        } else if chat.busy.is_none() {
            self.held += 1;
            offer.dispatch = Some(start(chat, &mut self.busy, key, update, now));
        } else {
            self.held += 1;
            chat.backlog.push_back(Waiting { update, from, fold });
        }
        if chat.busy.is_none() && chat.backlog.is_empty() {
            self.chats.remove(&key);
        }
        offer
    }

    /// Remembers that `chat` heard the notice at `at` (before a restart).
    pub fn noticed_at(&mut self, chat: i64, at: Instant) {
        self.noticed.insert(chat, at);
    }

    /// Update `id` was handled: the next update of its chat, to hand to the dispatcher, if
    /// one waits. An id not at the dispatcher (a shed one, a lane's) changes nothing.
    pub fn finished(&mut self, id: i64, now: Instant) -> Option<Update> {
        let key = self.busy.remove(&id)?;
        self.held -= 1;
        let chat = self.chats.get_mut(&key)?;
        chat.busy = None;
        chat.folds = 0;
        match chat.backlog.pop_front() {
            Some(next) => Some(start(chat, &mut self.busy, key, next.update, now)),
            None => {
                self.chats.remove(&key);
                None
            }
        }
    }

    /// Updates at the dispatcher or waiting.
    #[cfg(test)]
    pub fn held(&self) -> usize {
        self.held
    }
}

/// Marks `update` as `chat`'s one at the dispatcher and returns it, to be handed over.
fn start(
    chat: &mut Chat,
    busy: &mut HashMap<i64, i64>,
    key: i64,
    update: Update,
    now: Instant,
) -> Update {
    let id = i64::from(update.id.0);
    chat.busy = Some((id, now));
    busy.insert(id, key);
    update
}

/// Whether `chat` is due a notice at `now` (none within `every`); if so, remembers it.
fn noticed(noticed: &mut HashMap<i64, Instant>, chat: i64, now: Instant, every: Duration) -> bool {
    if noticed.get(&chat).is_some_and(|at| now.saturating_duration_since(*at) < every) {
        return false;
    }
    if noticed.len() >= NOTICES_KEPT {
        noticed.retain(|_, at| now.saturating_duration_since(*at) < every);
        if noticed.len() >= NOTICES_KEPT {
            // Ten thousand chats told within one interval: forget them all rather than grow
            // (one of them may then hear a second notice within the interval).
            noticed.clear();
        }
    }
    noticed.insert(chat, now);
    true
}
