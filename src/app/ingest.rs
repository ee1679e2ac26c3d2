//! `ingest` and `extract`: articles in, a store or a printout out.

use super::{linker, meta, Context};
use crate::cli::{ExtractArgs, ExtractFormat, IngestArgs};
use newskg_model::Extraction;
use newskg_rdf::error::{Error, Result};
use newskg_rdf::holder::{self, Opened};
use newskg_rdf::ingest::{self, Summary};
use newskg_text::source;
use std::io::{IsTerminal, Write};

/// `newskg ingest`: reads the inputs into the store, optionally pushing what was written;
/// when another newskg process holds the store (an ingest or serve), sends the articles to
/// it instead.
pub(super) fn ingest(ctx: &Context, a: &IngestArgs) -> Result<()> {
    let meta = meta(&a.meta)?;
    if let Some(j) = a.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(j.max(1))
            .build_global()
            .ok();
    }
    // Inputs are expanded and checked once, before the store is touched.
    let inputs = source::Inputs::expand(&a.inputs)?;
    let mut tries = 0;
    loop {
        let result = match holder::open_or_remote(&ctx.store)? {
            Opened::Local(store) => return ingest_here(ctx, a, &store, &inputs, meta),
            Opened::Remote(remote) => forward(ctx, a, &remote, &inputs, &meta),
        };
        match result {
            // The holder ended part-way: run again on whatever holds the store now
            // (articles already sent are unchanged there, so nothing is written twice).
            Err(Error::HolderGone(_)) if tries < 5 => tries += 1,
            r => return r,
        }
    }
}

/// The ingest on the store this process opened, answering the other newskg commands of its
/// user meanwhile (see `newskg_rdf::holder`).
fn ingest_here(
    ctx: &Context,
    a: &IngestArgs,
    store: &newskg_rdf::store::Store,
    inputs: &source::Inputs,
    meta: source::Meta,
) -> Result<()> {
    let _holding = holder::hold(store)
        .map_err(|e| log::warn!("queries cannot reach the store while this ingest runs: {e}"))
        .ok();
    let linker = linker(&a.online, &ctx.store)?;
    let opts = ingest::Options {
        meta,
        linker,
        batch: a.batch as usize,
        bulk: true,
        no_entailment: a.no_entailment,
    };
    let tty = std::io::stderr().is_terminal() && !ctx.quiet;
    let s = ingest::ingest(store, ingest::Articles::Inputs(inputs), &opts, |s| {
        if tty {
            progress(s)
        }
    })?;
    if tty {
        eprint!("\r{:90}\r", "");
    }
    if let Some(l) = &opts.linker {
        l.save()?;
    }
    if let (Some(endpoint), false) = (&a.endpoint, s.written.is_empty()) {
        // Each article written, with its entailment graph.
        let mut graphs = s.written.clone();
        if !a.no_entailment {
            graphs.extend(s.written.iter().map(newskg_rdf::entail::entailed_graph));
        }
        let r = newskg_rdf::push::push(store, endpoint, &graphs, 4)?;
        super::rdf::report_push(&r, endpoint, ctx.quiet)?;
    }
    if !ctx.quiet {
        eprintln!("{}", summary_line(&s));
    }
    Ok(())
}

/// Articles sent together to the process holding the store: at most this many, or about
/// 8 MB.
const FORWARD_BATCH: usize = 256;

