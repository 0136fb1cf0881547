//! The locales: every language has every message of the English one, with the same
//! variables; plural selectors have the categories the language needs; no message is left in
//! English; no jargon; and every key the code asks for exists.
//!
//! The checks read the Fluent sources (`fluent-syntax`), so a failure names the key. Each test
//! collects every problem of every language before it fails, and prints them per language.

mod plurals;
mod words;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use assistants_bot::i18n::Lang;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, Resource};

/// One locale's source, parsed on demand (the syntax tree borrows it).
pub struct Locale {
    pub lang: Lang,
    source: String,
}

impl Locale {
    /// The locale of `lang`, read from `locales/<code>/main.ftl`.
    pub fn of(lang: Lang) -> Self {
        let path = locales_dir().join(lang.code()).join("main.ftl");
        let source =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        Self { lang, source }
    }

    /// Every shipped locale.
    pub fn all() -> Vec<Self> {
        Lang::ALL.into_iter().map(Self::of).collect()
    }

    /// The parsed file; a syntax error fails the test.
    pub fn resource(&self) -> Resource<&str> {
        fluent_syntax::parser::parse(self.source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", self.lang))
    }
}

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// The messages of a resource by key (their values; the locales use no attributes).
pub fn messages<'r>(resource: &'r Resource<&'r str>) -> BTreeMap<&'r str, &'r Pattern<&'r str>> {
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => message.value.as_ref().map(|v| (message.id.name, v)),
            _ => None,
        })
        .collect()
}

/// Calls `visit` on every placeable's expression in `pattern`, select variants and nested
/// placeables included.
pub fn each_expression<'p>(
    pattern: &'p Pattern<&'p str>,
    visit: &mut impl FnMut(&'p Expression<&'p str>),
) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk(expression, visit);
        }
    }
}

fn walk<'p>(expression: &'p Expression<&'p str>, visit: &mut impl FnMut(&'p Expression<&'p str>)) {
    visit(expression);
    match expression {
        Expression::Select { variants, .. } => {
            for variant in variants {
                each_expression(&variant.value, visit);
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => walk(expression, visit),
        Expression::Inline(_) => {}
    }
}

/// The variable an inline expression names, if it is one.
pub fn variable<'p>(inline: &'p InlineExpression<&'p str>) -> Option<&'p str> {
    match inline {
        InlineExpression::VariableReference { id } => Some(id.name),
        // NUMBER($count) and friends select on their first argument.
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.first().and_then(variable)
        }
        _ => None,
    }
}

fn variables_of(pattern: &Pattern<&str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    each_expression(pattern, &mut |expression| match expression {
        Expression::Inline(inline) => out.extend(variable(inline).map(str::to_owned)),
        Expression::Select { selector, .. } => out.extend(variable(selector).map(str::to_owned)),
    });
    out
}

/// Fails with every problem, per language, when there are any.
pub fn report(what: &str, problems: BTreeMap<String, Vec<String>>) {
    let problems: Vec<String> = problems
        .into_iter()
        .filter(|(_, found)| !found.is_empty())
        .map(|(lang, found)| format!("{lang} ({}):\n  {}", found.len(), found.join("\n  ")))
        .collect();
    assert!(problems.is_empty(), "{what}:\n{}", problems.join("\n"));
}

#[test]
fn every_locale_has_every_message_with_the_same_variables() {
    let en = Locale::of(Lang::En);
    let en = en.resource();
    let english = messages(&en);
    let mut problems = BTreeMap::new();
    for locale in Locale::all() {
        let resource = locale.resource();
        let other = messages(&resource);
        let mut found = Vec::new();
        for key in english.keys().filter(|k| !other.contains_key(*k)) {
            found.push(format!("lacks `{key}`"));
        }
        for key in other.keys().filter(|k| !english.contains_key(*k)) {
            found.push(format!("has `{key}`, which English lacks"));
        }
        for (key, pattern) in &english {
            let Some(theirs) = other.get(key) else { continue };
            let (want, got) = (variables_of(pattern), variables_of(theirs));
            if want != got {
                found.push(format!("`{key}` uses {got:?}, English {want:?}"));
            }
        }
        problems.insert(locale.lang.to_string(), found);
    }
    report("locales that differ from English in keys or variables", problems);
}

#[test]
fn every_locale_folder_is_a_shipped_language() {
    let mut folders: Vec<String> = std::fs::read_dir(locales_dir())
        .expect("locales/")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut codes: Vec<String> = Lang::ALL.iter().map(|l| l.code().to_owned()).collect();
    codes.sort();
    assert_eq!(folders, codes, "a folder under locales/ for each Lang, and no other");
}

#[test]
fn each_language_is_named_in_itself() {
    let names = [
        (Lang::En, "English"),
        (Lang::Es, "Español"),
        (Lang::Ru, "Русский"),
        (Lang::De, "Deutsch"),
        (Lang::PtBr, "Português (Brasil)"),
        (Lang::Hi, "हिन्दी"),
        (Lang::Id, "Bahasa Indonesia"),
        (Lang::Uk, "Українська"),
        (Lang::Fa, "فارسی"),
        (Lang::Ar, "العربية"),
        (Lang::Uz, "Oʻzbekcha"),
        (Lang::Tr, "Türkçe"),
    ];
    assert_eq!(names.len(), Lang::ALL.len());
    for (lang, name) in names {
        assert_eq!(assistants_bot::present::language::native_name(lang), name, "{lang}");
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
    let en = Locale::of(Lang::En);
    let en = en.resource();
    let english = messages(&en);
    let mut used = BTreeSet::new();
    keys_used_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut used);
    assert!(used.len() > 50, "the scan found the keys ({})", used.len());
    let missing: Vec<_> = used.iter().filter(|k| !english.contains_key(k.as_str())).collect();
    assert!(missing.is_empty(), "keys used in code but missing from locales/en: {missing:?}");
}

#[test]
fn every_key_the_code_chooses_at_run_time_exists() {
    let en = Locale::of(Lang::En);
    let en = en.resource();
    let english = messages(&en);
    let mut chosen = assistants_bot::present::runtime_keys();
    chosen.extend(assistants_bot::present::commands::keys().map(str::to_owned));
    assert!(chosen.len() > 30, "the tables were found ({})", chosen.len());
    let missing: Vec<_> = chosen.iter().filter(|k| !english.contains_key(k.as_str())).collect();
    assert!(missing.is_empty(), "keys chosen at run time but missing from locales/en: {missing:?}");
}
