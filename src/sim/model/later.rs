//! What happens to a live deployment later, outside the bot: the host fails it, stops it,
//! deletes it, or moves it to a new worker. A test or a demo causes it through
//! [`SimHandle::change_live`](crate::sim::SimHandle::change_live) or
//! `POST /_sim/deployments/{id}/change`.
//!
//! Not in the reference: it documents no such events, only the states they end in (`failed`
//! with a `statusMessage`, `stopped`, a deployment no longer found, a `workerUrl`). Assumed
//! here: a stop elsewhere keeps its reason as the `statusMessage` (the reference's stop example
//! shows `null`), and a move gives the deployment a new worker name and URL while it stays
//! `active`. Each change is posted to the callback URL like any other status change, except a
//! deletion, which leaves nothing to report on.

use std::time::SystemTime;

use rand::Rng as _;

use super::{Outcome, SimDeployment, World};
use crate::api::Status;

/// A change to a live (`active`) deployment made outside the bot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LiveChange {
    /// The worker failed: `failed`, with this status message (e.g. "Worker crashed: out of
    /// memory").
    Fail(String),
    /// Stopped elsewhere (the dashboard, the host): `stopped`, with this reason.
    Stop(String),
    /// Deleted elsewhere: gone from the list, 404 on every route.
    Delete,
    /// Moved to a new worker: still `active`, at a new `workerUrl`.
    Move,
}

impl World {
    /// Applies `change` to the live deployment `id`. Returns whether it was live.
    pub fn change_live(&mut self, id: &str, change: &LiveChange) -> bool {
        let now = self.now();
        let Some(dep) = self.deployments.get_mut(id).filter(|d| d.status == Status::Active) else {
            return false;
        };
        match change {
            LiveChange::Fail(reason) => dep.finish(&Outcome::Failed(reason.clone()), now),
            LiveChange::Stop(reason) => {
                dep.stop(now);
                dep.status_message = Some(reason.clone());
            }
            LiveChange::Delete => {
                self.deployments.remove(id);
            }
            LiveChange::Move => move_worker(dep, now),
        }
        true
    }
}

/// A new worker for `dep`, active at once.
fn move_worker(dep: &mut SimDeployment, now: SystemTime) {
    let name = format!("openclaw-{:08x}", rand::thread_rng().r#gen::<u32>());
    dep.worker_name = Some(name);
    dep.finish(&Outcome::Active, now);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::ApiMode;

    fn live(world: &mut World) -> String {
        let mut dep = SimDeployment::pending("o", ApiMode::Managed, world.now());
        dep.worker_name = Some("w".into());
        dep.finish(&Outcome::Active, world.now());
        let id = dep.id.clone();
        world.deployments.insert(id.clone(), dep);
        id
    }

    #[test]
    fn a_live_deployment_fails_stops_moves_or_goes_later() {
        let mut world = World::default();
        let id = live(&mut world);
        assert!(world.change_live(&id, &LiveChange::Move));
        let moved = world.deployments[&id].worker_url.clone();
        assert!(moved.as_deref().is_some_and(|u| u != "https://w.workers.dev"), "{moved:?}");
        let oom = LiveChange::Fail("Worker crashed: out of memory".into());
        assert!(world.change_live(&id, &oom));
        assert_eq!(world.deployments[&id].status, Status::Failed);
        assert_eq!(
            world.deployments[&id].status_message.as_deref(),
            Some("Worker crashed: out of memory")
        );
        assert!(!world.change_live(&id, &LiveChange::Delete), "only a live one changes");
        let other = live(&mut world);
        assert!(world.change_live(&other, &LiveChange::Stop("Stopped from the dashboard".into())));
        assert_eq!(world.deployments[&other].status, Status::Stopped);
        let third = live(&mut world);
        assert!(world.change_live(&third, &LiveChange::Delete));
        assert!(!world.deployments.contains_key(&third));
    }
}
