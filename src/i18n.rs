//! User-facing text. Every string a user reads comes from the Fluent files under `locales/`,
//! compiled into the binary; code names messages by key and passes variables.

use std::{borrow::Cow, collections::HashMap, fmt};

use fluent_templates::{LanguageIdentifier, Loader as _, fluent_bundle::FluentValue, langid};
use serde::{Deserialize, Serialize};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Fluent's isolation marks (FSI … PDI around each variable) keep a name, a key or a
        // number in its own direction inside right-to-left text. Left-to-right text needs
        // none, and older Telegram clients show the marks as stray boxes there.
        customise: |bundle| {
            let rtl = bundle.locales.first().is_some_and(Lang::is_rtl_id);
            bundle.set_use_isolating(rtl);
        },
    };
}

/// A language the bot speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    /// English, the fallback.
    #[default]
    En,
    /// Spanish.
    Es,
    /// Russian.
    Ru,
    /// German.
    De,
    /// Brazilian Portuguese, also for Portugal's `pt-PT`.
    PtBr,
    /// Hindi.
    Hi,
    /// Indonesian.
    Id,
    /// Ukrainian.
    Uk,
    /// Persian (right to left).
    Fa,
    /// Arabic (right to left).
    Ar,
    /// Uzbek, in the Latin script.
    Uz,
    /// Turkish.
    Tr,
}

impl Lang {
    /// Every shipped language, in the order /language offers them.
    pub const ALL: [Lang; 12] = [
        Lang::En,
        Lang::Es,
        Lang::PtBr,
        Lang::De,
        Lang::Ru,
        Lang::Uk,
        Lang::Tr,
        Lang::Uz,
        Lang::Id,
        Lang::Hi,
        Lang::Ar,
        Lang::Fa,
    ];

    /// The code stored per chat, used for the locale folder and in the form's URL (`en`,
    /// `pt-BR`, …). Stored codes must keep their meaning: never change one.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Es => "es",
            Self::Ru => "ru",
            Self::De => "de",
            Self::PtBr => "pt-BR",
            Self::Hi => "hi",
            Self::Id => "id",
            Self::Uk => "uk",
            Self::Fa => "fa",
            Self::Ar => "ar",
            Self::Uz => "uz",
            Self::Tr => "tr",
        }
    }

    /// The two-letter ISO 639-1 code, the only kind `setMyCommands` takes (`pt` for pt-BR).
    pub fn iso639_1(self) -> &'static str {
        match self {
            Self::PtBr => "pt",
            other => other.code(),
        }
    }

    /// Whether the language is written right to left (its text isolates every variable, and
    /// the form mirrors its layout).
    pub fn is_rtl(self) -> bool {
        matches!(self, Self::Fa | Self::Ar)
    }

    /// Negotiates a Telegram `language_code` (`es`, `pt-br`, `de-AT`, `uk_UA`) against the
    /// shipped languages, by primary subtag: every Portuguese gets pt-BR, every Uzbek the Latin
    /// script. `None` when none matches.
    pub fn negotiate(code: &str) -> Option<Self> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        let primary = match primary.as_str() {
            // Java's old code for Indonesian, still sent by some Android builds.
            "in" => "id",
            other => other,
        };
        Self::ALL.into_iter().find(|lang| lang.iso639_1() == primary)
    }

    /// The identifier Fluent knows the language by (its bundle, its plural rules).
    pub fn langid(self) -> LanguageIdentifier {
        match self {
            Self::En => langid!("en"),
            Self::Es => langid!("es"),
            Self::Ru => langid!("ru"),
            Self::De => langid!("de"),
            Self::PtBr => langid!("pt-BR"),
            Self::Hi => langid!("hi"),
            Self::Id => langid!("id"),
            Self::Uk => langid!("uk"),
            Self::Fa => langid!("fa"),
            Self::Ar => langid!("ar"),
            Self::Uz => langid!("uz"),
            Self::Tr => langid!("tr"),
        }
    }

    /// The language a locale folder's identifier names, and whether it is written right to
    /// left: the bundles are built before any `Lang` is asked for.
    fn is_rtl_id(id: &LanguageIdentifier) -> bool {
        Self::ALL.into_iter().any(|lang| lang.is_rtl() && lang.langid() == *id)
    }

    /// `value` as a right-to-left language must show a value put in by code rather than by
    /// Fluent (a name or a date joined to a message with `format!`): between isolation marks
    /// (FSI … PDI), as Fluent marks variables. Other languages get it unchanged. Never for
    /// button data or URLs.
    pub fn isolate(self, value: &str) -> Cow<'_, str> {
        if self.is_rtl() {
            Cow::Owned(format!("\u{2068}{value}\u{2069}"))
        } else {
            Cow::Borrowed(value)
        }
    }

    /// The message `key` in this language.
    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(&self.langid(), key)
    }

    /// The message `key` with variables.
    pub fn t_args(self, key: &str, args: &[(&'static str, Arg<'_>)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> =
            args.iter().map(|(name, value)| (Cow::Borrowed(*name), value.to_fluent())).collect();
        LOCALES.lookup_with_args(&self.langid(), key, &args)
    }
}

