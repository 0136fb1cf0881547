//! Small helpers for inline keyboards.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::callback::Callback;

/// A button that sends `callback` back.
pub fn button(text: impl Into<String>, callback: &Callback) -> InlineKeyboardButton {
    InlineKeyboardButton::callback(text, callback.to_string())
}

/// A keyboard from rows of buttons, leaving out empty rows.
pub fn keyboard(rows: Vec<Vec<InlineKeyboardButton>>) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(rows.into_iter().filter(|row| !row.is_empty()))
}
