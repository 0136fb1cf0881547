//! /setkey and /forgetkey: the chat's Assistants API key.

use teloxide::{
    prelude::*,
    types::{InlineKeyboardButton, Me},
};

use super::{
    HandlerResult, TgBot,
    dialogue::{ChatDialogue, State},
    failure::explain_api,
    keyboard::keyboard,
    secret::delete_secret_message,
    team,
};
use crate::{
    api::{ApiClient, ApiError, ApiKey, ErrorCode},
    i18n::Lang,
    storage::Storage,
};

/// /setkey, with the key inline or asked for next.
// dptree injects each argument by type; grouping them would only hide what the handler uses.
#[allow(clippy::too_many_arguments)]
pub async fn setkey(
    bot: TgBot,
    msg: Message,
    dialogue: ChatDialogue,
    lang: Lang,
    me: Me,
    storage: Storage,
    api: ApiClient,
    inline: String,
) -> HandlerResult {
    if !msg.chat.is_private() {
        if !inline.trim().is_empty() {
            // The key was pasted in the group: get it out of sight, and say to rotate it.
            team::secret_in_group(bot.clone(), msg.clone(), lang).await?;
        }
        let Some(admin) = msg.from.as_ref() else { return Ok(()) };
        let link =
            team::handoff_link(&storage, &me, msg.chat.id, admin, team::purpose::KEY).await?;
        let open = InlineKeyboardButton::url(lang.t("btn-continue-private"), link);
        let text = lang.t_args("handoff-offer", &[("who", team::actor_name(admin).into())]);
        bot.send_message(msg.chat.id, text).reply_markup(keyboard(vec![vec![open]])).await?;
        return Ok(());
    }
    if inline.trim().is_empty() {
        dialogue.update(State::AwaitingApiKey).await?;
        bot.send_message(msg.chat.id, lang.t("setkey-ask")).await?;
        return Ok(());
    }
    check_and_store(&bot, &msg, &dialogue, lang, &storage, &api, &inline).await
}

/// The key, sent after /setkey asked for it.
pub async fn receive_key(
    bot: TgBot,
    msg: Message,
    dialogue: ChatDialogue,
    lang: Lang,
    storage: Storage,
    api: ApiClient,
) -> HandlerResult {
    let Some(text) = msg.text().map(str::to_owned) else {
        bot.send_message(msg.chat.id, lang.t("setkey-ask")).await?;
        return Ok(());
    };
    check_and_store(&bot, &msg, &dialogue, lang, &storage, &api, &text).await
}

async fn check_and_store(
    bot: &TgBot,
    msg: &Message,
    dialogue: &ChatDialogue,
    lang: Lang,
    storage: &Storage,
    api: &ApiClient,
    text: &str,
) -> HandlerResult {
    let deleted = delete_secret_message(bot, msg, lang).await;
    dialogue.exit().await?;
    let key = ApiKey::new(text);
    let reply = match verify_key(api, lang, &key).await {
        Ok(()) => {
            storage.set_api_key(msg.chat.id, &key).await?;
            lang.t_args("key-saved", &[("masked", key.masked().into())])
        }
        Err(why) => why,
    };
    bot.send_message(msg.chat.id, format!("{deleted}\n\n{reply}")).await?;
    Ok(())
}

/// Checks a key against the service (a key is only kept once the service accepts it);
/// `Err` holds the localized reason it was not accepted or could not be checked.
pub async fn verify_key(api: &ApiClient, lang: Lang, key: &ApiKey) -> Result<(), String> {
    match api.list(key).await {
        Ok(_) => Ok(()),
        Err(ApiError::Api(failure)) if failure.code == ErrorCode::Unauthorized => {
            Err(lang.t("setkey-rejected"))
        }
        Err(ApiError::Invalid(_)) => Err(lang.t("setkey-rejected")),
        Err(e) => {
            tracing::warn!(error = %e, "could not check an API key");
            Err(lang.t_args("setkey-unchecked", &[("reason", explain_api(lang, &e).into())]))
        }
    }
}

/// /forgetkey (in a group: admins only, and the group is told who did it).
pub async fn forgetkey(bot: TgBot, msg: Message, lang: Lang, storage: Storage) -> HandlerResult {
    let forgotten = storage.forget_api_key(msg.chat.id).await?;
    let key = if forgotten { "forgetkey-done" } else { "forgetkey-none" };
    bot.send_message(msg.chat.id, lang.t(key)).await?;
    if forgotten && let Some(admin) = msg.from.as_ref() {
        team::record(&bot, &storage, msg.chat.id, admin, team::Audited::KeyRemoved, "", lang)
            .await?;
    }
    Ok(())
}
