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

/// An open store. Every write goes through its methods (the one write path), which keep
/// each article's entailment graph in step with its article graph.
#[derive(Clone)]
pub struct Store {
    inner: oxigraph::store::Store,
    /// Where the store lives on disk.
    pub path: PathBuf,
    /// Held by whoever writes (see [`Store::writing`]).
    writes: std::sync::Arc<std::sync::Mutex<()>>,
}

/// What writing one article did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// The store did not hold the article; its graph was created.
    New,
    /// The store held the article with other content; its graph was replaced.
    Replaced,
    /// The store held the article with the same content hash; nothing was written.
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
            writes: Default::default(),
        })
    }

    /// One writer at a time in this process: an ingest run, the endpoint's `/ingest` and
    /// `/update` may write beside each other, and a batch's "not in the store yet" check
    /// must still hold when the batch is loaded. Readers never wait for it (each query
    /// reads a snapshot).
    pub(crate) fn writing(&self) -> std::sync::MutexGuard<'_, ()> {
        self.writes.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The content hash stored for an article graph, if the article is in the store.
    pub(crate) fn content_hash(&self, graph: &NamedNode) -> Result<Option<String>> {
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

    /// Replaces an article's graph with `quads`, and its entailment graph with `entailed`,
    /// in one transaction, unless the stored content hash equals `hash` (then nothing is
    /// written).
    pub(crate) fn put_article(
        &self,
        graph: &NamedNode,
        hash: &str,
        quads: &[Quad],
        entailed: &[Quad],
    ) -> Result<Written> {
        let old = self.content_hash(graph)?;
        if old.as_deref() == Some(hash) {
            return Ok(Written::Unchanged);
        }
        let mut t = self
            .inner
            .start_transaction()
            .map_err(|e| translate(&self.path, e))?;
        let companion = crate::entail::entailed_graph(graph);
        if old.is_some() {
            for g in [graph, &companion] {
                t.clear_graph(g.as_ref())
                    .map_err(|e| translate(&self.path, e))?;
            }
        }
        t.insert_named_graph(graph.as_ref());
        t.extend(quads.iter());
        if !entailed.is_empty() {
            t.insert_named_graph(companion.as_ref());
            t.extend(entailed.iter());
        }
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
    pub(crate) fn put_new_articles(&self, mut quads: Vec<Quad>) -> Result<()> {
        // Two halves, each encoded, sorted and written by a thread of its own; `commit`
        // ingests all their files in one step, so the batch stays atomic.
        let second = quads.split_off(quads.len() / 2);
        let mut loader = self.inner.bulk_loader().with_num_threads(2);
        for half in [quads, second] {
            if !half.is_empty() {
                loader
                    .load_quads(half)
                    .map_err(|e| translate(&self.path, e))?;
            }
        }
        loader.commit().map_err(|e| translate(&self.path, e))
    }

    /// Writes the ontology into its graph ([`crate::entail::ONTOLOGY_GRAPH`]) when the
    /// store lacks it or holds another version; one transaction.
    pub(crate) fn ensure_ontology(&self) -> Result<()> {
        let g = NamedNode::new_unchecked(crate::entail::ONTOLOGY_GRAPH);
        let want = crate::entail::builtin().quads();
        let mut have = std::collections::HashSet::new();
        for q in self.inner.quads_for_pattern(
            None,
            None,
            None,
            Some(GraphNameRef::NamedNode(g.as_ref())),
        ) {
            have.insert(q.map_err(|e| translate(&self.path, e))?);
        }
        if have.len() == want.len() && want.iter().all(|q| have.contains(q)) {
            return Ok(());
        }
        let mut t = self
            .inner
            .start_transaction()
            .map_err(|e| translate(&self.path, e))?;
        t.clear_graph(g.as_ref())
            .map_err(|e| translate(&self.path, e))?;
        t.insert_named_graph(g.as_ref());
        t.extend(want.iter());
        t.commit().map_err(|e| translate(&self.path, e))
    }

    /// Recomputes the entailment graph of every article graph from what the store holds
    /// (after the ontology changed, or to turn entailment back on), or with `drop` removes
    /// them all (to turn it off). One transaction per article. Returns the number of
    /// article graphs visited and of entailed triples written.
    pub fn entail_all(&self, drop: bool) -> Result<(usize, usize)> {
        let _writing = self.writing();
        let (mut graphs, mut triples) = (0, 0);
        if !drop {
            self.ensure_ontology()?;
        }
        for g in self.graphs()? {
            if crate::entail::is_entailed_graph(g.as_str()) {
                if drop {
                    self.inner
                        .remove_named_graph(g.as_ref())
                        .map_err(|e| translate(&self.path, e))?;
                }
                continue;
            }
            if !crate::entail::is_article_graph(g.as_str()) {
                continue;
            }
            graphs += 1;
            if drop {
                continue;
            }
            triples += self.entail_graph(&g)?;
        }
        if drop {
            self.inner
                .remove_named_graph(
                    NamedNode::new_unchecked(crate::entail::ONTOLOGY_GRAPH).as_ref(),
                )
                .map_err(|e| translate(&self.path, e))?;
        }
        self.flush()?;
        Ok((graphs, triples))
    }

    /// Replaces the entailment graph of article graph `g` with what RDFS concludes from its
    /// current content (removing it when the article graph is gone), in one transaction.
    /// Returns the number of entailed triples written.
    fn entail_graph(&self, g: &NamedNode) -> Result<usize> {
        let err = |e| translate(&self.path, e);
        let mut asserted = Vec::new();
        let graph = GraphNameRef::NamedNode(g.as_ref());
        for q in self.inner.quads_for_pattern(None, None, None, Some(graph)) {
            asserted.push(q.map_err(err)?);
        }
        let companion = crate::entail::entailed_graph(g);
        let entailed = crate::entail::builtin().entail(
            asserted.iter().map(|q| q.as_ref()),
            &oxigraph::model::GraphName::NamedNode(companion.clone()),
        );
        let mut t = self.inner.start_transaction().map_err(err)?;
        if asserted.is_empty() {
            t.remove_named_graph(companion.as_ref()).map_err(err)?;
        } else {
            t.clear_graph(companion.as_ref()).map_err(err)?;
            t.insert_named_graph(companion.as_ref());
            t.extend(entailed.iter());
        }
        t.commit().map_err(err)?;
        Ok(entailed.len())
    }

    /// Runs a SPARQL update (the endpoint's `/update`), then re-entails the article graphs
    /// it may have written, so queries with entailment see the change: the graphs the
    /// update names, or every article graph when it picks graphs by variable or clears
    /// or drops them wholesale. `SERVICE` calls are refused. The update and the
    /// re-entailment are two transactions; `newskg entail` rebuilds them all if a crash
    /// fell between.
    pub fn update(&self, update: spargebra::Update) -> Result<()> {
        let _writing = self.writing();
        let touched = touched_graphs(&update);
        oxigraph::sparql::SparqlEvaluator::new()
            .without_default_http_service_handler()
            .for_update(update)
            .on_store(&self.inner)
            .execute()
            .map_err(|e| Error::Query(format!("update failed: {e}")))?;
        let articles: Vec<NamedNode> = match touched {
            Some(names) => names.into_iter().map(NamedNode::new_unchecked).collect(),
            None => self.graphs()?,
        };
        let entailing = self.has_ontology()?;
        for g in articles {
            if entailing && crate::entail::is_article_graph(g.as_str()) {
                self.entail_graph(&g)?;
            }
        }
        self.flush()
    }

    /// Whether the store keeps entailment (its ontology graph is there; `entail --drop`
    /// and ingest with `--no-entailment` into a new store leave it out).
    fn has_ontology(&self) -> Result<bool> {
        let g = NamedNode::new_unchecked(crate::entail::ONTOLOGY_GRAPH);
        self.inner
            .contains_named_graph(g.as_ref())
            .map_err(|e| translate(&self.path, e))
    }

    /// The quads of one graph, or of the whole store.
    pub fn quads(&self, graph: Option<&NamedNode>) -> Result<Vec<Quad>> {
        let g = graph.map(|g| GraphNameRef::NamedNode(g.as_ref()));
        self.inner
            .quads_for_pattern(None, None, None, g)
            .map(|q| q.map_err(|e| translate(&self.path, e)))
            .collect()
    }

    /// The Oxigraph store, for evaluating SPARQL queries (never updates: those go through
    /// [`Store::update`]).
    pub(crate) fn for_queries(&self) -> &oxigraph::store::Store {
        &self.inner
    }

    /// Number of quads in the store.
    pub fn len(&self) -> Result<usize> {
        self.inner.len().map_err(|e| translate(&self.path, e))
    }

    /// Whether the store holds no quads.
    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.len()? == 0)
    }

    /// The named graphs in the store: articles, their entailment graphs, the ontology and
    /// whatever was loaded.
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

