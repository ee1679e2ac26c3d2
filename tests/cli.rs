//! End-to-end tests of the `newskg` binary on the example articles and a temporary store.

mod common;
use common::*;

fn ingested() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ok(
        &store,
        &["ingest", root().join("examples").to_str().unwrap()],
    );
    dir
}

#[test]
fn answers_the_named_questions_on_the_examples() {
    let dir = ingested();
    let store = dir.path().join("store");
    let left = column(
        &named(&store, "forces-left", &["country=Q1032", "after=coup"]),
        "actor",
    );
    assert_eq!(
        left,
        vec![
            "http://www.wikidata.org/entity/Q142",
            "http://www.wikidata.org/entity/Q30"
        ]
    );
    // A country given by name or as an IRI binds the same way.
    let by_name = column(&named(&store, "forces-left", &["country=Niger"]), "actor");
    assert_eq!(by_name, left);
    let arrived = column(
        &named(&store, "forces-arrived", &["country=wd:Q1032"]),
        "actor",
    );
    assert_eq!(arrived, vec!["http://www.wikidata.org/entity/Q159"]);
    let types = locals(&column(
        &named(&store, "events", &["country=Q1032"]),
        "type",
    ));
    for t in ["Coup", "Withdrawal", "Arrival", "Demand", "Meeting"] {
        assert!(types.contains(&t.to_string()), "{t} missing from {types:?}");
    }
    let mali = column(&named(&store, "forces-left", &["country=Mali"]), "actor");
    assert!(
        mali.contains(&"http://www.wikidata.org/entity/Q34".to_string()),
        "{mali:?}"
    );
    assert!(
        !mali.iter().any(|a| a.ends_with("/Q183")),
        "German troops remain: {mali:?}"
    );
    let entities = named(&store, "entities", &[]);
    let ids = column(&entities, "wikidata");
    for q in [
        "Q1032", "Q3674", "Q30", "Q159", "Q142", "Q912", "Q3703", "Q184", "Q458",
    ] {
        assert!(
            ids.contains(&format!("http://www.wikidata.org/entity/{q}")),
            "{q} missing"
        );
    }
}

/// `after` keeps only departures after an event of the given type in the same country, and
/// without it every departure counts. On the examples: France and the United States leave
/// Niger, both after the coup, only the United States after an earlier withdrawal, neither
/// after a deployment; Sweden leaves Mali, not after a coup there. The answers are the same
/// when the parameters are a VALUES block at the start of the query's WHERE group (as a
/// client of the endpoint writes them) instead of bound by `--param`.
#[test]
fn forces_left_after_an_event_type_keeps_only_later_departures() {
    let dir = ingested();
    let store = dir.path().join("store");
    let wd = |q: &[&str]| -> Vec<String> {
        q.iter()
            .map(|q| format!("http://www.wikidata.org/entity/{q}"))
            .collect()
    };
    let text = std::fs::read_to_string(root().join("queries/forces-left.rq")).unwrap();
    let (head, rest) = text.split_once("WHERE {").unwrap();
    for (country, after, want) in [
        ("Q1032", None, wd(&["Q142", "Q30"])),
        ("Q1032", Some("coup"), wd(&["Q142", "Q30"])),
        ("Q1032", Some("withdrawal"), wd(&["Q30"])),
        ("Q1032", Some("deployment"), vec![]),
        ("Q912", None, wd(&["Q34"])),
        // The Swedish soldiers left "last month", two years after the army overthrew
        // Mali's government.
        ("Q912", Some("coup"), wd(&["Q34"])),
    ] {
        let mut params = vec![format!("country={country}")];
        let mut values = format!("VALUES ?country {{ wd:{country} }}");
        if let Some(t) = after {
            params.push(format!("after={t}"));
            let t = format!("{}{}", t[..1].to_uppercase(), &t[1..]);
            values = format!("VALUES (?country ?after) {{ (wd:{country} nkg:{t}) }}");
        }
        let params: Vec<&str> = params.iter().map(String::as_str).collect();
        let named_answer = named(&store, "forces-left", &params);
        assert_eq!(
            column(&named_answer, "actor"),
            want,
            "{country} after {after:?}"
        );
        let raw = ok(
            &store,
            &[
                "query",
                "--format",
                "json",
                &format!("{head}WHERE {{\n  {values}\n{rest}"),
            ],
        );
        assert_eq!(raw, named_answer, "{country} after {after:?}, VALUES first");
    }
}

