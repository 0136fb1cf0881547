//! Managed bots (Bot API 9.6 and 10.0), which teloxide 0.17 (Bot API 9.1) does not know: the
//! requests, the objects, the reply-keyboard button, and the updates, read from the raw JSON
//! the inbox stores. Everything here can go the day teloxide ships it.
//!
//! # What the reference says
//! Checked on 2026-11-25 against the Bot API changelog and reference, as mirrored by the
//! libraries that generate their code from it (the official pages themselves were not in
//! reach):
//! - Changelog, Bot API 9.6 of 2026-04-03 (core.telegram.org/bots/api-changelog#april-3-2026,
//!   quoted in the release notes of pengrad/java-telegram-bot-api 9.6.0 and telegramium
//!   10.906.0): methods `getManagedBotToken` and `replaceManagedBotToken`; classes
//!   `ManagedBotCreated` and `ManagedBotUpdated`; the field `managed_bot` of Update; the field
//!   `managed_bot_created` of Message; `KeyboardButtonRequestManagedBot` and the field
//!   `request_managed_bot` of KeyboardButton; the field `can_manage_bots` of User.
//! - `User.can_manage_bots`: "Optional. True, if other bots can be created to be controlled by
//!   the bot. Returned only in getMe." (televerse's User, generated from the reference). It is
//!   set by "Bot Management Mode" in @BotFather's Mini App.
//! - `KeyboardButton.request_managed_bot`: "pressing the button will ask the user to create and
//!   share a bot that will be managed by the current bot. Available for bots that enabled
//!   management of other bots in the @BotFather Mini App. Available in private chats only."
//!   (grammY). `KeyboardButtonRequestManagedBot`: `request_id` (Integer, "Signed 32-bit
//!   identifier of the request. Must be unique within the message"), `suggested_name` and
//!   `suggested_username` (optional Strings). "Information about the created bot will be shared
//!   with the bot using the update managed_bot and a Message with the field
//!   managed_bot_created." (aiogram, citing core.telegram.org/bots/api#keyboardbuttonrequestmanagedbot)
//! - `ManagedBotUpdated`: `user` ("User that created the bot") and `bot` (User; "Token of the
//!   bot can be fetched using the method getManagedBotToken"); it "contains information about
//!   the creation, token update, or owner update of a bot that is managed by the current bot"
//!   (python-telegram-bot 22.8, aiogram). `ManagedBotCreated`: `bot` (User) only — the
//!   `request_id` does not come back, so a created bot is matched to what waits for it by the
//!   user who created it (the message's `from`, the update's `user`), never by its name.
//! - `getManagedBotToken(user_id)` and `replaceManagedBotToken(user_id)` ("revoke the current
//!   token of a managed bot and generate a new one"): `user_id` is the managed bot's id; both
//!   return the token as a String (aiogram).
//! - Bot API 10.0: `getManagedBotAccessSettings(user_id)` returns `BotAccessSettings`
//!   (`is_access_restricted`: Boolean; `added_users`: optional array of User, "the list of
//!   other users who have access to the bot if the access is restricted"), and
//!   `setManagedBotAccessSettings(user_id, is_access_restricted, added_user_ids)` returns True:
//!   `added_user_ids` is "a JSON-serialized list of up to 10 identifiers of users who will have
//!   access to the bot in addition to its owner. Ignored if is_access_restricted is false"; the
//!   owner can always reach the bot (grammY, aiogram, ronami, the yaebal mirror).
//! - Errors: the MTProto methods behind these (bots.exportBotToken, bots.getAccessSettings,
//!   bots.editAccessSettings on core.telegram.org) list `400 BOT_INVALID` ("This is not a
//!   valid bot"); the fake Telegram answers that for a bot it does not manage.
//! - Nothing tells the bot that the user closed Telegram's "create a bot" dialog, or that
//!   Telegram refused (the user's limit of bots): only a created bot is reported. The service
//!   message comes from the button (MTProto: messageActionManagedBotCreated is "sent by a user
//!   to a manager bot when a new managed bot is created through it"); a bot created through
//!   the `t.me/newbot/{manager}/{username}` link presumably brings only the `managed_bot`
//!   update, so both are read.
//!
//! Where the issue (#16) and the reference differ: they do not, on the names above. The
//! reference adds what the issue leaves open: `getManagedBotAccessSettings` returns users
//! (`added_users`), not ids, and the owner never counts among the ten.
//!
//! # Inside
//! - [`methods`]: the requests (sent with teloxide's `JsonRequest`, so through the same `Bot`,
//!   API URL and error types), including a `sendMessage` whose reply keyboard carries the new
//!   button and a `setWebhook` that can name the new update kind.
//! - [`types`]: the objects, and [`types::Event`], a managed bot's arrival read from a raw
//!   update (teloxide turns the update into `UpdateKind::Error`, and reads the message without
//!   the field).
//! - [`username`]: a valid `suggested_username` from an assistant's name.

pub mod methods;
pub mod types;
pub mod username;

pub use types::{BotAccessSettings, Event, EventKind};

/// The update kind a managed bot's creation, new token or new owner comes as; Telegram sends
/// it only when `allowed_updates` names it.
pub const UPDATE_KIND: &str = "managed_bot";

/// The most people besides its owner that a managed bot can be opened to.
pub const MAX_ADDED_USERS: usize = 10;
