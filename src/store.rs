//! Store stage: the embedded Oxigraph store on disk.
//!
//! Owns opening (with a clear message when another process holds the store), and the one
//! write path: an article's graph replaced in a single transaction, so a store never holds
//! part of an article, and an unchanged article is not written at all.

use crate::error::{Error, Result};
use crate::vocab::NKG;
use oxigraph::model::{GraphNameRef, NamedNode, Quad, Term};
use std::path::{Path, PathBuf};

/// The default store location: `$XDG_DATA_HOME/newskg/store` (e.g.
/// `~/.local/share/newskg/store`), or `.newskg-store` when there is no data directory.
pub fn default_path() -> PathBuf {
    dirs::data_dir()
        .map(|d| d.join("newskg").join("store"))
        .unwrap_or_else(|| PathBuf::from(".newskg-store"))
}

/// An open store.
#[derive(Clone)]
pub struct Store {
    pub inner: oxigraph::store::Store,
    pub path: PathBuf,
}

/// What writing one article did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    New,
    Replaced,
    Unchanged,
}

fn translate(path: &Path, e: impl std::fmt::Display) -> Error {
    let msg = e.to_string();
    if msg.contains("LOCK")
        && (msg.contains("Resource temporarily unavailable") || msg.contains("lock hold"))
        || msg.contains("No locks available")
    {
        return Error::StoreLocked(path.to_path_buf());
    }
    Error::Store {
        path: path.to_path_buf(),
        message: msg,
    }
}

impl Store {
    /// Opens (creating if needed) the store at `path` for reading and writing.
    pub fn open(path: &Path) -> Result<Store> {
        if let Err(e) = std::fs::create_dir_all(path) {
            return Err(Error::Store {
                path: path.to_path_buf(),
                message: format!("cannot create the store directory: {e}"),
            });
        }
        let meta = std::fs::metadata(path).map_err(|e| translate(path, e))?;
        if !meta.is_dir() {
            return Err(Error::Store {
                path: path.to_path_buf(),
                message: "not a directory".into(),
            });
        }
        let inner = oxigraph::store::Store::open(path).map_err(|e| translate(path, e))?;
        Ok(Store {
            inner,
            path: path.to_path_buf(),
        })
    }

    /// The content hash stored for an article graph, if the article is in the store.
    pub fn content_hash(&self, graph: &NamedNode) -> Result<Option<String>> {
        let p = NamedNode::new_unchecked(format!("{NKG}contentHash"));
        let mut it = self.inner.quads_for_pattern(
            Some(graph.as_ref().into()),
            Some(p.as_ref()),
            None,
            Some(GraphNameRef::NamedNode(graph.as_ref())),
        );
        match it.next() {
            Some(Ok(q)) => Ok(match q.object {
                Term::Literal(l) => Some(l.value().to_string()),
                _ => None,
            }),
            Some(Err(e)) => Err(translate(&self.path, e)),
            None => Ok(None),
        }
    }

    /// Replaces an article's graph with `quads` in one transaction, unless the stored
    /// content hash equals `hash` (then nothing is written).
    pub fn put_article(&self, graph: &NamedNode, hash: &str, quads: &[Quad]) -> Result<Written> {
        let old = self.content_hash(graph)?;
        if old.as_deref() == Some(hash) {
            return Ok(Written::Unchanged);
        }
        let mut t = self
            .inner
            .start_transaction()
            .map_err(|e| translate(&self.path, e))?;
        if old.is_some() {
            t.clear_graph(graph.as_ref())
                .map_err(|e| translate(&self.path, e))?;
        }
        t.insert_named_graph(graph.as_ref());
        t.extend(quads.iter());
        t.commit().map_err(|e| translate(&self.path, e))?;
        Ok(if old.is_some() {
            Written::Replaced
        } else {
            Written::New
        })
    }

    /// Writes the graphs of articles not yet in the store with Oxigraph's bulk loader: one
    /// atomic load for the whole batch (nothing is visible before it commits, so a crash
    /// leaves no part of any of them), much faster than a transaction per article.
    pub fn put_new_articles(&self, quads: impl IntoIterator<Item = Quad>) -> Result<()> {
        let mut loader = self.inner.bulk_loader().with_num_threads(1);
        loader
            .load_quads(quads)
            .map_err(|e| translate(&self.path, e))?;
        loader.commit().map_err(|e| translate(&self.path, e))
    }

    /// Number of quads in the store.
    pub fn len(&self) -> Result<usize> {
        self.inner.len().map_err(|e| translate(&self.path, e))
    }

    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.len()? == 0)
    }

    /// The article graphs in the store.
    pub fn graphs(&self) -> Result<Vec<NamedNode>> {
        let mut out = Vec::new();
        for g in self.inner.named_graphs() {
            if let oxigraph::model::NamedOrBlankNode::NamedNode(n) =
                g.map_err(|e| translate(&self.path, e))?
            {
                out.push(n);
            }
        }
        out.sort();
        Ok(out)
    }

    /// Writes buffered data to disk.
    pub fn flush(&self) -> Result<()> {
        self.inner.flush().map_err(|e| translate(&self.path, e))
    }
}

/// Loads RDF files into the store with the bulk loader, all in one atomic load: a syntax
/// error (reported with its file, line and column) leaves the store as it was. Triples
/// of triple formats go to `graph` when given, else to the default graph. Returns the
/// number of quads read.
pub fn load_files(
    store: &Store,
    files: &[(PathBuf, oxigraph::io::RdfFormat)],
    graph: Option<&NamedNode>,
) -> Result<usize> {
    use oxigraph::io::RdfParser;
    let mut loader = store.inner.bulk_loader().with_num_threads(2);
    let mut count = 0usize;
    for (path, format) in files {
        let file = std::fs::File::open(path).map_err(|e| Error::Input {
            path: path.clone(),
            message: e.to_string(),
        })?;
        let mut parser = RdfParser::from_format(*format);
        if let Some(g) = graph {
            parser = parser.with_default_graph(g.clone());
        }
        let mut failure = None;
        let quads = parser
            .for_reader(std::io::BufReader::new(file))
            .map_while(|q| match q {
                Ok(q) => {
                    count += 1;
                    Some(q)
                }
                Err(e) => {
                    failure = Some(e);
                    None
                }
            });
        loader
            .load_quads(quads)
            .map_err(|e| translate(&store.path, e))?;
        if let Some(e) = failure {
            // Dropping the loader without commit leaves the store untouched.
            return Err(Error::Input {
                path: path.clone(),
                message: format!("RDF syntax error: {e}"),
            });
        }
    }
    loader.commit().map_err(|e| translate(&store.path, e))?;
    Ok(count)
}
