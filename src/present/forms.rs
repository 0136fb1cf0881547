//! The secure form: its button on secret prompts, the text of its page, and what it says when
//! it takes or refuses a secret.

use teloxide::types::{InlineKeyboardButton, WebAppInfo};
use url::Url;

use crate::{
    i18n::Lang,
    service::input::{MODEL_KEY_MIN_CHARS, SecretKind},
};

/// The button that opens the form (a `web_app` button: private chats only).
pub fn button(lang: Lang, url: Url) -> InlineKeyboardButton {
    InlineKeyboardButton::web_app(lang.t("form-button"), WebAppInfo { url })
}

/// The line under a secret prompt that offers the form.
pub fn offer(lang: Lang) -> String {
    lang.t("form-offer")
}

/// What the prompt becomes once the form took its secret.
pub fn saved(lang: Lang, masked: &str) -> String {
    lang.t_args("form-saved", &[("masked", masked.to_owned().into())])
}

/// What the page says once the secret is taken.
pub fn done(lang: Lang, masked: &str) -> String {
    lang.t_args("form-done", &[("masked", masked.to_owned().into())])
}

/// Why the form's server refused a submission (each has its own HTTP status). Its code (the
/// metric's `outcome`, and with `-` for `_` its message `form-refused-…`) is its name in
/// snake case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Refusal {
    /// The launch data is not signed by Telegram for this bot.
    Signature,
    /// The launch data is older than allowed.
    Stale {
        /// The allowed age.
        minutes: i64,
    },
    /// The nonce was used already.
    Used,
    /// The nonce is not one of ours (or no longer is).
    Unknown,
    /// The nonce is older than allowed.
    Expired {
        /// How long nonces live.
        minutes: i64,
    },
    /// The form was made for another user.
    OtherUser,
    /// The form had its last try: refused secrets used it up.
    Spent,
    /// Its user sends faster than the bot's flood guard lets through.
    Flood,
    /// The body, or the secret in it, is over its size limit.
    TooLarge,
    /// The secret is empty (or only spaces).
    Empty,
    /// The body is not the form's JSON.
    Malformed,
    /// The chat's conversation no longer waits for this secret.
    NotAwaited,
    /// Something failed on the bot's side.
    Failed,
}

impl Refusal {
    /// Every refusal (with zero minutes where one takes them).
    pub const ALL: [Refusal; 13] = [
        Self::Signature,
        Self::Stale { minutes: 0 },
        Self::Used,
        Self::Unknown,
        Self::Expired { minutes: 0 },
        Self::OtherUser,
        Self::Spent,
        Self::Flood,
        Self::TooLarge,
        Self::Empty,
        Self::Malformed,
        Self::NotAwaited,
        Self::Failed,
    ];

    /// Its code: the `outcome` in metrics, and (with `-` for `_`) its message.
    pub fn code(self) -> &'static str {
        self.into()
    }

    fn key(self) -> String {
        format!("form-refused-{}", self.code().replace('_', "-"))
    }
}

/// A refusal as the page shows it.
pub fn refusal(lang: Lang, refusal: Refusal) -> String {
    match refusal {
        Refusal::Stale { minutes } | Refusal::Expired { minutes } => {
            lang.t_args(&refusal.key(), &[("minutes", minutes.into())])
        }
        _ => lang.t(&refusal.key()),
    }
}

/// Where the page's script puts whose account a secret goes to, in [`page_text`]'s `account`.
pub const WHO: &str = "{who}";

/// Every text the page needs, by the name its template and script use. `account` keeps
/// [`WHO`] in place of the user's name: the page fills it in from Telegram's launch data.
/// `dashboard` is the service's website, where API keys are made.
pub fn page_text(lang: Lang, kind: SecretKind, dashboard: &str) -> Vec<(&'static str, String)> {
    let mut text: Vec<_> = PAGE_KEYS.iter().map(|(name, key)| (*name, lang.t(key))).collect();
    text.push(("account", lang.t_args("form-account", &[("who", WHO.into())])));
    let code = kind.code();
    // Each kind's texts name what they need of these.
    let args = [("dashboard", dashboard.into()), ("min", MODEL_KEY_MIN_CHARS.into())];
    for (name, family) in KIND_FAMILIES {
        text.push((name, lang.t_args(&format!("{family}-{code}"), &args)));
    }
    text
}

/// The page's texts that do not depend on the kind of secret.
const PAGE_KEYS: [(&str, &str); 9] = [
    ("page_title", "form-page-title"),
    ("intro", "form-intro"),
    ("show", "form-show"),
    ("hide", "form-hide"),
    ("save", "form-save"),
    ("checking", "form-checking"),
    ("close", "form-close"),
    ("outside", "form-outside-telegram"),
    ("unreachable", "form-unreachable"),
];

/// The page's texts per kind of secret: `<family>-<kind code>`.
const KIND_FAMILIES: [(&str, &str); 3] =
    [("title", "form-title"), ("hint", "form-hint"), ("format", "form-format")];

/// The keys chosen at run time here.
pub fn keys() -> impl Iterator<Item = String> {
    let kinds = SecretKind::ALL.iter().flat_map(|kind| {
        KIND_FAMILIES.iter().map(move |(_, family)| format!("{family}-{}", kind.code()))
    });
    PAGE_KEYS
        .iter()
        .map(|(_, key)| (*key).to_owned())
        .chain(kinds)
        .chain(Refusal::ALL.into_iter().map(Refusal::key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_keep_their_metric_outcomes() {
        let codes: Vec<_> = Refusal::ALL.iter().map(|r| r.code()).collect();
        let expected = [
            "signature",
            "stale",
            "used",
            "unknown",
            "expired",
            "other_user",
            "spent",
            "flood",
            "too_large",
            "empty",
            "malformed",
            "not_awaited",
            "failed",
        ];
        assert_eq!(codes, expected);
    }
}
