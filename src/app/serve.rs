//! `serve` and `link`: the store over HTTP, and online linking of what it holds.

use super::{linker, Context};
use crate::cli::{LinkArgs, ServeArgs};
use newskg_rdf::error::{Error, Result};
use std::net::ToSocketAddrs;

/// `newskg serve`: the SPARQL 1.1 Protocol endpoint.
pub(super) fn serve(ctx: &Context, a: &ServeArgs) -> Result<()> {
    let bind = a
        .bind
        .to_socket_addrs()
        .ok()
        .and_then(|mut it| it.next())
        .ok_or_else(|| Error::usage(format!("--bind: '{}' is not HOST:PORT", a.bind)))?;
    if !(a.timeout > 0.0 && a.timeout.is_finite()) {
        return Err(Error::usage(
            "--timeout must be a positive number of seconds",
        ));
    }
    if a.allow_update && !bind.ip().is_loopback() && a.update_token.is_none() {
        return Err(Error::usage(format!(
            "--allow-update on {bind} (not loopback) needs --update-token TOKEN (or NEWSKG_UPDATE_TOKEN)"
        )));
    }
    if a.update_token.as_deref().is_some_and(|t| t.len() < 16) {
        return Err(Error::usage(
            "--update-token must be at least 16 characters",
        ));
    }
    let store = ctx.open()?;
    let mut opts = newskg_rdf::serve::Options {
        bind,
        allow_update: a.allow_update,
        update_token: a.update_token.clone(),
        timeout: std::time::Duration::from_secs_f64(a.timeout),
        max_results: a.max_results,
        ..Default::default()
    };
    if let Some(n) = a.max_running {
        opts.max_running = n as usize;
    }
    let (quiet, path) = (ctx.quiet, ctx.store.display());
    let (mode, update) = match a.allow_update {
        true => ("updates allowed", " and /update"),
        false => ("read-only", ""),
    };
    newskg_rdf::serve::serve(store, opts, |addr| {
        if !quiet {
            eprintln!(
                "newskg: serving {path} at http://{addr}/ ({mode}; SPARQL at /query{update})"
            );
        }
    })
}

/// `newskg link --online`: links the store's unlinked entities through Wikidata.
pub(super) fn link(ctx: &Context, a: &LinkArgs) -> Result<()> {
    let Some(l) = linker(&a.online, &ctx.store)? else {
        return Err(Error::usage(
            "`newskg link` needs --online (offline linking happens at ingest)",
        ));
    };
    let store = ctx.open()?;
    let n = store.relink(&l)?;
    l.save()?;
    eprintln!(
        "linked {n} more entit{} to Wikidata",
        if n == 1 { "y" } else { "ies" }
    );
    Ok(())
}
