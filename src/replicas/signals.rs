//! What the other replicas tell the leader (PostgreSQL's LISTEN): an update stored, a
//! deployment's callback come. The leader hands stored updates to its dispatcher from the
//! table (`Inbox::collect`) and looks at a deployment whose callback another replica got.
//! A notification can be missed (a leader taking over, a dropped connection), so the leader
//! also looks at the table every [`SWEEP_EVERY`].

use std::{sync::Arc, time::Duration};

use teloxide::types::ChatId;
use tokio_util::sync::CancellationToken;

use crate::{
    inbox::{Feed, Inbox},
    storage::{
        Db,
        engine::{CALLBACK_CHANNEL, INBOX_CHANNEL},
    },
    tracker::Tracker,
};

/// How often the leader looks for stored updates nobody told it of.
pub const SWEEP_EVERY: Duration = Duration::from_secs(1);

/// The most deployments the leader looks at at once for callbacks other replicas passed on.
const LOOKS_AT_ONCE: usize = 8;

/// How long the leader waits before listening again after its listener failed.
const RELISTEN_AFTER: Duration = Duration::from_secs(1);

/// Follows the other replicas until `stop` is cancelled: hands `feed` what they store, and
/// has `tracker` look at deployments whose callbacks they got.
pub async fn follow(
    db: Db,
    inbox: Arc<Inbox>,
    feed: Feed,
    tracker: Tracker,
    stop: CancellationToken,
) {
    let mut listener = None;
    let looking = Arc::new(tokio::sync::Semaphore::new(LOOKS_AT_ONCE));
    loop {
        if let Err(e) = inbox.collect(&feed).await {
            tracing::warn!(error = %e, "could not look for stored updates");
        }
        if listener.is_none() {
            listener = match db.listen(&[INBOX_CHANNEL, CALLBACK_CHANNEL]).await {
                Ok(listener) => listener,
                Err(e) => {
                    tracing::warn!(error = %e, "could not listen to the other replicas");
                    None
                }
            };
        }
        let Some(heard) = listener.as_mut() else {
            tokio::select! {
                () = stop.cancelled() => return,
                () = tokio::time::sleep(SWEEP_EVERY.min(RELISTEN_AFTER)) => continue,
            }
        };
        let notification = tokio::select! {
            () = stop.cancelled() => return,
            () = tokio::time::sleep(SWEEP_EVERY) => continue,
            notification = heard.recv() => notification,
        };
        let first = match notification {
            Ok(first) => first,
            Err(e) => {
                tracing::warn!(error = %e, "the listener to the other replicas failed");
                listener = None;
                continue;
            }
        };
        // Whatever else is already here is taken with it: one look at the table serves a
        // burst of stored updates, however many told of them.
        let mut heard_now = vec![first];
        heard_now.extend(std::iter::from_fn(|| heard.next_buffered()));
        for n in heard_now.iter().filter(|n| n.channel() == CALLBACK_CHANNEL) {
            // Beside the look for updates, never in its way, and a few at a time (each is an
            // API call): past that, the tracker's next tick sees the change anyway.
            let Ok(permit) = looking.clone().try_acquire_owned() else { break };
            let (db, tracker, payload) = (db.clone(), tracker.clone(), n.payload().to_owned());
            tokio::spawn(async move {
                look_at(&db, &tracker, &payload).await;
                drop(permit);
            });
        }
    }
}

/// Looks at the deployment a callback named (`<chat id>:<handle>`), as a callback to this
/// replica would have.
async fn look_at(db: &Db, tracker: &Tracker, payload: &str) {
    let Some((chat, handle)) = payload.split_once(':') else { return };
    let (Ok(chat), Ok(handle)) = (chat.parse::<i64>(), handle.parse::<i64>()) else { return };
    match db.deployment_by_handle(ChatId(chat), handle).await {
        Ok(Some(known)) => tracker.check_now(known).await,
        Ok(None) => {}
        Err(e) => tracing::warn!(error = %e, "could not read a deployment"),
    }
}
