//! The bot's own URLs under `PUBLIC_URL`: deployment callbacks (`/callbacks/<token>`, served
//! by [`callbacks`](crate::callbacks)) and the secure form (`/form`, served by
//! [`webapp`](crate::webapp)). Both are made by `service` calls and held by the
//! [`App`](crate::app::App); without a public URL there are none.

use url::Url;

use crate::{
    config::endpoint,
    i18n::Lang,
    storage::{new_token, token_hash},
};

/// Random bytes in a callback URL's token.
pub const CALLBACK_TOKEN_BYTES: usize = 32;

/// Makes callback URLs, when the bot has a public URL.
#[derive(Debug, Clone, Default)]
pub struct CallbackUrls {
    public: Option<Url>,
}

impl CallbackUrls {
    /// Callback URLs under `public` (none when `None`).
    pub fn new(public: Option<Url>) -> Self {
        Self { public }
    }

    /// A fresh callback URL with a new token, and the hash to store once the API has taken
    /// it (storing it earlier would break the working callback when the call fails); `None`
    /// when the bot has no public URL.
    pub fn fresh(&self) -> Option<FreshCallback> {
        let public = self.public.as_ref()?;
        let token = new_token::<CALLBACK_TOKEN_BYTES>();
        let url = endpoint(public, &["callbacks", &token]).to_string();
        Some(FreshCallback { url, hash: token_hash(&token) })
    }

    /// The path `PUBLIC_URL` puts in front of every route (`/bot` for
    /// `https://host/bot`), or `""`. The proxy in front forwards paths unchanged.
    pub fn path_prefix(&self) -> String {
        self.public.as_ref().map(|p| p.path().trim_end_matches('/').to_owned()).unwrap_or_default()
    }
}

/// A callback URL not yet given to the API. `Debug` leaves out the URL, which carries the
/// live token.
#[derive(Clone)]
pub struct FreshCallback {
    /// The URL for the API.
    pub url: String,
    /// What to store of its token.
    pub hash: String,
}

impl std::fmt::Debug for FreshCallback {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FreshCallback").field("hash", &self.hash).finish_non_exhaustive()
    }
}

/// Where the form lives: `PUBLIC_URL/form`, when the bot has a public URL.
#[derive(Debug, Clone, Default)]
pub struct FormLinks {
    public: Option<Url>,
}

impl FormLinks {
    /// Links under `public` (none when `None`: the form is offered only with a public URL).
    pub fn new(public: Option<Url>) -> Self {
        Self { public }
    }

    /// The form's path on the bot's HTTP server (`/bot/form` for `https://host/bot`).
    pub fn path(&self) -> Option<String> {
        self.public.as_ref().map(|public| endpoint(public, &["form"]).path().into())
    }

    /// The URL a form button opens: the page, with the nonce, the kind of secret and the
    /// language to speak (`kind` is a `SecretKind`'s code). Telegram appends its launch parameters in the fragment.
    pub fn url(&self, nonce: &str, kind: &str, lang: Lang) -> Option<Url> {
        let mut url = endpoint(self.public.as_ref()?, &["form"]);
        url.query_pairs_mut()
            .append_pair("kind", kind)
            .append_pair("lang", lang.code())
            .append_pair("nonce", nonce);
        Some(url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_lives_under_the_public_url() {
        let public = Url::parse("https://host.example/bot").expect("url");
        let links = FormLinks::new(Some(public));
        assert_eq!(links.path().as_deref(), Some("/bot/form"));
        let url = links.url("n0nce", "model-key", Lang::De).expect("a url");
        assert_eq!(
            url.as_str(),
            "https://host.example/bot/form?kind=model-key&lang=de&nonce=n0nce"
        );
        assert!(FormLinks::new(None).url("n0nce", "api-key", Lang::En).is_none());
    }
}
