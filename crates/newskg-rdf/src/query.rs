//! Query stage: SPARQL over the store, raw or through the named questions in `queries/`.
//!
//! Owns the named-query catalogue (compiled in from `queries/*.rq`, parameters declared
//! in each file's header), parameter parsing and checking, and binding parameters as RDF
//! terms: a `VALUES` block is joined into the parsed query's algebra, never pasted into its
//! text. Also owns the result formats (a readable table, and the W3C CSV, TSV, JSON and XML
//! formats) and refuses updates.

use crate::error::{Error, Result};
use crate::link::parse_qid;
use crate::store::Store;
use crate::vocab::{sparql_prefixes, NKG, PREFIXES, WD};
use newskg_model::EventType;
use newskg_text::gazetteer::Gazetteer;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{Literal, NamedNode, Term, Variable};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use spargebra::algebra::GraphPattern;
use spargebra::term::GroundTerm;
use std::io::Write;

/// The named queries, compiled in from `queries/`.
const NAMED: &[(&str, &str)] = &[
    (
        "forces-left",
        include_str!("../../../queries/forces-left.rq"),
    ),
    (
        "forces-arrived",
        include_str!("../../../queries/forces-arrived.rq"),
    ),
    ("events", include_str!("../../../queries/events.rq")),
    ("entities", include_str!("../../../queries/entities.rq")),
    ("timeline", include_str!("../../../queries/timeline.rq")),
    ("claims", include_str!("../../../queries/claims.rq")),
    ("articles", include_str!("../../../queries/articles.rq")),
    (
        "affiliations",
        include_str!("../../../queries/affiliations.rq"),
    ),
];

/// A parameter's type, which says how a value is parsed and checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamType {
    /// A country: `Q1032`, `wd:Q1032`, a Wikidata IRI, or a name in the gazetteer.
    Country,
    /// A Wikidata entity: `Q…`, `wd:Q…` or its IRI.
    Entity,
    /// An event class name (`coup`, `Withdrawal`).
    EventType,
    /// An IRI (`<…>` or bare).
    Iri,
    /// A date, `YYYY-MM-DD`.
    Date,
    /// Any text.
    Text,
}

impl ParamType {
    fn parse(s: &str) -> Option<ParamType> {
        Some(match s {
            "country" => ParamType::Country,
            "entity" => ParamType::Entity,
            "event-type" => ParamType::EventType,
            "iri" => ParamType::Iri,
            "date" => ParamType::Date,
            "text" => ParamType::Text,
            _ => return None,
        })
    }
    /// The type's name as a query header declares it (`country`, `event-type`, …).
    pub fn name(self) -> &'static str {
        match self {
            ParamType::Country => "country",
            ParamType::Entity => "entity",
            ParamType::EventType => "event-type",
            ParamType::Iri => "iri",
            ParamType::Date => "date",
            ParamType::Text => "text",
        }
    }
}

/// One declared parameter.
#[derive(Debug, Clone)]
pub struct Param {
    /// The parameter's name, which is also the query variable it binds (`?name`).
    pub name: String,
    /// Its type, which says how a value is parsed and checked.
    pub kind: ParamType,
    /// Whether the query needs a value (`required` in the header, else `optional`).
    pub required: bool,
    /// What the parameter means, for the user.
    pub description: String,
}

/// A named query with its header.
#[derive(Debug, Clone)]
pub struct NamedQuery {
    /// The name it is asked for by (its file name in `queries/` without `.rq`).
    pub name: String,
    /// What it answers, from its `# description:` line.
    pub description: String,
    /// Its parameters, from its `# param:` lines, in order.
    pub params: Vec<Param>,
    /// The query's SPARQL text, header comments included.
    pub text: &'static str,
}

/// Parses a named query's header comments:
/// `# description: …` and `# param: NAME TYPE required|optional DESCRIPTION`.
pub(crate) fn parse_header(name: &str, text: &'static str) -> NamedQuery {
    let mut q = NamedQuery {
        name: name.to_string(),
        description: String::new(),
        params: Vec::new(),
        text,
    };
    for line in text.lines().take_while(|l| l.starts_with('#')) {
        let l = line.trim_start_matches('#').trim();
        if let Some(d) = l.strip_prefix("description:") {
            q.description = d.trim().to_string();
        } else if let Some(p) = l.strip_prefix("param:") {
            let mut w = p.split_whitespace();
            let (Some(n), Some(t), Some(r)) = (w.next(), w.next(), w.next()) else {
                continue;
            };
            q.params.push(Param {
                name: n.to_string(),
                kind: ParamType::parse(t).unwrap_or(ParamType::Text),
                required: r == "required",
                description: w.collect::<Vec<_>>().join(" "),
            });
        }
    }
    q
}

