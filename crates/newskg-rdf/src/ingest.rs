//! Ingest: runs the pipeline for every input — source → analyze → extract → link → map →
//! store — extracting articles in parallel and writing each article's graph in its own
//! transaction, in input order.

use crate::entail;
use crate::error::{Error, Result};
use crate::link::wikidata::Linker;
use crate::map;
use crate::store::{Store, Written};
use newskg_text::analyze;
use newskg_text::extract::{self, Extraction};
use newskg_text::source::{Article, Inputs, Item, Meta};
use oxigraph::model::{NamedNode, Quad};
use rayon::prelude::*;
use std::time::Instant;

/// What an ingest did.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    /// Articles handled: new, replaced and unchanged together (skipped ones not counted).
    pub articles: usize,
    /// Articles the store did not hold, now written.
    pub new: usize,
    /// Articles the store held with other content, whose graphs were replaced.
    pub replaced: usize,
    /// Articles the store already held with the same content hash (not written again).
    pub unchanged: usize,
    /// Inputs left out: unreadable files or lines that are not articles, and articles the
    /// extractor failed on.
    pub skipped: usize,
    /// Event claims extracted from the articles written (new or replaced).
    pub claims: usize,
    /// Triples in the article graphs written (new or replaced), entailed ones not counted.
    pub triples: usize,
    /// Triples materialized by RDFS entailment.
    pub entailed: usize,
    /// Time since the run started, in seconds.
    pub seconds: f64,
    /// Time spent writing to the store.
    pub load_seconds: f64,
    /// The graphs written (new or replaced) in this run.
    pub written: Vec<NamedNode>,
    /// Article text bytes read so far (for a progress estimate against `bytes_total`).
    pub bytes_read: u64,
    /// The size of all inputs, in bytes.
    pub bytes_total: u64,
}

impl Summary {
    /// Adds another run's (or batch's) counts, times written and graphs to these; the
    /// progress fields (`seconds`, `bytes_read`, `bytes_total`) stay as they are.
    pub fn add(&mut self, other: &Summary) {
        self.articles += other.articles;
        self.new += other.new;
        self.replaced += other.replaced;
        self.unchanged += other.unchanged;
        self.skipped += other.skipped;
        self.claims += other.claims;
        self.triples += other.triples;
        self.entailed += other.entailed;
        self.load_seconds += other.load_seconds;
        self.written.extend(other.written.iter().cloned());
    }
}

/// An article taken through extraction and mapping.
pub struct Processed {
    /// The article as read.
    pub article: Article,
    /// What was extracted from it (actors linked online when a linker was given).
    pub extraction: Extraction,
    /// The article's named graph, which is also its IRI.
    pub graph: NamedNode,
    /// The article's content hash, stored with its graph so an unchanged article is not
    /// written again.
    pub hash: String,
    /// The article's quads in its graph, as [`map::map`] gives them.
    pub quads: Vec<Quad>,
    /// What RDFS entails from `quads` under the ontology, in the article's entailment
    /// graph (empty when entailment is off).
    pub entailed: Vec<Quad>,
}

/// Analyses, extracts, links and maps one article (no entailment).
pub fn process(article: Article, linker: Option<&Linker>) -> Processed {
    process_with(article, linker, false)
}

/// Analyses, extracts, links and maps one article, and with `entail` also materializes
/// what RDFS entails from its graph.
pub fn process_with(article: Article, linker: Option<&Linker>, entail: bool) -> Processed {
    let doc = analyze::analyze(&article.text);
    let mut extraction = extract::extract(&doc, article.published);
    if let Some(l) = linker {
        l.link(&mut extraction.actors);
    }
    let (graph, quads) = map::map(&article, &doc, &extraction);
    let hash = map::content_hash(&article);
    let entailed = if entail {
        let g = oxigraph::model::GraphName::NamedNode(entail::entailed_graph(&graph));
        entail::builtin().entail(quads.iter().map(|q| q.as_ref()), &g)
    } else {
        Vec::new()
    };
    Processed {
        article,
        extraction,
        graph,
        hash,
        quads,
        entailed,
    }
}

