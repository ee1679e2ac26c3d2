//! `newskg serve`: a real server on 127.0.0.1, asked by real clients — Python's
//! SPARQLWrapper and curl — over the SPARQL 1.1 Protocol.

mod common;
use common::*;
use std::process::{Command, Output};

fn ingested_store() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ok(
        &store,
        &["ingest", "-q", root().join("examples").to_str().unwrap()],
    );
    (dir, store)
}

fn curl(args: &[&str]) -> Output {
    // scripts/test-oracles installs curl when it is missing.
    let _ = oracles();
    Command::new("curl")
        .args(["-s", "-S", "-i", "--max-time", "30"])
        .args(args)
        .output()
        .expect("curl is installed (scripts/test-oracles installs it)")
}

/// Status code, lower-cased headers, body.
fn http(o: &Output) -> (u16, String, String) {
    let text = String::from_utf8_lossy(&o.stdout).to_string();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, head.to_ascii_lowercase(), body.to_string())
}

fn sparqlwrapper_available() -> bool {
    python_has("SPARQLWrapper", "SPARQLWrapper")
}

/// Asks the forces-left question (the named query's text, with Niger and "after the coup"
/// bound in a VALUES block) and tries an update, through SPARQLWrapper.
const CLIENT: &str = r#"
import sys, json
from SPARQLWrapper import SPARQLWrapper, JSON, POST
url, query_file = sys.argv[1], sys.argv[2]
text = open(query_file).read()
head, rest = text.split('WHERE {', 1)
query = ('PREFIX nkg: <https://newskg.org/ns#>\nPREFIX wd: <http://www.wikidata.org/entity/>\n'
         + head + 'WHERE {\n  VALUES (?country ?after) { (wd:Q1032 nkg:Coup) }' + rest)
s = SPARQLWrapper(url + '/query')
s.setQuery(query)
s.setReturnFormat(JSON)
r = s.query().convert()
print('actors', ' '.join(sorted(b['actor']['value'] for b in r['results']['bindings'])))
u = SPARQLWrapper(url + '/query', updateEndpoint=url + '/update')
u.setMethod(POST)
u.setQuery('INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/a> <https://example.org/b> "c" } }')
try:
    u.query()
    print('update ok')
except Exception as e:
    print('update refused', type(e).__name__, str(e).replace('\n', ' ')[:200])
"#;

