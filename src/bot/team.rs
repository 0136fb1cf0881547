//! Groups: admins-only refusals, the audit log, hand-off links that take secrets to a
//! private chat, and secrets pasted into a group anyway.

use std::sync::Arc;

use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};
use rand::RngCore as _;
use teloxide::{
    dispatching::dialogue::Storage as _,
    prelude::*,
    types::{ForceReply, Me, User},
};

use super::{
    HandlerResult, TgBot,
    dialogue::{ChatDialogue, State},
    input,
    secret::delete_secret_message,
    wizard::{
        TelegramApiUrl, prompt,
        state::{Step, Wizard},
    },
};
use crate::{
    api::{ApiClient, ApiKey, UpdateRequest},
    callbacks::hash,
    i18n::Lang,
    storage::{
        Storage, StorageError,
        dialogues::DialogueStore,
        teams::{HANDOFF_TTL_SECS, HandoffRefusal},
    },
};

/// A command only admins may use, sent by someone else.
pub async fn admins_only_command(bot: TgBot, msg: Message, lang: Lang) -> HandlerResult {
    bot.send_message(msg.chat.id, lang.t("team-admins-only")).await?;
    Ok(())
}

/// A button only admins may press, pressed by someone else: an alert, nothing else.
pub async fn admins_only_button(bot: TgBot, query: CallbackQuery, lang: Lang) -> HandlerResult {
    bot.answer_callback_query(query.id).text(lang.t("team-admins-only")).show_alert(true).await?;
    Ok(())
}

/// How a user is named in group lines: @username, else the first name.
pub fn actor_name(user: &User) -> String {
    user.username.as_ref().map_or_else(|| user.first_name.clone(), |u| format!("@{u}"))
}

/// What can be audited, with its stable tag (stored) and its line (`audit-<tag>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audited {
    /// The group's API key was set.
    KeySet,
    /// The group's API key was removed.
    KeyRemoved,
    /// A slot was bought.
    Bought,
    /// A paid slot was activated.
    Activated,
    /// An assistant was stopped.
    Stopped,
    /// An assistant was redeployed.
    Redeployed,
    /// An assistant was deleted.
    Deleted,
    /// An assistant's configuration was changed.
    Edited,
}

impl Audited {
    fn tag(self) -> &'static str {
        match self {
            Self::KeySet => "key-set",
            Self::KeyRemoved => "key-removed",
            Self::Bought => "bought",
            Self::Activated => "activated",
            Self::Stopped => "stopped",
            Self::Redeployed => "redeployed",
            Self::Deleted => "deleted",
            Self::Edited => "edited",
        }
    }
}

fn audit_line(lang: Lang, who: &str, tag: &str, target: &str) -> String {
    lang.t_args(
        &format!("audit-{tag}"),
        &[("who", who.to_owned().into()), ("name", target.to_owned().into())],
    )
}

/// Records what `actor` did in `chat` and posts it there as one line. Private chats have no
/// audience and keep no log.
pub async fn record(
    bot: &TgBot,
    storage: &Storage,
    chat: ChatId,
    actor: &User,
    what: Audited,
    target: &str,
    lang: Lang,
) -> Result<(), StorageError> {
    if chat.is_user() {
        return Ok(());
    }
    let who = actor_name(actor);
    storage.audit(chat, actor.id, &who, what.tag(), target).await?;
    if let Err(e) = bot.send_message(chat, audit_line(lang, &who, what.tag(), target)).await {
        tracing::warn!(chat = chat.0, error = %e, "could not post an audit line");
    }
    Ok(())
}

/// /audit: the group's last 20 entries (admins only, by the schema's filter).
pub async fn audit(bot: TgBot, msg: Message, lang: Lang, storage: Storage) -> HandlerResult {
    let entries = storage.audit_log(msg.chat.id, 20).await?;
    if entries.is_empty() {
        bot.send_message(msg.chat.id, lang.t("audit-empty")).await?;
        return Ok(());
    }
    let mut lines = vec![lang.t("audit-title")];
    for entry in entries {
        let at =
            std::time::UNIX_EPOCH + std::time::Duration::from_secs(entry.created_at.max(0) as u64);
        let at = humantime::format_rfc3339_seconds(at).to_string();
        let line = audit_line(lang, &entry.actor, &entry.action, &entry.target);
        lines.push(format!("{} — {line}", at[..16].replace('T', " ")));
    }
    bot.send_message(msg.chat.id, lines.join("\n")).await?;
    Ok(())
}

