//! Words: no message is left in English (names and technical words aside), and no jargon
//! reaches a user, in any language.

use std::collections::BTreeMap;

use assistants_bot::i18n::Lang;
use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

use super::{Locale, messages, report};

/// Words a message may keep from English: names, and the technical words users meet as they
/// are. A message made of these (and variables, digits, signs) may equal the English one.
const SAME_IN_EVERY_LANGUAGE: [&str; 13] = [
    "telegram",
    "botfather",
    "api",
    "id",
    "url",
    "ok",
    "openrouter",
    "openai",
    "anthropic",
    "google",
    "t",
    "me",
    "https",
];

/// Messages a language writes exactly as English does, because its word is the same.
const COGNATES: [(Lang, &str); 2] = [(Lang::De, "btn-field-name"), (Lang::De, "card-status")];

/// Jargon, in every language: stems matched at the start of a word, case-insensitively
/// ("slot" finds "Slots" and "slotni", "deploy" finds "deployment"). Telegram's
/// "supergroup" is its own jargon: users only ever see a group ("supergrup" finds
/// "Supergruppe", "supergrupo" and "supergrup").
const JARGON: [&str; 7] =
    ["byok", "slot", "deploy", "redeploy", "worker", "supergroup", "supergrup"];

/// Each language's own jargon: its calques and transliterations of the same words.
fn jargon_of(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[],
        Lang::De => &["neudeploy"],
        Lang::Es => &["despleg", "desplieg", "ranura", "redesplieg", "redespleg"],
        Lang::PtBr => &["implant", "reimplant", "deployar"],
        Lang::Ru => &[
            "слот",
            "деплой",
            "задеплой",
            "передеплой",
            "редеплой",
            "воркер",
            "развёртыван",
            "развертыван",
            "супергрупп",
        ],
        Lang::Uk => {
            &["слот", "деплой", "задеплой", "передеплой", "воркер", "розгортанн", "супергруп"]
        }
        Lang::Tr => &["süper"],
        Lang::Uz => &["superguruh"],
        Lang::Id => &["dideploy", "mendeploy"],
        Lang::Hi => &["स्लॉट", "डिप्लॉय", "डिप्लॉइ", "डेप्लॉय", "वर्कर", "सुपरग्रुप"],
        Lang::Ar => &["سلوت", "ديبلوي", "وركر", "ووركر", "خارقة"],
        Lang::Fa => &["اسلات", "دیپلوی", "ورکر", "سوپرگروه"],
    }
}

/// Scripts whose words take prefixes (Arabic's "al-", Persian's "mi-"): a stem is found
/// anywhere inside a word, not only at its start.
fn inside_words(lang: Lang) -> bool {
    matches!(lang, Lang::Ar | Lang::Fa)
}

/// Letters, digits and the marks that belong inside words (Devanagari's vowel signs and
/// virama, Arabic's harakat, Persian's zero-width non-joiner).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || (('\u{0900}'..='\u{097F}').contains(&c) && !matches!(c, '।' | '॥'))
        || ('\u{064B}'..='\u{065F}').contains(&c)
        || c == '\u{0670}'
        || c == '\u{200C}'
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).map(str::to_lowercase)
}

/// The text a user reads of `pattern`, without its variables: every variant of a selector.
fn text_of(pattern: &Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => {
                out.push(' ');
                expression_text(expression, out);
                out.push(' ');
            }
        }
    }
}

fn expression_text(expression: &Expression<&str>, out: &mut String) {
    match expression {
        Expression::Select { variants, .. } => {
            for variant in variants {
                text_of(&variant.value, out);
                out.push('\n');
            }
        }
        Expression::Inline(InlineExpression::StringLiteral { value }) => out.push_str(value),
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_text(expression, out);
        }
        Expression::Inline(_) => {}
    }
}

fn plain(pattern: &Pattern<&str>) -> String {
    let mut text = String::new();
    text_of(pattern, &mut text);
    text
}

#[test]
fn no_message_is_left_in_english() {
    let en = Locale::of(Lang::En);
    let en = en.resource();
    let english = messages(&en);
    let mut problems = BTreeMap::new();
    for locale in Locale::all().into_iter().filter(|l| l.lang != Lang::En) {
        let resource = locale.resource();
        let found: Vec<String> = messages(&resource)
            .into_iter()
            .filter(|(key, pattern)| english.get(key) == Some(pattern))
            .filter(|(key, _)| !COGNATES.contains(&(locale.lang, *key)))
            .filter(|(_, pattern)| {
                words(&plain(pattern)).any(|w| {
                    w.chars().any(char::is_alphabetic)
                        && !SAME_IN_EVERY_LANGUAGE.contains(&w.as_str())
                })
            })
            .map(|(key, _)| format!("`{key}`"))
            .collect();
        problems.insert(locale.lang.to_string(), found);
    }
    report("messages identical to English", problems);
}

#[test]
fn no_jargon_reaches_a_user() {
    let mut problems = BTreeMap::new();
    for locale in Locale::all() {
        let lang = locale.lang;
        let stems: Vec<&str> = JARGON.iter().chain(jargon_of(lang)).copied().collect();
        let resource = locale.resource();
        let mut found = Vec::new();
        for (key, pattern) in messages(&resource) {
            let hits: Vec<String> = words(&plain(pattern))
                .filter(|w| {
                    stems.iter().any(|stem| {
                        if inside_words(lang) { w.contains(stem) } else { w.starts_with(stem) }
                    })
                })
                .collect();
            if !hits.is_empty() {
                found.push(format!("`{key}`: {}", hits.join(", ")));
            }
        }
        problems.insert(lang.to_string(), found);
    }
    report("jargon in user text", problems);
}

/// Numbers a message may write out: "1" in a selector's `one` variant, the "5" of the model
/// name gpt-5, and the example bot token's digits. Any other number (a limit, minutes) comes
/// from a setting in code, and is passed as a variable so the text cannot drift from it.
const TYPED_NUMBERS: [&str; 3] = ["1", "5", "123456789"];

#[test]
fn no_number_from_a_setting_is_typed_into_a_message() {
    let mut problems = BTreeMap::new();
    for locale in Locale::all() {
        let resource = locale.resource();
        let mut found = Vec::new();
        for (key, pattern) in messages(&resource) {
            let text = plain(pattern);
            let numbers: Vec<&str> = text
                .split(|c: char| !c.is_ascii_digit())
                .filter(|n| !n.is_empty() && !TYPED_NUMBERS.contains(n))
                .collect();
            if !numbers.is_empty() {
                found.push(format!("`{key}`: {}", numbers.join(", ")));
            }
        }
        problems.insert(locale.lang.to_string(), found);
    }
    report("numbers typed into messages instead of passed", problems);
}

#[test]
fn the_word_checks_find_what_they_look_for() {
    let hits = |text: &str, stem: &str| words(text).any(|w| w.starts_with(stem));
    assert!(hits("Buy the Slot now", "slot"));
    assert!(hits("Redeploy it", "redeploy"));
    assert!(hits("Слоты закончились", "слот"));
    assert!(!hits("Slowly", "slot"));
    assert!(words("स्लॉट खरीदें").any(|w| w == "स्लॉट"));
    assert!(words("السلوت،").any(|w| w.contains("سلوت")));
}
