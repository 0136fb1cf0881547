//! The `/new` wizard as a user goes through it (managed mode, up to the payment link), for one
//! chat, for every bench chat at once, and paced at a given rate of updates.

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use assistants_bot::testkit::fake_telegram::{Call, FakeTelegram};

use crate::{CHATS, TOKEN, measure::Latencies, user};

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
/// Returns each step's reply latency: from the moment the fake offers the update until it
/// receives the sendMessage that answers it.
pub async fn wizard_run(tg: &FakeTelegram, i: i64, n: u64) -> Vec<Duration> {
    let u = user(i);
    let mut times = Vec::with_capacity(STEPS as usize);
    // Offers one step's update with `offer`, then waits for the reply that contains `text`.
    let mut step = async |offer: &(dyn Fn() + Sync), text: &'static str| {
        let (seen, offered) = (tg.call_count(), Instant::now());
        offer();
        let chat = u.id;
        let reply = tg
            .wait_for_after(seen, text, Duration::from_secs(120), move |c| {
                c.is("SendMessage") && c.chat_id() == Some(chat) && c.text().contains(text)
            })
            .await;
        times.push(reply.at.saturating_duration_since(offered));
        reply
    };
    let mode = step(&|| _ = tg.send_text(u.id, &u, "/new"), "Step 1 of 6").await;
    let id = mode.message_id.expect("id");
    step(&|| _ = tg.press(u.id, &u, id, &button(&mode, "✨")), "be called?").await;
    step(&|| _ = tg.send_text(u.id, &u, &format!("Bench {i}-{n}")), "OpenRouter").await;
    step(&|| _ = tg.send_text(u.id, &u, "openai/gpt-5"), "@BotFather").await;
    let summary = step(&|| _ = tg.send_text(u.id, &u, TOKEN), "Please check").await;
    let id = summary.message_id.expect("id");
    step(&|| _ = tg.press(u.id, &u, id, &button(&summary, "✅")), "is reserved").await;
    times
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
/// on average (a run every [`STEPS`]`/rate` seconds; its steps follow its replies). Returns
/// the reply latency of every step.
pub async fn paced_wizards(tg: Arc<FakeTelegram>, count: u64, rate: f64) -> Latencies {
    let start = tokio::time::Instant::now();
    let mut runs = Vec::new();
    for i in 0..count {
        let at = start + Duration::from_secs_f64((i * STEPS) as f64 / rate);
        tokio::time::sleep_until(at).await;
        let tg = tg.clone();
        runs.push(tokio::spawn(async move { wizard_run(&tg, i as i64, 0).await }));
    }
    let mut times = Vec::new();
    for run in runs {
        times.extend(run.await.expect("wizard run"));
    }
    times.sort();
    Latencies(times)
}
