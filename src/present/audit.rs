//! Group lines: who did what, the /audit log, and the names in them.

use crate::{
    i18n::{Lang, key_for},
    present::labels::unix_time,
    service::{audit::Audited, handoff::HandoffRefusal},
    storage::teams::AuditEntry,
};

/// The locale key of each reason a hand-off link is refused.
const REFUSAL_KEYS: [(HandoffRefusal, &str); 4] = [
    (HandoffRefusal::Expired, "handoff-expired"),
    (HandoffRefusal::Used, "handoff-used"),
    (HandoffRefusal::OtherUser, "handoff-other-user"),
    (HandoffRefusal::Unknown, "handoff-unknown"),
];

/// Every key this module can choose at run time (the locale test checks them).
pub fn keys() -> impl Iterator<Item = String> {
    let lines = Audited::all().map(|what| key_for("audit", what.tag()));
    lines.chain(REFUSAL_KEYS.iter().map(|(_, k)| (*k).to_owned()))
}

/// A name as the bot repeats it: one line, no control or bidi-override characters, at most
/// 64 characters, so a crafted name cannot forge a line of its own.
pub fn clean_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .filter(|c| {
            !c.is_control() && !matches!(*c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .take(64)
        .collect();
    let trimmed = cleaned.trim();
    if trimmed.is_empty() { "?".to_owned() } else { trimmed.to_owned() }
}

/// A name as embedded in a sentence: cleaned, and isolated (FSI … PDI) so a right-to-left
/// name cannot reorder the words around it.
pub fn isolated(name: &str) -> String {
    format!("\u{2068}{}\u{2069}", clean_name(name))
}

/// The line that tells a group what `who` did to `target`.
pub fn line(lang: Lang, who: &str, what: Audited, target: &str) -> String {
    let args = [("who", isolated(who).into()), ("name", isolated(target).into())];
    lang.t_args(&key_for("audit", what.tag()), &args)
}

/// /audit: the entries, newest first, one line each.
pub fn log(lang: Lang, entries: &[AuditEntry]) -> String {
    if entries.is_empty() {
        return lang.t("audit-empty");
    }
    let mut lines = vec![lang.t("audit-title")];
    for entry in entries {
        let text = match Audited::from_tag(&entry.action) {
            Some(what) => line(lang, &entry.actor, what, &entry.target),
            None => lang.isolate(&clean_name(&entry.action)).into_owned(),
        };
        let when = unix_time(entry.created_at);
        lines.push(format!("{} — {text}", lang.isolate(when.trim_end_matches(" UTC"))));
    }
    lines.join("\n")
}

/// Why a hand-off link could not be used.
pub fn refusal(lang: Lang, why: HandoffRefusal, minutes: i64) -> String {
    let key = REFUSAL_KEYS.iter().find(|(r, _)| *r == why).map_or("handoff-unknown", |(_, k)| k);
    lang.t_args(key, &[("minutes", minutes.into())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crafted_names_stay_on_one_line() {
        assert_eq!(
            clean_name("Eve\n12:00 — @alice deleted Prod"),
            "Eve12:00 — @alice deleted Prod"
        );
        assert_eq!(clean_name("\u{202e}evil"), "evil");
        assert_eq!(clean_name("\n\t"), "?");
        assert_eq!(clean_name(&"x".repeat(100)).chars().count(), 64);
    }

    #[test]
    fn log_dates_are_isolated_right_to_left() {
        let entry = AuditEntry {
            actor: "@alice".into(),
            action: "stopped".into(),
            target: "One".into(),
            created_at: 0,
        };
        let arabic = log(Lang::Ar, std::slice::from_ref(&entry));
        assert!(arabic.contains("\u{2068}1970-01-01 00:00\u{2069} — "), "{arabic:?}");
        let english = log(Lang::En, &[entry]);
        assert!(english.contains("\n1970-01-01 00:00 — "), "{english:?}");
    }
}
