//! newskg's RDF side: from an [`Extraction`](newskg_model::Extraction) to quads in an
//! on-disk Oxigraph store, and everything that reads the store.
//!
//! [`map`] turns an extraction into quads under the newskg ontology → [`entail`] adds what
//! RDFS concludes from them → [`store`] writes each article's graphs in one transaction;
//! [`query`], [`export`], [`serve`] (the SPARQL 1.1 Protocol) and [`push`] read it;
//! [`link`] gives actors Wikidata identities online; [`ingest`] runs the text side and these
//! stages over many inputs. [`graph`] shows extractions and stored graphs as sophia graphs.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod entail;
pub mod error;
pub mod export;
pub mod graph;
pub mod holder;
pub mod http;
pub mod ingest;
pub mod link;
pub mod map;
mod order;
pub mod picture;
pub mod push;
pub mod query;
pub mod serve;
pub mod store;

pub use error::{Error, Result};
pub use newskg_model::vocab;
