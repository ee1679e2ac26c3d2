//! The exported RDF is read by an independent parser (Python's rdflib), and every class
//! and property the data uses is declared, labelled and commented in the ontology.

mod common;
use common::*;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedOrBlankNode, Term};
use std::collections::{BTreeSet, HashMap};

fn rdflib_available() -> bool {
    python_has("rdflib", "rdflib")
}

#[test]
fn rdflib_parses_every_export_format_to_the_same_graph() {
    if !rdflib_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ok(
        &store,
        &["ingest", root().join("examples").to_str().unwrap()],
    );
    let nt = ok(&store, &["export", "--format", "ntriples"]);
    let want: BTreeSet<&str> = nt.lines().filter(|l| !l.trim().is_empty()).collect();
    for (format, rdflib_format, ext) in [
        ("turtle", "turtle", "ttl"),
        ("rdfxml", "xml", "rdf"),
        ("jsonld", "json-ld", "jsonld"),
        ("ntriples", "nt", "nt"),
    ] {
        let file = dir.path().join(format!("out.{ext}"));
        ok(
            &store,
            &["export", "--format", format, "-o", file.to_str().unwrap()],
        );
        let script = format!(
            "import rdflib,sys\ng=rdflib.Graph()\ng.parse(sys.argv[1], format='{rdflib_format}')\nh=rdflib.Graph()\nh.parse(data=sys.stdin.read(), format='nt')\nfrom rdflib.compare import isomorphic\nprint(len(g), isomorphic(g, h))"
        );
        let out = python()
            .args(["-c", &script, file.to_str().unwrap()])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .and_then(|mut c| {
                use std::io::Write;
                c.stdin.take().unwrap().write_all(nt.as_bytes())?;
                c.wait_with_output()
            })
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(text.trim(), format!("{} True", want.len()), "{format}");
    }
}

#[test]
fn every_class_and_property_in_the_data_is_declared_in_the_ontology() {
    let onto = std::fs::read(root().join("ontology/newskg.ttl")).unwrap();
    let mut described: HashMap<String, BTreeSet<String>> = HashMap::new();
    for q in RdfParser::from_format(RdfFormat::Turtle).for_slice(&onto) {
        let q = q.expect("the ontology parses");
        if let NamedOrBlankNode::NamedNode(s) = &q.subject {
            described
                .entry(s.as_str().to_string())
                .or_default()
                .insert(q.predicate.as_str().to_string());
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ok(
        &store,
        &["ingest", root().join("examples").to_str().unwrap()],
    );
    let s = newskg::store::Store::open(&store).unwrap();
    let mut used = BTreeSet::new();
    for q in newskg::export::quads(&s, None).unwrap() {
        // The data: article graphs and what is entailed from them, not the ontology itself.
        if q.graph_name.to_string() == format!("<{}>", newskg::entail::ONTOLOGY_GRAPH) {
            continue;
        }
        used.insert(q.predicate.as_str().to_string());
        if q.predicate.as_str() == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" {
            if let Term::NamedNode(c) = &q.object {
                used.insert(c.as_str().to_string());
            }
        }
        if q.predicate.as_str() == "https://newskg.org/ns#status"
            || q.predicate.as_str() == "https://newskg.org/ns#precision"
        {
            if let Term::NamedNode(c) = &q.object {
                used.insert(c.as_str().to_string());
            }
        }
    }
    let label = "http://www.w3.org/2000/01/rdf-schema#label";
    let comment = "http://www.w3.org/2000/01/rdf-schema#comment";
    for term in &used {
        if term == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" {
            continue;
        }
        let d = described
            .get(term)
            .unwrap_or_else(|| panic!("{term} is used but not declared in ontology/newskg.ttl"));
        assert!(d.contains(comment), "{term} has no rdfs:comment");
        if term.starts_with("https://newskg.org/ns#") {
            assert!(d.contains(label), "{term} has no rdfs:label");
        }
    }
    // And every newskg term the ontology declares has a label and a comment.
    for (term, d) in &described {
        if term.starts_with("https://newskg.org/ns#") {
            assert!(d.contains(label) && d.contains(comment), "{term}");
        }
    }
}

