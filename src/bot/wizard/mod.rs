//! /new: the wizard that walks a user from billing mode to a deploying assistant.
//!
//! - [`submit`]: Confirm: buy the slot (or activate an already paid one).
//!
//! Each step is one message (`present::wizard` draws it). Buttons carry the wizard's id, so a
//! press on an older or cancelled wizard's button is answered with a notice and changes
//! nothing. In a group the wizard belongs to the admin who started it, and its secrets are
//! collected in a private chat through a one-time link.

pub mod submit;

use rand::Rng as _;
use teloxide::{
    prelude::*,
    types::{Me, MessageId, ReplyMarkup},
};

use super::{
    HandlerError, HandlerResult,
    context::{ChatDialogue, Ctx},
    form,
    intake::{self, Carrier, Delivered, Incoming, Secret},
    newbot,
    start::stale,
    team::{self, handoff, leak},
};
use crate::{
    api::{ApiMode, DeploymentId},
    app::{App, TgBot},
    catalog::catalog,
    conversation::{Draft, State, Step, Wizard},
    i18n::Lang,
    present::{self, buttons::WizardAction, errors},
    service::{handoff::Purpose, input, input::SecretKind},
};

/// /new: starts a wizard.
pub async fn start(bot: TgBot, msg: Message, ctx: Ctx, app: App) -> HandlerResult {
    if app.db.api_key(msg.chat.id).await?.is_none() {
        bot.send_message(msg.chat.id, ctx.lang.t("wz-needs-key")).await?;
        return Ok(());
    }
    let owner = msg.from.as_ref().map_or(0, |u| u.id.0);
    let at =
        Where { bot: &bot, app: &app, chat: msg.chat.id, lang: ctx.lang, dialogue: &ctx.dialogue };
    open(&at, owner, Draft::default(), None).await
}

/// Where a wizard runs: the chat, its language and its conversation.
pub struct Where<'a> {
    /// The bot.
    pub bot: &'a TgBot,
    /// The shared context.
    pub app: &'a App,
    /// The chat.
    pub chat: ChatId,
    /// Its language.
    pub lang: Lang,
    /// Its conversation.
    pub dialogue: &'a ChatDialogue,
}

/// Starts a wizard at the first missing answer of `draft`, for a new or an already bought
/// slot; used by /new, by activation of a paid slot, and when the service refuses a model.
pub async fn open(
    at: &Where<'_>,
    owner: u64,
    draft: Draft,
    slot: Option<DeploymentId>,
) -> HandlerResult {
    let id = rand::thread_rng().r#gen();
    let wizard = Wizard {
        id,
        owner,
        step: draft.next_step(),
        draft,
        slot,
        keyboard: false,
        submitted_at: None,
    };
    show(at, wizard).await
}

/// Stores the wizard and sends its current step. In a private chat the bot-token step also
/// offers to create the bot (when Bot Management Mode is on); leaving that step puts the
/// offer's keyboard away.
async fn show(at: &Where<'_>, mut wizard: Wizard) -> HandlerResult {
    let offer =
        at.chat.is_user() && wizard.step == Step::BotToken && newbot::available(at.bot).await;
    let put_away = wizard.keyboard && !offer;
    wizard.keyboard = offer;
    at.dialogue.update(State::Wizard(wizard.clone())).await?;
    if put_away {
        newbot::put_away(at.bot, at.chat, at.lang.t("newbot-put-away")).await?;
    }
    send_step(at, &wizard).await?;
    if offer {
        let name = wizard.draft.name.as_deref();
        newbot::offer(at.bot, at.chat, at.lang, name, at.lang.t("newbot-offer")).await?;
    }
    Ok(())
}

/// Sends the wizard's current step; a secret step in a private chat offers the secure form.
pub async fn send_step(at: &Where<'_>, wizard: &Wizard) -> HandlerResult {
    let group = !at.chat.is_user();
    let (text, keyboard) = present::wizard::render(at.lang, wizard, group);
    if let (Some(kind), false) = (SecretKind::of_step(wizard.step), group) {
        let prompt = form::Prompt { kind, text, rows: keyboard.inline_keyboard };
        let to = (at.chat, UserId(wizard.owner));
        return form::ask(at.bot, at.app, to, at.lang, prompt).await;
    }
    at.bot.send_message(at.chat, text).reply_markup(keyboard).await?;
    if group && wizard.step == Step::Name {
        // Groups run in privacy mode: only replies to the bot reach it.
        team::ask_reply_in_group(at.bot, at.chat, at.lang.t("wz-reply-here")).await?;
    }
    Ok(())
}

