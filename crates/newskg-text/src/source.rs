//! Source stage: turns paths, stdin and JSONL lines into [`Article`]s.
//!
//! Owns input formats (plain text, Markdown, HTML, JSONL), binary and empty-file detection,
//! lossy UTF-8 decoding and page-boilerplate removal. Boilerplate and markup are blanked
//! out with spaces rather than cut, so character offsets into the text stay offsets into
//! the file for plain text and Markdown. HTML is read in [`html`](from_html): parsed as a
//! browser parses it, its main text extracted, so offsets point into that text.

mod html;

pub use html::from_html;

use crate::error::{Error, Result};
use chrono::NaiveDate;
use std::io::Read;
use std::path::{Path, PathBuf};

/// One news article, ready for analysis.
#[derive(Debug, Clone, Default)]
pub struct Article {
    /// The article's text (after markup and boilerplate were blanked out).
    pub text: String,
    /// The headline: the first Markdown heading, the HTML `og:title`, `twitter:title` or
    /// `<title>`, the JSONL `title`, or the one given on the command line.
    pub title: Option<String>,
    /// The publication date, from HTML meta tags, the JSONL `published` (or `date`) field,
    /// or the command line; relative time expressions are resolved against it.
    pub published: Option<NaiveDate>,
    /// The outlet or other source, as given by the user or the input.
    pub source: Option<String>,
    /// The article's URL: the HTML `og:url` or canonical link, the JSONL `url`, or the one
    /// given on the command line.
    pub url: Option<String>,
    /// Where the article came from, for messages: a path, `path:line` or `stdin`.
    pub origin: String,
}

/// Metadata given on the command line; it overrides what an input carries.
#[derive(Debug, Clone, Default)]
pub struct Meta {
    /// The publication date to give every article read.
    pub published: Option<NaiveDate>,
    /// The outlet or other source to give every article read.
    pub source: Option<String>,
    /// The URL to give every article read.
    pub url: Option<String>,
    /// The title to give every article read.
    pub title: Option<String>,
}

/// Parses a `YYYY-MM-DD` date as the CLI and JSONL inputs give it.
pub fn parse_date(s: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| {
        Error::usage(format!(
            "invalid date '{s}': expected YYYY-MM-DD, e.g. 2024-03-17"
        ))
    })
}

/// One item produced while reading inputs: an article, or a problem with one input that
/// does not stop the others (a skipped file, a bad JSONL line).
#[derive(Debug)]
pub enum Item {
    /// An article read from the input.
    Article(Box<Article>),
    /// An input or JSONL line that was not read, to be reported and passed over.
    Skipped {
        /// Where it came from: a path, `path:line` or `stdin`.
        origin: String,
        /// Why it was skipped, for the message.
        reason: String,
    },
}

/// The input formats newskg reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text: stdin and any file whose extension names no other format.
    Text,
    /// Markdown (`.md`, `.markdown`).
    Markdown,
    /// HTML (`.html`, `.htm`, `.xhtml`).
    Html,
    /// JSON Lines, one article per line (`.jsonl`, `.ndjson`).
    Jsonl,
}

impl Format {
    fn of_path(path: &Path) -> Format {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase())
            .as_deref()
        {
            Some("md" | "markdown") => Format::Markdown,
            Some("html" | "htm" | "xhtml") => Format::Html,
            Some("jsonl" | "ndjson") => Format::Jsonl,
            _ => Format::Text,
        }
    }
}

