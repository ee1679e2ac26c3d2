//! Push: hands article graphs to an external SPARQL 1.1 store through the Graph Store HTTP
//! Protocol (`PUT <endpoint>?graph=<article IRI>` with the graph as N-Triples), so a store
//! bigger than one machine can take what newskg extracts. A PUT replaces the graph, so
//! pushing again is idempotent. Requests are sent in parallel batches with timeouts and
//! retries (429 and 5xx, with backoff honouring Retry-After).

use crate::error::{Error, Result};
use crate::store::Store;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{NamedNode, Triple};
use rayon::prelude::*;
use std::time::{Duration, Instant};

/// What a push did.
#[derive(Debug, Default)]
pub struct Report {
    /// Graphs pushed.
    pub graphs: usize,
    /// Triples pushed.
    pub triples: usize,
    /// Graphs that could not be pushed, with why.
    pub failed: Vec<(String, String)>,
    /// Wall-clock time, in seconds.
    pub seconds: f64,
}

/// Pushes `graphs` (all article graphs when empty) from the store to a Graph Store
/// Protocol endpoint.
pub fn push(
    store: &Store,
    endpoint: &str,
    graphs: &[NamedNode],
    parallel: usize,
) -> Result<Report> {
    let url = reqwest::Url::parse(endpoint)
        .map_err(|e| Error::usage(format!("endpoint '{endpoint}' is not a URL ({e})")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Error::usage(format!(
            "endpoint must be http or https, not '{}'",
            url.scheme()
        )));
    }
    let client = reqwest::blocking::Client::builder()
        .user_agent(concat!("newskg/", env!("CARGO_PKG_VERSION")))
        .timeout(Duration::from_secs(60))
        .connect_timeout(Duration::from_secs(10))
        .build()
        .map_err(|e| Error::Wikidata(format!("cannot build the HTTP client: {e}")))?;
    let graphs = if graphs.is_empty() {
        store.graphs()?
    } else {
        graphs.to_vec()
    };
    let start = Instant::now();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(parallel.max(1))
        .build()
        .map_err(|e| Error::Store {
            path: store.path.clone(),
            message: e.to_string(),
        })?;
    let results: Vec<std::result::Result<usize, (String, String)>> = pool.install(|| {
        graphs
            .par_iter()
            .map(|g| {
                let body = graph_ntriples(store, g)
                    .map_err(|e| (g.as_str().to_string(), e.to_string()))?;
                let n = body.iter().filter(|&&b| b == b'\n').count();
                put(&client, &url, g, body)
                    .map(|()| n)
                    .map_err(|e| (g.as_str().to_string(), e))
            })
            .collect()
    });
    let mut report = Report::default();
    for r in results {
        match r {
            Ok(n) => {
                report.graphs += 1;
                report.triples += n;
            }
            Err(f) => report.failed.push(f),
        }
    }
    report.seconds = start.elapsed().as_secs_f64();
    Ok(report)
}

fn graph_ntriples(store: &Store, g: &NamedNode) -> Result<Vec<u8>> {
    let mut w = RdfSerializer::from_format(RdfFormat::NTriples).for_writer(Vec::new());
    for q in store.quads(Some(g))? {
        w.serialize_triple(&Triple::new(q.subject, q.predicate, q.object))
            .map_err(|e| Error::io("serialising", e))?;
    }
    w.finish().map_err(|e| Error::io("serialising", e))
}

fn put(
    client: &reqwest::blocking::Client,
    url: &reqwest::Url,
    g: &NamedNode,
    body: Vec<u8>,
) -> std::result::Result<(), String> {
    let mut target = url.clone();
    target.query_pairs_mut().append_pair("graph", g.as_str());
    let mut attempt = 0u32;
    loop {
        let resp = client
            .put(target.clone())
            .header(reqwest::header::CONTENT_TYPE, "application/n-triples")
            .body(body.clone())
            .send();
        let retry_after = match resp {
            Ok(r) if r.status().is_success() => return Ok(()),
            Ok(r) if r.status().as_u16() == 429 || r.status().is_server_error() => {
                let wait = r
                    .headers()
                    .get(reqwest::header::RETRY_AFTER)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.trim().parse::<u64>().ok())
                    .map(Duration::from_secs);
                if attempt >= 4 {
                    return Err(format!("answered {}", r.status()));
                }
                wait
            }
            Ok(r) => return Err(format!("answered {}", r.status())),
            Err(e) if attempt >= 4 => {
                return Err(if e.is_timeout() {
                    "timed out".into()
                } else {
                    "connection failed".into()
                })
            }
            Err(_) => None,
        };
        std::thread::sleep(
            retry_after
                .unwrap_or(Duration::from_millis(200 << attempt))
                .min(Duration::from_secs(30)),
        );
        attempt += 1;
    }
}
