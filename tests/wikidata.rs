//! The Wikidata client against a real HTTP server on 127.0.0.1 that answers like the
//! Wikidata API (fixtures in tests/fixtures/wikidata, written for these tests) and counts
//! requests. No test touches the internet.

mod common;
use common::*;
use newskg::link::wikidata::{Config, Linker};
use newskg::model::Kind;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

struct Server {
    url: String,
    hits: Arc<AtomicUsize>,
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(root().join("tests/fixtures/wikidata").join(name)).unwrap()
}

fn decode(s: &str) -> String {
    let s = s.replace('+', " ");
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Starts the test server; it serves until the test process ends.
fn server() -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/w/api.php", listener.local_addr().unwrap());
    let hits = Arc::new(AtomicUsize::new(0));
    let h = hits.clone();
    let seen: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let h = h.clone();
            let seen = seen.clone();
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut line = String::new();
                if reader.read_line(&mut line).is_err() {
                    return;
                }
                let mut ua = String::new();
                loop {
                    let mut l = String::new();
                    if reader.read_line(&mut l).unwrap_or(0) == 0 || l == "\r\n" {
                        break;
                    }
                    if l.to_ascii_lowercase().starts_with("user-agent:") {
                        ua = l[11..].trim().to_string();
                    }
                }
                h.fetch_add(1, Ordering::SeqCst);
                let target = line.split_whitespace().nth(1).unwrap_or("");
                let query: HashMap<String, String> = target
                    .split_once('?')
                    .map(|(_, q)| {
                        q.split('&')
                            .filter_map(|kv| kv.split_once('='))
                            .map(|(k, v)| (k.to_string(), decode(v)))
                            .collect()
                    })
                    .unwrap_or_default();
                let action = query.get("action").cloned().unwrap_or_default();
                let name = query.get("search").cloned().unwrap_or_default();
                let first = {
                    let mut s = seen.lock().unwrap();
                    let n = s.entry(name.clone()).or_insert(0);
                    *n += 1;
                    *n == 1
                };
                let (status, extra, body) = if !ua.starts_with("newskg/")
                    || !query.contains_key("maxlag")
                {
                    (
                        "400 Bad Request",
                        "",
                        "{\"error\":{\"code\":\"badrequest\"}}".to_string(),
                    )
                } else if action == "wbgetentities" {
                    ("200 OK", "", fixture("entities-persons.json"))
                } else {
                    match name.as_str() {
                        "Amara Diallo" => ("200 OK", "", fixture("search-hit.json")),
                        "John Smith" => ("200 OK", "", fixture("search-ambiguous.json")),
                        "Rate Limited" if first => {
                            ("429 Too Many Requests", "Retry-After: 1\r\n", "{}".into())
                        }
                        "Rate Limited" => (
                            "200 OK",
                            "",
                            fixture("search-hit.json").replace("Amara Diallo", "Rate Limited"),
                        ),
                        "Flaky Server" if first => ("500 Internal Server Error", "", "oops".into()),
                        "Flaky Server" => (
                            "200 OK",
                            "",
                            fixture("search-hit.json").replace("Amara Diallo", "Flaky Server"),
                        ),
                        "Slow Reply" => {
                            std::thread::sleep(Duration::from_secs(3));
                            ("200 OK", "", fixture("search-empty.json"))
                        }
                        "Broken Json" => ("200 OK", "", "{\"search\": [".into()),
                        _ => ("200 OK", "", fixture("search-empty.json")),
                    }
                };
                let _ = write!(stream, "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n{extra}Connection: close\r\n\r\n{body}", body.len());
            });
        }
    });
    Server { url, hits }
}

fn linker(s: &Server, cache: &std::path::Path) -> Linker {
    let mut c = Config::new(Some(&s.url), cache.to_path_buf());
    c.timeout = Duration::from_millis(800);
    Linker::new(c).unwrap()
}

#[test]
fn hit_miss_and_ambiguous_names() {
    let s = server();
    let dir = tempfile::tempdir().unwrap();
    let l = linker(&s, dir.path());
    assert_eq!(
        l.resolve("Amara Diallo", Kind::Person).unwrap().as_deref(),
        Some("Q900001")
    );
    assert_eq!(
        s.hits.load(Ordering::SeqCst),
        2,
        "search, then the candidates' types"
    );
    assert_eq!(l.resolve("Nobody Atall", Kind::Person).unwrap(), None);
    assert_eq!(
        l.resolve("John Smith", Kind::Person).unwrap(),
        None,
        "two people of that name: stay local"
    );
}

