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

#![forbid(unsafe_code)]

pub mod error;

pub use error::{Error, Result};
use newskg_model::vocab::{RDF, RDFS};
use oxrdf::vocab::{rdf, xsd};
use oxrdf::{BlankNode, Graph, Literal, NamedNode, NamedOrBlankNode, Term, TermRef, Triple};
use oxrdfio::{RdfFormat, RdfParser, RdfSerializer};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::io::Write;

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
];

/// Shape predicates that are not constraints (targets, paths, metadata).
const NON_CONSTRAINTS: &[&str] = &[
    "path",
    "property",
    "targetClass",
    "targetNode",
    "targetSubjectsOf",
    "targetObjectsOf",
    "severity",
    "message",
    "deactivated",
    "name",
    "description",
    "order",
    "group",
    "flags",
    "defaultValue",
];

fn sh(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{SH}{local}"))
}

#[derive(Debug, Clone)]
enum Path {
    Predicate(NamedNode),
    Inverse(NamedNode),
}

#[derive(Debug, Clone)]
enum Target {
    Class(NamedNode),
    Node(Term),
    SubjectsOf(NamedNode),
    ObjectsOf(NamedNode),
}

#[derive(Debug, Clone)]
enum Constraint {
    MinCount(usize),
    MaxCount(usize),
    Class(NamedNode),
    Datatype(NamedNode),
    NodeKind(NamedNode),
    In(Vec<Term>),
    HasValue(Term),
    Pattern(regex::Regex),
    MinInclusive(Literal),
    MaxInclusive(Literal),
    MinExclusive(Literal),
    MaxExclusive(Literal),
    MinLength(usize),
    MaxLength(usize),
    LessThan(NamedNode),
    LessThanOrEquals(NamedNode),
    Equals(NamedNode),
    Disjoint(NamedNode),
    /// Each value must conform to at least one of these shapes.
    Or(Vec<usize>),
    /// Each value must conform to this shape.
    Node(usize),
}

impl Constraint {
    fn component(&self) -> &'static str {
        match self {
            Constraint::MinCount(_) => "MinCountConstraintComponent",
            Constraint::MaxCount(_) => "MaxCountConstraintComponent",
            Constraint::Class(_) => "ClassConstraintComponent",
            Constraint::Datatype(_) => "DatatypeConstraintComponent",
            Constraint::NodeKind(_) => "NodeKindConstraintComponent",
            Constraint::In(_) => "InConstraintComponent",
            Constraint::HasValue(_) => "HasValueConstraintComponent",
            Constraint::Pattern(_) => "PatternConstraintComponent",
            Constraint::MinInclusive(_) => "MinInclusiveConstraintComponent",
            Constraint::MaxInclusive(_) => "MaxInclusiveConstraintComponent",
            Constraint::MinExclusive(_) => "MinExclusiveConstraintComponent",
            Constraint::MaxExclusive(_) => "MaxExclusiveConstraintComponent",
            Constraint::MinLength(_) => "MinLengthConstraintComponent",
            Constraint::MaxLength(_) => "MaxLengthConstraintComponent",
            Constraint::LessThan(_) => "LessThanConstraintComponent",
            Constraint::LessThanOrEquals(_) => "LessThanOrEqualsConstraintComponent",
            Constraint::Equals(_) => "EqualsConstraintComponent",
            Constraint::Disjoint(_) => "DisjointConstraintComponent",
            Constraint::Or(_) => "OrConstraintComponent",
            Constraint::Node(_) => "NodeConstraintComponent",
        }
    }
}

/// One shape: a node shape (no path) or a property shape.
#[derive(Debug, Clone)]
struct Shape {
    id: NamedOrBlankNode,
    path: Option<Path>,
    targets: Vec<Target>,
    constraints: Vec<Constraint>,
    properties: Vec<usize>,
    severity: NamedNode,
    message: Option<String>,
    deactivated: bool,
}

/// A set of SHACL shapes.
pub struct Shapes {
    shapes: Vec<Shape>,
}

/// The shapes shipped with this build.
pub fn builtin_shapes() -> Result<Shapes> {
    Shapes::parse(SHAPES_TURTLE.as_bytes(), RdfFormat::Turtle)
}

struct Reader<'a> {
    g: &'a Graph,
    index: HashMap<NamedOrBlankNode, usize>,
    shapes: Vec<Shape>,
}

