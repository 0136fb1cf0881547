//! The sender: Telegram's limits kept without a fixed cycle, each chat's order kept, 429s
//! honoured. Limits are scaled down so that the tests take seconds; spacing is asserted as
//! lower bounds (what a rate limiter guarantees), with a tolerance for the jitter between a
//! request leaving and the fake recording it.

use std::time::{Duration, Instant};

use assistants_bot::{
    app::TgBot,
    sender::{Limits, Paced, Rate},
};
use futures_util::future::join_all;
use teloxide::{RequestError, prelude::*, types::MessageId};

use crate::support::{
    app::{init_logs, lifted_limits},
    fake_telegram::{BOT_TOKEN, Call, FakeTelegram},
    wait::eventually,
};

/// How much earlier than the limiter let it go a request may be recorded, relative to another.
const JITTER: Duration = Duration::from_millis(20);

async fn paced(limits: Limits) -> (FakeTelegram, TgBot) {
    init_logs();
    let tg = FakeTelegram::start().await;
    let bot = Paced::new(Bot::new(BOT_TOKEN).set_api_url(tg.base_url()), limits);
    (tg, bot)
}

fn sent(tg: &FakeTelegram) -> Vec<Call> {
    let mut calls: Vec<Call> =
        tg.calls().into_iter().filter(|c| c.is("SendMessage") || c.is("EditMessageText")).collect();
    calls.sort_by_key(|c| c.at);
    calls
}

fn texts(calls: &[Call]) -> Vec<String> {
    calls.iter().map(|c| c.text().to_owned()).collect()
}

fn numbered(prefix: &str, n: usize) -> Vec<String> {
    (0..n).map(|i| format!("{prefix} {i}")).collect()
}

#[tokio::test]
async fn messages_to_one_private_chat_are_spaced_to_its_limit_after_the_burst() {
    let every = Duration::from_millis(50);
    let (tg, bot) = paced(Limits { private_chat: Rate::new(3, every), ..lifted_limits() }).await;

    // join_all polls the sends in order, so each queues behind the one before.
    let results =
        join_all((0..100).map(|i| bot.send_message(ChatId(501), format!("m {i}")).into_future()))
            .await;

    assert!(results.iter().all(Result::is_ok), "every send succeeded");
    let calls = sent(&tg);
    assert_eq!(texts(&calls), numbered("m", 100), "all arrived, once each, in order");
    let first = calls[0].at;
    for (k, call) in calls.iter().enumerate().skip(3) {
        // The burst of 3, then one per interval: the k-th (from 0) no earlier than (k - 2)
        // intervals after the first.
        let floor = every * (k as u32 - 2);
        assert!(
            call.at - first + JITTER >= floor,
            "message {k} came {:?} after the first, before {floor:?}",
            call.at - first
        );
    }
}

#[tokio::test]
async fn fifty_chats_at_once_stay_within_the_overall_limit() {
    // At most 50 in any second, 5 at once; per-chat limits out of the way.
    let overall = Rate::at_most(50, Duration::from_secs(1), 5);
    let (tg, bot) = paced(Limits { overall, ..lifted_limits() }).await;

    // 50 chats, half private and half groups, two messages each: 100 messages at once.
    let chats: Vec<i64> = (0..50).map(|i| if i % 2 == 0 { 600 + i } else { -600 - i }).collect();
    let sends = (0..2).flat_map(|round| {
        let bot = bot.clone();
        chats.iter().map(move |&chat| bot.send_message(ChatId(chat), format!("{chat}/{round}")))
    });
    let results = join_all(sends.map(IntoFuture::into_future)).await;

    assert!(results.iter().all(Result::is_ok), "every send succeeded");
    let calls = sent(&tg);
    assert_eq!(calls.len(), 100, "nothing lost or duplicated");
    for chat in &chats {
        let mine: Vec<String> = calls
            .iter()
            .filter(|c| c.chat_id() == Some(*chat))
            .map(|c| c.text().to_owned())
            .collect();
        assert_eq!(mine, [format!("{chat}/0"), format!("{chat}/1")], "chat {chat}");
    }
    // No window of a second (less the jitter) holds more than 50.
    for (i, start) in calls.iter().enumerate() {
        let window = Duration::from_secs(1) - JITTER;
        let inside = calls[i..].iter().take_while(|c| c.at - start.at < window).count();
        assert!(inside <= 50, "{inside} calls within a second from call {i}");
    }
    // And the whole took at least (100 - 5) intervals.
    let span = calls[99].at - calls[0].at;
    assert!(span + JITTER >= overall.every * 95, "100 messages in {span:?}");
}

