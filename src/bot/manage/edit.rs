//! Editing one field of an assistant: ask for the value with the wizard's checks (secrets
//! through the one intake, sealed in the dialogue state), PATCH it, then offer Redeploy when
//! the assistant's state allows one, so the change takes effect.

use teloxide::{prelude::*, types::User};

use crate::{
    api::{ApiMode, ErrorCode, UpdateRequest},
    app::{App, TgBot},
    bot::{
        HandlerError, HandlerResult,
        context::{ChatDialogue, Ctx},
        form,
        intake::{self, Arrival, Delivered, Incoming},
        start::stale,
        team::{self, audit},
    },
    catalog::{MANAGED_PROVIDER, catalog},
    conversation::{EditSession, Field, State},
    i18n::Lang,
    present::{
        buttons::{Button, CardAction, EditAction},
        errors::{explain_api, explain_input},
        keyboard::{button, keyboard},
        wizard::{model_buttons, model_question, provider_buttons, secret_prompt},
    },
    service::{
        ServiceError,
        assistants::{self, TokenBot, may_redeploy},
        audit::Audited,
        input::{self, SecretKind},
    },
    storage::deployments::KnownDeployment,
};

fn mode_of(known: &KnownDeployment) -> ApiMode {
    known.mode().unwrap_or(ApiMode::Byok)
}

/// Starts editing `field` of `known`.
pub async fn begin(
    bot: &TgBot,
    app: &App,
    chat: ChatId,
    ctx: &Ctx,
    owner: u64,
    known: &KnownDeployment,
    field: Field,
) -> HandlerResult {
    let provider = (!mode_of(known).is_byok())
        .then(|| known.model_provider.clone().unwrap_or_else(|| MANAGED_PROVIDER.into()));
    let session = EditSession { id: rand::random(), owner, handle: known.handle, field, provider };
    ask(bot, app, chat, ctx.lang, known, &session).await?;
    ctx.dialogue.update(State::Editing(session)).await?;
    Ok(())
}

/// Sends the question of the session's current step; a secret's, in a private chat, offers
/// the secure form.
async fn ask(
    bot: &TgBot,
    app: &App,
    chat: ChatId,
    lang: Lang,
    known: &KnownDeployment,
    session: &EditSession,
) -> HandlerResult {
    let cb = |action| Button::Edit { session: session.id, action };
    let mode = mode_of(known);
    let (text, mut rows) = match (session.field, &session.provider) {
        (Field::Name, _) => {
            (lang.t_args("edit-name", &[("name", known.display_name().into())]), vec![])
        }
        (Field::Model, None) => {
            (lang.t("wz-provider"), provider_buttons(|i| cb(EditAction::Provider(i))))
        }
        (Field::Model, Some(provider)) => (
            model_question(lang, &mode, Some(provider)),
            model_buttons(&mode, Some(provider), |i| cb(EditAction::Model(i))),
        ),
        (Field::BotToken, _) => (secret_prompt(lang, SecretKind::BotToken, None), vec![]),
        (Field::ModelKey, _) => {
            let provider = known.model_provider.as_deref();
            (secret_prompt(lang, SecretKind::ModelKey, provider), vec![])
        }
        // The mode is chosen at purchase and cannot change.
        (Field::Mode, _) => (lang.t("edit-cancelled"), vec![]),
    };
    rows.push(vec![button(lang.t("btn-cancel"), &cb(EditAction::Cancel))]);
    if let (Some(kind), true) = (SecretKind::of_field(session.field), chat.is_user()) {
        let prompt = form::Prompt { kind, text, rows };
        return form::ask(bot, app, (chat, UserId(session.owner)), lang, prompt).await;
    }
    bot.send_message(chat, text).reply_markup(keyboard(rows)).await?;
    if !chat.is_user() {
        // Groups run in privacy mode: only replies to the bot reach it.
        team::ask_reply_in_group(bot, chat, lang.t("wz-reply-here")).await?;
    }
    Ok(())
}

