//! The secure form as Telegram's client and the page drive it: launch data signed with the
//! test bot's token (computed here with RustCrypto, apart from the bot's own checker), the
//! form's URL taken from a prompt's `web_app` button, and the page's POST.

use hmac::{Hmac, Mac as _};
use serde_json::{Value, json};
use sha2::Sha256;

use super::{
    app::TestApp,
    fake_telegram::{BOT_TOKEN, Call, TestUser},
};

/// `user`'s launch data as Telegram gives it to a Mini App opened from an inline button in
/// the private chat, signed with the test bot's token, dated `auth_date`.
pub fn init_data(user: &TestUser, auth_date: i64) -> String {
    init_data_signed_with(BOT_TOKEN, user, auth_date)
}

/// The same, signed with `token` (another bot's, for a forgery).
pub fn init_data_signed_with(token: &str, user: &TestUser, auth_date: i64) -> String {
    let user_json = json!({
        "id": user.id,
        "first_name": user.first_name,
        "username": user.username,
        "language_code": user.language_code,
        "allows_write_to_pm": true,
    });
    let mut fields = vec![
        ("auth_date".to_owned(), auth_date.to_string()),
        ("chat_instance".to_owned(), "-8134722200314281151".to_owned()),
        ("chat_type".to_owned(), "private".to_owned()),
        // Telegram adds an Ed25519 signature for third parties; the bot's check keeps it in
        // the data-check-string like any field but `hash`.
        ("signature".to_owned(), "dGhpcmQtcGFydHktc2lnbmF0dXJl".to_owned()),
        ("user".to_owned(), user_json.to_string()),
    ];
    fields.sort();
    let check: Vec<String> = fields.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let mut secret = Hmac::<Sha256>::new_from_slice(b"WebAppData").expect("any key length");
    secret.update(token.as_bytes());
    let secret = secret.finalize().into_bytes();
    let mut mac = Hmac::<Sha256>::new_from_slice(&secret).expect("any key length");
    mac.update(check.join("\n").as_bytes());
    let hash: String = mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
    fields.push(("hash".to_owned(), hash));
    url::form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish()
}

/// The form a prompt offers: its public URL and its nonce.
#[derive(Debug, Clone)]
pub struct Offered {
    /// The URL of the `web_app` button.
    pub url: url::Url,
    /// The nonce in it.
    pub nonce: String,
}

impl Offered {
    /// The form of `prompt`'s `web_app` button.
    pub fn of(prompt: &Call) -> Self {
        let raw =
            prompt.web_app_url().unwrap_or_else(|| panic!("a form button: {:?}", prompt.body));
        let url = url::Url::parse(&raw).expect("a URL");
        let nonce = url
            .query_pairs()
            .find(|(k, _)| k == "nonce")
            .map(|(_, v)| v.into_owned())
            .expect("a nonce");
        Self { url, nonce }
    }

    /// The path and query, for the bot's own server.
    pub fn local_path(&self) -> String {
        format!("{}?{}", self.url.path(), self.url.query().unwrap_or_default())
    }
}

/// What the form's server answered.
#[derive(Debug)]
pub struct Answer {
    /// The HTTP status.
    pub status: u16,
    /// The JSON body (`ok`, `message`).
    pub body: Value,
}

impl Answer {
    /// The message the page shows.
    pub fn message(&self) -> &str {
        self.body["message"].as_str().unwrap_or_default()
    }
}

impl TestApp {
    /// The form `prompt` offers, once the bot is done with the update that sent it (a person
    /// takes longer to open a form than the bot takes to bind it to its prompt and to write
    /// the conversation's state; a test does not).
    pub async fn form_of(&self, prompt: &Call) -> Offered {
        self.settled().await;
        Offered::of(prompt)
    }

    /// The base URL of the bot's own HTTP server.
    pub fn server(&self) -> String {
        format!("http://{}", self.http_addr.expect("the bot has an HTTP server"))
    }

    /// Submits the form as the page does: `{initData, nonce, secret}` as JSON.
    pub async fn submit_form(&self, form: &Offered, init_data: &str, secret: &str) -> Answer {
        let body = json!({ "initData": init_data, "nonce": form.nonce, "secret": secret });
        self.post_form(&form.local_path(), body.to_string().into_bytes()).await
    }

    /// Posts `body` to the form's `path` (a raw body, for refusals).
    pub async fn post_form(&self, path: &str, body: Vec<u8>) -> Answer {
        let response = reqwest::Client::new()
            .post(format!("{}{path}", self.server()))
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .expect("the form's server answers");
        let status = response.status().as_u16();
        let body = response.json().await.unwrap_or(Value::Null);
        Answer { status, body }
    }
}
