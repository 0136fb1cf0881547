//! Confirm: buy the slot and hand the answers to the tracker, or activate a slot that is
//! already paid.

use teloxide::{
    prelude::*,
    types::{InlineKeyboardButton, InlineKeyboardMarkup, User},
};
use url::Url;

use super::{
    show,
    state::{Step, Wizard},
};
use crate::{
    api::{ApiClient, ApiError, ErrorCode, validate::is_public_host},
    bot::{
        HandlerResult, TgBot,
        activation::{ActivationDraft, ActivationError, activate_slot},
        callback::{Callback, WizardAction},
        dialogue::ChatDialogue,
        failure::explain_api,
        keyboard::{button, keyboard},
        team::{self, Audited},
    },
    callbacks::Callbacks,
    i18n::Lang,
    storage::Storage,
    tracker::notices::status_label,
};

/// Confirm on the summary.
///
/// The wizard moves to `Submitting` before the API is called, and a chat's updates are handled
/// one at a time, so a second tap on Confirm finds no summary to confirm and buys nothing.
pub async fn confirm(
    bot: &TgBot,
    chat: ChatId,
    lang: Lang,
    dialogue: &ChatDialogue,
    mut wizard: Wizard,
    actor: &User,
    (storage, api, callbacks): (&Storage, &ApiClient, &Callbacks),
) -> HandlerResult {
    let Some(key) = storage.api_key(chat).await? else {
        dialogue.exit().await?;
        bot.send_message(chat, lang.t("wz-needs-key")).await?;
        return Ok(());
    };
    let Some(draft) = ActivationDraft::from_draft(&wizard.draft) else {
        // Cannot happen from the summary; ask for what is missing rather than fail.
        return show(
            bot,
            chat,
            lang,
            dialogue,
            Wizard { step: wizard.draft.next_step(), ..wizard },
        )
        .await;
    };
    wizard.step = Step::Submitting;
    dialogue.update(crate::bot::dialogue::State::Wizard(wizard.clone())).await?;

    if let Some(slot) = wizard.slot.clone() {
        return match activate_slot(storage, api, callbacks, &key, chat, &slot, &draft).await {
            Ok(_) => {
                dialogue.exit().await?;
                let text = lang.t_args("wz-deploying", &[("name", draft.name.clone().into())]);
                bot.send_message(chat, text).await?;
                team::record(bot, storage, chat, actor, Audited::Activated, &draft.name, lang)
                    .await?;
                Ok(())
            }
            Err(ActivationError::Api(e)) if e.code() == Some(&ErrorCode::InvalidState) => {
                dialogue.exit().await?;
                let state = match api.status(&key, &slot).await {
                    Ok(now) => lang.t_args(
                        "wz-slot-state",
                        &[("status", status_label(lang, &now.status).into())],
                    ),
                    Err(_) => String::new(),
                };
                bot.send_message(
                    chat,
                    format!("{}\n{state}", explain_api(lang, &e)).trim_end().to_owned(),
                )
                .await?;
                Ok(())
            }
            Err(ActivationError::Api(e)) => refused(bot, chat, lang, dialogue, wizard, &e).await,
            Err(ActivationError::Storage(e)) => Err(e.into()),
        };
    }

    let mode = draft.mode.clone();
    let purchase = match api.purchase(&key, mode.clone()).await {
        Ok(purchase) => purchase,
        Err(e) => return refused(bot, chat, lang, dialogue, wizard, &e).await,
    };
    // From here the slot exists: record it before anything else can fail.
    let known =
        storage.record_purchase(chat, &purchase.deployment_id, &mode, Some(&draft.name)).await?;
    storage.save_pending_activation(chat, &purchase.deployment_id, &draft).await?;
    dialogue.exit().await?;

    let stop = button(lang.t("btn-stop-waiting"), &Callback::StopWaiting(known.handle));
    let mut text = lang.t_args("wz-pay", &[("name", draft.name.clone().into())]);
    let rows = match Url::parse(&purchase.checkout_url) {
        Ok(url) if is_public_host(&url) => {
            vec![vec![InlineKeyboardButton::url(lang.t("btn-pay"), url)], vec![stop]]
        }
        // Telegram refuses URL buttons to local addresses (the simulator's checkout page):
        // give the link as text instead.
        _ => {
            text.push_str(&format!("\n\n{}", purchase.checkout_url));
            vec![vec![stop]]
        }
    };
    bot.send_message(chat, text).reply_markup(keyboard(rows)).await?;
    team::record(bot, storage, chat, actor, Audited::Bought, &draft.name, lang).await?;
    Ok(())
}

/// The service refused or failed: say what happened and what to do next, and put the wizard
/// where that next step is.
async fn refused(
    bot: &TgBot,
    chat: ChatId,
    lang: Lang,
    dialogue: &ChatDialogue,
    mut wizard: Wizard,
    error: &ApiError,
) -> HandlerResult {
    tracing::info!(chat = chat.0, error = %error, "the wizard's submission was refused");
    let explanation = explain_api(lang, error);
    match error.code() {
        // The model does not fit: ask for it again, keep everything else.
        Some(ErrorCode::InvalidInput) => {
            bot.send_message(chat, explanation).await?;
            wizard.draft.clear(crate::bot::callback::Field::Model);
            wizard.step = wizard.draft.next_step();
            show(bot, chat, lang, dialogue, wizard).await
        }
        // Nothing the user can change here will help: leave the wizard.
        Some(ErrorCode::ApiDisabled | ErrorCode::NotFound | ErrorCode::InvalidState) => {
            dialogue.exit().await?;
            bot.send_message(chat, explanation).await?;
            Ok(())
        }
        // Transient, or fixable elsewhere (/setkey): back to the summary with a Try again.
        _ => {
            wizard.step = Step::Summary;
            dialogue.update(crate::bot::dialogue::State::Wizard(wizard.clone())).await?;
            let cb = |action| Callback::Wizard { wizard: wizard.id, action };
            let rows: InlineKeyboardMarkup = keyboard(vec![
                vec![button(lang.t("btn-try-again"), &cb(WizardAction::Confirm))],
                vec![button(lang.t("btn-cancel"), &cb(WizardAction::Cancel))],
            ]);
            bot.send_message(chat, explanation).reply_markup(rows).await?;
            Ok(())
        }
    }
}
