//! What the user sees: pure functions from domain values and a [`Lang`](crate::i18n::Lang)
//! to text and inline keyboards. No I/O, so the bot and the tracker draw the same things.
//!
//! - [`buttons`]: button payloads, typed; [`keyboard`]: keyboard helpers.
//! - [`labels`]: statuses, modes, times. [`cards`]: the list and the assistant cards.
//! - [`wizard`]: the wizard's steps and the secret prompts. [`notices`]: what the tracker says.
//! - [`errors`]: errors as the user reads them. [`audit`]: group lines and names.
//!
//! Message keys chosen at run time live in tables next to the code that chooses them;
//! [`runtime_keys`] lists them all, so the locale test checks them like literal ones.

pub mod audit;
pub mod buttons;
pub mod cards;
pub mod errors;
pub mod keyboard;
pub mod labels;
pub mod notices;
pub mod wizard;

/// Every message key the code chooses at run time (from a table, not a literal).
pub fn runtime_keys() -> Vec<&'static str> {
    labels::keys()
        .chain(errors::keys())
        .chain(audit::keys())
        .chain(wizard::FIELD_BUTTON_KEYS.iter().map(|(_, k)| *k))
        .collect()
}