#[test]
fn reingesting_changes_nothing() {
    let dir = ingested();
    let store = dir.path().join("store");
    let before = count(&store);
    assert!(before > 100);
    let o = run(
        &store,
        &["ingest", root().join("examples").to_str().unwrap()],
    );
    assert!(o.status.success());
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("3 unchanged"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(count(&store), before);
}

#[test]
fn changed_text_replaces_the_graph_when_the_url_is_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let a = dir.path().join("a.txt");
    std::fs::write(&a, "French troops left Mali on Monday.\n").unwrap();
    ok(
        &store,
        &[
            "ingest",
            "--url",
            "https://example.org/x",
            "--published",
            "2022-08-15",
            a.to_str().unwrap(),
        ],
    );
    assert_eq!(
        column(&named(&store, "forces-left", &["country=Mali"]), "actor"),
        vec!["http://www.wikidata.org/entity/Q142"]
    );
    std::fs::write(&a, "German troops left Mali on Monday.\n").unwrap();
    ok(
        &store,
        &[
            "ingest",
            "--url",
            "https://example.org/x",
            "--published",
            "2022-08-15",
            a.to_str().unwrap(),
        ],
    );
    assert_eq!(
        column(&named(&store, "forces-left", &["country=Mali"]), "actor"),
        vec!["http://www.wikidata.org/entity/Q183"]
    );
    let articles = column(&named(&store, "articles", &[]), "article");
    assert_eq!(articles.len(), 1);
}