/// Where an ingest's articles come from.
pub enum Articles<'a> {
    /// The command line's inputs, read in order.
    Inputs(&'a Inputs),
    /// Articles already read (sent to the endpoint's `/ingest`).
    Items(Vec<Item>),
}

impl Articles<'_> {
    fn for_each_item(self, meta: &Meta, f: impl FnMut(Item) -> Result<()>) -> Result<()> {
        match self {
            Articles::Inputs(inputs) => inputs.for_each_item(meta, f),
            Articles::Items(items) => items.into_iter().try_for_each(f),
        }
    }

    fn bytes(&self) -> u64 {
        match self {
            Articles::Inputs(inputs) => inputs.bytes(),
            Articles::Items(items) => items
                .iter()
                .map(|i| match i {
                    Item::Article(a) => a.text.len() as u64,
                    Item::Skipped { .. } => 0,
                })
                .sum(),
        }
    }
}

/// Options for an ingest run.
#[derive(Default)]
pub struct Options {
    /// Metadata given to every article read (it overrides what an input carries).
    pub meta: Meta,
    /// Links actors online through Wikidata when set (else linking stays offline).
    pub linker: Option<Linker>,
    /// New articles written in one atomic bulk load (memory stays bounded by this batch;
    /// 0 counts as 1). Extraction takes them in chunks of at most [`EXTRACT_CHUNK`].
    pub batch: usize,
    /// Load articles new to the store with the bulk loader (one atomic load per batch)
    /// instead of a transaction each.
    pub bulk: bool,
    /// Do not materialize RDFS entailment (see [`crate::entail`]).
    pub no_entailment: bool,
}

/// Reads the articles and runs extraction over them in parallel batches, handing each batch
/// to `sink` in input order. `skip` sees every article first and may leave it out (e.g.
/// because the store holds it unchanged). Problems with single files or lines are warned
/// about and counted in `skipped` (explicitly named files were checked when the inputs were
/// expanded, so a bad argument fails the run before any work is done).
pub fn run_batches(
    inputs: Articles<'_>,
    meta: &Meta,
    linker: Option<&Linker>,
    batch_size: usize,
    entail: bool,
    mut skip: impl FnMut(&Article) -> Result<bool>,
    mut sink: impl FnMut(Vec<std::result::Result<Processed, String>>) -> Result<()>,
) -> Result<usize> {
    let mut skipped = 0;
    let mut batch: Vec<Article> = Vec::new();
    let mut flush = |batch: &mut Vec<Article>| -> Result<()> {
        // An article that makes the extractor fail is reported and skipped; it never
        // takes the run down or reaches the store half-done.
        let done: Vec<std::result::Result<Processed, String>> = std::mem::take(batch)
            .into_par_iter()
            .map(|a| {
                let origin = a.origin.clone();
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    process_with(a, linker, entail)
                }))
                .map_err(|_| origin)
            })
            .collect();
        sink(done)
    };
    inputs.for_each_item(meta, |item| -> Result<()> {
        match item {
            Item::Article(a) => {
                if !skip(&a)? {
                    batch.push(*a);
                    if batch.len() >= batch_size.max(1) {
                        flush(&mut batch)?;
                    }
                }
            }
            Item::Skipped { origin, reason } => {
                log::warn!("{origin}: {reason}");
                skipped += 1;
            }
        }
        Ok(())
    })?;
    flush(&mut batch)?;
    Ok(skipped)
}

/// Ingests one article already in memory: extraction, mapping, entailment (unless
/// `opts.no_entailment`) and one transaction — what [`ingest`] does for each input, for a
/// library user who has the text at hand.
pub fn ingest_article(store: &Store, article: Article, opts: &Options) -> Result<Written> {
    let p = process_with(article, opts.linker.as_ref(), !opts.no_entailment);
    let _writing = store.writing();
    if !opts.no_entailment {
        store.ensure_ontology()?;
    }
    store.put_article(&p.graph, &p.hash, &p.quads, &p.entailed)
}

