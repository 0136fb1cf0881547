//! The floors the bot is compared with: teloxide's dispatcher with one endpoint that echoes the
//! text, over a plain `Bot` or behind an adaptor; the limits lifted for throughput runs; and
//! how a dispatcher under test is stopped.

use std::time::Duration;

use assistants_bot::{
    sender::{Limits, Rate},
    testkit::fake_telegram::BOT_TOKEN,
};
use teloxide::{RequestError, adaptors::throttle, dispatching::ShutdownToken, prelude::*};
use tokio::runtime::Runtime;
use url::Url;

/// Starts the echo floor on `rt` against the Bot API at `api_url`: a plain `Bot`, wrapped by
/// `adapt` (`|bot| bot` for the bare dispatcher, or an adaptor whose cost is to be seen).
/// `adapt` runs inside `rt`, so adaptors that spawn a worker (Throttle) find a runtime.
pub fn start_echo<B>(rt: &Runtime, api_url: Url, adapt: impl FnOnce(Bot) -> B) -> ShutdownToken
where
    B: Requester<Err = RequestError, GetUpdates: Send> + Clone + Send + Sync + 'static,
{
    let bot = {
        let _inside = rt.enter();
        adapt(Bot::new(BOT_TOKEN).set_api_url(api_url))
    };
    let handler = Update::filter_message().endpoint(|bot: B, msg: Message| async move {
        bot.send_message(msg.chat.id, msg.text().unwrap_or_default()).await?;
        respond(())
    });
    let mut dispatcher = Dispatcher::builder(bot, handler).build();
    let token = dispatcher.shutdown_token();
    rt.spawn(async move { dispatcher.dispatch().await });
    token
}

/// Throttle's limits, lifted, so that updates/s shows the dispatch path.
pub fn throttle_lifted() -> throttle::Limits {
    throttle::Limits {
        messages_per_sec_chat: 100_000,
        messages_per_min_chat: 1_000_000,
        messages_per_min_channel_or_supergroup: 1_000_000,
        messages_per_sec_overall: 1_000_000,
    }
}

/// The bot's sender limits, lifted, likewise.
pub fn lifted() -> Limits {
    let lifted = Rate::new(1_000_000, Duration::from_nanos(1));
    Limits { private_chat: lifted, group: lifted, overall: lifted }
}

/// How a dispatcher under test is stopped.
pub enum Stop {
    /// An echo floor, by its dispatcher's token.
    Dispatcher(ShutdownToken),
    /// The bot, by the shutdown future given to `run::run`.
    Bot(tokio::sync::oneshot::Sender<()>),
}

impl Stop {
    /// Stops the dispatcher and, for an echo floor, waits on `waiter` until it has stopped.
    pub fn stop(self, waiter: &Runtime) {
        match self {
            Self::Dispatcher(token) => {
                if let Ok(done) = token.shutdown() {
                    waiter.block_on(done);
                }
            }
            Self::Bot(stop) => {
                let _ = stop.send(());
            }
        }
    }
}
