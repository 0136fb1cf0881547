//! Who may change things: in a private chat, its user; in a group, its admins only.
//!
//! The role is resolved once per update, upstream of the handlers, from getChatMember and kept
//! for a minute, so a busy group costs one lookup per member per minute.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use teloxide::{prelude::*, types::Update};

use super::TgBot;

/// How long a member's admin status is trusted.
const TTL: Duration = Duration::from_secs(60);

/// The sender's standing in the chat of the update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A private chat: its user owns everything in it.
    Private,
    /// A group's creator or administrator (or an anonymous admin).
    Admin,
    /// Anyone else in a group.
    Member,
}

impl Role {
    /// Whether the sender may change the chat's key and assistants.
    pub fn may_manage(self) -> bool {
        !matches!(self, Self::Member)
    }
}

/// Recently seen admin statuses, per (chat, user).
#[derive(Debug, Default)]
pub struct AdminCache {
    entries: Mutex<HashMap<(i64, u64), (bool, Instant)>>,
}

impl AdminCache {
    fn get(&self, chat: i64, user: u64) -> Option<bool> {
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries.get(&(chat, user)).filter(|(_, at)| at.elapsed() < TTL).map(|(admin, _)| *admin)
    }

    fn put(&self, chat: i64, user: u64, admin: bool) {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries.insert((chat, user), (admin, Instant::now()));
    }
}

/// Resolves the sender's role for `update`.
pub async fn resolve_role(update: Update, bot: TgBot, cache: Arc<AdminCache>) -> Option<Role> {
    let Some(chat) = update.chat() else { return Some(Role::Member) };
    if chat.is_private() {
        return Some(Role::Private);
    }
    // An anonymous admin writes as the group itself.
    if let teloxide::types::UpdateKind::Message(msg) = &update.kind
        && msg.sender_chat.as_ref().is_some_and(|c| c.id == chat.id)
    {
        return Some(Role::Admin);
    }
    let Some(user) = update.from() else { return Some(Role::Member) };
    if let Some(admin) = cache.get(chat.id.0, user.id.0) {
        return Some(if admin { Role::Admin } else { Role::Member });
    }
    let admin = match bot.get_chat_member(chat.id, user.id).await {
        Ok(member) => member.kind.is_privileged(),
        Err(e) => {
            // Unknown means no: a failed lookup must not grant rights.
            tracing::warn!(chat = chat.id.0, error = %e, "could not check a member's status");
            return Some(Role::Member);
        }
    };
    cache.put(chat.id.0, user.id.0, admin);
    Some(if admin { Role::Admin } else { Role::Member })
}
