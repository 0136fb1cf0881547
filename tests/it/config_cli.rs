//! Configuration errors from the real binary: one line naming the variable, exit code 2.

use std::process::Command;

fn run(envs: &[(&str, &str)]) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut command = Command::new(env!("CARGO_BIN_EXE_assistants-bot"));
    command.env_clear().current_dir(dir.path());
    if let Ok(path) = std::env::var("PATH") {
        command.env("PATH", path);
    }
    for (name, value) in envs {
        command.env(name, value);
    }
    let output = command.output().expect("run the binary");
    (output.status.code(), String::from_utf8_lossy(&output.stderr).into_owned())
}

#[test]
fn a_missing_token_is_one_line_and_exit_code_2() {
    let (code, stderr) = run(&[]);
    assert_eq!(code, Some(2), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("TELOXIDE_TOKEN"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_bad_encryption_key_is_one_line_and_exit_code_2() {
    for bad in ["not base64 !!", "c2hvcnQ="] {
        let (code, stderr) = run(&[("TELOXIDE_TOKEN", "1:x"), ("ENCRYPTION_KEY", bad)]);
        assert_eq!(code, Some(2), "{stderr}");
        assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
        assert!(stderr.contains("ENCRYPTION_KEY"), "{stderr}");
    }
}

#[test]
fn help_lists_every_variable() {
    let output =
        Command::new(env!("CARGO_BIN_EXE_assistants-bot")).arg("--help").output().expect("run");
    assert!(output.status.success());
    let help = String::from_utf8_lossy(&output.stdout);
    for variable in [
        "TELOXIDE_TOKEN",
        "TELOXIDE_API_URL",
        "ASSISTANTS_API_URL",
        "DATABASE_URL",
        "ENCRYPTION_KEY",
        "POLL_INTERVAL",
        "WATCH_INTERVAL",
        "LOG_FORMAT",
    ] {
        assert!(help.contains(variable), "--help names {variable}:\n{help}");
    }
}