/// Expands the command-line inputs into a list of files (directories walked in sorted
/// order); `-` stands for stdin. A missing path is an error.
pub fn expand_inputs(inputs: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in inputs {
        if p.as_os_str() == "-" {
            out.push(p.clone());
            continue;
        }
        let meta = std::fs::metadata(p).map_err(|e| Error::Input {
            path: p.clone(),
            message: match e.kind() {
                std::io::ErrorKind::NotFound => "no such file or directory".into(),
                _ => e.to_string(),
            },
        })?;
        if meta.is_dir() {
            walk(p, &mut out)?;
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(format!("reading directory {}", dir.display()), e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        if p.is_dir() {
            walk(&p, out)?;
        } else {
            out.push(p);
        }
    }
    Ok(())
}

/// Whether an input is read as a stream (a pipe, FIFO, process substitution or character
/// device) rather than a file whose size is known before it is read.
fn is_stream(meta: &std::fs::Metadata) -> bool {
    !meta.is_file() && !meta.is_dir()
}

/// The largest article newskg reads (text, Markdown, HTML, or one JSONL line): 16 MiB.
pub const MAX_ARTICLE_BYTES: u64 = 16 << 20;

/// Checks a file named on the command line before anything is stored: it must exist, be
/// within the size limit (JSONL excepted), and not be empty or binary.
pub fn check_file(path: &Path) -> Result<()> {
    if path.as_os_str() == "-" {
        return Ok(());
    }
    let err = |message: String| Error::Input {
        path: path.to_path_buf(),
        message,
    };
    let meta = std::fs::metadata(path).map_err(|e| err(e.to_string()))?;
    if is_stream(&meta) {
        // A pipe, FIFO or device: peeking would consume it; `read_input` checks it as it
        // reads.
        return Ok(());
    }
    let len = meta.len();
    if len == 0 {
        return Err(err("empty file: nothing to ingest".into()));
    }
    if Format::of_path(path) != Format::Jsonl && len > MAX_ARTICLE_BYTES {
        return Err(err(format!(
            "article too large ({:.1} MB; the limit is {} MB): split it, or use JSONL",
            len as f64 / 1e6,
            MAX_ARTICLE_BYTES >> 20
        )));
    }
    let mut head = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(8192).read_to_end(&mut head))
        .map_err(|e| err(e.to_string()))?;
    if looks_binary(&head) {
        return Err(err("binary file (not text): skipped".into()));
    }
    if len <= 8192 && head.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(err("empty file: nothing to ingest".into()));
    }
    Ok(())
}

/// The command-line inputs, expanded once: every file to read in order (directories
/// walked), and which of them were named explicitly (those must be readable articles; files
/// found in a directory are skipped with a warning instead).
#[derive(Debug, Clone)]
pub struct Inputs {
    /// Every file to read, in order; `-` stands for stdin.
    pub files: Vec<PathBuf>,
    explicit: std::collections::HashSet<PathBuf>,
}

impl Inputs {
    /// Expands the inputs and checks the explicitly named files, before anything is stored.
    pub fn expand(inputs: &[PathBuf]) -> Result<Inputs> {
        let files = expand_inputs(inputs)?;
        let explicit: std::collections::HashSet<PathBuf> = inputs.iter().cloned().collect();
        for f in files.iter().filter(|f| explicit.contains(*f)) {
            check_file(f)?;
        }
        Ok(Inputs { files, explicit })
    }

    /// Whether a file was found in a directory rather than named.
    pub fn in_directory(&self, f: &Path) -> bool {
        !self.explicit.contains(f)
    }

    /// Reads every input in order and hands each item (an article, or an input skipped with
    /// its reason) to `f`; stops at the first error, from reading or from `f`.
    pub fn for_each_item<E: From<Error>>(
        &self,
        meta: &Meta,
        mut f: impl FnMut(Item) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        for file in &self.files {
            for item in read_input(file, meta, self.in_directory(file))? {
                f(item)?;
            }
        }
        Ok(())
    }

    /// The total size of the input files, in bytes.
    pub fn bytes(&self) -> u64 {
        self.files
            .iter()
            .filter_map(|f| std::fs::metadata(f).ok())
            .map(|m| m.len())
            .sum()
    }
}