/// All named queries.
pub fn named_queries() -> Vec<NamedQuery> {
    NAMED.iter().map(|(n, t)| parse_header(n, t)).collect()
}

/// A named query by name.
pub fn named(name: &str) -> Result<NamedQuery> {
    named_queries()
        .into_iter()
        .find(|q| q.name == name)
        .ok_or_else(|| {
            let names: Vec<String> = NAMED.iter().map(|(n, _)| n.to_string()).collect();
            Error::usage(format!(
                "unknown named query '{name}' (known: {})",
                names.join(", ")
            ))
        })
}

/// A country as a named query's country parameter binds it (`Q1032`, `wd:Q1032`, its
/// Wikidata IRI, or a name in the gazetteer): its Wikidata IRI.
pub fn country(value: &str) -> Result<Term> {
    let p = Param {
        name: "country".into(),
        kind: ParamType::Country,
        required: true,
        description: String::new(),
    };
    bind_value(&p, value)
}

/// Parses and checks a parameter value into the RDF term it binds.
pub(crate) fn bind_value(p: &Param, value: &str) -> Result<Term> {
    let bad = |why: &str| Error::usage(format!("parameter {}: {why}", p.name));
    let v = value.trim();
    Ok(match p.kind {
        ParamType::Country | ParamType::Entity => {
            let qid = match parse_qid(v) {
                Some(q) => q,
                None if p.kind == ParamType::Country => {
                    let g = Gazetteer::get();
                    match g
                        .by_name(v)
                        .filter(|e| e.kind.is_country() && e.qid().is_some())
                    {
                        Some(e) => e.id.clone(),
                        None => {
                            return Err(bad(&format!(
                            "'{v}' is not a country newskg knows; give its Wikidata id, e.g. Q1032"
                        )))
                        }
                    }
                }
                None => {
                    return Err(bad(&format!(
                    "'{v}' is not a Wikidata id (Q…, wd:Q… or http://www.wikidata.org/entity/Q…)"
                )))
                }
            };
            Term::NamedNode(NamedNode::new_unchecked(format!("{WD}{qid}")))
        }
        ParamType::EventType => {
            let local = v.rsplit(['#', ':', '/']).next().unwrap_or(v);
            match EventType::ALL
                .iter()
                .find(|t| t.name().eq_ignore_ascii_case(local))
            {
                Some(t) => Term::NamedNode(NamedNode::new_unchecked(format!("{NKG}{t}"))),
                None => {
                    return Err(bad(&format!(
                        "'{v}' is not an event type (one of {})",
                        EventType::ALL
                            .iter()
                            .map(|t| t.name())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )))
                }
            }
        }
        ParamType::Iri => {
            let s = v.trim_start_matches('<').trim_end_matches('>');
            Term::NamedNode(
                NamedNode::new(s).map_err(|e| bad(&format!("'{v}' is not an IRI ({e})")))?,
            )
        }
        ParamType::Date => {
            let d = newskg_text::source::parse_date(v)
                .map_err(|_| bad(&format!("'{v}' is not a date (YYYY-MM-DD)")))?;
            Term::Literal(Literal::new_typed_literal(
                d.to_string(),
                oxigraph::model::vocab::xsd::DATE,
            ))
        }
        ParamType::Text => Term::Literal(Literal::new_simple_literal(v)),
    })
}

