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
//! The README's example above runs as this crate's doctest.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod app;
// The argument types' doc comments are clap's help text, written for users where clap reads
// them; the container types and flattened fields have none by design.
#[allow(missing_docs)]
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