impl Reader<'_> {
    fn objects(&self, s: &NamedOrBlankNode, local: &str) -> Vec<Term> {
        let p = sh(local);
        self.g
            .objects_for_subject_predicate(s, &p)
            .map(TermRef::into_owned)
            .collect()
    }

    fn one(&self, s: &NamedOrBlankNode, local: &str) -> Result<Option<Term>> {
        let mut v = self.objects(s, local);
        match v.len() {
            0 => Ok(None),
            1 => Ok(v.pop()),
            _ => Err(bad(s, &format!("has {} values of sh:{local}", v.len()))),
        }
    }

    fn list(&self, head: &Term, owner: &NamedOrBlankNode) -> Result<Vec<Term>> {
        let first = NamedNode::new_unchecked(format!("{RDF}first"));
        let rest = NamedNode::new_unchecked(format!("{RDF}rest"));
        let mut out = Vec::new();
        let mut cur = head.clone();
        let mut seen = HashSet::new();
        loop {
            let node = match &cur {
                Term::NamedNode(n) if n.as_ref() == rdf::NIL => return Ok(out),
                Term::NamedNode(n) => NamedOrBlankNode::NamedNode(n.clone()),
                Term::BlankNode(b) => NamedOrBlankNode::BlankNode(b.clone()),
                _ => return Err(bad(owner, "has a list that is not an RDF list")),
            };
            if !seen.insert(node.clone()) {
                return Err(bad(owner, "has a cyclic RDF list"));
            }
            let item = self.g.object_for_subject_predicate(&node, &first);
            let next = self.g.object_for_subject_predicate(&node, &rest);
            match (item, next) {
                (Some(i), Some(n)) => {
                    out.push(i.into_owned());
                    cur = n.into_owned();
                }
                _ => return Err(bad(owner, "has a list that is not an RDF list")),
            }
        }
    }

    /// Reads the shape at `id` (once), returning its index. The index is taken before the
    /// shape's parts are read, so shapes that refer to each other (through sh:node, sh:or
    /// or sh:property) end.
    fn shape(&mut self, id: &NamedOrBlankNode) -> Result<usize> {
        if let Some(&i) = self.index.get(id) {
            return Ok(i);
        }
        let i = self.shapes.len();
        self.index.insert(id.clone(), i);
        self.shapes.push(Shape::unread(id));
        self.refuse_unsupported(id)?;
        let path = self.path(id)?;
        let targets = self.targets(id)?;
        let constraints = self.constraints(id)?;
        let properties = self.properties(id)?;
        let severity = self.severity(id)?;
        let message = self.message(id);
        let deactivated =
            matches!(self.one(id, "deactivated")?, Some(Term::Literal(l)) if l.value() == "true");
        let s = &mut self.shapes[i];
        s.path = path;
        s.targets = targets;
        s.constraints = constraints;
        s.properties = properties;
        s.severity = severity;
        s.message = message;
        s.deactivated = deactivated;
        Ok(i)
    }

    /// Refuses a shape that uses an sh: predicate this engine does not know: every one is
    /// either a supported constraint component or in [`NON_CONSTRAINTS`].
    fn refuse_unsupported(&self, id: &NamedOrBlankNode) -> Result<()> {
        for t in self.g.triples_for_subject(id) {
            if let Some(local) = t.predicate.as_str().strip_prefix(SH) {
                if !SUPPORTED.contains(&local) && !NON_CONSTRAINTS.contains(&local) {
                    return Err(Error::Usage(format!(
                        "shapes: {} uses sh:{local}, which newskg validate does not support (it checks SHACL Core: {})",
                        show_node(id),
                        SUPPORTED.join(", ")
                    )));
                }
            }
        }
        Ok(())
    }

    /// Reads a shape's `sh:path`: an IRI or `sh:inversePath` of an IRI; other paths are
    /// refused. `None` for a node shape.
    fn path(&self, id: &NamedOrBlankNode) -> Result<Option<Path>> {
        match self.one(id, "path")? {
            None => Ok(None),
            Some(Term::NamedNode(p)) => Ok(Some(Path::Predicate(p))),
            Some(Term::BlankNode(b)) => {
                let node = NamedOrBlankNode::BlankNode(b);
                match self.one(&node, "inversePath")? {
                    Some(Term::NamedNode(p)) => Ok(Some(Path::Inverse(p))),
                    _ => Err(Error::Usage(format!(
                        "shapes: {} has a property path newskg validate does not support (only an IRI or sh:inversePath of an IRI)",
                        show_node(id)
                    ))),
                }
            }
            Some(_) => Err(bad(id, "has a literal sh:path")),
        }
    }

    /// Reads a shape's targets: class, subjects-of, objects-of and node targets, then the
    /// implicit class target of a shape that is also a class.
    fn targets(&self, id: &NamedOrBlankNode) -> Result<Vec<Target>> {
        let mut targets = Vec::new();
        for t in self.objects(id, "targetClass") {
            targets.push(Target::Class(target_iri(t, id)?));
        }
        for t in self.objects(id, "targetSubjectsOf") {
            targets.push(Target::SubjectsOf(target_iri(t, id)?));
        }
        for t in self.objects(id, "targetObjectsOf") {
            targets.push(Target::ObjectsOf(target_iri(t, id)?));
        }
        for t in self.objects(id, "targetNode") {
            targets.push(Target::Node(t));
        }
        self.implicit_class_target(id, &mut targets);
        Ok(targets)
    }

    /// Adds the implicit class target: a shape that is also an `rdfs:Class` or `owl:Class`
    /// targets its instances (once per such type).
    fn implicit_class_target(&self, id: &NamedOrBlankNode, targets: &mut Vec<Target>) {
        let rdf_type = rdf::TYPE.into_owned();
        for c in self.g.objects_for_subject_predicate(id, &rdf_type) {
            if let TermRef::NamedNode(c) = c {
                if c.as_str() == format!("{RDFS}Class")
                    || c.as_str() == "http://www.w3.org/2002/07/owl#Class"
                {
                    if let NamedOrBlankNode::NamedNode(n) = id {
                        targets.push(Target::Class(n.clone()));
                    }
                }
            }
        }
    }

    /// Reads a shape's constraints, component by component in the order of [`SUPPORTED`].
    fn constraints(&mut self, id: &NamedOrBlankNode) -> Result<Vec<Constraint>> {
        let mut c = Vec::new();
        self.count_and_term_constraints(id, &mut c)?;
        self.pattern_constraints(id, &mut c)?;
        self.range_constraints(id, &mut c)?;
        self.pair_constraints(id, &mut c)?;
        self.shape_constraints(id, &mut c)?;
        Ok(c)
    }

    /// Reads each value of `sh:{local}` on `id` with `read` (given the value and `local`),
    /// adding the constraints to `out`.
    fn each(
        &self,
        id: &NamedOrBlankNode,
        local: &str,
        out: &mut Vec<Constraint>,
        read: impl Fn(Term, &str) -> Result<Constraint>,
    ) -> Result<()> {
        for t in self.objects(id, local) {
            out.push(read(t, local)?);
        }
        Ok(())
    }

    /// Reads sh:minCount, sh:maxCount, sh:class, sh:datatype, sh:nodeKind, sh:in and
    /// sh:hasValue.
    fn count_and_term_constraints(
        &self,
        id: &NamedOrBlankNode,
        c: &mut Vec<Constraint>,
    ) -> Result<()> {
        use Constraint::*;
        self.each(id, "minCount", c, |t, w| Ok(MinCount(whole(&t, w, id)?)))?;
        self.each(id, "maxCount", c, |t, w| Ok(MaxCount(whole(&t, w, id)?)))?;
        self.each(id, "class", c, |t, w| Ok(Class(iri(t, w, id)?)))?;
        self.each(id, "datatype", c, |t, w| Ok(Datatype(iri(t, w, id)?)))?;
        self.each(id, "nodeKind", c, |t, w| Ok(NodeKind(iri(t, w, id)?)))?;
        self.each(id, "in", c, |t, _| Ok(In(self.list(&t, id)?)))?;
        self.each(id, "hasValue", c, |t, _| Ok(HasValue(t)))
    }

    /// Reads sh:pattern, each compiled with the shape's sh:flags (`i`, `s`, `m`, `x`).
    fn pattern_constraints(&self, id: &NamedOrBlankNode, c: &mut Vec<Constraint>) -> Result<()> {
        let flags = match self.one(id, "flags")? {
            Some(Term::Literal(l)) => l.value().to_string(),
            _ => String::new(),
        };
        for t in self.objects(id, "pattern") {
            let p = literal(t, "pattern", id)?;
            let mut re = String::new();
            for f in flags.chars() {
                match f {
                    'i' | 's' | 'm' | 'x' => re.push_str(&format!("(?{f})")),
                    _ => return Err(bad(id, &format!("has an unsupported regex flag '{f}'"))),
                }
            }
            re.push_str(p.value());
            let re = regex::Regex::new(&re)
                .map_err(|e| bad(id, &format!("has an invalid sh:pattern ({e})")))?;
            c.push(Constraint::Pattern(re));
        }
        Ok(())
    }

    /// Reads the value ranges (sh:minInclusive, sh:maxInclusive, sh:minExclusive,
    /// sh:maxExclusive) and the length bounds (sh:minLength, sh:maxLength).
    fn range_constraints(&self, id: &NamedOrBlankNode, c: &mut Vec<Constraint>) -> Result<()> {
        use Constraint::*;
        self.each(id, "minInclusive", c, |t, w| {
            Ok(MinInclusive(literal(t, w, id)?))
        })?;
        self.each(id, "maxInclusive", c, |t, w| {
            Ok(MaxInclusive(literal(t, w, id)?))
        })?;
        self.each(id, "minExclusive", c, |t, w| {
            Ok(MinExclusive(literal(t, w, id)?))
        })?;
        self.each(id, "maxExclusive", c, |t, w| {
            Ok(MaxExclusive(literal(t, w, id)?))
        })?;
        self.each(id, "minLength", c, |t, w| Ok(MinLength(whole(&t, w, id)?)))?;
        self.each(id, "maxLength", c, |t, w| Ok(MaxLength(whole(&t, w, id)?)))
    }

    /// Reads the property-pair constraints: sh:lessThan, sh:lessThanOrEquals, sh:equals
    /// and sh:disjoint.
    fn pair_constraints(&self, id: &NamedOrBlankNode, c: &mut Vec<Constraint>) -> Result<()> {
        use Constraint::*;
        self.each(id, "lessThan", c, |t, w| Ok(LessThan(iri(t, w, id)?)))?;
        self.each(id, "lessThanOrEquals", c, |t, w| {
            Ok(LessThanOrEquals(iri(t, w, id)?))
        })?;
        self.each(id, "equals", c, |t, w| Ok(Equals(iri(t, w, id)?)))?;
        self.each(id, "disjoint", c, |t, w| Ok(Disjoint(iri(t, w, id)?)))
    }

    /// Reads sh:or and sh:node, reading the shapes they name (recursively).
    fn shape_constraints(&mut self, id: &NamedOrBlankNode, c: &mut Vec<Constraint>) -> Result<()> {
        for t in self.objects(id, "or") {
            let mut members = Vec::new();
            for m in self.list(&t, id)? {
                members.push(self.shape(&node_of(m, id)?)?);
            }
            c.push(Constraint::Or(members));
        }
        for t in self.objects(id, "node") {
            let s = self.shape(&node_of(t, id)?)?;
            c.push(Constraint::Node(s));
        }
        Ok(())
    }

    /// Reads a shape's property shapes (recursively); each must have a sh:path.
    fn properties(&mut self, id: &NamedOrBlankNode) -> Result<Vec<usize>> {
        let mut properties = Vec::new();
        for t in self.objects(id, "property") {
            let p = self.shape(&node_of(t, id)?)?;
            if self.shapes[p].path.is_none() {
                return Err(bad(id, "has a sh:property without sh:path"));
            }
            properties.push(p);
        }
        Ok(properties)
    }

    /// Reads a shape's sh:severity, `sh:Violation` when it has none.
    fn severity(&self, id: &NamedOrBlankNode) -> Result<NamedNode> {
        match self.one(id, "severity")? {
            Some(Term::NamedNode(n)) => Ok(n),
            Some(_) => Err(bad(id, "has sh:severity that is not an IRI")),
            None => Ok(sh("Violation")),
        }
    }

    /// A shape's sh:message: the first that is a literal, if any.
    fn message(&self, id: &NamedOrBlankNode) -> Option<String> {
        self.objects(id, "message")
            .into_iter()
            .find_map(|t| match t {
                Term::Literal(l) => Some(l.value().to_string()),
                _ => None,
            })
    }
}

