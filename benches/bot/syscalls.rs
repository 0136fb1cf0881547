//! System calls per update, counted with `strace -f -c` at the same 25 updates/s and over the
//! same cases as [`crate::callgrind`]: the kernel's share of an update, which callgrind's
//! user-space count leaves out. Each case runs twice ([`SMALL`] and [`LARGE`] updates); the
//! difference over the difference of updates is the cost of an update.

use std::{collections::BTreeMap, path::Path};

use tokio::runtime::Runtime;

use crate::callgrind::{LARGE, RATE, SMALL, Tool, table};

/// How many of a case's most frequent calls its row names.
const NAMED: usize = 5;

/// Runs every case twice under strace and prints the table; prints a line saying so and
/// returns when strace is not installed.
pub fn run(rt: &Runtime) {
    let header = format!(
        "| strace -f -c, {RATE} updates/s offered over 50 private chats | syscalls per update | ratio to echo | the most frequent, per update |\n|---|---:|---:|---|"
    );
    let mut floor = None;
    table(rt, Tool::Strace, &header, |case, small, large| {
        let per_update = per_update(&small.file, &large.file);
        let total: f64 = per_update.iter().map(|(n, _)| n).sum();
        let floor = *floor.get_or_insert(total);
        let named = most_frequent(&per_update);
        format!("| {} | {total:.1} | {:.2}× | {named} |", case.name, total / floor)
    });
}

/// Each system call's count per update, most frequent first: from the summaries of a
/// [`SMALL`] and a [`LARGE`] run, the difference of the counts over the difference of updates.
pub fn per_update(small: &Path, large: &Path) -> Vec<(f64, String)> {
    let (small, large) = (calls(small), calls(large));
    let mut per_update: Vec<(f64, String)> = large
        .into_iter()
        .map(|(name, n)| {
            let before = small.get(&name).copied().unwrap_or(0);
            ((n as f64 - before as f64) / (LARGE - SMALL) as f64, name)
        })
        .collect();
    per_update.sort_by(|a, b| b.0.total_cmp(&a.0));
    per_update
}

/// The [`NAMED`] most frequent calls of [`per_update`]'s list, with their counts.
pub fn most_frequent(per_update: &[(f64, String)]) -> String {
    let named: Vec<String> =
        per_update.iter().take(NAMED).map(|(n, name)| format!("{name} {n:.1}")).collect();
    named.join(", ")
}

/// Calls per system call name, from the summary `strace -c` writes (`% time  seconds
/// usecs/call  calls  errors  syscall` rows, then a `total` row, which is left out).
fn calls(file: &Path) -> BTreeMap<String, u64> {
    let text = std::fs::read_to_string(file).expect("strace summary");
    text.lines()
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let name = *fields.last()?;
            let calls = fields.get(3)?.parse().ok()?;
            (name != "total").then(|| (name.to_owned(), calls))
        })
        .collect()
}
