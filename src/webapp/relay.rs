//! Secure-form hand-offs from a standby to the leader. With several replicas only the leader
//! changes conversations: its dispatcher runs them, and a chat's turn (`app::turns`) is a lock
//! of its process only. The form's POST may reach any replica behind the load balancer, so a
//! standby that claimed a form does not run the hand-off beside the leader (it would
//! interleave with the leader's handling of the chat, and send from a second process): it
//! stores it in `form_relay`, the secret sealed, tells the leader, and waits for the answer.
//!
//! The leader ([`serve_relayed`]) takes waiting hand-offs when told and every second (a
//! notification sent during a change of leader reaches nobody), each exactly once, drops
//! their secrets from the table as it takes them, runs each through the same `hand_on` as a
//! local submission and stores the answer (status and JSON, never the secret). A standby that
//! gives up before the leader took its hand-off withdraws it and gives the nonce back, so the
//! page's "try again" can; rows left behind are pruned after a few minutes.

use std::time::Duration;

use axum::{Json, http::StatusCode};
use secrecy::{ExposeSecret as _, SecretString};
use sqlx::postgres::PgListener;
use tokio::{task::JoinSet, time::Instant};
use tokio_util::sync::CancellationToken;

use super::submit::{Answer, Handoff, give_back, hand_on, refused};
use crate::{
    app::{App, TgBot},
    i18n::Lang,
    present::forms::Refusal,
    service::{forms::Claimed, input::SecretKind},
    storage::{
        engine::FORM_RELAY_CHANNEL as CHANNEL,
        form_relay::{RelayTicket, TakenRelay, secret_aad},
    },
};

/// How often a standby looks for its answer.
const POLL: Duration = Duration::from_millis(50);

/// How long a standby waits for the leader: well within the edge's 30 s request timeout, and
/// longer than a hand-off takes (checking a key against the API is the slow part).
const WAIT: Duration = Duration::from_secs(20);

/// How often the leader looks for hand-offs nobody told it of.
const SWEEP: Duration = Duration::from_secs(1);

/// How long a row may stay: far beyond any wait, so only abandoned ones go.
const KEEP_SECS: i64 = 5 * 60;

/// How often the leader prunes abandoned rows.
const PRUNE_EVERY: Duration = Duration::from_secs(60);

/// A standby's hand-off: relayed to the leader, answered with the leader's answer.
pub(super) async fn relay(app: &App, handoff: Handoff) -> Answer {
    let Handoff { claimed, nonce_hash, user, secret, lang } = handoff;
    let Ok(user_json) = serde_json::to_string(&user) else {
        give_back(app, &nonce_hash, claimed.claim, false).await;
        return refused(lang, Refusal::Failed);
    };
    let ticket = RelayTicket {
        chat_id: claimed.chat.0,
        user_json,
        kind: claimed.kind.code().to_owned(),
        message_id: claimed.prompt.map(i64::from),
        nonce_hash: nonce_hash.clone(),
        claim: claimed.claim,
        lang: lang.code().to_owned(),
    };
    let id = match app.db.relay_form(&ticket, secret.expose_secret().as_bytes()).await {
        Ok(id) => id,
        Err(e) => {
            tracing::error!(error = %e, "could not relay a form's secret to the leader");
            give_back(app, &nonce_hash, claimed.claim, false).await;
            return refused(lang, Refusal::Failed);
        }
    };
    if let Err(e) = app.db.notify(CHANNEL, &id.to_string()).await {
        // The leader's sweep finds it within a second.
        tracing::warn!(error = %e, "could not tell the leader of a relayed form");
    }
    if let Some(answer) = answer_of(app, id).await {
        tracing::debug!(chat = claimed.chat.0, "the leader answered a relayed form");
        return answer;
    }
    match app.db.withdraw_relayed_form(id).await {
        // Nobody took it: nothing happened, and the form may try again.
        Ok(true) => {
            tracing::warn!("no leader took a relayed form in time; withdrawn");
            give_back(app, &nonce_hash, claimed.claim, false).await;
        }
        // The leader has it (its secret already gone from the table); the pruner deletes
        // the answer nobody reads.
        Ok(false) => tracing::warn!("the leader did not answer a relayed form in time"),
        Err(e) => tracing::error!(error = %e, "could not withdraw a relayed form"),
    }
    refused(lang, Refusal::Failed)
}

/// Waits (up to [`WAIT`]) for the leader's answer to row `id`, then deletes the row.
async fn answer_of(app: &App, id: i64) -> Option<Answer> {
    let deadline = Instant::now() + WAIT;
    loop {
        match app.db.relayed_answer(id).await {
            Ok(Some((status, body))) => {
                if let Err(e) = app.db.forget_relayed_form(id).await {
                    tracing::warn!(error = %e, "could not delete a relayed form's answer");
                }
                let status = StatusCode::from_u16(status).ok()?;
                let body = serde_json::from_str(&body).ok()?;
                return Some((status, Json(body)));
            }
            Ok(None) => {}
            // A blip of the database; the next look may work.
            Err(e) => tracing::warn!(error = %e, "could not look for a relayed form's answer"),
        }
        if Instant::now() >= deadline {
            return None;
        }
        tokio::time::sleep(POLL).await;
    }
}

