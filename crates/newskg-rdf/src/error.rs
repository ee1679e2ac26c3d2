//! The RDF side's errors, and the conversions from the text side's and the SHACL engine's:
//! each variant is one clear sentence for the user.

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
    Input {
        /// The input's path.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
    /// The store is held by another process that does not answer for it.
    #[error("the store at {0} is in use by another newskg process that does not answer queries (a `load`, `entail`, `link`, `validate` or another command); wait for it to finish")]
    StoreLocked(PathBuf),
    /// The process holding the store stopped answering part-way (its ingest ended).
    #[error("the newskg process holding the store stopped answering ({0}); run the command again")]
    HolderGone(String),
    /// The store could not be opened or written.
    #[error("store {path}: {message}")]
    Store {
        /// The store's directory.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// A SPARQL query failed to parse or run.
    #[error("{0}")]
    Query(String),
    /// RDF could not be parsed or written.
    #[error("{0}")]
    Rdf(String),
    /// An I/O error outside the store.
    #[error("{context}: {source}")]
    Io {
        /// What was being done.
        context: String,
        /// The I/O error.
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

    /// Whether the error is a closed output pipe (`newskg query … | head`): the reader
    /// went away, which is no failure of the run.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe)
    }

    /// An I/O error with what was being done.
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }

    /// A usage error (exit code 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Error::Usage(message.into())
    }
}

impl From<newskg_text::Error> for Error {
    fn from(e: newskg_text::Error) -> Self {
        match e {
            newskg_text::Error::Usage(m) => Error::Usage(m),
            newskg_text::Error::Input { path, message } => Error::Input { path, message },
            newskg_text::Error::Io { context, source } => Error::Io { context, source },
        }
    }
}

impl From<newskg_shacl::Error> for Error {
    fn from(e: newskg_shacl::Error) -> Self {
        match e {
            newskg_shacl::Error::Usage(m) => Error::Usage(m),
            newskg_shacl::Error::Input { path, message } => Error::Input { path, message },
            newskg_shacl::Error::Rdf(m) => Error::Rdf(m),
            newskg_shacl::Error::Io { context, source } => Error::Io { context, source },
        }
    }
}
