//! Serve stage: the store as a SPARQL 1.1 Protocol endpoint over HTTP.
//!
//! Owns the HTTP side of querying, the way Oxigraph's own server has it: `/query` (GET with
//! `?query=`, POST as a form or as `application/sparql-query`), `/update` (POST as a form or
//! `application/sparql-update`, refused unless updates are allowed), content negotiation for
//! the W3C result formats and the RDF formats, the protocol's `default-graph-uri` and
//! `named-graph-uri`, a per-query timeout (the evaluation is cancelled), a limit on result
//! rows, CORS for browser clients, and a plain HTML page at `/` with a query box. Queries
//! run exactly as `newskg query` runs them ([`crate::query::execute`]): the ontology's
//! prefixes are predeclared and the default graph is the union of the named graphs.

use crate::error::{Error, Result};
use crate::picture;
use crate::query::{self, QueryOptions};
use crate::store::Store;
use crate::vocab::{sparql_prefixes, PREFIXES};
use oxhttp::model::header::{
    ACCEPT, ACCESS_CONTROL_ALLOW_HEADERS, ACCESS_CONTROL_ALLOW_ORIGIN, ACCESS_CONTROL_MAX_AGE,
    ALLOW, CONTENT_TYPE,
};
use oxhttp::model::{Body, Method, Request, Response, StatusCode};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{NamedNode, Variable};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{CancellationToken, QueryResults};
use std::io::Read;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

/// How the endpoint behaves.
#[derive(Debug, Clone)]
pub struct Options {
    /// The address to listen on (port 0: a free port is picked).
    pub bind: SocketAddr,
    /// Accept SPARQL updates at `/update` (off: the endpoint is read-only).
    pub allow_update: bool,
    /// With `allow_update`, the bearer token an update must carry
    /// (`Authorization: Bearer TOKEN`); without one, 401 and the store is untouched.
    pub update_token: Option<String>,
    /// A query running longer is cancelled and answered with 503.
    pub timeout: Duration,
    /// A result with more rows (or triples) than this is refused with 413, not truncated.
    pub max_results: usize,
    /// Largest request body accepted.
    pub max_body: usize,
    /// Queries evaluated at once, counting cancelled ones still winding down; more wait
    /// up to `queue_wait` for a place, then are answered 503, so slow queries cannot pile
    /// up.
    pub max_running: usize,
    /// How long a query waits for a place among the `max_running`.
    pub queue_wait: Duration,
    /// The store owner's token (written beside the store, see [`crate::holder`]): a
    /// request that carries it (`Authorization: Bearer TOKEN`) is a newskg command of the
    /// same user forwarded here, and may do what that command could do on the store itself
    /// (query without the result limit and timeout, `/ingest`, `/update`, `/export`).
    pub owner_token: Option<String>,
    /// Answer only requests with the owner's token (the endpoint an `ingest` run keeps for
    /// the other newskg commands of its user).
    pub owner_only: bool,
    /// Connection limits (slow clients, idle connections, sizes).
    pub limits: crate::http::Limits,
    /// Largest request body accepted at `/ingest`.
    pub max_ingest_body: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            bind: SocketAddr::from(([127, 0, 0, 1], 7878)),
            allow_update: false,
            update_token: None,
            timeout: Duration::from_secs(30),
            max_results: 100_000,
            max_body: 16 << 20,
            max_running: 2 * std::thread::available_parallelism().map_or(2, |n| n.get()),
            queue_wait: Duration::from_secs(2),
            owner_token: None,
            owner_only: false,
            limits: crate::http::Limits::default(),
            max_ingest_body: 64 << 20,
        }
    }
}

/// Serves the store until the process ends. `ready` is called with the address once the
/// server listens (a port of 0 is replaced by a free one first).
pub fn serve(store: Store, opts: Options, ready: impl FnOnce(SocketAddr)) -> Result<()> {
    let listener = listen(opts.bind)?;
    ready(
        listener
            .local_addr()
            .map_err(|e| Error::io("reading the bound address", e))?,
    );
    run(store, opts, listener);
    Ok(())
}

/// Listens on `bind` (port 0: a free port).
pub fn listen(bind: SocketAddr) -> Result<std::net::TcpListener> {
    std::net::TcpListener::bind(bind).map_err(|e| Error::io(format!("cannot listen on {bind}"), e))
}

/// Answers requests on `listener` for ever (see [`crate::http`] for the connection
/// handling).
pub fn run(store: Store, opts: Options, listener: std::net::TcpListener) {
    let opts = Arc::new(opts);
    let (limit_opts, handler_opts) = (Arc::clone(&opts), Arc::clone(&opts));
    crate::http::run(
        listener,
        opts.limits.clone(),
        Arc::new(move |path: &str| match path {
            "/ingest" => limit_opts.max_ingest_body,
            _ => limit_opts.max_body,
        }),
        Arc::new(move |req: &mut Request<Body>| handle(&store, &handler_opts, req)),
        concat!("newskg/", env!("CARGO_PKG_VERSION")),
    )
}