#[tokio::test]
async fn a_429_is_waited_out_then_the_same_request_is_resent_once() {
    let (tg, bot) = paced(lifted_limits()).await;
    tg.too_many_requests("SendMessage", 1, 1);

    let busy = ChatId(701);
    let sends: Vec<_> =
        (0..5).map(|i| bot.send_message(busy, format!("busy {i}")).into_future()).collect();
    let batch = tokio::spawn(join_all(sends));
    eventually("a 429", async || (!tg.refused().is_empty()).then_some(())).await;
    // Another chat is not held up by the first one's 429.
    let other = bot.send_message(ChatId(702), "other").await;

    let results = batch.await.expect("the batch task");
    assert!(other.is_ok());
    assert!(results.iter().all(Result::is_ok), "the 429 did not reach the caller: {results:?}");
    let refused = tg.refused();
    assert_eq!(texts(&refused), ["busy 0"], "the first send was refused");
    let calls = sent(&tg);
    let busy_calls: Vec<&Call> = calls.iter().filter(|c| c.chat_id() == Some(busy.0)).collect();
    let busy_texts: Vec<String> = busy_calls.iter().map(|c| c.text().to_owned()).collect();
    assert_eq!(busy_texts, numbered("busy", 5), "resent once, nothing lost, order kept");
    let resend = busy_calls[0].at;
    assert!(
        resend - refused[0].at >= Duration::from_secs(1),
        "resent {:?} after the 429",
        resend - refused[0].at
    );
    let other_at = calls.iter().find(|c| c.text() == "other").map(|c| c.at);
    assert!(other_at.is_some_and(|at| at < resend), "the other chat went first");
}

#[tokio::test]
async fn errors_other_than_429_are_returned_not_resent() {
    let (tg, bot) = paced(lifted_limits()).await;
    tg.fail_next("SendMessage", 1, 400);

    let result = bot.send_message(ChatId(801), "once").await;

    assert!(matches!(result, Err(RequestError::Api(_))), "{result:?}");
    assert_eq!(tg.refused().len(), 1);
    assert_eq!(tg.count_of("SendMessage"), 0, "not resent");
}

#[tokio::test]
async fn sends_and_edits_in_one_chat_keep_their_order_and_share_its_limit() {
    let every = Duration::from_millis(20);
    let (tg, bot) = paced(Limits { private_chat: Rate::new(1, every), ..lifted_limits() }).await;
    let chat = ChatId(901);

    let started = Instant::now();
    let requests = (0..30).map(|i| {
        let text = format!("r {i}");
        if i % 2 == 0 {
            bot.send_message(chat, text).into_future()
        } else {
            bot.edit_message_text(chat, MessageId(1), text).into_future()
        }
    });
    let results = join_all(requests).await;

    assert!(results.iter().all(Result::is_ok), "every request succeeded");
    let calls = sent(&tg);
    assert_eq!(texts(&calls), numbered("r", 30), "in the order they were made");
    // One at a time, sends and edits alike: 29 intervals at least.
    assert!(started.elapsed() + JITTER >= every * 29, "30 requests in {:?}", started.elapsed());
    assert!(calls[29].at - calls[0].at + JITTER >= every * 29);
}
