//! Entail stage: RDFS entailment under the newskg ontology, materialized.
//!
//! Owns the ontology as the store keeps it (its own named graph, [`ONTOLOGY_GRAPH`]) and the
//! triples RDFS lets a reader conclude from an article's graph: superclasses of its types
//! (rdfs9, with rdfs11 taken through the ontology), superproperties of its properties (rdfs7,
//! rdfs5), and the types that declared domains and ranges give (rdfs2, rdfs3). They go into a
//! companion graph per article ([`entailed_graph`]), written and replaced together with the
//! article, so a query for `sem:Event` or `sem:hasActor` finds every event and role while the
//! article's own graph stays exactly what was extracted. The axiomatic triples (everything
//! is an `rdfs:Resource`, every property an `rdf:Property`) are left out: they say nothing.

use crate::error::{Error, Result};
use crate::order;
use crate::vocab::{ID, RDFS, XSD};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::vocab::rdf;
use oxigraph::model::{
    GraphName, NamedNode, NamedNodeRef, NamedOrBlankNode, NamedOrBlankNodeRef, Quad, QuadRef, Term,
    TermRef, Triple,
};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::OnceLock;

/// The named graph the store keeps the ontology in (the ontology's own IRI).
pub const ONTOLOGY_GRAPH: &str = "https://newskg.org/ns";
/// The ontology, as shipped with this build.
pub const ONTOLOGY_TURTLE: &str = include_str!("../../../ontology/newskg.ttl");

const ARTICLE_GRAPHS: &str = "https://newskg.org/id/article/";
const ENTAILED_GRAPHS: &str = "https://newskg.org/id/entailed/";

/// The graph holding what is entailed from an article's graph:
/// `…/id/article/KEY` → `…/id/entailed/KEY`.
pub fn entailed_graph(article_graph: &NamedNode) -> NamedNode {
    let s = article_graph.as_str();
    match s.strip_prefix(ARTICLE_GRAPHS) {
        Some(key) => NamedNode::new_unchecked(format!("{ENTAILED_GRAPHS}{key}")),
        // Graphs loaded by users are not entailed; give them a name that cannot collide.
        None => NamedNode::new_unchecked(format!("{ID}entailed/{}", hash_hex(s))),
    }
}

fn hash_hex(s: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(s.as_bytes())[..10]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether a graph name is one of the entailment graphs.
pub fn is_entailed_graph(g: &str) -> bool {
    g.starts_with(ENTAILED_GRAPHS)
}

/// Whether a graph name is an article's graph.
pub fn is_article_graph(g: &str) -> bool {
    g.starts_with(ARTICLE_GRAPHS)
}

/// The class and property hierarchy of an ontology, closed under transitivity, with the
/// domains and ranges each property has through its superproperties.
pub struct Ontology {
    triples: Vec<Triple>,
    /// Each keyed by a class's or property's IRI.
    superclasses: HashMap<String, Vec<NamedNode>>,
    superproperties: HashMap<String, Vec<NamedNode>>,
    domains: HashMap<String, Vec<NamedNode>>,
    ranges: HashMap<String, Vec<NamedNode>>,
    /// Every property that is some property's superproperty.
    superproperty_targets: HashSet<String>,
}

/// The built-in ontology as triples (for a SHACL data graph, so `sh:class` follows
/// `rdfs:subClassOf`).
pub fn ontology_triples() -> Vec<oxigraph::model::Triple> {
    builtin()
        .quads()
        .into_iter()
        .map(|q| oxigraph::model::Triple::new(q.subject, q.predicate, q.object))
        .collect()
}

/// The ontology shipped with this build, parsed once.
pub fn builtin() -> &'static Ontology {
    static ONTOLOGY: OnceLock<Ontology> = OnceLock::new();
    ONTOLOGY.get_or_init(|| {
        Ontology::from_turtle(ONTOLOGY_TURTLE.as_bytes())
            .expect("the built-in ontology is valid Turtle (checked by the tests)")
    })
}

fn closure(direct: &HashMap<NamedNode, Vec<NamedNode>>) -> HashMap<NamedNode, Vec<NamedNode>> {
    let mut out = HashMap::new();
    for start in direct.keys() {
        let mut seen = BTreeSet::new();
        let mut stack = vec![start.clone()];
        while let Some(n) = stack.pop() {
            for up in direct.get(&n).into_iter().flatten() {
                if up != start && seen.insert(up.clone()) {
                    stack.push(up.clone());
                }
            }
        }
        out.insert(start.clone(), seen.into_iter().collect());
    }
    out
}

