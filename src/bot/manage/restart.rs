//! Restart pressed somewhere other than the assistant's card (an old failure notice): an
//! assistant that is live again is not restarted by surprise, the user is asked first.

use teloxide::{prelude::*, types::MessageId};

use super::act;
use crate::{
    api::Status,
    bot::{HandlerResult, context::Ctx},
    present::restart,
    service::assistants::{self, Action, Refreshed},
    storage::deployments::KnownDeployment,
};

/// Restart: on the assistant's card it restarts; elsewhere (a failure notice) it first looks
/// at the assistant, and asks when it is live again.
pub(super) async fn redeploy(
    cx: &Ctx<'_>,
    message: MessageId,
    known: KnownDeployment,
) -> HandlerResult {
    let on_card = cx.app.db.card_views_of(known.handle).await?.contains(&(cx.chat.0, message.0));
    if !on_card {
        // When the look fails, the redeploy goes ahead and says what the API answers.
        let now = assistants::refresh(&cx.app.db, &cx.app.api, cx.chat, &known).await;
        if let Ok(Refreshed::Fresh(fresh)) = now
            && fresh.status() == Status::Active
        {
            let (text, markup) = restart::live_again_question(cx.lang, &fresh);
            cx.bot.send_message(cx.chat, text).reply_markup(markup).await?;
            return Ok(());
        }
    }
    act(cx, message, known, Action::Redeploy).await
}

/// No to the question: it keeps running, and the question loses its buttons.
pub(super) async fn keep_running(
    cx: &Ctx<'_>,
    message: MessageId,
    known: &KnownDeployment,
) -> HandlerResult {
    let text = restart::kept_running(cx.lang, known);
    cx.bot.edit_message_text(cx.chat, message, text).await?;
    Ok(())
}
