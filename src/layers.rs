//! The import graph of `src/` has no circle: a test that reads every source file, collects the
//! paths it names (`use crate::…`, `super::…`, `self::…`, and paths written out in code) and
//! fails, naming the circle, when the modules of a group import each other round.
//!
//! A group is a module's direct children: the crate's top-level modules, and the
//! conversations under `bot/` (a file or a folder each). Unit tests (`#[cfg(test)]` items) and
//! comments do not count: they are not what the shipped code depends on.

use std::{
    collections::{BTreeMap, BTreeSet},
    path::{Path, PathBuf},
};

/// A module whose direct children must not import each other in a circle.
struct Group {
    /// The module, as a path from the crate root (`""` is the crate itself).
    parent: &'static str,
    /// Whether the test fails on a circle here (off: it only prints what it finds).
    enforced: bool,
}

/// The groups checked. `bot` is switched on once its conversations no longer import each
/// other (issue #24).
const GROUPS: &[Group] =
    &[Group { parent: "", enforced: true }, Group { parent: "bot", enforced: true }];

/// One source file: its module path and its text with comments, literals and test items
/// blanked out.
struct Source {
    file: PathBuf,
    module: Vec<String>,
    code: String,
}

/// An import from one child of a group to another, and one place that makes it.
type Edges = BTreeMap<String, BTreeMap<String, String>>;

