//! Online linking through the Wikidata API, for entities the gazetteer does not know
//! (persons, local organisations): `wbsearchentities` for candidates, `wbgetentities` for
//! their instance-of (P31) and country (P17), ranked by exact label match and type
//! compatibility. Precision first: an ambiguous or unmatched name stays local.
//!
//! Every answer is cached on disk, so a second run sends no request. Requests carry a
//! descriptive User-Agent, `maxlag`, a timeout and a response size cap; 429 and 5xx are
//! retried with backoff honouring `Retry-After`; a concurrency limit holds. A network
//! failure never fails an ingest: it is reported once and linking continues offline.

use crate::error::{Error, Result};
use newskg_model::Kind;
use newskg_text::extract::Actor;
use serde_json::Value;
use std::collections::HashMap;
use std::io::Read;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::Duration;

/// The real Wikidata API.
pub const DEFAULT_API: &str = "https://www.wikidata.org/w/api.php";

/// How to reach Wikidata.
#[derive(Debug, Clone)]
pub struct Config {
    /// The `api.php` URL (http or https).
    pub api: String,
    /// Where the cache file lives.
    pub cache_dir: PathBuf,
    /// Timeout of one request.
    pub timeout: Duration,
    /// Retries of a failed request.
    pub retries: u32,
    /// Longest wait honoured from a `Retry-After` header.
    pub max_retry_after: Duration,
    /// Requests in flight at once.
    pub concurrency: usize,
    /// Largest response body read, in bytes.
    pub max_response_bytes: u64,
}

impl Config {
    /// The defaults, with the `api.php` URL (Wikidata's when `None`) and the cache directory.
    pub fn new(api: Option<&str>, cache_dir: PathBuf) -> Config {
        Config {
            api: api.unwrap_or(DEFAULT_API).to_string(),
            cache_dir,
            timeout: Duration::from_secs(10),
            retries: 3,
            max_retry_after: Duration::from_secs(30),
            concurrency: 2,
            max_response_bytes: 4 << 20,
        }
    }
}

/// The User-Agent sent with every request, as Wikimedia's policy asks.
pub const USER_AGENT: &str = concat!(
    "newskg/",
    env!("CARGO_PKG_VERSION"),
    " (news knowledge-graph builder; https://newskg.org/; contact: maintainers@newskg.org) reqwest"
);

/// A semaphore bounding concurrent requests.
struct Limit {
    free: Mutex<usize>,
    cv: Condvar,
}

impl Limit {
    fn acquire(&self) {
        let mut f = self.free.lock().unwrap_or_else(|e| e.into_inner());
        while *f == 0 {
            f = self.cv.wait(f).unwrap_or_else(|e| e.into_inner());
        }
        *f -= 1;
    }
    fn release(&self) {
        *self.free.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        self.cv.notify_one();
    }
}

/// The online linker.
pub struct Linker {
    cfg: Config,
    client: reqwest::blocking::Client,
    cache: Mutex<HashMap<String, Option<String>>>,
    dirty: AtomicBool,
    offline: AtomicBool,
    warned: AtomicBool,
    limit: Limit,
    /// Requests sent (for reports and tests).
    pub requests: AtomicUsize,
}

