//! `newskg validate` checks SHACL shapes; pySHACL, an independent implementation, is the
//! oracle: on a deliberately broken file both must find exactly the same results, and on
//! what newskg writes both must find none.

mod common;
use common::*;
use std::collections::BTreeSet;
use std::path::Path;

fn pyshacl_available() -> bool {
    python_has("pyshacl, rdflib", "pyshacl")
}

/// Compares the W3C report newskg wrote (`ours`, Turtle) with pySHACL's on `data`:
/// prints, per line, focus|path|component|value for each side.
const COMPARE: &str = r#"
import sys, rdflib, pyshacl
from rdflib.namespace import SH
data, shapes, onto, ours = sys.argv[1:5]
def results(g):
    out = set()
    for r in g.subjects(rdflib.RDF.type, SH.ValidationResult):
        path = g.value(r, SH.resultPath)
        if isinstance(path, rdflib.BNode):
            path = '^' + str(g.value(path, SH.inversePath))
        value = g.value(r, SH.value)
        out.add('|'.join([str(g.value(r, SH.focusNode)), str(path or ''),
                          str(g.value(r, SH.sourceConstraintComponent)).split('#')[-1],
                          '' if value is None else value.n3()]))
    return out
d = rdflib.Graph(); d.parse(data)
conforms, report, _ = pyshacl.validate(d, shacl_graph=shapes, ont_graph=onto, inference='none')
g = rdflib.Graph(); g.parse(ours, format='turtle')
mine = results(g)
theirs = results(report)
ours_conforms = next(g.objects(None, SH.conforms), None)
print('pyshacl conforms', conforms, len(theirs))
print('newskg conforms', ours_conforms.toPython() if ours_conforms is not None else None, len(mine))
for x in sorted(theirs - mine): print('only pyshacl', x)
for x in sorted(mine - theirs): print('only newskg', x)
"#;

