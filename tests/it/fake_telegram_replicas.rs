//! The fake Telegram with several replicas on one token: webhook delivery to each in turn,
//! retried on the next when one refuses, and getUpdates calls told apart by caller.

use std::{
    net::SocketAddr,
    sync::{Arc, Mutex},
};

use axum::{Router, extract::State, http::HeaderMap, http::StatusCode, routing::post};
use serde_json::{Value, json};
use teloxide::prelude::*;

use crate::support::{
    fake_telegram::{BOT_TOKEN, FakeTelegram, TestUser},
    wait::eventually,
};

/// What a replica's webhook received: (update id, the secret header).
type Received = Arc<Mutex<Vec<(i64, Option<String>)>>>;

/// A webhook on a random port that takes every update, or refuses every one (`refuse`).
async fn webhook(refuse: bool) -> (String, Received) {
    async fn take(
        State((received, refuse)): State<(Received, bool)>,
        headers: HeaderMap,
        body: axum::Json<Value>,
    ) -> StatusCode {
        if refuse {
            return StatusCode::SERVICE_UNAVAILABLE;
        }
        let secret = headers
            .get("x-telegram-bot-api-secret-token")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let id = body["update_id"].as_i64().expect("an update id");
        received.lock().expect("received").push((id, secret));
        StatusCode::OK
    }
    let received = Received::default();
    let app = Router::new().route("/telegram", post(take)).with_state((received.clone(), refuse));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (format!("http://{addr}/telegram"), received)
}

/// A URL where nothing listens (a replica that is down).
fn nothing_at() -> String {
    let probe = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr: SocketAddr = probe.local_addr().expect("addr");
    format!("http://{addr}/telegram")
}

async fn set_webhook(tg: &FakeTelegram, secret: &str) {
    let url = format!("{}bot{BOT_TOKEN}/setWebhook", tg.base_url());
    let body = json!({ "url": "https://bot.example.org/telegram", "secret_token": secret });
    let answer = reqwest::Client::new().post(url).json(&body).send().await.expect("setWebhook");
    assert!(answer.status().is_success());
}

#[tokio::test]
async fn fake_telegram_delivers_to_each_replica_in_turn_and_retries_a_refusal_on_the_next() {
    let tg = FakeTelegram::start().await;
    let (a, at_a) = webhook(false).await;
    let (b, at_b) = webhook(false).await;
    let user = TestUser::new(31, "Rita");
    // Sent before any webhook is registered: held, then delivered first.
    tg.send_text(user.id, &user, "early");
    tg.deliver_to_each(vec![a.clone(), b.clone()]);
    set_webhook(&tg, "s3cret").await;
    for n in 0..3 {
        tg.send_text(user.id, &user, &format!("m{n}"));
    }
    eventually("four updates accepted", async || (tg.accepted_by().len() == 4).then_some(())).await;
    let by: Vec<String> = tg.accepted_by().into_values().collect();
    assert_eq!(by, vec![a.clone(), b.clone(), a.clone(), b.clone()], "in turn");
    let ids_at_a: Vec<i64> = at_a.lock().expect("a").iter().map(|(id, _)| *id).collect();
    assert_eq!(ids_at_a.first(), Some(&1), "the held update went first");
    let mut secrets = at_a.lock().expect("a").clone();
    secrets.extend(at_b.lock().expect("b").iter().cloned());
    assert!(secrets.iter().all(|(_, s)| s.as_deref() == Some("s3cret")), "{secrets:?}");

    // One replica down and one refusing: every update still lands, in order, on the one up.
    let (refusing, _) = webhook(true).await;
    let down = nothing_at();
    tg.deliver_to_each(vec![down.clone(), refusing.clone(), a.clone()]);
    for n in 0..4 {
        tg.send_text(user.id, &user, &format!("n{n}"));
    }
    eventually("eight updates accepted", async || (tg.accepted_by().len() == 8).then_some(()))
        .await;
    let accepted = tg.accepted_by();
    assert!(accepted.values().skip(4).all(|target| *target == a), "{accepted:?}");
    let refused = tg.refused_deliveries();
    assert!(refused.iter().any(|(_, t)| *t == down) && refused.iter().any(|(_, t)| *t == refusing));
    let ids: Vec<i64> = at_a.lock().expect("a").iter().map(|(id, _)| *id).collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "in order, each once: {ids:?}");
}

#[tokio::test]
async fn fake_telegram_delivers_after_a_delete_and_a_new_set_webhook_with_its_secret() {
    let tg = FakeTelegram::start().await;
    let (a, at_a) = webhook(false).await;
    tg.deliver_to_each(vec![a]);
    set_webhook(&tg, "one").await;
    let user = TestUser::new(32, "Sam");
    tg.send_text(user.id, &user, "before");
    eventually("delivered", async || (tg.accepted_by().len() == 1).then_some(())).await;
    let bot = Bot::new(BOT_TOKEN).set_api_url(tg.base_url());
    let info = bot.get_webhook_info().await.expect("getWebhookInfo parses in teloxide");
    assert_eq!(info.url.map(String::from).as_deref(), Some("https://bot.example.org/telegram"));
    bot.delete_webhook().await.expect("deleteWebhook");
    assert_eq!(bot.get_webhook_info().await.expect("getWebhookInfo").url, None);
    tg.send_text(user.id, &user, "while deleted");
    set_webhook(&tg, "two").await;
    eventually("delivered after", async || (tg.accepted_by().len() == 2).then_some(())).await;
    let last = at_a.lock().expect("a").last().cloned().expect("received");
    assert_eq!(last.1.as_deref(), Some("two"), "with the secret registered last");
}

#[tokio::test]
async fn fake_telegram_tells_the_pollers_apart_and_counts_polls_in_flight() {
    let tg = FakeTelegram::start().await;
    let one = Bot::new(BOT_TOKEN).set_api_url(tg.url_for("one").await);
    let two = Bot::new(BOT_TOKEN).set_api_url(tg.url_for("two").await);
    one.get_updates().await.expect("one polls");
    two.get_updates().await.expect("two polls");
    assert_eq!(tg.most_polls_at_once(), 1, "one after the other");
    let (a, b) = tokio::join!(one.get_updates().send(), two.get_updates().send());
    a.expect("one polls");
    b.expect("two polls");
    assert_eq!(tg.most_polls_at_once(), 2, "both at once");
    assert_eq!(tg.polls_in_flight(), 0);
    let callers: Vec<String> = tg.polls_log().into_iter().map(|p| p.caller).collect();
    assert_eq!(&callers[..2], ["one", "two"]);
    assert!(tg.polls_log().iter().all(|p| p.ended.is_some()));
    assert_eq!(tg.polls(), 4, "the base URL's count includes every caller");
}
