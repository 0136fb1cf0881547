//! The HTTP client for the nine endpoints of the Assistants API v1.

use std::time::{Duration, Instant};

use reqwest::{Method, StatusCode, header::HeaderValue};
use secrecy::ExposeSecret as _;
use serde::{Serialize, de::DeserializeOwned};
use url::Url;

use super::{
    error::{ApiError, ApiFailure, Envelope},
    types::*,
    validate::{self, ValidationError},
};

/// Timeouts and retries of the client.
#[derive(Debug, Clone)]
pub struct ClientOptions {
    /// Limit for one whole request, connection included.
    pub timeout: Duration,
    /// Tries for a GET (1 = no retry). Writes are always tried once: a retried purchase can
    /// charge twice, and the API offers no idempotency key.
    pub get_attempts: u32,
    /// Wait before the first retry; doubled for each next one.
    pub backoff: Duration,
}

impl Default for ClientOptions {
    fn default() -> Self {
        Self {
            timeout: Duration::from_secs(15),
            get_attempts: 3,
            backoff: Duration::from_millis(250),
        }
    }
}

/// A client of one Assistants API base URL. Cheap to clone; one connection pool for all calls.
#[derive(Debug, Clone)]
pub struct ApiClient {
    http: reqwest::Client,
    base: Url,
    options: ClientOptions,
}

