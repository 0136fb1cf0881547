//! One chat floods while fifty others talk at a human pace (issue 23, "Flood"): every message
//! of the fifty is answered, and the flooding chat hears at most one notice a minute.
//!
//! Time runs [`SCALE`] times faster than Telegram's: the sender keeps to Telegram's own limits
//! with every interval divided by [`SCALE`] (a group's 20 messages a minute become 20 in
//! 15 s), and every pace of the people is multiplied by it: a group member floods at 4 × 4
//! updates a second for 60 / 4 s, and fifty people in private chats each send /help every
//! 3 / 4 s. (Reply times are not scaled: they are what the people wait.) The notice's minute is the bot's own and not scaled, so "at most one a minute" is
//! "exactly one" here. The others' reply times are printed (p50, p99, max), not asserted: a
//! loaded machine should not fail the test, a bot that leaves messages unanswered does.

use std::time::{Duration, Instant};

use assistants_bot::{
    sender::{Limits, Rate},
    testkit::fake_telegram::BOT_USERNAME,
};

use crate::support::{
    app::{AppOptions, TestApp},
    cards::en,
    fake_telegram::{Call, TestUser},
    polling_and_webhook,
    wait::eventually_within,
};

/// How many times faster than Telegram's time the test runs.
const SCALE: u32 = 4;
/// How long the flood lasts (60 s in Telegram's time).
const FLOOD_FOR: Duration = Duration::from_secs(60 / SCALE as u64);
/// The flooding member: 4 updates a second in Telegram's time.
const FLOOD_EVERY: Duration = Duration::from_millis(250 / SCALE as u64);
/// Each of the others: one message every 3 s in Telegram's time.
const HUMAN_EVERY: Duration = Duration::from_millis(3000 / SCALE as u64);
/// The others.
const OTHERS: i64 = 50;
const GROUP: i64 = -7_700;

/// Telegram's limits, with every interval divided by [`SCALE`].
fn scaled_limits() -> Limits {
    let scaled = |rate: Rate| Rate::new(rate.burst, rate.every / SCALE);
    let real = Limits::default();
    Limits {
        private_chat: scaled(real.private_chat),
        group: scaled(real.group),
        overall: scaled(real.overall),
    }
}

/// One message to send: when (from the start), in which chat, from whom.
struct Planned {
    at: Duration,
    chat: i64,
    user: TestUser,
    text: String,
}

/// The flood and the fifty, merged into one timeline.
fn plan() -> Vec<Planned> {
    let flooder = TestUser::new(7_701, "Flo");
    let help = format!("/help@{BOT_USERNAME}");
    let mut plan: Vec<Planned> = (0..)
        .map(|i| FLOOD_EVERY * i)
        .take_while(|at| *at < FLOOD_FOR)
        .map(|at| Planned { at, chat: GROUP, user: flooder.clone(), text: help.clone() })
        .collect();
    for n in 0..OTHERS {
        let user = TestUser::new(7_800 + n, "Pat");
        // Spread over the interval, so the fifty do not all speak at the same instant.
        let offset = HUMAN_EVERY * n as u32 / OTHERS as u32;
        let times = (0..).map(|i| offset + HUMAN_EVERY * i).take_while(|at| *at < FLOOD_FOR);
        plan.extend(times.map(|at| Planned {
            at,
            chat: user.id,
            user: user.clone(),
            text: "/help".to_owned(),
        }));
    }
    plan.sort_by_key(|p| p.at);
    plan
}

/// The bot's messages to `chat` since call `seen`, in the order they arrived.
fn sent_to(calls: &[Call], chat: i64) -> Vec<&Call> {
    let mut sent: Vec<&Call> =
        calls.iter().filter(|c| c.is("SendMessage") && c.chat_id() == Some(chat)).collect();
    sent.sort_by_key(|c| c.at);
    sent
}

