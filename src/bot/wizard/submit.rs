//! Confirm: buy the slot and hand the answers to the tracker, or activate a slot that is
//! already paid.

use teloxide::prelude::*;

use crate::{
    api::{ApiMode, ErrorCode},
    bot::{
        HandlerResult,
        context::Ctx,
        shared::{audit, wizard::show},
    },
    conversation::{Field, State, Step, Wizard},
    present::{
        errors::{Failure, explain},
        wizard::{self as texts, retry_keyboard},
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
pub async fn confirm(cx: &Ctx<'_>, mut wizard: Wizard) -> HandlerResult {
    let (bot, app, chat, lang) = (cx.bot, cx.app, cx.chat, cx.lang);
    let Some(draft) = ActivationDraft::from_draft(&wizard.draft) else {
        // Cannot happen from the summary; ask for what is missing rather than fail.
        return show(cx, Wizard { step: wizard.draft.next_step(), ..wizard }).await;
    };
    wizard.step = Step::Submitting;
    wizard.submitted_at = Some(crate::storage::unix_now());
    cx.dialogue.update(State::Wizard(wizard.clone())).await?;

    if let Some(slot) = wizard.slot.clone() {
        return match activation::activate(&app.db, &app.api, &app.callbacks, chat, &slot, &draft)
            .await
        {
            Ok(_) => {
                cx.dialogue.exit().await?;
                let text = texts::deploying(lang, draft.name.clone());
                bot.send_message(chat, text).await?;
                audit::record(cx, chat, lang, Audited::Activated, &draft.name).await?;
                Ok(())
            }
            Err(ServiceError::Api(e)) if e.code() == Some(&ErrorCode::InvalidState) => {
                cx.dialogue.exit().await?;
                let now = activation::current_status(&app.db, &app.api, chat, &slot).await;
                let why = explain(lang, &app.dashboard(), Failure::Api(&e));
                let text = texts::slot_refused(lang, why, now.as_ref());
                bot.send_message(chat, text).await?;
                Ok(())
            }
            Err(e) => refused(cx, wizard, e).await,
        };
    }

    let bought = match activation::buy(&app.db, &app.api, chat, &draft).await {
        Ok(bought) => bought,
        Err(e) => return refused(cx, wizard, e).await,
    };
    bought_by(cx, &draft.name, &bought).await
}

/// A wizard found in `Submitting`: its Confirm was cut short (a crash, a lost answer), so
/// whether the purchase went through is unknown. The account's list says: a slot that
/// appeared is adopted; otherwise the summary comes back to confirm again. Never a second
/// purchase on a guess.
pub async fn resume(cx: &Ctx<'_>, mut wizard: Wizard) -> HandlerResult {
    let (bot, app, chat, lang) = (cx.bot, cx.app, cx.chat, cx.lang);
    let draft = ActivationDraft::from_draft(&wizard.draft);
    let adopted = match (&wizard.slot, draft) {
        // Activating a paid slot twice is harmless (the API answers 409, taken as done).
        (None, Some(draft)) => {
            match activation::reconcile_since(&app.db, &app.api, chat, &draft, wizard.submitted_at)
                .await
            {
                Ok(found) => found.map(|bought| (bought, draft)),
                Err(e) => return refused(cx, wizard, e).await,
            }
        }
        _ => None,
    };
    if let Some((bought, draft)) = adopted {
        return bought_by(cx, &draft.name, &bought).await;
    }
    bot.send_message(chat, texts::resumed(lang)).await?;
    wizard.step = Step::Summary;
    show(cx, wizard).await
}

/// A slot bought (or adopted) for the wizard: it ends, the user is shown where to pay, and a
/// group's log says who bought it.
async fn bought_by(cx: &Ctx<'_>, name: &str, bought: &Bought) -> HandlerResult {
    cx.dialogue.exit().await?;
    announce_bought(cx, name, bought).await?;
    audit::record(cx, cx.chat, cx.lang, Audited::Bought, name).await?;
    Ok(())
}

/// The message under which the user pays: the checkout link (or, for a slot adopted without
/// one, where to pay), and Stop waiting.
async fn announce_bought(cx: &Ctx<'_>, name: &str, bought: &Bought) -> HandlerResult {
    let checkout = bought.checkout_url.as_deref();
    let dashboard = cx.app.dashboard();
    let (text, markup) = texts::pay(cx.lang, name, bought.known.handle, checkout, &dashboard);
    cx.bot.send_message(cx.chat, text).reply_markup(markup).await?;
    Ok(())
}

/// The submission failed: say what happened and what to do next, and put the wizard where
/// that next step is.
async fn refused(cx: &Ctx<'_>, mut wizard: Wizard, error: ServiceError) -> HandlerResult {
    let (bot, chat, lang) = (cx.bot, cx.chat, cx.lang);
    let error = match error {
        ServiceError::Api(e) => e,
        ServiceError::NoKey => {
            cx.dialogue.exit().await?;
            bot.send_message(chat, texts::needs_key(lang)).await?;
            return Ok(());
        }
        ServiceError::Storage(e) => return Err(e.into()),
    };
    tracing::info!(chat = chat.0, error = %error, "the wizard's submission was refused");
    let explanation = explain(lang, &cx.app.dashboard(), Failure::Api(&error));
    match error.code() {
        // One of the reference's pages offers only byok and managed: an account may not be
        // able to buy unlimited. Ask for the mode again rather than blame the input.
        Some(ErrorCode::InvalidRequest) if wizard.draft.mode == Some(ApiMode::Unlimited) => {
            bot.send_message(chat, texts::unlimited_refused(lang)).await?;
            wizard.draft.clear(Field::Mode);
            wizard.step = wizard.draft.next_step();
            show(cx, wizard).await
        }
        // The model does not fit: ask for it again, keep everything else.
        Some(ErrorCode::InvalidInput) => {
            bot.send_message(chat, explanation).await?;
            wizard.draft.clear(Field::Model);
            wizard.step = wizard.draft.next_step();
            show(cx, wizard).await
        }
        // The service is off for a while: the answers stay, and Try again resumes the wizard
        // when it is back.
        Some(ErrorCode::ApiDisabled) => {
            wizard.step = Step::Summary;
            cx.dialogue.update(State::Wizard(wizard.clone())).await?;
            let text = format!("{explanation}\n{}", texts::kept_for_later(lang));
            bot.send_message(chat, text).reply_markup(retry_keyboard(lang, &wizard)).await?;
            Ok(())
        }
        // Nothing the user can change here will help: leave the wizard.
        Some(ErrorCode::NotFound | ErrorCode::InvalidState) => {
            cx.dialogue.exit().await?;
            bot.send_message(chat, explanation).await?;
            Ok(())
        }
        // Transient, or fixable elsewhere (/setkey): back to the summary with a Try again.
        _ => {
            wizard.step = Step::Summary;
            cx.dialogue.update(State::Wizard(wizard.clone())).await?;
            bot.send_message(chat, explanation).reply_markup(retry_keyboard(lang, &wizard)).await?;
            Ok(())
        }
    }
}