/// A text message while an edit runs.
pub async fn on_text(
    bot: TgBot,
    msg: Message,
    ctx: Ctx,
    app: App,
    mut session: EditSession,
) -> HandlerResult {
    let Some(actor) = msg.from.as_ref().filter(|u| u.id.0 == session.owner) else {
        return Ok(());
    };
    if matches!(session.field, Field::BotToken | Field::ModelKey) {
        let Some(arrival) = Arrival::from_message(&msg) else { return Ok(()) };
        let incoming = Incoming { bot: &bot, app: &app, arrival, kind: None, ctx };
        let Some(awaited) = incoming.awaited(SecretKind::of_field(session.field), session.owner)
        else {
            return Ok(());
        };
        return receive_secret(incoming, awaited, session).await.map(drop);
    }
    let (chat, lang) = (msg.chat.id, ctx.lang);
    let Some(known) = assistants::by_handle(&app.db, chat, session.handle).await? else {
        ctx.dialogue.exit().await?;
        bot.send_message(chat, lang.t("card-gone")).await?;
        return Ok(());
    };
    let text = msg.text().unwrap_or_default().trim().to_owned();
    let typed = match (session.field, session.provider.clone()) {
        (Field::Name, _) => {
            input::name(&text).map(|name| UpdateRequest { name: Some(name), ..Default::default() })
        }
        (Field::Model, None) => match input::provider(&text) {
            Ok(provider) => {
                session.provider = Some(provider);
                ask(&bot, &app, chat, lang, &known, &session).await?;
                ctx.dialogue.update(State::Editing(session)).await?;
                return Ok(());
            }
            Err(why) => Err(why),
        },
        (Field::Model, Some(provider)) => {
            input::model(&text).map(|model| model_request(&known, provider, model))
        }
        // Secrets were taken above; the mode is chosen at purchase and cannot change.
        (Field::Mode | Field::BotToken | Field::ModelKey, _) => {
            bot.send_message(chat, lang.t("edit-cancelled")).await?;
            return Ok(());
        }
    };
    match typed {
        Ok(request) => {
            let target = Target { chat, lang, actor };
            apply(&bot, &app, Some(&ctx.dialogue), target, &known, request, None).await.map(drop)
        }
        Err(why) => {
            bot.send_message(chat, explain_input(lang, &why)).await?;
            Ok(())
        }
    }
}

/// A new bot token or model key for the assistant being edited, pasted or from the form. Its
/// caller ([`route`](crate::bot::secrets::route), or `on_text` here) has checked with
/// `Incoming::awaited` that the edit waits for it, as the `awaited` kind, from its sender.
pub(crate) async fn receive_secret(
    incoming: Incoming<'_>,
    awaited: SecretKind,
    session: EditSession,
) -> Result<Delivered, HandlerError> {
    let Incoming { bot, app, arrival, ctx, .. } = incoming;
    let (chat, lang) = (arrival.chat, ctx.lang);
    let Some(known) = assistants::by_handle(&app.db, chat, session.handle).await? else {
        return intake::abandon(bot, &arrival, &ctx, "card-gone").await;
    };
    let intake = intake::take(bot, app, &arrival, lang, awaited).await?;
    // Refused: the user was told why; the edit stays.
    let Some((request, token_bot)) =
        intake.secret.as_ref().ok().and_then(|s| s.update(arrival.carrier))
    else {
        return Ok(intake.outcome());
    };
    let target = Target { chat, lang, actor: &arrival.from };
    let refused = apply(bot, app, Some(&ctx.dialogue), target, &known, request, token_bot).await?;
    Ok(refused.map_or_else(|| intake.outcome(), Delivered::Refused))
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

/// A button of an edit in progress, already parsed: the session's id and the action.
pub async fn on_button(
    bot: TgBot,
    query: CallbackQuery,
    ctx: Ctx,
    app: App,
    (mut session, id, action): (EditSession, u32, EditAction),
) -> HandlerResult {
    let chat = query.message.as_ref().map(|m| m.chat().id);
    let (Some(chat), true) = (chat, id == session.id && query.from.id.0 == session.owner) else {
        return stale(&bot, &query, &ctx).await;
    };
    let Some(known) = assistants::by_handle(&app.db, chat, session.handle).await? else {
        return stale(&bot, &query, &ctx).await;
    };
    bot.answer_callback_query(query.id.clone()).await?;
    let lang = ctx.lang;
    match (action, session.provider.clone()) {
        (EditAction::Cancel, _) => {
            ctx.dialogue.exit().await?;
            bot.send_message(chat, lang.t("edit-cancelled")).await?;
            Ok(())
        }
        (EditAction::Provider(index), None) => {
            let Some(provider) = catalog().byok.get(index) else { return Ok(()) };
            session.provider = Some(provider.provider.clone());
            ask(&bot, &app, chat, lang, &known, &session).await?;
            ctx.dialogue.update(State::Editing(session)).await?;
            Ok(())
        }
        (EditAction::Model(index), Some(provider)) => {
            let models = catalog().models_for(&mode_of(&known), Some(&provider));
            let Some(model) = models.get(index).cloned() else { return Ok(()) };
            let request = model_request(&known, provider, model);
            let target = Target { chat, lang, actor: &query.from };
            apply(&bot, &app, Some(&ctx.dialogue), target, &known, request, None).await.map(drop)
        }
        // A button of a step already answered.
        _ => Ok(()),
    }
}

/// Whose assistant an edit changes, and who changes it.
pub struct Target<'a> {
    /// The chat that owns the assistant (a group, for a secret handed off in private).
    pub chat: ChatId,
    /// That chat's language.
    pub lang: Lang,
    /// Who made the change (for the group's audit line).
    pub actor: &'a User,
}