/// What a hand-off link collects.
pub mod purpose {
    /// The group's API key.
    pub const KEY: &str = "key";
    /// The secrets of the group's wizard.
    pub const WIZARD: &str = "wizard";

    use crate::bot::callback::Field;

    /// A new bot token or model key for the group's assistant `handle`.
    pub fn edit(handle: i64, field: Field) -> String {
        let what = if field == Field::ModelKey { "key" } else { "token" };
        format!("edit:{what}:{handle}")
    }

    /// The assistant and field of an `edit` purpose.
    pub fn parse_edit(purpose: &str) -> Option<(i64, Field)> {
        let mut parts = purpose.strip_prefix("edit:")?.split(':');
        let field = match parts.next()? {
            "key" => Field::ModelKey,
            "token" => Field::BotToken,
            _ => return None,
        };
        Some((parts.next()?.parse().ok()?, field))
    }
}

/// Makes a one-time link `t.me/<bot>?start=<nonce>` for `user` to bring a secret for `group`
/// into a private chat. The nonce is 32 URL-safe characters; only its hash is stored.
pub async fn handoff_link(
    storage: &Storage,
    me: &Me,
    group: ChatId,
    user: &User,
    purpose: &str,
) -> Result<url::Url, StorageError> {
    let mut bytes = [0u8; 24];
    rand::thread_rng().fill_bytes(&mut bytes);
    let nonce = URL_SAFE_NO_PAD.encode(bytes);
    storage.create_handoff(&hash(&nonce), group, user.id, purpose).await?;
    let mut link = me.tme_url();
    link.set_query(Some(&format!("start={nonce}")));
    Ok(link)
}

/// `/start <nonce>` in a private chat: redeems a hand-off link.
// dptree injects each argument by type; grouping them would only hide what the handler uses.
#[allow(clippy::too_many_arguments)]
pub async fn redeem(
    bot: TgBot,
    msg: Message,
    dialogue: ChatDialogue,
    lang: Lang,
    payload: String,
    storage: Storage,
    dialogues: Arc<DialogueStore<State>>,
) -> HandlerResult {
    let Some(user) = msg.from.as_ref() else { return Ok(()) };
    let chat = msg.chat.id;
    let handoff = match storage.use_handoff(&hash(payload.trim()), user.id).await? {
        Ok(handoff) => handoff,
        Err(refusal) => {
            let key = match refusal {
                HandoffRefusal::Expired => "handoff-expired",
                HandoffRefusal::Used => "handoff-used",
                HandoffRefusal::OtherUser => "handoff-other-user",
                HandoffRefusal::Unknown => "handoff-unknown",
            };
            let minutes = HANDOFF_TTL_SECS / 60;
            bot.send_message(chat, lang.t_args(key, &[("minutes", minutes.into())])).await?;
            return Ok(());
        }
    };
    let group = handoff.group_id;
    match handoff.purpose.as_str() {
        purpose::KEY => {
            dialogue.update(State::GroupKey { group }).await?;
            bot.send_message(chat, lang.t("handoff-key-ask")).await?;
        }
        purpose::WIZARD => match group_wizard(&dialogues, ChatId(group), user.id.0).await? {
            Some(wizard) => {
                dialogue.update(State::GroupSecrets { group }).await?;
                ask_secret(&bot, chat, lang, &wizard).await?;
            }
            None => {
                bot.send_message(chat, lang.t("handoff-wizard-gone")).await?;
            }
        },
        other => match purpose::parse_edit(other) {
            Some((handle, field))
                if storage.deployment_by_handle(ChatId(group), handle).await?.is_some() =>
            {
                dialogue.update(State::GroupEdit { group, handle, field }).await?;
                let key = if field == crate::bot::callback::Field::ModelKey {
                    "handoff-edit-key"
                } else {
                    "wz-bot-token"
                };
                bot.send_message(chat, lang.t(key)).await?;
            }
            _ => {
                bot.send_message(chat, lang.t("handoff-unknown")).await?;
            }
        },
    }
    Ok(())
}

