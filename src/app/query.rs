//! `query` and `queries`: SPARQL questions, raw or named.

use super::Context;
use crate::cli::{QueriesAction, QueriesArgs, QueryArgs, ResultFormatArg};
use newskg_rdf::error::{Error, Result};
use newskg_rdf::holder::{self, Opened};
use newskg_rdf::query::{self, OutputFormat, QueryOptions};
use std::io::{IsTerminal, Read, Write};

/// `newskg query`: runs a named query with its parameters, or a query given as text.
pub(super) fn query(ctx: &Context, a: &QueryArgs) -> Result<()> {
    let format = match a.format {
        Some(f) => f.format(),
        None if std::io::stdout().is_terminal() => ResultFormatArg::Table.format(),
        None => OutputFormat::Json,
    };
    let (text, params) = match &a.name {
        Some(name) => {
            if a.query.is_some() || a.file.is_some() {
                return Err(Error::usage("give either --name or a query, not both"));
            }
            let q = query::named(name)?;
            let params = query::bind_params(&q, &a.param)?;
            (q.text.to_string(), params)
        }
        None => {
            if !a.param.is_empty() {
                return Err(Error::usage(
                    "--param only applies to named queries (--name)",
                ));
            }
            (query_text(a)?, Vec::new())
        }
    };
    let bound = query::bind(query::parse(&text)?, &params);
    let opts = QueryOptions {
        federate: a.federate,
        no_entailment: a.no_entailment,
        cancel: None,
    };
    // On the store, or at the process that holds it (an ingest or serve running), which
    // answers exactly as the store would.
    holder::with_store(&ctx.store, |opened| {
        let results = match opened {
            Opened::Local(store) => query::execute(store, bound.clone(), &[], &opts)?,
            Opened::Remote(remote) => remote.query(&bound, &opts)?,
        };
        query::write_results(results, format, &mut std::io::stdout().lock())
    })
}

/// The query's text: the argument, the file, or stdin.
fn query_text(a: &QueryArgs) -> Result<String> {
    match (&a.query, &a.file) {
        (Some(q), None) => Ok(q.clone()),
        (None, Some(f)) => std::fs::read_to_string(f).map_err(|e| Error::Input {
            path: f.clone(),
            message: e.to_string(),
        }),
        (None, None) => {
            if std::io::stdin().is_terminal() {
                return Err(Error::usage(
                    "no query: give one as an argument, with --file, with --name, or on stdin",
                ));
            }
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| Error::io("reading stdin", e))?;
            Ok(s)
        }
        (Some(_), Some(_)) => Err(Error::usage(
            "give the query as an argument or with --file, not both",
        )),
    }
}

/// `newskg queries [show NAME]`: the named queries with their parameters.
pub(super) fn queries(a: &QueriesArgs) -> Result<()> {
    let mut lines = Vec::new();
    match &a.action {
        None => {
            for q in query::named_queries() {
                let params: Vec<String> = q
                    .params
                    .iter()
                    .map(|p| match p.required {
                        true => format!("{}=<{}>", p.name, p.kind.name()),
                        false => format!("[{}=<{}>]", p.name, p.kind.name()),
                    })
                    .collect();
                lines.push(format!("{:<15} {}", q.name, params.join(" ")));
                lines.push(format!("{:<15} {}", "", q.description));
            }
        }
        Some(QueriesAction::Show { name }) => {
            let q = query::named(name)?;
            lines.push(format!("# {}: {}", q.name, q.description));
            for p in &q.params {
                let need = if p.required { "required" } else { "optional" };
                lines.push(format!(
                    "#   {} ({}, {need}): {}",
                    p.name,
                    p.kind.name(),
                    p.description
                ));
            }
            let body: Vec<&str> = q.text.lines().skip_while(|l| l.starts_with('#')).collect();
            lines.push(body.join("\n"));
        }
    }
    let mut out = std::io::stdout().lock();
    for l in lines {
        writeln!(out, "{l}").map_err(|e| Error::io("writing", e))?;
    }
    Ok(())
}
