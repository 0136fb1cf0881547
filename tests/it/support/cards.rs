//! Deployments seeded straight into the simulator, and the way to their cards: /list, then
//! the button of one deployment.

use std::time::Duration;

use assistants_bot::{
    api::{ApiMode, Status, validate::NAME_MAX_CHARS},
    i18n::Lang,
    service::input::{MODEL_KEY_MIN_CHARS, MODEL_MAX_CHARS},
    sim::{SimDeployment, SimHandle},
};

use super::{
    app::{AppOptions, TestApp},
    fake_telegram::{Call, TestUser},
};

/// The English text of `key`.
pub fn en(key: &str) -> String {
    Lang::En.t(key)
}

/// Seeds a deployment of the default owner in `status`, named `name`, with what the API
/// would hold in that status (paid once past payment; model, worker and token once activated).
pub fn seed(sim: &SimHandle, name: &str, mode: ApiMode, status: Status) -> String {
    sim.seed("usr_one", mode.clone(), |d: &mut SimDeployment| {
        d.name = Some(name.to_owned());
        d.status = status.clone();
        if status != Status::PendingPayment {
            d.payment_status = "paid".into();
        }
        if status != Status::Purchased && status != Status::PendingPayment {
            d.is_prebuy = false;
            d.model_provider = Some(if mode.is_byok() { "anthropic" } else { "openrouter" }.into());
            d.model_id = Some(
                if mode.is_byok() { "claude-sonnet-4-5-20250929" } else { "openai/gpt-5" }.into(),
            );
            d.worker_name = Some(format!("openclaw-{}", name.len()));
            d.telegram_bot_token = Some("200001:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_x".into());
        }
        if status == Status::Active {
            d.worker_url = Some("https://openclaw-1.workers.dev".into());
        }
        if status == Status::Failed {
            d.status_message = Some("Model key rejected by provider".into());
        }
    })
}

/// /list, then the card of `name`.
pub async fn open_card(app: &TestApp, user: &TestUser, name: &str) -> Call {
    let list = app.say(user, "/list", "Your").await;
    app.press_edit(user, &list, &format!("{} {name}", mark_of(&list, name)), name).await
}

/// Seeds a deployment as [`seed`] does and opens its card: (its id, the card).
pub async fn seeded_card(
    app: &TestApp,
    user: &TestUser,
    name: &str,
    mode: ApiMode,
    status: Status,
) -> (String, Call) {
    let id = seed(&app.sim.handle(), name, mode, status);
    (id, open_card(app, user, name).await)
}

/// Opens the card of `name` and presses Redeploy; returns the edit that says it redeploys.
pub async fn redeploy_from_card(app: &TestApp, user: &TestUser, name: &str) -> Call {
    let card = open_card(app, user, name).await;
    app.press_edit(user, &card, &en("btn-redeploy"), &en("card-redeploying")).await
}

/// The status mark in front of `name` in the list.
pub fn mark_of(list: &Call, name: &str) -> String {
    let (label, _) = list
        .buttons()
        .into_iter()
        .find(|(label, _)| label.contains(name))
        .unwrap_or_else(|| panic!("{name} in the list"));
    label.split(' ').next().unwrap_or_default().to_owned()
}

/// Asserts that `card` shows the status labelled by `status_key`.
pub fn assert_status(card: &Call, status_key: &str) {
    let expected = format!("Status: {}", en(status_key));
    assert!(card.text().contains(&expected), "{}", card.text());
}

/// A bot with a public URL that polls once an hour: a status notice within a test can only
/// come from a deployment callback.
pub fn callbacks_only(public_url: &str) -> AppOptions {
    AppOptions {
        poll_interval: Duration::from_secs(3600),
        public_url: Some(url::Url::parse(public_url).expect("url")),
        ..Default::default()
    }
}

/// An app with `group`, which has the default key, `alice` as its admin and `bob` as a
/// member.
pub async fn team(options: AppOptions, group: i64, alice: &TestUser, bob: &TestUser) -> TestApp {
    let app = TestApp::builder().options(options).spawn().await;
    app.tg.set_member(group, alice.id, "administrator");
    app.tg.set_member(group, bob.id, "member");
    app.set_key(group, &super::app::api_key()).await;
    app
}

impl TestApp {
    /// Message `key` in `lang` as this bot says it: with its service's address (the
    /// simulator's) and the limits the code passes. Extra variables are ignored.
    pub fn text(&self, lang: Lang, key: &str) -> String {
        let dashboard = self.sim.base_url().origin().ascii_serialization();
        let max = if key == "wz-model-invalid" { MODEL_MAX_CHARS } else { NAME_MAX_CHARS };
        let args = [
            ("dashboard", dashboard.into()),
            ("max", max.into()),
            ("min", MODEL_KEY_MIN_CHARS.into()),
        ];
        lang.t_args(key, &args)
    }

    /// [`Self::text`] in English.
    pub fn en(&self, key: &str) -> String {
        self.text(Lang::En, key)
    }
}