impl Store {
    /// The store's asserted content as triples: every graph but the entailment graphs
    /// (what `validate` checks).
    pub fn asserted_triples(&self) -> Result<Vec<oxigraph::model::Triple>> {
        let mut triples = Vec::new();
        for q in self.inner.iter() {
            let q = q.map_err(|e| translate(&self.path, e))?;
            if let oxigraph::model::GraphName::NamedNode(g) = &q.graph_name {
                if crate::entail::is_entailed_graph(g.as_str()) {
                    continue;
                }
            }
            triples.push(oxigraph::model::Triple::new(
                q.subject,
                q.predicate,
                q.object,
            ));
        }
        Ok(triples)
    }

    /// Links the store's entities that have no Wikidata identity yet (persons, local
    /// organisations) through `linker`, adding `owl:sameAs` in each article graph that holds
    /// them, one transaction per graph. Returns how many entities were linked.
    pub fn relink(&self, linker: &crate::link::wikidata::Linker) -> Result<usize> {
        let _writing = self.writing();
        let store = self;
        use crate::vocab::{OWL, RDF, RDFS, WD};
        use oxigraph::model::{GraphNameRef, NamedNode, Quad, Term};
        let err = |e: oxigraph::store::StorageError| Error::Store {
            path: store.path.clone(),
            message: e.to_string(),
        };
        let label = NamedNode::new_unchecked(format!("{RDFS}label"));
        let same = NamedNode::new_unchecked(format!("{OWL}sameAs"));
        let rdf_type = NamedNode::new_unchecked(format!("{RDF}type"));
        let mut linked = std::collections::HashSet::new();
        for g in store.graphs()? {
            let gref = GraphNameRef::NamedNode(g.as_ref());
            let mut adds = Vec::new();
            for q in store
                .inner
                .quads_for_pattern(None, Some(label.as_ref()), None, Some(gref))
            {
                let q = q.map_err(err)?;
                let oxigraph::model::NamedOrBlankNode::NamedNode(s) = &q.subject else {
                    continue;
                };
                if !crate::map::is_unlinked_actor_iri(s.as_str()) {
                    continue;
                }
                let has_link = store
                    .inner
                    .quads_for_pattern(
                        Some(s.as_ref().into()),
                        Some(same.as_ref()),
                        None,
                        Some(gref),
                    )
                    .next()
                    .is_some();
                let Term::Literal(l) = &q.object else {
                    continue;
                };
                if has_link {
                    continue;
                }
                let class = store
                    .inner
                    .quads_for_pattern(
                        Some(s.as_ref().into()),
                        Some(rdf_type.as_ref()),
                        None,
                        Some(gref),
                    )
                    .filter_map(Result::ok)
                    .find_map(|t| match t.object {
                        Term::NamedNode(n) => n.as_str().rsplit('#').next().map(str::to_string),
                        _ => None,
                    })
                    .unwrap_or_default();
                let kind = if class == "Person" {
                    newskg_model::Kind::Person
                } else if class == "NewsOutlet" {
                    newskg_model::Kind::Outlet
                } else {
                    newskg_model::Kind::Organization
                };
                if let Some(qid) = linker.resolve(l.value(), kind).unwrap_or(None) {
                    adds.push(Quad::new(
                        s.clone(),
                        same.clone(),
                        NamedNode::new_unchecked(format!("{WD}{qid}")),
                        g.clone(),
                    ));
                    linked.insert(s.clone());
                }
            }
            if !adds.is_empty() {
                let mut t = store.inner.start_transaction().map_err(err)?;
                t.extend(adds.iter());
                t.commit().map_err(err)?;
            }
        }
        Ok(linked.len())
    }
}

