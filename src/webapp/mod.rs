//! The secure form: a Telegram Mini App the bot serves itself under `PUBLIC_URL/form`, so a
//! secret goes from a password field straight to this server and never becomes a message.
//!
//! - [`init_data`]: Telegram's signed launch data, checked as Telegram documents it.
//! - `page`: the page (HTML, CSS and JS compiled in), filled in per language and secret kind.
//! - `submit`: the POST that checks everything and hands the secret to the conversation.
//! - `relay`: a standby's hand-offs, relayed through the database to the leader
//!   ([`serve_relayed`]), which alone changes conversations.
//!
//! Every answer carries a Content-Security-Policy that lets the page load only from this
//! origin and Telegram's script, `Cache-Control: no-store` and `nosniff`. Only Telegram's
//! web clients may frame it (`frame-ancestors`): they show Mini Apps in a frame. The page
//! itself takes no secret outside a Telegram client, so a plain link to it (carrying someone
//! else's nonce and launch data) leads nowhere.

pub mod init_data;
mod page;
mod relay;
mod submit;

pub use relay::serve_relayed;

use std::sync::Arc;

use axum::{
    Router,
    extract::{Query, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};
use secrecy::{ExposeSecret as _, SecretString};
use serde::Deserialize;

use crate::{
    app::{App, TgBot},
    i18n::Lang,
    service::input::SecretKind,
};
use init_data::Verifier;

/// The largest submission read.
pub const MAX_BODY: usize = 8 * 1024;
/// The oldest launch data accepted, in seconds.
pub const MAX_AGE_SECS: i64 = 10 * 60;

/// The page may load its own files and Telegram's script, talk to this origin only, submit
/// no HTML form (the script posts JSON; a form submitted without it would put the secret in
/// a URL), and be framed only by Telegram's web clients (its apps show it in a webview of
/// their own, which no frame rule touches).
const CSP: &str = "default-src 'none'; script-src 'self' https://telegram.org; \
    style-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; \
    frame-ancestors https://web.telegram.org https://webk.telegram.org https://webz.telegram.org";

/// What the form's routes share.
struct Form {
    app: App,
    bot: TgBot,
    verifier: Verifier,
    /// Relay every hand-off to the leader, even when this replica leads (tests of the relay).
    relay_always: bool,
}

/// `?lang=` of the page and of its POST.
#[derive(Debug, Deserialize)]
struct LangQuery {
    lang: Option<String>,
}

impl LangQuery {
    fn lang(&self) -> Lang {
        self.lang.as_deref().and_then(Lang::negotiate).unwrap_or_default()
    }
}

/// `?kind=&lang=` of the page.
#[derive(Debug, Deserialize)]
struct PageQuery {
    kind: Option<String>,
    #[serde(flatten)]
    lang: LangQuery,
}

/// The form's routes, at `app.forms.path()`; `None` without a public URL. A submission that
/// reaches a standby is relayed to the leader; `relay_always` relays it from the leader too
/// (to test the relay in one process).
pub fn router(app: App, bot: TgBot, token: &SecretString, relay_always: bool) -> Option<Router> {
    let path = app.forms.path()?;
    let verifier = Verifier::new(token.expose_secret());
    let form = Arc::new(Form { app, bot, verifier, relay_always });
    let routes = Router::new()
        .route(&path, get(show).post(submit::submit))
        .route(&format!("{path}/form.css"), get(|| asset("text/css", page::CSS)))
        .route(&format!("{path}/form.js"), get(|| asset("text/javascript", page::JS)))
        .layer(axum::middleware::map_response(guard))
        .with_state(form);
    Some(routes)
}

async fn show(State(form): State<Arc<Form>>, Query(query): Query<PageQuery>) -> Response {
    let Some(kind) = query.kind.as_deref().and_then(SecretKind::from_code) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let base = form.app.forms.path().unwrap_or_default();
    let html = page::render(query.lang.lang(), kind, &base, &form.app.dashboard());
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response()
}

async fn asset(kind: &'static str, body: &'static str) -> Response {
    let content_type = format!("{kind}; charset=utf-8");
    ([(header::CONTENT_TYPE, content_type)], body).into_response()
}

/// The headers every answer of the form carries.
async fn guard(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    response
}