#[test]
fn claims_carry_sentence_offsets_and_attribution() {
    let dir = ingested();
    let store = dir.path().join("store");
    let q = "SELECT ?sentence ?start ?end ?text ?attribution WHERE { ?c nkg:asserts ?e ; nkg:sentence ?sentence ; nkg:startOffset ?start ; nkg:endOffset ?end ; prov:wasDerivedFrom ?a . ?a schema:articleBody ?text . ?e a nkg:Arrival . OPTIONAL { ?c nkg:attributionText ?attribution } }";
    let out = ok(&store, &["query", "--format", "json", q]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let rows = v["results"]["bindings"].as_array().unwrap();
    assert!(!rows.is_empty());
    for r in rows {
        let text: Vec<char> = r["text"]["value"].as_str().unwrap().chars().collect();
        let (s, e): (usize, usize) = (
            r["start"]["value"].as_str().unwrap().parse().unwrap(),
            r["end"]["value"].as_str().unwrap().parse().unwrap(),
        );
        let trigger: String = text[s..e].iter().collect();
        assert_eq!(trigger, "arrived");
        assert!(r["sentence"]["value"]
            .as_str()
            .unwrap()
            .contains("arrived in Niamey"));
        assert_eq!(r["attribution"]["value"].as_str(), Some("state television"));
    }
}

#[test]
fn export_turtle_round_trips_to_the_store_graph() {
    use sophia::api::source::TripleSource;
    let dir = ingested();
    let store = dir.path().join("store");
    let ttl = ok(&store, &["export", "--format", "turtle"]);
    assert!(ttl.contains("@prefix nkg: <https://newskg.org/ns#>"));
    let nt = ok(&store, &["export", "--format", "ntriples"]);
    let from_ttl: Vec<[sophia::api::term::SimpleTerm<'static>; 3]> =
        sophia::turtle::parser::turtle::parse_str(&ttl)
            .collect_triples()
            .unwrap();
    let from_nt: Vec<[sophia::api::term::SimpleTerm<'static>; 3]> =
        sophia::turtle::parser::nt::parse_str(&nt)
            .collect_triples()
            .unwrap();
    assert!(from_nt.len() > 100);
    assert!(sophia::isomorphism::isomorphic_graphs(&from_ttl, &from_nt).unwrap());
    // The N-Triples export is the store's content: compare with the quads read directly.
    let s = newskg::store::Store::open(&store).unwrap();
    let mut direct: Vec<String> = newskg::export::quads(&s, None)
        .unwrap()
        .iter()
        .map(|q| format!("{} {} {} .", q.subject, q.predicate, q.object))
        .collect();
    direct.sort();
    direct.dedup();
    assert_eq!(direct.len(), from_nt.len());
}

#[test]
fn dataset_formats_keep_one_graph_per_article() {
    let dir = ingested();
    let store = dir.path().join("store");
    let nq = ok(&store, &["export", "--format", "nquads"]);
    let graphs: std::collections::BTreeSet<&str> = nq
        .lines()
        .filter_map(|l| l.rsplit_once(' ').map(|(a, _)| a))
        .filter_map(|a| a.rsplit_once(' ').map(|(_, g)| g))
        .collect();
    // Three articles, each with its entailment graph, and the ontology.
    assert_eq!(graphs.len(), 7, "{graphs:?}");
    assert_eq!(
        graphs.iter().filter(|g| g.contains("/id/article/")).count(),
        3
    );
    assert_eq!(
        graphs
            .iter()
            .filter(|g| g.contains("/id/entailed/"))
            .count(),
        3
    );
    assert!(graphs.contains("<https://newskg.org/ns>"));
    let asserted = ok(&store, &["export", "--format", "nquads", "--no-entailment"]);
    assert!(!asserted.contains("/id/entailed/"));
    assert!(asserted.len() < nq.len());
    let articles = column(&named(&store, "articles", &[]), "article");
    let one = ok(
        &store,
        &["export", "--format", "trig", "--graph", &articles[0]],
    );
    let key = articles[0].rsplit('/').next().unwrap();
    assert!(one.contains(key));
    let others: Vec<&str> = articles[1..]
        .iter()
        .map(|a| a.rsplit('/').next().unwrap())
        .collect();
    assert!(
        others.iter().all(|k| !one.contains(k)),
        "only the one graph"
    );
    for f in ["rdfxml", "jsonld", "trig"] {
        let out = ok(&store, &["export", "--format", f]);
        assert!(out.len() > 1000, "{f}");
    }
}

#[test]
fn queries_lists_and_shows_named_queries() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let list = ok(&store, &["queries"]);
    for n in [
        "forces-left",
        "forces-arrived",
        "events",
        "entities",
        "timeline",
        "claims",
        "affiliations",
    ] {
        assert!(list.contains(n), "{n}");
    }
    assert!(list.contains("country=<country>") && list.contains("[after=<event-type>]"));
    let show = ok(&store, &["queries", "show", "forces-left"]);
    assert!(show.contains("SELECT DISTINCT ?actor"));
}

#[test]
fn timeline_orders_events_with_dates() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let a = dir.path().join("a.txt");
    std::fs::write(&a, "Soldiers seized power in Niger in July 2023. French troops left Niger in December 2023. Russian instructors arrived in Niger on Wednesday.\n").unwrap();
    ok(
        &store,
        &["ingest", "--published", "2024-04-13", a.to_str().unwrap()],
    );
    let out = named(&store, "timeline", &["country=Niger"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let types: Vec<String> = v["results"]["bindings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            b["type"]["value"]
                .as_str()
                .unwrap()
                .rsplit('#')
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    let pos = |t: &str| {
        types
            .iter()
            .position(|x| x == t)
            .unwrap_or_else(|| panic!("{t} in {types:?}"))
    };
    assert!(
        pos("Coup") < pos("Withdrawal") && pos("Withdrawal") < pos("Arrival"),
        "{types:?}"
    );
    let dates: Vec<&str> = v["results"]["bindings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|b| b["date"]["value"].as_str())
        .collect();
    assert!(dates.contains(&"2024-04-10"), "{dates:?}");
}

#[test]
fn canonical_exports_do_not_depend_on_ingest_order() {
    let dir = tempfile::tempdir().unwrap();
    let ex = root().join("examples");
    let mut files: Vec<_> = std::fs::read_dir(&ex)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let a = dir.path().join("a");
    let b = dir.path().join("b");
    for f in &files {
        ok(&a, &["ingest", f.to_str().unwrap()]);
    }
    for f in files.iter().rev() {
        ok(&b, &["ingest", "--batch", "1", f.to_str().unwrap()]);
    }
    let ca = ok(&a, &["export", "--canonical"]);
    let cb = ok(&b, &["export", "--canonical"]);
    assert!(ca.lines().count() > 500);
    assert_eq!(ca, cb);
}

#[test]
fn one_event_reported_by_two_articles_appears_once_with_both_sources() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(
        &a,
        "Belgian troops left Niger on Monday, the defence ministry said.\n",
    )
    .unwrap();
    std::fs::write(
        &b,
        "The last Belgian soldiers pulled out of Niger on Monday, ending a five-year mission.\n",
    )
    .unwrap();
    for (file, url) in [(&a, "https://example.org/a"), (&b, "https://example.org/b")] {
        ok(
            &store,
            &[
                "ingest",
                "--published",
                "2024-05-08",
                "--url",
                url,
                file.to_str().unwrap(),
            ],
        );
    }
    let out = named(&store, "timeline", &["country=Niger"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let rows: Vec<&serde_json::Value> = v["results"]["bindings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| {
            r["type"]["value"]
                .as_str()
                .unwrap()
                .ends_with("#Withdrawal")
        })
        .collect();
    assert_eq!(rows.len(), 1, "{out}");
    assert_eq!(rows[0]["sources"]["value"].as_str(), Some("2"));
    assert_eq!(rows[0]["date"]["value"].as_str(), Some("2024-05-06"));
    // The same entity is one node across articles.
    let n = ok(
        &store,
        &[
            "query",
            "--format",
            "csv",
            "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e owl:sameAs wd:Q31 }",
        ],
    );
    assert_eq!(n.lines().nth(1).map(str::trim), Some("1"));
}

/// Canonical output is N-Quads: `--format nquads` beside `--canonical` is accepted and
/// changes nothing; another format is refused as a usage error.
#[test]
fn canonical_export_accepts_its_own_format_only() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ok(
        &store,
        &["ingest", "-q", root().join("examples").to_str().unwrap()],
    );
    let plain = ok(&store, &["export", "--canonical"]);
    let named = ok(&store, &["export", "--canonical", "--format", "nquads"]);
    assert_eq!(plain, named);
    let o = run(&store, &["export", "--canonical", "--format", "turtle"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("--canonical writes canonical N-Quads"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

/// A reader that goes away (`newskg export | head`) is no error: the run stops quietly with
/// exit code 0 and nothing on stderr (the broken pipe is told by its I/O error kind).
#[test]
fn a_closed_pipe_stops_quietly() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ok(
        &store,
        &["ingest", "-q", root().join("examples").to_str().unwrap()],
    );
    for format in ["ntriples", "jsonld", "turtle"] {
        let mut child = std::process::Command::new(bin())
            .arg("--store")
            .arg(&store)
            .args(["export", "--format", format])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 100];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        // The pipe is closed here; the rest of the export (far more than a pipe holds)
        // cannot be written.
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{format}: {:?}", out.status);
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{format}");
    }
}

/// Several inputs to `extract` give JSON Lines: one compact line per article, in input order,
/// each the same extraction a single-file `extract` prints, with where it came from.
#[test]
fn extract_over_three_files_gives_three_json_lines_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files.reverse(); // input order, not name order
    let args: Vec<&str> = std::iter::once("extract")
        .chain(files.iter().map(|f| f.to_str().unwrap()))
        .chain(["--format", "json"])
        .collect();
    let out = ok(&store, &args);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    for (line, file) in lines.iter().zip(&files) {
        let mut v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["origin"], file.to_str().unwrap());
        v.as_object_mut().unwrap().remove("origin");
        let single: serde_json::Value = serde_json::from_str(&ok(
            &store,
            &["extract", file.to_str().unwrap(), "--format", "json"],
        ))
        .unwrap();
        assert_eq!(v, single, "{}", file.display());
    }
    let o = run(
        &store,
        &[
            "extract",
            files[0].to_str().unwrap(),
            files[1].to_str().unwrap(),
            "--format",
            "text",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
}

/// `--version` names the version and the commit the binary was built from.
#[test]
fn version_names_the_commit() {
    let dir = tempfile::tempdir().unwrap();
    let out = ok(&dir.path().join("store"), &["--version"]);
    let want = format!("newskg {} (", env!("CARGO_PKG_VERSION"));
    assert!(out.starts_with(&want), "{out}");
    let commit = out.trim().trim_start_matches(&want).trim_end_matches(')');
    if commit == "unknown commit" {
        return; // built outside a git checkout
    }
    assert!(
        commit.len() == 12 && commit.bytes().all(|b| b.is_ascii_hexdigit()),
        "{out}"
    );
    // It is a commit of this repository (the one the binary was built from).
    let known = std::process::Command::new("git")
        .args(["cat-file", "-e", &format!("{commit}^{{commit}}")])
        .current_dir(root())
        .status();
    if let Ok(s) = known {
        assert!(s.success(), "{commit} is not a commit here");
    }
}

/// The man pages and completions README's "Install" tells how to put in place.
#[test]
fn man_pages_and_completions() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let page = ok(&store, &["man"]);
    assert!(
        page.contains(".TH newskg 1") && page.contains("ingest"),
        "{page}"
    );
    let pages = dir.path().join("man1");
    ok(&store, &["man", "--dir", pages.to_str().unwrap()]);
    for name in [
        "newskg.1",
        "newskg-ingest.1",
        "newskg-query.1",
        "newskg-serve.1",
    ] {
        let text = std::fs::read_to_string(pages.join(name)).expect(name);
        assert!(text.starts_with(".ie"), "{name}: {text}");
    }
    let ingest = std::fs::read_to_string(pages.join("newskg-ingest.1")).unwrap();
    assert!(ingest.contains("published"), "{ingest}");
    for (shell, mark) in [
        ("bash", "_newskg()"),
        ("zsh", "#compdef newskg"),
        ("fish", "complete -c newskg"),
    ] {
        let out = ok(&store, &["completions", shell]);
        assert!(out.contains(mark), "{shell}: {out}");
    }
}

#[test]
fn a_persons_organisation_is_stored_as_their_affiliation() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let article = dir.path().join("lenders.txt");
    std::fs::write(
        &article,
        "Lenders meet\n\nIMF chief Ravel Osteno held talks with the World Bank's Susan Miller \
         in Zurich on Tuesday.",
    )
    .unwrap();
    ok(&store, &["ingest", article.to_str().unwrap()]);
    let q = "SELECT ?person ?body WHERE { ?p schema:affiliation ?o ; rdfs:label ?person . \
             ?o rdfs:label ?body }";
    let out = ok(&store, &["query", "--format", "json", q]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let mut pairs: Vec<(String, String)> = (v["results"]["bindings"].as_array().unwrap().iter())
        .map(|r| {
            let s = |k: &str| r[k]["value"].as_str().unwrap().to_string();
            (s("person"), s("body"))
        })
        .collect();
    pairs.sort();
    assert_eq!(
        pairs,
        [
            ("Ravel Osteno".into(), "International Monetary Fund".into()),
            ("Susan Miller".into(), "World Bank".into())
        ]
    );
    // The named question gives the same pairs, with how many articles say so.
    let out = named(&store, "affiliations", &[]);
    assert_eq!(column(&out, "person"), ["Ravel Osteno", "Susan Miller"]);
    assert_eq!(
        column(&out, "organisation"),
        ["International Monetary Fund", "World Bank"]
    );
    assert_eq!(column(&out, "articles"), ["1"]);
}
