//! Load test of `newskg serve` on loopback (issue 13): 2,000 named-question queries from 50
//! concurrent keep-alive clients (every named question that takes a country, for Niger, and
//! `forces-left` also after the coup), first alone, then beside 200 slow connections that each
//! send half a request line and stay open (reconnecting whenever the server drops them).
//! Prints each question's service time (one client, median of 20), then p50 / p99 / max
//! latency, throughput and errors for each run, and p99 per question. Target: 0 errors and p99 < 1 s with the flood. Speed is never asserted.
//!
//! The store holds the examples (`examples/`) and, when present, the open evaluation set
//! (`../shared/eval/open/*.txt`). Bounded: a request waits at most 10 s (then counts as an
//! error) and a run at most 120 s. `NEWSKG_BIN=/path/to/newskg` measures another build
//! (e.g. one from before the hardening); `NEWSKG_SERVE_ARGS` adds arguments to `serve`.
//!
//! Run: `cargo bench --bench load` (about a minute).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const QUERIES: usize = 2000;
const CLIENTS: usize = 50;
const SLOW: usize = 200;
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
const RUN_LIMIT: Duration = Duration::from_secs(120);

/// The named questions asked, with their parameters, as the text a client sends.
fn questions() -> Vec<(String, String)> {
    bound(&[
        ("forces-left", &["country=Niger"]),
        ("forces-left", &["country=Niger", "after=coup"]),
        ("forces-arrived", &["country=Niger"]),
        ("events", &["country=Niger"]),
        ("timeline", &["country=Niger"]),
        ("entities", &[]),
        ("articles", &[]),
    ])
}

/// The named questions with their parameters bound: (label, query text).
fn bound(asks: &[(&str, &[&str])]) -> Vec<(String, String)> {
    use newskg_rdf::query::{bind, bind_params, named, parse};
    asks.iter()
        .map(|(name, params)| {
            let q = named(name).expect("a named query");
            let params: Vec<String> = params.iter().map(|p| p.to_string()).collect();
            let bound = bind(
                parse(q.text).expect("it parses"),
                &bind_params(&q, &params).expect("good parameters"),
            );
            let label = format!("{name} {}", params.join(" "));
            (label.trim().to_string(), bound.to_string())
        })
        .collect()
}

fn percent_encode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// A running `newskg serve`, stopped when dropped.
struct Server(Child, SocketAddr);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(bin: &str, store: &Path, extra: &[String]) -> Server {
    let mut child = Command::new(bin)
        .arg("--store")
        .arg(store)
        .args(["serve", "--bind", "127.0.0.1:0"])
        .args(extra)
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("start newskg serve");
    let mut line = String::new();
    BufReader::new(child.stderr.take().expect("stderr"))
        .read_line(&mut line)
        .expect("serve's first line");
    let addr = line
        .split_whitespace()
        .find_map(|w| w.strip_prefix("http://"))
        .and_then(|a| a.trim_end_matches('/').parse().ok())
        .unwrap_or_else(|| panic!("no address in {line:?}"));
    Server(child, addr)
}

/// One GET on a kept-alive connection; the status.
fn get(conn: &mut BufReader<TcpStream>, path: &str) -> std::io::Result<u16> {
    let req = format!(
        "GET {path} HTTP/1.1\r\nHost: bench\r\nAccept: application/sparql-results+json\r\n\r\n"
    );
    conn.get_mut().write_all(req.as_bytes())?;
    let mut line = String::new();
    conn.read_line(&mut line)?;
    let status = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut length = 0usize;
    loop {
        line.clear();
        if conn.read_line(&mut line)? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        if line == "\r\n" {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            if k.eq_ignore_ascii_case("content-length") {
                length = v.trim().parse().unwrap_or(0);
            }
        }
    }
    let mut body = vec![0u8; length];
    conn.read_exact(&mut body)?;
    Ok(status)
}

fn connect(addr: SocketAddr) -> std::io::Result<BufReader<TcpStream>> {
    let s = TcpStream::connect_timeout(&addr, REQUEST_TIMEOUT)?;
    s.set_read_timeout(Some(REQUEST_TIMEOUT))?;
    s.set_write_timeout(Some(REQUEST_TIMEOUT))?;
    s.set_nodelay(true)?;
    Ok(BufReader::new(s))
}

/// Keeps `n` connections open that each sent half a request line, until `stop`.
fn flood(
    addr: SocketAddr,
    n: usize,
    stop: Arc<AtomicBool>,
    open: Arc<AtomicUsize>,
) -> Vec<std::thread::JoinHandle<()>> {
    (0..n)
        .map(|_| {
            let (stop, open) = (Arc::clone(&stop), Arc::clone(&open));
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let Ok(mut s) = TcpStream::connect_timeout(&addr, Duration::from_secs(1))
                    else {
                        std::thread::sleep(Duration::from_millis(100));
                        continue;
                    };
                    if s.write_all(b"GET /query?query=ASK%20%7B%7D HT").is_err() {
                        continue;
                    }
                    open.fetch_add(1, Ordering::Relaxed);
                    let _ = s.set_read_timeout(Some(Duration::from_millis(200)));
                    let mut buf = [0u8; 512];
                    while !stop.load(Ordering::Relaxed) {
                        match s.read(&mut buf) {
                            Ok(0) => break,
                            Ok(_) => break, // answered (408): the server gave up on it
                            Err(e)
                                if matches!(
                                    e.kind(),
                                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                                ) => {}
                            Err(_) => break,
                        }
                    }
                    open.fetch_sub(1, Ordering::Relaxed);
                }
            })
        })
        .collect()
}

struct Outcome {
    /// (question index, latency) of each answered query.
    answered: Vec<(usize, Duration)>,
    errors: usize,
    /// Errors by kind (status or I/O error).
    why: std::collections::BTreeMap<String, usize>,
    seconds: f64,
}

