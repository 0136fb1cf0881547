//! Short labels: statuses, billing modes, times.

use std::time::{Duration, UNIX_EPOCH};

use crate::{
    api::{ApiMode, Status},
    i18n::{Lang, key_for},
};

/// Every key this module can choose at run time (the locale test checks them).
pub fn keys() -> impl Iterator<Item = String> {
    let statuses = Status::KNOWN.iter().map(|s| key_for("status", s.as_str()));
    statuses.chain(ApiMode::KNOWN.iter().map(|m| key_for("mode", m.as_str())))
}

/// The localized name of a status (the raw value for statuses this build does not know).
pub fn status_label(lang: Lang, status: &Status) -> String {
    match status {
        Status::Other(other) => as_sent(other),
        known => lang.t(&key_for("status", known.as_str())),
    }
}

/// The localized name of a billing mode (the raw value for modes this build does not know).
pub fn mode_label(lang: Lang, mode: &ApiMode) -> String {
    match mode {
        ApiMode::Other(other) => as_sent(other),
        known => lang.t(&key_for("mode", known.as_str())),
    }
}

/// A mark that tells the status at a glance.
pub fn status_mark(status: &Status) -> &'static str {
    match status {
        Status::Active => "🟢",
        Status::Deploying => "🟡",
        Status::Failed => "🔴",
        Status::Stopped => "⏹",
        Status::Purchased => "🆕",
        Status::PendingPayment => "💳",
        Status::Other(_) => "❔",
    }
}

/// Unix seconds as `2026-02-13 12:00 UTC`.
pub fn unix_time(secs: i64) -> String {
    let at = UNIX_EPOCH + Duration::from_secs(secs.max(0) as u64);
    api_time(&humantime::format_rfc3339_seconds(at).to_string())
}

/// An API timestamp (`2026-02-13T12:00:00.000Z`) as `2026-02-13 12:00 UTC`; anything else is
/// shown as sent, cut short. The value comes from the network, so it is read by characters,
/// never sliced by bytes.
pub fn api_time(at: &str) -> String {
    let shaped = at.len() >= 16
        && at.is_char_boundary(16)
        && at[..16].bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            10 => b == b'T' || b == b' ',
            13 => b == b':',
            _ => b.is_ascii_digit(),
        });
    if shaped {
        return format!("{} {} UTC", &at[..10], &at[11..16]);
    }
    as_sent(at)
}

/// A value the API sent that this build has no words for, shown as sent: without control
/// characters, and cut to 40 characters.
pub fn as_sent(value: &str) -> String {
    value.chars().filter(|c| !c.is_control()).take(40).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_from_the_api_never_panic() {
        assert_eq!(api_time("2026-02-13T12:00:00.000Z"), "2026-02-13 12:00 UTC");
        assert_eq!(unix_time(0), "1970-01-01 00:00 UTC");
        for odd in ["", "yesterday", "2026-02-13T12:0é:00", "ééééééééééééééééé", "2026\n02"]
        {
            let shown = api_time(odd);
            assert!(shown.chars().count() <= 40 && !shown.contains('\n'), "{odd:?}");
        }
    }

    #[test]
    fn unknown_values_show_as_sent() {
        assert_eq!(status_label(Lang::En, &Status::from("paused")), "paused");
        assert_eq!(mode_label(Lang::En, &ApiMode::from("trial")), "trial");
    }
}