impl ApiClient {
    /// A client for `base` (for example `https://getclaw.sh`).
    pub fn new(base: Url, options: ClientOptions) -> Result<Self, ApiError> {
        let http = reqwest::Client::builder()
            .timeout(options.timeout)
            .connect_timeout(options.timeout.min(Duration::from_secs(5)))
            .user_agent(concat!("assistants-bot/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| ApiError::from_reqwest(&e))?;
        Ok(Self { http, base, options })
    }

    /// The base URL this client calls.
    pub fn base_url(&self) -> &Url {
        &self.base
    }

    /// How long one request may take before it is given up.
    pub fn timeout(&self) -> Duration {
        self.options.timeout
    }

    /// `POST /api/v1/assistants/purchase`: a new slot and its checkout URL.
    pub async fn purchase(&self, key: &ApiKey, mode: ApiMode) -> Result<Purchase, ApiError> {
        let body = PurchaseRequest { api_mode: mode };
        self.call(key, "purchase", Method::POST, &["purchase"], Some(&body)).await
    }

    /// `POST /api/v1/assistants/{id}/activate`: configure a paid slot and deploy it.
    pub async fn activate(
        &self,
        key: &ApiKey,
        id: &DeploymentId,
        request: &ActivateRequest,
    ) -> Result<Assistant, ApiError> {
        validate::name(&request.name)?;
        if request.model_id.trim().is_empty() {
            return Err(ValidationError::Missing("modelId").into());
        }
        if request.telegram_bot_token.expose_secret().trim().is_empty() {
            return Err(ValidationError::Missing("telegramBotToken").into());
        }
        if let Some(url) = &request.callback_url {
            validate::callback_url(url)?;
        }
        self.call(key, "activate", Method::POST, &[id.as_str(), "activate"], Some(request)).await
    }

    /// `GET /api/v1/assistants/{id}/status`: the lightweight status for polling.
    pub async fn status(
        &self,
        key: &ApiKey,
        id: &DeploymentId,
    ) -> Result<DeploymentStatus, ApiError> {
        self.call(key, "status", Method::GET, &[id.as_str(), "status"], None::<&()>).await
    }

    /// `GET /api/v1/assistants`: every assistant of the key's owner.
    pub async fn list(&self, key: &ApiKey) -> Result<Vec<Assistant>, ApiError> {
        self.call(key, "list", Method::GET, &[], None::<&()>).await
    }

    /// `GET /api/v1/assistants/{id}`: one assistant.
    pub async fn get(&self, key: &ApiKey, id: &DeploymentId) -> Result<Assistant, ApiError> {
        self.call(key, "get", Method::GET, &[id.as_str()], None::<&()>).await
    }

    /// `PATCH /api/v1/assistants/{id}`: change the configuration (purchased, stopped, failed).
    pub async fn update(
        &self,
        key: &ApiKey,
        id: &DeploymentId,
        request: &UpdateRequest,
    ) -> Result<Assistant, ApiError> {
        if request.is_empty() {
            return Err(ValidationError::EmptyUpdate.into());
        }
        if let Some(name) = &request.name {
            validate::name(name)?;
        }
        self.call(key, "update", Method::PATCH, &[id.as_str()], Some(request)).await
    }

    /// `POST /api/v1/assistants/{id}/redeploy`: deploy again (active, failed, stopped).
    pub async fn redeploy(
        &self,
        key: &ApiKey,
        id: &DeploymentId,
        request: &RedeployRequest,
    ) -> Result<Assistant, ApiError> {
        if let Some(url) = &request.callback_url {
            validate::callback_url(url)?;
        }
        self.call(key, "redeploy", Method::POST, &[id.as_str(), "redeploy"], Some(request)).await
    }

    /// `POST /api/v1/assistants/{id}/stop`: stop and delete the worker.
    pub async fn stop(&self, key: &ApiKey, id: &DeploymentId) -> Result<Assistant, ApiError> {
        self.call(key, "stop", Method::POST, &[id.as_str(), "stop"], None::<&()>).await
    }

    /// `DELETE /api/v1/assistants/{id}`: delete the deployment.
    pub async fn delete(&self, key: &ApiKey, id: &DeploymentId) -> Result<(), ApiError> {
        let _: Deleted =
            self.call(key, "delete", Method::DELETE, &[id.as_str()], None::<&()>).await?;
        Ok(())
    }

    fn url(&self, segments: &[&str]) -> Url {
        let mut url = self.base.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            // Each id goes in as one percent-encoded segment: ids are opaque strings.
            path.pop_if_empty().extend(["api", "v1", "assistants"]).extend(segments);
        }
        url
    }

    async fn call<T: DeserializeOwned>(
        &self,
        key: &ApiKey,
        endpoint: &'static str,
        method: Method,
        segments: &[&str],
        body: Option<&impl Serialize>,
    ) -> Result<T, ApiError> {
        let attempts = if method == Method::GET { self.options.get_attempts.max(1) } else { 1 };
        let mut delay = self.options.backoff;
        let mut attempt = 1;
        loop {
            let result = self.once(key, method.clone(), segments, body).await;
            metrics::counter!("assistants_api_requests_total", "endpoint" => endpoint, "status" => outcome(&result))
                .increment(1);
            match result {
                // A 429 asked for a wait longer than a quick retry's: it goes back to the caller.
                Err(e)
                    if e.is_transient()
                        && attempt < attempts
                        && !matches!(e, ApiError::RateLimited { .. }) =>
                {
                    tracing::debug!(%method, attempt, error = %e, "retrying a read");
                    tokio::time::sleep(delay).await;
                    delay *= 2;
                    attempt += 1;
                }
                result => return result,
            }
        }
    }

    async fn once<T: DeserializeOwned>(
        &self,
        key: &ApiKey,
        method: Method,
        segments: &[&str],
        body: Option<&impl Serialize>,
    ) -> Result<T, ApiError> {
        let mut header = HeaderValue::from_str(key.secret().expose_secret())
            .map_err(|_| ValidationError::Missing("a well-formed API key"))?;
        // Keeps the value out of reqwest's and hyper's Debug output.
        header.set_sensitive(true);
        let url = self.url(segments);
        let mut request =
            self.http.request(method.clone(), url.clone()).header("X-API-Key", header);
        if let Some(body) = body {
            request = request.json(body);
        }
        let started = Instant::now();
        let mut response = request.send().await.map_err(|e| ApiError::from_reqwest(&e))?;
        let status = response.status();
        let retry_after = retry_after(response.headers());
        // Read at most MAX_BODY: a misbehaving server must not make the bot buffer without end.
        let mut bytes = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| ApiError::from_reqwest(&e))? {
            if bytes.len() + chunk.len() > MAX_BODY {
                return Err(ApiError::Undecodable { status: status.as_u16() });
            }
            bytes.extend_from_slice(&chunk);
        }
        tracing::debug!(%method, path = url.path(), status = status.as_u16(), elapsed_ms = started.elapsed().as_millis() as u64, "assistants api call");
        decode(status, &bytes).map_err(|e| match e {
            ApiError::RateLimited { .. } => ApiError::RateLimited { retry_after },
            e => e,
        })
    }
}

