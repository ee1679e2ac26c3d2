//! Reading shapes: the SHACL Core shapes graph parsed into [`Shapes`], with every
//! target, path and constraint read once and anything unsupported refused by name.

use crate::{sh, Error, Result, SH, SHAPES_TURTLE, SUPPORTED};
use newskg_model::vocab::{RDF, RDFS};
use oxrdf::vocab::rdf;
use oxrdf::{Graph, Literal, NamedNode, NamedOrBlankNode, Term, TermRef, Triple};
use oxrdfio::{RdfFormat, RdfParser};
use std::collections::{BTreeSet, HashMap, HashSet};

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
    "ignoredProperties",
    "qualifiedMinCount",
    "qualifiedMaxCount",
    "qualifiedValueShapesDisjoint",
];

/// A SHACL property path.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Path {
    /// An IRI: the objects of the predicate.
    Predicate(NamedNode),
    /// `sh:inversePath`: the path walked backwards.
    Inverse(Box<Path>),
    /// An RDF list of paths: each walked from the values of the one before.
    Sequence(Vec<Path>),
    /// `sh:alternativePath`: the values of any of the paths.
    Alternative(Vec<Path>),
    /// `sh:zeroOrMorePath`: the node itself and everything the path reaches, repeatedly.
    ZeroOrMore(Box<Path>),
    /// `sh:oneOrMorePath`: everything the path reaches, repeatedly.
    OneOrMore(Box<Path>),
    /// `sh:zeroOrOnePath`: the node itself and the path's values.
    ZeroOrOne(Box<Path>),
}

/// The parameters of sh:qualifiedValueShape with sh:qualifiedMinCount or
/// sh:qualifiedMaxCount.
#[derive(Debug, Clone)]
pub(crate) struct Qualified {
    /// The qualified value shape.
    pub(crate) shape: usize,
    /// The bound.
    pub(crate) count: usize,
    /// sh:qualifiedValueShapesDisjoint: values that conform to a sibling shape do not count.
    pub(crate) disjoint: bool,
}

/// A shape's target: where its focus nodes come from.
#[derive(Debug, Clone)]
pub(crate) enum Target {
    /// `sh:targetClass` (or the implicit class target): the SHACL instances.
    Class(NamedNode),
    /// `sh:targetNode`: the node itself.
    Node(Term),
    /// `sh:targetSubjectsOf`: the subjects of the predicate.
    SubjectsOf(NamedNode),
    /// `sh:targetObjectsOf`: the objects of the predicate.
    ObjectsOf(NamedNode),
}

/// One constraint of a shape, its parameter read and checked; shapes are named by
/// their index in [`Shapes`].
#[derive(Debug, Clone)]
pub(crate) enum Constraint {
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
    /// Each value must not conform to this shape.
    Not(usize),
    /// Each value must conform to all of these shapes.
    And(Vec<usize>),
    /// Each value must conform to exactly one of these shapes.
    Xone(Vec<usize>),
    /// sh:closed: only these predicates (the shape's property paths and
    /// sh:ignoredProperties) may appear on a value.
    Closed(Vec<NamedNode>),
    /// Each value must be a literal whose language tag matches one of these ranges.
    LanguageIn(Vec<String>),
    /// No two values may share a language tag.
    UniqueLang,
    /// At least `count` values conform to the qualified value shape.
    QualifiedMinCount(Qualified),
    /// At most `count` values conform to the qualified value shape.
    QualifiedMaxCount(Qualified),
}

impl Constraint {
    /// The local name of the constraint's component in the SHACL namespace.
    pub(crate) fn component(&self) -> &'static str {
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
            Constraint::Not(_) => "NotConstraintComponent",
            Constraint::And(_) => "AndConstraintComponent",
            Constraint::Xone(_) => "XoneConstraintComponent",
            Constraint::Closed(_) => "ClosedConstraintComponent",
            Constraint::LanguageIn(_) => "LanguageInConstraintComponent",
            Constraint::UniqueLang => "UniqueLangConstraintComponent",
            Constraint::QualifiedMinCount(_) => "QualifiedMinCountConstraintComponent",
            Constraint::QualifiedMaxCount(_) => "QualifiedMaxCountConstraintComponent",
        }
    }
}

