//! Secrets never go through a group: a one-time link takes the admin to a private chat, which
//! collects the secret and binds it back to the group.

use teloxide::prelude::*;

use crate::{
    app::App,
    bot::{
        HandlerError, HandlerResult,
        context::Ctx,
        form,
        intake::{self, Arrival, Delivered, Secret},
        shared::{
            edit::{self, Change},
            fits, newbot,
        },
    },
    conversation::{Field, State, Step, Wizard},
    i18n::Lang,
    present::{self, bots::Offer, replies, team, wizard::Ask},
    service::{
        groups,
        handoff::{self as links, HANDOFF_TTL_SECS, Purpose},
        input::SecretKind,
    },
    storage::StorageError,
};

/// `/start <nonce>` in a private chat: redeems a hand-off link.
pub async fn redeem(cx: &Ctx<'_>, payload: &str) -> HandlerResult {
    let Some(user) = cx.actor else { return Ok(()) };
    let (bot, app, chat, lang) = (cx.bot, cx.app, cx.chat, cx.lang);
    let redeemed = match links::redeem(&app.db, payload, user.id).await? {
        Ok(redeemed) => redeemed,
        Err(refusal) => {
            let text = present::audit::refusal(lang, refusal, HANDOFF_TTL_SECS / 60);
            bot.send_message(chat, text).await?;
            return Ok(());
        }
    };
    let group = redeemed.group.0;
    match redeemed.purpose {
        Purpose::Key => {
            cx.dialogue.update(State::GroupKey { group }).await?;
            let prompt = form::Prompt::plain(SecretKind::ApiKey, team::key_ask(lang));
            form::ask(cx, user.id, prompt).await?;
        }
        Purpose::Wizard => match group_wizard(app, redeemed.group, user.id.0).await? {
            Some(wizard) => {
                cx.dialogue.update(State::GroupSecrets { group }).await?;
                form::ask(cx, user.id, wizard_prompt(lang, &wizard)).await?;
                // The same offer as a private wizard's: the bot created here, for the group.
                if wizard_secret_kind(&wizard) == SecretKind::BotToken
                    && newbot::available(bot).await
                {
                    let name = wizard.draft.name.as_deref();
                    newbot::offer(cx, name, Offer::First).await?;
                }
            }
            None => {
                bot.send_message(chat, replies::secret_target_gone(lang, true)).await?;
            }
        },
        Purpose::Edit { handle, field } => {
            if app.db.deployment_by_handle(redeemed.group, handle).await?.is_none() {
                bot.send_message(chat, team::unknown_assistant(lang)).await?;
                return Ok(());
            }
            cx.dialogue.update(State::GroupEdit { group, handle, field }).await?;
            let (kind, text) = if field == Field::ModelKey {
                (SecretKind::ModelKey, team::edit_key_ask(lang))
            } else {
                (SecretKind::BotToken, present::wizard::secret_prompt(lang, Ask::BotToken))
            };
            form::ask(cx, user.id, form::Prompt::plain(kind, text)).await?;
        }
    }
    Ok(())
}

