//! Bad input: each case gives one clear line on stderr, a non-zero exit code (2 for usage
//! errors, 1 for runtime errors), no panic, and leaves the store as it was.

mod common;
use common::*;
use std::path::Path;

fn store_with_one_article(dir: &Path) -> std::path::PathBuf {
    let store = dir.join("store");
    let a = dir.join("seed.txt");
    std::fs::write(
        &a,
        "French troops left Mali in August 2022, the army said.\n",
    )
    .unwrap();
    ok(&store, &["ingest", a.to_str().unwrap()]);
    store
}

/// Runs a failing command and checks the contract; returns stderr.
fn fails(store: &Path, args: &[&str], code: i32) -> String {
    let before = count(store);
    let o = run(store, args);
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert_eq!(o.status.code(), Some(code), "newskg {args:?}: {err}");
    assert!(!err.contains("panicked"), "{err}");
    let errors: Vec<&str> = err.lines().filter(|l| l.contains("error")).collect();
    assert_eq!(
        errors.len(),
        1,
        "one error line expected for {args:?}: {err}"
    );
    assert_eq!(count(store), before, "store changed by {args:?}");
    err
}

#[test]
fn bad_inputs_fail_cleanly_and_leave_the_store_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let store = store_with_one_article(d);
    let empty = d.join("empty.txt");
    std::fs::write(&empty, "  \n").unwrap();
    let binary = d.join("image.png");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0").unwrap();
    let nul = d.join("nul.txt");
    std::fs::write(&nul, b"French troops\0 left.").unwrap();

    assert!(fails(
        &store,
        &["ingest", d.join("missing.txt").to_str().unwrap()],
        1
    )
    .contains("no such file"));
    assert!(fails(&store, &["ingest", empty.to_str().unwrap()], 1).contains("empty file"));
    assert!(fails(&store, &["ingest", binary.to_str().unwrap()], 1).contains("binary"));
    assert!(fails(&store, &["ingest", nul.to_str().unwrap()], 1).contains("binary"));
    assert!(fails(
        &store,
        &[
            "ingest",
            "--published",
            "2024-13-45",
            empty.to_str().unwrap()
        ],
        2
    )
    .contains("invalid date"));
    assert!(fails(&store, &["query", "SELECT * WHERE { ?s ?p }"], 2).contains("line 1"));
    assert!(fails(&store, &["query", "--name", "nope"], 2).contains("unknown named query"));
    assert!(fails(&store, &["query", "--name", "forces-left"], 2).contains("country"));
    assert!(fails(
        &store,
        &[
            "query",
            "--name",
            "forces-left",
            "--param",
            "colour=red",
            "--param",
            "country=Q1"
        ],
        2
    )
    .contains("unknown parameter"));
    assert!(fails(
        &store,
        &[
            "query",
            "--name",
            "forces-left",
            "--param",
            "country=Q1032> } ; DROP ALL ; #"
        ],
        2
    )
    .contains("country"));
    assert!(fails(&store, &["query", "DROP ALL"], 2).contains("update"));
    assert!(fails(
        &store,
        &["query", "INSERT DATA { <http://a> <http://b> <http://c> }"],
        2
    )
    .contains("update"));
    assert!(fails(&store, &["export", "--format", "yaml"], 2)
        .contains("invalid value 'yaml' for '--format <FORMAT>'"));
    // A 50 MB single line is refused before it is read.
    let huge = d.join("huge.txt");
    let f = std::fs::File::create(&huge).unwrap();
    f.set_len(50 << 20).unwrap();
    drop(f);
    std::fs::write(&huge, "troops left Mali ".repeat(3_100_000)).unwrap();
    assert!(fails(&store, &["ingest", huge.to_str().unwrap()], 1).contains("too large"));
}

#[test]
fn a_directory_of_mixed_files_ingests_the_text_and_skips_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("in");
    std::fs::create_dir(&d).unwrap();
    std::fs::write(
        d.join("a.txt"),
        "Danish soldiers arrived in Mali on Monday.\n",
    )
    .unwrap();
    std::fs::write(d.join("b.bin"), b"\0\x01\x02\x03binary").unwrap();
    std::fs::write(d.join("c.txt"), "").unwrap();
    std::fs::write(d.join("d.html"), "<html><head><script>var troops = 'French troops left Chad';</script></head><body><p>Belgian troops left Niger on Monday.</p></body></html>").unwrap();
    std::fs::write(
        d.join("e.txt"),
        b"Latin-1 caf\xe9: French troops left Chad.\n",
    )
    .unwrap();
    std::fs::write(
        d.join("f.jsonl"),
        "{\"text\": \"Italian troops left Niger.\", \"published\": \"2023-12-01\"}\nnot json\n",
    )
    .unwrap();
    let store = dir.path().join("store");
    let o = run(&store, &["ingest", d.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("b.bin") && err.contains("binary"), "{err}");
    assert!(err.contains("c.txt") && err.contains("empty"), "{err}");
    assert!(
        err.contains("f.jsonl:2") && err.contains("not JSON"),
        "{err}"
    );
    assert!(err.contains("e.txt") && err.contains("UTF-8"), "{err}");
    assert!(err.contains("4 articles"), "{err}");
    let left = column(&named(&store, "forces-left", &["country=Niger"]), "actor");
    assert!(
        left.contains(&"http://www.wikidata.org/entity/Q31".to_string()),
        "{left:?}"
    );
    // Script text never reaches the graph.
    let ttl = ok(&store, &["export"]);
    assert!(!ttl.contains("var troops"));
}

#[test]
fn a_store_in_use_gets_one_clear_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_one_article(dir.path());
    let held = newskg::store::Store::open(&store).unwrap();
    let o = run(&store, &["query", "--name", "entities"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1));
    assert!(err.contains("in use by another newskg process"), "{err}");
    assert!(!err.contains("LOCK"), "{err}");
    drop(held);
}

#[test]
fn an_unwritable_store_location_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-dir");
    std::fs::write(&file, "x").unwrap();
    let a = dir.path().join("a.txt");
    std::fs::write(&a, "French troops left Mali.\n").unwrap();
    let o = run(&file.join("store"), &["ingest", a.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("cannot create the store directory"), "{err}");
}