impl Shape {
    /// A shape whose parts are not read yet: no path, targets or constraints, severity
    /// `sh:Violation`.
    fn unread(id: &NamedOrBlankNode) -> Shape {
        Shape {
            id: id.clone(),
            path: None,
            targets: Vec::new(),
            constraints: Vec::new(),
            properties: Vec::new(),
            severity: sh("Violation"),
            message: None,
            deactivated: false,
        }
    }
}

/// A target's value as an IRI, or an error naming the shape.
fn target_iri(t: Term, owner: &NamedOrBlankNode) -> Result<NamedNode> {
    match t {
        Term::NamedNode(n) => Ok(n),
        _ => Err(bad(owner, "has a target that is not an IRI")),
    }
}

/// The value of `sh:{what}` as a whole number (a literal whose lexical form parses).
fn whole(t: &Term, what: &str, owner: &NamedOrBlankNode) -> Result<usize> {
    match t {
        Term::Literal(l) => l
            .value()
            .parse()
            .map_err(|_| bad(owner, &format!("has sh:{what} that is not a whole number"))),
        _ => Err(bad(owner, &format!("has sh:{what} that is not a number"))),
    }
}

/// The value of `sh:{what}` as an IRI.
fn iri(t: Term, what: &str, owner: &NamedOrBlankNode) -> Result<NamedNode> {
    match t {
        Term::NamedNode(n) => Ok(n),
        _ => Err(bad(owner, &format!("has sh:{what} that is not an IRI"))),
    }
}

