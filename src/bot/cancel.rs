//! /cancel: leaving a conversation, and the chat's payment waits.

use super::{HandlerResult, context::Ctx, shared::newbot};
use crate::{conversation::State, present::replies};

/// Leaves whatever conversation is running, and stops waiting for this chat's payments.
pub async fn cancel(cx: &Ctx<'_>) -> HandlerResult {
    if let State::Wizard(wizard) = &cx.state
        && cx.actor.map(|u| u.id.0) != Some(wizard.owner)
    {
        // Someone else's wizard (a group): not theirs to cancel.
        return Ok(());
    }
    let left = !matches!(cx.state, State::Idle);
    if left {
        cx.dialogue.exit().await?;
    }
    let stopped = cx.app.db.drop_unclaimed_activations(cx.chat).await?;
    // A "Create the bot for me" keyboard may be up (a wizard's token step, or a group's
    // hand-off here): it goes too.
    newbot::put_away(cx, replies::cancelled(cx.lang, left, stopped)).await
}