/// The ingest through the process that holds the store: the inputs are read here, as a
/// local run reads them, and sent in batches as articles; the holder extracts and writes
/// each one in its own transaction.
fn forward(
    ctx: &Context,
    a: &IngestArgs,
    remote: &holder::Remote,
    inputs: &source::Inputs,
    meta: &source::Meta,
) -> Result<()> {
    if a.online.online || a.endpoint.is_some() {
        return Err(Error::usage(format!(
            "another newskg process holds the store (answering at {}); --online and --endpoint need the store itself: wait for it to finish",
            remote.url
        )));
    }
    if !ctx.quiet {
        eprintln!(
            "newskg: another newskg process holds the store; sending the articles to it at {}",
            remote.url
        );
    }
    let start = std::time::Instant::now();
    let mut total = Summary::default();
    let (mut lines, mut n) = (Vec::new(), 0usize);
    let limit = (a.batch as usize).clamp(1, FORWARD_BATCH);
    let send = |lines: &mut Vec<u8>, total: &mut Summary| -> Result<()> {
        if !lines.is_empty() {
            total.add(&remote.ingest(std::mem::take(lines), a.no_entailment)?);
        }
        Ok(())
    };
    inputs.for_each_item(meta, |item| -> Result<()> {
        match item {
            source::Item::Article(article) => {
                lines.extend_from_slice(holder::article_line(&article).as_bytes());
                n += 1;
                if n >= limit || lines.len() >= 8 << 20 {
                    send(&mut lines, &mut total)?;
                    n = 0;
                }
            }
            source::Item::Skipped { origin, reason } => {
                log::warn!("{origin}: {reason}");
                total.skipped += 1;
            }
        }
        Ok(())
    })?;
    send(&mut lines, &mut total)?;
    total.seconds = start.elapsed().as_secs_f64();
    if !ctx.quiet {
        eprintln!("{}", summary_line(&total));
    }
    Ok(())
}

fn progress(s: &Summary) {
    let rate = s.articles as f64 / s.seconds.max(1e-9);
    let done = (s.bytes_read as f64 / s.bytes_total.max(1) as f64).min(1.0);
    let eta = if done > 0.0 {
        s.seconds * (1.0 - done) / done
    } else {
        0.0
    };
    eprint!(
        "\r{} articles, {rate:.0}/s, {:.0}% done, about {eta:.0}s left   ",
        s.articles,
        100.0 * done
    );
}

fn summary_line(s: &Summary) -> String {
    format!(
        "ingested {} article{} ({} new, {} replaced, {} unchanged, {} skipped): {} claims, {} triples (+{} entailed), {:.2}s (store writes {:.2}s)",
        s.articles,
        if s.articles == 1 { "" } else { "s" },
        s.new,
        s.replaced,
        s.unchanged,
        s.skipped,
        s.claims,
        s.triples,
        s.entailed,
        s.seconds,
        s.load_seconds
    )
}

/// `newskg extract`: what newskg reads in one article; with several inputs (files, a
/// directory, a JSONL corpus) one JSON line per article in input order; the graphs of many
/// as N-Quads.
pub(super) fn extract(a: &ExtractArgs) -> Result<()> {
    let meta = meta(&a.meta)?;
    if a.format == ExtractFormat::Nquads {
        return extract_nquads(a, &meta);
    }
    let inputs = source::Inputs::expand(&a.inputs)?;
    // The first article is held back until a second shows whether this is one article
    // (any format) or several (JSON Lines, streamed: memory stays one article).
    let mut first: Option<source::Article> = None;
    let mut several = false;
    super::write_out(None, |out| {
        for_each_article(&inputs, &meta, |article| {
            if !several && first.is_none() {
                first = Some(article);
                return Ok(());
            }
            if !several {
                several = true;
                if a.format != ExtractFormat::Json {
                    return Err(Error::usage(
                        "several articles are written as JSON Lines (--format json) or N-Quads (--format nquads)",
                    ));
                }
                if let Some(held) = first.take() {
                    write_json_line(&held, out)?;
                }
            }
            write_json_line(&article, out)
        })
    })?;
    match first {
        _ if several => Ok(()),
        None => Err(Error::usage("no article text in the inputs")),
        Some(one) if inputs.files.len() == 1 => extract_one(&one, a.format),
        Some(_) if a.format != ExtractFormat::Json => Err(Error::usage(
            "several inputs are written as JSON Lines (--format json) or N-Quads (--format nquads)",
        )),
        Some(one) => super::write_out(None, |out| write_json_line(&one, out)),
    }
}

/// Calls `f` on every article of the inputs, in input order; skipped inputs are warned about.
fn for_each_article(
    inputs: &source::Inputs,
    meta: &source::Meta,
    mut f: impl FnMut(source::Article) -> Result<()>,
) -> Result<()> {
    inputs.for_each_item(meta, |item| match item {
        source::Item::Article(article) => f(*article),
        source::Item::Skipped { origin, reason } => {
            log::warn!("{origin}: {reason}");
            Ok(())
        }
    })
}

