//! The fake's one HTTP route, `/{token}/{method}`: records the call and answers it the way
//! Telegram would, including getUpdates long polling.

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use axum::{
    Extension, Json,
    body::Bytes,
    extract::{Path, State},
};
use serde_json::{Value, json};

use super::{
    BOT_TOKEN, Call, Shared, bot_user, chat_json, managed, now, profiles,
    replicas::{Caller, PollGuard},
    watched,
};

fn ok(result: Value) -> Json<Value> {
    Json(json!({ "ok": true, "result": result }))
}

/// The text fields of a multipart/form-data body (teloxide sends setWebhook that way).
fn multipart_fields(content_type: &str, body: &[u8]) -> Value {
    let Some(boundary) = content_type.split("boundary=").nth(1) else { return json!({}) };
    let text = String::from_utf8_lossy(body);
    let mut fields = serde_json::Map::new();
    for part in text.split(&format!("--{}", boundary.trim_matches('"'))) {
        let Some((head, value)) = part.split_once("\r\n\r\n") else { continue };
        let Some(name) = head.split("name=\"").nth(1).and_then(|n| n.split('"').next()) else {
            continue;
        };
        fields.insert(name.to_owned(), Value::String(value.trim_end_matches("\r\n").to_owned()));
    }
    Value::Object(fields)
}

/// Holds `call` without an answer when [`hold_next`](super::FakeTelegram::hold_next) asked
/// for its method, until the test releases it (or 30 s pass). Calls made with other bots'
/// tokens (getMe checks of a token a user gave) are held alike.
async fn hold_if_asked(shared: &Shared, lower: &str, call: &Call) {
    let held = {
        let mut inner = shared.lock();
        match inner.holds.get_mut(lower) {
            Some(left) if *left > 0 => {
                *left -= 1;
                inner.held.push(call.clone());
                true
            }
            _ => false,
        }
    };
    if held {
        let released = shared.released.notified();
        shared.call_made.notify_waiters();
        let _ = tokio::time::timeout(Duration::from_secs(30), released).await;
    }
}

