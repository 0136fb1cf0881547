//! One replica: the bot's binary as a child process, configured only through environment
//! variables, as an operator runs it. Its stdout and stderr go to a log file in the test's
//! temporary directory; it is killed when dropped.

use std::{
    fs::OpenOptions,
    net::SocketAddr,
    path::PathBuf,
    process::{Child, Command, ExitStatus, Stdio},
    time::Duration,
};

use serde_json::Value;

use crate::support::wait::within;

/// How long a replica may take to come up (migrations, getMe, its listeners).
pub const START_WITHIN: Duration = Duration::from_secs(30);
/// How long a replica may take to stop after SIGTERM.
pub const STOP_WITHIN: Duration = Duration::from_secs(20);

/// One bot process, stopped or running.
pub struct Replica {
    /// Its name in the test (`a`, `b`, …), also its caller label at the fake Telegram.
    pub name: String,
    /// Its environment, in full (the child starts with nothing else).
    env: Vec<(String, String)>,
    /// `LISTEN_ADDR`, in webhook mode.
    pub listen: Option<SocketAddr>,
    /// `METRICS_ADDR`: where its `/healthz` answers.
    pub metrics: SocketAddr,
    /// Where its stdout and stderr go (appended at every start).
    pub log: PathBuf,
    child: Option<Child>,
    http: reqwest::Client,
}

impl Replica {
    /// A replica, not started yet, that runs with exactly `env`.
    pub fn new(
        name: &str,
        env: Vec<(String, String)>,
        listen: Option<SocketAddr>,
        metrics: SocketAddr,
        log: PathBuf,
    ) -> Self {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(2))
            .build()
            .expect("an HTTP client");
        Self { name: name.to_owned(), env, listen, metrics, log, child: None, http }
    }

    /// Where the fake Telegram posts its webhook updates (in webhook mode).
    pub fn webhook_url(&self) -> Option<String> {
        // PUBLIC_URL has no path: the webhook is served at /telegram.
        self.listen.map(|addr| format!("http://{addr}/telegram"))
    }

    /// The process id, while it runs.
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    /// Starts the process and waits until its `/healthz` answers. Panics (with its log) when
    /// it exits or does not answer within [`START_WITHIN`].
    pub async fn start(&mut self) {
        assert!(self.child.is_none(), "replica {} already runs", self.name);
        let log = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.log)
            .expect("open the replica's log");
        let mut command = Command::new(env!("CARGO_BIN_EXE_assistants-bot"));
        command
            .env_clear()
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("the log, twice"))
            .stderr(log);
        self.child = Some(command.spawn().expect("start the bot's binary"));
        let up = within(START_WITHIN, async || {
            if let Some(status) = self.try_exit() {
                return Some(Err(status));
            }
            self.healthz().await.map(|_| Ok(()))
        })
        .await;
        match up {
            Some(Ok(())) => {}
            Some(Err(status)) => {
                panic!("replica {} exited at start ({status}):\n{}", self.name, self.log_text())
            }
            None => panic!(
                "replica {}: no /healthz within {START_WITHIN:?}:\n{}",
                self.name,
                self.log_text()
            ),
        }
    }

    /// `kill -9`: gone at once, nothing flushed. Returns once the process is gone.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            // Child::kill sends SIGKILL.
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// A graceful stop (SIGTERM, as systemd sends); returns how the process exited. Panics
    /// when it is still running after [`STOP_WITHIN`].
    pub async fn stop(&mut self) -> ExitStatus {
        let pid = self.pid().unwrap_or_else(|| panic!("replica {} is not running", self.name));
        let signalled =
            Command::new("kill").args(["-TERM", &pid.to_string()]).status().expect("run kill");
        assert!(signalled.success(), "kill -TERM {pid}");
        let exited = within(STOP_WITHIN, async || self.try_exit()).await;
        match exited {
            Some(status) => status,
            None => {
                let log = self.log_text();
                self.kill();
                panic!("replica {} still ran {STOP_WITHIN:?} after SIGTERM:\n{log}", self.name)
            }
        }
    }

    /// A graceful stop that must exit 0, then a start.
    pub async fn restart(&mut self) {
        let status = self.stop().await;
        assert!(
            status.success(),
            "replica {} stopped with {status}:\n{}",
            self.name,
            self.log_text()
        );
        self.start().await;
    }

    /// Whether the process runs (it may have exited by itself: see its log).
    pub fn is_running(&mut self) -> bool {
        self.try_exit().is_none() && self.child.is_some()
    }

    /// The exit status, once the process has exited (then it no longer counts as running).
    pub fn try_exit(&mut self) -> Option<ExitStatus> {
        let status = self.child.as_mut()?.try_wait().ok().flatten()?;
        self.child = None;
        Some(status)
    }

    /// Its `/healthz` body, when it answers (whatever the status code).
    pub async fn healthz(&self) -> Option<Value> {
        let url = format!("http://{}/healthz", self.metrics);
        let answer = self.http.get(url).send().await.ok()?;
        answer.json().await.ok()
    }

    /// Whether `/healthz` says this replica is the leader; `None` when it does not answer or
    /// does not say.
    pub async fn is_leader(&self) -> Option<bool> {
        self.healthz().await?.get("leader")?.as_bool()
    }

    /// Everything it wrote so far, over all its starts.
    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Replica {
    fn drop(&mut self) {
        self.kill();
    }
}