/// The wait a `Retry-After` header asks for, in its seconds form (the date form is not used by
/// rate limiters in practice and is ignored).
fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let value = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?;
    value.trim().parse::<u64>().ok().map(Duration::from_secs)
}

/// The largest response body the client reads (the API's largest documented answer, a full
/// list, is far smaller).
pub const MAX_BODY: usize = 1024 * 1024;

/// The `status` label of a call: its HTTP status, or the kind of transport failure.
fn outcome<T>(result: &Result<T, ApiError>) -> String {
    match result {
        Ok(_) => "ok".to_owned(),
        Err(ApiError::Api(failure)) => failure.status.to_string(),
        Err(ApiError::Undecodable { status }) => status.to_string(),
        Err(ApiError::Timeout) => "timeout".to_owned(),
        Err(ApiError::Connect) => "connect".to_owned(),
        Err(ApiError::Transport(_)) => "transport".to_owned(),
        Err(ApiError::Invalid(_)) => "invalid".to_owned(),
        Err(ApiError::RateLimited { .. }) => "429".to_owned(),
        Err(ApiError::Forbidden) => "403".to_owned(),
    }
}

#[derive(serde::Deserialize)]
struct Data<T> {
    data: T,
}

fn decode<T: DeserializeOwned>(status: StatusCode, bytes: &[u8]) -> Result<T, ApiError> {
    if status.is_success() {
        return serde_json::from_slice::<Data<T>>(bytes)
            .map(|d| d.data)
            .map_err(|_| ApiError::Undecodable { status: status.as_u16() });
    }
    // Outside the reference: whatever the body, these say what happened.
    match status {
        StatusCode::TOO_MANY_REQUESTS => return Err(ApiError::RateLimited { retry_after: None }),
        StatusCode::FORBIDDEN => return Err(ApiError::Forbidden),
        _ => {}
    }
    match serde_json::from_slice::<Envelope>(bytes) {
        Ok(envelope) => Err(ApiError::Api(ApiFailure {
            status: status.as_u16(),
            code: envelope.error.code.as_str().into(),
            message: envelope.error.message,
            details: envelope.error.details,
        })),
        Err(_) => Err(ApiError::Undecodable { status: status.as_u16() }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_one_encoded_segment_under_any_base_path() {
        let client = ApiClient::new(
            Url::parse("https://example.com/prefix/").expect("url"),
            ClientOptions::default(),
        )
        .expect("client");
        let url = client.url(&["dep/../x?y", "status"]);
        assert_eq!(
            url.as_str(),
            "https://example.com/prefix/api/v1/assistants/dep%2F..%2Fx%3Fy/status"
        );
    }

    #[test]
    fn an_error_envelope_is_decoded_and_junk_is_not() {
        let body =
            br#"{"error":{"code":"INVALID_STATE","message":"nope","details":{"status":"active"}}}"#;
        let err = decode::<Assistant>(StatusCode::CONFLICT, body).expect_err("409");
        let ApiError::Api(failure) = err else { panic!("expected an API error") };
        assert_eq!(failure.status, 409);
        assert_eq!(failure.code, super::super::ErrorCode::InvalidState);
        assert_eq!(failure.details.expect("details")["status"], "active");
        assert!(matches!(
            decode::<Assistant>(StatusCode::BAD_GATEWAY, b"<html>"),
            Err(ApiError::Undecodable { status: 502 })
        ));
    }
}
