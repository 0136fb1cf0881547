//! What the simulator's API routes answer: the data envelope, the documented errors in the
//! error envelope, and strict parsing of request bodies.

use axum::{
    Json,
    body::Bytes,
    http::StatusCode,
    response::{IntoResponse, Response},
};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

/// A documented API error, answered in the error envelope.
#[derive(Debug, Clone, Copy)]
pub(super) struct SimError {
    status: u16,
    code: &'static str,
    message: &'static str,
}

impl SimError {
    pub(super) fn new(status: u16, code: &'static str, message: &'static str) -> Self {
        Self { status, code, message }
    }
}

impl IntoResponse for SimError {
    fn into_response(self) -> Response {
        error(self.status, self.code, self.message)
    }
}

/// What an API route answers.
pub(super) type Reply = Result<Response, SimError>;

/// An error envelope with any status and code (injected faults use codes of their own).
pub(super) fn error(status: u16, code: &str, message: &str) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, Json(json!({ "error": { "code": code, "message": message } }))).into_response()
}

/// A refusal from in front of the API: `status`, a plain-text body, and `Retry-After` when
/// `retry_after` is given (a simulator assumption: the reference documents neither).
pub(super) fn refused(status: u16, retry_after: Option<u64>) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::TOO_MANY_REQUESTS);
    let reason = status.canonical_reason().unwrap_or("Refused");
    let mut response = (status, reason).into_response();
    if let Some(seconds) = retry_after {
        response.headers_mut().insert(axum::http::header::RETRY_AFTER, seconds.into());
    }
    response
}

/// `value` in the data envelope.
pub(super) fn data(status: StatusCode, value: Value) -> Reply {
    Ok((status, Json(json!({ "data": value }))).into_response())
}

/// `value` in the data envelope, with 200 OK.
pub(super) fn ok(value: Value) -> Reply {
    data(StatusCode::OK, value)
}

pub(super) fn invalid_request() -> SimError {
    SimError::new(400, "INVALID_REQUEST", "Invalid request body")
}

pub(super) fn not_found() -> SimError {
    SimError::new(404, "NOT_FOUND", "Deployment not found")
}

pub(super) fn internal() -> SimError {
    SimError::new(500, "INTERNAL_ERROR", "Unexpected server error")
}

/// 409 INVALID_STATE: the deployment's status does not allow the action.
pub(super) fn invalid_state(message: &'static str) -> SimError {
    SimError::new(409, "INVALID_STATE", message)
}

/// 400 INVALID_INPUT: the body parses but its values do not fit together.
pub(super) fn invalid_input(message: &'static str) -> SimError {
    SimError::new(400, "INVALID_INPUT", message)
}

/// 502 WORKER_DELETE_FAILED: the injected failure of stop and delete.
pub(super) fn worker_delete_failed(message: &'static str) -> SimError {
    SimError::new(502, "WORKER_DELETE_FAILED", message)
}

/// Parses a JSON body strictly (unknown keys refused); an empty body counts as `{}` when
/// `empty_ok`.
///
/// Not in the reference for every route: it says unknown keys are refused only for purchase
/// ("fails schema validation" elsewhere); the simulator is strict everywhere.
pub(super) fn body<T: DeserializeOwned>(bytes: &Bytes, empty_ok: bool) -> Result<T, SimError> {
    let bytes: &[u8] =
        if bytes.iter().all(u8::is_ascii_whitespace) && empty_ok { b"{}" } else { bytes };
    serde_json::from_slice(bytes).map_err(|_| invalid_request())
}
