//! /cancel: leaving a conversation, and the chat's payment waits.

use teloxide::prelude::*;

use super::{HandlerResult, context::Ctx, newbot};
use crate::{
    app::{App, TgBot},
    conversation::State,
};

/// Leaves whatever conversation is running, and stops waiting for this chat's payments.
pub async fn cancel(bot: TgBot, msg: Message, ctx: Ctx, app: App) -> HandlerResult {
    let lang = ctx.lang;
    if let State::Wizard(wizard) = &ctx.state
        && msg.from.as_ref().map(|u| u.id.0) != Some(wizard.owner)
    {
        // Someone else's wizard (a group): not theirs to cancel.
        return Ok(());
    }
    let mut lines = Vec::new();
    if !matches!(ctx.state, State::Idle) {
        ctx.dialogue.exit().await?;
        lines.push(lang.t("cancel-done"));
    }
    let stopped = app.db.drop_unclaimed_activations(msg.chat.id).await?;
    if stopped > 0 {
        lines.push(lang.t_args("cancel-waiting", &[("count", stopped.into())]));
    }
    if lines.is_empty() {
        lines.push(lang.t("cancel-nothing"));
    }
    // A "Create the bot for me" keyboard may be up (a wizard's token step, or a group's
    // hand-off here): it goes too.
    newbot::put_away(&bot, msg.chat.id, lines.join("\n")).await
}
