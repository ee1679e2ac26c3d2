//! Extract stage: from an analysed article to claims — entity and force mentions,
//! events with their roles, status and time, and who reported them.
//!
//! [`mentions`] finds what the text talks about (gazetteer entities, titled persons,
//! armed forces with the state they belong to, governments, places, pronouns) and resolves
//! references; [`events`] finds triggers and fills roles from the sentence structure;
//! [`time`] normalises time expressions. All vocabulary is data ([`lexicon`]).

pub mod events;
pub mod lexicon;
pub mod mentions;
pub mod time;

use crate::analyze::Doc;
use crate::link::Kind;
use chrono::NaiveDate;
use serde::Serialize;

/// An actor the article talks about: a gazetteer entity or a person found in the text.
#[derive(Debug, Clone, Serialize)]
pub struct Actor {
    /// A Wikidata QID, a gazetteer local id (`local:…`) or `person:slug`.
    pub id: String,
    pub label: String,
    #[serde(serialize_with = "kind_name")]
    pub kind: Kind,
    /// The QID of its country, if known.
    pub country: Option<String>,
    /// A person's title as written ("Deputy Secretary of State").
    pub title: Option<String>,
}

fn kind_name<S: serde::Serializer>(k: &Kind, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(k.class())
}

/// One mention of an actor in the text.
#[derive(Debug, Clone, Serialize)]
pub struct Mention {
    pub actor: usize,
    /// Byte offsets into the article text.
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    pub text: String,
    /// How the text names the actor: `name`, `adjective` ("French"), `demonym`
    /// ("Nigeriens") or `title` (a person with their title).
    pub form: &'static str,
}

/// A mention of an armed force, tied to the state or organisation it belongs to.
#[derive(Debug, Clone, Serialize)]
pub struct Force {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    /// Actors the force belongs to (indexes into [`Extraction::actors`]).
    pub owners: Vec<usize>,
    /// A named operation or unit it is part of (an actor index), e.g. Operation Barkhane.
    pub unit: Option<usize>,
    /// "about 1,000", as written.
    pub quantity: Option<String>,
    /// Fighters of an armed group rather than a state's forces.
    pub irregular: bool,
    /// The owners were inferred by coreference ("the soldiers" → an earlier force), not
    /// written in the phrase.
    pub inferred: bool,
}

/// How far an event has come, as the text reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Status {
    Planned,
    Agreed,
    Ordered,
    Demanded,
    UnderWay,
    Completed,
    Denied,
    Hypothetical,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Planned => "Planned",
            Status::Agreed => "Agreed",
            Status::Ordered => "Ordered",
            Status::Demanded => "Demanded",
            Status::UnderWay => "UnderWay",
            Status::Completed => "Completed",
            Status::Denied => "Denied",
            Status::Hypothetical => "Hypothetical",
        }
    }
}

/// When an event happened, as far as the text says.
#[derive(Debug, Clone, Serialize)]
pub struct When {
    pub text: String,
    pub earliest: Option<NaiveDate>,
    pub latest: Option<NaiveDate>,
    pub precision: &'static str,
    /// "since …": the event holds from then on.
    pub since: bool,
}

/// Who reported or said a claim.
#[derive(Debug, Clone, Serialize)]
pub struct Attribution {
    /// The source as written ("a state department official").
    pub text: String,
    /// The source as an actor, where it is one.
    pub actor: Option<usize>,
    /// Whom it was told to ("CBS News"), if said.
    pub to: Option<String>,
    pub to_actor: Option<usize>,
}

/// One event claim.
#[derive(Debug, Clone, Serialize)]
pub struct Event {
    pub event_type: &'static str,
    pub sentence: usize,
    /// Byte offsets of the trigger words.
    pub trigger_start: usize,
    pub trigger_end: usize,
    pub trigger: String,
    pub status: Status,
    /// Who does it (actor indexes).
    pub agents: Vec<usize>,
    /// The forces that move (leave, arrive, deploy).
    pub forces: Vec<usize>,
    /// Who it is done to (actor indexes).
    pub affected: Vec<usize>,
    pub participants: Vec<usize>,
    pub location: Vec<usize>,
    pub origin: Vec<usize>,
    pub destination: Vec<usize>,
    /// The countries the event concerns (actor indexes of countries).
    pub countries: Vec<usize>,
    pub when: Option<When>,
    /// Order relative to the article's present: -2 long before, -1 before, 0 now, 1 after.
    pub rank: i8,
    pub attribution: Option<Attribution>,
    /// Events this one comes after (indexes into [`Extraction::events`]).
    pub after: Vec<usize>,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Extraction {
    pub actors: Vec<Actor>,
    pub mentions: Vec<Mention>,
    pub forces: Vec<Force>,
    pub events: Vec<Event>,
}

/// Extracts mentions and events from an analysed article.
pub fn extract(doc: &Doc, published: Option<NaiveDate>) -> Extraction {
    let mut m = mentions::find(doc);
    let events = events::find(doc, &mut m, published);
    Extraction {
        actors: m.actors,
        mentions: m.mentions,
        forces: m.forces,
        events,
    }
}
