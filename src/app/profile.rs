//! The assistant's Telegram profile (its name, short description and description), read with
//! getMyName, getMyShortDescription and getMyDescription and changed with the matching set
//! methods, all with the assistant's own token. Telegram's length limits are checked before
//! anything is sent: name 0-64, short description 0-120, description 0-512 characters (the
//! Bot API reference of setMyName, setMyShortDescription and setMyDescription). Characters
//! are counted as Unicode scalar values; the reference does not say how it counts them.

use secrecy::SecretString;
use teloxide::{
    ApiError, RequestError,
    payloads::{
        SetMyDescriptionSetters as _, SetMyNameSetters as _, SetMyShortDescriptionSetters as _,
    },
    prelude::Requester as _,
    requests::Request as _,
};

use super::tokens::TokenChecker;
use crate::conversation::ProfilePart;

/// One part of a bot's profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Its name (setMyName).
    Name,
    /// Its short description, the "about" on its profile (setMyShortDescription).
    About,
    /// Its description, shown in an empty chat with it (setMyDescription).
    Description,
}

impl Part {
    /// The longest text Telegram takes for it, in characters.
    pub const fn limit(self) -> usize {
        let part = match self {
            Self::Name => ProfilePart::Name,
            Self::About => ProfilePart::About,
            Self::Description => ProfilePart::Description,
        };
        part.limit()
    }
}

/// A bot's profile as Telegram returns it (for users with no language of their own).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    /// Its name.
    pub name: String,
    /// Its short description.
    pub about: String,
    /// Its description.
    pub description: String,
}

/// Why a profile could not be read or changed.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    /// The text is longer than Telegram takes; nothing was sent.
    #[error("longer than {limit} characters")]
    TooLong {
        /// The longest text allowed.
        limit: usize,
    },
    /// Telegram refused the assistant's token (401).
    #[error("Telegram refused the bot token")]
    TokenRefused,
    /// Telegram refused the change (its own words, e.g. too many changes in a short time).
    #[error("Telegram refused: {0}")]
    Refused(String),
    /// Telegram could not be asked.
    #[error("Telegram could not be asked: {0}")]
    Failed(RequestError),
}

impl From<RequestError> for ProfileError {
    fn from(e: RequestError) -> Self {
        match e {
            RequestError::Api(ApiError::InvalidToken) => Self::TokenRefused,
            RequestError::Api(other) => Self::Refused(other.to_string()),
            RequestError::RetryAfter(after) => {
                Self::Refused(format!("retry after {}s", after.seconds()))
            }
            other => Self::Failed(other),
        }
    }
}

/// Checks `text` against the limit of `part`, before anything is sent.
pub fn check(part: Part, text: &str) -> Result<(), ProfileError> {
    if text.chars().count() > part.limit() {
        return Err(ProfileError::TooLong { limit: part.limit() });
    }
    Ok(())
}

impl TokenChecker {
    /// The current profile of the bot of `token`.
    pub async fn profile(&self, token: &SecretString) -> Result<Profile, ProfileError> {
        let bot = self.other(token);
        Ok(Profile {
            name: bot.get_my_name().send().await?.name,
            about: bot.get_my_short_description().send().await?.short_description,
            description: bot.get_my_description().send().await?.description,
        })
    }

    /// Sets `part` of the profile of the bot of `token` to `text` (empty: Telegram's default),
    /// once it fits Telegram's limit.
    pub async fn set_profile(
        &self,
        token: &SecretString,
        part: Part,
        text: &str,
    ) -> Result<(), ProfileError> {
        check(part, text)?;
        let bot = self.other(token);
        let text = text.to_owned();
        match part {
            Part::Name => bot.set_my_name().name(text).send().await?,
            Part::About => bot.set_my_short_description().short_description(text).send().await?,
            Part::Description => bot.set_my_description().description(text).send().await?,
        };
        Ok(())
    }
}

impl From<ProfilePart> for Part {
    fn from(part: ProfilePart) -> Self {
        match part {
            ProfilePart::Name => Self::Name,
            ProfilePart::About => Self::About,
            ProfilePart::Description => Self::Description,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_counted_in_characters_not_bytes() {
        assert!(check(Part::Name, &"é".repeat(64)).is_ok());
        assert!(matches!(
            check(Part::Name, &"a".repeat(65)),
            Err(ProfileError::TooLong { limit: 64 })
        ));
        assert!(check(Part::About, &"a".repeat(120)).is_ok());
        assert!(check(Part::About, &"a".repeat(121)).is_err());
        assert!(check(Part::Description, &"a".repeat(512)).is_ok());
        assert!(check(Part::Description, &"a".repeat(513)).is_err());
        assert!(check(Part::Description, "").is_ok(), "empty restores Telegram's default");
    }
}
