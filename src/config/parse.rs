//! Validation: the raw settings of [`BotArgs`] turned into a [`Config`], or into one
//! [`ConfigError`] that names the variable at fault.

use std::{net::SocketAddr, time::Duration};

use base64::{Engine as _, engine::general_purpose::STANDARD as BASE64};
use secrecy::SecretString;
use url::Url;

use super::database::{key_file_beside, parse_database_url};
use super::{
    BotArgs, Config, ConfigError, DEFAULT_ASSISTANTS_API_URL, DEFAULT_DATABASE_URL,
    DEFAULT_TELEGRAM_API_URL, DEFAULT_WATCH_INTERVAL, Database, KeySource, LogFormat, Public,
    endpoint,
};
use crate::storage::seal::KeyMaterial;

impl BotArgs {
    /// Just the database and the key (for commands that do not talk to Telegram).
    pub fn storage_config(&self) -> Result<(Database, KeySource), ConfigError> {
        let database =
            parse_database_url(self.database_url.as_deref().unwrap_or(DEFAULT_DATABASE_URL))?;
        let key = match &self.encryption_key {
            Some(encoded) => KeySource::Inline(parse_key("ENCRYPTION_KEY", encoded)?),
            None => KeySource::File(key_file_beside(&database)?),
        };
        Ok((database, key))
    }

    /// Validates the raw settings.
    pub fn into_config(self) -> Result<Config, ConfigError> {
        let token = match self.token.as_deref().map(|t| t.trim().to_owned()) {
            Some(t) if !t.is_empty() => SecretString::from(t),
            _ => {
                return Err(ConfigError::new(
                    "TELOXIDE_TOKEN",
                    "is required: the bot's token from @BotFather",
                ));
            }
        };
        let telegram_api_url = parse_url(
            "TELOXIDE_API_URL",
            self.telegram_api_url.as_deref().unwrap_or(DEFAULT_TELEGRAM_API_URL),
        )?;
        let assistants_api_url = parse_url(
            "ASSISTANTS_API_URL",
            self.assistants_api_url.as_deref().unwrap_or(DEFAULT_ASSISTANTS_API_URL),
        )?;
        let (database, key) = self.storage_config()?;
        let poll_interval = match self.poll_interval {
            Some(raw) => parse_duration("POLL_INTERVAL", &raw, Duration::from_millis(50))?,
            None => Duration::from_secs(5),
        };
        let watch_interval = match self.watch_interval {
            Some(raw) => parse_duration("WATCH_INTERVAL", &raw, Duration::from_millis(50))?,
            None => DEFAULT_WATCH_INTERVAL,
        };
        let payment_timeout = match self.payment_timeout {
            Some(raw) => parse_duration("PAYMENT_TIMEOUT", &raw, Duration::from_secs(1))?,
            None => Duration::from_secs(30 * 60),
        };
        let public = match self.public_url.as_deref().map(parse_public_url).transpose()? {
            None => None,
            Some(url) => {
                let listen = match self.listen_addr.as_deref() {
                    None => SocketAddr::from(([0, 0, 0, 0], 8080)),
                    Some(raw) => raw.trim().parse().map_err(|_| {
                        ConfigError::new("LISTEN_ADDR", "is not an address like 0.0.0.0:8080")
                    })?,
                };
                Some(Public { url, listen })
            }
        };
        let metrics_addr = self
            .metrics_addr
            .as_deref()
            .map(|raw| {
                raw.trim().parse().map_err(|_| {
                    ConfigError::new("METRICS_ADDR", "is not an address like 127.0.0.1:9090")
                })
            })
            .transpose()?;
        let log_format = match self.log_format.as_deref().map(str::trim) {
            None | Some("text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(other) => {
                return Err(ConfigError::new(
                    "LOG_FORMAT",
                    format!("must be `text` or `json`, not `{other}`"),
                ));
            }
        };
        Ok(Config {
            token,
            telegram_api_url,
            assistants_api_url,
            database,
            key,
            poll_interval,
            watch_interval,
            payment_timeout,
            public,
            metrics_addr,
            log_format,
        })
    }
}

