//! The Assistants API v1: typed client, request/response types, errors and input rules.
//!
//! - [`client`]: one `reqwest` client, a timeout on every call, retries for reads only.
//! - [`types`]: bodies, tolerant of unknown fields and values.
//! - [`error`]: the error envelope and transport failures as one enum.
//! - [`validate`]: the documented input rules, shared with the simulator.

pub mod client;
pub mod error;
pub mod types;
pub mod validate;

pub use client::{ApiClient, ClientOptions};
pub use error::{ApiError, ApiFailure, ErrorCode};
pub use types::*;
