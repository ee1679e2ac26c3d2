//! Reading and writing while another newskg process holds the store: `query` and `export`
//! during an `ingest`, `serve` answering while the CLI's `ingest` sends it articles, every
//! answer seeing each article whole or not at all (per-graph quad counts equal the graphs
//! `extract --format nquads` says ingest stores); answers forwarded to the holder equal the
//! store's own; a stale address file breaks nothing; `POST /ingest` behind the update
//! permission. The corpus is our own sentences (`common::corpus`).

mod common;
use common::*;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};

/// Quads per graph (article graphs and their entailment graphs) of the graphs an ingest of
/// `input` writes, from `extract --format nquads` (distinct quads, as a store holds them).
fn expected_counts(input: &Path) -> BTreeMap<String, usize> {
    let o = Command::new(bin())
        .args(["extract", "--format", "nquads", input.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success());
    let text = String::from_utf8(o.stdout).unwrap();
    let lines: std::collections::BTreeSet<&str> = text.lines().collect();
    let mut counts = BTreeMap::new();
    for l in lines {
        let graph = l.trim_end_matches(" .").rsplit(' ').next().unwrap();
        let g = graph
            .trim_start_matches('<')
            .trim_end_matches('>')
            .to_string();
        *counts.entry(g).or_insert(0) += 1;
    }
    counts
}

const COUNTS: &str = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";

/// Checks that every article graph (and entailment graph) in `got` is whole; returns the
/// number of article graphs.
fn check_whole(got: &BTreeMap<String, usize>, want: &BTreeMap<String, usize>, what: &str) -> usize {
    let mut articles = 0;
    for (g, n) in got {
        if g == "https://newskg.org/ns" {
            continue; // the ontology graph, written before any article
        }
        assert_eq!(want.get(g), Some(n), "{what}: graph {g} is partial");
        articles += usize::from(g.contains("/id/article/"));
    }
    articles
}

/// Quads per graph of an N-Quads export.
fn counts_of_nquads(text: &str) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for l in text.lines().filter(|l| !l.is_empty()) {
        let g = l.trim_end_matches(" .").rsplit(' ').next().unwrap();
        let g = g.trim_start_matches('<').trim_end_matches('>').to_string();
        *counts.entry(g).or_insert(0) += 1;
    }
    counts
}

const N: usize = 300;

#[test]
fn query_and_export_during_an_ingest_see_every_article_whole() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    corpus(&input, N);
    assert_eq!(expected_counts(&input).len(), 2 * N);
    query_and_export_during_an_ingest(dir.path(), &input);
}

/// The number of distinct articles among the graphs an ingest writes.
fn articles_in(want: &BTreeMap<String, usize>) -> usize {
    want.keys().filter(|g| g.contains("/id/article/")).count()
}

