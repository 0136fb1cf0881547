//! Secrets never go through a group: a one-time link takes the admin to a private chat, which
//! collects the secret and binds it back to the group.

use teloxide::{
    dispatching::dialogue::Storage as _,
    prelude::*,
    types::{InlineKeyboardButton, Me, User},
};

use super::audit;
use crate::{
    api::UpdateRequest,
    app::{App, TgBot},
    bot::{
        HandlerResult,
        context::Ctx,
        intake::{self, Secret},
        manage::edit,
    },
    conversation::{Field, State, Step, Wizard},
    i18n::Lang,
    present::{self, keyboard::keyboard},
    service::{
        audit::Audited,
        groups,
        handoff::{self as links, HANDOFF_TTL_SECS, Purpose},
        input::SecretKind,
    },
    storage::StorageError,
};

/// The link `t.me/<bot>?start=<nonce>` for `user` to bring a secret for `group`.
pub async fn link(
    app: &App,
    me: &Me,
    group: ChatId,
    user: &User,
    purpose: Purpose,
) -> Result<url::Url, StorageError> {
    let nonce = links::create(app, group, user.id, purpose).await?;
    let mut link = me.tme_url();
    link.set_query(Some(&format!("start={nonce}")));
    Ok(link)
}

/// Posts `text` in the group with a "Continue in private chat" button for `user`.
pub async fn offer(
    bot: &TgBot,
    app: &App,
    me: &Me,
    (group, user): (ChatId, &User),
    purpose: Purpose,
    text: String,
    lang: Lang,
) -> HandlerResult {
    let link = link(app, me, group, user, purpose).await?;
    let open = InlineKeyboardButton::url(lang.t("btn-continue-private"), link);
    bot.send_message(group, text).reply_markup(keyboard(vec![vec![open]])).await?;
    Ok(())
}

/// `/start <nonce>` in a private chat: redeems a hand-off link.
pub async fn redeem(
    bot: TgBot,
    msg: Message,
    ctx: Ctx,
    app: App,
    payload: String,
) -> HandlerResult {
    let Some(user) = msg.from.as_ref() else { return Ok(()) };
    let (chat, lang) = (msg.chat.id, ctx.lang);
    let redeemed = match links::redeem(&app, &payload, user.id).await? {
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
            ctx.dialogue.update(State::GroupKey { group }).await?;
            bot.send_message(chat, lang.t("handoff-key-ask")).await?;
        }
        Purpose::Wizard => match group_wizard(&app, redeemed.group, user.id.0).await? {
            Some(wizard) => {
                ctx.dialogue.update(State::GroupSecrets { group }).await?;
                bot.send_message(chat, wizard_secret_prompt(lang, &wizard)).await?;
            }
            None => {
                bot.send_message(chat, lang.t("handoff-wizard-gone")).await?;
            }
        },
        Purpose::Edit { handle, field } => {
            if app.db.deployment_by_handle(redeemed.group, handle).await?.is_none() {
                bot.send_message(chat, lang.t("handoff-unknown")).await?;
                return Ok(());
            }
            ctx.dialogue.update(State::GroupEdit { group, handle, field }).await?;
            let text = if field == Field::ModelKey {
                lang.t("handoff-edit-key")
            } else {
                present::wizard::secret_prompt(lang, SecretKind::BotToken, None)
            };
            bot.send_message(chat, text).await?;
        }
    }
    Ok(())
}

/// The group's API key, sent in private after a hand-off link.
pub async fn receive_key(
    bot: TgBot,
    msg: Message,
    ctx: Ctx,
    app: App,
    group: i64,
) -> HandlerResult {
    let Some(user) = msg.from.clone() else { return Ok(()) };
    // The message goes before the state changes (see `bot::replay`).
    let intake = intake::take(&bot, &app, &msg, ctx.lang, SecretKind::ApiKey).await?;
    ctx.dialogue.exit().await?;
    let Some(Secret::ApiKey(key)) = intake.secret else { return Ok(()) };
    let group = groups::current(&app, ChatId(group)).await?;
    app.db.set_api_key(group, &key).await?;
    let group_lang = app.chat_lang(group).await;
    audit::record(&bot, &app, group, &user, Audited::KeySet, &key.masked(), group_lang).await?;
    let saved = ctx.lang.t_args("handoff-key-saved", &[("masked", key.masked().into())]);
    bot.send_message(msg.chat.id, format!("{}\n\n{saved}", intake.deleted)).await?;
    Ok(())
}