/// The key of a message named after a wire value: `family-value`, lowercase, `_` as `-`
/// (`status` and `pending_payment` give `status-pending-payment`). One rule instead of a
/// table per family; `present::runtime_keys` lists every key it can produce.
pub fn key_for(family: &str, value: &str) -> String {
    format!("{family}-{}", value.to_ascii_lowercase().replace('_', "-"))
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A variable of a message.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    /// Text, inserted as is.
    Str(Cow<'a, str>),
    /// A number, which also selects plural forms.
    Num(i64),
}

impl Arg<'_> {
    fn to_fluent(&self) -> FluentValue<'_> {
        match self {
            Self::Str(s) => FluentValue::from(s.as_ref()),
            Self::Num(n) => FluentValue::from(*n),
        }
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Self::Str(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Self::Str(Cow::Owned(s))
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Self::Num(n)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Self::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_uses_the_primary_subtag() {
        assert_eq!(Lang::negotiate("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::negotiate("DE"), Some(Lang::De));
        assert_eq!(Lang::negotiate("de-AT"), Some(Lang::De));
        assert_eq!(Lang::negotiate("uk-UA"), Some(Lang::Uk));
        assert_eq!(Lang::negotiate("uk_UA"), Some(Lang::Uk));
        assert_eq!(Lang::negotiate("uz-Cyrl"), Some(Lang::Uz));
        assert_eq!(Lang::negotiate("in"), Some(Lang::Id));
        assert_eq!(Lang::negotiate("ja"), None);
        assert_eq!(Lang::negotiate(""), None);
    }

    #[test]
    fn every_portuguese_gets_brazilian_portuguese() {
        for code in ["pt", "pt-br", "pt-BR", "pt_BR", "pt-pt", "PT-PT"] {
            assert_eq!(Lang::negotiate(code), Some(Lang::PtBr), "{code}");
        }
    }

    #[test]
    fn a_stored_code_reads_back_as_its_language() {
        for lang in Lang::ALL {
            assert_eq!(Lang::negotiate(lang.code()), Some(lang), "{lang}");
            assert_eq!(lang.iso639_1().len(), 2, "{lang}");
        }
    }

    #[test]
    fn variables_are_inserted_without_isolation_marks_left_to_right() {
        for lang in Lang::ALL.into_iter().filter(|l| !l.is_rtl()) {
            let text = lang.t_args("key-saved", &[("masked", "••••abcd".into())]);
            assert!(text.contains("••••abcd"), "{lang}: {text}");
            assert!(!text.contains('\u{2068}'), "{lang}: no FSI marks: {text:?}");
        }
    }

    #[test]
    fn values_joined_in_code_are_isolated_right_to_left_only() {
        assert_eq!(Lang::Ar.isolate("Sales bot"), "\u{2068}Sales bot\u{2069}");
        assert_eq!(Lang::De.isolate("Sales bot"), "Sales bot");
    }

    #[test]
    fn right_to_left_text_isolates_every_variable() {
        for lang in [Lang::Ar, Lang::Fa] {
            let text = lang.t_args("key-saved", &[("masked", "••••abcd".into())]);
            assert!(text.contains("\u{2068}••••abcd\u{2069}"), "{lang}: {text:?}");
        }
    }
}
