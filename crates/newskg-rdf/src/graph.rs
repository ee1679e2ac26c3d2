//! newskg output as sophia graphs and datasets: an extraction mapped to quads, or an
//! article's graph in the store, in sophia's terms, so Rust RDF code built on sophia reads
//! newskg's triples directly, without a file round trip. Owns only the term conversion from
//! Oxigraph's model to sophia's `SimpleTerm`; what the quads are is [`crate::map`]'s job.
//!
//! ```
//! use newskg_rdf::{graph, map};
//! use sophia::api::prelude::*;
//! use sophia::turtle::serializer::nt::NtSerializer;
//!
//! let article = newskg_text::source::from_text("French troops left Niger in December.");
//! let doc = newskg_text::analyze::analyze(&article.text);
//! let x = newskg_text::extract::extract(&doc, None);
//! let (_graph_iri, quads) = map::map(&article, &doc, &x);
//! let g = graph::triples(&quads);
//! let nt = NtSerializer::new_stringifier().serialize_graph(&g)?.to_string();
//! assert!(nt.contains("<https://newskg.org/ns#Withdrawal>"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::error::Result;
use crate::store::Store;
use oxigraph::model::{GraphNameRef, NamedNode, Quad, TermRef};
use sophia::api::term::{BnodeId, IriRef, LanguageTag, SimpleTerm};

/// A sophia triple: subject, predicate, object.
pub type Triple = [SimpleTerm<'static>; 3];

/// A sophia quad: a triple and its graph name (`None` for the default graph).
pub type SophiaQuad = (Triple, Option<SimpleTerm<'static>>);

/// One Oxigraph term as a sophia term.
pub fn term(t: TermRef<'_>) -> SimpleTerm<'static> {
    match t {
        TermRef::NamedNode(n) => iri(n.as_str()),
        TermRef::BlankNode(b) => {
            SimpleTerm::BlankNode(BnodeId::new_unchecked(b.as_str().to_string().into()))
        }
        TermRef::Literal(l) => match l.language() {
            Some(lang) => SimpleTerm::LiteralLanguage(
                l.value().to_string().into(),
                LanguageTag::new_unchecked(lang.to_string().into()),
                None,
            ),
            None => SimpleTerm::LiteralDatatype(
                l.value().to_string().into(),
                IriRef::new_unchecked(l.datatype().as_str().to_string().into()),
            ),
        },
        #[allow(unreachable_patterns)]
        _ => unreachable!("newskg writes no triple terms"),
    }
}

fn iri(s: &str) -> SimpleTerm<'static> {
    SimpleTerm::Iri(IriRef::new_unchecked(s.to_string().into()))
}

/// The triples of `quads` (graph names dropped) as a sophia [`Graph`](sophia::api::graph::Graph).
pub fn triples(quads: &[Quad]) -> Vec<Triple> {
    quads
        .iter()
        .map(|q| {
            [
                term(q.subject.as_ref().into()),
                iri(q.predicate.as_str()),
                term(q.object.as_ref()),
            ]
        })
        .collect()
}

/// `quads` as a sophia [`Dataset`](sophia::api::dataset::Dataset), graph names kept.
pub fn dataset(quads: &[Quad]) -> Vec<SophiaQuad> {
    let spo = triples(quads);
    spo.into_iter()
        .zip(quads)
        .map(|(t, q)| {
            let g = match q.graph_name.as_ref() {
                GraphNameRef::NamedNode(n) => Some(iri(n.as_str())),
                GraphNameRef::BlankNode(b) => Some(term(TermRef::BlankNode(b))),
                GraphNameRef::DefaultGraph => None,
            };
            (t, g)
        })
        .collect()
}

impl Store {
    /// One graph of the store (an article's, say) as a sophia graph.
    pub fn sophia_graph(&self, graph: &NamedNode) -> Result<Vec<Triple>> {
        Ok(triples(&self.quads(Some(graph))?))
    }

    /// The whole store as a sophia dataset.
    pub fn sophia_dataset(&self) -> Result<Vec<SophiaQuad>> {
        Ok(dataset(&self.quads(None)?))
    }
}
