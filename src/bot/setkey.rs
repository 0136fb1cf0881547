//! /setkey and /forgetkey: the chat's Assistants API key.

use secrecy::SecretString;
use teloxide::{prelude::*, types::Me};

use super::{
    HandlerError, HandlerResult,
    context::Ctx,
    form,
    intake::{self, Arrival, Delivered, Secret},
    shared::audit,
    shared::handoff,
};
use crate::{
    conversation::State,
    present::{
        replies, team,
        wizard::{Ask, secret_prompt},
    },
    service::{
        audit::Audited,
        groups,
        handoff::{HANDOFF_TTL_SECS, Purpose},
        input::SecretKind,
        keys,
    },
};

/// /setkey, with the key inline or asked for next. In a group the key is collected in a
/// private chat through a one-time link (a key pasted inline was already removed from sight:
/// `team::leak`). A key inline with the command needs no conversation to wait for it: the
/// command itself brings it.
pub async fn setkey(cx: &Ctx<'_>, msg: &Message, me: &Me, inline: &str) -> HandlerResult {
    let lang = cx.lang;
    if !msg.chat.is_private() {
        let Some(admin) = cx.actor else { return Ok(()) };
        let who = audit::actor(admin).name;
        let text = team::key_offer(lang, who, HANDOFF_TTL_SECS / 60);
        return handoff::offer(cx, me, Purpose::Key, text).await;
    }
    if inline.trim().is_empty() {
        cx.dialogue.update(State::AwaitingApiKey).await?;
        let Some(user) = cx.actor else { return Ok(()) };
        return ask_key(cx, user.id).await;
    }
    let Some(mut arrival) = Arrival::from_message(msg) else { return Ok(()) };
    // The key is what follows the command, not the whole message.
    arrival.text = SecretString::from(inline.trim().to_owned());
    receive_key(cx, &arrival, None).await.map(drop)
}

/// A message after /setkey asked for the key.
pub async fn on_text(cx: &Ctx<'_>, msg: &Message) -> HandlerResult {
    let Some(arrival) = msg.text().and_then(|_| Arrival::from_message(msg)) else {
        let Some(user) = cx.actor else { return Ok(()) };
        return ask_key(cx, user.id).await;
    };
    receive_key(cx, &arrival, None).await.map(drop)
}

/// Asks `user` for the key in the private chat of `cx` (offering the secure form).
pub(crate) async fn ask_key(cx: &Ctx<'_>, user: UserId) -> HandlerResult {
    let text = secret_prompt(cx.lang, Ask::ApiKey { dashboard: &cx.app.dashboard() });
    form::ask(cx, user, form::Prompt::plain(SecretKind::ApiKey, text)).await
}

/// The key, sent after /setkey asked for it (or inline with the command, or through the form).
/// For a group's key (`group`, handed off to this private chat) it is the group's that is
/// set, and the group's log says who did it.
pub async fn receive_key(
    cx: &Ctx<'_>,
    arrival: &Arrival,
    group: Option<i64>,
) -> Result<Delivered, HandlerError> {
    let app = cx.app;
    // The message goes before the state changes: a replay after a crash in between finds
    // the change unapplied and deletes it again (`bot::replay`).
    let intake = intake::take(cx, arrival, SecretKind::ApiKey).await?;
    // A pasted key ends the question either way (a refusal says how to ask again); one the
    // form refused leaves it open, since the form shows why and can be sent again.
    let Ok(Secret::ApiKey(key)) = &intake.secret else {
        if intake.deleted.is_some() {
            cx.dialogue.exit().await?;
        }
        return Ok(intake.outcome());
    };
    let masked = key.masked();
    let saved = match group {
        None => {
            app.db.set_api_key(arrival.chat, key).await?;
            replies::key_saved(cx.lang, masked, false)
        }
        Some(group) => {
            let group = groups::current(&app.db, ChatId(group)).await?;
            app.db.set_api_key(group, key).await?;
            let group_lang = app.chat_lang(group).await;
            audit::record(cx, group, group_lang, Audited::KeySet, &masked).await?;
            replies::key_saved(cx.lang, masked, true)
        }
    };
    // Only once the key is saved: the end is what a replay after a crash goes by.
    cx.dialogue.exit().await?;
    cx.bot.send_message(arrival.chat, intake.lead("\n\n", &saved)).await?;
    Ok(intake.outcome())
}

/// /forgetkey (in a group: admins only, and the group is told who did it).
pub async fn forgetkey(cx: &Ctx<'_>) -> HandlerResult {
    let forgotten = keys::forget(&cx.app.db, cx.chat).await?;
    cx.bot.send_message(cx.chat, replies::key_forgotten(cx.lang, forgotten)).await?;
    if forgotten {
        audit::record(cx, cx.chat, cx.lang, Audited::KeyRemoved, "").await?;
    }
    Ok(())
}