/// Ingests the inputs into the store: articles the store holds unchanged are skipped
/// before analysis; new articles go in through the bulk loader, one atomic load per batch;
/// changed ones replace their graph in a transaction each.
///
/// Extraction and writing overlap: the worker threads extract the articles in chunks of at
/// most [`EXTRACT_CHUNK`], and a writer thread stores the chunks behind them, up to one
/// batch behind (the bulk load is mostly one thread, so the other core would idle; with
/// room for only one chunk the extraction stood still through every load, and the BBC
/// corpus ingested 1.11× slower, for 40 MB less memory). The writer
/// gathers the new articles of several chunks into one load of `opts.batch` articles: fewer,
/// larger loads leave RocksDB fewer files to compact (over the whole BBC corpus, loads of
/// 512 articles instead of 128 halved the compaction's CPU). Batches are written one at a time, in
/// input order, each under the store's write lock from its first "is this article new"
/// check to its load.
pub fn ingest(
    store: &Store,
    inputs: Articles<'_>,
    opts: &Options,
    mut progress: impl FnMut(&Summary) + Send,
) -> Result<Summary> {
    let start = Instant::now();
    if !opts.no_entailment {
        let _writing = store.writing();
        store.ensure_ontology()?;
    }
    let summary = std::sync::Mutex::new(Summary {
        bytes_total: inputs.bytes(),
        ..Summary::default()
    });
    let lock = || summary.lock().unwrap_or_else(|p| p.into_inner());
    // Room for one load's worth of chunks: while the writer loads a batch (mostly on one
    // core), the extraction goes on over the next batch instead of stopping after one chunk.
    let room = opts.batch.max(1).div_ceil(EXTRACT_CHUNK);
    let (to_writer, batches) = std::sync::mpsc::sync_channel::<Batch>(room);
    let (read, wrote) = std::thread::scope(|scope| {
        let writer = scope.spawn(|| -> Result<()> {
            let mut pending = Pending::new();
            let mut report = |wrote: Summary| {
                // Written into a summary of its own, so the extracting side never waits
                // for the summary while a batch loads.
                let mut s = lock();
                s.add(&wrote);
                s.seconds = start.elapsed().as_secs_f64();
                progress(&s);
            };
            for done in batches {
                report(write_batch(store, opts, done, &mut pending)?);
            }
            report(pending.load(store)?);
            Ok(())
        });
        let read = run_batches(
            inputs,
            &opts.meta,
            opts.linker.as_ref(),
            opts.batch.clamp(1, EXTRACT_CHUNK),
            !opts.no_entailment,
            |a| {
                lock().bytes_read += a.text.len() as u64;
                let key = map::article_iri(&map::article_key(a));
                let unchanged =
                    store.content_hash(&key)?.as_deref() == Some(map::content_hash(a).as_str());
                if unchanged {
                    let mut s = lock();
                    s.articles += 1;
                    s.unchanged += 1;
                }
                Ok(unchanged)
            },
            // The writer only hangs up after an error, which it reports itself.
            |done| {
                to_writer
                    .send(done)
                    .map_err(|_| Error::io("writing the store", std::io::Error::other("stopped")))
            },
        );
        drop(to_writer);
        let wrote = writer
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p));
        (read, wrote)
    });
    wrote?;
    let skipped = read?;
    store.flush()?;
    let mut s = summary.into_inner().unwrap_or_else(|p| p.into_inner());
    s.skipped += skipped;
    s.seconds = start.elapsed().as_secs_f64();
    Ok(s)
}

/// One batch of extraction results, in input order (an error names an article the
/// extractor failed on).
type Batch = Vec<std::result::Result<Processed, String>>;

/// Articles extracted at once when the load batch is larger: extraction hands the writer
/// this many at a time, so the two overlap finely while the loads stay large.
const EXTRACT_CHUNK: usize = 64;

/// New articles waiting for one atomic bulk load, and the store's write lock, held from the
/// check that the first of them is new until they are loaded (the endpoint may write beside
/// an ingest, and the check must still hold at the load).
struct Pending<'s> {
    writing: Option<std::sync::MutexGuard<'s, ()>>,
    quads: Vec<Quad>,
    keys: std::collections::HashSet<NamedNode>,
    /// What the pending articles count for once they are loaded.
    summary: Summary,
}

