//! User-facing text. Every string a user reads comes from the Fluent files under `locales/`,
//! compiled into the binary; code names messages by key and passes variables.

use std::{borrow::Cow, collections::HashMap, fmt};

use fluent_templates::{LanguageIdentifier, Loader as _, fluent_bundle::FluentValue, langid};
use serde::{Deserialize, Serialize};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Telegram shows the bidi isolation marks Fluent adds around variables as stray boxes.
        customise: |bundle| bundle.set_use_isolating(false),
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
}

impl Lang {
    /// Every shipped language, in the order /language offers them.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Es, Lang::Ru, Lang::De];

    /// The code stored per chat and used for the locale folder (`en`, `es`, …).
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Es => "es",
            Self::Ru => "ru",
            Self::De => "de",
        }
    }

    /// Negotiates a Telegram `language_code` (`es`, `pt-br`, `de-AT`) against the shipped
    /// languages; `None` when none matches.
    pub fn negotiate(code: &str) -> Option<Self> {
        let primary = code.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        Self::ALL.into_iter().find(|lang| lang.code() == primary)
    }

    fn id(self) -> LanguageIdentifier {
        match self {
            Self::En => langid!("en"),
            Self::Es => langid!("es"),
            Self::Ru => langid!("ru"),
            Self::De => langid!("de"),
        }
    }

    /// The message `key` in this language.
    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(&self.id(), key)
    }

    /// The message `key` with variables.
    pub fn t_args(self, key: &str, args: &[(&'static str, Arg<'_>)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> =
            args.iter().map(|(name, value)| (Cow::Borrowed(*name), value.to_fluent())).collect();
        LOCALES.lookup_with_args(&self.id(), key, &args)
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
        assert_eq!(Lang::negotiate("pt-br"), None);
    }

    #[test]
    fn variables_are_inserted_without_isolation_marks() {
        let text = Lang::En.t_args("key-saved", &[("masked", "••••abcd".into())]);
        assert!(text.contains("••••abcd"), "{text}");
        assert!(!text.contains('\u{2068}'), "no FSI marks: {text:?}");
    }
}
