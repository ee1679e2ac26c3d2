//! The application: one function per subcommand, called by the thin binary with parsed
//! arguments. Owns what the command line adds to the library — choosing stores, output
//! streams, progress lines and summaries — and nothing about how articles are read.

mod ingest;
mod query;
mod rdf;
mod serve;
mod timeline;

use crate::cli::{Cli, Command, MetaArgs, OnlineArgs};
use newskg_rdf::error::{Error, Result};
use newskg_rdf::link::wikidata::{Config, Linker};
use newskg_rdf::store;
use newskg_text::source::{self, Meta};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Runs one subcommand.
pub fn run(cli: Cli) -> Result<()> {
    let ctx = Context {
        store: cli.store.clone().unwrap_or_else(store::default_path),
        quiet: cli.quiet,
    };
    match &cli.command {
        Command::Ingest(a) => ingest::ingest(&ctx, a),
        Command::Extract(a) => ingest::extract(a),
        Command::Query(a) => query::query(&ctx, a),
        Command::Queries(a) => query::queries(a),
        Command::Export(a) => rdf::export(&ctx, a),
        Command::Load(a) => rdf::load(&ctx, a),
        Command::Push(a) => rdf::push(&ctx, a),
        Command::Validate(a) => rdf::validate(&ctx, a),
        Command::Entail(a) => rdf::entail(&ctx, a),
        Command::Link(a) => serve::link(&ctx, a),
        Command::Serve(a) => serve::serve(&ctx, a),
        Command::Timeline(a) => timeline::timeline(&ctx, a),
        Command::Completions { shell } => {
            // Written whole from memory, so a closed pipe is the usual quiet stop, not a panic
            // inside clap_complete.
            let mut cmd = <Cli as clap::CommandFactory>::command();
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut cmd, "newskg", &mut script);
            std::io::stdout()
                .lock()
                .write_all(&script)
                .map_err(|e| Error::io("writing the completions", e))
        }
        Command::Man { dir: None } => {
            clap_mangen::Man::new(<Cli as clap::CommandFactory>::command())
                .render(&mut std::io::stdout().lock())
                .map_err(|e| Error::io("writing the man page", e))
        }
        Command::Man { dir: Some(dir) } => std::fs::create_dir_all(dir)
            .and_then(|()| clap_mangen::generate_to(<Cli as clap::CommandFactory>::command(), dir))
            .map_err(|e| Error::io(format!("writing man pages to {}", dir.display()), e)),
    }
}

/// What every subcommand may use: where the store is, and whether to be quiet.
struct Context {
    store: PathBuf,
    quiet: bool,
}

impl Context {
    /// Opens the store for a command that needs it itself (not one the process holding it
    /// can answer).
    fn open(&self) -> Result<store::Store> {
        match store::Store::open(&self.store) {
            Err(Error::StoreLocked(path)) => match newskg_rdf::holder::Remote::find(&path) {
                Some(r) => Err(Error::Store {
                    path,
                    message: format!(
                        "in use by another newskg process (an ingest or serve, answering at {}); \
                         `query`, `export` and `ingest` work meanwhile, this command needs it to finish",
                        r.url
                    ),
                }),
                None => Err(Error::StoreLocked(path)),
            },
            r => r,
        }
    }
}

fn meta(m: &MetaArgs) -> Result<Meta> {
    Ok(Meta {
        published: m.published.as_deref().map(source::parse_date).transpose()?,
        source: m.source.clone(),
        url: m.url.clone(),
        title: m.title.clone(),
    })
}

fn linker(o: &OnlineArgs, store: &Path) -> Result<Option<Linker>> {
    if !o.online {
        return Ok(None);
    }
    let cache = store
        .parent()
        .map(|p| p.join("cache"))
        .unwrap_or_else(|| PathBuf::from(".newskg-cache"));
    Linker::new(Config::new(Some(&o.wikidata_api), cache)).map(Some)
}

/// Writes `data` to `path` through a temporary file renamed into place (a reader never
/// sees half a file), or to stdout.
fn write_out(path: Option<&Path>, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let Some(path) = path else {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        write(&mut out)?;
        return out.flush().map_err(|e| Error::io("writing", e));
    };
    let input_error = |path: &Path, e: std::io::Error| Error::Input {
        path: path.to_path_buf(),
        message: e.to_string(),
    };
    let tmp = path.with_extension("newskg-tmp");
    let f = std::fs::File::create(&tmp).map_err(|e| input_error(&tmp, e))?;
    let mut w = std::io::BufWriter::new(f);
    write(&mut w)?;
    w.flush().map_err(|e| Error::io("writing", e))?;
    std::fs::rename(&tmp, path).map_err(|e| input_error(path, e))
}
