//! Helpers shared by the integration tests: run the real binary on a temporary store.
#![allow(dead_code)]

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_newskg")
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `newskg --store STORE ARGS…`.
pub fn run(store: &Path, args: &[&str]) -> Output {
    Command::new(bin())
        .arg("--store")
        .arg(store)
        .args(args)
        .env_remove("NEWSKG_STORE")
        .output()
        .expect("run newskg")
}

/// Runs and asserts success; returns stdout.
pub fn ok(store: &Path, args: &[&str]) -> String {
    let o = run(store, args);
    assert!(
        o.status.success(),
        "newskg {args:?} failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).expect("utf-8 output")
}

/// Values of one column of a JSON SPARQL result.
pub fn column(json: &str, var: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(json).expect("SPARQL JSON results");
    let mut out: Vec<String> = v["results"]["bindings"]
        .as_array()
        .expect("bindings")
        .iter()
        .filter_map(|b| b[var]["value"].as_str().map(str::to_string))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The local names (after '#' or the last '/') of a column's IRIs.
pub fn locals(values: &[String]) -> Vec<String> {
    let mut v: Vec<String> = values
        .iter()
        .map(|s| s.rsplit(['#', '/']).next().unwrap_or(s).to_string())
        .collect();
    v.sort();
    v.dedup();
    v
}

/// Ask a named query, JSON out.
pub fn named(store: &Path, name: &str, params: &[&str]) -> String {
    let mut args = vec!["query", "--name", name, "--format", "json"];
    for p in params {
        args.push("--param");
        args.push(p);
    }
    ok(store, &args)
}

/// Number of quads in the store.
pub fn count(store: &Path) -> usize {
    let out = ok(
        store,
        &[
            "query",
            "--format",
            "json",
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
        ],
    );
    column(&out, "n")[0].parse().expect("a count")
}

/// (graph, quad count) pairs of a SPARQL JSON result with columns `g` and `n`.
pub fn graph_counts_of(json: &str) -> std::collections::BTreeMap<String, usize> {
    let v: serde_json::Value = serde_json::from_str(json).expect("SPARQL JSON results");
    v["results"]["bindings"]
        .as_array()
        .expect("bindings")
        .iter()
        .map(|b| {
            (
                b["g"]["value"].as_str().unwrap().to_string(),
                b["n"]["value"].as_str().unwrap().parse().unwrap(),
            )
        })
        .collect()
}

/// Quads per named graph in a store.
pub fn graph_counts(store: &Path) -> std::collections::BTreeMap<String, usize> {
    graph_counts_of(&ok(
        store,
        &[
            "query",
            "--format",
            "json",
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
        ],
    ))
}

/// The independent tools some tests judge newskg with, prepared once per test process by
/// `scripts/test-oracles`: curl, and a virtual environment under `~/.cache/newskg/venv` with
/// rdflib, pySHACL and SPARQLWrapper. Returns that environment's python, or `None` when they
/// could not be prepared (the script said why on stderr).
pub fn oracles() -> Option<&'static Path> {
    static PY: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
    PY.get_or_init(|| {
        let out = Command::new(root().join("scripts/test-oracles"))
            .stderr(std::process::Stdio::inherit())
            .output()
            .ok()
            .filter(|o| o.status.success())?;
        let py = String::from_utf8(out.stdout).ok()?.trim().to_string();
        (!py.is_empty()).then(|| PathBuf::from(py))
    })
    .as_deref()
}

/// A command running the test oracles' python (see [`oracles`]); call after
/// [`python_has`] said yes.
pub fn python() -> Command {
    Command::new(oracles().expect("the test oracles' python (scripts/test-oracles)"))
}

/// Whether the test oracles' python (see [`oracles`]) can import `modules` (e.g. "pyshacl,
/// rdflib"). Without them a test skips, saying so, except in CI, where they must be there.
pub fn python_has(modules: &str, what: &str) -> bool {
    let ok = oracles().is_some_and(|py| {
        Command::new(py)
            .args(["-c", &format!("import {modules}")])
            .status()
            .is_ok_and(|s| s.success())
    });
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have {what} (scripts/test-oracles prepares it)"
        );
        eprintln!("skipping: {what} could not be prepared (see scripts/test-oracles)");
    }
    ok
}

const COUNTRIES: &[&str] = &[
    "Mali", "Niger", "Chad", "Sudan", "Kenya", "Peru", "Iraq", "Syria", "Libya", "Yemen",
];
const OWNERS: &[&str] = &[
    "French", "Belgian", "German", "Italian", "Danish", "Spanish", "Turkish", "Russian",
];

/// Writes `n` short articles of our own making, each different, as `aNNN.txt` in `dir`.
pub fn corpus(dir: &Path, n: usize) {
    std::fs::create_dir_all(dir).unwrap();
    for i in 0..n {
        let c = COUNTRIES[i % COUNTRIES.len()];
        let o = OWNERS[(i / COUNTRIES.len()) % OWNERS.len()];
        let text = format!(
            "{o} troops left {c} on Monday, officials said in article {i}.\n\n\
             The government in {c} had demanded their departure after soldiers seized power in {y}. \
             About {k} {o} soldiers had arrived in {c} two years earlier. Protesters rallied in the capital.\n",
            y = 2000 + i % 24,
            k = 100 + i
        );
        std::fs::write(dir.join(format!("a{i:03}.txt")), text).unwrap();
    }
}

/// A running `newskg serve`, stopped when dropped.
pub struct Server {
    pub child: std::process::Child,
    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub url: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn serve(store: &Path, extra: &[&str]) -> Server {
    let mut child = std::process::Command::new(bin())
        .arg("--store")
        .arg(store)
        .args(["serve", "--bind", "127.0.0.1:0"])
        .args(extra)
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .expect("start newskg serve");
    let mut line = String::new();
    std::io::BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://127.0.0.1:"))
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .trim_end_matches('/')
        .to_string();
    Server { child, url }
}
