//! `timeline`: a country's timeline, or its actor–event graph, as an SVG or HTML file.

use super::{write_out, Context};
use crate::cli::{PictureFormat, TimelineArgs};
use newskg_rdf::error::{Error, Result};
use newskg_rdf::holder::{self, Opened};
use newskg_rdf::picture::{self, html, timeline};
use newskg_rdf::query::{self, QueryOptions};

/// `newskg timeline`: draws what the store holds about a country.
pub(super) fn timeline(ctx: &Context, a: &TimelineArgs) -> Result<()> {
    let format = match (a.format, &a.output) {
        (Some(f), _) => f,
        (None, Some(o)) => match o.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm") => {
                PictureFormat::Html
            }
            Some(e) if e.eq_ignore_ascii_case("svg") => PictureFormat::Svg,
            _ => {
                return Err(Error::usage(format!(
                    "-o {}: write FILE.svg or FILE.html, or give --format",
                    o.display()
                )))
            }
        },
        (None, None) => PictureFormat::Svg,
    };
    if a.graph && format == PictureFormat::Html {
        return Err(Error::usage(
            "--graph draws SVG; the HTML page already holds the actor–event graph",
        ));
    }
    let country = query::country(&a.country)
        .map_err(|e| Error::usage(e.to_string().replacen("parameter country", "--country", 1)))?;
    // Asserted triples only: an event's class is the one extraction gave it.
    let opts = QueryOptions {
        no_entailment: true,
        ..QueryOptions::default()
    };
    let t = holder::with_store(&ctx.store, |opened| {
        let mut select = |q: spargebra::Query| match opened {
            Opened::Local(store) => picture::solutions(query::execute(store, q, &[], &opts)?),
            Opened::Remote(remote) => picture::solutions(remote.query(&q, &opts)?),
        };
        picture::timeline_of(&mut select, &country)
    })?;
    let drawing = match (a.graph, format) {
        (true, _) => t.actor_graph().svg(),
        (false, PictureFormat::Svg) => timeline::svg(&t),
        (false, PictureFormat::Html) => html::page(&t),
    };
    if !ctx.quiet && a.output.is_some() {
        eprintln!("{} events in {} drawn", t.marks.len(), t.country.label);
    }
    write_out(a.output.as_deref(), |w| {
        w.write_all(drawing.as_bytes())
            .map_err(|e| Error::io("writing the drawing", e))
    })
}