fn parse_url(variable: &'static str, raw: &str) -> Result<Url, ConfigError> {
    let url = Url::parse(raw.trim().trim_end_matches('/'))
        .map_err(|e| ConfigError::new(variable, format!("is not a valid URL ({e})")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(ConfigError::new(variable, "must be an http:// or https:// URL"));
    }
    Ok(url)
}

/// `PUBLIC_URL` must be something the Assistants API accepts in a callback URL: https, on a
/// public host.
fn parse_public_url(raw: &str) -> Result<Url, ConfigError> {
    let url = parse_url("PUBLIC_URL", raw)?;
    let probe = String::from(endpoint(&url, &["callbacks", "check"]));
    crate::api::validate::callback_url(&probe)
        .map_err(|e| ConfigError::new("PUBLIC_URL", format!("cannot receive callbacks: {e}")))?;
    Ok(url)
}

/// Decodes a base64 key of exactly 32 bytes.
pub fn parse_key(variable: &'static str, encoded: &str) -> Result<KeyMaterial, ConfigError> {
    let bytes = zeroize::Zeroizing::new(
        BASE64
            .decode(encoded.trim())
            .map_err(|_| ConfigError::new(variable, "is not valid base64"))?,
    );
    KeyMaterial::from_slice(&bytes).ok_or_else(|| {
        ConfigError::new(
            variable,
            format!(
                "must decode to 32 bytes, got {} (make one with `openssl rand -base64 32`)",
                bytes.len()
            ),
        )
    })
}

fn parse_duration(
    variable: &'static str,
    raw: &str,
    min: Duration,
) -> Result<Duration, ConfigError> {
    let value = humantime::parse_duration(raw.trim()).map_err(|e| {
        ConfigError::new(variable, format!("is not a duration like `5s` or `300ms` ({e})"))
    })?;
    if value < min {
        return Err(ConfigError::new(
            variable,
            format!("must be at least {}", humantime::format_duration(min)),
        ));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    fn args() -> BotArgs {
        BotArgs { token: Some("123:abc".into()), ..BotArgs::default() }
    }

    #[test]
    fn defaults_put_the_key_file_beside_the_database() {
        let config = args().into_config().expect("defaults are valid");
        let KeySource::File(path) = config.key else { panic!("expected a key file") };
        assert_eq!(path, PathBuf::from("assistants-bot.db.key"));
        assert_eq!(config.poll_interval, Duration::from_secs(5));
        assert_eq!(config.watch_interval, Duration::from_secs(300));
        assert_eq!(config.assistants_api_url.as_str(), "https://getclaw.sh/");
    }

    #[test]
    fn a_bad_setting_is_refused_naming_its_variable() {
        let cases = [
            (
                BotArgs { encryption_key: Some(BASE64.encode([1u8; 16])), ..args() },
                "ENCRYPTION_KEY",
            ),
            (BotArgs { poll_interval: Some("soon".into()), ..args() }, "POLL_INTERVAL"),
            (BotArgs { watch_interval: Some("often".into()), ..args() }, "WATCH_INTERVAL"),
            (BotArgs { database_url: Some("mysql://x".into()), ..args() }, "DATABASE_URL"),
        ];
        for (bad, variable) in cases {
            let err = bad.into_config().expect_err(variable);
            assert_eq!(err.variable, variable);
            if variable == "ENCRYPTION_KEY" {
                assert!(err.to_string().contains("32 bytes"), "{err}");
            }
        }
        let ok = BotArgs { poll_interval: Some("300ms".into()), ..args() }.into_config();
        assert_eq!(ok.expect("valid").poll_interval, Duration::from_millis(300));
        for (raw, expected) in [("2s", 2), ("5m", 300)] {
            let ok = BotArgs { watch_interval: Some(raw.into()), ..args() }.into_config();
            assert_eq!(ok.expect("valid").watch_interval, Duration::from_secs(expected));
        }
    }

    #[test]
    fn a_public_url_must_be_public_https_and_turns_the_server_on() {
        let config =
            BotArgs { public_url: Some("https://bot.example.com".into()), ..args() }.into_config();
        assert_eq!(
            config.expect("valid").public.map(|public| public.listen),
            Some(SocketAddr::from(([0, 0, 0, 0], 8080)))
        );
        for bad in ["http://bot.example.com", "https://localhost", "https://10.0.0.2"] {
            let err =
                BotArgs { public_url: Some(bad.into()), ..args() }.into_config().expect_err(bad);
            assert_eq!(err.variable, "PUBLIC_URL");
        }
        assert!(args().into_config().expect("valid").public.is_none(), "no server by default");
    }

    #[test]
    fn public_endpoints_keep_the_path_of_the_public_url() {
        for (public, expected) in [
            ("https://bot.example.com", "https://bot.example.com/telegram"),
            ("https://bot.example.com/", "https://bot.example.com/telegram"),
            ("https://bot.example.com/bot", "https://bot.example.com/bot/telegram"),
            ("https://bot.example.com/a/b/", "https://bot.example.com/a/b/telegram"),
        ] {
            let config =
                BotArgs { public_url: Some(public.into()), ..args() }.into_config().expect("valid");
            let configured = config.public.expect("a public URL");
            let url = endpoint(&configured.url, &["telegram"]);
            assert_eq!(url.as_str(), expected, "{public}");
        }
    }
}