/// A response with a status and a one-line plain-text message.
fn text(status: StatusCode, message: impl Into<String>) -> Response<Body> {
    let mut m = message.into();
    m.push('\n');
    with_cors(
        Response::builder()
            .status(status)
            .header(CONTENT_TYPE, "text/plain; charset=utf-8"),
    )
    .body(Body::from(m))
    .expect("a valid response")
}

fn with_cors(b: oxhttp::model::response::Builder) -> oxhttp::model::response::Builder {
    b.header(ACCESS_CONTROL_ALLOW_ORIGIN, "*")
}

/// A 200 answer of media type `media`, open to browser clients.
fn answer(media: &str, body: impl Into<Body>) -> Response<Body> {
    with_cors(Response::builder().header(CONTENT_TYPE, media))
        .body(body.into())
        .expect("a valid response")
}

/// The 503 for a query that found no place at the gate in time.
fn busy(opts: &Options) -> Response<Body> {
    text(
        StatusCode::SERVICE_UNAVAILABLE,
        format!(
            "{} queries are already running; try again shortly",
            opts.max_running
        ),
    )
}

/// An IRI given as a request parameter (`<…>` or bare); a bad one is refused with 400.
fn iri_param(name: &str, value: &str) -> std::result::Result<NamedNode, Refusal> {
    NamedNode::new(value.trim_matches(['<', '>']))
        .map_err(|e| Refusal::new(StatusCode::BAD_REQUEST, format!("{name}: not an IRI ({e})")))
}

