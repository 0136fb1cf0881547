//! The assistant's Telegram profile from its card: the current name, short description and
//! description read with its own token, and a new value taken from the next text of whoever
//! asked (in a group: an admin, asked of Telegram again when the value arrives), checked
//! against Telegram's limits before it is sent.

use teloxide::{prelude::*, types::MessageId};

use crate::{
    app::profile::{Part, ProfileError},
    bot::{HandlerResult, context::Ctx, shared::ask_reply_in_group},
    conversation::{ProfilePart, ProfileSession, State},
    present::profile as say,
    storage::deployments::KnownDeployment,
};

/// The profile view of `known` in `message`.
pub(super) async fn show(
    cx: &Ctx<'_>,
    message: MessageId,
    known: &KnownDeployment,
) -> HandlerResult {
    let Some(token) = cx.app.assistant_token(cx.bot, known).await? else {
        cx.bot.send_message(cx.chat, say::token_refused(cx.lang, known)).await?;
        return Ok(());
    };
    match cx.app.tokens.profile(&token).await {
        Ok(profile) => {
            let values =
                (profile.name.as_str(), profile.about.as_str(), profile.description.as_str());
            super::draw_other(cx, message, say::view(cx.lang, known, values)).await
        }
        Err(e) => tell_failure(cx, known, &e).await,
    }
}

/// Asks the presser for a new value of `part`.
pub(super) async fn ask(
    cx: &Ctx<'_>,
    query: &CallbackQuery,
    known: &KnownDeployment,
    part: ProfilePart,
) -> HandlerResult {
    let session = ProfileSession { owner: query.from.id.0, handle: known.handle, part };
    let question = say::question(cx.lang, part);
    if cx.chat.is_user() {
        cx.bot.send_message(cx.chat, question).await?;
    } else {
        ask_reply_in_group(cx, question).await?;
    }
    cx.dialogue.update(State::Profile(session)).await?;
    Ok(())
}

/// The new value, from the one who asked (anyone else's text is not for this question).
pub async fn on_text(cx: &Ctx<'_>, msg: &Message, session: ProfileSession) -> HandlerResult {
    if msg.from.as_ref().map(|u| u.id.0) != Some(session.owner) {
        return Ok(());
    }
    let Some(text) = msg.text() else { return Ok(()) };
    let value = match text.trim() {
        say::CLEAR => "",
        value => value,
    };
    let length = value.chars().count();
    if length > say::limit(session.part) {
        // Nothing is sent; the question stays open for a shorter text.
        cx.bot.send_message(cx.chat, say::too_long(cx.lang, session.part, length)).await?;
        return Ok(());
    }
    cx.dialogue.exit().await?;
    let Some(known) = cx.app.db.deployment_by_handle(cx.chat, session.handle).await? else {
        // Deleted meanwhile: nothing left to change.
        return Ok(());
    };
    let Some(token) = cx.app.assistant_token(cx.bot, &known).await? else {
        cx.bot.send_message(cx.chat, say::token_refused(cx.lang, &known)).await?;
        return Ok(());
    };
    match cx.app.tokens.set_profile(&token, Part::from(session.part), value).await {
        Ok(()) => {
            cx.bot.send_message(cx.chat, say::saved(cx.lang, session.part, &known)).await?;
            Ok(())
        }
        Err(e) => tell_failure(cx, &known, &e).await,
    }
}

/// Says why Telegram did not read or take the profile.
async fn tell_failure(cx: &Ctx<'_>, known: &KnownDeployment, e: &ProfileError) -> HandlerResult {
    let text = match e {
        ProfileError::TokenRefused => say::token_refused(cx.lang, known),
        ProfileError::Refused(reason) => say::refused(cx.lang, Some(reason)),
        // Checked before sending: only a value that fits is ever sent.
        ProfileError::TooLong { .. } => say::refused(cx.lang, None),
        ProfileError::Failed(e) => {
            tracing::warn!(error = %e, "could not reach Telegram for an assistant's profile");
            say::refused(cx.lang, None)
        }
    };
    cx.bot.send_message(cx.chat, text).await?;
    Ok(())
}
