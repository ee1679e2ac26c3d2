//! newskg's text side: from bytes to an [`Extraction`](newskg_model::Extraction), with no RDF
//! and no store.
//!
//! The stages run one way: [`source`] reads articles (text, Markdown, HTML, JSONL) →
//! [`analyze`] gives the document model (tokens, sentences, tags, lemmas) →
//! [`extract`] finds mentions and events over it, with the [`gazetteer`] for names.
//! Nothing here knows about RDF, SPARQL or Oxigraph; `newskg-rdf` maps what this crate
//! extracts.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod analyze;
mod compact;
pub mod error;
pub mod extract;
pub mod gazetteer;
pub mod source;

pub use error::{Error, Result};
pub use newskg_model as model;

/// Reads, analyses and extracts one article: the text side of the pipeline in one call.
/// Offsets are bytes into the article text, as inside the pipeline.
pub fn extract_article(article: &source::Article) -> newskg_model::Extraction {
    let doc = analyze::analyze(&article.text);
    extract::extract(&doc, article.published)
}

/// As [`extract_article`], with every offset counted in characters of the article text:
/// what `newskg extract` prints.
pub fn extract_article_in_characters(article: &source::Article) -> newskg_model::Extraction {
    let doc = analyze::analyze(&article.text);
    extract::extract(&doc, article.published).in_characters(|b| doc.char_offset(b))
}
