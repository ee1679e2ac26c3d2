//! Pins the validator's behaviour: the text and Turtle reports for the broken fixture
//! graph against the shipped shapes, compared byte for byte with snapshots, and single
//! constraint components on small inline shapes and data graphs.

use newskg_shacl::{builtin_shapes, validate, Data, Error, Report, Shapes};
use oxrdf::Triple;
use oxrdfio::{RdfFormat, RdfParser};
use std::path::PathBuf;

/// The workspace root (two levels above this crate).
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Parses Turtle into triples.
fn turtle(text: &str) -> Vec<Triple> {
    RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(text.as_bytes())
        .map(|q| {
            let q = q.expect("valid Turtle");
            Triple::new(q.subject, q.predicate, q.object)
        })
        .collect()
}

/// Reads a workspace file as text.
fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The report for `tests/fixtures/shacl/broken.ttl` plus the ontology, against the
/// shipped shapes.
fn broken_report() -> Report {
    let shapes = builtin_shapes().expect("the shipped shapes read");
    let mut data = Data::new(turtle(&read("tests/fixtures/shacl/broken.ttl")));
    data.add(turtle(&read("ontology/newskg.ttl")));
    validate(&shapes, &data)
}

/// Renames blank-node labels (which are random) to `_:b0`, `_:b1`, … in order of first
/// appearance, so that two runs of the same report compare equal.
fn stable_blank_nodes(text: &str) -> String {
    let re = regex::Regex::new(r"_:[A-Za-z0-9]+").unwrap();
    let mut names = std::collections::HashMap::new();
    re.replace_all(text, |c: &regex::Captures<'_>| {
        let n = names.len();
        names
            .entry(c[0].to_string())
            .or_insert_with(|| format!("_:b{n}"))
            .clone()
    })
    .into_owned()
}

/// Compares `actual` with the snapshot file `name`, showing the first differing line
/// (with `UPDATE_SNAPSHOTS` set, writes it first).
fn assert_snapshot(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, actual).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "{name} differs from the snapshot at line {}:\nexpected: {:?}\nactual:   {:?}",
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

#[test]
fn broken_fixture_has_21_results() {
    let report = broken_report();
    assert!(!report.conforms());
    assert_eq!(report.results.len(), 21);
}

#[test]
fn broken_fixture_text_report_matches_snapshot() {
    let mut out = Vec::new();
    broken_report().write_text(&mut out).unwrap();
    assert_snapshot("broken.txt", &String::from_utf8(out).unwrap());
}

#[test]
fn broken_fixture_turtle_report_matches_snapshot() {
    let mut out = Vec::new();
    broken_report()
        .write_rdf(RdfFormat::Turtle, &mut out)
        .unwrap();
    let text = String::from_utf8(out).unwrap();
    assert_snapshot("broken.ttl", &stable_blank_nodes(&text));
}

#[test]
fn turtle_report_parses_back_with_one_result_node_per_result() {
    let report = broken_report();
    let mut out = Vec::new();
    report.write_rdf(RdfFormat::Turtle, &mut out).unwrap();
    let triples = turtle(&String::from_utf8(out).unwrap());
    let results = triples
        .iter()
        .filter(|t| t.predicate.as_str() == "http://www.w3.org/ns/shacl#result")
        .count();
    assert_eq!(results, report.results.len());
}

const PREFIXES: &str = "\
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://example.org/t/> .
";

/// Reads inline Turtle shapes (the prefixes above are added).
fn shapes(ttl: &str) -> Result<Shapes, Error> {
    Shapes::parse(format!("{PREFIXES}{ttl}").as_bytes(), RdfFormat::Turtle)
}

/// Validates inline Turtle data against inline Turtle shapes and returns the report.
fn check(shapes_ttl: &str, data_ttl: &str) -> Report {
    let shapes = shapes(shapes_ttl).expect("the test shapes read");
    validate(
        &shapes,
        &Data::new(turtle(&format!("{PREFIXES}{data_ttl}"))),
    )
}

/// The (focus, component, value) of each result, for compact assertions.
fn results(report: &Report) -> Vec<(String, String, Option<String>)> {
    report
        .results
        .iter()
        .map(|r| (r.focus.clone(), r.component.clone(), r.value.clone()))
        .collect()
}

/// One expected result.
fn result(focus: &str, component: &str, value: Option<&str>) -> (String, String, Option<String>) {
    (
        format!("<https://example.org/t/{focus}>"),
        component.to_string(),
        value.map(str::to_string),
    )
}

