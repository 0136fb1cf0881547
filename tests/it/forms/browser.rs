//! The form in a real browser: headless Chromium, driven through WebDriver, opens the page as
//! Telegram's client would (launch parameters with signed `tgWebAppData` in the URL
//! fragment), with a stub `window.Telegram.WebApp` in place of Telegram's script, which
//! cannot load offline, and the webview bridge Telegram's mobile apps inject
//! (`TelegramWebviewProxy`). Someone types a key and submits; the page says it is saved, the
//! key is in the database, sealed, and the chat's prompt is edited. In a plain browser tab
//! (no bridge, no frame) the page takes nothing.

use std::time::Duration;

use assistants_bot::{i18n::Lang, service::input, storage::unix_now};
use fantoccini::Locator;
use serde_json::json;

use super::en;
use crate::support::{
    app::{API_KEY, TestApp},
    browser::{self, Browser},
    fake_telegram::TestUser,
    forms::{Offered, init_data},
};

/// What Telegram's script gives a page, for the page to find before its own script runs:
/// the launch parameters read from the fragment (as telegram-web-app.js reads them), the
/// colour scheme from the background's brightness, and the methods the page calls, recorded.
const STUB: &str = r#"(function () {
  var params = {};
  window.location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
    var at = pair.indexOf('=');
    if (at > 0) {
      params[decodeURIComponent(pair.slice(0, at))] = decodeURIComponent(pair.slice(at + 1));
    }
  });
  var theme = {};
  try { theme = JSON.parse(params.tgWebAppThemeParams || '{}'); } catch (e) {}
  var bg = parseInt((theme.bg_color || '#ffffff').slice(1), 16);
  var brightness = ((bg >> 16) * 299 + ((bg >> 8) & 255) * 587 + (bg & 255) * 114) / 1000;
  var calls = [];
  var record = function (name) { return function (arg) { calls.push(arg ? name + ':' + arg : name); }; };
  // initDataUnsafe: the launch data's fields, `user` parsed, as Telegram's script gives it.
  var initData = params.tgWebAppData || '';
  var unsafe = {};
  initData.split('&').forEach(function (pair) {
    var at = pair.indexOf('=');
    if (at < 1) return;
    var value = decodeURIComponent(pair.slice(at + 1).replace(/\+/g, '%20'));
    var key = decodeURIComponent(pair.slice(0, at));
    try { unsafe[key] = key === 'user' ? JSON.parse(value) : value; } catch (e) {}
  });
  window.Telegram = { WebApp: {
    initData: initData,
    initDataUnsafe: unsafe,
    version: params.tgWebAppVersion || '6.0',
    platform: params.tgWebAppPlatform || 'unknown',
    themeParams: theme,
    colorScheme: brightness < 128 ? 'dark' : 'light',
    ready: record('ready'),
    expand: record('expand'),
    close: record('close'),
    onEvent: function () {},
    HapticFeedback: { notificationOccurred: record('haptic') },
    stubCalls: calls
  } };
  window.TelegramWebviewProxy = { postEvent: function () {} };
})();"#;

/// The line of [`STUB`] that makes the page a Telegram app's webview.
const WEBVIEW: &str = "window.TelegramWebviewProxy = { postEvent: function () {} };";

/// Telegram's day theme.
fn light() -> serde_json::Value {
    json!({
        "bg_color": "#ffffff", "text_color": "#000000", "hint_color": "#707579",
        "link_color": "#2481cc", "button_color": "#2481cc", "button_text_color": "#ffffff",
        "secondary_bg_color": "#efeff3", "destructive_text_color": "#e53935",
    })
}

/// Telegram's night theme.
fn dark() -> serde_json::Value {
    json!({
        "bg_color": "#17212b", "text_color": "#f5f5f5", "hint_color": "#708499",
        "link_color": "#6ab3f3", "button_color": "#5288c1", "button_text_color": "#ffffff",
        "secondary_bg_color": "#232e3c", "destructive_text_color": "#ec3942",
    })
}

/// The form's URL on the bot's own server, with the launch parameters Telegram appends.
fn launch_url(app: &TestApp, form: &Offered, user: &TestUser, theme: &serde_json::Value) -> String {
    let fragment = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("tgWebAppData", &init_data(user, unix_now()))
        .append_pair("tgWebAppVersion", "9.1")
        .append_pair("tgWebAppPlatform", "android")
        .append_pair("tgWebAppThemeParams", &theme.to_string())
        .finish();
    format!("{}{}#{fragment}", app.server(), form.local_path())
}

/// Opens the /setkey form of `user` in a fresh browser, as a Telegram app's webview would.
async fn open(app: &TestApp, user: &TestUser, theme: &serde_json::Value) -> Option<(Browser, i32)> {
    open_with(app, user, theme, Lang::En, STUB).await
}

/// Opens the /setkey form of `user`, whose Telegram speaks `lang`, in a fresh browser.
async fn open_in(
    app: &TestApp,
    user: &TestUser,
    theme: &serde_json::Value,
    lang: Lang,
) -> Option<(Browser, i32)> {
    open_with(app, user, theme, lang, STUB).await
}

