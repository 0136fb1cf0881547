//! The commands the bot understands, and their registration with Telegram per language.

use teloxide::{
    prelude::*,
    types::BotCommand,
    utils::command::{BotCommands, ParseError},
};

use crate::{app::TgBot, i18n::Lang};

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

    /// The commands shown in Telegram's menu, in menu order, with their locale keys.
    const MENU: [(&'static str, &'static str); 8] = [
        ("list", "cmd-list"),
        ("new", "cmd-new"),
        ("setkey", "cmd-setkey"),
        ("forgetkey", "cmd-forgetkey"),
        ("language", "cmd-language"),
        ("cancel", "cmd-cancel"),
        ("help", "cmd-help"),
        ("start", "cmd-start"),
    ];
}

/// The locale keys of the menu's descriptions (the locale test checks them).
pub fn menu_keys() -> impl Iterator<Item = &'static str> {
    Command::MENU.iter().map(|(_, key)| *key)
}

/// Registers the command menu for every shipped language (and the default for the rest).
/// A failure is logged, not fatal: the bot works without a menu. Returns whether all went.
pub async fn register(bot: &TgBot) -> bool {
    let mut all = true;
    for lang in Lang::ALL {
        let commands: Vec<BotCommand> =
            Command::MENU.iter().map(|(name, key)| BotCommand::new(*name, lang.t(key))).collect();
        let mut request = bot.set_my_commands(commands);
        if lang != Lang::default() {
            request = request.language_code(lang.code());
        }
        if let Err(e) = request.await {
            all = false;
            tracing::warn!(language = %lang, error = %e, "could not register the command menu");
        }
    }
    all
}
