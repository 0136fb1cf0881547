//! Groups: a shared set of assistants that only the group's admins may change.
//!
//! - [`guard`]: the sender's role, and the refusals the schema gives non-admins.
//! - [`audit`]: who did what, posted as one line and kept for /audit.
//! - [`handoff`]: one-time links that take a secret to a private chat, and what the private
//!   chat does with it.
//! - [`leak`]: secrets pasted into a group anyway.
//! - [`upgrade`]: a group that became a supergroup.

pub mod audit;
pub mod guard;
pub mod handoff;
pub mod leak;
pub mod upgrade;