#[test]
fn min_count_reports_missing_values_without_a_value() {
    let r = check(
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ;
             sh:property [ sh:path ex:p ; sh:minCount 2 ] .",
        "ex:a a ex:C ; ex:p 1 , 2 .
         ex:b a ex:C ; ex:p 1 .",
    );
    assert_eq!(
        results(&r),
        vec![result("b", "MinCountConstraintComponent", None)]
    );
    assert_eq!(
        r.results[0].path.as_deref(),
        Some("<https://example.org/t/p>")
    );
    assert_eq!(
        r.results[0].message,
        "expected at least 2 value(s), found 1"
    );
    assert_eq!(r.focus_nodes, 2);
}

#[test]
fn datatype_needs_the_type_and_a_well_formed_lexical_form() {
    let r = check(
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ;
             sh:property [ sh:path ex:d ; sh:datatype xsd:date ] .",
        "ex:a a ex:C ; ex:d \"2024-02-28\"^^xsd:date .
         ex:b a ex:C ; ex:d \"2024-02-30\"^^xsd:date .
         ex:c a ex:C ; ex:d \"2024-02-28\" .",
    );
    assert_eq!(
        results(&r),
        vec![
            result(
                "b",
                "DatatypeConstraintComponent",
                Some("\"2024-02-30\"^^<http://www.w3.org/2001/XMLSchema#date>")
            ),
            result("c", "DatatypeConstraintComponent", Some("\"2024-02-28\"")),
        ]
    );
}

#[test]
fn class_follows_sub_class_of_in_the_data_graph() {
    let r = check(
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ;
             sh:property [ sh:path ex:p ; sh:class ex:Animal ] .",
        "ex:Dog rdfs:subClassOf ex:Mammal . ex:Mammal rdfs:subClassOf ex:Animal .
         ex:rex a ex:Dog . ex:rock a ex:Stone .
         ex:a a ex:C ; ex:p ex:rex .
         ex:b a ex:C ; ex:p ex:rock .",
    );
    assert_eq!(
        results(&r),
        vec![result(
            "b",
            "ClassConstraintComponent",
            Some("<https://example.org/t/rock>")
        )]
    );
}

#[test]
fn target_class_reaches_instances_of_subclasses() {
    let r = check(
        "ex:S a sh:NodeShape ; sh:targetClass ex:Animal ;
             sh:property [ sh:path ex:name ; sh:minCount 1 ] .",
        "ex:Dog rdfs:subClassOf ex:Animal . ex:rex a ex:Dog .",
    );
    assert_eq!(
        results(&r),
        vec![result("rex", "MinCountConstraintComponent", None)]
    );
}

