//! newskg turns news articles into an RDF knowledge graph of claims, events and actors.
//!
//! The pipeline runs one way, one module per stage:
//! [`source`] (read articles) → [`analyze`] (sentences, tokens, tags, lemmas) →
//! [`extract`] (mentions, events, roles, status, time, attribution) → [`link`]
//! (Wikidata identities) → [`map`] (RDF quads under the newskg ontology) → [`entail`]
//! (what RDFS concludes from them under the ontology) → [`store`]
//! (one named graph per article in an on-disk Oxigraph store) → [`query`], [`export`],
//! [`validate`] (SHACL) and [`serve`] (the SPARQL endpoint).
//! [`ingest`] wires the stages together; the `newskg` binary is a thin layer over it.
#![forbid(unsafe_code)]

pub mod analyze;
pub mod entail;
pub mod error;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod link;
pub mod map;
pub mod push;
pub mod query;
pub mod serve;
pub mod source;
pub mod store;
pub mod validate;
pub mod vocab;

pub use error::{Error, Result};
