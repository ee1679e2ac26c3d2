//! The order newskg writes an article's quads in: by subject, predicate, object and graph,
//! each compared by kind (IRIs, blank nodes, literals) and then by its text, without
//! printing anything. Any fixed order would do; this one is cheap, and the same quads
//! always come out the same.

use oxigraph::model::{GraphNameRef, NamedNodeRef, NamedOrBlankNodeRef, QuadRef, TermRef};
use std::cmp::Ordering;

/// Compares two quads in the order above.
pub(crate) fn quads(a: QuadRef<'_>, b: QuadRef<'_>) -> Ordering {
    triples(
        (a.subject, a.predicate, a.object),
        (b.subject, b.predicate, b.object),
    )
    .then_with(|| graph(a.graph_name).cmp(&graph(b.graph_name)))
}

/// A triple's subject, predicate and object, borrowed.
pub(crate) type TripleRef<'a> = (NamedOrBlankNodeRef<'a>, NamedNodeRef<'a>, TermRef<'a>);

/// Compares two triples in the order above.
pub(crate) fn triples(a: TripleRef<'_>, b: TripleRef<'_>) -> Ordering {
    (node(a.0), a.1.as_str(), term(a.2)).cmp(&(node(b.0), b.1.as_str(), term(b.2)))
}

/// A subject's place: IRIs, then blank nodes.
fn node(n: NamedOrBlankNodeRef<'_>) -> (u8, &str) {
    match n {
        NamedOrBlankNodeRef::NamedNode(n) => (0, n.as_str()),
        NamedOrBlankNodeRef::BlankNode(b) => (1, b.as_str()),
    }
}

/// An object's place: IRIs, blank nodes, then literals by value and then datatype or
/// language.
fn term(t: TermRef<'_>) -> (u8, &str, &str) {
    match t {
        TermRef::NamedNode(n) => (0, n.as_str(), ""),
        TermRef::BlankNode(b) => (1, b.as_str(), ""),
        TermRef::Literal(l) => (2, l.value(), l.language().unwrap_or(l.datatype().as_str())),
        #[allow(unreachable_patterns)]
        _ => (3, "", ""),
    }
}

fn graph(g: GraphNameRef<'_>) -> (u8, &str) {
    match g {
        GraphNameRef::DefaultGraph => (0, ""),
        GraphNameRef::NamedNode(n) => (1, n.as_str()),
        GraphNameRef::BlankNode(b) => (2, b.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{GraphName, Literal, NamedNode, Quad};

    #[test]
    fn quads_order_by_subject_then_predicate_then_object() {
        let n = |s: &str| NamedNode::new_unchecked(format!("http://ex/{s}"));
        let g = GraphName::NamedNode(n("g"));
        let q = |s: &str, p: &str, o: oxigraph::model::Term| Quad::new(n(s), n(p), o, g.clone());
        let mut v = [
            q("b", "p", n("x").into()),
            q("a", "q", n("x").into()),
            q("a", "p", Literal::from("2").into()),
            q("a", "p", Literal::from("10").into()),
            q("a", "p", n("y").into()),
            q("a-1", "p", n("y").into()),
        ];
        v.sort_by(|a, b| quads(a.as_ref(), b.as_ref()));
        let got: Vec<String> = v
            .iter()
            .map(|q| format!("{} {} {}", q.subject, q.predicate, q.object))
            .collect();
        assert_eq!(
            got,
            [
                "<http://ex/a> <http://ex/p> <http://ex/y>",
                "<http://ex/a> <http://ex/p> \"10\"",
                "<http://ex/a> <http://ex/p> \"2\"",
                "<http://ex/a> <http://ex/q> <http://ex/x>",
                "<http://ex/a-1> <http://ex/p> <http://ex/y>",
                "<http://ex/b> <http://ex/p> <http://ex/x>",
            ]
        );
    }
}
