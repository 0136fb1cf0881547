//! Replays of updates a chat already applied: the bot stopped (a crash) after the update's
//! state change was written and before the update was marked handled. Applying it again could
//! repeat what followed the change, so it is skipped whole and answered with nothing.
//!
//! The chat's current question is asked again, though: the crash may have come between the
//! state's write and the question that follows it. A group's wizard cut short in its
//! purchase is resumed only for a sender who is still an admin (`team::guard::resuming`).
//!
//! A secret's message is not deleted again either: every flow that takes a secret deletes its
//! message before it writes the state (`intake::take`), so an applied update's message is
//! already gone.

use teloxide::{prelude::*, types::UpdateKind};

use super::{HandlerResult, context::Ctx, setkey, shared, team::guard, wizard::submit};
use crate::{
    conversation::{State, Step},
    present::replies,
};

/// Skips an applied update. Only the chat's latest applied update speaks: a wizard found in
/// `Submitting` (its Confirm cut short, the purchase's fate unknown) is resumed, and any
/// other wizard step or key prompt is asked again.
pub async fn already_applied(cx: &Ctx<'_>, update: &Update) -> HandlerResult {
    let chat = cx.chat;
    tracing::info!(
        update_id = update.id.0,
        chat = chat.0,
        "skipping a replayed update the chat already applied"
    );
    if let UpdateKind::CallbackQuery(query) = &update.kind {
        // Probably too old to answer by now; a failure here is not the user's concern.
        let _ = cx.bot.answer_callback_query(query.id.clone()).await;
    }
    // Only the update the chat's state comes from may speak: an older one's question is
    // long answered.
    if !cx.latest {
        return Ok(());
    }
    if let State::Wizard(wizard) = cx.state.clone()
        && wizard.step == Step::Submitting
        && cx.actor.is_some()
    {
        // In a group, as a live press or message on the wizard would: an admin, asked now.
        if let Some(why) = guard::resuming(cx).await {
            let refused = guard::refused(cx, why).await?;
            cx.bot.send_message(chat, refused).await?;
            return Ok(());
        }
        // Never buy again on a guess: the account's list says whether the slot was bought
        // (adopted), or the summary comes back to confirm again.
        cx.bot.send_message(chat, replies::replay_submitting(cx.lang)).await?;
        return submit::resume(cx, wizard).await;
    }
    // The crash may have come between the state's write and its question: ask again (a
    // question sent twice is better than none), offering the form as the question did.
    match &cx.state {
        State::Wizard(wizard) => shared::wizard::send_step(cx, wizard).await?,
        State::AwaitingApiKey => {
            let Some(user) = cx.actor else { return Ok(()) };
            setkey::ask_key(cx, user.id).await?;
        }
        // The update ended the conversation, and its last answer (a key saved, where to pay,
        // a flow cancelled) may be what the crash cut off: everything before the end is done.
        State::Idle => {
            cx.bot.send_message(chat, replies::replay_done(cx.lang)).await?;
        }
        _ => {}
    }
    Ok(())
}