#[test]
fn no_module_group_imports_itself_in_a_circle() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let sources = read_sources(&root);
    let mut failures = Vec::new();
    for group in GROUPS {
        let parent: Vec<String> = split(group.parent);
        let circles = circles(&edges(&sources, &parent));
        for circle in &circles {
            let name = if group.parent.is_empty() { "src/" } else { group.parent };
            let line = format!("import circle among the modules of {name}: {circle}");
            if group.enforced {
                failures.push(line);
            } else {
                eprintln!("(not enforced yet) {line}");
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_circle_is_found_and_named() {
    let source = |module: &str, code: &str| Source {
        file: PathBuf::from(format!("{module}.rs")),
        module: split(module),
        code: blank(code),
    };
    let sources = [
        source("app", "use crate::{api::X, service::keys::{self, of}};"),
        source("service", "use super::Y;\nfn f() { crate::app::App::new(); }"),
        source("api", "// use crate::app;\nconst S: &str = \"crate::app\";"),
        source("present", "#[cfg(test)]\nmod tests { use crate::app::App; }"),
    ];
    let circles = circles(&edges(&sources, &[]));
    assert_eq!(circles.len(), 1, "{circles:?}");
    assert!(circles[0].starts_with("app -> service -> app"), "{}", circles[0]);
    assert!(circles[0].contains("service.rs:2"), "{}", circles[0]);
}

fn split(path: &str) -> Vec<String> {
    path.split("::").filter(|s| !s.is_empty()).map(str::to_owned).collect()
}

/// Every `.rs` file under `root`, with its module path (`bot/wizard/mod.rs` is `bot::wizard`).
fn read_sources(root: &Path) -> Vec<Source> {
    let mut files = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("src/ is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
        .into_iter()
        .filter_map(|file| {
            let relative = file.strip_prefix(root).ok()?.with_extension("");
            let mut module: Vec<String> =
                relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
            if matches!(module.last().map(String::as_str), Some("mod" | "lib" | "main")) {
                module.pop();
            }
            if module.is_empty() {
                return None;
            }
            let code = blank(&std::fs::read_to_string(&file).expect("a source file"));
            let file = Path::new("src").join(file.strip_prefix(root).ok()?);
            Some(Source { file, module, code })
        })
        .collect()
}

/// The imports between the children of `parent`: from each child, to each other child it
/// names, with the first place it does.
fn edges(sources: &[Source], parent: &[String]) -> Edges {
    let mut edges = Edges::new();
    for source in sources {
        let Some(from) = child_of(parent, &source.module) else { continue };
        for (path, at) in paths(&source.code, &source.module) {
            let Some(to) = child_of(parent, &path) else { continue };
            if to != from {
                let line = source.code[..at].matches('\n').count() + 1;
                let place = format!("{}:{line}", source.file.display());
                edges.entry(from.clone()).or_default().entry(to).or_insert(place);
            }
        }
    }
    edges
}

fn child_of(parent: &[String], path: &[String]) -> Option<String> {
    (path.len() > parent.len() && path.starts_with(parent)).then(|| path[parent.len()].clone())
}

/// Each circle, as `a -> b -> a (where a imports b; where b imports a)`.
fn circles(edges: &Edges) -> Vec<String> {
    let nodes: BTreeSet<&String> =
        edges.keys().chain(edges.values().flat_map(|e| e.keys())).collect();
    let mut found = Vec::new();
    let mut seen = BTreeSet::new();
    for &start in &nodes {
        if seen.contains(start) {
            continue;
        }
        // The shortest way back to `start`, if any (breadth first).
        let mut back: BTreeMap<&String, &String> = BTreeMap::new();
        let mut queue = std::collections::VecDeque::from([start]);
        let mut closed = None;
        while let Some(node) = queue.pop_front() {
            for next in edges.get(node).into_iter().flat_map(|e| e.keys()) {
                if next == start {
                    closed = Some(node);
                    break;
                }
                if !back.contains_key(next) {
                    back.insert(next, node);
                    queue.push_back(next);
                }
            }
            if closed.is_some() {
                break;
            }
        }
        let Some(mut node) = closed else { continue };
        let mut circle = vec![start];
        while node != start {
            circle.insert(1, node);
            node = back[&node];
        }
        seen.extend(circle.iter().copied());
        circle.push(start);
        let names: Vec<&str> = circle.iter().map(|n| n.as_str()).collect();
        let places: Vec<String> = circle
            .windows(2)
            .map(|pair| format!("{} imports {} at {}", pair[0], pair[1], edges[pair[0]][pair[1]]))
            .collect();
        found.push(format!("{} ({})", names.join(" -> "), places.join("; ")));
    }
    found
}

/// The module paths `code` names, absolute, with where each starts. `module` is the file's
/// own path, for `super::` and `self::`.
fn paths(code: &str, module: &[String]) -> Vec<(Vec<String>, usize)> {
    let bytes = code.as_bytes();
    let mut found = Vec::new();
    for start in ["crate::", "super::", "self::"] {
        for (at, _) in code.match_indices(start) {
            let before = at.checked_sub(1).map(|i| bytes[i]);
            if before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b':') {
                continue;
            }
            let mut out = Vec::new();
            if start == "crate::" {
                let mut i = at + start.len();
                tree(bytes, &mut i, Vec::new(), &mut out);
            } else {
                let mut i = at;
                tree(bytes, &mut i, module.to_vec(), &mut out);
            }
            found.extend(out.into_iter().map(|path| (path, at)));
        }
    }
    found
}

/// Reads a use tree (`a::{b, c::d as e, *}`) or a plain path at `i`, after `prefix`.
fn tree(s: &[u8], i: &mut usize, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    skip_space(s, i);
    if s.get(*i) == Some(&b'{') {
        *i += 1;
        loop {
            skip_space(s, i);
            match s.get(*i) {
                None => return,
                Some(b'}') => {
                    *i += 1;
                    return;
                }
                Some(b',') => *i += 1,
                Some(_) => {
                    let before = *i;
                    tree(s, i, prefix.clone(), out);
                    if *i == before {
                        *i += 1;
                    }
                }
            }
        }
    }
    let begin = *i;
    while s.get(*i).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_') {
        *i += 1;
    }
    let word = String::from_utf8_lossy(&s[begin..*i]).into_owned();
    let mut path = prefix;
    match word.as_str() {
        "" => {}
        "self" => {}
        "super" => {
            path.pop();
        }
        _ => path.push(word),
    }
    if s[*i..].starts_with(b"::") {
        *i += 2;
        tree(s, i, path, out);
    } else {
        out.push(path);
    }
}

fn skip_space(s: &[u8], i: &mut usize) {
    while s.get(*i).is_some_and(u8::is_ascii_whitespace) {
        *i += 1;
    }
}

/// `code` with comments, string and char literals and `#[cfg(test)]` items turned into
/// spaces (newlines kept, so line numbers hold).
fn blank(code: &str) -> String {
    let mut out: Vec<u8> = code.as_bytes().to_vec();
    let s = code.as_bytes();
    let mut i = 0;
    let wipe = |out: &mut Vec<u8>, from: usize, to: usize| {
        for b in &mut out[from..to.min(s.len())] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    };
    while i < s.len() {
        let rest = &s[i..];
        if rest.starts_with(b"//") {
            let end = rest.iter().position(|&b| b == b'\n').map_or(s.len(), |n| i + n);
            wipe(&mut out, i, end);
            i = end;
        } else if rest.starts_with(b"/*") {
            let end = find(s, i + 2, b"*/").map_or(s.len(), |n| n + 2);
            wipe(&mut out, i, end);
            i = end;
        } else if rest.starts_with(b"r#\"") || rest.starts_with(b"r\"") {
            let hashes = rest[1..].iter().take_while(|&&b| b == b'#').count();
            let close = [b"\"".as_slice(), &vec![b'#'; hashes]].concat();
            let end = find(s, i + 2 + hashes, &close).map_or(s.len(), |n| n + close.len());
            wipe(&mut out, i, end);
            i = end;
        } else if rest[0] == b'"' {
            let mut j = i + 1;
            while j < s.len() && s[j] != b'"' {
                j += if s[j] == b'\\' { 2 } else { 1 };
            }
            wipe(&mut out, i, j + 1);
            i = j + 1;
        } else if rest[0] == b'\'' && (rest.get(2) == Some(&b'\'') || rest.get(1) == Some(&b'\\')) {
            // A char literal ('{', '\n', '\''); a lifetime has no closing quote.
            let from = if rest[1] == b'\\' { i + 3 } else { i + 2 };
            let end = find(s, from, b"'").map_or(s.len(), |n| n + 1);
            wipe(&mut out, i, end);
            i = end;
        } else {
            i += 1;
        }
    }
    // Test items: the attribute, then the item up to its `;` or its closing brace.
    let text = String::from_utf8(out.clone()).unwrap_or_default();
    for (at, attr) in text.match_indices("#[cfg(test)]") {
        let mut depth = 0usize;
        let mut end = at + attr.len();
        while end < out.len() {
            match out[end] {
                b'{' => depth += 1,
                b'}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        end += 1;
                        break;
                    }
                }
                b';' if depth == 0 => {
                    end += 1;
                    break;
                }
                _ => {}
            }
            end += 1;
        }
        wipe(&mut out, at, end);
    }
    String::from_utf8(out).unwrap_or_default()
}

fn find(s: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    s.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|n| n + from)
}
