//! Export stage: the store, or one article's graph, in the W3C RDF formats.
//!
//! Dataset formats (TriG, N-Quads) keep the named graphs; the others (Turtle,
//! N-Triples, RDF/XML, JSON-LD) write the union of the graphs exported. Output is sorted
//! (subjects grouped, types first, so Turtle reads well) and uses the ontology's prefixes.

use crate::error::{Error, Result};
use crate::store::Store;
use crate::vocab::PREFIXES;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::vocab::rdf;
use oxigraph::model::{GraphNameRef, NamedNode, Quad, Triple};
use std::io::Write;
use std::path::Path;

/// Parses a format name, or guesses it from a file extension.
pub fn parse_format(name: &str) -> Result<RdfFormat> {
    Ok(match name.to_ascii_lowercase().trim_start_matches('.') {
        "turtle" | "ttl" => RdfFormat::Turtle,
        "ntriples" | "n-triples" | "nt" => RdfFormat::NTriples,
        "nquads" | "n-quads" | "nq" => RdfFormat::NQuads,
        "trig" => RdfFormat::TriG,
        "rdfxml" | "rdf-xml" | "rdf" | "xml" | "owl" => RdfFormat::RdfXml,
        "jsonld" | "json-ld" => RdfFormat::JsonLd {
            profile: Default::default(),
        },
        other => {
            return Err(Error::usage(format!(
                "unknown RDF format '{other}' (turtle, ntriples, nquads, trig, rdfxml, jsonld)"
            )))
        }
    })
}

/// The format for an output path's extension, if it has a known one.
pub fn format_of_path(p: &Path) -> Option<RdfFormat> {
    p.extension()
        .and_then(|e| e.to_str())
        .and_then(|e| parse_format(e).ok())
}

/// The quads to export: all, or one graph.
pub fn quads(store: &Store, graph: Option<&NamedNode>) -> Result<Vec<Quad>> {
    let g = graph.map(|g| GraphNameRef::NamedNode(g.as_ref()));
    let mut out = Vec::new();
    for q in store.inner.quads_for_pattern(None, None, None, g) {
        out.push(q.map_err(|e| Error::Store {
            path: store.path.clone(),
            message: e.to_string(),
        })?);
    }
    if let Some(g) = graph {
        if out.is_empty() {
            return Err(Error::usage(format!(
                "no graph <{}> in the store (list them with `newskg query --name articles`)",
                g.as_str()
            )));
        }
    }
    Ok(out)
}

/// Writes quads in `format`.
pub fn write(quads: &[Quad], format: RdfFormat, out: &mut dyn Write) -> Result<()> {
    let io = |e: std::io::Error| Error::io("writing RDF", e);
    let mut ser = RdfSerializer::from_format(format);
    if !matches!(format, RdfFormat::NTriples | RdfFormat::NQuads) {
        for (p, n) in PREFIXES {
            ser = ser
                .with_prefix(*p, *n)
                .map_err(|e| Error::Rdf(e.to_string()))?;
        }
    }
    let mut w = ser.for_writer(out);
    if matches!(format, RdfFormat::TriG | RdfFormat::NQuads) {
        let mut qs: Vec<&Quad> = quads.iter().collect();
        qs.sort_by_cached_key(|q| {
            (
                q.graph_name.to_string(),
                q.subject.to_string(),
                q.predicate != rdf::TYPE,
                q.predicate.to_string(),
                q.object.to_string(),
            )
        });
        for q in qs {
            w.serialize_quad(q).map_err(io)?;
        }
    } else {
        let mut ts: Vec<Triple> = quads
            .iter()
            .map(|q| Triple::new(q.subject.clone(), q.predicate.clone(), q.object.clone()))
            .collect();
        ts.sort_by_cached_key(|t| {
            (
                t.subject.to_string(),
                t.predicate != rdf::TYPE,
                t.predicate.to_string(),
                t.object.to_string(),
            )
        });
        ts.dedup();
        for t in &ts {
            w.serialize_triple(t).map_err(io)?;
        }
    }
    w.finish().map_err(io)?;
    Ok(())
}

/// Writes quads in canonical form: RDF Dataset Canonicalization (RDFC-1.0, SHA-256) for the
/// blank nodes, then the canonical N-Quads lines sorted, so two exports of the same content
/// are byte-identical whatever order it was ingested in.
pub fn write_canonical(quads: &[Quad], out: &mut dyn Write) -> Result<()> {
    use oxrdf::dataset::{CanonicalizationAlgorithm, CanonicalizationHashAlgorithm};
    let mut dataset: oxrdf::Dataset = quads.iter().collect();
    dataset.canonicalize(CanonicalizationAlgorithm::Rdfc10 {
        hash_algorithm: CanonicalizationHashAlgorithm::Sha256,
    });
    let mut lines: Vec<String> = dataset.iter().map(|q| format!("{q} .\n")).collect();
    lines.sort_unstable();
    lines.dedup();
    for l in lines {
        out.write_all(l.as_bytes())
            .map_err(|e| Error::io("writing RDF", e))?;
    }
    Ok(())
}