/// A new secret for a group's assistant, sent in private after a hand-off link: PATCHed with
/// the group's key, and the group gets the confirmation and the Redeploy button.
// dptree injects each argument by type; grouping them would only hide what the handler uses.
#[allow(clippy::too_many_arguments)]
pub async fn receive_group_edit(
    bot: TgBot,
    msg: Message,
    dialogue: ChatDialogue,
    (group, handle, field): (i64, i64, crate::bot::callback::Field),
    lang: Lang,
    storage: Storage,
    api: ApiClient,
    telegram: TelegramApiUrl,
) -> HandlerResult {
    let Some(user) = msg.from.clone() else { return Ok(()) };
    let deleted = delete_secret_message(&bot, &msg, lang).await;
    let group = ChatId(group);
    let Some(known) = storage.deployment_by_handle(group, handle).await? else {
        dialogue.exit().await?;
        bot.send_message(msg.chat.id, format!("{deleted}\n{}", lang.t("card-gone"))).await?;
        return Ok(());
    };
    let text = msg.text().unwrap_or_default().trim().to_owned();
    let checked = if field == crate::bot::callback::Field::ModelKey {
        input::model_key(lang, &text)
            .map(|key| (UpdateRequest { model_api_key: Some(key.0), ..Default::default() }, None))
    } else {
        input::bot_token(lang, &telegram, &text).await.map(|(token, username)| {
            (
                UpdateRequest { telegram_bot_token: Some(token.0), ..Default::default() },
                Some(username),
            )
        })
    };
    let (request, username) = match checked {
        Ok(checked) => checked,
        Err(why) => {
            bot.send_message(msg.chat.id, format!("{deleted}\n{why}")).await?;
            return Ok(());
        }
    };
    bot.send_message(msg.chat.id, format!("{deleted}\n{}", lang.t("handoff-edit-done"))).await?;
    let group_lang = super::context::lang_for(&storage, Some(group), None).await;
    crate::bot::manage::edit::apply(
        &bot,
        group,
        group_lang,
        &dialogue,
        &storage,
        &api,
        &known,
        request,
        (&user, username),
    )
    .await
}

/// The group's wizard, if it is `owner`'s and waiting for a secret.
async fn group_wizard(
    dialogues: &Arc<DialogueStore<State>>,
    group: ChatId,
    owner: u64,
) -> Result<Option<Wizard>, StorageError> {
    Ok(match dialogues.clone().get_dialogue(group).await? {
        Some(State::Wizard(wizard))
            if wizard.owner == owner && matches!(wizard.step, Step::BotToken | Step::ModelKey) =>
        {
            Some(wizard)
        }
        _ => None,
    })
}

async fn ask_secret(bot: &TgBot, chat: ChatId, lang: Lang, wizard: &Wizard) -> HandlerResult {
    let text = match wizard.step {
        Step::ModelKey => lang.t_args(
            "wz-model-key",
            &[("provider", wizard.draft.provider.clone().unwrap_or_default().into())],
        ),
        _ => lang.t("wz-bot-token"),
    };
    bot.send_message(chat, text).await?;
    Ok(())
}

/// The group's API key, sent in private after a hand-off link.
pub async fn receive_group_key(
    bot: TgBot,
    msg: Message,
    dialogue: ChatDialogue,
    group: i64,
    lang: Lang,
    storage: Storage,
    api: ApiClient,
) -> HandlerResult {
    let Some(user) = msg.from.clone() else { return Ok(()) };
    let deleted = delete_secret_message(&bot, &msg, lang).await;
    dialogue.exit().await?;
    let key = ApiKey::new(msg.text().unwrap_or_default());
    let reply = match super::setkey::verify_key(&api, lang, &key).await {
        Ok(()) => {
            storage.set_api_key(ChatId(group), &key).await?;
            let group_lang = super::context::lang_for(&storage, Some(ChatId(group)), None).await;
            record(
                &bot,
                &storage,
                ChatId(group),
                &user,
                Audited::KeySet,
                &key.masked(),
                group_lang,
            )
            .await?;
            lang.t_args("handoff-key-saved", &[("masked", key.masked().into())])
        }
        Err(why) => why,
    };
    bot.send_message(msg.chat.id, format!("{deleted}\n\n{reply}")).await?;
    Ok(())
}