/// Answers one HTTP request.
pub(crate) fn handle(store: &Store, opts: &Options, req: &mut Request<Body>) -> Response<Body> {
    let path = req.uri().path().to_string();
    let method = req.method().clone();
    let owner = opts
        .owner_token
        .as_deref()
        .is_some_and(|t| bearer_is(req, t));
    if opts.owner_only && !owner {
        return unauthorized("this endpoint answers only the newskg commands of the store's owner");
    }
    if method == Method::OPTIONS {
        // CORS preflight. GET and POST are CORS-safelisted methods, so no
        // Access-Control-Allow-Methods is needed (oxhttp does not let a response carry it).
        return with_cors(Response::builder().status(StatusCode::NO_CONTENT))
            .header(ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type, Accept")
            .header(ACCESS_CONTROL_MAX_AGE, "86400")
            .body(Body::empty())
            .expect("a valid response");
    }
    match (path.as_str(), &method) {
        ("/", &Method::GET) | ("/", &Method::HEAD) => {
            answer("text/html; charset=utf-8", page(opts.allow_update))
        }
        ("/query", &Method::GET) | ("/query", &Method::POST) => {
            match read_request(req, opts, "query", "application/sparql-query") {
                Ok(r) => answer_query(store, opts, req, r, owner),
                Err(r) => r.response(),
            }
        }
        ("/update", &Method::POST) | ("/ingest", &Method::POST) => {
            if let Some(refused) = may_write(req, opts, owner) {
                return refused;
            }
            if path == "/ingest" {
                return crate::holder::answer_ingest(store, req);
            }
            match read_request(req, opts, "update", "application/sparql-update") {
                Ok(r) => answer_update(store, r),
                Err(r) => r.response(),
            }
        }
        ("/questions", &Method::GET) | ("/questions", &Method::HEAD) => answer_questions(),
        ("/timeline", &Method::GET)
        | ("/timeline.svg", &Method::GET)
        | ("/graph.svg", &Method::GET)
        | ("/article", &Method::GET) => answer_picture(store, opts, req, &path),
        ("/export", &Method::GET) | ("/holder", &Method::GET) if owner => {
            crate::holder::answer_owner(store, req, &path)
        }
        ("/query", _)
        | ("/update", _)
        | ("/ingest", _)
        | ("/", _)
        | ("/questions", _)
        | ("/timeline", _)
        | ("/timeline.svg", _)
        | ("/graph.svg", _)
        | ("/article", _) => {
            let allow = match path.as_str() {
                "/update" | "/ingest" => "POST, OPTIONS",
                "/query" | "/" => "GET, POST, OPTIONS",
                _ => "GET, OPTIONS",
            };
            let mut r = text(
                StatusCode::METHOD_NOT_ALLOWED,
                format!("{method} is not allowed on {path}"),
            );
            r.headers_mut().insert(ALLOW, allow.parse().expect("valid"));
            r
        }
        _ => text(
            StatusCode::NOT_FOUND,
            format!("no such resource {path}: the SPARQL endpoint is at /query (and /update)"),
        ),
    }
}

/// Whether a request may write (`/update`, `/ingest`): the owner may; anyone else only
/// when updates are allowed and with the update token when one is set. `None` when it
/// may, else the refusal.
fn may_write(req: &Request<Body>, opts: &Options, owner: bool) -> Option<Response<Body>> {
    if owner {
        return None;
    }
    if !opts.allow_update {
        return Some(text(
            StatusCode::FORBIDDEN,
            "updates are disabled: this endpoint is read-only (start it with `newskg serve --allow-update`)",
        ));
    }
    if !authorized(req, opts.update_token.as_deref()) {
        return Some(unauthorized(
            "updates need the endpoint's token: send Authorization: Bearer TOKEN",
        ));
    }
    None
}

fn unauthorized(message: &str) -> Response<Body> {
    with_cors(
        Response::builder()
            .status(StatusCode::UNAUTHORIZED)
            .header("www-authenticate", "Bearer")
            .header(CONTENT_TYPE, "text/plain; charset=utf-8"),
    )
    .body(Body::from(format!("{message}\n")))
    .expect("a valid response")
}

/// A request refused before any work: the status and one line saying why.
struct Refusal {
    status: StatusCode,
    message: String,
}

impl Refusal {
    fn new(status: StatusCode, message: impl Into<String>) -> Refusal {
        Refusal {
            status,
            message: message.into(),
        }
    }

    fn response(self) -> Response<Body> {
        text(self.status, self.message)
    }
}

/// A protocol request: the operation text and the dataset the client gave.
struct Operation {
    text: String,
    default_graphs: Vec<String>,
    named_graphs: Vec<String>,
    /// newskg's `no-entailment=true`: the default graph leaves the entailment graphs out.
    no_entailment: bool,
    /// newskg's `federate=true` (honoured for the owner only): `SERVICE` may call out.
    federate: bool,
}

fn read_request(
    req: &mut Request<Body>,
    opts: &Options,
    field: &str,
    direct_type: &str,
) -> std::result::Result<Operation, Refusal> {
    let mut pairs = query_pairs(req);
    let mut direct = None;
    if req.method() == Method::POST {
        let content_type = media_type(req);
        let mut body = Vec::new();
        let limit = opts.max_body as u64 + 1;
        if let Err(e) = req.body_mut().take(limit).read_to_end(&mut body) {
            return Err(Refusal::new(
                StatusCode::BAD_REQUEST,
                format!("cannot read the request body: {e}"),
            ));
        }
        if body.len() > opts.max_body {
            return Err(Refusal::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!("the request body is larger than {} bytes", opts.max_body),
            ));
        }
        if content_type == "application/x-www-form-urlencoded" {
            pairs.extend(form_urlencoded::parse(&body).into_owned());
        } else if content_type == direct_type {
            match String::from_utf8(body) {
                Ok(s) => direct = Some(s),
                Err(_) => {
                    return Err(Refusal::new(
                        StatusCode::BAD_REQUEST,
                        "the request body is not UTF-8",
                    ))
                }
            }
        } else {
            return Err(Refusal::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                format!("send the {field} as application/x-www-form-urlencoded or {direct_type}, not '{content_type}'"),
            ));
        }
    }
    let (graph_default, graph_named) = if field == "query" {
        ("default-graph-uri", "named-graph-uri")
    } else {
        ("using-graph-uri", "using-named-graph-uri")
    };
    let mut texts: Vec<String> = Vec::new();
    let mut default_graphs = Vec::new();
    let mut named_graphs = Vec::new();
    let (mut no_entailment, mut federate) = (false, false);
    let (mut name, mut params) = (None, Vec::new());
    for (k, v) in pairs {
        if field == "query" && k == "name" {
            name = Some(v);
        } else if field == "query" && k == "param" {
            params.push(v);
        } else if k == "no-entailment" || k == "federate" {
            let on = v == "true" || v == "1";
            *(if k == "federate" {
                &mut federate
            } else {
                &mut no_entailment
            }) = on;
        } else if k == field {
            texts.push(v);
        } else if k == graph_default {
            default_graphs.push(v);
        } else if k == graph_named {
            named_graphs.push(v);
        }
    }
    if let Some(name) = name {
        if direct.is_some() || !texts.is_empty() {
            return Err(Refusal::new(
                StatusCode::BAD_REQUEST,
                "give either a named query (name) or a query, not both",
            ));
        }
        texts.push(named_query_text(&name, &params)?);
    } else if !params.is_empty() {
        return Err(Refusal::new(
            StatusCode::BAD_REQUEST,
            "param only applies to named queries (name)",
        ));
    }
    let text_value = match (direct, texts.len()) {
        (Some(d), 0) => d,
        (None, 1) => texts.pop().unwrap_or_default(),
        (None, 0) => {
            return Err(Refusal::new(
                StatusCode::BAD_REQUEST,
                format!("no {field}: give it as the '{field}' parameter"),
            ))
        }
        _ => {
            return Err(Refusal::new(
                StatusCode::BAD_REQUEST,
                format!("give exactly one {field}"),
            ))
        }
    };
    Ok(Operation {
        text: text_value,
        default_graphs,
        named_graphs,
        no_entailment,
        federate,
    })
}

