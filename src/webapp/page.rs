//! The form's page: static HTML, CSS and JS compiled into the binary. The HTML is filled in
//! on the server with the texts of one language and one kind of secret; the script finds
//! its texts in a JSON data block (a script may not be inline under the page's CSP).

use crate::{i18n::Lang, present::forms, service::input::SecretKind};

const HTML: &str = include_str!("assets/form.html");
/// The page's style sheet.
pub const CSS: &str = include_str!("assets/form.css");
/// The page's script.
pub const JS: &str = include_str!("assets/form.js");

/// The browser's check of a secret's shape before it is sent (a JS regular expression). The
/// server checks again, as it checks a pasted secret; these only spare a round trip and may
/// be looser, never stricter.
fn pattern(kind: SecretKind) -> &'static str {
    match kind {
        // Anything without spaces: only the API can tell a key.
        SecretKind::ApiKey => r"^\S{1,500}$",
        // `service::input::looks_like_bot_token`.
        SecretKind::BotToken => r"^[0-9]{3,16}:[A-Za-z0-9_-]{30,80}$",
        // `service::input::model_key`.
        SecretKind::ModelKey => r"^\S{8,500}$",
    }
}

/// The page for a secret of `kind`, in `lang`; `base` is the path the form is served at, and
/// `dashboard` the service's website (where API keys are made).
pub fn render(lang: Lang, kind: SecretKind, base: &str, dashboard: &str) -> String {
    let text = forms::page_text(lang, kind, dashboard);
    let script_text: serde_json::Map<String, serde_json::Value> = text
        .iter()
        .filter(|(name, _)| SCRIPT_TEXT.contains(name))
        .map(|(name, value)| ((*name).to_owned(), value.clone().into()))
        .collect();
    let json = serde_json::Value::Object(script_text).to_string();
    let mut page = HTML
        .replace("{{lang}}", lang.code())
        .replace("{{dir}}", if lang.is_rtl() { "rtl" } else { "ltr" })
        .replace("{{base}}", &escape(base))
        .replace("{{pattern}}", &escape(pattern(kind)))
        // `<` cannot end the data block early once escaped; JSON reads it back the same.
        .replace("{{text_json}}", &json.replace('<', "\\u003c"));
    for (name, value) in &text {
        page = page.replace(&format!("{{{{{name}}}}}"), &escape(value));
    }
    page
}

/// The texts the script reads (the rest are in the HTML).
const SCRIPT_TEXT: [&str; 8] =
    ["account", "show", "hide", "checking", "format", "outside", "unreachable", "close"];

/// Text made safe for HTML content and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const DASHBOARD: &str = "https://getclaw.sh";

    #[test]
    fn every_placeholder_is_filled_in_every_language() {
        for lang in Lang::ALL {
            for &kind in SecretKind::ALL {
                let page = render(lang, kind, "/bot/form", DASHBOARD);
                assert!(!page.contains("{{"), "{lang} {kind:?}: {page}");
                assert!(page.contains(r#"<link rel="stylesheet" href="/bot/form/form.css">"#));
                let dir = if lang.is_rtl() { "rtl" } else { "ltr" };
                let html = format!("<html lang=\"{}\" dir=\"{dir}\">", lang.code());
                assert!(page.contains(&html), "{lang}");
                // Whose account it saves to, for the script to fill in.
                let account = forms::page_text(lang, kind, DASHBOARD)
                    .into_iter()
                    .find(|(n, _)| *n == "account");
                assert!(account.is_some_and(|(_, a)| a.matches(forms::WHO).count() == 1), "{lang}");
            }
        }
    }

    #[test]
    fn texts_are_escaped_and_the_data_block_cannot_be_closed() {
        assert_eq!(escape(r#"<a href="x">&'"#), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
        let page = render(Lang::En, SecretKind::BotToken, "/form", DASHBOARD);
        let block = page.split(r#"<script type="application/json" id="text">"#).nth(1);
        let json = block.and_then(|b| b.split("</script>").next()).expect("the data block");
        let parsed: serde_json::Value = serde_json::from_str(json).expect("JSON");
        assert_eq!(parsed["hide"], "Hide");
        assert_eq!(parsed["account"], "Saving for {who}. Not you? Close this form.");
        assert!(parsed["format"].as_str().is_some_and(|f| f.contains("bot token")));
    }
}