/// Plays the plan (killing the bot with `kill -9` and starting it again at `kill_at`, if
/// given), then checks that all of the fifty were answered and prints their reply times.
async fn flood(options: AppOptions, kill_at: Option<Duration>) {
    let mut app = TestApp::builder()
        .options(AppOptions { limits: Some(scaled_limits()), ..options })
        .spawn()
        .await;
    let seen = app.tg.call_count();
    let plan = plan();
    let start = Instant::now();
    let mut killed = kill_at.is_none();
    // When each of the fifty's messages was sent (as planned: a message planned while the
    // bot was down waited for it, as a person would), per chat, in order.
    let mut asked: Vec<(i64, Instant)> = Vec::new();
    // Chats that already sent one message late, while the bot was away.
    let mut late = std::collections::HashSet::new();
    for planned in &plan {
        if !killed && kill_at.is_some_and(|at| planned.at >= at) {
            killed = true;
            app.kill();
            // What Telegram holds while the bot is down is sent to it after the restart.
            app.start_again().await;
        }
        // A person whose message went unanswered while the bot was away waits for the answer
        // before asking again; more of the same at once would be folded into one (admission).
        let overdue = Instant::now() > start + planned.at + Duration::from_millis(50);
        if killed && overdue && planned.chat != GROUP && !late.insert(planned.chat) {
            continue;
        }
        tokio::time::sleep_until((start + planned.at).into()).await;
        app.tg.send_text(planned.chat, &planned.user, &planned.text);
        if planned.chat != GROUP {
            asked.push((planned.chat, start + planned.at));
        }
    }

    let others: Vec<i64> = (0..OTHERS).map(|n| 7_800 + n).collect();
    let expected = |chat: i64| asked.iter().filter(|(c, _)| *c == chat).count();
    eventually_within(
        Duration::from_secs(120),
        "every message of the fifty answered",
        async || {
            let calls = app.tg.calls();
            others
                .iter()
                .all(|chat| sent_to(&calls[seen..], *chat).len() >= expected(*chat))
                .then_some(())
        },
    )
    .await;

    let calls = app.tg.calls();
    let mut waits: Vec<Duration> = Vec::new();
    for chat in &others {
        let answers = sent_to(&calls[seen..], *chat);
        assert!(answers.iter().all(|c| c.text() == en("help")), "chat {chat}: only /help answers");
        let times = asked.iter().filter(|(c, _)| c == chat).map(|(_, at)| *at);
        waits.extend(
            times.zip(&answers).map(|(at, answer)| answer.at.saturating_duration_since(at)),
        );
    }
    waits.sort();
    let quantile =
        |q: f64| waits[((waits.len() as f64 * q).ceil() as usize).clamp(1, waits.len()) - 1];
    eprintln!(
        "flood (scale {SCALE}, kill: {kill_at:?}): {} replies to the fifty; reply time p50 {:?}, \
         p99 {:?}, max {:?}",
        waits.len(),
        quantile(0.5),
        quantile(0.99),
        waits.last().copied().unwrap_or_default(),
    );

    let to_group = sent_to(&calls[seen..], GROUP);
    let notices = to_group.iter().filter(|c| c.text() == en("flood-slow-down")).count();
    let answers = to_group.iter().filter(|c| c.text() == en("help")).count();
    eprintln!(
        "the flooding group: {answers} answers and {notices} notice(s) to its {} sends",
        plan.iter().filter(|p| p.chat == GROUP).count()
    );
    assert!(answers > 0, "the flooding group is answered at its own pace");
    // The whole run is shorter than the notice's minute (a restart remembers when it went).
    assert_eq!(notices, 1, "notices to the flooding group");
    // Nothing is left to replay: what was shed was marked handled too.
    app.settled().await;
}

async fn a_flooding_group_delays_no_other_chat(options: AppOptions) {
    flood(options, None).await;
}

polling_and_webhook!(a_flooding_group_delays_no_other_chat);

#[tokio::test]
async fn a_flooding_group_delays_no_other_chat_across_a_kill_and_restart() {
    flood(AppOptions::default(), Some(FLOOD_FOR / 2)).await;
}

#[tokio::test]
async fn a_private_chat_past_its_backlog_is_told_once_and_a_dropped_press_is_answered() {
    let user = TestUser::new(7_900, "Max");
    let app = TestApp::builder()
        .options(AppOptions { limits: Some(scaled_limits()), ..Default::default() })
        .spawn()
        .await;
    let seen = app.tg.call_count();

    // Far more at once than one a second (scaled) can answer: each text gets a reply.
    let backlog = assistants_bot::inbox::admission::BACKLOG;
    for n in 0..backlog + 10 {
        app.tg.send_text(user.id, &user, &format!("note {n}"));
    }
    let query = app.tg.press(user.id, &user, 1, "x");
    // A key pasted past the backlog is not taken, and not left in the chat either.
    let key = app.tg.send_text(user.id, &user, "sk-test-dropped-0123456789abcdef");

    let answer = app
        .tg
        .wait_for("the dropped press answered", |c| {
            c.is("AnswerCallbackQuery") && c.body["callback_query_id"] == query.as_str()
        })
        .await;
    assert_eq!(answer.body["text"], en("flood-slow-down"), "the presser is told it was not taken");
    assert_eq!(answer.body["show_alert"], true);
    // The one at the dispatcher and the backlog behind it are answered; the rest was shed.
    let kept = backlog + 1;
    app.tg.wait_for_count("SendMessage", kept + 1, Duration::from_secs(60)).await;
    app.settled().await;
    let to_chat = sent_to(&app.tg.calls()[seen..], user.id).len();
    let notices = app.tg.calls()[seen..]
        .iter()
        .filter(|c| c.chat_id() == Some(user.id) && c.text() == en("flood-slow-down"))
        .count();
    assert_eq!(notices, 1, "told once");
    let deleted = app.tg.calls()[seen..]
        .iter()
        .any(|c| c.is("DeleteMessage") && c.body["message_id"] == serde_json::json!(key));
    assert!(deleted, "the dropped message that carried a key was deleted");
    assert_eq!(to_chat, kept + 1, "the kept texts' answers and the notice, nothing more");
}
