#![doc = include_str!("../README.md")]
//!
//! # The library
//!
//! The `newskg` crate is the command-line tool's library: [`app`] runs each subcommand,
//! [`cli`] defines the arguments. The stages live in smaller crates, re-exported here:
//! [`model`] (the data model), [`source`], [`analyze`], [`extract`] and [`gazetteer`] (the
//! text side, `newskg-text`), [`map`], [`entail`], [`store`], [`query`], [`export`],
//! [`serve`], [`push`], [`link`], [`ingest`] and [`graph`] (the RDF side, `newskg-rdf`), and
//! [`validate`] (the SHACL engine, `newskg-shacl`).
//!
//! Ingest an article into a store on disk and ask a named question:
//!
//! ```
//! use newskg::{ingest, query, source, store::Store};
//!
//! let dir = tempfile::tempdir()?;
//! let store = Store::open(&dir.path().join("store"))?;
//! let article = source::from_text(
//!     "After the coup in Niger in July, France pulled its troops out of Niger in December.",
//! );
//! ingest::ingest_article(&store, article, &ingest::Options::default())?;
//! let q = query::named("forces-left")?;
//! let params = query::bind_params(&q, &["country=Niger".to_string()])?;
//! let mut out = Vec::new();
//! query::run(&store, q.text, &params, query::OutputFormat::Csv, &Default::default(), &mut out)?;
//! assert!(String::from_utf8(out)?.contains("http://www.wikidata.org/entity/Q142"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod app;
pub mod cli;

pub use newskg_model as model;
pub use newskg_rdf::{
    entail, export, graph, ingest, link, map, push, query, serve, store, vocab, Error, Result,
};
pub use newskg_shacl as validate;
pub use newskg_text::{analyze, extract, gazetteer, source};

/// Error types, one per layer: the application's ([`Error`], the RDF side's), the text
/// side's and the SHACL engine's, which convert into it.
pub mod error {
    pub use newskg_rdf::error::{Error, Result};
    pub use newskg_shacl::Error as ShaclError;
    pub use newskg_text::Error as TextError;
}
