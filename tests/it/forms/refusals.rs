//! What the form's server refuses, each with its own status and the message the page shows,
//! and with nothing stored: an oversize body (413), a body that is not the form's (400), a
//! forged or changed signature (401), stale launch data (401), another user (403), a nonce
//! that is not ours, used, expired or replaced (409), a chat no longer waiting (409), and a
//! secret the intake refuses (422, the form may try again).

use std::time::Duration;

use assistants_bot::{i18n::Lang, storage::unix_now};

use super::en;
use crate::support::{
    app::{API_KEY, TestApp},
    fake_telegram::TestUser,
    forms::{Offered, init_data, init_data_signed_with},
};

const OTHER_BOT: &str = "100001:TEST_BOT_TOKEN_abcdefghijklmnopqrstuv";

fn with_args(key: &str, minutes: i64) -> String {
    Lang::En.t_args(key, &[("minutes", minutes.into())])
}

/// POSTs `size` bytes to the bot's `path` in chunks, with no Content-Length; returns the
/// status line and headers of the answer.
async fn chunked_post(app: &TestApp, path: &str, size: usize) -> String {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let addr = app.http_addr.expect("the bot's server");
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n\
         Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await.expect("head");
    for _ in 0..size / 1024 {
        let chunk = format!("400\r\n{}\r\n", " ".repeat(1024));
        // The server may answer and close before the last chunk: that is the point.
        if stream.write_all(chunk.as_bytes()).await.is_err() {
            break;
        }
    }
    let _ = stream.write_all(b"0\r\n\r\n").await;
    let mut answer = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut answer));
    let _ = read.await.expect("the server answers and closes");
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test]
async fn each_refusal_has_its_own_status_and_nothing_is_stored() {
    let app = TestApp::builder().webhook().spawn().await;
    let (gil, hal) = (TestUser::new(1711, "Gil"), TestUser::new(1712, "Hal"));
    let prompt = app.say(&gil, "/setkey", &app.en("setkey-ask")).await;
    let form = app.form_of(&prompt).await;
    let signed = init_data(&gil, unix_now());

    let oversize = app.post_form(&form.local_path(), vec![b' '; 8 * 1024 + 1]).await;
    assert_eq!((oversize.status, oversize.message()), (413, en("form-refused-too-large").as_str()));
    // Without a length up front (chunked), reading stops at the limit all the same.
    let streamed = chunked_post(&app, &form.local_path(), 9 * 1024).await;
    assert!(streamed.starts_with("HTTP/1.1 413"), "{streamed}");
    let garbled = app.post_form(&form.local_path(), b"{\"initData\":".to_vec()).await;
    assert_eq!((garbled.status, garbled.message()), (400, en("form-refused-malformed").as_str()));

    let forged = init_data_signed_with(OTHER_BOT, &gil, unix_now());
    let changed = signed.replace("chat_type=private", "chat_type=sender");
    for launch in [forged, changed, String::new()] {
        let answer = app.submit_form(&form, &launch, API_KEY).await;
        let refused = (answer.status, answer.message());
        assert_eq!(refused, (401, en("form-refused-signature").as_str()), "{launch}");
    }
    let stale = app.submit_form(&form, &init_data(&gil, unix_now() - 601), API_KEY).await;
    let expected = with_args("form-refused-stale", 10);
    assert_eq!((stale.status, stale.message()), (401, expected.as_str()));

    let other_user = app.submit_form(&form, &init_data(&hal, unix_now()), API_KEY).await;
    assert_eq!(
        (other_user.status, other_user.message()),
        (403, en("form-refused-other-user").as_str())
    );
    for nonce in ["A".repeat(32), "not-a-nonce".to_owned()] {
        let foreign = Offered { nonce, ..form.clone() };
        let answer = app.submit_form(&foreign, &signed, API_KEY).await;
        assert_eq!((answer.status, answer.message()), (409, en("form-refused-unknown").as_str()));
    }

    // Nothing was checked, stored or changed in the chat…
    assert_eq!(app.sim.handle().count_requests("GET", "/api/v1/assistants"), 0);
    assert_eq!(app.key_mask(gil.id).await, None, "no key stored");
    assert_eq!(app.tg.count_of("EditMessageText"), 0);
    // …and none of it used up the form. A key the API refuses is told on the page (422) and
    // leaves the question open; the right key then passes, once.
    let rejected = app.submit_form(&form, &signed, "sk_not_a_real_key_000000").await;
    assert_eq!((rejected.status, rejected.message()), (422, app.en("setkey-rejected").as_str()));
    assert_eq!(app.key_mask(gil.id).await, None, "no key stored");
    assert_eq!(app.submit_form(&form, &signed, API_KEY).await.status, 200);
    let replayed = app.submit_form(&form, &signed, API_KEY).await;
    assert_eq!((replayed.status, replayed.message()), (409, en("form-refused-used").as_str()));
    assert_eq!(app.sim.handle().count_requests("GET", "/api/v1/assistants"), 2, "two checks");
}