impl Ontology {
    /// Reads an ontology from Turtle.
    pub fn from_turtle(bytes: &[u8]) -> Result<Ontology> {
        let mut triples = Vec::new();
        for q in RdfParser::from_format(RdfFormat::Turtle)
            .with_base_iri(ONTOLOGY_GRAPH)
            .map_err(|e| Error::Rdf(e.to_string()))?
            .for_slice(bytes)
        {
            let q = q.map_err(|e| Error::Rdf(format!("ontology: {e}")))?;
            triples.push(Triple::new(q.subject, q.predicate, q.object));
        }
        let sub_class = format!("{RDFS}subClassOf");
        let sub_prop = format!("{RDFS}subPropertyOf");
        let domain = format!("{RDFS}domain");
        let range = format!("{RDFS}range");
        let mut classes: HashMap<NamedNode, Vec<NamedNode>> = HashMap::new();
        let mut props: HashMap<NamedNode, Vec<NamedNode>> = HashMap::new();
        let mut dom: HashMap<NamedNode, Vec<NamedNode>> = HashMap::new();
        let mut ran: HashMap<NamedNode, Vec<NamedNode>> = HashMap::new();
        for t in &triples {
            let (NamedOrBlankNode::NamedNode(s), Term::NamedNode(o)) = (&t.subject, &t.object)
            else {
                continue;
            };
            let p = t.predicate.as_str();
            let table = if p == sub_class {
                &mut classes
            } else if p == sub_prop {
                &mut props
            } else if p == domain {
                &mut dom
            } else if p == range {
                // A datatype range (xsd:…, rdfs:Literal) types literals, which cannot be
                // subjects; nothing to conclude.
                if o.as_str().starts_with(XSD) || o.as_str() == format!("{RDFS}Literal") {
                    continue;
                }
                &mut ran
            } else {
                continue;
            };
            table.entry(s.clone()).or_default().push(o.clone());
        }
        let superclasses = closure(&classes);
        let superproperties = closure(&props);
        // A property has the domains and ranges of its superproperties too (rdfs7 then
        // rdfs2/rdfs3).
        let inherit = |own: &HashMap<NamedNode, Vec<NamedNode>>| {
            let mut out: HashMap<NamedNode, Vec<NamedNode>> = HashMap::new();
            let all: BTreeSet<&NamedNode> = own.keys().chain(superproperties.keys()).collect();
            for p in all {
                let mut v: BTreeSet<NamedNode> = own
                    .get(p)
                    .cloned()
                    .unwrap_or_default()
                    .into_iter()
                    .collect();
                for up in superproperties.get(p).into_iter().flatten() {
                    v.extend(own.get(up).cloned().unwrap_or_default());
                }
                if !v.is_empty() {
                    out.insert(p.clone(), v.into_iter().collect());
                }
            }
            out
        };
        let domains = inherit(&dom);
        let ranges = inherit(&ran);
        let by_iri = |m: HashMap<NamedNode, Vec<NamedNode>>| -> HashMap<String, Vec<NamedNode>> {
            m.into_iter().map(|(k, v)| (k.into_string(), v)).collect()
        };
        let superproperty_targets = superproperties
            .values()
            .flatten()
            .map(|p| p.as_str().to_string())
            .collect();
        Ok(Ontology {
            triples,
            superclasses: by_iri(superclasses),
            superproperties: by_iri(superproperties),
            domains: by_iri(domains),
            ranges: by_iri(ranges),
            superproperty_targets,
        })
    }

    /// The ontology's triples, as quads in [`ONTOLOGY_GRAPH`].
    pub fn quads(&self) -> Vec<Quad> {
        let g = GraphName::NamedNode(NamedNode::new_unchecked(ONTOLOGY_GRAPH));
        self.triples
            .iter()
            .map(|t| {
                Quad::new(
                    t.subject.clone(),
                    t.predicate.clone(),
                    t.object.clone(),
                    g.clone(),
                )
            })
            .collect()
    }

    /// The superclasses of a class (not the class itself), through any number of steps.
    pub fn superclasses(&self, class: &NamedNode) -> &[NamedNode] {
        self.superclasses
            .get(class.as_str())
            .map_or(&[], Vec::as_slice)
    }

