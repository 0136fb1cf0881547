//! The HTTP edge against slow and greedy clients: a webhook POST without the secret is refused
//! before its body is sent, and half-open connections past the file limit do not silence
//! the webhook of the real binary.

use std::{
    net::{SocketAddr, TcpListener},
    time::{Duration, Instant},
};

use assistants_bot::{i18n::Lang, storage::seal::KeyMaterial, testkit::process::bot_command};
use tokio::{
    io::{AsyncReadExt as _, AsyncWriteExt as _},
    net::TcpStream,
};

use crate::support::{
    app::{TestApp, start_simulator},
    fake_telegram::{FakeTelegram, TestUser},
};

/// Reads what the server answers on `stream` until the status line is in, for at most 5 s.
async fn status_line(stream: &mut TcpStream) -> String {
    let mut answer = Vec::new();
    let mut buffer = [0u8; 1024];
    let read = async {
        while !answer.windows(2).any(|w| w == b"\r\n") {
            let n = stream.read(&mut buffer).await.expect("read the answer");
            if n == 0 {
                break;
            }
            answer.extend_from_slice(&buffer[..n]);
        }
    };
    tokio::time::timeout(Duration::from_secs(5), read).await.expect("an answer within 5 s");
    let answer = String::from_utf8_lossy(&answer);
    answer.lines().next().unwrap_or_default().to_owned()
}

#[tokio::test]
async fn a_big_webhook_post_without_the_secret_is_refused_before_its_body_is_sent() {
    let app = TestApp::builder().webhook().spawn().await;
    let addr = app.http_addr.expect("the HTTP server");
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    // A whole mebibyte is announced, and nothing of it sent.
    let head = format!(
        "POST /telegram HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\n\r\n",
        1024 * 1024
    );
    stream.write_all(head.as_bytes()).await.expect("send the head");
    assert_eq!(status_line(&mut stream).await, "HTTP/1.1 401 Unauthorized");
}

#[tokio::test]
async fn a_callback_with_an_unknown_token_is_refused_before_its_body_is_sent() {
    let app = TestApp::builder().webhook().spawn().await;
    let addr = app.http_addr.expect("the HTTP server");
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    let token = "A".repeat(43);
    let head = format!(
        "POST /callbacks/{token} HTTP/1.1\r\nHost: {addr}\r\nContent-Length: {}\r\n\r\n",
        1024 * 1024
    );
    stream.write_all(head.as_bytes()).await.expect("send the head");
    assert_eq!(status_line(&mut stream).await, "HTTP/1.1 404 Not Found");
}

/// A free port on 127.0.0.1 for a child process to listen on.
fn free_port() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("address")
}

/// The real binary, limited to 1,024 open files, in webhook mode: 1,100 clients open a
/// connection each and never finish their headers. Telegram's delivery, retried as Telegram
/// retries it, still gets its update answered within 15 s.
#[tokio::test]
async fn half_open_connections_past_the_file_limit_do_not_silence_the_webhook() {
    // This process holds the clients' side: it needs more than 1,024 files itself.
    let raised = rlimit::increase_nofile_limit(4096).expect("raise this process's file limit");
    assert!(raised >= 2048, "the test needs 2,048 files; the hard limit is {raised}");
    let (sim, _handle) = start_simulator(Default::default()).await;
    let tg = FakeTelegram::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let db = format!("sqlite://{}", dir.path().join("bot.db").display());
    let listen = free_port();
    let mut command = bot_command(
        env!("CARGO_BIN_EXE_assistants-bot"),
        &tg,
        &sim.base_url(),
        &db,
        &KeyMaterial::generate(),
    );
    command.env("PUBLIC_URL", "https://bot.example.org/").env("LISTEN_ADDR", listen.to_string());
    // The usual limit of a service started without LimitNOFILE.
    let binary = command.get_program().to_owned();
    let mut limited = std::process::Command::new("sh");
    limited.arg("-c").arg("ulimit -n 1024 && exec \"$0\"").arg(binary);
    for (name, value) in command.get_envs() {
        match value {
            Some(value) => limited.env(name, value),
            None => limited.env_remove(name),
        };
    }
    limited.env_remove("PATH").env("PATH", "/usr/bin:/bin");
    limited.stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null());
    let mut child = ChildGuard(limited.spawn().expect("start the bot"));

    let registered =
        tg.wait_for_after(0, "setWebhook", Duration::from_secs(20), |c| c.is("SetWebhook")).await;
    let secret = registered.body["secret_token"].as_str().expect("a secret").to_owned();

    let mut idle = Vec::new();
    for _ in 0..1100 {
        // Past the backlog the kernel may refuse one; it counts as opened and gone.
        if let Ok(mut stream) = TcpStream::connect(listen).await {
            // Half a request head, never finished.
            let _ = stream.write_all(b"POST /telegram HTTP/1.1\r\nHost: x\r\n").await;
            idle.push(stream);
        }
    }
    assert!(child.0.try_wait().expect("wait").is_none(), "the bot still runs");

    let anna = TestUser::new(1901, "Anna");
    let update = serde_json::json!({
        "update_id": 77,
        "message": {
            "message_id": 1, "date": 0,
            "chat": { "id": anna.id, "type": "private", "first_name": "Anna" },
            "from": { "id": anna.id, "is_bot": false, "first_name": "Anna", "language_code": "en" },
            "text": "/help",
            "entities": [{ "type": "bot_command", "offset": 0, "length": 5 }]
        }
    });
    let seen = tg.call_count();
    let started = Instant::now();
    // Telegram retries a delivery that failed; so does this client, with fresh connections.
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .timeout(Duration::from_secs(2))
        .build()
        .expect("client");
    let delivered = loop {
        let answer = http
            .post(format!("http://{listen}/telegram"))
            .header("X-Telegram-Bot-Api-Secret-Token", &secret)
            .json(&update)
            .send()
            .await;
        if let Ok(answer) = answer
            && answer.status().is_success()
        {
            break started.elapsed();
        }
        assert!(started.elapsed() < Duration::from_secs(15), "delivered within 15 s");
        tokio::time::sleep(Duration::from_millis(250)).await;
    };
    let help = Lang::En.t("help");
    let first_line = help.lines().next().unwrap_or_default().to_owned();
    tg.wait_for_after(seen, "the /help answer", Duration::from_secs(15), |c| {
        c.is("SendMessage") && c.text().contains(&first_line)
    })
    .await;
    assert!(started.elapsed() < Duration::from_secs(15), "answered within 15 s");
    eprintln!("delivered after {delivered:?}, answered after {:?}", started.elapsed());
    drop(idle);
}

/// Kills the child when the test ends, passed or not.
struct ChildGuard(std::process::Child);

impl Drop for ChildGuard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
