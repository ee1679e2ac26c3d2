//! The HTTP/1.1 server loop under the endpoint: accepting connections, reading requests
//! within limits, writing responses.
//!
//! Owns what protects the endpoint from slow or greedy clients, which oxhttp's server loop
//! cannot do (its accept loop blocks once its connection cap is reached, and its timeout
//! applies to each read, so a client that sends a byte now and then holds a thread for
//! ever): the accept loop never waits; a connection must deliver its whole request head
//! within `head_timeout` (and a kept-alive one its next request within `idle_timeout`) and
//! its body within `body_timeout`; heads, header counts, bodies and requests per
//! connection are capped; and at `max_connections` the connection that has waited longest
//! for a request head is dropped to make room (one busy with a request never is). Requests
//! and responses are oxhttp's model types, so the routes in [`crate::serve`] do not know
//! which loop runs them.

use oxhttp::model::header::{
    HeaderName, HeaderValue, CONNECTION, CONTENT_LENGTH, EXPECT, SERVER, TRANSFER_ENCODING,
};
use oxhttp::model::{Body, Method, Request, Response, StatusCode, Version};
use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What one connection may take, and how many there may be.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Connections open at once; at the cap, the one idle longest is dropped for a new one
    /// (a new one is refused with 503 only when every connection is busy with a request).
    pub max_connections: usize,
    /// A request head (request line and headers) must arrive whole within this time.
    pub head_timeout: Duration,
    /// A kept-alive connection must start its next request within this time.
    pub idle_timeout: Duration,
    /// A request body must arrive whole within this time.
    pub body_timeout: Duration,
    /// A response must be written whole within this time.
    pub write_timeout: Duration,
    /// Largest request head, in bytes (431 past it).
    pub max_head: usize,
    /// Most header fields in one request (431 past it).
    pub max_headers: usize,
    /// Most requests on one kept-alive connection; it is closed after the last.
    pub max_requests: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_connections: 512,
            head_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(5),
            body_timeout: Duration::from_secs(120),
            write_timeout: Duration::from_secs(120),
            max_head: 32 << 10,
            max_headers: 100,
            max_requests: 1000,
        }
    }
}

/// Answers one request (with its body read whole).
pub type Handler = dyn Fn(&mut Request<Body>) -> Response<Body> + Send + Sync;
/// The largest body accepted for a request path.
pub type BodyLimit = dyn Fn(&str) -> usize + Send + Sync;

/// The open connections: each one's socket (to drop it) and since when it has been waiting
/// for a request head (`None` while it is busy with a request).
#[derive(Default)]
struct Table {
    next: u64,
    open: HashMap<u64, (TcpStream, Option<Instant>)>,
}

type Shared = Arc<Mutex<Table>>;

fn table(t: &Shared) -> std::sync::MutexGuard<'_, Table> {
    t.lock().unwrap_or_else(|p| p.into_inner())
}

/// Admits a connection, dropping the one idle longest when at the cap; `None` when every
/// connection is busy.
fn admit(t: &Shared, stream: &TcpStream, max: usize) -> Option<u64> {
    let mut t = table(t);
    if t.open.len() >= max.max(1) {
        let oldest = t
            .open
            .iter()
            .filter_map(|(id, (_, idle))| idle.map(|since| (since, *id)))
            .min()?;
        if let Some((s, _)) = t.open.remove(&oldest.1) {
            let _ = s.shutdown(Shutdown::Both);
        }
    }
    let clone = stream.try_clone().ok()?;
    t.next += 1;
    let id = t.next;
    t.open.insert(id, (clone, Some(Instant::now())));
    Some(id)
}

fn set_idle(t: &Shared, id: u64, idle: bool) {
    if let Some(e) = table(t).open.get_mut(&id) {
        e.1 = idle.then(Instant::now);
    }
}