/// One shape: a node shape (no path) or a property shape.
#[derive(Debug, Clone)]
pub(crate) struct Shape {
    pub(crate) id: NamedOrBlankNode,
    pub(crate) path: Option<Path>,
    pub(crate) targets: Vec<Target>,
    pub(crate) constraints: Vec<Constraint>,
    pub(crate) properties: Vec<usize>,
    pub(crate) severity: NamedNode,
    pub(crate) message: Option<String>,
    pub(crate) deactivated: bool,
    /// The qualified value shapes of this shape's sibling property shapes (those of the
    /// shapes that have it as a sh:property), for sh:qualifiedValueShapesDisjoint.
    pub(crate) siblings: Vec<usize>,
}

/// A set of SHACL shapes.
pub struct Shapes {
    pub(crate) shapes: Vec<Shape>,
}

/// The shapes shipped with this build.
pub fn builtin_shapes() -> Result<Shapes> {
    Shapes::parse(SHAPES_TURTLE.as_bytes(), RdfFormat::Turtle)
}

/// Reads the shapes of a shapes graph, each once, into a list indexed by position.
struct Reader<'a> {
    g: &'a Graph,
    index: HashMap<NamedOrBlankNode, usize>,
    shapes: Vec<Shape>,
}

impl Reader<'_> {
    /// The values of `sh:{local}` on `s`.
    fn objects(&self, s: &NamedOrBlankNode, local: &str) -> Vec<Term> {
        let p = sh(local);
        self.g
            .objects_for_subject_predicate(s, &p)
            .map(TermRef::into_owned)
            .collect()
    }

    /// The value of `sh:{local}` on `s`, if any; more than one is an error.
    fn one(&self, s: &NamedOrBlankNode, local: &str) -> Result<Option<Term>> {
        let mut v = self.objects(s, local);
        match v.len() {
            0 => Ok(None),
            1 => Ok(v.pop()),
            _ => Err(bad(s, &format!("has {} values of sh:{local}", v.len()))),
        }
    }

    /// The members of the RDF list starting at `head`; a malformed or cyclic list is an
    /// error naming `owner`.
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
        let mut constraints = constraints;
        self.closed(id, &properties, &mut constraints)?;
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

    /// Reads a shape's `sh:path`; `None` for a node shape.
    fn path(&self, id: &NamedOrBlankNode) -> Result<Option<Path>> {
        match self.one(id, "path")? {
            None => Ok(None),
            Some(t) => self.read_path(&t, id, 0).map(Some),
        }
    }

    /// Reads a property path: an IRI, an RDF list (a sequence path; a node with
    /// `rdf:first` is a list whatever else it has), or a blank node with sh:inversePath,
    /// sh:alternativePath, sh:zeroOrMorePath, sh:oneOrMorePath or sh:zeroOrOnePath.
    fn read_path(&self, t: &Term, owner: &NamedOrBlankNode, depth: usize) -> Result<Path> {
        let b = match t {
            Term::NamedNode(p) => return Ok(Path::Predicate(p.clone())),
            Term::BlankNode(b) if depth < 32 => NamedOrBlankNode::BlankNode(b.clone()),
            _ => return Err(bad(owner, "has a sh:path that is not a property path")),
        };
        let first = NamedNode::new_unchecked(format!("{RDF}first"));
        let inner = |t: &Term| self.read_path(t, owner, depth + 1);
        let many =
            |t: &Term| -> Result<Vec<Path>> { self.list(t, owner)?.iter().map(inner).collect() };
        if self.g.object_for_subject_predicate(&b, &first).is_some() {
            return Ok(Path::Sequence(many(&b.clone().into())?));
        }
        let boxed = |local: &str| -> Result<Option<Box<Path>>> {
            self.one(&b, local)?
                .map(|t| inner(&t).map(Box::new))
                .transpose()
        };
        if let Some(p) = boxed("inversePath")? {
            return Ok(Path::Inverse(p));
        }
        if let Some(l) = self.one(&b, "alternativePath")? {
            return Ok(Path::Alternative(many(&l)?));
        }
        if let Some(p) = boxed("zeroOrMorePath")? {
            return Ok(Path::ZeroOrMore(p));
        }
        if let Some(p) = boxed("oneOrMorePath")? {
            return Ok(Path::OneOrMore(p));
        }
        if let Some(p) = boxed("zeroOrOnePath")? {
            return Ok(Path::ZeroOrOne(p));
        }
        Err(bad(owner, "has a sh:path that is not a property path"))
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
        self.each(id, "hasValue", c, |t, _| Ok(HasValue(t)))?;
        self.each(id, "languageIn", c, |t, w| {
            let tags = self
                .list(&t, id)?
                .into_iter()
                .map(|m| Ok(literal(m, w, id)?.value().to_string()));
            Ok(LanguageIn(tags.collect::<Result<_>>()?))
        })?;
        for t in self.objects(id, "uniqueLang") {
            if matches!(&t, Term::Literal(l) if l.value() == "true" && l.datatype() == oxrdf::vocab::xsd::BOOLEAN)
            {
                c.push(UniqueLang);
            }
        }
        Ok(())
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
        for t in self.objects(id, "not") {
            let s = self.shape(&node_of(t, id)?)?;
            c.push(Constraint::Not(s));
        }
        for (local, make) in [
            ("and", Constraint::And as fn(Vec<usize>) -> Constraint),
            ("xone", Constraint::Xone),
        ] {
            for t in self.objects(id, local) {
                let mut members = Vec::new();
                for m in self.list(&t, id)? {
                    members.push(self.shape(&node_of(m, id)?)?);
                }
                c.push(make(members));
            }
        }
        self.qualified(id, c)
    }

    /// Reads sh:qualifiedValueShape with its sh:qualifiedMinCount,
    /// sh:qualifiedMaxCount and sh:qualifiedValueShapesDisjoint.
    fn qualified(&mut self, id: &NamedOrBlankNode, c: &mut Vec<Constraint>) -> Result<()> {
        for t in self.objects(id, "qualifiedValueShape") {
            let shape = self.shape(&node_of(t, id)?)?;
            let disjoint = matches!(self.one(id, "qualifiedValueShapesDisjoint")?,
                Some(Term::Literal(l)) if l.value() == "true");
            let count = |local: &str| -> Result<Option<usize>> {
                self.one(id, local)?
                    .map(|t| whole(&t, local, id))
                    .transpose()
            };
            let q = |count| Qualified {
                shape,
                count,
                disjoint,
            };
            if let Some(n) = count("qualifiedMinCount")? {
                c.push(Constraint::QualifiedMinCount(q(n)));
            }
            if let Some(n) = count("qualifiedMaxCount")? {
                c.push(Constraint::QualifiedMaxCount(q(n)));
            }
        }
        Ok(())
    }

    /// Adds sh:closed (when true): the predicates allowed are the IRI paths of the
    /// shape's property shapes and the members of sh:ignoredProperties.
    fn closed(
        &self,
        id: &NamedOrBlankNode,
        props: &[usize],
        c: &mut Vec<Constraint>,
    ) -> Result<()> {
        let closed =
            matches!(self.one(id, "closed")?, Some(Term::Literal(l)) if l.value() == "true");
        if !closed {
            return Ok(());
        }
        let mut allowed: Vec<NamedNode> = props
            .iter()
            .filter_map(|&p| match &self.shapes[p].path {
                Some(Path::Predicate(n)) => Some(n.clone()),
                _ => None,
            })
            .collect();
        for l in self.objects(id, "ignoredProperties") {
            for m in self.list(&l, id)? {
                allowed.push(iri(m, "ignoredProperties", id)?);
            }
        }
        c.push(Constraint::Closed(allowed));
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
            siblings: Vec::new(),
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

/// A term that names a shape (an IRI or blank node); a literal is an error.
fn node_of(t: Term, owner: &NamedOrBlankNode) -> Result<NamedOrBlankNode> {
    match t {
        Term::NamedNode(n) => Ok(NamedOrBlankNode::NamedNode(n)),
        Term::BlankNode(b) => Ok(NamedOrBlankNode::BlankNode(b)),
        _ => Err(bad(owner, "refers to a shape that is a literal")),
    }
}

/// A shape's name for messages: `<iri>`, or "a blank-node shape".
pub(crate) fn show_node(n: &NamedOrBlankNode) -> String {
    match n {
        NamedOrBlankNode::NamedNode(n) => format!("<{}>", n.as_str()),
        NamedOrBlankNode::BlankNode(_) => "a blank-node shape".into(),
    }
}

/// A usage error: `shapes: <shape> {what}`.
fn bad(id: &NamedOrBlankNode, what: &str) -> Error {
    Error::Usage(format!("shapes: {} {what}", show_node(id)))
}

impl Shapes {
    /// Reads shapes from RDF.
    pub fn parse(bytes: &[u8], format: RdfFormat) -> Result<Shapes> {
        Shapes::parse_with_base(bytes, format, None)
    }

    /// Reads shapes from RDF, resolving relative IRIs against `base`.
    pub fn parse_with_base(bytes: &[u8], format: RdfFormat, base: Option<&str>) -> Result<Shapes> {
        let mut parser = RdfParser::from_format(format);
        if let Some(b) = base {
            parser = parser.with_base_iri(b).map_err(|e| {
                Error::Usage(format!("shapes: the base IRI '{b}' is not valid ({e})"))
            })?;
        }
        let mut graph = Graph::new();
        for q in parser.for_slice(bytes) {
            let q = q.map_err(|e| Error::Usage(format!("shapes: {e}")))?;
            graph.insert(&Triple::new(q.subject, q.predicate, q.object));
        }
        Shapes::from_graph(&graph)
    }

    /// Reads the shapes of a shapes graph: every node typed sh:NodeShape or
    /// sh:PropertyShape or with a target, and the shapes they refer to.
    pub fn from_graph(graph: &Graph) -> Result<Shapes> {
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
            g: graph,
            index: HashMap::new(),
            shapes: Vec::new(),
        };
        for root in &roots {
            r.shape(root)?;
        }
        let mut shapes = r.shapes;
        if shapes.is_empty() {
            return Err(Error::Usage(
                "shapes: the file has no SHACL shapes (no sh:NodeShape, sh:PropertyShape or target)"
                    .into(),
            ));
        }
        link_siblings(&mut shapes);
        Ok(Shapes { shapes })
    }

    /// How many shapes (node and property shapes) were read.
    pub fn len(&self) -> usize {
        self.shapes.len()
    }

    /// Whether no shapes were read (never, for shapes from [`Shapes::parse`]).
    pub fn is_empty(&self) -> bool {
        self.shapes.is_empty()
    }
}

/// Fills each property shape's `siblings`: the qualified value shapes of all property
/// shapes of the shapes that have it as a sh:property.
fn link_siblings(shapes: &mut [Shape]) {
    let qualified = |s: &Shape| -> Vec<usize> {
        s.constraints
            .iter()
            .filter_map(|c| match c {
                Constraint::QualifiedMinCount(q) | Constraint::QualifiedMaxCount(q) => {
                    Some(q.shape)
                }
                _ => None,
            })
            .collect()
    };
    let mut siblings: Vec<Vec<usize>> = vec![Vec::new(); shapes.len()];
    for parent in shapes.iter() {
        let all: Vec<usize> = parent
            .properties
            .iter()
            .flat_map(|&c| qualified(&shapes[c]))
            .collect();
        for &c in &parent.properties {
            siblings[c].extend(&all);
        }
    }
    for (s, mut sib) in shapes.iter_mut().zip(siblings) {
        sib.sort_unstable();
        sib.dedup();
        s.siblings = sib;
    }
}
