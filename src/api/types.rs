//! Request and response bodies of the Assistants API v1.
//!
//! Responses tolerate what the documentation does not promise: unknown fields are ignored,
//! missing optional fields default, and `status` / `apiMode` keep values they do not know as
//! [`Status::Other`] / [`ApiMode::Other`] instead of failing the whole response.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize, Serializer};

/// An opaque deployment id. The docs say UUID but show `dep_…`; nothing here assumes a shape.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DeploymentId(pub String);

impl DeploymentId {
    /// The id as sent in URL paths.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DeploymentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for DeploymentId {
    fn from(id: &str) -> Self {
        Self(id.to_owned())
    }
}

macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $( $(#[$vmeta:meta])* $variant:ident => $wire:literal, )* }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(from = "String", into = "String")]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )*
            /// A value this version does not know; kept as sent.
            Other(String),
        }

        impl $name {
            /// Every value this version knows.
            pub const KNOWN: &'static [Self] = &[$(Self::$variant),*];

            /// The value as it appears on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $wire, )*
                    Self::Other(other) => other,
                }
            }
        }

        impl From<String> for $name {
            fn from(value: String) -> Self {
                match value.as_str() {
                    $( $wire => Self::$variant, )*
                    _ => Self::Other(value),
                }
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                Self::from(value.to_owned())
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> Self {
                value.as_str().to_owned()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

open_enum! {
    /// How the deployment pays for model usage.
    pub enum ApiMode {
        /// Bring your own model API key.
        Byok => "byok",
        /// Included monthly credits; the provider is always openrouter.
        Managed => "managed",
        /// The higher allowance; the provider is always openrouter.
        Unlimited => "unlimited",
    }
}

open_enum! {
    /// A deployment's lifecycle state.
    pub enum Status {
        /// Purchased, checkout not completed yet. (Not named by the docs; the simulator's word.)
        PendingPayment => "pending_payment",
        /// Paid slot waiting for activation.
        Purchased => "purchased",
        /// Activation or redeploy in progress.
        Deploying => "deploying",
        /// Running.
        Active => "active",
        /// Deployment failed; see `statusMessage`.
        Failed => "failed",
        /// Stopped by its owner.
        Stopped => "stopped",
    }
}

impl ApiMode {
    /// The three modes a purchase can ask for, in the order the bot offers them.
    pub const PURCHASABLE: [ApiMode; 3] = [ApiMode::Byok, ApiMode::Managed, ApiMode::Unlimited];

    /// Whether the owner supplies the model provider and key.
    pub fn is_byok(&self) -> bool {
        matches!(self, Self::Byok)
    }
}

impl Status {
    /// States that change without the owner doing anything, so they are worth polling.
    pub fn is_transitional(&self) -> bool {
        matches!(self, Self::PendingPayment | Self::Deploying)
    }
}

/// `data` of a successful purchase.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Purchase {
    /// The new slot.
    pub deployment_id: DeploymentId,
    /// Where the owner pays.
    pub checkout_url: String,
}

/// A deployment record (list, get, activate, update, redeploy, stop).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Assistant {
    /// Deployment id.
    pub id: DeploymentId,
    /// Display name (absent before activation).
    #[serde(default)]
    pub name: Option<String>,
    /// Model provider.
    #[serde(default)]
    pub model_provider: Option<String>,
    /// Model id.
    #[serde(default)]
    pub model_id: Option<String>,
    /// Billing mode.
    #[serde(default)]
    pub api_mode: Option<ApiMode>,
    /// Worker URL once deployed.
    #[serde(default)]
    pub worker_url: Option<String>,
    /// Lifecycle state.
    pub status: Status,
    /// Why a deployment failed.
    #[serde(default)]
    pub status_message: Option<String>,
    /// Payment state (`paid`, …).
    #[serde(default)]
    pub payment_status: Option<String>,
    /// Whether this is a slot still waiting for activation.
    #[serde(default)]
    pub is_prebuy: bool,
    /// End of the paid period, as sent.
    #[serde(default)]
    pub current_period_end: Option<String>,
    /// When the subscription was canceled, as sent (`null` while it runs).
    #[serde(default)]
    pub canceled_at: Option<String>,
    /// Creation time, as sent.
    #[serde(default)]
    pub created_at: Option<String>,
    /// Last change, as sent.
    #[serde(default)]
    pub updated_at: Option<String>,
}

/// `data` of the lightweight status call.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeploymentStatus {
    /// Deployment id.
    pub id: DeploymentId,
    /// Lifecycle state.
    pub status: Status,
    /// Why a deployment failed.
    #[serde(default)]
    pub status_message: Option<String>,
    /// Worker URL once deployed.
    #[serde(default)]
    pub worker_url: Option<String>,
}

/// `data` of a delete.
#[derive(Debug, Clone, Deserialize)]
pub struct Deleted {
    /// Always true on success.
    #[serde(default)]
    pub success: bool,
}

/// The Assistants API key of a chat. `Debug` never shows it.
#[derive(Clone)]
pub struct ApiKey(SecretString);

