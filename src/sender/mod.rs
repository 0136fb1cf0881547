//! Outgoing Telegram requests: sent at once, unless one of Telegram's limits would be crossed.
//!
//! [`Paced`] wraps a [`Bot`] as a teloxide [`Requester`] adaptor. Messages
//! (sends, copies, forwards) and edits of messages wait for their chat's earlier requests and
//! for the per-chat and overall limits ([`Limits`]); there is no fixed cycle, so with no limit
//! near a request leaves at once. A 429 (`RetryAfter`) holds that chat for `retry_after` and
//! resends the same request; nothing else is resent. Every other method is forwarded as is.
//!
//! - [`limits`]: the limits, as rates with a burst.
//! - `pacer`: the waiting — one turn per chat, the `governor` rate limiters, resends, metrics.
//! - `request`: [`PacedRequest`], what the paced methods return.
//! - [`me`]: getMe read leniently (only `id` and `username` required), for every caller.
//! - `forward`: the table of `Requester` methods, one row each (paced or forwarded), derived
//!   from teloxide-core.
//!
//! Metrics: `telegram_send_queue_depth` (gauge: requests waiting to go out),
//! `telegram_send_wait_seconds` (histogram: how long each waited before it went out) and
//! `telegram_send_retries_total` (counter: resends after a 429).

#[macro_use]
mod forward;
pub mod limits;
pub mod me;
mod pacer;
mod request;

use std::sync::Arc;

use teloxide::{
    Bot,
    errors::AsResponseParameters,
    requests::{JsonRequest, Payload, Requester},
};
// The vendored method list names the argument types unqualified, as teloxide-core does.
#[allow(clippy::wildcard_imports)]
use teloxide::types::*;
use url::Url;

pub use limits::{Limits, Rate};
use pacer::{ChatKey, Pacer};
pub use request::PacedRequest;

/// A [`Requester`] that keeps to Telegram's limits without delaying what is within them, and
/// keeps each chat's requests in order.
pub struct Paced<B> {
    bot: B,
    pacer: Arc<Pacer>,
}

impl<B> Paced<B> {
    /// Wraps `bot`, keeping to `limits`.
    pub fn new(bot: B, limits: Limits) -> Self {
        Self { bot, pacer: Arc::new(Pacer::new(&limits)) }
    }

    /// The wrapped bot.
    pub fn inner(&self) -> &B {
        &self.bot
    }
}

/// A payload of our own (a Bot API method teloxide lacks) that sends a message to one chat, so
/// that it can wait for that chat's turn like teloxide's sends do.
pub trait ToChat {
    /// The chat the message goes to.
    fn chat(&self) -> ChatId;
}

fn chat_of<P: ToChat>(payload: &P) -> ChatKey {
    ChatKey::from(&payload.chat())
}

impl Paced<Bot> {
    /// `payload` as a paced request: it keeps its chat's order and Telegram's limits.
    pub fn pace<P>(&self, payload: P) -> PacedRequest<JsonRequest<P>>
    where
        P: Payload + ToChat,
    {
        PacedRequest::new(
            JsonRequest::new(self.bot.clone(), payload),
            chat_of::<P>,
            Arc::clone(&self.pacer),
        )
    }
}

impl<B: Clone> Clone for Paced<B> {
    fn clone(&self) -> Self {
        Self { bot: self.bot.clone(), pacer: Arc::clone(&self.pacer) }
    }
}

/// Does not print the bot: `Bot`'s own `Debug` shows its token.
impl<B> std::fmt::Debug for Paced<B> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Paced").finish_non_exhaustive()
    }
}

/// A paced method: the inner request, its chat, the shared pacer (`@ty`: its type).
macro_rules! paced {
    (@ty $T:ident) => {
        PacedRequest<B::$T>
    };
    ($m:ident $this:ident ($($arg:ident : $T:ty),*)) => {
        PacedRequest::new(
            $this.bot.$m($($arg),*),
            |payload| ChatKey::from(&payload.chat_id),
            Arc::clone(&$this.pacer),
        )
    };
}

/// A forwarded method: the inner bot's own request (`@ty`: its type).
macro_rules! forwarded {
    (@ty $T:ident) => {
        B::$T
    };
    ($m:ident $this:ident ($($arg:ident : $T:ty),*)) => {
        $this.bot.$m($($arg),*)
    };
}

/// getMe, read leniently ([`me`]) so that the dispatcher's own getMe survives new Bot API
/// shapes (`@ty`: its type).
macro_rules! lenient {
    (@ty $T:ident) => {
        me::LenientGetMe
    };
    ($m:ident $this:ident ()) => {
        me::LenientGetMe::new($this.bot.bot().clone())
    };
}

impl<B: me::HasBot> Requester for Paced<B>
where
    B::Err: AsResponseParameters,
    B::SendMessage: Clone + Send + Sync + 'static,
    B::ForwardMessage: Clone + Send + Sync + 'static,
    B::ForwardMessages: Clone + Send + Sync + 'static,
    B::CopyMessage: Clone + Send + Sync + 'static,
    B::CopyMessages: Clone + Send + Sync + 'static,
    B::SendPhoto: Clone + Send + Sync + 'static,
    B::SendAudio: Clone + Send + Sync + 'static,
    B::SendDocument: Clone + Send + Sync + 'static,
    B::SendVideo: Clone + Send + Sync + 'static,
    B::SendAnimation: Clone + Send + Sync + 'static,
    B::SendVoice: Clone + Send + Sync + 'static,
    B::SendVideoNote: Clone + Send + Sync + 'static,
    B::SendPaidMedia: Clone + Send + Sync + 'static,
    B::SendMediaGroup: Clone + Send + Sync + 'static,
    B::SendLocation: Clone + Send + Sync + 'static,
    B::SendVenue: Clone + Send + Sync + 'static,
    B::SendContact: Clone + Send + Sync + 'static,
    B::SendPoll: Clone + Send + Sync + 'static,
    B::SendChecklist: Clone + Send + Sync + 'static,
    B::SendDice: Clone + Send + Sync + 'static,
    B::SendSticker: Clone + Send + Sync + 'static,
    B::SendInvoice: Clone + Send + Sync + 'static,
    B::SendGame: Clone + Send + Sync + 'static,
    B::EditMessageText: Clone + Send + Sync + 'static,
    B::EditMessageCaption: Clone + Send + Sync + 'static,
    B::EditMessageMedia: Clone + Send + Sync + 'static,
    B::EditMessageReplyMarkup: Clone + Send + Sync + 'static,
    B::EditMessageLiveLocation: Clone + Send + Sync + 'static,
    B::StopMessageLiveLocation: Clone + Send + Sync + 'static,
    B::EditMessageChecklist: Clone + Send + Sync + 'static,
    B::StopPoll: Clone + Send + Sync + 'static,
{
    type Err = B::Err;

    // Messages and edits of messages are paced (edits count toward the same limits);
    // everything else is forwarded, edits of inline messages too (they name no chat).
    requester_methods!();
}
