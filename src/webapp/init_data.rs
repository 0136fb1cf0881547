//! The launch data Telegram gives a Mini App (`Telegram.WebApp.initData`), checked the way
//! Telegram documents it ("Validating data received via the Mini App",
//! core.telegram.org/bots/webapps):
//!
//! - the data is a query string of fields; its *data-check-string* is every received field
//!   except `hash`, as `key=value` (values decoded), sorted by key and joined by `\n`;
//! - the secret key is HMAC-SHA-256 of the bot's token keyed with the constant `WebAppData`;
//! - `hash` must be the hex HMAC-SHA-256 of the data-check-string under that secret key
//!   (compared in constant time here);
//! - `auth_date` (unix seconds) is checked against a maximum age, as the docs advise.
//!
//! Since Bot API 8.0 the data may also carry `signature`, an Ed25519 signature for third
//! parties that do not hold the token ("Validating data for Third-Party Use"). That section
//! builds its own check string *without* `hash` and `signature`; the first-party check above
//! says "all received fields", so `signature` stays in this data-check-string like any other
//! field, and only `hash` is left out. The bot holds its token, so it checks `hash` only.

use hmac::{Hmac, Mac as _};
use serde::Deserialize;
use sha2::Sha256;
use teloxide::types::{User, UserId};
use zeroize::Zeroizing;

type HmacSha256 = Hmac<Sha256>;

/// The longest launch data accepted (Telegram's is well under 1 KiB).
const MAX_LEN: usize = 4096;

/// Checks launch data for one bot: holds the secret key derived from its token.
pub struct Verifier {
    secret: Zeroizing<[u8; 32]>,
}

impl std::fmt::Debug for Verifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Verifier(***)")
    }
}

/// Launch data that passed the checks.
#[derive(Debug, Clone)]
pub struct InitData {
    /// Who opened the Mini App.
    pub user: User,
    /// When Telegram signed it (unix seconds).
    pub auth_date: i64,
}

/// Why launch data was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InitDataError {
    /// Not a query string of fields with one `hash`, `auth_date` and `user` each.
    #[error("malformed launch data")]
    Malformed,
    /// `hash` does not match: not signed by Telegram for this bot, or changed since.
    #[error("the launch data's signature does not match")]
    BadSignature,
    /// Signed longer ago than allowed (or dated in the future).
    #[error("the launch data is too old")]
    Stale,
}

/// `user`, as WebAppUser carries it.
#[derive(Debug, Deserialize)]
struct WebAppUser {
    id: u64,
    #[serde(default)]
    is_bot: bool,
    first_name: String,
    last_name: Option<String>,
    username: Option<String>,
    language_code: Option<String>,
    #[serde(default)]
    is_premium: bool,
    #[serde(default)]
    added_to_attachment_menu: bool,
}

impl Verifier {
    /// A verifier for the bot with `token`.
    pub fn new(token: &str) -> Self {
        let mut mac = HmacSha256::new_from_slice(b"WebAppData").expect("HMAC takes any key length");
        mac.update(token.as_bytes());
        Self { secret: Zeroizing::new(mac.finalize().into_bytes().into()) }
    }

