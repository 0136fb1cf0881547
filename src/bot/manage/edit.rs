//! Editing one field of an assistant: ask for the value with the wizard's checks (secrets
//! deleted from the chat and sealed in the dialogue state), PATCH it, then offer Redeploy so
//! the change takes effect.

use serde::{Deserialize, Serialize};
use teloxide::{prelude::*, types::User};

use crate::{
    api::{ApiClient, ApiError, ApiMode, ErrorCode, UpdateRequest},
    bot::{
        HandlerResult, TgBot,
        callback::{Callback, CardAction, EditAction, Field},
        dialogue::{ChatDialogue, State},
        failure::explain_api,
        input,
        keyboard::{button, keyboard},
        secret::delete_secret_message,
        start::stale_button,
        team::{self, Audited},
        wizard::{
            TelegramApiUrl,
            catalog::catalog,
            prompt::{model_buttons, model_question, provider_buttons},
        },
    },
    i18n::Lang,
    storage::{Storage, deployments::KnownDeployment},
};

/// An edit in progress.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EditSession {
    /// Random id carried by this edit's buttons.
    pub id: u32,
    /// The user who started it.
    pub owner: u64,
    /// The deployment's chat-local handle.
    pub handle: i64,
    /// The field being changed.
    pub field: Field,
    /// For a model change: the provider chosen so far (`None`: asking for it, byok).
    pub provider: Option<String>,
}

fn mode_of(known: &KnownDeployment) -> ApiMode {
    known.mode().unwrap_or(ApiMode::Byok)
}

/// Starts editing `field` of `known`.
pub async fn begin(
    bot: &TgBot,
    chat: ChatId,
    lang: Lang,
    dialogue: &ChatDialogue,
    owner: u64,
    known: &KnownDeployment,
    field: Field,
) -> HandlerResult {
    let mode = mode_of(known);
    let provider = (!mode.is_byok())
        .then(|| known.model_provider.clone().unwrap_or_else(|| "openrouter".into()));
    let session = EditSession { id: rand::random(), owner, handle: known.handle, field, provider };
    ask(bot, chat, lang, known, &session).await?;
    dialogue.update(State::Editing(session)).await?;
    Ok(())
}

/// Sends the question of the session's current step.
async fn ask(
    bot: &TgBot,
    chat: ChatId,
    lang: Lang,
    known: &KnownDeployment,
    session: &EditSession,
) -> HandlerResult {
    let cb = |action| Callback::Edit { session: session.id, action };
    let name = known.display_name();
    let mode = mode_of(known);
    let (text, mut rows) = match (session.field, &session.provider) {
        (Field::Name, _) => (lang.t_args("edit-name", &[("name", name.into())]), vec![]),
        (Field::Model, None) => {
            (lang.t("wz-provider"), provider_buttons(|i| cb(EditAction::Provider(i))))
        }
        (Field::Model, Some(provider)) => (
            model_question(lang, &mode, Some(provider)),
            model_buttons(&mode, Some(provider), |i| cb(EditAction::Model(i))),
        ),
        (Field::BotToken, _) => (lang.t("wz-bot-token"), vec![]),
        (Field::ModelKey, _) => {
            let provider = known.model_provider.clone().unwrap_or_default();
            (lang.t_args("wz-model-key", &[("provider", provider.into())]), vec![])
        }
        // The mode is chosen at purchase and cannot change.
        (Field::Mode, _) => (lang.t("edit-cancelled"), vec![]),
    };
    rows.push(vec![button(lang.t("btn-cancel"), &cb(EditAction::Cancel))]);
    bot.send_message(chat, text).reply_markup(keyboard(rows)).await?;
    if !chat.is_user() {
        // Groups run in privacy mode: only replies to the bot reach it.
        team::ask_reply_in_group(bot, chat, lang.t("wz-reply-here")).await?;
    }
    Ok(())
}

/// A text message while an edit runs.
// dptree injects each argument by type; grouping them would only hide what the handler uses.
#[allow(clippy::too_many_arguments)]
pub async fn on_text(
    bot: TgBot,
    msg: Message,
    dialogue: ChatDialogue,
    mut session: EditSession,
    lang: Lang,
    storage: Storage,
    api: ApiClient,
    telegram: TelegramApiUrl,
) -> HandlerResult {
    let Some(actor) = msg.from.as_ref().filter(|u| u.id.0 == session.owner) else {
        return Ok(());
    };
    let chat = msg.chat.id;
    let Some(known) = storage.deployment_by_handle(chat, session.handle).await? else {
        dialogue.exit().await?;
        bot.send_message(chat, lang.t("card-gone")).await?;
        return Ok(());
    };
    let text = msg.text().unwrap_or_default().trim().to_owned();
    let mut username = None;
    let request = match session.field {
        Field::Name => input::name(lang, &text)
            .map(|name| UpdateRequest { name: Some(name), ..Default::default() }),
        Field::Model => match session.provider.clone() {
            None => match input::provider(lang, &text) {
                Ok(provider) => {
                    session.provider = Some(provider);
                    ask(&bot, chat, lang, &known, &session).await?;
                    dialogue.update(State::Editing(session)).await?;
                    return Ok(());
                }
                Err(why) => Err(why),
            },
            Some(provider) => {
                input::model(lang, &text).map(|model| model_request(&known, provider, model))
            }
        },
        Field::BotToken => {
            let deleted = delete_secret_message(&bot, &msg, lang).await;
            match input::bot_token(lang, &telegram, &text).await {
                Ok((token, name)) => {
                    username = Some(name);
                    Ok(UpdateRequest { telegram_bot_token: Some(token.0), ..Default::default() })
                }
                Err(why) => Err(format!("{deleted}\n{why}")),
            }
        }
        Field::ModelKey => {
            let deleted = delete_secret_message(&bot, &msg, lang).await;
            input::model_key(lang, &text)
                .map(|key| UpdateRequest { model_api_key: Some(key.0), ..Default::default() })
                .map_err(|why| format!("{deleted}\n{why}"))
        }
        Field::Mode => Err(lang.t("edit-cancelled")),
    };
    match request {
        Ok(request) => {
            apply(&bot, chat, lang, &dialogue, &storage, &api, &known, request, (actor, username))
                .await
        }
        Err(why) => {
            bot.send_message(chat, why).await?;
            Ok(())
        }
    }
}

