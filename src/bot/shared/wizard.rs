//! Opening a wizard and showing its step: /new, a paid slot's Activate on its card, and a
//! replayed update all use these, as the wizard itself does.

use teloxide::prelude::*;

use super::{ask_reply_in_group, newbot};
use crate::{
    api::DeploymentId,
    bot::{HandlerResult, context::Ctx, form},
    conversation::{Draft, State, Step, Wizard},
    present::{
        self,
        bots::{self, Offer},
    },
    service::{self, input::SecretKind},
};

/// Starts a wizard at the first missing answer of `draft`, for a new or an already bought
/// slot; used by /new, by activation of a paid slot, and when the service refuses a model.
pub async fn open(
    cx: &Ctx<'_>,
    owner: u64,
    draft: Draft,
    slot: Option<DeploymentId>,
) -> HandlerResult {
    show(cx, service::wizard::open(owner, draft, slot)).await
}

/// Stores the wizard and sends its current step. In a private chat the bot-token step also
/// offers to create the bot (when Bot Management Mode is on); leaving that step puts the
/// offer's keyboard away.
pub async fn show(cx: &Ctx<'_>, mut wizard: Wizard) -> HandlerResult {
    let offer =
        cx.chat.is_user() && wizard.step == Step::BotToken && newbot::available(cx.bot).await;
    let put_away = wizard.keyboard && !offer;
    wizard.keyboard = offer;
    cx.dialogue.update(State::Wizard(wizard.clone())).await?;
    if put_away {
        newbot::put_away(cx, bots::put_away(cx.lang)).await?;
    }
    // The easiest way first: creating the bot here needs no token at all.
    if offer {
        let name = wizard.draft.name.as_deref();
        newbot::offer(cx, name, Offer::First).await?;
    }
    send_step(cx, &wizard).await
}

/// Sends the wizard's current step; a secret step in a private chat offers the secure form.
pub async fn send_step(cx: &Ctx<'_>, wizard: &Wizard) -> HandlerResult {
    let group = !cx.chat.is_user();
    let (text, keyboard) = present::wizard::render(cx.lang, wizard, group);
    if let (Some(kind), false) = (SecretKind::of_step(wizard.step), group) {
        let prompt = form::Prompt { kind, text, rows: keyboard.inline_keyboard };
        return form::ask(cx, UserId(wizard.owner), prompt).await;
    }
    cx.bot.send_message(cx.chat, text).reply_markup(keyboard).await?;
    if group && wizard.step == Step::Name {
        // Groups run in privacy mode: only replies to the bot reach it.
        ask_reply_in_group(cx, present::wizard::reply_here(cx.lang)).await?;
    }
    Ok(())
}
