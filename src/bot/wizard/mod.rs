//! /new: the wizard that walks a user from billing mode to a deploying assistant.
//!
//! - [`submit`]: Confirm: buy the slot (or activate an already paid one).
//!
//! Each step is one message (`present::wizard` draws it; `shared::wizard` opens a wizard and shows
//! its step, for /new, a paid slot's card and a replay alike). Buttons carry the wizard's id, so a
//! press on an older or cancelled wizard's button is answered with a notice and changes nothing. In
//! a group the wizard belongs to the admin who started it, and its secrets are collected in a
//! private chat through a one-time link.

pub mod submit;

use teloxide::{
    prelude::*,
    types::{Me, MessageId, ReplyMarkup},
};

use super::{
    HandlerError, HandlerResult,
    context::Ctx,
    intake::{self, Arrival, Carrier, Delivered, Secret},
    shared::{
        self, ask_reply_in_group, handoff, newbot,
        wizard::{open, show},
    },
    team::leak,
};
use crate::{
    api::ApiMode,
    app::TgBot,
    catalog::catalog,
    conversation::{Draft, Step, Wizard},
    present::{
        bots::Offer,
        buttons::WizardAction,
        errors,
        wizard::{self, change_menu, summary},
    },
    service::{handoff::Purpose, input, input::SecretKind},
};

/// /new: starts a wizard.
pub async fn start(cx: &Ctx<'_>) -> HandlerResult {
    if cx.app.db.api_key(cx.chat).await?.is_none() {
        cx.bot.send_message(cx.chat, wizard::needs_key(cx.lang)).await?;
        return Ok(());
    }
    open(cx, cx.actor_id(), Draft::default(), None).await
}

/// Moves on to the first missing answer (the summary once nothing is missing).
async fn advance(cx: &Ctx<'_>, mut wizard: Wizard) -> HandlerResult {
    wizard.step = wizard.draft.next_step();
    show(cx, wizard).await
}

/// A text message while a wizard runs (a secret a private wizard's step waits for goes
/// through `secrets::route` instead).
pub async fn on_text(cx: &Ctx<'_>, msg: &Message, mut wizard: Wizard) -> HandlerResult {
    if cx.actor_id() != wizard.owner {
        return Ok(());
    }
    let (bot, chat, lang) = (cx.bot, cx.chat, cx.lang);
    if !chat.is_user() && matches!(wizard.step, Step::BotToken | Step::ModelKey) {
        // A secret typed into the group after all: out of sight, and a link to do it right.
        leak::warn(bot, msg, lang).await?;
        return show(cx, wizard).await;
    }
    let text = msg.text().unwrap_or_default().trim().to_owned();
    let draft = &mut wizard.draft;
    let typed = match wizard.step {
        Step::Name => input::name(&text).map(|name| draft.name = Some(name)),
        Step::Provider => input::provider(&text).map(|provider| draft.set_provider(provider)),
        Step::Model => input::model(&text).map(|model| draft.model = Some(model)),
        // Taken by `secrets::route` in a private chat, and warned about above in a group.
        Step::BotToken | Step::ModelKey => return Ok(()),
        Step::Submitting => {
            return match cx.actor {
                Some(_) => submit::resume(cx, wizard).await,
                None => Ok(()),
            };
        }
        Step::Mode | Step::Summary => {
            bot.send_message(chat, wizard::use_buttons(lang)).await?;
            return Ok(());
        }
    };
    match typed {
        Ok(()) => advance(cx, wizard).await,
        Err(why) => {
            bot.send_message(chat, errors::explain_input(lang, &why)).await?;
            Ok(())
        }
    }
}

/// A secret for the wizard's token or model-key step, pasted or from the form. Its caller,
/// [`route`](crate::bot::secrets::route), has checked that the wizard waits for it, as the
/// `awaited` kind, from its sender.
pub(crate) async fn receive_secret(
    cx: &Ctx<'_>,
    arrival: &Arrival,
    awaited: SecretKind,
    mut wizard: Wizard,
) -> Result<Delivered, HandlerError> {
    let intake = intake::take(cx, arrival, awaited).await?;
    if let Ok(secret) = &intake.secret {
        secret.fill(&mut wizard.draft, arrival.carrier);
    }
    let confirmation = match &intake.secret {
        Ok(Secret::BotToken(_, username)) => {
            let ok = wizard::bot_token_ok(cx.lang, username);
            Some(intake.lead("\n", &ok))
        }
        Ok(Secret::ModelKey(_)) => intake.deleted.clone(),
        // Refused: the user was told why; the step stays, and so do both of its ways (a
        // closed or refused "create a bot" dialog is not reported: this is the way back).
        _ => {
            if wizard.keyboard && matches!(arrival.carrier, Carrier::Message(_)) {
                let name = wizard.draft.name.as_deref();
                newbot::offer(cx, name, Offer::Again).await?;
            }
            return Ok(intake.outcome());
        }
    };
    if let Some(confirmation) = confirmation {
        let mut message = cx.bot.send_message(cx.chat, confirmation);
        if std::mem::take(&mut wizard.keyboard) {
            // The step is answered: its "Create the bot for me" keyboard goes.
            message = message.reply_markup(ReplyMarkup::kb_remove());
        }
        message.await?;
    }
    advance(cx, wizard).await?;
    Ok(intake.outcome())
}

