//! The whole handler tree, in one place. `run`, the tests and the benchmarks all use it.

use teloxide::{dispatching::UpdateHandler, prelude::*};

use super::{
    callback::Callback,
    cancel,
    commands::Command,
    context::resolve_lang,
    dialogue::State,
    failure::{HandlerError, reporting},
    language, manage, setkey, start, wizard,
};
use crate::storage::dialogues::DialogueStore;

/// Builds the handler tree.
pub fn schema() -> UpdateHandler<HandlerError> {
    let commands = teloxide::filter_command::<Command, _>()
        .branch(dptree::case![Command::Start].endpoint(start::start))
        .branch(dptree::case![Command::Help].endpoint(start::help))
        .branch(dptree::case![Command::New].endpoint(wizard::start))
        .branch(dptree::case![Command::List].endpoint(manage::list))
        .branch(dptree::case![Command::SetKey(inline)].endpoint(setkey::setkey))
        .branch(dptree::case![Command::ForgetKey].endpoint(setkey::forgetkey))
        .branch(dptree::case![Command::Cancel].endpoint(cancel::cancel))
        .branch(dptree::case![Command::Language].endpoint(language::choose));

    let messages = Update::filter_message()
        .enter_dialogue::<Message, DialogueStore<State>, State>()
        .branch(commands)
        .branch(dptree::case![State::AwaitingApiKey].endpoint(setkey::receive_key))
        .branch(dptree::case![State::Wizard(wizard)].endpoint(wizard::on_text))
        .branch(dptree::case![State::Editing(edit)].endpoint(manage::edit::on_text))
        .branch(dptree::endpoint(start::unknown_text));

    let buttons = Update::filter_callback_query()
        .enter_dialogue::<CallbackQuery, DialogueStore<State>, State>()
        .branch(
            dptree::filter_map(|q: CallbackQuery| q.data.as_deref().and_then(Callback::parse))
                .branch(dptree::case![Callback::Language(choice)].endpoint(language::chosen))
                .branch(dptree::case![Callback::StopWaiting(handle)].endpoint(cancel::stop_waiting))
                .branch(dptree::case![Callback::ListPage(page)].endpoint(manage::on_list_page))
                .branch(dptree::case![Callback::Card(handle)].endpoint(manage::on_card))
                .branch(dptree::case![Callback::Act { handle, action }].endpoint(manage::on_action))
                .branch(dptree::case![State::Wizard(wizard)].endpoint(wizard::on_button))
                .branch(dptree::case![State::Editing(edit)].endpoint(manage::edit::on_button)),
        )
        // A press on a button no conversation claims (an old or cancelled one): say so.
        .branch(dptree::endpoint(start::stale_button));

    reporting(dptree::entry().filter_map_async(resolve_lang).branch(messages).branch(buttons))
}
