//! The data model every newskg stage shares: what an article's extraction holds — actors and
//! their identities, mentions, armed forces, events with their type, roles, status, time and
//! attribution — as plain types with serde, and the closed vocabularies (entity kinds, event
//! types, statuses, time precisions) as enums, never strings.
//!
//! This crate sits at the bottom of the workspace: it depends on no other newskg crate, and
//! every other crate reads these types. Offsets in [`Mention`], [`Force`] and [`Event`] are
//! byte offsets into the article text inside the pipeline; what leaves it (the RDF mapping,
//! `newskg extract`, [`Extraction::in_characters`]) counts characters.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

use chrono::NaiveDate;
use serde::{Serialize, Serializer};
use std::fmt;

pub mod vocab;

/// Declares a closed vocabulary: an enum whose variants have fixed names, with `name`,
/// `from_name` and `ALL`, serialized as its name.
macro_rules! vocabulary {
    ($(#[$doc:meta])* $ty:ident { $($(#[$vdoc:meta])* $v:ident = $n:literal,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $ty {
            $($(#[$vdoc])* $v,)*
        }

        impl $ty {
            /// Every value, in declaration order.
            pub const ALL: &'static [$ty] = &[$($ty::$v,)*];

            /// The value's name, as the data files and the ontology write it.
            pub fn name(self) -> &'static str {
                match self {
                    $($ty::$v => $n,)*
                }
            }

            /// The value with this name, if there is one.
            pub fn from_name(s: &str) -> Option<$ty> {
                match s {
                    $($n => Some($ty::$v),)*
                    _ => None,
                }
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.name())
            }
        }

        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.name())
            }
        }
    };
}

vocabulary! {
    /// What kind of thing an entity is (the gazetteer's `kind` column).
    Kind {
        /// A sovereign state.
        Country = "country",
        /// A dependent territory.
        Territory = "territory",
        /// A capital city.
        Capital = "capital",
        /// Another city or town.
        City = "city",
        /// A region or state inside a country.
        Region = "region",
        /// An international organisation (UN, ECOWAS, NATO).
        IntlOrg = "intl_org",
        /// A non-state armed group.
        ArmedGroup = "armed_group",
        /// A state's armed force or a named unit.
        ArmedForce = "armed_force",
        /// A named military operation or mission.
        Operation = "operation",
        /// A news outlet.
        Outlet = "outlet",
        /// A government agency.
        Agency = "agency",
        /// A person.
        Person = "person",
        /// Any other organisation.
        Organization = "organization",
        /// A political party.
        Party = "party",
        /// An ethnic group or nationality.
        EthnicGroup = "ethnic_group",
        /// A group of people or a body the text describes without naming it ("G7 finance
        /// ministers", "the committee"): known only within its article.
        Group = "group",
    }
}

impl Kind {
    /// The ontology class's local name.
    pub fn class(self) -> &'static str {
        match self {
            Kind::Country | Kind::Territory => "Country",
            Kind::Capital | Kind::City => "City",
            Kind::Region => "Region",
            Kind::IntlOrg => "InternationalOrganization",
            Kind::ArmedGroup => "ArmedGroup",
            Kind::ArmedForce | Kind::Operation => "ArmedForce",
            Kind::Outlet => "NewsOutlet",
            Kind::Agency => "GovernmentAgency",
            Kind::Person => "Person",
            Kind::Organization => "Organization",
            Kind::Party => "PoliticalParty",
            Kind::EthnicGroup => "EthnicGroup",
            Kind::Group => "Group",
        }
    }

    /// Countries and territories: things a force can be "of" and a place can be "in".
    pub fn is_country(self) -> bool {
        matches!(self, Kind::Country | Kind::Territory)
    }

    /// Places: countries, territories, cities and regions.
    pub fn is_place(self) -> bool {
        matches!(
            self,
            Kind::Country | Kind::Territory | Kind::Capital | Kind::City | Kind::Region
        )
    }

    /// Actors that can own forces or act as a party.
    pub fn is_polity(self) -> bool {
        matches!(self, Kind::Country | Kind::Territory | Kind::IntlOrg)
    }
}

vocabulary! {
    /// How a surface form names its entity.
    Form {
        /// By name ("Niger").
        Name = "name",
        /// By adjective ("French").
        Adjective = "adjective",
        /// By the name of its people ("Nigeriens").
        Demonym = "demonym",
        /// A person with their title ("President Bazoum").
        Title = "title",
        /// By a description ("the committee", "G7 finance ministers").
        Description = "description",
    }
}