pub(super) async fn handle(
    State(shared): State<Arc<Shared>>,
    Extension(caller): Extension<Caller>,
    Path((token, method)): Path<(String, String)>,
    headers: axum::http::HeaderMap,
    body: Bytes,
) -> Json<Value> {
    let token = token.strip_prefix("bot").unwrap_or(&token).to_owned();
    let content_type =
        headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default();
    let body: Value = if content_type.starts_with("multipart/form-data") {
        multipart_fields(content_type, &body)
    } else {
        serde_json::from_slice(&body).unwrap_or_else(|_| json!({}))
    };
    let lower = method.to_ascii_lowercase();

    if token != BOT_TOKEN {
        let call =
            Call { method: method.clone(), token, body, message_id: None, at: Instant::now() };
        hold_if_asked(&shared, &lower, &call).await;
        let other = shared.lock().other_bots.get(&call.token).cloned();
        let reshaped = shared.lock().reshaped_me;
        let info = other.as_ref().map(|(id, _)| watched::answer(&shared.lock(), &call.token, *id));
        let profile = other.as_ref().and_then(|(id, username)| {
            profiles::answer(&mut shared.lock(), *id, username, &lower, &call.body)
        });
        match &profile {
            Some(Err(_)) => shared.lock().refused.push(call),
            _ => shared.lock().calls.push(call),
        }
        shared.call_made.notify_waiters();
        match profile {
            Some(Ok(result)) => return ok(result),
            Some(Err(error)) => return Json(error),
            None => {}
        }
        return match (other, lower.as_str()) {
            (Some((id, username)), "getme") => ok(me(
                json!({ "id": id, "is_bot": true, "first_name": username, "username": username }),
                reshaped,
            )),
            (Some(_), "getwebhookinfo") => ok(info.unwrap_or_default()),
            _ => Json(json!({ "ok": false, "error_code": 401, "description": "Unauthorized" })),
        };
    }

    if lower == "getupdates" {
        {
            let mut inner = shared.lock();
            inner.polls += 1;
            inner.last_poll = Some(body.clone());
        }
        shared.call_made.notify_waiters();
        // Counted while in flight, up to the answer or until the caller goes away.
        let _polling = PollGuard::begin(&shared, &caller);
        return ok(get_updates(&shared, &body).await);
    }

    let at = Instant::now();
    let mut call = Call { method: method.clone(), token, body: body.clone(), message_id: None, at };
    hold_if_asked(&shared, &lower, &call).await;
    let mut inner = shared.lock();
    if let Some((left, error)) = inner.failures.get_mut(&lower)
        && *left > 0
    {
        *left -= 1;
        let error = error.clone();
        inner.refused.push(call);
        drop(inner);
        shared.call_made.notify_waiters();
        return Json(error);
    }
    let chat = body.get("chat_id").and_then(Value::as_i64).unwrap_or_default();
    // What Telegram answers a chat whose user blocked the bot, and a group that became a
    // supergroup.
    let refusal = if inner.blocked.contains(&chat) && lower.starts_with("send") {
        Some(json!({ "error_code": 403, "description": "Forbidden: bot was blocked by the user" }))
    } else {
        inner.upgraded.get(&chat).map(|new| {
            json!({
                "error_code": 400,
                "description": "Bad Request: group chat was upgraded to a supergroup chat",
                "parameters": { "migrate_to_chat_id": new },
            })
        })
    };
    let refusal = refusal
        .or_else(|| managed::refused_send(&lower, chat, &body))
        .or_else(|| (lower == "setmycommands").then(|| refused_commands(&body)).flatten());
    if let Some(mut refusal) = refusal {
        refusal["ok"] = json!(false);
        inner.refused.push(call);
        drop(inner);
        shared.call_made.notify_waiters();
        return Json(refusal);
    }
    if let Some(answer) = managed::answer(&mut inner, &lower, &body) {
        let result = match answer {
            Ok(result) => result,
            Err(error) => {
                inner.refused.push(call);
                drop(inner);
                shared.call_made.notify_waiters();
                return Json(error);
            }
        };
        inner.calls.push(call);
        drop(inner);
        shared.call_made.notify_waiters();
        return ok(result);
    }
    if matches!(lower.as_str(), "setwebhook" | "deletewebhook") {
        // Delivery to the replicas follows what the bot registered.
        inner.replicas.webhook_set(&body, lower == "setwebhook");
    }
    let own_webhook = watched::own(&mut inner, &lower, &body);
    let result = match lower.as_str() {
        _ if own_webhook.is_some() => own_webhook.unwrap_or_default(),
        "getme" => {
            let mut me = me(bot_user(), inner.reshaped_me);
            me["can_manage_bots"] = json!(managed::can_manage_bots(&inner));
            me
        }
        "sendmessage" => {
            inner.next_message_id += 1;
            let id = inner.next_message_id;
            call.message_id = Some(id);
            message_json(id, chat, &body)
        }
        "editmessagetext" | "editmessagereplymarkup" => {
            let id = body.get("message_id").and_then(Value::as_i64).unwrap_or_default();
            message_json(id, chat, &body)
        }
        "getchatmember" => {
            let user = body.get("user_id").and_then(Value::as_i64).unwrap_or_default();
            let status =
                inner.members.get(&(chat, user)).cloned().unwrap_or_else(|| "member".into());
            member_json(user, &status)
        }
        "getchatadministrators" => Value::Array(
            inner
                .members
                .iter()
                .filter(|((c, _), s)| *c == chat && (*s == "creator" || *s == "administrator"))
                .map(|((_, u), s)| member_json(*u, s))
                .collect(),
        ),
        _ => json!(true),
    };
    inner.calls.push(call);
    drop(inner);
    shared.call_made.notify_waiters();
    ok(result)
}

