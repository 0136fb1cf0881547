//! Confirm: buy the slot and hand the answers to the tracker, or activate a slot that is
//! already paid.

use teloxide::{
    prelude::*,
    types::{InlineKeyboardButton, User},
};
use url::Url;

use super::{Where, show};
use crate::{
    api::{ApiMode, ErrorCode, validate::is_public_host},
    app::App,
    bot::{HandlerResult, team::audit},
    conversation::{Field, State, Step, Wizard},
    present::{
        buttons::{Button, CardAction},
        errors::explain_api,
        keyboard::{button, keyboard},
        labels::status_label,
        wizard::retry_keyboard,
    },
    service::{
        ServiceError,
        activation::{self, ActivationDraft, Bought},
        audit::Audited,
    },
};

/// Confirm on the summary.
///
/// The wizard moves to `Submitting` before the API is called, and a chat's updates are handled
/// one at a time, so a second tap on Confirm finds no summary to confirm and buys nothing.
pub async fn confirm(at: &Where<'_>, app: &App, mut wizard: Wizard, actor: &User) -> HandlerResult {
    let (bot, chat, lang) = (at.bot, at.chat, at.lang);
    let Some(draft) = ActivationDraft::from_draft(&wizard.draft) else {
        // Cannot happen from the summary; ask for what is missing rather than fail.
        return show(at, Wizard { step: wizard.draft.next_step(), ..wizard }).await;
    };
    wizard.step = Step::Submitting;
    wizard.submitted_at = Some(crate::storage::unix_now());
    at.dialogue.update(State::Wizard(wizard.clone())).await?;

    if let Some(slot) = wizard.slot.clone() {
        return match activation::activate(app, chat, &slot, &draft).await {
            Ok(_) => {
                at.dialogue.exit().await?;
                let text = lang.t_args("wz-deploying", &[("name", draft.name.clone().into())]);
                bot.send_message(chat, text).await?;
                audit::record(bot, app, chat, actor, Audited::Activated, &draft.name, lang).await?;
                Ok(())
            }
            Err(ServiceError::Api(e)) if e.code() == Some(&ErrorCode::InvalidState) => {
                at.dialogue.exit().await?;
                let state = match activation::current_status(app, chat, &slot).await {
                    Some(now) => {
                        lang.t_args("wz-slot-state", &[("status", status_label(lang, &now).into())])
                    }
                    None => String::new(),
                };
                let text = format!("{}\n{state}", explain_api(lang, &e)).trim_end().to_owned();
                bot.send_message(chat, text).await?;
                Ok(())
            }
            Err(e) => refused(at, wizard, e).await,
        };
    }

    let bought = match activation::buy(app, chat, &draft).await {
        Ok(bought) => bought,
        Err(e) => return refused(at, wizard, e).await,
    };
    bought_by(at, app, actor, &draft.name, &bought).await
}

/// A wizard found in `Submitting`: its Confirm was cut short (a crash, a lost answer), so
/// whether the purchase went through is unknown. The account's list says: a slot that
/// appeared is adopted; otherwise the summary comes back to confirm again. Never a second
/// purchase on a guess.
pub async fn resume(at: &Where<'_>, app: &App, mut wizard: Wizard, actor: &User) -> HandlerResult {
    let (bot, chat, lang) = (at.bot, at.chat, at.lang);
    let draft = ActivationDraft::from_draft(&wizard.draft);
    let adopted = match (&wizard.slot, draft) {
        // Activating a paid slot twice is harmless (the API answers 409, taken as done).
        (None, Some(draft)) => {
            match activation::reconcile_since(app, chat, &draft, wizard.submitted_at).await {
                Ok(found) => found.map(|bought| (bought, draft)),
                Err(e) => return refused(at, wizard, e).await,
            }
        }
        _ => None,
    };
    if let Some((bought, draft)) = adopted {
        return bought_by(at, app, actor, &draft.name, &bought).await;
    }
    bot.send_message(chat, lang.t("wz-resumed")).await?;
    wizard.step = Step::Summary;
    show(at, wizard).await
}

