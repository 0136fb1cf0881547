//! Reading a stored update's JSON the way the handlers take it.

use teloxide::types::{Update, UpdateKind};

/// An update's id and the update as the handlers take it: `None` (logged) for one they would
/// only drop. `None` altogether (logged) for JSON without an update id. A managed bot's update
/// stays raw (`UpdateKind::Error`, for the [`Lane`]): teloxide cannot read it.
pub(super) fn read(raw: &str) -> Option<(i64, Option<Update>)> {
    if let Some(update) = crate::managed_bots::types::routed(raw) {
        return Some((i64::from(update.id.0), Some(update)));
    }
    match serde_json::from_str::<Update>(raw) {
        Ok(update) => {
            let id = i64::from(update.id.0);
            if matches!(update.kind, UpdateKind::Error(_)) {
                tracing::warn!(
                    update_id = id,
                    "an update of a kind teloxide does not know; skipped"
                );
                return Some((id, None));
            }
            Some((id, Some(update)))
        }
        Err(e) => {
            #[derive(serde::Deserialize)]
            struct Id {
                update_id: i64,
            }
            match serde_json::from_str::<Id>(raw) {
                Ok(Id { update_id }) => {
                    let error = crate::storage::json_failure(&e);
                    tracing::error!(update_id, error, "an update does not parse; skipped");
                    Some((update_id, None))
                }
                Err(_) => {
                    tracing::error!("an update without an update_id; skipped");
                    None
                }
            }
        }
    }
}