/// A secret of the group's wizard, sent in private after a hand-off link.
// dptree injects each argument by type; grouping them would only hide what the handler uses.
#[allow(clippy::too_many_arguments)]
pub async fn receive_group_secret(
    bot: TgBot,
    msg: Message,
    dialogue: ChatDialogue,
    group: i64,
    lang: Lang,
    storage: Storage,
    dialogues: Arc<DialogueStore<State>>,
    telegram: TelegramApiUrl,
) -> HandlerResult {
    let chat = msg.chat.id;
    let Some(user) = msg.from.as_ref() else { return Ok(()) };
    let group = ChatId(group);
    let deleted = delete_secret_message(&bot, &msg, lang).await;
    let Some(mut wizard) = group_wizard(&dialogues, group, user.id.0).await? else {
        dialogue.exit().await?;
        bot.send_message(chat, format!("{deleted}\n{}", lang.t("handoff-wizard-gone"))).await?;
        return Ok(());
    };
    let text = msg.text().unwrap_or_default().trim().to_owned();
    let accepted = match wizard.step {
        Step::ModelKey => {
            input::model_key(lang, &text).map(|key| wizard.draft.model_key = Some(key))
        }
        _ => input::bot_token(lang, &telegram, &text).await.map(|(token, username)| {
            wizard.draft.bot_token = Some(token);
            wizard.draft.bot_username = Some(username);
        }),
    };
    if let Err(why) = accepted {
        bot.send_message(chat, format!("{deleted}\n{why}")).await?;
        return Ok(());
    }
    wizard.step = wizard.draft.next_step();
    dialogues.clone().update_dialogue(group, State::Wizard(wizard.clone())).await?;
    if matches!(wizard.step, Step::BotToken | Step::ModelKey) {
        bot.send_message(chat, deleted).await?;
        return ask_secret(&bot, chat, lang, &wizard).await;
    }
    dialogue.exit().await?;
    bot.send_message(chat, format!("{deleted}\n{}", lang.t("handoff-wizard-done"))).await?;
    // The wizard goes on in the group, where everyone sees the (masked) summary.
    let group_lang = super::context::lang_for(&storage, Some(group), None).await;
    let (text, keyboard) = prompt::render(group_lang, &wizard);
    bot.send_message(group, text).reply_markup(keyboard).await?;
    Ok(())
}

/// Whether text in a group looks like a secret someone pasted by mistake: a bot token, a
/// well-known key prefix, or the group's own API key.
pub async fn secret_in_group_text(msg: Message, storage: Storage) -> bool {
    if msg.chat.is_private() {
        return false;
    }
    let Some(text) = msg.text() else { return false };
    let shaped = text.split_whitespace().any(|word| {
        input::looks_like_bot_token(word)
            || (word.len() >= 20
                && ["sk-", "sk_", "sim_", "AIza", "xai-", "gsk_"]
                    .iter()
                    .any(|p| word.starts_with(p)))
    });
    if shaped {
        return true;
    }
    match storage.api_key(msg.chat.id).await {
        Ok(Some(key)) => {
            use secrecy::ExposeSecret as _;
            let secret = key.secret().expose_secret();
            !secret.is_empty() && text.contains(secret)
        }
        _ => false,
    }
}

/// A secret pasted into a group: deleted when the bot may, and the sender told to rotate it.
pub async fn secret_in_group(bot: TgBot, msg: Message, lang: Lang) -> HandlerResult {
    let deleted = bot.delete_message(msg.chat.id, msg.id).await.is_ok();
    let who = msg.from.as_ref().map(actor_name).unwrap_or_default();
    let key = if deleted { "team-secret-deleted" } else { "team-secret-not-deleted" };
    bot.send_message(msg.chat.id, lang.t_args(key, &[("who", who.into())])).await?;
    Ok(())
}

/// Asks for free text in a group with ForceReply, so it arrives even in privacy mode.
pub async fn ask_reply_in_group(bot: &TgBot, chat: ChatId, text: String) -> HandlerResult {
    bot.send_message(chat, text).reply_markup(ForceReply::new()).await?;
    Ok(())
}