/// The most relayed hand-offs the leader runs at once.
const RELAYS_AT_ONCE: usize = 8;

/// Runs the hand-offs standbys relay, until `stop`: the leader's part of the relay. Spawn it
/// on the leader only (beside its dispatcher), and stop it when leadership ends; hand-offs in
/// flight finish first.
pub async fn serve_relayed(app: App, bot: TgBot, stop: CancellationToken) {
    let mut listener = match app.db.listen(&[CHANNEL]).await {
        Ok(listener) => listener,
        Err(e) => {
            tracing::warn!(error = %e, "cannot listen for relayed forms; looking every second");
            None
        }
    };
    let mut sweep = tokio::time::interval(SWEEP);
    sweep.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut pruned = Instant::now();
    let mut running = JoinSet::new();
    loop {
        let heard = tokio::select! {
            () = stop.cancelled() => break,
            _ = sweep.tick() => Ok(()),
            heard = notified(&mut listener) => heard,
        };
        if let Err(e) = heard {
            // The sweep goes on; a listener that failed is not tried again.
            tracing::warn!(error = %e, "stopped listening for relayed forms; looking every second");
            listener = None;
        }
        if pruned.elapsed() >= PRUNE_EVERY {
            pruned = Instant::now();
            if let Err(e) = app.db.prune_relayed_forms(KEEP_SECS).await {
                tracing::warn!(error = %e, "could not prune relayed forms");
            }
        }
        // A few at a time (each checks a key or a token with an API): the rest wait their
        // turn in the table, and a page waits at most its 20 s.
        let room = RELAYS_AT_ONCE.saturating_sub(running.len());
        let taking =
            if room == 0 { Ok(Vec::new()) } else { app.db.take_relayed_forms(room as i64).await };
        match taking {
            Ok(taken) => {
                for relayed in taken {
                    let (app, bot) = (app.clone(), bot.clone());
                    running.spawn(async move { serve_one(&app, &bot, relayed).await });
                }
            }
            Err(e) => tracing::warn!(error = %e, "could not take relayed forms"),
        }
        while running.try_join_next().is_some() {}
    }
    while running.join_next().await.is_some() {}
}

/// The next notification; never, without a listener (SQLite's one process, or a failed one).
async fn notified(listener: &mut Option<PgListener>) -> Result<(), sqlx::Error> {
    match listener {
        Some(listener) => listener.recv().await.map(drop),
        None => std::future::pending().await,
    }
}

/// Runs one relayed hand-off and stores its answer.
async fn serve_one(app: &App, bot: &TgBot, relayed: TakenRelay) {
    let TakenRelay { id, ticket, secret } = relayed;
    let lang = Lang::negotiate(&ticket.lang).unwrap_or_default();
    let (nonce_hash, claim) = (ticket.nonce_hash.clone(), ticket.claim);
    let answer = match handoff(app, id, ticket, &secret) {
        Some(handoff) => hand_on(app, bot, handoff).await,
        None => {
            // Not the user's doing: the form may try again, no try counted.
            give_back(app, &nonce_hash, claim, false).await;
            refused(lang, Refusal::Failed)
        }
    };
    let (status, Json(body)) = answer;
    if let Err(e) = app.db.answer_relayed_form(id, status.as_u16(), &body.to_string()).await {
        tracing::error!(error = %e, "could not answer a relayed form");
    }
}

/// The hand-off a taken row describes; `None` (logged) when it cannot be read.
fn handoff(
    app: &App,
    id: i64,
    ticket: RelayTicket,
    secret: &crate::storage::seal::Sealed,
) -> Option<Handoff> {
    let opened = match app.db.sealer().open_string(secret, &secret_aad(id)) {
        Ok(opened) => opened,
        Err(e) => {
            tracing::error!(error = %e, "could not open a relayed form's secret");
            return None;
        }
    };
    let (Some(kind), Ok(user)) =
        (SecretKind::from_code(&ticket.kind), serde_json::from_str(&ticket.user_json))
    else {
        tracing::error!("a relayed form names no known kind of secret or user");
        return None;
    };
    let claimed = Claimed {
        chat: teloxide::types::ChatId(ticket.chat_id),
        kind,
        prompt: ticket.message_id.and_then(|m| i32::try_from(m).ok()),
        claim: ticket.claim,
    };
    Some(Handoff {
        claimed,
        nonce_hash: ticket.nonce_hash,
        user,
        secret: SecretString::from(opened.as_str().to_owned()),
        lang: Lang::negotiate(&ticket.lang).unwrap_or_default(),
    })
}
