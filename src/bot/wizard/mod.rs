//! /new: the wizard that walks a user from billing mode to a deploying assistant.
//!
//! - [`state`]: the draft and its steps.
//! - [`prompt`]: what each step shows.
//! - [`catalog`]: the curated providers and models (`models.json`).
//! - [`submit`]: Confirm: buy the slot (or activate an already paid one).
//!
//! Each step is one message. Buttons carry the wizard's id, so a press on an older or
//! cancelled wizard's button is answered with a notice and changes nothing.

pub mod catalog;
pub mod prompt;
pub mod state;
pub mod submit;

use rand::Rng as _;
use teloxide::{
    prelude::*,
    types::{Me, MessageId},
};
use url::Url;

use super::{
    HandlerResult, TgBot,
    callback::{Callback, WizardAction},
    dialogue::{ChatDialogue, State},
    input,
    secret::delete_secret_message,
    team,
};
use crate::{
    api::{ApiClient, DeploymentId},
    callbacks::Callbacks,
    i18n::Lang,
    storage::Storage,
};
use catalog::catalog;
use state::{Draft, Step, Wizard};

/// The Bot API base URL, for checking an assistant's bot token with getMe through the same
/// server the bot itself uses.
#[derive(Debug, Clone)]
pub struct TelegramApiUrl(pub Url);

/// /new: starts a wizard. In a group it belongs to the admin who started it, and its secrets
/// are collected in a private chat through a one-time link.
pub async fn start(
    bot: TgBot,
    msg: Message,
    dialogue: ChatDialogue,
    lang: Lang,
    storage: Storage,
) -> HandlerResult {
    if storage.api_key(msg.chat.id).await?.is_none() {
        bot.send_message(msg.chat.id, lang.t("wz-needs-key")).await?;
        return Ok(());
    }
    let owner = msg.from.as_ref().map_or(0, |u| u.id.0);
    open(&bot, msg.chat.id, &dialogue, lang, owner, Draft::default(), None).await
}

