//! What can go wrong when calling the Assistants API.

use std::fmt;

use serde::Deserialize;

use super::validate::ValidationError;

/// The documented error codes of the `{ error: { code, message, details? } }` envelope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorCode {
    /// 401: the API key is missing or invalid.
    Unauthorized,
    /// 400: the body has missing or unknown keys, or fails the schema.
    InvalidRequest,
    /// 400: the values do not fit the deployment's mode (provider, model, key).
    InvalidInput,
    /// 409: the deployment is not in a state that allows the call.
    InvalidState,
    /// 404: no such deployment for this key's owner.
    NotFound,
    /// 404: the service has switched the v1 API off.
    ApiDisabled,
    /// 500: the service cannot take payments.
    PaymentNotConfigured,
    /// 502: the worker could not be deleted.
    WorkerDeleteFailed,
    /// 500: the service failed.
    InternalError,
    /// A code this version does not know.
    Other(String),
}

impl ErrorCode {
    /// The code as sent by the API.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unauthorized => "UNAUTHORIZED",
            Self::InvalidRequest => "INVALID_REQUEST",
            Self::InvalidInput => "INVALID_INPUT",
            Self::InvalidState => "INVALID_STATE",
            Self::NotFound => "NOT_FOUND",
            Self::ApiDisabled => "API_DISABLED",
            Self::PaymentNotConfigured => "PAYMENT_NOT_CONFIGURED",
            Self::WorkerDeleteFailed => "WORKER_DELETE_FAILED",
            Self::InternalError => "INTERNAL_ERROR",
            Self::Other(code) => code,
        }
    }

    /// Every documented code.
    pub const DOCUMENTED: [ErrorCode; 9] = [
        Self::Unauthorized,
        Self::InvalidRequest,
        Self::InvalidInput,
        Self::InvalidState,
        Self::NotFound,
        Self::ApiDisabled,
        Self::PaymentNotConfigured,
        Self::WorkerDeleteFailed,
        Self::InternalError,
    ];
}

impl From<&str> for ErrorCode {
    fn from(code: &str) -> Self {
        Self::DOCUMENTED
            .into_iter()
            .find(|known| known.as_str() == code)
            .unwrap_or_else(|| Self::Other(code.to_owned()))
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An error answered by the API in its error envelope.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiFailure {
    /// HTTP status.
    pub status: u16,
    /// Decoded code.
    pub code: ErrorCode,
    /// The API's message (English, for logs; users see our localized text).
    pub message: String,
    /// Extra details, as sent.
    pub details: Option<serde_json::Value>,
}

/// Errors of the Assistants API client.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The API answered with an error envelope.
    #[error("the Assistants API answered {} {}: {}", .0.status, .0.code, .0.message)]
    Api(ApiFailure),
    /// The call did not finish in time.
    #[error("the Assistants API did not answer in time")]
    Timeout,
    /// The API could not be reached.
    #[error("could not connect to the Assistants API")]
    Connect,
    /// Another transport failure (reset, TLS, …).
    #[error("the request to the Assistants API failed: {0}")]
    Transport(String),
    /// The answer was not what the API documents.
    #[error("the Assistants API answered HTTP {status} with a body that could not be read")]
    Undecodable {
        /// HTTP status.
        status: u16,
    },
    /// The request was refused before sending because the input breaks a documented rule.
    #[error(transparent)]
    Invalid(#[from] ValidationError),
    /// HTTP 429, which the reference does not document: too many requests (from a gateway or
    /// a rate limit in front of the API), with the wait its `Retry-After` asked for, if any.
    #[error("the Assistants API answered 429 Too Many Requests")]
    RateLimited {
        /// The wait from `Retry-After` (seconds form), when it was sent.
        retry_after: Option<std::time::Duration>,
    },
    /// HTTP 403, which the reference does not document: access refused (a gateway, a blocked
    /// region, a key without the right).
    #[error("the Assistants API answered 403 Forbidden")]
    Forbidden,
}

impl ApiError {
    /// The API error code, when the API answered with one.
    pub fn code(&self) -> Option<&ErrorCode> {
        match self {
            Self::Api(failure) => Some(&failure.code),
            _ => None,
        }
    }

    /// Whether retrying the same call later may succeed (5xx, timeouts, connection problems).
    pub fn is_transient(&self) -> bool {
        match self {
            Self::Api(failure) => {
                failure.status >= 500 && failure.code != ErrorCode::PaymentNotConfigured
            }
            Self::Timeout | Self::Connect | Self::Transport(_) => true,
            Self::Undecodable { status } => *status >= 500,
            Self::RateLimited { .. } => true,
            Self::Invalid(_) | Self::Forbidden => false,
        }
    }

    pub(crate) fn from_reqwest(err: &reqwest::Error) -> Self {
        if err.is_timeout() {
            Self::Timeout
        } else if err.is_connect() {
            Self::Connect
        } else {
            // without_url: the URL holds no secret today, but keep messages path-free anyway.
            Self::Transport(strip_url(err))
        }
    }
}

fn strip_url(err: &reqwest::Error) -> String {
    let mut shown = err.to_string();
    if let Some(url) = err.url() {
        shown = shown.replace(url.as_str(), "<url>");
    }
    shown
}

/// The error envelope.
#[derive(Debug, Deserialize)]
pub(crate) struct Envelope {
    pub error: EnvelopeBody,
}

/// The envelope's `error`.
#[derive(Debug, Deserialize)]
pub(crate) struct EnvelopeBody {
    pub code: String,
    #[serde(default)]
    pub message: String,
    #[serde(default)]
    pub details: Option<serde_json::Value>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_code_round_trips() {
        for code in ErrorCode::DOCUMENTED {
            assert_eq!(ErrorCode::from(code.as_str()), code);
        }
        assert_eq!(ErrorCode::from("RATE_LIMITED"), ErrorCode::Other("RATE_LIMITED".into()));
    }
}
