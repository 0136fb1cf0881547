//! Crashes at random points: a whole wizard with the bot killed (its runtime dropped where it
//! stands, as `kill -9` would) 0–400 ms after each user action, over several seeds, in
//! polling and webhook mode. Every run must end with one purchase, one activation carrying
//! exactly what the user typed, one live notice, and every secret message deleted.

use std::time::Duration;

use assistants_bot::sim::{Outcome, SimOptions};
use rand::{Rng as _, SeedableRng as _, rngs::StdRng};

use crate::support::{
    app::{AppOptions, TestApp, button_data},
    cards::en,
    fake_telegram::{Call, TestUser},
    wait::eventually,
};

const TOKEN: &str = "400009:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_kill";
const MODEL_KEY: &str = "sk-ant-crash-test-key-0123456789";

/// What the user does.
enum Act<'a> {
    /// Sends a text message.
    Say(&'a str),
    /// Presses the button labelled so on a message of the bot's.
    Press(&'a Call, String),
}

/// One user and the app they talk to, killed after each of their actions.
struct Run {
    app: TestApp,
    user: TestUser,
    rng: StdRng,
    /// The ids of the messages that carried a secret.
    secrets: Vec<i64>,
}

impl Run {
    /// Does `act`, kills the bot 0–400 ms later, starts it again, and returns the newest of
    /// the bot's messages since that contain `expected` (a question may come twice, asked
    /// again after a replay: the newest is the one to answer).
    async fn step(&mut self, act: Act<'_>, expected: &str) -> Call {
        let seen = self.app.tg.call_count();
        match act {
            Act::Say(text) => {
                let id = self.app.tg.send_text(self.user.id, &self.user, text);
                if text == TOKEN || text == MODEL_KEY {
                    self.secrets.push(id);
                }
            }
            Act::Press(on, label) => {
                let data = button_data(on, &label);
                self.app.press_data(&self.user, on, &data);
            }
        }
        let pause = self.rng.gen_range(0..=400);
        tokio::time::sleep(Duration::from_millis(pause)).await;
        self.app.kill_and_restart().await;
        self.app.message_after(seen, self.user.id, expected).await;
        let chat = self.user.id;
        let answers = self.app.tg.calls().into_iter().skip(seen);
        let mut answers = answers.filter(|c| c.is("SendMessage") && c.chat_id() == Some(chat));
        answers.rfind(|c| c.text().contains(expected)).expect("the answer")
    }
}

async fn wizard_with_kills(seed: u64, public_url: Option<&str>) {
    let user = TestUser::new(4100 + seed as i64, "Kim");
    let options = AppOptions {
        sim: SimOptions { auto_pay: true, ..SimOptions::default() },
        public_url: public_url.map(|u| url::Url::parse(u).expect("url")),
        ..AppOptions::default()
    };
    let app = TestApp::builder().options(options).with_key(&user).spawn().await;
    app.tg.add_bot(TOKEN, 400009, "crash_helper_bot");
    let mut run = Run { app, user, rng: StdRng::seed_from_u64(seed), secrets: Vec::new() };

    let mode = run.step(Act::Say("/new"), "Step 1 of 6").await;
    let name = run.step(Act::Press(&mode, en("mode-byok")), &run.app.en("wz-name")).await;
    drop(name);
    let provider = run.step(Act::Say("Crash bot"), "Step 3 of 6").await;
    let model = run.step(Act::Press(&provider, "Anthropic".into()), "anthropic model").await;
    drop(model);
    run.step(Act::Say("claude-sonnet-4-5-20250929"), "@BotFather").await;
    run.step(Act::Say(TOKEN), "Step 5 of 6").await;
    let summary = run.step(Act::Say(MODEL_KEY), "Please check").await;
    run.step(Act::Press(&summary, en("btn-confirm")), "is reserved").await;

    // Paid at once: the tracker activates the slot; then it goes live.
    let sim = run.app.sim.handle();
    let what = format!("seed {seed}: the paid slot's activation");
    let activated = || sim.requests().iter().any(|r| r.path.ends_with("/activate"));
    eventually(&what, async || activated().then_some(())).await;
    assert_eq!(sim.count_requests("POST", "/purchase"), 1, "seed {seed}: one purchase");
    assert_eq!(sim.count_requests("POST", "/activate"), 1, "seed {seed}: one activation");
    let slots: Vec<_> =
        sim.requests().into_iter().filter(|r| r.path.ends_with("/activate")).collect();
    let id = slots[0].path.split('/').rev().nth(1).expect("the slot's id").to_owned();
    let deployed = sim.deployment(&id).expect("in the simulator");
    assert_eq!(deployed.name.as_deref(), Some("Crash bot"), "seed {seed}");
    assert_eq!(deployed.model_id.as_deref(), Some("claude-sonnet-4-5-20250929"), "seed {seed}");
    assert_eq!(deployed.telegram_bot_token.as_deref(), Some(TOKEN), "seed {seed}");
    assert_eq!(deployed.model_api_key.as_deref(), Some(MODEL_KEY), "seed {seed}");

    let seen = run.app.tg.call_count();
    assert!(sim.finish_deployment(&id, Outcome::Active));
    run.app.message_after(seen, run.user.id, "Crash bot is live").await;
    // After a full tick more, a second notice would have been sent.
    run.app.tick().await;
    let live = run.app.tg.calls_of("SendMessage");
    let live = live.iter().filter(|c| c.text().contains("Crash bot is live")).count();
    assert_eq!(live, 1, "seed {seed}: one live notice");
    let deleted = run.app.tg.calls_of("DeleteMessage");
    for secret in &run.secrets {
        assert!(deleted.iter().any(|c| c.body["message_id"] == *secret), "seed {seed}: deleted");
    }
}

#[tokio::test]
async fn a_wizard_killed_after_every_action_ends_with_one_purchase_polling() {
    for seed in 1..=3 {
        wizard_with_kills(seed, None).await;
    }
}

#[tokio::test]
async fn a_wizard_killed_after_every_action_ends_with_one_purchase_webhook() {
    for seed in 11..=13 {
        wizard_with_kills(seed, Some("https://bot.example.com")).await;
    }
}