/// A named query's text with its parameters (`key=value`, as `newskg query --param` takes
/// them) bound; an unknown name or a bad parameter is refused with 400.
fn named_query_text(name: &str, params: &[String]) -> std::result::Result<String, Refusal> {
    let bad = |e: Error| Refusal::new(StatusCode::BAD_REQUEST, e.to_string());
    let q = query::named(name).map_err(bad)?;
    let bound = query::bind_params(&q, params).map_err(bad)?;
    let parsed = query::parse(q.text).map_err(bad)?;
    // Written out whole (prefixes declared), it parses again as `/query` reads it.
    Ok(query::bind(parsed, &bound).to_string())
}

impl Operation {
    /// The dataset the client gave with the protocol's graph parameters, as IRIs: `None`
    /// when it gave none.
    #[allow(clippy::type_complexity)]
    fn dataset(&self) -> std::result::Result<Option<(Vec<NamedNode>, Vec<NamedNode>)>, Refusal> {
        if self.default_graphs.is_empty() && self.named_graphs.is_empty() {
            return Ok(None);
        }
        Ok(Some((
            graph_list(&self.default_graphs)?,
            graph_list(&self.named_graphs)?,
        )))
    }
}

fn graph_list(iris: &[String]) -> std::result::Result<Vec<NamedNode>, Refusal> {
    iris.iter()
        .map(|g| {
            NamedNode::new(g.as_str()).map_err(|e| {
                Refusal::new(
                    StatusCode::BAD_REQUEST,
                    format!("'{g}' is not a graph IRI ({e})"),
                )
            })
        })
        .collect()
}

/// The formats a result can be written in, by media type; the first is the default.
const SOLUTION_TYPES: &[(&str, QueryResultsFormat)] = &[
    ("application/sparql-results+json", QueryResultsFormat::Json),
    ("application/sparql-results+xml", QueryResultsFormat::Xml),
    ("text/csv", QueryResultsFormat::Csv),
    ("text/tab-separated-values", QueryResultsFormat::Tsv),
    ("application/json", QueryResultsFormat::Json),
    ("application/xml", QueryResultsFormat::Xml),
];

fn graph_types() -> Vec<(&'static str, RdfFormat)> {
    vec![
        ("text/turtle", RdfFormat::Turtle),
        ("application/n-triples", RdfFormat::NTriples),
        ("application/rdf+xml", RdfFormat::RdfXml),
        (
            "application/ld+json",
            RdfFormat::JsonLd {
                profile: Default::default(),
            },
        ),
        ("application/n-quads", RdfFormat::NQuads),
        ("application/trig", RdfFormat::TriG),
        ("text/plain", RdfFormat::NTriples),
    ]
}

/// Picks the media type the client prefers (RFC 9110 `Accept`, with q-values) among
/// `offered`; `None` if it accepts none of them. No `Accept` means the first.
fn negotiate<'a>(accept: Option<&str>, offered: &[&'a str]) -> Option<&'a str> {
    let Some(accept) = accept.filter(|a| !a.trim().is_empty()) else {
        return offered.first().copied();
    };
    let mut best: Option<(f32, usize, &'a str)> = None;
    for part in accept.split(',') {
        let mut it = part.split(';');
        let range = it.next().unwrap_or("").trim().to_ascii_lowercase();
        let mut q = 1.0f32;
        for p in it {
            if let Some(v) = p.trim().strip_prefix("q=") {
                q = v.trim().parse().unwrap_or(0.0);
            }
        }
        if q <= 0.0 {
            continue;
        }
        for (i, o) in offered.iter().enumerate() {
            let matches = range == *o
                || range == "*/*"
                || range
                    .strip_suffix("/*")
                    .is_some_and(|t| o.starts_with(&format!("{t}/")));
            // Exact types beat wildcards at the same q; earlier offers beat later ones.
            let specificity = if range == *o { 0 } else { 1 };
            if matches {
                let rank = (q, specificity * 100 + i);
                if best.is_none_or(|(bq, bi, _)| rank.0 > bq || (rank.0 == bq && rank.1 < bi)) {
                    best = Some((rank.0, rank.1, o));
                }
            }
        }
    }
    best.map(|(_, _, o)| o)
}

