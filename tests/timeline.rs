//! `newskg timeline`: a country's timeline as SVG and HTML files, on a real store holding
//! the example articles and an article of our own with dates. The SVG must parse as XML
//! (Python's XML parser judges), name every event of the country once (the store's own
//! answer, by SPARQL, says which), put dated events in date order, and come out byte-identical
//! across runs and across stores ingested in another order.

mod common;

use common::{column, ok, root, run};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A store with the examples and the dated article (published 2024-03-05).
fn store(dir: &Path, name: &str, reverse: bool) -> PathBuf {
    let store = dir.join(name);
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    inputs.sort();
    if reverse {
        inputs.reverse();
    }
    let dated = root().join("tests/fixtures/timeline/chad-niger.txt");
    if reverse {
        ok(
            &store,
            &[
                "ingest",
                "--published",
                "2024-03-05",
                dated.to_str().unwrap(),
            ],
        );
    }
    for f in &inputs {
        ok(&store, &["ingest", f.to_str().unwrap()]);
    }
    if !reverse {
        ok(
            &store,
            &[
                "ingest",
                "--published",
                "2024-03-05",
                dated.to_str().unwrap(),
            ],
        );
    }
    store
}

/// Draws `country`'s timeline from `store` into `out` (SVG or HTML by its extension).
fn draw(store: &Path, country: &str, out: &Path) {
    ok(
        store,
        &[
            "timeline",
            "--country",
            country,
            "-o",
            out.to_str().unwrap(),
        ],
    );
}

/// The marks of an SVG as Python's XML parser reads them: (data-key, title, placement, day
/// attribute of the aria-label) per mark, in document order.
fn marks(svg: &Path) -> Vec<(String, String, String)> {
    let script = r#"
import sys, xml.etree.ElementTree as ET
ns = {"s": "http://www.w3.org/2000/svg"}
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "{http://www.w3.org/2000/svg}svg", root.tag
for g in root.iter("{http://www.w3.org/2000/svg}g"):
    if g.get("class") == "mark":
        print(g.get("data-key"), g.get("data-placement"), g.find("s:title", ns).text, sep="\t")
"#;
    let out = Command::new("python3")
        .args(["-c", script])
        .arg(svg)
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "the SVG does not parse as XML: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let f: Vec<&str> = l.splitn(3, '\t').collect();
            (f[0].to_string(), f[1].to_string(), f[2].to_string())
        })
        .collect()
}

/// The country's real-world events as the store says: each happening, or each event no
/// happening joins, with a claim and the country (or a place in it).
fn events_of(store: &Path, qid: &str) -> Vec<String> {
    let q = format!(
        "SELECT DISTINCT ?key WHERE {{ ?claim nkg:asserts ?event . ?event nkg:country ?p . \
         ?p owl:sameAs wd:{qid} . OPTIONAL {{ ?event nkg:reportsHappening ?h }} \
         BIND(COALESCE(?h, ?event) AS ?key) }}"
    );
    column(&ok(store, &["query", "--format", "json", &q]), "key")
}

#[test]
fn the_svg_parses_names_every_event_once_in_date_order_and_is_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path(), "a", false);
    let svg = dir.path().join("niger.svg");
    draw(&s, "Niger", &svg);
    let drawn = marks(&svg);
    let mut keys: Vec<String> = drawn.iter().map(|m| m.0.clone()).collect();
    keys.sort();
    let n = keys.len();
    keys.dedup();
    assert_eq!(keys.len(), n, "an event drawn twice");
    assert_eq!(
        keys,
        events_of(&s, "Q1032"),
        "the drawn events are the store's"
    );
    // The examples' and our article's Niger events, an article's mentions of one event
    // drawn once.
    assert!(n >= 10, "the examples' and our article's Niger events: {n}");
    // Each mark is named by its type and status.
    for (_, _, title) in &drawn {
        let ty = title.split([' ']).next().unwrap();
        assert!(
            newskg_model::EventType::from_name(ty).is_some() && title.contains(" — "),
            "{title}"
        );
    }
    // Dated marks come in date order, and the dated article's events are dated.
    let days: Vec<&str> = drawn
        .iter()
        .filter(|m| m.1 == "dated")
        .map(|m| m.2.split(" — ").nth(1).unwrap())
        .collect();
    assert!(days.windows(2).all(|w| w[0] <= w[1]), "{days:?}");
    assert!(
        days.contains(&"2024-03-03"),
        "the withdrawal's day: {days:?}"
    );
    assert!(
        days.contains(&"2024-01-12"),
        "the January demand's day: {days:?}"
    );
    // The same store gives the same bytes; so does a store that read the articles in the
    // other order.
    let again = dir.path().join("again.svg");
    draw(&s, "Q1032", &again);
    assert_eq!(std::fs::read(&svg).unwrap(), std::fs::read(&again).unwrap());
    let other = store(dir.path(), "b", true);
    let third = dir.path().join("third.svg");
    draw(&other, "wd:Q1032", &third);
    assert_eq!(std::fs::read(&svg).unwrap(), std::fs::read(&third).unwrap());
}

#[test]
fn the_html_page_holds_the_timeline_its_claims_and_the_graph_deterministically() {
    let dir = tempfile::tempdir().unwrap();
    let s = store(dir.path(), "a", false);
    let page = dir.path().join("niger.html");
    draw(&s, "Niger", &page);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("class=\"newskg-timeline\"") && html.contains("class=\"newskg-graph\""));
    // The claims are in the page's data: the dated article's sentence, cut at its trigger.
    let data_start =
        html.find("id=\"newskg-timeline\">").unwrap() + "id=\"newskg-timeline\">".len();
    let data_end = data_start + html[data_start..].find("</script>").unwrap();
    let data: serde_json::Value = serde_json::from_str(&html[data_start..data_end]).unwrap();
    let segments: Vec<&serde_json::Value> = data["marks"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|m| m["claims"].as_array().unwrap())
        .flat_map(|c| c["segments"].as_array().unwrap())
        .collect();
    assert!(
        segments
            .iter()
            .any(|s| s["mark"] == "trigger" && s["text"] == "withdrew"),
        "the withdrawal's trigger is marked"
    );
    let again = dir.path().join("again.html");
    draw(&s, "Niger", &again);
    assert_eq!(html.as_bytes(), std::fs::read(&again).unwrap());
    // The graph alone: an actor per entity, France linked to Wikidata.
    let graph = ok(&s, &["timeline", "--country", "Niger", "--graph"]);
    assert!(graph.contains("href=\"https://www.wikidata.org/wiki/Q142\""));
    assert!(graph.contains("Chad (Q657)"), "Chad acts in our article");
}

#[test]
fn bad_arguments_get_one_line_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("store");
    ok(&s, &["ingest", root().join("examples").to_str().unwrap()]);
    for args in [
        vec!["timeline", "--country", "Atlantis"],
        vec!["timeline", "--country", "Niger", "-o", "x.pdf"],
        vec![
            "timeline",
            "--country",
            "Niger",
            "--graph",
            "--format",
            "html",
        ],
    ] {
        let o = run(&s, &args);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("newskg: error: "), "{err}");
    }
    // A country with no events is drawn, saying so.
    let svg = ok(&s, &["timeline", "--country", "Peru"]);
    assert!(svg.contains("The store holds no events in Peru."), "{svg}");
}