vocabulary! {
    /// The event classes of the ontology.
    EventType {
        /// A seizure of power.
        Coup = "Coup",
        /// Forces leaving a place.
        Withdrawal = "Withdrawal",
        /// Forces sent to a place.
        Deployment = "Deployment",
        /// Forces arriving in a place.
        Arrival = "Arrival",
        /// A protest or demonstration.
        Protest = "Protest",
        /// A meeting or talks.
        Meeting = "Meeting",
        /// An agreement, deal or treaty.
        Agreement = "Agreement",
        /// A demand or call.
        Demand = "Demand",
        /// A sanction.
        Sanction = "Sanction",
        /// An attack.
        Attack = "Attack",
        /// A designation (as a terrorist group, say).
        Designation = "Designation",
        /// Military training.
        Training = "Training",
        /// An election.
        Election = "Election",
        /// A visit.
        Visit = "Visit",
    }
}

impl EventType {
    /// Events in which an armed force moves (its `forces` are the movers).
    pub fn moves_forces(self) -> bool {
        matches!(
            self,
            EventType::Withdrawal | EventType::Arrival | EventType::Deployment
        )
    }
}

vocabulary! {
    /// How far an event has come, as the text reports it.
    Status {
        /// Planned or announced for later.
        Planned = "Planned",
        /// Agreed between parties.
        Agreed = "Agreed",
        /// Ordered by someone with the authority to.
        Ordered = "Ordered",
        /// Demanded or called for.
        Demanded = "Demanded",
        /// Under way.
        UnderWay = "UnderWay",
        /// Done.
        Completed = "Completed",
        /// Denied by a source.
        Denied = "Denied",
        /// Only conditional or hypothetical.
        Hypothetical = "Hypothetical",
    }
}

vocabulary! {
    /// What a claim was found from: the cues its confidence is computed from
    /// (`data/model/confidence.tsv` weighs each).
    Cue {
        /// The trigger is a verb, not a noun.
        Verb = "verb",
        /// The trigger's sense was checked by what it takes (a need in the trigger table).
        SenseChecked = "sense-checked",
        /// An agent named in the sentence itself.
        NamedAgent = "named-agent",
        /// An agent reached through a pronoun or a description of a name said before.
        ReferredAgent = "referred-agent",
        /// An agent the text only describes ("opposition MPs").
        GroupAgent = "group-agent",
        /// An armed force moves.
        Mover = "mover",
        /// Someone it is done to, or takes part with, is filled.
        Object = "object",
        /// A governing word, a negation, a modal or a condition set the status (else the
        /// tense gave it).
        StatusWord = "status-word",
        /// The sentence names the event's country.
        CountryInSentence = "country-in-sentence",
        /// The country is the article's, from before the sentence.
        CountryFromArticle = "country-from-article",
        /// The country is the one its sentence names, though not as the event's place.
        CountryNamedNearby = "country-named-nearby",
        /// A source is named for it.
        Attributed = "attributed",
        /// The article tells of it more than once.
        Repeated = "repeated",
        /// It is told in the headline.
        Headline = "headline",
        /// The trigger stands inside a quotation.
        Quoted = "quoted",
        /// The form generic statements take: a verb in the simple present, or a plural
        /// noun with no determiner ("airlines attack", "attacks on ministers").
        GenericForm = "generic-form",
        /// A time phrase is attached.
        Dated = "dated",
        /// A place it happens at, comes from or goes to is filled.
        Placed = "placed",
    }
}

vocabulary! {
    /// How precise a resolved time is.
    Precision {
        /// A day.
        Day = "Day",
        /// A week.
        Week = "Week",
        /// A month.
        Month = "Month",
        /// A year.
        Year = "Year",
        /// A range of years or dates.
        Range = "Range",
    }
}

/// Who an actor is: a Wikidata item, a local gazetteer entry, a person named in the text
/// whom nothing links yet, or a group the text only describes. Written as `Q1032`,
/// `local:slug`, `person:slug` or `group:slug`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ActorId {
    /// A Wikidata QID (`Q1032`).
    Wikidata(String),
    /// A gazetteer entry with no confident QID (`local:operation-barkhane` → `operation-barkhane`).
    Local(String),
    /// A person found in the text (`person:mohamed-bazoum` → `mohamed-bazoum`).
    Person(String),
    /// A group the text describes (`group:g7-finance-ministers`): "the committee" of one
    /// article is not that of another, so its identity holds within its article only.
    Group(String),
}

