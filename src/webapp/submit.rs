//! The form's POST: `{initData, nonce, secret}` as JSON, at most 8 KiB, to the form's own URL
//! (`?nonce=…`). Checked in this order, each refusal with its own status and a message the
//! page shows: the URL's nonce, before the body is read (409 when no form has it), the size
//! (413), the JSON (400), a body's nonce other than the URL's (409), the secret, trimmed as a
//! pasted one is (413 over 4 KiB, 422 when empty), Telegram's signature on the launch data
//! (401), its age (401), the chat's flood guard (429), the nonce (409 unknown, used, expired
//! or spent; 403 when it was made for another user).
//! Then the secret goes through the same intake as a pasted one; a refusal there is 422.
//!
//! A nonce is single-use: it is claimed before the secret is handed on, so two submissions
//! cannot both pass. A secret the intake refuses (a mistyped key) gives the nonce back, so the
//! same form can try again, five times in all (after that it is spent: 409); one the
//! conversation no longer waits for (409) does not, since no retry could succeed. Giving back
//! undoes this submission's own claim only: when a newer prompt replaced the form while the
//! secret was checked, nothing comes back to life. Nothing of the body, the secret or the
//! launch data is logged.
//!
//! Only the leader changes conversations (see [`crate::replicas`]): a standby that took the
//! POST relays the claimed hand-off to the leader (`relay`), which runs the same [`hand_on`]
//! and gives it the answer for the page.

use std::sync::Arc;

use axum::{
    Json,
    body::Body,
    extract::{Query, State},
    http::{HeaderMap, StatusCode, header},
};
use secrecy::{ExposeSecret as _, SecretString};
use serde::Deserialize;
use serde_json::json;
use teloxide::prelude::*;

use super::{Form, LangQuery, MAX_AGE_SECS, MAX_BODY, init_data::InitDataError, relay};
use crate::{
    app::{App, TgBot},
    bot::{
        intake::{Arrival, Carrier, Delivered},
        secrets,
    },
    i18n::Lang,
    present::forms::{self, Refusal},
    service::forms::{self as nonces, Claimed, FORM_TTL_SECS, FormRefusal, GivenBack},
    storage::unix_now,
};

/// The longest secret taken, trimmed (keys and tokens are well under 1 KiB).
const MAX_SECRET: usize = 4096;

/// What the page posts.
#[derive(Deserialize)]
struct Submission {
    #[serde(rename = "initData")]
    init_data: String,
    nonce: String,
    secret: SecretString,
}

/// The answer: a status and the message the page shows.
pub(super) type Answer = (StatusCode, Json<serde_json::Value>);

/// A claimed form's secret on its way to the conversation, with what a give-back needs:
/// what a local hand-off and a relayed one both run on.
pub(super) struct Handoff {
    /// What the form was opened for, and which claim of its nonce this is.
    pub claimed: Claimed,
    /// The nonce's hash, for a give-back.
    pub nonce_hash: String,
    /// Who submitted it (checked against the form's user by the claim).
    pub user: teloxide::types::User,
    /// The secret, trimmed.
    pub secret: SecretString,
    /// The page's language.
    pub lang: Lang,
}

pub(super) fn refused(lang: Lang, refusal: Refusal) -> Answer {
    count(refusal.code());
    let message = forms::refusal(lang, refusal);
    (status(refusal), Json(json!({ "ok": false, "message": message })))
}