/// Starts a wizard at the first missing answer of `draft`, for a new or an already bought
/// slot; used by /new, by activation of a paid slot, and when the service refuses a model.
pub async fn open(
    bot: &TgBot,
    chat: ChatId,
    dialogue: &ChatDialogue,
    lang: Lang,
    owner: u64,
    draft: Draft,
    slot: Option<DeploymentId>,
) -> HandlerResult {
    let wizard =
        Wizard { id: rand::thread_rng().r#gen(), owner, step: draft.next_step(), draft, slot };
    show(bot, chat, lang, dialogue, wizard).await
}

/// Stores the wizard and sends its current step.
async fn show(
    bot: &TgBot,
    chat: ChatId,
    lang: Lang,
    dialogue: &ChatDialogue,
    wizard: Wizard,
) -> HandlerResult {
    let group = !chat.is_user();
    let (text, keyboard) = prompt::render_in(lang, &wizard, group);
    let step = wizard.step;
    dialogue.update(State::Wizard(wizard)).await?;
    bot.send_message(chat, text).reply_markup(keyboard).await?;
    if group && step == Step::Name {
        // Groups run in privacy mode: only replies to the bot reach it.
        team::ask_reply_in_group(bot, chat, lang.t("wz-reply-here")).await?;
    }
    Ok(())
}

/// Moves on to the first missing answer (the summary once nothing is missing).
async fn advance(
    bot: &TgBot,
    chat: ChatId,
    lang: Lang,
    dialogue: &ChatDialogue,
    mut wizard: Wizard,
) -> HandlerResult {
    wizard.step = wizard.draft.next_step();
    show(bot, chat, lang, dialogue, wizard).await
}

fn sender(msg: &Message) -> u64 {
    msg.from.as_ref().map_or(0, |u| u.id.0)
}

/// A text message while a wizard runs.
pub async fn on_text(
    bot: TgBot,
    msg: Message,
    dialogue: ChatDialogue,
    mut wizard: Wizard,
    lang: Lang,
    telegram: TelegramApiUrl,
) -> HandlerResult {
    if sender(&msg) != wizard.owner {
        return Ok(());
    }
    let chat = msg.chat.id;
    if !chat.is_user() && matches!(wizard.step, Step::BotToken | Step::ModelKey) {
        // A secret typed into the group after all: out of sight, and a link to do it right.
        team::secret_in_group(bot.clone(), msg, lang).await?;
        return show(&bot, chat, lang, &dialogue, wizard).await;
    }
    let text = msg.text().unwrap_or_default().trim().to_owned();
    let draft = &mut wizard.draft;
    let outcome = match wizard.step {
        Step::Name => input::name(lang, &text).map(|name| draft.name = Some(name)),
        Step::Provider => input::provider(lang, &text).map(|provider| draft.set_provider(provider)),
        Step::Model => input::model(lang, &text).map(|model| draft.model = Some(model)),
        Step::BotToken => {
            let deleted = delete_secret_message(&bot, &msg, lang).await;
            match input::bot_token(lang, &telegram, &text).await {
                Ok((token, username)) => {
                    draft.bot_token = Some(token);
                    let ok =
                        lang.t_args("wz-bot-token-ok", &[("username", username.clone().into())]);
                    draft.bot_username = Some(username);
                    reply(&bot, chat, format!("{deleted}\n{ok}")).await?;
                    Ok(())
                }
                Err(why) => Err(format!("{deleted}\n{why}")),
            }
        }
        Step::ModelKey => {
            let deleted = delete_secret_message(&bot, &msg, lang).await;
            match input::model_key(lang, &text) {
                Ok(key) => {
                    draft.model_key = Some(key);
                    reply(&bot, chat, deleted).await?;
                    Ok(())
                }
                Err(why) => Err(format!("{deleted}\n{why}")),
            }
        }
        Step::Mode | Step::Summary | Step::Submitting => Err(lang.t("wz-use-buttons")),
    };
    match outcome {
        Ok(()) => advance(&bot, chat, lang, &dialogue, wizard).await,
        Err(why) => reply(&bot, chat, why).await,
    }
}

async fn reply(bot: &TgBot, chat: ChatId, text: String) -> HandlerResult {
    bot.send_message(chat, text).await?;
    Ok(())
}

/// A button press while a wizard runs.
// dptree injects each argument by type; grouping them would only hide what the handler uses.
#[allow(clippy::too_many_arguments)]
pub async fn on_button(
    bot: TgBot,
    query: CallbackQuery,
    dialogue: ChatDialogue,
    mut wizard: Wizard,
    lang: Lang,
    me: Me,
    storage: Storage,
    api: ApiClient,
    callbacks: Callbacks,
) -> HandlerResult {
    let parsed = query.data.as_deref().and_then(Callback::parse);
    let action = match parsed {
        Some(Callback::Wizard { wizard: id, action })
            if id == wizard.id && query.from.id.0 == wizard.owner =>
        {
            action
        }
        _ => return super::start::stale_button(bot, query, lang).await,
    };
    let Some(message) = query.message.as_ref() else {
        return super::start::stale_button(bot, query, lang).await;
    };
    let chat = message.chat().id;
    let pressed = message.id();
    let step = wizard.step;

    // Which actions each step offers; anything else is a button from an earlier step.
    let fits = match &action {
        WizardAction::Mode(_) => step == Step::Mode,
        WizardAction::Provider(_) | WizardAction::ProviderOther => step == Step::Provider,
        WizardAction::Model(_) | WizardAction::ModelOther => step == Step::Model,
        WizardAction::Back => !matches!(step, Step::Mode | Step::Submitting),
        WizardAction::Cancel => step != Step::Submitting,
        WizardAction::Handoff => matches!(step, Step::BotToken | Step::ModelKey) && !chat.is_user(),
        WizardAction::Confirm
        | WizardAction::Change
        | WizardAction::ShowSummary
        | WizardAction::ChangeField(_) => step == Step::Summary,
    };
    if !fits {
        return super::start::stale_button(bot, query, lang).await;
    }
    if action == WizardAction::Handoff {
        // The link opens the private chat with a one-time nonce for this admin and group.
        let link =
            team::handoff_link(&storage, &me, chat, &query.from, team::purpose::WIZARD).await?;
        bot.answer_callback_query(query.id.clone()).url(link).await?;
        return Ok(());
    }
    bot.answer_callback_query(query.id.clone()).await?;

    match action {
        WizardAction::Mode(mode) => {
            wizard.draft.set_mode(mode);
            close_buttons(&bot, chat, pressed).await;
            advance(&bot, chat, lang, &dialogue, wizard).await
        }
        WizardAction::Provider(index) => {
            let Some(provider) = catalog().byok.get(index) else {
                return reply(&bot, chat, lang.t("wz-use-buttons")).await;
            };
            wizard.draft.set_provider(provider.provider.clone());
            close_buttons(&bot, chat, pressed).await;
            advance(&bot, chat, lang, &dialogue, wizard).await
        }
        WizardAction::Model(index) => {
            let mode = wizard.draft.mode.clone().unwrap_or(crate::api::ApiMode::Byok);
            let models = catalog().models_for(&mode, wizard.draft.provider.as_deref());
            let Some(model) = models.get(index) else {
                return reply(&bot, chat, lang.t("wz-use-buttons")).await;
            };
            wizard.draft.model = Some(model.clone());
            close_buttons(&bot, chat, pressed).await;
            advance(&bot, chat, lang, &dialogue, wizard).await
        }
        WizardAction::ProviderOther | WizardAction::ModelOther => {
            let key = if action == WizardAction::ProviderOther {
                "wz-provider-other"
            } else {
                "wz-model-other"
            };
            if chat.is_user() {
                reply(&bot, chat, lang.t(key)).await
            } else {
                team::ask_reply_in_group(&bot, chat, lang.t(key)).await
            }
        }
        WizardAction::Handoff => Ok(()),
        WizardAction::Back => {
            if let Some(previous) = wizard.draft.back_from(step) {
                wizard.step = previous;
            }
            close_buttons(&bot, chat, pressed).await;
            show(&bot, chat, lang, &dialogue, wizard).await
        }
        WizardAction::Cancel => {
            dialogue.exit().await?;
            close_buttons(&bot, chat, pressed).await;
            let key = if wizard.slot.is_some() { "wz-cancelled-slot" } else { "wz-cancelled" };
            reply(&bot, chat, lang.t(key)).await
        }
        WizardAction::Change => {
            bot.edit_message_reply_markup(chat, pressed)
                .reply_markup(prompt::change_menu(lang, &wizard))
                .await?;
            Ok(())
        }
        WizardAction::ShowSummary => {
            let (_, keyboard) = prompt::summary(lang, &wizard);
            bot.edit_message_reply_markup(chat, pressed).reply_markup(keyboard).await?;
            Ok(())
        }
        WizardAction::ChangeField(field) => {
            wizard.draft.clear(field);
            close_buttons(&bot, chat, pressed).await;
            advance(&bot, chat, lang, &dialogue, wizard).await
        }
        WizardAction::Confirm => {
            close_buttons(&bot, chat, pressed).await;
            submit::confirm(
                &bot,
                chat,
                lang,
                &dialogue,
                wizard,
                &query.from,
                (&storage, &api, &callbacks),
            )
            .await
        }
    }
}

/// Removes the buttons of a step that has been answered. Cosmetic: a failure is only logged,
/// since stale presses are refused anyway.
async fn close_buttons(bot: &TgBot, chat: ChatId, message: MessageId) {
    if let Err(e) = bot.edit_message_reply_markup(chat, message).await {
        tracing::debug!(error = %e, "could not remove answered buttons");
    }
}
