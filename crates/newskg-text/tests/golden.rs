//! Golden snapshots of the extraction, in-process: for every file in `examples/`, the JSON
//! `newskg extract --format json` prints must equal `tests/golden/extract/NAME.json` byte for
//! byte; for the open evaluation set (`../shared/eval/open`, when present) its SHA-256 must
//! equal the line in `tests/golden/open.sha256`. The binary's test (`tests/golden.rs` at the
//! root) checks the same files and the canonical N-Quads. A change of output is its own
//! commit: re-bless with `scripts/golden --bless` and say why.

use newskg_text::source::{self, Item, Meta};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// `NEWSKG_BLESS=1` writes the snapshots instead of checking them (`scripts/golden --bless`
/// does the same from the binary, with the N-Quads).
fn bless() -> bool {
    std::env::var_os("NEWSKG_BLESS").is_some_and(|v| v == "1")
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// What `newskg extract FILE --format json [--published DATE]` prints.
fn extract_json(path: &Path, published: Option<&str>) -> Vec<u8> {
    let meta = Meta {
        published: published.map(|d| source::parse_date(d).expect("a date")),
        ..Meta::default()
    };
    let article = source::read_input(path, &meta, false)
        .expect("readable input")
        .find_map(|i| match i {
            Item::Article(a) => Some(a),
            Item::Skipped { .. } => None,
        })
        .expect("an article");
    let x = newskg_text::extract_article_in_characters(&article);
    let mut out = serde_json::to_vec_pretty(&x).expect("JSON");
    out.push(b'\n');
    out
}

#[test]
fn examples_extract_as_the_snapshots_say() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .expect("examples/")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    assert!(files.len() >= 3, "examples/ holds the bundled articles");
    for f in files {
        let stem = f.file_stem().unwrap().to_string_lossy().to_string();
        let golden = root().join(format!("tests/golden/extract/{stem}.json"));
        let now = extract_json(&f, None);
        if bless() {
            std::fs::write(&golden, &now).expect("write the snapshot");
            continue;
        }
        let want = std::fs::read(&golden).unwrap_or_default();
        if now != want {
            let now = String::from_utf8_lossy(&now);
            let want = String::from_utf8_lossy(&want);
            let first = now
                .lines()
                .zip(want.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            panic!(
                "{stem}: extraction differs from {} at line {}:\n  now:    {}\n  golden: {}",
                golden.display(),
                first + 1,
                now.lines().nth(first).unwrap_or(""),
                want.lines().nth(first).unwrap_or("")
            );
        }
    }
}

#[test]
fn the_open_set_extracts_as_the_snapshots_say() {
    let open = root().join("../shared/eval/open");
    if !open.is_dir() {
        eprintln!("skipped: {} is not here", open.display());
        return;
    }
    let path = root().join("tests/golden/open.sha256");
    let hashes = std::fs::read_to_string(&path).unwrap_or_default();
    let mut stems: Vec<String> = std::fs::read_dir(&open)
        .expect("the open set")
        .filter_map(|e| {
            let p = e.ok()?.path();
            let stem = p.file_stem()?.to_string_lossy().to_string();
            (p.extension()? == "txt").then_some(stem)
        })
        .collect();
    stems.sort();
    let mut checked = 0;
    let mut blessed: Vec<String> = hashes
        .lines()
        .filter(|l| !l.ends_with(".json"))
        .map(str::to_string)
        .collect();
    for stem in &stems {
        let name = format!("{stem}.json");
        let hash = hashes
            .lines()
            .find_map(|l| l.strip_suffix(&format!("  {name}")))
            .unwrap_or("(no snapshot)");
        let gold: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(open.join(format!("{stem}.json"))).expect("gold file"),
        )
        .expect("gold JSON");
        let json = extract_json(
            &open.join(format!("{stem}.txt")),
            gold["published"].as_str(),
        );
        let now = format!("{:x}", Sha256::digest(&json));
        checked += 1;
        if bless() {
            blessed.push(format!("{now}  {name}"));
            continue;
        }
        assert_eq!(now, hash, "{stem}: extraction differs from its snapshot");
    }
    if bless() {
        blessed.sort_by(|a, b| a[66..].cmp(&b[66..]));
        std::fs::write(&path, blessed.join("\n") + "\n").expect("write the hashes");
    }
    assert!(checked >= 9, "the open set has at least 9 articles");
}
