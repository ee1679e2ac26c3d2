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
use oxigraph::model::{NamedNode, Quad, Triple};
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
    let out = store.quads(graph)?;
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
    if matches!(format, RdfFormat::JsonLd { .. }) {
        return write_jsonld(quads, out);
    }
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

/// Where the JSON-LD context of the ontology is published (the file is
/// `ontology/context.jsonld`).
pub const CONTEXT_URL: &str = "https://newskg.org/ns/context.jsonld";

/// How a context term coerces its values.
#[derive(Clone, PartialEq, Eq)]
enum Coercion {
    None,
    Id,
    Datatype(String),
}

/// The ontology's JSON-LD terms: property IRI → (term, coercion). Object properties take
/// IRIs; datatype properties with a non-string range take typed values.
fn context_terms() -> &'static [(String, String, Coercion)] {
    static TERMS: std::sync::OnceLock<Vec<(String, String, Coercion)>> = std::sync::OnceLock::new();
    TERMS.get_or_init(|| {
        use crate::vocab::{NKG, OWL, RDFS, XSD};
        // Property IRI → (is an object property, its XSD range), for the ontology's own
        // properties, read in one pass over the ontology.
        let mut kinds: std::collections::BTreeMap<String, (Option<bool>, Option<String>)> =
            Default::default();
        let object = format!("{OWL}ObjectProperty");
        let datatype = format!("{OWL}DatatypeProperty");
        let range = format!("{RDFS}range");
        for q in crate::entail::builtin().quads() {
            let oxigraph::model::NamedOrBlankNode::NamedNode(s) = &q.subject else {
                continue;
            };
            let oxigraph::model::Term::NamedNode(o) = &q.object else {
                continue;
            };
            if !s.as_str().starts_with(NKG) {
                continue;
            }
            let e = kinds.entry(s.as_str().to_string()).or_default();
            if q.predicate == rdf::TYPE && o.as_str() == object {
                e.0 = Some(true);
            } else if q.predicate == rdf::TYPE && o.as_str() == datatype {
                e.0 = Some(false);
            } else if q.predicate.as_str() == range && o.as_str().starts_with(XSD) {
                e.1 = Some(o.as_str().to_string());
            }
        }
        let prefixes: std::collections::HashSet<&str> = PREFIXES.iter().map(|(p, _)| *p).collect();
        let mut out = Vec::new();
        for (iri, (kind, range)) in kinds {
            let term = iri.trim_start_matches(NKG).to_string();
            let Some(is_object) = kind else { continue };
            if prefixes.contains(term.as_str()) {
                continue;
            }
            let c = if is_object {
                Coercion::Id
            } else {
                match range {
                    Some(r) if r != format!("{XSD}string") => Coercion::Datatype(r),
                    _ => Coercion::None,
                }
            };
            out.push((iri, term, c));
        }
        out.push((format!("{RDFS}label"), "label".into(), Coercion::None));
        out.push((format!("{OWL}sameAs"), "sameAs".into(), Coercion::Id));
        out
    })
}

fn compact(iri: &str) -> String {
    match crate::vocab::prefixed(iri) {
        // A suffix starting "//" would read as an absolute IRI in JSON-LD.
        Some((p, local)) if !local.starts_with("//") => format!("{p}:{local}"),
        _ => iri.to_string(),
    }
}

/// The JSON-LD context for the ontology: its prefixes and a term for each of its
/// properties (object properties take IRIs, typed datatype properties take their type).
/// `ontology/context.jsonld` is this, published at [`CONTEXT_URL`].
pub fn jsonld_context() -> serde_json::Value {
    let mut ctx = serde_json::Map::new();
    for (p, ns) in PREFIXES {
        ctx.insert(
            (*p).to_string(),
            serde_json::Value::String((*ns).to_string()),
        );
    }
    for (iri, term, c) in context_terms() {
        let id = serde_json::Value::String(compact(iri));
        let v = match c {
            Coercion::None => id,
            Coercion::Id => serde_json::json!({"@id": id, "@type": "@id"}),
            Coercion::Datatype(d) => serde_json::json!({"@id": id, "@type": compact(d)}),
        };
        ctx.insert(term.clone(), v);
    }
    serde_json::json!({ "@context": ctx })
}