/// A secret of the group's wizard, sent in private after a hand-off link.
pub async fn receive_secret(
    bot: TgBot,
    msg: Message,
    ctx: Ctx,
    app: App,
    group: i64,
) -> HandlerResult {
    let (chat, lang) = (msg.chat.id, ctx.lang);
    let group = groups::current(&app, ChatId(group)).await?;
    let Some(user) = msg.from.as_ref() else { return Ok(()) };
    let Some(mut wizard) = group_wizard(&app, group, user.id.0).await? else {
        let deleted = intake::delete(&bot, &msg, lang).await;
        ctx.dialogue.exit().await?;
        bot.send_message(chat, format!("{deleted}\n{}", lang.t("handoff-wizard-gone"))).await?;
        return Ok(());
    };
    let kind =
        if wizard.step == Step::ModelKey { SecretKind::ModelKey } else { SecretKind::BotToken };
    let intake = intake::take(&bot, &app, &msg, lang, kind).await?;
    match intake.secret {
        Some(Secret::ModelKey(key)) => wizard.draft.model_key = Some(key),
        Some(Secret::BotToken(token, username)) => {
            wizard.draft.bot_token = Some(token);
            wizard.draft.bot_username = Some(username);
        }
        _ => return Ok(()),
    }
    wizard.step = wizard.draft.next_step();
    app.dialogues.clone().update_dialogue(group, State::Wizard(wizard.clone())).await?;
    if matches!(wizard.step, Step::BotToken | Step::ModelKey) {
        bot.send_message(chat, intake.deleted).await?;
        bot.send_message(chat, wizard_secret_prompt(lang, &wizard)).await?;
        return Ok(());
    }
    ctx.dialogue.exit().await?;
    let done = lang.t("handoff-wizard-done");
    bot.send_message(chat, format!("{}\n{done}", intake.deleted)).await?;
    // The wizard goes on in the group, where everyone sees the (masked) summary.
    let (text, keyboard) = present::wizard::render(app.chat_lang(group).await, &wizard, true);
    bot.send_message(group, text).reply_markup(keyboard).await?;
    Ok(())
}

/// A new secret for a group's assistant, sent in private after a hand-off link: PATCHed with
/// the group's key, and the group gets the confirmation and the Redeploy button.
pub async fn receive_edit(
    bot: TgBot,
    msg: Message,
    ctx: Ctx,
    app: App,
    (group, handle, field): (i64, i64, Field),
) -> HandlerResult {
    let Some(user) = msg.from.clone() else { return Ok(()) };
    let lang = ctx.lang;
    let group = groups::current(&app, ChatId(group)).await?;
    let Some(known) = app.db.deployment_by_handle(group, handle).await? else {
        let deleted = intake::delete(&bot, &msg, lang).await;
        ctx.dialogue.exit().await?;
        bot.send_message(msg.chat.id, format!("{deleted}\n{}", lang.t("card-gone"))).await?;
        return Ok(());
    };
    let kind = if field == Field::ModelKey { SecretKind::ModelKey } else { SecretKind::BotToken };
    let intake = intake::take(&bot, &app, &msg, lang, kind).await?;
    let (request, username) = match intake.secret {
        Some(Secret::ModelKey(key)) => {
            (UpdateRequest { model_api_key: Some(key.0), ..Default::default() }, None)
        }
        Some(Secret::BotToken(token, username)) => (
            UpdateRequest { telegram_bot_token: Some(token.0), ..Default::default() },
            Some(username),
        ),
        _ => return Ok(()),
    };
    let done = lang.t("handoff-edit-done");
    bot.send_message(msg.chat.id, format!("{}\n{done}", intake.deleted)).await?;
    let target = edit::Target { chat: group, lang: app.chat_lang(group).await, actor: &user };
    edit::apply(&bot, &app, &ctx.dialogue, target, &known, request, username).await
}

/// The group's wizard, if it is `owner`'s and waiting for a secret.
async fn group_wizard(
    app: &App,
    group: ChatId,
    owner: u64,
) -> Result<Option<Wizard>, StorageError> {
    Ok(match app.dialogues.clone().get_dialogue(group).await? {
        Some(State::Wizard(wizard))
            if wizard.owner == owner && matches!(wizard.step, Step::BotToken | Step::ModelKey) =>
        {
            Some(wizard)
        }
        _ => None,
    })
}

fn wizard_secret_prompt(lang: Lang, wizard: &Wizard) -> String {
    let kind =
        if wizard.step == Step::ModelKey { SecretKind::ModelKey } else { SecretKind::BotToken };
    present::wizard::secret_prompt(lang, kind, wizard.draft.provider.as_deref())
}
