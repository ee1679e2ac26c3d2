//! The validation report: the results, written as readable text or in the W3C SHACL
//! validation report vocabulary.

use crate::check::Finding;
use crate::shapes::Path;
use crate::{sh, Data, Error, Result, Shapes, SH};
use oxrdf::vocab::rdf;
use oxrdf::{BlankNode, Literal, NamedNode, NamedOrBlankNode, Term, Triple};
use oxrdfio::{RdfFormat, RdfSerializer};
use std::collections::HashMap;
use std::io::Write;

/// One validation result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// The focus node, as N-Triples term text (`<iri>`, `_:b`, or a literal).
    pub focus: String,
    /// The result path, if any: `<p>`, `^<p>` for an inverse path, and SPARQL's syntax
    /// for the others (`<p>/<q>`, `<p>|<q>`, `<p>*`, `<p>+`, `<p>?`).
    pub path: Option<String>,
    /// The value that failed (as N-Triples term text), if the constraint is about one value.
    pub value: Option<String>,
    /// The constraint component's local name, e.g. `MinCountConstraintComponent`.
    pub component: String,
    /// The severity's full IRI, e.g. `http://www.w3.org/ns/shacl#Violation`.
    pub severity: String,
    /// The shape's sh:message, or a generated one with IRIs written with prefixes.
    pub message: String,
    focus_term: TermKey,
    value_term: Option<TermKey>,
    path_term: Option<Path>,
    shape: usize,
}

impl PartialOrd for Violation {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Violation {
    /// By focus node, path, value, component, severity, message, then shape.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let key = |v: &Violation| {
            (
                v.focus.clone(),
                v.path.clone(),
                v.value.clone(),
                v.component.clone(),
                v.severity.clone(),
                v.message.clone(),
                v.shape,
            )
        };
        key(self).cmp(&key(other))
    }
}

/// Terms kept for writing the report as RDF.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct TermKey(String);

/// The outcome of a validation.
pub struct Report {
    /// The results, sorted.
    pub results: Vec<Violation>,
    /// Focus nodes checked.
    pub focus_nodes: usize,
    /// Triples in the data graph.
    pub triples: usize,
    shape_ids: Vec<NamedOrBlankNode>,
    terms: HashMap<String, Term>,
}

impl Report {
    /// Whether the data conforms: no results at all (of any severity).
    pub fn conforms(&self) -> bool {
        self.results.is_empty()
    }

    /// The report as readable text: a verdict, then one line per result.
    pub fn write_text(&self, out: &mut dyn Write) -> Result<()> {
        let io = |e| Error::io("writing the report", e);
        if self.conforms() {
            writeln!(
                out,
                "conforms: {} focus nodes in {} triples checked, 0 violations",
                self.focus_nodes, self.triples
            )
            .map_err(io)?;
            return Ok(());
        }
        writeln!(
            out,
            "does not conform: {} result{} ({} focus nodes in {} triples checked)",
            self.results.len(),
            if self.results.len() == 1 { "" } else { "s" },
            self.focus_nodes,
            self.triples
        )
        .map_err(io)?;
        for r in &self.results {
            let sev = r.severity.rsplit('#').next().unwrap_or(&r.severity);
            let path = r.path.as_deref().map(short).unwrap_or_default();
            writeln!(
                out,
                "{sev}: {} {path}: {} [{}]",
                short(&r.focus),
                r.message,
                r.component.trim_end_matches("ConstraintComponent")
            )
            .map_err(io)?;
        }
        Ok(())
    }

    /// The report in the W3C SHACL validation report vocabulary.
    pub fn to_graph(&self) -> Vec<Triple> {
        let mut out = Vec::new();
        let report = BlankNode::default();
        out.push(Triple::new(
            report.clone(),
            rdf::TYPE.into_owned(),
            sh("ValidationReport"),
        ));
        out.push(triple(
            &report,
            "conforms",
            Literal::from(self.conforms()).into(),
        ));
        for r in &self.results {
            let b = BlankNode::default();
            out.push(triple(&report, "result", b.clone().into()));
            self.result_triples(r, &b, &mut out);
        }
        out
    }

