//! A group upgraded to a supergroup: Telegram says so in both chats (the old one gets
//! `migrate_to_chat_id`, the new one `migrate_from_chat_id`), in either order. Either message
//! moves everything to the new id, once, and the new chat hears one line about it.

use teloxide::prelude::*;

use crate::{
    app::{App, TgBot},
    bot::HandlerResult,
    present::team,
    service::groups,
};

/// The move a service message announces: (old id, new id).
pub fn announced(msg: &Message) -> Option<(ChatId, ChatId)> {
    if let Some(new) = msg.migrate_to_chat_id() {
        return Some((msg.chat.id, *new));
    }
    msg.migrate_from_chat_id().map(|old| (*old, msg.chat.id))
}

/// Moves the group's data from `old` to `new` and says so in the new chat. (No context: a
/// move needs no conversation.)
pub async fn on_upgrade(bot: &TgBot, app: &App, old: ChatId, new: ChatId) -> HandlerResult {
    if groups::moved(&app.db, &app.dialogues, old, new).await? {
        let lang = app.chat_lang(new).await;
        bot.send_message(new, team::upgraded(lang)).await?;
    }
    Ok(())
}