/// Writes the union of the quads' triples as compact JSON-LD: the ontology's context
/// inline (so it reads offline; it is the one published at [`CONTEXT_URL`]), then one
/// node object per subject in `@graph`.
pub(crate) fn write_jsonld(quads: &[Quad], out: &mut dyn Write) -> Result<()> {
    use oxigraph::model::{Literal, NamedOrBlankNode, Term};
    use serde_json::{json, Map, Value};
    let terms: std::collections::HashMap<&str, (&String, &Coercion)> = context_terms()
        .iter()
        .map(|(iri, t, c)| (iri.as_str(), (t, c)))
        .collect();
    let node_id = |n: &NamedOrBlankNode| match n {
        NamedOrBlankNode::NamedNode(n) => compact(n.as_str()),
        NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
    };
    let literal = |l: &Literal| -> Value {
        if let Some(lang) = l.language() {
            json!({"@value": l.value(), "@language": lang})
        } else if l.datatype() == oxigraph::model::vocab::xsd::STRING {
            Value::String(l.value().to_string())
        } else {
            json!({"@value": l.value(), "@type": compact(l.datatype().as_str())})
        }
    };
    let mut triples: Vec<Triple> = quads
        .iter()
        .map(|q| Triple::new(q.subject.clone(), q.predicate.clone(), q.object.clone()))
        .collect();
    triples.sort_by_cached_key(|t| {
        (
            t.subject.to_string(),
            t.predicate.to_string(),
            t.object.to_string(),
        )
    });
    triples.dedup();
    let mut graph: Vec<Value> = Vec::new();
    let mut i = 0;
    while i < triples.len() {
        let subject = triples[i].subject.clone();
        let mut node = Map::new();
        node.insert("@id".into(), Value::String(node_id(&subject)));
        let mut props: std::collections::BTreeMap<String, Vec<Value>> = Default::default();
        while i < triples.len() && triples[i].subject == subject {
            let t = &triples[i];
            i += 1;
            if t.predicate == rdf::TYPE {
                if let Term::NamedNode(c) = &t.object {
                    props
                        .entry("@type".into())
                        .or_default()
                        .push(Value::String(compact(c.as_str())));
                    continue;
                }
            }
            let term = terms.get(t.predicate.as_str());
            let (key, value) = match (term.copied(), &t.object) {
                (Some((k, Coercion::Id)), Term::NamedNode(n)) => {
                    (k.clone(), Value::String(compact(n.as_str())))
                }
                (Some((k, Coercion::Datatype(d))), Term::Literal(l))
                    if l.language().is_none() && l.datatype().as_str() == d =>
                {
                    (k.clone(), Value::String(l.value().to_string()))
                }
                (Some((k, Coercion::None)), Term::Literal(l)) => (k.clone(), literal(l)),
                (_, o) => (
                    compact(t.predicate.as_str()),
                    match o {
                        Term::NamedNode(n) => json!({"@id": compact(n.as_str())}),
                        Term::BlankNode(b) => json!({"@id": format!("_:{}", b.as_str())}),
                        Term::Literal(l) => literal(l),
                    },
                ),
            };
            props.entry(key).or_default().push(value);
        }
        for (k, mut v) in props {
            node.insert(
                k,
                if v.len() == 1 {
                    v.remove(0)
                } else {
                    Value::Array(v)
                },
            );
        }
        graph.push(Value::Object(node));
    }
    let mut doc = jsonld_context();
    doc["@graph"] = Value::Array(graph);
    serde_json::to_writer_pretty(&mut *out, &doc)
        .map_err(|e| Error::io("writing JSON-LD", e.into()))?;
    out.write_all(b"\n")
        .map_err(|e| Error::io("writing RDF", e))
}
