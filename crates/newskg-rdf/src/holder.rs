//! Reading and writing a store that another newskg process holds.
//!
//! RocksDB lets one process open a store for writing, and Oxigraph 0.5 has no secondary
//! mode (a read-only open beside a writer is undefined behaviour). So the process that
//! holds the store answers for the others: an `ingest` run keeps an endpoint on 127.0.0.1
//! (any free port) for the commands of its user, and `serve` is one already. Either writes
//! its address and a random token to [`ADDRESS_FILE`] in the store directory (mode 0600);
//! a `query`, `export` or `ingest` that finds the store locked reads it and sends its work
//! there over HTTP with the token ([`open_or_remote`], [`Remote`]). Each query there reads
//! one snapshot and each article is written in one transaction, so an answer sees every
//! article whole or not at all. The token stands for the store's owner: it lets a request
//! do what the command could do on the store itself. A stale file (its process gone) is
//! harmless: its address refuses the connection or the token, and it is only read while
//! the store is locked.
//!
//! Owns the address file, the owner's endpoint of an `ingest` run, the client side, and the
//! owner's routes (`/ingest` bodies, `/export`, `/holder`).

use crate::error::{Error, Result};
use crate::ingest::{self, Articles, Summary};
use crate::query::QueryOptions;
use crate::store::Store;
use newskg_text::source::{self, Article, Format, Item, Meta};
use oxhttp::model::header::CONTENT_TYPE;
use oxhttp::model::{Body, Request, Response, StatusCode};
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{NamedNode, Quad};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsParser};
use oxigraph::sparql::{QueryResults, QueryTripleIter};
use std::io::{Read, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The file in the store directory that names the endpoint of the process holding the
/// store: one JSON object with `url`, `token` and `pid`.
pub const ADDRESS_FILE: &str = "newskg-endpoint";

/// The media type of articles already read, one JSON object a line (`text`, `title`,
/// `published`, `source`, `url`, `origin`), stored as they are: what `newskg ingest` sends
/// to the holder, so an article is stored exactly as a local run would store it.
pub const ARTICLES_TYPE: &str = "application/x-newskg-articles";

/// How long a command waits for a store held by a process that does not answer (a short
/// `query`, or a holder still starting) before it gives up.
const WAIT: Duration = Duration::from_secs(3);

/// A random token: 128 bits from the system's generator, in hex.
pub fn new_token() -> String {
    let mut bytes = [0u8; 16];
    let read = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes));
    if read.is_err() {
        // No /dev/urandom: the standard library's per-process random hash keys.
        use std::hash::{BuildHasher, Hasher};
        for (i, chunk) in bytes.chunks_mut(8).enumerate() {
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_usize(i ^ std::process::id() as usize);
            chunk.copy_from_slice(&h.finish().to_le_bytes());
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The address file written for this process; removed when dropped (if it still names
/// this process).
pub struct Holding {
    file: PathBuf,
    token: String,
    /// Where this process answers.
    pub url: String,
}

impl Drop for Holding {
    fn drop(&mut self) {
        if read_address(&self.file).is_some_and(|(_, t)| t == self.token) {
            let _ = std::fs::remove_file(&self.file);
        }
    }
}

/// Records that this process answers for the store at `addr` with `token`. An address on
/// every interface is recorded as loopback.
pub fn advertise(store: &Path, addr: SocketAddr, token: &str) -> Result<Holding> {
    let mut addr = addr;
    if addr.ip().is_unspecified() {
        addr.set_ip(match addr {
            SocketAddr::V4(_) => std::net::Ipv4Addr::LOCALHOST.into(),
            SocketAddr::V6(_) => std::net::Ipv6Addr::LOCALHOST.into(),
        });
    }
    let url = format!("http://{addr}");
    let file = store.join(ADDRESS_FILE);
    let tmp = store.join(format!("{ADDRESS_FILE}.{}", std::process::id()));
    let body = serde_json::json!({"url": url, "token": token, "pid": std::process::id()});
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
        .open(&tmp)
        .and_then(|mut f| f.write_all(body.to_string().as_bytes()))
        .and_then(|_| std::fs::rename(&tmp, &file))
        .map_err(|e| Error::io(format!("writing {}", file.display()), e))?;
    Ok(Holding {
        file,
        token: token.to_string(),
        url,
    })
}

/// Starts the owner's endpoint of a process that holds `store` (an `ingest` run): on
/// 127.0.0.1, any free port, answering only requests with the token, on a thread of its
/// own for as long as the process lives.
pub fn hold(store: &Store) -> Result<Holding> {
    let token = new_token();
    let bind = SocketAddr::from(([127, 0, 0, 1], 0));
    let listener = crate::serve::listen(bind)?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::io("reading the bound address", e))?;
    let opts = crate::serve::Options {
        bind: addr,
        owner_token: Some(token.clone()),
        owner_only: true,
        ..Default::default()
    };
    let served = store.clone();
    std::thread::Builder::new()
        .name("newskg owner endpoint".into())
        .spawn(move || crate::serve::run(served, opts, listener))
        .map_err(|e| Error::io("starting the owner's endpoint", e))?;
    advertise(&store.path, addr, &token)
}

fn read_address(file: &Path) -> Option<(String, String)> {
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(file).ok()?).ok()?;
    Some((
        v["url"].as_str()?.to_string(),
        v["token"].as_str()?.to_string(),
    ))
}

/// The store, opened here, or the process that holds it.
pub enum Opened {
    /// This process opened the store.
    Local(Store),
    /// Another process holds the store and answers for it.
    Remote(Remote),
}

/// Opens the store, or finds the process that holds it. A store held by a process that
/// does not answer (or not yet) is tried again for a few seconds, then refused with
/// [`Error::StoreLocked`].
pub fn open_or_remote(path: &Path) -> Result<Opened> {
    let deadline = Instant::now() + WAIT;
    loop {
        match Store::open(path) {
            Ok(s) => return Ok(Opened::Local(s)),
            Err(Error::StoreLocked(p)) => {
                if let Some(r) = Remote::find(path) {
                    return Ok(Opened::Remote(r));
                }
                if Instant::now() >= deadline {
                    return Err(Error::StoreLocked(p));
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            Err(e) => return Err(e),
        }
    }
}

/// Runs `f` on the store or its holder; when the holder goes away part-way (its ingest
/// ended), `f` runs again on whatever holds the store then. `f` must not have written
/// output before it fails (the commands print only once the answer is whole).
pub fn with_store<T>(path: &Path, mut f: impl FnMut(&Opened) -> Result<T>) -> Result<T> {
    let mut tries = 0;
    loop {
        let opened = open_or_remote(path)?;
        match f(&opened) {
            Err(Error::HolderGone(_)) if tries < 5 => {
                tries += 1;
                drop(opened);
                std::thread::sleep(Duration::from_millis(100));
            }
            r => return r,
        }
    }
}

/// The endpoint of the process holding a store, with the owner's token.
pub struct Remote {
    /// Its base URL (`http://127.0.0.1:PORT`).
    pub url: String,
    token: String,
    client: reqwest::blocking::Client,
}

impl Remote {
    /// The holder named in the store's address file, if it answers with the token.
    pub fn find(store: &Path) -> Option<Remote> {
        let (url, token) = read_address(&store.join(ADDRESS_FILE))?;
        let client = reqwest::blocking::Client::builder()
            .no_proxy()
            .connect_timeout(Duration::from_secs(2))
            .timeout(None::<Duration>)
            .build()
            .ok()?;
        let r = Remote { url, token, client };
        let alive = r
            .request(reqwest::Method::GET, "/holder")
            .timeout(Duration::from_secs(5))
            .send()
            .is_ok_and(|resp| resp.status().is_success());
        alive.then_some(r)
    }

    fn request(&self, method: reqwest::Method, path: &str) -> reqwest::blocking::RequestBuilder {
        self.client
            .request(method, format!("{}{path}", self.url))
            .bearer_auth(&self.token)
    }

    /// Sends a request; the body of a success, else the holder's one-line answer as an
    /// error.
    fn send(&self, rb: reqwest::blocking::RequestBuilder) -> Result<(String, Vec<u8>)> {
        let resp = rb.send().map_err(|e| Error::HolderGone(e.to_string()))?;
        let status = resp.status();
        let media = resp
            .headers()
            .get(CONTENT_TYPE.as_str())
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        let body = resp
            .bytes()
            .map_err(|e| Error::HolderGone(e.to_string()))?
            .to_vec();
        if status.is_success() {
            return Ok((media, body));
        }
        let msg = String::from_utf8_lossy(&body).trim().to_string();
        Err(match status.as_u16() {
            400 => Error::Usage(msg),
            _ => Error::Store {
                path: PathBuf::from(&self.url),
                message: format!("{status}: {msg}"),
            },
        })
    }

    /// Evaluates a query (parameters already bound) at the holder, as `newskg query` would
    /// evaluate it on the store.
    pub fn query(
        &self,
        query: &spargebra::Query,
        opts: &QueryOptions,
    ) -> Result<QueryResults<'static>> {
        let mut form = form_urlencoded::Serializer::new(String::new());
        form.append_pair("query", &query.to_string());
        if opts.no_entailment {
            form.append_pair("no-entailment", "true");
        }
        if opts.federate {
            form.append_pair("federate", "true");
        }
        let rb = self
            .request(reqwest::Method::POST, "/query")
            .header("content-type", "application/x-www-form-urlencoded")
            .header(
                "accept",
                "application/sparql-results+json, application/n-triples",
            )
            .body(form.finish());
        let (media, body) = self.send(rb)?;
        let bad = |e: &dyn std::fmt::Display| Error::Query(format!("the holder's answer: {e}"));
        if media.starts_with("application/n-triples") {
            let triples = RdfParser::from_format(RdfFormat::NTriples)
                .for_reader(body.as_slice())
                .map(|q| q.map(oxigraph::model::Triple::from))
                .collect::<std::result::Result<Vec<_>, _>>()
                .map_err(|e| bad(&e))?;
            return Ok(QueryResults::Graph(QueryTripleIter::new(
                triples.into_iter().map(Ok),
            )));
        }
        let parsed = QueryResultsParser::from_format(QueryResultsFormat::Json)
            .for_reader(std::io::Cursor::new(body))
            .map_err(|e| bad(&e))?;
        Ok(QueryResults::from(parsed))
    }

    /// The quads of one graph, or of the whole store, as [`crate::export::quads`] gives
    /// them.
    pub fn quads(&self, graph: Option<&NamedNode>) -> Result<Vec<Quad>> {
        let path = match graph {
            Some(g) => format!("/export?{}", query_string(&[("graph", g.as_str())])),
            None => "/export".to_string(),
        };
        let (_, body) = self.send(self.request(reqwest::Method::GET, &path))?;
        RdfParser::from_format(RdfFormat::NQuads)
            .for_reader(body.as_slice())
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(|e| Error::Rdf(format!("the holder's export: {e}")))
    }

    /// Ingests articles already read (a batch of [`article_line`]s) at the holder.
    pub fn ingest(&self, lines: Vec<u8>, no_entailment: bool) -> Result<Summary> {
        let path = match no_entailment {
            true => "/ingest?no-entailment=true",
            false => "/ingest",
        };
        let rb = self
            .request(reqwest::Method::POST, path)
            .header("content-type", ARTICLES_TYPE)
            .body(lines);
        let (_, body) = self.send(rb)?;
        let v: serde_json::Value = serde_json::from_slice(&body).map_err(|e| Error::Store {
            path: PathBuf::from(&self.url),
            message: format!("unreadable answer to an ingest: {e}"),
        })?;
        Ok(summary_of_json(&v))
    }
}

fn query_string(pairs: &[(&str, &str)]) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        s.append_pair(k, v);
    }
    s.finish()
}