/// `query` and `export` against a store while the CLI's `ingest` of `input` writes it:
/// every answer sees each article whole, at least three come part-way through.
fn query_and_export_during_an_ingest(dir: &Path, input: &Path) {
    let want = expected_counts(input);
    let n = articles_in(&want);
    let store = dir.join("store");
    let mut ingest = Command::new(bin())
        .arg("--store")
        .arg(&store)
        .args(["ingest", "--batch", "4", input.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let (mut answers, mut mid) = (0, 0);
    while ingest.try_wait().unwrap().is_none() {
        let o = run(&store, &["query", "--format", "json", COUNTS]);
        assert!(
            o.status.success(),
            "a query during the ingest failed: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let got = graph_counts_of(&String::from_utf8_lossy(&o.stdout));
        let articles = check_whole(&got, &want, "query");
        answers += 1;
        mid += usize::from(articles > 0 && articles < n);
        if answers % 4 == 0 {
            let nq = ok(&store, &["export", "--format", "nquads"]);
            check_whole(&counts_of_nquads(&nq), &want, "export");
        }
    }
    assert!(ingest.wait().unwrap().success());
    eprintln!("{answers} answers during the ingest, {mid} part-way through the corpus");
    assert!(
        mid >= 3,
        "only {mid} answers came part-way through the ingest"
    );
    let done = graph_counts(&store);
    assert_eq!(check_whole(&done, &want, "after"), n);
    // The holder's address file is gone with it.
    assert!(!store.join("newskg-endpoint").exists());
}

/// GET /query on the endpoint with the counts question; the per-graph counts.
fn served_counts(url: &str) -> BTreeMap<String, usize> {
    let o = Command::new("curl")
        .args(["-s", "-S", "-f", "--max-time", "30", "-G"])
        .arg(format!("{url}/query"))
        .args(["--data-urlencode", &format!("query={COUNTS}")])
        .output()
        .expect("curl is installed (scripts/setup installs it)");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    graph_counts_of(&String::from_utf8_lossy(&o.stdout))
}

#[test]
fn serve_answers_while_the_cli_ingest_sends_it_articles() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    corpus(&input, N);
    serve_answers_while_the_cli_ingest_sends(dir.path(), &input);
}

/// `serve` holds the store and the CLI's `ingest` of `input` sends it the articles: every
/// answer of the endpoint during the ingest sees each article whole.
fn serve_answers_while_the_cli_ingest_sends(dir: &Path, input: &Path) {
    let want = expected_counts(input);
    let n = articles_in(&want);
    let store = dir.join("store");
    let server = serve(&store, &[]);
    let ingest = Command::new(bin())
        .arg("--store")
        .arg(&store)
        .args(["ingest", "--batch", "4", input.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = ingest.id();
    let waiter = std::thread::spawn(move || ingest.wait_with_output().unwrap());
    let (mut answers, mut mid) = (0, 0);
    while !waiter.is_finished() {
        let articles = check_whole(&served_counts(&server.url), &want, "serve");
        answers += 1;
        mid += usize::from(articles > 0 && articles < n);
    }
    let o = waiter.join().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "ingest {pid}: {err}");
    assert!(err.contains("sending the articles to it"), "{err}");
    assert!(err.contains(&format!("({n} new")), "{err}");
    eprintln!("{answers} answers from serve during the ingest, {mid} part-way through the corpus");
    assert!(
        mid >= 3,
        "only {mid} answers came part-way through the ingest"
    );
    // Every graph whole, and exactly what a local ingest writes.
    let done = served_counts(&server.url);
    assert_eq!(check_whole(&done, &want, "after"), n);
    assert_eq!(done.len(), want.len() + 1);
}

/// The BBC News corpus (2,225 articles; its text may not be committed, so this test is run
/// by hand where the corpus is: `NEWSKG_BBC=/path/bbc_articles.jsonl cargo test --release
/// --test concurrent -- --ignored`, default `../shared/data/corpora/bbc/bbc_articles.jsonl`).
/// It fails, never passes, without the corpus.
fn bbc_corpus() -> (std::path::PathBuf, usize) {
    let path = std::env::var_os("NEWSKG_BBC").map_or_else(
        || {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../shared/data/corpora/bbc/bbc_articles.jsonl")
        },
        Into::into,
    );
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("the BBC corpus {}: {e}", path.display()));
    let n = text.lines().filter(|l| !l.trim().is_empty()).count();
    (path, n)
}

#[test]
#[ignore = "needs the BBC corpus, which may not be committed; run by hand (see bbc_corpus)"]
fn a_query_and_a_serve_answer_during_a_whole_bbc_ingest_see_every_article_whole() {
    let (input, lines) = bbc_corpus();
    assert!(lines > 2000, "{lines} articles is not the whole corpus");
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("cli")).unwrap();
    std::fs::create_dir(dir.path().join("serve")).unwrap();
    query_and_export_during_an_ingest(&dir.path().join("cli"), &input);
    serve_answers_while_the_cli_ingest_sends(&dir.path().join("serve"), &input);
}

#[test]
fn forwarded_answers_equal_the_stores_own() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ok(
        &store,
        &["ingest", "-q", root().join("examples").to_str().unwrap()],
    );
    let asks: Vec<Vec<&str>> = vec![
        vec![
            "query",
            "--name",
            "forces-left",
            "--param",
            "country=Niger",
            "--param",
            "after=coup",
            "--format",
            "table",
        ],
        vec![
            "query",
            "--name",
            "timeline",
            "--param",
            "country=Niger",
            "--format",
            "csv",
        ],
        vec!["query", "--name", "entities", "--format", "json"],
        vec![
            "query",
            "--no-entailment",
            "--format",
            "tsv",
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
        ],
        vec!["query", "ASK { ?e a nkg:Arrival }", "--format", "xml"],
        vec![
            "query",
            "CONSTRUCT { ?e a nkg:Coup } WHERE { ?e a nkg:Coup }",
        ],
        vec!["export", "--format", "trig"],
        vec!["export", "--canonical"],
    ];
    let own: Vec<String> = asks.iter().map(|a| ok(&store, a)).collect();
    let _server = serve(&store, &[]);
    for (a, want) in asks.iter().zip(&own) {
        assert_eq!(&ok(&store, a), want, "{a:?} through serve");
    }
    // A bad query is the same one-line usage error.
    let o = run(&store, &["query", "SELECT * WHERE { ?s ?p }"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn a_stale_address_file_breaks_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ok(
        &store,
        &["ingest", "-q", root().join("examples").to_str().unwrap()],
    );
    // A process that held the store was killed: its file names a port nobody listens on.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let stale = format!(r#"{{"url":"{url}","token":"0123456789abcdef","pid":1}}"#);
    std::fs::write(store.join("newskg-endpoint"), &stale).unwrap();
    let want = ok(&store, &["query", "--name", "entities", "--format", "json"]);
    assert!(want.contains("Q1032"));
    // Held by a process that does not answer: the file is tried, then one clear sentence.
    let held = newskg::store::Store::open(&store).unwrap();
    let t = std::time::Instant::now();
    let o = run(&store, &["query", "--name", "entities"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("in use by another newskg process"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(t.elapsed().as_secs() < 20);
    drop(held);
    // Another process answering at that address with another token is not the holder either.
    let server = serve(&dir.path().join("other"), &[]);
    let wrong = format!(
        r#"{{"url":"{}","token":"0123456789abcdef","pid":1}}"#,
        server.url
    );
    std::fs::write(store.join("newskg-endpoint"), wrong).unwrap();
    let _held = newskg::store::Store::open(&store).unwrap();
    let o = run(&store, &["query", "--name", "entities"]);
    assert_eq!(o.status.code(), Some(1));
}

/// POST /ingest with curl: status and body.
fn post_ingest(base: &str, query: &str, args: &[&str]) -> (u16, String) {
    let o = Command::new("curl")
        .args([
            "-s",
            "-S",
            "-w",
            "\n%{http_code}",
            "--max-time",
            "60",
            "-X",
            "POST",
        ])
        .args(args)
        .arg(format!("{base}/ingest{query}"))
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout).to_string();
    let (body, code) = out.rsplit_once('\n').unwrap();
    (code.trim().parse().unwrap(), body.to_string())
}

fn new_and_skipped(body: &str) -> (Option<u64>, Option<u64>) {
    let v: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
    (v["new"].as_u64(), v["skipped"].as_u64())
}

const ALL: &str = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

#[test]
fn post_ingest_needs_the_update_permission_and_reads_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let file = |name: &str| format!("@{}", root().join("examples").join(name).display());
    let text = file("niger-us-pullout.txt");
    let plain = ["-H", "Content-Type: text/plain", "--data-binary", &text];
    let ro = serve(&store, &[]);
    let (code, body) = post_ingest(&ro.url, "", &plain);
    assert_eq!(code, 403, "{body}");
    drop(ro);
    let token = "a-token-of-sixteen-or-more";
    let rw = serve(&store, &["--allow-update", "--update-token", token]);
    let base = rw.url.clone();
    let (code, body) = post_ingest(&base, "", &plain);
    assert_eq!(code, 401, "{body}");
    let nothing = column(&served(&base, ALL), "n");
    assert_eq!(nothing, vec!["0".to_string()], "a refused ingest wrote");
    let auth = format!("Authorization: Bearer {token}");
    let with = |args: &[&str]| {
        [&["-H", auth.as_str()][..], args]
            .concat()
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
    };
    let post = |query: &str, args: &[&str]| {
        let a = with(args);
        post_ingest(
            &base,
            query,
            &a.iter().map(String::as_str).collect::<Vec<_>>(),
        )
    };
    let (code, body) = post("?published=2024-04-19&source=Example", &plain);
    assert_eq!((code, new_and_skipped(&body).0), (200, Some(1)), "{body}");
    // Markdown, HTML and JSONL bodies, read as ingest reads those files.
    let md = file("sahel-protests.md");
    let (code, body) = post(
        "",
        &["-H", "Content-Type: text/markdown", "--data-binary", &md],
    );
    assert_eq!((code, new_and_skipped(&body).0), (200, Some(1)), "{body}");
    let jsonl = "{\"text\":\"French troops left Mali in 2022.\",\"url\":\"http://ex.org/1\"}\n\
                 {\"text\":\"Russian advisers arrived in Niger.\",\"url\":\"http://ex.org/2\"}\nnot json\n";
    let (code, body) = post(
        "",
        &[
            "-H",
            "Content-Type: application/x-ndjson",
            "--data-binary",
            jsonl,
        ],
    );
    assert_eq!(
        (code, new_and_skipped(&body)),
        (200, (Some(2), Some(1))),
        "{body}"
    );
    let html = "<html><head><title>Pullout</title></head><body><p>German troops left Mali.</p></body></html>";
    let (code, body) = post(
        "",
        &["-H", "Content-Type: text/html", "--data-binary", html],
    );
    assert_eq!((code, new_and_skipped(&body).0), (200, Some(1)), "{body}");
    // Bad bodies and parameters are one-line refusals, and nothing is written.
    let before = served(&base, ALL);
    for (query, media, data, want) in [
        ("", "text/plain", "   \n", 400),
        ("", "application/pdf", "%PDF-1.4", 415),
        (
            "?published=yesterday",
            "text/plain",
            "Troops left Chad.",
            400,
        ),
    ] {
        let ct = format!("Content-Type: {media}");
        let (code, body) = post(query, &["-H", &ct, "--data-binary", data]);
        assert_eq!(code, want, "{body}");
        assert_eq!(body.trim().lines().count(), 1, "{body}");
    }
    assert_eq!(served(&base, ALL), before);
    // The metadata the query string gave is stored.
    let dates = served(
        &base,
        "SELECT ?d WHERE { ?a a schema:NewsArticle ; schema:datePublished ?d }",
    );
    assert!(dates.contains("2024-04-19"), "{dates}");
}

fn served(url: &str, query: &str) -> String {
    let o = Command::new("curl")
        .args(["-s", "-S", "-f", "--max-time", "30", "-G"])
        .arg(format!("{url}/query"))
        .args(["--data-urlencode", &format!("query={query}")])
        .output()
        .unwrap();
    assert!(o.status.success());
    String::from_utf8_lossy(&o.stdout).to_string()
}
