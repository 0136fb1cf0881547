//! /language: the shipped languages, each named in itself, and the confirmation.

use teloxide::types::InlineKeyboardMarkup;

use super::{
    buttons::Button,
    keyboard::{button, keyboard},
};
use crate::i18n::Lang;

/// Languages per row: twelve native names, some long (Português (Brasil), Bahasa Indonesia),
/// stay readable on a phone two by two.
const PER_ROW: usize = 2;

/// The question (in `lang`), with one button per language in its own words and a last one
/// to follow Telegram's language again.
pub fn choice(lang: Lang) -> (String, InlineKeyboardMarkup) {
    let mut rows: Vec<Vec<_>> = Lang::ALL
        .chunks(PER_ROW)
        .map(|row| {
            row.iter().map(|l| button(native_name(*l), &Button::Language(Some(*l)))).collect()
        })
        .collect();
    rows.push(vec![button(lang.t("language-auto"), &Button::Language(None))]);
    (lang.t("language-choose"), keyboard(rows))
}

/// The language's name in itself (`Deutsch`, `العربية`): its own locale's `language-name`.
pub fn native_name(lang: Lang) -> String {
    lang.t("language-name")
}

/// The confirmation, in the language now spoken.
pub fn set(lang: Lang) -> String {
    lang.t("language-set")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_a_button_two_to_a_row_and_then_follow_telegram() {
        let (_, markup) = choice(Lang::En);
        let rows = &markup.inline_keyboard;
        assert_eq!(rows.len(), Lang::ALL.len() / PER_ROW + 1);
        assert!(rows[..rows.len() - 1].iter().all(|row| row.len() == PER_ROW));
        let data: Vec<String> = rows
            .iter()
            .flatten()
            .filter_map(|b| match &b.kind {
                teloxide::types::InlineKeyboardButtonKind::CallbackData(d) => Some(d.clone()),
                _ => None,
            })
            .collect();
        let expected: Vec<String> = Lang::ALL
            .iter()
            .map(|l| Button::Language(Some(*l)).to_string())
            .chain([Button::Language(None).to_string()])
            .collect();
        assert_eq!(data, expected);
        for lang in Lang::ALL {
            assert_eq!(
                Button::parse(&Button::Language(Some(lang)).to_string()),
                Some(Button::Language(Some(lang)))
            );
        }
    }
}