/// Each refusal's HTTP status: the page only shows the message, tests and proxies read this.
fn status(refusal: Refusal) -> StatusCode {
    match refusal {
        Refusal::Signature | Refusal::Stale { .. } => StatusCode::UNAUTHORIZED,
        Refusal::OtherUser => StatusCode::FORBIDDEN,
        Refusal::Used
        | Refusal::Unknown
        | Refusal::Expired { .. }
        | Refusal::Spent
        | Refusal::NotAwaited => StatusCode::CONFLICT,
        Refusal::Flood => StatusCode::TOO_MANY_REQUESTS,
        Refusal::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        Refusal::Empty => StatusCode::UNPROCESSABLE_ENTITY,
        Refusal::Malformed => StatusCode::BAD_REQUEST,
        Refusal::Failed => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

fn count(outcome: &'static str) {
    metrics::counter!("form_submissions_total", "outcome" => outcome).increment(1);
}

/// `?nonce=&lang=` of the POST: the page posts to its own URL, whose query the prompt's
/// button gave it.
#[derive(Debug, Deserialize)]
pub(super) struct SubmitQuery {
    nonce: Option<String>,
    #[serde(flatten)]
    lang: LangQuery,
}

/// The form's POST route.
pub(super) async fn submit(
    State(form): State<Arc<Form>>,
    Query(query): Query<SubmitQuery>,
    headers: HeaderMap,
    body: Body,
) -> Answer {
    let lang = query.lang.lang();
    // The nonce in the URL is looked up before a byte of the body is read: a caller without
    // a live form's URL sends its body for nothing.
    let Some(nonce) = query.nonce else {
        return refused(lang, Refusal::Unknown);
    };
    match nonces::known(&form.app.db, &nonce).await {
        Ok(true) => {}
        Ok(false) => return refused(lang, Refusal::Unknown),
        Err(e) => {
            tracing::error!(error = %e, "could not look up a form nonce");
            return refused(lang, Refusal::Failed);
        }
    }
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|length| length > MAX_BODY) {
        return refused(lang, Refusal::TooLarge);
    }
    // Read up to the limit, whatever the header said; a body that goes on is refused unread.
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY).await else {
        return refused(lang, Refusal::TooLarge);
    };
    let Ok(submission) = serde_json::from_slice::<Submission>(&bytes) else {
        return refused(lang, Refusal::Malformed);
    };
    // The body names the form too; one that is not the URL's is no form this page was for.
    if submission.nonce != nonce {
        return refused(lang, Refusal::Unknown);
    }
    // `Arrival::text` is trimmed, whatever carried it; nothing sees the secret before this.
    let secret = match trimmed(&submission.secret) {
        Ok(secret) => secret,
        Err(refusal) => return refused(lang, refusal),
    };
    let data = match form.verifier.verify(&submission.init_data, unix_now(), MAX_AGE_SECS) {
        Ok(data) => data,
        Err(InitDataError::Stale) => {
            return refused(lang, Refusal::Stale { minutes: MAX_AGE_SECS / 60 });
        }
        Err(InitDataError::Malformed | InitDataError::BadSignature) => {
            return refused(lang, Refusal::Signature);
        }
    };
    let user = data.user;
    // A flood guard per user (forms are offered only in private chats, whose id is the
    // user's): the form is no way to try secrets faster than a person would. After the
    // signature, so a request nobody signed cannot spend someone else's allowance; before
    // the nonce and any check of the secret.
    if !form.app.flood.admit(user.id.0 as i64, user.id.0) {
        return refused(lang, Refusal::Flood);
    }
    let claimed = match nonces::claim(&form.app.db, &submission.nonce, user.id).await {
        Ok(Ok(claimed)) => claimed,
        Ok(Err(refusal)) => {
            let refusal = match refusal {
                FormRefusal::Unknown => Refusal::Unknown,
                FormRefusal::Used => Refusal::Used,
                FormRefusal::Expired => Refusal::Expired { minutes: FORM_TTL_SECS / 60 },
                FormRefusal::OtherUser => Refusal::OtherUser,
                FormRefusal::Spent => Refusal::Spent,
            };
            return refused(lang, refusal);
        }
        Err(e) => {
            tracing::error!(error = %e, "could not claim a form nonce");
            return refused(lang, Refusal::Failed);
        }
    };
    // Once claimed, the hand-off runs to its end in a task of its own: a request cut off
    // (the edge's 30 s timeout, a client that goes away) must not leave the nonce claimed
    // with the secret half handed on, nor a relayed secret waiting with nobody to withdraw it.
    let nonce_hash = nonces::nonce_hash(&submission.nonce);
    let handoff = Handoff { claimed, nonce_hash, user, secret, lang };
    // Only the leader changes conversations (and sends from this bot); a standby asks it.
    let relayed = form.relay_always || !form.app.health.is_leader();
    let (app, bot) = (form.app.clone(), form.bot.clone());
    let handed = tokio::spawn(async move {
        if relayed { relay::relay(&app, handoff).await } else { hand_on(&app, &bot, handoff).await }
    });
    handed.await.unwrap_or_else(|e| {
        tracing::error!(error = %e, "a form's hand-off failed");
        refused(lang, Refusal::Failed)
    })
}

