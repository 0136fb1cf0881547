//! Editing one field of an assistant: ask for the value with the wizard's checks (secrets
//! through the one intake, sealed in the dialogue state), PATCH it, then offer Redeploy when
//! the assistant's state allows one, so the change takes effect (`shared::edit::apply`).

use teloxide::prelude::*;

use crate::{
    api::{ApiMode, UpdateRequest},
    bot::{
        HandlerError, HandlerResult,
        context::Ctx,
        form,
        intake::{self, Arrival, Delivered},
        shared::{
            self, ask_reply_in_group,
            edit::{Change, apply},
        },
    },
    catalog::{MANAGED_PROVIDER, catalog},
    conversation::{EditSession, Field, State},
    present::{
        buttons::EditAction,
        errors::explain_input,
        keyboard::keyboard,
        manage::{self, Note},
        wizard::reply_here,
    },
    service::{
        assistants,
        input::{self, SecretKind},
    },
    storage::deployments::KnownDeployment,
};

fn mode_of(known: &KnownDeployment) -> ApiMode {
    known.mode().unwrap_or(ApiMode::Byok)
}

/// Starts editing `field` of `known`, for `owner`.
pub async fn begin(
    cx: &Ctx<'_>,
    owner: u64,
    known: &KnownDeployment,
    field: Field,
) -> HandlerResult {
    let provider = (!mode_of(known).is_byok())
        .then(|| known.model_provider.clone().unwrap_or_else(|| MANAGED_PROVIDER.into()));
    let session = EditSession { id: rand::random(), owner, handle: known.handle, field, provider };
    ask(cx, known, &session).await?;
    cx.dialogue.update(State::Editing(session)).await?;
    Ok(())
}

/// Sends the question of the session's current step; a secret's, in a private chat, offers
/// the secure form.
async fn ask(cx: &Ctx<'_>, known: &KnownDeployment, session: &EditSession) -> HandlerResult {
    let (chat, lang) = (cx.chat, cx.lang);
    let (text, rows) = manage::edit_question(lang, known, session, &mode_of(known));
    if let (Some(kind), true) = (SecretKind::of_field(session.field), chat.is_user()) {
        let prompt = form::Prompt { kind, text, rows };
        return form::ask(cx, UserId(session.owner), prompt).await;
    }
    cx.bot.send_message(chat, text).reply_markup(keyboard(rows)).await?;
    if !chat.is_user() {
        // Groups run in privacy mode: only replies to the bot reach it.
        ask_reply_in_group(cx, reply_here(lang)).await?;
    }
    Ok(())
}

/// A text message while an edit runs (a secret it waits for goes through `secrets::route`
/// instead).
pub async fn on_text(cx: &Ctx<'_>, msg: &Message, mut session: EditSession) -> HandlerResult {
    if cx.actor_id() != session.owner {
        return Ok(());
    }
    let (bot, chat, lang) = (cx.bot, cx.chat, cx.lang);
    let Some(known) = assistants::by_handle(&cx.app.db, chat, session.handle).await? else {
        cx.dialogue.exit().await?;
        bot.send_message(chat, manage::note(lang, Note::Gone)).await?;
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
                ask(cx, &known, &session).await?;
                cx.dialogue.update(State::Editing(session)).await?;
                return Ok(());
            }
            Err(why) => Err(why),
        },
        (Field::Model, Some(provider)) => {
            input::model(&text).map(|model| model_request(&known, provider, model))
        }
        // Secrets are taken by `secrets::route`; the mode is chosen at purchase and cannot
        // change.
        (Field::Mode | Field::BotToken | Field::ModelKey, _) => {
            bot.send_message(chat, manage::edit_cancelled(lang)).await?;
            return Ok(());
        }
    };
    match typed {
        Ok(request) => {
            let change = Change { known: &known, request, token_bot: None };
            apply(cx, None, change, true).await.map(drop)
        }
        Err(why) => {
            bot.send_message(chat, explain_input(lang, &why)).await?;
            Ok(())
        }
    }
}

/// A new bot token or model key for the assistant being edited, pasted or from the form. Its
/// caller, [`route`](crate::bot::secrets::route), has checked that the edit waits for it, as
/// the `awaited` kind, from its sender.
pub(crate) async fn receive_secret(
    cx: &Ctx<'_>,
    arrival: &Arrival,
    awaited: SecretKind,
    session: EditSession,
) -> Result<Delivered, HandlerError> {
    let Some(known) = assistants::by_handle(&cx.app.db, cx.chat, session.handle).await? else {
        return intake::abandon(cx, arrival, false).await;
    };
    let intake = intake::take(cx, arrival, awaited).await?;
    // Refused: the user was told why; the edit stays.
    let Some((request, token_bot)) =
        intake.secret.as_ref().ok().and_then(|s| s.update(arrival.carrier))
    else {
        return Ok(intake.outcome());
    };
    let refused = apply(cx, None, Change { known: &known, request, token_bot }, true).await?;
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

/// A button of the edit in progress (the schema checked the button is this edit's).
pub async fn on_button(
    cx: &Ctx<'_>,
    query: &CallbackQuery,
    mut session: EditSession,
    action: EditAction,
) -> HandlerResult {
    let chat = query.message.as_ref().map(|m| m.chat().id);
    let (Some(chat), true) = (chat, query.from.id.0 == session.owner) else {
        return shared::stale(cx, query).await;
    };
    let Some(known) = assistants::by_handle(&cx.app.db, chat, session.handle).await? else {
        return shared::stale(cx, query).await;
    };
    cx.bot.answer_callback_query(query.id.clone()).await?;
    match (action, session.provider.clone()) {
        (EditAction::Cancel, _) => {
            cx.dialogue.exit().await?;
            cx.bot.send_message(chat, manage::edit_cancelled(cx.lang)).await?;
            Ok(())
        }
        (EditAction::Provider(index), None) => {
            let Some(provider) = catalog().byok.get(index) else { return Ok(()) };
            session.provider = Some(provider.provider.clone());
            ask(cx, &known, &session).await?;
            cx.dialogue.update(State::Editing(session)).await?;
            Ok(())
        }
        (EditAction::Model(index), Some(provider)) => {
            let models = catalog().models_for(&mode_of(&known), Some(&provider));
            let Some(model) = models.get(index).cloned() else { return Ok(()) };
            let request = model_request(&known, provider, model);
            apply(cx, None, Change { known: &known, request, token_bot: None }, true)
                .await
                .map(drop)
        }
        // A button of a step already answered.
        _ => Ok(()),
    }
}