/// What Telegram says to a setMyCommands it cannot take: a `language_code` that is not two
/// lowercase letters (ISO 639-1: `pt`, never `pt-BR`), an unknown scope, a command that is not
/// 1–32 of `a-z0-9_`, or a description that is not 1–256 characters.
fn refused_commands(body: &Value) -> Option<Value> {
    let bad = |description: &str| {
        Some(json!({ "error_code": 400, "description": format!("Bad Request: {description}") }))
    };
    if let Some(code) = body.get("language_code").and_then(Value::as_str)
        && !(code.is_empty() || code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase()))
    {
        return bad("invalid language code specified");
    }
    let scopes = [
        "default",
        "all_private_chats",
        "all_group_chats",
        "all_chat_administrators",
        "chat",
        "chat_administrators",
        "chat_member",
    ];
    if let Some(scope) = body.get("scope")
        && !scope["type"].as_str().is_some_and(|t| scopes.contains(&t))
    {
        return bad("invalid scope specified");
    }
    let commands = body.get("commands").and_then(Value::as_array).cloned().unwrap_or_default();
    let fits = |c: &Value| {
        let name = c["command"].as_str().unwrap_or_default();
        let description = c["description"].as_str().unwrap_or_default().chars().count();
        (1..=32).contains(&name.len())
            && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
            && (1..=256).contains(&description)
    };
    if !commands.iter().all(fits) {
        return bad("BOT_COMMAND_INVALID");
    }
    None
}

/// A getMe answer: `user` with the fields only getMe carries, or (`reshaped`) without them,
/// one moved and one added (a made-up newer shape, see `FakeTelegram::reshape_get_me`).
fn me(mut user: Value, reshaped: bool) -> Value {
    if reshaped {
        let id = user.get("id").cloned().unwrap_or_default();
        let username = user.get("username").cloned().unwrap_or_default();
        return json!({ "id": id, "username": username, "is_bot": "yes",
            "abilities": { "can_join_groups": true }, "added_in_a_newer_version": { "x": 1 } });
    }
    user["can_join_groups"] = json!(true);
    user["can_read_all_group_messages"] = json!(false);
    user["supports_inline_queries"] = json!(false);
    user["can_connect_to_business"] = json!(false);
    user["has_main_web_app"] = json!(false);
    user
}

fn message_json(id: i64, chat: i64, body: &Value) -> Value {
    let mut message = json!({
        "message_id": id,
        "date": now(),
        "chat": chat_json(chat),
        "from": bot_user(),
        "text": body.get("text").cloned().unwrap_or(json!("")),
    });
    if let Some(markup) = body.get("reply_markup").filter(|m| m.get("inline_keyboard").is_some()) {
        message["reply_markup"] = markup.clone();
    }
    message
}

pub(super) fn member_json(user: i64, status: &str) -> Value {
    let mut member = json!({
        "user": { "id": user, "is_bot": false, "first_name": format!("user{user}") },
        "status": status,
    });
    match status {
        "administrator" => {
            for right in [
                "can_be_edited",
                "is_anonymous",
                "can_manage_chat",
                "can_delete_messages",
                "can_manage_video_chats",
                "can_restrict_members",
                "can_promote_members",
                "can_change_info",
                "can_invite_users",
                "can_post_stories",
                "can_edit_stories",
                "can_delete_stories",
            ] {
                member[right] = json!(right != "is_anonymous");
            }
        }
        "creator" => member["is_anonymous"] = json!(false),
        _ => {}
    }
    member
}

/// Long polling: answers at once when updates wait, else when one arrives or after a short
/// while (shorter than Telegram's, so a stopping bot is not held up).
async fn get_updates(shared: &Shared, body: &Value) -> Value {
    let offset = body.get("offset").and_then(Value::as_i64).unwrap_or(0);
    let wait = Duration::from_millis(300);
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        let notified = shared.updates_ready.notified();
        {
            let mut inner = shared.lock();
            inner.updates.retain(|u| u["update_id"].as_i64().unwrap_or_default() >= offset);
            if !inner.updates.is_empty() {
                return Value::Array(inner.updates.iter().cloned().collect());
            }
        }
        if tokio::time::timeout_at(deadline, notified).await.is_err() {
            return json!([]);
        }
    }
}
