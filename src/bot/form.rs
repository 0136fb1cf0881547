//! Secret prompts with the secure form: in a private chat, when the bot has a public URL, a
//! prompt for a secret offers the form (a `web_app` button, which Telegram allows only
//! there) next to pasting, bound to the prompt's message so the form can mark it answered.
//! Groups never get the button: their secrets go to a private chat first (`team::handoff`),
//! whose prompts offer it.

use teloxide::{prelude::*, types::InlineKeyboardButton};

use super::{HandlerResult, context::Ctx};
use crate::{
    present::{forms, keyboard::keyboard},
    service::{forms as links, input::SecretKind},
};

/// A question for a secret: its kind, its text and the buttons under it.
#[derive(Debug)]
pub struct Prompt {
    /// What it asks for.
    pub kind: SecretKind,
    /// The question.
    pub text: String,
    /// Buttons under it (Back, Cancel…), after the form's.
    pub rows: Vec<Vec<InlineKeyboardButton>>,
}

impl Prompt {
    /// A question with no buttons of its own.
    pub fn plain(kind: SecretKind, text: String) -> Self {
        Self { kind, text, rows: Vec::new() }
    }
}

/// Sends `prompt` to `user` in the chat of `cx`, with the secure form when the chat is private
/// and the bot has a public URL.
pub async fn ask(cx: &Ctx<'_>, user: UserId, prompt: Prompt) -> HandlerResult {
    let (app, chat, lang) = (cx.app, cx.chat, cx.lang);
    let Prompt { kind, mut text, mut rows } = prompt;
    let ticket = if chat.is_user() {
        links::open(&app.db, &app.forms, chat, user, kind, lang).await?
    } else {
        None
    };
    if let Some(ticket) = &ticket {
        text = format!("{text}\n\n{}", forms::offer(lang));
        rows.insert(0, vec![forms::button(lang, ticket.url.clone())]);
    }
    let request = cx.bot.send_message(chat, text);
    let sent =
        if rows.is_empty() { request.await? } else { request.reply_markup(keyboard(rows)).await? };
    if let Some(ticket) = &ticket {
        links::bind(&app.db, ticket, sent.id.0).await?;
    }
    Ok(())
}
