//! Start-up faults through the real binary: a refused token, a Telegram that is down, a
//! second process on the same database.

use std::{
    net::{SocketAddr, TcpListener},
    path::Path,
    process::Stdio,
    sync::{Arc, Mutex},
    time::Duration,
};

use tokio::{
    io::{AsyncBufReadExt as _, BufReader},
    process::{Child, Command},
};
use url::Url;

use crate::support::{
    fake_telegram::{BOT_TOKEN, FakeTelegram, TestUser},
    wait::within,
};

/// The binary with a clean environment: a database in `dir`, its key file beside it.
fn bot_command(dir: &Path, telegram: &Url, token: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_assistants-bot"));
    command
        .env_clear()
        .current_dir(dir)
        .env("TELOXIDE_TOKEN", token)
        .env("TELOXIDE_API_URL", telegram.as_str())
        // Never called: nothing reaches the handlers in these tests.
        .env("ASSISTANTS_API_URL", "http://127.0.0.1:9")
        .env("DATABASE_URL", database_url(dir))
        .env("RUST_LOG", "warn")
        .kill_on_drop(true);
    command
}

fn database_url(dir: &Path) -> String {
    format!("sqlite://{}", dir.join("bot.db").display())
}

/// A running bot whose stderr lines are collected as they come.
struct RunningBot {
    child: Child,
    stderr: Arc<Mutex<Vec<String>>>,
}

impl RunningBot {
    fn spawn(mut command: Command) -> Self {
        let mut child =
            command.stdout(Stdio::null()).stderr(Stdio::piped()).spawn().expect("start the bot");
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let pipe = child.stderr.take().expect("stderr");
        let lines = stderr.clone();
        tokio::spawn(async move {
            let mut reader = BufReader::new(pipe).lines();
            while let Ok(Some(line)) = reader.next_line().await {
                lines.lock().expect("lines").push(line);
            }
        });
        Self { child, stderr }
    }

    fn stderr(&self) -> Vec<String> {
        self.stderr.lock().expect("lines").clone()
    }

    /// Waits until `count` lines of stderr contain `needle`.
    async fn wait_for_lines(&self, needle: &str, count: usize) {
        let enough = async || {
            let lines = self.stderr().iter().filter(|l| l.contains(needle)).count();
            (lines >= count).then_some(())
        };
        if within(Duration::from_secs(10), enough).await.is_none() {
            panic!("no {count} lines with {needle:?} within 10 s: {:#?}", self.stderr());
        }
    }

    /// Sends SIGTERM and returns the exit code.
    async fn terminate(mut self) -> (Option<i32>, Vec<String>) {
        let pid = self.child.id().expect("running").to_string();
        let killed = Command::new("kill").args(["-TERM", &pid]).status().await.expect("kill");
        assert!(killed.success());
        let status = tokio::time::timeout(Duration::from_secs(10), self.child.wait())
            .await
            .expect("exits within 10 s")
            .expect("wait");
        // Let the reader drain what was written last.
        tokio::time::sleep(Duration::from_millis(100)).await;
        (status.code(), self.stderr())
    }
}

async fn finish(mut command: Command) -> (Option<i32>, String) {
    let output = tokio::time::timeout(Duration::from_secs(20), command.output())
        .await
        .expect("exits within 20 s")
        .expect("run the binary");
    (output.status.code(), String::from_utf8_lossy(&output.stderr).into_owned())
}

/// A port of 127.0.0.1 with nothing listening on it (free when this returns).
fn unused_port() -> SocketAddr {
    let probe = TcpListener::bind("127.0.0.1:0").expect("bind");
    probe.local_addr().expect("addr")
}

#[tokio::test]
async fn a_refused_token_is_one_line_naming_teloxide_token_and_exit_code_2() {
    let tg = FakeTelegram::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, stderr) = finish(bot_command(dir.path(), &tg.base_url(), "42:not-a-bot")).await;
    assert_eq!(code, Some(2), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("TELOXIDE_TOKEN"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("not-a-bot"), "the token is not printed: {stderr}");
}