fn answer_query(
    store: &Store,
    opts: &Options,
    req: &Request<Body>,
    op: Operation,
    owner: bool,
) -> Response<Body> {
    // The owner's commands run as they would on the store itself: no result limit, no
    // timeout to speak of, not turned away when busy.
    let owner_opts;
    let opts = if owner {
        owner_opts = Options {
            max_results: usize::MAX,
            timeout: Duration::from_secs(24 * 3600),
            max_running: usize::MAX,
            ..opts.clone()
        };
        &owner_opts
    } else {
        opts
    };
    let qopts = QueryOptions {
        federate: owner && op.federate,
        no_entailment: op.no_entailment,
        cancel: Some(CancellationToken::new()),
    };
    let parsed = match parse_with_dataset(&op) {
        Ok(q) => q,
        Err(r) => return *r,
    };
    let accept = req.headers().get(ACCEPT).and_then(|v| v.to_str().ok());
    let is_graph = matches!(
        parsed,
        spargebra::Query::Construct { .. } | spargebra::Query::Describe { .. }
    );
    let graph_types = graph_types();
    let offered: Vec<&str> = if is_graph {
        graph_types.iter().map(|(t, _)| *t).collect()
    } else {
        SOLUTION_TYPES.iter().map(|(t, _)| *t).collect()
    };
    let Some(media) = negotiate(accept, &offered) else {
        return text(
            StatusCode::NOT_ACCEPTABLE,
            format!(
                "cannot answer as '{}': this result can be {}",
                accept.unwrap_or(""),
                offered.join(", ")
            ),
        );
    };
    let Some(slot) = GATE.take(opts.max_running, opts.queue_wait) else {
        return busy(opts);
    };
    let result = run_with_timeout(store, opts, parsed, media, graph_types, slot, &qopts);
    let token = qopts.cancel.unwrap_or_default();
    respond(result, media, opts, &token)
}

/// The query of a request, with the protocol's `default-graph-uri` / `named-graph-uri` as
/// its dataset; a syntax error (or an update sent here) is answered with 400.
fn parse_with_dataset(
    op: &Operation,
) -> std::result::Result<spargebra::Query, Box<Response<Body>>> {
    let mut parsed = query::parse(&op.text).map_err(|e| {
        let msg = e.to_string();
        let msg = if msg.contains("SPARQL update") {
            "this is a SPARQL update: send it to /update".to_string()
        } else {
            msg
        };
        Box::new(text(StatusCode::BAD_REQUEST, msg))
    })?;
    let graphs = op.dataset().map_err(|r| Box::new(r.response()))?;
    if let Some((default, named)) = graphs {
        let dataset = Some(spargebra::algebra::QueryDataset {
            default,
            named: (!named.is_empty()).then_some(named),
        });
        match &mut parsed {
            spargebra::Query::Select { dataset: d, .. }
            | spargebra::Query::Construct { dataset: d, .. }
            | spargebra::Query::Describe { dataset: d, .. }
            | spargebra::Query::Ask { dataset: d, .. } => *d = dataset,
        }
    }
    Ok(parsed)
}

/// Places for the queries evaluated at once, given first come, first served.
struct Gate {
    state: std::sync::Mutex<GateState>,
    /// Signalled when a query ends or a waiter gives up.
    freed: std::sync::Condvar,
}

/// The queries being evaluated (timed-out ones included until their thread ends) and the
/// tickets of those waiting for a place, in arrival order.
struct GateState {
    running: usize,
    waiting: std::collections::VecDeque<u64>,
    next_ticket: u64,
}

/// The endpoint's gate (one per process, as there is one store per process).
static GATE: Gate = Gate::new();

impl Gate {
    const fn new() -> Gate {
        Gate {
            state: std::sync::Mutex::new(GateState {
                running: 0,
                waiting: std::collections::VecDeque::new(),
                next_ticket: 0,
            }),
            freed: std::sync::Condvar::new(),
        }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, GateState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A place among at most `max` queries, waiting up to `wait` for one. A waiting query
    /// is never overtaken by a later one, so under load every query waits about as long as
    /// the others (in a free-for-all an unlucky one could lose every race until its wait
    /// ran out); slow queries cannot pile up.
    fn take(&'static self, max: usize, wait: Duration) -> Option<Slot> {
        let deadline = std::time::Instant::now() + wait;
        let mut g = self.state();
        if g.waiting.is_empty() && g.running < max {
            g.running += 1;
            return Some(Slot(self));
        }
        let ticket = g.next_ticket;
        g.next_ticket += 1;
        g.waiting.push_back(ticket);
        loop {
            if g.running < max && g.waiting.front() == Some(&ticket) {
                g.waiting.pop_front();
                g.running += 1;
                // The next in line may find a place too.
                self.freed.notify_all();
                return Some(Slot(self));
            }
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            if left.is_zero() {
                g.waiting.retain(|t| *t != ticket);
                self.freed.notify_all();
                return None;
            }
            g = self
                .freed
                .wait_timeout(g, left)
                .unwrap_or_else(|p| p.into_inner())
                .0;
        }
    }
}

/// A place at the gate, released when dropped (when the query thread ends, however it
/// ends).
struct Slot(&'static Gate);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.state().running -= 1;
        self.0.freed.notify_all();
    }
}