#[tokio::test]
async fn a_refused_secret_leaves_the_form_for_another_try_and_forms_expire() {
    let ivy = TestUser::new(1713, "Ivy");
    let app = TestApp::builder().webhook().with_key(&ivy).spawn().await;
    let token = "200013:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_retry";
    app.tg.add_bot(token, 200013, "retry_helper_bot");
    let prompt = app.byok_wizard_to_token(&ivy, "Retry bot").await;
    let form = app.form_of(&prompt).await;
    let signed = init_data(&ivy, unix_now());

    // A token Telegram does not know: refused as a pasted one is, told on the page only.
    let seen = app.tg.call_count();
    let unknown = "200014:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_nope";
    let refused = app.submit_form(&form, &signed, unknown).await;
    let expected = en("wz-bot-token-rejected");
    assert_eq!((refused.status, refused.message()), (422, expected.as_str()));
    assert!(
        !app.tg.calls().iter().skip(seen).any(|c| c.chat_id() == Some(ivy.id)),
        "the chat hears nothing of a refusal the page shows"
    );
    // The same form tries again.
    assert_eq!(app.submit_form(&form, &signed, token).await.status, 200);

    let key_prompt = app.message_after(seen, ivy.id, "Step 5 of 6").await;
    let key_form = app.form_of(&key_prompt).await;
    let aged = sqlx::query("UPDATE form_nonces SET created_at = created_at - 901");
    aged.execute(app.storage().await.pool()).await.expect("age the nonces");
    let expired = app.submit_form(&key_form, &signed, "sk-ant-api03-LATE-000000").await;
    let expected = with_args("form-refused-expired", 15);
    assert_eq!((expired.status, expired.message()), (409, expected.as_str()));
    // Nothing was taken: the step still waits, and a pasted key moves it on.
    app.say(&ivy, "sk-ant-api03-PASTED-000000", "Please check").await;
}

#[tokio::test]
async fn a_form_lapses_when_a_newer_prompt_replaces_it_or_the_chat_stops_waiting() {
    let app = TestApp::builder().webhook().spawn().await;
    let jo = TestUser::new(1714, "Jo");
    let signed = init_data(&jo, unix_now());
    let first = app.say(&jo, "/setkey", &app.en("setkey-ask")).await;
    let first = app.form_of(&first).await;
    let second = app.say(&jo, "/setkey", &app.en("setkey-ask")).await;
    let second = app.form_of(&second).await;
    let replaced = app.submit_form(&first, &signed, API_KEY).await;
    assert_eq!((replaced.status, replaced.message()), (409, en("form-refused-unknown").as_str()));

    app.say(&jo, "/cancel", "").await;
    let not_waiting = app.submit_form(&second, &signed, API_KEY).await;
    assert_eq!(
        (not_waiting.status, not_waiting.message()),
        (409, en("form-refused-not-awaited").as_str())
    );
    assert_eq!(app.key_mask(jo.id).await, None, "no key stored");
    assert_eq!(app.sim.handle().count_requests("GET", "/api/v1/assistants"), 0);
}