/// Splits `key=value` parameters and checks them against the query's declaration.
pub fn bind_params(q: &NamedQuery, given: &[String]) -> Result<Vec<(Variable, Term)>> {
    let mut out = Vec::new();
    for g in given {
        let Some((k, v)) = g.split_once('=') else {
            return Err(Error::usage(format!(
                "parameter '{g}' must be written key=value"
            )));
        };
        let Some(p) = q.params.iter().find(|p| p.name == k.trim()) else {
            let known: Vec<&str> = q.params.iter().map(|p| p.name.as_str()).collect();
            return Err(Error::usage(format!(
                "unknown parameter '{k}' for query {} (it takes: {})",
                q.name,
                if known.is_empty() {
                    "no parameters".to_string()
                } else {
                    known.join(", ")
                }
            )));
        };
        if out
            .iter()
            .any(|(var, _): &(Variable, Term)| var.as_str() == p.name)
        {
            return Err(Error::usage(format!("parameter '{k}' given twice")));
        }
        out.push((Variable::new_unchecked(p.name.clone()), bind_value(p, v)?));
    }
    for p in q.params.iter().filter(|p| p.required) {
        if !out.iter().any(|(v, _)| v.as_str() == p.name) {
            return Err(Error::usage(format!(
                "query {} needs --param {}=… ({})",
                q.name, p.name, p.description
            )));
        }
    }
    Ok(out)
}

/// Result output formats, for SELECT and ASK results (CONSTRUCT and DESCRIBE results are
/// written as Turtle whatever the format).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    /// A readable text table, with terms shortened to prefixed names and plain values.
    Table,
    /// SPARQL 1.1 Query Results CSV.
    Csv,
    /// SPARQL 1.1 Query Results TSV.
    Tsv,
    /// SPARQL 1.1 Query Results JSON.
    Json,
    /// SPARQL Query Results XML.
    Xml,
}

impl OutputFormat {
    /// Parses a format name (`table`, `csv`, `tsv`, `json` or `xml`, in any case); another
    /// name is a usage error.
    pub fn parse(s: &str) -> Result<OutputFormat> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "table" => OutputFormat::Table,
            "csv" => OutputFormat::Csv,
            "tsv" => OutputFormat::Tsv,
            "json" => OutputFormat::Json,
            "xml" => OutputFormat::Xml,
            _ => {
                return Err(Error::usage(format!(
                    "unknown result format '{s}' (table, csv, tsv, json, xml)"
                )))
            }
        })
    }
}

/// Options for running a query.
#[derive(Clone, Default)]
pub struct QueryOptions {
    /// Let `SERVICE` clauses call remote SPARQL endpoints.
    pub federate: bool,
    /// Leave the RDFS entailment graphs out of the default graph.
    pub no_entailment: bool,
    /// Stops the evaluation when cancelled (the endpoint's per-query timeout).
    pub cancel: Option<oxigraph::sparql::CancellationToken>,
}

/// Joins a `VALUES` block binding `params` into the query's top group, below its
/// filters, so filters and optional parts see the bound values.
fn inject(pattern: GraphPattern, values: &GraphPattern) -> GraphPattern {
    match pattern {
        GraphPattern::Project { inner, variables } => GraphPattern::Project {
            inner: Box::new(inject(*inner, values)),
            variables,
        },
        GraphPattern::Distinct { inner } => GraphPattern::Distinct {
            inner: Box::new(inject(*inner, values)),
        },
        GraphPattern::Reduced { inner } => GraphPattern::Reduced {
            inner: Box::new(inject(*inner, values)),
        },
        GraphPattern::Slice {
            inner,
            start,
            length,
        } => GraphPattern::Slice {
            inner: Box::new(inject(*inner, values)),
            start,
            length,
        },
        GraphPattern::OrderBy { inner, expression } => GraphPattern::OrderBy {
            inner: Box::new(inject(*inner, values)),
            expression,
        },
        GraphPattern::Filter { expr, inner } => GraphPattern::Filter {
            expr,
            inner: Box::new(inject(*inner, values)),
        },
        GraphPattern::Extend {
            inner,
            variable,
            expression,
        } => GraphPattern::Extend {
            inner: Box::new(inject(*inner, values)),
            variable,
            expression,
        },
        GraphPattern::Group {
            inner,
            variables,
            aggregates,
        } => GraphPattern::Group {
            inner: Box::new(inject(*inner, values)),
            variables,
            aggregates,
        },
        GraphPattern::LeftJoin {
            left,
            right,
            expression,
        } => GraphPattern::LeftJoin {
            left: Box::new(inject(*left, values)),
            right,
            expression,
        },
        GraphPattern::Join { left, right } => GraphPattern::Join {
            left: Box::new(inject(*left, values)),
            right,
        },
        GraphPattern::Minus { left, right } => GraphPattern::Minus {
            left: Box::new(inject(*left, values)),
            right,
        },
        other => GraphPattern::Join {
            left: Box::new(values.clone()),
            right: Box::new(other),
        },
    }
}