/// Moves on to the first missing answer (the summary once nothing is missing).
async fn advance(at: &Where<'_>, mut wizard: Wizard) -> HandlerResult {
    wizard.step = wizard.draft.next_step();
    show(at, wizard).await
}

/// A text message while a wizard runs.
pub async fn on_text(
    bot: TgBot,
    msg: Message,
    ctx: Ctx,
    app: App,
    mut wizard: Wizard,
) -> HandlerResult {
    if msg.from.as_ref().map_or(0, |u| u.id.0) != wizard.owner {
        return Ok(());
    }
    let (chat, lang) = (msg.chat.id, ctx.lang);
    let at = Where { bot: &bot, app: &app, chat, lang, dialogue: &ctx.dialogue };
    if !chat.is_user() && matches!(wizard.step, Step::BotToken | Step::ModelKey) {
        // A secret typed into the group after all: out of sight, and a link to do it right.
        leak::warn(&bot, &msg, ctx.lang).await?;
        return show(&at, wizard).await;
    }
    let text = msg.text().unwrap_or_default().trim().to_owned();
    let draft = &mut wizard.draft;
    let typed = match wizard.step {
        Step::Name => input::name(&text).map(|name| draft.name = Some(name)),
        Step::Provider => input::provider(&text).map(|provider| draft.set_provider(provider)),
        Step::Model => input::model(&text).map(|model| draft.model = Some(model)),
        Step::BotToken | Step::ModelKey => {
            let Some(arrival) = intake::Arrival::from_message(&msg) else { return Ok(()) };
            let incoming = Incoming { bot: &bot, app: &app, arrival, kind: None, ctx };
            let Some(awaited) = incoming.awaited(SecretKind::of_step(wizard.step), wizard.owner)
            else {
                return Ok(());
            };
            return receive_secret(incoming, awaited, wizard).await.map(drop);
        }
        Step::Submitting => {
            let from = msg.from.clone();
            return match from {
                Some(actor) => submit::resume(&at, &app, wizard, &actor).await,
                None => Ok(()),
            };
        }
        Step::Mode | Step::Summary => {
            bot.send_message(chat, lang.t("wz-use-buttons")).await?;
            return Ok(());
        }
    };
    match typed {
        Ok(()) => advance(&at, wizard).await,
        Err(why) => {
            bot.send_message(chat, errors::explain_input(lang, &why)).await?;
            Ok(())
        }
    }
}