/// `ontology/context.jsonld` is the context JSON-LD exports carry inline; regenerate it
/// with `NEWSKG_BLESS=1 cargo test --release --test rdf_interop` after changing the ontology.
#[test]
fn the_published_jsonld_context_is_the_one_exports_use() {
    let want = serde_json::to_string_pretty(&newskg::export::jsonld_context()).unwrap() + "\n";
    let path = root().join("ontology/context.jsonld");
    if std::env::var_os("NEWSKG_BLESS").is_some() {
        std::fs::write(&path, &want).unwrap();
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        have, want,
        "ontology/context.jsonld is stale (see this test's comment)"
    );
    let v: serde_json::Value = serde_json::from_str(&want).unwrap();
    let ctx = &v["@context"];
    assert_eq!(ctx["nkg"], "https://newskg.org/ns#");
    assert_eq!(ctx["status"]["@type"], "@id");
    assert_eq!(ctx["startOffset"]["@type"], "xsd:integer");
}

#[test]
fn rdflib_reads_the_dataset_formats_graph_by_graph() {
    if !rdflib_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ok(
        &store,
        &["ingest", "-q", root().join("examples").to_str().unwrap()],
    );
    let nq = dir.path().join("out.nq");
    let trig = dir.path().join("out.trig");
    ok(&store, &["export", "-o", nq.to_str().unwrap()]);
    ok(&store, &["export", "-o", trig.to_str().unwrap()]);
    let lines: BTreeSet<String> = std::fs::read_to_string(&nq)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    let graphs: BTreeSet<&str> = lines
        .iter()
        .filter_map(|l| l.trim_end_matches(" .").rsplit_once(' ').map(|(_, g)| g))
        .collect();
    // Every named graph of the TriG export is isomorphic to the same graph of the N-Quads
    // export, both as rdflib reads them; and rdflib counts every quad.
    let script = r#"
import sys, rdflib
from rdflib.compare import isomorphic
a = rdflib.Dataset(); a.parse(sys.argv[1], format='nquads')
b = rdflib.Dataset(); b.parse(sys.argv[2], format='trig')
names = lambda d: {g.identifier for g in d.graphs() if len(g)}
assert names(a) == names(b), (names(a) ^ names(b))
for n in names(a):
    assert isomorphic(a.graph(n), b.graph(n)), n
print(len(names(a)), sum(1 for _ in a.quads((None, None, None, None))))
"#;
    let out = python()
        .args(["-c", script, nq.to_str().unwrap(), trig.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("{} {}", graphs.len(), lines.len())
    );
    // Articles, their entailment graphs and the ontology.
    assert_eq!(graphs.len(), 7, "{graphs:?}");
}

/// An extraction mapped in memory and the article's graph as the store keeps it are the same
/// graph in sophia's terms: a Rust RDF user gets newskg's triples without a file round trip.
#[test]
fn sophia_sees_the_same_graph_in_memory_and_in_the_store() {
    use newskg::{analyze, extract, graph, ingest, map, source, store::Store};
    let text = std::fs::read_to_string(root().join("examples/niger-us-pullout.txt")).unwrap();
    let article = source::from_text(&text);
    let doc = analyze::analyze(&article.text);
    let x = extract::extract(&doc, None);
    let (iri, quads) = map::map(&article, &doc, &x);
    let in_memory = graph::triples(&quads);

    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("store")).unwrap();
    ingest::ingest_article(&store, article, &ingest::Options::default()).unwrap();
    let stored = store.sophia_graph(&iri).unwrap();
    assert!(in_memory.len() > 300, "{} triples", in_memory.len());
    assert_eq!(in_memory.len(), stored.len());
    assert!(sophia::isomorphism::isomorphic_graphs(&in_memory, &stored).unwrap());

    // The dataset view keeps the graph names: the article's graph and its entailment graph.
    let ds = store.sophia_dataset().unwrap();
    let names: std::collections::BTreeSet<String> = ds
        .iter()
        .filter_map(|(_, g)| g.as_ref().map(|g| format!("{g:?}")))
        .collect();
    assert!(names.len() >= 2, "{names:?}");
}
