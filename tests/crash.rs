//! Crash safety: an ingest killed with SIGKILL at any moment leaves a store that opens,
//! holds every article it holds whole (per-graph triple counts equal a clean run's), and a
//! second run completes it to exactly the clean run's content. Twenty rounds, kill times
//! spread over the part of a run that writes articles (after start-up), and at least a
//! quarter of the kills must land part-way through the corpus, so the test cannot pass
//! without exercising atomicity.

mod common;
use common::*;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn sigkill_at_any_moment_loses_nothing_and_leaves_no_partial_article() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    corpus(&input, N);
    // Start-up (models, the store) costs the same whatever the corpus: time it on one article.
    let one = dir.path().join("one");
    std::fs::create_dir_all(&one).unwrap();
    std::fs::copy(input.join("a000.txt"), one.join("a000.txt")).unwrap();
    let t = Instant::now();
    ok(
        &dir.path().join("startup"),
        &["ingest", one.to_str().unwrap()],
    );
    let startup = t.elapsed();
    let clean = dir.path().join("clean");
    let t = Instant::now();
    ok(&clean, &["ingest", "--batch", "8", input.to_str().unwrap()]);
    let clean_run = t.elapsed();
    let want = graph_counts(&clean);
    let articles = |c: &std::collections::BTreeMap<String, usize>| {
        c.keys().filter(|g| g.contains("/id/article/")).count()
    };
    // Each article's graph and its entailment graph, and the ontology.
    assert_eq!(articles(&want), N);
    assert_eq!(want.len(), 2 * N + 1);

    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut partial_rounds = 0;
    for round in 0..20 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        // Kill somewhere between the end of start-up and the end of a clean run.
        let window = clean_run.saturating_sub(startup).as_micros() as u64 + 1;
        let delay = startup + Duration::from_micros((seed >> 33) % window);
        let store = dir.path().join(format!("round{round}"));
        let mut child = Command::new(bin())
            .arg("--store")
            .arg(&store)
            .args(["ingest", "--batch", "8", input.to_str().unwrap()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        let _ = child.kill(); // SIGKILL on Unix
        let _ = child.wait();
        // The store opens, and whatever it holds is whole.
        let got = graph_counts(&store);
        for (g, n) in &got {
            assert_eq!(want.get(g), Some(n), "round {round}: graph {g} is partial");
        }
        if articles(&got) > 0 && articles(&got) < N {
            partial_rounds += 1;
        }
        // Running again completes it to exactly the clean content.
        ok(&store, &["ingest", "--batch", "8", input.to_str().unwrap()]);
        assert_eq!(
            graph_counts(&store),
            want,
            "round {round}: rerun differs from a clean run"
        );
        std::fs::remove_dir_all(&store).ok();
    }
    eprintln!("20 rounds, {partial_rounds} killed part-way through the corpus");
    assert!(
        partial_rounds >= 5,
        "only {partial_rounds} of 20 kills landed mid-ingest (start-up {startup:?}, clean run {clean_run:?})"
    );
}

/// Articles in the corpus: enough batches that a kill after start-up lands between them.
const N: usize = 300;
