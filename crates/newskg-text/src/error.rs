//! The text side's errors: what can go wrong reading inputs. Each variant is one clear
//! sentence for the user.

use std::path::PathBuf;

/// The result type of the text side's fallible operations.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What can go wrong reading articles.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The user asked for something malformed (a bad date, say).
    #[error("{0}")]
    Usage(String),
    /// An input could not be read or is not an article.
    #[error("{path}: {message}")]
    Input {
        /// The input.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
    /// An I/O error while reading.
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

    /// A usage error.
    pub fn usage(message: impl Into<String>) -> Self {
        Error::Usage(message.into())
    }
}