impl ApiKey {
    /// Wraps a key as typed by the user (surrounding whitespace trimmed).
    pub fn new(key: &str) -> Self {
        Self(SecretString::from(key.trim().to_owned()))
    }

    /// The secret, to put in a header.
    pub fn secret(&self) -> &SecretString {
        &self.0
    }

    /// `••••abcd`: the last four characters, for confirmations.
    pub fn masked(&self) -> String {
        mask(self.0.expose_secret())
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(***)")
    }
}

/// Shows only the last four characters of a secret (none of a short one).
pub fn mask(secret: &str) -> String {
    let count = secret.chars().count();
    if count < 12 {
        return "••••".to_owned();
    }
    let tail: String = secret.chars().skip(count - 4).collect();
    format!("••••{tail}")
}

fn expose<S: Serializer>(secret: &SecretString, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(secret.expose_secret())
}

fn expose_opt<S: Serializer>(
    secret: &Option<SecretString>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match secret {
        Some(secret) => serializer.serialize_str(secret.expose_secret()),
        None => serializer.serialize_none(),
    }
}

/// Body of a purchase.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PurchaseRequest {
    /// The billing mode of the new slot.
    pub api_mode: ApiMode,
}

/// Body of an activation. Secrets stay in `SecretString` until serialized into the request.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ActivateRequest {
    /// Assistant name, 1–100 characters.
    pub name: String,
    /// Required for byok; managed modes use openrouter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_provider: Option<String>,
    /// Model id.
    pub model_id: String,
    /// The assistant's own Telegram bot token.
    #[serde(serialize_with = "expose")]
    pub telegram_bot_token: SecretString,
    /// The model provider key (byok only).
    #[serde(serialize_with = "expose_opt", skip_serializing_if = "Option::is_none")]
    pub model_api_key: Option<SecretString>,
    /// Public https URL notified on status changes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
}

/// Body of a config update; at least one field must be set.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateRequest {
    /// New name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// New provider.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_provider: Option<String>,
    /// New model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_id: Option<String>,
    /// New bot token.
    #[serde(serialize_with = "expose_opt", skip_serializing_if = "Option::is_none")]
    pub telegram_bot_token: Option<SecretString>,
    /// New model key (byok only).
    #[serde(serialize_with = "expose_opt", skip_serializing_if = "Option::is_none")]
    pub model_api_key: Option<SecretString>,
}

impl UpdateRequest {
    /// Whether no field is set (the API refuses such a body).
    pub fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.model_provider.is_none()
            && self.model_id.is_none()
            && self.telegram_bot_token.is_none()
            && self.model_api_key.is_none()
    }
}

/// Body of a redeploy.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RedeployRequest {
    /// Replaces the callback URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_status_and_fields_are_tolerated() {
        let json = r#"{"id":"dep_1","status":"hibernating","brandNew":1,"apiMode":"turbo"}"#;
        let assistant: Assistant = serde_json::from_str(json).expect("tolerant");
        assert_eq!(assistant.status, Status::Other("hibernating".into()));
        assert_eq!(assistant.api_mode, Some(ApiMode::Other("turbo".into())));
        assert_eq!(assistant.status.to_string(), "hibernating");
    }

    #[test]
    fn the_documented_example_parses() {
        let json = r#"{"id":"dep_1234567890abcdef","userId":"usr_1","organizationId":null,
            "name":"My API Assistant","modelProvider":"anthropic","modelId":"claude-sonnet-4-5-20250929",
            "channelType":"telegram","apiMode":"byok","workerName":"openclaw-ab12cd34","workerUrl":null,
            "status":"deploying","statusMessage":null,"paymentStatus":"paid","polarSubscriptionId":"sub_1234",
            "currentPeriodEnd":"2026-03-13T12:00:00.000Z","canceledAt":null,"isPrebuy":false,
            "userCallbackUrl":"https://example.com/deploy-callback",
            "createdAt":"2026-02-13T12:00:00.000Z","updatedAt":"2026-02-13T12:00:00.000Z"}"#;
        let assistant: Assistant = serde_json::from_str(json).expect("documented shape");
        assert_eq!(assistant.status, Status::Deploying);
        assert_eq!(assistant.api_mode, Some(ApiMode::Byok));
        assert_eq!(assistant.id.as_str(), "dep_1234567890abcdef");
    }

    #[test]
    fn secrets_are_sent_but_never_debug_printed() {
        let request = ActivateRequest {
            name: "A".into(),
            model_provider: None,
            model_id: "m".into(),
            telegram_bot_token: SecretString::from("123:token-value"),
            model_api_key: None,
            callback_url: None,
        };
        let body = serde_json::to_value(&request).expect("serializes");
        assert_eq!(body["telegramBotToken"], "123:token-value");
        assert!(body.get("modelApiKey").is_none());
        assert!(!format!("{request:?}").contains("token-value"));
        assert_eq!(format!("{:?}", ApiKey::new("sk-live-123456789")), "ApiKey(***)");
    }

    #[test]
    fn masking_keeps_only_the_tail() {
        assert_eq!(mask("sk-live-123456789abcd"), "••••abcd");
        assert_eq!(mask("short"), "••••");
    }
}