#[tokio::test]
async fn the_bot_waits_for_an_unreachable_telegram_and_comes_up_when_it_answers() {
    let addr = unused_port();
    let telegram = Url::parse(&format!("http://{addr}")).expect("url");
    let dir = tempfile::tempdir().expect("tempdir");
    let bot = RunningBot::spawn(bot_command(dir.path(), &telegram, BOT_TOKEN));
    // Two failed attempts, each logged once, and the process is still there.
    bot.wait_for_lines("cannot reach Telegram", 2).await;

    let tg = FakeTelegram::start_on(addr).await;
    tg.wait_for_polls(1).await;
    assert!(tg.count_of("GetMe") >= 1);

    let (code, stderr) = bot.terminate().await;
    assert_eq!(code, Some(0), "{stderr:#?}");
    assert!(stderr.iter().all(|l| !l.contains("panicked")), "{stderr:#?}");
    assert!(stderr.iter().all(|l| !l.contains(BOT_TOKEN)), "the token is not logged");
}

#[tokio::test]
async fn sigterm_while_telegram_is_unreachable_exits_0() {
    let telegram = Url::parse(&format!("http://{}", unused_port())).expect("url");
    let dir = tempfile::tempdir().expect("tempdir");
    let bot = RunningBot::spawn(bot_command(dir.path(), &telegram, BOT_TOKEN));
    bot.wait_for_lines("cannot reach Telegram", 1).await;
    let (code, stderr) = bot.terminate().await;
    assert_eq!(code, Some(0), "{stderr:#?}");
    assert!(stderr.iter().all(|l| !l.contains("panicked")), "{stderr:#?}");
}

/// `assistants-bot rotate-key` on the database in `dir`, with nothing else set.
fn rotate_key_command(dir: &Path) -> Command {
    let mut rotate = Command::new(env!("CARGO_BIN_EXE_assistants-bot"));
    rotate
        .env_clear()
        .arg("rotate-key")
        .env("DATABASE_URL", database_url(dir))
        .env("RUST_LOG", "warn");
    rotate
}

#[tokio::test]
async fn rotate_key_and_a_second_bot_are_refused_while_the_bot_runs() {
    let tg = FakeTelegram::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let bot = RunningBot::spawn(bot_command(dir.path(), &tg.base_url(), BOT_TOKEN));
    tg.wait_for_polls(1).await;
    let key_file = dir.path().join("bot.db.key");
    let key = std::fs::read(&key_file).expect("the bot made its key file");

    let (code, stderr) = finish(rotate_key_command(dir.path())).await;
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("the bot is running on this database; stop it first"), "{stderr}");
    assert_eq!(std::fs::read(&key_file).expect("key file"), key, "the key is untouched");
    assert!(!dir.path().join("bot.db.key.new").exists(), "nothing staged");

    let (code, stderr) = finish(bot_command(dir.path(), &tg.base_url(), BOT_TOKEN)).await;
    assert_eq!(code, Some(2), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("stop it first"), "{stderr}");

    let (code, stderr) = bot.terminate().await;
    assert_eq!(code, Some(0), "{stderr:#?}");
    // Once the bot is gone, the rotation goes ahead.
    let (code, stderr) = finish(rotate_key_command(dir.path())).await;
    assert_eq!(code, Some(0), "{stderr}");
    assert_ne!(std::fs::read(&key_file).expect("key file"), key, "a new key");
}

#[tokio::test]
async fn a_get_me_with_fields_added_moved_or_missing_still_starts_the_bot() {
    let tg = FakeTelegram::start().await;
    tg.reshape_get_me();
    let dir = tempfile::tempdir().expect("tempdir");
    let bot = RunningBot::spawn(bot_command(dir.path(), &tg.base_url(), BOT_TOKEN));
    tg.wait_for_polls(1).await;
    // The start-up check, then the dispatcher's own getMe (which may come after the first poll).
    let both = async || (tg.count_of("GetMe") >= 2).then_some(());
    assert!(within(Duration::from_secs(10), both).await.is_some(), "both getMe calls were made");
    // The dispatcher read its getMe: it handles updates.
    let user = TestUser::new(31, "Ada");
    tg.send_text(user.id, &user, "/start");
    let answered = async || (tg.count_of("SendMessage") >= 1).then_some(());
    assert!(within(Duration::from_secs(10), answered).await.is_some(), "/start is answered");

    let (code, stderr) = bot.terminate().await;
    assert_eq!(code, Some(0), "{stderr:#?}");
    assert!(stderr.iter().all(|l| !l.contains("panicked")), "{stderr:#?}");
}