/// Accepts connections on `listener` for ever, each answered on its own thread.
pub fn run(
    listener: TcpListener,
    limits: Limits,
    body_limit: Arc<BodyLimit>,
    handler: Arc<Handler>,
    server_name: &'static str,
) {
    let open: Shared = Arc::default();
    for stream in listener.incoming() {
        let stream = match stream {
            Ok(s) => s,
            Err(e) => {
                // Out of file descriptors, or a connection reset before it was accepted.
                log::warn!("accepting a connection failed: {e}");
                std::thread::sleep(Duration::from_millis(20));
                continue;
            }
        };
        let Some(id) = admit(&open, &stream, limits.max_connections) else {
            refuse(stream);
            continue;
        };
        let conn = Conn {
            stream,
            buf: Vec::new(),
            limits: limits.clone(),
        };
        let (open2, body_limit, handler) = (Arc::clone(&open), body_limit.clone(), handler.clone());
        let spawned = std::thread::Builder::new()
            .name("newskg http".into())
            .spawn(move || {
                conn.serve(id, &open2, &*body_limit, &*handler, server_name);
                table(&open2).open.remove(&id);
            });
        if let Err(e) = spawned {
            log::warn!("cannot start a connection thread: {e}");
            table(&open).open.remove(&id);
        }
    }
}

/// Every connection is busy with a request: a new one is answered 503 at once.
fn refuse(mut stream: TcpStream) {
    let _ = stream.set_write_timeout(Some(Duration::from_millis(200)));
    let msg = "the endpoint is busy with other requests; try again shortly\n";
    let _ = write!(
        stream,
        "HTTP/1.1 503 Service Unavailable\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: {}\r\nconnection: close\r\nretry-after: 1\r\n\r\n{msg}",
        msg.len()
    );
}

/// Why a request was not read: answer with this status and close, or just close.
enum Stop {
    Answer(StatusCode, String),
    Close,
}

/// One connection: its socket and the bytes read from it but not yet used.
struct Conn {
    stream: TcpStream,
    buf: Vec<u8>,
    limits: Limits,
}

