//! The data graph: its triples, class membership through `rdfs:subClassOf`, the values
//! of a path and the focus nodes of a shape's targets.

use crate::shapes::{Path, Target};
use crate::{Error, Result};
use newskg_model::vocab::RDFS;
use oxrdf::vocab::rdf;
use oxrdf::{Graph, NamedNode, NamedOrBlankNode, Term, TermRef, Triple};
use oxrdfio::{RdfFormat, RdfParser};
use std::collections::{HashMap, HashSet};

/// The data graph being validated, with class membership through `rdfs:subClassOf`.
pub struct Data {
    /// The triples: the data and whatever was added ([`Data::add`]).
    pub graph: Graph,
    /// The superclasses of each class asked about (itself included), cleared on [`Data::add`].
    superclasses: std::cell::RefCell<HashMap<NamedNode, HashSet<NamedNode>>>,
}

impl Data {
    /// A data graph from triples. Add the ontology the data uses ([`Data::add`]) so that
    /// `sh:class` sees its class hierarchy (as pySHACL's `--ont-graph` does).
    pub fn new(triples: impl IntoIterator<Item = Triple>) -> Data {
        let mut graph = Graph::new();
        for t in triples {
            graph.insert(&t);
        }
        Data {
            graph,
            superclasses: Default::default(),
        }
    }

    /// Adds triples (an ontology, say) to the data graph.
    pub fn add(&mut self, triples: impl IntoIterator<Item = Triple>) {
        for t in triples {
            self.graph.insert(&t);
        }
        self.superclasses.borrow_mut().clear();
    }

    /// RDF files (any W3C format; the graphs of dataset formats are merged).
    pub fn from_files(files: &[(std::path::PathBuf, RdfFormat)]) -> Result<Data> {
        let mut triples = Vec::new();
        for (path, format) in files {
            let f = std::fs::File::open(path).map_err(|e| Error::Input {
                path: path.clone(),
                message: e.to_string(),
            })?;
            for q in RdfParser::from_format(*format).for_reader(std::io::BufReader::new(f)) {
                let q = q.map_err(|e| Error::Input {
                    path: path.clone(),
                    message: format!("RDF syntax error: {e}"),
                })?;
                triples.push(Triple::new(q.subject, q.predicate, q.object));
            }
        }
        Ok(Data::new(triples))
    }

    /// The superclasses of `class` through `rdfs:subClassOf*`, itself included (cached).
    fn supers(&self, class: &NamedNode) -> HashSet<NamedNode> {
        if let Some(s) = self.superclasses.borrow().get(class) {
            return s.clone();
        }
        let sub = NamedNode::new_unchecked(format!("{RDFS}subClassOf"));
        let mut seen = HashSet::from([class.clone()]);
        let mut stack = vec![class.clone()];
        while let Some(c) = stack.pop() {
            for o in self.graph.objects_for_subject_predicate(&c, &sub) {
                if let TermRef::NamedNode(o) = o {
                    if seen.insert(o.into_owned()) {
                        stack.push(o.into_owned());
                    }
                }
            }
        }
        self.superclasses
            .borrow_mut()
            .insert(class.clone(), seen.clone());
        seen
    }

    /// Whether `node` is a SHACL instance of `class` (rdf:type/rdfs:subClassOf*).
    pub(crate) fn is_instance(&self, node: &Term, class: &NamedNode) -> bool {
        let subject = match node {
            Term::NamedNode(n) => NamedOrBlankNode::NamedNode(n.clone()),
            Term::BlankNode(b) => NamedOrBlankNode::BlankNode(b.clone()),
            _ => return false,
        };
        let types: Vec<NamedNode> = self
            .graph
            .objects_for_subject_predicate(&subject, rdf::TYPE)
            .filter_map(|t| match t {
                TermRef::NamedNode(n) => Some(n.into_owned()),
                _ => None,
            })
            .collect();
        types.iter().any(|t| self.supers(t).contains(class))
    }

    /// The SHACL instances of `class`: nodes typed with it or with one of its subclasses
    /// (possibly repeated).
    fn instances(&self, class: &NamedNode) -> Vec<Term> {
        // Every class whose superclasses include `class`, then their instances.
        let mut out = Vec::new();
        let mut classes: HashSet<NamedNode> = HashSet::from([class.clone()]);
        let sub = NamedNode::new_unchecked(format!("{RDFS}subClassOf"));
        let mut stack = vec![class.clone()];
        while let Some(c) = stack.pop() {
            for s in self.graph.subjects_for_predicate_object(&sub, &c) {
                if let oxrdf::NamedOrBlankNodeRef::NamedNode(s) = s {
                    if classes.insert(s.into_owned()) {
                        stack.push(s.into_owned());
                    }
                }
            }
        }
        for c in &classes {
            for s in self.graph.subjects_for_predicate_object(rdf::TYPE, c) {
                out.push(s.into_owned().into());
            }
        }
        out
    }

    /// The values of `path` on `focus`, sorted by their text and without repeats.
    pub(crate) fn values(&self, focus: &Term, path: &Path) -> Vec<Term> {
        let mut v: Vec<Term> = match (path, focus) {
            (Path::Predicate(p), Term::NamedNode(n)) => self
                .graph
                .objects_for_subject_predicate(n, p)
                .map(TermRef::into_owned)
                .collect(),
            (Path::Predicate(p), Term::BlankNode(b)) => self
                .graph
                .objects_for_subject_predicate(b, p)
                .map(TermRef::into_owned)
                .collect(),
            (Path::Predicate(_), _) => Vec::new(),
            (Path::Inverse(p), o) => self
                .graph
                .subjects_for_predicate_object(p, o)
                .map(|s| s.into_owned().into())
                .collect(),
        };
        v.sort_by_cached_key(|t| t.to_string());
        v.dedup();
        v
    }
}

impl Data {
    /// The focus nodes of a shape's targets, sorted and without repeats.
    pub(crate) fn focus_nodes(&self, targets: &[Target]) -> Vec<Term> {
        let mut focus: Vec<Term> = Vec::new();
        for t in targets {
            match t {
                Target::Class(c) => focus.extend(self.instances(c)),
                Target::Node(n) => focus.push(n.clone()),
                Target::SubjectsOf(p) => focus.extend(
                    self.graph
                        .triples_for_predicate(p)
                        .map(|t| t.subject.into_owned().into()),
                ),
                Target::ObjectsOf(p) => focus.extend(
                    self.graph
                        .triples_for_predicate(p)
                        .map(|t| t.object.into_owned()),
                ),
            }
        }
        focus.sort_by_cached_key(|t| t.to_string());
        focus.dedup();
        focus
    }
}