/// Hands the secret of a claimed form to the conversation that awaits it, and says how it
/// went; gives the nonce back when the secret was refused or could not be handed on. The one
/// path of every hand-off: a local submission's and one a standby relayed to the leader.
pub(super) async fn hand_on(app: &App, bot: &TgBot, handoff: Handoff) -> Answer {
    let Handoff { claimed, nonce_hash, user, secret, lang } = handoff;
    let Claimed { chat, kind, prompt, claim } = claimed;
    let chat_lang = app.lang_for(Some(chat), user.language_code.as_deref()).await;
    let arrival = Arrival { chat, from: user, text: secret, carrier: Carrier::Form };
    // Beside the dispatcher: the chat's turn keeps its updates from interleaving with this
    // secret's read-modify-write of the conversation (`app::turns`).
    let _turn = app.turns.take(chat.0).await;
    match secrets::deliver(bot, app, arrival, kind).await {
        Ok(Delivered::Accepted { masked }) => {
            if let Some(prompt) = prompt {
                let saved = forms::saved(chat_lang, &masked);
                if let Err(e) =
                    bot.edit_message_text(chat, teloxide::types::MessageId(prompt), saved).await
                {
                    tracing::warn!(chat = chat.0, error = %e, "could not mark a form's prompt as answered");
                }
            }
            tracing::info!(chat = chat.0, kind = kind.code(), "a secret came through the form");
            count("accepted");
            let done = forms::done(lang, &masked);
            (StatusCode::OK, Json(json!({ "ok": true, "message": done })))
        }
        Ok(Delivered::Refused(why)) => {
            count("refused");
            let why = match give_back(app, &nonce_hash, claim, true).await {
                // The page says why, and that this form takes no more.
                Some(GivenBack::Spent) => {
                    format!("{why}\n{}", forms::refusal(lang, Refusal::Spent))
                }
                _ => why,
            };
            (StatusCode::UNPROCESSABLE_ENTITY, Json(json!({ "ok": false, "message": why })))
        }
        Ok(Delivered::NotAwaited) => refused(lang, Refusal::NotAwaited),
        Err(e) => {
            tracing::error!(chat = chat.0, error = %e, "could not hand on a secret from the form");
            // Not the user's doing: no try is counted.
            give_back(app, &nonce_hash, claim, false).await;
            refused(lang, Refusal::Failed)
        }
    }
}

/// The secret without surrounding whitespace, if it is neither empty nor over [`MAX_SECRET`].
fn trimmed(secret: &SecretString) -> Result<SecretString, Refusal> {
    let text = secret.expose_secret().trim();
    if text.len() > MAX_SECRET {
        return Err(Refusal::TooLarge);
    }
    if text.is_empty() {
        return Err(Refusal::Empty);
    }
    Ok(SecretString::from(text.to_owned()))
}

/// Gives the nonce back after its claim number `claim` (counting a try when the secret was
/// `refused`), unless a newer prompt replaced the form meanwhile. `None` when it could not.
pub(super) async fn give_back(
    app: &App,
    nonce_hash: &str,
    claim: i64,
    refused: bool,
) -> Option<GivenBack> {
    match nonces::release(&app.db, nonce_hash, claim, refused).await {
        Ok(GivenBack::Lapsed) => {
            tracing::debug!("a form was replaced while its secret was checked");
            Some(GivenBack::Lapsed)
        }
        Ok(given) => Some(given),
        Err(e) => {
            tracing::warn!(error = %e, "could not give a form nonce back");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_is_trimmed_and_checked_for_size() {
        let padded = SecretString::from(" \tsk_live_1234\r\n".to_owned());
        assert_eq!(
            trimmed(&padded).map(|s| s.expose_secret().to_owned()),
            Ok("sk_live_1234".into())
        );
        let blank = SecretString::from(" \n ".to_owned());
        assert_eq!(trimmed(&blank).err(), Some(Refusal::Empty));
        let longest = SecretString::from(format!(" {} ", "k".repeat(MAX_SECRET)));
        assert!(trimmed(&longest).is_ok(), "the limit counts the trimmed secret");
        let over = SecretString::from("k".repeat(MAX_SECRET + 1));
        assert_eq!(trimmed(&over).err(), Some(Refusal::TooLarge));
    }
}