/// The value of `sh:{what}` as a literal.
fn literal(t: Term, what: &str, owner: &NamedOrBlankNode) -> Result<Literal> {
    match t {
        Term::Literal(l) => Ok(l),
        _ => Err(bad(owner, &format!("has sh:{what} that is not a literal"))),
    }
}

fn node_of(t: Term, owner: &NamedOrBlankNode) -> Result<NamedOrBlankNode> {
    match t {
        Term::NamedNode(n) => Ok(NamedOrBlankNode::NamedNode(n)),
        Term::BlankNode(b) => Ok(NamedOrBlankNode::BlankNode(b)),
        _ => Err(bad(owner, "refers to a shape that is a literal")),
    }
}

fn show_node(n: &NamedOrBlankNode) -> String {
    match n {
        NamedOrBlankNode::NamedNode(n) => format!("<{}>", n.as_str()),
        NamedOrBlankNode::BlankNode(_) => "a blank-node shape".into(),
    }
}

fn bad(id: &NamedOrBlankNode, what: &str) -> Error {
    Error::Usage(format!("shapes: {} {what}", show_node(id)))
}

impl Shapes {
    /// Reads shapes from RDF.
    pub fn parse(bytes: &[u8], format: RdfFormat) -> Result<Shapes> {
        let mut graph = Graph::new();
        for q in RdfParser::from_format(format).for_slice(bytes) {
            let q = q.map_err(|e| Error::Usage(format!("shapes: {e}")))?;
            graph.insert(&Triple::new(q.subject, q.predicate, q.object));
        }
        let mut starts: BTreeSet<String> = BTreeSet::new();
        let mut roots = Vec::new();
        let rdf_type = rdf::TYPE.into_owned();
        for t in graph.iter() {
            let local = t.predicate.as_str().strip_prefix(SH).unwrap_or("");
            let is_shape_type = t.predicate == rdf_type.as_ref()
                && matches!(t.object, TermRef::NamedNode(o) if o.as_str() == format!("{SH}NodeShape") || o.as_str() == format!("{SH}PropertyShape"));
            if (is_shape_type || local.starts_with("target"))
                && starts.insert(t.subject.to_string())
            {
                roots.push(t.subject.into_owned());
            }
        }
        let mut r = Reader {
            g: &graph,
            index: HashMap::new(),
            shapes: Vec::new(),
        };
        for root in &roots {
            r.shape(root)?;
        }
        let shapes = r.shapes;
        if shapes.is_empty() {
            return Err(Error::Usage(
                "shapes: the file has no SHACL shapes (no sh:NodeShape, sh:PropertyShape or target)"
                    .into(),
            ));
        }
        Ok(Shapes { shapes })
    }