/// Opens the /setkey form of `user`, whose Telegram speaks `lang`, in a fresh browser, with
/// `stub` for Telegram's script.
async fn open_with(
    app: &TestApp,
    user: &TestUser,
    theme: &serde_json::Value,
    lang: Lang,
    stub: &str,
) -> Option<(Browser, i32)> {
    let tools = browser::tools()?;
    let user = &user.clone().speaking(lang.code());
    let prompt = app.say(user, "/setkey", &app.text(lang, "setkey-ask")).await;
    let form = app.form_of(&prompt).await;
    let browser = Browser::start(&tools).await;
    browser.before_scripts(stub).await;
    browser.client.goto(&launch_url(app, &form, user, theme)).await.expect("the page opens");
    let prompt_id = prompt.message_id.expect("a sent prompt") as i32;
    Some((browser, prompt_id))
}

/// "Saving for <who>. Not you? Close this form." in English.
fn saving_for(who: &str) -> String {
    Lang::En.t_args("form-account", &[("who", who.to_owned().into())])
}

#[tokio::test]
async fn a_key_typed_into_the_form_in_a_browser_is_saved() {
    let app = TestApp::builder().webhook().spawn().await;
    let lia = TestUser::new(1731, "Lia");
    let Some((browser, prompt)) = open(&app, &lia, &light()).await else { return };
    let page = &browser.client;

    // Whose account the key goes to, above the field.
    let account = page.find(Locator::Css("#account")).await.expect("the account line");
    assert_eq!(account.text().await.expect("text"), saving_for("Lia (@lia)"));

    // The theme came from the launch parameters.
    let background = browser.eval("return getComputedStyle(document.body).backgroundColor").await;
    assert_eq!(background, "rgb(255, 255, 255)");
    let input = page.find(Locator::Css("#secret")).await.expect("the field");
    assert_eq!(input.attr("type").await.expect("type").as_deref(), Some("password"));
    page.find(Locator::Css("#toggle")).await.expect("toggle").click().await.expect("click");
    assert_eq!(input.attr("type").await.expect("type").as_deref(), Some("text"));
    page.find(Locator::Css("#toggle")).await.expect("toggle").click().await.expect("click");

    // The format check runs before anything is sent.
    input.send_keys("two words").await.expect("typing");
    let save = page.find(Locator::Css("#save")).await.expect("save");
    save.click().await.expect("click");
    let status = page.find(Locator::Css("#status")).await.expect("status");
    assert_eq!(status.text().await.expect("text"), en("form-format-api-key"));
    assert_eq!(app.sim.handle().count_requests("GET", "/api/v1/assistants"), 0);

    input.clear().await.expect("clear");
    input.send_keys(API_KEY).await.expect("typing");
    let seen = app.tg.call_count();
    save.click().await.expect("click");
    let done = page
        .wait()
        .at_most(Duration::from_secs(15))
        .for_element(Locator::Css("#done:not([hidden])"));
    done.await.expect("the page says it is saved");
    let success = page.find(Locator::Css("#success")).await.expect("success");
    let said = success.text().await.expect("text");
    assert!(said.contains("Saved ••••6789"), "{said}");

    let edited = app.edit_after(seen, lia.id, "Saved ••••6789").await;
    assert_eq!(edited.body["message_id"], prompt);
    assert_eq!(app.key_mask(lia.id).await.as_deref(), Some("••••6789"), "the key");
    let calls = browser.eval("return window.Telegram.WebApp.stubCalls").await;
    assert_eq!(calls, json!(["ready", "expand", "haptic:success"]));

    // The browser's format checks agree with the server's on what they let through.
    let samples = [
        "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_",
        "12:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
        "123456789:short",
        "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALD saw",
        "sk-ant-api03-abcdef",
        "sk short",
        "1234567",
    ];
    for kind in ["bot-token", "model-key"] {
        page.goto(&format!("{}/form?kind={kind}&lang=en", app.server())).await.expect("page");
        let script = "const p = new RegExp(document.getElementById('app').dataset.pattern);\
            return arguments[0].map(s => p.test(s));";
        let passed = page.execute(script, vec![json!(samples)]).await.expect("the check runs");
        let server: Vec<bool> = samples
            .iter()
            .map(|s| match kind {
                "bot-token" => input::looks_like_bot_token(s),
                _ => input::model_key(s).is_ok(),
            })
            .collect();
        assert_eq!(passed, json!(server), "{kind}");
    }
    browser.close().await;
}