/// A secret of the group's wizard, sent in private after a hand-off link. `meant`, when
/// given, is the kind the sender meant (the form's): another step waiting is not awaited.
/// The route (`secrets::route`) found this chat waiting; whether the group's wizard waits for
/// it, and from whom, is asked here of the wizard itself, with the same `fits`.
pub async fn receive_secret(
    cx: &Ctx<'_>,
    arrival: &Arrival,
    meant: Option<SecretKind>,
    group: i64,
) -> Result<Delivered, HandlerError> {
    let (bot, app, chat, lang) = (cx.bot, cx.app, cx.chat, cx.lang);
    let group = groups::current(&app.db, ChatId(group)).await?;
    // The group's wizard is read and written here, from this private chat: the group's turn
    // keeps the group's own updates from changing it in between.
    let _group_turn = app.turns.take(group.0).await;
    let Some(mut wizard) = group_wizard(app, group, arrival.from.id.0).await? else {
        return intake::abandon(cx, arrival, true).await;
    };
    let kind = Some(wizard_secret_kind(&wizard));
    let Some(awaited) = fits(kind, wizard.owner, arrival.from.id, meant) else {
        return Ok(Delivered::NotAwaited);
    };
    let intake = intake::take(cx, arrival, awaited).await?;
    match &intake.secret {
        Ok(secret @ (Secret::ModelKey(_) | Secret::BotToken(..))) => {
            secret.fill(&mut wizard.draft, arrival.carrier);
        }
        _ => return Ok(intake.outcome()),
    }
    // Whatever the way, a "Create the bot for me" keyboard offered here has done its job.
    let put_away = awaited == SecretKind::BotToken;
    wizard.step = wizard.draft.next_step();
    app.dialogues.write(group, &State::Wizard(wizard.clone())).await?;
    if matches!(wizard.step, Step::BotToken | Step::ModelKey) {
        if put_away {
            // The token is in: its confirmation takes the "Create the bot for me" keyboard
            // away (the prompt below carries the form's button, and a message only one kind).
            let username = wizard.draft.bot_username.as_deref().unwrap_or_default();
            let ok = present::wizard::bot_token_ok(lang, username);
            newbot::put_away(cx, intake.lead("\n", &ok)).await?;
        } else if let Some(deleted) = &intake.deleted {
            bot.send_message(chat, deleted.clone()).await?;
        }
        form::ask(cx, arrival.from.id, wizard_prompt(lang, &wizard)).await?;
        return Ok(intake.outcome());
    }
    cx.dialogue.exit().await?;
    let done = intake.lead("\n", &team::wizard_done(lang));
    if put_away {
        newbot::put_away(cx, done).await?;
    } else {
        bot.send_message(chat, done).await?;
    }
    // The wizard goes on in the group, where everyone sees the (masked) summary.
    let (text, keyboard) = present::wizard::render(app.chat_lang(group).await, &wizard, true);
    bot.send_message(group, text).reply_markup(keyboard).await?;
    Ok(intake.outcome())
}

/// A new secret for a group's assistant, sent in private after a hand-off link: PATCHed with
/// the group's key, and the group gets the confirmation and the Redeploy button.
pub async fn receive_edit(
    cx: &Ctx<'_>,
    arrival: &Arrival,
    group: i64,
    handle: i64,
    field: Field,
) -> Result<Delivered, HandlerError> {
    let app = cx.app;
    let group = groups::current(&app.db, ChatId(group)).await?;
    let Some(known) = app.db.deployment_by_handle(group, handle).await? else {
        return intake::abandon(cx, arrival, false).await;
    };
    let Some(kind) = SecretKind::of_field(field) else { return Ok(Delivered::NotAwaited) };
    let intake = intake::take(cx, arrival, kind).await?;
    let Some((request, token_bot)) =
        intake.secret.as_ref().ok().and_then(|s| s.update(arrival.carrier))
    else {
        return Ok(intake.outcome());
    };
    let change = Change { known: &known, request, token_bot };
    let refused = edit::apply(cx, Some(group), change, true).await?;
    // The group hears how it went; this chat, whether it is done.
    let said = match &refused {
        None => team::edit_done(cx.lang),
        Some(why) => why.clone(),
    };
    cx.bot.send_message(arrival.chat, intake.lead("\n", &said)).await?;
    Ok(refused.map_or_else(|| intake.outcome(), Delivered::Refused))
}

/// The group's wizard, if it is `owner`'s and waiting for a secret.
async fn group_wizard(
    app: &App,
    group: ChatId,
    owner: u64,
) -> Result<Option<Wizard>, StorageError> {
    Ok(match app.dialogues.read(group).await? {
        Some(State::Wizard(wizard))
            if wizard.owner == owner && matches!(wizard.step, Step::BotToken | Step::ModelKey) =>
        {
            Some(wizard)
        }
        _ => None,
    })
}

/// The kind of secret a group's wizard waits for (`group_wizard` found it at a secret step).
fn wizard_secret_kind(wizard: &Wizard) -> SecretKind {
    SecretKind::of_step(wizard.step).unwrap_or(SecretKind::BotToken)
}

/// The question for the next secret of a group's wizard.
fn wizard_prompt(lang: Lang, wizard: &Wizard) -> form::Prompt {
    let ask = match wizard_secret_kind(wizard) {
        SecretKind::ModelKey => Ask::ModelKey { provider: wizard.draft.provider.as_deref() },
        // A group's wizard asks for no API key: its own comes with /setkey.
        SecretKind::BotToken | SecretKind::ApiKey => Ask::BotToken,
    };
    let text = present::wizard::secret_prompt(lang, ask);
    form::Prompt::plain(ask.kind(), text)
}
