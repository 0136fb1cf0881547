//! Twelve languages through the running bot: /start in each, the command menus registered per
//! language and scope, /language offering them all, and Arabic's isolated values.

use std::time::Duration;

use assistants_bot::{
    i18n::Lang,
    present::commands::{self as menus, Menu},
};
use serde_json::Value;

use crate::support::{
    app::TestApp,
    fake_telegram::{Call, TestUser},
};

/// A Telegram `language_code` for each language, regional where clients send one.
const CLIENT_CODES: [(Lang, &str); 12] = [
    (Lang::En, "en"),
    (Lang::Es, "es-MX"),
    (Lang::PtBr, "pt-br"),
    (Lang::De, "de-AT"),
    (Lang::Ru, "ru"),
    (Lang::Uk, "uk-UA"),
    (Lang::Tr, "tr"),
    (Lang::Uz, "uz"),
    (Lang::Id, "id"),
    (Lang::Hi, "hi"),
    (Lang::Ar, "ar"),
    (Lang::Fa, "fa-IR"),
];

#[tokio::test]
async fn start_welcomes_each_user_in_their_language() {
    let app = TestApp::builder().spawn().await;
    let english = Lang::En.t("start-welcome");
    let mut wrong = Vec::new();
    for (n, (lang, code)) in CLIENT_CODES.into_iter().enumerate() {
        let user = TestUser::new(2600 + n as i64, "Sam").speaking(code);
        let seen = app.tg.call_count();
        app.tg.send_text(user.id, &user, "/start");
        let reply = app.tg.next_message(seen, user.id).await;
        let welcome = lang.t("start-welcome");
        if !reply.text().starts_with(&welcome) {
            wrong.push(format!("{lang} ({code}): {:?}", reply.text()));
        } else if lang != Lang::En && reply.text().starts_with(&english) {
            wrong.push(format!("{lang} ({code}): still English"));
        }
    }
    assert!(wrong.is_empty(), "/start not in the user's language:\n{}", wrong.join("\n"));
}

/// The scope type Telegram is told for each menu.
const SCOPES: [(Menu, &str); 3] = [
    (Menu::Private, "all_private_chats"),
    (Menu::GroupMembers, "all_group_chats"),
    (Menu::GroupAdmins, "all_chat_administrators"),
];

#[tokio::test]
async fn a_command_menu_is_set_for_each_language_and_scope() {
    let alice = TestUser::new(2620, "Alice");
    let app = TestApp::builder().spawn().await;
    // Answering a command proves start-up, menu registration included, is over.
    app.tg.send_text(alice.id, &alice, "/help");
    app.tg.next_message(0, alice.id).await;
    assert!(app.tg.refused().iter().all(|c| !c.is("SetMyCommands")), "Telegram refused a menu");
    let calls = app.tg.calls_of("SetMyCommands");
    assert_eq!(calls.len(), SCOPES.len() * Lang::ALL.len());
    for (menu, scope) in SCOPES {
        for lang in Lang::ALL {
            // English is each scope's default; the others go by their two-letter code.
            let code = (lang != Lang::En).then(|| lang.iso639_1());
            let call = calls
                .iter()
                .find(|c| {
                    c.body["scope"]["type"] == scope
                        && c.body.get("language_code").and_then(Value::as_str) == code
                })
                .unwrap_or_else(|| panic!("no {scope} menu for {lang}"));
            let sent: Vec<(&str, &str)> = call.body["commands"]
                .as_array()
                .expect("commands")
                .iter()
                .map(|c| {
                    (c["command"].as_str().unwrap_or(""), c["description"].as_str().unwrap_or(""))
                })
                .collect();
            let expected = menus::menu(lang, menu);
            let expected: Vec<(&str, &str)> =
                expected.iter().map(|c| (c.command.as_str(), c.description.as_str())).collect();
            assert_eq!(sent, expected, "{scope} {lang}");
        }
    }
    let admins = calls.iter().find(|c| {
        c.body["scope"]["type"] == "all_chat_administrators" && c.body["language_code"] == "ar"
    });
    let commands = admins.expect("the Arabic admins' menu").body["commands"].clone();
    let audit = commands.as_array().and_then(|a| a.iter().find(|c| c["command"] == "audit"));
    assert_eq!(audit.expect("/audit for admins")["description"], Lang::Ar.t("cmd-audit"));
}