/// Sends the PATCH for the deployment `known` of `target.chat`. Returns `None` when it was
/// saved, else what the chat was told. On success offers Redeploy
/// (when the state allows it) and the card there. `dialogue` is the conversation that asked
/// (the private one, for a group's secret handed off in private), left when it is done;
/// `None` for a change from a card button, which no conversation asked for.
pub async fn apply(
    bot: &TgBot,
    app: &App,
    dialogue: Option<&ChatDialogue>,
    target: Target<'_>,
    known: &KnownDeployment,
    request: UpdateRequest,
    token_bot: Option<TokenBot>,
) -> Result<Option<String>, HandlerError> {
    let Target { chat, lang, actor } = target;
    match assistants::edit(&app.db, &app.api, chat, known, &request, token_bot.as_ref()).await {
        Ok(fresh) => {
            leave(dialogue).await?;
            let name = fresh.display_name();
            let act = |action| Button::Act { handle: fresh.handle, action };
            let mut rows = Vec::new();
            if may_redeploy(&fresh.status()) {
                rows.push(vec![button(lang.t("btn-redeploy"), &act(CardAction::Redeploy))]);
            }
            rows.push(vec![button(lang.t("btn-open-card"), &Button::Card(fresh.handle))]);
            let text = lang.t_args("edit-saved", &[("name", name.clone().into())]);
            bot.send_message(chat, text).reply_markup(keyboard(rows)).await?;
            audit::record(bot, app, chat, actor, Audited::Edited, &name, lang).await?;
            Ok(None)
        }
        Err(ServiceError::NoKey) => {
            leave(dialogue).await?;
            let why = lang.t("list-no-key");
            bot.send_message(chat, why.clone()).await?;
            Ok(Some(why))
        }
        // The value does not fit: ask again, stay in the edit.
        Err(ServiceError::Api(e)) if e.code() == Some(&ErrorCode::InvalidInput) => {
            let why = explain_api(lang, &e);
            bot.send_message(chat, why.clone()).await?;
            Ok(Some(why))
        }
        Err(ServiceError::Api(e)) => {
            leave(dialogue).await?;
            let why = explain_api(lang, &e);
            let rows = vec![vec![button(lang.t("btn-open-card"), &Button::Card(known.handle))]];
            bot.send_message(chat, why.clone()).reply_markup(keyboard(rows)).await?;
            Ok(Some(why))
        }
        Err(e) => Err(e.into()),
    }
}

async fn leave(dialogue: Option<&ChatDialogue>) -> HandlerResult {
    if let Some(dialogue) = dialogue {
        dialogue.exit().await?;
    }
    Ok(())
}
