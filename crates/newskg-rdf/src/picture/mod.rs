//! Pictures of what the store holds: a country's **timeline** (its real-world events in time
//! order, each with the claims that report it) and an **actor–event graph** (states,
//! organisations, persons and forces joined by the events they take part in). This module
//! owns the pictures' data, gathered from the store with SPARQL (`gather`); `timeline` and
//! `graph` lay them out and draw them as SVG, deterministically (the same store gives the
//! same bytes); `html` wraps them in a page with the script that shows a chosen event's
//! claims. `newskg timeline` writes them as files and the endpoint serves them to its page.
//!
//! It reads through a [`Select`] function, so it works on a store this process opened and
//! on one another process holds alike; it never writes.

mod gather;
pub mod graph;
pub mod html;
pub mod timeline;

use crate::error::{Error, Result};
use oxigraph::model::Term;
use oxigraph::sparql::{QueryResults, QuerySolution};
use serde::Serialize;

pub use gather::{
    actor_graph_of_article, actor_graph_of_country, article_text, countries, timeline_of,
    ArticleText,
};

/// Runs a SELECT query (prefixes predeclared, parameters bound) and gives its solutions.
pub type Select<'a> = dyn FnMut(spargebra::Query) -> Result<Vec<QuerySolution>> + 'a;

/// The solutions of a SELECT query's results.
pub fn solutions(results: QueryResults<'_>) -> Result<Vec<QuerySolution>> {
    match results {
        QueryResults::Solutions(s) => s
            .map(|r| r.map_err(|e| Error::Query(format!("query failed: {e}"))))
            .collect(),
        _ => Err(Error::Query("expected solutions".into())),
    }
}

/// A thing in the store the picture is about or shows: its IRI, label and Wikidata id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Entity {
    /// Its IRI in the store.
    pub iri: String,
    /// Its label (the IRI's last part when it has none).
    pub label: String,
    /// Its Wikidata id (`Q1032`), when it is linked.
    pub qid: Option<String>,
    /// Its class's local name (`Country`, `Person`, `ArmedForce`, …).
    pub kind: String,
}

impl Entity {
    /// Its Wikidata page, when it is linked.
    pub fn wikidata_url(&self) -> Option<String> {
        self.qid
            .as_ref()
            .map(|q| format!("https://www.wikidata.org/wiki/{q}"))
    }
}

/// A country's timeline: one [`Mark`] per real-world event, in time order.
#[derive(Debug, Clone, Serialize)]
pub struct Timeline {
    /// The country.
    pub country: Entity,
    /// The events, in the order they are drawn (time, then order).
    pub marks: Vec<Mark>,
}

impl Timeline {
    /// The actor–event graph of the timeline's events.
    pub fn actor_graph(&self) -> graph::ActorGraph {
        graph::ActorGraph::new(
            format!("{} — actors and events", self.country.label),
            self.marks.clone(),
        )
    }
}

/// How a mark found its place on the time axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Placement {
    /// By the date the text gives.
    Dated,
    /// By its order against dated events and the article's date (the text gives no date).
    ByOrder,
}

/// One real-world event: the event claims that report the same happening, or one event.
#[derive(Debug, Clone, Serialize)]
pub struct Mark {
    /// Its id on the page and in the SVG (`ev-1`, `ev-2`, … in drawn order).
    pub id: String,
    /// The happening's IRI when articles' events were joined into one, else the event's.
    pub key: String,
    /// The event class's local name (`Withdrawal`).
    pub event_type: String,
    /// The status most of its claims give (ties: the furthest along).
    pub status: String,
    /// Its earliest and latest day, when dated.
    pub earliest: Option<String>,
    /// Its latest day, when dated.
    pub latest: Option<String>,
    /// The day it is drawn at (its earliest, or the estimate from its order).
    pub day: String,
    /// The time as its first dated-or-not claim writes it ("in April"), when it gives one.
    pub time_text: Option<String>,
    /// How it was placed.
    pub placement: Placement,
    /// Who does it, to whom, where: the entities in its roles, each once.
    pub actors: Vec<Role>,
    /// Its claims, in article and sentence order.
    pub claims: Vec<Claim>,
}

impl Mark {
    /// A one-line name: type, the doers, the day, the status.
    pub fn title(&self) -> String {
        let agents: Vec<&str> = self
            .actors
            .iter()
            .filter(|r| r.role == "agent")
            .map(|r| r.entity.label.as_str())
            .collect();
        let by = if agents.is_empty() {
            String::new()
        } else {
            format!(" by {}", agents.join(", "))
        };
        let when = match (self.placement, self.day.is_empty()) {
            (Placement::Dated, _) => self.day.clone(),
            (Placement::ByOrder, false) => format!("undated, placed near {}", self.day),
            (Placement::ByOrder, true) => "undated".to_string(),
        };
        let when = match &self.time_text {
            Some(t) if self.placement == Placement::ByOrder => format!("{when} (“{t}”)"),
            _ => when,
        };
        format!(
            "{}{by} — {when} — {}",
            self.event_type,
            status_words(&self.status)
        )
    }
}

