//! The whole handler tree, in one place. `run`, the tests and the benchmarks all use it.
//!
//! Authorization sits here too, in front of the handlers: in a group, commands and buttons
//! that change something are refused to anyone but its admins.

use teloxide::{dispatching::UpdateHandler, prelude::*};

use super::{
    callback::{Callback, CardAction},
    cancel,
    commands::Command,
    context::resolve_lang,
    dialogue::State,
    failure::{HandlerError, reporting},
    language, manage,
    role::{Role, resolve_role},
    setkey, start, team, wizard,
};
use crate::storage::dialogues::DialogueStore;

/// Builds the handler tree.
pub fn schema() -> UpdateHandler<HandlerError> {
    let commands = teloxide::filter_command::<Command, _>()
        .branch(
            dptree::filter(|cmd: Command, role: Role| cmd.needs_admin() && !role.may_manage())
                .endpoint(team::admins_only_command),
        )
        .branch(
            dptree::case![Command::Start(payload)]
                .branch(
                    dptree::filter(|payload: String, msg: Message| {
                        msg.chat.is_private() && !payload.trim().is_empty()
                    })
                    .endpoint(team::redeem),
                )
                .endpoint(start::start),
        )
        .branch(dptree::case![Command::Help].endpoint(start::help))
        .branch(dptree::case![Command::New].endpoint(wizard::start))
        .branch(dptree::case![Command::List].endpoint(manage::list))
        .branch(dptree::case![Command::SetKey(inline)].endpoint(setkey::setkey))
        .branch(dptree::case![Command::ForgetKey].endpoint(setkey::forgetkey))
        .branch(dptree::case![Command::Cancel].endpoint(cancel::cancel))
        .branch(dptree::case![Command::Language].endpoint(language::choose))
        .branch(dptree::case![Command::Audit].endpoint(team::audit));

    let messages = Update::filter_message()
        .enter_dialogue::<Message, DialogueStore<State>, State>()
        .branch(commands)
        .branch(dptree::filter_async(team::secret_in_group_text).endpoint(team::secret_in_group))
        .branch(dptree::case![State::AwaitingApiKey].endpoint(setkey::receive_key))
        .branch(dptree::case![State::GroupKey { group }].endpoint(team::receive_group_key))
        .branch(dptree::case![State::GroupSecrets { group }].endpoint(team::receive_group_secret))
        .branch(
            dptree::case![State::GroupEdit { group, handle, field }]
                .endpoint(team::receive_group_edit),
        )
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
                .branch(
                    dptree::case![Callback::Act { handle, action }]
                        .branch(
                            dptree::filter(|(_, action): (i64, CardAction), role: Role| {
                                action.needs_admin() && !role.may_manage()
                            })
                            .endpoint(team::admins_only_button),
                        )
                        .endpoint(manage::on_action),
                )
                .branch(dptree::case![State::Wizard(wizard)].endpoint(wizard::on_button))
                .branch(dptree::case![State::Editing(edit)].endpoint(manage::edit::on_button)),
        )
        // A press on a button no conversation claims (an old or cancelled one): say so.
        .branch(dptree::endpoint(start::stale_button));

    reporting(
        dptree::entry()
            .filter_map_async(resolve_lang)
            .filter_map_async(resolve_role)
            .branch(messages)
            .branch(buttons),
    )
}