fn run_client(url: &str) -> String {
    let out = python()
        .args([
            "-c",
            CLIENT,
            url,
            root().join("queries/forces-left.rq").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn sparqlwrapper_asks_forces_left_and_updates_are_refused_unless_allowed() {
    if !sparqlwrapper_available() {
        return;
    }
    let (_dir, store) = ingested_store();
    {
        let server = serve(&store, &[]);
        let out = run_client(&server.url);
        assert!(
            out.contains(
                "actors http://www.wikidata.org/entity/Q142 http://www.wikidata.org/entity/Q30\n"
            ),
            "{out}"
        );
        assert!(out.contains("update refused"), "{out}");
        assert!(out.contains("403") || out.contains("read-only"), "{out}");
    }
    // Nothing was written by the refused update.
    let probe = "ASK { GRAPH <https://example.org/g> { ?s ?p ?o } }";
    assert!(ok(&store, &["query", "--format", "json", probe]).contains("false"));
    {
        let server = serve(&store, &["--allow-update"]);
        let out = run_client(&server.url);
        assert!(out.contains("update ok"), "{out}");
        // The update is visible to the next query at once.
        let (status, _, body) = http(&curl(&[
            "-G",
            &format!("{}/query", server.url),
            "--data-urlencode",
            &format!("query={probe}"),
        ]));
        assert_eq!(status, 200);
        assert!(body.contains("true"), "{body}");
    }
    // And it is on disk.
    assert!(ok(&store, &["query", "--format", "json", probe]).contains("true"));
}

/// An update posted to the endpoint goes through the store's one write path: the article
/// graph it writes is re-entailed, so a query that relies on entailment sees the change, and
/// a delete takes the conclusions back.
#[test]
fn an_update_through_the_endpoint_is_entailed() {
    let (_dir, store) = ingested_store();
    let articles = ok(&store, &["query", "--format", "csv", "--name", "articles"]);
    let article = articles
        .lines()
        .find_map(|l| {
            l.split(',')
                .find(|f| f.starts_with("https://newskg.org/id/article/"))
        })
        .expect("an article graph")
        .to_string();
    let server = serve(&store, &["--allow-update"]);
    let ask = "PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> ASK { <https://example.org/e1> a sem:Event }";
    let asked = |server: &Server| {
        let (status, _, body) = http(&curl(&[
            "-G",
            &format!("{}/query", server.url),
            "-H",
            "Accept: application/sparql-results+json",
            "--data-urlencode",
            &format!("query={ask}"),
        ]));
        assert_eq!(status, 200, "{body}");
        body.contains("true")
    };
    let update = |server: &Server, op: &str| {
        let u = format!("{op} DATA {{ GRAPH <{article}> {{ <https://example.org/e1> a <https://newskg.org/ns#Coup> }} }}");
        let (status, _, body) = http(&curl(&[
            "-X",
            "POST",
            &format!("{}/update", server.url),
            "-H",
            "Content-Type: application/sparql-update",
            "--data-binary",
            &u,
        ]));
        assert_eq!(status, 204, "{body}");
    };
    assert!(!asked(&server));
    update(&server, "INSERT");
    assert!(
        asked(&server),
        "a Coup is a sem:Event once its article is re-entailed"
    );
    update(&server, "DELETE");
    assert!(
        !asked(&server),
        "the conclusion goes with the triple it came from"
    );
}

/// With a token, an update without it or with a wrong one gets 401 and changes nothing; the
/// right one is accepted. Off loopback, updates without a token are refused at start.
#[test]
fn updates_need_the_token_when_one_is_set() {
    let (_dir, store) = ingested_store();
    let token = "correct-horse-battery-staple";
    let probe = "ASK { GRAPH <https://example.org/t> { ?s ?p ?o } }";
    {
        let server = serve(&store, &["--allow-update", "--update-token", token]);
        let post = |auth: Option<&str>| {
            let u = format!("{}/update", server.url);
            let mut args = vec![
                "-X".to_string(),
                "POST".to_string(),
                u,
                "-H".to_string(),
                "Content-Type: application/sparql-update".to_string(),
                "--data-binary".to_string(),
                "INSERT DATA { GRAPH <https://example.org/t> { <https://example.org/a> <https://example.org/b> 1 } }".to_string(),
            ];
            if let Some(a) = auth {
                args.push("-H".to_string());
                args.push(format!("Authorization: Bearer {a}"));
            }
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            http(&curl(&args)).0
        };
        assert_eq!(post(None), 401);
        assert_eq!(post(Some("wrong-token-of-some-length")), 401);
        let (_, _, body) = http(&curl(&[
            "-G",
            &format!("{}/query", server.url),
            "--data-urlencode",
            &format!("query={probe}"),
        ]));
        assert!(
            body.contains("false"),
            "nothing written by refused updates: {body}"
        );
        assert_eq!(post(Some(token)), 204);
    }
    assert!(ok(&store, &["query", "--format", "json", probe]).contains("true"));
    let o = run(&store, &["serve", "--bind", "0.0.0.0:0", "--allow-update"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("needs --update-token"), "{err}");
}

/// A store holding the examples, served read-only with a result limit of 40, with the
/// article graphs (asked through the CLI before the server holds the store).
struct Curl {
    _dir: tempfile::TempDir,
    server: Server,
    q: String,
    articles: Vec<String>,
}

fn curl_fixture() -> Curl {
    let (dir, store) = ingested_store();
    // The server holds the store, so ask the CLI first.
    let articles = column(&named(&store, "articles", &[]), "article");
    let server = serve(&store, &["--max-results", "40"]);
    let q = format!("{}/query", server.url);
    Curl {
        _dir: dir,
        server,
        q,
        articles,
    }
}

const COUNT: &str = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a nkg:Withdrawal }";

/// GET with ?query=, JSON by default, CORS header.
#[test]
fn get_answers_json_with_cors() {
    let f = curl_fixture();
    let q = &f.q;
    let (status, head, body) = http(&curl(&[
        "-G",
        q,
        "--data-urlencode",
        &format!("query={COUNT}"),
    ]));
    assert_eq!(status, 200, "{body}");
    assert!(
        head.contains("content-type: application/sparql-results+json"),
        "{head}"
    );
    assert!(head.contains("access-control-allow-origin: *"), "{head}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    let n: usize = v["results"]["bindings"][0]["n"]["value"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(n >= 3, "{body}");
}

/// POST as a form and as application/sparql-query; content negotiation.
#[test]
fn post_forms_and_content_negotiation() {
    let f = curl_fixture();
    let q = &f.q;
    for (args, media, starts) in [
        (
            vec![
                "--data-urlencode",
                &*format!("query={COUNT}"),
                "-H",
                "Accept: text/csv",
            ],
            "text/csv",
            "n\r\n",
        ),
        (
            vec![
                "-H",
                "Content-Type: application/sparql-query",
                "--data-binary",
                COUNT,
                "-H",
                "Accept: application/sparql-results+xml",
            ],
            "application/sparql-results+xml",
            "<?xml",
        ),
        (
            vec![
                "--data-urlencode",
                &*format!("query={COUNT}"),
                "-H",
                "Accept: text/tab-separated-values, text/csv;q=0.5",
            ],
            "text/tab-separated-values",
            "?n\n",
        ),
    ] {
        let mut a: Vec<&str> = args.clone();
        a.push(q);
        let (status, head, body) = http(&curl(&a));
        assert_eq!(status, 200, "{media}: {body}");
        assert!(head.contains(&format!("content-type: {media}")), "{head}");
        assert!(body.starts_with(starts), "{media}: {body:?}");
    }
}

/// CONSTRUCT: RDF formats, Turtle by default.
#[test]
fn construct_answers_in_rdf_formats() {
    let f = curl_fixture();
    let q = &f.q;
    let construct = "CONSTRUCT { ?e a sem:Event } WHERE { ?e a nkg:Withdrawal }";
    let (status, head, body) = http(&curl(&[
        "--data-urlencode",
        &format!("query={construct}"),
        q,
    ]));
    assert_eq!(status, 200);
    assert!(head.contains("content-type: text/turtle"));
    assert!(body.contains("sem:Event"), "{body}");
    let (_, head, body) = http(&curl(&[
        "--data-urlencode",
        &format!("query={construct}"),
        "-H",
        "Accept: application/n-triples",
        q,
    ]));
    assert!(head.contains("content-type: application/n-triples"));
    assert!(body.lines().all(|l| l.ends_with(" .")), "{body}");
}

/// What the client cannot take, or cannot send.
#[test]
fn what_the_client_cannot_take_or_send_is_refused() {
    let f = curl_fixture();
    let q = &f.q;
    let (status, _, _) = http(&curl(&[
        "-G",
        q,
        "--data-urlencode",
        "query=ASK {}",
        "-H",
        "Accept: image/png",
    ]));
    assert_eq!(status, 406);
    let (status, _, _) = http(&curl(&[
        "-H",
        "Content-Type: text/plain",
        "--data-binary",
        "ASK {}",
        q,
    ]));
    assert_eq!(status, 415);
    let (status, _, body) = http(&curl(&[
        "-G",
        q,
        "--data-urlencode",
        "query=SELEKT nothing",
    ]));
    assert_eq!(status, 400);
    assert!(body.contains("syntax error"), "{body}");
    let (status, _, body) = http(&curl(&[
        "-G",
        q,
        "--data-urlencode",
        "query=INSERT DATA { <http://ex/a> <http://ex/b> <http://ex/c> }",
    ]));
    assert_eq!(status, 400);
    assert!(body.contains("/update"), "{body}");
    let (status, head, _) = http(&curl(&["-X", "DELETE", q]));
    assert_eq!(status, 405);
    assert!(head.contains("allow: get, post"), "{head}");
    let (status, _, _) = http(&curl(&[&format!("{}/nothing-here", f.server.url)]));
    assert_eq!(status, 404);
}

/// Updates are refused on a read-only endpoint, in every form.
#[test]
fn a_read_only_endpoint_refuses_updates_in_every_form() {
    let f = curl_fixture();
    for args in [
        vec![
            "--data-urlencode",
            "update=INSERT DATA { <http://ex/a> <http://ex/b> <http://ex/c> }",
        ],
        vec![
            "-H",
            "Content-Type: application/sparql-update",
            "--data-binary",
            "CLEAR ALL",
        ],
    ] {
        let mut a = args.clone();
        let u = format!("{}/update", f.server.url);
        a.push(&u);
        let (status, _, body) = http(&curl(&a));
        assert_eq!(status, 403, "{body}");
    }
}

/// A result larger than the limit is refused, not cut short.
#[test]
fn a_result_over_the_limit_is_refused_not_cut() {
    let f = curl_fixture();
    let q = &f.q;
    let (status, _, body) = http(&curl(&[
        "-G",
        q,
        "--data-urlencode",
        "query=SELECT * WHERE { ?s ?p ?o }",
    ]));
    assert_eq!(status, 413, "{body}");
    assert!(body.contains("40"), "{body}");
}

/// The protocol's dataset: one article graph as the default graph.
#[test]
fn the_protocol_dataset_picks_graphs() {
    let f = curl_fixture();
    let q = &f.q;
    let one = format!("default-graph-uri={}", f.articles[0]);
    let (status, _, body) = http(&curl(&[
        "-G",
        q,
        "--data-urlencode",
        "query=SELECT (COUNT(*) AS ?n) WHERE { ?a a schema:NewsArticle }",
        "--data-urlencode",
        &one,
    ]));
    assert_eq!(status, 200);
    assert!(body.contains("\"value\":\"1\""), "{body}");
}

/// CORS preflight for a browser POST with a SPARQL content type.
#[test]
fn cors_preflight_for_a_browser_post() {
    let f = curl_fixture();
    let q = &f.q;
    let (status, head, _) = http(&curl(&[
        "-X",
        "OPTIONS",
        "-H",
        "Origin: http://example.org",
        "-H",
        "Access-Control-Request-Method: POST",
        "-H",
        "Access-Control-Request-Headers: content-type",
        q,
    ]));
    assert_eq!(status, 204);
    assert!(head.contains("access-control-allow-origin: *"));
    assert!(
        head.contains("access-control-allow-headers: content-type, accept"),
        "{head}"
    );
}

/// The page at /: a query box, and the script posts to the endpoint (the browser tests in
/// `tests/browser.rs` drive the page itself).
#[test]
fn the_page_has_a_query_box() {
    let f = curl_fixture();
    let (status, head, body) = http(&curl(&[&format!("{}/", f.server.url)]));
    assert_eq!(status, 200);
    assert!(head.contains("content-type: text/html"));
    assert!(
        body.contains("<textarea") && body.contains("ask('query', {"),
        "{body}"
    );
    assert!(body.contains("read-only"));
}

#[test]
fn a_query_over_the_time_limit_is_stopped() {
    let (_dir, store) = ingested_store();
    let server = serve(&store, &["--timeout", "0.5"]);
    let slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    let (status, _, body) = http(&curl(&[
        "-G",
        &format!("{}/query", server.url),
        "--data-urlencode",
        &format!("query={slow}"),
    ]));
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("0.5 s"), "{body}");
    // The server still answers afterwards.
    let (status, _, _) = http(&curl(&[
        "-G",
        &format!("{}/query", server.url),
        "--data-urlencode",
        "query=ASK {}",
    ]));
    assert_eq!(status, 200);
}

#[test]
fn slow_queries_cannot_pile_up() {
    let (_dir, store) = ingested_store();
    let server = serve(&store, &["--timeout", "3", "--max-running", "1"]);
    let q = format!("{}/query", server.url);
    // A slow query takes the one slot until its timeout…
    let slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    let url = q.clone();
    let first = std::thread::spawn(move || {
        http(&curl(&[
            "-G",
            &url,
            "--data-urlencode",
            &format!("query={slow}"),
        ]))
    });
    // …so the next query waits a moment (2 s) and is refused, not queued behind it. (On a
    // loaded machine the slow query may take a while to start: until it holds the slot,
    // the quick one is answered, so ask again.)
    let mut tries = 0;
    let (status, body) = loop {
        std::thread::sleep(std::time::Duration::from_millis(300));
        let (status, _, body) = http(&curl(&["-G", &q, "--data-urlencode", "query=ASK {}"]));
        tries += 1;
        if status != 200 || tries == 5 {
            break (status, body);
        }
    };
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("already running"), "{body}");
    let (status, _, body) = first.join().unwrap();
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("longer than 3 s"), "{body}");
}

#[test]
fn bad_serve_arguments_are_one_line_errors() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    for (args, needle) in [
        (vec!["serve", "--bind", "nonsense"], "--bind"),
        (vec!["serve", "--timeout", "0"], "--timeout"),
    ] {
        let o = run(&store, &args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(needle), "{err}");
        assert_eq!(err.trim().lines().count(), 1, "{err}");
    }
    // The port is taken: a clear error, not a panic.
    let held = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = held.local_addr().unwrap().port();
    let o = run(&store, &["serve", "--bind", &format!("127.0.0.1:{port}")]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("cannot listen"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}

/// Hundreds of clients that send half a request line and stay open do not stall the
/// endpoint: an ordinary query from another client is still answered (within 5 s here, so
/// the test is not flaky; `benches/load.rs` measures the latency), and past
/// `--max-connections` the connections that waited longest for their request are dropped.
#[test]
fn slow_clients_cannot_stall_the_endpoint() {
    use std::io::{Read, Write};
    use std::time::{Duration, Instant};
    let (_dir, store) = ingested_store();
    let server = serve(&store, &["--max-connections", "100"]);
    let addr = server.url.trim_start_matches("http://").to_string();
    let mut slow = Vec::new();
    for _ in 0..300 {
        let mut s = std::net::TcpStream::connect(&addr).unwrap();
        s.write_all(b"GET /query?query=ASK%20%7B%7D HT").unwrap();
        slow.push(s);
    }
    let t = Instant::now();
    let (status, _, body) = http(&curl(&[
        "-G",
        &format!("{}/query", server.url),
        "--data-urlencode",
        "query=ASK {}",
    ]));
    let took = t.elapsed();
    assert_eq!(status, 200, "{body}");
    assert!(took < Duration::from_secs(5), "answered after {took:?}");
    // 300 slow connections and a cap of 100: the oldest were closed to make room.
    let closed = slow
        .iter_mut()
        .map(|s| {
            s.set_read_timeout(Some(Duration::from_millis(20))).unwrap();
            match s.read(&mut [0u8; 64]) {
                Ok(n) => n == 0,
                Err(e) => e.kind() == std::io::ErrorKind::ConnectionReset,
            }
        })
        .filter(|&closed| closed)
        .count();
    assert!(
        closed >= 190,
        "only {closed} of 300 slow connections were dropped"
    );
}

/// The page's data over HTTP: the named questions with their typed parameters, a named
/// question asked by name with `param=key=value` (as `--param` takes them), the countries
/// with events, a country's timeline (drawing and claims), the actor–event graphs; bad
/// parameters get 400 with one line.
#[test]
fn the_page_data_questions_timeline_and_graphs_over_http() {
    let f = curl_fixture();
    let url = &f.server.url;
    let get = |path: &str| http(&curl(&[&format!("{url}{path}")]));

    let (status, head, body) = get("/questions");
    assert_eq!(status, 200);
    assert!(head.contains("content-type: application/json"));
    let q: serde_json::Value = serde_json::from_str(&body).unwrap();
    let forces = q["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["name"] == "forces-left")
        .expect("forces-left is offered");
    assert_eq!(forces["params"][0]["type"], "country");
    assert_eq!(forces["params"][1]["type"], "event-type");
    assert_eq!(forces["params"][1]["required"], false);

    let (status, _, body) = http(&curl(&[
        "-H",
        "Accept: application/sparql-results+json",
        &format!("{url}/query?name=forces-left&param=country%3DNiger&param=after%3Dcoup"),
    ]));
    assert_eq!(status, 200, "{body}");
    assert_eq!(locals(&column(&body, "actor")), vec!["Q142", "Q30"]);
    for (path, says) in [
        (
            "/query?name=forces-left&param=country%3DAtlantis",
            "not a country",
        ),
        ("/query?name=no-such-question", "unknown named query"),
        ("/query?name=forces-left&query=ASK%7B%7D", "not both"),
        (
            "/query?param=country%3DNiger&query=ASK%7B%7D",
            "only applies to named",
        ),
        ("/timeline?country=Atlantis", "not a country"),
        ("/graph.svg", "give country"),
    ] {
        let (status, _, body) = get(path);
        assert_eq!(status, 400, "{path}: {body}");
        assert!(
            body.contains(says) && body.trim().lines().count() == 1,
            "{path}: {body}"
        );
    }

    let (status, _, body) = get("/timeline");
    assert_eq!(status, 200);
    let countries: serde_json::Value = serde_json::from_str(&body).unwrap();
    let niger = countries["countries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["qid"] == "Q1032")
        .expect("Niger has events");
    let (status, _, body) = get("/timeline?country=Q1032");
    assert_eq!(status, 200);
    let t: serde_json::Value = serde_json::from_str(&body).unwrap();
    let marks = t["timeline"]["marks"].as_array().unwrap();
    assert_eq!(niger["events"].as_u64().unwrap() as usize, marks.len());
    assert_eq!(
        t["svg"].as_str().unwrap().matches("class=\"mark\"").count(),
        marks.len()
    );
    // A claim carries its sentence cut at the trigger.
    assert!(marks.iter().all(
        |m| m["claims"].as_array().unwrap().iter().all(|c| c["segments"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["mark"] == "trigger" && s["text"] == c["trigger"]))
    ));
    let (status, head, body) = get("/timeline.svg?country=Niger");
    assert_eq!(status, 200);
    assert!(head.contains("content-type: image/svg+xml"));
    assert_eq!(body, t["svg"].as_str().unwrap());
    let (status, _, body) = get("/graph.svg?country=Niger");
    assert_eq!(status, 200);
    assert!(body.contains("href=\"https://www.wikidata.org/wiki/Q142\""));
    let article = &f.articles[0];
    let (status, _, body) = get(&format!("/graph.svg?article={}", urlencode(article)));
    assert_eq!(status, 200);
    assert!(body.contains("class=\"event\""), "{body}");
    // A claim's article, its sentence marked by the claim's character offsets.
    let claim = &marks[0]["claims"][0];
    let (status, head, body) = get(&format!(
        "/article?iri={}&from={}&to={}",
        urlencode(claim["article"].as_str().unwrap()),
        claim["sentence_start"],
        claim["sentence_end"]
    ));
    assert_eq!(status, 200, "{body}");
    assert!(head.contains("content-type: text/html"));
    let sentence: String = claim["segments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert!(
        body.contains(&format!(
            "<mark id=\"claim\">{}</mark>",
            sentence.replace('\'', "&#39;")
        )),
        "{sentence} in {body}"
    );
    let (status, _, _) = get("/article?iri=https%3A%2F%2Fnewskg.org%2Fid%2Farticle%2Fnone");
    assert_eq!(status, 404);
    let (status, _, _) = get(&format!(
        "/article?iri={}&from=3",
        urlencode(claim["article"].as_str().unwrap())
    ));
    assert_eq!(status, 400);
    let (status, head, _) = http(&curl(&["-X", "POST", &format!("{url}/timeline")]));
    assert_eq!(status, 405);
    assert!(head.contains("allow: get, options"));
}

fn urlencode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}