impl Conn {
    fn serve(
        mut self,
        id: u64,
        open: &Shared,
        body_limit: &BodyLimit,
        handler: &Handler,
        server_name: &str,
    ) {
        let _ = self.stream.set_nodelay(true);
        let _ = self
            .stream
            .set_write_timeout(Some(self.limits.write_timeout));
        for n in 0..self.limits.max_requests.max(1) {
            set_idle(open, id, true);
            let first_wait = match n {
                0 => self.limits.head_timeout,
                _ => self.limits.idle_timeout,
            };
            let request = self.read_head(first_wait).and_then(|head| {
                set_idle(open, id, false);
                self.read_request(&head, body_limit)
            });
            let mut request = match request {
                Ok(r) => r,
                Err(Stop::Close) => return,
                Err(Stop::Answer(status, msg)) => {
                    let r = plain(status, msg);
                    let _ = self.write(r, false, true, server_name);
                    self.linger();
                    return;
                }
            };
            let last = n + 1 >= self.limits.max_requests || wants_close(&request);
            let head_only = request.method() == Method::HEAD;
            let response =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| handler(&mut request)))
                    .unwrap_or_else(|_| {
                        plain(
                            StatusCode::INTERNAL_SERVER_ERROR,
                            "internal error (please report it)".into(),
                        )
                    });
            if self.write(response, head_only, last, server_name).is_err() || last {
                return;
            }
        }
    }

    /// Reads more bytes before `deadline`; `Ok(0)` at the end of the stream.
    fn read_more(&mut self, deadline: Instant) -> std::io::Result<usize> {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(std::io::ErrorKind::TimedOut.into());
        }
        self.stream.set_read_timeout(Some(left))?;
        let mut chunk = [0u8; 16 << 10];
        loop {
            match self.stream.read(&mut chunk) {
                Ok(n) => {
                    self.buf.extend_from_slice(&chunk[..n]);
                    return Ok(n);
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    return Err(std::io::ErrorKind::TimedOut.into())
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// The request head (through its blank line), taken from the buffer. The first byte
    /// must come within `first_wait`, the whole head within `head_timeout` of it.
    fn read_head(&mut self, first_wait: Duration) -> Result<Vec<u8>, Stop> {
        let start = Instant::now();
        let mut deadline = start + first_wait;
        let mut started = false;
        loop {
            // Blank lines before a request line are ignored (RFC 9112, 2.2).
            while self.buf.starts_with(b"\r\n") || self.buf.starts_with(b"\n") {
                let skip = if self.buf[0] == b'\r' { 2 } else { 1 };
                self.buf.drain(..skip);
            }
            if !started && !self.buf.is_empty() {
                started = true;
                deadline = deadline.min(Instant::now() + self.limits.head_timeout);
            }
            let end = find(&self.buf, b"\r\n\r\n");
            if end.map_or(self.buf.len(), |e| e + 4) > self.limits.max_head {
                return Err(Stop::Answer(
                    StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
                    format!(
                        "the request head is larger than {} bytes",
                        self.limits.max_head
                    ),
                ));
            }
            if let Some(end) = end {
                return Ok(self.buf.drain(..end + 4).collect());
            }
            match self.read_more(deadline) {
                Ok(0) => return Err(Stop::Close),
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::TimedOut && started => {
                    return Err(Stop::Answer(
                        StatusCode::REQUEST_TIMEOUT,
                        format!(
                            "the request head did not arrive within {} s",
                            self.limits.head_timeout.as_secs_f64()
                        ),
                    ))
                }
                Err(_) => return Err(Stop::Close),
            }
        }
    }

    /// Parses the head and reads the body.
    fn read_request(&mut self, head: &[u8], body_limit: &BodyLimit) -> Result<Request<Body>, Stop> {
        let bad = |m: String| Stop::Answer(StatusCode::BAD_REQUEST, m);
        let mut fields = vec![httparse::EMPTY_HEADER; self.limits.max_headers];
        let mut parsed = httparse::Request::new(&mut fields);
        match parsed.parse(head) {
            Ok(httparse::Status::Complete(_)) => {}
            Ok(httparse::Status::Partial) => return Err(bad("incomplete request head".into())),
            Err(httparse::Error::TooManyHeaders) => {
                return Err(Stop::Answer(
                    StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
                    format!("more than {} header fields", self.limits.max_headers),
                ))
            }
            Err(e) => return Err(bad(format!("malformed request: {e}"))),
        }
        let path = parsed.path.unwrap_or("/");
        let version = match parsed.version {
            Some(0) => Version::HTTP_10,
            _ => Version::HTTP_11,
        };
        let mut builder = Request::builder()
            .method(
                Method::from_bytes(parsed.method.unwrap_or("GET").as_bytes())
                    .map_err(|e| bad(e.to_string()))?,
            )
            .uri(path)
            .version(version);
        for h in parsed.headers.iter() {
            let name = HeaderName::from_bytes(h.name.as_bytes()).map_err(|e| bad(e.to_string()))?;
            let value = HeaderValue::from_bytes(h.value).map_err(|e| bad(e.to_string()))?;
            builder = builder.header(name, value);
        }
        let request = builder
            .body(Body::empty())
            .map_err(|e| bad(format!("malformed request: {e}")))?;
        let limit = body_limit(request.uri().path());
        let body = self.read_body(&request, limit)?;
        let (parts, _) = request.into_parts();
        Ok(Request::from_parts(parts, Body::from(body)))
    }

    /// The body, by `Content-Length` or chunked, within the size and time limits.
    fn read_body(&mut self, request: &Request<Body>, limit: usize) -> Result<Vec<u8>, Stop> {
        let headers = request.headers();
        let chunked = match headers.get(TRANSFER_ENCODING) {
            None => false,
            Some(v) if v.as_bytes().eq_ignore_ascii_case(b"chunked") => true,
            Some(_) => {
                return Err(Stop::Answer(
                    StatusCode::NOT_IMPLEMENTED,
                    "only the chunked transfer coding is supported".into(),
                ))
            }
        };
        let lengths: Vec<&HeaderValue> = headers.get_all(CONTENT_LENGTH).iter().collect();
        let length = match (chunked, lengths.as_slice()) {
            (true, []) => None,
            (false, []) => Some(0),
            (false, [one]) => Some(
                one.to_str()
                    .ok()
                    .and_then(|s| s.trim().parse::<u64>().ok())
                    .ok_or_else(|| {
                        Stop::Answer(StatusCode::BAD_REQUEST, "bad Content-Length".into())
                    })?,
            ),
            _ => {
                return Err(Stop::Answer(
                    StatusCode::BAD_REQUEST,
                    "conflicting Content-Length or Transfer-Encoding".into(),
                ))
            }
        };
        let too_large = || {
            Stop::Answer(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!("the request body is larger than {limit} bytes"),
            )
        };
        if length.is_some_and(|n| n > limit as u64) {
            return Err(too_large());
        }
        if length == Some(0) {
            return Ok(Vec::new());
        }
        let expects = headers
            .get(EXPECT)
            .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"100-continue"));
        if expects && request.version() == Version::HTTP_11 {
            self.stream
                .write_all(b"HTTP/1.1 100 Continue\r\n\r\n")
                .map_err(|_| Stop::Close)?;
        }
        let deadline = Instant::now() + self.limits.body_timeout;
        match length {
            Some(n) => self.take(n as usize, deadline),
            None => self.read_chunked(limit, deadline, too_large),
        }
    }

    /// Exactly `n` more bytes, before `deadline`.
    fn take(&mut self, n: usize, deadline: Instant) -> Result<Vec<u8>, Stop> {
        self.fill(n, deadline)?;
        Ok(self.buf.drain(..n).collect())
    }

    /// Reads until the buffer holds at least `n` bytes, before `deadline`.
    fn fill(&mut self, n: usize, deadline: Instant) -> Result<(), Stop> {
        while self.buf.len() < n {
            match self.read_more(deadline) {
                Ok(0) => return Err(Stop::Close),
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {
                    return Err(Stop::Answer(
                        StatusCode::REQUEST_TIMEOUT,
                        format!(
                            "the request body did not arrive within {} s",
                            self.limits.body_timeout.as_secs_f64()
                        ),
                    ))
                }
                Err(_) => return Err(Stop::Close),
            }
        }
        Ok(())
    }

    /// One line (without its CRLF), at most `max` bytes.
    fn line(&mut self, deadline: Instant, max: usize) -> Result<Vec<u8>, Stop> {
        loop {
            if let Some(end) = find(&self.buf, b"\r\n") {
                let mut l: Vec<u8> = self.buf.drain(..end + 2).collect();
                l.truncate(end);
                return Ok(l);
            }
            if self.buf.len() > max {
                return Err(Stop::Answer(
                    StatusCode::BAD_REQUEST,
                    "malformed chunk".into(),
                ));
            }
            let len = self.buf.len();
            self.fill(len + 1, deadline)?;
        }
    }

    fn read_chunked(
        &mut self,
        limit: usize,
        deadline: Instant,
        too_large: impl Fn() -> Stop,
    ) -> Result<Vec<u8>, Stop> {
        let mut body = Vec::new();
        loop {
            let line = self.line(deadline, 1024)?;
            let size = std::str::from_utf8(&line)
                .ok()
                .and_then(|l| {
                    usize::from_str_radix(l.split(';').next().unwrap_or("").trim(), 16).ok()
                })
                .ok_or_else(|| {
                    Stop::Answer(StatusCode::BAD_REQUEST, "malformed chunk size".into())
                })?;
            if size == 0 {
                // Trailer fields, up to the blank line, are read and ignored.
                while !self.line(deadline, self.limits.max_head)?.is_empty() {}
                return Ok(body);
            }
            if body.len().saturating_add(size) > limit {
                return Err(too_large());
            }
            body.extend(self.take(size, deadline)?);
            if !self.line(deadline, 2)?.is_empty() {
                return Err(Stop::Answer(
                    StatusCode::BAD_REQUEST,
                    "malformed chunk".into(),
                ));
            }
        }
    }

    /// Writes a response (its body whole, with its length), within `write_timeout`.
    fn write(
        &mut self,
        response: Response<Body>,
        head_only: bool,
        close: bool,
        server_name: &str,
    ) -> std::io::Result<()> {
        let (parts, body) = response.into_parts();
        let body = body.to_vec()?;
        let status = parts.status;
        let mut out = Vec::with_capacity(body.len() + 512);
        write!(
            out,
            "HTTP/1.1 {} {}\r\n",
            status.as_u16(),
            status.canonical_reason().unwrap_or("")
        )?;
        for (name, value) in &parts.headers {
            if [CONTENT_LENGTH, TRANSFER_ENCODING, CONNECTION].contains(name) {
                continue;
            }
            out.extend_from_slice(name.as_str().as_bytes());
            out.extend_from_slice(b": ");
            out.extend_from_slice(value.as_bytes());
            out.extend_from_slice(b"\r\n");
        }
        if !parts.headers.contains_key(SERVER) {
            write!(out, "server: {server_name}\r\n")?;
        }
        if status != StatusCode::NO_CONTENT && status != StatusCode::NOT_MODIFIED {
            write!(out, "content-length: {}\r\n", body.len())?;
        }
        if close {
            out.extend_from_slice(b"connection: close\r\n");
        }
        out.extend_from_slice(b"\r\n");
        if !head_only {
            out.extend_from_slice(&body);
        }
        let deadline = Instant::now() + self.limits.write_timeout;
        for chunk in out.chunks(64 << 10) {
            if Instant::now() > deadline {
                return Err(std::io::ErrorKind::TimedOut.into());
            }
            self.stream.write_all(chunk)?;
        }
        self.stream.flush()
    }

    /// After an error answer: stop sending, and read (and drop) what the client still sends
    /// for a moment, so the answer is not lost to a reset.
    fn linger(&mut self) {
        let _ = self.stream.shutdown(Shutdown::Write);
        let deadline = Instant::now() + Duration::from_secs(1);
        let mut drained = 0usize;
        while drained < 16 << 20 {
            self.buf.clear();
            match self.read_more(deadline) {
                Ok(0) | Err(_) => return,
                Ok(n) => drained += n,
            }
        }
    }
}