impl<'s> Pending<'s> {
    fn new() -> Pending<'s> {
        Pending {
            writing: None,
            quads: Vec::new(),
            keys: std::collections::HashSet::new(),
            summary: Summary::default(),
        }
    }

    /// Loads the pending articles in one atomic bulk load and releases the write lock; their
    /// counts are returned (nothing when none were pending).
    fn load(&mut self, store: &Store) -> Result<Summary> {
        let mut s = std::mem::take(&mut self.summary);
        if !self.quads.is_empty() {
            let t = Instant::now();
            store.put_new_articles(std::mem::take(&mut self.quads))?;
            s.load_seconds += t.elapsed().as_secs_f64();
        }
        self.keys.clear();
        self.writing = None;
        Ok(s)
    }
}

/// Writes one extracted chunk under the store's write lock: changed articles in a
/// transaction each, at once; new ones join `pending`, which is loaded (one atomic bulk load)
/// as soon as it holds `opts.batch` articles, so every load but the last holds exactly a
/// batch. Returns the counts of what was written now.
fn write_batch<'s>(
    store: &'s Store,
    opts: &Options,
    done: Batch,
    pending: &mut Pending<'s>,
) -> Result<Summary> {
    if pending.writing.is_none() {
        pending.writing = Some(store.writing());
    }
    let mut s = Summary::default();
    for p in done {
        let p = match p {
            Ok(p) => p,
            Err(origin) => {
                log::error!(
                    "{origin}: internal error while extracting; article skipped (please report it)"
                );
                s.skipped += 1;
                continue;
            }
        };
        if pending.keys.contains(&p.graph) {
            count(&mut s, &p, Written::Unchanged);
        } else if opts.bulk && store.content_hash(&p.graph)?.is_none() {
            count(&mut pending.summary, &p, Written::New);
            pending.keys.insert(p.graph.clone());
            // Moved, not copied: the article's quads are needed nowhere else.
            pending.quads.extend(p.quads.into_iter().chain(p.entailed));
        } else {
            let t = Instant::now();
            let w = store.put_article(&p.graph, &p.hash, &p.quads, &p.entailed)?;
            s.load_seconds += t.elapsed().as_secs_f64();
            count(&mut s, &p, w);
        }
        if pending.summary.new >= opts.batch.max(1) {
            s.add(&pending.load(store)?);
            pending.writing = Some(store.writing());
        }
    }
    if pending.keys.is_empty() {
        pending.writing = None;
    }
    Ok(s)
}

/// Counts one article written (or found unchanged) into `s`.
fn count(s: &mut Summary, p: &Processed, w: Written) {
    s.articles += 1;
    match w {
        Written::New => s.new += 1,
        Written::Replaced => s.replaced += 1,
        Written::Unchanged => s.unchanged += 1,
    }
    if w != Written::Unchanged {
        s.claims += p.extraction.events.len();
        s.triples += p.quads.len();
        s.entailed += p.entailed.len();
        s.written.push(p.graph.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(i: usize) -> Item {
        Item::Article(Box::new(Article {
            text: format!("Article {i}. Protesters marched in Paris on Monday."),
            origin: format!("a{i}"),
            ..Article::default()
        }))
    }

    /// New articles go in by loads of exactly `batch` (the last holds the rest), gathered over
    /// extraction chunks and split inside one: 100 articles in loads of 70 are seen by the
    /// progress callback as 0 (the first chunk of 64 waits), then 70, then 100.
    #[test]
    fn new_articles_load_in_whole_batches_across_extraction_chunks() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("s")).unwrap();
        let opts = Options {
            batch: 70,
            bulk: true,
            ..Options::default()
        };
        let mut seen = Vec::new();
        let items = (0..100).map(article).collect();
        let s = ingest(&store, Articles::Items(items), &opts, |s| seen.push(s.new)).unwrap();
        seen.dedup();
        assert_eq!(seen, [0, 70, 100]);
        assert_eq!((s.articles, s.new), (100, 100));
        let articles = store.graphs().unwrap();
        let articles = articles
            .iter()
            .filter(|g| g.as_str().contains("/id/article/"));
        assert_eq!(articles.count(), 100);
    }
}
