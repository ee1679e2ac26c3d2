//! Inputs that are streams, not files: a named pipe, bash's process substitution and a
//! character device are read as they come, up to the per-article limit, with a clear
//! one-line error past it; nothing is stored from a refused input.

mod common;
use common::*;
use std::process::Command;

fn ingest_via_bash(store: &std::path::Path, input: &str) -> std::process::Output {
    Command::new("bash")
        .arg("-c")
        .arg(format!(
            "\"{}\" --store \"{}\" ingest {input}",
            bin(),
            store.display()
        ))
        .env_remove("NEWSKG_STORE")
        .output()
        .expect("bash")
}

#[test]
fn process_substitution_is_read_as_an_article() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let article = root().join("examples/niger-us-pullout.txt");
    let o = ingest_via_bash(&store, &format!("<(cat \"{}\")", article.display()));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("ingested 1 article (1 new"), "{err}");
    let left = column(&named(&store, "forces-left", &["country=Q1032"]), "actor");
    assert!(
        left.contains(&"http://www.wikidata.org/entity/Q30".to_string()),
        "{left:?}"
    );
}

#[test]
fn a_named_pipe_is_read_as_an_article() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let fifo = dir.path().join("feed");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            std::fs::write(
                &fifo,
                "French troops left Niger in December after the coup.\n",
            )
            .unwrap()
        })
    };
    let o = run(&store, &["ingest", fifo.to_str().unwrap()]);
    writer.join().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("ingested 1 article (1 new"), "{err}");
}

#[test]
fn an_endless_device_is_refused_past_the_limit_and_nothing_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ok(
        &store,
        &["ingest", "-q", root().join("examples").to_str().unwrap()],
    );
    let before = ok(&store, &["export", "--canonical"]);
    let o = run(&store, &["ingest", "/dev/zero"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(
        err.trim(),
        "newskg: error: /dev/zero: larger than the 16 MB limit for one article"
    );
    assert_eq!(ok(&store, &["export", "--canonical"]), before);
}

#[test]
fn an_empty_stream_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let o = ingest_via_bash(&store, "<(true)");
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("empty input: nothing to ingest"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}