    /// Adds the triples of one `sh:ValidationResult`, the blank node `b`, to `out`.
    fn result_triples(&self, r: &Violation, b: &BlankNode, out: &mut Vec<Triple>) {
        out.push(Triple::new(
            b.clone(),
            rdf::TYPE.into_owned(),
            sh("ValidationResult"),
        ));
        out.push(triple(b, "focusNode", self.terms[&r.focus_term.0].clone()));
        if let Some(v) = &r.value_term {
            out.push(triple(b, "value", self.terms[&v.0].clone()));
        }
        if let Some(path) = &r.path_term {
            let p = path_triples(path, out);
            out.push(triple(b, "resultPath", p));
        }
        // A blank-node shape keeps its label from the shapes graph, so that the report
        // can be read together with that graph.
        let shape: Term = match &self.shape_ids[r.shape] {
            NamedOrBlankNode::NamedNode(n) => n.clone().into(),
            NamedOrBlankNode::BlankNode(b) => b.clone().into(),
        };
        out.push(triple(b, "sourceShape", shape));
        out.push(triple(
            b,
            "sourceConstraintComponent",
            sh(&r.component).into(),
        ));
        out.push(triple(
            b,
            "resultSeverity",
            NamedNode::new_unchecked(&r.severity).into(),
        ));
        out.push(triple(
            b,
            "resultMessage",
            Literal::from(r.message.as_str()).into(),
        ));
    }

    /// Writes the W3C report in an RDF format.
    pub fn write_rdf(&self, format: RdfFormat, out: &mut dyn Write) -> Result<()> {
        let io = |e| Error::io("writing the report", e);
        let mut ser = RdfSerializer::from_format(format);
        if !matches!(format, RdfFormat::NTriples | RdfFormat::NQuads) {
            ser = ser
                .with_prefix("sh", SH)
                .and_then(|s| s.with_prefix("nkg", newskg_model::vocab::NKG))
                .map_err(|e| Error::Rdf(e.to_string()))?;
        }
        let mut w = ser.for_writer(out);
        for t in self.to_graph() {
            w.serialize_triple(&t).map_err(io)?;
        }
        w.finish().map_err(io)?;
        Ok(())
    }
}

/// Writes a property path as SHACL's RDF (blank nodes and RDF lists) into `out`,
/// returning the term that stands for it.
fn path_triples(path: &Path, out: &mut Vec<Triple>) -> Term {
    let wrap = |local: &str, inner: &Path, out: &mut Vec<Triple>| -> Term {
        let b = BlankNode::default();
        let o = path_triples(inner, out);
        out.push(triple(&b, local, o));
        b.into()
    };
    match path {
        Path::Predicate(p) => p.clone().into(),
        Path::Inverse(p) => wrap("inversePath", p, out),
        Path::ZeroOrMore(p) => wrap("zeroOrMorePath", p, out),
        Path::OneOrMore(p) => wrap("oneOrMorePath", p, out),
        Path::ZeroOrOne(p) => wrap("zeroOrOnePath", p, out),
        Path::Sequence(parts) => list_triples(parts, out),
        Path::Alternative(parts) => {
            let b = BlankNode::default();
            let l = list_triples(parts, out);
            out.push(triple(&b, "alternativePath", l));
            b.into()
        }
    }
}

/// Writes an RDF list of paths into `out`, returning its head.
fn list_triples(parts: &[Path], out: &mut Vec<Triple>) -> Term {
    let mut head: Term = rdf::NIL.into_owned().into();
    for p in parts.iter().rev() {
        let b = BlankNode::default();
        let item = path_triples(p, out);
        out.push(Triple::new(b.clone(), rdf::FIRST.into_owned(), item));
        out.push(Triple::new(b.clone(), rdf::REST.into_owned(), head));
        head = b.into();
    }
    head
}