impl ActorId {
    /// Reads the written form; anything that is neither a QID nor `person:` is local.
    pub fn parse(s: &str) -> ActorId {
        if let Some(rest) = s.strip_prefix("person:") {
            ActorId::Person(rest.to_string())
        } else if let Some(rest) = s.strip_prefix("group:") {
            ActorId::Group(rest.to_string())
        } else if let Some(rest) = s.strip_prefix("local:") {
            ActorId::Local(rest.to_string())
        } else if s.len() > 1 && s.starts_with('Q') && s[1..].bytes().all(|b| b.is_ascii_digit()) {
            ActorId::Wikidata(s.to_string())
        } else {
            ActorId::Local(s.to_string())
        }
    }

    /// The Wikidata QID, if the actor has one.
    pub fn qid(&self) -> Option<&str> {
        match self {
            ActorId::Wikidata(q) => Some(q),
            _ => None,
        }
    }
}

impl fmt::Display for ActorId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ActorId::Wikidata(q) => f.write_str(q),
            ActorId::Local(s) => write!(f, "local:{s}"),
            ActorId::Person(s) => write!(f, "person:{s}"),
            ActorId::Group(s) => write!(f, "group:{s}"),
        }
    }
}

impl PartialEq<str> for ActorId {
    fn eq(&self, other: &str) -> bool {
        match self {
            ActorId::Wikidata(q) => q == other,
            ActorId::Local(s) => other.strip_prefix("local:") == Some(s.as_str()),
            ActorId::Person(s) => other.strip_prefix("person:") == Some(s.as_str()),
            ActorId::Group(s) => other.strip_prefix("group:") == Some(s.as_str()),
        }
    }
}

impl PartialEq<&str> for ActorId {
    fn eq(&self, other: &&str) -> bool {
        self == *other
    }
}

impl Serialize for ActorId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// An actor the article talks about: a gazetteer entity or a person found in the text.
#[derive(Debug, Clone, Serialize)]
pub struct Actor {
    /// Who it is.
    pub id: ActorId,
    /// Its name.
    pub label: String,
    /// What kind of thing it is (serialized as its ontology class).
    #[serde(serialize_with = "kind_class")]
    pub kind: Kind,
    /// The QID of its country, if known.
    pub country: Option<String>,
    /// A person's title as written ("Deputy Secretary of State").
    pub title: Option<String>,
    /// The organisation or party a person holds a post in, as the text puts it ("Fiat boss
    /// Sergio Marchionne", "GM's Rick Wagoner", "Tory leader Michael Howard"): an index
    /// into [`Extraction::actors`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<usize>,
}

fn kind_class<S: Serializer>(k: &Kind, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(k.class())
}

/// One mention of an actor in the text.
#[derive(Debug, Clone, Serialize)]
pub struct Mention {
    /// The actor (an index into [`Extraction::actors`]).
    pub actor: usize,
    /// Byte offset of the first character in the article text.
    pub start: usize,
    /// Byte offset just past the mention.
    pub end: usize,
    /// The sentence it is in.
    pub sentence: usize,
    /// The mention as written.
    pub text: String,
    /// How the text names the actor.
    pub form: Form,
}