/// One article as a line of [`ARTICLES_TYPE`].
pub fn article_line(a: &Article) -> String {
    let mut line = serde_json::json!({
        "text": a.text,
        "title": a.title,
        "published": a.published.map(|d| d.format("%Y-%m-%d").to_string()),
        "source": a.source,
        "url": a.url,
        "origin": a.origin,
    })
    .to_string();
    line.push('\n');
    line
}

fn article_of_line(line: &str, n: usize) -> Item {
    let here = format!("request:{}", n + 1);
    let v: serde_json::Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => {
            return Item::Skipped {
                origin: here,
                reason: format!("not JSON ({e})"),
            }
        }
    };
    let get = |k: &str| v[k].as_str().map(str::to_string);
    let Some(text) = get("text") else {
        return Item::Skipped {
            origin: here,
            reason: "no \"text\" field".into(),
        };
    };
    Item::Article(Box::new(Article {
        text,
        title: get("title"),
        published: get("published").and_then(|d| source::parse_date(&d).ok()),
        source: get("source"),
        url: get("url"),
        origin: get("origin").unwrap_or(here),
    }))
}

fn summary_json(s: &Summary) -> serde_json::Value {
    serde_json::json!({
        "articles": s.articles, "new": s.new, "replaced": s.replaced,
        "unchanged": s.unchanged, "skipped": s.skipped, "claims": s.claims,
        "triples": s.triples, "entailed": s.entailed, "seconds": s.seconds,
        "load_seconds": s.load_seconds,
        "graphs": s.written.iter().map(|g| g.as_str()).collect::<Vec<_>>(),
    })
}

