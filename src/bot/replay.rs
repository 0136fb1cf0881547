//! Replays of updates a chat already applied: the bot stopped (a crash) after the update's
//! state change was written and before the update was marked handled. Applying it again could
//! repeat what followed the change, so it is skipped whole and answered with nothing.
//!
//! The chat's current question is asked again, though: the crash may have come between the
//! state's write and the question that follows it. A conversation the update ended gets a
//! word that it was done, for the same reason: so flows that end write the end last, after
//! every other change they make.
//!
//! A secret's message is not deleted again either: every flow that takes a secret deletes its
//! message before it writes the state (`intake::take`), so an applied update's message is
//! already gone.

use teloxide::{prelude::*, types::UpdateKind};

use super::{
    HandlerResult,
    context::Ctx,
    setkey,
    team::guard,
    wizard::{self, Where, submit},
};
use crate::{
    app::{App, TgBot},
    conversation::{State, Step},
};

/// Skips an applied update. Only the chat's latest applied update speaks: a wizard found in
/// `Submitting` (its Confirm cut short, the purchase's fate unknown) is resumed, and any
/// other wizard step or key prompt is asked again.
pub async fn already_applied(bot: &TgBot, update: &Update, ctx: Ctx, app: &App) -> HandlerResult {
    let chat = ctx.dialogue.chat_id();
    tracing::info!(
        update_id = update.id.0,
        chat = chat.0,
        "skipping a replayed update the chat already applied"
    );
    if let UpdateKind::CallbackQuery(query) = &update.kind {
        // Probably too old to answer by now; a failure here is not the user's concern.
        let _ = bot.answer_callback_query(query.id.clone()).await;
    }
    // Only the update the chat's state comes from may speak: an older one's question is
    // long answered.
    if !ctx.latest {
        return Ok(());
    }
    if let State::Wizard(wizard) = ctx.state.clone()
        && wizard.step == Step::Submitting
        && let Some(actor) = update.from().cloned()
    {
        // In a group, as a live press or message on the wizard would: an admin, asked now.
        if let Some(why) = guard::resuming(bot, app, chat, actor.id).await {
            let refused = guard::refused(&ctx, why).await?;
            bot.send_message(chat, refused).await?;
            return Ok(());
        }
        // Never buy again on a guess: the account's list says whether the slot was bought
        // (adopted), or the summary comes back to confirm again.
        bot.send_message(chat, ctx.lang.t("wz-replay-submitting")).await?;
        let at = Where { bot, app, chat, lang: ctx.lang, dialogue: &ctx.dialogue };
        return submit::resume(&at, app, wizard, &actor).await;
    }
    // The crash may have come between the state's write and its question: ask again (a
    // question sent twice is better than none), offering the form as the question did.
    match &ctx.state {
        State::Wizard(wizard) => {
            let at = Where { bot, app, chat, lang: ctx.lang, dialogue: &ctx.dialogue };
            wizard::send_step(&at, wizard).await?;
        }
        State::AwaitingApiKey => {
            let Some(user) = update.from() else { return Ok(()) };
            setkey::ask_key(bot, app, (chat, user.id), ctx.lang).await?;
        }
        // The update ended the conversation, and its last answer (a key saved, where to pay,
        // a flow cancelled) may be what the crash cut off: everything before the end is done.
        State::Idle => {
            bot.send_message(chat, ctx.lang.t("replay-done")).await?;
        }
        _ => {}
    }
    Ok(())
}
