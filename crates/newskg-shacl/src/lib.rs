//! A SHACL Core engine: shapes checked against an RDF data graph.
//!
//! Owns reading shapes (SHACL Core: node and property shapes, class/node/subjects-of/
//! objects-of targets, predicate and inverse paths, and the constraint components listed in
//! [`SUPPORTED`]) and checking a data graph against them, giving a report that writes as
//! readable text or in the W3C validation report vocabulary (`sh:ValidationReport`). A
//! shapes file that uses anything else is refused with its name rather than half-checked.
//! The data graph is the asserted triples plus the ontology, so `sh:class` follows
//! `rdfs:subClassOf` as SHACL prescribes; the RDFS entailment graphs are left out, because
//! entailed types would make every range constraint hold by construction.
//!
//! The modules: `shapes` reads the shapes graph into [`Shapes`]; `data` holds the data
//! graph ([`Data`]) and answers class membership and path values; `check` checks focus
//! nodes against the shapes ([`validate`]); `report` turns what the checker found into a
//! [`Report`] and writes it; [`error`] has the engine's errors.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod check;
mod data;
pub mod error;
mod report;
mod shapes;
mod xsd;

pub use check::validate;
pub use data::Data;
pub use error::{Error, Result};
pub use report::{Report, Violation};
pub use shapes::{builtin_shapes, Shapes};

use oxrdf::NamedNode;

/// The shapes shipped with this build (`ontology/shapes.ttl`).
pub const SHAPES_TURTLE: &str = include_str!("../../../ontology/shapes.ttl");

/// The SHACL namespace.
pub const SH: &str = "http://www.w3.org/ns/shacl#";

/// The constraint components newskg checks.
pub const SUPPORTED: &[&str] = &[
    "minCount",
    "maxCount",
    "class",
    "datatype",
    "nodeKind",
    "in",
    "hasValue",
    "pattern",
    "minInclusive",
    "maxInclusive",
    "minExclusive",
    "maxExclusive",
    "minLength",
    "maxLength",
    "lessThan",
    "lessThanOrEquals",
    "equals",
    "disjoint",
    "or",
    "node",
    "not",
    "and",
    "xone",
    "closed",
    "languageIn",
    "uniqueLang",
    "qualifiedValueShape",
];

/// The IRI of a term in the SHACL namespace.
fn sh(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{SH}{local}"))
}

/// Opens an RDF file for parsing (`-` reads stdin): the reader, and a parser for `format`
/// whose relative IRIs resolve against `base` when given, else against the file's own
/// location ([`file_base_iri`]). A `base` that is no IRI is a usage error.
pub fn open_rdf(
    path: &std::path::Path,
    format: oxrdfio::RdfFormat,
    base: Option<&str>,
) -> Result<(oxrdfio::RdfParser, Box<dyn std::io::Read>)> {
    let reader: Box<dyn std::io::Read> = if path.as_os_str() == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(path).map_err(|e| Error::Input {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?)
    };
    let b = base.map_or_else(|| file_base_iri(path), str::to_string);
    let parser = oxrdfio::RdfParser::from_format(format)
        .with_base_iri(&b)
        .map_err(|e| Error::Usage(format!("the base IRI '{b}' is not valid ({e})")))?;
    Ok((parser, reader))
}

/// The base IRI of a file: `file://` and its absolute path, percent-encoded where an IRI
/// needs it. Relative IRIs in the file (`<>`, `<other.ttl>`) resolve against it.
pub fn file_base_iri(path: &std::path::Path) -> String {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = String::from("file://");
    for c in abs.to_string_lossy().chars() {
        if c.is_ascii_alphanumeric() || "/-._~!$&'()*+,;=:@".contains(c) {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}
