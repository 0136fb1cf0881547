//! /setkey and /forgetkey: the chat's Assistants API key.

use secrecy::SecretString;
use teloxide::{prelude::*, types::Me};

use super::{
    HandlerError, HandlerResult,
    context::Ctx,
    form,
    intake::{self, Arrival, Delivered, Incoming, Secret},
    team::{audit, handoff},
};
use crate::{
    app::{App, TgBot},
    conversation::State,
    i18n::Lang,
    present::wizard::secret_prompt,
    service::{audit::Audited, groups, handoff::Purpose, input::SecretKind, keys},
};

/// /setkey, with the key inline or asked for next. In a group the key is collected in a
/// private chat through a one-time link (a key pasted inline was already removed from sight:
/// `team::leak`).
pub async fn setkey(
    bot: TgBot,
    msg: Message,
    ctx: Ctx,
    app: App,
    me: Me,
    inline: String,
) -> HandlerResult {
    let lang = ctx.lang;
    if !msg.chat.is_private() {
        let Some(admin) = msg.from.as_ref() else { return Ok(()) };
        let who = audit::actor(admin).name;
        let text = lang.t_args("handoff-offer", &[("who", who.into())]);
        let to = (msg.chat.id, admin);
        return handoff::offer(&bot, &app, &me, to, Purpose::Key, text, lang).await;
    }
    if inline.trim().is_empty() {
        ctx.dialogue.update(State::AwaitingApiKey).await?;
        let Some(user) = msg.from.as_ref() else { return Ok(()) };
        return ask_key(&bot, &app, (msg.chat.id, user.id), lang).await;
    }
    let Some(mut arrival) = Arrival::from_message(&msg) else { return Ok(()) };
    // The key is what follows the command, not the whole message.
    arrival.text = SecretString::from(inline.trim().to_owned());
    let incoming = Incoming { bot: &bot, app: &app, arrival, kind: None, ctx };
    receive_key(incoming, None).await.map(drop)
}

/// A message after /setkey asked for the key.
pub async fn on_text(bot: TgBot, msg: Message, ctx: Ctx, app: App) -> HandlerResult {
    let Some(arrival) = msg.text().and_then(|_| Arrival::from_message(&msg)) else {
        let Some(user) = msg.from.as_ref() else { return Ok(()) };
        return ask_key(&bot, &app, (msg.chat.id, user.id), ctx.lang).await;
    };
    let incoming = Incoming { bot: &bot, app: &app, arrival, kind: None, ctx };
    receive_key(incoming, None).await.map(drop)
}

/// Asks `user` for the key in the private chat `chat` (offering the secure form).
pub(crate) async fn ask_key(
    bot: &TgBot,
    app: &App,
    to: (ChatId, UserId),
    lang: Lang,
) -> HandlerResult {
    let text = secret_prompt(lang, SecretKind::ApiKey, None);
    form::ask(bot, app, to, lang, form::Prompt::plain(SecretKind::ApiKey, text)).await
}

/// The key, sent after /setkey asked for it (or inline with the command, or through the form).
/// For a group's key (`group`, handed off to this private chat) it is the group's that is
/// set, and the group's log says who did it.
pub async fn receive_key(
    incoming: Incoming<'_>,
    group: Option<i64>,
) -> Result<Delivered, HandlerError> {
    let Incoming { bot, app, arrival, ctx, .. } = incoming;
    // The message goes before the state changes: a replay after a crash in between finds
    // the change unapplied and deletes it again (`bot::replay`).
    let intake = intake::take(bot, app, &arrival, ctx.lang, SecretKind::ApiKey).await?;
    // A pasted key ends the question either way (a refusal says how to ask again); one the
    // form refused leaves it open, since the form shows why and can be sent again.
    let Ok(Secret::ApiKey(key)) = &intake.secret else {
        if intake.deleted.is_some() {
            ctx.dialogue.exit().await?;
        }
        return Ok(intake.outcome());
    };
    let masked = key.masked();
    let saved = match group {
        None => {
            app.db.set_api_key(arrival.chat, key).await?;
            ctx.lang.t_args("key-saved", &[("masked", masked.into())])
        }
        Some(group) => {
            let group = groups::current(app, ChatId(group)).await?;
            app.db.set_api_key(group, key).await?;
            let group_lang = app.chat_lang(group).await;
            audit::record(bot, app, group, &arrival.from, Audited::KeySet, &masked, group_lang)
                .await?;
            ctx.lang.t_args("handoff-key-saved", &[("masked", masked.into())])
        }
    };
    // Only once the key is saved: the end is what a replay after a crash goes by.
    ctx.dialogue.exit().await?;
    bot.send_message(arrival.chat, intake.lead("\n\n", &saved)).await?;
    Ok(intake.outcome())
}

/// /forgetkey (in a group: admins only, and the group is told who did it).
pub async fn forgetkey(bot: TgBot, msg: Message, ctx: Ctx, app: App) -> HandlerResult {
    let forgotten = keys::forget(&app, msg.chat.id).await?;
    let text = if forgotten { ctx.lang.t("forgetkey-done") } else { ctx.lang.t("forgetkey-none") };
    bot.send_message(msg.chat.id, text).await?;
    if forgotten && let Some(admin) = msg.from.as_ref() {
        audit::record(&bot, &app, msg.chat.id, admin, Audited::KeyRemoved, "", ctx.lang).await?;
    }
    Ok(())
}