fn summary_of_json(v: &serde_json::Value) -> Summary {
    let n = |k: &str| v[k].as_u64().unwrap_or(0) as usize;
    Summary {
        articles: n("articles"),
        new: n("new"),
        replaced: n("replaced"),
        unchanged: n("unchanged"),
        skipped: n("skipped"),
        claims: n("claims"),
        triples: n("triples"),
        entailed: n("entailed"),
        seconds: v["seconds"].as_f64().unwrap_or(0.0),
        load_seconds: v["load_seconds"].as_f64().unwrap_or(0.0),
        written: v["graphs"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|g| NamedNode::new(g.as_str()?).ok())
            .collect(),
        ..Summary::default()
    }
}

fn plain(status: StatusCode, message: impl std::fmt::Display) -> Response<Body> {
    Response::builder()
        .status(status)
        .header(CONTENT_TYPE, "text/plain; charset=utf-8")
        .header("access-control-allow-origin", "*")
        .body(Body::from(format!("{message}\n")))
        .expect("a valid response")
}

/// `POST /ingest`: the body is one article (`text/plain`, `text/markdown`, `text/html`)
/// or JSON Lines (`application/x-ndjson`, `application/jsonl`), read as `newskg ingest`
/// reads a file of that format, with `published`, `source`, `url` and `title` from the
/// query string; or articles already read ([`ARTICLES_TYPE`]). `no-entailment=true` as in
/// `ingest --no-entailment`. The answer is the run's summary as JSON.
pub(crate) fn answer_ingest(store: &Store, req: &mut Request<Body>) -> Response<Body> {
    let params = crate::serve::query_pairs(req);
    let param = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let media = crate::serve::media_type(req);
    let mut body = Vec::new();
    if let Err(e) = req.body_mut().read_to_end(&mut body) {
        return plain(
            StatusCode::BAD_REQUEST,
            format!("cannot read the request body: {e}"),
        );
    }
    let meta = match request_meta(&param) {
        Ok(m) => m,
        Err(e) => return plain(StatusCode::BAD_REQUEST, e),
    };
    let items = match media.as_str() {
        ARTICLES_TYPE => Ok(String::from_utf8_lossy(&body)
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(n, l)| article_of_line(l, n))
            .collect()),
        "text/plain" | "" => source::read_bytes(body, Format::Text, "request", &meta),
        "text/markdown" => source::read_bytes(body, Format::Markdown, "request", &meta),
        "text/html" | "application/xhtml+xml" => source::read_bytes(body, Format::Html, "request", &meta),
        "application/x-ndjson" | "application/jsonl" | "application/json-lines" => {
            source::read_bytes(body, Format::Jsonl, "request", &meta)
        }
        other => {
            return plain(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                format!("cannot ingest '{other}': send text/plain, text/markdown, text/html or application/x-ndjson"),
            )
        }
    };
    let items = match items {
        Ok(items) => items,
        Err(e) => return plain(StatusCode::BAD_REQUEST, Error::from(e)),
    };
    let opts = ingest::Options {
        batch: 64,
        bulk: true,
        no_entailment: param("no-entailment").is_some_and(|v| v == "true" || v == "1"),
        ..Default::default()
    };
    match ingest::ingest(store, Articles::Items(items), &opts, |_| {}) {
        Ok(s) => Response::builder()
            .header(CONTENT_TYPE, "application/json")
            .header("access-control-allow-origin", "*")
            .body(Body::from(summary_json(&s).to_string()))
            .expect("a valid response"),
        Err(e) => plain(StatusCode::INTERNAL_SERVER_ERROR, e),
    }
}