/// An entity in one of an event's roles.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Role {
    /// The role's name (`agent`, `affected`, `participant`, `location`, `origin`,
    /// `destination`, `force`).
    pub role: String,
    /// Who or what fills it.
    pub entity: Entity,
}

/// One claim: an article's sentence that reports the event.
#[derive(Debug, Clone, Serialize)]
pub struct Claim {
    /// The claim's IRI.
    pub iri: String,
    /// The article's IRI.
    pub article: String,
    /// The article's headline, when it has one.
    pub title: Option<String>,
    /// The article's URL, when it has one.
    pub url: Option<String>,
    /// The article's publication day, when known.
    pub published: Option<String>,
    /// The sentence's index in the article.
    pub sentence_index: i64,
    /// Where the sentence starts in the article's text (characters).
    pub sentence_start: i64,
    /// Where it ends (characters, exclusive).
    pub sentence_end: i64,
    /// The status this claim gives.
    pub status: String,
    /// Who says so, as the text names them.
    pub attribution: Option<String>,
    /// The trigger words.
    pub trigger: String,
    /// The time as this claim writes it, when it gives one.
    pub time_text: Option<String>,
    /// The sentence cut where the trigger and the arguments are, by character offsets.
    pub segments: Vec<Segment>,
}

/// A piece of a claim's sentence: plain, the trigger, or an argument in a role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    /// The text.
    pub text: String,
    /// `trigger`, a role name, or `None` for plain text.
    pub mark: Option<String>,
    /// The argument's entity IRI.
    pub entity: Option<String>,
}

/// Words for a status name (`UnderWay` → `under way`).
pub fn status_words(status: &str) -> String {
    match status {
        "UnderWay" => "under way".to_string(),
        s => s.to_lowercase(),
    }
}

/// Cuts `sentence` (which starts at character `start` of its article) into segments at the
/// given spans (absolute character offsets, with their mark and entity). Spans are taken in
/// the order given; one that overlaps a span already taken or falls outside the sentence is
/// left out, so the trigger, given first, always shows.
pub fn segments(
    sentence: &str,
    start: i64,
    spans: &[(i64, i64, String, Option<String>)],
) -> Vec<Segment> {
    let chars: Vec<char> = sentence.chars().collect();
    let len = chars.len() as i64;
    let mut taken: Vec<(usize, usize, &str, Option<&String>)> = Vec::new();
    for (s, e, mark, entity) in spans {
        let (s, e) = (s - start, e - start);
        if s < 0 || e > len || s >= e {
            continue;
        }
        let (s, e) = (s as usize, e as usize);
        if taken.iter().any(|t| s < t.1 && t.0 < e) {
            continue;
        }
        taken.push((s, e, mark, entity.as_ref()));
    }
    taken.sort_by_key(|t| t.0);
    let mut out = Vec::new();
    let mut at = 0;
    let text = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
    for (s, e, mark, entity) in taken {
        if at < s {
            out.push(Segment {
                text: text(at, s),
                mark: None,
                entity: None,
            });
        }
        out.push(Segment {
            text: text(s, e),
            mark: Some(mark.to_string()),
            entity: entity.cloned(),
        });
        at = e;
    }
    if at < chars.len() {
        out.push(Segment {
            text: text(at, chars.len()),
            mark: None,
            entity: None,
        });
    }
    out
}

/// The local name of an IRI (after `#` or the last `/`).
pub(crate) fn local(iri: &str) -> &str {
    iri.rsplit(['#', '/']).next().unwrap_or(iri)
}

/// A term's plain value: an IRI's text, a literal's lexical form.
pub(crate) fn value(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => n.as_str().to_string(),
        Term::Literal(l) => l.value().to_string(),
        Term::BlankNode(b) => b.as_str().to_string(),
        #[allow(unreachable_patterns)]
        _ => t.to_string(),
    }
}

/// Escapes text for XML and HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Characters XML 1.0 does not allow.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(s: i64, e: i64, m: &str) -> (i64, i64, String, Option<String>) {
        (s, e, m.to_string(), None)
    }

    #[test]
    fn a_sentence_is_cut_at_character_offsets_not_bytes() {
        // "Côte" has a two-byte character: offsets count characters.
        let s = "Troops left Côte d'Ivoire in May.";
        let got = segments(
            s,
            100,
            &[span(107, 111, "trigger"), span(112, 125, "origin")],
        );
        let parts: Vec<(&str, Option<&str>)> = got
            .iter()
            .map(|g| (g.text.as_str(), g.mark.as_deref()))
            .collect();
        assert_eq!(
            parts,
            vec![
                ("Troops ", None),
                ("left", Some("trigger")),
                (" ", None),
                ("Côte d'Ivoire", Some("origin")),
                (" in May.", None)
            ]
        );
    }

    #[test]
    fn an_argument_over_the_trigger_or_outside_the_sentence_is_left_out() {
        let s = "Talks failed.";
        let got = segments(
            s,
            0,
            &[
                span(0, 5, "trigger"),
                span(0, 12, "participant"),
                span(20, 25, "agent"),
            ],
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].mark.as_deref(), Some("trigger"));
        assert_eq!(got[1].text, " failed.");
    }

    #[test]
    fn escaping_leaves_no_markup_and_no_control_characters() {
        assert_eq!(escape("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot; ");
    }
}
