//! RDFS entailment: a query for a superclass or superproperty finds what extraction
//! asserted under a subclass or subproperty; it can be left out per query, dropped and
//! rebuilt, and it follows an article when the article changes.

mod common;
use common::*;

fn n(store: &std::path::Path, q: &str, extra: &[&str]) -> usize {
    let mut args = vec!["query", "--format", "json"];
    args.extend_from_slice(extra);
    args.push(q);
    column(&ok(store, &args), "n")[0].parse().unwrap()
}

const EVENTS: &str =
    "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?c nkg:asserts ?e . ?e a sem:Event }";
const ASSERTED: &str = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?c nkg:asserts ?e }";
const ACTORS: &str =
    "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?e ?a WHERE { ?e sem:hasActor ?a } }";
const ROLES: &str = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?e ?a WHERE { VALUES ?p { nkg:agent nkg:affected nkg:participant nkg:force } ?e ?p ?a } }";

#[test]
fn superclasses_and_superproperties_find_what_was_asserted() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ok(
        &store,
        &["ingest", "-q", root().join("examples").to_str().unwrap()],
    );
    let events = n(&store, ASSERTED, &[]);
    assert!(events > 10);
    // Every asserted event is a sem:Event, through its class's rdfs:subClassOf.
    assert_eq!(n(&store, EVENTS, &[]), events);
    // Every role is a sem:hasActor, through rdfs:subPropertyOf.
    let roles = n(&store, ROLES, &[]);
    assert!(roles > 5);
    assert_eq!(n(&store, ACTORS, &[]), roles);
    // Domain: whatever has a status is an event; range: whatever is a force is an actor.
    assert_eq!(
        n(&store, "SELECT (COUNT(*) AS ?n) WHERE { ?e nkg:status ?s FILTER NOT EXISTS { ?e a sem:Event } }", &[]),
        0
    );
    assert_eq!(
        n(&store, "SELECT (COUNT(*) AS ?n) WHERE { ?e nkg:force ?f FILTER NOT EXISTS { ?f a sem:Actor } }", &[]),
        0
    );
    // Asserted triples only.
    assert_eq!(n(&store, EVENTS, &["--no-entailment"]), 0);
    assert_eq!(n(&store, ASSERTED, &["--no-entailment"]), events);
    // The named queries answer the same either way.
    let left = named(&store, "forces-left", &["country=Niger"]);
    let left_plain = ok(
        &store,
        &[
            "query",
            "--no-entailment",
            "--format",
            "json",
            "--name",
            "forces-left",
            "--param",
            "country=Niger",
        ],
    );
    assert_eq!(column(&left, "actor"), column(&left_plain, "actor"));
    assert_eq!(
        column(&named(&store, "entities", &[]), "kind"),
        column(
            &ok(
                &store,
                &[
                    "query",
                    "--no-entailment",
                    "--format",
                    "json",
                    "--name",
                    "entities"
                ]
            ),
            "kind"
        )
    );

    // Dropped, then rebuilt from the stored article graphs: the same.
    let before = count(&store);
    ok(&store, &["entail", "--drop", "-q"]);
    assert_eq!(n(&store, EVENTS, &[]), 0);
    assert!(count(&store) < before);
    ok(&store, &["entail", "-q"]);
    assert_eq!(n(&store, EVENTS, &[]), events);
    assert_eq!(count(&store), before);
}

#[test]
fn an_ingest_without_entailment_stores_none_and_a_changed_article_leaves_none_stale() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let article = dir.path().join("a.txt");
    std::fs::write(
        &article,
        "Protesters marched in Bamako on Friday to demand that French troops leave Mali.\n",
    )
    .unwrap();
    ok(
        &store,
        &[
            "ingest",
            "-q",
            "--no-entailment",
            "--url",
            "https://example.org/a",
            article.to_str().unwrap(),
        ],
    );
    assert!(n(&store, ASSERTED, &[]) >= 1);
    assert_eq!(n(&store, EVENTS, &[]), 0);
    let graphs = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), \"/entailed/\")) }";
    assert_eq!(n(&store, graphs, &[]), 0);

    // The same article, changed, with entailment: its entailment graph is the new text's.
    std::fs::write(
        &article,
        "Soldiers seized power in Niamey on Wednesday. The junta later ordered French troops to leave Niger.\n",
    )
    .unwrap();
    ok(
        &store,
        &[
            "ingest",
            "-q",
            "--url",
            "https://example.org/a",
            article.to_str().unwrap(),
        ],
    );
    assert_eq!(n(&store, graphs, &[]), 1);
    assert_eq!(n(&store, EVENTS, &[]), n(&store, ASSERTED, &[]));
    let stale = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e a sem:Event } FILTER NOT EXISTS { ?c nkg:asserts ?e } FILTER NOT EXISTS { ?e a nkg:Happening } }";
    assert_eq!(n(&store, stale, &[]), 0);
}
