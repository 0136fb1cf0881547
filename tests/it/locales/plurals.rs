//! Plurals: a selector on a number has every category the language's CLDR rules give whole
//! numbers, and a count never shows outside such a selector (where it could read "1 minutes").

use std::collections::{BTreeMap, BTreeSet};

use assistants_bot::i18n::Lang;
use fluent_syntax::ast::{
    Expression, InlineExpression, Pattern, PatternElement, Variant, VariantKey,
};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

use super::{Locale, each_expression, messages, report, variable};

/// Variables that count something, besides those English selects plurals on.
const COUNTS: [&str; 2] = ["count", "minutes"];

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The categories whole numbers from 0 to 1,000 fall into in `lang`, by the rules Fluent
/// itself selects with. Numbers stop there: the bot counts assistants, minutes and characters,
/// and past a million CLDR adds a `many` to es and pt that no count here reaches. `other` is
/// always needed: it is the default variant, and Russian's and Ukrainian's form for fractions.
fn categories(lang: Lang) -> BTreeSet<&'static str> {
    // Like Fluent, a regional language without rules of its own (pt-BR) takes its language's.
    let rules = PluralRules::create(lang.langid(), PluralRuleType::CARDINAL)
        .or_else(|_| {
            let mut language = lang.langid();
            language.region = None;
            PluralRules::create(language, PluralRuleType::CARDINAL)
        })
        .unwrap_or_else(|e| panic!("no plural rules for {lang}: {e}"));
    (0..=1000_u32)
        .map(|n| match rules.select(n).expect("a whole number has a category") {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        })
        .chain(["other"])
        .collect()
}

/// The plural categories a select's variants name; `None` when it selects on something else
/// (a variant named otherwise).
fn plural_keys<'p>(variants: &'p [Variant<&'p str>]) -> Option<BTreeSet<&'p str>> {
    let mut keys = BTreeSet::new();
    for variant in variants {
        match &variant.key {
            VariantKey::Identifier { name } if CATEGORIES.contains(name) => {
                keys.insert(*name);
            }
            VariantKey::Identifier { .. } => return None,
            VariantKey::NumberLiteral { .. } => {}
        }
    }
    Some(keys)
}

#[test]
fn the_rules_give_each_language_its_categories() {
    let all: BTreeSet<_> = CATEGORIES.into_iter().collect();
    assert_eq!(categories(Lang::Ar), all);
    for lang in [Lang::Ru, Lang::Uk] {
        assert_eq!(categories(lang), ["few", "many", "one", "other"].into(), "{lang}");
    }
    assert_eq!(categories(Lang::En), ["one", "other"].into());
    assert_eq!(categories(Lang::PtBr), ["one", "other"].into());
    assert_eq!(categories(Lang::Id), ["other"].into());
}

#[test]
fn plural_selectors_have_every_category_the_language_needs() {
    let mut problems = BTreeMap::new();
    for locale in Locale::all() {
        let needed = categories(locale.lang);
        let resource = locale.resource();
        let mut found = Vec::new();
        for (key, pattern) in messages(&resource) {
            each_expression(pattern, &mut |expression| {
                let Expression::Select { selector, variants } = expression else { return };
                let Some(keys) = plural_keys(variants) else { return };
                let missing: Vec<_> = needed.difference(&keys).collect();
                if !missing.is_empty() {
                    let on = variable(selector).unwrap_or("?");
                    found.push(format!("`{key}`: {{ ${on} -> }} lacks {missing:?}"));
                }
            });
        }
        problems.insert(format!("{} (needs {needed:?})", locale.lang), found);
    }
    report("plural selectors without a category the language needs", problems);
}

/// The count variables shown in `pattern` outside a plural selector on themselves.
fn counts_outside<'p>(
    pattern: &'p Pattern<&'p str>,
    counts: &BTreeSet<&str>,
    selected: &mut Vec<&'p str>,
    found: &mut BTreeSet<&'p str>,
) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            in_expression(expression, counts, selected, found);
        }
    }
}

fn in_expression<'p>(
    expression: &'p Expression<&'p str>,
    counts: &BTreeSet<&str>,
    selected: &mut Vec<&'p str>,
    found: &mut BTreeSet<&'p str>,
) {
    match expression {
        Expression::Select { selector, variants } => {
            let on = variable(selector).filter(|_| plural_keys(variants).is_some());
            selected.extend(on);
            for variant in variants {
                counts_outside(&variant.value, counts, selected, found);
            }
            if on.is_some() {
                selected.pop();
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            in_expression(expression, counts, selected, found);
        }
        Expression::Inline(inline) => {
            if let Some(name) = variable(inline)
                && counts.contains(name)
                && !selected.contains(&name)
            {
                found.insert(name);
            }
        }
    }
}

#[test]
fn every_count_is_inside_a_plural_selector() {
    let en = Locale::of(Lang::En);
    let en = en.resource();
    let mut counts: BTreeSet<&str> = COUNTS.into_iter().collect();
    for pattern in messages(&en).values() {
        each_expression(pattern, &mut |expression| {
            if let Expression::Select { selector, variants } = expression
                && plural_keys(variants).is_some()
            {
                counts.extend(variable(selector));
            }
        });
    }
    let mut problems = BTreeMap::new();
    // A language whose numbers all take one form needs no selector.
    for locale in Locale::all().into_iter().filter(|l| categories(l.lang).len() > 1) {
        let resource = locale.resource();
        let mut found = Vec::new();
        for (key, pattern) in messages(&resource) {
            let mut outside = BTreeSet::new();
            counts_outside(pattern, &counts, &mut Vec::new(), &mut outside);
            for name in outside {
                found.push(format!("`{key}` shows ${name} outside {{ ${name} -> … }}"));
            }
        }
        problems.insert(locale.lang.to_string(), found);
    }
    report("counts shown without a plural selector", problems);
}