/// A mention of an armed force, tied to the state or organisation it belongs to.
#[derive(Debug, Clone, Serialize)]
pub struct Force {
    /// The phrase as written ("French troops").
    pub text: String,
    /// Byte offset of the phrase.
    pub start: usize,
    /// Byte offset just past the phrase.
    pub end: usize,
    /// The sentence it is in.
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

/// When an event happened, as far as the text says.
#[derive(Debug, Clone, Serialize)]
pub struct When {
    /// The time expression as written.
    pub text: String,
    /// The first day it can denote.
    pub earliest: Option<NaiveDate>,
    /// The last day it can denote.
    pub latest: Option<NaiveDate>,
    /// How precise it is.
    pub precision: Precision,
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
    /// Whom it was told to, as an actor.
    pub to_actor: Option<usize>,
}

/// One event claim.
#[derive(Debug, Clone, Serialize)]
pub struct Event {
    /// The event class.
    pub event_type: EventType,
    /// The sentence that states it.
    pub sentence: usize,
    /// Byte offset of the trigger words.
    pub trigger_start: usize,
    /// Byte offset just past the trigger words.
    pub trigger_end: usize,
    /// The trigger words as written.
    pub trigger: String,
    /// How far it has come.
    pub status: Status,
    /// Who does it (actor indexes).
    pub agents: Vec<usize>,
    /// The forces that move (leave, arrive, deploy).
    pub forces: Vec<usize>,
    /// Who it is done to (actor indexes).
    pub affected: Vec<usize>,
    /// Who else takes part (actor indexes).
    pub participants: Vec<usize>,
    /// Where it happens (actor indexes of places).
    pub location: Vec<usize>,
    /// Where the movers come from.
    pub origin: Vec<usize>,
    /// Where the movers go.
    pub destination: Vec<usize>,
    /// The countries the event concerns (actor indexes of countries).
    pub countries: Vec<usize>,
    /// When it happened.
    pub when: Option<When>,
    /// Order relative to the article's present: -2 long before, -1 before, 0 now, 1 after.
    pub rank: i8,
    /// Who says so.
    pub attribution: Option<Attribution>,
    /// Events this one comes after (indexes into [`Extraction::events`]).
    pub after: Vec<usize>,
    /// The article's further mentions of the same event (same type, compatible roles and
    /// time), each a claim of its own, in text order; the sentence, trigger and
    /// attribution above are the mention that states the event: the first that tells its
    /// status (a headline retold by the body keeps it), else the first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<EventMention>,
    /// What the claim was found from.
    pub cues: Vec<Cue>,
    /// How likely the claim tells of a real event of its type, in [0, 1], from its cues
    /// and type (two decimals; `data/model/confidence.tsv`).
    pub confidence: f64,
}

/// A further mention of an event: where the article states it again, and who says so there.
#[derive(Debug, Clone, Serialize)]
pub struct EventMention {
    /// The sentence that states it.
    pub sentence: usize,
    /// Offset of the trigger words (bytes, as [`Event::trigger_start`]).
    pub trigger_start: usize,
    /// Offset just past the trigger words.
    pub trigger_end: usize,
    /// The trigger words as written.
    pub trigger: String,
    /// Who says so in that sentence.
    pub attribution: Option<Attribution>,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Extraction {
    /// The actors, each once.
    pub actors: Vec<Actor>,
    /// Every mention of an actor.
    pub mentions: Vec<Mention>,
    /// Every armed force mentioned.
    pub forces: Vec<Force>,
    /// The event claims, in text order.
    pub events: Vec<Event>,
}

impl Extraction {
    /// The same extraction with every offset (mentions, forces, event triggers) mapped by
    /// `to_chars`, a byte → character offset conversion of the article text: what
    /// `newskg extract` prints, so offsets agree with the stored claims' and with any
    /// language's string indexing by character.
    pub fn in_characters(&self, to_chars: impl Fn(usize) -> usize) -> Extraction {
        let mut x = self.clone();
        for m in &mut x.mentions {
            (m.start, m.end) = (to_chars(m.start), to_chars(m.end));
        }
        for f in &mut x.forces {
            (f.start, f.end) = (to_chars(f.start), to_chars(f.end));
        }
        for e in &mut x.events {
            (e.trigger_start, e.trigger_end) = (to_chars(e.trigger_start), to_chars(e.trigger_end));
            for m in &mut e.mentions {
                (m.trigger_start, m.trigger_end) =
                    (to_chars(m.trigger_start), to_chars(m.trigger_end));
            }
        }
        x
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabularies_read_back_their_names() {
        for t in EventType::ALL {
            assert_eq!(EventType::from_name(t.name()), Some(*t));
        }
        for k in Kind::ALL {
            assert_eq!(Kind::from_name(k.name()), Some(*k));
        }
        assert_eq!(Kind::from_name("company"), None);
        assert_eq!(Status::UnderWay.to_string(), "UnderWay");
    }

    #[test]
    fn actor_ids_keep_their_written_form() {
        for s in ["Q1032", "local:operation-barkhane", "person:mohamed-bazoum"] {
            let id = ActorId::parse(s);
            assert_eq!(id.to_string(), s);
            assert!(id == *s);
        }
        assert_eq!(ActorId::parse("Q1032").qid(), Some("Q1032"));
        assert_eq!(ActorId::parse("person:x").qid(), None);
        assert_eq!(
            serde_json::to_string(&ActorId::parse("local:x")).unwrap(),
            "\"local:x\""
        );
    }
}