/// Reads one input (a file or `-`) into items, streaming JSONL line by line. `in_directory`
/// turns an empty, binary or oversized file into a skipped item instead of an error.
pub fn read_input(
    path: &Path,
    meta: &Meta,
    in_directory: bool,
) -> Result<Box<dyn Iterator<Item = Item>>> {
    let format = Format::of_path(path);
    let stdin = path.as_os_str() == "-";
    let origin = if stdin {
        "stdin".to_string()
    } else {
        path.display().to_string()
    };
    let refuse = |reason: String| -> Result<Box<dyn Iterator<Item = Item>>> {
        if in_directory {
            Ok(Box::new(std::iter::once(Item::Skipped {
                origin: origin.clone(),
                reason,
            })))
        } else {
            Err(Error::Input {
                path: path.to_path_buf(),
                message: reason,
            })
        }
    };
    if format == Format::Jsonl && !stdin {
        let f = std::fs::File::open(path).map_err(|e| Error::Input {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        return Ok(Box::new(jsonl_items(
            std::io::BufReader::new(f),
            origin,
            meta.clone(),
        )));
    }
    let stream = stdin || std::fs::metadata(path).is_ok_and(|m| is_stream(&m));
    if !stream {
        let len = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        if len > MAX_ARTICLE_BYTES {
            return refuse(format!(
                "article too large ({:.1} MB; the limit is {} MB): split it, or use JSONL",
                len as f64 / 1e6,
                MAX_ARTICLE_BYTES >> 20
            ));
        }
    }
    let bytes = if stream {
        let mut buf = Vec::new();
        let read = if stdin {
            std::io::stdin()
                .take(MAX_ARTICLE_BYTES + 1)
                .read_to_end(&mut buf)
        } else {
            std::fs::File::open(path)
                .and_then(|f| f.take(MAX_ARTICLE_BYTES + 1).read_to_end(&mut buf))
        };
        read.map_err(|e| Error::io(format!("reading {origin}"), e))?;
        if buf.len() as u64 > MAX_ARTICLE_BYTES {
            return refuse(format!(
                "larger than the {} MB limit for one article",
                MAX_ARTICLE_BYTES >> 20
            ));
        }
        buf
    } else {
        std::fs::read(path).map_err(|e| Error::Input {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?
    };
    article_from_bytes(bytes, format, origin.clone(), meta, stream, &refuse)
}

/// One article's bytes (text, Markdown or HTML) as an item: an empty or binary input is
/// refused through `refuse`; invalid UTF-8 is replaced, with a warning.
fn article_from_bytes(
    bytes: Vec<u8>,
    format: Format,
    origin: String,
    meta: &Meta,
    stream: bool,
    refuse: &dyn Fn(String) -> Result<Box<dyn Iterator<Item = Item>>>,
) -> Result<Box<dyn Iterator<Item = Item>>> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        let what = if stream { "empty input" } else { "empty file" };
        return refuse(format!("{what}: nothing to ingest"));
    }
    if looks_binary(&bytes) {
        return refuse("binary file (not text): skipped".to_string());
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            log::warn!("{origin}: not valid UTF-8; invalid bytes were replaced with U+FFFD");
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    let item = match format {
        Format::Html => finish(from_html(&text), origin, meta),
        Format::Markdown => finish(from_markdown(&text), origin, meta),
        _ => finish(from_text(&text), origin, meta),
    };
    Ok(Box::new(std::iter::once(item)))
}

/// Reads articles sent as bytes rather than named as files (the endpoint's `/ingest`): one
/// article in `format`, or one a line for JSONL, checked as `read_input` checks a file
/// (`origin` names it in messages; an empty or binary body is an error). At most
/// [`MAX_ARTICLE_BYTES`] for one article.
pub fn read_bytes(bytes: Vec<u8>, format: Format, origin: &str, meta: &Meta) -> Result<Vec<Item>> {
    if format == Format::Jsonl {
        let items = jsonl_items(
            std::io::Cursor::new(bytes),
            origin.to_string(),
            meta.clone(),
        );
        return Ok(items.collect());
    }
    let refuse = |message: String| -> Result<Box<dyn Iterator<Item = Item>>> {
        Err(Error::Input {
            path: PathBuf::from(origin),
            message,
        })
    };
    if bytes.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(Error::Input {
            path: PathBuf::from(origin),
            message: format!(
                "larger than the {} MB limit for one article",
                MAX_ARTICLE_BYTES >> 20
            ),
        });
    }
    Ok(article_from_bytes(bytes, format, origin.to_string(), meta, true, &refuse)?.collect())
}

fn finish(mut a: Article, origin: String, meta: &Meta) -> Item {
    a.origin = origin.clone();
    apply_meta(&mut a, meta);
    if a.text.trim().is_empty() {
        return Item::Skipped {
            origin,
            reason: "no article text left after removing markup and boilerplate".into(),
        };
    }
    Item::Article(Box::new(a))
}

fn apply_meta(a: &mut Article, meta: &Meta) {
    if meta.published.is_some() {
        a.published = meta.published;
    }
    if meta.source.is_some() {
        a.source = meta.source.clone();
    }
    if meta.url.is_some() {
        a.url = meta.url.clone();
    }
    if meta.title.is_some() {
        a.title = meta.title.clone();
    }
}

/// Binary content: NUL bytes, or many control characters, in the first 8 KiB.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    control * 20 > head.len()
}

/// Lines that are page furniture, not article content (compared case-insensitively after
/// trimming): share and subscribe prompts and the like.
const BOILERPLATE_LINES: &[&str] = &[
    "share",
    "share.",
    "share this",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "share on x",
    "share via email",
    "exit mobile version",
    "subscribe",
    "subscribe now",
    "sign up",
    "advertisement",
    "advertising",
    "read more",
    "read more.",
    "copy link",
    "print",
    "email",
    "comments",
    "related",
    "related articles",
    "related stories",
    "skip to content",
    "skip to main content",
    "back to top",
    "tweet",
    "whatsapp",
    "facebook",
    "twitter",
    "linkedin",
];

const BOILERPLATE_PREFIXES: &[&str] = &[
    "share this ",
    "subscribe to ",
    "sign up for ",
    "sign up to ",
    "follow us on ",
    "click here ",
    "read more:",
    "related:",
    "copyright ©",
    "© ",
    "all rights reserved",
];

/// Whether one line of text is page boilerplate.
pub fn is_boilerplate_line(line: &str) -> bool {
    let l = line.trim().to_lowercase();
    if l.is_empty() || l.len() > 80 {
        return false;
    }
    BOILERPLATE_LINES.contains(&l.as_str()) || BOILERPLATE_PREFIXES.iter().any(|p| l.starts_with(p))
}

/// Plain text: boilerplate lines blanked out.
pub fn from_text(text: &str) -> Article {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        if is_boilerplate_line(body) {
            out.extend(body.chars().map(|_| ' '));
            out.push_str(&line[body.len()..]);
        } else {
            out.push_str(line);
        }
    }
    Article {
        text: out,
        ..Article::default()
    }
}