fn ground(t: &Term) -> Option<GroundTerm> {
    match t {
        Term::NamedNode(n) => Some(GroundTerm::NamedNode(n.clone())),
        Term::Literal(l) => Some(GroundTerm::Literal(l.clone())),
        _ => None,
    }
}

/// Parses a query, refusing updates with a clear message.
pub fn parse(query: &str) -> Result<spargebra::Query> {
    let full = format!("{}{}", sparql_prefixes(), query);
    match spargebra::SparqlParser::new().parse_query(&full) {
        Ok(q) => Ok(q),
        Err(e) => {
            if spargebra::SparqlParser::new().parse_update(&full).is_ok() {
                return Err(Error::usage(
                    "this is a SPARQL update; `newskg query` only reads (updates are refused)"
                        .to_string(),
                ));
            }
            // Report positions in the user's text, not in the prefixed one.
            let offset = sparql_prefixes().lines().count();
            let msg = e.to_string();
            Err(Error::Usage(format!(
                "SPARQL syntax error: {}",
                shift_lines(&msg, offset)
            )))
        }
    }
}

fn shift_lines(msg: &str, offset: usize) -> String {
    // spargebra reports "error at L:C"; make L relative to the user's query.
    let re = regex::Regex::new(r"(\d+):(\d+)").expect("regex");
    re.replace_all(msg, |c: &regex::Captures| {
        let l: usize = c[1].parse().unwrap_or(0);
        format!("line {} column {}", l.saturating_sub(offset), &c[2])
    })
    .into_owned()
}

/// Runs a query on the store with parameters bound, writing the results to `out`.
pub fn run(
    store: &Store,
    query: &str,
    params: &[(Variable, Term)],
    format: OutputFormat,
    opts: &QueryOptions,
    out: &mut dyn Write,
) -> Result<()> {
    let results = execute(store, parse(query)?, params, opts)?;
    write_results(results, format, out)
}

/// The query with `params` bound: a `VALUES` block joined into its top group (the query
/// unchanged without parameters). Its text (`to_string`) is what a process that forwards
/// the query to the store's holder sends.
pub fn bind(mut parsed: spargebra::Query, params: &[(Variable, Term)]) -> spargebra::Query {
    if !params.is_empty() {
        let values = GraphPattern::Values {
            variables: params.iter().map(|(v, _)| v.clone()).collect(),
            bindings: vec![params.iter().map(|(_, t)| ground(t)).collect()],
        };
        parsed = match parsed {
            spargebra::Query::Select {
                dataset,
                pattern,
                base_iri,
            } => spargebra::Query::Select {
                dataset,
                pattern: inject(pattern, &values),
                base_iri,
            },
            spargebra::Query::Construct {
                template,
                dataset,
                pattern,
                base_iri,
            } => spargebra::Query::Construct {
                template,
                dataset,
                pattern: inject(pattern, &values),
                base_iri,
            },
            spargebra::Query::Describe {
                dataset,
                pattern,
                base_iri,
            } => spargebra::Query::Describe {
                dataset,
                pattern: inject(pattern, &values),
                base_iri,
            },
            spargebra::Query::Ask {
                dataset,
                pattern,
                base_iri,
            } => spargebra::Query::Ask {
                dataset,
                pattern: inject(pattern, &values),
                base_iri,
            },
        };
    }
    parsed
}

/// Evaluates a parsed query on the store with parameters bound. Without `FROM` or
/// `FROM NAMED`, the default graph is the union of the named graphs (with
/// `no_entailment`, of all but the entailment graphs).
pub fn execute<'a>(
    store: &'a Store,
    parsed: spargebra::Query,
    params: &[(Variable, Term)],
    opts: &QueryOptions,
) -> Result<QueryResults<'a>> {
    let parsed = bind(parsed, params);
    let mut evaluator = SparqlEvaluator::new();
    if opts.federate {
        evaluator = evaluator.with_http_timeout(std::time::Duration::from_secs(60));
    } else {
        evaluator = evaluator.without_default_http_service_handler();
    }
    if let Some(token) = &opts.cancel {
        evaluator = evaluator.with_cancellation_token(token.clone());
    }
    let mut prepared = evaluator.for_query(parsed);
    if prepared.dataset().is_default_dataset() {
        if opts.no_entailment {
            let graphs = store
                .graphs()?
                .into_iter()
                .filter(|g| !crate::entail::is_entailed_graph(g.as_str()))
                .map(oxigraph::model::GraphName::NamedNode)
                .collect();
            prepared.dataset_mut().set_default_graph(graphs);
        } else {
            prepared.dataset_mut().set_default_graph_as_union();
        }
    }
    prepared
        .on_store(store.for_queries())
        .execute()
        .map_err(|e| Error::Query(format!("query failed: {e}")))
}