#[tokio::test]
async fn language_offers_all_twelve_by_their_own_names() {
    let alice = TestUser::new(2621, "Alice").speaking("tr");
    let app = TestApp::builder().spawn().await;
    app.tg.send_text(alice.id, &alice, "/language");
    let offer = app.tg.next_message(0, alice.id).await;
    assert_eq!(offer.text(), Lang::Tr.t("language-choose"));
    let labels: Vec<String> = offer.buttons().into_iter().map(|(label, _)| label).collect();
    for lang in Lang::ALL {
        let name = assistants_bot::present::language::native_name(lang);
        assert!(labels.contains(&name), "{name} in {labels:?}");
    }

    // Choosing Ukrainian answers in Ukrainian, and so does the next /start.
    let seen = app.tg.call_count();
    let label = assistants_bot::present::language::native_name(Lang::Uk);
    app.press_edit(&alice, &offer, &label, &Lang::Uk.t("language-set")).await;
    app.tg.send_text(alice.id, &alice, "/start");
    let start = app.tg.next_message(seen, alice.id).await;
    assert!(start.text().starts_with(&Lang::Uk.t("start-welcome")), "{}", start.text());
}

const ASSISTANT_TOKEN: &str = "200001:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_x";
const MODEL_KEY: &str = "sk-ant-api03-MODEL-KEY-secret-001234";

/// The first message to `chat` after the first `seen` calls with a button labelled `label`.
async fn message_with_button(app: &TestApp, seen: usize, chat: i64, label: &str) -> Call {
    let what = format!("a message with a {label:?} button");
    app.tg
        .wait_for_after(seen, &what, Duration::from_secs(10), |c| {
            c.is("SendMessage")
                && c.chat_id() == Some(chat)
                && c.buttons().iter().any(|(text, _)| text == label)
        })
        .await
}

/// In Arabic the summary before Confirm isolates every value (FSI … PDI), the masked model
/// key too, so a Latin name or key keeps its order inside right-to-left text; the buttons'
/// data stay free of the marks.
#[tokio::test]
async fn the_arabic_summary_isolates_the_masked_key() {
    let amal = TestUser::new(2622, "Amal").speaking("ar");
    let app = TestApp::builder().with_key(&amal).spawn().await;
    app.tg.add_bot(ASSISTANT_TOKEN, 200001, "sales_helper_bot");
    let ar = |key| Lang::Ar.t(key);
    let chat = amal.id;

    let seen = app.tg.call_count();
    app.tg.send_text(chat, &amal, "/new");
    let modes = message_with_button(&app, seen, chat, &ar("mode-byok")).await;
    let seen = app.tg.call_count();
    app.press_only(&amal, &modes, &ar("mode-byok"));
    app.tg.next_message(seen, chat).await;
    let seen = app.tg.call_count();
    app.tg.send_text(chat, &amal, "Sales bot");
    let providers = message_with_button(&app, seen, chat, "Anthropic").await;
    let seen = app.tg.call_count();
    app.press_only(&amal, &providers, "Anthropic");
    let model = "claude-sonnet-4-5-20250929";
    let models = message_with_button(&app, seen, chat, model).await;
    let seen = app.tg.call_count();
    app.press_only(&amal, &models, model);
    app.tg.next_message(seen, chat).await;
    let seen = app.tg.call_count();
    // The chat's updates are handled in order: the key is read once the token is taken.
    app.tg.send_text(chat, &amal, ASSISTANT_TOKEN);
    app.tg.send_text(chat, &amal, MODEL_KEY);
    let summary = message_with_button(&app, seen, chat, &ar("btn-confirm")).await;

    let text = summary.text();
    assert!(text.contains("\u{2068}••••1234\u{2069}"), "{text:?}");
    assert!(text.contains("\u{2068}Sales bot\u{2069}"), "{text:?}");
    assert!(text.contains(&format!("\u{2068}{model}\u{2069}")), "{text:?}");
    for (label, data) in summary.buttons() {
        assert!(!data.contains(['\u{2068}', '\u{2069}']), "{label}: {data:?}");
    }
}