/// Someone sends a link to the real form, with their own form and their own fresh launch data
/// in it, hoping the one who opens it types their key there: the page says, above the field,
/// whose account it saves to. The name is shown as text, never as markup.
#[tokio::test]
async fn the_page_says_whose_account_a_secret_goes_to() {
    let app = TestApp::builder().webhook().spawn().await;
    let mallory = TestUser {
        first_name: "<img src=x id=injected> Mal".to_owned(),
        ..TestUser::new(1746, "Mallory")
    };
    let Some((browser, _)) = open(&app, &mallory, &light()).await else { return };
    let page = &browser.client;
    let account = page.find(Locator::Css("#account")).await.expect("the account line");
    let said = account.text().await.expect("text");
    assert_eq!(said, saving_for("<img src=x id=injected> Mal (@mallory)"));
    assert!(account.is_displayed().await.expect("shown"), "the line is visible");
    let above = "const a = document.getElementById('account').getBoundingClientRect();\
        const f = document.getElementById('secret').getBoundingClientRect();\
        return a.height > 0 && a.bottom <= f.top;";
    assert_eq!(browser.eval(above).await, json!(true), "the line is above the field");
    assert_eq!(
        browser.eval("return document.querySelectorAll('img, #injected').length").await,
        json!(0)
    );
    browser.close().await;

    // Without a username, the name alone.
    let nameless = TestUser { username: None, ..TestUser::new(1747, "Noa") };
    let Some((browser, _)) = open(&app, &nameless, &dark()).await else { return };
    let account = browser.client.find(Locator::Css("#account")).await.expect("the account line");
    assert_eq!(account.text().await.expect("text"), saving_for("Noa"));
    browser.close().await;
}

/// A link to the real form, carrying its sender's nonce and freshly signed launch data,
/// opened in a plain browser tab: the page is neither in a Telegram app's webview nor framed
/// by Telegram's web client, so it says where to open it and takes nothing.
#[tokio::test]
async fn the_page_takes_nothing_in_a_plain_browser_tab() {
    let app = TestApp::builder().webhook().spawn().await;
    let sam = TestUser::new(1748, "Sam");
    let plain_tab = STUB.replace(WEBVIEW, "");
    let Some((browser, _)) = open_with(&app, &sam, &light(), Lang::En, &plain_tab).await else {
        return;
    };
    let page = &browser.client;
    let status = page.find(Locator::Css("#status")).await.expect("status");
    assert_eq!(status.text().await.expect("text"), en("form-outside-telegram"));
    let save = page.find(Locator::Css("#save")).await.expect("save");
    assert!(!save.is_enabled().await.expect("enabled"), "the save button is off");
    let input = page.find(Locator::Css("#secret")).await.expect("the field");
    assert!(!input.is_enabled().await.expect("enabled"), "the field is off");
    assert_eq!(browser.eval("return document.getElementById('account').hidden").await, json!(true));
    assert_eq!(app.key_mask(sam.id).await, None, "nothing was saved");
    browser.close().await;
}

/// In Arabic the page reads right to left and its layout mirrors: the Show button sits left
/// of the field, the account line's bar on its right; the secret itself stays left to right.
#[tokio::test]
async fn the_form_mirrors_right_to_left_in_arabic() {
    let app = TestApp::builder().webhook().spawn().await;
    let amal = TestUser::new(1749, "Amal");
    let Some((browser, _)) = open_in(&app, &amal, &light(), Lang::Ar).await else { return };
    let mirrored = "const t = document.getElementById('toggle').getBoundingClientRect();\
        const f = document.getElementById('secret').getBoundingClientRect();\
        const a = getComputedStyle(document.getElementById('account'));\
        return [document.documentElement.dir, document.documentElement.lang,\
            t.right <= f.left, a.borderRightWidth, a.borderLeftWidth,\
            getComputedStyle(document.getElementById('secret')).direction];";
    assert_eq!(browser.eval(mirrored).await, json!(["rtl", "ar", true, "4px", "0px", "ltr"]));
    browser.close().await;
}

/// Writes docs/webapp-light.png and docs/webapp-dark.png (the form on a phone, in Telegram's
/// day and night themes), and docs/webapp-ar.png and docs/webapp-hi.png (Arabic, right to
/// left, and Hindi, by day). `cargo test --test it screenshots -- --ignored`. Hindi needs a
/// Devanagari font on the machine (Debian's fonts-lohit-deva), or its letters come out as boxes.
#[tokio::test]
#[ignore = "writes the screenshots in docs/"]
async fn screenshots() {
    let app = TestApp::builder().webhook().spawn().await;
    let docs = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
    std::fs::create_dir_all(&docs).expect("docs/");
    let shots = [
        ("light", light(), Lang::En),
        ("dark", dark(), Lang::En),
        ("ar", light(), Lang::Ar),
        ("hi", light(), Lang::Hi),
    ];
    for (n, (name, theme, lang)) in shots.into_iter().enumerate() {
        let user = TestUser::new(1740 + n as i64, "Mia");
        let Some((browser, _)) = open_in(&app, &user, &theme, lang).await else { return };
        let input = browser.client.find(Locator::Css("#secret")).await.expect("the field");
        input.send_keys("sk_live_example_0000").await.expect("typing");
        let png = browser.client.screenshot().await.expect("a screenshot");
        std::fs::write(docs.join(format!("webapp-{name}.png")), png).expect("written");
        browser.close().await;
    }
}
