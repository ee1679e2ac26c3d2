//! The SHACL engine's errors. Each variant is one clear sentence for the user.

use std::path::PathBuf;

/// The result type of the SHACL engine.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What can go wrong reading shapes or data, or writing a report.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The shapes use something this engine does not implement, or are malformed.
    #[error("{0}")]
    Usage(String),
    /// A data file could not be read or parsed.
    #[error("{path}: {message}")]
    Input {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
    /// The report could not be written as RDF.
    #[error("{0}")]
    Rdf(String),
    /// An I/O error while writing the report.
    #[error("{context}: {source}")]
    Io {
        /// What was being done.
        context: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    /// An I/O error with what was being done.
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }
}
