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
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Violation {
    /// The focus node, as N-Triples term text (`<iri>`, `_:b`, or a literal).
    pub focus: String,
    /// The property path (`<p>` or `^<p>` for an inverse path), if from a property shape.
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
    path_term: Option<(bool, NamedNode)>,
    shape: usize,
}

/// Terms kept for writing the report as RDF.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct TermKey(String);

/// The outcome of a validation.
pub struct Report {
    /// The results, sorted and without repeats.
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
        if let Some((inverse, p)) = &r.path_term {
            if *inverse {
                let pb = BlankNode::default();
                out.push(triple(b, "resultPath", pb.clone().into()));
                out.push(triple(&pb, "inversePath", p.clone().into()));
            } else {
                out.push(triple(b, "resultPath", p.clone().into()));
            }
        }
        let shape: Term = match &self.shape_ids[r.shape] {
            NamedOrBlankNode::NamedNode(n) => n.clone().into(),
            NamedOrBlankNode::BlankNode(_) => BlankNode::default().into(),
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

/// The triple `s sh:{p} o`.
fn triple(s: &BlankNode, p: &str, o: Term) -> Triple {
    Triple::new(s.clone(), sh(p), o)
}

/// A term's text (`<iri>`, `^<iri>` or a bare IRI) with the ontology's prefixes where
/// one fits and the local name has no `/` or `#`.
fn short(iri: &str) -> String {
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
        results.sort();
        results.dedup();
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
        let path_term = shape.path.as_ref().map(|p| match p {
            Path::Predicate(p) => (false, p.clone()),
            Path::Inverse(p) => (true, p.clone()),
        });
        let path = path_term
            .as_ref()
            .map(|(inv, p)| format!("{}{p}", if *inv { "^" } else { "" }));
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