impl Linker {
    /// A linker for `cfg`; an API URL that is not http(s) is an error.
    pub fn new(cfg: Config) -> Result<Linker> {
        let url = reqwest::Url::parse(&cfg.api).map_err(|e| {
            Error::usage(format!("--wikidata-api: '{}' is not a URL ({e})", cfg.api))
        })?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(Error::usage(format!(
                "--wikidata-api: only http and https URLs are allowed, not '{}'",
                url.scheme()
            )));
        }
        let client = reqwest::blocking::Client::builder()
            .user_agent(USER_AGENT)
            .timeout(cfg.timeout)
            .connect_timeout(cfg.timeout)
            .redirect(reqwest::redirect::Policy::limited(3))
            .build()
            .map_err(|e| Error::Wikidata(format!("cannot build the HTTP client: {e}")))?;
        let cache = std::fs::read_to_string(cfg.cache_dir.join("wikidata-cache.json"))
            .ok()
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or_default();
        let n = cfg.concurrency.max(1);
        Ok(Linker {
            cfg,
            client,
            cache: Mutex::new(cache),
            dirty: AtomicBool::new(false),
            offline: AtomicBool::new(false),
            warned: AtomicBool::new(false),
            limit: Limit {
                free: Mutex::new(n),
                cv: Condvar::new(),
            },
            requests: AtomicUsize::new(0),
        })
    }

    /// Links the actors that have no Wikidata id yet; failures leave them local.
    pub fn link(&self, actors: &mut [Actor]) {
        for a in actors.iter_mut() {
            if a.id.qid().is_some() {
                continue;
            }
            match self.resolve(&a.label, a.kind) {
                Ok(Some(q)) => a.id = newskg_model::ActorId::Wikidata(q),
                Ok(None) => {}
                Err(e) => self.report(&e),
            }
        }
    }

    fn report(&self, e: &Error) {
        if !self.warned.swap(true, Ordering::SeqCst) {
            log::warn!("{e}; entities stay local (linked offline only) for the rest of this run");
        }
    }

    /// The QID for a name of a given kind, from the cache or the API.
    pub fn resolve(&self, name: &str, kind: Kind) -> Result<Option<String>> {
        let key = format!("{}|{}", kind.class(), name);
        if let Some(v) = self
            .cache
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&key)
        {
            return Ok(v.clone());
        }
        if self.offline.load(Ordering::SeqCst) {
            return Ok(None);
        }
        let result = self.lookup(name, kind);
        match result {
            Ok(v) => {
                self.cache
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(key, v.clone());
                self.dirty.store(true, Ordering::SeqCst);
                Ok(v)
            }
            Err(e) => {
                self.offline.store(true, Ordering::SeqCst);
                Err(e)
            }
        }
    }

    fn lookup(&self, name: &str, kind: Kind) -> Result<Option<String>> {
        let search = self.get(&[
            ("action", "wbsearchentities"),
            ("search", name),
            ("language", "en"),
            ("uselang", "en"),
            ("type", "item"),
            ("limit", "7"),
            ("format", "json"),
        ])?;
        let cands: Vec<String> = search
            .get("search")
            .and_then(Value::as_array)
            .map(|v| {
                v.iter()
                    .filter(|c| {
                        let label = c.get("label").and_then(Value::as_str).unwrap_or("");
                        let matched = c
                            .pointer("/match/text")
                            .and_then(Value::as_str)
                            .unwrap_or("");
                        label.eq_ignore_ascii_case(name) || matched.eq_ignore_ascii_case(name)
                    })
                    .filter_map(|c| c.get("id").and_then(Value::as_str).map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        if cands.is_empty() {
            return Ok(None);
        }
        let ids = cands.join("|");
        let ents = self.get(&[
            ("action", "wbgetentities"),
            ("ids", &ids),
            ("props", "claims"),
            ("format", "json"),
        ])?;
        let wanted = compatible_types(kind);
        let fits: Vec<&String> = cands
            .iter()
            .filter(|id| {
                let p31: Vec<&str> = ents
                    .pointer(&format!("/entities/{id}/claims/P31"))
                    .and_then(Value::as_array)
                    .map(|v| {
                        v.iter()
                            .filter_map(|c| {
                                c.pointer("/mainsnak/datavalue/value/id")
                                    .and_then(Value::as_str)
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                wanted.is_empty() || p31.iter().any(|t| wanted.contains(t))
            })
            .collect();
        // Precision first: exactly one compatible candidate, else stay local.
        Ok(match fits.as_slice() {
            [one] => Some((*one).clone()),
            _ => None,
        })
    }

    /// One GET with retries on 429/5xx (honouring Retry-After) and a size cap.
    fn get(&self, params: &[(&str, &str)]) -> Result<Value> {
        let mut attempt = 0;
        loop {
            self.limit.acquire();
            self.requests.fetch_add(1, Ordering::SeqCst);
            let url = reqwest::Url::parse_with_params(
                &self.cfg.api,
                params.iter().copied().chain([("maxlag", "5")]),
            )
            .map_err(|e| Error::Wikidata(format!("bad API URL: {e}")))?;
            let sent = self.client.get(url).send();
            self.limit.release();
            let resp = sent.map_err(|e| {
                Error::Wikidata(format!("{} unreachable: {}", self.cfg.api, short(&e)))
            })?;
            let status = resp.status();
            if status.as_u16() == 429 || status.is_server_error() {
                if attempt >= self.cfg.retries {
                    return Err(Error::Wikidata(format!(
                        "{} answered {status} after {} tries",
                        self.cfg.api,
                        attempt + 1
                    )));
                }
                let wait = resp
                    .headers()
                    .get(reqwest::header::RETRY_AFTER)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.trim().parse::<u64>().ok())
                    .map(Duration::from_secs)
                    .unwrap_or(Duration::from_millis(250 << attempt))
                    .min(self.cfg.max_retry_after);
                std::thread::sleep(wait);
                attempt += 1;
                continue;
            }
            if !status.is_success() {
                return Err(Error::Wikidata(format!(
                    "{} answered {status}",
                    self.cfg.api
                )));
            }
            let mut body = Vec::new();
            resp.take(self.cfg.max_response_bytes + 1)
                .read_to_end(&mut body)
                .map_err(|e| Error::Wikidata(format!("reading the answer failed: {e}")))?;
            if body.len() as u64 > self.cfg.max_response_bytes {
                return Err(Error::Wikidata(format!(
                    "answer larger than {} bytes",
                    self.cfg.max_response_bytes
                )));
            }
            let v: Value = serde_json::from_slice(&body)
                .map_err(|e| Error::Wikidata(format!("malformed JSON in the answer: {e}")))?;
            if let Some(err) = v.get("error") {
                let code = err.get("code").and_then(Value::as_str).unwrap_or("");
                if code == "maxlag" && attempt < self.cfg.retries {
                    std::thread::sleep(Duration::from_millis(500 << attempt));
                    attempt += 1;
                    continue;
                }
                return Err(Error::Wikidata(format!("API error {code}")));
            }
            return Ok(v);
        }
    }

    /// Writes the cache to disk if it changed.
    pub fn save(&self) -> Result<()> {
        if !self.dirty.swap(false, Ordering::SeqCst) {
            return Ok(());
        }
        std::fs::create_dir_all(&self.cfg.cache_dir)
            .map_err(|e| Error::io("creating the cache directory", e))?;
        let cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        let tmp = self.cfg.cache_dir.join("wikidata-cache.json.tmp");
        std::fs::write(&tmp, serde_json::to_vec(&*cache).unwrap_or_default())
            .map_err(|e| Error::io("writing the cache", e))?;
        std::fs::rename(&tmp, self.cfg.cache_dir.join("wikidata-cache.json"))
            .map_err(|e| Error::io("writing the cache", e))?;
        Ok(())
    }
}

/// A short error text with no URL query (which could hold user data) repeated.
fn short(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "timed out".into()
    } else if e.is_connect() {
        "connection failed".into()
    } else {
        "request failed".into()
    }
}

/// Wikidata classes (P31 values) acceptable for a kind; empty means any.
fn compatible_types(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Person => &["Q5"],
        Kind::Country | Kind::Territory => &["Q6256", "Q3624078", "Q3024240", "Q7275"],
        Kind::Capital | Kind::City => &["Q515", "Q5119", "Q1549591", "Q200250", "Q1637706"],
        Kind::Outlet => &[
            "Q1110794",
            "Q11032",
            "Q1002697",
            "Q1153191",
            "Q192283",
            "Q15265344",
            "Q17232649",
            "Q1616075",
        ],
        _ => &[],
    }
}
