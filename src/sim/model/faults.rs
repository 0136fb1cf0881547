//! Faults a test injects into the simulator, and the log of the requests it received.

use std::time::Duration;

/// An injected fault, applied to the next matching request(s).
#[derive(Debug, Clone)]
pub struct Fault {
    /// HTTP method to match (`GET`, `POST`…); any when `None`.
    pub method: Option<String>,
    /// Substring of the path to match; any when `None`.
    pub path_contains: Option<String>,
    /// What happens.
    pub kind: FaultKind,
    /// How many matching requests it applies to.
    pub times: u32,
}

/// What an injected fault does.
#[derive(Debug, Clone)]
pub enum FaultKind {
    /// Answer with this status and error code instead of handling the request.
    Error {
        /// HTTP status.
        status: u16,
        /// Error code in the envelope.
        code: String,
    },
    /// Answer with this status, a plain-text body and no envelope, as a gateway or rate
    /// limiter in front of the API would (429, 403): beyond the reference, a simulator
    /// assumption. `retry_after` is sent as `Retry-After` (seconds) when given.
    Refused {
        /// HTTP status.
        status: u16,
        /// The `Retry-After` header, in seconds.
        retry_after: Option<u64>,
    },
    /// Wait this long, then handle the request normally.
    Latency(Duration),
    /// Handle the request, then wait this long before answering: the change is made even
    /// when the caller gives up waiting (a purchase whose answer is lost).
    LateAnswer(Duration),
    /// Handle the request, then replace the body with something that is not JSON.
    MalformedBody,
    /// Handle the request, then set `data.<name>` (of each item, for a list) to `value`: a
    /// field the API sends in a shape the bot must survive.
    Field {
        /// The field's name (`updatedAt`).
        name: String,
        /// What to send instead.
        value: serde_json::Value,
    },
}

impl Fault {
    /// A one-shot fault for any request.
    pub fn once(kind: FaultKind) -> Self {
        Self { method: None, path_contains: None, kind, times: 1 }
    }

    /// Restricts the fault to one method.
    pub fn on_method(mut self, method: &str) -> Self {
        self.method = Some(method.to_owned());
        self
    }

    /// Restricts the fault to paths containing `part`.
    pub fn on_path(mut self, part: &str) -> Self {
        self.path_contains = Some(part.to_owned());
        self
    }

    /// Applies the fault to this many matching requests.
    pub fn times(mut self, times: u32) -> Self {
        self.times = times;
        self
    }

    pub(super) fn matches(&self, method: &str, path: &str) -> bool {
        self.method.as_deref().is_none_or(|m| m.eq_ignore_ascii_case(method))
            && self.path_contains.as_deref().is_none_or(|p| path.contains(p))
    }
}

/// A request the simulator received (API routes only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    /// HTTP method.
    pub method: String,
    /// Path, without the query.
    pub path: String,
}