/// Runs the comparison; returns (pyshacl line, newskg line, differences).
fn compare_with_pyshacl(data: &Path, report: &Path) -> (String, String, Vec<String>) {
    let out = python()
        .args([
            "-c",
            COMPARE,
            data.to_str().unwrap(),
            root().join("ontology/shapes.ttl").to_str().unwrap(),
            root().join("ontology/newskg.ttl").to_str().unwrap(),
            report.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines().map(str::to_string);
    let theirs = lines.next().unwrap();
    let mine = lines.next().unwrap();
    (theirs, mine, lines.collect())
}

/// Exports the store's asserted triples to `dir`, validates that file with newskg (W3C
/// report) and compares with pySHACL on it.
fn compare_store_with_pyshacl(store: &Path, dir: &Path) -> (String, String, Vec<String>) {
    let data = dir.join("data.ttl");
    ok(
        store,
        &["export", "--no-entailment", "-o", data.to_str().unwrap()],
    );
    let report = dir.join("report.ttl");
    ok(
        store,
        &[
            "validate",
            data.to_str().unwrap(),
            "--format",
            "turtle",
            "-o",
            report.to_str().unwrap(),
        ],
    );
    compare_with_pyshacl(&data, &report)
}

#[test]
fn a_broken_file_gets_a_clear_report_that_agrees_with_pyshacl() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let broken = root().join("tests/fixtures/shacl/broken.ttl");
    let o = run(&store, &["validate", broken.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "non-conforming data exits 1");
    let text = String::from_utf8_lossy(&o.stdout);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("does not conform"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(text.starts_with("does not conform: 21 results"), "{text}");
    // Every kind of break in the file is named in the readable report.
    for (focus, what) in [
        ("article>", "schema:articleBody: expected at least 1"),
        ("article>", "schema:headline: expected at most 1"),
        ("article>", "[Pattern]"),
        ("article>", "schema:datePublished"),
        ("claim1>", "nkg:sentence: expected at least 1"),
        ("claim1>", "[LessThan]"),
        ("claim2>", "nkg:asserts: expected at most 1"),
        ("claim2>", "is not a schema:NewsArticle"),
        ("claim2>", "[MinInclusive]"),
        ("event1>", "[In]"),
        ("event1>", "[LessThanOrEquals]"),
        ("event1>", "nkg:trigger: expected at least 1"),
        ("event2>", "[Or]"),
        ("mention>", "nkg:refersTo"),
        ("niamey>", "rdfs:label"),
    ] {
        assert!(
            text.lines().any(|l| l.contains(focus) && l.contains(what)),
            "no line for {focus} {what}:\n{text}"
        );
    }
    // No store was created or touched for a file check.
    assert!(!store.exists());

    let report = dir.path().join("report.ttl");
    let o = run(
        &store,
        &[
            "validate",
            broken.to_str().unwrap(),
            "--format",
            "turtle",
            "-o",
            report.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    let ttl = std::fs::read_to_string(&report).unwrap();
    assert!(ttl.contains("sh:ValidationReport") && ttl.contains("sh:conforms false"));
    if !pyshacl_available() {
        return;
    }
    let (theirs, mine, diff) = compare_with_pyshacl(&broken, &report);
    assert_eq!(theirs, "pyshacl conforms False 21");
    assert_eq!(mine, "newskg conforms False 21");
    assert!(diff.is_empty(), "{diff:#?}");
}

#[test]
fn what_newskg_writes_conforms_to_its_shapes() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ok(
        &store,
        &["ingest", "-q", root().join("examples").to_str().unwrap()],
    );
    let text = ok(&store, &["validate"]);
    assert!(text.starts_with("conforms: "), "{text}");
    assert!(text.contains(", 0 violations"), "{text}");
    let focus: usize = text
        .trim_start_matches("conforms: ")
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(focus > 50, "the shapes reach the data: {text}");
    if !pyshacl_available() {
        return;
    }
    let (theirs, mine, diff) = compare_store_with_pyshacl(&store, dir.path());
    assert_eq!(theirs, "pyshacl conforms True 0");
    assert_eq!(mine, "newskg conforms True 0");
    assert!(diff.is_empty(), "{diff:#?}");
}

/// The open evaluation articles and a BBC sample, when `../shared` is there (it is not
/// part of the project: the test skips without it).
#[test]
fn the_open_set_and_a_bbc_sample_conform() {
    let shared = root().join("../shared/eval/open");
    let bbc = root().join("../shared/data/corpora/bbc/bbc_articles.jsonl");
    if !shared.is_dir() || !bbc.is_file() {
        eprintln!("skipping: ../shared (open articles, BBC corpus) is not present");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let mut args = vec!["ingest".to_string(), "-q".to_string()];
    for e in std::fs::read_dir(&shared).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") {
            args.push(p.to_str().unwrap().to_string());
        }
    }
    // Every 10th BBC article: 223 articles over all five categories.
    let sample: String = std::fs::read_to_string(&bbc)
        .unwrap()
        .lines()
        .step_by(10)
        .map(|l| format!("{l}\n"))
        .collect();
    let jsonl = dir.path().join("bbc-sample.jsonl");
    std::fs::write(&jsonl, sample).unwrap();
    args.push(jsonl.to_str().unwrap().to_string());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    ok(&store, &args);
    let text = ok(&store, &["validate"]);
    assert!(text.contains(", 0 violations"), "{text}");
    if !pyshacl_available() {
        return;
    }
    let (theirs, _, diff) = compare_store_with_pyshacl(&store, dir.path());
    assert_eq!(theirs, "pyshacl conforms True 0");
    assert!(diff.is_empty(), "{diff:#?}");
}

#[test]
fn shapes_newskg_cannot_check_are_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let shapes = dir.path().join("shapes.ttl");
    std::fs::write(
        &shapes,
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n<http://ex/S> a sh:NodeShape ; sh:targetClass <http://ex/C> ; sh:sparql [ sh:select \"SELECT $this WHERE {}\" ] .\n",
    )
    .unwrap();
    let data = root().join("tests/fixtures/shacl/broken.ttl");
    let o = run(
        &dir.path().join("store"),
        &[
            "validate",
            "--shapes",
            shapes.to_str().unwrap(),
            data.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("sh:sparql") && err.contains("not support"),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1);

    // A shapes file that is not RDF: one line, with where.
    std::fs::write(
        &shapes,
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n<a> sh:path .\n",
    )
    .unwrap();
    let o = run(
        &dir.path().join("store"),
        &[
            "validate",
            "--shapes",
            shapes.to_str().unwrap(),
            data.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("shapes.ttl"), "{err}");
}

#[test]
fn a_data_file_with_a_syntax_error_is_one_line_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("bad.ttl");
    std::fs::write(&data, "<http://ex/a> <http://ex/b> \"unterminated .\n").unwrap();
    let o = run(
        &dir.path().join("store"),
        &["validate", data.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("bad.ttl") && err.contains("line"), "{err}");
    assert_eq!(err.trim().lines().count(), 1);
}

#[test]
fn the_built_in_shapes_use_only_what_is_checked() {
    let text = std::fs::read_to_string(root().join("ontology/shapes.ttl")).unwrap();
    let shapes = newskg::validate::Shapes::parse(text.as_bytes(), oxigraph::io::RdfFormat::Turtle)
        .expect("the built-in shapes are supported");
    assert!(shapes.len() > 40);
    let used: BTreeSet<&str> = newskg::validate::SUPPORTED
        .iter()
        .copied()
        .filter(|c| text.contains(&format!("sh:{c} ")))
        .collect();
    assert!(used.contains("minCount") && used.contains("or") && used.contains("lessThan"));
}

#[test]
fn relative_iris_resolve_against_the_file_or_base() {
    let dir = tempfile::tempdir().unwrap();
    let shapes = dir.path().join("shapes.ttl");
    std::fs::write(
        &shapes,
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n<#S> a sh:NodeShape ; sh:targetNode <item> ; sh:property [ sh:path <p> ; sh:minCount 1 ] .\n",
    )
    .unwrap();
    let data = dir.path().join("data.ttl");
    std::fs::write(&data, "<item> <q> 1 .\n").unwrap();
    let store = dir.path().join("store");
    let args = |base: Option<&str>| {
        let mut a = vec!["validate", "--shapes", shapes.to_str().unwrap()];
        a.extend(base.map(|b| ["--base", b]).into_iter().flatten());
        a.push(data.to_str().unwrap());
        run(&store, &a)
    };
    // Each file's own location: the shape's target and the data's subject are one IRI.
    let o = args(None);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    let here = newskg::validate::file_base_iri(dir.path());
    assert!(out.contains(&format!("<{here}/item> <{here}/p>")), "{out}");
    // --base for both files.
    let o = args(Some("http://example.org/t/"));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("<http://example.org/t/item>"), "{out}");
    // load resolves the same way.
    ok(
        &store,
        &[
            "load",
            "--base",
            "http://example.org/t/",
            data.to_str().unwrap(),
        ],
    );
    let nt = ok(&store, &["export", "--format", "ntriples"]);
    assert!(
        nt.contains("<http://example.org/t/item> <http://example.org/t/q>"),
        "{nt}"
    );
}
