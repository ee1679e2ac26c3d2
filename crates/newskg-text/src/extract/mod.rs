//! Extract stage: from an analysed article to claims — entity and force mentions,
//! events with their roles, status and time, and who reported them.
//!
//! Its private passes: `mentions` finds what the text talks about (gazetteer entities,
//! titled persons, armed forces with the state they belong to, governments, places,
//! pronouns) and resolves references; `events` finds triggers and fills roles from the
//! sentence structure; `merge` joins an article's mentions of one event; `confidence` scores each
//! claim from its cues; `time` normalises time expressions. All vocabulary is data (the
//! `lexicon` module, read from `data/lexicon/`).

mod confidence;
mod events;
mod lexicon;
mod mentions;
mod merge;
mod time;

use crate::analyze::Doc;
use chrono::NaiveDate;
pub use newskg_model::{
    Actor, ActorId, Attribution, Cue, Event, EventMention, EventType, Extraction, Force, Form,
    Kind, Mention, Precision, Status, When,
};

/// Extracts mentions and events from an analysed article.
pub fn extract(doc: &Doc, published: Option<NaiveDate>) -> Extraction {
    let mut m = mentions::find(doc, published);
    let mut events = events::find(doc, &mut m, published);
    confidence::score(&mut events);
    Extraction {
        actors: m.actors,
        mentions: m.mentions,
        forces: m.forces,
        events,
    }
}