fn request_meta(param: &dyn Fn(&str) -> Option<String>) -> Result<Meta> {
    Ok(Meta {
        published: param("published")
            .map(|d| source::parse_date(&d))
            .transpose()?,
        source: param("source"),
        url: param("url"),
        title: param("title"),
    })
}

/// The owner's read routes: `GET /export[?graph=IRI]` (the quads as N-Quads, as
/// `newskg export` reads them) and `GET /holder` (that this process holds the store).
pub(crate) fn answer_owner(store: &Store, req: &Request<Body>, path: &str) -> Response<Body> {
    if path == "/holder" {
        return plain(StatusCode::OK, store.path.display());
    }
    let graph = req
        .uri()
        .query()
        .and_then(|q| form_urlencoded::parse(q.as_bytes()).find(|(k, _)| k == "graph"))
        .map(|(_, v)| NamedNode::new(v.as_ref()));
    let graph = match graph.transpose() {
        Ok(g) => g,
        Err(e) => return plain(StatusCode::BAD_REQUEST, format!("graph: {e}")),
    };
    let quads = match crate::export::quads(store, graph.as_ref()) {
        Ok(q) => q,
        Err(e) => return plain(StatusCode::INTERNAL_SERVER_ERROR, e),
    };
    let mut w = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(Vec::new());
    for q in &quads {
        if let Err(e) = w.serialize_quad(q) {
            return plain(StatusCode::INTERNAL_SERVER_ERROR, e);
        }
    }
    match w.finish() {
        Ok(body) => Response::builder()
            .header(CONTENT_TYPE, "application/n-quads")
            .body(Body::from(body))
            .expect("a valid response"),
        Err(e) => plain(StatusCode::INTERNAL_SERVER_ERROR, e),
    }
}
