//! Ingest: runs the pipeline for every input — source → analyze → extract → link → map →
//! store — extracting articles in parallel and writing each article's graph in its own
//! transaction, in input order.

use crate::analyze;
use crate::error::Result;
use crate::extract::{self, Extraction};
use crate::link::wikidata::Linker;
use crate::map;
use crate::source::{self, Article, Item, Meta};
use crate::store::{Store, Written};
use oxigraph::model::{NamedNode, Quad};
use rayon::prelude::*;
use std::path::PathBuf;
use std::time::Instant;

/// What an ingest did.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    pub articles: usize,
    pub new: usize,
    pub replaced: usize,
    pub unchanged: usize,
    pub skipped: usize,
    pub claims: usize,
    pub triples: usize,
    pub seconds: f64,
}

/// An article taken through extraction and mapping.
pub struct Processed {
    pub article: Article,
    pub extraction: Extraction,
    pub graph: NamedNode,
    pub hash: String,
    pub quads: Vec<Quad>,
}

/// Analyses, extracts, links and maps one article.
pub fn process(article: Article, linker: Option<&Linker>) -> Processed {
    let doc = analyze::analyze(&article.text);
    let mut extraction = extract::extract(&doc, article.published);
    if let Some(l) = linker {
        l.link(&mut extraction.actors);
    }
    let (graph, quads) = map::map(&article, &doc, &extraction);
    let hash = map::content_hash(&article);
    Processed {
        article,
        extraction,
        graph,
        hash,
        quads,
    }
}

/// Options for an ingest run.
#[derive(Default)]
pub struct Options {
    pub meta: Meta,
    pub linker: Option<Linker>,
    /// Articles extracted at once (memory stays bounded by this batch).
    pub batch: usize,
    /// Load articles new to the store with the bulk loader (one atomic load per batch)
    /// instead of a transaction each.
    pub bulk: bool,
}

/// Ingests the inputs into the store. Problems with single files or lines are reported
/// as warnings and counted as skipped; a missing path or an explicitly named empty or
/// binary file is an error before anything is written.
pub fn ingest(
    store: &Store,
    inputs: &[PathBuf],
    opts: &Options,
    mut progress: impl FnMut(&Summary),
) -> Result<Summary> {
    let start = Instant::now();
    let files = source::expand_inputs(inputs)?;
    let explicit: std::collections::HashSet<&PathBuf> = inputs.iter().collect();
    // Explicitly named files must be readable articles: check them all first so a bad
    // argument fails the run before anything is stored.
    for f in files.iter().filter(|f| explicit.contains(f)) {
        source::check_file(f)?;
    }
    let mut summary = Summary::default();
    let batch_size = opts.batch.max(1);
    let mut batch: Vec<Article> = Vec::new();
    let flush = |batch: &mut Vec<Article>, summary: &mut Summary| -> Result<()> {
        // An article that makes the extractor fail is reported and skipped; it never
        // takes the run down or reaches the store half-done.
        let done: Vec<std::result::Result<Processed, String>> = std::mem::take(batch)
            .into_par_iter()
            .map(|a| {
                let origin = a.origin.clone();
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    process(a, opts.linker.as_ref())
                }))
                .map_err(|_| origin)
            })
            .collect();
        // Articles new to the store go in through the bulk loader, all at once; articles
        // whose graph exists (changed content) are replaced one transaction each.
        let mut fresh: Vec<Quad> = Vec::new();
        let mut fresh_keys = std::collections::HashSet::new();
        for p in done {
            let p = match p {
                Ok(p) => p,
                Err(origin) => {
                    log::error!("{origin}: internal error while extracting; article skipped (please report it)");
                    summary.skipped += 1;
                    continue;
                }
            };
            summary.articles += 1;
            let w = if fresh_keys.contains(&p.graph) {
                Written::Unchanged
            } else if opts.bulk && store.content_hash(&p.graph)?.is_none() {
                fresh_keys.insert(p.graph.clone());
                fresh.extend(p.quads.iter().cloned());
                Written::New
            } else {
                store.put_article(&p.graph, &p.hash, &p.quads)?
            };
            match w {
                Written::New => summary.new += 1,
                Written::Replaced => summary.replaced += 1,
                Written::Unchanged => summary.unchanged += 1,
            }
            if w != Written::Unchanged {
                summary.claims += p.extraction.events.len();
                summary.triples += p.quads.len();
            }
        }
        if !fresh.is_empty() {
            store.put_new_articles(fresh)?;
        }
        Ok(())
    };
    for f in &files {
        let in_dir = !explicit.contains(f);
        for item in source::read_input(f, &opts.meta, in_dir)? {
            match item {
                Item::Article(a) => {
                    // Unchanged articles are recognised by their content hash before any
                    // analysis, so re-running over a corpus costs little.
                    let key = map::article_iri(&map::article_key(&a));
                    if store.content_hash(&key)?.as_deref() == Some(map::content_hash(&a).as_str())
                    {
                        summary.articles += 1;
                        summary.unchanged += 1;
                        continue;
                    }
                    batch.push(*a);
                    if batch.len() >= batch_size {
                        flush(&mut batch, &mut summary)?;
                        summary.seconds = start.elapsed().as_secs_f64();
                        progress(&summary);
                    }
                }
                Item::Skipped { origin, reason } => {
                    log::warn!("{origin}: {reason}");
                    summary.skipped += 1;
                }
            }
        }
    }
    flush(&mut batch, &mut summary)?;
    store.flush()?;
    summary.seconds = start.elapsed().as_secs_f64();
    progress(&summary);
    Ok(summary)
}
