//! The `newskg` binary: parses arguments and calls the library. Exit codes: 0 success,
//! 1 runtime error, 2 usage error.

mod cli;

use clap::{CommandFactory, Parser};
use cli::{Cli, Command};
use newskg::error::{Error, Result};
use newskg::ingest::{self, Summary};
use newskg::link::wikidata::{Config, Linker};
use newskg::query::{self, OutputFormat, QueryOptions};
use newskg::source::{self, Meta};
use newskg::store::{self, Store};
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

fn main() {
    // A bug must not print a backtrace at users: one line, and the caller decides.
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("newskg: internal error: {msg}{place}");
    }));
    let cli = Cli::parse();
    let level = if cli.quiet {
        log::LevelFilter::Error
    } else {
        match cli.verbose {
            0 => log::LevelFilter::Warn,
            1 => log::LevelFilter::Info,
            _ => log::LevelFilter::Debug,
        }
    };
    env_logger::Builder::new()
        .filter_level(level)
        .format(|buf, r| {
            writeln!(
                buf,
                "newskg: {}: {}",
                r.level().as_str().to_lowercase(),
                r.args()
            )
        })
        .init();
    match run(cli) {
        Ok(()) => {}
        // The reader went away (`newskg query … | head`): stop quietly, as ripgrep does.
        Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => {}
        // Serializers that wrap the I/O error keep only its text.
        Err(e) if e.to_string().contains("Broken pipe (os error 32)") => {}
        Err(e) => {
            eprintln!("newskg: error: {}", one_line(&e.to_string()));
            std::process::exit(if e.is_usage() { 2 } else { 1 });
        }
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// RDF input files with their formats: `forced` (the value of `flag`) for all, else each
/// one's extension.
fn rdf_files(
    inputs: &[PathBuf],
    forced: Option<&str>,
    flag: &str,
) -> Result<Vec<(PathBuf, oxigraph::io::RdfFormat)>> {
    let forced = forced.map(newskg::export::parse_format).transpose()?;
    inputs
        .iter()
        .map(|p| {
            let format = match forced {
                Some(f) => f,
                None => newskg::export::format_of_path(p).ok_or_else(|| {
                    Error::usage(format!(
                        "{}: cannot tell the RDF format from the extension; give {flag}",
                        p.display()
                    ))
                })?,
            };
            Ok((p.clone(), format))
        })
        .collect()
}

/// A `--graph` value (`<…>` or bare) as an IRI.
fn graph_iri(g: &str) -> Result<oxigraph::model::NamedNode> {
    oxigraph::model::NamedNode::new(g.trim_start_matches('<').trim_end_matches('>'))
        .map_err(|e| Error::usage(format!("--graph: '{g}' is not an IRI ({e})")))
}

/// One line for a push; a failed graph makes the run fail after all were tried.
fn report_push(r: &newskg::push::Report, endpoint: &str, quiet: bool) -> Result<()> {
    if !quiet {
        eprintln!(
            "pushed {} graphs ({} triples) to {endpoint} in {:.2}s{}",
            r.graphs,
            r.triples,
            r.seconds,
            if r.failed.is_empty() {
                String::new()
            } else {
                format!(", {} failed", r.failed.len())
            }
        );
    }
    for (g, why) in r.failed.iter().take(5) {
        log::warn!("push of {g} failed: {why}");
    }
    if r.failed.is_empty() {
        Ok(())
    } else {
        Err(Error::Store {
            path: PathBuf::from(endpoint),
            message: format!(
                "{} of {} graphs could not be pushed",
                r.failed.len(),
                r.failed.len() + r.graphs
            ),
        })
    }
}

fn store_path(cli: &Cli) -> PathBuf {
    cli.store.clone().unwrap_or_else(store::default_path)
}

fn meta(m: &cli::MetaArgs) -> Result<Meta> {
    Ok(Meta {
        published: m.published.as_deref().map(source::parse_date).transpose()?,
        source: m.source.clone(),
        url: m.url.clone(),
        title: m.title.clone(),
    })
}

fn linker(o: &cli::OnlineArgs, store: &Path) -> Result<Option<Linker>> {
    if !o.online {
        return Ok(None);
    }
    let cache = store
        .parent()
        .map(|p| p.join("cache"))
        .unwrap_or_else(|| PathBuf::from(".newskg-cache"));
    Linker::new(Config::new(Some(&o.wikidata_api), cache)).map(Some)
}

fn run(cli: Cli) -> Result<()> {
    let stdout = std::io::stdout();
    match &cli.command {
        Command::Ingest(a) => {
            let meta = meta(&a.meta)?;
            if let Some(j) = a.jobs {
                rayon::ThreadPoolBuilder::new()
                    .num_threads(j.max(1))
                    .build_global()
                    .ok();
            }
            let path = store_path(&cli);
            let linker = linker(&a.online, &path)?;
            // Inputs are expanded and checked once, before the store is touched.
            let inputs = source::Inputs::expand(&a.inputs)?;
            let store = Store::open(&path)?;
            let opts = ingest::Options {
                meta,
                linker,
                batch: a.batch as usize,
                bulk: true,
                no_entailment: a.no_entailment,
            };
            let tty = std::io::stderr().is_terminal() && !cli.quiet;
            let s = ingest::ingest(&store, &inputs, &opts, |s: &Summary| {
                if tty {
                    let rate = s.articles as f64 / s.seconds.max(1e-9);
                    let done = s.bytes_read as f64 / s.bytes_total.max(1) as f64;
                    let eta = if done > 0.0 {
                        s.seconds * (1.0 - done.min(1.0)) / done
                    } else {
                        0.0
                    };
                    eprint!(
                        "\r{} articles, {rate:.0}/s, {:.0}% done, about {eta:.0}s left   ",
                        s.articles,
                        100.0 * done.min(1.0)
                    );
                }
            })?;
            if tty {
                eprint!("\r{:90}\r", "");
            }
            if let Some(l) = &opts.linker {
                l.save()?;
            }
            if let Some(endpoint) = &a.endpoint {
                if !s.written.is_empty() {
                    // Each article written, with its entailment graph.
                    let mut graphs = s.written.clone();
                    if !a.no_entailment {
                        graphs.extend(s.written.iter().map(newskg::entail::entailed_graph));
                    }
                    report_push(
                        &newskg::push::push(&store, endpoint, &graphs, 4)?,
                        endpoint,
                        cli.quiet,
                    )?;
                }
            }
            if !cli.quiet {
                eprintln!(
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
                );
            }
            Ok(())
        }
        Command::Extract(a) if a.format == "nquads" => {
            // The graphs ingest would store, for every input, streamed as N-Quads.
            let meta = meta(&a.meta)?;
            let mut out = std::io::BufWriter::new(stdout.lock());
            let mut n = 0usize;
            ingest::run_batches(
                &source::Inputs::expand(&a.inputs)?,
                &meta,
                None,
                256,
                true,
                |_| Ok(false),
                |done| {
                    let mut w =
                        oxigraph::io::RdfSerializer::from_format(oxigraph::io::RdfFormat::NQuads)
                            .for_writer(&mut out);
                    for p in done {
                        match p {
                        Ok(p) => {
                            n += 1;
                            for q in p.quads.iter().chain(&p.entailed) {
                                w.serialize_quad(q).map_err(|e| Error::io("writing N-Quads", e))?;
                            }
                        }
                        Err(origin) => log::error!("{origin}: internal error while extracting; article skipped (please report it)"),
                    }
                    }
                    w.finish()
                        .map(|_| ())
                        .map_err(|e| Error::io("writing N-Quads", e))
                },
            )?;
            out.flush().map_err(|e| Error::io("writing", e))?;
            log::info!("extracted {n} articles");
            Ok(())
        }
        Command::Extract(a) => {
            let meta = meta(&a.meta)?;
            let [input] = a.inputs.as_slice() else {
                return Err(Error::usage(
                    "extract reads one article (or many with --format nquads)",
                ));
            };
            let mut items = source::read_input(input, &meta, false)?;
            let Some(source::Item::Article(article)) =
                items.find(|i| matches!(i, source::Item::Article(_)))
            else {
                return Err(Error::Input {
                    path: input.clone(),
                    message: "no article text".into(),
                });
            };
            let p = ingest::process(*article, None);
            let mut out = std::io::BufWriter::new(stdout.lock());
            match a.format.as_str() {
                "json" => {
                    serde_json::to_writer_pretty(&mut out, &p.extraction)
                        .map_err(|e| Error::io("writing JSON", e.into()))?;
                    writeln!(out).map_err(|e| Error::io("writing", e))?;
                }
                "text" => {
                    let x = &p.extraction;
                    for e in &x.events {
                        let names = |v: &[usize]| {
                            v.iter()
                                .map(|&i| x.actors[i].label.clone())
                                .collect::<Vec<_>>()
                                .join("+")
                        };
                        let forces: Vec<String> = e
                            .forces
                            .iter()
                            .map(|&f| {
                                format!("{} [{}]", x.forces[f].text, names(&x.forces[f].owners))
                            })
                            .collect();
                        writeln!(
                            out,
                            "{:<12} {:<10} {:<28} agent={} forces={} country={} when={}",
                            e.event_type,
                            e.status.name(),
                            format!("\"{}\"", e.trigger),
                            names(&e.agents),
                            forces.join(";"),
                            names(&e.countries),
                            e.when.as_ref().map(|w| w.text.clone()).unwrap_or_default()
                        )
                        .map_err(|e| Error::io("writing", e))?;
                    }
                }
                "tokens" => {
                    let doc = newskg::analyze::analyze(&p.article.text);
                    for (i, s) in doc.sentences.iter().enumerate() {
                        let words: Vec<String> = doc.tokens[s.tokens.clone()]
                            .iter()
                            .map(|t| format!("{}/{}/{}", t.text, t.tag, t.lemma))
                            .collect();
                        writeln!(out, "{i}: {}", words.join(" "))
                            .map_err(|e| Error::io("writing", e))?;
                    }
                }
                f => {
                    return Err(Error::Usage(format!(
                        "unknown extract format '{f}' (json, text, tokens)"
                    )))
                }
            }
            out.flush().map_err(|e| Error::io("writing", e))
        }
        Command::Query(a) => {
            let format = match &a.format {
                Some(f) => OutputFormat::parse(f)?,
                None if stdout.is_terminal() => OutputFormat::Table,
                None => OutputFormat::Json,
            };
            let (text, params) = if let Some(name) = &a.name {
                if a.query.is_some() || a.file.is_some() {
                    return Err(Error::usage("give either --name or a query, not both"));
                }
                let q = query::named(name)?;
                let params = query::bind_params(&q, &a.param)?;
                (q.text.to_string(), params)
            } else {
                if !a.param.is_empty() {
                    return Err(Error::usage(
                        "--param only applies to named queries (--name)",
                    ));
                }
                let text = match (&a.query, &a.file) {
                    (Some(q), None) => q.clone(),
                    (None, Some(f)) => std::fs::read_to_string(f).map_err(|e| Error::Input {
                        path: f.clone(),
                        message: e.to_string(),
                    })?,
                    (None, None) => {
                        if std::io::stdin().is_terminal() {
                            return Err(Error::usage("no query: give one as an argument, with --file, with --name, or on stdin"));
                        }
                        let mut s = String::new();
                        std::io::stdin()
                            .read_to_string(&mut s)
                            .map_err(|e| Error::io("reading stdin", e))?;
                        s
                    }
                    (Some(_), Some(_)) => {
                        return Err(Error::usage(
                            "give the query as an argument or with --file, not both",
                        ))
                    }
                };
                (text, Vec::new())
            };
            query::parse(&text)?;
            let store = Store::open(&store_path(&cli))?;
            let mut out = stdout.lock();
            query::run(
                &store,
                &text,
                &params,
                format,
                &QueryOptions {
                    federate: a.federate,
                    no_entailment: a.no_entailment,
                    cancel: None,
                },
                &mut out,
            )
        }
        Command::Export(a) => {
            let format = match (&a.format, &a.output) {
                (Some(f), _) => newskg::export::parse_format(f)?,
                (None, Some(o)) => {
                    newskg::export::format_of_path(o).unwrap_or(oxigraph::io::RdfFormat::Turtle)
                }
                (None, None) => oxigraph::io::RdfFormat::Turtle,
            };
            let graph = a.graph.as_deref().map(graph_iri).transpose()?;
            let store = Store::open(&store_path(&cli))?;
            let mut quads = newskg::export::quads(&store, graph.as_ref())?;
            if a.no_entailment {
                quads.retain(|q| {
                    !matches!(&q.graph_name, oxigraph::model::GraphName::NamedNode(g)
                        if newskg::entail::is_entailed_graph(g.as_str()))
                });
            }
            match &a.output {
                Some(path) => {
                    let tmp = path.with_extension("newskg-tmp");
                    let f = std::fs::File::create(&tmp).map_err(|e| Error::Input {
                        path: tmp.clone(),
                        message: e.to_string(),
                    })?;
                    let mut w = std::io::BufWriter::new(f);
                    if a.canonical {
                        newskg::export::write_canonical(&quads, &mut w)?;
                    } else {
                        newskg::export::write(&quads, format, &mut w)?;
                    }
                    w.flush().map_err(|e| Error::io("writing the export", e))?;
                    std::fs::rename(&tmp, path).map_err(|e| Error::Input {
                        path: path.clone(),
                        message: e.to_string(),
                    })?;
                    Ok(())
                }
                None => {
                    let mut out = std::io::BufWriter::new(stdout.lock());
                    if a.canonical {
                        newskg::export::write_canonical(&quads, &mut out)?;
                    } else {
                        newskg::export::write(&quads, format, &mut out)?;
                    }
                    out.flush().map_err(|e| Error::io("writing", e))
                }
            }
        }
        Command::Push(a) => {
            let graphs = a
                .graph
                .iter()
                .map(|g| graph_iri(g))
                .collect::<Result<Vec<_>>>()?;
            let store = Store::open(&store_path(&cli))?;
            let r = newskg::push::push(&store, &a.endpoint, &graphs, a.parallel)?;
            report_push(&r, &a.endpoint, cli.quiet)
        }
        Command::Load(a) => {
            let graph = a.graph.as_deref().map(graph_iri).transpose()?;
            let files = rdf_files(&a.inputs, a.format.as_deref(), "--format")?;
            let store = Store::open(&store_path(&cli))?;
            let t = std::time::Instant::now();
            let n = newskg::store::load_files(&store, &files, graph.as_ref())?;
            if !cli.quiet {
                eprintln!(
                    "loaded {n} quads from {} file{} in {:.2}s",
                    files.len(),
                    if files.len() == 1 { "" } else { "s" },
                    t.elapsed().as_secs_f64()
                );
            }
            Ok(())
        }
        Command::Queries(a) => {
            let mut out = stdout.lock();
            let w = |out: &mut std::io::StdoutLock, s: String| {
                writeln!(out, "{s}").map_err(|e| Error::io("writing", e))
            };
            match &a.action {
                None => {
                    for q in query::named_queries() {
                        let params: Vec<String> = q
                            .params
                            .iter()
                            .map(|p| {
                                if p.required {
                                    format!("{}=<{}>", p.name, p.kind.name())
                                } else {
                                    format!("[{}=<{}>]", p.name, p.kind.name())
                                }
                            })
                            .collect();
                        w(&mut out, format!("{:<15} {}", q.name, params.join(" ")))?;
                        w(&mut out, format!("{:<15} {}", "", q.description))?;
                    }
                    Ok(())
                }
                Some(cli::QueriesAction::Show { name }) => {
                    let q = query::named(name)?;
                    w(&mut out, format!("# {}: {}", q.name, q.description))?;
                    for p in &q.params {
                        w(
                            &mut out,
                            format!(
                                "#   {} ({}, {}): {}",
                                p.name,
                                p.kind.name(),
                                if p.required { "required" } else { "optional" },
                                p.description
                            ),
                        )?;
                    }
                    w(
                        &mut out,
                        q.text
                            .lines()
                            .skip_while(|l| l.starts_with('#'))
                            .collect::<Vec<_>>()
                            .join("\n"),
                    )
                }
            }
        }
        Command::Link(a) => {
            let path = store_path(&cli);
            let Some(l) = linker(&a.online, &path)? else {
                return Err(Error::usage(
                    "`newskg link` needs --online (offline linking happens at ingest)",
                ));
            };
            let store = Store::open(&path)?;
            let n = newskg::link::relink(&store, &l)?;
            l.save()?;
            eprintln!(
                "linked {n} more entit{} to Wikidata",
                if n == 1 { "y" } else { "ies" }
            );
            Ok(())
        }
        Command::Serve(a) => {
            use std::net::ToSocketAddrs;
            let bind = a
                .bind
                .to_socket_addrs()
                .ok()
                .and_then(|mut it| it.next())
                .ok_or_else(|| Error::usage(format!("--bind: '{}' is not HOST:PORT", a.bind)))?;
            if !(a.timeout > 0.0 && a.timeout.is_finite()) {
                return Err(Error::usage(
                    "--timeout must be a positive number of seconds",
                ));
            }
            let path = store_path(&cli);
            let store = Store::open(&path)?;
            let mut opts = newskg::serve::Options {
                bind,
                allow_update: a.allow_update,
                timeout: std::time::Duration::from_secs_f64(a.timeout),
                max_results: a.max_results,
                ..Default::default()
            };
            if let Some(n) = a.max_running {
                opts.max_running = n as usize;
            }
            let quiet = cli.quiet;
            let mode = if a.allow_update {
                "updates allowed"
            } else {
                "read-only"
            };
            newskg::serve::serve(store, opts, |addr| {
                if !quiet {
                    eprintln!(
                        "newskg: serving {} at http://{addr}/ ({mode}; SPARQL at /query{})",
                        path.display(),
                        if a.allow_update { " and /update" } else { "" }
                    );
                }
            })
        }
        Command::Validate(a) => {
            let shapes = match &a.shapes {
                Some(p) => {
                    let bytes = std::fs::read(p).map_err(|e| Error::Input {
                        path: p.clone(),
                        message: e.to_string(),
                    })?;
                    let format = newskg::export::format_of_path(p)
                        .unwrap_or(oxigraph::io::RdfFormat::Turtle);
                    newskg::validate::Shapes::parse(&bytes, format).map_err(|e| match e {
                        Error::Usage(m) => Error::usage(format!("{}: {m}", p.display())),
                        e => e,
                    })?
                }
                None => newskg::validate::builtin_shapes()?,
            };
            let report_format = match a.format.as_str() {
                "text" => None,
                f => Some(newskg::export::parse_format(f)?),
            };
            let data = if a.inputs.is_empty() {
                let store = Store::open(&store_path(&cli))?;
                newskg::validate::Data::from_store(&store)?
            } else {
                let files = rdf_files(&a.inputs, a.input_format.as_deref(), "--input-format")?;
                newskg::validate::Data::from_files(&files)?
            };
            let report = newskg::validate::validate(&shapes, &data);
            let mut buf = Vec::new();
            match report_format {
                None => report.write_text(&mut buf)?,
                Some(f) => report.write_rdf(f, &mut buf)?,
            }
            match &a.output {
                Some(p) => std::fs::write(p, &buf).map_err(|e| Error::Input {
                    path: p.clone(),
                    message: e.to_string(),
                })?,
                None => stdout
                    .lock()
                    .write_all(&buf)
                    .map_err(|e| Error::io("writing the report", e))?,
            }
            if report.conforms() {
                Ok(())
            } else {
                Err(Error::NotConforming(report.results.len()))
            }
        }
        Command::Entail(a) => {
            let store = Store::open(&store_path(&cli))?;
            let (graphs, triples) = store.entail_all(a.drop)?;
            if !cli.quiet {
                if a.drop {
                    eprintln!("dropped the entailment graphs of {graphs} articles");
                } else {
                    eprintln!("entailed {triples} triples for {graphs} articles");
                }
            }
            Ok(())
        }
        Command::Completions { shell } => {
            clap_complete::generate(*shell, &mut Cli::command(), "newskg", &mut stdout.lock());
            Ok(())
        }
        Command::Man => clap_mangen::Man::new(Cli::command())
            .render(&mut stdout.lock())
            .map_err(|e| Error::io("writing the man page", e)),
    }
}