#[test]
fn retries_on_429_with_retry_after_and_on_500() {
    let s = server();
    let dir = tempfile::tempdir().unwrap();
    let l = linker(&s, dir.path());
    let t = std::time::Instant::now();
    assert_eq!(
        l.resolve("Rate Limited", Kind::Person).unwrap().as_deref(),
        Some("Q900001")
    );
    assert!(
        t.elapsed() >= Duration::from_millis(900),
        "Retry-After honoured"
    );
    assert_eq!(s.hits.load(Ordering::SeqCst), 3);
    assert_eq!(
        l.resolve("Flaky Server", Kind::Person).unwrap().as_deref(),
        Some("Q900001")
    );
    assert_eq!(s.hits.load(Ordering::SeqCst), 6);
}

#[test]
fn slow_and_malformed_replies_fail_without_panicking() {
    let s = server();
    let dir = tempfile::tempdir().unwrap();
    let l = linker(&s, dir.path());
    let e = l.resolve("Slow Reply", Kind::Person).unwrap_err();
    assert!(e.to_string().contains("timed out"), "{e}");
    let l = linker(&s, dir.path());
    let e = l.resolve("Broken Json", Kind::Person).unwrap_err();
    assert!(e.to_string().contains("malformed JSON"), "{e}");
}

#[test]
fn a_warm_cache_sends_no_request() {
    let s = server();
    let dir = tempfile::tempdir().unwrap();
    let l = linker(&s, dir.path());
    assert!(l.resolve("Amara Diallo", Kind::Person).unwrap().is_some());
    assert!(l.resolve("Nobody Atall", Kind::Person).unwrap().is_none());
    l.save().unwrap();
    let before = s.hits.load(Ordering::SeqCst);
    let again = linker(&s, dir.path());
    assert_eq!(
        again
            .resolve("Amara Diallo", Kind::Person)
            .unwrap()
            .as_deref(),
        Some("Q900001")
    );
    assert!(again
        .resolve("Nobody Atall", Kind::Person)
        .unwrap()
        .is_none());
    assert_eq!(
        s.hits.load(Ordering::SeqCst),
        before,
        "no request with a warm cache"
    );
}

#[test]
fn ingest_online_links_persons_and_relinks_with_a_warm_cache() {
    let s = server();
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let a = dir.path().join("a.txt");
    std::fs::write(
        &a,
        "Defence Minister Amara Diallo said French troops had left Mali.\n",
    )
    .unwrap();
    ok(
        &store,
        &[
            "ingest",
            "--online",
            "--wikidata-api",
            &s.url,
            a.to_str().unwrap(),
        ],
    );
    let ids = column(&named(&store, "entities", &[]), "wikidata");
    assert!(
        ids.contains(&"http://www.wikidata.org/entity/Q900001".to_string()),
        "{ids:?}"
    );
    let before = s.hits.load(Ordering::SeqCst);
    assert!(before > 0);
    // A second store, same cache directory (the store's parent): no request at all.
    let store2 = dir.path().join("store2");
    ok(
        &store2,
        &[
            "ingest",
            "--online",
            "--wikidata-api",
            &s.url,
            a.to_str().unwrap(),
        ],
    );
    ok(&store2, &["link", "--online", "--wikidata-api", &s.url]);
    assert_eq!(s.hits.load(Ordering::SeqCst), before);
}

#[test]
fn ingest_online_with_the_server_down_still_succeeds() {
    // A port nothing listens on.
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let a = dir.path().join("a.txt");
    std::fs::write(
        &a,
        "Defence Minister Amara Diallo met Colonel Kwame Mensah in Bamako.\n",
    )
    .unwrap();
    let o = run(
        &store,
        &[
            "ingest",
            "--online",
            "--wikidata-api",
            &format!("http://127.0.0.1:{port}/w/api.php"),
            a.to_str().unwrap(),
        ],
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert_eq!(
        err.lines().filter(|l| l.contains("warn")).count(),
        1,
        "{err}"
    );
    assert!(
        err.contains("unreachable") && err.contains("stay local"),
        "{err}"
    );
    let ids = column(&named(&store, "entities", &[]), "wikidata");
    assert!(ids.contains(&"http://www.wikidata.org/entity/Q3703".to_string()));
}

#[test]
fn only_http_and_https_are_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let c = Config::new(Some("file:///etc/passwd"), dir.path().to_path_buf());
    assert!(Linker::new(c).is_err());
}