/// Markdown: heading marks, emphasis and link targets blanked out; the first heading is the
/// title.
pub fn from_markdown(text: &str) -> Article {
    let mut a = from_text(text);
    let mut title = None;
    let mut out = String::with_capacity(a.text.len());
    for line in a.text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let mut l: Vec<char> = line.chars().collect();
        if trimmed.starts_with('#') {
            let hashes = trimmed.chars().take_while(|&c| c == '#').count();
            let head = trimmed[hashes..].trim();
            if title.is_none() && !head.is_empty() {
                title = Some(head.to_string());
            }
            for c in l.iter_mut().skip(indent).take(hashes) {
                *c = ' ';
            }
        } else if trimmed.starts_with("> ")
            || trimmed.starts_with("- ")
            || trimmed.starts_with("* ")
        {
            l[indent] = ' ';
        }
        blank_markdown_inline(&mut l);
        out.extend(l);
    }
    a.text = out;
    a.title = title;
    a
}

fn blank_markdown_inline(l: &mut [char]) {
    let n = l.len();
    let mut i = 0;
    while i < n {
        match l[i] {
            '*' | '`' => l[i] = ' ',
            '_' if (i == 0 || !l[i - 1].is_alphanumeric())
                || (i + 1 == n || !l[i + 1].is_alphanumeric()) =>
            {
                l[i] = ' '
            }
            '[' => {
                // [text](target) -> text with the rest blanked.
                if let Some(close) = (i + 1..n).find(|&j| l[j] == ']') {
                    if close + 1 < n && l[close + 1] == '(' {
                        if let Some(end) = (close + 2..n).find(|&j| l[j] == ')') {
                            l[i] = ' ';
                            for c in l.iter_mut().take(end + 1).skip(close) {
                                *c = ' ';
                            }
                            i = end;
                        }
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
}

/// JSONL: one article per line (`text`, and optional `title`, `published`, `source`, `url`,
/// `id`), read as a stream. A line that is not a JSON object with text is reported by number
/// and skipped.
fn jsonl_items<R: std::io::BufRead + 'static>(
    reader: R,
    origin: String,
    meta: Meta,
) -> impl Iterator<Item = Item> {
    reader
        .split(b'\n')
        .enumerate()
        .filter_map(move |(n, line)| {
            let here = format!("{origin}:{}", n + 1);
            let line = match line {
                Ok(l) => l,
                Err(e) => {
                    return Some(Item::Skipped {
                        origin: here,
                        reason: format!("unreadable ({e})"),
                    })
                }
            };
            if line.len() as u64 > MAX_ARTICLE_BYTES {
                return Some(Item::Skipped {
                    origin: here,
                    reason: format!("line too large (over {} MB)", MAX_ARTICLE_BYTES >> 20),
                });
            }
            let line = String::from_utf8_lossy(&line);
            if line.trim().is_empty() {
                return None;
            }
            Some(jsonl_item(&line, here, &meta))
        })
}

fn jsonl_item(line: &str, here: String, meta: &Meta) -> Item {
    let v: serde_json::Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => {
            return Item::Skipped {
                origin: here,
                reason: format!("not JSON ({e})"),
            }
        }
    };
    let get = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
    let Some(body) = get("text").filter(|t| !t.trim().is_empty()) else {
        return Item::Skipped {
            origin: here,
            reason: "no \"text\" field".into(),
        };
    };
    let published = match get("published").or_else(|| get("date")) {
        Some(d) => match d.get(..10).map(parse_date) {
            Some(Ok(d)) => Some(d),
            _ => {
                log::warn!("{here}: ignoring unreadable date '{d}'");
                None
            }
        },
        None => None,
    };
    let mut a = from_text(&body);
    a.title = get("title");
    a.published = published;
    a.source = get("source");
    a.url = get("url");
    a.origin = match get("id") {
        Some(id) => format!("{here} (id {id})"),
        None => here,
    };
    apply_meta(&mut a, meta);
    Item::Article(Box::new(a))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boilerplate_is_blanked_keeping_offsets() {
        let t = "Troops left.\n\nShare.\nExit mobile version\n";
        let a = from_text(t);
        assert_eq!(a.text.chars().count(), t.chars().count());
        assert!(a.text.starts_with("Troops left."));
        assert!(!a.text.contains("Share"));
        assert!(!a.text.contains("Exit mobile"));
    }

    #[test]
    fn html_drops_scripts_and_reads_meta() {
        let h = r#"<html><head><title>T</title><meta property="article:published_time" content="2024-03-17T10:00:00Z"><meta property="og:url" content="https://example.org/a"></head>
<body><nav>Home | World</nav><script>var secret = "x";</script><article><h1>Troops leave</h1><p>French troops left Mali &amp; Niger.</p><style>p{}</style></article></body></html>"#;
        let a = from_html(h);
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2024, 3, 17));
        assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
        assert!(a.text.contains("French troops left Mali & Niger."));
        assert!(!a.text.contains("secret"));
        assert!(!a.text.contains("Home | World"));
    }

    #[test]
    fn markdown_heading_becomes_title() {
        let a = from_markdown("# Troops leave\n\nFrench **troops** left [Mali](http://x).\n");
        assert_eq!(a.title.as_deref(), Some("Troops leave"));
        assert!(a.text.contains("French   troops   left  Mali "));
    }

    #[test]
    fn jsonl_bad_line_is_reported_and_rest_read() {
        let data = "{\"text\":\"A\"}\nnot json\n{\"text\":\"B\",\"published\":\"2024-01-02\"}\n";
        let items: Vec<Item> = jsonl_items(
            std::io::Cursor::new(data.as_bytes().to_vec()),
            "f".into(),
            Meta::default(),
        )
        .collect();
        assert_eq!(items.len(), 3);
        assert!(matches!(&items[1], Item::Skipped { origin, .. } if origin == "f:2"));
        match &items[2] {
            Item::Article(a) => assert_eq!(a.published, NaiveDate::from_ymd_opt(2024, 1, 2)),
            _ => panic!("expected an article"),
        }
    }

    #[test]
    fn binary_detection() {
        assert!(looks_binary(b"\x89PNG\r\n\x1a\n\0\0\0"));
        assert!(!looks_binary("Plain text, with accents: é".as_bytes()));
    }
}
