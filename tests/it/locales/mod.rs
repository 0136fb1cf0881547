//! Every locale has every message of the English one, with the same variables, and every key
//! the code asks for exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

type Messages = BTreeMap<String, BTreeSet<String>>;

fn variables_in(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_vars(inline, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for variant in variants {
                variables_in(&variant.value, out);
            }
        }
    }
}

fn inline_vars(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

fn load(lang: &str) -> Messages {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang).join("main.ftl");
    let source = std::fs::read_to_string(&path).expect("locale file");
    let resource = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{lang} does not parse: {errors:?}"));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &message.value {
                    variables_in(value, &mut vars);
                }
                Some((message.id.name.to_owned(), vars))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn every_locale_has_every_message_with_the_same_variables() {
    let english = load("en");
    for lang in ["es", "ru", "de"] {
        let other = load(lang);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(extra.is_empty(), "{lang} has messages English lacks: {extra:?}");
        for (key, vars) in &english {
            assert_eq!(&other[key], vars, "{lang}: `{key}` uses other variables than English");
        }
    }
}

/// Collects the literal keys passed to `t("…")` / `t_args("…"` in the sources.
fn keys_used_in(dir: &Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).expect("src dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            keys_used_in(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("source");
            for marker in [".t(\"", ".t_args(\""] {
                for (at, _) in text.match_indices(marker) {
                    let rest = &text[at + marker.len()..];
                    if let Some(end) = rest.find('"') {
                        out.insert(rest[..end].to_owned());
                    }
                }
            }
        }
    }
}

#[test]
fn every_key_the_code_names_exists() {
    let english = load("en");
    let mut used = BTreeSet::new();
    keys_used_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut used);
    assert!(used.len() > 50, "the scan found the keys ({})", used.len());
    let missing: Vec<_> = used.iter().filter(|k| !english.contains_key(*k)).collect();
    assert!(missing.is_empty(), "keys used in code but missing from locales/en: {missing:?}");
}

#[test]
fn every_key_the_code_chooses_at_run_time_exists() {
    let english = load("en");
    let mut chosen = assistants_bot::present::runtime_keys();
    chosen.extend(assistants_bot::bot::commands::menu_keys().map(str::to_owned));
    assert!(chosen.len() > 30, "the tables were found ({})", chosen.len());
    let missing: Vec<_> = chosen.iter().filter(|k| !english.contains_key(*k)).collect();
    assert!(missing.is_empty(), "keys chosen at run time but missing from locales/en: {missing:?}");
}
