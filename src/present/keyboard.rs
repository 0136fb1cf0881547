//! Small helpers for inline keyboards.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::buttons::Button;

/// A button that sends `button` back when pressed.
pub fn button(text: impl Into<String>, button: &Button) -> InlineKeyboardButton {
    InlineKeyboardButton::callback(text, button.to_string())
}

/// A keyboard from rows of buttons, leaving out empty rows.
pub fn keyboard(rows: Vec<Vec<InlineKeyboardButton>>) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(rows.into_iter().filter(|row| !row.is_empty()))
}
