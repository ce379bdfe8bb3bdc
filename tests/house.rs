//! The house rules of `src/`, checked on every test run so that the code stays walkable: no file over
//! 700 lines, no function over 120, and no module that imports a module which imports it back,
//! directly or through others.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const MAX_FILE_LINES: usize = 700;
const MAX_FN_LINES: usize = 120;

/// Every `.rs` file under `dir`, sorted.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// The module path of a file: `src/claims/cue.rs` is `claims::cue`, `src/claims/mod.rs` is `claims`.
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

/// The code of a line without its comment (doc comments and `//` comments name modules without
/// depending on them).
fn code(line: &str) -> &str {
    let t = line.trim_start();
    if t.starts_with("//") { "" } else { line.split(" // ").next().unwrap_or(line) }
}

/// The modules a file refers to, as paths from the crate root: `crate::a::b`, and `super::x` resolved
/// against the file's own module. A path is cut at its first segment that is not a known module.
fn references(
    module: &[String],
    text: &str,
    known: &BTreeSet<Vec<String>>,
    root: &BTreeMap<String, Vec<String>>,
) -> BTreeSet<Vec<String>> {
    let mut out = BTreeSet::new();
    for line in text.lines().map(code) {
        for (i, _) in line.match_indices("crate::").chain(line.match_indices("super::")) {
            if i > 0 && line[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let rest = &line[i..];
            let mut segments = rest.split("::");
            let first = segments.next().unwrap();
            let mut path: Vec<String> = if first == "crate" {
                Vec::new()
            } else {
                let mut p = module.to_vec();
                p.pop();
                p
            };
            for seg in segments {
                let name: String = seg.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if path.is_empty() && root.contains_key(&name) {
                    path = root[&name].clone();
                    break;
                }
                let mut next = path.clone();
                next.push(name);
                if !known.contains(&next) {
                    break;
                }
                path = next;
            }
            if !path.is_empty() && path != module {
                out.insert(path);
            }
        }
    }
    out
}

/// Whether a line opens a function: `fn`, after nothing but qualifiers (`pub(crate)`, `unsafe`,
/// `extern "C"`, ...).
fn is_fn(line: &str) -> bool {
    let Some((before, _)) = line.split_once("fn ") else { return false };
    before
        .split_whitespace()
        .all(|w| w.starts_with("pub") || matches!(w, "const" | "unsafe" | "extern" | "\"C\"" | "async" | "default"))
}

/// The items `lib.rs` re-exports at the crate root, with the module each comes from, so that
/// `crate::Gazetteer` counts as a use of `gazetteer`.
fn root_items(lib: &str) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for line in lib.lines().filter_map(|l| l.trim().strip_prefix("pub use crate::")) {
        let (module, items) = line.split_once("::{").unwrap_or_else(|| line.rsplit_once("::").unwrap());
        let module: Vec<String> = module.split("::").map(String::from).collect();
        for item in items.trim_end_matches([';', '}']).split(',') {
            out.insert(item.trim().to_string(), module.clone());
        }
    }
    out
}

#[test]
fn no_file_is_too_long() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let long: Vec<String> = sources(&src)
        .iter()
        .map(|f| (f, fs::read_to_string(f).unwrap().lines().count()))
        .filter(|&(_, n)| n > MAX_FILE_LINES)
        .map(|(f, n)| format!("{}: {n} lines", f.display()))
        .collect();
    assert!(long.is_empty(), "files over {MAX_FILE_LINES} lines: {long:#?}");
}

#[test]
fn no_function_is_too_long() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut long = Vec::new();
    for file in sources(&src) {
        let text = fs::read_to_string(&file).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let t = line.trim_start();
            if !is_fn(t) || t.ends_with(';') {
                continue;
            }
            // rustfmt closes a function's body with a brace at the indentation of its `fn` line.
            let close = format!("{}}}", &line[..line.len() - t.len()]);
            if let Some(end) = lines[i + 1..].iter().position(|l| *l == close)
                && end + 2 > MAX_FN_LINES
            {
                long.push(format!("{}:{}: {} lines: {}", file.display(), i + 1, end + 2, t));
            }
        }
    }
    assert!(long.is_empty(), "functions over {MAX_FN_LINES} lines: {long:#?}");
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = sources(&src);
    let known: BTreeSet<Vec<String>> = files.iter().map(|f| module_of(&src, f)).filter(|m| !m.is_empty()).collect();
    let root = root_items(&fs::read_to_string(src.join("lib.rs")).unwrap());
    let mut graph: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for file in &files {
        let module = module_of(&src, file);
        if module.is_empty() {
            continue; // lib.rs declares and re-exports every module
        }
        let text = fs::read_to_string(file).unwrap();
        let refs = references(&module, &text, &known, &root);
        // A module may use its own children: they are rooms inside it, not a layer above or below.
        let refs = refs.into_iter().filter(|r| !r.starts_with(&module)).collect();
        graph.insert(module, refs);
    }
    let mut cycles = Vec::new();
    for start in graph.keys() {
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        let mut seen = BTreeSet::new();
        while let Some((node, path)) = stack.pop() {
            for next in graph.get(&node).into_iter().flatten() {
                if next == start {
                    cycles.push(path.iter().chain([start]).map(|m| m.join("::")).collect::<Vec<_>>().join(" -> "));
                } else if seen.insert(next.clone()) {
                    let mut p = path.clone();
                    p.push(next.clone());
                    stack.push((next.clone(), p));
                }
            }
        }
    }
    assert!(cycles.is_empty(), "import cycles: {cycles:#?}");
}
