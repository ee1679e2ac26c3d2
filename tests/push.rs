//! `push` and `ingest --endpoint` against a real SPARQL 1.1 store (Virtuoso on
//! 127.0.0.1:18890, installed and started on first use by scripts/test-sparql-store): every
//! article graph arrives whole, and pushing again changes nothing.

mod common;
use common::*;
use std::collections::BTreeMap;

const GSP: &str = "http://127.0.0.1:18890/sparql-graph-crud";
const QUERY: &str = "http://127.0.0.1:18890/sparql";

/// Whether the store answers, after starting it (once per test process) if it does not.
fn server_up() -> bool {
    static STARTED: std::sync::OnceLock<()> = std::sync::OnceLock::new();
    STARTED.get_or_init(|| {
        if reqwest::blocking::get(QUERY).is_err() {
            let _ = std::process::Command::new(root().join("scripts/test-sparql-store"))
                .stdout(std::process::Stdio::inherit())
                .stderr(std::process::Stdio::inherit())
                .status();
        }
    });
    let up = reqwest::blocking::get(QUERY).is_ok();
    if !up {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have the SPARQL store (scripts/test-sparql-store starts it)"
        );
        eprintln!("skipping: no SPARQL store on 127.0.0.1:18890 (run scripts/test-sparql-store)");
    }
    up
}

fn remote_counts(prefix: &str) -> BTreeMap<String, usize> {
    let q = format!("SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), \"{prefix}\")) }} GROUP BY ?g");
    let mut url = reqwest::Url::parse(QUERY).unwrap();
    url.query_pairs_mut().append_pair("query", &q);
    let body = reqwest::blocking::Client::new()
        .get(url)
        .header("Accept", "application/sparql-results+json")
        .send()
        .unwrap()
        .text()
        .unwrap();
    graph_counts_of(&body)
}

#[test]
fn ingest_with_endpoint_and_push_deliver_every_graph_whole() {
    if !server_up() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // Articles of our own with a URL unique to this run, so graphs do not collide.
    let run_id = format!("{}", std::process::id());
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(input.join("a.jsonl"), format!(
        "{{\"text\": \"French troops left Mali on Monday, the army said.\", \"url\": \"https://example.org/{run_id}/a\"}}\n\
         {{\"text\": \"Russian instructors arrived in Niger in April, state television reported.\", \"url\": \"https://example.org/{run_id}/b\"}}\n"
    )).unwrap();
    let store = dir.path().join("store");
    ok(
        &store,
        &["ingest", "--endpoint", GSP, input.to_str().unwrap()],
    );
    // Each article's graph and its entailment graph (the ontology graph is not pushed by
    // ingest; `push` sends it too).
    let local: BTreeMap<String, usize> = graph_counts(&store)
        .into_iter()
        .filter(|(g, _)| g.starts_with("https://newskg.org/id/"))
        .collect();
    assert_eq!(local.len(), 4, "{local:?}");
    let prefix = "https://newskg.org/id/";
    let remote: BTreeMap<String, usize> = remote_counts(prefix)
        .into_iter()
        .filter(|(g, _)| local.contains_key(g))
        .collect();
    assert_eq!(remote, local);
    // Pushing everything again replaces each graph with itself.
    let o = run(&store, &["push", GSP]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("pushed 5 graphs"));
    let again: BTreeMap<String, usize> = remote_counts(prefix)
        .into_iter()
        .filter(|(g, _)| local.contains_key(g))
        .collect();
    assert_eq!(again, local);
}

#[test]
fn a_push_to_nowhere_fails_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let a = dir.path().join("a.txt");
    std::fs::write(&a, "French troops left Mali.\n").unwrap();
    ok(&store, &["ingest", a.to_str().unwrap()]);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let o = run(&store, &["push", &format!("http://127.0.0.1:{port}/store")]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("could not be pushed") && err.contains("connection failed"),
        "{err}"
    );
    let o = run(&store, &["push", "ftp://127.0.0.1/store"]);
    assert_eq!(o.status.code(), Some(2));
}