    /// What RDFS entails from `asserted` under this ontology and is not asserted already,
    /// as quads in `graph`. Sorted, so the same input gives the same output.
    ///
    /// Works on borrowed terms: only the entailed quads are made owned.
    pub fn entail<'a>(
        &'a self,
        asserted: impl IntoIterator<Item = QuadRef<'a>>,
        graph: &GraphName,
    ) -> Vec<Quad> {
        let mut types: HashMap<NamedOrBlankNodeRef<'a>, BTreeSet<NamedNodeRef<'a>>> =
            HashMap::new();
        let mut out: HashSet<order::TripleRef<'a>> = HashSet::new();
        // The asserted triples an entailed one could repeat: types and superproperties'.
        let mut have = HashSet::new();
        for q in asserted {
            let (s, p, o) = (q.subject, q.predicate, q.object);
            if p == rdf::TYPE {
                if let TermRef::NamedNode(c) = o {
                    types.entry(s).or_default().insert(c);
                }
            }
            if p == rdf::TYPE || self.is_superproperty(p) {
                have.insert((s, p, o));
            }
            for up in self.superproperties.get(p.as_str()).into_iter().flatten() {
                out.insert((s, up.as_ref(), o));
            }
            for d in self.domains.get(p.as_str()).into_iter().flatten() {
                types.entry(s).or_default().insert(d.as_ref());
            }
            let object_node = match o {
                TermRef::NamedNode(n) => Some(NamedOrBlankNodeRef::NamedNode(n)),
                TermRef::BlankNode(b) => Some(NamedOrBlankNodeRef::BlankNode(b)),
                _ => None,
            };
            if let Some(on) = object_node {
                for r in self.ranges.get(p.as_str()).into_iter().flatten() {
                    types.entry(on).or_default().insert(r.as_ref());
                }
            }
        }
        for (node, classes) in types {
            for c in classes {
                out.insert((node, rdf::TYPE, TermRef::NamedNode(c)));
                for up in self.superclasses.get(c.as_str()).into_iter().flatten() {
                    out.insert((node, rdf::TYPE, TermRef::NamedNode(up.as_ref())));
                }
            }
        }
        let mut triples: Vec<_> = out.into_iter().filter(|t| !have.contains(t)).collect();
        triples.sort_unstable_by(|&a, &b| order::triples(a, b));
        triples
            .into_iter()
            .map(|(s, p, o)| {
                Quad::new(
                    s.into_owned(),
                    p.into_owned(),
                    o.into_owned(),
                    graph.clone(),
                )
            })
            .collect()
    }

    fn is_superproperty(&self, p: NamedNodeRef<'_>) -> bool {
        self.superproperty_targets.contains(p.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::Literal;

    fn n(s: &str) -> NamedNode {
        NamedNode::new_unchecked(s)
    }

    #[test]
    fn subclass_subproperty_domain_and_range() {
        let onto = Ontology::from_turtle(
            br#"@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix : <http://ex/> .
            :A rdfs:subClassOf :B . :B rdfs:subClassOf :C .
            :p rdfs:subPropertyOf :q . :q rdfs:domain :D ; rdfs:range :R .
            :v rdfs:range xsd:string ."#,
        )
        .unwrap();
        let g = GraphName::NamedNode(n("http://g"));
        let data = [
            Quad::new(n("http://ex/x"), rdf::TYPE, n("http://ex/A"), g.clone()),
            Quad::new(
                n("http://ex/x"),
                n("http://ex/p"),
                n("http://ex/y"),
                g.clone(),
            ),
            Quad::new(
                n("http://ex/x"),
                n("http://ex/v"),
                Literal::from("s"),
                g.clone(),
            ),
            // Already asserted: not repeated.
            Quad::new(n("http://ex/x"), rdf::TYPE, n("http://ex/B"), g.clone()),
        ];
        let got: BTreeSet<String> = onto
            .entail(data.iter().map(|q| q.as_ref()), &g)
            .iter()
            .map(|q| format!("{} {} {}", q.subject, q.predicate, q.object))
            .collect();
        let t = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
        let want: BTreeSet<String> = [
            format!("<http://ex/x> {t} <http://ex/C>"),
            format!("<http://ex/x> {t} <http://ex/D>"),
            format!("<http://ex/y> {t} <http://ex/R>"),
            "<http://ex/x> <http://ex/q> <http://ex/y>".to_string(),
        ]
        .into_iter()
        .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn the_builtin_ontology_parses_and_has_a_hierarchy() {
        let o = builtin();
        let withdrawal = n("https://newskg.org/ns#Withdrawal");
        assert!(o
            .superclasses(&withdrawal)
            .contains(&n("http://semanticweb.cs.vu.nl/2009/11/sem/Event")));
        assert!(!o.quads().is_empty());
    }
}