/// Loads RDF files into the store with the bulk loader, all in one atomic load: a syntax
/// error (reported with its file, line and column) leaves the store as it was. Triples
/// of triple formats go to `graph` when given, else to the default graph. Relative IRIs
/// resolve against `base` when given, else against each file's own `file://` IRI; the
/// path `-` reads stdin. Returns the number of quads read.
pub fn load_files(
    store: &Store,
    files: &[(PathBuf, oxigraph::io::RdfFormat)],
    graph: Option<&NamedNode>,
    base: Option<&str>,
) -> Result<usize> {
    let _writing = store.writing();
    let mut loader = store.inner.bulk_loader().with_num_threads(2);
    let mut count = 0usize;
    for (path, format) in files {
        // Relative IRIs resolve against --base, else against the file's own location.
        let (mut parser, file) = newskg_shacl::open_rdf(path, *format, base)?;
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

/// The graphs a SPARQL update may write, by IRI, or `None` when that is not known before it
/// runs (a graph chosen by a variable; CLEAR or DROP of NAMED or ALL graphs).
fn touched_graphs(update: &spargebra::Update) -> Option<std::collections::BTreeSet<String>> {
    use spargebra::algebra::GraphTarget;
    use spargebra::term::{GraphName, GraphNamePattern};
    use spargebra::GraphUpdateOperation as Op;
    let mut out = std::collections::BTreeSet::new();
    let mut add = |g: &GraphName| {
        if let GraphName::NamedNode(n) = g {
            out.insert(n.as_str().to_string());
        }
    };
    for op in &update.operations {
        match op {
            Op::InsertData { data } => data.iter().for_each(|q| add(&q.graph_name)),
            Op::DeleteData { data } => data.iter().for_each(|q| add(&q.graph_name)),
            Op::DeleteInsert { delete, insert, .. } => {
                let patterns = delete.iter().map(|q| &q.graph_name);
                for g in patterns.chain(insert.iter().map(|q| &q.graph_name)) {
                    match g {
                        GraphNamePattern::NamedNode(n) => add(&n.clone().into()),
                        GraphNamePattern::DefaultGraph => {}
                        GraphNamePattern::Variable(_) => return None,
                    }
                }
            }
            Op::Load { destination, .. } => add(destination),
            Op::Create { graph, .. } => add(&graph.clone().into()),
            Op::Clear { graph, .. } | Op::Drop { graph, .. } => match graph {
                GraphTarget::NamedNode(n) => add(&n.clone().into()),
                GraphTarget::DefaultGraph => {}
                GraphTarget::NamedGraphs | GraphTarget::AllGraphs => return None,
            },
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::touched_graphs;

    fn touched(u: &str) -> Option<Vec<String>> {
        let u = spargebra::SparqlParser::new()
            .parse_update(u)
            .expect("an update");
        touched_graphs(&u).map(|s| s.into_iter().collect())
    }

    #[test]
    fn an_update_names_the_graphs_it_writes_or_says_it_cannot() {
        assert_eq!(
            touched("INSERT DATA { GRAPH <http://a/g> { <http://a/s> <http://a/p> 1 } }"),
            Some(vec!["http://a/g".to_string()])
        );
        assert_eq!(
            touched("DELETE { GRAPH <http://a/g> { ?s ?p ?o } } INSERT { GRAPH <http://a/h> { ?s ?p 2 } } WHERE { GRAPH <http://a/g> { ?s ?p ?o } }"),
            Some(vec!["http://a/g".to_string(), "http://a/h".to_string()])
        );
        assert_eq!(
            touched("INSERT DATA { <http://a/s> <http://a/p> 1 }"),
            Some(vec![])
        );
        assert_eq!(
            touched("DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }"),
            None
        );
        assert_eq!(touched("DROP ALL"), None);
        assert_eq!(
            touched("CLEAR GRAPH <http://a/g>"),
            Some(vec!["http://a/g".to_string()])
        );
    }
}