#[test]
fn pattern_uses_the_shape_flags() {
    let r = check(
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ;
             sh:property [ sh:path ex:code ; sh:pattern \"^ab[0-9]+$\" ; sh:flags \"i\" ] .",
        "ex:a a ex:C ; ex:code \"AB12\" .
         ex:b a ex:C ; ex:code \"ab\" .",
    );
    assert_eq!(
        results(&r),
        vec![result("b", "PatternConstraintComponent", Some("\"ab\""))]
    );
    assert_eq!(
        r.results[0].message,
        "\"ab\" does not match the pattern (?i)^ab[0-9]+$"
    );
}

#[test]
fn in_allows_only_the_listed_terms() {
    let r = check(
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ;
             sh:property [ sh:path ex:colour ; sh:in ( ex:red ex:green \"blue\" ) ] .",
        "ex:a a ex:C ; ex:colour ex:red , \"blue\" .
         ex:b a ex:C ; ex:colour ex:purple .",
    );
    assert_eq!(
        results(&r),
        vec![result(
            "b",
            "InConstraintComponent",
            Some("<https://example.org/t/purple>")
        )]
    );
}

#[test]
fn or_needs_one_alternative_to_conform() {
    let r = check(
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ;
             sh:property [ sh:path ex:v ;
                 sh:or ( [ sh:datatype xsd:integer ] [ sh:datatype xsd:string ] ) ] .",
        "ex:a a ex:C ; ex:v 3 , \"three\" .
         ex:b a ex:C ; ex:v 3.5 .",
    );
    assert_eq!(
        results(&r),
        vec![result(
            "b",
            "OrConstraintComponent",
            Some("\"3.5\"^^<http://www.w3.org/2001/XMLSchema#decimal>")
        )]
    );
}

#[test]
fn node_checks_values_against_another_shape() {
    let r = check(
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ;
             sh:property [ sh:path ex:friend ; sh:node ex:Named ] .
         ex:Named a sh:NodeShape ; sh:property [ sh:path ex:name ; sh:minCount 1 ] .",
        "ex:a a ex:C ; ex:friend ex:x . ex:x ex:name \"X\" .
         ex:b a ex:C ; ex:friend ex:y .",
    );
    assert_eq!(
        results(&r),
        vec![result(
            "b",
            "NodeConstraintComponent",
            Some("<https://example.org/t/y>")
        )]
    );
    assert_eq!(
        r.results[0].message,
        "<https://example.org/t/y> does not conform to the shape <https://example.org/t/Named>"
    );
}

#[test]
fn less_than_compares_numbers_and_dates() {
    let r = check(
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ;
             sh:property [ sh:path ex:start ; sh:lessThan ex:end ] ;
             sh:property [ sh:path ex:from ; sh:lessThanOrEquals ex:to ] .",
        "ex:a a ex:C ; ex:start 1 ; ex:end 2 ; ex:from \"2024-01-01\"^^xsd:date ;
             ex:to \"2024-01-01\"^^xsd:date .
         ex:b a ex:C ; ex:start 2 ; ex:end 2 ; ex:from \"2024-01-02\"^^xsd:date ;
             ex:to \"2024-01-01\"^^xsd:date .",
    );
    let components: Vec<_> = r.results.iter().map(|v| v.component.as_str()).collect();
    assert_eq!(
        components,
        vec![
            "LessThanOrEqualsConstraintComponent",
            "LessThanConstraintComponent"
        ]
    );
    assert!(r
        .results
        .iter()
        .all(|v| v.focus == "<https://example.org/t/b>"));
}

#[test]
fn conforming_data_gives_the_conforms_line() {
    let r = check(
        "ex:S a sh:NodeShape ; sh:targetNode ex:a ;
             sh:property [ sh:path ex:p ; sh:maxCount 1 ] .",
        "ex:a ex:p 1 .",
    );
    assert!(r.conforms());
    let mut out = Vec::new();
    r.write_text(&mut out).unwrap();
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "conforms: 1 focus nodes in 1 triples checked, 0 violations\n"
    );
}

#[test]
fn custom_message_and_severity_are_reported() {
    let r = check(
        "ex:S a sh:NodeShape ; sh:targetNode ex:a ;
             sh:property [ sh:path ex:p ; sh:minCount 1 ; sh:severity sh:Warning ;
                 sh:message \"needs a p\" ] .",
        "ex:a ex:q 1 .",
    );
    assert_eq!(r.results.len(), 1);
    assert_eq!(r.results[0].severity, "http://www.w3.org/ns/shacl#Warning");
    assert_eq!(r.results[0].message, "needs a p");
}

#[test]
fn unsupported_sparql_is_refused_by_name() {
    let err = shapes(
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ;
             sh:sparql [ sh:select \"SELECT $this WHERE { }\" ] .",
    )
    .err()
    .expect("sh:sparql is refused");
    assert!(matches!(err, Error::Usage(_)));
    let msg = err.to_string();
    assert!(
        msg.starts_with(
            "shapes: <https://example.org/t/S> uses sh:sparql, which newskg validate does not support"
        ),
        "{msg}"
    );
}

#[test]
fn a_malformed_path_and_empty_shapes_are_refused() {
    let err = shapes(
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ;
             sh:property [ sh:path [ ex:p ex:q ] ; sh:minCount 1 ] .",
    )
    .err()
    .expect("a blank node that is no path is refused");
    assert!(err
        .to_string()
        .contains("has a sh:path that is not a property path"));
    let err = shapes("ex:x ex:p 1 .").err().expect("no shapes is refused");
    assert_eq!(
        err.to_string(),
        "shapes: the file has no SHACL shapes (no sh:NodeShape, sh:PropertyShape or target)"
    );
}

#[test]
fn big_integers_compare_exactly() {
    let r = check(
        "ex:S a sh:NodeShape ; sh:targetNode ex:a ;
             sh:property [ sh:path ex:n ; sh:maxInclusive 9007199254740992 ] .",
        "ex:a ex:n 9007199254740993 .",
    );
    assert_eq!(r.results.len(), 1);
    let r = check(
        "ex:S a sh:NodeShape ; sh:targetNode ex:a ;
             sh:property [ sh:path ex:n ; sh:maxInclusive 9007199254740992 ] .",
        "ex:a ex:n \"65535\"^^xsd:unsignedShort .",
    );
    assert!(r.conforms());
}

#[test]
fn a_literal_focus_node_prints_whole() {
    let r = check(
        "ex:S a sh:NodeShape ; sh:targetNode \"x\"^^xsd:int ; sh:datatype xsd:int .",
        "ex:a ex:b ex:c .",
    );
    let mut out = Vec::new();
    r.write_text(&mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains("\"x\"^^<http://www.w3.org/2001/XMLSchema#int> :"),
        "{text}"
    );
}

#[test]
fn builtin_shapes_read() {
    let s = builtin_shapes().unwrap();
    assert!(!s.is_empty());
    assert!(s.len() > 10);
}
