//! The assistant's bot, created from the chat: with Bot Management Mode on, the bot-token
//! step offers a reply-keyboard button that opens Telegram's own "create a bot" dialog,
//! prefilled with the assistant's name. When Telegram reports the new bot (a managed bot,
//! `crate::managed_bots`), its token is fetched and handed to the waiting conversation exactly
//! as a pasted one would be (`secrets::deliver`): the same getMe check, the same state change
//! and next step. The user never sees or types the token.
//!
//! Telegram says nothing when the user closes the dialog or is refused a bot (their limit):
//! the step simply stays, with both ways open, and what the user sends next is answered with
//! the way back (`wizard`). A token Telegram would not give is offered again with a button
//! that fetches it again, for the same bot.

use teloxide::{
    prelude::*,
    types::{ReplyMarkup, User},
};

use super::{
    HandlerResult,
    context::{self, Ctx},
    intake::{self, Arrival, Carrier, Delivered},
    secrets,
    start::stale,
};
use crate::{
    app::{App, TgBot},
    conversation::{Field, State, Step},
    i18n::Lang,
    managed_bots::{
        Event,
        methods::{self, KeyboardButtonRequestManagedBot, SendBotRequest},
        username::{suggested_name, suggested_username},
    },
    present::{
        buttons::Button,
        keyboard::{button, keyboard},
    },
    service::input::SecretKind,
};

/// Whether Bot Management Mode is on for the bot (asked each time: the owner can switch it
/// in @BotFather at any moment). Off when Telegram cannot say.
pub async fn available(bot: &TgBot) -> bool {
    match methods::can_manage_bots(bot.inner()).await {
        Ok(can) => can,
        Err(e) => {
            tracing::warn!(error = %e, "could not ask getMe for can_manage_bots; offering the paste way only");
            false
        }
    }
}

/// Offers, in the private chat `chat`, the button that creates the assistant's bot, with
/// `text` above it; `name` (the assistant's) prefills the dialog. Nothing in a group (the
/// button is for private chats only). Callers ask [`available`] first. Returns whether it
/// offered.
pub async fn offer(
    bot: &TgBot,
    chat: ChatId,
    lang: Lang,
    name: Option<&str>,
    text: String,
) -> HandlerResult {
    if !chat.is_user() {
        return Ok(());
    }
    let name = name.unwrap_or_default();
    let request = KeyboardButtonRequestManagedBot {
        // Unique within the message; Telegram does not send it back.
        request_id: 1,
        suggested_name: Some(suggested_name(name)).filter(|n| !n.is_empty()),
        suggested_username: Some(suggested_username(name, chat.0 as u32)),
    };
    let label = lang.t("btn-create-bot");
    bot.pace(SendBotRequest::new(chat, text, label, request)).await?;
    Ok(())
}

/// Takes the reply keyboard away (the step it belonged to is over), with `text`. A group,
/// where it is never offered, just gets `text`; in a private chat with none up, removing it
/// changes nothing.
pub async fn put_away(bot: &TgBot, chat: ChatId, text: String) -> HandlerResult {
    let message = bot.send_message(chat, text);
    if chat.is_user() {
        message.reply_markup(ReplyMarkup::kb_remove()).await?;
    } else {
        message.await?;
    }
    Ok(())
}

/// Telegram reported a managed bot (from the lane). A bot first reported is taken by its
/// creator's conversation if it waits for a bot token (else the creator is told it was left
/// alone); a bot reported again (the other report of a creation, a new token, a new owner)
/// changes nothing but its recorded owner.
pub async fn arrived(bot: TgBot, app: App, event: Event) -> HandlerResult {
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
    let code = event.creator.language_code.clone();
    let ctx = context::for_chat(&app, event.chat(), code.as_deref()).await?;
    if awaits_bot_token(&ctx.state, event.creator.id) {
        return take(&bot, &app, &event.creator, (managed, username), ctx.lang).await;
    }
    // Made with a button of a step since left (or through a link): say what became of it.
    let username = username.unwrap_or_default();
    let text = ctx.lang.t_args("newbot-unexpected", &[("username", username.into())]);
    put_away(&bot, event.chat(), text).await
}

/// "Try again" under a token Telegram did not give: fetches it again, for the bot's owner
/// only, while their conversation still waits for it.
pub async fn retry(
    bot: TgBot,
    query: CallbackQuery,
    ctx: Ctx,
    app: App,
    managed: u64,
) -> HandlerResult {
    let managed = UserId(managed);
    let recorded = app.db.managed_bot(managed).await?;
    let chat = query.message.as_ref().map(|m| m.chat().id);
    let username = match recorded {
        Some((owner, username)) if owner == query.from.id => username,
        _ => return stale(&bot, &query, &ctx).await,
    };
    if chat != Some(ChatId(query.from.id.0 as i64)) || !awaits_bot_token(&ctx.state, query.from.id)
    {
        return stale(&bot, &query, &ctx).await;
    }
    bot.answer_callback_query(query.id.clone()).await?;
    if let Some(message) = &query.message {
        // One press: the button goes.
        let _ = bot.edit_message_reply_markup(message.chat().id, message.id()).await;
    }
    take(&bot, &app, &query.from, (managed, username), ctx.lang).await
}

/// Whether `state` waits for a bot token from `user`: the wizard's token step, the private
/// side of a group's wizard or of a token edit, an edit of a token.
fn awaits_bot_token(state: &State, user: UserId) -> bool {
    match state {
        State::Wizard(wizard) => wizard.step == Step::BotToken && wizard.owner == user.0,
        // The group's wizard itself says whether it is at the token step (`deliver` asks it).
        State::GroupSecrets { .. } => true,
        State::GroupEdit { field, .. } => *field == Field::BotToken,
        State::Editing(session) => session.field == Field::BotToken && session.owner == user.0,
        _ => false,
    }
}

/// Fetches the token of the managed bot (its id and @username) and hands it to `creator`'s
/// conversation as a bot token.
async fn take(
    bot: &TgBot,
    app: &App,
    creator: &User,
    (managed, username): (UserId, Option<String>),
    lang: Lang,
) -> HandlerResult {
    let chat = ChatId(creator.id.0 as i64);
    let why = match methods::token(bot.inner(), managed).await {
        Ok(token) => {
            let carrier = Carrier::ManagedBot { bot_id: managed };
            let arrival = Arrival { chat, from: creator.clone(), text: token, carrier };
            match secrets::deliver(bot, app, arrival, SecretKind::BotToken).await? {
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
    let failed = lang.t_args("newbot-token-failed", &[("username", username.into())]);
    let text = intake::lead(why.as_deref(), "\n", &failed);
    let again = button(lang.t("btn-try-again"), &Button::FetchBotToken(managed.0));
    bot.send_message(chat, text).reply_markup(keyboard(vec![vec![again]])).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conversation::{Draft, EditSession, Wizard};

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
