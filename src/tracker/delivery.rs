//! What a failed send means for the tracker: try again later, or never.

use teloxide::{ApiError, RequestError};

/// How to treat a send that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// The chat cannot receive messages from the bot any more (blocked, kicked, deleted,
    /// deactivated) or the message can never be sent: trying again would fail the same way.
    Permanent,
    /// Anything else (network, Telegram's own trouble): try again after a backoff.
    Transient,
}

/// Sorts a failed send.
pub fn classify(error: &RequestError) -> Failure {
    match error {
        RequestError::Api(api) => match api {
            ApiError::BotBlocked
            | ApiError::ChatNotFound
            | ApiError::UserNotFound
            | ApiError::UserDeactivated
            | ApiError::GroupDeactivated
            | ApiError::BotKicked
            | ApiError::BotKickedFromSupergroup
            | ApiError::BotKickedFromChannel
            | ApiError::CantInitiateConversation
            | ApiError::CantTalkWithBots
            | ApiError::NotEnoughRightsToPostMessages
            | ApiError::MessageIsTooLong
            | ApiError::MessageTextIsEmpty => Failure::Permanent,
            ApiError::Unknown(text) if text.starts_with("Forbidden") => Failure::Permanent,
            _ => Failure::Transient,
        },
        _ => Failure::Transient,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocked_and_missing_chats_are_permanent() {
        assert_eq!(classify(&RequestError::Api(ApiError::BotBlocked)), Failure::Permanent);
        assert_eq!(classify(&RequestError::Api(ApiError::ChatNotFound)), Failure::Permanent);
        let forbidden = ApiError::Unknown("Forbidden: something new".into());
        assert_eq!(classify(&RequestError::Api(forbidden)), Failure::Permanent);
        let other = RequestError::Io(std::io::Error::other("reset").into());
        assert_eq!(classify(&other), Failure::Transient);
    }
}
