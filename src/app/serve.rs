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
    let listener = newskg_rdf::serve::listen(bind)?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::io("reading the bound address", e))?;
    // The other newskg commands of this user (query, export, ingest) come here while the
    // endpoint holds the store.
    let token = newskg_rdf::holder::new_token();
    let _holding = newskg_rdf::holder::advertise(&store.path, addr, &token)
        .map_err(|e| log::warn!("other newskg commands cannot reach the store: {e}"))
        .ok();
    let mut opts = newskg_rdf::serve::Options {
        bind: addr,
        allow_update: a.allow_update,
        update_token: a.update_token.clone(),
        timeout: std::time::Duration::from_secs_f64(a.timeout),
        max_results: a.max_results,
        owner_token: Some(token),
        ..Default::default()
    };
    if let Some(n) = a.max_running {
        opts.max_running = n as usize;
    }
    opts.limits.max_connections = a.max_connections as usize;
    let (mode, update) = match a.allow_update {
        true => ("updates allowed", " and /update, /ingest"),
        false => ("read-only", ""),
    };
    if !ctx.quiet {
        eprintln!(
            "newskg: serving {} at http://{addr}/ ({mode}; SPARQL at /query{update})",
            ctx.store.display()
        );
    }
    newskg_rdf::serve::run(store, opts, listener);
    Ok(())
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