/// Runs the query on its own thread; when the timeout passes first, its evaluation is
/// cancelled and the client answered at once (a join that does not check for cancellation
/// often may run on a little, but nobody waits for it).
fn run_with_timeout(
    store: &Store,
    opts: &Options,
    parsed: spargebra::Query,
    media: &str,
    graph_types: Vec<(&'static str, RdfFormat)>,
    slot: Slot,
    qopts: &QueryOptions,
) -> std::result::Result<Vec<u8>, Outcome> {
    let token = qopts.cancel.clone().unwrap_or_default();
    let qopts = qopts.clone();
    let (tx, rx) = std::sync::mpsc::channel();
    let store = store.clone();
    let media = media.to_string();
    let max = opts.max_results;
    let worker = std::thread::Builder::new()
        .name("newskg query".into())
        .spawn(move || {
            let _slot = slot;
            let result = query::execute(&store, parsed, &[], &qopts)
                .map_err(Outcome::from)
                .and_then(|results| serialize(results, &media, max, &graph_types));
            let _ = tx.send(result);
        });
    if let Err(e) = worker {
        return Err(Outcome::Failed(format!("cannot start the query: {e}")));
    }
    rx.recv_timeout(opts.timeout).unwrap_or_else(|_| {
        token.cancel();
        log::warn!(
            "a query ran longer than {} s and was cancelled",
            opts.timeout.as_secs_f64()
        );
        Err(Outcome::Failed(String::new()))
    })
}

/// The response for a query's outcome.
fn respond(
    result: std::result::Result<Vec<u8>, Outcome>,
    media: &str,
    opts: &Options,
    token: &CancellationToken,
) -> Response<Body> {
    match result {
        Ok(body) => answer(media, body),
        Err(Outcome::TooLarge) => text(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!(
                "the result has more than {} rows; narrow the query or add a LIMIT",
                opts.max_results
            ),
        ),
        Err(Outcome::Failed(_)) if token.is_cancelled() => text(
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "the query ran longer than {} s and was stopped",
                opts.timeout.as_secs_f64()
            ),
        ),
        Err(Outcome::Failed(msg)) => text(StatusCode::INTERNAL_SERVER_ERROR, msg),
    }
}

enum Outcome {
    TooLarge,
    Failed(String),
}

impl From<Error> for Outcome {
    fn from(e: Error) -> Self {
        Outcome::Failed(e.to_string())
    }
}

fn serialize(
    results: QueryResults<'_>,
    media: &str,
    max: usize,
    graph_types: &[(&str, RdfFormat)],
) -> std::result::Result<Vec<u8>, Outcome> {
    let failed = |e: &dyn std::fmt::Display| Outcome::Failed(format!("query failed: {e}"));
    let mut out = Vec::new();
    match results {
        QueryResults::Solutions(solutions) => {
            let format = SOLUTION_TYPES
                .iter()
                .find(|(t, _)| *t == media)
                .map_or(QueryResultsFormat::Json, |(_, f)| *f);
            let variables: Vec<Variable> = solutions.variables().to_vec();
            let mut w = QueryResultsSerializer::from_format(format)
                .serialize_solutions_to_writer(&mut out, variables)
                .map_err(|e| failed(&e))?;
            for (n, s) in solutions.enumerate() {
                if n >= max {
                    return Err(Outcome::TooLarge);
                }
                let s = s.map_err(|e| failed(&e))?;
                w.serialize(&s).map_err(|e| failed(&e))?;
            }
            w.finish().map_err(|e| failed(&e))?;
        }
        QueryResults::Boolean(b) => {
            let format = SOLUTION_TYPES
                .iter()
                .find(|(t, _)| *t == media)
                .map_or(QueryResultsFormat::Json, |(_, f)| *f);
            QueryResultsSerializer::from_format(format)
                .serialize_boolean_to_writer(&mut out, b)
                .map_err(|e| failed(&e))?;
        }
        QueryResults::Graph(triples) => {
            let format = graph_types
                .iter()
                .find(|(t, _)| *t == media)
                .map_or(RdfFormat::Turtle, |(_, f)| *f);
            let mut ser = RdfSerializer::from_format(format);
            if !matches!(format, RdfFormat::NTriples | RdfFormat::NQuads) {
                for (p, n) in PREFIXES {
                    ser = ser.with_prefix(*p, *n).map_err(|e| failed(&e))?;
                }
            }
            let mut w = ser.for_writer(&mut out);
            for (n, t) in triples.enumerate() {
                if n >= max {
                    return Err(Outcome::TooLarge);
                }
                let t = t.map_err(|e| failed(&e))?;
                w.serialize_triple(&t).map_err(|e| failed(&e))?;
            }
            w.finish().map_err(|e| failed(&e))?;
        }
    }
    Ok(out)
}

/// Whether a request may update: always when no token is set, else when it carries
/// `Authorization: Bearer TOKEN` (compared in constant time).
fn authorized(req: &Request<Body>, token: Option<&str>) -> bool {
    token.is_none_or(|t| bearer_is(req, t))
}

/// Whether the request carries `Authorization: Bearer TOKEN` (compared in constant time).
/// The request's query-string parameters, decoded, in order.
pub(crate) fn query_pairs(req: &Request<Body>) -> Vec<(String, String)> {
    req.uri()
        .query()
        .map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect())
        .unwrap_or_default()
}