/// Whether `action` is one the wizard's current step offers; anything else is a button from
/// an earlier step.
fn fits(action: &WizardAction, step: Step, group: bool) -> bool {
    match action {
        WizardAction::Mode(_) => step == Step::Mode,
        WizardAction::Provider(_) | WizardAction::ProviderOther => step == Step::Provider,
        WizardAction::Model(_) | WizardAction::ModelOther => step == Step::Model,
        // In `Submitting` (a Confirm cut short) both lead to `submit::resume` first.
        WizardAction::Back => step != Step::Mode,
        WizardAction::Cancel => true,
        WizardAction::Handoff => matches!(step, Step::BotToken | Step::ModelKey) && group,
        WizardAction::Confirm
        | WizardAction::Change
        | WizardAction::ShowSummary
        | WizardAction::ChangeField(_) => step == Step::Summary,
    }
}

/// A button press while the wizard runs (the schema checked the button is this wizard's).
pub async fn on_button(
    cx: &Ctx<'_>,
    query: &CallbackQuery,
    me: &Me,
    mut wizard: Wizard,
    action: WizardAction,
) -> HandlerResult {
    let Some(message) = query.message.as_ref() else { return shared::stale(cx, query).await };
    let (chat, pressed, step) = (message.chat().id, message.id(), wizard.step);
    if query.from.id.0 != wizard.owner || !fits(&action, step, !chat.is_user()) {
        return shared::stale(cx, query).await;
    }
    let bot = cx.bot;
    if action == WizardAction::Handoff {
        // The link opens the private chat with a one-time nonce for this admin and group.
        let link = handoff::link(cx.app, me, chat, &query.from, Purpose::Wizard).await?;
        bot.answer_callback_query(query.id.clone()).url(link).await?;
        return Ok(());
    }
    bot.answer_callback_query(query.id.clone()).await?;
    let lang = cx.lang;
    if step == Step::Submitting && action != WizardAction::Cancel {
        return submit::resume(cx, wizard).await;
    }
    match action {
        WizardAction::Mode(mode) => wizard.draft.set_mode(mode),
        WizardAction::Provider(index) => {
            let Some(provider) = catalog().byok.get(index) else {
                return say(bot, chat, wizard::use_buttons(lang)).await;
            };
            wizard.draft.set_provider(provider.provider.clone());
        }
        WizardAction::Model(index) => {
            let mode = wizard.draft.mode.clone().unwrap_or(ApiMode::Byok);
            let models = catalog().models_for(&mode, wizard.draft.provider.as_deref());
            let Some(model) = models.get(index) else {
                return say(bot, chat, wizard::use_buttons(lang)).await;
            };
            wizard.draft.model = Some(model.clone());
        }
        WizardAction::ProviderOther | WizardAction::ModelOther => {
            let text = wizard::type_other(lang, action == WizardAction::ProviderOther);
            if chat.is_user() {
                return say(bot, chat, text).await;
            }
            return ask_reply_in_group(cx, text).await;
        }
        WizardAction::Back => {
            if let Some(previous) = wizard.draft.back_from(step) {
                wizard.step = previous;
            }
            close_buttons(bot, chat, pressed).await;
            return show(cx, wizard).await;
        }
        WizardAction::Cancel => {
            cx.dialogue.exit().await?;
            close_buttons(bot, chat, pressed).await;
            let text = wizard::cancelled(lang, wizard.slot.is_some());
            if wizard.keyboard {
                return newbot::put_away(cx, text).await;
            }
            return say(bot, chat, text).await;
        }
        WizardAction::Change => {
            let menu = change_menu(lang, &wizard);
            bot.edit_message_reply_markup(chat, pressed).reply_markup(menu).await?;
            return Ok(());
        }
        WizardAction::ShowSummary => {
            let (_, keyboard) = summary(lang, &wizard);
            bot.edit_message_reply_markup(chat, pressed).reply_markup(keyboard).await?;
            return Ok(());
        }
        WizardAction::ChangeField(field) => wizard.draft.clear(field),
        WizardAction::Confirm => {
            close_buttons(bot, chat, pressed).await;
            return submit::confirm(cx, wizard).await;
        }
        WizardAction::Handoff => return Ok(()),
    }
    // A choice was made: the answered step's buttons go, and the next step comes.
    close_buttons(bot, chat, pressed).await;
    advance(cx, wizard).await
}

async fn say(bot: &TgBot, chat: ChatId, text: String) -> HandlerResult {
    bot.send_message(chat, text).await?;
    Ok(())
}

/// Removes the buttons of a step that has been answered. Cosmetic: a failure is only logged,
/// since stale presses are refused anyway.
async fn close_buttons(bot: &TgBot, chat: ChatId, message: MessageId) {
    if let Err(e) = bot.edit_message_reply_markup(chat, message).await {
        tracing::debug!(error = %e, "could not remove answered buttons");
    }
}