fn io(e: std::io::Error) -> Error {
    Error::io("writing results", e)
}

/// Writes query results in `format` (CONSTRUCT and DESCRIBE results as Turtle), as
/// `newskg query` prints them.
pub fn write_results(
    results: QueryResults<'_>,
    format: OutputFormat,
    out: &mut dyn Write,
) -> Result<()> {
    match results {
        QueryResults::Solutions(solutions) => {
            let variables: Vec<Variable> = solutions.variables().to_vec();
            if format == OutputFormat::Table {
                let mut rows: Vec<Vec<String>> = Vec::new();
                for s in solutions {
                    let s = s.map_err(|e| Error::Query(format!("query failed: {e}")))?;
                    rows.push(
                        variables
                            .iter()
                            .map(|v| s.get(v).map(compact).unwrap_or_default())
                            .collect(),
                    );
                }
                return write_table(&variables, &rows, out).map_err(io);
            }
            let f = match format {
                OutputFormat::Csv => QueryResultsFormat::Csv,
                OutputFormat::Tsv => QueryResultsFormat::Tsv,
                OutputFormat::Xml => QueryResultsFormat::Xml,
                _ => QueryResultsFormat::Json,
            };
            let mut w = QueryResultsSerializer::from_format(f)
                .serialize_solutions_to_writer(&mut *out, variables)
                .map_err(io)?;
            for s in solutions {
                let s = s.map_err(|e| Error::Query(format!("query failed: {e}")))?;
                w.serialize(&s).map_err(io)?;
            }
            w.finish().map_err(io)?;
        }
        QueryResults::Boolean(b) => {
            if format == OutputFormat::Table {
                writeln!(out, "{b}").map_err(io)?;
            } else {
                let f = match format {
                    OutputFormat::Csv => QueryResultsFormat::Csv,
                    OutputFormat::Tsv => QueryResultsFormat::Tsv,
                    OutputFormat::Xml => QueryResultsFormat::Xml,
                    _ => QueryResultsFormat::Json,
                };
                QueryResultsSerializer::from_format(f)
                    .serialize_boolean_to_writer(&mut *out, b)
                    .map_err(io)?;
            }
        }
        QueryResults::Graph(triples) => {
            let mut all = Vec::new();
            for t in triples {
                all.push(t.map_err(|e| Error::Query(format!("query failed: {e}")))?);
            }
            all.sort_by_cached_key(|t| t.to_string());
            let mut ser = RdfSerializer::from_format(RdfFormat::Turtle);
            for (p, n) in PREFIXES {
                ser = ser
                    .with_prefix(*p, *n)
                    .map_err(|e| Error::Rdf(e.to_string()))?;
            }
            let mut w = ser.for_writer(&mut *out);
            for t in &all {
                w.serialize_triple(t).map_err(io)?;
            }
            w.finish().map_err(io)?;
        }
    }
    Ok(())
}

/// A term as a short readable string: prefixed names, plain literal values.
pub(crate) fn compact(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => {
            let s = n.as_str();
            match crate::vocab::prefixed(s) {
                Some((p, local))
                    if local
                        .chars()
                        .all(|c| c.is_alphanumeric() || c == '_' || c == '-') =>
                {
                    format!("{p}:{local}")
                }
                _ => format!("<{s}>"),
            }
        }
        Term::Literal(l) => l.value().to_string(),
        other => other.to_string(),
    }
}