    /// Checks `raw` (the `initData` query string): its signature, then that it was signed
    /// at most `max_age_secs` before `now` (a minute's clock skew allowed the other way).
    pub fn verify(
        &self,
        raw: &str,
        now: i64,
        max_age_secs: i64,
    ) -> Result<InitData, InitDataError> {
        if raw.len() > MAX_LEN {
            return Err(InitDataError::Malformed);
        }
        let mut fields: Vec<(String, String)> = url::form_urlencoded::parse(raw.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        fields.sort();
        // A repeated field would make the data mean two things.
        if fields.windows(2).any(|pair| pair[0].0 == pair[1].0) {
            return Err(InitDataError::Malformed);
        }
        let given = take(&mut fields, "hash").ok_or(InitDataError::Malformed)?;
        let given = decode_hex(&given).ok_or(InitDataError::BadSignature)?;
        let check: Vec<String> = fields.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let mut mac =
            HmacSha256::new_from_slice(self.secret.as_ref()).expect("HMAC takes any key length");
        mac.update(check.join("\n").as_bytes());
        // `verify_slice` compares in constant time.
        mac.verify_slice(&given).map_err(|_| InitDataError::BadSignature)?;

        let field = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
        let auth_date: i64 =
            field("auth_date").and_then(|d| d.parse().ok()).ok_or(InitDataError::Malformed)?;
        if now - auth_date > max_age_secs || auth_date - now > 60 {
            return Err(InitDataError::Stale);
        }
        let user: WebAppUser = field("user")
            .and_then(|u| serde_json::from_str(u).ok())
            .ok_or(InitDataError::Malformed)?;
        let user = User {
            id: UserId(user.id),
            is_bot: user.is_bot,
            first_name: user.first_name,
            last_name: user.last_name,
            username: user.username,
            language_code: user.language_code,
            is_premium: user.is_premium,
            added_to_attachment_menu: user.added_to_attachment_menu,
        };
        Ok(InitData { user, auth_date })
    }
}

/// Removes the field `name` from the sorted `fields` and returns its value.
fn take(fields: &mut Vec<(String, String)>, name: &str) -> Option<String> {
    let at = fields.iter().position(|(k, _)| k == name)?;
    Some(fields.remove(at).1)
}

fn decode_hex(hex: &str) -> Option<Vec<u8>> {
    if hex.len() != 64 {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| hex.get(i..i + 2).and_then(|b| u8::from_str_radix(b, 16).ok()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    // Vectors computed outside this code (Python's hmac and hashlib), for the test bot's token.
    const TOKEN: &str = "100000:TEST_BOT_TOKEN_abcdefghijklmnopqrstuv";
    const SECRET: &str = "dcc4a8e0d6c61095648621373aa93bf3f0e11b01edf8a79d8b8e81ec47fbb5d7";
    const SIGNED: &str = "auth_date=1700000000&chat_instance=-4242424242424242424&chat_type=private\
        &user=%7B%22id%22%3A4242%2C%22first_name%22%3A%22Ana%22%2C%22last_name%22%3A%22Ruiz%22\
        %2C%22username%22%3A%22ana%22%2C%22language_code%22%3A%22es%22%2C%22allows_write_to_pm\
        %22%3Atrue%7D&signature=c2lnbmF0dXJlLW5vdC1jaGVja2Vk\
        &hash=5155944a23f4b1bce707ba0bfed2be547f6c1b05702980518ffe695765ff6f29";
    /// The hash of the same fields with `signature` left out of the data-check-string.
    const HASH_WITHOUT_SIGNATURE: &str =
        "eb0701121ecfed4e3ac33e5a26f3138fff9495da20396b4432acc9e32c535c8c";
    const SIGNED_AT: i64 = 1_700_000_000;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn the_secret_key_is_the_token_keyed_with_web_app_data() {
        assert_eq!(hex(Verifier::new(TOKEN).secret.as_ref()), SECRET);
    }

    #[test]
    fn signed_data_passes_and_names_its_user() {
        let data = Verifier::new(TOKEN).verify(SIGNED, SIGNED_AT + 30, 600).expect("valid");
        assert_eq!(data.user.id, UserId(4242));
        assert_eq!(data.user.first_name, "Ana");
        assert_eq!(data.user.language_code.as_deref(), Some("es"));
        assert_eq!(data.auth_date, SIGNED_AT);
    }

    #[test]
    fn the_signature_field_is_part_of_the_checked_string() {
        let without = SIGNED.replace(
            "5155944a23f4b1bce707ba0bfed2be547f6c1b05702980518ffe695765ff6f29",
            HASH_WITHOUT_SIGNATURE,
        );
        let verifier = Verifier::new(TOKEN);
        assert_eq!(
            verifier.verify(&without, SIGNED_AT, 600).err(),
            Some(InitDataError::BadSignature)
        );
    }

    #[test]
    fn another_token_or_a_changed_field_fails() {
        let other = Verifier::new("100001:TEST_BOT_TOKEN_abcdefghijklmnopqrstuv");
        assert_eq!(other.verify(SIGNED, SIGNED_AT, 600).err(), Some(InitDataError::BadSignature));
        let changed = SIGNED.replace("4242%2C", "4243%2C");
        let verifier = Verifier::new(TOKEN);
        assert_eq!(
            verifier.verify(&changed, SIGNED_AT, 600).err(),
            Some(InitDataError::BadSignature)
        );
        let no_hash = SIGNED.split("&hash=").next().unwrap_or_default();
        assert_eq!(verifier.verify(no_hash, SIGNED_AT, 600).err(), Some(InitDataError::Malformed));
        let repeated = format!("chat_type=group&{SIGNED}");
        assert_eq!(
            verifier.verify(&repeated, SIGNED_AT, 600).err(),
            Some(InitDataError::Malformed)
        );
    }

    #[test]
    fn old_or_future_data_is_stale() {
        let verifier = Verifier::new(TOKEN);
        assert!(verifier.verify(SIGNED, SIGNED_AT + 600, 600).is_ok());
        assert_eq!(verifier.verify(SIGNED, SIGNED_AT + 601, 600).err(), Some(InitDataError::Stale));
        assert_eq!(verifier.verify(SIGNED, SIGNED_AT - 61, 600).err(), Some(InitDataError::Stale));
    }
}
