//! The page itself, from the bot's own server: its headers and its languages.

use assistants_bot::{i18n::Lang, storage::unix_now};

use super::en;
use crate::support::{
    app::{API_KEY, AppOptions, TestApp},
    fake_telegram::TestUser,
    forms::init_data,
};

#[tokio::test]
async fn the_page_comes_with_its_headers_in_the_users_language() {
    let app = TestApp::builder().webhook().spawn().await;
    let kai = TestUser::new(1721, "Kai").speaking("de");
    let prompt = app.say(&kai, "/setkey", &app.text(Lang::De, "setkey-ask")).await;
    assert!(prompt.text().contains(&Lang::De.t("form-offer")), "{}", prompt.text());
    assert_eq!(prompt.buttons()[0].0, Lang::De.t("form-button"));
    let form = app.form_of(&prompt).await;
    assert!(form.url.as_str().contains("lang=de"), "{}", form.url);

    let http = reqwest::Client::new();
    let page =
        http.get(format!("{}{}", app.server(), form.local_path())).send().await.expect("page");
    assert_eq!(page.status().as_u16(), 200);
    let headers = page.headers().clone();
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default();
    assert_eq!(header("content-type"), "text/html; charset=utf-8");
    assert_eq!(header("cache-control"), "no-store");
    assert_eq!(header("x-content-type-options"), "nosniff");
    let csp = header("content-security-policy");
    for directive in [
        "default-src 'none'",
        "script-src 'self' https://telegram.org",
        "connect-src 'self'",
        // Framed by Telegram's web clients only.
        "frame-ancestors https://web.telegram.org https://webk.telegram.org https://webz.telegram.org",
    ] {
        assert!(csp.contains(directive), "{csp}");
    }
    assert!(headers.get("x-frame-options").is_none(), "Telegram's web clients frame Mini Apps");
    let html = page.text().await.expect("html");
    assert!(html.contains(r#"<html lang="de" dir="ltr">"#));
    assert!(html.contains(&Lang::De.t("form-title-api-key")));
    assert!(
        html.contains(r#"<script src="https://telegram.org/js/telegram-web-app.js"></script>"#)
    );
    assert!(html.contains(r#"type="password""#));

    for (asset, kind) in [("form.js", "text/javascript"), ("form.css", "text/css")] {
        let url = format!("{}/form/{asset}", app.server());
        let answer = http.get(url).send().await.expect("asset");
        assert_eq!(answer.status().as_u16(), 200);
        let content_type = answer.headers()["content-type"].to_str().expect("ascii");
        assert_eq!(content_type, format!("{kind}; charset=utf-8"));
        assert_eq!(answer.headers()["cache-control"], "no-store");
        assert!(answer.headers().contains_key("content-security-policy"));
    }
    let nowhere = http.get(format!("{}/form?kind=password", app.server())).send().await;
    assert_eq!(nowhere.expect("answer").status().as_u16(), 404);

    // The page's answers speak its language too.
    let stale = app.submit_form(&form, &init_data(&kai, unix_now() - 3600), API_KEY).await;
    let expected = Lang::De.t_args("form-refused-stale", &[("minutes", 10i64.into())]);
    assert_eq!((stale.status, stale.message()), (401, expected.as_str()));
    let saved = app.submit_form(&form, &init_data(&kai, unix_now()), API_KEY).await;
    assert_eq!(saved.status, 200);
    assert!(saved.message().starts_with("Gespeichert ••••6789"), "{}", saved.message());
    assert_ne!(saved.message(), en("form-done"));
}

#[tokio::test]
async fn under_a_public_url_with_a_path_the_form_keeps_it() {
    let mut options = AppOptions::webhook();
    options.public_url = Some(url::Url::parse("https://bot.example.com/bot").expect("url"));
    let app = TestApp::builder().options(options).spawn().await;
    let lou = TestUser::new(1722, "Lou");
    let prompt = app.say(&lou, "/setkey", &app.en("setkey-ask")).await;
    let form = app.form_of(&prompt).await;
    assert!(form.url.as_str().starts_with("https://bot.example.com/bot/form?"), "{}", form.url);

    let http = reqwest::Client::new();
    let page = http.get(format!("{}{}", app.server(), form.local_path())).send().await;
    let html = page.expect("page").text().await.expect("html");
    assert!(html.contains(r#"<script src="/bot/form/form.js" defer></script>"#), "{html}");
    let script = http.get(format!("{}/bot/form/form.js", app.server())).send().await;
    assert_eq!(script.expect("script").status().as_u16(), 200);
    let outside = http.get(format!("{}/form?kind=api-key", app.server())).send().await;
    assert_eq!(outside.expect("answer").status().as_u16(), 404, "nothing outside the prefix");
    let saved = app.submit_form(&form, &init_data(&lou, unix_now()), API_KEY).await;
    assert_eq!(saved.status, 200, "{:?}", saved.body);
}