/// One article in the chosen format (JSON pretty-printed).
fn extract_one(article: &source::Article, format: ExtractFormat) -> Result<()> {
    if format == ExtractFormat::Conllu {
        let doc = newskg_text::analyze::analyze_parsed(&article.text);
        let text = newskg_text::analyze::conllu::to_conllu(&doc);
        return super::write_out(None, |out| {
            out.write_all(text.as_bytes())
                .map_err(|e| Error::io("writing", e))
        });
    }
    let doc = newskg_text::analyze::analyze(&article.text);
    let x = newskg_text::extract::extract(&doc, article.published)
        .in_characters(|b| doc.char_offset(b));
    super::write_out(None, |out| match format {
        ExtractFormat::Json => write_json(&x, out),
        ExtractFormat::Text => write_events(&x, out),
        _ => write_tokens(&doc, out),
    })
}

/// One article's extraction as one JSON line, with where it came from.
fn write_json_line(article: &source::Article, out: &mut dyn Write) -> Result<()> {
    #[derive(serde::Serialize)]
    struct Line<'a> {
        origin: &'a str,
        #[serde(flatten)]
        extraction: &'a Extraction,
    }
    let x = newskg_text::extract_article_in_characters(article);
    let line = Line {
        origin: &article.origin,
        extraction: &x,
    };
    serde_json::to_writer(&mut *out, &line).map_err(|e| Error::io("writing JSON", e.into()))?;
    writeln!(out).map_err(|e| Error::io("writing", e))
}

fn write_json(x: &Extraction, out: &mut dyn Write) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, x).map_err(|e| Error::io("writing JSON", e.into()))?;
    writeln!(out).map_err(|e| Error::io("writing", e))
}

fn write_events(x: &Extraction, out: &mut dyn Write) -> Result<()> {
    let names = |v: &[usize]| {
        v.iter()
            .map(|&i| x.actors[i].label.clone())
            .collect::<Vec<_>>()
            .join("+")
    };
    for e in &x.events {
        let forces: Vec<String> = e
            .forces
            .iter()
            .map(|&f| format!("{} [{}]", x.forces[f].text, names(&x.forces[f].owners)))
            .collect();
        writeln!(
            out,
            "{:<12} {:<10} {:<28} agent={} forces={} country={} when={}",
            e.event_type.name(),
            e.status.name(),
            format!("\"{}\"", e.trigger),
            names(&e.agents),
            forces.join(";"),
            names(&e.countries),
            e.when.as_ref().map(|w| w.text.clone()).unwrap_or_default()
        )
        .map_err(|e| Error::io("writing", e))?;
    }
    Ok(())
}

fn write_tokens(doc: &newskg_text::analyze::Doc, out: &mut dyn Write) -> Result<()> {
    for (i, s) in doc.sentences.iter().enumerate() {
        let words: Vec<String> = doc.tokens[s.tokens.clone()]
            .iter()
            .map(|t| format!("{}/{}/{}", t.text, t.tag, t.lemma))
            .collect();
        writeln!(out, "{i}: {}", words.join(" ")).map_err(|e| Error::io("writing", e))?;
    }
    Ok(())
}

/// The graphs ingest would store, for every input, streamed as N-Quads.
fn extract_nquads(a: &ExtractArgs, meta: &source::Meta) -> Result<()> {
    let mut n = 0usize;
    super::write_out(None, |out| {
        ingest::run_batches(
            ingest::Articles::Inputs(&source::Inputs::expand(&a.inputs)?),
            meta,
            None,
            256,
            true,
            |_| Ok(false),
            |done| {
                let nquads = oxigraph::io::RdfFormat::NQuads;
                let mut w = oxigraph::io::RdfSerializer::from_format(nquads).for_writer(&mut *out);
                for p in done {
                    let Ok(p) = p else {
                        let origin = p.err().unwrap_or_default();
                        log::error!("{origin}: internal error while extracting; article skipped (please report it)");
                        continue;
                    };
                    n += 1;
                    for q in p.quads.iter().chain(&p.entailed) {
                        w.serialize_quad(q)
                            .map_err(|e| Error::io("writing N-Quads", e))?;
                    }
                }
                w.finish()
                    .map(|_| ())
                    .map_err(|e| Error::io("writing N-Quads", e))
            },
        )
        .map(|_| ())
    })?;
    log::info!("extracted {n} articles");
    Ok(())
}