/// The request body's media type, lower case, without parameters (`text/html`; empty when
/// none is given).
pub(crate) fn media_type(req: &Request<Body>) -> String {
    req.headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

pub(crate) fn bearer_is(req: &Request<Body>, token: &str) -> bool {
    let given = req
        .headers()
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    given.len() == token.len()
        && given
            .bytes()
            .zip(token.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

fn answer_update(store: &Store, op: Operation) -> Response<Body> {
    let full = format!("{}{}", sparql_prefixes(), op.text);
    let mut update = match spargebra::SparqlParser::new().parse_update(&full) {
        Ok(u) => u,
        Err(e) => {
            return text(
                StatusCode::BAD_REQUEST,
                format!("SPARQL update syntax error: {e}"),
            )
        }
    };
    let graphs = match op.dataset() {
        Ok(g) => g,
        Err(r) => return r.response(),
    };
    if let Some((default, named)) = graphs {
        // The protocol's using-graph-uri / using-named-graph-uri stand for USING clauses
        // on every DELETE/INSERT operation.
        for operation in &mut update.operations {
            if let spargebra::GraphUpdateOperation::DeleteInsert { using, .. } = operation {
                *using = Some(spargebra::algebra::QueryDataset {
                    default: default.clone(),
                    named: Some(named.clone()),
                });
            }
        }
    }
    // Through the store's one write path, which re-entails the article graphs it touches.
    match store.update(update) {
        Ok(()) => with_cors(Response::builder().status(StatusCode::NO_CONTENT))
            .body(Body::empty())
            .expect("a valid response"),
        Err(e) => text(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

/// `/questions`: the named queries with their typed parameters, and the event types, as
/// JSON (for the page's question form).
fn answer_questions() -> Response<Body> {
    let questions: Vec<serde_json::Value> = query::named_queries()
        .iter()
        .map(|q| {
            serde_json::json!({
                "name": q.name,
                "description": q.description,
                "params": q.params.iter().map(|p| serde_json::json!({
                    "name": p.name,
                    "type": p.kind.name(),
                    "required": p.required,
                    "description": p.description,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let types: Vec<&str> = newskg_model::EventType::ALL
        .iter()
        .map(|t| t.name())
        .collect();
    let body = serde_json::json!({ "questions": questions, "event_types": types });
    answer("application/json", body.to_string())
}

/// `/timeline` (JSON: the countries with events, or with `country` a country's timeline
/// drawn and as data), `/timeline.svg?country=…` and `/graph.svg?country=…|article=…` (the
/// drawings). Read from the asserted graphs, one query slot at a time like any query.
fn answer_picture(
    store: &Store,
    opts: &Options,
    req: &Request<Body>,
    path: &str,
) -> Response<Body> {
    let pairs = query_pairs(req);
    let arg = |k: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.trim().to_string())
    };
    let Some(_slot) = GATE.take(opts.max_running, opts.queue_wait) else {
        return busy(opts);
    };
    let qopts = QueryOptions {
        no_entailment: true,
        ..QueryOptions::default()
    };
    let mut select =
        |q: spargebra::Query| picture::solutions(query::execute(store, q, &[], &qopts)?);
    let country = match arg("country")
        .filter(|c| !c.is_empty())
        .map(|c| query::country(&c))
    {
        Some(Ok(t)) => Some(t),
        Some(Err(e)) => {
            return text(
                StatusCode::BAD_REQUEST,
                e.to_string().replacen("parameter ", "", 1),
            )
        }
        None => None,
    };
    let drawn: Result<(&str, String)> = match (path, country) {
        ("/timeline", None) => picture::countries(&mut select).map(|list| {
            let list: Vec<serde_json::Value> = list
                .into_iter()
                .map(|(e, n)| serde_json::json!({ "qid": e.qid, "label": e.label, "events": n }))
                .collect();
            (
                "application/json",
                serde_json::json!({ "countries": list }).to_string(),
            )
        }),
        ("/timeline", Some(c)) => picture::timeline_of(&mut select, &c).map(|t| {
            let svg = picture::timeline::svg(&t);
            (
                "application/json",
                serde_json::json!({ "svg": svg, "timeline": t }).to_string(),
            )
        }),
        ("/timeline.svg", Some(c)) => picture::timeline_of(&mut select, &c)
            .map(|t| ("image/svg+xml", picture::timeline::svg(&t))),
        ("/graph.svg", Some(c)) => {
            picture::actor_graph_of_country(&mut select, &c).map(|g| ("image/svg+xml", g.svg()))
        }
        ("/graph.svg", None) => match arg("article").map(|a| iri_param("article", &a)) {
            Some(Ok(a)) => {
                picture::actor_graph_of_article(&mut select, &a).map(|g| ("image/svg+xml", g.svg()))
            }
            Some(Err(refused)) => return refused.response(),
            None => return text(StatusCode::BAD_REQUEST, "give country=… or article=…"),
        },
        ("/article", _) => return answer_article(&mut select, &arg),
        _ => {
            return text(
                StatusCode::BAD_REQUEST,
                "give country=…, e.g. country=Q1032 or country=Niger",
            )
        }
    };
    match drawn {
        Ok((media, body)) => answer(media, body),
        Err(e) => text(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

/// `/article?iri=…[&from=N&to=M]`: an article's text as a page, characters N to M (a
/// claim's sentence) highlighted; 404 when the store has no such article.
fn answer_article(
    select: &mut picture::Select<'_>,
    arg: &dyn Fn(&str) -> Option<String>,
) -> Response<Body> {
    let Some(iri) = arg("iri") else {
        return text(StatusCode::BAD_REQUEST, "give iri=… (an article's IRI)");
    };
    let article = match iri_param("iri", &iri) {
        Ok(a) => a,
        Err(refused) => return refused.response(),
    };
    let offset = |k: &str| arg(k).map(|v| v.parse::<usize>());
    let mark = match (offset("from"), offset("to")) {
        (Some(Ok(f)), Some(Ok(t))) => Some((f, t)),
        (None, None) => None,
        _ => {
            return text(
                StatusCode::BAD_REQUEST,
                "from and to: give both, as character offsets",
            )
        }
    };
    match picture::article_text(select, &article) {
        Ok(Some(a)) => answer(
            "text/html; charset=utf-8",
            picture::html::article_page(&a, article.as_str(), mark),
        ),
        Ok(None) => text(
            StatusCode::NOT_FOUND,
            format!("no article {article} in the store"),
        ),
        Err(e) => text(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

/// The HTML page at `/`: the country timeline with each event's claims, the actor–event
/// graph, the named questions as a form and the SPARQL box; self-contained (its script and
/// styles inline, no network).
fn page(allow_update: bool) -> String {
    let mode = if allow_update {
        "updates allowed at /update"
    } else {
        "read-only"
    };
    PAGE.replace("{MODE}", mode)
        .replace("{VERSION}", env!("CARGO_PKG_VERSION"))
        .replace("{PREFIXES}", &picture::escape(&prefix_note()))
        .replace("/*{VIEW_CSS}*/", picture::html::VIEW_CSS)
        .replace("/*{VIEW_JS}*/", picture::html::VIEW_JS)
}

fn prefix_note() -> String {
    PREFIXES
        .iter()
        .map(|(p, _)| format!("{p}:"))
        .collect::<Vec<_>>()
        .join(" ")
}

const PAGE: &str = include_str!("serve_page.html");

#[cfg(test)]
mod tests {
    use super::{negotiate, Gate};
    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    #[test]
    fn places_at_the_gate_go_in_arrival_order() {
        let gate: &'static Gate = Box::leak(Box::new(Gate::new()));
        let first = gate.take(1, Duration::from_secs(5)).expect("a free place");
        let order = Arc::new(Mutex::new(Vec::new()));
        let mut waiters = Vec::new();
        for i in 0..6 {
            let order = Arc::clone(&order);
            waiters.push(std::thread::spawn(move || {
                let slot = gate
                    .take(1, Duration::from_secs(20))
                    .expect("a place in time");
                order.lock().unwrap().push(i);
                std::thread::sleep(Duration::from_millis(5));
                drop(slot);
            }));
            // Each waiter joins the line before the next one starts.
            while gate.state().waiting.len() < i + 1 {
                std::thread::sleep(Duration::from_millis(1));
            }
        }
        drop(first);
        for w in waiters {
            w.join().unwrap();
        }
        assert_eq!(*order.lock().unwrap(), vec![0, 1, 2, 3, 4, 5]);
        assert_eq!(gate.state().running, 0);
    }

    #[test]
    fn a_waiter_that_gives_up_leaves_the_line() {
        let gate: &'static Gate = Box::leak(Box::new(Gate::new()));
        let held = gate.take(1, Duration::from_secs(5)).expect("a free place");
        assert!(gate.take(1, Duration::from_millis(30)).is_none());
        assert!(gate.state().waiting.is_empty());
        drop(held);
        // The place is free again and nobody stands in line before a newcomer.
        assert!(gate.take(1, Duration::from_millis(0)).is_some());
    }

    #[test]
    fn content_negotiation_follows_q_values_and_wildcards() {
        let offered = [
            "application/sparql-results+json",
            "application/sparql-results+xml",
            "text/csv",
        ];
        assert_eq!(negotiate(None, &offered), Some(offered[0]));
        assert_eq!(negotiate(Some("*/*"), &offered), Some(offered[0]));
        assert_eq!(negotiate(Some("text/csv"), &offered), Some("text/csv"));
        assert_eq!(
            negotiate(
                Some("application/sparql-results+json;q=0.5, application/sparql-results+xml"),
                &offered
            ),
            Some("application/sparql-results+xml")
        );
        assert_eq!(negotiate(Some("text/*"), &offered), Some("text/csv"));
        assert_eq!(negotiate(Some("image/png"), &offered), None);
        assert_eq!(negotiate(Some("text/csv;q=0"), &offered), None);
        // An exact type beats a wildcard of the same weight.
        assert_eq!(
            negotiate(Some("*/*, application/sparql-results+xml"), &offered),
            Some("application/sparql-results+xml")
        );
    }
}
