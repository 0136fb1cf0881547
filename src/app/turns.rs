//! One change at a time per chat. The dispatcher runs each chat's updates one after another,
//! but secrets also arrive beside it (the secure form, a managed bot's token), the tracker
//! reopens wizards, and a group's hand-off writes the group's wizard from a private chat:
//! each of those reads a conversation and writes it back. Whoever changes a chat's
//! conversation takes the chat's turn first, so no two read-modify-writes interleave.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, Weak},
};

use tokio::sync::{Mutex as Turn, OwnedMutexGuard};

/// The turns of the chats that have one taken or waited for.
#[derive(Debug, Default)]
pub struct ChatTurns {
    turns: Mutex<HashMap<i64, Weak<Turn<()>>>>,
}

/// A chat's turn, held until dropped.
pub type Held = OwnedMutexGuard<()>;

impl ChatTurns {
    /// Waits for `chat`'s turn and holds it until the returned guard is dropped.
    pub async fn take(&self, chat: i64) -> Held {
        let turn = {
            let mut turns = self.turns.lock().unwrap_or_else(|p| p.into_inner());
            match turns.get(&chat).and_then(Weak::upgrade) {
                Some(turn) => turn,
                None => {
                    // Turns nobody holds any more are dropped now and then, so the map stays
                    // as small as the number of chats busy at once.
                    if turns.len() >= 1024 {
                        turns.retain(|_, turn| turn.strong_count() > 0);
                    }
                    let turn = Arc::new(Turn::new(()));
                    turns.insert(chat, Arc::downgrade(&turn));
                    turn
                }
            }
        };
        turn.lock_owned().await
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[tokio::test]
    async fn a_chats_second_taker_waits_for_the_first_and_other_chats_do_not() {
        let turns = Arc::new(ChatTurns::default());
        let first = turns.take(1).await;
        let waiting = tokio::spawn({
            let turns = turns.clone();
            async move { turns.take(1).await }
        });
        tokio::time::sleep(Duration::from_millis(20)).await;
        assert!(!waiting.is_finished(), "chat 1 is taken");
        let _other = turns.take(2).await;
        drop(first);
        tokio::time::timeout(Duration::from_secs(1), waiting).await.expect("let in").expect("ran");
    }

    #[tokio::test]
    async fn turns_nobody_holds_are_forgotten() {
        let turns = ChatTurns::default();
        for chat in 0..3000 {
            drop(turns.take(chat).await);
        }
        assert!(turns.turns.lock().expect("lock").len() <= 1024);
    }
}