/// A path in SPARQL's property path syntax (`^` for inverse; sequences and
/// alternatives in parentheses when nested).
fn render(path: &Path, nested: bool) -> String {
    let join = |parts: &[Path], sep: &str| {
        let s: Vec<String> = parts.iter().map(|p| render(p, true)).collect();
        if nested {
            format!("({})", s.join(sep))
        } else {
            s.join(sep)
        }
    };
    match path {
        Path::Predicate(p) => p.to_string(),
        Path::Inverse(p) => format!("^{}", render(p, true)),
        Path::Sequence(parts) => join(parts, "/"),
        Path::Alternative(parts) => join(parts, "|"),
        Path::ZeroOrMore(p) => format!("{}*", render(p, true)),
        Path::OneOrMore(p) => format!("{}+", render(p, true)),
        Path::ZeroOrOne(p) => format!("{}?", render(p, true)),
    }
}

/// The triple `s sh:{p} o`.
fn triple(s: &BlankNode, p: &str, o: Term) -> Triple {
    Triple::new(s.clone(), sh(p), o)
}

/// A term's text (`<iri>`, `^<iri>` or a bare IRI) with the ontology's prefixes where
/// one fits and the local name has no `/` or `#`.
fn short(iri: &str) -> String {
    if !iri.starts_with('<') && !iri.starts_with("^<") {
        // A literal or blank node: written as it is, its datatype IRI whole.
        return iri.to_string();
    }
    let inner = iri.trim_start_matches('^');
    let inv = if iri.starts_with('^') { "^" } else { "" };
    let inner = inner.trim_start_matches('<').trim_end_matches('>');
    if let Some((p, local)) = newskg_model::vocab::prefixed(inner) {
        if !local.contains(['/', '#']) {
            return format!("{inv}{p}:{local}");
        }
    }
    if iri.starts_with('<') || iri.starts_with("^<") {
        iri.to_string()
    } else {
        format!("{inv}{inner}")
    }
}

/// Writes the IRIs in a generated message with the ontology's prefixes where one fits.
fn compact_iris(message: &str) -> String {
    static IRI: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = IRI.get_or_init(|| regex::Regex::new(r"<([^<>\s]+)>").expect("a valid regex"));
    re.replace_all(message, |c: &regex::Captures<'_>| short(&c[0]))
        .into_owned()
}

impl Report {
    /// The report of what the checker found: one sorted, deduplicated [`Violation`] per
    /// finding, with the terms kept for the RDF report.
    pub(crate) fn new(
        shapes: &Shapes,
        data: &Data,
        found: Vec<Finding>,
        focus_nodes: usize,
    ) -> Report {
        let mut terms = HashMap::new();
        let mut results: Vec<Violation> = found
            .into_iter()
            .map(|f| Violation::new(shapes, f, &mut terms))
            .collect();
        // Equal results stay: the W3C report keeps one per path to the constraint (a
        // shape reached twice reports twice).
        results.sort();
        Report {
            results,
            focus_nodes,
            triples: data.graph.len(),
            shape_ids: shapes.shapes.iter().map(|s| s.id.clone()).collect(),
            terms,
        }
    }
}

impl Violation {
    /// The result for one finding; its focus node and value are kept in `terms` by their
    /// text.
    fn new(shapes: &Shapes, f: Finding, terms: &mut HashMap<String, Term>) -> Violation {
        let shape = &shapes.shapes[f.shape];
        let path_term = f.path.clone().or_else(|| shape.path.clone());
        let path = path_term.as_ref().map(|p| render(p, false));
        let fk = f.focus.to_string();
        terms.insert(fk.clone(), f.focus);
        let vk = f.value.map(|v| {
            let k = v.to_string();
            terms.insert(k.clone(), v);
            k
        });
        Violation {
            focus: fk.clone(),
            path,
            value: vk.clone(),
            component: f.component.to_string(),
            severity: shape.severity.as_str().to_string(),
            message: shape
                .message
                .clone()
                .unwrap_or_else(|| compact_iris(&f.message)),
            focus_term: TermKey(fk),
            value_term: vk.map(TermKey),
            path_term,
            shape: f.shape,
        }
    }
}
