//! The `/new` wizard as a user goes through it (managed mode, up to the payment link), for one
//! chat, for every bench chat at once, and paced at a given rate of updates.

use std::{sync::Arc, time::Duration};

use assistants_bot::testkit::fake_telegram::{Call, FakeTelegram};

use crate::{CHATS, TOKEN, user};

/// Updates a user sends in one wizard run.
pub const STEPS: u64 = 6;

fn button(message: &Call, label: &str) -> String {
    message
        .buttons()
        .into_iter()
        .find(|(l, _)| l.starts_with(label))
        .map(|(_, d)| d)
        .expect("button")
}

/// One chat through the whole /new wizard ([`STEPS`] updates), managed mode: `/new`, mode
/// button, name, model, bot token (checked with getMe), Confirm (purchase in the simulator).
pub async fn wizard_run(tg: &FakeTelegram, i: i64, n: u64) {
    let u = user(i);
    let wait = |seen: usize, text: &'static str| {
        let chat = u.id;
        async move {
            tg.wait_for_after(seen, text, Duration::from_secs(120), move |c| {
                c.is("SendMessage") && c.chat_id() == Some(chat) && c.text().contains(text)
            })
            .await
        }
    };
    let seen = tg.call_count();
    tg.send_text(u.id, &u, "/new");
    let mode = wait(seen, "Step 1 of 6").await;
    let seen = tg.call_count();
    tg.press(u.id, &u, mode.message_id.expect("id"), &button(&mode, "✨"));
    wait(seen, "be called?").await;
    let seen = tg.call_count();
    tg.send_text(u.id, &u, &format!("Bench {i}-{n}"));
    wait(seen, "OpenRouter").await;
    let seen = tg.call_count();
    tg.send_text(u.id, &u, "openai/gpt-5");
    wait(seen, "@BotFather").await;
    let seen = tg.call_count();
    tg.send_text(u.id, &u, TOKEN);
    let summary = wait(seen, "Please check").await;
    let seen = tg.call_count();
    tg.press(u.id, &u, summary.message_id.expect("id"), &button(&summary, "✅"));
    wait(seen, "is reserved").await;
}

/// Every bench chat through the wizard at once (round `round` names the assistants).
pub async fn wizards(tg: Arc<FakeTelegram>, round: u64) {
    let runs = (0..CHATS).map(|i| {
        let tg = tg.clone();
        tokio::spawn(async move { wizard_run(&tg, i, round).await })
    });
    for run in runs.collect::<Vec<_>>() {
        run.await.expect("wizard run");
    }
}

/// `count` wizard runs, one chat each, started so that the updates come at `rate` a second
/// on average (a run every [`STEPS`]`/rate` seconds; its steps follow its replies).
pub async fn paced_wizards(tg: Arc<FakeTelegram>, count: u64, rate: f64) {
    let start = tokio::time::Instant::now();
    let mut runs = Vec::new();
    for i in 0..count {
        let at = start + Duration::from_secs_f64((i * STEPS) as f64 / rate);
        tokio::time::sleep_until(at).await;
        let tg = tg.clone();
        runs.push(tokio::spawn(async move { wizard_run(&tg, i as i64, 0).await }));
    }
    for run in runs {
        run.await.expect("wizard run");
    }
}
