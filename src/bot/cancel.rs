//! /cancel: leaving a conversation, and the chat's payment waits.

use super::{HandlerResult, context::Ctx, shared::newbot};
use crate::conversation::State;

/// Leaves whatever conversation is running, and stops waiting for this chat's payments.
pub async fn cancel(cx: &Ctx<'_>) -> HandlerResult {
    let lang = cx.lang;
    if let State::Wizard(wizard) = &cx.state
        && cx.actor.map(|u| u.id.0) != Some(wizard.owner)
    {
        // Someone else's wizard (a group): not theirs to cancel.
        return Ok(());
    }
    let mut lines = Vec::new();
    if !matches!(cx.state, State::Idle) {
        cx.dialogue.exit().await?;
        lines.push(lang.t("cancel-done"));
    }
    let stopped = cx.app.db.drop_unclaimed_activations(cx.chat).await?;
    if stopped > 0 {
        lines.push(lang.t_args("cancel-waiting", &[("count", stopped.into())]));
    }
    if lines.is_empty() {
        lines.push(lang.t("cancel-nothing"));
    }
    // A "Create the bot for me" keyboard may be up (a wizard's token step, or a group's
    // hand-off here): it goes too.
    newbot::put_away(cx, lines.join("\n")).await
}