/// 2,000 queries from 50 clients, with `slow` slow connections open meanwhile.
fn load(addr: SocketAddr, questions: &[(String, String)], slow: usize) -> Outcome {
    let stop = Arc::new(AtomicBool::new(false));
    let open = Arc::new(AtomicUsize::new(0));
    let flooders = flood(addr, slow, Arc::clone(&stop), Arc::clone(&open));
    let t = Instant::now();
    while open.load(Ordering::Relaxed) < slow && t.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(20));
    }
    if slow > 0 {
        println!("  {} slow connections open", open.load(Ordering::Relaxed));
    }
    let paths: Vec<String> = questions
        .iter()
        .map(|(_, q)| format!("/query?query={}", percent_encode(q)))
        .collect();
    let next = AtomicUsize::new(0);
    let results = Mutex::new((Vec::new(), 0usize, std::collections::BTreeMap::new()));
    let start = Instant::now();
    std::thread::scope(|scope| {
        for _ in 0..CLIENTS {
            scope.spawn(|| {
                let mut conn = None;
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= QUERIES {
                        return;
                    }
                    let q = i % paths.len();
                    if start.elapsed() > RUN_LIMIT {
                        let mut r = results.lock().unwrap();
                        r.1 += 1;
                        *r.2.entry("not sent within the run's limit".to_string())
                            .or_insert(0) += 1;
                        continue;
                    }
                    let t = Instant::now();
                    let status = match conn.as_mut() {
                        Some(c) => get(c, &paths[q]),
                        None => connect(addr).and_then(|mut c| {
                            let s = get(&mut c, &paths[q]);
                            conn = Some(c);
                            s
                        }),
                    };
                    let mut r = results.lock().unwrap();
                    match status {
                        Ok(200) => r.0.push((q, t.elapsed())),
                        other => {
                            r.1 += 1;
                            let why = match other {
                                Ok(status) => format!("status {status}"),
                                Err(e) => e.kind().to_string(),
                            };
                            *r.2.entry(why).or_insert(0) += 1;
                            conn = None;
                        }
                    }
                }
            });
        }
    });
    let seconds = start.elapsed().as_secs_f64();
    stop.store(true, Ordering::Relaxed);
    for f in flooders {
        let _ = f.join();
    }
    let (answered, errors, why) = results.into_inner().unwrap();
    Outcome {
        answered,
        errors,
        why,
        seconds,
    }
}

/// Each question asked alone, `n` times by one client: its service time (median, ms).
fn alone_times(addr: SocketAddr, questions: &[(String, String)], n: usize) {
    let mut conn = connect(addr).expect("connect");
    for (label, q) in questions {
        let path = format!("/query?query={}", percent_encode(q));
        let mut times: Vec<Duration> = (0..n)
            .map(|_| {
                let t = Instant::now();
                let status = get(&mut conn, &path).expect("an answer");
                assert_eq!(status, 200, "{label}");
                t.elapsed()
            })
            .collect();
        times.sort();
        println!(
            "  {label:<35} one client: median {:>6.1} ms",
            percentile(&times, 50)
        );
    }
}

fn percentile(sorted: &[Duration], p: usize) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = (sorted.len() * p).div_ceil(100).saturating_sub(1);
    sorted[i.min(sorted.len() - 1)].as_secs_f64() * 1000.0
}

fn report(what: &str, o: &Outcome, questions: &[(String, String)]) {
    let mut all: Vec<Duration> = o.answered.iter().map(|(_, d)| *d).collect();
    all.sort();
    println!(
        "{what}: {} answered, {} errors in {:.1} s ({:.0} queries/s); p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        all.len(),
        o.errors,
        o.seconds,
        all.len() as f64 / o.seconds,
        percentile(&all, 50),
        percentile(&all, 99),
        all.last().map_or(f64::NAN, |d| d.as_secs_f64() * 1000.0)
    );
    for (why, n) in &o.why {
        println!("  errors: {n} × {why}");
    }
    for (i, (label, _)) in questions.iter().enumerate() {
        let mut one: Vec<Duration> = o
            .answered
            .iter()
            .filter(|(q, _)| *q == i)
            .map(|(_, d)| *d)
            .collect();
        one.sort();
        println!(
            "  {label:<35} n={:<4} p50 {:>7.1} ms  p99 {:>7.1} ms",
            one.len(),
            percentile(&one, 50),
            percentile(&one, 99)
        );
    }
}

fn main() {
    let bin =
        std::env::var("NEWSKG_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_newskg").to_string());
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("a temporary directory");
    let store = dir.path().join("store");
    let mut inputs = vec![root.join("examples")];
    let open_set = root.join("..").join("shared").join("eval").join("open");
    if open_set.is_dir() {
        inputs.push(open_set);
    }
    let ok = Command::new(&bin)
        .arg("--store")
        .arg(&store)
        .args(["-q", "ingest"])
        .args(&inputs)
        .status()
        .expect("run newskg ingest");
    assert!(ok.success(), "ingest failed");
    let questions = questions();
    let extra: Vec<String> = std::env::var("NEWSKG_SERVE_ARGS")
        .map(|a| a.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default();
    let server = start(&bin, &store, &extra);
    println!(
        "load test: {bin} serving {} on {}; {QUERIES} queries from {CLIENTS} clients",
        inputs
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(" + "),
        server.1
    );
    println!("service times (each question 20 times, one client):");
    alone_times(server.1, &questions, 20);
    let alone = load(server.1, &questions, 0);
    report("alone", &alone, &questions);
    let flooded = load(server.1, &questions, SLOW);
    report(
        &format!("with {SLOW} slow connections"),
        &flooded,
        &questions,
    );
}