/// A slot bought (or adopted) for the wizard: it ends, the user is shown where to pay, and a
/// group's log says who bought it.
async fn bought_by(
    at: &Where<'_>,
    app: &App,
    actor: &User,
    name: &str,
    bought: &Bought,
) -> HandlerResult {
    at.dialogue.exit().await?;
    announce_bought(at, name, bought).await?;
    audit::record(at.bot, app, at.chat, actor, Audited::Bought, name, at.lang).await?;
    Ok(())
}

/// The message under which the user pays: the checkout link (or, for a slot adopted without
/// one, where to pay), and Stop waiting.
async fn announce_bought(at: &Where<'_>, name: &str, bought: &Bought) -> HandlerResult {
    let lang = at.lang;
    let stop = button(
        lang.t("btn-stop-waiting"),
        &Button::Act { handle: bought.known.handle, action: CardAction::StopWaiting },
    );
    let Some(checkout) = &bought.checkout_url else {
        let text = lang.t_args("wz-pay-adopted", &[("name", name.to_owned().into())]);
        at.bot.send_message(at.chat, text).reply_markup(keyboard(vec![vec![stop]])).await?;
        return Ok(());
    };
    let mut text = lang.t_args("wz-pay", &[("name", name.to_owned().into())]);
    let rows = match Url::parse(checkout) {
        Ok(url) if is_public_host(&url) => {
            vec![vec![InlineKeyboardButton::url(lang.t("btn-pay"), url)], vec![stop]]
        }
        // Telegram refuses URL buttons to local addresses (the simulator's checkout page):
        // give the link as text instead.
        _ => {
            text.push_str(&format!("\n\n{checkout}"));
            vec![vec![stop]]
        }
    };
    at.bot.send_message(at.chat, text).reply_markup(keyboard(rows)).await?;
    Ok(())
}

/// The submission failed: say what happened and what to do next, and put the wizard where
/// that next step is.
async fn refused(at: &Where<'_>, mut wizard: Wizard, error: ServiceError) -> HandlerResult {
    let (bot, chat, lang) = (at.bot, at.chat, at.lang);
    let error = match error {
        ServiceError::Api(e) => e,
        ServiceError::NoKey => {
            at.dialogue.exit().await?;
            bot.send_message(chat, lang.t("wz-needs-key")).await?;
            return Ok(());
        }
        ServiceError::Storage(e) => return Err(e.into()),
    };
    tracing::info!(chat = chat.0, error = %error, "the wizard's submission was refused");
    let explanation = explain_api(lang, &error);
    match error.code() {
        // One of the reference's pages offers only byok and managed: an account may not be
        // able to buy unlimited. Ask for the mode again rather than blame the input.
        Some(ErrorCode::InvalidRequest) if wizard.draft.mode == Some(ApiMode::Unlimited) => {
            bot.send_message(chat, lang.t("wz-unlimited-refused")).await?;
            wizard.draft.clear(Field::Mode);
            wizard.step = wizard.draft.next_step();
            show(at, wizard).await
        }
        // The model does not fit: ask for it again, keep everything else.
        Some(ErrorCode::InvalidInput) => {
            bot.send_message(chat, explanation).await?;
            wizard.draft.clear(Field::Model);
            wizard.step = wizard.draft.next_step();
            show(at, wizard).await
        }
        // Nothing the user can change here will help: leave the wizard.
        Some(ErrorCode::ApiDisabled | ErrorCode::NotFound | ErrorCode::InvalidState) => {
            at.dialogue.exit().await?;
            bot.send_message(chat, explanation).await?;
            Ok(())
        }
        // Transient, or fixable elsewhere (/setkey): back to the summary with a Try again.
        _ => {
            wizard.step = Step::Summary;
            at.dialogue.update(State::Wizard(wizard.clone())).await?;
            bot.send_message(chat, explanation).reply_markup(retry_keyboard(lang, &wizard)).await?;
            Ok(())
        }
    }
}
