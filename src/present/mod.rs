//! What the user sees: pure functions from domain values and a [`Lang`](crate::i18n::Lang)
//! to text and inline keyboards. No I/O, so the bot and the tracker draw the same things.
//!
//! - [`buttons`]: button payloads, typed; [`keyboard`]: keyboard helpers.
//! - [`labels`]: statuses, modes, times. [`cards`]: the list and the assistant cards.
//! - [`wizard`]: the wizard's steps and the secret prompts. [`notices`]: what the tracker says.
//! - [`errors`]: errors as the user reads them. [`audit`]: group lines and names.
//! - [`forms`]: the secure form's button, page text and answers.
//! - [`replies`]: /start, /help, /cancel, the key, stale buttons, deleted secrets.
//! - [`manage`]: the notes around the cards, an edit's question and what it saved.
//! - [`team`]: the admin gate's refusals, leaks, upgrades and hand-offs.
//! - [`bots`]: the assistant's own bot made from the chat (managed bots).
//! - [`live`]: what the watch of live assistants says when one changed after it went live.
//!
//! The bot never looks up a message itself: it calls these with domain values.
//!
//! Message keys chosen at run time (named after a wire value by `i18n::key_for`, or taken
//! from a small table) are listed by [`runtime_keys`], so the locale test checks them like
//! literal ones.

pub mod audit;
pub mod bots;
pub mod buttons;
pub mod cards;
pub mod commands;
pub mod errors;
pub mod forms;
pub mod keyboard;
pub mod labels;
pub mod language;
pub mod live;
pub mod manage;
pub mod notices;
pub mod pay_later;
pub mod profile;
pub mod replies;
pub mod restart;
pub mod team;
pub mod watch;
pub mod wizard;

/// Every message key the code chooses at run time (from a table, not a literal).
pub fn runtime_keys() -> Vec<String> {
    let fields = wizard::FIELD_BUTTON_KEYS.iter().map(|(_, k)| (*k).to_owned());
    let parts = labels::keys().chain(errors::keys()).chain(audit::keys()).chain(forms::keys());
    parts.chain(fields).collect()
}
