//! The data graph: its triples, class membership through `rdfs:subClassOf`, the values
//! of a path and the focus nodes of a shape's targets.

use crate::shapes::{Path, Target};
use crate::{Error, Result};
use newskg_model::vocab::RDFS;
use oxrdf::vocab::rdf;
use oxrdf::{Graph, NamedNode, NamedOrBlankNode, Term, TermRef, Triple};
use oxrdfio::RdfFormat;
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

    /// RDF files (any W3C format; the graphs of dataset formats are merged), relative IRIs
    /// resolved against each file's own location ([`crate::file_base_iri`]).
    pub fn from_files(files: &[(std::path::PathBuf, RdfFormat)]) -> Result<Data> {
        Data::from_files_with_base(files, None)
    }

    /// RDF files, relative IRIs resolved against `base` when given, else against each
    /// file's own location.
    pub fn from_files_with_base(
        files: &[(std::path::PathBuf, RdfFormat)],
        base: Option<&str>,
    ) -> Result<Data> {
        let mut triples = Vec::new();
        for (path, format) in files {
            let (parser, f) = crate::open_rdf(path, *format, base)?;
            for q in parser.for_reader(std::io::BufReader::new(f)) {
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
        let mut v: Vec<Term> = match path {
            // The common case without a set: one triple pattern, no repeats possible.
            Path::Predicate(p) => self.step_vec(focus, p),
            _ => self.walk(focus, path).into_iter().collect(),
        };
        v.sort_by_cached_key(|t| t.to_string());
        v
    }

    /// The objects of `p` on `node`, as a list.
    fn step_vec(&self, node: &Term, p: &NamedNode) -> Vec<Term> {
        match node {
            Term::NamedNode(n) => self
                .graph
                .objects_for_subject_predicate(n, p)
                .map(TermRef::into_owned)
                .collect(),
            Term::BlankNode(b) => self
                .graph
                .objects_for_subject_predicate(b, p)
                .map(TermRef::into_owned)
                .collect(),
            Term::Literal(_) => Vec::new(),
        }
    }

    /// The nodes `path` reaches from `focus`.
    fn walk(&self, focus: &Term, path: &Path) -> HashSet<Term> {
        match path {
            Path::Predicate(p) => self.step(focus, p, false),
            Path::Inverse(inner) => match inner.as_ref() {
                Path::Predicate(p) => self.step(focus, p, true),
                other => self.inverse(focus, other),
            },
            Path::Sequence(parts) => {
                let mut nodes = HashSet::from([focus.clone()]);
                for part in parts {
                    nodes = nodes.iter().flat_map(|n| self.walk(n, part)).collect();
                }
                nodes
            }
            Path::Alternative(parts) => parts.iter().flat_map(|p| self.walk(focus, p)).collect(),
            Path::ZeroOrOne(p) => {
                let mut nodes = self.walk(focus, p);
                nodes.insert(focus.clone());
                nodes
            }
            Path::ZeroOrMore(p) | Path::OneOrMore(p) => {
                let mut seen = HashSet::new();
                if matches!(path, Path::ZeroOrMore(_)) {
                    seen.insert(focus.clone());
                }
                let mut stack: Vec<Term> = self.walk(focus, p).into_iter().collect();
                while let Some(n) = stack.pop() {
                    if seen.insert(n.clone()) {
                        stack.extend(self.walk(&n, p));
                    }
                }
                seen
            }
        }
    }

    /// The objects (or, `backwards`, the subjects) of `p` on `node`.
    fn step(&self, node: &Term, p: &NamedNode, backwards: bool) -> HashSet<Term> {
        if backwards {
            return self
                .graph
                .subjects_for_predicate_object(p, node)
                .map(|s| s.into_owned().into())
                .collect();
        }
        let subject = match node {
            Term::NamedNode(n) => NamedOrBlankNode::NamedNode(n.clone()),
            Term::BlankNode(b) => NamedOrBlankNode::BlankNode(b.clone()),
            _ => return HashSet::new(),
        };
        self.graph
            .objects_for_subject_predicate(&subject, p)
            .map(TermRef::into_owned)
            .collect()
    }

    /// The nodes from which a complex `path` reaches `focus` (the inverse of that path).
    fn inverse(&self, focus: &Term, path: &Path) -> HashSet<Term> {
        let flipped = match path {
            Path::Predicate(p) => return self.step(focus, p, true),
            Path::Inverse(p) => return self.walk(focus, p),
            Path::Sequence(parts) => Path::Sequence(
                parts
                    .iter()
                    .rev()
                    .map(|p| Path::Inverse(Box::new(p.clone())))
                    .collect(),
            ),
            Path::Alternative(parts) => Path::Alternative(
                parts
                    .iter()
                    .map(|p| Path::Inverse(Box::new(p.clone())))
                    .collect(),
            ),
            Path::ZeroOrMore(p) => Path::ZeroOrMore(Box::new(Path::Inverse(p.clone()))),
            Path::OneOrMore(p) => Path::OneOrMore(Box::new(Path::Inverse(p.clone()))),
            Path::ZeroOrOne(p) => Path::ZeroOrOne(Box::new(Path::Inverse(p.clone()))),
        };
        self.walk(focus, &flipped)
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
