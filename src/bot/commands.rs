//! The commands the bot understands, and their registration with Telegram per language.

use teloxide::{
    prelude::*,
    types::BotCommandScope,
    utils::command::{BotCommands, ParseError},
};

use crate::{
    app::TgBot,
    i18n::Lang,
    present::commands::{self as present, Menu},
};

/// Commands, parsed from message text. Descriptions shown to users come from `locales/`.
#[derive(Debug, Clone, PartialEq, Eq, BotCommands)]
#[command(rename_rule = "lowercase")]
pub enum Command {
    /// Welcome, and what to do first; with a payload, a hand-off link from a group.
    #[command(parse_with = rest_of_line)]
    Start(String),
    /// What the bot can do.
    Help,
    /// Create an assistant.
    New,
    /// The chat's assistants.
    List,
    /// Store or replace the chat's API key (inline, or asked for next).
    #[command(parse_with = rest_of_line)]
    SetKey(String),
    /// Drop the chat's API key.
    ForgetKey,
    /// Leave the current conversation.
    Cancel,
    /// Choose the language.
    Language,
    /// A group's last 20 audit entries.
    Audit,
}

fn rest_of_line(input: String) -> Result<(String,), ParseError> {
    Ok((input,))
}

impl Command {
    /// Whether only a group's admins may use it: everything that changes the group's key,
    /// assistants, conversations or payment waits, and its log.
    pub fn needs_admin(&self) -> bool {
        matches!(
            self,
            Self::New
                | Self::SetKey(_)
                | Self::ForgetKey
                | Self::Audit
                | Self::Cancel
                | Self::Language
        )
    }
}

/// Registers every menu in every shipped language: English as the default of its scope, the
/// others under their ISO 639-1 code. Private chats, a group's members and its admins each get
/// their own menu. A failure is logged, not fatal: the bot works without a menu. Returns
/// whether all went.
pub async fn register(bot: &TgBot) -> bool {
    let requests = Menu::ALL.into_iter().flat_map(|menu| {
        Lang::ALL.into_iter().map(move |lang| async move {
            let mut request = bot.set_my_commands(present::menu(lang, menu)).scope(scope(menu));
            if lang != Lang::default() {
                request = request.language_code(lang.iso639_1());
            }
            let sent = request.await;
            if let Err(e) = &sent {
                tracing::warn!(language = %lang, ?menu, error = %e, "could not register a command menu");
            }
            sent.is_ok()
        })
    });
    futures_util::future::join_all(requests).await.into_iter().all(|ok| ok)
}

fn scope(menu: Menu) -> BotCommandScope {
    match menu {
        Menu::Private => BotCommandScope::AllPrivateChats,
        Menu::GroupMembers => BotCommandScope::AllGroupChats,
        Menu::GroupAdmins => BotCommandScope::AllChatAdministrators,
    }
}
