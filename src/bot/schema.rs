//! The whole handler tree, in one place. `run`, the tests and the benchmarks all use it.

use teloxide::{dispatching::UpdateHandler, prelude::*};

use super::{
    commands::Command,
    context::resolve_lang,
    dialogue::State,
    failure::{HandlerError, reporting},
    start,
};
use crate::storage::dialogues::DialogueStore;

/// Builds the handler tree.
pub fn schema() -> UpdateHandler<HandlerError> {
    let commands = teloxide::filter_command::<Command, _>()
        .branch(dptree::case![Command::Start].endpoint(start::start))
        .branch(dptree::case![Command::Help].endpoint(start::help));

    let messages = Update::filter_message()
        .enter_dialogue::<Message, DialogueStore<State>, State>()
        .branch(commands);

    // A press on a button no conversation claims (an old or cancelled one): say so, do nothing.
    let buttons = Update::filter_callback_query().endpoint(start::stale_button);

    reporting(dptree::entry().filter_map_async(resolve_lang).branch(messages).branch(buttons))
}
