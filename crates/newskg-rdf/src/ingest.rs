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
    /// Articles extracted at once (memory stays bounded by this batch; 0 counts as 1).
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
/// Extraction and writing overlap: a writer thread stores batch *k* while the worker threads
/// extract batch *k + 1* (the bulk load is mostly one thread, so the other core would idle).
/// Batches are still written one at a time, in input order, each under the store's write
/// lock from its "is this article new" check to its load.
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
    // A rendezvous channel: one batch is written while the next is extracted, no more.
    let (to_writer, batches) = std::sync::mpsc::sync_channel::<Batch>(0);
    let (read, wrote) = std::thread::scope(|scope| {
        let writer = scope.spawn(|| -> Result<()> {
            for done in batches {
                // Written into a summary of its own, so the extracting side never waits
                // for the summary while a batch loads.
                let wrote = write_batch(store, opts, done)?;
                let mut s = lock();
                s.add(&wrote);
                s.seconds = start.elapsed().as_secs_f64();
                progress(&s);
            }
            Ok(())
        });
        let read = run_batches(
            inputs,
            &opts.meta,
            opts.linker.as_ref(),
            opts.batch,
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

/// Writes one extracted batch: new articles in one atomic bulk load, changed ones in a
/// transaction each, under the store's write lock (the endpoint may write beside an ingest,
/// and the check that an article is new must still hold when its batch is loaded).
fn write_batch(store: &Store, opts: &Options, done: Batch) -> Result<Summary> {
    let _writing = store.writing();
    let mut s = Summary::default();
    let mut fresh: Vec<Quad> = Vec::new();
    let mut fresh_keys = std::collections::HashSet::new();
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
        s.articles += 1;
        let w = if fresh_keys.contains(&p.graph) {
            Written::Unchanged
        } else if opts.bulk && store.content_hash(&p.graph)?.is_none() {
            fresh_keys.insert(p.graph.clone());
            fresh.extend(p.quads.iter().cloned());
            fresh.extend(p.entailed.iter().cloned());
            Written::New
        } else {
            let t = Instant::now();
            let w = store.put_article(&p.graph, &p.hash, &p.quads, &p.entailed)?;
            s.load_seconds += t.elapsed().as_secs_f64();
            w
        };
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
    if !fresh.is_empty() {
        let t = Instant::now();
        store.put_new_articles(fresh)?;
        s.load_seconds += t.elapsed().as_secs_f64();
    }
    Ok(s)
}