fn write_table(
    vars: &[Variable],
    rows: &[Vec<String>],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    const MAX: usize = 80;
    let clip = |s: &str| -> String {
        let s = s.replace(['\n', '\r', '\t'], " ");
        if s.chars().count() > MAX {
            format!("{}…", s.chars().take(MAX - 1).collect::<String>())
        } else {
            s
        }
    };
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| clip(c)).collect())
        .collect();
    let mut widths: Vec<usize> = vars.iter().map(|v| v.as_str().chars().count()).collect();
    for r in &rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(c.chars().count());
        }
    }
    let line = |cells: Vec<String>| -> String {
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c:<w$}", w = widths[i]))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    writeln!(
        out,
        "{}",
        line(vars.iter().map(|v| v.as_str().to_string()).collect())
    )?;
    writeln!(
        out,
        "{}",
        line(widths.iter().map(|w| "-".repeat(*w)).collect())
    )?;
    for r in rows.iter() {
        writeln!(out, "{}", line(r.clone()))?;
    }
    writeln!(
        out,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The projections a VALUES block bound by [`inject`] passes on its way to the top:
    /// the variables of every sub-select on the path `inject` descends.
    fn projections_on_the_binding_path(p: &GraphPattern, out: &mut Vec<Vec<Variable>>) {
        match p {
            GraphPattern::Project { inner, variables } => {
                out.push(variables.clone());
                projections_on_the_binding_path(inner, out)
            }
            GraphPattern::Distinct { inner }
            | GraphPattern::Reduced { inner }
            | GraphPattern::Slice { inner, .. }
            | GraphPattern::OrderBy { inner, .. }
            | GraphPattern::Filter { inner, .. }
            | GraphPattern::Extend { inner, .. }
            | GraphPattern::Group { inner, .. } => projections_on_the_binding_path(inner, out),
            GraphPattern::LeftJoin { left, .. }
            | GraphPattern::Join { left, .. }
            | GraphPattern::Minus { left, .. } => projections_on_the_binding_path(left, out),
            _ => {}
        }
    }

    #[test]
    fn every_parameter_of_every_named_query_reaches_the_whole_query() {
        // Parameters are bound at the leftmost pattern, which may sit inside a sub-select
        // opening the WHERE group; a sub-select that does not return the parameter's
        // variable would drop the binding silently (and answer for every value).
        for q in named_queries() {
            let spargebra::Query::Select { pattern, .. } = parse(q.text).unwrap() else {
                continue;
            };
            let mut projections = Vec::new();
            projections_on_the_binding_path(&pattern, &mut projections);
            for param in &q.params {
                let v = Variable::new(&param.name).unwrap();
                // The outermost projection is the answer's columns; the parameter need
                // not be one of them, only pass every sub-select below it.
                for vars in projections.iter().skip(1) {
                    assert!(
                        vars.contains(&v),
                        "{}: the sub-select {vars:?} drops ?{}",
                        q.name,
                        param.name
                    );
                }
            }
        }
    }

    #[test]
    fn headers_declare_parameters() {
        let q = named("forces-left").unwrap();
        assert!(!q.description.is_empty());
        let names: Vec<&str> = q.params.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, vec!["country", "after"]);
        assert!(q.params[0].required && !q.params[1].required);
        for q in named_queries() {
            assert!(!q.description.is_empty(), "{}", q.name);
            parse(q.text).unwrap_or_else(|e| panic!("{}: {e}", q.name));
        }
    }

    #[test]
    fn country_forms_bind_to_the_same_term() {
        let q = named("forces-left").unwrap();
        let want = Term::NamedNode(NamedNode::new_unchecked(
            "http://www.wikidata.org/entity/Q1032",
        ));
        for v in [
            "Q1032",
            "wd:Q1032",
            "http://www.wikidata.org/entity/Q1032",
            "Niger",
            "niger",
        ] {
            let b = bind_params(&q, &[format!("country={v}")]).unwrap();
            assert_eq!(b[0].1, want, "{v}");
        }
    }

    #[test]
    fn bad_parameters_are_usage_errors() {
        let q = named("forces-left").unwrap();
        for p in [
            vec![],
            vec!["country=Atlantis".to_string()],
            vec!["country=Q1032> } ; DROP ALL ; #".to_string()],
            vec!["nope=1".to_string(), "country=Q1".to_string()],
            vec!["country".to_string()],
            vec!["country=Q1".to_string(), "after=picnic".to_string()],
        ] {
            let e = bind_params(&q, &p).unwrap_err();
            assert!(e.is_usage(), "{p:?}: {e}");
        }
    }

    #[test]
    fn updates_are_refused() {
        let e = parse("DROP ALL").unwrap_err();
        assert!(e.is_usage());
        let e = parse("SELECT * WHERE { ?s ?p }").unwrap_err();
        assert!(e.to_string().contains("line 1"), "{e}");
    }
}
