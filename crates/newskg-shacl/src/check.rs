//! Checking: focus nodes against shapes, constraint by constraint, and the literal
//! comparisons and lexical checks the constraints need.

use crate::shapes::{show_node, Constraint, Path, Qualified};
use crate::xsd::{compare, well_formed};
use crate::{Data, Report, Shapes, SH};
use oxrdf::{NamedNode, NamedOrBlankNode, Term, TermRef};
use std::collections::{BTreeMap, HashSet};

/// The lexical form of an IRI or literal (what sh:pattern and the length bounds check);
/// `None` for a blank node.
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
pub(crate) struct Finding {
    pub(crate) shape: usize,
    pub(crate) focus: Term,
    pub(crate) value: Option<Term>,
    pub(crate) component: &'static str,
    pub(crate) message: String,
    /// The result path when it is not the shape's own (sh:closed reports the predicate).
    pub(crate) path: Option<Path>,
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
        // A property shape's sh:property applies to each of its value nodes; a node
        // shape's value node is the focus node itself.
        for &p in &shape.properties {
            for v in &values {
                self.check(p, v, depth + 1);
            }
        }
    }

    /// Records a failure of constraint `c` of shape `s`. A node shape's result always has
    /// a value: the focus node, when the constraint names none.
    fn push(&mut self, s: usize, focus: &Term, value: Option<&Term>, c: &Constraint, msg: String) {
        let node_shape = self.shapes.shapes[s].path.is_none();
        self.out.push(Finding {
            shape: s,
            focus: focus.clone(),
            value: value.or(node_shape.then_some(focus)).cloned(),
            component: c.component(),
            message: msg,
            path: None,
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
            Constraint::UniqueLang => self.unique_lang(s, c, focus, values),
            Constraint::QualifiedMinCount(q) | Constraint::QualifiedMaxCount(q) => {
                self.qualified(s, c, q, focus, values, depth);
            }
            Constraint::Closed(allowed) => self.closed(s, c, allowed, focus, values),
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

    /// Checks sh:uniqueLang: one result per language tag (compared case-insensitively)
    /// that more than one value uses.
    fn unique_lang(&mut self, s: usize, c: &Constraint, focus: &Term, values: &[Term]) {
        let mut tags: BTreeMap<String, usize> = BTreeMap::new();
        for v in values {
            if let Term::Literal(l) = v {
                if let Some(lang) = l.language() {
                    *tags.entry(lang.to_ascii_lowercase()).or_default() += 1;
                }
            }
        }
        for (tag, n) in tags {
            if n > 1 {
                let msg = format!("{n} values share the language tag @{tag}");
                self.push(s, focus, None, c, msg);
            }
        }
    }

    /// Checks sh:qualifiedMinCount or sh:qualifiedMaxCount: how many values conform to
    /// the qualified value shape (and, when disjoint, to none of the sibling shapes).
    fn qualified(
        &mut self,
        s: usize,
        c: &Constraint,
        q: &Qualified,
        focus: &Term,
        values: &[Term],
        depth: usize,
    ) {
        let siblings = &self.shapes.shapes[s].siblings;
        let n = values
            .iter()
            .filter(|v| {
                self.conforms(q.shape, v, depth)
                    && !(q.disjoint
                        && siblings
                            .iter()
                            .any(|&sb| sb != q.shape && self.conforms(sb, v, depth)))
            })
            .count();
        let (fails, rel) = match c {
            Constraint::QualifiedMinCount(_) => (n < q.count, "at least"),
            _ => (n > q.count, "at most"),
        };
        if fails {
            let msg = format!(
                "expected {rel} {} value(s) of the qualified shape, found {n}",
                q.count
            );
            self.push(s, focus, None, c, msg);
        }
    }

    /// Checks sh:closed: every triple of a value whose predicate is not allowed is a
    /// result, its path the predicate and its value the object.
    fn closed(
        &mut self,
        s: usize,
        c: &Constraint,
        allowed: &[NamedNode],
        focus: &Term,
        values: &[Term],
    ) {
        for v in values {
            let subject = match v {
                Term::NamedNode(n) => NamedOrBlankNode::NamedNode(n.clone()),
                Term::BlankNode(b) => NamedOrBlankNode::BlankNode(b.clone()),
                Term::Literal(_) => continue,
            };
            let mut extra: Vec<(NamedNode, Term)> = self
                .data
                .graph
                .triples_for_subject(&subject)
                .filter(|t| !allowed.iter().any(|a| a.as_ref() == t.predicate))
                .map(|t| (t.predicate.into_owned(), TermRef::into_owned(t.object)))
                .collect();
            extra.sort_by_cached_key(|(p, o)| (p.to_string(), o.to_string()));
            for (p, o) in extra {
                let msg = format!("{p} is not allowed on {v} (the shape is closed)");
                self.push(s, focus, Some(&o), c, msg);
                if let Some(last) = self.out.last_mut() {
                    last.path = Some(Path::Predicate(p));
                }
            }
        }
    }

    /// Checks a constraint that applies to each value on its own.
    fn value_fails(&self, c: &Constraint, v: &Term, depth: usize) -> Option<String> {
        let fail = |ok: bool, msg: String| (!ok).then_some(msg);
        match c {
            Constraint::Class(k) => fail(self.data.is_instance(v, k), format!("{v} is not a {k}")),
            Constraint::Datatype(dt) => fail(
                matches!(v, Term::Literal(l) if l.datatype() == dt.as_ref() && well_formed(dt.as_str(), l.value())),
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
            Constraint::Not(m) => fail(
                !self.conforms(*m, v, depth),
                format!(
                    "{v} conforms to the shape {}, which sh:not forbids",
                    show_node(&self.shapes.shapes[*m].id)
                ),
            ),
            Constraint::And(ms) => fail(
                ms.iter().all(|&m| self.conforms(m, v, depth)),
                format!("{v} does not conform to all of the shapes"),
            ),
            Constraint::Xone(ms) => {
                let n = ms.iter().filter(|&&m| self.conforms(m, v, depth)).count();
                fail(
                    n == 1,
                    format!("{v} conforms to {n} of the shapes, not exactly one"),
                )
            }
            Constraint::LanguageIn(ranges) => fail(
                matches!(v, Term::Literal(l) if l.language().is_some_and(|t| ranges.iter().any(|r| lang_matches(t, r)))),
                format!("{v} has no language tag among {}", ranges.join(", ")),
            ),
            _ => None,
        }
    }
}

/// Whether a language tag matches a language range (SPARQL's langMatches: the range
/// itself or a subtag of it, case-insensitively; `*` matches any tag).
fn lang_matches(tag: &str, range: &str) -> bool {
    let (tag, range) = (tag.to_ascii_lowercase(), range.to_ascii_lowercase());
    range == "*" || tag == range || tag.starts_with(&format!("{range}-"))
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
