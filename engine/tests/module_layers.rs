//! The engine's modules form layers, with no import circle: the schema and the triage levels
//! at the bottom, then the readers of text, then the readers of KB files, the steps of a check
//! and the engine on top. A module that reached up to one that reaches down to it would knot
//! two jobs together; this test names the circle it finds. It reads `crate::` paths in the
//! code (test code left out) for the crate's top-level modules and for the modules of `kb/`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The source of a file without its test module (`#[cfg(test)]` to the end, the convention of
/// this crate) and without line comments.
fn code(path: &Path) -> String {
    let text = fs::read_to_string(path).expect("a source file");
    let text = text.split("#[cfg(test)]\nmod tests {").next().unwrap_or_default();
    text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

/// The `.rs` files under `dir`, test files left out.
fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("a source folder").flatten() {
        let p = entry.path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") && p.file_name().is_some_and(|n| n != "tests.rs") {
            out.push(p);
        }
    }
}

/// The module of `file` at the level below `prefix` (`kb/load.rs` under `kb/` is `load`).
fn module_of(rel: &str) -> String {
    rel.split('/').next().unwrap_or_default().trim_end_matches(".rs").to_string()
}

/// The modules each module uses, among `names`, reading paths that start with `path_prefix`.
fn graph(root: &Path, names: &BTreeSet<String>, path_prefix: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut all = Vec::new();
    files(root, &mut all);
    let mut deps: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in all {
        let rel = f.strip_prefix(root).expect("under root").to_string_lossy().replace('\\', "/");
        let from = module_of(&rel);
        if !names.contains(&from) {
            continue;
        }
        let src = code(&f);
        for (i, _) in src.match_indices(path_prefix) {
            let rest = &src[i + path_prefix.len()..];
            let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            if names.contains(&name) && name != from {
                deps.entry(from.clone()).or_default().insert(name);
            }
        }
    }
    deps
}

/// A circle in `deps`, if there is one.
fn circle(deps: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn walk(
        n: &str,
        deps: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == n) {
            let mut c = path[at..].to_vec();
            c.push(n.to_string());
            return Some(c);
        }
        if done.contains(n) {
            return None;
        }
        path.push(n.to_string());
        for m in deps.get(n).into_iter().flatten() {
            if let Some(c) = walk(m, deps, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(n.to_string());
        None
    }
    let mut done = BTreeSet::new();
    deps.keys().find_map(|k| walk(k, deps, &mut Vec::new(), &mut done))
}

fn names(dir: &Path) -> BTreeSet<String> {
    fs::read_dir(dir)
        .expect("a source folder")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().trim_end_matches(".rs").to_string())
        .filter(|n| !matches!(n.as_str(), "lib" | "mod" | "tests"))
        .collect()
}

#[test]
fn the_top_level_modules_have_no_circle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let deps = graph(&src, &names(&src), "crate::");
    assert!(deps.get("text").is_some_and(|d| d.contains("schema")), "the reading sees its uses: {deps:?}");
    assert_eq!(circle(&deps), None, "{deps:#?}");
    for leaf in ["schema", "triage", "sorting"] {
        let up: Vec<_> = deps.get(leaf).into_iter().flatten().filter(|m| *m != "triage" && *m != "sorting").collect();
        assert!(up.is_empty(), "{leaf} is a leaf but uses {up:?}");
    }
}

#[test]
fn the_modules_of_kb_have_no_circle() {
    let kb = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/kb");
    let deps = graph(&kb, &names(&kb), "crate::kb::");
    assert!(deps.get("load").is_some_and(|d| d.contains("validate")), "the reading sees its uses: {deps:?}");
    assert_eq!(circle(&deps), None, "{deps:#?}");
}

#[test]
fn a_circle_is_found() {
    let deps: BTreeMap<String, BTreeSet<String>> = [
        ("a".to_string(), ["b".to_string()].into()),
        ("b".to_string(), ["c".to_string()].into()),
        ("c".to_string(), ["a".to_string()].into()),
    ]
    .into();
    assert_eq!(circle(&deps), Some(vec!["a".into(), "b".into(), "c".into(), "a".into()]));
}
