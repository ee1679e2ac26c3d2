//! `export`, `load`, `push`, `validate` and `entail`: the store as RDF, in and out.

use super::{write_out, Context};
use crate::cli::{EntailArgs, ExportArgs, LoadArgs, PushArgs, RdfFormatArg, ValidateArgs};
use newskg_rdf::error::{Error, Result};
use newskg_rdf::holder::{self, Opened};
use newskg_rdf::{entail, export};
use oxigraph::io::RdfFormat;
use oxigraph::model::NamedNode;
use std::path::PathBuf;

/// RDF input files with their formats: `forced` for all, else each one's extension.
fn rdf_files(
    inputs: &[PathBuf],
    forced: Option<RdfFormatArg>,
    flag: &str,
) -> Result<Vec<(PathBuf, RdfFormat)>> {
    let of_path = |p: &PathBuf| {
        export::format_of_path(p).ok_or_else(|| {
            Error::usage(format!(
                "{}: cannot tell the RDF format from the extension; give {flag}",
                p.display()
            ))
        })
    };
    inputs
        .iter()
        .map(|p| {
            let format = match forced {
                Some(f) => f.format(),
                None => of_path(p)?,
            };
            Ok((p.clone(), format))
        })
        .collect()
}

/// A `--graph` value (`<…>` or bare) as an IRI.
fn graph_iri(g: &str) -> Result<NamedNode> {
    NamedNode::new(g.trim_start_matches('<').trim_end_matches('>'))
        .map_err(|e| Error::usage(format!("--graph: '{g}' is not an IRI ({e})")))
}

/// `newskg export`: the store, or one graph, in an RDF format or canonical N-Quads.
pub(super) fn export(ctx: &Context, a: &ExportArgs) -> Result<()> {
    if a.canonical && a.format.is_some_and(|f| f != RdfFormatArg::Nquads) {
        return Err(Error::usage(
            "--canonical writes canonical N-Quads; leave --format out or give nquads",
        ));
    }
    let format = match (a.format, &a.output) {
        (Some(f), _) => f.format(),
        (None, Some(o)) => export::format_of_path(o).unwrap_or(RdfFormat::Turtle),
        (None, None) => RdfFormat::Turtle,
    };
    let graph = a.graph.as_deref().map(graph_iri).transpose()?;
    let mut quads = holder::with_store(&ctx.store, |opened| match opened {
        Opened::Local(store) => export::quads(store, graph.as_ref()),
        Opened::Remote(remote) => remote.quads(graph.as_ref()),
    })?;
    if a.no_entailment {
        quads.retain(|q| {
            !matches!(&q.graph_name, oxigraph::model::GraphName::NamedNode(g)
                if entail::is_entailed_graph(g.as_str()))
        });
    }
    write_out(a.output.as_deref(), |w| {
        if a.canonical {
            export::write_canonical(&quads, w)
        } else {
            export::write(&quads, format, w)
        }
    })
}

/// `newskg load`: RDF files into the store, atomically.
pub(super) fn load(ctx: &Context, a: &LoadArgs) -> Result<()> {
    let graph = a.graph.as_deref().map(graph_iri).transpose()?;
    let files = rdf_files(&a.inputs, a.format, "--format")?;
    let store = ctx.open()?;
    let t = std::time::Instant::now();
    let n = newskg_rdf::store::load_files(&store, &files, graph.as_ref(), a.base.as_deref())?;
    if !ctx.quiet {
        eprintln!(
            "loaded {n} quads from {} file{} in {:.2}s",
            files.len(),
            if files.len() == 1 { "" } else { "s" },
            t.elapsed().as_secs_f64()
        );
    }
    Ok(())
}

/// `newskg push`: article graphs to another store.
pub(super) fn push(ctx: &Context, a: &PushArgs) -> Result<()> {
    let graphs = a
        .graph
        .iter()
        .map(|g| graph_iri(g))
        .collect::<Result<Vec<_>>>()?;
    let store = ctx.open()?;
    let r = newskg_rdf::push::push(&store, &a.endpoint, &graphs, a.parallel)?;
    report_push(&r, &a.endpoint, ctx.quiet)
}

/// One line for a push; a failed graph makes the run fail after all were tried.
pub(super) fn report_push(r: &newskg_rdf::push::Report, endpoint: &str, quiet: bool) -> Result<()> {
    let failed = r.failed.len();
    if !quiet {
        let tail = match failed {
            0 => String::new(),
            n => format!(", {n} failed"),
        };
        eprintln!(
            "pushed {} graphs ({} triples) to {endpoint} in {:.2}s{tail}",
            r.graphs, r.triples, r.seconds
        );
    }
    for (g, why) in r.failed.iter().take(5) {
        log::warn!("push of {g} failed: {why}");
    }
    if failed == 0 {
        return Ok(());
    }
    Err(Error::Store {
        path: PathBuf::from(endpoint),
        message: format!(
            "{failed} of {} graphs could not be pushed",
            failed + r.graphs
        ),
    })
}

/// `newskg validate`: the store, or RDF files, against SHACL shapes.
pub(super) fn validate(ctx: &Context, a: &ValidateArgs) -> Result<()> {
    let shapes = match &a.shapes {
        Some(p) => {
            let bytes = std::fs::read(p).map_err(|e| Error::Input {
                path: p.clone(),
                message: e.to_string(),
            })?;
            let format = export::format_of_path(p).unwrap_or(RdfFormat::Turtle);
            let base = a
                .base
                .clone()
                .unwrap_or_else(|| newskg_shacl::file_base_iri(p));
            newskg_shacl::Shapes::parse_with_base(&bytes, format, Some(&base)).map_err(
                |e| match e {
                    newskg_shacl::Error::Usage(m) => Error::usage(format!("{}: {m}", p.display())),
                    e => e.into(),
                },
            )?
        }
        None => newskg_shacl::builtin_shapes()?,
    };
    let mut data = if a.inputs.is_empty() {
        newskg_shacl::Data::new(ctx.open()?.asserted_triples()?)
    } else {
        let files = rdf_files(&a.inputs, a.input_format, "--input-format")?;
        newskg_shacl::Data::from_files_with_base(&files, a.base.as_deref())?
    };
    // The ontology joins the data graph, so sh:class follows rdfs:subClassOf.
    data.add(entail::ontology_triples());
    let report = newskg_shacl::validate(&shapes, &data);
    write_out(a.output.as_deref(), |w| match a.format.format() {
        None => Ok(report.write_text(w)?),
        Some(f) => Ok(report.write_rdf(f, w)?),
    })?;
    if report.conforms() {
        Ok(())
    } else {
        Err(Error::NotConforming(report.results.len()))
    }
}

/// `newskg entail`: rebuild or drop every article's entailment graph.
pub(super) fn entail(ctx: &Context, a: &EntailArgs) -> Result<()> {
    let store = ctx.open()?;
    let (graphs, triples) = store.entail_all(a.drop)?;
    if !ctx.quiet {
        if a.drop {
            eprintln!("dropped the entailment graphs of {graphs} articles");
        } else {
            eprintln!("entailed {triples} triples for {graphs} articles");
        }
    }
    Ok(())
}