/// Whether the client asked to close after this request (HTTP/1.0 always does here).
fn wants_close(r: &Request<Body>) -> bool {
    r.version() == Version::HTTP_10
        || r.headers()
            .get(CONNECTION)
            .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"close"))
}

fn plain(status: StatusCode, mut message: String) -> Response<Body> {
    message.push('\n');
    Response::builder()
        .status(status)
        .header("content-type", "text/plain; charset=utf-8")
        .body(Body::from(message))
        .expect("a valid response")
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::BufRead;

    /// A server with short limits whose handler echoes the method, path and body length.
    fn server(limits: Limits) -> std::net::SocketAddr {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let handler: Arc<Handler> = Arc::new(|req: &mut Request<Body>| {
            let mut body = Vec::new();
            req.body_mut().read_to_end(&mut body).unwrap();
            let text = format!("{} {} {}", req.method(), req.uri().path(), body.len());
            Response::builder().body(Body::from(text)).unwrap()
        });
        std::thread::spawn(move || run(listener, limits, Arc::new(|_: &str| 100), handler, "t"));
        addr
    }

    fn short() -> Limits {
        Limits {
            max_connections: 4,
            head_timeout: Duration::from_millis(300),
            idle_timeout: Duration::from_millis(300),
            body_timeout: Duration::from_millis(300),
            max_head: 256,
            max_requests: 2,
            ..Limits::default()
        }
    }

    /// Sends `request`, returns everything read until the server closes (or 3 s pass).
    fn exchange(addr: std::net::SocketAddr, request: &[u8]) -> String {
        let mut s = TcpStream::connect(addr).unwrap();
        s.write_all(request).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(3))).unwrap();
        let mut out = Vec::new();
        let _ = s.read_to_end(&mut out);
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn keep_alive_is_limited_and_chunked_bodies_are_read() {
        let addr = server(short());
        let two = b"POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /b HTTP/1.1\r\n\r\nGET /c HTTP/1.1\r\n\r\n";
        let out = exchange(addr, two);
        assert!(
            out.contains("POST /a 3") && out.contains("GET /b 0"),
            "{out}"
        );
        // After max_requests the connection closes: the third request is not answered.
        assert!(
            !out.contains("GET /c") && out.contains("connection: close"),
            "{out}"
        );
        let chunked = b"POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n4\r\nwiki\r\n5;x=y\r\npedia\r\n0\r\n\r\n";
        assert!(exchange(addr, chunked).contains("POST /c 9"));
    }

    #[test]
    fn slow_heads_time_out_and_big_ones_are_refused() {
        let addr = server(short());
        let t = Instant::now();
        let out = exchange(addr, b"GET /slow HT");
        assert!(out.starts_with("HTTP/1.1 408"), "{out}");
        assert!(t.elapsed() < Duration::from_secs(2));
        // A connection that sends nothing is closed without an answer.
        assert_eq!(exchange(addr, b""), "");
        let big = format!("GET /{} HTTP/1.1\r\n\r\n", "x".repeat(400));
        assert!(exchange(addr, big.as_bytes()).starts_with("HTTP/1.1 431"));
        let body = b"POST /b HTTP/1.1\r\nContent-Length: 1000\r\n\r\n";
        assert!(exchange(addr, body).starts_with("HTTP/1.1 413"));
        let short_body = b"POST /b HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc";
        assert!(exchange(addr, short_body).starts_with("HTTP/1.1 408"));
        assert!(exchange(addr, b"NOT HTTP\r\n\r\n").starts_with("HTTP/1.1 400"));
    }

    #[test]
    fn expect_continue_is_answered_before_the_body() {
        let addr = server(short());
        let mut s = TcpStream::connect(addr).unwrap();
        s.write_all(b"POST /e HTTP/1.1\r\nContent-Length: 2\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n")
            .unwrap();
        let mut r = std::io::BufReader::new(s.try_clone().unwrap());
        let mut line = String::new();
        r.read_line(&mut line).unwrap();
        assert!(line.starts_with("HTTP/1.1 100"), "{line}");
        s.write_all(b"ok").unwrap();
        let mut rest = String::new();
        r.read_to_string(&mut rest).unwrap();
        assert!(rest.contains("POST /e 2"), "{rest}");
    }

    #[test]
    fn at_the_cap_the_longest_idle_connection_is_dropped() {
        let addr = server(Limits {
            head_timeout: Duration::from_secs(30),
            ..short()
        });
        let mut idle: Vec<TcpStream> = (0..4)
            .map(|_| {
                let s = TcpStream::connect(addr).unwrap();
                std::thread::sleep(Duration::from_millis(30));
                s
            })
            .collect();
        // A fifth connection is served; the first (idle longest) is closed for it.
        let out = exchange(addr, b"GET /new HTTP/1.1\r\nConnection: close\r\n\r\n");
        assert!(out.contains("GET /new 0"), "{out}");
        idle[0]
            .set_read_timeout(Some(Duration::from_secs(2)))
            .unwrap();
        assert_eq!(idle[0].read(&mut [0u8; 8]).unwrap_or(0), 0);
        idle[3]
            .set_read_timeout(Some(Duration::from_millis(100)))
            .unwrap();
        assert!(
            idle[3].read(&mut [0u8; 8]).is_err(),
            "a newer idle connection was dropped"
        );
    }
}