/// A secret for the wizard's token or model-key step, pasted or from the form. Its caller
/// ([`route`](crate::bot::secrets::route), or `on_text` here) has checked with
/// `Incoming::awaited` that the wizard waits for it, as the `awaited` kind, from its sender.
pub(crate) async fn receive_secret(
    incoming: Incoming<'_>,
    awaited: SecretKind,
    mut wizard: Wizard,
) -> Result<Delivered, HandlerError> {
    let Incoming { bot, app, arrival, ctx, .. } = incoming;
    let (chat, lang) = (arrival.chat, ctx.lang);
    let at = &Where { bot, app, chat, lang, dialogue: &ctx.dialogue };
    let intake = intake::take(bot, app, &arrival, at.lang, awaited).await?;
    if let Ok(secret) = &intake.secret {
        secret.fill(&mut wizard.draft, arrival.carrier);
    }
    let confirmation = match &intake.secret {
        Ok(Secret::BotToken(_, username)) => {
            let ok = at.lang.t_args("wz-bot-token-ok", &[("username", username.clone().into())]);
            Some(intake.lead("\n", &ok))
        }
        Ok(Secret::ModelKey(_)) => intake.deleted.clone(),
        // Refused: the user was told why; the step stays, and so do both of its ways (a
        // closed or refused "create a bot" dialog is not reported: this is the way back).
        _ => {
            if wizard.keyboard && matches!(arrival.carrier, Carrier::Message(_)) {
                let name = wizard.draft.name.as_deref();
                newbot::offer(at.bot, at.chat, at.lang, name, at.lang.t("newbot-again")).await?;
            }
            return Ok(intake.outcome());
        }
    };
    if let Some(confirmation) = confirmation {
        let mut message = at.bot.send_message(at.chat, confirmation);
        if std::mem::take(&mut wizard.keyboard) {
            // The step is answered: its "Create the bot for me" keyboard goes.
            message = message.reply_markup(ReplyMarkup::kb_remove());
        }
        message.await?;
    }
    advance(at, wizard).await?;
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

/// A button press while a wizard runs, already parsed: the wizard's id and the action.
pub async fn on_button(
    bot: TgBot,
    query: CallbackQuery,
    ctx: Ctx,
    app: App,
    me: Me,
    (mut wizard, id, action): (Wizard, u32, WizardAction),
) -> HandlerResult {
    let Some(message) = query.message.as_ref() else { return stale(&bot, &query, &ctx).await };
    let (chat, pressed, step) = (message.chat().id, message.id(), wizard.step);
    if id != wizard.id || query.from.id.0 != wizard.owner || !fits(&action, step, !chat.is_user()) {
        return stale(&bot, &query, &ctx).await;
    }
    if action == WizardAction::Handoff {
        // The link opens the private chat with a one-time nonce for this admin and group.
        let link = handoff::link(&app, &me, chat, &query.from, Purpose::Wizard).await?;
        bot.answer_callback_query(query.id.clone()).url(link).await?;
        return Ok(());
    }
    bot.answer_callback_query(query.id.clone()).await?;
    let lang = ctx.lang;
    let at = Where { bot: &bot, app: &app, chat, lang, dialogue: &ctx.dialogue };
    if step == Step::Submitting && action != WizardAction::Cancel {
        return submit::resume(&at, &app, wizard, &query.from).await;
    }
    match action {
        WizardAction::Mode(mode) => wizard.draft.set_mode(mode),
        WizardAction::Provider(index) => {
            let Some(provider) = catalog().byok.get(index) else {
                return say(&bot, chat, lang.t("wz-use-buttons")).await;
            };
            wizard.draft.set_provider(provider.provider.clone());
        }
        WizardAction::Model(index) => {
            let mode = wizard.draft.mode.clone().unwrap_or(ApiMode::Byok);
            let models = catalog().models_for(&mode, wizard.draft.provider.as_deref());
            let Some(model) = models.get(index) else {
                return say(&bot, chat, lang.t("wz-use-buttons")).await;
            };
            wizard.draft.model = Some(model.clone());
        }
        WizardAction::ProviderOther | WizardAction::ModelOther => {
            let text = if action == WizardAction::ProviderOther {
                lang.t("wz-provider-other")
            } else {
                lang.t("wz-model-other")
            };
            if chat.is_user() {
                return say(&bot, chat, text).await;
            }
            return team::ask_reply_in_group(&bot, chat, text).await;
        }
        WizardAction::Back => {
            if let Some(previous) = wizard.draft.back_from(step) {
                wizard.step = previous;
            }
            close_buttons(&bot, chat, pressed).await;
            return show(&at, wizard).await;
        }
        WizardAction::Cancel => {
            ctx.dialogue.exit().await?;
            close_buttons(&bot, chat, pressed).await;
            let text = if wizard.slot.is_some() {
                lang.t("wz-cancelled-slot")
            } else {
                lang.t("wz-cancelled")
            };
            if wizard.keyboard {
                return newbot::put_away(&bot, chat, text).await;
            }
            return say(&bot, chat, text).await;
        }
        WizardAction::Change => {
            let menu = present::wizard::change_menu(lang, &wizard);
            bot.edit_message_reply_markup(chat, pressed).reply_markup(menu).await?;
            return Ok(());
        }
        WizardAction::ShowSummary => {
            let (_, keyboard) = present::wizard::summary(lang, &wizard);
            bot.edit_message_reply_markup(chat, pressed).reply_markup(keyboard).await?;
            return Ok(());
        }
        WizardAction::ChangeField(field) => wizard.draft.clear(field),
        WizardAction::Confirm => {
            close_buttons(&bot, chat, pressed).await;
            return submit::confirm(&at, &app, wizard, &query.from).await;
        }
        WizardAction::Handoff => return Ok(()),
    }
    // A choice was made: the answered step's buttons go, and the next step comes.
    close_buttons(&bot, chat, pressed).await;
    advance(&at, wizard).await
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