    /// How many shapes (node and property shapes) were read.
    pub fn len(&self) -> usize {
        self.shapes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.shapes.is_empty()
    }
}

/// One validation result.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Violation {
    pub focus: String,
    /// The property path (`<p>` or `^<p>` for an inverse path), if from a property shape.
    pub path: Option<String>,
    pub value: Option<String>,
    /// The constraint component's local name, e.g. `MinCountConstraintComponent`.
    pub component: String,
    pub severity: String,
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
    pub results: Vec<Violation>,
    /// Focus nodes checked.
    pub focus_nodes: usize,
    pub triples: usize,
    shape_ids: Vec<NamedOrBlankNode>,
    terms: HashMap<String, Term>,
}

impl Report {
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
        let t = |s: &BlankNode, p: &str, o: Term| Triple::new(s.clone(), sh(p), o);
        out.push(Triple::new(
            report.clone(),
            rdf::TYPE.into_owned(),
            sh("ValidationReport"),
        ));
        out.push(t(
            &report,
            "conforms",
            Literal::from(self.conforms()).into(),
        ));
        for r in &self.results {
            let b = BlankNode::default();
            out.push(t(&report, "result", b.clone().into()));
            out.push(Triple::new(
                b.clone(),
                rdf::TYPE.into_owned(),
                sh("ValidationResult"),
            ));
            out.push(t(&b, "focusNode", self.terms[&r.focus_term.0].clone()));
            if let Some(v) = &r.value_term {
                out.push(t(&b, "value", self.terms[&v.0].clone()));
            }
            if let Some((inverse, p)) = &r.path_term {
                if *inverse {
                    let pb = BlankNode::default();
                    out.push(t(&b, "resultPath", pb.clone().into()));
                    out.push(t(&pb, "inversePath", p.clone().into()));
                } else {
                    out.push(t(&b, "resultPath", p.clone().into()));
                }
            }
            let shape: Term = match &self.shape_ids[r.shape] {
                NamedOrBlankNode::NamedNode(n) => n.clone().into(),
                NamedOrBlankNode::BlankNode(_) => BlankNode::default().into(),
            };
            out.push(t(&b, "sourceShape", shape));
            out.push(t(&b, "sourceConstraintComponent", sh(&r.component).into()));
            out.push(t(
                &b,
                "resultSeverity",
                NamedNode::new_unchecked(&r.severity).into(),
            ));
            out.push(t(
                &b,
                "resultMessage",
                Literal::from(r.message.as_str()).into(),
            ));
        }
        out
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

/// The data graph being validated, with class membership through `rdfs:subClassOf`.
pub struct Data {
    pub graph: Graph,
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
    fn is_instance(&self, node: &Term, class: &NamedNode) -> bool {
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

    fn values(&self, focus: &Term, path: &Path) -> Vec<Term> {
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

/// Orders two literals as SPARQL's `<` would for the types newskg uses: numbers, dates
/// and date-times of the same kind, plain strings. `None` when they cannot be compared.
fn compare(a: &Literal, b: &Literal) -> Option<std::cmp::Ordering> {
    let numeric = |l: &Literal| {
        let d = l.datatype().as_str();
        let x = d.strip_prefix("http://www.w3.org/2001/XMLSchema#")?;
        matches!(
            x,
            "integer"
                | "decimal"
                | "double"
                | "float"
                | "int"
                | "long"
                | "short"
                | "byte"
                | "nonNegativeInteger"
                | "positiveInteger"
                | "negativeInteger"
                | "nonPositiveInteger"
                | "unsignedInt"
                | "unsignedLong"
        )
        .then(|| l.value().trim().parse::<f64>().ok())
        .flatten()
    };
    if let (Some(x), Some(y)) = (numeric(a), numeric(b)) {
        return x.partial_cmp(&y);
    }
    let (da, db) = (a.datatype(), b.datatype());
    if da != db {
        return None;
    }
    if da == xsd::DATE {
        let p = |l: &Literal| chrono::NaiveDate::parse_from_str(l.value(), "%Y-%m-%d").ok();
        return Some(p(a)?.cmp(&p(b)?));
    }
    if da == xsd::DATE_TIME {
        let p = |l: &Literal| chrono::DateTime::parse_from_rfc3339(l.value()).ok();
        return Some(p(a)?.cmp(&p(b)?));
    }
    if da == xsd::STRING && a.language().is_none() && b.language().is_none() {
        return Some(a.value().cmp(b.value()));
    }
    None
}

/// Whether a literal's lexical form is valid for its datatype (for the datatypes whose
/// syntax newskg knows; others are taken as valid).
fn well_formed(l: &Literal) -> bool {
    let v = l.value();
    let d = l.datatype();
    if d == xsd::INTEGER {
        let s = v.strip_prefix(['+', '-']).unwrap_or(v);
        !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
    } else if d == xsd::DATE {
        chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").is_ok()
    } else if d == xsd::BOOLEAN {
        matches!(v, "true" | "false" | "1" | "0")
    } else if d == xsd::DECIMAL {
        let s = v.strip_prefix(['+', '-']).unwrap_or(v);
        !s.is_empty()
            && s.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && s.bytes().filter(|&b| b == b'.').count() <= 1
            && s != "."
    } else if d == xsd::DOUBLE || d == xsd::FLOAT {
        matches!(v, "INF" | "-INF" | "NaN") || v.parse::<f64>().is_ok()
    } else if d == xsd::DATE_TIME {
        chrono::DateTime::parse_from_rfc3339(v).is_ok()
            || chrono::NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M:%S%.f").is_ok()
    } else {
        true
    }
}

fn lexical(t: &Term) -> Option<&str> {
    match t {
        Term::NamedNode(n) => Some(n.as_str()),
        Term::Literal(l) => Some(l.value()),
        _ => None,
    }
}

/// One failed constraint, as the checker finds it: the shape, the focus node, the value
/// (if the constraint is about one value), the constraint component and a generated
/// message.
struct Finding {
    shape: usize,
    focus: Term,
    value: Option<Term>,
    component: &'static str,
    message: String,
}

/// Checks focus nodes against shapes, collecting what fails.
struct Checker<'a> {
    shapes: &'a Shapes,
    data: &'a Data,
    out: Vec<Finding>,
}

impl Checker<'_> {
    /// Whether `value` conforms to shape `s` (used by sh:or and sh:node); no results kept.
    fn conforms(&self, s: usize, value: &Term, depth: usize) -> bool {
        let mut sub = Checker {
            shapes: self.shapes,
            data: self.data,
            out: Vec::new(),
        };
        sub.check(s, value, depth + 1);
        sub.out.is_empty()
    }

    /// Checks `focus` against shape `s` and its property shapes (nothing past depth 32).
    fn check(&mut self, s: usize, focus: &Term, depth: usize) {
        let shape = &self.shapes.shapes[s];
        if shape.deactivated || depth > 32 {
            return;
        }
        let values = match &shape.path {
            Some(p) => self.data.values(focus, p),
            None => vec![focus.clone()],
        };
        for c in &shape.constraints {
            self.constraint(s, c, focus, &values, depth);
        }
        for &p in &shape.properties {
            self.check(p, focus, depth);
        }
    }

    /// Records a failure of constraint `c` of shape `s`.
    fn push(&mut self, s: usize, focus: &Term, value: Option<&Term>, c: &Constraint, msg: String) {
        self.out.push(Finding {
            shape: s,
            focus: focus.clone(),
            value: value.cloned(),
            component: c.component(),
            message: msg,
        });
    }

    /// Checks one constraint of shape `s` on the values `focus` has on the shape's path.
    fn constraint(
        &mut self,
        s: usize,
        c: &Constraint,
        focus: &Term,
        values: &[Term],
        depth: usize,
    ) {
        match c {
            Constraint::MinCount(_) | Constraint::MaxCount(_) | Constraint::HasValue(_) => {
                if let Some(msg) = all_values_fail(c, values) {
                    self.push(s, focus, None, c, msg);
                }
            }
            Constraint::LessThan(p) | Constraint::LessThanOrEquals(p) => {
                self.less_than(s, c, p, focus, values);
            }
            Constraint::Equals(p) | Constraint::Disjoint(p) => {
                self.equals_or_disjoint(s, c, p, focus, values);
            }
            _ => {
                for v in values {
                    if let Some(msg) = self.value_fails(c, v, depth) {
                        self.push(s, focus, Some(v), c, msg);
                    }
                }
            }
        }
    }

    /// Checks sh:lessThan or sh:lessThanOrEquals `p`: every value against every value of
    /// `p` on the focus node; values that cannot be compared fail.
    fn less_than(
        &mut self,
        s: usize,
        c: &Constraint,
        p: &NamedNode,
        focus: &Term,
        values: &[Term],
    ) {
        let others = self.data.values(focus, &Path::Predicate(p.clone()));
        let strict = matches!(c, Constraint::LessThan(_));
        for v in values {
            for o in &others {
                let ok = match (v, o) {
                    (Term::Literal(a), Term::Literal(b)) => match compare(a, b) {
                        Some(std::cmp::Ordering::Less) => true,
                        Some(std::cmp::Ordering::Equal) => !strict,
                        _ => false,
                    },
                    _ => false,
                };
                if !ok {
                    let rel = if strict { "less than" } else { "at most" };
                    self.push(
                        s,
                        focus,
                        Some(v),
                        c,
                        format!("{v} is not {rel} the value of {p} ({o})"),
                    );
                }
            }
        }
    }

    /// Checks sh:equals or sh:disjoint `p` against the values of `p` on the focus node.
    fn equals_or_disjoint(
        &mut self,
        s: usize,
        c: &Constraint,
        p: &NamedNode,
        focus: &Term,
        values: &[Term],
    ) {
        let others = self.data.values(focus, &Path::Predicate(p.clone()));
        if matches!(c, Constraint::Equals(_)) {
            let missing: Vec<Term> = values
                .iter()
                .filter(|v| !others.contains(v))
                .chain(others.iter().filter(|o| !values.contains(o)))
                .cloned()
                .collect();
            for v in missing {
                self.push(
                    s,
                    focus,
                    Some(&v),
                    c,
                    format!("{v} is not a value of both this path and {p}"),
                );
            }
        } else {
            for v in values.iter().filter(|v| others.contains(v)) {
                self.push(s, focus, Some(v), c, format!("{v} is also a value of {p}"));
            }
        }
    }

    /// Checks a constraint that applies to each value on its own.
    fn value_fails(&self, c: &Constraint, v: &Term, depth: usize) -> Option<String> {
        let fail = |ok: bool, msg: String| (!ok).then_some(msg);
        match c {
            Constraint::Class(k) => fail(self.data.is_instance(v, k), format!("{v} is not a {k}")),
            Constraint::Datatype(dt) => fail(
                matches!(v, Term::Literal(l) if l.datatype() == dt.as_ref() && well_formed(l)),
                format!("{v} is not a well-formed {dt}"),
            ),
            Constraint::NodeKind(k) => {
                let kind = k.as_str().strip_prefix(SH).unwrap_or("");
                let ok = match v {
                    Term::NamedNode(_) => kind.contains("IRI"),
                    Term::BlankNode(_) => kind.contains("BlankNode"),
                    Term::Literal(_) => kind.contains("Literal"),
                };
                fail(ok, format!("{v} is not of node kind sh:{kind}"))
            }
            Constraint::In(list) => fail(
                list.contains(v),
                format!("{v} is not one of the allowed values"),
            ),
            Constraint::Pattern(re) => fail(
                lexical(v).is_some_and(|s| re.is_match(s)),
                format!("{v} does not match the pattern {}", re.as_str()),
            ),
            Constraint::MinLength(_)
            | Constraint::MaxLength(_)
            | Constraint::MinInclusive(_)
            | Constraint::MaxInclusive(_)
            | Constraint::MinExclusive(_)
            | Constraint::MaxExclusive(_) => bound_fails(c, v),
            Constraint::Or(members) => fail(
                members.iter().any(|&m| self.conforms(m, v, depth)),
                format!("{v} conforms to none of the alternatives"),
            ),
            Constraint::Node(m) => fail(
                self.conforms(*m, v, depth),
                format!(
                    "{v} does not conform to the shape {}",
                    show_node(&self.shapes.shapes[*m].id)
                ),
            ),
            _ => None,
        }
    }
}

/// The message when the values as a whole fail sh:minCount, sh:maxCount or sh:hasValue.
fn all_values_fail(c: &Constraint, values: &[Term]) -> Option<String> {
    match c {
        Constraint::MinCount(n) => (values.len() < *n)
            .then(|| format!("expected at least {n} value(s), found {}", values.len())),
        Constraint::MaxCount(n) => (values.len() > *n)
            .then(|| format!("expected at most {n} value(s), found {}", values.len())),
        Constraint::HasValue(v) => (!values.contains(v)).then(|| format!("expected the value {v}")),
        _ => None,
    }
}

/// The message when a value fails a length bound (sh:minLength, sh:maxLength) or a value
/// range (sh:minInclusive, sh:maxInclusive, sh:minExclusive, sh:maxExclusive).
fn bound_fails(c: &Constraint, v: &Term) -> Option<String> {
    use std::cmp::Ordering::*;
    let (ok, msg) = match c {
        Constraint::MinLength(n) | Constraint::MaxLength(n) => {
            let len = lexical(v).map(|s| s.chars().count());
            let ok = match (c, len) {
                (Constraint::MinLength(_), Some(l)) => l >= *n,
                (_, Some(l)) => l <= *n,
                _ => false,
            };
            (
                ok,
                format!("{v} has a length outside the allowed range ({n})"),
            )
        }
        Constraint::MinInclusive(b)
        | Constraint::MaxInclusive(b)
        | Constraint::MinExclusive(b)
        | Constraint::MaxExclusive(b) => {
            let ord = match v {
                Term::Literal(l) => compare(l, b),
                _ => None,
            };
            let ok = match (c, ord) {
                (Constraint::MinInclusive(_), Some(o)) => o != Less,
                (Constraint::MaxInclusive(_), Some(o)) => o != Greater,
                (Constraint::MinExclusive(_), Some(o)) => o == Greater,
                (Constraint::MaxExclusive(_), Some(o)) => o == Less,
                _ => false,
            };
            (ok, format!("{v} is out of range (bound {b})"))
        }
        _ => return None,
    };
    (!ok).then_some(msg)
}

/// Validates `data` against `shapes`.
pub fn validate(shapes: &Shapes, data: &Data) -> Report {
    let mut checker = Checker {
        shapes,
        data,
        out: Vec::new(),
    };
    let mut focus_nodes = HashSet::new();
    for (i, shape) in shapes.shapes.iter().enumerate() {
        if shape.deactivated || shape.targets.is_empty() {
            continue;
        }
        for f in &data.focus_nodes(&shape.targets) {
            focus_nodes.insert(f.clone());
            checker.check(i, f, 0);
        }
    }
    Report::new(shapes, data, checker.out, focus_nodes.len())
}

impl Data {
    /// The focus nodes of a shape's targets, sorted and without repeats.
    fn focus_nodes(&self, targets: &[Target]) -> Vec<Term> {
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

impl Report {
    /// The report of what the checker found: one sorted, deduplicated [`Violation`] per
    /// finding, with the terms kept for the RDF report.
    fn new(shapes: &Shapes, data: &Data, found: Vec<Finding>, focus_nodes: usize) -> Report {
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
