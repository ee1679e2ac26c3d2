//! Golden snapshots through the binary: `newskg extract FILE --format json` for every file
//! in `examples/` equals `tests/golden/extract/NAME.json`, and the canonical N-Quads of a
//! store holding them all equals `tests/golden/examples.nq`, byte for byte; for the open
//! evaluation set (`../shared/eval/open`, when present) the SHA-256 of the same outputs equal
//! `tests/golden/open.sha256`. A change of output is its own, explained commit
//! (`scripts/golden --bless`).

mod common;

use common::{ok, root};
use sha2::{Digest, Sha256};
use std::path::PathBuf;

fn examples() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .expect("examples/")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    files
}

fn canonical(inputs: &[&str], published: Option<&str>) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = dir.path().join("store");
    let mut args = vec!["-q", "ingest"];
    args.extend_from_slice(inputs);
    if let Some(d) = published {
        args.extend(["--published", d]);
    }
    ok(&store, &args);
    ok(&store, &["export", "--canonical"])
}

fn assert_same(what: &str, now: &str, golden: &str) {
    if now == golden {
        return;
    }
    let line = now
        .lines()
        .zip(golden.lines())
        .position(|(a, b)| a != b)
        .unwrap_or(now.lines().count().min(golden.lines().count()));
    panic!(
        "{what} differs from its snapshot at line {}:\n  now:    {}\n  golden: {}",
        line + 1,
        now.lines().nth(line).unwrap_or("(end)"),
        golden.lines().nth(line).unwrap_or("(end)")
    );
}

#[test]
fn the_examples_give_the_snapshot_outputs() {
    let store = tempfile::tempdir().expect("tempdir");
    for f in examples() {
        let stem = f.file_stem().unwrap().to_string_lossy().to_string();
        let json = ok(
            store.path(),
            &["extract", f.to_str().unwrap(), "--format", "json"],
        );
        let golden =
            std::fs::read_to_string(root().join(format!("tests/golden/extract/{stem}.json")))
                .expect("snapshot");
        assert_same(&format!("extract {stem}"), &json, &golden);
    }
    let paths: Vec<String> = examples()
        .iter()
        .map(|p| p.to_string_lossy().to_string())
        .collect();
    let inputs: Vec<&str> = paths.iter().map(String::as_str).collect();
    let golden =
        std::fs::read_to_string(root().join("tests/golden/examples.nq")).expect("snapshot");
    assert_same(
        "the examples' canonical N-Quads",
        &canonical(&inputs, None),
        &golden,
    );
}

#[test]
fn the_open_set_gives_the_snapshot_outputs() {
    let open = root().join("../shared/eval/open");
    if !open.is_dir() {
        eprintln!("skipped: {} is not here", open.display());
        return;
    }
    let hashes = std::fs::read_to_string(root().join("tests/golden/open.sha256")).expect("hashes");
    let store = tempfile::tempdir().expect("tempdir");
    let mut checked = 0;
    for line in hashes.lines() {
        let (hash, name) = line.split_once("  ").expect("HASH  NAME");
        let (stem, kind) = name.rsplit_once('.').expect("NAME.KIND");
        let gold: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(open.join(format!("{stem}.json"))).expect("gold file"),
        )
        .expect("gold JSON");
        let published = gold["published"].as_str();
        let txt = open.join(format!("{stem}.txt"));
        let txt = txt.to_str().unwrap();
        let out = match kind {
            "json" => {
                let mut args = vec!["extract", txt, "--format", "json"];
                if let Some(d) = published {
                    args.extend(["--published", d]);
                }
                ok(store.path(), &args)
            }
            _ => canonical(&[txt], published),
        };
        let now = format!("{:x}", Sha256::digest(out.as_bytes()));
        assert_eq!(now, hash, "{name} differs from its snapshot");
        checked += 1;
    }
    assert!(checked >= 18, "both outputs of at least 9 articles");
}
