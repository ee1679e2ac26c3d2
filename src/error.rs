//! Error types shared by the library: each variant is one clear sentence for the user.

use std::path::PathBuf;

/// The result type of every fallible newskg operation.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What can go wrong, grouped by the stage that reports it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The user asked for something malformed (bad flag value, unknown query, bad parameter).
    #[error("{0}")]
    Usage(String),
    /// An input could not be read or is not an article.
    #[error("{path}: {message}")]
    Input { path: PathBuf, message: String },
    /// The store is held by another process.
    #[error("the store at {0} is in use by another newskg process; wait for it to finish (while `newskg serve` holds it, ask the endpoint instead)")]
    StoreLocked(PathBuf),
    /// The store could not be opened or written.
    #[error("store {path}: {message}")]
    Store { path: PathBuf, message: String },
    /// A SPARQL query failed to parse or run.
    #[error("{0}")]
    Query(String),
    /// RDF could not be parsed or written.
    #[error("{0}")]
    Rdf(String),
    /// An I/O error outside the store.
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },
    /// `validate` found results (the report was written first).
    #[error("the data does not conform to the shapes: {0} result(s), see the report")]
    NotConforming(usize),
    /// The Wikidata service failed.
    #[error("Wikidata: {0}")]
    Wikidata(String),
}

impl Error {
    /// Whether the error is the user's (exit code 2) rather than the run's (exit code 1).
    pub fn is_usage(&self) -> bool {
        matches!(self, Error::Usage(_))
    }

    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Error::Usage(message.into())
    }
}
