//! The assistant's bot, created from the chat: with Bot Management Mode on, the bot-token step
//! offers a reply-keyboard button that opens Telegram's own "create a bot" dialog, prefilled with
//! the assistant's name (`shared::newbot`). When Telegram reports the new bot (a managed bot,
//! `crate::managed_bots`), its token is fetched and handed to the waiting conversation exactly as a
//! pasted one would be (`secrets::deliver`): the same getMe check, the same state change and next
//! step. The user never sees or types the token.
//!
//! Telegram says nothing when the user closes the dialog or is refused a bot (their limit): the
//! step simply stays, with both ways open, and what the user sends next is answered with the way
//! back (`wizard`). A token Telegram would not give is offered again with a button that fetches it
//! again, for the same bot.
//!
//! This module is the managed bots' lane (`bot::lane`) and its Try again: like `secrets`, it
//! routes, and no conversation imports it.

use teloxide::{prelude::*, types::User};

use super::{
    HandlerResult,
    context::{self, Ctx},
    intake::{self, Arrival, Carrier, Delivered},
    secrets,
    shared::{self, newbot::put_away},
};
use crate::{
    app::{App, TgBot},
    conversation::State,
    managed_bots::{Event, methods},
    present::bots,
    service::input::SecretKind,
};

/// Telegram reported a managed bot (from the lane). A bot first reported is taken by its
/// creator's conversation if it waits for a bot token (else the creator is told it was left
/// alone); a bot reported again (the other report of a creation, a new token, a new owner)
/// changes nothing but its recorded owner.
pub async fn arrived(bot: &TgBot, app: &App, event: &Event) -> HandlerResult {
    let managed = event.bot.id;
    let known = app.db.managed_bot(managed).await?.is_some();
    let username = event.bot.username.clone();
    // Recorded before anything is said, so that a Try again finds its owner. (A crash right
    // after this leaves the bot to its owner: the replayed report finds it known, and the
    // step still offers both ways.)
    app.db.record_managed_bot(managed, event.creator.id, username.as_deref()).await?;
    if known {
        tracing::info!(
            bot = managed.0,
            "a managed bot was reported again (its token or owner changed, or a second report)"
        );
        return Ok(());
    }
    // The lane's one context, for the creator's private chat.
    let cx = context::for_chat(bot, app, event.chat(), &event.creator).await?;
    if awaits_bot_token(&cx.state, event.creator.id) {
        return take(&cx, &event.creator, managed, username).await;
    }
    // Made with a button of a step since left (or through a link): say what became of it.
    let username = username.unwrap_or_default();
    let text = bots::unexpected(cx.lang, &username);
    put_away(&cx, text).await
}

/// "Try again" under a token Telegram did not give: fetches it again, for the bot's owner
/// only, while their conversation still waits for it.
pub async fn retry(cx: &Ctx<'_>, query: &CallbackQuery, managed: u64) -> HandlerResult {
    let managed = UserId(managed);
    let recorded = cx.app.db.managed_bot(managed).await?;
    let chat = query.message.as_ref().map(|m| m.chat().id);
    let username = match recorded {
        Some((owner, username)) if owner == query.from.id => username,
        _ => return shared::stale(cx, query).await,
    };
    if chat != Some(ChatId(query.from.id.0 as i64)) || !awaits_bot_token(&cx.state, query.from.id) {
        return shared::stale(cx, query).await;
    }
    cx.bot.answer_callback_query(query.id.clone()).await?;
    if let Some(message) = &query.message {
        // One press: the button goes.
        let _ = cx.bot.edit_message_reply_markup(message.chat().id, message.id()).await;
    }
    take(cx, &query.from, managed, username).await
}

/// Whether `state` waits for a bot token from `user` (`secrets::awaited`, the one check): the
/// wizard's token step, the private side of a group's wizard or of a token edit, an edit of a
/// token. (The group's wizard itself says whether it is at the token step: `deliver` asks it.)
fn awaits_bot_token(state: &State, user: UserId) -> bool {
    secrets::awaited(state, user, Some(SecretKind::BotToken)).is_some()
}

/// Fetches the token of the managed bot (its id and @username) and hands it to `creator`'s
/// conversation as a bot token.
async fn take(
    cx: &Ctx<'_>,
    creator: &User,
    managed: UserId,
    username: Option<String>,
) -> HandlerResult {
    let (bot, lang) = (cx.bot, cx.lang);
    let chat = ChatId(creator.id.0 as i64);
    let why = match methods::token(bot.inner(), managed).await {
        Ok(token) => {
            let carrier = Carrier::ManagedBot { bot_id: managed };
            let arrival = Arrival { chat, from: creator.clone(), text: token, carrier };
            match secrets::deliver(bot, cx.app, arrival, SecretKind::BotToken).await? {
                // Confirmed, and the conversation's next step asked.
                Delivered::Accepted { .. } => return Ok(()),
                Delivered::NotAwaited => {
                    tracing::info!(
                        bot = managed.0,
                        "a managed bot arrived after its step was left"
                    );
                    return Ok(());
                }
                Delivered::Refused(why) => Some(why),
            }
        }
        Err(e) => {
            tracing::warn!(bot = managed.0, error = %e, "getManagedBotToken failed");
            None
        }
    };
    let username = username.unwrap_or_default();
    let (failed, markup) = bots::token_failed(lang, &username, managed.0);
    let text = intake::lead(why.as_deref(), "\n", &failed);
    bot.send_message(chat, text).reply_markup(markup).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conversation::{Draft, EditSession, Field, Step, Wizard};

    #[test]
    fn only_a_step_that_waits_for_a_token_from_that_user_takes_the_bot() {
        let wizard = |step, owner| {
            State::Wizard(Wizard {
                id: 1,
                owner,
                step,
                draft: Draft::default(),
                slot: None,
                keyboard: false,
                submitted_at: None,
            })
        };
        let ann = UserId(42);
        assert!(awaits_bot_token(&wizard(Step::BotToken, 42), ann));
        assert!(!awaits_bot_token(&wizard(Step::BotToken, 7), ann), "someone else's");
        assert!(!awaits_bot_token(&wizard(Step::Model, 42), ann), "a step since left");
        assert!(!awaits_bot_token(&State::Idle, ann));
        assert!(!awaits_bot_token(&State::AwaitingApiKey, ann));
        let edit = |field| {
            State::Editing(EditSession { id: 1, owner: 42, handle: 1, field, provider: None })
        };
        assert!(awaits_bot_token(&edit(Field::BotToken), ann));
        assert!(!awaits_bot_token(&edit(Field::Name), ann));
        assert!(awaits_bot_token(&State::GroupSecrets { group: -5 }, ann));
    }
}