fn model_request(known: &KnownDeployment, provider: String, model: String) -> UpdateRequest {
    // Managed deployments always use openrouter; only byok sends a provider.
    let byok = mode_of(known).is_byok();
    UpdateRequest {
        model_provider: byok.then_some(provider),
        model_id: Some(model),
        ..Default::default()
    }
}

/// A button of an edit in progress.
pub async fn on_button(
    bot: TgBot,
    query: CallbackQuery,
    dialogue: ChatDialogue,
    mut session: EditSession,
    lang: Lang,
    storage: Storage,
    api: ApiClient,
) -> HandlerResult {
    let action = match query.data.as_deref().and_then(Callback::parse) {
        Some(Callback::Edit { session: id, action })
            if id == session.id && query.from.id.0 == session.owner =>
        {
            action
        }
        _ => return stale_button(bot, query, lang).await,
    };
    let Some(chat) = query.message.as_ref().map(|m| m.chat().id) else {
        return stale_button(bot, query, lang).await;
    };
    let Some(known) = storage.deployment_by_handle(chat, session.handle).await? else {
        return stale_button(bot, query, lang).await;
    };
    bot.answer_callback_query(query.id.clone()).await?;
    match (action, session.provider.clone()) {
        (EditAction::Cancel, _) => {
            dialogue.exit().await?;
            bot.send_message(chat, lang.t("edit-cancelled")).await?;
            Ok(())
        }
        (EditAction::Provider(index), None) => {
            let Some(provider) = catalog().byok.get(index) else { return Ok(()) };
            session.provider = Some(provider.provider.clone());
            ask(&bot, chat, lang, &known, &session).await?;
            dialogue.update(State::Editing(session)).await?;
            Ok(())
        }
        (EditAction::Model(index), Some(provider)) => {
            let models = catalog().models_for(&mode_of(&known), Some(&provider));
            let Some(model) = models.get(index).cloned() else { return Ok(()) };
            let request = model_request(&known, provider, model);
            apply(&bot, chat, lang, &dialogue, &storage, &api, &known, request, (&query.from, None))
                .await
        }
        // A button of a step already answered.
        _ => Ok(()),
    }
}

/// Sends the PATCH for the deployment `known` of `chat`; on success offers Redeploy and the
/// card there. `dialogue` is the conversation that asked (the private one, for a group's
/// secret handed off in private).
// Every argument is a distinct input of the one call; a struct would only rename them.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn apply(
    bot: &TgBot,
    chat: ChatId,
    lang: Lang,
    dialogue: &ChatDialogue,
    storage: &Storage,
    api: &ApiClient,
    known: &KnownDeployment,
    request: UpdateRequest,
    (actor, username): (&User, Option<String>),
) -> HandlerResult {
    let Some(key) = storage.api_key(chat).await? else {
        dialogue.exit().await?;
        bot.send_message(chat, lang.t("list-no-key")).await?;
        return Ok(());
    };
    match api.update(&key, &known.id(), &request).await {
        Ok(assistant) => {
            dialogue.exit().await?;
            let fresh = storage.record_assistant(chat, &assistant).await?;
            if let Some(username) = username {
                storage.set_bot_username(chat, &known.id(), &username).await?;
            }
            let name = fresh.display_name();
            let act = |action| Callback::Act { handle: fresh.handle, action };
            let rows = vec![
                vec![button(lang.t("btn-redeploy"), &act(CardAction::Redeploy))],
                vec![button(lang.t("btn-open-card"), &Callback::Card(fresh.handle))],
            ];
            let text = lang.t_args("edit-saved", &[("name", name.clone().into())]);
            bot.send_message(chat, text).reply_markup(keyboard(rows)).await?;
            team::record(bot, storage, chat, actor, Audited::Edited, &name, lang).await?;
            Ok(())
        }
        // The value does not fit: ask again, stay in the edit.
        Err(e @ ApiError::Api(_)) if e.code() == Some(&ErrorCode::InvalidInput) => {
            bot.send_message(chat, explain_api(lang, &e)).await?;
            Ok(())
        }
        Err(e) => {
            dialogue.exit().await?;
            let rows = vec![vec![button(lang.t("btn-open-card"), &Callback::Card(known.handle))]];
            bot.send_message(chat, explain_api(lang, &e)).reply_markup(keyboard(rows)).await?;
            Ok(())
        }
    }
}
