//! /audit: a group's last actions, for its admins.

use teloxide::prelude::*;

use crate::{
    bot::{HandlerResult, context::Ctx},
    present::audit as lines,
};

/// /audit: the group's last 20 entries (admins only, by the schema's guard).
pub async fn show(cx: &Ctx<'_>) -> HandlerResult {
    let entries = cx.app.db.audit_log(cx.chat, 20).await?;
    cx.bot.send_message(cx.chat, lines::log(cx.lang, &entries)).await?;
    Ok(())
}
