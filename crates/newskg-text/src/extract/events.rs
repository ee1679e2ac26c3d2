//! Events: trigger words and phrases (verbal and nominal, from the lexicon), their roles
//! from the sentence structure (subject, object, prepositional phrases, possessors,
//! passive voice), status from negation, modality and governing verbs, time, attribution,
//! the countries they concern, and their order ("after") within the article.

mod assault;
mod sense;
mod tree;

use super::lexicon::{Lexicon, Need, Trigger};
use super::mentions::{is_quote_mark, of_no_one_country, title_gender, Item, Mentions, What};
use super::merge::{deal_parties, names_no_role, same_word, Refers, Sort};
use super::time::{self, TimeExpr};
use super::{Actor, ActorId, Attribution, Cue, Event, EventType, Force, Status, When};
use crate::analyze::{Doc, Token};
use crate::gazetteer::{CityCountries, Kind};
use chrono::NaiveDate;
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;
use tree::Tree;

/// Roles read off one trigger's sentence.
#[derive(Default, Debug)]
struct Args {
    /// The first subject item.
    subject: Option<usize>,
    /// The subject items, with those a list joins ("France and Britain").
    subjects: Vec<usize>,
    object: Option<usize>,
    possessor: Option<usize>,
    modifiers: Vec<usize>,
    /// The bodies named right before a nominal trigger ("the Opec meeting", "an EU demand"):
    /// who acts, unless the name is what the event is about.
    names: Vec<usize>,
    pps: Vec<(String, usize)>,
    passive: bool,
    /// A passive verb's "by" phrase read from the tree, with a name in apposition to it
    /// ("hosted by the health secretary, Alan Milburn").
    by_agents: Vec<usize>,
}

impl Args {
    /// The items of the phrases whose preposition is in word class `class`.
    fn pp(&self, class: &str) -> Vec<usize> {
        let lex = Lexicon::get();
        self.pps
            .iter()
            .filter(|(p, _)| lex.is(class, p))
            .map(|&(_, i)| i)
            .collect()
    }

    /// The items of the phrases with preposition `prep`.
    fn pp_word(&self, prep: &str) -> Vec<usize> {
        self.pps
            .iter()
            .filter(|(p, _)| p == prep)
            .map(|&(_, i)| i)
            .collect()
    }
}

/// Whether a token is a verb of saying or reporting ([`Lexicon::is_verb_of_saying`]).
fn is_verb_of_saying(t: &Token) -> bool {
    Lexicon::get().is_verb_of_saying(t)
}

/// Whether `word` is in word class `class` of the lexicon (`data/lexicon/words.tsv`).
fn is(class: &str, word: &str) -> bool {
    Lexicon::get().is(class, word)
}

/// Whether a word in lower case is a day of the week or a month (word classes `weekday`,
/// `month`).
fn names_day_or_month(word: &str) -> bool {
    Lexicon::get().names_day_or_month(word)
}

/// Whether a word in lower case names a time: a word of time (`time_word`: "today", "last",
/// "week") or a day of the week or a month.
fn names_a_time(word: &str) -> bool {
    is("time_word", word) || names_day_or_month(word)
}

/// Finds the events of a document.
pub fn find(doc: &Doc, m: &mut Mentions, published: Option<NaiveDate>) -> Vec<Event> {
    let lex = Lexicon::get();
    let toks = &doc.tokens;
    let mut events: Vec<Event> = Vec::new();
    // Per event: how its words tell of it ([`Told`]).
    let mut told: Vec<Told> = Vec::new();
    let mut cues: Vec<(usize, usize, &'static str)> = Vec::new(); // (sentence, token, kind)

    // Each sentence's tree, parsed when a rule first reads it (once, however many read it).
    let trees: Vec<Tree> = (0..doc.sentences.len())
        .map(|si| Tree::new(doc, si))
        .collect();
    for (si, sent) in doc.sentences.iter().enumerate() {
        let first_event = events.len();
        let future = sent
            .tokens
            .clone()
            .any(|t| is("future_modal", &toks[t].lower) || prospective(doc, t))
            || sent.tokens.clone().any(|t| {
                toks[t].lemma == "plan" && toks.get(t + 1).is_some_and(|n| n.lower == "to")
            })
            || scheduled_in_the_present(doc, lex, si);
        let times = time::find(doc.sentence_text(si), published, future);
        let tree = &trees[si];
        // The later words of a phrase an event was read from ("held private talks") start
        // no second event of its type.
        let mut phrases: Vec<(EventType, Range<usize>)> = Vec::new();
        let mut t = sent.tokens.start;
        while t < sent.tokens.end {
            // The first of the triggers matched here whose sense holds: "a rail strike" is
            // no attack but a walk-out.
            let built = match_triggers(doc, m, t, sent.tokens.end)
                .into_iter()
                .find_map(|(trig, end)| {
                    let inside =
                        (phrases.iter()).any(|(ty, r)| *ty == trig.event_type && r.contains(&t));
                    let named = trig.verb && a_word_of_a_name(doc, t, si);
                    (!inside && !named && !after_a_verb_of_habit(doc, t))
                        .then(|| build_event(doc, m, lex, trig, t..end, si, tree))
                        .flatten()
                        .map(|ev| (trig, end, ev))
                });
            if let Some((trig, end, mut ev)) = built {
                if a_series(doc, t, end) {
                    ev.status = Status::Hypothetical;
                }
                told.push(told_of(doc, lex, tree, (t, end, si), trig, &ev));
                phrases.push((trig.event_type, t + 1..end));
                events.push(ev);
            }
            t += 1;
        }
        for k in sent.tokens.clone() {
            let l = toks[k].lower.as_str();
            let kind = match l {
                "since" if toks.get(k + 1).is_some_and(|n| n.is_verb()) => "since-adverb",
                _ if is("cue_after", l) => "after",
                _ if is("cue_then", l) => "then",
                _ if is("cue_before", l) => "before",
                _ => continue,
            };
            cues.push((si, k, kind));
        }
        attach_times(doc, &mut events[first_event..], &times, si, published, tree);
        drop_kinds(&mut events, &mut told, first_event);
        same_by_tree(tree, &events, &mut told, first_event);
        attribute(doc, m, lex, &mut events[first_event..], si, tree);
        demanded_origins(m, &mut events[first_event..]);
        let (earlier, now) = events.split_at_mut(first_event);
        for ev in now {
            assign_countries(doc, m, ev, &trees, earlier);
        }
    }
    let headline = !doc.sentences.is_empty() && doc.is_headline(0);
    let refers: Vec<Refers> = told.iter().map(|t| t.refers).collect();
    let mut kinds: Vec<Sort> = (told.iter().zip(&events))
        .map(|(t, e)| {
            let tree = &trees[e.sentence];
            let demand = e.event_type == EventType::Demand;
            let asked = demand.then(|| demanded_thing(tree, t)).flatten();
            let (asks, act) = if demand {
                words_asked(tree, t)
            } else {
                (Vec::new(), None)
            };
            Sort {
                asked,
                asks,
                act,
                ..kind_named(tree, t)
            }
        })
        .collect();
    let mut refers = refers;
    joined_demands(&trees, &events, &told, &kinds, &mut refers);
    // "urged Muslims not to vote for Labour in the European elections": a verb the tree
    // told of the noun's event is of the noun's kind, and joins no event of another.
    for (b, r) in refers.iter().enumerate() {
        if let Refers::Same(a) = *r {
            let told = kinds[b].clone();
            kinds[a].fill(&told);
        }
    }
    let (mut events, leads) =
        super::merge::merge(events, &refers, &kinds, headline, &m.forces, &m.actors);
    drop_guessed_countries_of_international_acts(m, &mut events);
    states_hold_elections(doc, m, &trees, &mut events);
    urged_by_the_lead(doc, m, lex, &trees, &mut events);
    agents_are_no_participants(&mut events);
    order(&mut events, &cues, doc);
    for (e, lead) in events.iter_mut().zip(leads) {
        if let Some(j) = lead {
            super::merge::lead_with(e, j);
        }
    }
    events
}

/// A headline's demand verb that names no actor asking, in the passive ("Act on detention
/// ruling, UK urged", "TV debate urged for party chiefs") or with a subject that names
/// none ("Europe asks Asia for euro help"), is made by the source of the first body
/// sentence when that sentence reports what someone must or should do ("The government
/// must act quickly on the ruling, Mary Robinson has said"; "Broadcasters should fix a
/// date …, according to the Hansard Society"): the lead tells who urged.
fn urged_by_the_lead(doc: &Doc, m: &Mentions, lex: &Lexicon, trees: &[Tree], events: &mut [Event]) {
    if doc.sentences.len() < 2 || !doc.is_headline(0) {
        return;
    }
    let toks = &doc.tokens;
    let s = doc.sentences[1].tokens.clone();
    let obliged = s
        .clone()
        .any(|k| toks[k].tag == "MD" && is("obligation_modal", &toks[k].lower));
    if !obliged {
        return;
    }
    let Some(source) = (s.clone())
        .filter_map(|k| attribution_at(doc, m, lex, k, &s, &trees[1]))
        .find_map(|(attr, _)| attr.actor)
    else {
        return;
    };
    for e in events.iter_mut() {
        let verb = toks[trigger_token(doc, e)].is_verb();
        if e.sentence == 0
            && e.event_type == EventType::Demand
            && verb
            && e.agents.is_empty()
            && !e.affected.contains(&source)
        {
            e.agents = vec![source];
        }
    }
}

/// A state holds an election; the parties, candidates and voters that other rules found as
/// its agents ("if the Tories win the next election", "a Lib Dem vote", "Blair's snap
/// election") take part in it, and a state found as a participant holds it. With no state
/// named, the one country the election is held in holds it ("the next general election"
/// in Britain), unless a body holds it within itself ([`held_within_a_body`]: "the party's
/// leadership election"). One state's election is held in that state, whatever other
/// country it was placed in. Read once mentions are joined and countries placed, which a
/// candidate's own country still guides.
fn states_hold_elections(doc: &Doc, m: &Mentions, trees: &[Tree], events: &mut [Event]) {
    for e in events
        .iter_mut()
        .filter(|e| e.event_type == EventType::Election)
    {
        let polity = |a: &usize| m.actors[*a].kind.is_polity();
        let (mut held_by, running): (Vec<usize>, Vec<usize>) =
            e.agents.iter().partition(|a| polity(a));
        // And a state found as a participant holds it ("the UK referendum").
        held_by.extend(e.participants.iter().filter(|a| polity(a)));
        super::mentions::dedup(&mut held_by);
        e.participants.retain(|a| !polity(a));
        e.participants.extend(running);
        super::mentions::dedup(&mut e.participants);
        // Who stands is a person, a party or a group named as standing (`standing_noun`:
        // "women MPs", "Tory candidates"); a group of voters or others is no side of it
        // ("Students can decide the fate of MPs at the next election").
        let stands = |a: &usize| {
            let x = &m.actors[*a];
            let head = x.label.rsplit(' ').next().unwrap_or("").to_lowercase();
            x.kind != Kind::Group || is("standing_noun", &head)
        };
        e.participants.retain(stands);
        let state = |c: &usize| m.actors[*c].kind.is_country();
        if held_by.is_empty()
            && e.countries.len() == 1
            && e.countries.iter().all(state)
            && !held_within_a_body(doc, &trees[e.sentence], e)
        {
            held_by = e.countries.clone();
        }
        // A general or presidential election placed in a part of a state (a territory the
        // gazetteer puts in one: "the next general election" in Scotland) is the whole
        // state's: the part holds none of its own.
        if nationwide(doc, trees, e) {
            for c in held_by.iter_mut() {
                *c = whole_state(m, *c).unwrap_or(*c);
            }
            super::mentions::dedup(&mut held_by);
        }
        // A state's election is held in it, wherever else its sentence names ("is expected
        // to win the Palestinian presidential election" beside "the London conference").
        if let [c] = held_by[..] {
            if state(&c) && !e.countries.contains(&c) {
                e.countries = vec![c];
            }
        }
        e.agents = held_by;
    }
}

/// Whether election `e` is one a whole state holds: a word of word class
/// `nationwide_election_word` modifies the noun of one of its mentions ("the next general
/// election", "the presidential election").
fn nationwide(doc: &Doc, trees: &[Tree], e: &Event) -> bool {
    let mentions = (e.mentions.iter()).map(|x| (x.sentence, x.trigger_start));
    (std::iter::once((e.sentence, e.trigger_start)).chain(mentions)).any(|(s, ts)| {
        let t = doc.token_from(ts);
        let word = |k: usize| is("nationwide_election_word", &doc.tokens[k].lower);
        (["amod", "compound"].iter())
            .flat_map(|r| trees[s].dependents(t, r))
            .any(word)
            || t.checked_sub(1).is_some_and(word)
    })
}

/// The state that polity `c` is a part of, by the gazetteer's country of it ("Scotland":
/// the United Kingdom), when the article names that state.
fn whole_state(m: &Mentions, c: usize) -> Option<usize> {
    let q = m.actors[c].country.as_deref()?;
    (m.actors.iter()).position(|a| a.kind.is_country() && a.id == ActorId::Wikidata(q.to_string()))
}

/// Whether a body sentence tells a scheduled act in the simple present with a day ("Mr
/// Kennedy visits Leeds on Friday", "the minister meets union leaders on Monday"): an
/// event verb in the third-person or plural present, and a weekday no word of the past
/// (`past_time_modifier`: "last Friday") opens. The present of a headline tells what has
/// just happened, so not there.
fn scheduled_in_the_present(doc: &Doc, lex: &Lexicon, si: usize) -> bool {
    let toks = &doc.tokens;
    let range = doc.sentences[si].tokens.clone();
    if doc.is_headline(si) {
        return false;
    }
    let day = range.clone().any(|k| {
        is("weekday", &toks[k].lower)
            && !(k > range.start && is("past_time_modifier", &toks[k - 1].lower))
    });
    let present = range.clone().any(|k| {
        matches!(toks[k].tag, "VBZ" | "VBP")
            && lex.verb_heads.contains_key(&toks[k].lemma.to_lowercase())
            && !is_verb_of_saying(&toks[k])
    });
    day && present
}

/// Whether token `t` puts its sentence ahead of now: a word of class `prospective_word`
/// right after a present "be", past adverbs ("is widely expected on 5 May", "are due",
/// "is to meet").
fn prospective(doc: &Doc, t: usize) -> bool {
    let toks = &doc.tokens;
    if !is("prospective_word", &toks[t].lower) {
        return false;
    }
    let before = (0..t).rev().find(|&k| !toks[k].tag.starts_with("RB"));
    before.is_some_and(|k| present_be(&toks[k].lower))
}

/// Whether an election is one a party, union or board holds among its members: its noun,
/// or the contest its "of" phrase names, is modified by a word of class `held_within`
/// ("leadership election", "a union ballot", "a primary election", "the second ballot of
/// the Tory leadership contest"), or the verb's subject or object is such a body or its
/// members ("the board voted", "to vote off three board members"), or a noun of the
/// phrases or clauses of what it is on is ("voted against the appointment of three
/// directors", "to vote on replacing the supervisory board").
fn held_within_a_body(doc: &Doc, tree: &Tree, e: &Event) -> bool {
    let t = trigger_token(doc, e);
    let within = |k: usize| is("held_within", &doc.tokens[k].lower);
    let modified = |h: usize| {
        ["compound", "amod"]
            .into_iter()
            .flat_map(|r| tree.dependents(h, r))
            .any(within)
    };
    // Or the contest its "of" phrase names is ("the second ballot of the Tory leadership
    // contest").
    let of_a_contest = (tree.dependents(t, "nmod").into_iter())
        .any(|n| tree.has_dependent_word(n, "case", "of") && modified(n));
    if modified(t) || t.checked_sub(1).is_some_and(within) || of_a_contest {
        return true;
    }
    // Its subject or object, the names set beside or joined to its subjects and objects
    // ("commercial director Andy Anson and non-executive director Philip Yea were voted
    // out"), and the nouns of the phrases of what it is on ("voted against the appointment
    // of three directors to the board").
    let mut by_or_on: Vec<usize> = ["nsubj", "obj"]
        .into_iter()
        .flat_map(|r| tree.dependents(t, r))
        .collect();
    // Who is voted in or out holds an office of a body's board (word class `board_office`;
    // "the Labour Party was elected" is a state's election).
    let passive = tree.dependents(t, "nsubj:pass");
    let beside = |k: &usize| ["appos", "conj"].map(|r| tree.dependents(*k, r));
    let board = (passive.iter().chain(&by_or_on))
        .flat_map(beside)
        .flatten()
        .chain(passive.iter().copied())
        .any(|k| is("board_office", &doc.tokens[k].lower));
    if doc.tokens[t].is_verb() && board {
        return true;
    }
    let phrases: Vec<usize> = (tree.dependents(t, "obj").into_iter())
        .chain(tree.dependents(t, "obl"))
        .flat_map(|k| tree.dependents(k, "nmod"))
        .collect();
    let inner: Vec<usize> = (phrases.iter())
        .flat_map(|&k| tree.dependents(k, "nmod"))
        .collect();
    by_or_on.extend(phrases.into_iter().chain(inner));
    // And the object of a clause of what it is on or for ("to vote on replacing the
    // company's entire supervisory board", "voted to remove two directors").
    let clauses = (tree.dependents(t, "advcl").into_iter()).chain(tree.dependents(t, "xcomp"));
    by_or_on.extend(clauses.flat_map(|v| tree.dependents(v, "obj")));
    // And the office one is elected to ("hoped to be elected party leader"), however the
    // parser hung the participle on it.
    let office = (tree.dependents(t, "xcomp").into_iter()).chain(match tree.arc(t) {
        (Some(h), "amod") => Some(h),
        _ => None,
    });
    by_or_on.extend(office.filter(|&k| doc.tokens[k].is_noun()));
    doc.tokens[t].is_verb() && by_or_on.into_iter().any(|k| within(k) || modified(k))
}

/// Who takes part with an event's agents is someone else: an actor that is an agent is not
/// also its participant ("Mr Howard said after meeting Tony Blair": Mr Howard holds the
/// meeting, Mr Blair takes part). Attendees found as both, by the holder of a gathering
/// or by joining mentions, stay agents.
fn agents_are_no_participants(events: &mut [Event]) {
    for e in events {
        let agents = &e.agents;
        e.participants.retain(|p| !agents.contains(p));
        // A party to a deal, named as one ("Fiat and GM agreed a deal", "signed a deal
        // with ATR"), is no firm it buys, though a mention read it so ("GM is to buy
        // Fiat", "will buy 15 new ATR 72-500").
        if e.event_type == EventType::Agreement {
            let participants = &e.participants;
            e.affected
                .retain(|a| !agents.contains(a) && !participants.contains(a));
        }
    }
}

/// How the words of event `ev`, read from trigger `trig` at `t..end` of sentence `si`, tell
/// of it ([`Told`]): a kind of event or one event, and how they refer to one told before.
fn told_of(
    doc: &Doc,
    lex: &Lexicon,
    tree: &Tree,
    (t, end, si): (usize, usize, usize),
    trig: &Trigger,
    ev: &Event,
) -> Told {
    let kind = !trig.verb
        && (ev.cues.contains(&Cue::GenericForm)
            && !doc.is_headline(si)
            && names_a_kind(tree, lex, end - 1)
            || such_a_kind(doc, t, end)
            || kind_of_an_example(doc, lex, trig.event_type, t, end)
            || within_a_habit(tree, end - 1));
    let definite = !trig.verb && end == t + 1 && bare_definite(doc, tree, t, si);
    let before = |class: &str| is(class, &doc.tokens[t.saturating_sub(1)].lower);
    Told {
        refers: if definite && before("demonstrative") {
            Refers::Demonstrative
        } else if definite && before("possessive_determiner") {
            Refers::Possessive
        } else if definite {
            Refers::Definite
        } else if told_as_another(doc, t) || in_another_case(tree, t) || told_in_addition(tree, t) {
            Refers::Another
        } else if !trig.verb && described_with_the(doc, t, si) {
            Refers::Described
        } else {
            Refers::New
        },
        kind,
        tokens: t..end,
        verb: trig.verb,
    }
}

/// What a mention's words say of the kind of event it is ([`Sort`]): the kind a noun's
/// modifier names (`event_kind`: "the next general election", "last June's European
/// elections", "a leadership ballot"), in lower case, or the noun itself when it names
/// its kind (`kind_noun`: "the by-election"), none for a verb or a noun with no such
/// modifier (read only for nouns with a modifier before them, which the tree is parsed
/// for); and whether its head word names a referendum or a vote for office.
fn kind_named(tree: &Tree, told: &Told) -> Sort {
    let toks = tree.tokens();
    let t = told.tokens.end - 1;
    let word = toks[t].lower.as_str();
    let referendum = if is("referendum_word", word) {
        Some(true)
    } else {
        is("office_election_word", word).then_some(false)
    };
    let before =
        t > tree.sentence().start && matches!(toks[t - 1].tag, "JJ" | "NN" | "NNP" | "NNPS");
    // A word of a name before the noun names no kind: "European" in "the European Council
    // summit" is the council's, however the parser hangs it.
    let in_a_name =
        |k: usize| k + 1 < t && toks[k].is_capitalized() && toks[k + 1].is_capitalized();
    let own_kind = !told.verb && is("kind_noun", word);
    let named = (!told.verb && before)
        .then(|| {
            (tree.dependents(t, "amod").into_iter())
                .chain(tree.dependents(t, "compound"))
                .filter(|&k| !in_a_name(k))
                .map(|k| toks[k].lower.clone())
                .find(|w| is("event_kind", w))
        })
        .flatten()
        // "the by-election": a noun that names its kind by itself (`kind_noun`).
        .or_else(|| own_kind.then(|| word.trim_end_matches('s').to_string()));
    // "a meeting of the board"; "the board meeting", but not "its board meeting", whose
    // owner says whose board it is.
    let indefinite =
        (tree.dependents(t, "det").into_iter()).any(|k| is("indefinite_article", &toks[k].lower));
    let common = |k: &usize| toks[*k].is_common_noun();
    let restricted = (tree.dependents(t, "compound").iter()).any(common)
        && tree.dependents(t, "nmod:poss").is_empty();
    let introduced = !told.verb && (indefinite || restricted);
    Sort {
        named,
        referendum,
        asked: None,
        asks: Vec::new(),
        act: None,
        introduced,
        own_kind,
    }
}

/// Marks each demand noun that a joining verb takes as its object (`joining_verb`: "Mr
/// Mates joined calls for a probe", "echoed calls for his resignation") as the demand
/// already told that it joins ([`Refers::Same`]): the last before it that asks for the same
/// thing, else the last told by the same word ("There have been calls for …", then "Ms
/// Chakrabarti joined calls for …"). Whoever joins becomes one more of its agents; with
/// no such demand before it, it is a demand of its own.
fn joined_demands(
    trees: &[Tree],
    events: &[Event],
    told: &[Told],
    kinds: &[Sort],
    refers: &mut [Refers],
) {
    for b in 0..events.len() {
        if events[b].event_type != EventType::Demand || told[b].verb {
            continue;
        }
        let tree = &trees[events[b].sentence];
        let h = tree.span_head(told[b].tokens.start, told[b].tokens.end);
        let joins = matches!(tree.arc(h), (Some(v), "obj")
            if is("joining_verb", &tree.tokens()[v].lemma.to_lowercase()));
        if !joins || !matches!(refers[b], Refers::New | Refers::Definite) {
            continue;
        }
        let demands = (0..b)
            .rev()
            .filter(|&a| events[a].event_type == EventType::Demand);
        let asked = demands.clone().find(|&a| kinds[a].asks_alike(&kinds[b]));
        let worded = || {
            demands
                .clone()
                .find(|&a| same_word(&events[a].trigger, &events[b].trigger))
        };
        if let Some(a) = asked.or_else(worded) {
            refers[b] = Refers::Same(a);
        }
    }
}

/// What a demand asks for, by its word, in lower case: the verb of the infinitive a demand
/// takes ("urged him to resign": "resign"), else the common noun it takes as its object or
/// in its "for" phrase ("ordered a report", "called for an inquiry", "calls for an
/// inquiry"), by its sense ([`asked_sense`]); none when it names no such thing (a name, a
/// clause).
fn demanded_thing(tree: &Tree, told: &Told) -> Option<String> {
    let toks = tree.tokens();
    let t = told.tokens.start;
    let common = |k: &usize| toks[*k].is_common_noun();
    let asked_for = |k: &usize| tree.has_dependent_word(*k, "case", "for");
    if let Some(v) = (tree.dependents(t, "xcomp").into_iter()).find(|&v| toks[v].is_verb()) {
        return Some(asked_sense(toks, v));
    }
    (tree.dependents(t, "obj").into_iter())
        .filter(common)
        .chain(
            (["obl", "nmod"].iter())
                .flat_map(|r| tree.dependents(t, r))
                .filter(|k| common(k) && asked_for(k)),
        )
        .next()
        .map(|k| asked_sense(toks, k))
}

/// The word asked for at token `k`, in lower case, by its sense where several words ask
/// for one thing ("called for an investigation", then "joined calls for a probe"): a word
/// for looking into something (`inquiry_word`) as "inquiry", for being told something
/// (`information_word`) as "information", for doing away with something
/// (`abolition_word`: "scrap", "wind up") as "abolition", for leaving an office
/// (`resignation_word`: "quit", "step down") as "resignation", for putting off a plan
/// (`delay_word`: "shelve") as "delay"; else its lemma. A verb is read with the
/// particle right after it ("wound up").
fn asked_sense(toks: &[Token], k: usize) -> String {
    const SENSES: [(&str, &str); 5] = [
        ("inquiry_word", "inquiry"),
        ("information_word", "information"),
        ("abolition_word", "abolition"),
        ("resignation_word", "resignation"),
        ("delay_word", "delay"),
    ];
    let lemma = toks[k].lemma.to_lowercase();
    let particle = (toks.get(k + 1)).filter(|p| {
        toks[k].is_verb() && (p.tag == "RP" || matches!(p.lower.as_str(), "up" | "down"))
    });
    let phrasal = particle.map(|p| format!("{lemma} {}", p.lower));
    let sense = |w: &str| {
        SENSES
            .iter()
            .find(|(class, _)| is(class, w))
            .map(|&(_, s)| s)
    };
    (phrasal.as_deref().and_then(sense).or_else(|| sense(&lemma)))
        .map_or(lemma.clone(), str::to_string)
}

/// The words of what a demand asks for, by which a demand told again is known when its
/// verb differs or its asker goes unnamed ("They want the government to withdraw
/// regulations", then "The five unions … want the government to withdraw these
/// regulations"): the lemmas, in lower case, of the nouns, verbs and adjectives after the
/// trigger up to the end of its phrase (a comma, dash, colon, semicolon or bracket, a
/// finite verb of another clause, or the sentence's end), but for the ones asked (a noun
/// phrase before an infinitive: "urged Congress to act", "calls for all firms to
/// certify") and words that say little of what is asked (`asked_filler_word`: "take",
/// "government"); with the first verb, the act asked for, unless a light one ("demands to
/// recognise the country": "recognise"; "to take action to cut": none). None for a demand
/// told as one more ("He also urged"), which is no demand told again.
fn words_asked(tree: &Tree, told: &Told) -> (Vec<String>, Option<String>) {
    let toks = tree.tokens();
    let (t, end, last) = (told.tokens.start, told.tokens.end, tree.sentence().end);
    let also = |k: usize| toks[k].lower == "also";
    let lead = t.saturating_sub(3).max(tree.sentence().start);
    if (lead..t).any(also) || tree.has_dependent_word(t, "advmod", "also") {
        return (Vec::new(), None);
    }
    // The ones asked: a noun phrase, maybe after "for", then "to" and a verb.
    let from = if end < last && toks[end].lower == "for" {
        end + 1
    } else {
        end
    };
    let phrase = (from..last)
        .take_while(|&k| {
            matches!(
                toks[k].tag,
                "DT" | "PDT" | "JJ" | "CD" | "POS" | "PRP" | "PRP$"
            ) || toks[k].is_noun()
        })
        .count();
    let to_verb = |k: usize| k + 1 < last && toks[k].lower == "to" && toks[k + 1].tag == "VB";
    let asked_of = if phrase > 0 && to_verb(from + phrase) {
        from..from + phrase
    } else {
        end..end
    };
    let stop = |k: &usize| {
        let another_clause = toks[*k].is_finite() && !tree.is_under(*k, t);
        another_clause
            || matches!(
                toks[*k].lower.as_str(),
                "," | "-" | "--" | "–" | "—" | ":" | ";" | "(" | ")"
            )
    };
    let said: Vec<usize> = (end..last)
        .take_while(|k| !stop(k))
        .filter(|k| !asked_of.contains(k))
        .collect();
    let verb = |k: &usize| toks[*k].tag.starts_with("VB");
    let mut words: Vec<String> = (said.iter())
        .filter(|&k| verb(k) || toks[*k].is_noun() || toks[*k].tag.starts_with("JJ"))
        .map(|&k| toks[k].lemma.to_lowercase())
        .filter(|w| !is("asked_filler_word", w))
        .collect();
    // "to take action to cut the deficit": a light verb first says no act; a passive's
    // "be" is none: "for the agency to be scrapped" asks to scrap it.
    let passive_be =
        |k: &usize| toks[*k].lemma == "be" && said.contains(&(k + 1)) && toks[k + 1].tag == "VBN";
    let act = (said.iter().find(|k| verb(k) && !passive_be(k)))
        .map(|&k| asked_sense(toks, k))
        .filter(|w| !is("asked_filler_word", w));
    words.sort();
    words.dedup();
    (words, act)
}

/// How an event's words tell of it, for the joining of mentions and the dropping of kinds.
struct Told {
    /// How they refer to an event told before.
    refers: Refers,
    /// A noun naming a kind of event ([`names_a_kind`], [`such_a_kind`]).
    kind: bool,
    /// The trigger's tokens.
    tokens: Range<usize>,
    /// A verbal trigger.
    verb: bool,
}

/// Drops the events from `first` on that name a kind of event ([`names_a_kind`],
/// [`such_a_kind`]) and have no time, place or party of their own to make them one event.
fn drop_kinds(events: &mut Vec<Event>, told: &mut Vec<Told>, first: usize) {
    for i in (first..events.len()).rev() {
        let e = &events[i];
        let bare = e.when.is_none() && names_no_role(e);
        if told[i].kind && bare {
            events.remove(i);
            told.remove(i);
        }
    }
}

/// Whether the event noun at `t` has a past participle on it of a verb that realizes it
/// (`realizing_verb`) with no auxiliary, "to" or time to come: "since sanctions imposed in
/// 1998 were lifted", "talks held in Geneva last month will resume". It took place,
/// whatever the tense of the clause the noun is in; not "the summit hosted by Britain next
/// month", "the deal to be signed".
fn realized_by_its_participle(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    // A participle the parser made the noun's verb is one on it all the same: no past
    // participle is finite with no auxiliary ("since sanctions imposed in 1998 … were
    // lifted").
    let mut participles = tree.dependents(t, "acl");
    participles.extend(match tree.arc(t) {
        (Some(h), "nsubj") => Some(h),
        _ => None,
    });
    // So is one read as a finite verb of the clause ("on the deal agreed in Geneva").
    let misread = t + 1 < tree.sentence().end && participle_on(tree, t + 1) == Some(t);
    participles.extend(misread.then_some(t + 1));
    participles.into_iter().any(|p| {
        let coming = tree
            .sentence()
            .filter(|&k| tree.is_under(k, p))
            .any(|k| is("coming_modifier", &toks[k].lower) || toks[k].lower == "tomorrow");
        (toks[p].tag == "VBN" || misread && p == t + 1)
            && is("realizing_verb", &toks[p].lemma.to_lowercase())
            && ["aux", "aux:pass"]
                .iter()
                .all(|rel| tree.dependents(p, rel).is_empty())
            && !tree.has_dependent_word(p, "mark", "to")
            && !coming
    })
}

/// Whether word `d`, right before a noun phrase, picks out the events meant: a definite
/// determiner (`definite_determiner`: "the", "this") or a possessor ("its", "Iraq's").
fn picks_out(d: &Token) -> bool {
    is("definite_determiner", &d.lower) || matches!(d.tag, "PRP$" | "POS")
}

/// Whether a determiner or possessor of noun `t` picks it out as one known ("the deal",
/// "its attack", "Iran's offer").
fn picked_out(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    (tree.dependents(t, "det").into_iter())
        .chain(tree.dependents(t, "nmod:poss"))
        .any(|d| picks_out(&toks[d]) || toks[d].is_noun())
}

/// Whether the event noun at `t` is said to be another than one told before: a word of
/// otherness (`other_determiner`: "another meeting", "a separate deal", "a further round
/// of talks") opens its noun phrase, or a word of novelty after an indefinite article
/// (`novelty_adjective`, `indefinite_article`: "signed a new four-year agreement", not "the
/// new deal", which points back).
fn told_as_another(doc: &Doc, t: usize) -> bool {
    let toks = &doc.tokens;
    let s0 = doc.sentences[doc.sentence_of(t)].tokens.start;
    let phrase: Vec<usize> = (s0..t)
        .rev()
        .take_while(|&k| matches!(toks[k].tag, "DT" | "JJ" | "NN" | "NNS" | "CD"))
        .collect();
    let word = |class: &str| phrase.iter().any(|&k| is(class, &toks[k].lower));
    word("other_determiner") || word("novelty_adjective") && word("indefinite_article")
}

/// Whether the clause of the trigger at `t` says by a phrase of its own that it tells
/// of another case than those told before ("was jailed for life in a separate case", "in
/// another incident, two men were killed"): a word of otherness (`other_determiner`) on
/// an oblique of the clause's head.
fn in_another_case(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    if !tree.is_clause() {
        return false;
    }
    let c = tree.clause_of(t);
    (tree.dependents(c, "obl").into_iter()).any(|n| {
        (tree.dependents(n, "amod").into_iter())
            .chain(tree.dependents(n, "det"))
            .any(|d| is("other_determiner", &toks[d].lower))
    })
}

/// Whether the clause of the trigger at `t` tells its act in addition to those told
/// before, by an adverb (`additive_adverb`: "He also ordered a review of security",
/// "Euronext also began talks with the LSE"): it is another act, not one told again. Only
/// when the trigger is the clause's verb or its object: of an event its subject names the
/// clause tells something more ("Talks also centred on trade", "the treaty would also
/// establish").
fn told_in_addition(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    if !tree.is_clause() {
        return false;
    }
    let c = tree.clause_of(t);
    let act = c == t || tree.arc(t) == (Some(c), "obj");
    act && (tree.dependents(c, "advmod").into_iter()).any(|d| is("additive_adverb", &toks[d].lower))
}

/// Whether the word at `t` of body sentence `si` is capitalised where no sentence or
/// quotation opens, as a word of a name is ("The Elect the Lords Campaign said", "the Stop
/// the War Coalition"): a verb so written names no event.
fn a_word_of_a_name(doc: &Doc, t: usize, si: usize) -> bool {
    let toks = &doc.tokens;
    let opens = |k: usize| {
        matches!(
            toks[k].text.as_str(),
            "\"" | "“" | "'" | "‘" | ":" | "(" | "-" | "—" | "–"
        ) || toks[k].tag == "``"
    };
    let s0 = doc.sentences[si].tokens.start;
    !doc.is_headline(si) && t > s0 && toks[t].is_capitalized() && !opens(t - 1)
}

/// Whether the trigger at `t` is the infinitive of a verb of habit (`habitual_verb`: "they
/// tended to vote more than men"), which tells of what is usually done, no one event; the
/// tagger may read the infinitive as a noun.
fn after_a_verb_of_habit(doc: &Doc, t: usize) -> bool {
    let toks = &doc.tokens;
    let s0 = doc.sentences[doc.sentence_of(t)].tokens.start;
    t >= s0 + 2
        && toks[t - 1].lower == "to"
        && is("habitual_verb", &toks[t - 2].lemma.to_lowercase())
}

/// Whether the plural event noun of `t..end` names a series by a word of frequency before
/// it (`frequency_modifier`: "holds annual meetings with its shareholders", "hold regular
/// talks"): events that recur, no one of them; not with a definite determiner or possessor
/// before, which picks out the ones meant ("the annual meetings of the IMF"). A rate after
/// an event noun names one too: "every", "each" or "per" and a span of time (`time_span`:
/// "one visit every three years", "elections every five years").
fn a_series(doc: &Doc, t: usize, end: usize) -> bool {
    let toks = &doc.tokens;
    let sent = &doc.sentences[doc.sentence_of(t)].tokens;
    let s0 = sent.start;
    let rate = end == t + 1
        && toks[t].is_noun()
        && toks
            .get(end)
            .is_some_and(|w| matches!(w.lower.as_str(), "every" | "each" | "per"))
        && (end + 1..(end + 4).min(sent.end))
            .take_while(|&k| matches!(toks[k].tag, "CD" | "JJ" | "NN" | "NNS"))
            .any(|k| is("time_span", &toks[k].lemma.to_lowercase()));
    if rate {
        return true;
    }
    if toks[end - 1].tag != "NNS" {
        return false;
    }
    // Inside a trigger of several words too: "hold regular talks".
    let mut frequent = (t..end - 1).any(|k| is("frequency_modifier", &toks[k].lower));
    let mut k = t;
    while k > s0 && matches!(toks[k - 1].tag, "JJ" | "NN" | "RB") {
        k -= 1;
        frequent |= is("frequency_modifier", &toks[k].lower);
    }
    frequent && !(k > s0 && picks_out(&toks[k - 1]))
}

/// Whether the event noun of `t..end` is said to be "such" a one ("such attacks", "such an
/// attack"): a kind like an event told before, not another event.
fn such_a_kind(doc: &Doc, t: usize, end: usize) -> bool {
    let toks = &doc.tokens;
    let before = |k: usize| k.checked_sub(1).map(|j| toks[j].lower.as_str());
    // "such attacks", "such an attack", "such suicide attacks"
    let such = before(t) == Some("such")
        || (before(t).is_some_and(|d| matches!(d, "a" | "an"))
            && t >= 2
            && toks[t - 2].lower == "such");
    // "attacks such as last Friday's" names events, with what they are like.
    such && toks.get(end).is_none_or(|n| n.lower != "such")
}

/// Whether the bare plural event noun of `t..end` names the kind an example of its own
/// type after "like" is one of ("attacks like the Madrid rail bombing", "protests like the
/// Orange revolution's"): the example is the event, the plural its kind. Not with a
/// determiner, possessor or number ("the attacks like …", "two strikes like …").
fn kind_of_an_example(doc: &Doc, lex: &Lexicon, ty: EventType, t: usize, end: usize) -> bool {
    let toks = &doc.tokens;
    let s = doc.sentence_of(t);
    let (s0, s_end) = (doc.sentences[s].tokens.start, doc.sentences[s].tokens.end);
    if toks[end - 1].tag != "NNS" || toks.get(end).is_none_or(|n| n.lower != "like") {
        return false;
    }
    let mut k = t;
    while k > s0 && matches!(toks[k - 1].tag, "JJ" | "NN" | "HYPH") {
        k -= 1;
    }
    let determined = k > s0 && matches!(toks[k - 1].tag, "DT" | "PRP$" | "CD" | "POS");
    let example = (end + 1..s_end.min(end + 7))
        .take_while(|&j| {
            !matches!(toks[j].tag, "," | "." | ":" | "CC" | "WDT") && !toks[j].is_verb()
        })
        .any(|j| toks[j].is_noun() && lex.heads_a_noun_of(&toks[j].lemma.to_lowercase(), ty));
    !determined && example
}

/// Whether event noun `t` is the predicate of a copula that says what kind of thing its
/// subject is, not which event took place: "a" or "an" or a plural, no determiner or
/// possessor picks it out, and the copula is in the present ("it's a wasted vote", "this
/// is an attack on our values") or the subject is a clause ("backing his party was not a
/// wasted vote"). A past copula with a noun subject may name the event the subject is
/// ("the blast was a suicide attack").
fn classifies_its_subject(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    let cops = tree.dependents(t, "cop");
    let present = cops.iter().any(|&c| matches!(toks[c].tag, "VBZ" | "VBP"));
    // A finite copula has a subject; when the parser found none on a noun that shares
    // none by coordination or a relative clause, the subject was a clause it could not
    // read ("said voting for her party was never a wasted vote"). An expletive is no
    // such gap: "there will be elections on 5 May" says the event is.
    let unread = tree.dependents(t, "nsubj").is_empty()
        && tree.dependents(t, "expl").is_empty()
        && !matches!(tree.arc(t).1, "conj" | "acl:relcl" | "parataxis");
    let clause_subject = !tree.dependents(t, "csubj").is_empty() || unread;
    // A phrase is no noun predicate: "the city is under attack", "is in talks".
    let phrase = !tree.dependents(t, "case").is_empty();
    // A singular count noun stands as a predicate with "a" or "an"; without, it is most
    // likely a progressive the tagger took for a noun ("members are next meeting on 16
    // March").
    let indefinite = toks[t].tag == "NNS"
        || (tree.dependents(t, "det").iter())
            .any(|&d| matches!(toks[d].lower.as_str(), "a" | "an"));
    !cops.is_empty() && !phrase && indefinite && !picked_out(tree, t) && (present || clause_subject)
}

/// "hammered out a 56-point deal with the leadership - the Warwick Agreement": whether an
/// agreement noun `t` has a name of a pact set beside it at the end of its phrase, after a
/// dash or comma (a proper name before a capitalised agreement noun, closing the sentence
/// or followed by a comma), with no finite verb between: a pact known by its name was
/// made. Read from the words, as the parser often hangs such a name anywhere.
fn named_beside(doc: &Doc, t: usize, si: usize) -> bool {
    let toks = &doc.tokens;
    let lex = Lexicon::get();
    let end = doc.sentences[si].tokens.end;
    let pact_noun =
        |k: usize| lex.heads_a_noun_of(&toks[k].lemma.to_lowercase(), EventType::Agreement);
    let Some(k) = (t + 2..end).find(|&k| {
        toks[k].is_capitalized()
            && toks[k - 1].is_proper()
            && pact_noun(k)
            && toks
                .get(k + 1)
                .is_none_or(|n| matches!(n.text.as_str(), "." | ","))
    }) else {
        return false;
    };
    let mut d = k - 1;
    while d > t && (toks[d].is_proper() || toks[d].lower == "the") {
        d -= 1;
    }
    let finite = |j: usize| toks[j].is_finite();
    d > t
        && matches!(toks[d].text.as_str(), "-" | "–" | "—" | ",")
        && !(t + 1..d).any(|j| finite(j) || pact_noun(j))
}

/// "is entering the seventh week of a hunger strike", "on the third day of talks": whether
/// event noun `t` is what a span of time counted by an ordinal is of (word class
/// `time_span`), or the subject of a clause in its own such span or its last ("as the
/// referendum enters its final week"), or what a part the clause is at is of ("is in
/// Dublin at the start of a visit", `frame_part`), in a clause that is not past, so that
/// it goes on now.
fn counted_into_now(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    if !tree.is_clause() {
        return false;
    }
    let ordinal = |k: usize| {
        let w = toks[k].lower.as_str();
        matches!(w, "first" | "second" | "third") || w.len() > 3 && w.ends_with("th")
    };
    let time_span = |span: usize| is("time_span", &toks[span].lemma.to_lowercase());
    let counted =
        |span: usize| time_span(span) && (tree.dependents(span, "amod").into_iter()).any(ordinal);
    // "as the referendum enters its final week", "talks are in their third day": the
    // subject's own span of time ("its", "their"), counted or its last, that its clause
    // is in.
    let own_span = |span: usize| {
        let ordinal_or_last =
            |k: usize| ordinal(k) || matches!(toks[k].lower.as_str(), "final" | "last");
        let own = (tree.dependents(span, "nmod:poss").into_iter())
            .any(|k| matches!(toks[k].lower.as_str(), "its" | "their"));
        own && time_span(span) && (tree.dependents(span, "amod").into_iter()).any(ordinal_or_last)
    };
    // "is in Dublin at the start of a four-nation EU visit": a part of it the clause is
    // at, in or during (`frame_part`), in a clause with no modal.
    let part = |span: usize| {
        let c = clause_head(tree, span);
        is("frame_part", &toks[span].lemma.to_lowercase())
            && (tree.dependents(span, "case").into_iter())
                .any(|k| matches!(toks[k].lower.as_str(), "at" | "in" | "during"))
            && !(tree.dependents(c, "aux").into_iter()).any(|k| toks[k].tag == "MD")
    };
    let span = match tree.arc(t) {
        (Some(span), "nmod")
            if tree.has_dependent_word(t, "case", "of") && (counted(span) || part(span)) =>
        {
            span
        }
        (Some(h), "nsubj") => {
            let spans = ["obj", "obl"].iter().flat_map(|r| tree.dependents(h, r));
            match spans
                .into_iter()
                .find(|&k| own_span(k))
                .or((own_span(h)).then_some(h))
            {
                Some(span) => span,
                None => return false,
            }
        }
        _ => return false,
    };
    let c = clause_head(tree, span);
    let past = toks[c].is_verb() && past_verb(tree, c)
        || (tree.dependents(c, "cop").into_iter()).any(|k| toks[k].tag == "VBD");
    !past
}

/// Whether trigger `t` tells only of what may happen, no one event: what one is allowed
/// or able to do in a clause not past (word class `permission_word`: "who is allowed to
/// visit", "judges should be able to order detention", "limited to one visit", "are not
/// eligible to vote", "the right to vote at an election"; not "was allowed to leave", which
/// tells what was done), or what a relative clause on a plural
/// noun of cases tells of (`case_noun`: "cases where someone has killed for revenge").
fn only_allowed_or_a_case(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    if !tree.is_clause() {
        return false;
    }
    let lemma = |k: usize| toks[k].lemma.to_lowercase();
    let past = |h: usize| {
        past_verb(tree, h)
            || (["cop", "aux:pass"].iter())
                .flat_map(|r| tree.dependents(h, r))
                .any(|k| toks[k].tag == "VBD")
    };
    let permits = |k: usize| match tree.arc(k) {
        (Some(h), "xcomp" | "obj" | "obl") => is("permission_word", &lemma(h)) && !past(h),
        // "the right to vote", "the freedom to protest": a noun's infinitive.
        (Some(h), "acl") => toks[h].is_noun() && is("permission_word", &lemma(h)),
        _ => false,
    };
    // Or the event noun is a phrase of the verb so allowed: "the right to vote at an
    // election".
    let allowed = permits(t)
        || matches!(tree.arc(t), (Some(v), "obl" | "obj") if toks[v].is_verb() && permits(v));
    let c = clause_head(tree, t);
    let a_case = match tree.arc(c) {
        (Some(n), "acl:relcl") => is("case_noun", &lemma(n)) && toks[n].tag == "NNS",
        _ => false,
    };
    allowed || a_case
}

/// Whether trigger `t` names an activity, no one event: a gerund with no subject or
/// possessor of its own that is the subject of a clause not past, or an event noun in
/// such a gerund's clause ("Taking part in public meetings could enthuse young voters",
/// "Holding talks is vital"; not "Holding talks was a mistake", which may tell of talks
/// held).
fn an_activity_as_subject(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    if !tree.is_clause() {
        return false;
    }
    let g = if toks[t].is_verb() {
        t
    } else {
        clause_head(tree, t)
    };
    let (Some(h), "csubj") = tree.arc(g) else {
        return false;
    };
    let own_subject = ["nsubj", "nmod:poss", "mark", "aux"]
        .iter()
        .any(|r| !tree.dependents(g, r).is_empty());
    let not_past = |h: usize| {
        let words = std::iter::once(h)
            .chain(tree.dependents(h, "aux"))
            .chain(tree.dependents(h, "cop"));
        let tags: Vec<&str> = words.map(|k| toks[k].tag).collect();
        tags.iter().any(|t| matches!(*t, "MD" | "VBZ" | "VBP")) && !tags.contains(&"VBD")
    };
    toks[g].tag == "VBG" && !own_subject && not_past(h)
}

/// Whether event noun `t` is what a verb of requiring takes as its object
/// (`requiring_verb`: "measures needed unanimous agreement from all member states", "the
/// plan requires talks with Iran"): a condition, no event told.
fn required(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    matches!(tree.arc(t), (Some(v), "obj")
        if toks[v].is_verb() && is("requiring_verb", &toks[v].lemma.to_lowercase()))
}

/// Whether the clause of event noun `t` tells of a habit: its verb has an adverb of habit
/// (`habitual_adverb`: "older people always vote in a general election", "the party
/// usually holds its conference in spring"), so the noun names a kind of event: with no
/// party, place or time of its own it is none, else only supposed.
fn within_a_habit(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    let c = clause_head(tree, t);
    c != t
        && toks[c].is_verb()
        && (tree.dependents(c, "advmod").iter()).any(|&a| is("habitual_adverb", &toks[a].lower))
}

/// Marks each verbal mention from `first` on that tells of the event a noun mention of its
/// sentence names, as the same event ([`Refers::Same`]): a relative clause or participle on
/// the noun ("the attack, which killed five", "the deal agreed in Geneva"), a verb of the same type that takes the noun as its
/// object or subject ("Tuesday's meeting is being hosted by the prime minister", "the
/// attack by Hamas killed two": what the attack did, it did as the attack), or as its
/// oblique, or that of a verb joined to it, by a preposition of effect
/// (`effect_preposition`: "were killed in an attack on their base", "were killed and 40
/// injured after a bomb attack"),
/// one that takes another verb mention as its infinitive ("agreed to buy"), or a noun's
/// infinitive of its own type ("a deal to buy the PC division"); and a demand verb's
/// participle with no subject of its own that demands too ("urged them to stay, telling
/// them to …").
/// The later mention of the two joins the earlier; when the noun points back ("signing
/// this deal", "signed the deal"), the verb before it refers as the noun does. A gerund
/// read as a noun takes its object as a verb does. The sentence is parsed only when it has
/// verbal and noun mentions of one type.
fn same_by_tree(tree: &Tree, events: &[Event], told: &mut [Told], first: usize) {
    let mut pairs = Vec::new();
    // A gerund read as an event noun still takes its object as a verb does ("by signing
    // this deal").
    let verbal = |i: &usize| told[*i].verb || tree.tokens()[told[*i].tokens.start].tag == "VBG";
    for i in (first..events.len()).filter(verbal) {
        let v = told[i].tokens.start;
        // "were killed and 40 injured after a bomb attack": a verb joined to it.
        let joined = |x: usize| matches!(tree.arc(x), (Some(y), "conj") if y == v);
        let mut nouns = (first..events.len())
            .filter(|&j| j != i && !told[j].verb && events[j].event_type == events[i].event_type);
        let noun = nouns.find(|&j| {
            let h = tree.span_head(told[j].tokens.start, told[j].tokens.end);
            matches!(tree.arc(v), (Some(x), "acl:relcl") if x == h)
                // "the deal agreed in Geneva": a participle on the noun.
                || participle_on(tree, v) == Some(h)
                || matches!(tree.arc(h), (Some(x), "obj" | "nsubj:pass" | "nsubj") if x == v)
                // "were killed in an attack on their base", "killed after the attack":
                // what the attack did, or the event it is part of.
                || matches!(tree.arc(h), (Some(x), "obl" | "obl:agent") if x == v || joined(x))
                    && (tree.dependents(h, "case").iter())
                        .any(|&c| is("effect_preposition", &tree.tokens()[c].lower))
                // "signing a deal to buy the PC division": the noun's infinitive says
                // what the deal is.
                || matches!(tree.arc(v), (Some(x), "acl") if x == h)
                    && tree.has_dependent_word(v, "mark", "to")
        });
        pairs.extend(noun.map(|j| (i.min(j), i.max(j))));
        // "has agreed to buy 33% of Changyu": a verb of the type that takes another as its
        // infinitive complement tells of the same event; not when its object does the
        // other ("asked the court to order Russia to arbitration": two demands).
        let mut verbs = (first..events.len())
            .filter(|&j| j != i && told[j].verb && events[j].event_type == events[i].event_type);
        let controls = ["obj", "iobj"]
            .iter()
            .any(|r| !tree.dependents(v, r).is_empty());
        let complement = verbs.find(|&j| {
            !controls && matches!(tree.arc(told[j].tokens.start), (Some(x), "xcomp") if x == v)
        });
        pairs.extend(complement.map(|j| (i.min(j), i.max(j))));
        // "urged people to develop a sense of belonging, telling them to speak English": a
        // participle with no subject of its own on a demand verb tells how that demand was
        // made, the same act.
        let toks = tree.tokens();
        let manner = toks[v].tag == "VBG"
            && events[i].event_type == EventType::Demand
            && tree.dependents(v, "nsubj").is_empty();
        // The parser may hang the participle on the demand's infinitive ("urged members to
        // reject the offer, telling them …").
        let on_the_demand = |x: usize, d: usize| {
            x == d
                || matches!(tree.arc(x), (Some(y), "xcomp" | "advcl") if y == d)
                    && tree.has_dependent_word(x, "mark", "to")
        };
        let made_by = (first..events.len()).find(|&j| {
            manner
                && j != i
                && told[j].verb
                && events[j].event_type == EventType::Demand
                && matches!(tree.arc(v), (Some(x), "advcl") if on_the_demand(x, told[j].tokens.start))
        });
        pairs.extend(made_by.map(|j| (i.min(j), i.max(j))));
    }
    for (a, b) in pairs {
        // "signing this deal": the verb tells of the event its noun points back to.
        if told[a].refers == Refers::New
            && matches!(told[b].refers, Refers::Definite | Refers::Demonstrative)
        {
            told[a].refers = told[b].refers;
        }
        told[b].refers = Refers::Same(a);
    }
}

/// Whether the noun phrase of event noun `t` opens with "the" and has more than the
/// determiner ("the nightclub bombing", "an address to the summit from Mr Allawi" with
/// the phrase hung on the noun): a description of an event the reader is taken to know
/// ([`Refers::Described`]).
fn described_with_the(doc: &Doc, t: usize, si: usize) -> bool {
    let s = np_start(doc, t, si);
    s < t && doc.tokens[s].lower == "the"
}

/// Whether the noun at `t` stands with nothing but a definite determiner (word class
/// `definite_determiner`: "the meeting", "this election"; or a possessive one,
/// `possessive_determiner`: "his trip", "their talks") and perhaps "same", which says
/// the event is one already named ("the same embargo", with what it is the same "as"): no
/// other modifier, possessor, phrase or restrictive clause of its own that could tell a new
/// event from one already named.
fn bare_definite(doc: &Doc, tree: &Tree, t: usize, si: usize) -> bool {
    let range = doc.sentences[si].tokens.clone();
    let toks = &doc.tokens;
    // Only a determiner right before the noun, or before "same" before it, can make it
    // bare: no need to parse otherwise.
    let same = t > range.start && toks[t - 1].lower == "same";
    let det = t.checked_sub(if same { 2 } else { 1 });
    let picks = |w: &str| is("definite_determiner", w) || is("possessive_determiner", w);
    if !det.is_some_and(|d| d >= range.start && picks(&toks[d].lower)) {
        return false;
    }
    let mut definite = false;
    for k in range.filter(|&k| k != t) {
        match tree.arc(k) {
            (Some(h), "det") if h == t => {
                definite = is("definite_determiner", &doc.tokens[k].lower);
                if !definite {
                    return false;
                }
            }
            // "During his trip": the one whose event was told.
            (Some(h), "nmod:poss") if h == t && is("possessive_determiner", &toks[k].lower) => {
                definite = true;
            }
            (Some(h), "amod") if h == t && toks[k].lower == "same" => {}
            // What it is the same "as" is compared, not told of: "the same embargo as Cuba".
            (Some(h), "nmod" | "obl")
                if h == t && same && tree.has_dependent_word(k, "case", "as") => {}
            (Some(h), "punct" | "case" | "cc") if h == t => {}
            // A relative clause set off by a comma tells more of the event, not which one
            // it is: "the attack, which killed five, was the first".
            (Some(h), "acl:relcl") if h == t && set_off(tree, k) => {}
            (Some(h), _) if h == t => return false,
            _ => {}
        }
    }
    definite
}

/// Whether token `k` of `toks` (a sentence's tokens up to its end) is a verb whose subject
/// carries out an event of type `ty` its object names (`support_verb`: "signed a deal");
/// "if Labour wins the next election": who wins, loses or fights an election contests it
/// (`contest_verb`); who has talks or a deal is a party to them (`party_verb`), but not
/// "have" before a participle, an auxiliary ("they have already given …").
fn supports_event(toks: &[crate::analyze::Token], k: usize, ty: EventType) -> bool {
    let lemma = toks[k].lemma.to_lowercase();
    let auxiliary = || {
        (toks[k + 1..].iter())
            .find(|w| !w.tag.starts_with("RB"))
            .is_some_and(|w| matches!(w.tag, "VBN" | "VBD"))
    };
    toks[k].is_verb()
        && (is("support_verb", &lemma)
            || (ty == EventType::Election && is("contest_verb", &lemma))
            || (matches!(ty, EventType::Meeting | EventType::Agreement)
                && is("party_verb", &lemma)
                && !auxiliary()))
}

/// Whether meeting noun `t` is the time of its clause by a temporal preposition and names
/// a partner by "with" ("after talks with union leaders", "following a meeting with his
/// German counterpart").
fn with_a_partner(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    let timed =
        (tree.dependents(t, "case").iter()).any(|&c| is("temporal_preposition", &toks[c].lower));
    let partner =
        (tree.dependents(t, "nmod").iter()).any(|&n| tree.has_dependent_word(n, "case", "with"));
    timed && partner
}

/// Whether the clause headed by `k` is set off by a comma before its first word.
fn set_off(tree: &Tree, k: usize) -> bool {
    let toks = tree.tokens();
    let range = tree.sentence();
    let first = (range.start..k).find(|&x| tree.is_under(x, k)).unwrap_or(k);
    toks[first].text == "," || first > range.start && toks[first - 1].text == ","
}

/// Whether the bare plural event noun at `t` ("elections", "protests") names a kind of
/// event rather than events that happened: the clause it is in, or the clause above an
/// infinitive or participle, is in the simple present with no word of status ("money is
/// spent at elections", "you don't do deals over jobs", "elections are costly"). A clause
/// in the past ("protests erupted"), the perfect, the progressive, with a modal ("elections
/// will be held") or a word of status ("deals are being sought", "are set to dominate
/// discussions") tells of events; so does a noun with a phrase or clause of its own
/// ("attacks by armed groups"), one counted ("six months of talks") or one that is itself
/// the predicate ("is in talks"). The caller checks the rest: a bare plural in the body,
/// and no time, place or party.
fn names_a_kind(tree: &Tree, lex: &Lexicon, t: usize) -> bool {
    let toks = tree.tokens();
    let own = |k: usize| {
        let (h, rel) = tree.arc(k);
        h == Some(t)
            && (rel.starts_with("nmod")
                || rel.starts_with("acl")
                || matches!(rel, "appos" | "nummod"))
    };
    // An amount, a span or a series of events is particular: "six months of talks".
    let (head, rel) = tree.arc(t);
    let of = |k: usize| tree.arc(k) == (Some(t), "case") && toks[k].lower == "of";
    let counted = head.is_some_and(|h| toks[h].is_noun()) && rel.starts_with("nmod");
    if tree.sentence().any(own) || (counted && tree.sentence().any(of)) {
        return false;
    }
    for c in tree.governing_clauses(t) {
        if c == t || (!toks[c].is_verb() && tree.dependents(c, "cop").is_empty()) {
            // The noun is the predicate, or no clause is above it (a fragment or a parse
            // gone wrong, which says nothing).
            return false;
        }
        let auxes = ["aux", "aux:pass", "cop"]
            .map(|rel| tree.dependents(c, rel))
            .concat();
        if !toks[c].is_finite() && !auxes.iter().any(|&a| toks[a].is_finite()) {
            continue;
        }
        let progressive = toks[c].tag == "VBG" || auxes.iter().any(|&a| toks[a].tag == "VBG");
        return !(toks[c].tag == "VBD"
            || status_class(lex, &toks[c]).is_some()
            || auxes.iter().any(|&a| {
                let tok = &toks[a];
                matches!(tok.tag, "VBD" | "MD")
                    || tok.lemma == "have"
                    || (tok.lemma == "be" && progressive)
            }));
    }
    false
}

/// The triggers matched at token `t`, in the table's order: each with the token after its
/// last word.
fn match_triggers(
    doc: &Doc,
    m: &Mentions,
    t: usize,
    limit: usize,
) -> Vec<(&'static Trigger, usize)> {
    match_trigger_heads(doc, m, t).map_or_else(Vec::new, |heads| {
        let lex = Lexicon::get();
        (heads.iter())
            .filter_map(|&i| {
                phrase_end(doc, &lex.triggers[i], t, limit).map(|e| (&lex.triggers[i], e))
            })
            .collect()
    })
}

/// The token after the last word of trigger `trig`'s phrase read from token `t`, when all
/// its words follow as marked.
fn phrase_end(doc: &Doc, trig: &Trigger, t: usize, limit: usize) -> Option<usize> {
    let toks = &doc.tokens;
    let mut pos = t + 1;
    for w in &trig.words[1..] {
        let (w, follow) = Follow::of(w);
        let reach = match follow {
            Follow::Next | Follow::Particle => 1,
            Follow::Near | Follow::Unobjected => 4,
        };
        let k = (pos..limit.min(pos + reach)).find(|&k| {
            (toks[k].lemma.to_lowercase() == w || toks[k].lower == w) && follow.holds(toks, pos, k)
        })?;
        pos = k + 1;
    }
    Some(pos)
}

/// The table's triggers whose head word token `t` is.
fn match_trigger_heads(doc: &Doc, m: &Mentions, t: usize) -> Option<&'static Vec<usize>> {
    let lex = Lexicon::get();
    let toks = &doc.tokens;
    let tok = &toks[t];
    if m.item_at[t].is_some() {
        return None;
    }
    let lemma = tok.lemma.to_lowercase();
    let heads = if tok.tag.starts_with("VB") {
        // The lemma rules cannot always tell "expell-ed" from "kill-ed" or "arriv-ed": try
        // the lemma, with a silent e, and with a doubled final consonant undone.
        let undoubled = {
            let cs: Vec<char> = lemma.chars().collect();
            (cs.len() >= 3 && cs[cs.len() - 1] == cs[cs.len() - 2])
                .then(|| cs[..cs.len() - 1].iter().collect::<String>())
        };
        lex.verb_heads
            .get(&lemma)
            .or_else(|| lex.verb_heads.get(&format!("{lemma}e")))
            .or_else(|| undoubled.and_then(|u| lex.verb_heads.get(&u)))
    } else if tok.is_noun() && !tok.is_proper() {
        lex.noun_heads
            .get(&lemma)
            .or_else(|| lex.noun_heads.get(&tok.lower))
    } else {
        None
    }?;
    Some(heads)
}

/// How a further word of a trigger phrase follows the word before it: its mark in
/// `triggers.tsv`.
#[derive(Clone, Copy)]
enum Follow {
    /// Unmarked: within a few words.
    Near,
    /// "+of": right after it.
    Next,
    /// "^in": right after it, and a particle with no noun phrase after it ("rushed in to
    /// help"; not "moved in March").
    Particle,
    /// "~for": within a few words, with no object of the verb between, only adverbs, words
    /// of time (`time_word`) or a preposition's phrase ("called repeatedly for", "called
    /// last week for", "called on ministers for"; not "call an election for May").
    Unobjected,
}

impl Follow {
    /// A phrase word without its mark, and the mark.
    fn of(w: &str) -> (&str, Follow) {
        match w.as_bytes().first() {
            Some(b'+') => (&w[1..], Follow::Next),
            Some(b'^') => (&w[1..], Follow::Particle),
            Some(b'~') => (&w[1..], Follow::Unobjected),
            _ => (w, Follow::Near),
        }
    }

    /// Whether the word found at `k`, searched for from `pos`, follows as marked.
    fn holds(self, toks: &[Token], pos: usize, k: usize) -> bool {
        match self {
            Follow::Near | Follow::Next => true,
            Follow::Particle => !toks
                .get(k + 1)
                .is_some_and(|n| n.is_noun() || matches!(n.tag, "DT" | "CD" | "JJ" | "PRP$")),
            Follow::Unobjected => !(pos..k)
                .find(|&j| !toks[j].tag.starts_with("RB") && !is("time_word", &toks[j].lower))
                .is_some_and(|j| !matches!(toks[j].tag, "IN" | "TO" | "RP")),
        }
    }
}

/// Whether token `k` ends a clause: a semicolon, colon or dash, a clause conjunction
/// ("because", "but"), a relative pronoun, or "where" or "when" opening a clause ("will
/// visit Leicester South, where Lib Dem MP Parmjit Gill won the seat").
fn is_clause_stop(doc: &Doc, k: usize) -> bool {
    let t = &doc.tokens[k];
    matches!(t.lower.as_str(), ";" | ":" | "—")
        || is("clause_stop_conj", &t.lower)
        || matches!(t.tag, "WDT" | "WP")
        || t.tag == "WRB" && matches!(t.lower.as_str(), "where" | "when")
}

/// Whether token `k` is a finite verb or a modal.
fn is_finite(doc: &Doc, k: usize) -> bool {
    doc.tokens[k].is_finite()
}

/// Reads the roles around a trigger.
fn read_args(
    doc: &Doc,
    m: &Mentions,
    t: usize,
    end: usize,
    si: usize,
    verb: bool,
    tree: &Tree,
) -> Args {
    let (possessor, modifiers, names) = if verb {
        (None, Vec::new(), Vec::new())
    } else {
        possessor_and_modifiers(doc, m, t, si)
    };
    let split_object = if verb { split_object(m, t, end) } else { None };
    let (object, pps) = object_and_pps(doc, m, (end, si), split_object, tree);
    let subjects = if verb {
        verb_subjects(doc, m, t, si, tree)
    } else {
        subject(doc, m, t, si, false).into_iter().collect()
    };
    Args {
        subject: subjects.first().copied(),
        subjects,
        object,
        possessor,
        modifiers,
        names,
        pps,
        passive: verb && (is_passive(doc, t, si) || reduced_relative(tree, t)),
        by_agents: if verb {
            by_phrase(m, tree, t)
        } else {
            Vec::new()
        },
    }
}

/// The items of verb `t`'s agent phrase with "by", by the tree.
fn by_phrase(m: &Mentions, tree: &Tree, t: usize) -> Vec<usize> {
    let agents = tree.dependents(t, "obl:agent");
    // The parser may split one phrase into several agents ("by deputy PM John Prescott").
    let by = (agents.iter()).any(|&b| tree.has_dependent_word(b, "case", "by"));
    if !by {
        return Vec::new();
    }
    subject_items(m, tree, agents)
}

/// "the press conference hosted by the minister", "troops sent by Chad": a past
/// participle that modifies a noun is passive, with that noun as its patient.
fn reduced_relative(tree: &Tree, t: usize) -> bool {
    participle_on(tree, t).is_some()
}

/// "details of Cabinet Office orders telling staff to delete e-mails": a present participle
/// that modifies a noun tells what the noun does; the words that govern the noun ("asking
/// for details of") do not govern it.
fn gerund_on(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    matches!(tree.arc(t), (Some(h), "acl") if toks[t].tag == "VBG" && toks[h].is_noun() && h < t)
}

/// The noun the past participle at `t` modifies ([`reduced_relative`]). A past form read
/// as a finite verb hanging on the clause's verb, with no subject, auxiliary or word that
/// opens a clause of its own, right after a common noun, is one too: an adverbial clause
/// with a finite verb has a subject and a mark, so "will assess progress on the plans
/// agreed in Lisbon" (tagged "agreed" VBD, an adverbial clause of "assess") tells of the
/// plans agreed.
fn participle_on(tree: &Tree, t: usize) -> Option<usize> {
    let toks = tree.tokens();
    // A noun that is no argument itself ("A report by the committee called for …" read
    // with no main verb) leaves the participle the clause's verb.
    let argument = |h: usize| matches!(tree.arc(h), (Some(_), rel) if is("nominal_relation", rel));
    match tree.arc(t) {
        (Some(h), "acl") if toks[t].tag == "VBN" && toks[h].is_noun() && argument(h) => Some(h),
        (Some(_), "advcl")
            if toks[t].tag == "VBD" && t > 0 && matches!(toks[t - 1].tag, "NN" | "NNS") =>
        {
            let own = [
                "nsubj",
                "nsubj:pass",
                "expl",
                "mark",
                "aux",
                "aux:pass",
                "cop",
            ];
            own.iter()
                .all(|r| tree.dependents(t, r).is_empty())
                .then_some(t - 1)
        }
        _ => None,
    }
}

/// The subject items of a verbal trigger from the sentence's tree ([`Tree::subject_of`]):
/// the usable items at its subject phrases' tokens, none when the subject names nothing
/// the extractor tracks ("the proposals strike a balance", "a partner was set to pull
/// out"). When the tree gives a finite verb no subject (a parse gone wrong around a
/// parenthesis: "Oliver Letwin, for the Tories, attacked"), the nearest item on the left,
/// as for any verb when the tree is no clause ([`Tree::is_clause`]); a participle set off
/// by a comma right after a finite verb, which the tree gives none, shares that verb's
/// ("he said, urging voters to act"); another participle or an infinitive with none has
/// none ("urging voters", "to vote").
fn verb_subjects(doc: &Doc, m: &Mentions, t: usize, si: usize, tree: &Tree) -> Vec<usize> {
    let toks = &doc.tokens;
    if let Some(ii) = clause_opening_subject(doc, m, t, si) {
        return vec![ii];
    }
    if let Some(ii) = document_author(doc, m, tree, t, si) {
        return vec![ii];
    }
    if let Some(owner) = owner_of_controlling_noun(doc, m, t, si) {
        return owner.into_iter().collect();
    }
    let named = |k: usize| m.item_at[k].is_some();
    // A subject that speaks for a body stands for it ("a spokesman for UKIP"), which acts
    // though only a modifier or possessor there ("a UKIP spokesman").
    let items_at = |tokens: Vec<usize>| -> Vec<usize> {
        let mut items: Vec<usize> = (tokens.into_iter())
            .flat_map(|k| {
                let body = tree.body_spoken_for(k).into_iter().map(|j| (j, true));
                std::iter::once((k, false)).chain(body)
            })
            .filter_map(|(k, body)| m.item_at[k].map(|ii| (ii, body)))
            .filter(|&(ii, body)| body || usable(&m.items[ii]))
            .map(|(ii, _)| ii)
            .collect();
        items.sort_unstable();
        items.dedup();
        items
    };
    // "progress on the plans agreed in Lisbon", its participle read as a finite verb: the
    // noun it is on is its subject, as for any participle on a noun.
    if let Some(noun) = participle_on(tree, t).filter(|_| toks[t].tag == "VBD") {
        return items_at(vec![noun]);
    }
    // A verb in the plural present takes no one person as subject ("The five unions
    // meeting Mr Prescott want the government to withdraw": not Mr Prescott).
    let one_person = |ii: &usize| {
        let it = &m.items[*ii];
        toks[t].tag == "VBP"
            && !it.plural
            && matches!(it.actors[..], [a] if m.actors[a].kind == Kind::Person)
    };
    let nearest: Vec<usize> = subject(doc, m, t, si, true)
        .into_iter()
        .filter(|ii| !one_person(ii))
        .collect();
    // The sentence parsed just past the verb agrees with the nearest item: no need to
    // parse the rest to see whether the tree is sound.
    if let Ok(Some(tokens)) = tree.subject_so_far(t, named) {
        let so_far = items_at(tokens);
        if so_far == nearest {
            return so_far;
        }
    }
    if !tree.is_clause() {
        return nearest;
    }
    // "'The plans are wrong,' he said, urging voters to act": a participle set off by a
    // comma right after a finite verb, which the tree reads as no clause's, shares that
    // verb's subject.
    let adjunct =
        toks[t].tag == "VBG" && t > 1 && toks[t - 1].lower == "," && toks[t - 2].is_finite();
    let non_finite = toks[t].tag == "VBG" || t > 0 && toks[t - 1].lower == "to";
    match tree.subject_of(t, named).map(items_at) {
        Some(items) if !items.is_empty() => items,
        _ if adjunct => (tree.subject_of(t - 2, named).map(items_at)).unwrap_or_default(),
        Some(items) => items,
        None if non_finite => Vec::new(),
        None => nearest,
    }
}

/// The author of a document that is verb `t`'s subject, named as its possessor, by a
/// name before it or in its "by" or "from" phrase (`document_noun`: "the TUC's submission
/// urges the government", "the committee report calls for", "a directive from the central
/// bank that called for"; also where the parser read the verb as a participle on the
/// document noun, with no main verb): what the document asks or says, its author does, as
/// with "a report by the committee" ([`author_of`]). The sentence is parsed only when a document
/// noun stands before the verb.
fn document_author(doc: &Doc, m: &Mentions, tree: &Tree, t: usize, si: usize) -> Option<usize> {
    let toks = &doc.tokens;
    let s0 = doc.sentences[si].tokens.start;
    let document =
        |k: usize| toks[k].is_noun() && is("document_noun", &toks[k].lemma.to_lowercase());
    if !(s0..t).any(document) {
        return None;
    }
    // "a directive from the central bank that called for …": a relative pronoun stands for
    // the noun its clause is on.
    let antecedent = |h: usize| match tree.arc(t) {
        (Some(n), "acl:relcl") if matches!(toks[h].tag, "WDT" | "WP") => n,
        _ => h,
    };
    // "Mr Bell's speech called for …" read with no main verb, the verb a participle on
    // the document noun at the root: the noun is its subject.
    let rootless = match tree.arc(t) {
        (Some(n), "acl") if tree.arc(n).0.is_none() => Some(n),
        _ => None,
    };
    let head = tree
        .dependents(t, "nsubj")
        .into_iter()
        .map(antecedent)
        .chain(rootless)
        .find(|&h| document(h))?;
    let mut namers = tree.dependents(head, "nmod:poss");
    namers.extend(tree.dependents(head, "compound"));
    namers.extend((tree.dependents(head, "nmod").into_iter()).filter(|&k| {
        tree.has_dependent_word(k, "case", "by") || tree.has_dependent_word(k, "case", "from")
    }));
    namers.sort_unstable();
    namers.into_iter().find_map(|k| m.item_at[k])
}

/// A finite verb's subject that needs no tree: a plain item right before it (past its
/// auxiliaries and adverbs) that opens its clause — at the sentence's start, after a
/// quotation mark, a subordinator, "but" or a relative pronoun: "France has withdrawn",
/// "said that Mali will expel", "the troops which France sent".
fn clause_opening_subject(doc: &Doc, m: &Mentions, t: usize, si: usize) -> Option<usize> {
    let toks = &doc.tokens;
    let s0 = doc.sentences[si].tokens.start;
    let mut k = t;
    let mut finite = matches!(toks[t].tag, "VBD" | "VBZ" | "VBP");
    while k > s0 {
        let w = &toks[k - 1];
        let aux = w.tag == "MD" || w.is_verb() && is_aux(&w.lemma);
        if !(aux || w.tag.starts_with("RB")) {
            break;
        }
        finite |= aux && matches!(w.tag, "MD" | "VBD" | "VBZ" | "VBP");
        k -= 1;
    }
    if !finite || k == s0 {
        return None;
    }
    let ii = m.item_at[k - 1]?;
    let it = &m.items[ii];
    if it.end != k || !usable(it) || it.pp.is_some() {
        return None;
    }
    let opens = it.start == s0 || {
        let b = &toks[it.start - 1];
        matches!(b.text.as_str(), "\"" | "“" | "'" | "‘")
            || matches!(b.tag, "WDT" | "WP")
            || is("subordinator", &b.lower)
            || is("clause_stop_conj", &b.lower)
    };
    opens.then_some(ii)
}

/// Whether an item can fill a subject or object: not a possessor ("the troops'") and not
/// a modifier ("the French").
fn usable(it: &Item) -> bool {
    !it.possessive && it.what != What::Modifier
}

/// Whether a verbal trigger is a passive participle: "were expelled", "had been recalled";
/// or a headline's past form with no auxiliary and no object, as headlines leave out the
/// "be" of the passive and tell what was done in the present ("Kilroy-Silk attacked with
/// slurry", "Minister attacked by gunmen"): the end of the headline or a phrase of word
/// class `passive_headline_next` follows it ("attacked on China arms", "over Iraq" are
/// criticism, and "attacked German 'empire'" has its object).
fn is_passive(doc: &Doc, t: usize, si: usize) -> bool {
    let toks = &doc.tokens;
    if doc.is_headline(si) && matches!(toks[t].tag, "VBD" | "VBN") {
        let s = doc.sentences[si].tokens.clone();
        let before = (t > s.start).then(|| &toks[t - 1]);
        let auxiliary = before.is_some_and(|b| b.tag == "MD" || is_aux(&b.lemma));
        let next = (t + 1 < s.end).then(|| &toks[t + 1]);
        let no_object = next.is_none_or(|n| n.is_punct() || is("passive_headline_next", &n.lower));
        if !auxiliary && no_object {
            return true;
        }
    }
    if toks[t].tag != "VBN" {
        return false;
    }
    let mut k = t;
    while k > doc.sentences[si].tokens.start {
        k -= 1;
        let l = toks[k].lemma.as_str();
        if is("passive_aux", l) {
            return true;
        }
        if !(toks[k].tag.starts_with("RB") || is("passive_gap", l)) {
            return false;
        }
    }
    false
}

/// The subject: the nearest usable item on the left with no preposition, within the
/// clause; for a verb, the noun a relative clause hangs on rather than one inside it.
fn subject(doc: &Doc, m: &Mentions, t: usize, si: usize, verb: bool) -> Option<usize> {
    let toks = &doc.tokens;
    let s0 = doc.sentences[si].tokens.start;
    if verb {
        if let Some(controller) = infinitive_controller(doc, m, t, s0) {
            return controller;
        }
    }
    let mut k = if verb {
        subject_search_end(doc, t, si)
    } else {
        t
    };
    while k > s0 {
        k -= 1;
        if matches!(toks[k].lower.as_str(), ";" | ":") {
            return None;
        }
        if verb && relative_pronoun_subject(doc, k, t) {
            return relative_subject(doc, m, k);
        }
        // "Barbara Follett, whose first husband was killed": the subject is what "whose"
        // owns, which no item stood for on the way here; the noun the clause hangs on only
        // owns it.
        if verb && toks[k].tag == "WP$" {
            return None;
        }
        if let Some(ii) = m.item_at[k] {
            let it = &m.items[ii];
            if usable(it) && (it.pp.is_none() || of_a_part(doc, it) || author_of(doc, it)) {
                let antecedent = if verb {
                    relative_antecedent(doc, m, it.start, t, si)
                } else {
                    None
                };
                return Some(antecedent.unwrap_or(ii));
            }
            k = it.start;
        }
    }
    None
}

/// Whether an item is the group a part of which is the subject: "some of them", "the first
/// of the troops", "two of the contingents" (the part stands for the group's members).
fn of_a_part(doc: &Doc, it: &Item) -> bool {
    let toks = &doc.tokens;
    it.pp.as_deref() == Some("of")
        && it.start >= 2
        && toks[it.start - 1].lower == "of"
        && (toks[it.start - 2].tag == "CD" || is("quantifier", &toks[it.start - 2].lower))
}

/// Whether an item is the author of a document that is the subject: "a report by the
/// committee called for …", "a letter from the unions urged …": what the document asks,
/// its author asks.
fn author_of(doc: &Doc, it: &Item) -> bool {
    let toks = &doc.tokens;
    matches!(it.pp.as_deref(), Some("by" | "from"))
        && it.start >= 2
        && matches!(toks[it.start - 1].lower.as_str(), "by" | "from")
        && is("document_noun", &toks[it.start - 2].lemma.to_lowercase())
}

/// The subject of an infinitive that a noun controls: in "ordered embassy staff to leave"
/// the staff leave, not the one who ordered. `Some(item)` when the noun before "to" is an
/// item's, `Some(None)` when it is an ordinary noun no item stands for (staff, families,
/// citizens: nobody the extractor tracks), `None` when no noun controls the infinitive
/// ("decided to leave", "gave the troops a month to leave": the usual search goes on).
/// A noun of `subject_control_noun` is read before, by [`owner_of_controlling_noun`].
fn infinitive_controller(doc: &Doc, m: &Mentions, t: usize, s0: usize) -> Option<Option<usize>> {
    let toks = &doc.tokens;
    if t < s0 + 2 || toks[t - 1].lower != "to" {
        return None;
    }
    let k = t - 2;
    if m.item_at[k].is_some() {
        return plain_item_at(m, k).map(Some);
    }
    let w = &toks[k];
    let controls = w.is_noun() && !w.is_proper() && !is("time_span", &w.lemma);
    controls.then_some(None)
}

/// For an infinitive `t` right after a noun of `subject_control_noun` ("the government's
/// refusal to order an inquiry", "the EU decision to lift the embargo"), the noun's
/// possessor, or else the one body named before it: the noun's own subject.
/// `None` when no such noun stands there, `Some(None)` when it has no owner ("the decision
/// to leave"), whose subject is then unknown.
fn owner_of_controlling_noun(
    doc: &Doc,
    m: &Mentions,
    t: usize,
    si: usize,
) -> Option<Option<usize>> {
    let toks = &doc.tokens;
    let s0 = doc.sentences[si].tokens.start;
    let k = t
        .checked_sub(2)
        .filter(|&k| k >= s0 && toks[t - 1].lower == "to")?;
    let w = &toks[k];
    let noun = w.is_noun() && m.item_at[k].is_none();
    if !noun || !is("subject_control_noun", &w.lemma.to_lowercase()) {
        return None;
    }
    let (possessor, modifiers, names) = possessor_and_modifiers(doc, m, k, si);
    let one = |v: &[usize]| match v {
        [ii] => Some(*ii),
        _ => None,
    };
    Some(possessor.or(one(&names)).or(one(&modifiers)))
}

/// Where the search for a verb's subject starts: before a relative clause that ends just
/// before the verb ("the force, which includes soldiers from Kenya, must leave"), whose
/// nouns are not the subject; else at the verb.
fn subject_search_end(doc: &Doc, t: usize, si: usize) -> usize {
    let toks = &doc.tokens;
    let s0 = doc.sentences[si].tokens.start;
    let mut c = t;
    while c > s0
        && (matches!(toks[c - 1].tag, "MD" | "RB" | "TO") || is("verb_lead", &toks[c - 1].lemma))
    {
        c -= 1;
    }
    if c > s0 && toks[c - 1].lower == "," {
        let from = (c - 1).saturating_sub(30).max(s0);
        if let Some(w) = (from + 1..c - 1)
            .rev()
            .find(|&w| matches!(toks[w].tag, "WDT" | "WP" | "WP$") && toks[w - 1].lower == ",")
        {
            return w - 1;
        }
    }
    t
}

/// Whether token `w` is a relative pronoun that is the subject of verb `t`: only adverbs,
/// modals and auxiliaries stand between them ("which had already killed", "who will
/// leave"; not "during which the two men agreed").
fn relative_pronoun_subject(doc: &Doc, w: usize, t: usize) -> bool {
    let toks = &doc.tokens;
    matches!(toks[w].tag, "WDT" | "WP")
        && is("relative_pronoun", &toks[w].lower)
        && (w + 1..t).all(|j| {
            toks[j].tag.starts_with("RB")
                || toks[j].tag == "MD"
                || matches!(toks[j].lemma.as_str(), "be" | "have" | "do")
        })
}

/// The subject of a relative clause whose pronoun (at token `w`) is its subject: the noun
/// the clause hangs on ("the officers who overthrew", "the wave, which killed"), if an
/// item stands for it; none when the noun is one no item stands for, rather than a name
/// further left.
fn relative_subject(doc: &Doc, m: &Mentions, w: usize) -> Option<usize> {
    let toks = &doc.tokens;
    let before = if w >= 2 && toks[w - 1].lower == "," {
        w - 2
    } else {
        w.checked_sub(1)?
    };
    if toks[before].lower == "those" && before >= 1 && toks[before - 1].lower == "among" {
        return among_those(doc, m, before - 1);
    }
    plain_item_at(m, before)
}

/// "Tony Blair is among those who have called for an apology": who is among those who
/// did something did it. The subject of the "be" before "among" (token `among`), if an
/// item stands for it.
fn among_those(doc: &Doc, m: &Mentions, among: usize) -> Option<usize> {
    let toks = &doc.tokens;
    let be = among.checked_sub(1).filter(|&k| toks[k].lemma == "be")?;
    plain_item_at(m, be.checked_sub(1)?)
}

/// The item at token `k` if it can fill a subject and no preposition introduces it.
fn plain_item_at(m: &Mentions, k: usize) -> Option<usize> {
    m.item_at[k].filter(|&ii| usable(&m.items[ii]) && m.items[ii].pp.is_none())
}

/// "officers who overthrew the president have …": for a subject found at token `start`
/// inside a relative clause, the usable item just before "who", which is the subject.
fn relative_antecedent(
    doc: &Doc,
    m: &Mentions,
    start: usize,
    t: usize,
    si: usize,
) -> Option<usize> {
    let toks = &doc.tokens;
    let relative = (doc.sentences[si].tokens.start + 1..start)
        .rev()
        .find(|&w| {
            is("relative_pronoun", &toks[w].lower) && !(w + 1..t).any(|j| toks[j].lower == ",")
        })?;
    plain_item_at(m, relative - 1)
}

/// A nominal trigger's possessor, modifiers and the bodies named just before it ("the
/// troops' departure", "the French withdrawal", "the Opec meeting"; a place's name is where,
/// not who: "the London meeting", and the possessor may stand before it: "Mr Straw's China
/// trip"). A possessor of a common noun before it owns that noun, not the trigger: "his
/// party's conference" has no possessor the extractor tracks.
fn possessor_and_modifiers(
    doc: &Doc,
    m: &Mentions,
    t: usize,
    si: usize,
) -> (Option<usize>, Vec<usize>, Vec<usize>) {
    let toks = &doc.tokens;
    let s0 = doc.sentences[si].tokens.start;
    let mut possessor = None;
    let mut modifiers = Vec::new();
    let mut names = Vec::new();
    let mut k = t;
    let mut steps = 0;
    while k > s0 && steps < 4 {
        k -= 1;
        steps += 1;
        if let Some(ii) = m.item_at[k] {
            let it = &m.items[ii];
            let body = it.what == What::Entity
                && !it.actors.is_empty()
                && !it.is_place(m)
                && it.actors.iter().all(|&a| m.actors[a].kind != Kind::Group);
            if it.possessive {
                possessor = Some(ii);
            } else if it.what == What::Modifier || body {
                if body {
                    names.push(ii);
                } else {
                    modifiers.push(ii);
                }
                k = it.start;
                continue;
            } else if it.what == What::Entity && it.is_place(m) {
                // A place named before the noun says where, and the possessor may stand
                // before it: "Mr Straw's China trip".
                k = it.start;
                continue;
            }
            break;
        }
        // "his party's spring conference": a possessive mark on a noun no item covers
        // makes that noun the possessor, which names nobody the extractor tracks, and
        // what possesses it ("his") owns that noun, not the trigger.
        let possessed_noun = toks[k].tag == "POS" && k > s0 && m.item_at[k - 1].is_none();
        if possessed_noun
            || !matches!(
                toks[k].tag,
                "JJ" | "JJR" | "JJS" | "NN" | "POS" | "VBN" | "VBG" | "CD" | "HYPH"
            )
        {
            break;
        }
    }
    (possessor, modifiers, names)
}

/// The state named in the noun phrase a nominal trigger heads, before it and past only
/// adjectives and nouns ("the US trade embargo", "the UK arms ban"): an item
/// all of whose actors are polities.
fn state_before_noun(doc: &Doc, m: &Mentions, t: usize, si: usize) -> Option<usize> {
    let toks = &doc.tokens;
    let s0 = doc.sentences[si].tokens.start;
    let mut k = t;
    while k > s0 && t - k < 4 {
        k -= 1;
        if let Some(ii) = m.item_at[k] {
            let it = &m.items[ii];
            let state = !it.possessive
                && !it.actors.is_empty()
                && it.actors.iter().all(|&a| m.actors[a].kind.is_polity());
            return state.then_some(ii);
        }
        if !matches!(toks[k].tag, "JJ" | "NN" | "NNS" | "HYPH") {
            return None;
        }
    }
    None
}

/// An item inside a split verbal phrase is its object: "pull troops out", "bring them home".
fn split_object(m: &Mentions, t: usize, end: usize) -> Option<usize> {
    (t + 1..end)
        .find_map(|k| m.item_at[k])
        .filter(|&ii| usable(&m.items[ii]) && m.items[ii].pp.is_none())
}

/// The object (unless `object` is already known) and the prepositional phrases on the
/// right of a trigger ending at `end`, up to the next clause.
fn object_and_pps(
    doc: &Doc,
    m: &Mentions,
    (end, si): (usize, usize),
    mut object: Option<usize>,
    tree: &Tree,
) -> (Option<usize>, Vec<(String, usize)>) {
    let s_end = doc.sentences[si].tokens.end;
    let mut pps = Vec::new();
    let mut carried: Option<(String, usize)> = None;
    // The object is a person no item tracks, described by where they are from ("asked a
    // US banker to run its central bank"): no later name is.
    let mut untracked = false;
    let mut k = end;
    while k < s_end && !right_side_ends(doc, k, end, tree) {
        if let Some(ii) = m.item_at[k] {
            let it = &m.items[ii];
            if it.pp.is_none()
                && object.is_none()
                && super::mentions::origin_of_one_described(doc, m, it)
            {
                untracked = true;
                k = it.end;
                continue;
            }
            // A country's adjective on a group the text describes by it is the group's
            // origin ("with a Chinese carmaker": the carmaker, not China).
            // (The preposition that ends the trigger is none of its own: "called for".)
            let own_pp = it
                .pp
                .as_ref()
                .is_some_and(|p| !(it.start == end && doc.tokens[end - 1].lower == *p));
            if origin_of_the_next(doc, m, ii, own_pp) {
                // The name it is the origin of is in its phrase of partners ("with
                // Japanese rival Nissan Motor"); what another phrase holds may still be
                // the object ("buy 26% of Indian firm Hindustan Oil Exploration").
                let partner = |p: &String| is("pp_participant", p);
                carried = (it.pp.clone())
                    .filter(|p| own_pp && partner(p))
                    .map(|p| (p, it.end + 3));
                k = it.end;
                continue;
            }
            let carried_here = carried.take().filter(|(_, last)| it.start <= *last);
            // A noun phrase right before a finite verb is the subject of the next clause
            // ("… to leave in January, and Paris announced …"; "…, officials said").
            if it.pp.is_none() && doc.finite_verb_after(it.end, s_end) {
                break;
            }
            // A name set beside or joined to one in a phrase is in that phrase too ("in the
            // Nigerian capital, Abuja", "with European partners and Canada").
            let pp = (it.pp.clone())
                .or_else(|| carried_here.map(|(p, _)| p))
                .or_else(|| joined_to_a_phrase(m, tree, it, &pps));
            match pp {
                None if object.is_none() && !untracked && usable(it) => object = Some(ii),
                Some(p) if !it.possessive => pps.push((p, ii)),
                _ => {}
            }
            k = it.end;
            continue;
        }
        k += 1;
    }
    (object, pps)
}

/// The preposition of the phrase found before item `it` that `it` is set beside or joined
/// to: by the tree, its head word stands in apposition or coordination to the word of that
/// phrase's item or the noun the item modifies ("with European partners and Canada"); or,
/// read by the parser as a phrase of its own with no preposition, it follows that item
/// after a comma ("in the Nigerian capital, Abuja").
fn joined_to_a_phrase(
    m: &Mentions,
    tree: &Tree,
    it: &Item,
    pps: &[(String, usize)],
) -> Option<String> {
    let toks = tree.tokens();
    let top = tree.span_head(it.start, it.end);
    let (head, rel) = tree.arc(top);
    let h = head?;
    let bare = rel == "obl" && tree.dependents(top, "case").is_empty();
    let (p, jj) = pps.last()?;
    let last = &m.items[*jj];
    // The noun the phrase's item modifies, if any ("the Nigerian capital").
    let modified = (tree.arc(tree.span_head(last.start, last.end)).0).filter(|&n| n >= last.end);
    let joined = matches!(rel, "appos" | "conj")
        && ((last.start..last.end).contains(&h) || modified == Some(h));
    let phrase_end = modified.map_or(last.end, |n| n + 1);
    let beside =
        bare && it.start >= 1 && toks[it.start - 1].lower == "," && phrase_end == it.start - 1;
    (joined || beside).then(|| p.clone())
}

/// The verb that makes it take place (`realizing_verb`: hold, sign, seal …) whose object
/// the meeting or deal noun at `t` is, when it has a subject of its own, which holds or
/// makes it ("French suitor holds LSE meeting"; not "is attending the G7 meeting"), by
/// the tree.
fn held_by_its_subject(doc: &Doc, tree: &Tree, t: usize, ty: EventType) -> Option<usize> {
    let sides = matches!(ty, EventType::Meeting | EventType::Agreement);
    let realizes = |v: usize| is("realizing_verb", &doc.tokens[v].lemma.to_lowercase());
    match tree.arc(t) {
        (Some(v), "obj") if sides && realizes(v) => {
            (!tree.dependents(v, "nsubj").is_empty()).then_some(v)
        }
        _ => None,
    }
}

/// Whether item `ii` names only the country of the described group right after it ("a
/// Chinese carmaker", "two Indian airlines"): the group's own country, which it carries;
/// or the place of the person named right after it, or the body whose office the person
/// holds ("London mayor Ken Livingstone", "Citigroup vice chairman Stanley Fischer"): the
/// person heads the phrase, unless the item is in a phrase of its own (`own_pp`); or of the
/// body a name right after a noun of a body names, known or not (`organisation_noun`:
/// "Scottish firm Zolco", "with Scottish club Rangers").
fn origin_of_the_next(doc: &Doc, m: &Mentions, ii: usize, own_pp: bool) -> bool {
    let it = &m.items[ii];
    // An office may stand between a place and its holder's name ("London mayor Ken …",
    // "Leeds council leader Keith …").
    let titles = &Lexicon::get().titles;
    let office = |w: &Token| titles.may_start(&w.lower) || matches!(w.tag, "NN" | "NNS");
    let s_end = doc.sentences[it.sentence].tokens.end;
    let mut k = it.end;
    while k < s_end.min(it.end + 3) && m.item_at[k].is_none() && office(&doc.tokens[k]) {
        k += 1;
    }
    // A name right after a noun of a body names that body, whether the recognizer knew it
    // or not, and the place before says where it is from ("Scottish firm Zolco", "with
    // Scottish club Rangers").
    let body_noun = |w: &Token| w.is_noun() && is("organisation_noun", &w.lemma.to_lowercase());
    let named_body = (it.end + 1..=k.min(s_end - 1)).any(|j| {
        doc.tokens[j].is_capitalized()
            && body_noun(&doc.tokens[j - 1])
            && m.item_at[j].is_none_or(|jj| !m.items[jj].is_place(m))
    });
    let a_place = !it.actors.is_empty() && (it.actors.iter()).all(|&a| m.actors[a].kind.is_place());
    if a_place && named_body {
        return true;
    }
    let Some(jj) = (k < s_end).then(|| m.item_at[k]).flatten() else {
        return false;
    };
    let next = &m.items[jj];
    // A name the description of a group of people after it opens with is a word of that
    // description ("urged Labour supporters to vote"): the group is meant; not a body's
    // name the recognizer split ("the G7 Group"), nor a body's own people or organs, who
    // stand for it (`state_body_noun`: "met SEC officials").
    let text = doc.span_text(it.start, it.end);
    let describes = |g: usize| m.actors[g].label.starts_with(&format!("{text} "));
    let head = &doc.tokens[next.end - 1];
    let people = !body_noun(head) && !is("state_body_noun", &head.lower);
    if k == it.end && people && next.only_described(m) && next.actors.iter().any(|&g| describes(g))
    {
        return true;
    }
    let origin = |c: &str| (it.actors.iter()).all(|&x| m.actors[x].id.qid() == Some(c));
    let person = (next.actors.iter()).any(|&p| m.actors[p].kind == Kind::Person);
    jj != ii
        && !it.actors.is_empty()
        && (next.only_described(m)
            && (next.actors.iter()).any(|&g| m.actors[g].country.as_deref().is_some_and(origin))
            || (it.is_place(m) || k > it.end) && !own_pp && person)
}

/// Whether token `k`, right of a trigger ending at `end`, starts another clause: a clause
/// stop, a finite verb, an infinitive ("to seek"), a coordinated verb ("… to leave and
/// seek help from Russia"), a participle after a comma or a gerund a subordinator takes.
fn right_side_ends(doc: &Doc, k: usize, end: usize, tree: &Tree) -> bool {
    let toks = &doc.tokens;
    let next_tag = toks.get(k + 1).map(|n| n.tag);
    is_clause_stop(doc, k)
        || is_finite(doc, k)
        || (toks[k].lower == "to" && next_tag == Some("VB"))
        || (toks[k].tag == "CC"
            && next_tag.is_some_and(|t| matches!(t, "VB" | "VBD" | "VBZ" | "VBP" | "VBG")))
        || (toks[k].tag == "VBG" && k > end + 1 && toks[k - 1].lower == ",")
        // A participle on a noun after the trigger heads a clause whose object is its own:
        // "asking for details of Cabinet Office orders telling staff to delete e-mails"
        // (staff are told, not asked); not one on the trigger noun or the trigger verb's
        // object, which tells of the event itself ("signed a treaty in Niamey on Saturday
        // creating a confederation of their three countries").
        || (toks[k].tag == "VBG"
            && k > end
            && matches!(tree.arc(k), (Some(h), "acl")
                if toks[h].is_noun() && h + 1 != end && tree.arc(h) != (Some(end - 1), "obj")))
        // A gerund a subordinator takes heads a clause of its own, whose phrases are its
        // own: "will visit Kenya before chairing a meeting in Cape Town" (by the tree too:
        // not a participle on a noun).
        || (is("subordinator", &toks[k].lower)
            && next_tag == Some("VBG")
            && matches!(tree.arc(k + 1), (Some(_), "advcl" | "acl" | "ccomp" | "xcomp")))
}

/// The movers of an event: forces, or polities standing for their forces.
fn movers(m: &Mentions, items: &[usize]) -> (Vec<usize>, Vec<usize>) {
    let mut forces = Vec::new();
    let mut polities = Vec::new();
    for &ii in items {
        match m.items[ii].what {
            What::Force(f) => forces.push(f),
            What::Entity | What::Government => {
                for &a in &m.items[ii].actors {
                    if m.actors[a].kind.is_polity() || m.actors[a].kind == Kind::Capital {
                        polities.push(a);
                    }
                }
            }
            _ => {}
        }
    }
    (forces, polities)
}

/// The actors of items, each once, in order.
fn actors_of(m: &Mentions, items: &[usize]) -> Vec<usize> {
    let mut v: Vec<usize> = items
        .iter()
        .flat_map(|&ii| m.items[ii].actors.iter().copied())
        .collect();
    super::mentions::dedup(&mut v);
    v
}

/// The actors of the items that are places.
fn places_of(m: &Mentions, items: &[usize]) -> Vec<usize> {
    items
        .iter()
        .filter(|&&ii| m.items[ii].is_place(m))
        .flat_map(|&ii| m.items[ii].actors.iter().copied())
        .collect()
}

/// A matched trigger in its document: tokens `t..end` of sentence `si`. What every step of
/// building its event reads.
struct Site<'a> {
    doc: &'a Doc,
    trig: &'static Trigger,
    t: usize,
    end: usize,
    si: usize,
}

/// The items filling an event's roles, before they become actors and places.
#[derive(Default)]
struct Roles {
    agents: Vec<usize>,
    movers: Vec<usize>,
    affected: Vec<usize>,
    origin: Vec<usize>,
    destination: Vec<usize>,
    location: Vec<usize>,
    participants: Vec<usize>,
}

/// The agents of a noun event a support verb takes as its object, read from the
/// sentence's tree: the verb's subject and the subjects joined to it ("Venezuela and China
/// sign oil deal", "the G20 held talks", "Russia imposed sanctions"), its "by" phrase when the
/// event is the passive subject ("the deal was signed by both firms"), or the subject of the
/// verb it completes ("agreed to sign a deal"), or the "by" phrase of a support verb's
/// participle on the noun ("a summit hosted by Britain"). Who wins, loses, fights or contests an
/// election (word class `contest_verb`) is its agent too. A gathering is also attended by
/// the subject of any clause it is the "at" phrase of ("explained his reasons at a
/// meeting", word class `attended_at`; or the noun such a phrase describes: "EU leaders at
/// a summit"), and a bare event noun after "in" tells how the
/// subject of its clause acted ("MacDonald resigned in protest"). Who acts in, under or as
/// part of an agreement (word class `deal_frame`: "will supply 50 planes in a deal worth
/// $6bn") is a party to it, who is somewhere on or during a visit, or acts after or before
/// one (`visit_frame`: "Mr Snow, who is in Dublin at the start of a visit", "failed to
/// return after a trip") makes it, and who is in talks
/// (`meeting_frame`) takes part in them: also through a `frame_part` noun, as the subject
/// of the noun itself ("ONGC is in talks") or as the name it hangs on in a headline ("India
/// and Iran in gas deal"). Items that name actors, possessors and modifiers left out.
fn support_verb_agents(
    doc: &Doc,
    m: &Mentions,
    (t, si): (usize, usize),
    ty: EventType,
    tree: &Tree,
) -> Vec<usize> {
    let toks = &doc.tokens;
    let range = doc.sentences[si].tokens.clone();
    let f = frames_of(doc, tree, (t, si), ty);
    let framing = |k: usize| f.frames(&toks[k].lower);
    let supports = |k: usize| supports_event(&toks[..range.end], k, ty);
    // "He is on hunger strike", "will remain on strike": who is on it strikes.
    if let Some((h, ..)) = (ty == EventType::Protest)
        .then(|| on_protest(doc, tree, t))
        .flatten()
    {
        return subject_items(m, tree, support_subjects(m, tree, h, "nsubj", ty));
    }
    // "blocked the road in protest", "went on strike": the act done in protest is its
    // subject's, however low the parser hung the phrase.
    if let Some(h) = (ty == EventType::Protest)
        .then(|| in_protest_of(doc, tree, t))
        .flatten()
    {
        return subject_items(m, tree, support_subjects(m, tree, h, "nsubj", ty));
    }
    // No support verb in the sentence, no gathering attended, nothing done in an event: no
    // need to parse it.
    if !f.any() && !range.clone().any(supports) {
        return Vec::new();
    }
    let hosts = hosted_by(m, tree, t, &supports);
    if !hosts.is_empty() {
        return hosts;
    }
    // "the first deal that Iraq has signed", "the talks Germany held with Iran": the
    // event is the object a relative clause's support verb leaves out.
    let relative =
        (tree.dependents(t, "acl:relcl").into_iter()).find(|&v| supports(v) && object_gap(tree, v));
    if let Some(v) = relative {
        let signers = subject_items(m, tree, support_subjects(m, tree, v, "nsubj", ty));
        if !signers.is_empty() {
            return signers;
        }
    }
    // "ONGC is in talks", "India and Iran in gas export deal": the subject of the noun
    // itself as predicate, or the name it hangs on in a headline with no verb.
    if f.framed && tree.dependents(t, "case").iter().any(|&c| framing(c)) {
        let named = match tree.arc(t) {
            // "are in talks", or the headline's "Labour and the Lib Dems in talks".
            (_, rel) if rel == "root" || !tree.dependents(t, "cop").is_empty() => {
                tree.dependents(t, "nsubj")
            }
            (Some(h), "nmod") if m.item_at[h].is_some() && !toks[h].is_verb() => vec![h],
            _ => Vec::new(),
        };
        if !named.is_empty() {
            return subject_items(m, tree, named);
        }
    }
    // Through "part", "start" or "end" of it (word class `frame_part`) to the clause.
    let (mut top, (Some(mut h), mut rel)) = (t, tree.arc(t)) else {
        return Vec::new();
    };
    let through_part =
        f.framed && rel.starts_with("nmod") && is("frame_part", &toks[h].lemma.to_lowercase());
    if through_part {
        top = h;
        let (Some(g), r) = tree.arc(h) else {
            return Vec::new();
        };
        (h, rel) = (g, r);
    }
    let at = || {
        tree.dependents(t, "case")
            .iter()
            .any(|&c| is("attended_at", &toks[c].lower))
    };
    // "EU leaders at a summit in Lisbon pledged": who the gathering's "at" phrase describes
    // attends it.
    if f.attended && rel == "nmod" && at() && toks[h].is_noun() && m.item_at[h].is_some() {
        return subject_items(m, tree, vec![h]);
    }
    // "Mr Baume was never present at meetings between himself and the prime minister",
    // "was not at the summit": who is said not to be at a gathering takes no part in it.
    if f.attended && at() && (negated_in_tree(tree, t) || negated_in_tree(tree, h)) {
        return Vec::new();
    }
    let Some(subject_rel) =
        subject_relation(tree, (t, h, rel), (top, through_part), (ty, &f), &supports)
    else {
        return Vec::new();
    };
    let subjects = support_subjects(m, tree, h, subject_rel, ty);
    subject_items(m, tree, subjects)
}

/// The frames in which the subject of a clause takes part in event noun `t` of type `ty`
/// without a support verb ([`support_verb_agents`]).
struct Frames {
    /// A gathering after a word of attending ("at a meeting").
    attended: bool,
    /// A bare event noun after "in" ("resigned in protest").
    in_bare: bool,
    /// The frame class of the type (`deal_frame`, `visit_frame`, `meeting_frame`).
    class: Option<&'static str>,
    /// A word of that class, or "as", before the noun.
    framed: bool,
    /// Talks with a partner after or before which the clause acted.
    partnered: bool,
    /// A journey for a gathering, visit or protest.
    journeyed: bool,
}

impl Frames {
    /// Whether any frame holds.
    fn any(&self) -> bool {
        self.attended || self.in_bare || self.framed || self.partnered || self.journeyed
    }

    /// Whether `word` (in lower case) is one of the type's frame class ("in", "under").
    fn frames(&self, word: &str) -> bool {
        self.class.is_some_and(|c| is(c, word))
    }
}

/// Reads the [`Frames`] of event noun `t` in sentence `si`.
fn frames_of(doc: &Doc, tree: &Tree, (t, si): (usize, usize), ty: EventType) -> Frames {
    let toks = &doc.tokens;
    let range = doc.sentences[si].tokens.clone();
    let attended = ty == EventType::Meeting
        && t > range.start
        && (range.start..t).any(|k| is("attended_at", &toks[k].lower));
    // "resigned in protest": a bare event noun after "in" tells how its clause's subject
    // acted.
    let in_bare = t > range.start && toks[t - 1].lower == "in" && toks[t].tag == "NN";
    // "Boeing will supply 50 planes in a deal worth $6bn", "under a deal with the union,
    // the firm will pay", "pleaded guilty as part of an agreement": who acts in or under
    // an agreement is a party to it; "Mr Snow, in Dublin at the start of a visit", "on a
    // visit to Beijing, Mr Blair said": who is somewhere on a visit makes it.
    let class = frame_class_of(ty);
    let framing = |k: usize| class.is_some_and(|c| is(c, &toks[k].lower));
    let framed = class.is_some() && (range.start..t).any(|k| framing(k) || toks[k].lower == "as");
    // "announced the plan after talks with union leaders": talks with a partner, after or
    // before which the clause's subject acted, were the subject's own.
    let partnered = ty == EventType::Meeting
        && (range.start..t).any(|k| is("temporal_preposition", &toks[k].lower))
        && (t..range.end).any(|k| toks[k].lower == "with");
    // "flew to Delhi for talks", "leaders gathered in Brussels for a summit": who goes
    // somewhere for a gathering, visit or protest takes part in it.
    let journeyed = matches!(
        ty,
        EventType::Meeting | EventType::Visit | EventType::Protest
    ) && journey_for(doc, tree, t).is_some();
    Frames {
        attended,
        in_bare,
        class,
        framed,
        partnered,
        journeyed,
    }
}

/// The relation by which clause head `h` takes the agents of event noun `t`, which hangs on
/// it by `rel` (through `top`, the `frame_part` noun it is part of, when `through_part`);
/// none when the clause names none ([`support_verb_agents`]).
fn subject_relation(
    tree: &Tree,
    (t, h, rel): (usize, usize, &str),
    (top, through_part): (usize, bool),
    (ty, f): (EventType, &Frames),
    supports: &dyn Fn(usize) -> bool,
) -> Option<&'static str> {
    let toks = tree.tokens();
    let framing = |k: usize| f.frames(&toks[k].lower);
    let at = || {
        tree.dependents(t, "case")
            .iter()
            .any(|&c| is("attended_at", &toks[c].lower))
    };
    let in_frame = || {
        tree.dependents(top, "case")
            .iter()
            .any(|&c| framing(c) || (through_part && toks[c].lower == "as"))
    };
    // A verb, or a predicate with a copula ("is in Dublin on a visit").
    let clause = |h: usize| toks[h].is_verb() || !tree.dependents(h, "cop").is_empty();
    let subject_rel = match rel {
        // "he will not contest the next general election": who does not contest or fight
        // an election takes no part in it (`standing_verb`; "could not win it" still does).
        "obj"
            if ty == EventType::Election
                && is("standing_verb", &toks[h].lemma.to_lowercase())
                && negated_in_tree(tree, h) =>
        {
            return None
        }
        // "told the conference in Chicago that …": one who speaks to a gathering speaks
        // at it.
        "obj" | "iobj" if supports(h) && !causes_a_state(tree, h, t) => "nsubj",
        "nsubj:pass" if supports(h) => "obl:agent",
        // "has refused to sign up to the Kyoto treaty": a phrasal support verb takes the
        // agreement it joins by a preposition.
        "obl"
            if ty == EventType::Agreement
                && supports(h)
                && !tree.dependents(h, "compound:prt").is_empty() =>
        {
            "nsubj"
        }
        "obl" if f.attended && toks[h].is_verb() && at() => "nsubj",
        "obl" if f.journeyed => "nsubj",
        "obl" if f.in_bare && toks[h].is_verb() && tree.dependents(t, "det").is_empty() => "nsubj",
        // "has been locked in talks": a passive's subject is the one in them.
        "obl" | "nmod" if f.framed && in_frame() && clause(h) => {
            let passive = tree.dependents(h, "nsubj").is_empty()
                && !tree.dependents(h, "nsubj:pass").is_empty();
            if passive {
                "nsubj:pass"
            } else {
                "nsubj"
            }
        }
        "obl" if f.partnered && toks[h].is_verb() && with_a_partner(tree, t) => {
            if tree.dependents(h, "nsubj:pass").is_empty() {
                "nsubj"
            } else {
                "obl:agent"
            }
        }
        _ => return None,
    };
    Some(subject_rel)
}

/// Whether gathering noun `t` is the object of a verb of speaking to it (word class
/// `speaking_to_verb`: "Gordon Brown has addressed the conference", "told the rally"):
/// who speaks at a gathering takes part in it and holds it no more than any speaker.
fn spoken_to(doc: &Doc, tree: &Tree, t: usize) -> bool {
    matches!(tree.arc(t), (Some(h), "obj" | "iobj")
        if doc.tokens[h].is_verb() && is("speaking_to_verb", &doc.tokens[h].lemma.to_lowercase()))
}

/// Whether gathering noun `t`, which the clause's subject only speaks to (word class
/// `addressing_verb`: "told his party's conference"), attends (`attendance_verb`) or is at
/// (`attended_at`: "told reporters at the party conference"), is owned by a body a singular
/// common noun names as its possessor or modifier (word class `group_noun`: "his party's
/// spring conference", "a union conference"): that body holds it, and the subject only
/// takes part. People named by a plural ("an investors' conference") attend it; who chairs
/// or hosts it holds it whoever owns it. A noun that stands for a body the article named
/// is an item, which makes the body the gathering's agent before this is asked.
fn held_by_an_untracked_body(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    let body = |k: usize| {
        toks[k].tag == "NN" && !toks[k].is_capitalized() && is("group_noun", &toks[k].lower)
    };
    let owned = (tree.dependents(t, "nmod:poss").into_iter())
        .chain(tree.dependents(t, "compound"))
        .any(body);
    let at = (tree.dependents(t, "case").iter()).any(|&c| is("attended_at", &toks[c].lower));
    let spoken_to = match tree.arc(t) {
        (Some(h), "obj" | "iobj") => {
            let lemma = toks[h].lemma.to_lowercase();
            is("addressing_verb", &lemma) || is("attendance_verb", &lemma)
        }
        _ => false,
    };
    owned && (at || spoken_to)
}

/// Whether item `it` stands in the "of" phrase of gathering noun `t` by the tree ("a
/// meeting of the Bank of England", "a meeting of G7 finance ministers", "the conference
/// of his party, the Respect Coalition", "a meeting of the ministers of all 25 EU
/// members"), not in a phrase of another preposition ("talks with finance ministers of
/// the G8").
fn of_the_gathering(tree: &Tree, it: &Item, t: usize) -> bool {
    let mut h = tree.span_head(it.start, it.end);
    for _ in 0..5 {
        match tree.arc(h) {
            (Some(x), rel) if x == t => {
                return rel.starts_with("nmod") && tree.has_dependent_word(h, "case", "of");
            }
            (Some(x), rel)
                if rel.starts_with("nmod")
                    || matches!(rel, "compound" | "amod" | "flat" | "appos") =>
            {
                h = x
            }
            _ => return false,
        }
    }
    false
}

/// "was ordered to pay a fine", "faces sanctions": whether event noun `t` is the object of
/// a verb whose subject bears it (word class `incur_verb`), its target, not who imposes it.
fn incurred(doc: &Doc, tree: &Tree, t: usize) -> bool {
    matches!(tree.arc(t), (Some(h), "obj")
        if is("incur_verb", &doc.tokens[h].lemma.to_lowercase()))
}

/// For a sanction noun `t` a verb of paying takes as object, when that verb is the
/// infinitive of another that puts it on someone ("ordered the firm to pay a fine", "was
/// ordered to pay a fine by the court"), by the tree: who puts it (the verb's subject, or
/// its "by" phrase in the passive) and on whom (its object, or its passive subject).
fn ordered_to_pay(tree: &Tree, t: usize) -> Option<(Vec<usize>, Vec<usize>)> {
    let (Some(p), "obj") = tree.arc(t) else {
        return None;
    };
    let (Some(o), "xcomp") = tree.arc(p) else {
        return None;
    };
    let passive = !tree.dependents(o, "nsubj:pass").is_empty();
    let (imposers, payers) = match passive {
        true => (
            tree.dependents(o, "obl:agent"),
            tree.dependents(o, "nsubj:pass"),
        ),
        false => (tree.dependents(o, "nsubj"), tree.dependents(o, "obj")),
    };
    (!payers.is_empty()).then_some((imposers, payers))
}

/// The word class of the words that put an actor in an event of type `ty` ("in a deal",
/// "on a visit", "in talks").
fn frame_class_of(ty: EventType) -> Option<&'static str> {
    match ty {
        EventType::Agreement => Some("deal_frame"),
        EventType::Visit => Some("visit_frame"),
        EventType::Meeting => Some("meeting_frame"),
        _ => None,
    }
}

/// The verb of the clause a bare event noun after "in" or "on" tells the manner of
/// ("resigned in protest", "blocked the road in protest at the plans", "is to ballot
/// members on strikes in protest", "went on strike"): the noun has no determiner, and the
/// phrase, wherever the parser hung it in the clause's noun phrases, is the clause's.
fn in_protest_of(doc: &Doc, tree: &Tree, t: usize) -> Option<usize> {
    let toks = &doc.tokens;
    let bare = t > 0 && matches!(toks[t - 1].lower.as_str(), "in" | "on") && toks[t].tag == "NN";
    if !bare || !tree.is_clause() || !tree.dependents(t, "det").is_empty() {
        return None;
    }
    let mut h = t;
    for _ in 0..4 {
        let (Some(g), rel) = tree.arc(h) else {
            return None;
        };
        if !matches!(rel, "obl" | "nmod" | "obj") {
            return None;
        }
        if toks[g].is_verb() {
            return Some(g);
        }
        h = g;
    }
    None
}

/// A protest its clause's subject is "on" ("He is on hunger strike", "has been on strike
/// for a week", "will remain on strike"): the head of the clause that says so (the noun
/// itself as the predicate of a copula, or a verb of remaining it is the "on" phrase of,
/// word class `remaining_verb`), with the protest's status and tense rank. Being on it now
/// or since a time before, or remaining on it from now on, is being on it now (under way);
/// having been on it in the past is done; being on it only in the future is planned, and
/// under another modal possible.
fn on_protest(doc: &Doc, tree: &Tree, t: usize) -> Option<(usize, Status, i8)> {
    let toks = &doc.tokens;
    let bare = (tree.dependents(t, "det").iter()).all(|&d| toks[d].lower == "a");
    if !tree.is_clause() || !bare || !tree.has_dependent_word(t, "case", "on") {
        return None;
    }
    let cop = tree.dependents(t, "cop").into_iter().next();
    let h = match (cop, tree.arc(t)) {
        (Some(_), _) => t,
        (None, (Some(h), "obl" | "xcomp"))
            if is("remaining_verb", &toks[h].lemma.to_lowercase()) =>
        {
            h
        }
        _ => return None,
    };
    let finite = cop.unwrap_or(h);
    let modal = (tree.dependents(h, "aux").into_iter()).find(|&k| toks[k].tag == "MD");
    let perfect = has_present_have(tree, h);
    Some(match modal {
        Some(k) if !is("future_modal", &toks[k].lower) || toks[k].lower == "would" => {
            (h, Status::Hypothetical, 1)
        }
        Some(_) if cop.is_some() => (h, Status::Planned, 1),
        _ if toks[finite].tag == "VBD" || !perfect && toks[finite].tag == "VBN" => {
            (h, Status::Completed, -1)
        }
        _ => (h, Status::UnderWay, 0),
    })
}

/// Whether relative clause `h` leaves out its object: a relative pronoun is its object
/// ("that Iraq has signed") or it has none ("Germany held"), and a subject of its own
/// that is no relative pronoun ("the deal that gave the state the assets" has none).
fn object_gap(tree: &Tree, h: usize) -> bool {
    let toks = tree.tokens();
    let relative = |k: &usize| matches!(toks[*k].tag, "WDT" | "WP");
    let objects = tree.dependents(h, "obj");
    let subjects = tree.dependents(h, "nsubj");
    (objects.is_empty() || objects.iter().all(relative))
        && !subjects.is_empty()
        && !subjects.iter().any(relative)
}

/// The subjects of support verb (or clause) `h` by relation `subject_rel` (`nsubj`, or
/// `obl:agent` for a passive), for [`support_verb_agents`].
fn support_subjects(
    m: &Mentions,
    tree: &Tree,
    mut h: usize,
    subject_rel: &str,
    ty: EventType,
) -> Vec<usize> {
    let toks = tree.tokens();
    let mut subjects = tree.dependents(h, subject_rel);
    if subject_rel == "nsubj" {
        // "Boeing is to supply …": with a copula the subject is `nsubj:outer`.
        subjects.extend(tree.dependents(h, "nsubj:outer"));
    }
    if subjects.is_empty() && subject_rel == "nsubj" {
        if let (Some(_), "xcomp") = tree.arc(h) {
            // "agreed to sign a deal"; raised or controlled through a passive, the passive
            // subject signs ("he is expected to strike a pact", "she is set to sign it").
            while let (Some(g), "xcomp") = tree.arc(h) {
                h = g;
                subjects = ["nsubj", "nsubj:pass"]
                    .iter()
                    .flat_map(|rel| tree.dependents(h, rel))
                    .collect();
                if !subjects.is_empty() {
                    break;
                }
            }
        } else if toks[h].is_verb() {
            // One a participle clause before it took in ("Before visiting Israel, Mr Blair
            // made a surprise visit"), or one the parser left in the "of" phrase before a
            // gerund ("of the Conservatives winning a general election").
            subjects.extend(tree.swallowed_subject(h));
            subjects.extend(tree.subject_before_gerund(h));
        }
        // "pleaded guilty and appeared as a witness as part of an agreement", "took charge,
        // chairing a meeting": the subject the tree gives a verb right after "and" or a
        // comma, joined to another, or a participle (not a contestant's: who wins or fights
        // an election in such a clause is too often no one named).
        let joined = tree.arc(h).1 == "conj" && matches!(toks[h - 1].lower.as_str(), "and" | ",");
        let inherits = joined || toks[h].tag == "VBG";
        if subjects.is_empty() && inherits && ty != EventType::Election {
            subjects = tree
                .subject_of(h, |k| m.item_at[k].is_some())
                .unwrap_or_default();
        }
    }
    // "Mr Snow, who is in Dublin on a visit": the relative pronoun's noun.
    if let (Some(n), "acl:relcl") = tree.arc(h) {
        for k in &mut subjects {
            if matches!(toks[*k].tag, "WP" | "WDT") {
                *k = n;
            }
        }
    }
    subjects
}

/// "made the election a celebration", "made the deal possible": whether verb `h` has a
/// second predicate of its object, noun `t`, after it; such a verb causes a state and does
/// not carry out the event.
fn causes_a_state(tree: &Tree, h: usize, t: usize) -> bool {
    let toks = tree.tokens();
    (tree.dependents(h, "obj").into_iter())
        .chain(tree.dependents(h, "xcomp"))
        .any(|x| x > t && (toks[x].is_noun() || toks[x].tag.starts_with("JJ")))
}

/// "a summit hosted by Britain", "the deal signed by both firms": the items of the "by"
/// phrase of a support verb's participle on noun `t` (the parser labels some "with"
/// phrases agents too: "a deal signed with the Taliban" names a partner, not who signed).
fn hosted_by(m: &Mentions, tree: &Tree, t: usize, supports: &dyn Fn(usize) -> bool) -> Vec<usize> {
    let toks = tree.tokens();
    let by: Vec<usize> = (tree.dependents(t, "acl").into_iter())
        .filter(|&v| supports(v) && toks[v].tag == "VBN")
        .flat_map(|v| tree.dependents(v, "obl:agent"))
        .filter(|&b| tree.has_dependent_word(b, "case", "by"))
        .collect();
    subject_items(m, tree, by)
}

/// The items of subjects `subjects` and of the names joined to them ("Venezuela and
/// China"): those that name actors, possessors and modifiers left out.
fn subject_items(m: &Mentions, tree: &Tree, subjects: Vec<usize>) -> Vec<usize> {
    let joined: Vec<usize> = subjects
        .iter()
        .flat_map(|&k| tree.dependents(k, "conj"))
        .collect();
    // A head that names no actor stands for the name set flat or in apposition under it
    // ("budget airline Ryanair", "chief executive Clara Furse"), and one who speaks for a
    // body for the body, which acts though only a modifier or possessor there ("a UKIP
    // spokesman"): each token with whether it is such a body.
    let names = |k: usize| -> Vec<(usize, bool)> {
        let named = m.item_at[k].is_some_and(|ii| !m.items[ii].actors.is_empty());
        if named {
            return vec![(k, false)];
        }
        let mut under: Vec<(usize, bool)> = (tree.dependents(k, "flat").into_iter())
            .chain(tree.dependents(k, "appos"))
            .map(|j| (j, false))
            .collect();
        under.extend(tree.body_spoken_for(k).into_iter().map(|j| (j, true)));
        under.push((k, false));
        under
    };
    let mut items: Vec<usize> = subjects
        .into_iter()
        .chain(joined)
        .flat_map(names)
        .filter_map(|(k, body)| m.item_at[k].map(|ii| (ii, body)))
        .filter(|&(ii, body)| (body || usable(&m.items[ii])) && !m.items[ii].actors.is_empty())
        .map(|(ii, _)| ii)
        .collect();
    items.dedup();
    items
}

/// Whether meeting trigger `t` is told by a verb whose subject is its venue or host
/// ([`hosting_verb`]).
fn hosted_at_venue(doc: &Doc, tree: &Tree, t: usize, verb: bool) -> bool {
    hosting_verb(doc, tree, t, verb).is_some()
}

/// The verb whose subject is the venue or host of meeting trigger `t` (word class
/// `venue_verb`): the trigger itself ("Bournemouth hosted the event"), the verb that takes
/// it as object ("Bournemouth hosted the conference") or as passive subject ("Tuesday's
/// meeting is being hosted by Tony Blair"), or a participle on it ("the summit hosted by
/// Italy").
fn hosting_verb(doc: &Doc, tree: &Tree, t: usize, verb: bool) -> Option<usize> {
    let venue = |k: &usize| is("venue_verb", &doc.tokens[*k].lemma.to_lowercase());
    if verb {
        return Some(t).filter(venue);
    }
    let by_participle =
        (tree.dependents(t, "acl").into_iter()).find(|k| doc.tokens[*k].tag == "VBN" && venue(k));
    by_participle.or(match tree.arc(t) {
        (Some(h), "obj" | "nsubj:pass") if doc.tokens[h].is_verb() && venue(&h) => Some(h),
        _ => None,
    })
}

/// The one country the host of meeting `e` (trigger token `t`) is at home in, when a verb
/// of hosting ([`hosting_verb`]) tells who: its subject ("Blair will host the meeting")
/// or, in the passive, its "by" phrase ("the meeting is being hosted by Tony Blair"); none
/// for a host of no known country or several.
fn host_country(doc: &Doc, m: &mut Mentions, tree: &Tree, e: &Event, t: usize) -> Option<usize> {
    let h = hosting_verb(doc, tree, t, e.cues.contains(&Cue::Verb))?;
    let passive = doc.tokens[h].tag == "VBN" && tree.dependents(h, "aux").is_empty()
        || !tree.dependents(h, "aux:pass").is_empty();
    let rel = if passive { "obl:agent" } else { "nsubj" };
    let actors: Vec<usize> = (tree.dependents(h, rel).into_iter())
        .filter_map(|k| m.item_at[k])
        .flat_map(|ii| m.items[ii].actors.clone())
        .collect();
    let mut homes: Vec<usize> = actors.iter().filter_map(|&a| m.country_of(a)).collect();
    super::mentions::dedup(&mut homes);
    match homes[..] {
        [c] => Some(c),
        _ => None,
    }
}

/// The place a relative clause of place on it names, when trigger `t` is told in one
/// ("flying from the United States, where he met President Bush", "Ghana, where talks
/// were held"): the clause's event happens there.
fn where_antecedent(m: &Mentions, tree: &Tree, t: usize) -> Option<usize> {
    let n = relative_clause_of_place(tree, t)?;
    m.item_at[n].filter(|&ii| m.items[ii].is_place(m))
}

/// The noun the relative clause of place that trigger `t` is told in hangs on ("…, where
/// he met Bush"): by the tree, or, where the parser hung the clause on the verb before it,
/// the noun right before the comma and "where".
fn relative_clause_of_place(tree: &Tree, t: usize) -> Option<usize> {
    let toks = tree.tokens();
    let c = tree.clause_of(t);
    let w = (tree.dependents(c, "advmod").into_iter()).find(|&k| toks[k].lower == "where")?;
    match tree.arc(c) {
        (Some(n), "acl:relcl") => Some(n),
        _ if w >= 2 && toks[w - 1].lower == "," && toks[w - 2].is_noun() => Some(w - 2),
        _ => None,
    }
}

/// Whether item `it` lies in what the demand at `t` asks for: under the verb's object,
/// its clausal complement or its "for" phrase ("called for talks between unions and the
/// government", "ordered all contracts with foreign firms to be examined"); those it names
/// there take part in the thing asked, not in the asking ("ordered the pullout in
/// coordination with European allies" does).
fn of_the_thing_asked(tree: &Tree, t: usize, it: &Item) -> bool {
    if !tree.is_clause() {
        return false;
    }
    let asked: Vec<usize> = (["obj", "xcomp", "ccomp"].iter())
        .flat_map(|r| tree.dependents(t, r))
        .chain(
            (tree.dependents(t, "obl").into_iter())
                .filter(|&o| tree.has_dependent_word(o, "case", "for")),
        )
        .collect();
    (it.start..it.end).any(|k| asked.iter().any(|&h| tree.is_under(k, h)))
}

/// Moves the agents that name a town ([`names_a_city`]) to the location, and out of the
/// participants: a venue does not attend.
fn venues_are_locations(m: &Mentions, roles: &mut Roles) {
    let (venues, agents) = std::mem::take(&mut roles.agents)
        .into_iter()
        .partition(|&ii| names_a_city(m, ii));
    roles.agents = agents;
    roles.location.extend(venues);
    roles.participants.retain(|ii| !roles.location.contains(ii));
}

/// Whether item `ii` names a body the recognizer guessed whose name the city table knows
/// as a town's ("Bournemouth": a town and its football club).
fn names_a_city(m: &Mentions, ii: usize) -> bool {
    let actors = &m.items[ii].actors;
    !actors.is_empty()
        && actors.iter().all(|&x| {
            let a = &m.actors[x];
            a.kind == Kind::Organization
                && matches!(a.id, ActorId::Local(_))
                && CityCountries::get().country(&a.label).is_some()
        })
}

/// Event types whose movers are forces: withdrawals, arrivals, deployments.
fn moves(ty: EventType) -> bool {
    matches!(
        ty,
        EventType::Withdrawal | EventType::Arrival | EventType::Deployment
    )
}

/// Builds the event of a matched trigger: none when its context says it is no event (a
/// state, an adjective, a question, a force left behind) or its need is not met.
fn build_event(
    doc: &Doc,
    m: &mut Mentions,
    lex: &Lexicon,
    trig: &'static Trigger,
    span: Range<usize>,
    si: usize,
    tree: &Tree,
) -> Option<Event> {
    let (t, end) = (span.start, span.end);
    let site = Site {
        doc,
        trig,
        t,
        end,
        si,
    };
    // Needs the words alone decide are read before any rule parses the sentence.
    let np_object = site.np_object(m);
    if !site.need_met_by_words(m, np_object, tree) || site.is_state_or_modifier(m, tree) {
        return None;
    }
    if site.is_no_event(m, np_object, tree) {
        return None;
    }
    let a = read_args(doc, m, t, end, si, trig.verb, tree);
    if site.leaves_force_behind(m, &a) {
        return None;
    }
    let mut roles = site.roles(m, &a);
    // "protests against the war in Iraq": a place in what the event is about is not its own.
    if topics_elsewhere(trig.event_type) && tree.is_clause() {
        let items = &m.items;
        (roles.location)
            .retain(|&ii| !topical(tree, tree.span_head(items[ii].start, items[ii].end), t));
    }
    if !trig.verb {
        agents_of_a_noun(doc, m, (t, si), trig.event_type, &a, &mut roles, tree);
    }
    if !trig.verb && trig.event_type == EventType::Sanction && incurred(doc, tree, t) {
        let payers = std::mem::take(&mut roles.agents);
        // "A court ordered the firm to pay a fine": who orders it paid imposes it, on
        // whom the order is put.
        match ordered_to_pay(tree, t) {
            Some((imposers, payers)) => {
                roles.agents = subject_items(m, tree, imposers);
                roles.affected.extend(subject_items(m, tree, payers));
            }
            None => roles.affected.extend(payers),
        }
    }
    if trig.event_type == EventType::Meeting && hosted_at_venue(doc, tree, t, trig.verb) {
        venues_are_locations(m, &mut roles);
    }
    if trig.event_type == EventType::Demand {
        roles
            .participants
            .retain(|&ii| !of_the_thing_asked(tree, t, &m.items[ii]));
    }
    if roles.location.is_empty() && roles.destination.is_empty() && !moves(trig.event_type) {
        roles.location.extend(where_antecedent(m, tree, t));
    }
    let has_place = [&roles.origin, &roles.destination, &roles.location]
        .iter()
        .any(|items| !places_of(m, items).is_empty());
    let (status, rank, status_word) = status_and_rank(doc, lex, (t, si), trig, tree);
    let forces = site.forces(m, &a, &roles, status, has_place, np_object);
    let status = site.obligation(status, &forces);
    if !site.need_met(m, &a, &forces, has_place, np_object, tree) {
        return None;
    }
    let mut affected = actors_of(m, &roles.affected);
    let mut agents = event_agents(m, &roles.agents, &forces, trig.event_type);
    // "It suspended flights to Saudi Arabia" (it: British Airways): a firm that suspends,
    // freezes or restricts what it runs imposes no measure on anyone.
    let by_firms =
        !agents.is_empty() && (agents.iter()).all(|&a| m.actors[a].kind == Kind::Organization);
    if matches!(trig.need, Need::Measure) && by_firms {
        return None;
    }
    part_agents_and_affected(doc, m, &roles, &mut agents, &mut affected);
    let cues = site.cues(m, &roles, &forces, status_word);
    Some(Event {
        event_type: trig.event_type,
        sentence: si,
        trigger_start: doc.tokens[t].start,
        trigger_end: doc.tokens[end - 1].end,
        trigger: doc.span_text(t, end).to_string(),
        status,
        agents,
        forces,
        affected,
        participants: actors_of(m, &roles.participants),
        location: places_of(m, &roles.location),
        origin: places_of(m, &roles.origin),
        destination: places_of(m, &roles.destination),
        countries: Vec::new(),
        when: None,
        rank,
        attribution: None,
        after: Vec::new(),
        mentions: Vec::new(),
        cues,
        confidence: 0.0,
    })
}

/// Who holds, makes or takes part in event noun `t` of type `ty`, beyond its own
/// modifiers: the subject of a support verb over an adjective of origin on the noun, the
/// other side of a gathering or deal the subject of a support verb holds, or, with no agent
/// of its own, the support verb's subject or the body a gathering is "of".
fn agents_of_a_noun(
    doc: &Doc,
    m: &Mentions,
    (t, si): (usize, usize),
    ty: EventType,
    a: &Args,
    roles: &mut Roles,
    tree: &Tree,
) {
    // "UK bank seals South Korean deal", "the UN held a Syrian peace conference": who
    // carries out the noun's event by a support verb outranks an adjective of origin on it.
    let by_adjective = a.possessor.is_none()
        && !roles.agents.is_empty()
        && roles.agents.iter().all(|x| a.modifiers.contains(x));
    if by_adjective {
        let supported = support_verb_agents(doc, m, (t, si), ty, tree);
        if !supported.is_empty() {
            roles.agents = supported;
        }
    }
    // "French suitor holds LSE meeting": a body named on a gathering or a deal that the
    // subject of a support verb holds or makes is the other side of it.
    if let Some(v) = (!roles.agents.is_empty())
        .then(|| held_by_its_subject(doc, tree, t, ty))
        .flatten()
    {
        let on_the_noun = |ii: usize| m.items[ii].start > v && m.items[ii].end <= t;
        if roles
            .agents
            .iter()
            .all(|&ii| on_the_noun(ii) && names_a_body(m, ii))
        {
            roles.participants.append(&mut roles.agents);
        }
    }
    if roles.agents.is_empty() {
        let supported = support_verb_agents(doc, m, (t, si), ty, tree);
        // "a meeting of the Parliamentary Labour Party", "the latest meeting of the Bank of
        // England", "a summit of EU leaders": the body or the government a gathering is
        // "of" holds it, and who speaks or is seen at it takes part ("MPs faced anger at a
        // meeting of the party"); unless a verb that can say who holds it takes the
        // gathering as its object ("Italy will host the summit of the alliance": the
        // verb's subject, or the verb's own event, says who; not "the announcement
        // followed the final meeting of the commission").
        let holding_verb = |h: usize| {
            let lemma = doc.tokens[h].lemma.to_lowercase();
            let says_who = ["support_verb", "party_verb", "venue_verb"];
            doc.tokens[h].is_verb() && says_who.iter().any(|c| is(c, &lemma))
        };
        let object_of_a_verb = || matches!(tree.arc(t), (Some(h), "obj") if holding_verb(h));
        let holder: Vec<usize> = (roles.participants.iter().copied())
            .filter(|&ii| {
                a.pp_word("of").contains(&ii)
                    && (names_a_body(m, ii)
                        || m.items[ii].what == What::Government
                        || organ_of_a_state(m, ii))
                    && of_the_gathering(tree, &m.items[ii], t)
            })
            .collect();
        if ty == EventType::Meeting && !holder.is_empty() && !object_of_a_verb() {
            roles.participants.extend(supported);
            roles.agents = holder;
        } else if ty == EventType::Meeting
            && (held_by_an_untracked_body(tree, t) || spoken_to(doc, tree, t))
        {
            roles.participants.extend(supported);
        } else {
            roles.agents = supported;
        }
        if ty == EventType::Meeting {
            roles.participants.extend(roles.agents.iter().copied());
        }
    }
}

/// Whom an event is done to or asked of does not do it: an actor found in both roles keeps
/// the one where the text names it, when it names it in one only ("Shareholders United
/// urged the club", with "the club" taken for the group; "The party challenged the
/// Tories", with "the party" taken for the Tories), else the affected, which the verb's
/// object or "on" phrase gives more surely than a subject the parse may have misread
/// ("ministers called on the US to …"). A state's force may act on it.
fn part_agents_and_affected(
    doc: &Doc,
    m: &Mentions,
    roles: &Roles,
    agents: &mut Vec<usize>,
    affected: &mut Vec<usize>,
) {
    let named = |items: &[usize], x: usize| {
        items.iter().any(|&ii| {
            let it = &m.items[ii];
            it.actors.contains(&x)
                && (it.start..it.end).any(|k| doc.tokens[k].tag.starts_with("NNP"))
        })
    };
    // A state's army acts on the state ("the army overthrew the elected government"): not
    // the same one.
    let by_its_arm = |x: usize| {
        (roles.agents.iter()).any(|&ii| {
            let it = &m.items[ii];
            it.actors.contains(&x) && matches!(it.what, What::Force(_))
        })
    };
    let both: Vec<usize> = (agents.iter().copied())
        .filter(|&x| affected.contains(&x) && !by_its_arm(x))
        .collect();
    for x in both {
        if named(&roles.agents, x) && !named(&roles.affected, x) {
            affected.retain(|&a| a != x);
        } else {
            agents.retain(|&a| a != x);
        }
    }
}

impl Site<'_> {
    /// Whether the trigger tells of no event whatever its arguments: a misread word, a
    /// capacity, an illness, a search by the law, a generic statement, a standing pact's
    /// name, a kind a predicate says its subject is, a rehearsal, a showing or saying, a
    /// decision or purchase, a state left.
    fn is_no_event(&self, m: &Mentions, np_object: Option<usize>, tree: &Tree) -> bool {
        self.is_misread_verb(np_object, tree)
            || self.names_a_capacity()
            || self.moves_power_away()
            || self.a_situation_calls_for()
            || self.is_an_illness()
            || self.is_on_request()
            || self.is_a_search_by_the_law()
            || self.is_generic()
            || self.names_a_standing_pact(tree)
            || !self.trig.verb && classifies_its_subject(tree, self.end - 1)
            || self.is_no_real_event(tree)
            || self.shows_or_says(tree)
            || self.is_verb_read_as_noun(tree)
            || self.decides_or_buys(m, tree)
            || self.leaves_in_a_state(tree)
            || self.orders_a_penalty_paid(tree)
    }

    /// Whether a demand verb orders a penalty paid ("it was ordered to pay a fine of $16m"):
    /// the order imposes the sanction the table reads from the penalty's noun, no demand of
    /// its own. By the tree: an infinitive of paying (word class `penalty_payment_verb`)
    /// whose object heads a sanction noun.
    fn orders_a_penalty_paid(&self, tree: &Tree) -> bool {
        let toks = &self.doc.tokens;
        let lex = Lexicon::get();
        let sanction =
            |k: usize| lex.heads_a_noun_of(&toks[k].lemma.to_lowercase(), EventType::Sanction);
        self.trig.verb
            && self.trig.event_type == EventType::Demand
            && tree.is_clause()
            && tree.dependents(self.t, "xcomp").into_iter().any(|v| {
                is("penalty_payment_verb", &toks[v].lemma.to_lowercase())
                    && tree.dependents(v, "obj").into_iter().any(sanction)
            })
    }

    /// Whether the trigger describes a state or modifies a noun rather than tell of an
    /// event: a participle after a noun ("soldiers deployed in the country"), a
    /// participle before one ("deployed troops"), a noun before one ("poll tax").
    fn is_state_or_modifier(&self, m: &Mentions, tree: &Tree) -> bool {
        let (toks, t, end, ty) = (&self.doc.tokens, self.t, self.end, self.trig.event_type);
        // No entity stands at `k`, or only a group the text describes ("local councils").
        let plain = |k: usize| m.item_at[k].is_none_or(|ii| m.items[ii].only_described(m));
        if self.trig.verb {
            // A past participle right after a noun with no auxiliary describes a state
            // ("soldiers deployed in the country", "troops stationed there").
            let state = toks[t].tag == "VBN"
                && t > 0
                && (toks[t - 1].is_noun() || m.item_at[t - 1].is_some())
                && moves(ty);
            // A participle before a noun, adjectives between, is an adjective ("deployed
            // troops", "elected local councils").
            // A present participle's noun may be its object ("attacking intruders").
            let head = if toks[t].tag == "VBN" {
                (end..toks.len())
                    .find(|&k| toks[k].tag != "JJ")
                    .unwrap_or(end)
            } else {
                end
            };
            // A past participle after a noun the tree makes its subject is a finite verb
            // the tagger took for one ("Unions urged ministers to act"); one the tree hangs
            // on the noun stays a modifier ("a party called Veritas"), unless that noun is
            // the root, which leaves the sentence with no verb ("The union called for
            // ministers to resign").
            let s0 = self.doc.sentences[self.si].tokens.start;
            let finite = || {
                let (h, rel) = tree.arc(t);
                let of_root = h.is_some_and(|h| tree.arc(h).1 == "root" && toks[h].is_noun());
                toks[t].tag == "VBN"
                    && t > s0
                    && (toks[t - 1].is_noun() || m.item_at[t - 1].is_some())
                    && (!matches!(rel, "acl" | "amod" | "acl:relcl") || of_root)
            };
            // Not after an auxiliary: "has urged ministers to act" is a verb.
            let auxiliary = t > s0 && is("auxiliary_have_be", &toks[t - 1].lemma);
            // No finite verb follows another verb's particle: "have torn up agreed
            // procedures" is a participle the tagger took for a past.
            let after_a_particle = toks[t].tag == "VBD" && t > s0 && toks[t - 1].tag == "RP";
            let adjective = (matches!(toks[t].tag, "VBN" | "VBG") || after_a_particle)
                && !auxiliary
                && toks.get(head).is_some_and(|n| n.is_noun())
                && (m.item_at[head].is_none() || toks[t].tag == "VBN" && plain(head))
                && ty != EventType::Coup
                && !finite();
            state || adjective
        } else {
            // A noun trigger that modifies another noun is no event: "poll tax", "election
            // coordinator", "meeting room", "the voting watchdog" (a described group's
            // head) — but "coup leaders" still speaks of a coup. A trigger ending in its
            // preposition takes the noun after it as object ("her call for talks").
            ty != EventType::Coup
                && toks[end - 1].is_noun()
                && toks
                    .get(end)
                    .is_some_and(|n| matches!(n.tag, "NN" | "NNS") && plain(end))
        }
    }

    /// The head token of the noun phrase right after the trigger when it is not an entity
    /// ("return children", "meet concerns", "evacuate its citizens": a possessor may open
    /// it), if any.
    fn np_object(&self, m: &Mentions) -> Option<usize> {
        let toks = &self.doc.tokens;
        (self.end..toks.len().min(self.end + 4))
            .take_while(|&k| {
                !matches!(
                    toks[k].tag,
                    "IN" | "TO" | "." | "," | ":" | "CC" | "WDT" | "MD"
                ) && !toks[k].is_verb()
                    && m.item_at[k].is_none_or(|ii| m.items[ii].possessive)
            })
            .find(|&k| toks[k].is_noun() && !toks[k].is_proper())
    }

    /// Whether a noun trigger of an agreement ends the name of a standing pact ("the
    /// Multi-Fibre Agreement expires", "the Stability and Growth Pact"): a capitalised noun
    /// after capitalised words, inside the sentence. The name tells of no agreeing unless a
    /// verb of concluding takes it ("the Good Friday Agreement was signed in 1998").
    fn names_a_standing_pact(&self, tree: &Tree) -> bool {
        let toks = &self.doc.tokens;
        let s0 = self.doc.sentences[self.si].tokens.start;
        let t = self.t;
        let named = self.trig.event_type == EventType::Agreement
            && !self.trig.verb
            && toks[t].is_capitalized()
            && t > s0 + 1
            && toks[t - 1].is_capitalized();
        // A headline in title case capitalises every word ("EU Trade Deal Collapses").
        let range = self.doc.sentences[self.si].tokens.clone();
        let title_case = !range.clone().any(|k| {
            toks[k].text.chars().count() >= 4
                && toks[k].text.chars().next().is_some_and(char::is_lowercase)
        });
        if !named || title_case {
            return false;
        }
        let concluded =
            |h: usize| toks[h].is_verb() && is("support_verb", &toks[h].lemma.to_lowercase());
        !matches!(tree.arc(t), (Some(h), "obj" | "nsubj:pass") if concluded(h))
    }

    /// Whether a trigger ending in "for" is followed by a date, which sets when something
    /// is called, not what is asked ("the election is expected to be called for 5 May",
    /// "called for next Tuesday"; not "called for a May election").
    fn for_a_date(&self) -> bool {
        let toks = &self.doc.tokens;
        if toks[self.end - 1].lower != "for" {
            return false;
        }
        let head = (self.end..toks.len().min(self.end + 4))
            .find(|&k| !matches!(toks[k].tag, "DT" | "JJ" | "CD"));
        head.is_some_and(|h| {
            names_a_time(&toks[h].lower) && toks.get(h + 1).is_none_or(|n| !n.is_noun())
        })
    }

    /// Whether a verbal trigger is used in another sense: a question ("he asked."), meeting
    /// a target ("meet concerns"), a protest that is no street protest ("rallied support").
    fn is_misread_verb(&self, np_object: Option<usize>, tree: &Tree) -> bool {
        if !self.trig.verb {
            return false;
        }
        if self.is_bare_noun_read_as_verb(tree)
            || self.is_noun_between_verbs()
            || self.is_attributive_participle()
            || self.is_habitual()
        {
            return true;
        }
        let after = self.doc.tokens.get(self.end);
        let next = after.map(|n| n.tag).unwrap_or(".");
        match self.trig.event_type {
            // "he asked." / "Asked about …": a question, not a demand.
            EventType::Demand => {
                matches!(next, "." | "," | "``" | "''" | ":")
                    || after.is_some_and(|n| n.lower == "about")
                    || thing_requires(self.doc, tree, self.t)
                    || self.for_a_date()
            }
            // To meet concerns or targets is no meeting; to meet someone is, also a body
            // or person named after a description of one ("will meet car giant General
            // Motors", word classes `organisation_noun` and those of `names_people`; not
            // "met his future wife Glenys").
            EventType::Meeting => {
                let toks = &self.doc.tokens;
                let someone = |k: usize| {
                    let h = head_noun(self.doc, k);
                    let body = |j: usize| {
                        names_people(&toks[j]) || is("organisation_noun", &toks[j].lower)
                    };
                    body(h) || matches!(toks[h].tag, "NNP" | "NNPS") && (k..h).any(body)
                };
                lemma_of(self.trig) == "meet"
                    && (np_object.is_some_and(|k| !someone(k))
                        || self.meets_a_goal()
                        || tree_meets_a_goal(self.doc, tree, self.t)
                        || met_thing(self.doc, tree, self.t)
                        || things_join(tree, self.t))
            }
            // "the evidence demonstrates that …", "rallied support": no street protest; a
            // time is no object ("will strike next week").
            EventType::Protest => {
                // "marching up to him to complain": walking up to someone, no march.
                let then = self.doc.tokens.get(self.end + 1);
                let approach = after.is_some_and(|n| is("approach_particle", &n.lower))
                    && then.is_some_and(|n| n.lower == "to");
                np_object.is_some_and(|k| {
                    let w = &self.doc.tokens[k];
                    !(is("time_span", &w.lemma.to_lowercase()) || names_a_time(&w.lower))
                }) || after.is_some_and(|n| n.lower == "that")
                    || approach
            }
            // Shoppers, tourists and passengers who visit are the public going about its
            // business, no visit the news tells of ("expected 150,000 shoppers to have
            // visited", word class `consumer_noun`).
            EventType::Visit => (tree.subject_of(self.t, |_| false).unwrap_or_default())
                .into_iter()
                .any(|k| is("consumer_noun", &self.doc.tokens[k].lemma.to_lowercase())),
            _ => false,
        }
    }

    /// "technologically demanding users", "a demanding job": a participle before the noun
    /// it modifies, after a determiner, possessor or adjective (past adverbs), or before
    /// people after a preposition or at the start, is an adjective; not "are demanding
    /// answers", "by demanding answers".
    fn is_attributive_participle(&self) -> bool {
        let toks = &self.doc.tokens;
        let s0 = self.doc.sentences[self.si].tokens.start;
        if toks[self.t].tag != "VBG" || self.end != self.t + 1 {
            return false;
        }
        let noun_after = (toks.get(self.end))
            .is_some_and(|n| matches!(n.tag, "JJ" | "NN" | "NNS") && self.end < self.sent_end());
        let left = (s0..self.t).rev().find(|&k| !toks[k].tag.starts_with("RB"));
        // Before people, after a preposition or at the start too: "thousands of striking
        // civil servants", "Striking workers marched" (a gerund's object is no person: "by
        // demanding answers").
        let after = (self.end..self.sent_end())
            .take_while(|&k| toks[k].tag == "JJ" || toks[k].is_noun())
            .filter(|&k| toks[k].is_noun())
            .last();
        // Not "of meeting many people": people are whom one meets.
        let people = noun_after
            && self.trig.event_type != EventType::Meeting
            && after.is_some_and(|k| names_people(&toks[k]));
        // After existential "there be", where no progressive can stand, a participle before
        // an adjective is one too: "there are also pressing economic reasons" (not "is
        // meeting British officials", "are asking other countries").
        let existential =
            left.is_some_and(|k| toks[k].lemma == "be" && k > s0 && toks[k - 1].lower == "there");
        (existential && toks.get(self.end).is_some_and(|n| n.tag == "JJ"))
            || noun_after
                && left.is_none_or(|k| {
                    matches!(toks[k].tag, "DT" | "JJ" | "PRP$" | "POS" | "CD")
                        || (people && matches!(toks[k].tag, "IN" | "CC"))
                })
                && (left.is_some() || people)
    }

    /// "have traditionally voted Labour", "usually meet": a verb a habitual adverb
    /// (word class `habitual_adverb`) modifies tells of a habit, no one event.
    fn is_habitual(&self) -> bool {
        let toks = &self.doc.tokens;
        let s0 = self.doc.sentences[self.si].tokens.start;
        (s0..self.t)
            .rev()
            .take_while(|&k| toks[k].tag.starts_with("RB") || toks[k].lemma == "have")
            .any(|k| is("habitual_adverb", &toks[k].lower))
    }

    fn sent_end(&self) -> usize {
        self.doc.sentences[self.si].tokens.end
    }

    /// "would ease demand for stock", "means demand will hold": a present or base form
    /// the tagger took for a verb right after a lexical verb (not an auxiliary, a modal or
    /// a verb that takes a bare infinitive: `bare_infinitive_verb`, "help", "let", "make")
    /// or right before a modal, where no verb stands, is the noun.
    fn is_noun_between_verbs(&self) -> bool {
        let toks = &self.doc.tokens;
        let s0 = self.doc.sentences[self.si].tokens.start;
        if !matches!(toks[self.t].tag, "VB" | "VBP") {
            return false;
        }
        let before_modal = toks.get(self.end).is_some_and(|n| n.tag == "MD");
        let after_verb = self.t > s0 && {
            let p = &toks[self.t - 1];
            p.tag.starts_with("VB")
                && !is_aux(&p.lemma)
                && !is("bare_infinitive_verb", &p.lemma.to_lowercase())
        };
        before_modal || after_verb
    }

    /// Whether a noun trigger is a verb the tagger read as a noun: a personal pronoun is
    /// its subject and no copula makes it a predicate ("She also talks of improving
    /// discipline": she speaks, nobody meets).
    fn is_verb_read_as_noun(&self, tree: &Tree) -> bool {
        let toks = tree.tokens();
        !self.trig.verb
            && tree.dependents(self.t, "cop").is_empty()
            && (tree.dependents(self.t, "nsubj").iter())
                .any(|&k| toks[k].tag == "PRP" && toks[k].lower != "it")
    }

    /// "but demand for exports was then hit": a base form the tagger took for a verb that
    /// the tree gives nothing a verb there would have — no subject, auxiliary, "to", object
    /// or clause, not completing another verb, not opening the sentence as a command, and
    /// not joined to a verb whose modal, "do" or "to" it could share ("had kept … but
    /// demand" shares no "had") — is the noun; so is one the tree hangs as a bare
    /// adverbial clause before the subject ("Ex-chatshow host Robert Kilroy-Silk has
    /// attacked").
    fn is_bare_noun_read_as_verb(&self, tree: &Tree) -> bool {
        let toks = &self.doc.tokens;
        let s0 = self.doc.sentences[self.si].tokens.start;
        if toks[self.t].tag != "VB" || self.t == s0 {
            return false;
        }
        // A subject, auxiliary or "to", or what only a verb takes: an object, an indirect
        // object or a clause ("urge those people to vote").
        let verbal = |h: usize| {
            [
                "nsubj",
                "nsubj:pass",
                "aux",
                "aux:pass",
                "mark",
                "expl",
                "obj",
                "iobj",
                "xcomp",
                "ccomp",
            ]
            .iter()
            .any(|r| !tree.dependents(h, r).is_empty())
        };
        // A modal, "do" or "to" a joined verb could share: "will meet and demand".
        let lends_a_base_form = |h: usize| {
            (tree.dependents(h, "aux").into_iter())
                .chain(tree.dependents(h, "mark"))
                .any(|k| toks[k].tag == "MD" || toks[k].lemma == "do" || toks[k].lower == "to")
        };
        match tree.arc(self.t) {
            (_, "xcomp" | "ccomp" | "csubj" | "acl" | "acl:relcl") => false,
            (Some(h), "conj") => !verbal(self.t) && !lends_a_base_form(h) && toks[h].tag != "VB",
            // "Ex-chatshow host Robert Kilroy-Silk has attacked …": a bare base form hung as
            // an adverbial clause with no "to", marker, subject or object is the title of
            // the subject.
            (_, "root" | "parataxis" | "advcl") => !verbal(self.t),
            _ => false,
        }
    }

    /// Whether the object of "meet" is a goal met rather than someone met: the head noun of
    /// the noun phrase after it is in word class `goal_noun`, also behind a name used as a
    /// modifier ("meeting the Lisbon targets", "met the EU deadline"); in the passive, the
    /// subject's ("the criteria had to be met").
    fn meets_a_goal(&self) -> bool {
        let toks = &self.doc.tokens;
        if is_passive(self.doc, self.t, self.si) {
            // The subject's head: the noun before its first preposition ("tough criteria on
            // human rights still had to be met").
            let s0 = self.doc.sentences[self.si].tokens.start;
            let Some(last) = (s0..self.t).rev().find(|&k| toks[k].is_noun()) else {
                return false;
            };
            let start = (s0..=last)
                .rev()
                .take_while(|&k| np_token(toks[k].tag) || toks[k].tag == "IN")
                .last()
                .unwrap_or(last);
            let head = (start..=last)
                .take_while(|&k| toks[k].tag != "IN")
                .filter(|&k| toks[k].is_noun())
                .last()
                .unwrap_or(last);
            return is("goal_noun", &toks[head].lemma.to_lowercase());
        }
        // Past a quantity and its "of": "met many of the government's demands".
        let mut start = self.end;
        if let Some(of) = (self.end..toks.len().min(self.end + 3)).find(|&k| toks[k].lower == "of")
        {
            if (self.end..of).all(|k| {
                matches!(
                    toks[k].tag,
                    "DT" | "JJ" | "JJS" | "CD" | "PDT" | "RB" | "RBS"
                )
            }) {
                start = of + 1;
            }
        }
        let phrase = (start..toks.len().min(start + 6)).take_while(|&k| {
            matches!(
                toks[k].tag,
                "DT" | "PRP$"
                    | "JJ"
                    | "CD"
                    | "POS"
                    | "NNP"
                    | "NNPS"
                    | "NN"
                    | "NNS"
                    | "HYPH"
                    | "VBG"
                    | "VBN"
            )
        });
        phrase
            .filter(|&k| matches!(toks[k].tag, "NN" | "NNS"))
            .last()
            .is_some_and(|k| is("goal_noun", &toks[k].lemma.to_lowercase()))
    }

    /// "leaving the UK open to challenge", "left the country exposed": a verb of leaving
    /// with a predicate of its object after it causes a state; nothing leaves.
    fn leaves_in_a_state(&self, tree: &Tree) -> bool {
        let toks = &self.doc.tokens;
        self.trig.verb
            && is("leave_verb", lemma_of(self.trig))
            && (tree.dependents(self.t, "xcomp").iter())
                .any(|&x| x > self.t && matches!(toks[x].tag, "JJ" | "JJR" | "VBN"))
    }

    /// "leaving a single brigade in the territory": a force left behind stays, so no event.
    fn leaves_force_behind(&self, m: &Mentions, a: &Args) -> bool {
        self.trig.verb && object_is_force(m, a) && is("leave_verb", lemma_of(self.trig))
    }

    /// The items of the "of" phrase right after a noun trigger, up to the next preposition,
    /// punctuation or verb ("the request of former Worldcom finance chief Scott Sullivan";
    /// not "the request for the removal of the board"), and those of them that name whom it
    /// is of.
    fn own_of_phrase(&self, m: &Mentions) -> (Vec<usize>, Vec<usize>) {
        let toks = &self.doc.tokens;
        if toks.get(self.end).is_none_or(|w| w.lower != "of") {
            return (Vec::new(), Vec::new());
        }
        let stop = (self.end + 1..toks.len())
            .find(|&k| matches!(toks[k].tag, "IN" | "TO" | "," | "." | ":") || toks[k].is_verb())
            .unwrap_or(toks.len());
        let items: Vec<usize> = (m.window(self.end + 1, stop).into_iter())
            .filter(|&ii| !m.items[ii].actors.is_empty() && !m.items[ii].is_place(m))
            .collect();
        // A body before a person's office only says whose the office is ("Worldcom" in
        // "former Worldcom finance chief Scott Sullivan"); a list joins equals.
        let person =
            |jj: usize| (m.items[jj].actors.iter()).any(|&x| m.actors[x].kind == Kind::Person);
        let joined =
            |from: usize, to: usize| (from..to).any(|k| toks[k].tag == "CC" || toks[k].text == ",");
        let whose = (items.iter().copied())
            .filter(|&ii| {
                !(items.iter()).any(|&jj| {
                    m.items[jj].start > m.items[ii].start
                        && person(jj)
                        && !joined(m.items[ii].end, m.items[jj].start)
                })
            })
            .collect();
        (items, whose)
    }

    /// Whether item `ii` is the object of a preposition inside the trigger or right after
    /// it ("called on ministers"), its determiners and modifiers between.
    fn right_after_the_trigger(&self, m: &Mentions, ii: usize) -> bool {
        let toks = &self.doc.tokens;
        let start = m.items[ii].start;
        let Some(prep) = (self.end.saturating_sub(1)..start)
            .rev()
            .find(|&k| matches!(toks[k].tag, "IN" | "RP"))
        else {
            return false;
        };
        let modifier = |k: usize| matches!(toks[k].tag, "DT" | "JJ" | "PRP$" | "CD" | "NNP");
        prep <= self.end && (prep + 1..start).all(modifier)
    }

    /// The items in each role, from the trigger's arguments.
    fn roles(&self, m: &Mentions, a: &Args) -> Roles {
        let ty = self.trig.event_type;
        let r = Roles {
            origin: a.pp("pp_origin"),
            destination: a.pp("pp_destination"),
            location: a.pp("pp_location"),
            participants: a.pp("pp_participant"),
            ..Roles::default()
        };
        let mut r = match (moves(ty), self.trig.verb) {
            (true, true) => self.verbal_movement_roles(m, a, r),
            (true, false) => nominal_movement_roles(ty, a, r),
            (false, true) => verbal_roles(self.doc, m, a, r, ty),
            (false, false) => nominal_roles(m, a, r),
        };
        self.what_it_is_on(m, a, &mut r);
        // "at the request of Scott Sullivan", "the demands of the unions": a demand noun's
        // own "of" phrase, right after it, names who makes it.
        if !self.trig.verb && ty == EventType::Demand {
            let (phrase, makers) = self.own_of_phrase(m);
            r.affected.retain(|ii| !phrase.contains(ii));
            r.agents.extend(makers);
        }
        // "a visit by Tony Blair", "a strike by the PCS union", "the withdrawal by France":
        // the "by" phrase right after an event noun acts in it (not one of a noun or a
        // participle further on: "a speech by Mr Brown", "a summit chaired by the PM").
        if !self.trig.verb {
            let by = self.phrase_of_the_noun(m, a, "by");
            match moves(ty) {
                true => r.movers.extend(by),
                false => r.agents.extend(by),
            }
        }
        // "a protest from the Thai government", "calls from MPs": what is said or asked
        // comes from who says or asks it.
        if !self.trig.verb && matches!(ty, EventType::Demand | EventType::Protest) {
            r.agents.extend(self.phrase_of_the_noun(m, a, "from"));
        }
        self.names_before_the_noun(m, a, &mut r);
        // "the Swiss summit", "the Brazilian gathering": one state's adjective on a
        // gathering says where it is held, not who meets ("the EU summit" names its
        // holder; "Israeli-Palestinian talks" name two sides).
        if ty == EventType::Meeting && !self.trig.verb && a.possessor.is_none() {
            if let [adjective] = a.modifiers[..] {
                if r.agents == [adjective] {
                    r.agents.clear();
                    r.location.push(adjective);
                }
            }
        }
        // A state named before a sanction noun with a target imposes it ("the US embargo on
        // Cuba"); without a target it may be the target ("the Iran sanctions").
        if ty == EventType::Sanction
            && !self.trig.verb
            && r.agents.is_empty()
            && !r.affected.is_empty()
        {
            r.agents.extend(
                state_before_noun(self.doc, m, self.t, self.si)
                    .filter(|ii| !r.affected.contains(ii)),
            );
        }
        // A town does not act but is where the event is: "Brighton will host the
        // conference" (a capital stands for its state's government, a city does not).
        let town = |ii: &usize| {
            let actors = &m.items[*ii].actors;
            !actors.is_empty()
                && (actors.iter()).all(|&x| matches!(m.actors[x].kind, Kind::City | Kind::Region))
        };
        let (towns, agents): (Vec<usize>, Vec<usize>) =
            std::mem::take(&mut r.agents).into_iter().partition(town);
        r.agents = agents;
        r.location.extend(towns);
        // Meetings and agreements are shared: whom the trigger's grammar makes their object
        // ("met Berlusconi and Schroeder") takes part in them, as the agents do.
        // What they are "on" is their topic, no party ("a conference on UK plans", "a deal
        // on Cyprus").
        // A purchase is no such deal with what it buys: the firm bought is what the deal
        // is done to, the other party the seller ([`Self::purchase_roles`]).
        if self.trig.need == Need::Acquisition {
            self.purchase_roles(m, a, &mut r);
        } else if matches!(ty, EventType::Meeting | EventType::Agreement) {
            let topic = a.pp_word("on");
            let affected = std::mem::take(&mut r.affected);
            r.participants
                .extend(affected.into_iter().filter(|ii| !topic.contains(ii)));
        }
        // Talks or a deal "between" two sides named there, with no one else to hold or make
        // them, are both sides' ("talks between the airline and the union", "a trade deal
        // between the two countries"); one side found there leaves the other unknown
        // ("talks between the two governments").
        let between = a.pp_word("between");
        if matches!(ty, EventType::Meeting | EventType::Agreement)
            && r.agents.is_empty()
            && !self.trig.verb
            && between.len() >= 2
        {
            r.agents.extend(between);
        }
        if ty == EventType::Meeting {
            r.participants.extend(r.agents.iter().copied());
        }
        if ty == EventType::Election {
            election_roles(m, a, &mut r);
        }
        // Forces arrive or are deployed *in* a place: that place is where they go.
        if matches!(ty, EventType::Arrival | EventType::Deployment) && r.destination.is_empty() {
            r.destination = std::mem::take(&mut r.location);
        }
        r
    }

    /// A purchase's roles beyond its agents: the seller, "from" whom a verb buys ("bought a
    /// stake in Orwell Group from Kestrel Bank"; a noun's "from" is too far to tell), and
    /// the firm bought when no object names it ("bought a majority stake in Credit Bank of
    /// Iraq"): named, not the buyer's own ("bought its stake"), nor a description, a guess
    /// ("acquiring the bank"), nor the buyer.
    fn purchase_roles(&self, m: &Mentions, a: &Args, r: &mut Roles) {
        if self.trig.verb {
            r.participants.extend(a.pp_word("from"));
        }
        let buyer = |ii: &usize| {
            let unnamed = matches!(self.doc.tokens[m.items[*ii].start].tag, "PRP$" | "DT");
            unnamed || (r.agents.iter()).any(|&g| m.items[g].actors == m.items[*ii].actors)
        };
        if r.affected.is_empty() {
            let bought = self.firm_bought(m).filter(|ii| !buyer(ii));
            r.affected.extend(bought);
        }
    }

    /// The roles of the names right before the trigger ([`Args::names`]): where a visit goes
    /// or a gathering is held, who holds a gathering or does the event, the armed body that
    /// makes an attack; none for the name of what is agreed, attacked or elected, or for
    /// what moves.
    fn names_before_the_noun(&self, m: &Mentions, a: &Args, r: &mut Roles) {
        let ty = self.trig.event_type;
        // Not the name of what is agreed, attacked or elected ("the Kyoto treaty", "the
        // World Trade Centre attack", "European Parliament elections").
        let named_thing = matches!(
            ty,
            EventType::Agreement | EventType::Attack | EventType::Election
        );
        // "a four-nation EU visit": a body named before a visit with no place of its own
        // is where it goes, not who goes (a person is who goes: "the Bush visit").
        let person =
            |ii: &usize| (m.items[*ii].actors.iter()).any(|&x| m.actors[x].kind == Kind::Person);
        let visited = ty == EventType::Visit
            && r.destination.is_empty()
            && r.location.is_empty()
            && !a.names.iter().any(person);
        // "the Downing Street talks": a seat of office named before a gathering is where it
        // is held, not who holds it (word class `seat_of_office`).
        let seat = |ii: &usize| {
            (m.items[*ii].actors.iter())
                .any(|&x| is("seat_of_office", &m.actors[x].label.to_lowercase()))
        };
        if visited {
            r.destination.extend(a.names.iter().copied());
        } else if ty == EventType::Meeting {
            let (seats, bodies): (Vec<usize>, Vec<usize>) =
                a.names.iter().copied().partition(|ii| seat(ii));
            r.location.extend(seats);
            r.agents.extend(bodies);
        } else if !named_thing && !moves(ty) {
            r.agents.extend(a.names.iter().copied());
        } else if ty == EventType::Attack {
            // But an armed body named before an attack makes it ("IRA bomb attacks").
            let armed = |k: Kind| matches!(k, Kind::ArmedGroup | Kind::ArmedForce);
            r.agents.extend(a.names.iter().copied().filter(|&ii| {
                let actors = &m.items[ii].actors;
                !actors.is_empty() && actors.iter().all(|&x| armed(m.actors[x].kind))
            }));
        }
    }

    /// What a demand or a sanction is "on" ([`Roles`] `r` read from `a`). Whom a demand is
    /// "on" is whom it calls on, the phrase right after the trigger ("called on
    /// ministers", "calls on Mr Brown"); a later "on" or "against" phrase is part of what
    /// it asks for ("called for a quota on economic migrants"). What a sanction is "on" is
    /// whom or what it strikes, not where it is imposed: "a ban on US beef imports",
    /// "sanctions on Iran".
    fn what_it_is_on(&self, m: &Mentions, a: &Args, r: &mut Roles) {
        let target = a.pp("pp_target");
        match self.trig.event_type {
            EventType::Demand => r
                .affected
                .retain(|ii| !target.contains(ii) || self.right_after_the_trigger(m, *ii)),
            EventType::Sanction => r.location.retain(|ii| !target.contains(ii)),
            _ => {}
        }
    }

    /// The items of the phrase of preposition `prep` right after the event noun ("by", "from"):
    /// `prep` follows the trigger (or, for "by", the noun's "of" phrase:
    /// [`Self::by_after_its_of_phrase`]), and only determiners, numbers, adjectives and
    /// nouns stand between it and the item.
    fn phrase_of_the_noun(&self, m: &Mentions, a: &Args, prep: &str) -> Vec<usize> {
        let toks = &self.doc.tokens;
        let at = match toks.get(self.end) {
            Some(w) if w.lower == prep => self.end,
            Some(w) if w.lower == "of" && prep == "by" => match self.by_after_its_of_phrase() {
                Some(k) => k,
                None => return Vec::new(),
            },
            _ => return Vec::new(),
        };
        let plain = |k: usize| matches!(toks[k].tag, "DT" | "CD" | "JJ" | "RB" | "NN" | "NNS");
        (a.pp_word(prep).into_iter())
            .filter(|&ii| m.items[ii].start > at && (at + 1..m.items[ii].start).all(plain))
            .collect()
    }

    /// "the purchase of Yukos' key production unit by state-owned oil firm Rosneft": the
    /// "by" right after the noun's "of" phrase, a plain noun phrase of names, nouns and
    /// their modifiers and possessives; what the noun is done to stands in the "of" phrase,
    /// who does it in the "by" phrase.
    fn by_after_its_of_phrase(&self) -> Option<usize> {
        let toks = &self.doc.tokens;
        let s_end = self.doc.sentences[self.si].tokens.end;
        let phrase = |k: &usize| {
            matches!(
                toks[*k].tag,
                "DT" | "CD" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "POS" | "HYPH" | "PRP$"
            )
        };
        let k = (self.end + 1..s_end.min(self.end + 10)).find(|k| !phrase(k))?;
        (k > self.end + 1 && toks[k].lower == "by").then_some(k)
    }

    /// Movers and agents of a verbal movement: the subject moves, unless the object is the
    /// force moved ("withdraw its forces") or the verb is passive; a place object is where
    /// the subject leaves or goes.
    fn verbal_movement_roles(&self, m: &Mentions, a: &Args, mut r: Roles) -> Roles {
        let subj = a.subjects.clone();
        let obj: Vec<usize> = a.object.into_iter().collect();
        let obj_is_place = object_is_place(m, a);
        if a.passive {
            r.movers = subj;
            r.agents = a.pp_word("by");
        } else if object_is_force(m, a)
            || (is("move_object", lemma_of(self.trig)) && a.object.is_some() && !obj_is_place)
        {
            r.movers = obj;
            r.agents = subj;
        } else {
            r.movers = subj;
            if obj_is_place {
                if self.trig.event_type == EventType::Withdrawal {
                    r.origin.extend(obj);
                } else {
                    r.destination.extend(obj);
                }
            }
        }
        r
    }

    /// The forces that move in the event: forces among the movers, else a state standing
    /// for its forces (when a place is named or the departure is demanded, and no noun
    /// phrase follows the trigger), else named units; those with no owner get the agent states; armed groups' fighters
    /// drop out.
    fn forces(
        &self,
        m: &mut Mentions,
        a: &Args,
        roles: &Roles,
        status: Status,
        has_place: bool,
        np_object: Option<usize>,
    ) -> Vec<usize> {
        let ty = self.trig.event_type;
        let (mut forces, polities) = movers(m, &roles.movers);
        // A state's departure that someone demands or orders ("demanded that the French
        // leave") is its forces' departure even when no place is named.
        let demanded =
            ty == EventType::Withdrawal && matches!(status, Status::Demanded | Status::Ordered);
        if forces.is_empty()
            && !polities.is_empty()
            && (has_place || demanded)
            && np_object.is_none()
            && moves(ty)
            && !self.nationals(m, roles.movers[0])
        {
            forces.push(self.state_force(m, roles.movers[0], &polities));
        }
        if forces.is_empty() {
            forces = self.unit_forces(m, &roles.movers);
        }
        let agent_polities = agent_polities(m, &roles.agents);
        // Those who expel or order out forces are not their owners.
        if !agent_polities.is_empty() && !a.passive && !is("expel_verb", lemma_of(self.trig)) {
            claim_forces(m, &forces, &agent_polities, ty);
        }
        // Only state and organisation forces withdraw, arrive or deploy in this sense.
        forces.retain(|&f| !m.forces[f].irregular);
        forces
    }

    /// Whether mover item `item` names a country's people, not the state: a plural without
    /// "the" ("All four Britons held by the US will be returned", "hundreds of Americans");
    /// "the French" may stand for the state's forces.
    fn nationals(&self, m: &Mentions, item: usize) -> bool {
        let it = &m.items[item];
        it.plural && (it.start == 0 || self.doc.tokens[it.start - 1].lower != "the")
    }

    /// A force for a state standing for its forces ("demanded that the French leave"): it
    /// is the mover item's text, owned by the states (a capital's country for a capital).
    fn state_force(&self, m: &mut Mentions, item: usize, polities: &[usize]) -> usize {
        let owners: Vec<usize> = polities
            .iter()
            .map(|&p| {
                if m.actors[p].kind == Kind::Capital {
                    m.country_of(p).unwrap_or(p)
                } else {
                    p
                }
            })
            .collect();
        self.push_force(m, item, owners, None)
    }

    /// Forces for named units or operations among the movers, which stand for their
    /// force: "the withdrawal of Operation Barkhane", "the Wagner Group left".
    fn unit_forces(&self, m: &mut Mentions, movers: &[usize]) -> Vec<usize> {
        let mut forces = Vec::new();
        for &ii in movers {
            if m.items[ii].what != What::Entity {
                continue;
            }
            for a in m.items[ii].actors.clone() {
                if !matches!(m.actors[a].kind, Kind::Operation | Kind::ArmedForce) {
                    continue;
                }
                let owner = m.country_of(a).or_else(|| {
                    m.actors[a]
                        .country
                        .clone()
                        .and_then(|q| m.country_actor(&q))
                });
                forces.push(self.push_force(m, ii, owner.into_iter().collect(), Some(a)));
            }
        }
        forces
    }

    /// Adds a force named by item `item` of this sentence; returns its index.
    fn push_force(
        &self,
        m: &mut Mentions,
        item: usize,
        owners: Vec<usize>,
        unit: Option<usize>,
    ) -> usize {
        let toks = &self.doc.tokens;
        let (start, end) = (m.items[item].start, m.items[item].end);
        m.forces.push(Force {
            text: self.doc.span_text(start, end).to_string(),
            start: toks[start].start,
            end: toks[end - 1].end,
            sentence: self.si,
            owners,
            unit,
            quantity: None,
            irregular: false,
            inferred: false,
        });
        m.forces.len() - 1
    }

    /// "The force must leave by December 8": an obligation laid on named forces is an
    /// order; else the status stays.
    fn obligation(&self, status: Status, forces: &[usize]) -> Status {
        let (toks, t) = (&self.doc.tokens, self.t);
        if self.trig.verb
            && !forces.is_empty()
            && matches!(status, Status::Planned | Status::Completed)
            && (t.saturating_sub(2)..t).any(|k| toks[k].lower == "must")
        {
            Status::Ordered
        } else {
            status
        }
    }

    /// The cues the trigger and its arguments give (the ones merging, countries and
    /// attribution give are added later): verb or noun, a checked sense, how the agent was
    /// found, a moving force, an object, a status word, a quotation around it, a generic
    /// form.
    fn cues(&self, m: &Mentions, roles: &Roles, forces: &[usize], status_word: bool) -> Vec<Cue> {
        let mut cues = Vec::new();
        if self.trig.verb {
            cues.push(Cue::Verb);
        }
        if self.trig.need != Need::None {
            cues.push(Cue::SenseChecked);
        }
        if let Some(cue) = roles.agents.iter().map(|&ii| self.agent_cue(m, ii)).min() {
            cues.push(cue);
        }
        if !forces.is_empty() && moves(self.trig.event_type) {
            cues.push(Cue::Mover);
        }
        if !roles.affected.is_empty() || !roles.participants.is_empty() {
            cues.push(Cue::Object);
        }
        if status_word {
            cues.push(Cue::StatusWord);
        }
        if in_quotation(self.doc, self.t, self.si) {
            cues.push(Cue::Quoted);
        }
        if self.generic_form() {
            cues.push(Cue::GenericForm);
        }
        cues
    }

    /// Whether the trigger has the form of a generic statement: a verb in the simple
    /// present with no auxiliary before it, or a plural noun with no determiner or
    /// possessor before it.
    fn generic_form(&self) -> bool {
        let toks = &self.doc.tokens;
        let s0 = self.doc.sentences[self.si].tokens.start;
        let before = |k: usize| (k > s0).then(|| &toks[k - 1]);
        if self.trig.verb {
            matches!(toks[self.t].tag, "VBZ" | "VBP")
                && !before(self.t).is_some_and(|b| b.tag == "MD" || b.tag.starts_with("VB"))
        } else {
            let mut k = self.t;
            while before(k).is_some_and(|b| matches!(b.tag, "JJ" | "NN" | "NNP" | "VBN")) {
                k -= 1;
            }
            toks[self.end - 1].tag == "NNS"
                && !before(k).is_some_and(|b| matches!(b.tag, "DT" | "PRP$" | "POS" | "CD"))
        }
    }

    /// How an agent item names its actor: by name in the sentence, through a pronoun or a
    /// description of a name said before ("it", "the company"), or only as a description
    /// ("opposition MPs"). Ordered so that the best of several agents is the least.
    fn agent_cue(&self, m: &Mentions, ii: usize) -> Cue {
        let it = &m.items[ii];
        let toks = &self.doc.tokens[it.start..it.end];
        if it.only_described(m) {
            Cue::GroupAgent
        } else if toks.iter().any(|t| t.tag.starts_with("PRP"))
            || !toks.iter().any(|t| t.tag.starts_with("NNP"))
        {
            Cue::ReferredAgent
        } else {
            Cue::NamedAgent
        }
    }

    /// Whether the needs that the words alone decide are met, read before anything parses
    /// the sentence (parsing costs more than the rest): somebody told or wanted to act
    /// (`directive`), a request (`request`), somebody's claim (`claim`: the possessor is
    /// read from the words before the noun), and the word senses of events/sense.rs; and
    /// what the words rule out of the others: for `force` and `military` a sentence that
    /// names no force, state, capital, unit or operation (no mover can come from anywhere
    /// else), for `physical` criticism, for `armed` another kind of strike, for `poll` a
    /// vote counted, by a chamber or on a bill. Only `pact` may read `tree`, for a verb
    /// joined to the one before ([`Site::is_a_pact`]). [`Site::need_met`] decides the rest.
    fn need_met_by_words(&self, m: &Mentions, np_object: Option<usize>, tree: &Tree) -> bool {
        match self.trig.need {
            Need::Directive => self.directs_somebody(m),
            Need::Request => self.is_a_request(),
            Need::Claim => {
                let possessor = (!self.trig.verb)
                    .then(|| possessor_and_modifiers(self.doc, m, self.t, self.si).0)
                    .flatten();
                self.is_a_claim(m, possessor)
            }
            Need::Force | Need::Carried => self.sentence_names_a_mover(m, false),
            // A force, power or a state taken, an armed word, a government's possession or
            // a coup told of before ([`Site::need_met`]'s `military`).
            Need::Military => self.sentence_names_a_mover(m, true) || self.military_by_words(),
            // Word senses read from the words around the trigger (events/sense.rs).
            Need::Ballot => !self.is_a_survey(m),
            // Without the subject, which only adds a chamber that votes.
            Need::Poll => self.is_a_poll(m, None),
            Need::Pact => self.is_a_pact(m, tree),
            Need::Label => self.gives_a_label(),
            Need::Measure => self.is_a_measure(m, np_object),
            Need::Gathering => !self.is_a_briefing(),
            Need::Counterpart => self.talks_with_someone(m),
            Need::Rally => self.is_a_rally(),
            Need::Procession => self.is_a_procession(m),
            Need::Human => !self.killed_by_nature() && !self.kills_a_thing(),
            Need::Bargain => !self.is_an_amount() && !self.is_a_treatment(),
            Need::Acquisition => self.buys_a_firm(m),
            Need::Walkout => self.is_a_walkout(m),
            Need::Penalty => self.is_one_penalty(),
            Need::Physical => self.is_physical(np_object),
            Need::Armed => !self.other_kind_of_strike(m, np_object) && !self.struck_by_a_thing(m),
            _ => true,
        }
    }

    /// The part of the need `military` the words decide: power right after the trigger,
    /// an armed word right before it ("the army overthrew"), or a coup told of before.
    fn military_by_words(&self) -> bool {
        let toks = &self.doc.tokens;
        power_noun_follows(toks, self.end)
            || (self.t.saturating_sub(2)..self.t).any(|k| is("armed_word", &toks[k].lower))
            || self.refers_to_earlier_coup()
    }

    /// Whether the trigger's sentence names anything a force can come from: a force, or a
    /// state, capital, unit or operation (and with `government`, a government).
    fn sentence_names_a_mover(&self, m: &Mentions, government: bool) -> bool {
        self.doc.sentences[self.si].tokens.clone().any(|k| {
            m.item_at[k].is_some_and(|ii| {
                let it = &m.items[ii];
                let stands = it.actors.iter().any(|&a| {
                    let kind = m.actors[a].kind;
                    kind.is_polity()
                        || matches!(kind, Kind::Capital | Kind::Operation | Kind::ArmedForce)
                });
                match it.what {
                    What::Force(_) => true,
                    What::Government => government || stands,
                    What::Entity => stands,
                    _ => false,
                }
            })
        })
    }

    /// Whether the trigger's need is met, for the needs that read its arguments, forces or
    /// tree (after [`Site::need_met_by_words`]): a force, a place, a trigger noun of its
    /// type as object ("sign a treaty"), or power ("seize power", "the overthrow of Niger").
    fn need_met(
        &self,
        m: &Mentions,
        a: &Args,
        forces: &[usize],
        has_place: bool,
        np_object: Option<usize>,
        tree: &Tree,
    ) -> bool {
        if self.is_attack_on_civilians_in_words(m, a, forces) {
            return false;
        }
        let toks = &self.doc.tokens;
        // A force, an armed word before it ("the army overthrew"), power or a state taken,
        // a force's or government's possession, or a coup told of before.
        let military = || {
            !forces.is_empty()
                || power_taken(m, a, toks, self.end)
                || self.military_by_words()
                || a.possessor
                    .is_some_and(|p| matches!(m.items[p].what, What::Force(_) | What::Government))
        };
        match self.trig.need {
            // A state that leaves a body ("for the UK to leave the European Union") moves no
            // force; its troops that leave one do.
            Need::Force if self.leaves_an_undertaking(m, tree) => self.names_a_force(m, forces),
            Need::Force => !forces.is_empty(),
            Need::Object => np_object.is_some_and(|k| {
                Lexicon::get().heads_a_noun_of(&toks[k].lemma.to_lowercase(), self.trig.event_type)
            }),
            Need::Place => !forces.is_empty() || has_place,
            Need::Carried => self.carries_a_force(m, forces, np_object, tree),
            // A state that leaves a treaty or a body ("wants Britain to withdraw from the
            // EU") moves no force; its troops that leave one do.
            Need::Mover if self.leaves_an_undertaking(m, tree) => self.names_a_force(m, forces),
            Need::Mover => {
                // Else nothing the text names as moving may be other than a force.
                let other_mover = self.moved_thing(m, np_object).is_some()
                    || self.moves_a_plain_noun(m, tree)
                    || self.trig.verb && civilians_move(m, a, np_object)
                    || self.civilian_owner(m)
                    || self.moves_itself(tree);
                !forces.is_empty() || !other_mover
            }
            Need::Armed => {
                self.verb_strikes_something(a, np_object)
                    || !forces.is_empty()
                    || (self.trig.verb && self.sentence_is_armed(m))
                    || (!self.trig.verb && self.armed_strike(m, a))
            }
            Need::Power => power_taken(m, a, toks, self.end),
            Need::Ruler => self.ousts_a_ruler(m, np_object) || military(),
            Need::Military => military(),
            Need::Target => self.has_a_target(m, a),
            Need::Poll => {
                self.is_a_poll(m, a.subject)
                    && !self.votes_on_a_bill(tree)
                    && !self.votes_for_a_thing(m, tree)
            }
            Need::Human => !self.killed_by_nature_in_its_clause(tree),
            Need::Troops => !forces.is_empty() || self.troops_take_part(m, a),
            Need::Physical => self.shows_violence(m, forces, tree),
            Need::Shots => self.is_shooting(m, a),
            Need::Guests => self.hosts_guests(m, tree),
            // Decided from the words alone, before any parse ([`Site::need_met_by_words`]).
            Need::Directive
            | Need::Request
            | Need::Claim
            | Need::Ballot
            | Need::Pact
            | Need::Label
            | Need::Measure
            | Need::Gathering
            | Need::Counterpart
            | Need::Rally
            | Need::Procession
            | Need::Bargain
            | Need::Acquisition
            | Need::Walkout
            | Need::Penalty
            | Need::None => true,
        }
    }
}

impl Site<'_> {
    /// "Butler launches attack on Blair", "his attack on Labour", "the assault on Yukos'
    /// finances", "Letwin attacked government red tape", "his attack on Labour's record":
    /// an attack (word class `figurative_attack`) whose targets are all persons, firms,
    /// parties or outlets (not a state's agency: "attacks on the Pentagon"), or whose
    /// attackers are (the active verb's subjects or those of a support verb taking the
    /// noun, the noun's possessor), or a noun whose target is a policy or words
    /// (`criticised_thing`) or wealth (`wealth_word`), with no force taking part, nothing
    /// attacked "with", and no word of arms or harm or armed group in its sentence
    /// ([`Site::sentence_is_armed`]),
    /// is criticism or a legal fight, not an assault; so is an attack on a market or by
    /// rivals, which is trade.
    fn is_attack_on_civilians_in_words(&self, m: &Mentions, a: &Args, forces: &[usize]) -> bool {
        if !is("figurative_attack", lemma_of(self.trig)) || !forces.is_empty() {
            return false;
        }
        let targets: Vec<usize> = a.object.into_iter().chain(a.pp("pp_target")).collect();
        let civilian = [Kind::Person, Kind::Organization, Kind::Party, Kind::Outlet];
        let toks = &self.doc.tokens;
        let armed = self.sentence_is_armed(m);
        // The verb's subjects, or the noun's when a support verb takes it ("Howard
        // launched a fierce attack"), and the noun's possessor.
        let s0 = self.doc.sentences[self.si].tokens.start;
        let supported = !self.trig.verb
            && (s0..self.t)
                .rev()
                .take(4)
                .find(|&k| !matches!(toks[k].tag, "DT" | "JJ" | "NN" | "RB" | "PRP$"))
                .is_some_and(|k| {
                    toks[k].is_verb() && is("support_verb", &toks[k].lemma.to_lowercase())
                });
        let attackers: Vec<usize> = (a.subjects.iter())
            .filter(|_| (self.trig.verb && !a.passive) || supported)
            .chain(&a.possessor)
            .copied()
            .collect();
        // The noun's target a policy, record or words, or wealth (`wealth_word`): a common
        // noun of the phrase after "on" or "against" ("his attack on Labour's record",
        // "the assault on Yukos' assets").
        let criticised = self.target_phrase_has(&["criticised_thing", "wealth_word"]);
        // Trade: a market attacked ("the assault on the US market", word class
        // `market_word`) or rivals attacking ("under attack from rivals", the noun's
        // "from" phrase; `commercial_rival`).
        let head_in = |ii: &usize, class: &str| {
            let it = &m.items[*ii];
            is(class, &toks[it.end - 1].lemma.to_lowercase())
        };
        let from: Vec<usize> = if self.trig.verb {
            Vec::new()
        } else {
            a.pp_word("from")
        };
        let traded = targets.iter().any(|ii| head_in(ii, "market_word"))
            || self.target_phrase_has(&["market_word"])
            || (attackers.iter().chain(&from)).any(|ii| head_in(ii, "commercial_rival"));
        // Something attacked with is a weapon: "attacked with slurry", "attacked the
        // councillor with a bucket".
        let means = self.right_of_trigger().any(|k| toks[k].lower == "with");
        (names_only(m, &targets, &civilian)
            || names_only(m, &attackers, &civilian)
            || criticised
            || traded)
            && !armed
            && !means
    }

    /// Whether a nominal trigger's phrase after "on" or "against" has a common noun of one
    /// of the word classes `classes` (lemmas): "his attack on Labour's record", "an assault
    /// on the market".
    fn target_phrase_has(&self, classes: &[&str]) -> bool {
        let toks = &self.doc.tokens;
        let s_end = self.doc.sentences[self.si].tokens.end;
        !self.trig.verb
            && (toks.get(self.end)).is_some_and(|n| matches!(n.lower.as_str(), "on" | "against"))
            && (self.end + 1..s_end)
                .take_while(|&k| {
                    matches!(toks[k].tag, "DT" | "JJ" | "PRP$" | "POS") || toks[k].is_noun()
                })
                .any(|k| {
                    let lemma = toks[k].lemma.to_lowercase();
                    matches!(toks[k].tag, "NN" | "NNS") && classes.iter().any(|c| is(c, &lemma))
                })
    }
}

/// "Gazprom and Gazpromneft withdrew from the auction": with no object moved, a verb's
/// subject moves, and firms, parties, outlets, agencies, persons and groups the text describes
/// move no force.
fn civilians_move(m: &Mentions, a: &Args, np_object: Option<usize>) -> bool {
    use Kind::{Agency, Group, Organization, Outlet, Party, Person};
    np_object.is_none()
        && names_only(
            m,
            &a.subjects,
            &[Organization, Party, Outlet, Agency, Person, Group],
        )
}

/// Whether an item names a body: an organisation, a party, a state's agency, an
/// international organisation, an outlet or a group the text describes.
fn names_a_body(m: &Mentions, ii: usize) -> bool {
    use Kind::{Agency, Group, IntlOrg, Organization, Outlet, Party};
    names_only(
        m,
        &[ii],
        &[Organization, Party, Agency, IntlOrg, Outlet, Group],
    )
}

/// Whether item `ii` is a body of a state the text describes by it ("the Brazilian
/// parliament", "the country's Congress"): a group, with the state it belongs to.
fn organ_of_a_state(m: &Mentions, ii: usize) -> bool {
    let kinds: Vec<Kind> = (m.items[ii].actors.iter())
        .map(|&x| m.actors[x].kind)
        .collect();
    kinds.contains(&Kind::Group) && kinds.iter().all(|k| *k == Kind::Group || k.is_country())
}

/// Whether there are items and every one names actors, all of `kinds`, and is no force
/// or government.
fn names_only(m: &Mentions, items: &[usize], kinds: &[Kind]) -> bool {
    !items.is_empty()
        && items.iter().all(|&ii| {
            let it = &m.items[ii];
            !matches!(it.what, What::Force(_) | What::Government)
                && !it.actors.is_empty()
                && it.actors.iter().all(|&x| kinds.contains(&m.actors[x].kind))
        })
}

/// The last noun of the run of nouns from token `k` on, past a possessor's ending: the
/// head of "the rebel leaders", "analysts' profit estimates".
fn head_noun(doc: &Doc, k: usize) -> usize {
    let toks = &doc.tokens;
    let mut h = k;
    let mut j = k;
    while j < toks.len() && (toks[j].is_noun() || toks[j].tag == "POS" && j > k) {
        if toks[j].is_noun() {
            h = j;
        }
        j += 1;
    }
    h
}

/// Whether a common noun names people one can meet: a role or body that can speak (word
/// classes `source_noun`, `group_noun`) or a title ("met the rebel leaders", "met
/// officials"), not a thing ("met concerns").
fn names_people(tok: &Token) -> bool {
    let lemma = tok.lemma.to_lowercase();
    is("source_noun", &lemma)
        || is("group_noun", &tok.lower)
        || Lexicon::get().titles.may_start(&tok.lower)
}

/// "The new terrorism demands new powers": whether active "demand" has as its subject a
/// noun of a situation or task (word class `requiring_noun`), which only requires what it
/// "demands".
fn thing_requires(doc: &Doc, tree: &Tree, t: usize) -> bool {
    let toks = &doc.tokens;
    if toks[t].lemma.to_lowercase() != "demand" || !tree.is_clause() {
        return false;
    }
    (tree.dependents(t, "nsubj").iter())
        .any(|&h| is("requiring_noun", &toks[h].lemma.to_lowercase()))
}

/// "Their interests were met", "costs will be met": whether passive "met" has a common
/// noun that names no people as its subject — a thing satisfied or paid, not a person met;
/// or as its "by" phrase ("will be partly met by higher taxes": what pays, not who meets);
/// by the words, the noun right before "be" where the tree gives neither.
fn met_thing(doc: &Doc, tree: &Tree, t: usize) -> bool {
    let toks = &doc.tokens;
    let thing = |k: &usize| matches!(toks[*k].tag, "NN" | "NNS") && !names_people(&toks[*k]);
    let paid_by = (tree.dependents(t, "obl:agent").into_iter())
        .filter(|&b| tree.has_dependent_word(b, "case", "by"));
    let mut met = tree.dependents(t, "nsubj:pass");
    met.extend(paid_by);
    // Where the parser hung the passive elsewhere ("to ensure its interests were met"),
    // the noun right before its auxiliary.
    let s0 = tree.sentence().start;
    if met.is_empty() && t >= s0 + 2 && toks[t].tag == "VBN" && toks[t - 1].lemma == "be" {
        met.push(t - 2);
    }
    met.iter().any(thing)
}

/// Whether active "meet" at `t` tells of things joining, not people gathering (word class
/// `joining_thing`): its subject ("the two roads meet"), or the object of the verb it is
/// the bare infinitive of ("to make ends meet"), by the tree.
fn things_join(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    let mut subjects = tree.dependents(t, "nsubj");
    if let (Some(h), "xcomp") = tree.arc(t) {
        if is("bare_infinitive_verb", &toks[h].lemma.to_lowercase()) {
            subjects.extend(tree.dependents(h, "obj"));
        }
    }
    (subjects.into_iter()).any(|k| is("joining_thing", &toks[k].lemma.to_lowercase()))
}

/// Whether what verb `t` ("meet") meets is a goal or a reception, from the tree (word class
/// `goal_noun`): its object, its passive subject ("the golden rule will be met"), the
/// noun a relative clause on it hangs on ("a target he says he has now met"), or its
/// "with" phrase ("the proposals met with disapproval").
fn tree_meets_a_goal(doc: &Doc, tree: &Tree, t: usize) -> bool {
    let toks = &doc.tokens;
    let mut met = tree.dependents(t, "obj");
    met.extend(tree.dependents(t, "nsubj:pass"));
    // "met with disapproval" has no object; "meeting people with concerns" meets people.
    if met.is_empty() {
        met.extend(
            tree.dependents(t, "obl")
                .into_iter()
                .filter(|&o| tree.has_dependent_word(o, "case", "with")),
        );
    }
    if met.is_empty() {
        // Up a clause or two to the relative clause the verb's gap is in.
        let mut v = t;
        for _ in 0..3 {
            match tree.arc(v) {
                (Some(n), "acl:relcl") => {
                    met.push(n);
                    break;
                }
                (Some(h), "ccomp" | "xcomp" | "conj") if toks[h].is_verb() => v = h,
                _ => break,
            }
        }
    }
    if met.is_empty() && toks[t].tag == "VBN" {
        // "had to be met": the passive subject of the verb it completes.
        met.extend(tree.subject_of(t, |_| false).unwrap_or_default());
    }
    met.iter()
        .any(|&k| is("goal_noun", &toks[k].lemma.to_lowercase()))
}

/// Whether word `w` is the head word of a trigger that `pred` accepts (a verb of a verbal
/// trigger, a noun of a nominal one, by lemma).
fn heads_a_trigger(lex: &Lexicon, w: &Token, pred: impl Fn(&Trigger) -> bool) -> bool {
    let heads = if w.is_verb() {
        &lex.verb_heads
    } else {
        &lex.noun_heads
    };
    (heads.get(&w.lemma.to_lowercase())).is_some_and(|v| v.iter().any(|&i| pred(&lex.triggers[i])))
}

/// Whether power or a state is what is taken: "of" a country or capital, or "power" or
/// "control" right after the trigger's last word.
fn power_taken(m: &Mentions, a: &Args, toks: &[crate::analyze::Token], end: usize) -> bool {
    a.pp_word("of").iter().any(|&o| {
        m.items[o]
            .actors
            .iter()
            .any(|&x| matches!(m.actors[x].kind, Kind::Capital | Kind::Country))
    }) || power_noun_follows(toks, end)
}

/// Whether "power" or "control" (word class `power_noun`) comes right after the trigger
/// ending at `end` (past one word: "seized full control").
fn power_noun_follows(toks: &[crate::analyze::Token], end: usize) -> bool {
    toks.get(end + 1)
        .is_some_and(|n| is("power_noun", &n.lower))
}

impl Site<'_> {
    /// Need `carried`: what the verb moves is its object, so a force must move and the
    /// object, when named, must be one: "the firm is to relocate ten of its plants" moves
    /// none, whoever its subject stands for.
    fn carries_a_force(
        &self,
        m: &Mentions,
        forces: &[usize],
        np_object: Option<usize>,
        tree: &Tree,
    ) -> bool {
        let tok = |k: usize| &self.doc.tokens[k];
        let in_force = |k: usize| {
            (forces.iter().map(|&f| &m.forces[f]))
                .any(|f| f.start <= tok(k).start && tok(k).end <= f.end)
        };
        let no_force = |k: usize| !in_force(k) && !m.is_force_at(k);
        // The object by the tree too: "about 6 of its 14 plants".
        let object = tree.dependents(self.t, "obj").first().is_some_and(|&h| {
            let (a, b) = tree.phrase_span(h);
            matches!(tok(h).tag, "NN" | "NNS" | "CD") && (a..b).all(no_force)
        });
        let thing = object || self.moved_thing(m, np_object).is_some_and(no_force);
        !forces.is_empty() && !thing && !self.moves_a_plain_noun(m, tree)
    }

    /// (`mover`) Whether a participle moves a plain noun, which is then no force: the noun it
    /// modifies (the tree's `acl`: "a brochure for the new tram, withdrawn from libraries in
    /// June") or its passive subject ("the leaflets were withdrawn", a product's name:
    /// "Vioxx was withdrawn from shops", also one it shares with a clause before), with no
    /// force in
    /// that noun's phrase ("the last of the soldiers were withdrawn" names one).
    /// Whether one of `forces` is named as a force ("its troops"), not only by the state
    /// or group that stands for it ("Britain withdrew").
    fn names_a_force(&self, m: &Mentions, forces: &[usize]) -> bool {
        let toks = &self.doc.tokens;
        forces.iter().any(|&f| {
            let k = self.doc.token_from(m.forces[f].start);
            k < toks.len() && m.is_force_at(k)
        })
    }

    /// Whether what the trigger leaves, by its "from" phrase or as its object ("to leave
    /// the European Union"), is an undertaking and no place: a treaty, a contract, a
    /// contest (word class `undertaking_noun`), an event ("withdrew from the talks") or an
    /// organisation one is a member of ("withdraw from the WTO"). One withdraws from those
    /// by a decision, and no force moves.
    fn leaves_an_undertaking(&self, m: &Mentions, tree: &Tree) -> bool {
        let toks = &self.doc.tokens;
        let lex = Lexicon::get();
        let from = |k: &usize| tree.has_dependent_word(*k, "case", "from");
        // What is left "from", or what "leave" or "quit" takes as its object ("for the UK
        // to leave the European Union").
        let left = (tree.dependents(self.t, "obl").into_iter())
            .chain(tree.dependents(self.t, "nmod"))
            .find(from)
            .or_else(|| tree.dependents(self.t, "obj").first().copied());
        left.is_some_and(|k| {
            let lemma = toks[k].lemma.to_lowercase();
            let member_of = m.item_at[k].is_some_and(|ii| {
                let it = &m.items[ii];
                it.what == What::Entity
                    && (it.actors.iter())
                        .any(|&a| matches!(m.actors[a].kind, Kind::Organization | Kind::IntlOrg))
            });
            let event =
                lex.noun_heads.contains_key(&lemma) || lex.noun_heads.contains_key(&toks[k].lower);
            is("undertaking_noun", &lemma) || event || member_of
        })
    }

    /// Whether a verb's object is a reflexive pronoun, which stands for its subject as what
    /// moves: "Europe needs to reinforce itself" moves no force unless a force is named.
    fn moves_itself(&self, tree: &Tree) -> bool {
        let toks = &self.doc.tokens;
        self.trig.verb
            && (tree.dependents(self.t, "obj").into_iter()).any(|k| {
                toks[k].tag == "PRP" && toks[k].lower.ends_with("self")
                    || toks[k].lower == "themselves"
            })
    }

    fn moves_a_plain_noun(&self, m: &Mentions, tree: &Tree) -> bool {
        let toks = &self.doc.tokens;
        if !self.trig.verb || toks[self.t].tag != "VBN" {
            return false;
        }
        // A passive joined to a clause before takes its subject ("this one overstepped the
        // mark and should be withdrawn").
        let shared = || {
            let passive = !tree.dependents(self.t, "aux:pass").is_empty();
            (passive
                .then(|| tree.subject_of(self.t, |_| false))
                .flatten())
            .and_then(|s| s.first().copied())
        };
        let moved = match tree.arc(self.t) {
            (Some(h), "acl") => Some(h),
            _ => (tree.dependents(self.t, "nsubj:pass").first().copied()).or_else(shared),
        };
        moved.is_some_and(|h| {
            let (a, b) = tree.phrase_span(h);
            matches!(toks[h].tag, "NN" | "NNS" | "NNP" | "NNPS")
                && (a..b).all(|k| !m.is_force_at(k))
        })
    }

    /// Whether a noun's possessor, the one who moves, is a person or a firm, which move no
    /// force: "Its withdrawal from the $325m (£170m) contract" (its: the contractor),
    /// "Contrack's withdrawal"; not a state or a body of states ("Nato's withdrawal").
    fn civilian_owner(&self, m: &Mentions) -> bool {
        let toks = &self.doc.tokens;
        if self.trig.verb {
            return false;
        }
        let mut k = self.t;
        while k > 0 && matches!(toks[k - 1].tag, "JJ" | "NN" | "HYPH") {
            k -= 1;
        }
        let owner = match k.checked_sub(1).map(|j| (j, toks[j].tag)) {
            Some((j, "PRP$")) => m.item_at[j],
            Some((j, "POS")) if j > 0 => m.item_at[j - 1],
            _ => None,
        };
        owner.is_some_and(|ii| {
            let it = &m.items[ii];
            it.what == What::Entity
                && !it.actors.is_empty()
                && (it.actors.iter())
                    .all(|&a| matches!(m.actors[a].kind, Kind::Organization | Kind::Person))
        })
    }

    /// The plain noun (no force, no entity) named as what is moved: the verb's object, or
    /// the head of the noun's "of" phrase ("the withdrawal of the bill").
    fn moved_thing(&self, m: &Mentions, np_object: Option<usize>) -> Option<usize> {
        let toks = &self.doc.tokens;
        // After a verb: its object, or the thing after a partitive ("two of its leaflets").
        let of = if self.trig.verb {
            // Past a word that rounds the number ("about 10 of its plants").
            let first = (self.end..toks.len().min(self.end + 3))
                .find(|&k| !is("approximator", &toks[k].lower))
                .unwrap_or(self.end);
            let partitive = toks.get(first).is_some_and(|n| {
                n.tag == "CD" || is("quantifier", &n.lower) || is("partitive", &n.lower)
            });
            if np_object.is_some() || !partitive {
                return np_object;
            }
            first + 1
        } else {
            self.end
        };
        if toks.get(of).is_none_or(|n| n.lower != "of") {
            return None;
        }
        // Past a name that possesses it ("the deployment of Economic and Social Research
        // Council's limited resources").
        let mut from = of + 1;
        if let Some(ii) = toks.get(from).and_then(|_| m.item_at[from]) {
            let it = &m.items[ii];
            if it.start == from && toks.get(it.end).is_some_and(|n| n.tag == "POS") {
                from = it.end + 1;
            }
        }
        (from..toks.len().min(from + 4))
            .take_while(|&k| {
                (m.item_at[k].is_none() || toks[k].tag == "PRP$")
                    && !toks[k].is_verb()
                    && !matches!(toks[k].tag, "IN" | "TO" | "." | "," | ":" | "CC")
            })
            .filter(|&k| toks[k].is_noun() && !toks[k].is_proper())
            .last()
    }

    /// Whether "strike" is another kind than an armed one: for the noun, a common noun before
    /// it that is no armed modifier ("hunger strike", "rail strike") or an adjective naming a
    /// kind of walk-out ("a general strike"); for the verb, a thing struck in another sense
    /// ("struck a deal"; "agreements had been struck"; "a deal struck in Sochi").
    fn other_kind_of_strike(&self, m: &Mentions, np_object: Option<usize>) -> bool {
        let (toks, t) = (&self.doc.tokens, self.t);
        let before = t.checked_sub(1).map(|k| &toks[k]);
        if !self.trig.verb {
            return before.is_some_and(|b| {
                m.item_at[t - 1].is_none()
                    && ((matches!(b.tag, "NN" | "NNS") && !is("armed_modifier", &b.lower))
                        || is("strike_kind", &b.lower))
            });
        }
        // What is struck, when it is a thing one strikes in another sense ("struck a deal");
        // in the passive it stands before the auxiliary ("agreements had been struck").
        // A participle right after its noun: "a deal struck in Sochi".
        let reduced = (t > 0 && toks[t - 1].is_noun()).then(|| t - 1);
        // The object's head, past the nouns and a country's adjective before it ("struck a
        // gas deal", "strikes Turkmen gas deal").
        let passive = toks[t].tag == "VBN"
            && (t.saturating_sub(3)..t).any(|k| is("passive_aux", &toks[k].lemma.to_lowercase()));
        let struck = (self.object_head(false).or(np_object))
            .or(reduced)
            .or_else(|| {
                passive
                    .then(|| (t.saturating_sub(5)..t).rev().find(|&k| toks[k].is_noun()))
                    .flatten()
            });
        let other_sense = |k: usize| {
            m.item_at[k].is_none() && is("struck_in_other_sense", &toks[k].lemma.to_lowercase())
        };
        // A passive subject with an infinitive of its own, however long: "a deal to turn it
        // into a sport and entertainment venue was struck".
        let s0 = self.doc.sentences[self.si].tokens.start;
        let subject_with_infinitive = || {
            (s0..t).any(|k| {
                other_sense(k)
                    && toks.get(k + 1).is_some_and(|n| n.lower == "to")
                    && !(k + 2..t).any(|j| {
                        toks[j].is_finite() && !is("passive_aux", &toks[j].lemma.to_lowercase())
                    })
            })
        };
        struck.is_some_and(other_sense) || passive && subject_with_infinitive()
    }

    /// "The takeover came a month after …": a definite takeover in an article that has
    /// already told of a coup ("coup", "putsch", "ousted", "toppled") refers back to it.
    fn refers_to_earlier_coup(&self) -> bool {
        let (toks, t) = (&self.doc.tokens, self.t);
        let lex = Lexicon::get();
        let definite = t > 0 && matches!(toks[t - 1].lower.as_str(), "the" | "this" | "that");
        // The whole phrase of a trigger of several words: "take power", not any "take".
        let told_at = |k: usize| {
            let limit = self.doc.sentences[self.doc.sentence_of(k)].tokens.end;
            heads_a_trigger(lex, &toks[k], |tr| {
                tr.event_type == EventType::Coup
                    && matches!(tr.need, Need::None | Need::Ruler)
                    && phrase_end(self.doc, tr, k, limit).is_some()
            })
        };
        definite && (0..t).any(told_at)
    }

    /// Whether a poll is a survey of opinion ([`is_a_survey`]).
    fn is_a_survey(&self, m: &Mentions) -> bool {
        is_a_survey(self.doc, m, self.t, self.end)
    }

    /// Whether a demand noun is somebody's claim: a possessor ("the junta's", "its"), "that"
    /// or "to" and a verb after it ("demands to recognise"), a participle whose "by" names
    /// who made it ("the deadline set by President Biden"), or "for" an event, a force or
    /// an actor ("demand for the withdrawal"; not "demand for travel", "domestic demand").
    /// A "that" a verb follows at once is a relative pronoun: "demand that has shown few
    /// signs of a rebound" is the market's.
    fn is_a_claim(&self, m: &Mentions, possessor: Option<usize>) -> bool {
        let toks = &self.doc.tokens;
        let lex = Lexicon::get();
        if self.is_the_markets() {
            return false;
        }
        let next = |k: usize| toks.get(self.end + k);
        let that_clause = next(0).is_some_and(|n| n.lower == "that")
            && next(1).is_some_and(|n| !(n.is_verb() || n.tag == "MD"));
        let claim_after = that_clause
            || (next(0).is_some_and(|n| n.lower == "to") && next(1).is_some_and(|n| n.tag == "VB"));
        let owned = possessor.is_some() || (self.t > 0 && toks[self.t - 1].tag == "PRP$");
        // "the deadline set by President Biden", "the demand made by the unions": a
        // participle of making (word class `claim_made_verb`; not "demand driven by China")
        // whose "by" names who made it.
        let actor = |k: usize| m.item_at[k].is_some_and(|ii| !m.items[ii].actors.is_empty());
        let made_by = next(0)
            .is_some_and(|n| n.tag == "VBN" && is("claim_made_verb", &n.lemma.to_lowercase()))
            && next(1).is_some_and(|n| n.lower == "by")
            && (self.end + 2..toks.len().min(self.end + 5)).any(actor);
        // "calls for the publication of the advice": a noun whose phrase ends in "for"
        // asks for what follows (a demand's "for" after it may be the market's).
        let asks_for = toks[self.end - 1].lower == "for";
        if owned || claim_after || made_by || asks_for {
            return true;
        }
        // "for" after the noun (one ending in "for" asked already).
        if toks.get(self.end).is_none_or(|n| n.lower != "for") {
            return false;
        }
        let after_for = self.end + 1;
        (after_for..toks.len().min(after_for + 5))
            .take_while(|&k| {
                !matches!(
                    toks[k].tag,
                    "." | "," | ":" | "IN" | "TO" | "VBD" | "VBZ" | "VBP"
                )
            })
            .any(|k| {
                // A named actor, not a described group, asked to act or owning what is
                // asked ("demand for Iran to halt", "demand for Mr Smith's resignation"):
                // "demand for skilled workers" and "demand for the IPO" are the market's.
                m.item_at[k].is_some_and(|ii| {
                    let it = &m.items[ii];
                    // What it owns is traded ("demand for the insurer's debut shares").
                    let traded = (it.end + 1..toks.len().min(it.end + 5))
                        .take_while(|&j| matches!(toks[j].tag, "JJ" | "VBN" | "NN" | "NNS"))
                        .last()
                        .is_some_and(|h| is("market_word", &toks[h].lemma.to_lowercase()));
                    let asked = !traded
                        && (it.possessive
                            || toks
                                .get(it.end)
                                .is_some_and(|n| matches!(n.lower.as_str(), "to" | "'s")));
                    (asked && it.actors.iter().any(|&x| m.actors[x].kind != Kind::Group))
                        || matches!(it.what, What::Force(_))
                }) || (toks[k].is_noun() && lex.heads_an_event_noun(&toks[k]))
            })
    }

    /// Whether a singular noun of word class `mass_market_noun` is the market's: a mass
    /// noun, with no article, owner or name before its adjectives ("demand for cars",
    /// "strong demand for its shoes"), or with a word of the market's size or mood among
    /// them (`market_size_word`: "the country's growing demand for oil"); not "an EU
    /// demand for Turkey to recognise Cyprus" or "the union's demand for a pay rise".
    fn is_the_markets(&self) -> bool {
        let toks = &self.doc.tokens;
        let s0 = self.doc.sentences[self.si].tokens.start;
        let w = &toks[self.t];
        if self.trig.verb || w.tag != "NN" || !is("mass_market_noun", &w.lemma.to_lowercase()) {
            return false;
        }
        let mut k = self.t;
        while k > s0
            && matches!(
                toks[k - 1].tag,
                "JJ" | "JJR" | "VBG" | "VBN" | "RB" | "HYPH"
            )
        {
            k -= 1;
            if is("market_size_word", &toks[k].lower) {
                return true;
            }
        }
        let before = (k > s0).then(|| &toks[k - 1]);
        !before.is_some_and(|b| {
            matches!(
                b.tag,
                "DT" | "PRP$" | "POS" | "NN" | "NNS" | "NNP" | "NNPS" | "CD"
            )
        })
    }

    /// Whether "ask" asks for something rather than asks a question: within its clause,
    /// "to" and a verb ("asked France to replace"), "for" ("asked for calm", "asked the
    /// court for") or "that" come before any "if", "whether", question word or quotation.
    /// A "who" or "which" after a noun opens a relative clause, not a question ("asked
    /// anyone who saw him to call"), and that clause's verb does not end the search. A
    /// source asking not to be named or identified asks nothing of anyone, and a ballot or
    /// a survey puts a question (`questioning_noun` as the subject's head or the noun before
    /// it: "The ballot will ask residents to vote for or against the scheme", "the ballot
    /// paper asks").
    fn is_a_request(&self) -> bool {
        let toks = &self.doc.tokens;
        let questioning = |k: usize| {
            let noun = |j: usize| toks[j].tag == "NN" || toks[j].tag == "NNS";
            let of_class = |j: usize| is("questioning_noun", &toks[j].lemma.to_lowercase());
            noun(k) && (of_class(k) || k > 0 && noun(k - 1) && of_class(k - 1))
        };
        if self.trig.verb && self.word_before_verb().is_some_and(questioning) {
            return false;
        }
        let mut relative = false;
        for k in self.end..toks.len().min(self.end + 12) {
            let t = &toks[k];
            if matches!(t.tag, "WP" | "WDT") && k > self.end && toks[k - 1].is_noun() {
                relative = true;
                continue;
            }
            if matches!(t.tag, "." | ":" | "``" | "''" | "WRB" | "WP")
                || matches!(t.lower.as_str(), "if" | "whether" | "\"" | "“" | "," | ";")
            {
                return false;
            }
            match t.lower.as_str() {
                // "ask firms to \"roll over\" loans": a quotation may open at the verb.
                // "asked not to be named": a source's own anonymity (`identify_verb`), no
                // request of anyone.
                "to" => {
                    let anonymous = toks.get(k + 1).is_some_and(|n| n.lower == "be")
                        && toks.get(k + 2).is_some_and(|n| {
                            n.tag == "VBN" && is("identify_verb", &n.lemma.to_lowercase())
                        });
                    return !anonymous
                        && toks[k + 1..]
                            .iter()
                            .find(|n| !matches!(n.tag, "``" | "''"))
                            .is_some_and(|n| n.tag == "VB");
                }
                "for" => return true,
                "that" if !relative => return true,
                _ => {}
            }
            // A finite verb starts another clause; a participle may modify the one asked
            // ("asked the soldiers based in Libreville to leave").
            if t.is_finite() && !relative {
                return false;
            }
        }
        false
    }
}

/// Whether the trigger's object is a force.
fn object_is_force(m: &Mentions, a: &Args) -> bool {
    a.object
        .is_some_and(|o| matches!(m.items[o].what, What::Force(_)))
}

/// Whether events of type `ty` take as object a party to them, never the ground they are
/// on, even when it is a place: whom a demand presses ("Blair is pressing the US to cut
/// gases"), whom a sanction or a designation strikes, whom one meets or agrees with. A
/// visit, an attack or a protest may take the place it is in ("visited Iraq").
fn object_is_a_party(ty: EventType) -> bool {
    matches!(
        ty,
        EventType::Demand
            | EventType::Sanction
            | EventType::Designation
            | EventType::Meeting
            | EventType::Agreement
    )
}

/// Whether the trigger's object is a place.
fn object_is_place(m: &Mentions, a: &Args) -> bool {
    a.object.is_some_and(|o| m.items[o].is_place(m))
}

/// Movers of a nominal movement: the possessor, "of" phrases and modifiers ("the troops'
/// departure", "the withdrawal of French forces"); for a deployment, else the subject.
fn nominal_movement_roles(ty: EventType, a: &Args, mut r: Roles) -> Roles {
    r.movers.extend(a.possessor);
    r.movers.extend(a.pp_word("of"));
    r.movers.extend(a.modifiers.iter().copied());
    if r.movers.is_empty() && ty == EventType::Deployment {
        r.movers.extend(a.subject);
    }
    r
}

/// Agents and affected of another verbal event: the subject acts on the object (the "by"
/// phrase on the subject when passive); a place object is where it happens, unless events
/// of the type take a party as object ([`object_is_a_party`]).
fn verbal_roles(doc: &Doc, m: &Mentions, a: &Args, mut r: Roles, ty: EventType) -> Roles {
    let subj = a.subjects.clone();
    let obj: Vec<usize> = a.object.map_or_else(Vec::new, |o| coordinated(doc, m, o));
    if a.passive {
        r.agents = if a.by_agents.is_empty() {
            a.pp_word("by")
        } else {
            a.by_agents.clone()
        };
        r.affected = subj;
    } else {
        r.agents = subj;
        if object_is_a_party(ty) || !object_is_place(m, a) {
            r.affected = obj;
        } else {
            r.location.extend(obj);
        }
    }
    r.affected.extend(a.pp("pp_target"));
    r
}

/// An item and the items a list joins to it: "Berlusconi and German Chancellor Gerhard
/// Schroeder", "Mali, Niger and Chad" (a title or adjectives may stand before each); not a
/// name that modifies the common noun after it.
fn coordinated(doc: &Doc, m: &Mentions, first: usize) -> Vec<usize> {
    let toks = &doc.tokens;
    let end = doc.sentences[m.items[first].sentence].tokens.end;
    let mut out = vec![first];
    let mut k = m.items[first].end;
    while k < end && matches!(toks[k].lower.as_str(), "," | "and") {
        let mut j = k + 1;
        if j < end && toks[j].lower == "and" {
            j += 1;
        }
        // A title or adjectives before the next name ("German Chancellor").
        let stop = end.min(j + 4);
        let modifier = |j: usize| m.item_at[j].is_none_or(|ii| m.items[ii].what == What::Modifier);
        while j < stop && modifier(j) && matches!(toks[j].tag, "JJ" | "NNP" | "DT") {
            j += 1;
        }
        // A name right before a common noun modifies it, no member of the list: "newly
        // re-elected President Bush, the Labor Department figures".
        let modifies = |ii: usize| {
            toks.get(m.items[ii].end)
                .is_some_and(|n| matches!(n.tag, "NN" | "NNS"))
        };
        match m.item_at.get(j).copied().flatten() {
            Some(ii)
                if ii != *out.last().unwrap_or(&first) && usable(&m.items[ii]) && !modifies(ii) =>
            {
                out.push(ii);
                k = m.items[ii].end;
            }
            _ => break,
        }
    }
    out
}

/// Agents and affected of another nominal event: possessor and modifiers act ("Russia's
/// sanctions"); an "of" phrase is where it happens if a place, else whom it affects.
/// A state holds an election; parties, candidates and voters take part in it ("Labour won
/// the election" makes Labour no organiser). What a vote is "on" is its question, not who
/// takes part ("a referendum on the European constitution").
fn election_roles(m: &Mentions, a: &Args, r: &mut Roles) {
    let states = |ii: &usize| {
        let it = &m.items[*ii];
        it.what == What::Government
            || !it.actors.is_empty() && it.actors.iter().all(|&a| m.actors[a].kind.is_polity())
    };
    let (held_by, running): (Vec<usize>, Vec<usize>) =
        std::mem::take(&mut r.agents).into_iter().partition(states);
    r.agents = held_by;
    r.participants.extend(running);
    let question = a.pp("pp_target");
    let affected = std::mem::take(&mut r.affected);
    r.participants
        .extend(affected.into_iter().filter(|ii| !question.contains(ii)));
}

fn nominal_roles(m: &Mentions, a: &Args, mut r: Roles) -> Roles {
    r.agents.extend(a.possessor);
    r.agents.extend(a.modifiers.iter().copied());
    for o in a.pp_word("of") {
        if m.items[o].is_place(m) {
            r.location.push(o);
        } else {
            r.affected.push(o);
        }
    }
    r.affected.extend(a.pp("pp_target"));
    r
}

/// The states among the agents (a capital's country for a capital), who own the forces
/// they send or withdraw: "Portugal sent a small contingent".
fn agent_polities(m: &mut Mentions, agents: &[usize]) -> Vec<usize> {
    actors_of(m, agents)
        .into_iter()
        .filter_map(|a| {
            let k = m.actors[a].kind;
            if k.is_polity() {
                Some(a)
            } else if k == Kind::Capital {
                m.country_of(a)
            } else {
                None
            }
        })
        .collect()
}

/// Gives the agent states the forces with no owner of their own (or, for a deployment, an
/// owner only guessed by coreference, which an explicit sender beats).
fn claim_forces(m: &mut Mentions, forces: &[usize], polities: &[usize], ty: EventType) {
    for &f in forces {
        let guessed = m.forces[f].inferred && ty == EventType::Deployment;
        if (m.forces[f].owners.is_empty() || guessed) && !m.forces[f].irregular {
            m.forces[f].owners = polities.to_vec();
            if let Some(ii) = m.force_item.get(f).copied().flatten() {
                m.items[ii].actors = polities.to_vec();
            }
        }
    }
}

/// The event's agents: the agent items' actors, a capital standing for its country
/// ("Washington will pull …"); for a movement with none, the forces' owners.
fn event_agents(m: &mut Mentions, agents: &[usize], forces: &[usize], ty: EventType) -> Vec<usize> {
    let mut out: Vec<usize> = actors_of(m, agents)
        .into_iter()
        .map(|a| {
            if m.actors[a].kind == Kind::Capital {
                m.country_of(a).unwrap_or(a)
            } else {
                a
            }
        })
        .collect();
    super::mentions::dedup(&mut out);
    if out.is_empty() && moves(ty) {
        out = forces
            .iter()
            .flat_map(|&f| m.forces[f].owners.clone())
            .collect();
        out.dedup();
    }
    out
}

/// Whether token `t` stands inside a quotation: an odd number of quotation marks before it
/// in its sentence.
fn in_quotation(doc: &Doc, t: usize, si: usize) -> bool {
    super::mentions::quoted_since(doc, doc.sentences[si].tokens.start, t)
}

/// Whether a lemma is an auxiliary ("be", "have", "do").
fn is_aux(lemma: &str) -> bool {
    matches!(lemma, "be" | "have" | "do")
}

/// A trigger's head lemma.
fn lemma_of(trig: &Trigger) -> &str {
    trig.words[0].as_str()
}

/// The status an event's setting tells before any word that governs it: denied as said,
/// done as an implicative verb implies, left behind, told as coming, in a clause of time,
/// named as past or as a cause, undone or done as a relative clause tells, only possible,
/// counted into now, or named beside a deal. With the tense rank and that words told it.
fn status_by_its_setting(
    doc: &Doc,
    lex: &Lexicon,
    (t, si): (usize, usize),
    trig: &Trigger,
    tree: &Tree,
    own: i8,
) -> Option<(Status, i8, bool)> {
    let verb = trig.verb;
    if denied_as_said(tree, t, verb)
        || !verb && trig.event_type == EventType::Agreement && fell_through(tree, t)
        || !verb && none_of_it(tree, t)
    {
        return Some((Status::Denied, own, true));
    }
    // "prompted Sir Stanley to resign in protest": a noun in the clause of an infinitive an
    // implicative verb implies was done with it.
    let implied_clause = !verb && {
        let c = clause_head(tree, t);
        c != t && tree.tokens()[c].is_verb() && done_as_implied(tree, c)
    };
    if verb && done_as_implied(tree, t) || implied_clause {
        return Some((Status::Completed, -1, true));
    }
    if !verb && left_behind(doc, t, si) {
        return Some((Status::UnderWay, 0, true));
    }
    if told_as_coming(doc, tree, (t, si), trig, own) {
        return Some((Status::Planned, 1, true));
    }
    // A noun inside the clause, after its mark, takes it from the clause's verb ("when
    // leaders gather for a summit"), unless that verb speaks of its status.
    let inside = |c: usize| {
        (tree.dependents(c, "mark").into_iter())
            .chain(tree.dependents(c, "advmod"))
            .all(|k| k < t)
    };
    let clause = match verb {
        true => Some(t),
        false => Some(clause_head(tree, t))
            .filter(|&c| c != t && status_class(lex, &doc.tokens[c]).is_none() && inside(c)),
    };
    if let Some(status) = clause.and_then(|c| present_in_a_clause_of_time(doc, tree, c)) {
        return Some((status, i8::from(status == Status::Planned), true));
    }
    // "the latest meeting", "the last election", "earlier talks": named as past; so is
    // a cause ("in response to the attacks").
    if !verb && (named_as_past(doc, t, si) || is_a_cause(doc, t, si) || followed(tree, t)) {
        return Some((Status::Completed, -1, true));
    }
    // "its existing agreements", "the current sanctions": made and in force.
    if !verb && named_in_force(doc, trig, t, si) {
        return Some((Status::Completed, 0, true));
    }
    // "the deal, which could not be carried out": a relative clause that says it was not
    // carried out tells that it did not take place.
    if !verb && undone_as_told(tree, t) {
        return Some((Status::Denied, -1, true));
    }
    // "a deal which took the firm's assets into public ownership": what a relative clause
    // says it did took place, at a time the clause does not place.
    if !verb && did_as_told(lex, tree, t) {
        return Some((Status::Completed, own.min(0), true));
    }
    // "a possible terrorist attack": only thought of; "the party usually holds its
    // conference in Brighton": a habit, no one event.
    if !verb && (named_as_possible(doc, t, si) || within_a_habit(tree, t) || required(tree, t)) {
        return Some((Status::Hypothetical, own.max(0), true));
    }
    if only_allowed_or_a_case(tree, t) || an_activity_as_subject(tree, t) {
        return Some((Status::Hypothetical, own.max(0), true));
    }
    if !verb && counted_into_now(tree, t) {
        return Some((Status::UnderWay, 0, true));
    }
    if !verb && trig.event_type == EventType::Agreement && named_beside(doc, t, si) {
        return Some((Status::Completed, own.min(-1), true));
    }
    None
}

/// Status from governing words, negation and modality; rank from tense; and whether a word
/// (not the tense alone) set the status.
fn status_and_rank(
    doc: &Doc,
    lex: &Lexicon,
    (t, si): (usize, usize),
    trig: &Trigger,
    tree: &Tree,
) -> (Status, i8, bool) {
    let verb = trig.verb;
    if let Some(told) = told_by_its_frame(doc, lex, (t, si), trig, tree) {
        return told;
    }
    // "began the visit by signing a deal": the means of a clause's act is done when the act
    // is, by the tense of the verb it hangs on; that verb's own status words speak of its
    // object ("began" of the visit), not of the means.
    let means = verb.then(|| means_of(doc, tree, t)).flatten();
    let own = own_rank(doc, (t, si), trig, tree, means);
    if let Some(told) = status_by_its_setting(doc, lex, (t, si), trig, tree, own) {
        return told;
    }
    // "refused to comment before the election", "to avoid a confrontation in the run-up to
    // the election": an event that only dates the clause is not what the clause's words of
    // status or negation speak of.
    // So does the occasion of a clause's act ("told the chancellor at a dinner": the
    // dinner is no order) and a participle on a noun ("at a dinner hosted by …").
    let landmark = !verb
        && (framing_preposition(doc, t, si).is_some_and(|p| is("temporal_preposition", p))
            || later_phrase(doc, t, si).is_some()
            || occasion_of(tree, t).is_some())
        || verb && (reduced_relative(tree, t) || means.is_some() || gerund_on(tree, t));
    // "was not expected to win the 1987 election", "would have won the election": the
    // words above a verb of contesting speak of the outcome; the election is held (or
    // to come) by the tense of the clause the contest is told in.
    if let Some((st, rank)) = told_by_its_clause(doc, tree, (t, si), trig) {
        return (st, rank, false);
    }
    let mut g = if landmark {
        Governing {
            status: None,
            negated: false,
        }
    } else {
        governing(doc, lex, (t, si), trig, tree)
    };
    if !verb && g.status.is_none() {
        g.status = status_from_subject_verb(doc, lex, tree, t);
    }
    // "Mr Blair has resisted calls for him to name the day", "rejected the Tories' call
    // for a quota", "a call for shortlists has been rejected": a demand resisted or
    // rejected was made; the answer is not its status. Nor is one granted ("the IMF
    // approved Sri Lanka's request for a freeze").
    let answered = !verb && trig.event_type == EventType::Demand;
    let opposed = matches!(tree.arc(t), (Some(h), "obj" | "nsubj:pass")
        if is("opposing_verb", &doc.tokens[h].lemma.to_lowercase()));
    if answered && (opposed || matches!(g.status, Some((Status::Denied | Status::Agreed, _)))) {
        g.status = None;
    }
    let by_word = g.status.is_some() || g.negated;
    let mut st = match g.status {
        Some((status, _)) => status,
        None => default_status(doc, (t, si, trig), own, tree),
    };
    if g.negated {
        st = if negated_possibility(doc, tree, t, si) {
            Status::Hypothetical
        } else {
            Status::Denied
        };
    }
    let (st, fired, supposed_past, own) =
        only_supposed_or_likely(doc, tree, (t, si), (verb, g.negated), st, own);
    let by_word = by_word || fired;
    let rank = g.status.map_or(own, |(_, rank)| rank);
    match supposed_past {
        true => (st, 0, by_word),
        false => (st, rank.max(own.min(0)), by_word),
    }
}

/// What makes an event of status `st` (its own tense rank `own`) only supposed, whatever
/// the words that govern it say: a kind never had, any of a kind, a condition, a question,
/// a clause of purpose; or what an adjective of chance said of it gives
/// ([`predicated_chance`]). The status, whether any of these spoke, whether a past form
/// only supposes in a condition, and the rank the chance gives.
fn only_supposed_or_likely(
    doc: &Doc,
    tree: &Tree,
    (t, si): (usize, usize),
    (verb, negated): (bool, bool),
    mut st: Status,
    own: i8,
) -> (Status, bool, bool, i8) {
    let mut by_word = false;
    let mut supposed_past = false;
    if never_of_a_kind(tree, t, verb) {
        st = Status::Hypothetical;
        by_word = true;
    }
    // "opposed to any deal", "will resist any strike": an event of whatever kind is only
    // thought of, whatever the words that govern it say (but for a negation: "have not
    // signed any deal").
    if !verb && !negated && any_of_its_kind(doc, tree, t, si) {
        st = Status::Hypothetical;
        by_word = true;
    }
    // "would withdraw … only if the war ended": a conditional, not a plan; so is what is
    // done "in case" or "if necessary".
    let conditional = is_conditional(doc, t, si) || is_contingent(doc, t, si);
    // A negation is only supposed inside a condition ("if it did not secure a deal"),
    // not in a clause that rests on one ("will not sign if the board objects").
    if (conditional || under_condition(tree, t) || undecided(tree, t) || conjectured(tree, t))
        && (!matches!(st, Status::Denied) || in_a_condition(tree, t))
    {
        st = Status::Hypothetical;
        by_word = true;
        // "said if a decisive blow was struck at the election": a past form in a
        // condition only supposes, and places the event at no time before now.
        supposed_past = own < 0 && in_a_condition(tree, t);
    }
    // "so that witnesses do not have to attend", "so that the talks could resume": what a
    // clause of purpose aims at is only wished for, done or not, whatever its negation.
    // A noun only as the clause's subject, object or phrase: "commissions from the deal"
    // are aimed at, the deal is not.
    let aim = match (verb, tree.arc(t)) {
        (true, _) => Some(t),
        (false, (Some(c), "nsubj" | "nsubj:pass" | "obj" | "obl")) => Some(c),
        _ => None,
    };
    if aim.is_some_and(|c| in_a_clause_of_purpose(tree, c)) {
        st = Status::Hypothetical;
        by_word = true;
    }
    let chance = (!verb).then(|| predicated_chance(tree, t)).flatten();
    if let Some(c) = chance {
        st = c;
        by_word = true;
    }
    let own = match chance {
        Some(Status::Planned) => own.max(1),
        Some(_) => own.max(0),
        None => own,
    };
    (st, by_word, supposed_past, own)
}

/// The chance an adjective said of event noun `t` gives it, by the tree: `t` is the
/// subject of the adjective with a copula or of a verb that links it to one (word class
/// `seeming_verb`). One of `likely_predicate` puts it still to come ("a deal is likely",
/// "an attack looks imminent"), unless negated ("a deal does not seem likely"), which leaves
/// it only possible, as one of `unlikely_predicate` does ("a deal is unlikely", "an
/// agreement is possible"). Not an adjective with an infinitive or clause of its own ("is
/// likely to be signed"), which other words read.
fn predicated_chance(tree: &Tree, t: usize) -> Option<Status> {
    let toks = tree.tokens();
    let (Some(h), "nsubj") = tree.arc(t) else {
        return None;
    };
    let adjective = |k: &usize| toks[*k].tag.starts_with("JJ");
    let adj = if adjective(&h) && !tree.dependents(h, "cop").is_empty() {
        h
    } else if toks[h].is_verb() && is("seeming_verb", &toks[h].lemma.to_lowercase()) {
        tree.dependents(h, "xcomp").into_iter().find(adjective)?
    } else {
        return None;
    };
    if ["xcomp", "ccomp"]
        .iter()
        .any(|r| !tree.dependents(adj, r).is_empty())
    {
        return None;
    }
    let negated = [h, adj]
        .iter()
        .any(|&k| (tree.dependents(k, "advmod").iter()).any(|&n| is("negation", &toks[n].lower)));
    let word = toks[adj].lower.as_str();
    if is("likely_predicate", word) {
        Some(if negated {
            Status::Hypothetical
        } else {
            Status::Planned
        })
    } else if is("unlikely_predicate", word) {
        Some(Status::Hypothetical)
    } else {
        None
    }
}

/// Whether clause `c`, or one it is the complement of, is a clause of purpose: opened by
/// "so that" or "in order that" (by the tree, a mark with "that" fixed to it or right
/// after it), or by a bare "so" as below. Not "so much so that", which tells a result.
fn in_a_clause_of_purpose(tree: &Tree, c: usize) -> bool {
    let toks = tree.tokens();
    let purpose = |m: usize| {
        let that_at = |k: usize| toks.get(k).is_some_and(|n| n.lower == "that");
        match toks[m].lower.as_str() {
            "so" => {
                (m == 0 || !matches!(toks[m - 1].lower.as_str(), "much" | "so"))
                    && (tree.has_dependent_word(m, "fixed", "that") || that_at(m + 1))
            }
            "in" => tree.has_dependent_word(m, "fixed", "order") && that_at(m + 2),
            _ => false,
        }
    };
    // "register them so they do not get fined", "so they could earn commissions": a bare
    // "so" opens a clause of purpose, not of result, where no comma or "and" stands before
    // it and the clause has a modal or a negated "do" of its own ("very big so we have to
    // check" tells a result).
    let bare_so = |c: usize| {
        let so = (tree.dependents(c, "mark").into_iter())
            .chain(tree.dependents(c, "advmod"))
            .find(|&k| toks[k].lower == "so" && k < c);
        let open =
            so.is_some_and(|k| k > 0 && !matches!(toks[k - 1].lower.as_str(), "," | "and" | ";"));
        let aux = tree.dependents(c, "aux");
        let modal = aux
            .iter()
            .any(|&k| toks[k].tag == "MD" && !matches!(toks[k].lower.as_str(), "should" | "must"));
        let negated_do = aux.iter().any(|&k| toks[k].lemma == "do") && negated_in_tree(tree, c);
        open && matches!(tree.arc(c).1, "advcl" | "parataxis") && (modal || negated_do)
    };
    let mut c = c;
    for _ in 0..3 {
        if tree.dependents(c, "mark").into_iter().any(purpose) || bare_so(c) {
            return true;
        }
        match tree.arc(c) {
            (Some(h), "xcomp" | "ccomp" | "conj") => c = h,
            _ => return false,
        }
    }
    false
}

/// "There can be no deal which does not protect the rebate", "would never be able to reach
/// agreement unless …", "will not be able to strike": a negation over what can, may or
/// would be denies no event, but says it is not possible, or only on a condition: a modal
/// of possibility ("can", "may", "might", a "would" no verb reports: [`conditional_would`])
/// or "will" or "would" before "able" among the eight words before trigger `t`. Not
/// "could", which tells as often of a past that failed ("could not be carried out"), nor
/// a reported "would" ("said it would not impose sanctions"), a future that is denied.
fn negated_possibility(doc: &Doc, tree: &Tree, t: usize, si: usize) -> bool {
    let toks = &doc.tokens;
    let from = t.saturating_sub(8).max(doc.sentences[si].tokens.start);
    let word = |k: usize| toks[k].lower.as_str();
    let would = |k: usize| matches!(word(k), "would" | "'d") && conditional_would(tree, k);
    (from..t).any(|k| {
        matches!(word(k), "can" | "may" | "might")
            || would(k)
            || word(k) == "able"
                && (from..k).any(|j| matches!(word(j), "will" | "'ll" | "would" | "'d"))
    })
}

/// The tense rank of a journey told in the past or present perfect whose infinitive of
/// purpose is the event at `t`, or takes its noun as object: what one went somewhere to do
/// was done ("flew to Delhi on Monday to meet Mr Singh", "has been in the UK to attend the
/// G7 meeting"; word class `journey_verb`, or "be" with a phrase of place). Not when the
/// journey is negated or still to come ("will fly to Delhi to meet him").
fn purpose_of_a_journey(doc: &Doc, tree: &Tree, t: usize, verb: bool) -> Option<i8> {
    let toks = &doc.tokens;
    if !tree.is_clause() {
        return None;
    }
    let v = match (verb, tree.arc(t)) {
        (true, _) => t,
        (false, (Some(h), "obj")) if toks[h].is_verb() => h,
        _ => return None,
    };
    let to = (tree.dependents(v, "mark").iter()).any(|&k| toks[k].lower == "to");
    let (Some(h), "advcl" | "xcomp") = tree.arc(v) else {
        return None;
    };
    // "was in London to attend": the parser heads the phrase of place, with the copula.
    let copula = tree.dependents(h, "cop").first().copied();
    let finite = match copula {
        Some(c) if !tree.dependents(h, "case").is_empty() => c,
        _ => h,
    };
    let lemma = toks[finite].lemma.to_lowercase();
    let somewhere = lemma == "be" && (finite != h || !tree.dependents(h, "obl").is_empty());
    if !to || !toks[finite].is_verb() || !(is("journey_verb", &lemma) || somewhere) {
        return None;
    }
    let negated = negated_in_tree(tree, h);
    let modal = (tree.dependents(h, "aux").iter()).any(|&k| toks[k].tag == "MD");
    let perfect = has_present_have(tree, h);
    let told = toks[finite].tag == "VBD" || perfect;
    let rank = if perfect { 0 } else { -1 };
    (told && !negated && !modal && tree.dependents(h, "mark").is_empty()).then_some(rank)
}

/// The verb of going (word class `journey_verb`) whose phrase of purpose nominal trigger `t`
/// is (`purpose_preposition`): "flew to Delhi for talks", "leaders gathered in Brussels for
/// a summit", "is coming to Europe as his first foreign visit".
fn journey_for(doc: &Doc, tree: &Tree, t: usize) -> Option<usize> {
    let toks = &doc.tokens;
    let (Some(h), "obl") = tree.arc(t) else {
        return None;
    };
    let purpose =
        (tree.dependents(t, "case").iter()).any(|&c| is("purpose_preposition", &toks[c].lower));
    let going = toks[h].is_verb() && is("journey_verb", &toks[h].lemma.to_lowercase());
    (purpose && going).then_some(h)
}

/// Whether journey verb `h` is still to be made, so that what it is for is still to come:
/// with a modal of the future ("will fly to Delhi for talks"), or in the present
/// progressive toward a place ("is coming to Europe", "is heading to Brussels"), which tells
/// of a plan, as a progressive with no place the journey is for does not ("are gathering
/// in the square for a rally": the gathering is the rally's start). Not when negated.
fn still_to_go(doc: &Doc, tree: &Tree, h: usize) -> bool {
    let toks = &doc.tokens;
    let future = (tree.dependents(h, "aux").iter())
        .any(|&k| matches!(toks[k].lower.as_str(), "will" | "shall" | "'ll"));
    let toward =
        (tree.dependents(h, "obl").iter()).any(|&o| tree.has_dependent_word(o, "case", "to"));
    let progressive = toks[h].tag == "VBG" && has_present_be(doc, tree, h);
    (future || progressive && toward) && !negated_in_tree(tree, h)
}

/// The status a noun or verb event takes from the frame it is told in, before any word
/// governing it is read: a noun taken as given ("under the deal"), realized by its
/// participle, talks one is in, an act done to protest or in protest.
fn told_by_its_frame(
    doc: &Doc,
    lex: &Lexicon,
    (t, si): (usize, usize),
    trig: &Trigger,
    tree: &Tree,
) -> Option<(Status, i8, bool)> {
    let verb = trig.verb;
    // "Under the deal, the plant will close": the clause takes the deal as given.
    if !verb && framing_preposition(doc, t, si).is_some_and(|p| is("presupposing_preposition", p)) {
        return Some((Status::Completed, 0, false));
    }
    if !verb && realized_by_its_participle(tree, t) {
        return Some((Status::Completed, -1, true));
    }
    if verb && attributive_participle(doc, tree, t) {
        return Some((Status::Completed, -1, true));
    }
    if let Some(rank) = purpose_of_a_journey(doc, tree, t, verb) {
        return Some((Status::Completed, rank, true));
    }
    // "is coming to Brussels for talks": what a journey still to be made is for is to come.
    if !verb && journey_for(doc, tree, t).is_some_and(|h| still_to_go(doc, tree, h)) {
        return Some((Status::Planned, 1, true));
    }
    if let Some(rank) = verb.then(|| judged_act(doc, tree, t)).flatten() {
        return Some((Status::Completed, rank, true));
    }
    // "ONGC is in talks", "India and Russia in energy talks": talks one is in go on.
    if !verb
        && trig.event_type == EventType::Meeting
        && (in_talks(doc, t, si)
            || at_it_now(tree, t, "at")
            || attended_now(tree, t) && !named_as_past(doc, t, si))
    {
        return Some((Status::UnderWay, 0, true));
    }
    // "is currently on a tour of Africa": a journey one is on goes on.
    if !verb && trig.event_type == EventType::Visit && at_it_now(tree, t, "on") {
        return Some((Status::UnderWay, 0, true));
    }
    if let Some((_, status, rank)) = (!verb && trig.event_type == EventType::Protest)
        .then(|| on_protest(doc, tree, t))
        .flatten()
    {
        return Some((status, rank, true));
    }
    // "took to the streets on Thursday to protest", "walked out to protest": the act done
    // to protest is the protest, done when that act was; so is a demand pressed by going
    // to make it ("visited the SEC in December to press for change").
    let said_by_the_act = matches!(trig.event_type, EventType::Protest | EventType::Demand);
    if verb && said_by_the_act && purpose_of_past_act(lex, tree, t) {
        return Some((Status::Completed, -1, true));
    }
    // "blocked the road in protest at the plans": the act done in protest is the protest,
    // done when that act is, whatever that act's words say of their own object.
    // An infinitive has no time of its own: the words above it say how far it has come
    // ("did not want to go on strike", "threatened to walk out in protest").
    if let Some(h) = (!verb && trig.event_type == EventType::Protest)
        .then(|| in_protest_of(doc, tree, t))
        .flatten()
        .filter(|&h| !tree.has_dependent_word(h, "mark", "to"))
    {
        let rank = tense_rank(doc, h, doc.tokens[h].tag);
        let st = match rank {
            r if r > 0 => Status::Planned,
            0 if doc.tokens[h].tag == "VBG" => Status::UnderWay,
            _ => Status::Completed,
        };
        return Some((st, rank, true));
    }
    None
}

/// Whether verb trigger `t` is a participle on a noun ("newly elected Palestinian leader",
/// "the banned group"), which tells a state its event left, done before the clause's time.
/// Not after a form of "be", where the parser took a passive for one ("hoped to be elected
/// party leader").
fn attributive_participle(doc: &Doc, tree: &Tree, t: usize) -> bool {
    let toks = &doc.tokens;
    let s0 = tree.sentence().start;
    let before = (s0..t).rev().find(|&k| !toks[k].tag.starts_with("RB"));
    toks[t].tag == "VBN" && tree.arc(t).1 == "amod" && before.is_none_or(|k| toks[k].lemma != "be")
}

/// The tense rank of an act an adjective of judgement says its subject was right, wrong or
/// clever to do (word class `evaluative_adjective`: "Mr McLetchie was very clever to ask
/// the clerk", "is right to call for an inquiry"): saying so tells that it was done, at the
/// copula's time. Not with a modal ("would be wise to ask": only advised).
fn judged_act(doc: &Doc, tree: &Tree, t: usize) -> Option<i8> {
    let toks = &doc.tokens;
    // "to ask", and past its auxiliaries: "to be asked", "to have been chosen".
    let s0 = tree.sentence().start;
    let mut to = t;
    while to > s0 && is("auxiliary_have_be", &toks[to - 1].lemma) {
        to -= 1;
    }
    if to == s0 || toks[to - 1].lower != "to" {
        return None;
    }
    let to = to - 1;
    let by_tree = match tree.arc(t) {
        (Some(h), "xcomp" | "advcl") => tree.dependents(h, "cop").first().map(|&c| (h, c)),
        _ => None,
    };
    // Where quotation marks broke the parse ("was "very clever" to ask"): the words
    // before "to", past quotation marks and adverbs.
    let skip = |mut k: usize, adverbs: bool| {
        let passed = |x: &Token| matches!(x.tag, "``" | "''") || adverbs && x.tag.starts_with("RB");
        while k > s0 && passed(&toks[k]) {
            k -= 1;
        }
        k
    };
    let by_words = || {
        let h = skip(to.checked_sub(1)?, false);
        let c = skip(h.checked_sub(1)?, true);
        (toks[c].lemma == "be" && toks[c].tag != "VB").then_some((h, c))
    };
    let (h, cop) = by_tree.or_else(by_words)?;
    let modal = (cop.saturating_sub(3).max(s0)..cop).any(|a| toks[a].tag == "MD");
    (is("evaluative_adjective", &toks[h].lower) && !modal)
        .then(|| tense_rank(doc, cop, toks[cop].tag).min(0))
}

/// Whether nominal trigger `t` is an agreement named as one known — with "the", "this",
/// "that" or a possessor — and the subject of a verb with "will" or "shall" ("The deal
/// will see Sandoz overtake Teva").
fn given_agreement_as_subject(doc: &Doc, tree: &Tree, t: usize, trig: &Trigger) -> bool {
    let toks = &doc.tokens;
    let known = (tree.dependents(t, "det").iter())
        .any(|&d| matches!(toks[d].lower.as_str(), "the" | "this" | "that"))
        || !tree.dependents(t, "nmod:poss").is_empty();
    // Told in the future; a conditional ("the deal would create the biggest bank") may
    // speak of a deal not yet made.
    let told_as_coming = |h: usize| {
        (tree.dependents(h, "aux").iter())
            .any(|&a| matches!(toks[a].lower.as_str(), "will" | "'ll" | "shall"))
    };
    // Not a clause that still makes it ("will still have to be approved by shareholders":
    // a verb of agreeing or completing, or such a verb completing the clause's own).
    let status_word = |v: usize| {
        status_class(Lexicon::get(), &toks[v]).is_some_and(|c| matches!(c, "agreed" | "completed"))
    };
    let makes_it =
        |h: usize| status_word(h) || tree.dependents(h, "xcomp").into_iter().any(status_word);
    let subject = matches!(tree.arc(t), (Some(h), "nsubj" | "nsubj:pass")
        if toks[h].is_verb() && told_as_coming(h) && !makes_it(h));
    !trig.verb && trig.event_type == EventType::Agreement && known && subject
}

/// The tense rank trigger `t` is told in by its own words: the verb it is the means of
/// (`means`), the clause a participle on a noun is in, its own tense, or for a noun the
/// verb it is the subject or object of ([`governing_rank`]).
fn own_rank(
    doc: &Doc,
    (t, si): (usize, usize),
    trig: &Trigger,
    tree: &Tree,
    means: Option<usize>,
) -> i8 {
    let verb = trig.verb;
    let own = if let Some(h) = means {
        tense_rank(doc, h, doc.tokens[h].tag)
    } else if verb && reduced_relative(tree, t) {
        // A participle on a noun is told at the time of the clause the noun is in.
        let noun = participle_on(tree, t).unwrap_or(t);
        let c = clause_head(tree, noun);
        if c != noun && doc.tokens[c].is_verb() {
            tense_rank(doc, c, doc.tokens[c].tag).min(0)
        } else {
            0
        }
    } else if verb && future_in_the_past(tree, t) || to_be_brought_about(doc, tree, t) {
        1
    } else if let Some(h) = shares_the_auxiliaries_of(tree, t) {
        tense_rank(doc, h, doc.tokens[h].tag)
    } else if verb {
        tense_rank(doc, t, doc.tokens[t].tag)
    } else {
        governing_rank(doc, t, si, tree)
    };
    // "The deal will be financed with shares", "the agreement will enable the two firms
    // to expand": an agreement named as known, the subject of a clause in the future, was
    // made; the clause's future tells of what it brings.
    if own > 0 && given_agreement_as_subject(doc, tree, t, trig) {
        0
    } else if own == 0 && !doc.is_headline(si) && on_the_timetable(tree, t, verb) {
        1
    } else {
        own
    }
}

/// Whether trigger `t` is told in a present simple that a day or month dates
/// ([`scheduled`]): its own verb ("the board meets on Friday") or the verb of its clause,
/// dated itself or through the noun ("Reliance has its board meeting on Friday"), which
/// then tells of a timetable, of what is to come; not a verb of saying ("says on Friday"),
/// nor one of status, which tells its own (a start is read in [`word_rank`]), nor one of
/// ending (`closing_verb`: "his visit ends on Friday" tells of a visit begun), nor in a
/// headline, whose present tells of past events too.
fn on_the_timetable(tree: &Tree, t: usize, verb: bool) -> bool {
    let c = if verb { t } else { clause_head(tree, t) };
    let toks = tree.tokens();
    let dated_noun = !verb
        && c != t
        && matches!(toks[c].tag, "VBZ" | "VBP")
        && (tree.dependents(t, "nmod").iter()).any(|&d| names_day_or_month(&toks[d].lower));
    tree.is_clause()
        && toks[c].is_verb()
        && !is_verb_of_saying(&toks[c])
        && status_class(Lexicon::get(), &toks[c]).is_none()
        && !is("closing_verb", &toks[c].lemma.to_lowercase())
        && (scheduled(tree, c) || dated_noun)
}

/// The countries of the places a journey goes to whose start a verbal event is the means
/// of, or whose noun is in such a gerund's phrase ("began a three-day visit to Beijing
/// on Monday by signing a deal": the deal is signed in China, not in the visitor's
/// Germany): the object of the verb the gerund's "by" clause hangs on is a visit noun, and
/// its "to" phrase names the places.
fn journey_of_its_means(doc: &Doc, m: &mut Mentions, e: &Event, tree: &Tree) -> Vec<usize> {
    let t = trigger_token(doc, e);
    // A noun in the gerund's phrase goes with it ("by signing a deal worth 1bn euros"):
    // the nearest verb above it.
    let v = match doc.tokens[t].is_verb() {
        true => t,
        false => (tree.ancestors(t).skip(1))
            .find(|&a| doc.tokens[a].is_verb())
            .filter(|&a| doc.tokens[a].tag == "VBG")
            .unwrap_or(t),
    };
    let Some(h) = means_of(doc, tree, v) else {
        return Vec::new();
    };
    let toks = &doc.tokens;
    let lex = Lexicon::get();
    let visits = (tree.dependents(h, "obj").into_iter())
        .filter(|&o| lex.heads_a_noun_of(&toks[o].lemma.to_lowercase(), EventType::Visit));
    let places: Vec<usize> = visits
        .flat_map(|o| tree.dependents(o, "nmod"))
        .filter(|&n| tree.has_dependent_word(n, "case", "to"))
        .filter_map(|n| m.item_at[n])
        .filter(|&ii| m.items[ii].is_place(m))
        .flat_map(|ii| m.items[ii].actors.clone())
        .collect();
    let mut out: Vec<usize> = places.into_iter().filter_map(|a| m.country_of(a)).collect();
    super::mentions::dedup(&mut out);
    out
}

/// The verb whose means gerund `t` tells, by "by" ("began the visit by signing a deal"):
/// the head of the adverbial clause `t` heads, when it is a verb.
fn means_of(doc: &Doc, tree: &Tree, t: usize) -> Option<usize> {
    let toks = &doc.tokens;
    if toks[t].tag != "VBG" || !tree.has_dependent_word(t, "mark", "by") {
        return None;
    }
    match tree.arc(t) {
        (Some(h), "advcl") if toks[h].is_verb() => Some(h),
        _ => None,
    }
}

/// Whether infinitive `t` is the purpose of a verb in the past tense or the perfect (an
/// adverbial clause with "to": "walked out to protest", "have been going to the SEC to
/// protest"), one that neither asks nor orders it of its object nor speaks of its status
/// ("planned", "threatened").
fn purpose_of_past_act(lex: &Lexicon, tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    let (Some(h), "advcl") = tree.arc(t) else {
        return false;
    };
    let to = tree.has_dependent_word(t, "mark", "to");
    let lemma = toks[h].lemma.to_lowercase();
    let perfect = matches!(toks[h].tag, "VBN" | "VBG")
        && (tree.dependents(h, "aux").iter())
            .any(|&a| matches!(toks[a].lower.as_str(), "have" | "has" | "had" | "'ve"));
    // Right after a noun of status the infinitive completes the noun, however the parser
    // hung it ("a challenge against the government's refusal to order an inquiry").
    let of_a_status_noun =
        t >= 2 && toks[t - 1].lower == "to" && status_class(lex, &toks[t - 2]).is_some();
    to && !of_a_status_noun
        && (toks[h].tag == "VBD" || perfect)
        && !is("object_control_verb", &lemma)
        && status_class(lex, &toks[h]).is_none()
}

/// The status the verb a nominal trigger is the subject of gives it, with that verb's
/// tense rank: a modal on a verb of happening (word class `occurrence_verb`: "an attack
/// could happen" is hypothetical, "will occur" planned); as passive subject, any status
/// word ("deals are being sought", "a deal was agreed"); as active subject, a verb of
/// starting, going on or ending ("talks have begun",
/// "the strike continues"; classes underway and completed), or an adjective of how likely
/// it is to come ("the vote was likely to be held"; classes planned and hypothetical).
fn status_from_subject_verb(
    doc: &Doc,
    lex: &Lexicon,
    tree: &Tree,
    t: usize,
) -> Option<(Status, i8)> {
    let (Some(h), rel) = tree.arc(t) else {
        return None;
    };
    let v = &doc.tokens[h];
    // "an attack could happen", "a strike will occur": the modal of a verb of happening
    // is the event's.
    if rel == "nsubj" && is("occurrence_verb", &v.lemma.to_lowercase()) {
        let modal = (tree.dependents(h, "aux").into_iter())
            .map(|k| &doc.tokens[k])
            .find(|k| k.tag == "MD");
        match modal.map(|k| k.lower.as_str()) {
            Some(l) if is("future_modal", l) => return Some((Status::Planned, 1)),
            Some(_) => return Some((Status::Hypothetical, 0)),
            None => {}
        }
    }
    // "An attack on Iran might push oil prices higher", "a deal would create the biggest
    // bank": an event no determiner picks out, the subject of a clause that only may be,
    // is itself only supposed ("the deal could cost jobs" tells of a known deal).
    if matches!(rel, "nsubj" | "nsubj:pass") && v.is_verb() && !picked_out(tree, t) {
        let supposing = (tree.dependents(h, "aux").into_iter()).any(|k| {
            let w = doc.tokens[k].lower.as_str();
            doc.tokens[k].tag == "MD"
                && (matches!(w, "could" | "might" | "may" | "can") || conditional_would(tree, k))
        });
        if supposing {
            return Some((Status::Hypothetical, 0));
        }
    }
    // "an attack is the main danger", "a strike remains a risk": a noun of possibility
    // predicated of the event, with a copula, says it may come.
    let predicated = v.is_noun() && rel == "nsubj" && !tree.dependents(h, "cop").is_empty();
    if predicated && status_class(lex, v) == Some("hypothetical") {
        return Some((Status::Hypothetical, 0));
    }
    // "the referendum was likely to be held": an adjective with a copula and an
    // infinitive says how sure what it is said of is to come.
    let likely = v.tag == "JJ"
        && !tree.dependents(h, "cop").is_empty()
        && !tree.dependents(h, "xcomp").is_empty();
    if !v.is_verb() && !likely {
        return None;
    }
    // "go" of "going to" says what is to come, but "going on" what goes on.
    let goes_on =
        v.lemma.eq_ignore_ascii_case("go") && tree.has_dependent_word(h, "compound:prt", "on");
    if (status_class(lex, v).is_none() || goes_on) && takes_place_now(doc, tree, h, rel)
        || has_lasted(tree, h, rel)
    {
        return Some((Status::UnderWay, 0));
    }
    let class = status_class(lex, v)?;
    // "A cabinet meeting has been called", "a strike was called by the unions": what a
    // verb of convening takes as its passive subject is convened, as its object is
    // (word class `convene_verb`).
    let convened =
        rel == "nsubj:pass" && class == "demanded" && is("convene_verb", &v.lemma.to_lowercase());
    let class = if convened { "planned" } else { class };
    let fits = match rel {
        // "The deal was rejected by shareholders", "the takeover was opposed": the passive
        // subject of a verb of denial is what the active's object is.
        "nsubj:pass" => true,
        "nsubj" if likely => matches!(class, "planned" | "hypothetical"),
        "nsubj" => matches!(class, "underway" | "started" | "completed"),
        _ => false,
    };
    // What is likely to happen is still to come, whatever the copula's tense.
    let rank = if likely {
        1
    } else {
        word_rank(doc, tree, h, class)
    };
    fits.then(|| (status_named(class, rank), rank))
}

/// "The summit is taking place in Lisbon", "the meeting is being held in London": whether
/// verb `h`, of which an event noun is the subject by `rel`, says in the present
/// progressive that the event happens — a verb of happening, "take place" or "go on" in
/// the active, a support verb (holding, hosting, staging) in the passive. The present
/// perfect progressive says so too: "talks have been taking place for 10 years", and the
/// past progressive a verb of saying reports, which stands for the speaker's present ("he
/// said intense discussions were taking place"; not "talks were going on when the news
/// broke", [`told_as_going_on_then`]). What is being investigated or discussed is no more
/// under way for it.
fn takes_place_now(doc: &Doc, tree: &Tree, h: usize, rel: &str) -> bool {
    let toks = &doc.tokens;
    let lemma = toks[h].lemma.to_lowercase();
    let happens = rel == "nsubj"
        && toks[h].tag == "VBG"
        && (is("occurrence_verb", &lemma)
            || lemma == "take" && tree.has_dependent_word(h, "obj", "place")
            || lemma == "go" && tree.has_dependent_word(h, "compound:prt", "on"));
    let held = rel == "nsubj:pass"
        && toks[h].tag == "VBN"
        && is("support_verb", &lemma)
        && tree.has_dependent_word(h, "aux:pass", "being");
    let perfect_progressive =
        happens && has_present_have(tree, h) && tree.has_dependent_word(h, "aux", "been");
    let s0 = tree.sentence().start;
    let past_be = (tree.dependents(h, "aux").into_iter()).any(|k| is("be_past", &toks[k].lower));
    let reported = past_be && happens && !told_as_going_on_then(doc, tree, h, s0);
    (has_present_be(doc, tree, h) || perfect_progressive || reported) && (happens || held)
}

/// Whether verb `h`, of which an event noun is the subject by `rel`, says in the present
/// perfect that the event has lasted until now: a verb of lasting (`lasting_verb`) with how
/// long ("for" and a `time_unit`) or since when ("the talks have dragged on for months",
/// "the strike has lasted since March"). Not "the talks lasted two days", done.
fn has_lasted(tree: &Tree, h: usize, rel: &str) -> bool {
    let toks = tree.tokens();
    let how_long = |k: &usize| {
        let case = |w: &str| tree.has_dependent_word(*k, "case", w);
        case("since") || case("for") && is("time_unit", &toks[*k].lemma.to_lowercase())
    };
    rel == "nsubj"
        && toks[h].tag == "VBN"
        && is("lasting_verb", &toks[h].lemma.to_lowercase())
        && has_present_have(tree, h)
        && tree.dependents(h, "obl").iter().any(how_long)
}

/// Whether verb `v` has a present form of "have" among its auxiliaries (`have_present`:
/// "has called", "have agreed").
fn has_present_have(tree: &Tree, v: usize) -> bool {
    let toks = tree.tokens();
    (tree.dependents(v, "aux").iter()).any(|&k| is("have_present", &toks[k].lower))
}

/// Whether verb `v` has a present form of "be" among its auxiliaries ("is taking", "are
/// being held").
fn has_present_be(doc: &Doc, tree: &Tree, v: usize) -> bool {
    (tree.dependents(v, "aux").into_iter()).any(|k| present_be(&doc.tokens[k].lower))
}

/// What the words governing a trigger say.
#[derive(Default)]
struct Governing {
    /// The status the nearest status word gives, with that word's tense rank.
    status: Option<(Status, i8)>,
    /// Whether a negation denies the event.
    negated: bool,
}

/// The state of [`governing`]'s walk back from the trigger.
#[derive(Default)]
struct Walk {
    g: Governing,
    /// A verb was passed on the way back.
    passed_verb: bool,
    /// The status word passed was an infinitive of beginning ("agreed to begin talks").
    begun_by_infinitive: bool,
    /// A plain verb (no status word) was passed; a verb of denying was passed.
    plain_verb: bool,
    denying_verb: bool,
    /// A negation stands over a plain verb above a noun: "would never encourage a coup".
    negated_act: bool,
}

impl Walk {
    /// Reads status word `k` (of class `c`) on the walk back from trigger `t`; true when
    /// it decides the status and the walk stops.
    fn status_word(
        &mut self,
        doc: &Doc,
        tree: &Tree,
        (k, t, s0): (usize, usize, usize),
        c: &str,
        verb: bool,
    ) -> bool {
        let toks = &doc.tokens;
        let tok = &toks[k];
        if c == "denied" && is("negation", &tok.lower) {
            // "do not need to attack the capital": a negation of a need leaves what is
            // not needed possible, not denied.
            if (k + 1..t).any(|j| needs_to(doc, j)) {
                self.g.status = Some((Status::Hypothetical, 0));
                return true;
            }
            // "have not prevented attacks like the bombing": a negation that another
            // verb stands between does not deny a noun's event.
            self.g.negated |= verb || !self.passed_verb;
            self.negated_act |= !verb && self.plain_verb && !self.denying_verb;
        } else if self.g.status.is_none() || self.begun_by_infinitive {
            self.denying_verb |= c == "denied";
            // "agreed to begin talks", "refused to start talks": an infinitive of
            // beginning has no status of its own; a word above it gives the event's,
            // which is still ahead of the word ("agreed" in the past).
            let ahead = self.g.status.map_or(i8::MIN, |(_, rank)| rank);
            match status_word_says(doc, tree, (k, t, s0), c, verb) {
                Says::Nothing => self.passed_verb = true,
                Says::Final(status, rank) => {
                    self.g.status = Some((status, rank.max(ahead)));
                    return true;
                }
                Says::Status(status, rank, negated, passed) => {
                    self.g.status = Some((status, rank.max(ahead)));
                    self.g.negated |= negated;
                    self.passed_verb |= passed;
                }
            }
            self.begun_by_infinitive =
                !self.begun_by_infinitive && c == "started" && k > s0 && toks[k - 1].lower == "to";
        }
        false
    }
}

/// Where the phrase of noun `t` begins, with its conjunction, when it is a conjunct with a
/// preposition of its own that the conjunct it is joined to lacks ("demanding a pay rise
/// and in protest against …": "and").
fn own_conjunct_start(tree: &Tree, t: usize) -> Option<usize> {
    let (Some(h), "conj") = tree.arc(t) else {
        return None;
    };
    let case = tree.dependents(t, "case");
    if case.is_empty() || !tree.dependents(h, "case").is_empty() {
        return None;
    }
    (case.into_iter()).chain(tree.dependents(t, "cc")).min()
}

/// Reads the words governing a trigger, leftwards within its clause and at most nine
/// tokens: the nearest status word ("agreed to", "demanded that") gives the status, and a
/// negation ("refused", "not", "have not asked them to") denies the event.
fn governing(
    doc: &Doc,
    lex: &Lexicon,
    (t, si): (usize, usize),
    trig: &Trigger,
    tree: &Tree,
) -> Governing {
    let toks = &doc.tokens;
    let s0 = doc.sentences[si].tokens.start;
    let verb = trig.verb;
    // "would not bow to demands", "ignored calls for": a demand a verb answers was made,
    // whatever the answer's status (not one a verb makes: "will issue a demand").
    // Not a bare singular right after "to", which is the infinitive the tagger read as a
    // noun ("will be permitted to request staying").
    let infinitive = t > s0 && toks[t - 1].lower == "to" && toks[t].tag == "NN";
    let answered_demand =
        !verb && trig.event_type == EventType::Demand && toks[t].is_noun() && !infinitive;
    // "walked out demanding a pay rise and in protest against …": a noun joined to another
    // by a preposition of its own that the other lacks is a phrase of the clause, which the
    // words governing the other do not govern.
    let s0 = if verb {
        s0
    } else {
        own_conjunct_start(tree, t).unwrap_or(s0)
    };
    if answered_demand && weighed_after(doc, tree, t, si) {
        return Governing {
            status: Some((Status::Completed, 0)),
            negated: false,
        };
    }
    let mut k = t;
    let mut w = Walk::default();
    // Nine words back; quotation marks around a quoted phrase inside the clause ("called
    // on the prime minister to "enter into constructive discussions"") are no words.
    let mut words = 0;
    while k > s0 && words < 9 {
        k -= 1;
        let tok = &toks[k];
        if matches!(tok.tag, "``" | "''") {
            continue;
        }
        words += 1;
        if stops_governing(doc, lex, (k, t, s0), verb, w.g.status.is_none())
            || (w.g.status.is_none() && gives_grounds(tree, k, t))
        {
            break;
        }
        if let Some(found) = decisive_word(doc, lex, tree, (k, t, s0), trig, w.g.status.is_none()) {
            w.g.status = Some(found);
            break;
        }
        // "The plan was agreed in 1998": a verb's own subject is who or what it is done by
        // or to, no word that governs it; but one no one fills denies it ("Nobody
        // attacked the convoy"). Nor does a participle of compelling on a noun.
        let subject_status = (verb && tok.is_noun())
            .then(|| status_class(lex, tok))
            .flatten();
        let subject = subject_status.is_some_and(|c| c != "denied") && subject_of_verb(tree, k, t);
        if subject || compelled(tree, k, t) {
            continue;
        }
        // "Ministers are considering the union's request": a demand a verb weighs was made.
        if answered_demand && weighs(tree, k) && answers_demand(tree, k, t) {
            w.g.status = Some((Status::Completed, 0));
            break;
        }
        if (w.g.status.is_none() || w.begun_by_infinitive) && provided_for(tree, k, t, trig) {
            w.g.status = Some((Status::Agreed, 1));
            break;
        }
        if let Some(c) = status_class(lex, tok) {
            if denial_asked_for(doc, &w.g, c, (k, t, s0)) {
                // Still to come, as what is asked for.
                w.g.status = Some((Status::Hypothetical, 1));
                w.g.negated = false;
                break;
            }
            // "told jurors he met Mr Ebbers", "insisted he had met": a verb of demanding
            // over a clause in the indicative past or present reports, and asks nothing;
            // so does a verb of saying that agrees ("confirmed the brewer had asked").
            let says = c == "agreed" && lex.is("speech", &tok.lemma.to_lowercase());
            if verb
                && w.g.status.is_none()
                && (matches!(c, "demanded" | "ordered") || says)
                && reported(doc, t)
            {
                break;
            }
            if w.status_word(doc, tree, (k, t, s0), c, verb) {
                break;
            }
            continue;
        }
        // A subject ends the search for governing words once a status was found.
        if w.g.status.is_some() && tok.is_verb() && tok.tag != "VBG" {
            break;
        }
        let lexical = tok.is_verb()
            && !is("auxiliary_have_be", &tok.lemma)
            && (verb || !makes_its_object(tree, k, t));
        if lexical && answered_demand && answers_demand(tree, k, t) && !answer_to_come(tree, k) {
            w.g.status = Some((Status::Completed, 0));
            break;
        }
        w.passed_verb |= lexical;
        w.plain_verb |= lexical;
    }
    // "He said Mr Brown would never encourage any kind of coup": what a negated act to
    // come bears on is only possible, neither planned nor denied; a negated verb of
    // denying leaves it planned ("would not stop the strike").
    if let Some((Status::Planned, rank)) = w.g.status.filter(|_| w.negated_act) {
        w.g.status = Some((Status::Hypothetical, rank));
    }
    w.g
}

/// "The deal to open formal talks with Ankara", "signed an agreement to withdraw troops":
/// whether noun `k`, a word for an agreement (`agreement_noun`), holds trigger `t` in its
/// phrase as what it provides for: agreed, still to come. Not a deal's own terms ("a deal
/// to buy the firm"), which are that deal.
fn provided_for(tree: &Tree, k: usize, t: usize, trig: &Trigger) -> bool {
    let tok = &tree.tokens()[k];
    trig.event_type != EventType::Agreement
        && tok.is_common_noun()
        && is("agreement_noun", &tok.lemma.to_lowercase())
        && tree.is_under(t, k)
}

/// A word `k` before trigger `t` that alone decides the status, ending the search of
/// [`governing`] (`none_yet`: no status word was found before it): a verb of ending over a
/// noun, a noun's infinitive, a word of nearness, a word that rules the event out.
fn decisive_word(
    doc: &Doc,
    lex: &Lexicon,
    tree: &Tree,
    (k, t, s0): (usize, usize, usize),
    trig: &Trigger,
    none_yet: bool,
) -> Option<(Status, i8)> {
    let toks = &doc.tokens;
    let tok = &toks[k];
    let verb = trig.verb;
    // "plans to lift the embargo": what is to be lifted is in force; the words that
    // govern the lifting do not give the embargo's status ("ended in assaults" is no
    // ending of them).
    if !verb
        && none_yet
        && is("ending_verb", &tok.lemma)
        && (tok.is_verb() || (k > s0 && toks[k - 1].lower == "to"))
        && !(k + 1..t).any(|j| toks[j].tag == "IN")
    {
        return Some((Status::UnderWay, 0));
    }
    // "the deal to open talks", "a bid to hold a summit": what a noun's infinitive
    // tells of is still to come (not "the first party to win an election").
    if !verb && none_yet && object_of_a_nouns_infinitive(doc, lex, tree, k, t) {
        return Some((Status::Planned, 1));
    }
    if none_yet && only_near(doc, k, trig.event_type) {
        // "came close to a peace deal": one that only came near in the past did not
        // happen; one that is near may still ("is close to striking a deal").
        let came = k > s0
            && toks[k - 1].tag == "VBD"
            && is("approach_verb", &toks[k - 1].lemma.to_lowercase());
        return Some(match came {
            true => (Status::Denied, -1),
            false => (Status::Hypothetical, 0),
        });
    }
    ruled_out(doc, (k, t, s0)).map(|st| (st, 0))
}

/// Whether token `k` is the subject, active or passive, of verb `t`.
fn subject_of_verb(tree: &Tree, k: usize, t: usize) -> bool {
    matches!(tree.arc(k), (Some(h), "nsubj" | "nsubj:pass") if h == t)
}

/// Whether verb `k` is a support verb whose object is event noun `t`, so that it makes the
/// event and is no other verb between a negation and the noun ("pledged not to strike any
/// deals").
fn makes_its_object(tree: &Tree, k: usize, t: usize) -> bool {
    is("support_verb", &tree.tokens()[k].lemma.to_lowercase())
        && matches!(tree.arc(tree.span_head(t, t + 1)), (Some(x), "obj") if x == k)
}

/// Whether token `k` puts an event of type `ty` after it only near: "was close to striking
/// a deal", "moved nearer to an agreement" (`near_word` before "to"); not what is held on
/// a day, which one only nears in time ("as we get close to the election").
fn only_near(doc: &Doc, k: usize, ty: EventType) -> bool {
    let toks = &doc.tokens;
    let tok = &toks[k];
    !matches!(
        ty,
        EventType::Election | EventType::Meeting | EventType::Visit
    ) && is("near_word", &tok.lower)
        && matches!(tok.tag, "JJ" | "JJR" | "RB" | "RBR" | "IN")
        && toks.get(k + 1).is_some_and(|n| n.lower == "to")
}

/// What a status word of class `c` at token `k` says of trigger `t` (`s0`: the sentence's
/// first token) when no status is found yet.
enum Says {
    /// Nothing: the search goes on past a verb.
    Nothing,
    /// This status and tense rank, and the search ends.
    Final(Status, i8),
    /// This status and tense rank; whether a negation of the word negates the event; and
    /// whether the search goes on as past a verb.
    Status(Status, i8, bool, bool),
}

/// Reads a status word ([`Says`]) for [`governing`].
fn status_word_says(
    doc: &Doc,
    tree: &Tree,
    (k, t, s0): (usize, usize, usize),
    c: &str,
    verb: bool,
) -> Says {
    let toks = &doc.tokens;
    let tok = &toks[k];
    // "would be happy to meet", "is ready to hold talks": a word of willingness (word class
    // `willing_adjective`) says that its event is only wished of what follows it as an
    // infinitive; "happy with the deal" says nothing of it.
    let infinitive = toks.get(k + 1).is_some_and(|n| n.lower == "to");
    // "was ready for a 2005 poll": what one is ready for is still ahead (word class
    // `readiness_adjective`).
    let ready_for = toks.get(k + 1).is_some_and(|n| n.lower == "for");
    if !verb && ready_for && is("readiness_adjective", &tok.lower) {
        return Says::Final(Status::Planned, 1);
    }
    if is("willing_adjective", &tok.lower) && !infinitive {
        return Says::Nothing;
    }
    // "have not asked them to leave": a negation just before the governing word negates
    // the event too, however far that word is.
    let negated_word = negated_before(doc, k, s0);
    // "cannot prevent all attacks", "unable to stop them": what cannot be prevented may
    // come.
    if c == "denied" && !verb && unable_before(doc, k, s0) {
        return Says::Status(Status::Hypothetical, 0, false, true);
    }
    // "accuse the peacekeepers of failing to stop attacks": what one failed to prevent
    // happened.
    if c == "denied" && !verb && failed_before(doc, k, s0) {
        return Says::Final(Status::Completed, -1);
    }
    // "talks aimed at averting strikes", "are working at preventing a strike": what one
    // only aims or works to prevent may come.
    if c == "denied" && !verb && aimed_at(tree, k) {
        return Says::Final(Status::Hypothetical, 1);
    }
    // "have not prevented attacks": what was not prevented is not denied; the negation, a
    // verb away from the noun, leaves it too.
    if c == "denied" && negated_word {
        return Says::Nothing;
    }
    // "the measures could prevent an attack", "will avert a strike": what a modal only
    // supposes to be prevented is only thought of.
    if c == "denied" && !verb && modal_before(doc, k, s0) {
        return Says::Final(Status::Hypothetical, 1);
    }
    // "called a strike", "called an election": a verb that demands with "for" convenes
    // the event it takes as its object (word class `convene_verb`). "he told a
    // conference": a verb whose object is whom it speaks to (word class
    // `addressing_verb`) gives the event it speaks at no status.
    let object = !verb && !(k + 1..t).any(|j| matches!(toks[j].tag, "IN" | "TO" | "RP"));
    let lemma = tok.lemma.to_lowercase();
    if object && is("addressing_verb", &lemma) {
        return Says::Nothing;
    }
    // "would not oppose the purchase": opposition denied leaves its event possible, not
    // denied (word class `opposing_verb`).
    if negated_word && is("opposing_verb", &lemma) {
        return Says::Final(Status::Hypothetical, word_rank(doc, tree, k, c));
    }
    let convened = object && c == "demanded" && is("convene_verb", &lemma);
    // "The union wants to hold talks", "terrorists wanted to attack the UK": a wish for
    // what its subject will do itself is no demand made of anyone (word class
    // `wish_verb`; "wants the minister to hold talks" is one), nor a plan: only wished.
    // Not when what follows sees or has it done by others ("wants to see a phased
    // withdrawal of UK troops": word class `seeing_verb`).
    let intends = c == "demanded"
        && is("wish_verb", &lemma)
        && toks.get(k + 1).is_some_and(|n| n.lower == "to")
        && !toks
            .get(k + 2)
            .is_some_and(|n| is("seeing_verb", &n.lemma.to_lowercase()));
    // "enough to demand a meeting": what one could ask for is only thought of.
    let could = c == "demanded" && a_capacity_before(doc, k, doc.sentence_of(k));
    let c = if convened {
        "planned"
    } else if intends || could {
        "hypothetical"
    } else {
        c
    };
    // "did not want to go on strike": a wish denied is still no more than a wish; what
    // was not wished may yet come.
    let negated_word = negated_word && !intends;
    if conditional_would(tree, k) {
        return Says::Status(Status::Hypothetical, 0, negated_word, false);
    }
    let rank = word_rank(doc, tree, k, c);
    Says::Status(
        status_named(c, rank),
        rank,
        c != "denied" && negated_word,
        false,
    )
}

/// Whether verb `k` (in sentence `si`) follows "to" after a noun of capacity (word class
/// `capacity_noun`: "the power to demand") or a word of degree (`degree_word`), or a noun
/// or adjective it is on ("more than enough to demand a meeting", "enough shares to
/// demand", "too small to call"): it names what one could do, no event.
fn a_capacity_before(doc: &Doc, k: usize, si: usize) -> bool {
    let toks = &doc.tokens;
    let s0 = doc.sentences[si].tokens.start;
    if k < s0 + 2 || toks[k - 1].lower != "to" {
        return false;
    }
    let before = k - 2;
    let degree = |j: usize| is("degree_word", &toks[j].lower);
    let on_a_word = matches!(toks[before].tag, "NN" | "NNS" | "JJ")
        && (before.saturating_sub(2).max(s0)..before).any(degree);
    is("capacity_noun", &toks[before].lemma.to_lowercase()) || degree(before) || on_a_word
}

/// "Ministers would hold talks with the unions", "a deal would create the biggest bank":
/// whether `k` is a "would" in a clause no verb reports, which tells what may come under
/// some condition, not what is planned. Reported, it is a future seen from the past ("he
/// said he would visit Moscow", "the firm expects it would sign"): its clause is a verb's
/// complement, or a verb of saying is set beside it ("'We would hold talks,' he said").
/// Not "would be", which frames a fact ("it would be his first visit"), nor a wish
/// ("would like to visit").
fn conditional_would(tree: &Tree, k: usize) -> bool {
    let toks = tree.tokens();
    if !tree.is_clause() || !matches!(toks[k].lower.as_str(), "would" | "'d") {
        return false;
    }
    let (Some(h), "aux") = tree.arc(k) else {
        return false;
    };
    // A clause joined to a reported one is reported too ("reported that the trainers had
    // arrived and would help train …").
    let mut c = h;
    while let (Some(first), "conj") = tree.arc(c) {
        c = first;
    }
    // A "that" clause tells what is said or thought, on a verb or a noun ("offered a
    // pledge that he would be doing no deals").
    let that = tree.has_dependent_word(c, "mark", "that");
    let reported = matches!(tree.arc(c), (Some(g), "ccomp") if toks[g].is_verb())
        || that
        || (tree.dependents(c, "parataxis").iter()).any(|&p| is_verb_of_saying(&toks[p]));
    let wish = toks
        .get(k + 1)
        .is_some_and(|n| is("wish_verb", &n.lemma.to_lowercase()))
        || matches!(
            toks.get(k + 1).map(|n| n.lower.as_str()),
            Some("like" | "rather" | "prefer")
        );
    let framing = toks[h].lemma == "be" || !tree.dependents(h, "cop").is_empty();
    !framing && !reported && !wish
}

/// The tense rank of status word `k` of class `c`: a start the present simple dates
/// ([`scheduled`]) is still to come.
fn word_rank(doc: &Doc, tree: &Tree, k: usize, c: &str) -> i8 {
    match tense_rank(doc, k, doc.tokens[k].tag) {
        0 if c == "started" && scheduled(tree, k) => 1,
        rank => rank,
    }
}

/// Whether verb `k` is a present simple that tells of a timetable: "the summit begins on
/// 16 December", "talks start on Monday". A day or month named as its time puts the
/// start ahead; the present of a start under way is progressive ("talks are beginning").
fn scheduled(tree: &Tree, k: usize) -> bool {
    let toks = tree.tokens();
    matches!(toks[k].tag, "VBZ" | "VBP")
        && ["obl", "obl:tmod"].iter().any(|rel| {
            tree.dependents(k, rel).iter().any(|&d| {
                let w = &toks[d].lower;
                names_day_or_month(w) || w == "tomorrow"
            })
        })
}

/// Whether token `j` is a verb of need with "to" after it ("need to", "have to").
fn needs_to(doc: &Doc, j: usize) -> bool {
    let toks = &doc.tokens;
    toks[j].is_verb()
        && is("necessity_verb", &toks[j].lemma.to_lowercase())
        && toks.get(j + 1).is_some_and(|n| n.lower == "to")
}

/// Whether verb `k` weighs what is put to it (`answering_verb`: consider, discuss,
/// review), which so exists already.
fn weighs(tree: &Tree, k: usize) -> bool {
    is("answering_verb", &tree.tokens()[k].lemma.to_lowercase())
}

/// Whether demand noun `t` is the subject of a verb after it that weighs it ("TCI's
/// request for the removal of the board will be considered at the meeting", "the
/// request is being discussed"): the demand was made, whenever it is weighed. By the tree,
/// or by the words when the parse reads a quoted clause apart ("told Reuters: \"TCI's
/// request … will be considered\""): past the noun's phrase, auxiliaries, then the verb.
fn weighed_after(doc: &Doc, tree: &Tree, t: usize, si: usize) -> bool {
    let toks = &doc.tokens;
    if matches!(tree.arc(t), (Some(h), "nsubj:pass" | "nsubj") if h > t && weighs(tree, h)) {
        return true;
    }
    let end = doc.sentences[si].tokens.end;
    let start = after_noun_phrase(doc, t, si);
    let mut v = start;
    while v < end && (toks[v].tag == "MD" || is("auxiliary_have_be", &toks[v].lemma)) {
        v += 1;
    }
    // An auxiliary at least: a participle right after the phrase may be a reduced relative.
    v > start && v < end && matches!(toks[v].tag, "VBN" | "VBG") && weighs(tree, v)
}

/// Whether verb `k` answers demand noun `t`, by the tree: takes it as its object or
/// oblique ("would not bow to demands", "ignored calls for"), and is no verb that makes a
/// demand (`support_verb`: "will issue demands"). Not with "in", which says how demands
/// are made ("will be uncompromising in its demands", "were united in their demands").
fn answers_demand(tree: &Tree, k: usize, t: usize) -> bool {
    let toks = tree.tokens();
    let within = tree.has_dependent_word(t, "case", "in");
    matches!(tree.arc(t), (Some(h), "obj" | "obl") if h == k)
        && !is("support_verb", &toks[k].lemma.to_lowercase())
        && !within
}

/// Whether verb `k`, one that receives or draws a demand (`receiving_verb`: "face",
/// "attract"), not one that answers what was asked ("will ignore demands"), is itself
/// still to come or only possible, so that the demand need not have been made: a modal of
/// the future or of possibility ("will face calls", "could face demands"), or an
/// infinitive a word of likelihood or expectation takes ("is likely to face further calls
/// for restraint", `likelihood_word`).
fn answer_to_come(tree: &Tree, k: usize) -> bool {
    let toks = tree.tokens();
    if !is("receiving_verb", &toks[k].lemma.to_lowercase()) {
        return false;
    }
    let modal = (tree.dependents(k, "aux").into_iter()).any(|a| {
        matches!(
            toks[a].lower.as_str(),
            "will" | "'ll" | "shall" | "could" | "may" | "might"
        )
    });
    let infinitive = tree.has_dependent_word(k, "mark", "to");
    let expected = infinitive
        && matches!(tree.arc(k), (Some(h), "xcomp" | "advcl") if is("likelihood_word", &toks[h].lower));
    modal || expected
}

/// Whether token `k`, read leftwards from trigger `t` (`s0`: the sentence's first token),
/// ends the search for the words that govern it (`open`: no status found yet).
fn stops_governing(
    doc: &Doc,
    lex: &Lexicon,
    (k, t, s0): (usize, usize, usize),
    verb: bool,
    open: bool,
) -> bool {
    let tok = &doc.tokens[k];
    let l = tok.lower.as_str();
    // A relative or interrogative word opens a clause of its own ("in cases where
    // someone has killed", "asked why troops left").
    matches!(l, ";" | "," | "." | ":")
        || matches!(tok.tag, "WDT" | "WP" | "WRB")
        || (l == "that" && !governs_that_clause(doc, lex, k, s0))
        || is("clause_stop_conj", l)
        || opens_adverbial_clause(doc, k, t)
        || joins_a_tensed_clause(doc, k, t)
        // "announced his decision to quit at a public meeting": a gathering the clause
        // happens at is not what it agrees, demands or plans.
        || (!verb && open && tok.tag == "IN" && is("attended_at", l))
        // "agreed sanctions after a disputed election": an event a temporal preposition
        // places against the clause is not what the clause agrees, demands or plans.
        || (open && matches!(tok.tag, "IN" | "VBG") && is("temporal_preposition", l))
        // "could decide the outcome of the general election": what is decided, demanded
        // or planned is the result the "of" phrase's event has, not the event.
        || (open && l == "of" && k > s0 && {
            let n = &doc.tokens[k - 1];
            n.is_noun() && is("result_noun", &n.lemma.to_lowercase())
        })
}

/// Whether token `k` is a participle of an implicative verb (word class `implicative_verb`)
/// modifying noun trigger `t`: "the forced takeover" is one made to happen, not one only
/// demanded; its clause tells how far it has come ("hoping to halt the forced takeover").
fn compelled(tree: &Tree, k: usize, t: usize) -> bool {
    let toks = tree.tokens();
    toks[k].tag == "VBN"
        && tree.arc(k) == (Some(t), "amod")
        && is("implicative_verb", &toks[k].lemma.to_lowercase())
}

/// Whether token `k` is a preposition of grounds (`grounds_preposition`) that a noun
/// trigger `t`'s phrase hangs on from a verb not of talking it over (`topic_verb`): "may
/// sue over Bush visit" gives the grounds of suing, and "may" says nothing of the visit;
/// "will negotiate over a ceasefire" names its topic.
fn gives_grounds(tree: &Tree, k: usize, t: usize) -> bool {
    let toks = tree.tokens();
    if !(toks[k].tag == "IN" && is("grounds_preposition", &toks[k].lower)) || toks[t].is_verb() {
        return false;
    }
    let n = tree.span_head(t, t + 1);
    let by_k = tree.dependents(n, "case").contains(&k);
    by_k && matches!(tree.arc(n), (Some(h), "obl") if toks[h].is_verb()
        && !is("topic_verb", &toks[h].lemma.to_lowercase()))
}

/// Whether token `k` is a conjunction before trigger `t` whose second conjunct has a tense
/// of its own ("will merge next year and have already held talks"): the words before it
/// (the "will") do not govern what comes after; they do when it shares them ("will meet
/// and hold talks").
fn joins_a_tensed_clause(doc: &Doc, k: usize, t: usize) -> bool {
    let toks = &doc.tokens;
    toks[k].tag == "CC"
        && (k + 1..=t)
            .find(|&j| !toks[j].tag.starts_with("RB"))
            .is_some_and(|j| is_finite(doc, j))
}

/// Whether trigger `t` is the object of the infinitive whose "to" is token `k`, an
/// infinitive that tells of a noun (`acl`: "the deal to open talks"; not "told the unions
/// to hold talks"), a noun that gives no status itself ("decision", "plan") and that no
/// ordinal or "only" picks out ("the first party to win an election" tells of a fact).
fn object_of_a_nouns_infinitive(doc: &Doc, lex: &Lexicon, tree: &Tree, k: usize, t: usize) -> bool {
    let toks = &doc.tokens;
    if !(toks[k].lower == "to" && toks.get(k + 1).is_some_and(|v| v.tag == "VB")) {
        return false;
    }
    if !matches!(tree.arc(t), (Some(h), "obj") if h == k + 1) {
        return false;
    }
    let (Some(n), "acl") = tree.arc(k + 1) else {
        return false;
    };
    let noun = &toks[n];
    n < k
        && matches!(noun.tag, "NN" | "NNS")
        && status_class(lex, noun).is_none()
        && !(tree.dependents(n, "amod").into_iter())
            .chain(tree.dependents(n, "advmod"))
            .any(|j| toks[j].tag == "JJS" || is("unique_modifier", &toks[j].lower))
}

/// Whether status word `k` of class `c` asks for the denial `g` has found so far between it
/// and trigger `t` (`s0`: the sentence's first token), in its infinitive: "urged the club
/// to reject the deal", "asked fans not to protest". Such a denial leaves the event possible,
/// not denied; a reported one ("insisted he has done no deals") or a demand itself negated
/// ("has not asked them to leave") does not.
fn denial_asked_for(doc: &Doc, g: &Governing, c: &str, (k, t, s0): (usize, usize, usize)) -> bool {
    let toks = &doc.tokens;
    let denied_so_far = g.negated || matches!(g.status, Some((Status::Denied, _)));
    let asked = (k + 1..t).any(|j| toks[j].lower == "to");
    let negated_word = negated_before(doc, k, s0);
    denied_so_far && asked && matches!(c, "demanded" | "ordered") && !negated_word
}

/// Whether a negation stands among the three words before word `k` (sentence from `s0`):
/// "have not asked", "did not rule out" (word class `negation_adverb`).
fn negated_before(doc: &Doc, k: usize, s0: usize) -> bool {
    (k.saturating_sub(3).max(s0)..k).any(|j| is("negation_adverb", &doc.tokens[j].lower))
}

/// Whether verb `t` opens a clause with a subordinator of later time ("before they attack",
/// "until talks resume"; word class `later_preposition`).
fn before_it_happens(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    tree.dependents(t, "mark")
        .iter()
        .any(|&k| is("later_preposition", &toks[k].lower))
}

/// The status a present-tense verb `t` takes in a clause of time: "must be stopped before
/// they attack", "will stay until the talks resume" tell of what has not happened yet
/// ([`before_it_happens`]); "will raise it when he meets Mr Bush", "is stepping up his
/// campaign as he visits Leeds" of what the clause they are told under is: to come, or
/// going on ([`at_the_time_of_its_head`]).
fn present_in_a_clause_of_time(doc: &Doc, tree: &Tree, t: usize) -> Option<Status> {
    if matches!(doc.tokens[t].tag, "VBP" | "VBZ") && before_it_happens(tree, t) {
        return Some(Status::Planned);
    }
    at_the_time_of_its_head(doc, tree, t)
}

/// The status a present-tense verb `t` takes from the clause it is an adverbial of by a
/// mark of the same time (`same_time_mark`: "when he meets", "as he visits"): Planned under
/// a clause to come ("will raise it"), UnderWay under one in the progressive present ("is
/// stepping up"); else none.
fn at_the_time_of_its_head(doc: &Doc, tree: &Tree, t: usize) -> Option<Status> {
    let toks = &doc.tokens;
    if !matches!(toks[t].tag, "VBP" | "VBZ") || !tree.is_clause() {
        return None;
    }
    let same_time = same_time_words(tree, t).into_iter().any(|k| k < t);
    let (Some(mut h), "advcl") = tree.arc(t) else {
        return to_come_by_words(doc, t);
    };
    // "will give up my role as soon as the board asks": the clause hangs on the adverb,
    // which hangs on the verb.
    if toks[h].tag.starts_with("RB") {
        match tree.arc(h) {
            (Some(v), "advmod") => h = v,
            _ => return None,
        }
    }
    if !same_time || !toks[h].is_verb() {
        return None;
    }
    let progressive = toks[h].tag == "VBG" && has_present_be(doc, tree, h);
    // "A deal could come in March, when the ministers meet in Paris": a clause of time under
    // a modal tells of a time ahead as well.
    let modal = (tree.dependents(h, "aux").into_iter()).any(|a| toks[a].tag == "MD");
    if tense_rank(doc, h, toks[h].tag) > 0 || modal {
        Some(Status::Planned)
    } else if progressive {
        Some(Status::UnderWay)
    } else {
        None
    }
}

/// Where the parser hung present-tense verb `t` other than as an adverbial clause (a
/// quotation around it: ""I will give up my role as soon as the board of directors asks
/// me to do so," he said"), by the words: a mark of the same time (`same_time_mark`, not
/// "to") right before its subject's phrase, and the nearest verb before that mark still to
/// come: Planned.
fn to_come_by_words(doc: &Doc, t: usize) -> Option<Status> {
    let toks = &doc.tokens;
    let s0 = doc.sentences[doc.sentence_of(t)].tokens.start;
    let subject_word = |k: usize| {
        matches!(
            toks[k].tag,
            "DT" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "POS" | "PRP" | "PRP$" | "CD"
        ) || toks[k].lower == "of"
    };
    let mut k = t;
    while k > s0 && subject_word(k - 1) {
        k -= 1;
    }
    let mark = k.checked_sub(1).filter(|&m| m >= s0 && m < t - 1)?;
    if toks[mark].lower == "to" || !is("same_time_mark", &toks[mark].lower) {
        return None;
    }
    let head = (s0..mark).rev().find(|&j| toks[j].is_verb())?;
    (tense_rank(doc, head, toks[head].tag) > 0).then_some(Status::Planned)
}

/// Whether the four tokens before the word at `k` say it cannot be done: an inability word
/// ("cannot", "unable"), or a negation with "can" or "able" ("can't", "not be able to").
fn unable_before(doc: &Doc, k: usize, s0: usize) -> bool {
    let toks = &doc.tokens;
    let window = k.saturating_sub(4).max(s0)..k;
    let has = |class: &str| window.clone().any(|j| is(class, &toks[j].lower));
    has("inability_word") || has("negation_adverb") && has("ability_word")
}

/// "set to pull out of a deal", "will withdraw from the treaty", "quit the talks": whether
/// noun trigger `t` (sentence `si`) is what a verb of leaving (word class `quitting_verb`)
/// leaves, its object or the noun of its "of" or "from" phrase past a particle: what one
/// leaves is in force or going on, whatever governs the leaving.
fn left_behind(doc: &Doc, t: usize, si: usize) -> bool {
    let toks = &doc.tokens;
    let s0 = doc.sentences[si].tokens.start;
    let mut k = np_start(doc, t, si);
    if k > s0 && matches!(toks[k - 1].lower.as_str(), "of" | "from") {
        k -= 1;
    }
    if k > s0 && (toks[k - 1].tag == "RP" || toks[k - 1].lower == "out") {
        k -= 1;
    }
    k > s0 && toks[k - 1].is_verb() && is("quitting_verb", &toks[k - 1].lemma.to_lowercase())
}

/// Whether a modal stands right before word `k`, or before an adverb there ("could
/// prevent", "would probably stop").
fn modal_before(doc: &Doc, k: usize, s0: usize) -> bool {
    let toks = &doc.tokens;
    let before = |j: usize| (j > s0).then(|| &toks[j - 1]);
    match before(k) {
        Some(w) if w.tag == "MD" => true,
        Some(w) if w.tag == "RB" && !is("negation", &w.lower) => {
            before(k - 1).is_some_and(|m| m.tag == "MD")
        }
        _ => false,
    }
}

/// Whether a verb of failing with "to" stands right before prevention word `k` ("failed
/// to stop", "failing to prevent").
fn failed_before(doc: &Doc, k: usize, s0: usize) -> bool {
    let toks = &doc.tokens;
    k >= s0 + 2
        && toks[k - 1].lower == "to"
        && is("failure_verb", &toks[k - 2].lemma.to_lowercase())
}

/// Whether prevention word `k` is a gerund with no auxiliary that tells what a word of
/// aiming or trying (word class `aiming_word`: "aimed", "bid", "working") is after, by the
/// tree: an effort, not its outcome.
fn aimed_at(tree: &Tree, k: usize) -> bool {
    let toks = tree.tokens();
    toks[k].tag == "VBG"
        && tree.dependents(k, "aux").is_empty()
        && matches!(tree.arc(k), (Some(h), "advcl" | "acl" | "xcomp")
            if is("aiming_word", &toks[h].lemma.to_lowercase()))
}

/// Whether a poll is a survey of opinion: "opinion" or a name (the pollster, the paper)
/// right before it, a survey verb right after it ("the poll suggests", "a poll of 1,000
/// voters found") or before it ("Pipa conducted the poll"), a verb of saying at once
/// after it ("polls saying we will win"), an "of" phrase naming whom or what it asks ("a
/// poll of voter intentions"; not a date), or "in the polls" (also "in all of the
/// polls") and "according to a poll"; or, told with only "the" or "this", the poll or
/// election last named before it is a poll that is one ("an ICM poll for the Guardian put
/// Labour on 40% … The poll also found …": the reader knows it as that survey).
fn is_a_survey(doc: &Doc, m: &Mentions, t: usize, end: usize) -> bool {
    let toks = &doc.tokens;
    let before = |k: usize| t.checked_sub(k).map(|i| &toks[i]);
    // A name before it is the pollster or the paper, but a country or a date names an
    // election ("the Iraqi polls", "a 5 May poll").
    let named = t > 0
        && match m.item_at[t - 1] {
            Some(ii) => !m.items[ii]
                .actors
                .iter()
                .any(|&a| m.actors[a].kind.is_place()),
            None => toks[t - 1].is_proper() && !is("month", &toks[t - 1].lower),
        };
    let opinion = before(1).is_some_and(|b| is("survey_word", &b.lower));
    // "in the polls", "in all of the polls", "in recent polls": who stands where in
    // them is measured, not elected.
    let in_the_polls = toks[t].lower == "polls"
        && (1..=5)
            .map_while(&before)
            .take_while(|b| matches!(b.tag, "DT" | "PDT" | "JJ" | "IN"))
            .any(|b| b.lower == "in");
    // "Pipa conducted the poll", "commissioned a poll": a survey verb takes it.
    let taken = before(1).is_some_and(|b| b.tag == "DT")
        && before(2).is_some_and(|b| b.is_verb() && is("survey_verb", &b.lemma.to_lowercase()));
    let according = (t.saturating_sub(4)..t)
        .any(|k| toks[k].lower == "according" && toks.get(k + 1).is_some_and(|n| n.lower == "to"));
    let surveys = (end..toks.len().min(end + 6))
        .take_while(|&k| !matches!(toks[k].tag, "." | ";" | ":"))
        .any(|k| toks[k].is_verb() && is("survey_verb", &toks[k].lemma.to_lowercase()));
    // "a poll of voter intentions", "a poll of 1,000 voters": who or what it asks, named
    // by "of" (not a date: "the poll of 5 May").
    let of_whom = toks.get(end).is_some_and(|n| n.lower == "of")
        && toks.get(end + 1).is_some_and(|n| {
            let date = toks.get(end + 2).is_some_and(|d| is("month", &d.lower));
            !is("month", &n.lower) && !(n.tag == "CD" && (date || n.text.len() == 4))
        });
    // "all these polls saying we will win": a verb of saying right after it.
    let says = toks
        .get(end)
        .is_some_and(|n| n.is_verb() && is("survey_report_verb", &n.lemma.to_lowercase()));
    // "The poll" points back to the poll or election last named (`election_noun`), a
    // survey or an election.
    let bare = t > 0 && matches!(toks[t - 1].lower.as_str(), "the" | "this") && end == t + 1;
    let poll = |k: usize| toks[k].lemma.eq_ignore_ascii_case("poll");
    let known_survey = || {
        (0..t - 1)
            .rev()
            .find(|&k| toks[k].is_noun() && (poll(k) || is("election_noun", &toks[k].lower)))
            .is_some_and(|k| poll(k) && is_a_survey(doc, m, k, k + 1))
    };
    named
        || opinion
        || in_the_polls
        || taken
        || according
        || surveys
        || says
        || of_whom
        || bare && known_survey()
}

/// Whether verb `t` is in the indicative past or third-person present ("met", "has met",
/// "had met", "meets"): told of, not asked for.
fn reported(doc: &Doc, t: usize) -> bool {
    let toks = &doc.tokens;
    match toks[t].tag {
        "VBD" | "VBZ" => true,
        "VBN" => (t.saturating_sub(3)..t).any(|k| toks[k].lemma == "have"),
        _ => false,
    }
}

/// "promised to cut unemployment when he was elected": whether the word at `k` is a
/// subordinator (word class `subordinator`, not "that", "if" or "whether", which other
/// rules read) opening a clause with a verb up to trigger `t`, which the words before it
/// do not govern.
fn opens_adverbial_clause(doc: &Doc, k: usize, t: usize) -> bool {
    let toks = &doc.tokens;
    let l = toks[k].lower.as_str();
    !matches!(l, "that" | "if" | "whether")
        && is("subordinator", l)
        && matches!(toks[k].tag, "IN" | "WRB")
        && (k + 1..=t).any(|j| toks[j].is_verb())
}

/// "demanded that …", "denied that …", "did not rule out that …", "were sceptical that
/// …": whether the "that" at token `k` follows a verb of demanding, denying or excluding,
/// or a verb or adjective of doubt or supposing (status class `hypothetical`), which
/// reaches into its clause.
fn governs_that_clause(doc: &Doc, lex: &Lexicon, k: usize, s0: usize) -> bool {
    let toks = &doc.tokens;
    let excluding = k > s0 + 1 && toks[k - 1].lower == "out" && excludes(&toks[k - 2]);
    let class = |w: &Token| lex.status_words.get(&w.lemma.to_lowercase());
    k > s0 && {
        let w = &toks[k - 1];
        let asks = w.is_verb() && class(w).is_some_and(|c| c == "demanded" || c == "denied");
        let doubts =
            (w.is_verb() || w.tag == "JJ") && class(w).is_some_and(|c| c == "hypothetical");
        asks || doubts
    } || excluding
}

/// Whether a token is a verb of excluding (word class `excluding_verb`, by lemma: "rule").
fn excludes(tok: &Token) -> bool {
    tok.is_verb() && is("excluding_verb", &tok.lemma.to_lowercase())
}

/// The status class of a token, if it is a status word: a verb or particle, or one of a
/// few nouns ("decision", "ultimatum"); a noun like "forces" is not the verb "force".
fn status_class<'l>(lex: &'l Lexicon, tok: &Token) -> Option<&'l str> {
    let lemma = tok.lemma.to_lowercase();
    if tok.is_noun() && !is("status_noun", &lemma) {
        return None;
    }
    lex.status_words
        .get(&lemma)
        .or_else(|| lex.status_words.get(tok.lower.as_str()))
        .map(String::as_str)
}

/// "ruled out a deal", "has not ruled out talks": whether the verb at `k` with its
/// particle ("rule out", word class `excluding_verb`) takes the noun
/// phrase of trigger `t`, or a "that" clause it is in,
/// (sentence from `s0`) as its object: what is ruled out is denied, what is not ruled out
/// only possible.
fn ruled_out(doc: &Doc, (k, t, s0): (usize, usize, usize)) -> Option<Status> {
    let toks = &doc.tokens;
    // The walk may stop at the particle, so it is read from there too.
    let k = if toks[k].lower == "out" {
        k.checked_sub(1)?
    } else {
        k
    };
    let particle = toks.get(k + 1).is_some_and(|n| n.lower == "out");
    let object = (k + 2..t).all(|j| matches!(toks[j].tag, "DT" | "JJ" | "NN" | "NNP" | "PRP$"));
    // "did not rule out that there had been an agreement": a "that" clause whose only verbs
    // are auxiliaries or "be" is ruled out as an object is.
    let clause = toks.get(k + 2).is_some_and(|w| w.lower == "that")
        && (k + 3..t).all(|j| !toks[j].is_verb() || is("auxiliary_have_be", &toks[j].lemma));
    let object = object || clause;
    if !(excludes(&toks[k]) && particle && object) {
        return None;
    }
    Some(if negated_before(doc, k, s0) {
        Status::Hypothetical
    } else {
        Status::Denied
    })
}

/// The status a status class names, said in a clause of tense rank `rank` (see
/// [`tense_rank`]): what is begun is under way, and what will begin is still to come
/// ("will start talks in April").
fn status_named(class: &str, rank: i8) -> Status {
    match class {
        // "will agree to withdraw", "the election will be announced": an agreement or an
        // order still to come makes its event only planned.
        "agreed" | "ordered" if rank > 0 => Status::Planned,
        "agreed" => Status::Agreed,
        "demanded" => Status::Demanded,
        "ordered" => Status::Ordered,
        "planned" => Status::Planned,
        "started" if rank > 0 => Status::Planned,
        "underway" | "started" => Status::UnderWay,
        // "would be completed soon": what is still to be completed is to come.
        "completed" if rank > 0 => Status::Planned,
        "completed" => Status::Completed,
        "hypothetical" => Status::Hypothetical,
        // "to prevent a terrorist attack", "will stop any strike": what is still to be
        // prevented may come.
        _ if rank > 0 => Status::Hypothetical,
        _ => Status::Denied,
    }
}

/// The status of a trigger nothing governs: under way for "is leaving", planned for a
/// future ("will leave", "to pull out": announced, not done), else completed.
fn default_status(
    doc: &Doc,
    (t, si, trig): (usize, usize, &Trigger),
    own_rank: i8,
    tree: &Tree,
) -> Status {
    let with_its_act = trig
        .verb
        .then(|| at_the_time_of_the_act_it_goes_with(doc, tree, t));
    if let Some(st) = with_its_act.flatten() {
        st
    } else if trig.verb && doc.tokens[t].tag == "VBG" && aux_before(doc, t, &["be"]) {
        // "Mr Straw was visiting the temple on Thursday": what a past progressive tells
        // went on then, and is told as done, unless a verb reports it ("said it was
        // holding talks": the present of the report).
        if told_as_going_on_then(doc, tree, t, doc.sentences[si].tokens.start) {
            Status::Completed
        } else {
            Status::UnderWay
        }
    } else if own_rank > 0 || election_spoken_of_as_coming(doc, (t, si, trig), tree) {
        Status::Planned
    } else if !trig.verb
        && (made_in_the_progressive_now(tree, t)
            || during_now(tree, t)
            || doing_now(tree, t)
            || attended_by_those_now(tree, t))
    {
        Status::UnderWay
    } else if !doc.is_headline(si) && told_in_general(tree, t, trig.verb) {
        Status::Hypothetical
    } else {
        Status::Completed
    }
}

/// "Binge drinking leads to assaults on police", "people make agreements which then fall
/// apart", "councils sign deals with developers": whether event noun `t`, or the event
/// noun verb `t` takes as object, is a bare plural ([`bare_plural`]) told of in a clause in the simple present
/// with no word of time ([`simple_present_undated`]), by the tree: events in general, no
/// one of them (not in a headline, whose present tells of past events).
fn told_in_general(tree: &Tree, t: usize, verb: bool) -> bool {
    if verb {
        let toks = tree.tokens();
        let event_noun = |o: usize| Lexicon::get().heads_an_event_noun(&toks[o]);
        simple_present_undated(tree, t)
            && (tree.dependents(t, "obj").into_iter())
                .any(|o| event_noun(o) && bare_plural(tree, o))
    } else {
        let c = clause_head(tree, t);
        c != t && bare_plural(tree, t) && simple_present_undated(tree, c)
    }
}

/// Whether a name, a number or a word of time is token `k`.
fn names_a_particular(tree: &Tree, k: usize) -> bool {
    let w = &tree.tokens()[k];
    matches!(w.tag, "NNP" | "NNPS" | "CD") || names_a_time(&w.lower)
}

/// "said they never voted in general elections": a bare plural event noun in a clause
/// "never" negates tells of events of a kind in general, which took place without them:
/// no event denied, but one only spoken of. So does a verb "never" negates whose object
/// or phrase is such a noun ("never voted in general elections").
fn never_of_a_kind(tree: &Tree, t: usize, verb: bool) -> bool {
    let toks = tree.tokens();
    let event_noun = |o: usize| Lexicon::get().heads_an_event_noun(&toks[o]);
    let (c, kind) = match verb {
        false => {
            let c = clause_head(tree, t);
            (c, c != t && bare_plural(tree, t))
        }
        true => {
            let mut args = tree.dependents(t, "obj");
            args.extend(tree.dependents(t, "obl"));
            let kind = args
                .into_iter()
                .any(|o| event_noun(o) && bare_plural(tree, o));
            (t, kind)
        }
    };
    kind && (tree.dependents(c, "advmod").into_iter()).any(|k| toks[k].lower == "never")
}

/// Whether noun `n` is a plural with no determiner, possessor or number, and no name,
/// number or word of time among its modifiers and the nouns of its phrases.
fn bare_plural(tree: &Tree, n: usize) -> bool {
    let phrase = (tree.dependents(n, "nmod").into_iter())
        .flat_map(|x| std::iter::once(x).chain(tree.dependents(x, "compound")))
        .chain(tree.dependents(n, "compound"))
        .chain(tree.dependents(n, "amod"))
        .collect::<Vec<_>>();
    let picked = ["det", "nmod:poss", "nummod"]
        .iter()
        .any(|r| !tree.dependents(n, r).is_empty());
    tree.tokens()[n].tag == "NNS"
        && !picked
        && !phrase.into_iter().any(|k| names_a_particular(tree, k))
}

/// Whether verb `c` is in the simple present (no auxiliary), no verb of saying, in a
/// sentence with no word of time, day or month (which the parser may hang anywhere).
fn simple_present_undated(tree: &Tree, c: usize) -> bool {
    let toks = tree.tokens();
    let dated = tree.sentence().any(|k| names_a_time(&toks[k].lower));
    matches!(toks[c].tag, "VBZ" | "VBP")
        && tree.dependents(c, "aux").is_empty()
        && tree.dependents(c, "aux:pass").is_empty()
        && !is_verb_of_saying(&toks[c])
        && !dated
}

/// "is speaking during a visit to Britain", "has said during a visit to Britain": whether
/// event noun `t` is what a clause in the present, present progressive or present perfect
/// happens during (word class `during_preposition`), by the tree, so that it goes on now.
fn during_now(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    let during =
        (tree.dependents(t, "case").into_iter()).any(|k| is("during_preposition", &toks[k].lower));
    let (Some(c), "obl") = tree.arc(t) else {
        return false;
    };
    let auxes = aux_words(tree, c);
    let now = match toks[c].tag {
        "VBZ" | "VBP" => auxes.is_empty(),
        "VBG" | "VBN" => auxes
            .first()
            .is_some_and(|a| present_be(a) || present_have(a)),
        _ => false,
    };
    during && tree.is_clause() && toks[c].is_verb() && now
}

/// "The unions are staging protests", "the two groups have been engaging in discussions":
/// whether event noun `t` is made by a support verb (`support_verb`) in the present
/// progressive or the present perfect progressive, which tells that it goes on now (not
/// "were staging protests", told as going on then).
fn made_in_the_progressive_now(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    if !tree.is_clause() {
        return false;
    }
    let c = clause_head(tree, t);
    c != t
        && toks[c].tag == "VBG"
        && is("support_verb", &toks[c].lemma.to_lowercase())
        && progressive_now(tree, c)
}

/// Whether verb `c`, a gerund, is in the active present progressive ("are staging") or
/// present perfect progressive ("have been engaging").
fn progressive_now(tree: &Tree, c: usize) -> bool {
    let auxes = aux_words(tree, c);
    let perfect = auxes.contains(&"been") && auxes.iter().any(|a| present_have(a));
    auxes.iter().any(|a| present_be(a)) || perfect
}

/// "Protesters are marching through Kiev", "demonstrators have been blocking the road":
/// whether event noun `t`, a noun for those who take part (`doer_noun`), is the subject of
/// a verb in the active present progressive or present perfect progressive, which tells
/// that they are at it now.
fn doing_now(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    if !tree.is_clause() || !is("doer_noun", &toks[t].lemma.to_lowercase()) {
        return false;
    }
    let (Some(c), "nsubj") = tree.arc(t) else {
        return false;
    };
    toks[c].tag == "VBG" && progressive_now(tree, c)
}

/// "Mr Blair is among the leaders attending the meeting": whether event noun `t` is the
/// object of a bare participle of attending or holding (`attendance_verb`,
/// `support_verb`) set on a noun whose clause is in the present, which tells that the
/// event goes on now ("Leaders attending the summit agreed …" tells of then).
fn attended_by_those_now(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    let (Some(p), "obj") = tree.arc(t) else {
        return false;
    };
    let lemma = toks[p].lemma.to_lowercase();
    let (Some(n), "acl" | "advcl") = tree.arc(p) else {
        return false;
    };
    let c = tree.clause_of(n);
    let present = |k: usize| matches!(toks[k].tag, "VBZ" | "VBP");
    let copula_now = (tree.dependents(c, "cop").into_iter()).any(present);
    tree.is_clause()
        && toks[p].tag == "VBG"
        && aux_words(tree, p).is_empty()
        && (is("attendance_verb", &lemma) || is("support_verb", &lemma))
        && toks[n].is_noun()
        && (present(c) || copula_now)
}

/// The words of verb `c`'s active auxiliaries (not those of a passive, which
/// [`auxiliaries`] also gives), in lower case, in order.
fn aux_words<'t>(tree: &'t Tree, c: usize) -> Vec<&'t str> {
    let toks = tree.tokens();
    (tree.dependents(c, "aux").into_iter())
        .map(|k| toks[k].lower.as_str())
        .collect()
}

/// Whether auxiliary `w` is a present form of "be".
fn present_be(w: &str) -> bool {
    matches!(w, "is" | "are" | "am" | "'s" | "'re")
}

/// Whether auxiliary `w` is a present form of "have".
fn present_have(w: &str) -> bool {
    matches!(w, "has" | "have" | "'ve" | "'s")
}

/// Whether the progressive verb trigger `t` is in the past ("was visiting", "were
/// meeting", "was in India visiting"; word class `be_past` among the three words before
/// it, no verb or subordinator between) in a clause no verb reports (none of saying
/// before it in sentence from `s0`, not the complement of a verb, nor joined to one that
/// is).
fn told_as_going_on_then(doc: &Doc, tree: &Tree, t: usize, s0: usize) -> bool {
    let toks = &doc.tokens;
    // Not "was arrested when travelling": the "was" is another verb's, when a verb or a
    // subordinator stands between.
    let Some(b) = (t.saturating_sub(3)..t).rfind(|&k| is("be_past", &toks[k].lower)) else {
        return false;
    };
    let between =
        |k: usize| toks[k].is_verb() || toks[k].tag == "WRB" || is("subordinator", &toks[k].lower);
    // Reported: after a verb of saying, whatever the parse; a "that" clause, a verb's
    // complement, or a clause on a verb of saying.
    if (b + 1..t).any(between) || (s0..b).any(|k| is_verb_of_saying(&toks[k])) {
        return false;
    }
    let mut c = t;
    loop {
        let that = tree.has_dependent_word(c, "mark", "that");
        match tree.arc(c) {
            _ if that => return false,
            (Some(g), "ccomp") if toks[g].is_verb() => return false,
            (Some(g), _) if is_verb_of_saying(&toks[g]) => return false,
            (Some(g), "conj" | "advcl" | "xcomp") => c = g,
            _ => return true,
        }
    }
}

/// An election noun in a clause of the present, with no date or number on it, is still to
/// come ("the issues at stake in the election", "everyone is working towards a general
/// election", "the election is imminent"); so is one in a clause with a modal ("the
/// election could be a target") or with no tense under a present, modal or imperative
/// clause ("Let the election decide this"): one that is over is told in the past, the
/// perfect, or by its date ("the 2001 election"), or as what the clause comes after.
fn election_spoken_of_as_coming(
    doc: &Doc,
    (t, si, trig): (usize, usize, &Trigger),
    tree: &Tree,
) -> bool {
    let toks = &doc.tokens;
    if trig.verb || trig.event_type != EventType::Election || !tree.is_clause() {
        return false;
    }
    let came_first = |p: &str| matches!(p, "after" | "since" | "following");
    let after = framing_preposition(doc, t, si).is_some_and(came_first)
        || (tree.dependents(t, "case").iter()).any(|&c| came_first(&toks[c].lower));
    let verbs_of = |c: usize| -> Vec<usize> {
        std::iter::once(c)
            .chain(tree.dependents(c, "aux"))
            .chain(tree.dependents(c, "cop"))
            .collect()
    };
    let tagged = |v: &[usize], tags: &[&str]| v.iter().any(|&k| tags.contains(&toks[k].tag));
    let past = |v: &[usize]| tagged(v, &["VBD"]) || v.iter().any(|&k| toks[k].lemma == "have");
    let clauses = tree.governing_clauses(t);
    let verbs = verbs_of(clauses[0]);
    let present = tagged(&verbs, &["VBZ", "VBP"]) && !past(&verbs) && !tagged(&verbs, &["MD"]);
    // "the election could be a target": a modal, but for "have" after it, speaks of what
    // may come.
    let modal = tagged(&verbs, &["MD"]) && !past(&verbs);
    // What the clause happens after or since came first ("sanctions after a disputed
    // election"), unless the clause itself may only come ("would not commit to any job
    // for Mr Brown after the election").
    if after && !modal {
        return false;
    }
    // "Let the election decide", "face the prospect of losing their seats at an election":
    // a clause with no tense of its own takes that of the clauses above it, when none is
    // past and one is present, modal or an imperative.
    // A verb of saying that reports the clauses tells their time no more than a quotation's
    // narrator does: "'Let the election decide this,' he said".
    let reported = clauses
        .iter()
        .take_while(|&&c| !is_verb_of_saying(&toks[c]));
    let above: Vec<usize> = reported.flat_map(|&c| verbs_of(c)).collect();
    let imperative = |k: &usize| {
        toks[*k].tag == "VB"
            && tree.dependents(*k, "nsubj").is_empty()
            && tree.arc(*k).0.is_none_or(|h| is_verb_of_saying(&toks[h]))
    };
    let untensed = (verbs.iter()).all(|&k| matches!(toks[k].tag, "VB" | "VBG"))
        && !past(&above)
        && (tagged(&above, &["VBZ", "VBP", "MD"]) || above.iter().any(imperative));
    let dated = ["nummod", "amod", "compound", "nmod:poss", "nmod"]
        .iter()
        .flat_map(|r| tree.dependents(t, r))
        .any(|d| {
            let w = &toks[d];
            w.tag == "CD" || names_a_time(&w.lower)
        });
    (present || modal || untensed) && !dated
}

/// Whether the noun phrase of nominal trigger `t` follows a preposition that puts it after
/// its clause: "before", "until", "pending", "ahead of", "in the run-up to" (word class
/// `later_preposition`; "ahead" and "run-up" are read with the "of" or "to" after them).
fn comes_later(doc: &Doc, t: usize, si: usize) -> bool {
    let toks = &doc.tokens;
    let s0 = doc.sentences[si].tokens.start;
    let Some(p) = later_phrase(doc, t, si) else {
        return false;
    };
    // A past form before it ("resigned before the election", often tagged a participle)
    // makes the clause past, whatever the tense reading gave; a participle after a
    // present or infinitive "be" is a passive in the present ("are expected to be used in
    // the run-up to the election"), and one after a present "have" a present perfect,
    // which speaks of now ("has become the main issue ahead of Sunday's election").
    let past = |j: usize| {
        let aux = (s0..j).rev().find(|&k| !toks[k].tag.starts_with("RB"));
        let present = aux.is_some_and(|k| {
            let a = &toks[k];
            matches!(a.lemma.as_str(), "be" | "have")
                && matches!(a.tag, "VB" | "VBP" | "VBZ" | "VBG")
        });
        !supposed(doc, s0, j) && (toks[j].tag == "VBD" || (toks[j].tag == "VBN" && !present))
    };
    // The clause's verb before the phrase, or after it when the phrase opens the sentence
    // ("Before visiting Israel, Mr Blair made a visit").
    // An infinitive is told at the time of the verb it completes ("was used to pay for
    // posters ahead of the 2001 election").
    let end = doc.sentences[si].tokens.end;
    let infinitive = |j: usize| toks[j].tag == "VB" && j > s0 && toks[j - 1].tag == "TO";
    let clause_verb = (s0..p)
        .rev()
        .find(|&j| toks[j].is_verb() && !infinitive(j))
        .or_else(|| {
            (p == s0)
                .then(|| (t + 1..end).find(|&j| toks[j].is_finite()))
                .flatten()
        });
    !clause_verb.is_some_and(past)
}

/// Whether a past form at token `j` only supposes, under a condition opened before it
/// from sentence start `s0` ("if the bank were to judge that a rise was justified before
/// the election"), and does not tell the past (but for a past perfect: "if he had
/// resigned").
fn supposed(doc: &Doc, s0: usize, j: usize) -> bool {
    let toks = &doc.tokens;
    (s0..j).any(|k| is("condition_conj", &toks[k].lower))
        && !(s0..j).any(|k| toks[k].lemma == "have")
}

/// The preposition before the noun phrase of trigger `t` when it puts the event after its
/// clause (see [`comes_later`]): its token.
fn later_phrase(doc: &Doc, t: usize, si: usize) -> Option<usize> {
    let toks = &doc.tokens;
    let s0 = doc.sentences[si].tokens.start;
    // Back over a noun phrase's own words: "the general", "next month's", "a snap".
    let back = |end: usize| {
        let mut k = end;
        while k > s0
            && end - k < 5
            && matches!(
                toks[k - 1].tag,
                "DT" | "JJ" | "JJR" | "JJS" | "NN" | "NNS" | "NNP" | "NNPS" | "POS" | "PRP$" | "CD"
            )
        {
            k -= 1;
        }
        k
    };
    let mut k = back(t);
    // And over a noun of quantity it is "of": "ahead of a series of referendums".
    if k >= s0 + 2 && toks[k - 1].lower == "of" && is("quantity_noun", &toks[k - 2].lower) {
        k = back(k - 2);
    }
    let p = k.checked_sub(1).filter(|&p| p >= s0)?;
    let word = toks[p].lower.as_str();
    let later = if matches!(word, "of" | "to") && p > s0 {
        // "run-up to" is also written as two words: "in the run up to".
        let joined = (p > s0 + 1).then(|| format!("{}-{}", toks[p - 2].lower, toks[p - 1].lower));
        is("later_preposition", &toks[p - 1].lower)
            || joined.is_some_and(|j| is("later_preposition", &j))
    } else {
        toks[p].tag == "IN" && is("later_preposition", word)
    };
    later.then_some(p)
}

/// Whether the words around trigger `t` of sentence `si` (tense rank `own`) tell of its
/// event as still to come, whatever governs it: "Campaigning is accelerating ahead of the
/// general election" (what a present or future clause happens before, or a gerund's:
/// "should consider the issues before voting"), a noun named as coming or dated ahead, or
/// awaited.
fn told_as_coming(
    doc: &Doc,
    tree: &Tree,
    (t, si): (usize, usize),
    trig: &Trigger,
    own: i8,
) -> bool {
    let verb = trig.verb;
    let gerund = verb && doc.tokens[t].tag == "VBG";
    let s0 = doc.sentences[si].tokens.start;
    (!verb || gerund) && (own >= 0 || supposed(doc, s0, t)) && comes_later(doc, t, si)
        || !verb && (named_as_coming(doc, t, si) || coming_by_tree(tree, t))
        || !verb && dated_ahead(tree, t) && !named_as_past(doc, t, si)
        || !verb && trig.event_type != EventType::Demand && awaited(doc, tree, t, si)
}

/// "Shares rose ahead of the vote", "said they had already agreed to a moratorium ahead of
/// their meeting on 12 January": whether nominal trigger `t` follows "ahead of", which
/// tells of what is done in readiness for an event still to come, in the past too; not one
/// named as past or by a year ("ahead of the 2001 election"), which only orders it, nor
/// one a past perfect no verb reports looks back on ("had become the main issue ahead of
/// the election").
fn awaited(doc: &Doc, tree: &Tree, t: usize, si: usize) -> bool {
    let toks = &doc.tokens;
    let Some(p) = later_phrase(doc, t, si) else {
        return false;
    };
    let ahead = toks[p].lower == "of" && toks[p - 1].lower == "ahead";
    let year = (p..t).any(|k| toks[k].tag == "CD" && toks[k].text.len() == 4);
    // The first verb above the noun.
    let verb = tree.ancestors(t).find(|&a| toks[a].is_verb());
    let looks_back = tree.is_clause()
        && verb
            .is_some_and(|c| tree.has_dependent_word(c, "aux", "had") && tree.arc(c).1 != "ccomp");
    ahead && !year && !looks_back && !named_as_past(doc, t, si)
}

/// Whether nominal trigger `t` is named as past by a modifier before it in its noun phrase
/// (word class `past_modifier`: "the latest meeting", "the last election"); not the last
/// before another ("their last conference before the election" is the final one).
fn named_as_past(doc: &Doc, t: usize, si: usize) -> bool {
    if doc.tokens.get(t + 1).is_some_and(|n| n.lower == "before") {
        return false;
    }
    let tags = ["DT", "JJ", "JJS", "NN", "NNP", "POS", "PRP$"];
    modified_as(doc, (t, si), (4, &tags), "past_modifier")
}

/// Whether nominal trigger `t` of an agreement or a sanction, which holds once made, is
/// named as in force by a modifier before it in its noun phrase (word class
/// `in_force_modifier`: "its existing agreements", "the current ban").
fn named_in_force(doc: &Doc, trig: &Trigger, t: usize, si: usize) -> bool {
    matches!(trig.event_type, EventType::Agreement | EventType::Sanction)
        && modified_as(
            doc,
            (t, si),
            (3, &["JJ", "VBG", "NN", "NNP"]),
            "in_force_modifier",
        )
}

/// Whether a word of class `class` stands among the words before noun `t` of sentence `si`,
/// within `reach` words and while their tags are among `tags`: the modifiers of its noun
/// phrase.
fn modified_as(
    doc: &Doc,
    (t, si): (usize, usize),
    (reach, tags): (usize, &[&str]),
    class: &str,
) -> bool {
    let toks = &doc.tokens;
    let s0 = doc.sentences[si].tokens.start;
    (t.saturating_sub(reach).max(s0)..t)
        .rev()
        .take_while(|&k| tags.contains(&toks[k].tag))
        .any(|k| is(class, &toks[k].lower))
}

/// Whether nominal trigger `t` is the object of a verb of sequence (word class
/// `sequel_verb`) in the present or the past: what its subject follows came first ("the
/// decision follows a tough meeting", "his comments followed the sale"). Not with a modal
/// ("will follow talks next week").
fn followed(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    matches!(tree.arc(t), (Some(v), "obj") if toks[v].is_verb()
        && is("sequel_verb", &toks[v].lemma.to_lowercase())
        && matches!(clause_tense(tree, v), Some(Tense::Past | Tense::Present)))
}

/// Whether nominal trigger `t` is the subject of a relative clause in the past or the
/// perfect, which tells what the event did, so that it took place: "a deal which took the
/// firm's assets into public ownership", "talks that have brought no result". Not a
/// passive ("a deal that was proposed") nor a verb of a status in doubt ("a strike which
/// failed to materialise", "talks which were planned").
fn did_as_told(lex: &Lexicon, tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    (tree.dependents(t, "acl:relcl").into_iter()).any(|v| {
        let relative = (tree.dependents(v, "nsubj").iter())
            .any(|&s| matches!(toks[s].lower.as_str(), "which" | "that"));
        relative
            && toks[v].is_verb()
            && tree.dependents(v, "aux:pass").is_empty()
            && !status_class(lex, &toks[v]).is_some_and(puts_in_doubt)
            && clause_tense(tree, v) == Some(Tense::Past)
    })
}

/// Whether nominal trigger `t` is the subject, active or passive, of a negated relative
/// clause whose verb is one of carrying out or taking place (word classes
/// `realizing_verb`, `occurrence_verb`): "the deal, which could not be carried out",
/// "talks that never happened".
fn undone_as_told(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    (tree.dependents(t, "acl:relcl").into_iter()).any(|v| {
        let relative = (["nsubj", "nsubj:pass"].into_iter())
            .flat_map(|r| tree.dependents(v, r))
            .any(|s| matches!(toks[s].lower.as_str(), "which" | "that"));
        let lemma = toks[v].lemma.to_lowercase();
        relative
            && toks[v].is_verb()
            && (is("realizing_verb", &lemma) || is("occurrence_verb", &lemma))
            && negated_in_tree(tree, v)
    })
}

/// Whether a status class leaves it open whether the event took place: planned,
/// hypothetical or denied.
fn puts_in_doubt(class: &str) -> bool {
    matches!(class, "planned" | "hypothetical" | "denied")
}

/// Whether the noun phrase of nominal trigger `t` follows a phrase of word class
/// `cause_phrase` ("in response to the attacks", "in the wake of the bombings").
fn is_a_cause(doc: &Doc, t: usize, si: usize) -> bool {
    let toks = &doc.tokens;
    let s0 = doc.sentences[si].tokens.start;
    let np_start = np_start(doc, t, si);
    (1..=4).filter(|&n| np_start >= s0 + n).any(|n| {
        let words: Vec<&str> = (np_start - n..np_start)
            .map(|k| toks[k].lower.as_str())
            .collect();
        is("cause_phrase", &words.join(" "))
    })
}

/// Whether nominal trigger `t` is named as still to come by its own noun phrase: a
/// modifier before it ("the next election", "the coming talks", "a planned visit") or a
/// participle right after it ("the election expected in May", "talks due next week").
fn named_as_coming(doc: &Doc, t: usize, si: usize) -> bool {
    let toks = &doc.tokens;
    let s0 = doc.sentences[si].tokens.start;
    let before = (t.saturating_sub(4).max(s0)..t)
        .rev()
        .take_while(|&k| {
            matches!(
                toks[k].tag,
                "DT" | "JJ" | "JJR" | "JJS" | "NN" | "NNS" | "NNP" | "NNPS" | "VBG" | "VBN" | "CD"
            )
        })
        .any(|k| is("coming_modifier", &toks[k].lower));
    // The participle may be set off by a comma, a dash or a bracket ("the vote - expected
    // to fall on 5 May - will give").
    let end = doc.sentences[si].tokens.end;
    let set_off =
        |k: usize| k == t + 1 && matches!(toks[k].text.as_str(), "," | "-" | "–" | "—" | "(");
    let after = (t + 1..end)
        .find(|&k| !toks[k].tag.starts_with("RB") && !set_off(k))
        .is_some_and(|k| is("coming_after", &toks[k].lower));
    before || after || said_to_come(doc, t, si)
}

/// Whether nominal trigger `t` is what a date is spoken of for (`schedule_noun`: "set a
/// date for the vote", "has not yet announced the date of the general election"), itself or
/// through its start or another part of it (`frame_part`: "a date for the start of
/// accession talks"): an event whose date is still to be set or told is to come, whatever
/// the words over the date say of the date (not "the last election", [`named_as_past`]).
fn dated_ahead(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    let mut n = t;
    // The event, or a part of it, and the date: two steps at most.
    let schedule = |k: usize| is("schedule_noun", &toks[k].lemma.to_lowercase());
    for _ in 0..2 {
        if !(tree.has_dependent_word(n, "case", "of") || tree.has_dependent_word(n, "case", "for"))
        {
            return false;
        }
        let h = match tree.arc(n) {
            (Some(h), "nmod") => h,
            // The parser may hang the phrase on the verb that sets the date: "set a date
            // for the vote".
            (Some(v), "obl") => return tree.dependents(v, "obj").into_iter().any(schedule),
            _ => return false,
        };
        if schedule(h) {
            return true;
        }
        let lemma = toks[h].lemma.to_lowercase();
        if !is("frame_part", &lemma) {
            return false;
        }
        n = h;
    }
    false
}

/// Whether the tree names nominal trigger `t` as still to come beyond its own words: the
/// first of the nouns it is joined to has a coming modifier ("the forthcoming referendum and
/// general election"), or a time phrase of the noun, or of the clause it is a phrase of,
/// has one ("heading for an election in the next few months"; word classes
/// `coming_modifier`, `time_span`).
fn coming_by_tree(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    let coming = |n: usize| {
        (tree.dependents(n, "amod").into_iter())
            .chain(tree.dependents(n, "compound"))
            .any(|k| is("coming_modifier", &toks[k].lower))
    };
    let time_phrase_of = |h: usize| {
        (tree.dependents(h, "obl").into_iter())
            .chain(tree.dependents(h, "nmod"))
            .filter(|&k| k != t && is("time_span", &toks[k].lemma.to_lowercase()))
            .any(coming)
    };
    let first = match tree.arc(t) {
        (Some(h), "conj") if toks[h].is_noun() => h,
        _ => t,
    };
    let clause = match tree.arc(first) {
        (Some(h), rel) if toks[h].is_verb() && rel.starts_with("obl") => Some(h),
        _ => None,
    };
    (first != t && coming(first))
        || time_phrase_of(t)
        || clause.is_some_and(time_phrase_of)
        || to_take_place(Lexicon::get(), tree, t)
}

/// Whether noun `t` has an infinitive of its own taking place, which tells of it as still
/// to come: "a meeting to be held in Madrid in March", "talks to begin next week", "the
/// summit to take place in June" — a verb of happening (`occurrence_verb`), "take place",
/// or a support verb (`support_verb`) in the passive, or one of beginning with no object,
/// whose subject the noun is. Not "an agreement to buy the firm", "the deal to open talks",
/// "a deadline to open up the sector": what the noun's infinitive does to something else
/// does not happen to the noun. Nor when another event noun stands between, which the
/// parser may have passed over ("a request for a meeting to be held": the meeting is
/// held). The parser may hang the infinitive on a noun of the trigger's "of" phrase or on
/// one set beside it, which no event is: what is held there is the event ("a meeting of
/// the Club of Madrid - a group of former world leaders - to be held in March").
fn to_take_place(lex: &Lexicon, tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    // "a request for a meeting to be held", "called for talks to begin": what is asked
    // for is demanded, which the words that govern it tell.
    if tree.has_dependent_word(t, "case", "for") {
        return false;
    }
    // By its form too: the tagger may read "meeting" as a participle.
    let event_noun = |k: usize| {
        lex.noun_heads.contains_key(&toks[k].lower)
            || toks[k].is_noun() && lex.heads_an_event_noun(&toks[k])
    };
    let mut nouns = vec![t];
    let mut i = 0;
    while i < nouns.len() {
        let n = nouns[i];
        i += 1;
        let below = ["nmod", "appos"].iter().flat_map(|r| tree.dependents(n, r));
        nouns.extend(
            below
                .filter(|&k| toks[k].is_noun() && !event_noun(k))
                .collect::<Vec<_>>(),
        );
    }
    let infinitives = nouns.into_iter().flat_map(|n| tree.dependents(n, "acl"));
    infinitives.into_iter().any(|v| {
        let lemma = toks[v].lemma.to_lowercase();
        let infinitive = tree.has_dependent_word(v, "mark", "to");
        let passive = !tree.dependents(v, "aux:pass").is_empty();
        let place = tree.has_dependent_word(v, "obj", "place");
        let object = !tree.dependents(v, "obj").is_empty() && !place;
        let happens = is("occurrence_verb", &lemma)
            || lemma == "take" && place
            || is("support_verb", &lemma) && (passive || is("beginning_verb", &lemma));
        let perfect = tree.has_dependent_word(v, "aux", "have");
        let event_noun_between = (t + 1..v).any(event_noun);
        infinitive && happens && !object && !perfect && !event_noun_between
    })
}

/// Whether the verb a nominal trigger is the subject of names it as still to come: a
/// present "be" (or a modal's) and a word of `coming_after`, an adjective or participle
/// with a "to" clause, or a span of time "away" ("the election is widely expected on 5
/// May", "talks between the two are due", "the vote is likely to be held in May", "that
/// poll may still be about 16 weeks away").
fn said_to_come(doc: &Doc, t: usize, si: usize) -> bool {
    let toks = &doc.tokens;
    let end = doc.sentences[si].tokens.end;
    let mut v = after_noun_phrase(doc, t, si);
    let modal = v < end && toks[v].tag == "MD";
    while v < end && (toks[v].tag == "MD" || toks[v].tag.starts_with("RB")) {
        v += 1;
    }
    let present = if modal {
        &["VB"][..]
    } else {
        &["VBZ", "VBP"][..]
    };
    if v >= end || !(toks[v].lemma == "be" && present.contains(&toks[v].tag)) {
        return false;
    }
    // "16 weeks away", "a few months away".
    let away = (v + 2..end.min(v + 7))
        .any(|k| toks[k].lower == "away" && is("time_span", &toks[k - 1].lemma.to_lowercase()));
    let Some(k) = (v + 1..end).find(|&k| !toks[k].tag.starts_with("RB")) else {
        return false;
    };
    // Or a "to" clause after an adjective or participle: "is likely to be held", "is set
    // to take place" (not "is said to have been rigged"). After a word of saying,
    // believing or aiming, only one that tells of the event's taking place ("is intended
    // to take place in March"): else it tells what is said or held of the event or what it
    // is for ("the trip is said to help", "is thought to be the first", "is designed to
    // highlight").
    let lemma = toks[k].lemma.to_lowercase();
    let of_coming = !["speech", "belief_verb", "aiming_word"]
        .iter()
        .any(|c| is(c, &lemma));
    let taking_place = toks.get(k + 2).is_some_and(|n| {
        let l = n.lemma.to_lowercase();
        is("occurrence_verb", &l)
            || is("beginning_verb", &l)
            || l == "take" && toks.get(k + 3).is_some_and(|p| p.lower == "place")
            || l == "be" && toks.get(k + 3).is_some_and(|p| p.tag == "VBN")
    });
    let to_clause = matches!(toks[k].tag, "JJ" | "VBN")
        && (of_coming || taking_place)
        && toks.get(k + 1).is_some_and(|n| n.lower == "to")
        && toks
            .get(k + 2)
            .is_some_and(|n| n.tag == "VB" && n.lemma != "have");
    is("coming_after", &toks[k].lower) || to_clause || away
}

/// Whether nominal trigger `t` is picked out by a determiner of free choice (word class
/// `free_choice_determiner`: "opposed to any deal", "any attack would be a mistake"): no
/// one event, but any of its kind. By the tree, or over the modifiers before the noun.
fn any_of_its_kind(doc: &Doc, tree: &Tree, t: usize, si: usize) -> bool {
    let toks = &doc.tokens;
    let s0 = doc.sentences[si].tokens.start;
    let by_tree =
        (tree.dependents(t, "det").iter()).any(|&d| is("free_choice_determiner", &toks[d].lower));
    let mut k = t;
    while k > s0 && t - k < 4 && matches!(toks[k - 1].tag, "JJ" | "JJR" | "NN" | "NNP" | "VBN") {
        k -= 1;
    }
    by_tree || k > s0 && is("free_choice_determiner", &toks[k - 1].lower)
}

/// Whether a word of the noun phrase before a nominal trigger names it as only possible
/// (word class `possible_modifier`: "a possible attack", "potential talks").
fn named_as_possible(doc: &Doc, t: usize, si: usize) -> bool {
    let toks = &doc.tokens;
    let s0 = doc.sentences[si].tokens.start;
    (t.saturating_sub(4).max(s0)..t)
        .rev()
        .take_while(|&k| matches!(toks[k].tag, "JJ" | "NN" | "NNP" | "VBN" | "RB"))
        .any(|k| is("possible_modifier", &toks[k].lower))
}

/// "would withdraw … only if the war ended": whether a conditional modal before the
/// trigger goes with an "if" or "unless" after it.
fn is_conditional(doc: &Doc, t: usize, si: usize) -> bool {
    let toks = &doc.tokens;
    let s = &doc.sentences[si].tokens;
    (t.saturating_sub(3).max(s.start)..t).any(|k| is("conditional_modal", &toks[k].lower))
        && (t + 1..s.end).any(|k| is("condition_conj", &toks[k].lower))
}

/// Whether the clause of trigger `t` is a condition or rests on one, by the tree: its
/// clause is opened by a conjunction of word class `condition_conj` ("if the cabinet
/// approves the deal", "unless the sides reach an agreement") or hangs on a noun of word
/// class `condition_noun` ("in the event that a contract is agreed"); or a clause that is
/// not past has such a condition of its own ("will sign the deal if the board agrees",
/// "if talks fail, the troops will withdraw"), and not one "even" makes a concession.
fn under_condition(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    let c = clause_head(tree, t);
    if in_a_condition(tree, t) {
        return true;
    }
    // A condition's clause that presupposes its event noun ("if the talks fail") rests on
    // no other condition.
    if matches!(tree.arc(c), (Some(_), "advcl")) && opened_by_condition(tree, c) {
        return false;
    }
    // The perfect tells of what is done too: "has called on the industry to act …, unless
    // …" (a condition the parser hung on it is another clause's).
    let past = if toks[c].is_verb() {
        past_verb(tree, c) || toks[c].tag == "VBN" && has_present_have(tree, c)
    } else {
        (tree.dependents(c, "cop").iter()).any(|&k| toks[k].tag == "VBD")
    };
    !past
        && tree
            .dependents(c, "advcl")
            .into_iter()
            .any(|v| opened_by_condition(tree, v))
}

/// Whether trigger `t`'s own clause is a condition ([`under_condition`]): opened by a
/// conjunction of word class `condition_conj` or hung on a noun of `condition_noun`. In
/// such a clause a negation too is only supposed: "if it did not secure a deal".
fn in_a_condition(tree: &Tree, t: usize) -> bool {
    let c = clause_head(tree, t);
    // "if the talks fail": what a condition's clause says of an event noun as its active
    // subject is conditional, not the event.
    let presupposed = c != t && matches!(tree.arc(t), (Some(h), "nsubj") if h == c);
    match tree.arc(c) {
        // Also a condition the parser hung on a verb of saying as its complement ("said
        // if a blow was struck …").
        (Some(_), "advcl" | "ccomp") => opened_by_condition(tree, c) && !presupposed,
        (Some(n), "acl" | "acl:relcl") => in_the_event_that(tree, n, c),
        _ => false,
    }
}

/// Whether clause head `v` is opened by a conjunction of condition (`condition_conj`),
/// not one "even" makes a concession.
fn opened_by_condition(tree: &Tree, v: usize) -> bool {
    let toks = tree.tokens();
    (tree.dependents(v, "mark").iter()).any(|&k| is("condition_conj", &toks[k].lower))
        && !tree.has_dependent_word(v, "advmod", "even")
}

/// Whether the clause of trigger `t` asks whether it happens, by the tree: it is opened
/// by a word of class `undecided_mark` ("will decide whether to start entry talks"), or is
/// the complement of a verb opened by a conjunction of condition ("asked if the talks
/// would resume"). Whatever its own words say, it is only possible. Not a noun a temporal
/// preposition places the clause against (`temporal_preposition`: "asked whether a rescue
/// was on the cards following a meeting of Congress"), which is no part of the question.
fn undecided(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    if !tree.is_clause() {
        return false;
    }
    let timed = (tree.dependents(t, "case").into_iter())
        .any(|k| is("temporal_preposition", &toks[k].lower));
    if toks[t].is_noun() && timed {
        return false;
    }
    let c = clause_head(tree, t);
    let marks = tree.dependents(c, "mark");
    let asked = matches!(tree.arc(c), (Some(_), "ccomp"));
    marks.iter().any(|&k| {
        is("undecided_mark", &toks[k].lower) || asked && is("condition_conj", &toks[k].lower)
    })
}

/// Whether the clause of trigger `t` is the content of a noun of what may be or is only
/// supposed, by the tree: a "that" clause on a noun of the word class `hypothetical`
/// ("speculation that Sir Anthony had held talks", "the possibility that the firms will
/// sign a deal", "fears that talks had failed"). What it tells is not known to be. Also
/// where the parser hung the clause elsewhere, when it opens with "that" right after such
/// a noun. Or the clause a verb of hoping or doubting takes (`hoping_verb`: "hopes its
/// creditors will agree").
fn conjectured(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    if !tree.is_clause() {
        return false;
    }
    let supposing =
        |n: usize| toks[n].is_noun() && is("hypothetical", &toks[n].lemma.to_lowercase());
    let c = clause_head(tree, t);
    let content = matches!(tree.arc(c), (Some(n), "acl") if supposing(n));
    if content && tree.has_dependent_word(c, "mark", "that") {
        return true;
    }
    // "hopes its creditors will agree", "doubts that the unions will sign": the clause a
    // verb of hoping or doubting takes.
    let hoping = |v: usize| toks[v].is_verb() && is("hoping_verb", &toks[v].lemma.to_lowercase());
    if matches!(tree.arc(c), (Some(v), "ccomp") if hoping(v)) {
        return true;
    }
    let s0 = tree.sentence().start;
    let mut a = c;
    while a > s0 && tree.is_under(a - 1, c) {
        a -= 1;
    }
    a > s0 && toks[a].lower == "that" && supposing(a - 1)
}

/// The status and rank of a nominal event that the tense of its clause alone tells, by the
/// tree: an election contested ([`contest_rank`]), or an event after which a past clause's
/// act came ("failed to come to an agreement after six months of talks": the talks were
/// held).
fn told_by_its_clause(
    doc: &Doc,
    tree: &Tree,
    (t, si): (usize, usize),
    trig: &Trigger,
) -> Option<(Status, i8)> {
    if trig.verb {
        return None;
    }
    if trig.event_type == EventType::Election {
        if let Some(rank) = contest_rank(doc, tree, t) {
            let st = if rank < 0 {
                Status::Completed
            } else {
                default_status(doc, (t, si, trig), rank, tree)
            };
            return Some((st, rank));
        }
    }
    let phrase = after_phrase(tree, t)?;
    let toks = tree.tokens();
    let mut c = clause_head(tree, phrase);
    // A phrase the parser hung on a punctuation mark belongs to that mark's clause.
    if toks[c].is_punct() {
        c = tree.arc(c).0.unwrap_or(c);
    }
    let c = complemented(tree, c);
    (toks[c].is_verb() && past_verb(tree, c)).then_some((Status::Completed, -1))
}

/// Whether verbal trigger `t` is the infinitive of an implicative verb (word class
/// `implicative_verb`) told in the past, not negated and with no modal: what it says was
/// done ("managed to sign a deal", "it partly collapsed, prompting the Queen to ask Harold
/// Wilson to form a government", "was forced to resign"). A participle of such a verb with
/// no auxiliary takes the past of the clause it is set after.
fn done_as_implied(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    let (Some(h), "xcomp") = tree.arc(t) else {
        return implied_by_words(tree, t);
    };
    if !tree.has_dependent_word(t, "mark", "to")
        || !is("implicative_verb", &toks[h].lemma.to_lowercase())
        || negated_in_tree(tree, h)
    {
        return false;
    }
    let modal = |v: usize| (tree.dependents(v, "aux").iter()).any(|&k| toks[k].tag == "MD");
    let passive_past = (tree.dependents(h, "aux:pass").iter()).any(|&k| toks[k].tag == "VBD");
    let past = |v: usize| past_verb(tree, v) || toks[v].tag == "VBN" && passive_past;
    // "…, prompting the Queen to ask": the participle's clause is the one it is set after.
    let told_at = match tree.arc(h) {
        (Some(c), "advcl" | "conj") if toks[h].tag == "VBG" && toks[c].is_verb() => c,
        _ => h,
    };
    !modal(h) && !modal(told_at) && (past(h) || told_at != h && past(told_at))
}

/// Where the parser did not hang infinitive `t` on the verb before it ("the vote prompted
/// constituency association president Sir Stanley Odell to resign", "prompted" read as
/// an adjective): by the words, "to" right before `t`, then a noun phrase (nouns, names,
/// adjectives, determiners), then a past form of an implicative verb, with no modal,
/// auxiliary or negation right before it.
fn implied_by_words(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    let s0 = tree.sentence().start;
    if t < s0 + 3 || toks[t - 1].lower != "to" || toks[t].tag != "VB" {
        return false;
    }
    let np = |k: usize| {
        matches!(
            toks[k].tag,
            "NN" | "NNS" | "NNP" | "NNPS" | "JJ" | "DT" | "POS"
        )
    };
    let mut k = t - 1;
    while k > s0 && np(k - 1) {
        k -= 1;
    }
    let Some(v) = k.checked_sub(1).filter(|&v| v >= s0 && v + 1 < t - 1) else {
        return false;
    };
    let before = (v > s0).then(|| &toks[v - 1]);
    toks[v].tag == "VBD"
        && is("implicative_verb", &toks[v].lemma.to_lowercase())
        && !before.is_some_and(|b| b.tag == "MD" || is_aux(&b.lemma) || is("negation", &b.lower))
}

/// Whether the event noun at `t` is said to be none: its determiner is a negating one
/// (`negative_determiner`: "no demonstrations are planned", "there will be no talks"), or
/// "any" in a clause a negating adverb governs ("we don't have any demonstrations
/// planned").
fn none_of_it(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    if !tree.is_clause() {
        return false;
    }
    // "There can be no deal which does not protect the rebate": what can be none is a
    // condition put on the event, which stays only thought of.
    let c = clause_head(tree, t);
    let possible = (tree.dependents(c, "aux").iter()).any(|&k| is("hypothetical", &toks[k].lower));
    let dets = tree.dependents(t, "det");
    let none = (dets.iter()).any(|&d| is("negative_determiner", &toks[d].lower))
        || (dets.iter()).any(|&d| toks[d].lower == "any") && negated_in_tree(tree, c);
    none && !possible
}

/// Whether the tree gives verb `v` a negating adverb ("did not sign", "never said").
fn negated_in_tree(tree: &Tree, v: usize) -> bool {
    let toks = tree.tokens();
    (tree.dependents(v, "advmod").iter())
        .any(|&k| matches!(toks[k].lower.as_str(), "not" | "n't" | "never"))
}

/// The status of the "-ing" verb at `t` that opens an adverbial clause of its own, with no
/// auxiliary ([`adverbial_ing_on`]): it goes on at the time of the act it goes with. Done
/// with a past act, active, passive or a past copula ("was arrested when travelling to
/// London", "died while visiting Kenya"), as a past progressive is told (the "was" before
/// it is the other verb's); to come with one to come ("will raise it when visiting
/// Kenya"); under way with one under way ("is raising it while visiting Kenya").
fn at_the_time_of_the_act_it_goes_with(doc: &Doc, tree: &Tree, t: usize) -> Option<Status> {
    let toks = tree.tokens();
    let h = adverbial_ing_on(tree, t)?;
    // "was injured when travelling": a past copula makes a past predicate too.
    let mut aux = auxiliaries(tree, h).chain(tree.dependents(h, "cop"));
    if toks[h].tag == "VBD" || aux.any(|k| toks[k].tag == "VBD") {
        Some(Status::Completed)
    } else if auxiliaries(tree, h).any(|k| is("future_modal", &toks[k].lower)) {
        Some(Status::Planned)
    } else if toks[h].tag == "VBG" && has_present_be(doc, tree, h) {
        Some(Status::UnderWay)
    } else {
        None
    }
}

/// The verb whose adverbial clause the "-ing" verb at `t` opens with no auxiliary of its
/// own and no mark but one of the same time (`same_time_mark`: "when travelling", "while
/// visiting"): the clause is told at that verb's time.
fn adverbial_ing_on(tree: &Tree, t: usize) -> Option<usize> {
    let toks = tree.tokens();
    // Not the means of the act ("by withdrawing its forces", [`means_of`]) nor what comes
    // before or after it: only a word of the same time opens it, if any.
    let at_the_same_time =
        (tree.dependents(t, "mark").iter()).all(|&k| is("same_time_mark", &toks[k].lower));
    match tree.arc(t) {
        (Some(h), "advcl")
            if toks[t].tag == "VBG"
                && at_the_same_time
                && auxiliaries(tree, t).next().is_none() =>
        {
            Some(h)
        }
        _ => None,
    }
}

/// The auxiliaries of verb `v`, active or passive.
fn auxiliaries<'t>(tree: &'t Tree, v: usize) -> impl Iterator<Item = usize> + 't {
    ["aux", "aux:pass"]
        .into_iter()
        .flat_map(move |r| tree.dependents(v, r))
}

/// Whether verb `v` is in the past: itself or by a past auxiliary ("failed", "did
/// not sign", "was held").
fn past_verb(tree: &Tree, v: usize) -> bool {
    let toks = tree.tokens();
    toks[v].tag == "VBD" || (tree.dependents(v, "aux").iter()).any(|&k| toks[k].tag == "VBD")
}

/// The clause whose verb `v` complements, climbed through "xcomp" ("was expected to win":
/// "expected"; "failed to come": "failed"); not past a verb with an object, whose
/// infinitive tells what the object is to do or what it is of, at a time of its own
/// ("ordered the troops to leave after the election", "repeated his pledge not to do
/// deals after the election").
fn complemented(tree: &Tree, mut v: usize) -> usize {
    while let (Some(h), "xcomp") = tree.arc(v) {
        if !tree.dependents(h, "obj").is_empty() {
            break;
        }
        v = h;
    }
    v
}

/// The noun phrase with "after" or "following" (word class `anterior_preposition`) that
/// event noun `t` heads or is the "of" phrase of ("after six months of talks").
fn after_phrase(tree: &Tree, t: usize) -> Option<usize> {
    let toks = tree.tokens();
    let mut n = t;
    for _ in 0..3 {
        let case = tree.dependents(n, "case");
        if case
            .iter()
            .any(|&k| is("anterior_preposition", &toks[k].lower))
        {
            return Some(n);
        }
        match tree.arc(n) {
            (Some(h), "nmod") if toks[h].is_noun() => n = h,
            _ => return None,
        }
    }
    None
}

/// The tense rank of the clause that tells of contesting election noun `t`: `t` is the
/// object of a verb of word class `contest_verb`, climbed through the clauses it
/// complements ("was expected to win" is past, "is expected to win" to come); a modal
/// with a perfect ("would have won") is a counterfactual told of a past contest. None
/// when `t` is no such object.
fn contest_rank(doc: &Doc, tree: &Tree, t: usize) -> Option<i8> {
    let toks = &doc.tokens;
    let (Some(mut v), "obj") = tree.arc(t) else {
        return None;
    };
    if !is("contest_verb", &toks[v].lemma.to_lowercase()) {
        return None;
    }
    // A gerund or an infinitive with no clause above tells no tense ("winning the
    // election had to be Labour's").
    let untensed = matches!(toks[v].tag, "VBG" | "VB") && tree.dependents(v, "aux").is_empty();
    if untensed && !matches!(tree.arc(v), (Some(_), "xcomp")) {
        return None;
    }
    if future_in_the_past(tree, v) {
        return Some(1);
    }
    let contested = v;
    v = complemented(tree, v);
    let aux = tree.dependents(v, "aux");
    let modal = aux.iter().any(|&k| toks[k].tag == "MD");
    let perfect = aux.iter().any(|&k| toks[k].lemma == "have");
    if modal && perfect {
        return Some(-1);
    }
    // "is expected to win", "hopes to win": a contest an infinitive tells of from the
    // present is still to come.
    match tense_rank(doc, v, toks[v].tag) {
        0 if v != contested && !perfect => Some(1),
        rank => Some(rank),
    }
}

/// The verb whose auxiliaries bare verb `t` shares: the one it is joined to, when `t` has
/// no auxiliary or subject of its own ("will also highlight the anger among people of all
/// races over the war and call for a balanced approach": "call" is told with "will",
/// however far its words are from it). So is a noun the tree joins to a verb with no
/// determiner or possessor, a bare verb the tagger took for a noun.
fn shares_the_auxiliaries_of(tree: &Tree, t: usize) -> Option<usize> {
    let toks = tree.tokens();
    let (Some(h), "conj") = tree.arc(t) else {
        return None;
    };
    let own = [
        "aux",
        "aux:pass",
        "nsubj",
        "nsubj:pass",
        "mark",
        "det",
        "nmod:poss",
    ]
    .iter()
    .any(|r| !tree.dependents(t, r).is_empty());
    let bare = toks[t].tag == "VB" || toks[t].tag == "NN";
    (bare && toks[h].is_verb() && !own).then_some(h)
}

/// Whether the clause of trigger `t` is what a verb of bringing about (word class
/// `ensure_verb`: "to ensure Labour was re-elected", "will make sure the deal is signed")
/// is still to bring: the clause is the complement of that verb, itself to come (an
/// infinitive with "to" or a future modal), whatever the clause's own tense. One that
/// ensured it ("ensured the deal was signed") tells of it done.
fn to_be_brought_about(doc: &Doc, tree: &Tree, t: usize) -> bool {
    let toks = &doc.tokens;
    let (Some(v), "ccomp") = tree.arc(clause_head(tree, t)) else {
        return false;
    };
    is("ensure_verb", &toks[v].lemma.to_lowercase()) && tense_rank(doc, v, toks[v].tag) == 1
}

/// Whether past verb `v` opens a clause of the same time (`same_time_mark`) on a verb with
/// "would": "would continue that campaign when he contested the general election" tells,
/// as reported speech does, of a time still to come ("will … when he contests"), not of a
/// past.
fn future_in_the_past(tree: &Tree, v: usize) -> bool {
    let toks = tree.tokens();
    let (Some(h), "advcl") = tree.arc(v) else {
        return false;
    };
    toks[v].tag == "VBD"
        && !same_time_words(tree, v).is_empty()
        && (tree.dependents(h, "aux").iter())
            .any(|&k| matches!(toks[k].lower.as_str(), "would" | "'d"))
}

/// Whether clause `c` hangs by "that" on noun `n`, one of word class `condition_noun` that
/// "in" governs ("in the event that", "in case that"; not "an event held with").
fn in_the_event_that(tree: &Tree, n: usize, c: usize) -> bool {
    let toks = tree.tokens();
    is("condition_noun", &toks[n].lemma.to_lowercase())
        && tree.has_dependent_word(n, "case", "in")
        && tree.has_dependent_word(c, "mark", "that")
}

/// Whether agreement noun `t` is the subject of a verb of failing, by the tree (word class
/// `failing_verb`: "the election deal faltered", "the deal collapsed"; "fall" with
/// "through", "break" with "down"), not negated: a deal that fell through was never made.
fn fell_through(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    let (Some(h), "nsubj") = tree.arc(t) else {
        return false;
    };
    let lemma = toks[h].lemma.to_lowercase();
    // The particle right after the verb, however the parser hung it ("fell through at the
    // last minute").
    let particle = |w: &str| toks.get(h + 1).is_some_and(|n| n.lower == w);
    let fails = is("failing_verb", &lemma)
        || lemma == "fall" && particle("through")
        || lemma == "break" && particle("down");
    toks[h].is_verb() && fails && !negated_in_tree(tree, h)
}

/// Whether what the clause of event `t` tells is denied by one who speaks of it, by the
/// tree, whatever its own tense: the clause (through the infinitives that complete it) is
/// the complement of a verb of denying (`denying_verb`: "denied that the army was
/// planning a coup", "denied it would sign a deal"), or the "that" clause of an assertion
/// (`assertion_noun`) such a verb takes as its object ("dismissed suggestions that troops
/// would be withdrawn"). Not when the denying verb is negated ("did not deny that …").
fn denied_as_said(tree: &Tree, t: usize, verb: bool) -> bool {
    let toks = tree.tokens();
    let lemma = |k: usize| toks[k].lemma.to_lowercase();
    let denies =
        |h: usize| toks[h].is_verb() && is("denying_verb", &lemma(h)) && !negated_in_tree(tree, h);
    let mut c = if verb { t } else { clause_head(tree, t) };
    if !verb && c == t {
        return false;
    }
    for _ in 0..4 {
        match tree.arc(c) {
            (Some(h), "xcomp") => c = h,
            (Some(n), "acl" | "ccomp") if toks[n].is_noun() => {
                return is("assertion_noun", &lemma(n))
                    && matches!(tree.arc(n), (Some(h), "obj") if denies(h));
            }
            // "denied that …", "denied it would …", right after the verb; "dismissed claims
            // that he had met them", the clause hung on the verb, right after the noun.
            (Some(h), "ccomp") => {
                let opens_after =
                    |o: usize| (o + 1..c).find(|&x| tree.is_under(x, c)).unwrap_or(c) == o + 1;
                let of_an_assertion = (tree.dependents(h, "obj").iter())
                    .any(|&o| is("assertion_noun", &lemma(o)) && opens_after(o));
                return denies(h) && (lemma(h) == "deny" && opens_after(h) || of_an_assertion);
            }
            _ => return false,
        }
    }
    false
}

/// The head of the clause token `t` stands in: `t` itself when a verb or a predicate with
/// a copula, else the head its noun phrase is an argument of, climbing through nominal
/// relations ("the deal" in "will sign the deal" is in the clause of "sign").
fn clause_head(tree: &Tree, t: usize) -> usize {
    let toks = tree.tokens();
    let mut h = t;
    for _ in 0..6 {
        if toks[h].is_verb() || !tree.dependents(h, "cop").is_empty() {
            return h;
        }
        match tree.arc(h) {
            (Some(p), rel) if is("nominal_relation", rel) => h = p,
            _ => return h,
        }
    }
    h
}

/// Whether one of `lemmas` is among the three tokens before token `t`.
fn aux_before(doc: &Doc, t: usize, lemmas: &[&str]) -> bool {
    let toks = &doc.tokens;
    (t.saturating_sub(3)..t).any(|k| lemmas.contains(&toks[k].lemma.as_str()))
}

/// -2 past perfect, -1 past, 0 present or present perfect, 1 future.
fn tense_rank(doc: &Doc, t: usize, tag: &str) -> i8 {
    let toks = &doc.tokens;
    let mut k = t;
    let mut steps = 0;
    let mut had = false;
    let mut has = false;
    while k > 0 && steps < 4 {
        k -= 1;
        steps += 1;
        let x = &toks[k];
        match x.lower.as_str() {
            l if is("future_modal", l) => return 1,
            "had" => had = true,
            l if is("have_present", l) => has = true,
            // A perfect infinitive tells of what is done already: "is reported to have
            // held talks", "appears to have left".
            "to" if has => return -1,
            "to" => return 1,
            _ => {}
        }
        if !(x.is_verb() || x.tag.starts_with("RB")) {
            break;
        }
    }
    if had {
        return -2;
    }
    if has {
        return 0;
    }
    match tag {
        "VBD" => -1,
        "VBN" if (t.saturating_sub(3)..t).any(|k| is("be_past", &toks[k].lower)) => -1,
        _ => 0,
    }
}

/// The token after the noun phrase nominal trigger `t` heads, where the verb it is the
/// subject of stands: past its prepositional phrases ("meetings of the executive", "talks
/// between the unions and the minister") and a relative pronoun ("talks that will").
fn after_noun_phrase(doc: &Doc, t: usize, si: usize) -> usize {
    let toks = &doc.tokens;
    let end = doc.sentences[si].tokens.end;
    let mut v = t + 1;
    while v < end
        && toks[v].tag == "IN"
        && toks[v].lower != "that"
        && !is("clause_stop_conj", &toks[v].lower)
    {
        let mut k = v + 1;
        while k < end
            && (np_token(toks[k].tag)
                || toks[k].lower == "and" && toks.get(k + 1).is_some_and(|n| np_token(n.tag)))
        {
            k += 1;
        }
        if k == v + 1 || k - t > 12 {
            break;
        }
        v = k;
    }
    // "told a party gathering that the plan would fail": after the object of a verb of
    // saying, "that" opens what was said, no clause of the noun's.
    let said = || {
        let s0 = np_start(doc, t, si);
        s0 > doc.sentences[si].tokens.start && is_verb_of_saying(&toks[s0 - 1])
    };
    if v < end && matches!(toks[v].lower.as_str(), "that" | "which") {
        if toks[v].lower == "that" && said() {
            return v;
        }
        v += 1;
    }
    v
}

/// The rank a finite verb right after noun `t` gives it, if one follows ("talks will be
/// held"): no tree is needed but past the auxiliaries to the verb they carry ("had taken
/// place", "will be held").
fn rank_of_the_finite_verb_next(doc: &Doc, t: usize, si: usize, tree: &Tree) -> Option<i8> {
    let toks = &doc.tokens;
    let end = doc.sentences[si].tokens.end;
    let finite_next = toks
        .get(t + 1)
        .is_some_and(|n| t + 1 < end && matches!(n.tag, "MD" | "VBD" | "VBZ" | "VBP"));
    if !finite_next {
        return None;
    }
    let aux =
        |k: usize| toks[k].tag == "MD" || toks[k].tag.starts_with("RB") || is_aux(&toks[k].lemma);
    let carries = |k: usize| toks[k].is_verb() || toks[k].tag.starts_with("RB");
    let mut h = t + 1;
    while h + 1 < end && aux(h) && carries(h + 1) {
        h += 1;
    }
    // "the meeting is thought unlikely to produce …" ([`likely_to`]); the tree is read
    // only when an adjective follows the verb.
    let adjective_after = (h + 1..end.min(h + 3)).any(|k| toks[k].tag == "JJ");
    if adjective_after && tree.is_clause() && likely_to(tree, h) {
        return Some(1);
    }
    // "Talks held on Gibraltar's future": a headline leaves out the "be" of a support
    // verb's passive, which tells in the present what is done.
    if h == t + 1 && headline_passive_of_support(doc, tree, h, si) {
        return Some(0);
    }
    Some(tense_rank(doc, h, toks[h].tag))
}

/// A noun's rank: the tense of the verb it is the subject of ("the meetings will be held",
/// "talks aimed at averting strikes will take place": from the sentence's tree when it has
/// one, else past the noun's prepositional phrases), else of the nearest verb of its clause.
fn governing_rank(doc: &Doc, t: usize, si: usize, tree: &Tree) -> i8 {
    let toks = &doc.tokens;
    let s = &doc.sentences[si];
    if let Some(rank) = rank_of_the_finite_verb_next(doc, t, si, tree) {
        return rank;
    }
    // A noun phrase a verb or a preposition governs is no subject: no tree needed.
    let np_start = np_start(doc, t, si);
    // A verb of saying takes a clause, whose subject the noun phrase may be ("said the
    // elections are likely to …").
    let governed = np_start > s.tokens.start && {
        let p = &toks[np_start - 1];
        (p.is_verb() && !is_verb_of_saying(p)) || matches!(p.tag, "IN" | "TO")
    };
    let subject_of = if governed {
        None
    } else {
        match tree.arcs()[t - s.tokens.start] {
            // "the meeting is thought unlikely to produce …": the same adjective after a
            // verb of thinking.
            (Some(h), "nsubj" | "nsubj:pass") if toks[h].is_verb() && likely_to(tree, h) => {
                return 1;
            }
            (Some(h), "nsubj" | "nsubj:pass") if headline_passive_of_support(doc, tree, h, si) => {
                return 0;
            }
            (Some(h), "nsubj" | "nsubj:pass") if toks[h].is_verb() => Some(h),
            // "the elections are likely to present …": an adjective predicate; what it
            // takes with "to" is still to come, else the copula's tense.
            (Some(h), "nsubj") if toks[h].tag == "JJ" => {
                if takes_to(tree, h) {
                    return 1;
                }
                tree.dependents(h, "cop").first().copied()
            }
            _ => None,
        }
    };
    if let Some(h) = subject_of {
        // "a deal to turn it into a venue was struck": an infinitive the parser gave the
        // noun as subject is the noun's own; the clause's finite verb after it tells.
        let own_infinitive = h == t + 2 && toks[t + 1].lower == "to";
        match own_infinitive.then(|| finite_after(doc, h, si)).flatten() {
            Some(v) => return tense_rank(doc, v, toks[v].tag),
            None => return tense_rank(doc, h, toks[h].tag),
        }
    }
    let v = after_noun_phrase(doc, t, si);
    if let Some(n) = toks.get(v).filter(|_| v < s.tokens.end) {
        if n.tag == "MD" || matches!(n.tag, "VBD" | "VBZ" | "VBP") {
            return tense_rank(doc, v + 1, "VB").max(tense_rank(doc, v, n.tag));
        }
    }
    // The occasion of a clause's event is at its time, by the tree: "will hold talks with
    // the minister at the party's conference", "will represent the G8 during his trip"
    // (the noun a phrase of the verb's with a preposition of word class
    // `occasion_preposition`).
    if let Some(v) = occasion_of(tree, t).or_else(|| act_in_a_deal(tree, t)) {
        return tense_rank(doc, v, toks[v].tag);
    }
    // Within the clause: "decided to act while on a visit" speaks of the visit in another.
    let left = (s.tokens.start..t)
        .rev()
        .take(8)
        .take_while(|&k| !is("clause_stop_conj", &toks[k].lower))
        .find(|&k| toks[k].is_verb())
        .or_else(|| verbless_phrase_of_the_same_time(doc, t, si));
    // In a phrase that opens the sentence, past a modal or an auxiliary to the verb it
    // carries, whose tense rank reads them ("After the election, Mr Brown will become …").
    let fronted = toks[s.tokens.start].tag == "IN" && !named_by_a_year(doc, t, si);
    let carrier = |k: usize| {
        fronted
            && (toks[k].tag == "MD" || is_aux(&toks[k].lemma))
            && toks
                .get(k + 1)
                .is_some_and(|n| n.is_verb() || n.tag.starts_with("RB"))
    };
    // The noun's own infinitive tells no time of it, unless it tells that the event takes
    // place ("Talks to resume"): "Turkey deal to help world peace" tells what it is for.
    let purpose = |k: usize| {
        matches!(tree.arc(k), (Some(h), "acl") if h == t)
            && tree.has_dependent_word(k, "mark", "to")
            && !to_take_place(Lexicon::get(), tree, t)
    };
    // A verb of saying after the noun reports the whole clause: its tense is the report's
    // ("… in the run-up to the election, said the correspondent"), and what follows it is
    // what was said ("Sources familiar with the deal said that talks sped up").
    let right = (t + 1..s.tokens.end)
        .take(10)
        .take_while(|&k| !is_verb_of_saying(&toks[k]))
        .find(|&k| toks[k].is_verb() && !carrier(k) && !purpose(k));
    match left.or(right) {
        Some(k) => {
            untensed_takes_its_head(doc, tree, k).unwrap_or_else(|| tense_rank(doc, k, toks[k].tag))
        }
        None => 0,
    }
}

/// Whether verb `h` is a support verb's past form in a headline with no auxiliary, the
/// passive a headline writes without its "be" ("Talks held on Gibraltar's future", "Deal
/// signed").
fn headline_passive_of_support(doc: &Doc, tree: &Tree, h: usize, si: usize) -> bool {
    let w = &doc.tokens[h];
    doc.is_headline(si)
        && matches!(w.tag, "VBD" | "VBN")
        && is("support_verb", &w.lemma.to_lowercase())
        && tree.dependents(h, "aux").is_empty()
        && tree.dependents(h, "aux:pass").is_empty()
        && tree.dependents(h, "obj").is_empty()
}

/// Whether a number stands in the noun phrase before nominal trigger `t` ("the 2004
/// presidential election"): the event is dated, not told by the clause's tense.
fn named_by_a_year(doc: &Doc, t: usize, si: usize) -> bool {
    (np_start(doc, t, si)..t).any(|k| doc.tokens[k].tag == "CD")
}

/// The verb a finite verb group after token `k` in sentence `si` carries ("was struck"),
/// when no relative word, comma or verb of saying comes first.
fn finite_after(doc: &Doc, k: usize, si: usize) -> Option<usize> {
    let toks = &doc.tokens;
    let end = doc.sentences[si].tokens.end;
    let v = (k + 1..end)
        .take_while(|&j| !matches!(toks[j].lower.as_str(), "that" | "which" | "who" | ","))
        .find(|&j| toks[j].is_finite())?;
    let mut h = v;
    while h + 1 < end && (toks[h].tag == "MD" || is_aux(&toks[h].lemma)) && toks[h + 1].is_verb() {
        h += 1;
    }
    (!is_verb_of_saying(&toks[h])).then_some(h)
}

/// The finite verb before a verbless phrase that a mark of the same time opens, in which
/// noun `t` stands: "sailed across the lake while on a visit" tells of the visit at the
/// time of sailing. `None` when a verb stands between the mark and the noun (a clause of
/// its own: "while he plans a visit").
fn verbless_phrase_of_the_same_time(doc: &Doc, t: usize, si: usize) -> Option<usize> {
    let toks = &doc.tokens;
    let s0 = doc.sentences[si].tokens.start;
    let mark = (s0..t)
        .rev()
        .take(8)
        .find(|&k| is("clause_stop_conj", &toks[k].lower))?;
    if !is("same_time_mark", &toks[mark].lower) || (mark..t).any(|k| toks[k].is_verb()) {
        return None;
    }
    (s0..mark).rev().find(|&k| toks[k].is_finite())
}

/// The tense rank a participle with no auxiliary of its own takes from the clause it is an
/// adverbial of, bare or by a mark of time: "will see the president before chairing a
/// meeting" tells of a meeting to come, "saw him before chairing a meeting" of one held
/// (marks of word classes `same_time_mark` and `later_preposition`). What a clause to come
/// follows may be done already ("will retire after chairing one last meeting":
/// `anterior_preposition`), and what another mark joins is no time ("welcomed his word on
/// holding a referendum").
fn untensed_takes_its_head(doc: &Doc, tree: &Tree, k: usize) -> Option<i8> {
    let toks = &doc.tokens;
    if toks[k].tag != "VBG" || !tree.is_clause() || !tree.dependents(k, "aux").is_empty() {
        return None;
    }
    let (Some(h), "advcl") = tree.arc(k) else {
        return None;
    };
    if !toks[h].is_verb() {
        return None;
    }
    let rank = tense_rank(doc, h, toks[h].tag);
    let marks = tree.dependents(k, "mark");
    let of = |class: &str| marks.iter().any(|&w| is(class, &toks[w].lower));
    let timed = marks.is_empty() || of("same_time_mark") || of("later_preposition");
    (timed || of("anterior_preposition") && rank <= 0).then_some(rank)
}

/// The verb whose event noun `t` is the occasion of: `t` is the verb's `obl` with a
/// preposition of word class `occasion_preposition` ("at the conference", "during his
/// trip"), and no word of its own phrase dates it ("the latest meeting", "a 1999 summit").
fn occasion_of(tree: &Tree, t: usize) -> Option<usize> {
    let toks = tree.tokens();
    if !tree.is_clause() {
        return None;
    }
    let (Some(v), "obl") = tree.arc(t) else {
        return None;
    };
    let occasion =
        (tree.dependents(t, "case").iter()).any(|&c| is("occasion_preposition", &toks[c].lower));
    let dated = (tree.dependents(t, "amod").into_iter())
        .chain(tree.dependents(t, "nummod"))
        .chain(tree.dependents(t, "compound"))
        .any(|k| toks[k].tag == "CD" || is("past_modifier", &toks[k].lower));
    (occasion && !dated && toks[v].is_verb()).then_some(v)
}

/// The verb whose act noun `t` frames as a deal it is done in (word class `deal_frame`:
/// "is to buy 37.5% of United Breweries in a deal worth $106m"): the deal is made when the
/// act is, by the tree.
fn act_in_a_deal(tree: &Tree, t: usize) -> Option<usize> {
    let toks = tree.tokens();
    let (Some(v), "obl") = tree.arc(t) else {
        return None;
    };
    let framed = (tree.dependents(t, "case").iter()).any(|&c| is("deal_frame", &toks[c].lower));
    (framed && toks[v].is_verb() && tree.is_clause()).then_some(v)
}

/// Whether adjective `adj` takes what its subject will do with "to" ("likely to present"):
/// the subject's event is still to come.
fn takes_to(tree: &Tree, adj: usize) -> bool {
    let toks = tree.tokens();
    toks[adj].tag == "JJ"
        && tree.dependents(adj, "xcomp").iter().any(|&x| {
            tree.dependents(x, "mark")
                .iter()
                .any(|&k| toks[k].lower == "to")
        })
}

/// Whether verb `v` is one of thinking with such an adjective ("is thought unlikely to
/// produce", "is widely believed likely to back").
fn likely_to(tree: &Tree, v: usize) -> bool {
    tree.dependents(v, "xcomp")
        .into_iter()
        .any(|a| takes_to(tree, a))
}

/// The preposition that governs the noun phrase of noun `t`, when it places the event
/// against its clause (word classes `temporal_preposition`, `presupposing_preposition`:
/// "after the talks", "under the deal").
fn framing_preposition(doc: &Doc, t: usize, si: usize) -> Option<&str> {
    let toks = &doc.tokens;
    let s0 = doc.sentences[si].tokens.start;
    let np_start = np_start(doc, t, si);
    let p = np_start.checked_sub(1).filter(|&k| k >= s0)?;
    let l = toks[p].lower.as_str();
    // "during" and "amid" set the clause inside the event's time: its time is theirs.
    let apart = is("temporal_preposition", l) && !matches!(l, "during" | "amid");
    // "announced the decision on Thursday following a cabinet meeting": a participle used
    // as a preposition, not the verb of a progressive ("is following the talks").
    let participle = toks[p].tag == "VBG"
        && apart
        && (p == s0 || !matches!(toks[p - 1].lemma.as_str(), "be" | "keep" | "stop"));
    let preposition = toks[p].tag == "IN" && (apart || is("presupposing_preposition", l));
    // "since the US election is imminent": a conjunction that opens a clause whose subject
    // the noun is, not a preposition.
    let opens_a_clause = doc.finite_verb_after(t + 1, doc.sentences[si].tokens.end);
    ((preposition || participle) && !opens_a_clause).then_some(l)
}

/// "troops are on standby in case they need to help evacuate", "to evacuate their nationals
/// if necessary": whether "in case" comes before trigger `t` in its clause, or "if" and a
/// word of need (`need_word`: necessary, needed, required) within a few words after it.
fn is_contingent(doc: &Doc, t: usize, si: usize) -> bool {
    let toks = &doc.tokens;
    let s = doc.sentences[si].tokens.clone();
    let stop = |k: usize| matches!(toks[k].lower.as_str(), ";" | "." | ":");
    let in_case = (s.start.max(t.saturating_sub(8))..t)
        .rev()
        .take_while(|&k| !stop(k))
        .any(|k| toks[k].lower == "in" && toks.get(k + 1).is_some_and(|n| n.lower == "case"));
    let if_needed = (t + 1..s.end.min(t + 8))
        .take_while(|&k| !stop(k))
        .any(|k| {
            toks[k].lower == "if" && toks.get(k + 1).is_some_and(|n| is("need_word", &n.lower))
        });
    in_case || if_needed
}

/// Whether a meeting noun is what its subject is "in" (word class `meeting_frame`): right
/// after a form of "be" or "remain" ("ONGC said it was in talks", "remains in talks"), or
/// after the name it hangs on in a headline ("India and Russia in energy talks"); not "in
/// talks last week, they agreed", which sets a scene.
fn in_talks(doc: &Doc, t: usize, si: usize) -> bool {
    let toks = &doc.tokens;
    let s0 = doc.sentences[si].tokens.start;
    let np_start = (s0..t)
        .rev()
        .take_while(|&k| matches!(toks[k].tag, "JJ" | "NN" | "NNS" | "NNP"))
        .last()
        .unwrap_or(t);
    let Some(p) = np_start.checked_sub(1).filter(|&k| k >= s0) else {
        return false;
    };
    if !(toks[p].lower == "in" && is("meeting_frame", "in")) || p == s0 {
        return false;
    }
    let before = (s0..p).rev().find(|&k| !toks[k].tag.starts_with("RB"));
    let headline = doc.is_headline(si) && toks[p - 1].is_proper();
    before.is_some_and(|k| matches!(toks[k].lemma.as_str(), "be" | "remain")) || headline
}

/// Whether gathering or journey noun `t` is where its clause's subject is now, by the
/// tree: the predicate of a present "be" with `prep` and no modal ("Mr Blair is at a summit
/// in Brussels", "the chancellor is on a tour of Africa"): the event is going on.
fn at_it_now(tree: &Tree, t: usize, prep: &str) -> bool {
    let toks = tree.tokens();
    if !tree.is_clause() {
        return false;
    }
    let at = tree.has_dependent_word(t, "case", prep);
    let present = (tree.dependents(t, "cop").iter())
        .any(|&c| toks[c].lemma == "be" && matches!(toks[c].tag, "VBZ" | "VBP"));
    at && present && tree.dependents(t, "aux").is_empty()
}

/// "Mr Brown has told the conference", "has delivered a speech to the conference", "is
/// speaking at the summit": whether gathering noun `t` is the object of a verb, or its
/// phrase by "at" or "to" (word class `attended_at`, or "to"), or that of the verb's
/// object, that is told in the present perfect or the present progressive, by the tree:
/// what one has just done or is doing at a gathering tells that it goes on now. Not a
/// verb that holds or makes it (`support_verb`: "has held talks" are over), but for one of
/// speaking to it (`speaking_to_verb`), nor one with a particle ("have cut off talks").
fn attended_now(tree: &Tree, t: usize) -> bool {
    let toks = tree.tokens();
    if !tree.is_clause() {
        return false;
    }
    let at = (tree.dependents(t, "case").iter())
        .any(|&c| toks[c].lower == "to" || is("attended_at", &toks[c].lower));
    let v = match tree.arc(t) {
        (Some(v), "obj" | "iobj") => v,
        (Some(v), "obl") if at => v,
        // "a speech to the conference", the object of "has delivered".
        (Some(n), "nmod") if at && toks[n].is_noun() => match tree.arc(n) {
            (Some(v), "obj") => v,
            _ => return false,
        },
        _ => return false,
    };
    let lemma = toks[v].lemma.to_lowercase();
    // "have cut off talks": a verb with a particle may end the gathering.
    let phrasal = !tree.dependents(v, "compound:prt").is_empty();
    if !toks[v].is_verb()
        || phrasal
        || is("support_verb", &lemma) && !is("speaking_to_verb", &lemma)
    {
        return false;
    }
    let auxes = aux_words(tree, v);
    let perfect = toks[v].tag == "VBN" && auxes.iter().any(|a| present_have(a));
    let progressive = toks[v].tag == "VBG" && auxes.iter().any(|a| present_be(a));
    perfect || progressive
}

/// "A lifetime supporter and board director since 1984, Mr Murray agreed to buy … on
/// Tuesday": whether the time at bytes `ts..tend` hangs on a noun by the tree (`nmod`)
/// that is neither event `e`'s trigger nor an event noun. Read for a "since" time only,
/// which tells since when that noun's state holds; other times the parser hangs on nouns
/// too often ("held talks with Iran on Tuesday"). A time of a few words right after the
/// trigger stays its own however the parser attached it.
fn dates_another_noun(doc: &Doc, tree: &Tree, e: &Event, ts: usize, tend: usize) -> bool {
    let toks = &doc.tokens;
    let t = trigger_token(doc, e);
    let (a, b) = (doc.token_from(ts), doc.token_from(tend));
    if !tree.is_clause() || b <= a || (a > t && a <= t + 3) {
        return false;
    }
    let head = tree.span_head(a, b);
    match tree.arc(head) {
        (Some(n), rel) if rel.starts_with("nmod") => {
            toks[n].is_noun()
                && n != t
                && !tree.is_under(t, n)
                && !heads_a_trigger(Lexicon::get(), &toks[n], |_| true)
        }
        _ => false,
    }
}

/// Whether the time at bytes `ts..tend` dates what demand `e` asks for, not the demand: by
/// the tree it hangs inside the phrase of a noun the trigger takes as its object or with a
/// preposition ("has called for a £6 minimum wage by next year": the wage is for next
/// year, the call was made), or inside the clause of the act it asks for ("called on the
/// management to recall the notice by Monday").
fn dates_what_is_demanded(doc: &Doc, tree: &Tree, e: &Event, ts: usize, tend: usize) -> bool {
    let toks = &doc.tokens;
    if e.event_type != EventType::Demand || !tree.is_clause() {
        return false;
    }
    let t = trigger_token(doc, e);
    let (a, b) = (doc.token_from(ts), doc.token_from(tend));
    if b <= a {
        return false;
    }
    let mut k = tree.span_head(a, b);
    let mut below = false;
    while let (Some(h), rel) = tree.arc(k) {
        if h == t {
            // After the trigger, and no occasion it was made at ("urged the FSA at a
            // meeting on Monday", "In a speech on Monday, he urged …").
            // Or inside the clause of the act it asks for ("called on the management to
            // recall the notice by midday on Monday": the recall is due then).
            let to = || rel == "advcl" && tree.has_dependent_word(k, "mark", "to");
            let asked_act = toks[k].is_verb() && (matches!(rel, "xcomp" | "ccomp") || to());
            return below
                && k > t
                && (toks[k].is_noun() && matches!(rel, "obj" | "obl" | "nmod") || asked_act)
                && occasion_of(tree, k).is_none();
        }
        below = true;
        k = h;
    }
    false
}

/// Whether the time at bytes `ts..tend` is outside the phrase of a noun event its clause
/// places itself against ("Under the deal, the plant will close next year": next year is
/// when the plant closes, not the deal; "after talks on Monday" keeps its day).
fn dates_the_frame_clause(doc: &Doc, tree: &Tree, e: &Event, ts: usize, tend: usize) -> bool {
    let toks = &doc.tokens;
    let t = trigger_token(doc, e);
    if e.cues.contains(&Cue::Verb) || framing_preposition(doc, t, e.sentence).is_none() {
        return false;
    }
    let (a, b) = (doc.token_from(ts), doc.token_from(tend));
    // A time a few words after the noun, with no comma or finite verb between, is its
    // own, however the parser attached it ("sanctions imposed in 1998").
    let right_after =
        a > t && a <= t + 5 && (t + 1..a).all(|k| toks[k].lower != "," && !toks[k].is_finite());
    !right_after && !(a..b.max(a + 1)).any(|k| tree.is_under(k, t))
}

/// Whether the time at byte `ts` dates a report and not the event: it sits in the clause
/// of a verb of saying ("The Times on Monday said Crosby told the party leader …",
/// "announced in March that …", "…, the army said on Monday"), and the event is not told
/// as done or going on by the report's day: it is told in the past ("told", "had ended"),
/// in the future or as an aim ("will bring home", "to withdraw"), also in the report's
/// subject ("The junta, which took power in a coup, announced in March …"). What "has"
/// happened or "is" happening takes the report's day ("have left Mali, the army said on
/// Monday"; "announced that it was revoking").
fn dates_the_report(doc: &Doc, tree: &Tree, e: &Event, ts: usize) -> bool {
    let toks = &doc.tokens;
    let range = doc.sentences[e.sentence].tokens.clone();
    if !tree.is_clause() {
        return false;
    }
    let k = doc.token_from(ts);
    let t = trigger_token(doc, e);
    let c = reporting_clause_of(tree, k);
    // A participle of saying on a noun ("a bombing claimed by …") reports nothing; a
    // present tense is no day's report ("the book says on 13 March Goldsmith met …").
    let said = is_verb_of_saying(&toks[c])
        && !matches!(tree.arc(c).1, "acl" | "acl:relcl" | "amod")
        && !matches!(toks[c].tag, "VBZ" | "VBP");
    let v = tree.clause_of(t);
    if !range.contains(&k) || !said || v == c {
        return false;
    }
    // A participle clause on the report tells how it was made, that day ("wrote to him
    // on Tuesday accusing him … and calling for an apology").
    let mut first = v;
    while let (Some(h), "conj") = tree.arc(first) {
        first = h;
    }
    let manner = matches!(tree.arc(first), (Some(h), "advcl" | "xcomp" | "acl")
        if tree.clause_of(h) == c);
    if manner && toks[v].tag == "VBG" {
        return false;
    }
    // The report governs the event, or hangs on it (", the army said").
    let reports_it = tree.is_under(t, c) || tree.arc(c).0 == Some(v);
    reports_it && !done_or_going_on(tree, v)
}

/// The clause of the time at token `k`: that of the verb of saying after which it stands,
/// before the subject or "that" of the clause the verb reports ("Umbro said on Thursday it
/// had signed a new agreement"), however the parser hung it.
fn reporting_clause_of(tree: &Tree, k: usize) -> usize {
    let toks = tree.tokens();
    let c = tree.clause_of(k);
    match tree.arc(c) {
        (Some(h), "ccomp") if h < k && is_verb_of_saying(&toks[h]) => {
            let opens = (tree.dependents(c, "nsubj").into_iter())
                .chain(tree.dependents(c, "mark"))
                .min();
            if opens.is_some_and(|o| k < o) {
                h
            } else {
                c
            }
        }
        _ => c,
    }
}

/// Whether the time at byte `ts` dates the telling of an event still to come that is the
/// object or the passive subject of a verb of saying in whose clause the time stands: "the
/// general election will be announced on Monday" (the poll is in May). What is told as
/// done takes the day ("the deal was announced on Monday").
fn dates_its_announcing(doc: &Doc, tree: &Tree, e: &Event, ts: usize) -> bool {
    if !tree.is_clause() || e.status != Status::Planned {
        return false;
    }
    let k = doc.token_from(ts);
    let t = trigger_token(doc, e);
    let c = tree.clause_of(k);
    is_verb_of_saying(&doc.tokens[c])
        && matches!(tree.arc(tree.noun_phrase_top(t)), (Some(h), "obj" | "nsubj:pass") if h == c)
}

/// Whether clause `v` tells of what is done or going on at the time of speaking: the
/// present perfect ("have left"), the present progressive ("is revoking", also reported
/// in the past: "was revoking") or the simple present.
fn done_or_going_on(tree: &Tree, v: usize) -> bool {
    let toks = tree.tokens();
    let aux: Vec<&str> = (tree.dependents(v, "aux").into_iter())
        .map(|a| toks[a].lower.as_str())
        .collect();
    match aux[..] {
        [] => matches!(toks[v].tag, "VBZ" | "VBP"),
        ["has" | "have"] => toks[v].tag == "VBN",
        ["is" | "are" | "am" | "was" | "were"] => toks[v].tag == "VBG",
        _ => false,
    }
}

/// Attaches each time expression to the nearest event of the sentence.
fn attach_times(
    doc: &Doc,
    events: &mut [Event],
    times: &[TimeExpr],
    si: usize,
    published: Option<NaiveDate>,
    tree: &Tree,
) {
    if events.is_empty() {
        return;
    }
    let base = doc.sentences[si].start;
    // A report's day is read off the tree only in a sentence with a verb of saying.
    let saying = !times.is_empty()
        && (doc.sentences[si].tokens.clone()).any(|k| is_verb_of_saying(&doc.tokens[k]));
    // Closest pairs first, so "a coup in September" keeps its month even when another time
    // ("said on Monday") comes earlier in the sentence; each event takes one time and each
    // time one event.
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    // "slipped on Monday despite the club agreeing a rescue plan on Friday": a time in the
    // trigger's own clause, by the tree, dates it before any time of another clause.
    let tree_read = times.len() > 1 && tree.is_clause();
    // The asides set off by dashes, read once for the sentence.
    let asides = dashed_asides(doc, si);
    // "board director since 1984": a "since" time that dates another noun, per event and
    // time, read once for both uses below.
    let of_another_noun: Vec<Vec<bool>> = (events.iter())
        .map(|e| {
            (times.iter())
                .map(|te| {
                    let (ts, tend) = (base + te.start, base + te.end);
                    te.since && dates_another_noun(doc, tree, e, ts, tend)
                })
                .collect()
        })
        .collect();
    let own: Vec<Vec<bool>> = (events.iter().enumerate())
        .map(|(ei, e)| {
            (times.iter().enumerate())
                .map(|(ti, te)| {
                    tree_read
                        && in_the_clause_of(doc, tree, e, base + te.start)
                        && !of_another_noun[ei][ti]
                })
                .collect()
        })
        .collect();
    for (ti, te) in times.iter().enumerate() {
        let (ts, tend) = (base + te.start, base + te.end);
        // "the first time since 1917 that the party chose Leeds to host the event": a time
        // "since" starts a period told in its own clause; one "until" ends it ("asked the
        // exchange to suspend trading until Monday").
        let period = te.since || ends_a_period(doc, ts);
        let compared = compared_time(doc, ts);
        for (ei, e) in events.iter().enumerate() {
            if told_when(doc, tree, e, tend) {
                pairs.push((0, ti, ei));
                continue;
            }
            if e.when.is_some()
                || compared
                || (own[ei].contains(&true) && !own[ei][ti])
                || ahead_of_a_past(doc, tree, e, te, ts)
                || period
                    && !in_the_clause_of(doc, tree, e, ts)
                    && !in_a_complement_of_its_clause(doc, tree, e, ts)
                || dates_the_frame_clause(doc, tree, e, ts, tend)
                || in_a_clause_below(doc, tree, e, ts)
                || in_a_clause_of_its_own(doc, tree, e, ts)
                || outside_its_relative_clause(doc, tree, e, ts)
                || outside_its_participle_phrase(doc, tree, e, ts)
                || inside_another_relative_clause(doc, tree, e, ts)
                || in_an_aside_apart(&asides, doc, e, ts)
                || later_than_its_clause_time(doc, e, ts)
                || of_another_noun[ei][ti]
                || dates_what_is_demanded(doc, tree, e, ts, tend)
                || across_a_contrast(doc, tree, e, ts, tend)
                || te.attributive && !modifies_the_trigger(doc, e, tend)
                || (saying
                    && (dates_the_report(doc, tree, e, ts)
                        || dates_its_announcing(doc, tree, e, ts)))
            {
                continue;
            }
            pairs.push((tie_cost(doc, e, ts, tend), ti, ei));
        }
    }
    pairs.sort_unstable();
    let mut time_used = vec![false; times.len()];
    for (_, ti, ei) in pairs {
        if time_used[ti] || events[ei].when.is_some() {
            continue;
        }
        time_used[ti] = true;
        let te = &times[ti];
        let e = &mut events[ei];
        e.when = Some(When {
            text: te.text.clone(),
            earliest: te.interval.map(|x| x.0),
            latest: te.interval.map(|x| x.1),
            precision: te.precision,
            since: te.since,
        });
        if te.direction != 0 && !(published.is_none() && te.interval.is_some() && e.rank > 0) {
            e.rank = te.direction;
        }
        status_by_time(doc, tree, e, te, (si, published));
    }
}

/// The status time expression `te` gives event `e` it dates (in sentence `si` of a text
/// published on `published`): what is dated after the day of publication, or by words
/// that point forward, is planned; what is dated before it, done.
fn status_by_time(
    doc: &Doc,
    tree: &Tree,
    e: &mut Event,
    te: &TimeExpr,
    (si, published): (usize, Option<NaiveDate>),
) {
    let base = doc.sentences[si].start;
    // What the text dates after its own day has not happened yet ("elections next
    // Sunday"): done is only planned.
    let later = te
        .interval
        .zip(published)
        .is_some_and(|((from, _), p)| from > p);
    // A time whose words point forward makes a present or bare statement a plan ("the
    // talks are next week", "a summit next year"), and a progressive one too ("is
    // travelling to America next week").
    let ahead = te.direction > 0 && te.interval.is_none() && e.rank >= 0;
    // With no day of publication to place it, a time of its own makes the simple
    // present of a sentence in the body what is arranged: "the conference takes place
    // this weekend", "unions hold talks with the minister on Friday" (a headline's
    // simple present tells of what was done).
    // So does a present progressive with a day of its own ("the meeting is being held
    // on Tuesday", "is holding a meeting on Friday"; not "this week", in which it may be
    // going on), a clause with no tense under a present or a modal ("are expected to
    // raise it at the meeting on Monday"), and a day named as "this Sunday" in a clause
    // that is not past.
    let on_a_day = || {
        (te.text.split_whitespace())
            .any(|w| names_day_or_month(&w.to_lowercase().replace("'s", "")))
    };
    let this_day = || {
        let mut words = te.text.split_whitespace().map(|w| w.to_lowercase());
        words.next().is_some_and(|w| w == "this")
            && words
                .next()
                .is_some_and(|w| is("weekday", w.trim_end_matches("'s")))
    };
    let t = trigger_token(doc, e);
    let by_day = || {
        on_a_day() && (in_present_progressive(doc, tree, e) || untensed_under_present(tree, t))
            || this_day() && !told_in_the_past(tree, t)
    };
    let arranged = te.direction == 0
        && te.interval.is_none()
        && !doc.is_headline(si)
        && (e.status == Status::Completed && (in_simple_present(doc, tree, e) || by_day())
            || e.status == Status::UnderWay && on_a_day() && in_present_progressive(doc, tree, e))
        && in_the_clause_of(doc, tree, e, base + te.start);
    if (later || ahead || arranged) && matches!(e.status, Status::Completed | Status::UnderWay) {
        e.status = Status::Planned;
    }
    // And what it dates before its own day has come ("announced his decision to quit
    // at a public meeting last week": the meeting is past, whatever the infinitive).
    let earlier = te
        .interval
        .zip(published)
        .is_some_and(|((_, to), p)| to < p);
    let behind = te.direction < 0 && te.interval.is_none();
    if (earlier || behind)
        && e.status == Status::Planned
        && in_the_clause_of(doc, tree, e, base + te.start)
    {
        e.status = Status::Completed;
    }
}

/// Whether time `te` (at character `ts`) points ahead from another clause than event
/// `e`'s, which is told in the past or the perfect: "the firms will join up next year and
/// have already held discussions" (the discussions are not next year's). Not from a
/// clause on the event's noun.
fn ahead_of_a_past(doc: &Doc, tree: &Tree, e: &Event, te: &TimeExpr, ts: usize) -> bool {
    let t = trigger_token(doc, e);
    // A time in a clause on the event's noun is its own ("the poll, which is scheduled
    // for next month").
    let k = doc.token_from(ts);
    let on_the_noun = || (tree.governing_clauses(k).iter()).any(|&c| tree.arc(c).0 == Some(t));
    te.direction > 0
        && tree.is_clause()
        && told_in_the_past(tree, t)
        && !in_the_clause_of(doc, tree, e, ts)
        && !on_the_noun()
}

/// Whether a year ending at byte `tend` stands in the noun phrase of event `e`'s trigger,
/// before it with only nouns and adjectives between ("a 2003 bond deal").
fn modifies_the_trigger(doc: &Doc, e: &Event, tend: usize) -> bool {
    let toks = &doc.tokens;
    let (t, after) = trigger_and_time(doc, e, tend);
    e.trigger_start >= tend
        && (after..t).all(|k| matches!(toks[k].tag, "NN" | "NNS" | "NNP" | "JJ" | "HYPH"))
}

/// The token event `e`'s trigger starts at.
fn trigger_token(doc: &Doc, e: &Event) -> usize {
    doc.token_from(e.trigger_start)
}

/// The tokens of event `e`'s trigger and of the first token that starts at or after byte
/// `ts` (a time's start, or the end of a year: [`modifies_the_trigger`]).
fn trigger_and_time(doc: &Doc, e: &Event, ts: usize) -> (usize, usize) {
    (trigger_token(doc, e), doc.token_from(ts))
}

/// Whether event `e` is told in the clause "when" opens right after the time ending at
/// byte `tend` ("hark back to 1994, when talks … came close to a deal"): the clause tells
/// what happened at that time, however the parser hung it.
fn told_when(doc: &Doc, tree: &Tree, e: &Event, tend: usize) -> bool {
    let toks = &doc.tokens;
    let comma = doc.token_from(tend);
    let when = comma + 1;
    if !tree.is_clause()
        || toks.get(comma).is_none_or(|t| t.lower != ",")
        || toks.get(when).is_none_or(|t| t.lower != "when")
    {
        return false;
    }
    let t = trigger_token(doc, e);
    when < t && tree.dependents(tree.clause_of(t), "advmod").contains(&when)
}

/// Whether event `e` is told in a relative clause on a noun and the time at byte `ts` is
/// outside it: the clause tells of what its noun names, at a time of its own, not at the
/// time of the clause the noun is in ("arrived on Sunday after flying from the United
/// States, where he met President Bush": the meeting is not dated Sunday).
fn outside_its_relative_clause(doc: &Doc, tree: &Tree, e: &Event, ts: usize) -> bool {
    if !tree.is_clause() {
        return false;
    }
    let (t, k) = trigger_and_time(doc, e, ts);
    let c = tree.clause_of(t);
    let relative = matches!(tree.arc(c), (Some(_), "acl:relcl"))
        || relative_clause_of_place(tree, t).is_some();
    relative && !tree.is_under(k, c)
}

/// Whether event noun `e` is told inside a participle phrase on another noun, and the time
/// at byte `ts` is outside that phrase: what the phrase tells of the noun is not dated by
/// the noun's clause ("Talks aimed at averting a series of national strikes will take
/// place this weekend": the strikes are not this weekend's).
fn outside_its_participle_phrase(doc: &Doc, tree: &Tree, e: &Event, ts: usize) -> bool {
    if !tree.is_clause() {
        return false;
    }
    let (t, k) = trigger_and_time(doc, e, ts);
    if !tree.tokens()[t].is_noun() {
        return false;
    }
    let participle = |j: usize| matches!(tree.tokens()[j].tag, "VBN" | "VBG");
    let mut j = t;
    for _ in 0..tree.tokens().len() {
        match tree.arc(j) {
            (Some(_), "acl") if j != t && participle(j) => return !tree.is_under(k, j),
            (Some(_), "acl:relcl") => return false,
            (Some(h), _) => j = h,
            (None, _) => break,
        }
    }
    false
}

/// Whether the time at byte `ts` lies inside a relative clause that event `e`'s trigger is
/// not in, by the tree: "the line at the election, between the Tories and a Labour
/// government, which will spend by 2008 £60bn more" (the spending's year); not one on the
/// trigger's own noun.
fn inside_another_relative_clause(doc: &Doc, tree: &Tree, e: &Event, ts: usize) -> bool {
    if !tree.is_clause() {
        return false;
    }
    let (t, k) = trigger_and_time(doc, e, ts);
    let mut j = k;
    for _ in 0..tree.tokens().len() {
        match tree.arc(j) {
            // Not one on the event's own noun ("the poll, which is due next month").
            (Some(h), "acl:relcl") => return h != t && !tree.is_under(t, j),
            (Some(h), _) => j = h,
            (None, _) => break,
        }
    }
    false
}

/// Whether event noun `e` follows a preposition that puts it after its clause ("before",
/// "ahead of", [`later_phrase`]) and the time at byte `ts` comes before that preposition:
/// the time dates the clause, which happens before the event ("On Friday, Mr Greenspan's
/// speech in London ahead of the meeting of G7 finance ministers sent the dollar higher";
/// not "ahead of Friday's meeting", "before the vote on 5 May").
fn later_than_its_clause_time(doc: &Doc, e: &Event, ts: usize) -> bool {
    let t = trigger_token(doc, e);
    !e.cues.contains(&Cue::Verb)
        && later_phrase(doc, t, e.sentence).is_some_and(|p| ts < doc.tokens[p].start)
}

/// Whether the time at byte `ts` stands inside an aside set off by dashes (`asides`, from
/// [`dashed_asides`]) that event `e`'s trigger is outside of ("agreed to pay $850m - a
/// figure in line with the fees it collected in 2003 - and agreed to change"), or outside
/// one the trigger is inside of ("message - that they can win the next election - did not
/// sound as hollow as it might have done six months ago"): an aside tells of something
/// else, whatever the parser made of it.
fn in_an_aside_apart(asides: &[(usize, usize)], doc: &Doc, e: &Event, ts: usize) -> bool {
    let (t, k) = trigger_and_time(doc, e, ts);
    (asides.iter()).any(|&(a, b)| (a < k && k < b) != (a < t && t < b))
}

/// The dashes of sentence `si` that set off asides, as (opening, closing) token pairs:
/// dashes written apart from the words beside them, paired in order.
fn dashed_asides(doc: &Doc, si: usize) -> Vec<(usize, usize)> {
    let toks = &doc.tokens;
    let range = doc.sentences[si].tokens.clone();
    let s0 = range.start;
    let dash = |k: usize| {
        matches!(toks[k].text.as_str(), "-" | "–" | "—")
            && k > s0
            && toks[k - 1].end < toks[k].start
            && toks.get(k + 1).is_some_and(|n| toks[k].end < n.start)
    };
    let dashes: Vec<usize> = range.filter(|&k| dash(k)).collect();
    dashes.chunks_exact(2).map(|w| (w[0], w[1])).collect()
}

/// Whether event `e` is told in a clause with a time of its own, apart from that of the
/// clause the time at byte `ts` is in (outside the trigger's clause): a clause that tells
/// what a noun holds ("Shares have risen on Monday following a report that it had held
/// merger talks"), a perfect infinitive, which tells of what came before ("was reported in
/// June to have attended a meeting"), or a clause joined to the time's, or the time's to
/// it, with a subject of its own ("Mr Blair has resisted calls for him to name the day,
/// but all parties have stepped up campaigning recently"; not after a time set before
/// both), or an adverbial clause in the past perfect beside one that is not, which tells
/// of a time before the other's ("pledged on Saturday to play his part as he had been
/// asked to do").
fn in_a_clause_of_its_own(doc: &Doc, tree: &Tree, e: &Event, ts: usize) -> bool {
    if !tree.is_clause() {
        return false;
    }
    let toks = &doc.tokens;
    let (t, k) = trigger_and_time(doc, e, ts);
    let (c, own) = (tree.clause_of(t), tree.clause_of(k));
    if c == own {
        return false;
    }
    let outside = !tree.is_under(k, c);
    let of_a_noun = matches!(tree.arc(c), (Some(h), "acl" | "ccomp") if toks[h].is_noun())
        && tree.has_dependent_word(c, "mark", "that");
    // The parser hangs the infinitive as a complement or an adverbial clause.
    let perfect = matches!(tree.arc(c), (Some(_), "xcomp" | "advcl"))
        && tree.has_dependent_word(c, "mark", "to")
        && (tree.dependents(c, "aux").iter()).any(|&a| toks[a].lemma == "have")
        && toks[c].tag == "VBN";
    let subject = |v: usize| !tree.dependents(v, "nsubj").is_empty();
    let joined =
        |a: usize, b: usize| matches!(tree.arc(a), (Some(h), "conj") if h == b) && subject(a);
    // A time set before the first clause's subject dates both ("Last year, the premier
    // targeted lending, and regulators ordered loans to be scrutinised").
    let fronted = (tree.dependents(own, "nsubj").first()).is_some_and(|&n| k < n);
    let had = |v: usize| (tree.dependents(v, "aux").iter()).any(|&a| toks[a].lower == "had");
    let before = matches!(tree.arc(c), (Some(_), "advcl")) && had(c) && !had(own);
    // A participle or infinitive with no subject of its own is in the clause it completes
    // ("but all parties have stepped up campaigning recently": the time is "stepped"'s).
    let mut top = own;
    while let (Some(h), "advcl" | "xcomp") = tree.arc(top) {
        if subject(top) || !matches!(toks[top].tag, "VBG" | "VB") {
            break;
        }
        top = h;
    }
    outside && (of_a_noun || perfect || before)
        || joined(c, own) && !fronted
        || joined(own, c)
        || joined(top, c)
}

/// Whether the time at byte `ts` dates a clause that the clause of event `e`'s trigger
/// governs, not the trigger's own: "was jailed for shooting a burglar in 1999" (the
/// shooting's year), "troops who arrived in 2013 left Mali", "called for a pause to
/// assess the rise in October". Not a clause on the event's own noun ("the poll, which is
/// scheduled for next month", "a meeting expected to take place next month"), nor an
/// infinitive the trigger's verb takes, nor a clause set beside another (`parataxis`,
/// `conj`), which governs nothing; nor an adverbial clause of the same time
/// ([`shares_its_time`]).
fn in_a_clause_below(doc: &Doc, tree: &Tree, e: &Event, ts: usize) -> bool {
    if !tree.is_clause() {
        return false;
    }
    let toks = &doc.tokens;
    let (t, k) = trigger_and_time(doc, e, ts);
    // The trigger's clause, as `trigger_clause` finds it.
    let (c, own) = (tree.clause_of(t), tree.clause_of(k));
    if own == c || !tree.is_under(own, c) {
        return false;
    }
    // The links from the time's clause up to the trigger's, lowest first, and whether
    // infinitives lead from it to a clause on the noun ("a meeting expected to take
    // place next month").
    let mut links = Vec::new();
    let mut j = own;
    let mut on_the_noun = false;
    while j != c && links.len() < 8 {
        let (Some(h), rel) = tree.arc(j) else { break };
        let on_noun = t != c || rel.starts_with("acl");
        if h == t && on_noun && links.iter().all(|&(_, r)| r == "xcomp") {
            on_the_noun = true;
        }
        links.push((j, rel));
        j = tree.clause_of(h);
    }
    // "agreed to buy the stake on Friday": an infinitive a verb takes shares the verb's
    // time, unless it tells an event of its own, which, nearer, takes it first ("agreed
    // to hold talks in March"); a clause below the infinitive still has its own ("agreed
    // to repay bonuses awarded in 2003").
    let apart = |&(j, rel): &(usize, &str)| match rel {
        "xcomp" => false,
        // "have left Afghanistan, the Pentagon said on Monday": a report set after what
        // it tells dates it by its tense ([`dates_the_report`]).
        "advcl" => !shares_its_time(tree, j) && !is_verb_of_saying(&toks[j]),
        _ => true,
    };
    let beside = (links.iter()).any(|&(_, r)| matches!(r, "parataxis" | "conj"));
    j == c && !on_the_noun && !beside && links.iter().any(apart)
}

/// Whether adverbial clause `j` happens at the time of the clause it modifies: one
/// introduced by a word of word class `same_time_mark` ("protest when the teams play on
/// Sunday", "met to discuss output on 16 March"), or a bare participle that tells the
/// same act ("elected to Parliament, winning a seat in 1969").
fn shares_its_time(tree: &Tree, j: usize) -> bool {
    let bare = tree.dependents(j, "mark").is_empty() && tree.tokens()[j].tag == "VBG";
    bare || !same_time_words(tree, j).is_empty()
}

/// The words of word class `same_time_mark` that open clause `j`: its marks ("as",
/// "while") and adverbs ("when").
fn same_time_words(tree: &Tree, j: usize) -> Vec<usize> {
    let toks = tree.tokens();
    (tree.dependents(j, "mark").into_iter())
        .chain(tree.dependents(j, "advmod"))
        .filter(|&k| is("same_time_mark", &toks[k].lower))
        .collect()
}

/// Whether the time expression starting at character `ts` is one the clause compares its
/// own with: after a word of word class `comparison_word` and a preposition ("a quick
/// conclusion to the election, unlike in 2000", "more seats than in 2001"; not "no later
/// than March", which bounds the event). It dates no event of the clause.
fn compared_time(doc: &Doc, ts: usize) -> bool {
    let toks = &doc.tokens;
    let k = doc.token_from(ts);
    k >= 2 && toks[k - 1].tag == "IN" && is("comparison_word", &toks[k - 2].lower)
}

/// Whether the time expression starting at character `ts` follows a word of word class
/// `period_end_preposition` ("until Monday", "till March").
fn ends_a_period(doc: &Doc, ts: usize) -> bool {
    let toks = &doc.tokens;
    let k = doc.token_from(ts);
    let first = toks.get(k).map(|x| x.lower.as_str());
    k > 0 && is("period_end_preposition", &toks[k - 1].lower)
        || first.is_some_and(|w| is("period_end_preposition", w))
}

/// Whether the clause of event `e`'s trigger is in the simple present by the tree: its head
/// is a present verb other than "be" or "have" ("takes place", "hold talks"), with no
/// auxiliary.
fn in_simple_present(doc: &Doc, tree: &Tree, e: &Event) -> bool {
    let toks = &doc.tokens;
    trigger_clause(doc, tree, e).is_some_and(|v| {
        matches!(toks[v].tag, "VBZ" | "VBP")
            && !matches!(toks[v].lemma.as_str(), "be" | "have")
            && tree.dependents(v, "aux").is_empty()
    })
}

/// The tense of the clause headed by `c`, by its head, auxiliaries and copula: past (a
/// past form, or "have" for the perfect: "has held", "will have met"), present, or with a
/// modal; `None` for a clause with no tense of its own (an infinitive, a gerund).
fn clause_tense(tree: &Tree, c: usize) -> Option<Tense> {
    let toks = tree.tokens();
    let aux = tree.dependents(c, "aux");
    let verbs: Vec<&Token> = std::iter::once(c)
        .chain(aux.iter().copied())
        .chain(tree.dependents(c, "aux:pass"))
        .chain(tree.dependents(c, "cop"))
        .map(|k| &toks[k])
        .collect();
    let tagged = |tags: &[&str]| verbs.iter().any(|v| tags.contains(&v.tag));
    let perfect = aux.iter().any(|&k| toks[k].lemma == "have");
    if tagged(&["VBD"]) || perfect {
        Some(Tense::Past)
    } else if tagged(&["MD"]) {
        Some(Tense::Modal)
    } else if tagged(&["VBZ", "VBP"]) {
        Some(Tense::Present)
    } else {
        None
    }
}

/// A clause's tense ([`clause_tense`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Present,
    Modal,
}

/// Whether token `t`'s clause is an infinitive or a gerund with no tense of its own (a
/// bare participle is not: "troops deployed on Monday" were deployed), and the nearest
/// clause above it with a tense is in the present or has a modal: "are expected to raise
/// concerns at the meeting on Monday".
fn untensed_under_present(tree: &Tree, t: usize) -> bool {
    if !tree.is_clause() {
        return false;
    }
    let clauses = tree.governing_clauses(t);
    let own = clauses[0];
    let bare_participle = tree.tokens()[own].tag == "VBN"
        && tree.dependents(own, "aux").is_empty()
        && tree.dependents(own, "aux:pass").is_empty();
    let mut tenses = clauses.iter().map(|&c| clause_tense(tree, c));
    !bare_participle
        && tenses.next() == Some(None)
        && matches!(tenses.find_map(|x| x), Some(Tense::Present | Tense::Modal))
}

/// Whether token `t` is told in the past: the nearest of its governing clauses with a
/// tense is past.
fn told_in_the_past(tree: &Tree, t: usize) -> bool {
    tree.is_clause()
        && (tree.governing_clauses(t).iter())
            .find_map(|&c| clause_tense(tree, c))
            .is_some_and(|x| x == Tense::Past)
}

/// Whether event `e`'s clause is in the present progressive ("are leaving", "is being
/// held").
fn in_present_progressive(doc: &Doc, tree: &Tree, e: &Event) -> bool {
    let toks = &doc.tokens;
    trigger_clause(doc, tree, e).is_some_and(|v| {
        has_present_be(doc, tree, v)
            && (toks[v].tag == "VBG"
                || toks[v].tag == "VBN" && tree.has_dependent_word(v, "aux:pass", "being"))
    })
}

/// The head of event `e`'s trigger's clause by the tree; `None` when the tree reads as no
/// clause.
fn trigger_clause(doc: &Doc, tree: &Tree, e: &Event) -> Option<usize> {
    let t = trigger_token(doc, e);
    tree.is_clause().then(|| tree.clause_of(t))
}

/// Whether the time at byte `ts` is in the clause of event `e`'s trigger by the tree (a
/// time read off another clause may not overrule the trigger's own tense: "will not
/// contest the election" after "his remark last week").
fn in_the_clause_of(doc: &Doc, tree: &Tree, e: &Event, ts: usize) -> bool {
    let k = doc.token_from(ts);
    trigger_clause(doc, tree, e).is_some_and(|c| tree.clause_of(k) == c)
}

/// Whether the time at byte `ts` is in a clause that completes, as its infinitive or
/// participle (`xcomp`), the clause event noun `e`'s trigger is the subject in: "The deal
/// … is expected to be completed by April 2005" dates the deal; not for a verb trigger,
/// whose complement tells what it asks or wants ("wants the bill to pass by 14 March").
fn in_a_complement_of_its_clause(doc: &Doc, tree: &Tree, e: &Event, ts: usize) -> bool {
    let t = trigger_token(doc, e);
    let Some(own) = trigger_clause(doc, tree, e).filter(|_| doc.tokens[t].is_noun()) else {
        return false;
    };
    let mut c = tree.clause_of(doc.token_from(ts));
    for _ in 0..3 {
        match tree.arc(c) {
            (Some(h), "xcomp") => c = tree.clause_of(h),
            _ => return false,
        }
        if c == own {
            return true;
        }
    }
    false
}

/// The tokens between event `e`'s trigger and the time at bytes `ts..tend`, on whichever
/// side of it the time stands.
fn tokens_between(doc: &Doc, e: &Event, ts: usize, tend: usize) -> (usize, usize) {
    let (lo, hi) = if e.trigger_end <= ts {
        (e.trigger_end, ts)
    } else {
        (tend, e.trigger_start)
    };
    (doc.token_from(lo), doc.token_from(hi))
}

/// Whether the time at bytes `ts..tend` stands across a contrasting conjunction from event
/// `e`, in another clause by the tree told in another tense: "his remark last week was
/// misrepresented but he will not contest the election" dates the remark, not the
/// election (but "tried to merge two years ago but talks failed" tells one time).
fn across_a_contrast(doc: &Doc, tree: &Tree, e: &Event, ts: usize, tend: usize) -> bool {
    let (klo, khi) = tokens_between(doc, e, ts, tend);
    let (Some(own), true) = (trigger_clause(doc, tree, e), tree.is_clause()) else {
        return false;
    };
    let other = tree.clause_of(doc.token_from(ts));
    // An infinitive takes the time of the verb it completes ("tried to merge").
    // A participle with no auxiliary heading a clause is the tagger's past tense.
    let rank = |c: usize| {
        let c = complemented(tree, c);
        let bare =
            tree.dependents(c, "aux").is_empty() && tree.dependents(c, "aux:pass").is_empty();
        let tag = match doc.tokens[c].tag {
            "VBN" if bare => "VBD",
            tag => tag,
        };
        tense_rank(doc, c, tag).signum()
    };
    (klo..khi).any(|k| is("contrast_conj", &doc.tokens[k].lower))
        && other != own
        && rank(other) != rank(own)
}

/// How loosely a time at bytes `ts..tend` ties to an event: the distance between them,
/// more for a time after the trigger than before it, with penalties for commas, a clause
/// boundary and an infinitive trigger after the time.
fn tie_cost(doc: &Doc, e: &Event, ts: usize, tend: usize) -> usize {
    // A time across a clause boundary (", and NATO pulled …") belongs to the other
    // clause.
    let (klo, khi) = tokens_between(doc, e, ts, tend);
    let crosses = (klo..khi).any(|k| {
        let tok = &doc.tokens[k];
        (tok.lower == ";" || is("contrast_conj", &tok.lower))
            || (tok.tag == "CC" && k > 0 && doc.tokens[k - 1].lower == ",")
    });
    // A comma between them weakens the tie ("…, who arrived in 2013, left Mali").
    let commas = (klo..khi).filter(|&k| doc.tokens[k].lower == ",").count();
    let clause_cost = if crosses { 20_000 } else { 0 };
    clause_cost
        + commas * 40
        + if e.trigger_end <= ts {
            (ts - e.trigger_end) * 2
        } else {
            // "protested on Friday to demand …": a time before an infinitive dates the
            // verb it depends on, not the infinitive.
            let k = trigger_token(doc, e);
            let infinitive = k > 0 && doc.tokens[k - 1].lower == "to";
            (e.trigger_start.saturating_sub(tend)) * 3 + if infinitive { 10_000 } else { 0 }
        }
}

/// Who said it: "X said", "according to X", "as confirmed by X to Y", "X told Y".
fn attribute(doc: &Doc, m: &Mentions, lex: &Lexicon, events: &mut [Event], si: usize, tree: &Tree) {
    if events.is_empty() {
        return;
    }
    let s = doc.sentences[si].tokens.clone();
    // "Speaking at the conference, Mr Brown claimed …": a participle of speaking set
    // before the clause frames it; the clause's own verb reports.
    let framing =
        |k: usize| doc.tokens[k].tag == "VBG" && matches!(tree.arc(k), (Some(h), "advcl") if k < h);
    let found: Vec<(Attribution, (usize, usize), usize)> = s
        .clone()
        .filter_map(|k| {
            let found = attribution_at(doc, m, lex, k, &s, tree)?;
            (!framing(k)).then_some((found.0, found.1, k))
        })
        .collect();
    for e in events.iter_mut() {
        let t = trigger_token(doc, e);
        // A speech verb inside a quotation reports only what is quoted with it: in
        // ""We say it was stolen," Mr Yushchenko told a conference" the conference is
        // the narrator's.
        let quoted = in_quotation(doc, t, si);
        // The first speech clause that reports it.
        let reporting = |f: &&(Attribution, (usize, usize), usize)| {
            (quoted || !inside_a_quotation(doc, f.2, si)) && reports(doc, tree, f, t)
        };
        let Some((attr, _, _)) = found.iter().find(reporting) else {
            continue;
        };
        e.attribution = Some(attr.clone());
        if let Some(a) = attr.actor.filter(|&a| {
            e.agents.is_empty() && speaker_acts(doc, tree, (t, si), &m.actors[a], &attr.text)
        }) {
            e.agents = vec![a];
        }
    }
}

/// Whether the speech clause `(attr, (first, source), verb)` of the sentence, whose first
/// token is `first`, its source's `source` and its verb's `verb`, reports the event at
/// trigger token `t`.
fn reports(
    doc: &Doc,
    tree: &Tree,
    &(_, (first, source), verb): &(Attribution, (usize, usize), usize),
    t: usize,
) -> bool {
    // What a speech clause reports comes after it, or before it with a comma or quote
    // between ("…, the spokesman said"); not a clause joined to it by "and" ("Ukraine
    // ousted its leader and has said it wants …") or set against it ("…, although").
    let mark = |j: usize| {
        let w = doc.tokens[j].text.as_str();
        matches!(w, "," | ";" | ":" | "\"" | "“" | "”" | "'" | "‘" | "’")
            || doc.tokens[j].tag == "''"
    };
    let set_off = (t..first).any(mark);
    // "…, although Mr Blair has not confirmed the date": a speech clause a conjunction
    // after the last mark subordinates or sets against what comes before reports none
    // of it (not "… because they will restore hunting," he said).
    let last_mark = (t..first).rev().find(|&j| mark(j)).unwrap_or(t);
    let subordinate = (last_mark..first).any(|j| {
        let w = doc.tokens[j].lower.as_str();
        is("clause_stop_conj", w) || is("contrast_concession_conj", w)
    });
    (t >= first || set_off && !subordinate)
        && !beside_the_report(doc, tree, t, verb)
        && !the_occasion_by_word_order(doc, t, (first, verb))
        && !describes_the_source(doc, (source, verb), t)
}

/// Whether the word order alone shows the event at trigger token `t` to be where or to
/// whom the speech clause whose first token is `first` and verb `verb` was spoken, however
/// the parser hung the sentence: in an opening phrase a preposition leads up to the comma
/// the clause follows, with no finite verb in it ("At a meeting in Kenya, UN envoy Jan
/// Egeland said …"; not "Despite the strike, output rose, the firm said"), or a participle
/// phrase does, whatever it holds ("Speaking in the Commons after Mr Brown had delivered the
/// last Budget before the election, Mr Kennedy acknowledged …"), or after a verb
/// that speaks to someone (`addressing_verb`) and before the "that" its report opens with,
/// with no verb between ("who told the Mercosur summit in Brazil that …").
fn the_occasion_by_word_order(doc: &Doc, t: usize, (first, verb): (usize, usize)) -> bool {
    let toks = &doc.tokens;
    let span = doc.sentences[doc.sentence_of(t)].tokens.clone();
    let finite = |j: usize| toks[j].is_finite();
    let before_the_comma = first > span.start + 1 && toks[first - 1].text == "," && t < first - 1;
    let opening =
        toks[span.start].tag == "IN" && before_the_comma && !(span.start..first - 1).any(finite);
    // "Speaking in the Commons after Mr Brown had delivered … the last Budget before the
    // general election, Mr Kennedy acknowledged …": a participle phrase set before the
    // clause tells the occasion, whatever clauses it holds.
    let participle = toks[span.start].tag == "VBG" && before_the_comma;
    let told = t > verb
        && is("addressing_verb", &toks[verb].lemma)
        && (verb + 1..span.end)
            .find(|&j| toks[j].lower == "that" || toks[j].is_verb())
            .is_some_and(|j| toks[j].lower == "that" && t < j);
    opening || participle || told
}

/// Whether token `k` stands between a quotation's marks within its sentence: after an
/// opening mark and before the closing one (a sentence that opens inside a quotation begun
/// before it has its closing mark first: "… at upcoming meetings," Maury Harris told
/// Reuters).
fn inside_a_quotation(doc: &Doc, k: usize, si: usize) -> bool {
    let end = doc.sentences[si].tokens.end;
    in_quotation(doc, k, si) && doc.tokens[k + 1..end].iter().any(is_quote_mark)
}

/// Whether the event at trigger token `t` is told in commas between the source that
/// opens at token `first` and its speech verb `verb` after it: a clause or apposition that
/// describes the one who speaks, told in the narrator's words ("Mr Straw, who will hold
/// talks in Beijing on Thursday, said …", "Ms Berg, the mayor who signed the deal, said
/// …"), however the parser hangs it.
fn describes_the_source(doc: &Doc, (first, verb): (usize, usize), t: usize) -> bool {
    let toks = &doc.tokens;
    if !(first < t && t < verb) {
        return false;
    }
    // The verb group opens after the comma that closes the description ("…, has said").
    let mut open = verb;
    while open > t + 1
        && matches!(
            toks[open - 1].tag,
            "MD" | "RB" | "VBZ" | "VBP" | "VBD" | "VB"
        )
    {
        open -= 1;
    }
    // A finite verb group (the tagger may read a past tense as a participle): a present
    // participle after a comma hangs on the clause before it ("Ian Gibson, for example,
    // urged the two men to stop, declaring …").
    let finite = open < verb || matches!(toks[verb].tag, "VBD" | "VBZ" | "VBP" | "VBN");
    if !(finite && toks[open - 1].text == ",") {
        return false;
    }
    // The source's own words run to the first comma, with no verb among them.
    (first..t)
        .find(|&j| toks[j].text == ",")
        .is_some_and(|j| j > first && !(first..j).any(|k| toks[k].is_verb()))
}

/// Whether the tree sets the event at trigger token `t` beside what speech verb `verb`
/// reports: in an adverbial clause set before the verb ("Speaking at Labour's spring
/// conference, Mr Brown claimed …"), in a phrase that says where, when or to whom
/// ("announced his decision at a public meeting"), or governing the adverbial clause the
/// verb is in ("As Mr Brown announced the date, Ernst & Young urged him …", "was elected
/// in 1987, declaring …"), or in a clause that describes the verb's subject ("The
/// minister who signed the deal said …"). Read only when the sentence parses as a clause.
fn beside_the_report(doc: &Doc, tree: &Tree, t: usize, verb: usize) -> bool {
    if !doc.tokens[verb].is_verb() || !tree.is_clause() {
        return false;
    }
    if tree.is_under(t, verb) {
        // The branch of the verb the event is in: an adverbial one set before the verb
        // frames the report; one after it says how it was made, and what that holds is
        // reported ("wrote to the parties urging them not to fight the election").
        let mut k = t;
        let mut in_a_clause = false;
        let mut describes = false;
        while let (Some(h), rel) = tree.arc(k) {
            if h == verb {
                // A clause or apposition describing the one who speaks tells of them in
                // the narrator's words ("Mr Straw, who will hold talks in Beijing on
                // Thursday, said …").
                if rel.starts_with("nsubj")
                    && describes
                    && tree.dependents(verb, "nsubj").len() == 1
                {
                    return true;
                }
                let adverbial =
                    doc.tokens[k].tag == "VBG" || !tree.dependents(k, "mark").is_empty();
                // Where, when or to whom it was said is no part of what was said:
                // "announced his decision to quit at a public meeting", "told the
                // conference" (a phrase with a preposition, or the one told); a clause
                // hung on that phrase may be ("wrote to the parties urging them not to
                // fight the election").
                let prepositional =
                    rel.starts_with("obl") && !tree.dependents(k, "case").is_empty();
                // The object of a verb that speaks to it (`addressing_verb`: "told the
                // Apec summit that …") is the one told, however the parser hung the rest.
                let told = rel == "obj" && is("addressing_verb", &doc.tokens[verb].lemma);
                let setting = (prepositional || rel == "iobj" || told) && !in_a_clause;
                // A participle after the verb that is itself the event tells how it was
                // said, as the narrator tells it ("wrote to the council demanding an
                // inquiry" is told as "demanded an inquiry" is).
                // A bare participle: one with a subject, auxiliary or conjunction of its
                // own is a clause the parser misread ("announced that it was revoking").
                let bare = ["nsubj", "aux", "mark"]
                    .iter()
                    .all(|rel| tree.dependents(k, rel).is_empty());
                let manner = k == t && k > verb && doc.tokens[k].tag == "VBG" && bare;
                return rel == "advcl" && (k < verb && adverbial || manner) || setting;
            }
            in_a_clause |= rel.starts_with("acl") || matches!(rel, "ccomp" | "xcomp" | "advcl");
            describes |= rel.starts_with("acl") || rel == "appos";
            k = h;
        }
        return false;
    }
    // A finite subordinate clause of saying ("As Mr Brown announced …"), not a
    // parenthetical one the parser hung on the event (", Jack Straw told the Commons", "as
    // confirmed by an official"); and a participle of saying hung on a clause, which tells
    // what was said as the clauses above it happened and reports none of them, however
    // high the event stands ("was elected in 1987, declaring …"; "had broken away from his
    // speech at the conference, to deliver a rebuff, claiming …").
    let finite = matches!(doc.tokens[verb].tag, "VBD" | "VBZ" | "VBP");
    let subordinate = finite && !tree.dependents(verb, "mark").is_empty();
    let participle = doc.tokens[verb].tag == "VBG";
    match tree.arc(verb) {
        (Some(h), "advcl") if subordinate => tree.is_under(t, tree.clause_of(h)),
        (Some(_), "advcl" | "xcomp" | "acl") if participle => true,
        _ => false,
    }
}

/// Whether the one who acts in the event at trigger token `t` of sentence `si` is whoever
/// speaks it: inside the quotation, the subject of the trigger verb, or of the verb whose
/// object or passive subject the event noun is, is "I" ("Mr Clarke said: "I will be asking
/// Parliament …""), or "we" when a body, party or state speaks ("Labour said: "We will
/// hold a referendum"") or, of the verb trigger itself, a person by an office ("Finance
/// Minister Tom McCabe said: "… we would ask them to exercise restraint"": the office's
/// "we"; not "if we reject this treaty", the country's); another person's "we" may be any
/// group of theirs.
fn speaker_acts(
    doc: &Doc,
    tree: &Tree,
    (t, si): (usize, usize),
    speaker: &Actor,
    source: &str,
) -> bool {
    let kind = speaker.kind;
    // An office: the person's title, or a title the source is named by ("the chancellor
    // said"), other than a courtesy one, which tells a sex ("Mr").
    let office_word = |w: &str| {
        let w = w.to_lowercase();
        is("title", w.trim_end_matches('.')) && title_gender(&w).is_none()
    };
    let office = (speaker.title.iter().chain([&source.to_string()]))
        .any(|text| text.split_whitespace().any(office_word));
    let toks = &doc.tokens;
    if !in_quotation(doc, t, si) {
        return false;
    }
    let v = if toks[t].is_verb() {
        t
    } else {
        match tree.arc(t) {
            (Some(h), "obj" | "nsubj:pass") if toks[h].is_verb() => h,
            _ => return false,
        }
    };
    let Some(heads) = tree.subject_of(v, |_| false) else {
        return false;
    };
    // An active subject: "I am being attacked" makes the speaker the target.
    let active = |h: usize| tree.arc(h).1 == "nsubj";
    heads
        .iter()
        .filter(|&&h| active(h))
        .any(|&h| match toks[h].lower.as_str() {
            "i" => true,
            "we" => kind != Kind::Person || office && toks[t].is_verb(),
            _ => false,
        })
}

/// The attribution given by token `k` of the sentence with tokens `s`, if it is a speech
/// verb or "according to" with a source, with the first token of the speech clause (the
/// source's or the verb's) and the source's first token.
fn attribution_at(
    doc: &Doc,
    m: &Mentions,
    lex: &Lexicon,
    k: usize,
    s: &Range<usize>,
    tree: &Tree,
) -> Option<(Attribution, (usize, usize))> {
    let toks = &doc.tokens;
    let tok = &toks[k];
    let lemma = tok.lemma.to_lowercase();
    let according = tok.lower == "according" && toks.get(k + 1).is_some_and(|n| n.lower == "to");
    if !(according || tok.tag.starts_with("VB") && lex.is("speech", &lemma)) {
        return None;
    }
    // The source: "by X" after a passive, the phrase after "according to", else the
    // verb's subject from the tree (before it, or inverted: "said the minister"), else
    // the words around it.
    let after_phrase = according || toks.get(k + 1).is_some_and(|n| n.lower == "by");
    // A passive names its source only with "by": "it has been announced", "X is reported
    // to have held talks" (X is what is reported on).
    if !after_phrase && tok.tag == "VBN" && aux_before(doc, k, &["be"]) {
        return None;
    }
    // "He didn't say so", "never said that …": what a negated verb of saying is about
    // is not said by its subject.
    if negated_in_tree(tree, k) && tree.is_clause() {
        return None;
    }
    let (src_start, src_end) = if after_phrase {
        source_after(doc, k, s)
    } else {
        // The noun phrase right before the verb when it can speak ("officials in Niamey
        // said"): a parse often goes wrong around it. Else the tree's subject ("The firm,
        // which floated in 2003, recently announced"), else an inverted subject after a
        // comma or quote ("…," said the spokesman).
        let speaks = |(a, e): (usize, usize)| (a..e).any(|j| can_speak(doc, m, j));
        let words = source_around(doc, m, k, s);
        if words.0 < k && speaks(words) {
            words
        } else {
            source_in_tree(doc, m, tree, k)
                .or(Some(words))
                .filter(|&span| speaks(span))?
        }
    };
    if src_start >= src_end || src_end > s.end || in_relative_clause(doc, src_start, k) {
        return None;
    }
    // "The Tory leader said": a body's name before a noun of one office holder (word
    // class `holder_noun`) names whose office it is, not who speaks; "a Labour
    // spokesman" speaks for the body.
    let holder = is("holder_noun", &toks[src_end - 1].lemma.to_lowercase());
    // A place in a phrase of location after the speaker's noun, or before a common noun
    // it modifies, says where they are, and names the speaker only when no name does ("a
    // spokesman for the Albanian embassy in London" is Albania's; "officials in Niamey",
    // whom no name describes, Niamey's).
    let located = |ii: &usize| {
        let it = &m.items[*ii];
        let in_phrase = it.pp.as_deref().is_some_and(|p| is("pp_location", p));
        let modifies = toks
            .get(it.end)
            .is_some_and(|n| n.is_noun() && !n.is_proper());
        it.is_place(m) && it.start > src_start && (in_phrase || modifies)
    };
    let items: Vec<usize> = (src_start..src_end)
        .rev()
        .filter_map(|j| m.item_at[j])
        .collect();
    let named = items
        .iter()
        .any(|ii| !located(ii) && !m.items[*ii].only_described(m));
    let actor = (items.iter().find(|ii| !named || !located(ii)))
        .copied()
        .and_then(|ii| {
            let it = &m.items[ii];
            let body_of_holder = holder && it.end < src_end;
            // "the Archbishop of Cardiff", "the Mayor of London": a town after "of" names
            // where one holds an office, not who speaks.
            let town =
                |a: &usize| matches!(m.actors[*a].kind, Kind::City | Kind::Capital | Kind::Region);
            let seat = it.start > src_start
                && toks[it.start - 1].lower == "of"
                && !it.actors.is_empty()
                && it.actors.iter().all(town);
            (!body_of_holder && !seat && (it.what != What::Modifier || it.actors.len() == 1))
                .then(|| it.actors.first().copied())
                .flatten()
        });
    let after = if after_phrase { src_end } else { k + 1 };
    let (to, to_actor) = addressee(doc, m, after, lemma == "tell", s);
    Some((
        Attribution {
            text: doc.span_text(src_start, src_end).to_string(),
            actor,
            to,
            to_actor,
        },
        // The speech clause opens with its source, unless another verb stands between
        // them (a subject shared with a joined verb: "X withdrew … and has said").
        (
            if (src_end..k).any(|j| toks[j].is_verb() && !is("auxiliary_have_be", &toks[j].lemma)) {
                k
            } else {
                src_start.min(k)
            },
            src_start,
        ),
    ))
}

/// The source of a speech verb at token `k` from the sentence's tree: its grammatical
/// subject ([`Tree::subject_of`]: "An annual survey released on Friday said",
/// "The firm, which floated in 2003, recently announced", "…," said the spokesman"), as
/// the item there or the noun phrase the subject's head heads. `None` when the tree
/// gives the verb no subject.
fn source_in_tree(doc: &Doc, m: &Mentions, tree: &Tree, k: usize) -> Option<(usize, usize)> {
    let named = |j: usize| m.item_at[j].is_some_and(|ii| usable(&m.items[ii]));
    let subject = match tree.subject_so_far(k, named) {
        Ok(found) => found,
        Err(_) => tree.subject_of(k, named),
    };
    // A head the mentions found before one they did not ("Veteran Labour MP and former
    // Cabinet minister Jack Cunningham").
    let heads = subject?;
    let h = *heads
        .iter()
        .find(|&&h| m.item_at[h].is_some())
        .or(heads.first())?;
    if !can_speak(doc, m, h) {
        return None;
    }
    // The phrase with its titles, descriptions and prepositional phrases ("Tory spokesman
    // David Davis", "A report in the Sunday Business").
    let (start, end) = match m.item_at[h] {
        Some(ii) => (m.items[ii].start, m.items[ii].end),
        None => (h, h + 1),
    };
    let (a, e) = tree.phrase_span(h);
    Some((a.min(start), e.max(end)))
}

/// Whether token `k` can stand for who says something: an actor or force the mentions
/// found, a personal pronoun, a proper name, or a document or source noun ("a survey
/// released on Friday said"); not "the day", "plans" or "the failure".
fn can_speak(doc: &Doc, m: &Mentions, k: usize) -> bool {
    let tok = &doc.tokens[k];
    match m.item_at[k] {
        Some(ii) => usable(&m.items[ii]) && m.items[ii].what != What::Place,
        None => {
            matches!(tok.tag, "PRP" | "NNP" | "NNPS") && !names_day_or_month(&tok.lower)
                || is("document_noun", &tok.lemma.to_lowercase())
                || names_people(tok)
        }
    }
}

/// Whether a speech verb at `k` with its source starting at `src` (before it) opens a
/// relative clause ("an election that the opposition says was rigged"): it speaks for that
/// clause alone, not for the sentence around it.
fn in_relative_clause(doc: &Doc, src: usize, k: usize) -> bool {
    let toks = &doc.tokens;
    src < k
        && src >= 2
        && matches!(
            toks[src - 1].lower.as_str(),
            "that" | "which" | "who" | "whom"
        )
        && toks[src - 2].is_noun()
}

/// The source after "according to" or "by" at token `k`: up to a comma, full stop, verb
/// or a word that ends it ("to", "that", "on", "in").
fn source_after(doc: &Doc, k: usize, s: &Range<usize>) -> (usize, usize) {
    let toks = &doc.tokens;
    let a = k + 2;
    let e = (a..s.end)
        .find(|&j| {
            matches!(toks[j].lower.as_str(), "," | ".")
                || is("source_end", &toks[j].lower)
                || toks[j].is_verb()
        })
        .unwrap_or(s.end);
    (a, e)
}

/// The source of a speech verb at token `k`: the noun phrase before it ("officials in
/// Niamey have said"), else the inverted one after it, which follows a comma or a quote
/// ("…," said the spokesman); a participle's, or a verb's joined to another by "and", is
/// its clause's subject ("X attacked the policy, saying …", "X condemned the coup and
/// said …"). An empty range when there is none ("to announce the date").
fn source_around(doc: &Doc, m: &Mentions, k: usize, s: &Range<usize>) -> (usize, usize) {
    let toks = &doc.tokens;
    // "X condemned the coup and said …": verbs joined by "and" share their subject.
    let joined = k > s.start && toks[k - 1].lower == "and";
    if toks[k].tag == "VBG" || joined {
        return clause_subject(doc, m, k, s);
    }
    let mut e = k;
    while e > s.start
        && (toks[e - 1].tag.starts_with("RB") || is("auxiliary_have_be", &toks[e - 1].lemma))
    {
        e -= 1;
    }
    let mut a = e;
    // A personal pronoun is a whole noun phrase: the noun before it is another's
    // ("dismissed reports he told Gordon Brown …": "he" speaks).
    while a > s.start
        && !(a < e && toks[a].tag == "PRP")
        && (np_token(toks[a - 1].tag)
            || m.item_at[a - 1].is_some()
            || (is("source_inner_prep", &toks[a - 1].lower)
                && a - 1 > s.start
                && np_token(toks[a - 2].tag)))
    {
        a -= 1;
    }
    let after_quote = e > s.start
        && (matches!(toks[e - 1].lower.as_str(), "," | "\"" | "”" | "’")
            || toks[e - 1].tag == "''");
    if a < e {
        (a, e)
    } else if after_quote && matches!(toks[k].tag, "VBD" | "VBZ" | "VBP") {
        (k + 1, noun_phrase_end(doc, m, k + 1, s.end))
    } else {
        (k, k)
    }
}

/// The subject of the clause a verb at `k` follows: a pronoun that says right before its
/// comma ("…, he said, urging"), else the first usable item of the sentence before it that
/// no preposition introduces, else the noun phrase that opens the sentence ("The minister
/// criticised …, saying"); an empty range when there is neither.
fn clause_subject(doc: &Doc, m: &Mentions, k: usize, s: &Range<usize>) -> (usize, usize) {
    // "…, he said, urging voters": the pronoun that says, not a name in what it reports.
    let toks = &doc.tokens;
    if k >= s.start + 3
        && toks[k - 1].lower == ","
        && is_verb_of_saying(&toks[k - 2])
        && toks[k - 3].tag == "PRP"
    {
        return (k - 3, k - 2);
    }
    let item = (s.start..k)
        .filter_map(|j| m.item_at[j])
        .map(|ii| &m.items[ii])
        .find(|it| usable(it) && it.pp.is_none());
    if let Some(it) = item {
        return (it.start, it.end);
    }
    let end = noun_phrase_end(doc, m, s.start, k);
    let nominal = (s.start..end).any(|j| doc.tokens[j].is_noun());
    if nominal {
        (s.start, end)
    } else {
        (k, k)
    }
}

/// The end of the noun phrase (tokens and items) starting at token `start`.
fn noun_phrase_end(doc: &Doc, m: &Mentions, start: usize, limit: usize) -> usize {
    // A personal pronoun after its first word opens another phrase ("told Gordon Brown he
    // would quit").
    let pronoun = |j: usize| j > start && doc.tokens[j].tag == "PRP";
    (start..limit)
        .find(|&j| pronoun(j) || !np_token(doc.tokens[j].tag) && m.item_at[j].is_none())
        .unwrap_or(limit)
}

/// Whom it was said to, from token `after` on: "to CBS News", or for "tell" the phrase
/// itself ("told reporters"). The text, and the entity when it is the phrase's head
/// ("told CBS News", not "told a London news conference").
fn addressee(
    doc: &Doc,
    m: &Mentions,
    after: usize,
    tell: bool,
    s: &Range<usize>,
) -> (Option<String>, Option<usize>) {
    let start = if doc.tokens.get(after).is_some_and(|n| n.lower == "to") {
        after + 1
    } else if tell {
        after
    } else {
        return (None, None);
    };
    if start >= s.end {
        return (None, None);
    }
    let e = noun_phrase_end(doc, m, start, s.end);
    let actor = (start..e)
        .find_map(|j| m.item_at[j])
        .filter(|&ii| m.items[ii].end >= e)
        .and_then(|ii| m.items[ii].actors.first().copied());
    let text = Some(doc.span_text(start, e).to_string()).filter(|x| !x.is_empty());
    (text, actor)
}

/// The first token of the noun phrase noun `t` of sentence `si` heads, walking left over
/// the words a noun phrase is made of ([`np_token`]).
fn np_start(doc: &Doc, t: usize, si: usize) -> usize {
    let s0 = doc.sentences[si].tokens.start;
    (s0..t)
        .rev()
        .take_while(|&k| np_token(doc.tokens[k].tag))
        .last()
        .unwrap_or(t)
}

/// Whether a tag can be part of a noun phrase.
fn np_token(tag: &str) -> bool {
    matches!(
        tag,
        "DT" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "CD" | "POS" | "PRP$" | "HYPH"
    )
}

/// A departure demanded by a government is a departure from that government's country.
fn demanded_origins(m: &Mentions, events: &mut [Event]) {
    let demanders: Vec<usize> = events
        .iter()
        .filter(|e| e.event_type == EventType::Demand || e.event_type == EventType::Protest)
        .flat_map(|e| e.agents.iter().copied())
        .filter(|&a| m.actors[a].kind.is_country())
        .collect();
    for e in events.iter_mut() {
        if e.event_type == EventType::Withdrawal
            && e.origin.is_empty()
            && e.status == Status::Demanded
        {
            let owners: Vec<usize> = e
                .forces
                .iter()
                .flat_map(|&f| m.forces[f].owners.clone())
                .collect();
            e.origin = demanders
                .iter()
                .copied()
                .filter(|a| !owners.contains(a))
                .collect();
        }
    }
}

/// The token range of a non-restrictive relative clause (", which … ,") containing token
/// `k`, if any.
fn relative_clause_around(doc: &Doc, k: usize) -> Option<(usize, usize)> {
    let toks = &doc.tokens;
    let s = &doc.sentences[doc.sentence_of(k)].tokens;
    let open = (s.start + 1..=k)
        .rev()
        .find(|&w| matches!(toks[w].tag, "WDT" | "WP" | "WP$") && toks[w - 1].lower == ",")?;
    let close = (open..s.end)
        .find(|&j| toks[j].lower == "," && j > k)
        .unwrap_or(s.end);
    // The clause must not have closed before `k`.
    if (open..k).any(|j| toks[j].lower == "," && !is_list_comma(doc, j)) {
        return None;
    }
    Some((open, close))
}

/// Whether token `k` lies inside a non-restrictive relative clause that trigger token
/// `trig_tok` is not in (", which includes soldiers from Kenya, …,").
fn in_a_relative_clause_apart(doc: &Doc, k: usize, trig_tok: usize) -> bool {
    relative_clause_around(doc, k).is_some_and(|(lo, hi)| !(lo..hi).contains(&trig_tok))
}

/// A comma inside a list of names ("Kenya, Uganda and Burundi").
fn is_list_comma(doc: &Doc, j: usize) -> bool {
    let toks = &doc.tokens;
    j > 0 && j + 1 < toks.len() && toks[j - 1].is_proper() && toks[j + 1].is_proper()
}

/// The countries an event concerns: its places' countries, else the agent's own country
/// for a coup, else the countries named nearest in the sentence, else (for an attack told
/// of again) the countries of the attack before it, else the country its paragraph has set
/// before it, else the country the article is most about; none for an event placed in a
/// region of no one country ("will visit Africa") or a journey abroad ("foreign trips",
/// word class `abroad_modifier`).
fn assign_countries(doc: &Doc, m: &mut Mentions, e: &mut Event, trees: &[Tree], earlier: &[Event]) {
    let owners = acting_countries(m, e);
    let primary = primary_places(m, e, &owners);
    let mut countries: Vec<usize> = primary.iter().filter_map(|&p| m.country_of(p)).collect();
    if countries.is_empty() && e.event_type == EventType::Coup {
        countries = coup_countries(m, e);
    }
    if countries.is_empty() {
        countries.extend(seat_country(doc, m, e, &trees[e.sentence]));
    }
    if countries.is_empty() {
        countries.extend(journey_of_its_means(doc, m, e, &trees[e.sentence]));
    }
    let t = trigger_token(doc, e);
    if countries.is_empty() {
        countries.extend(named_on_the_noun(doc, m, e, t));
    }
    // An attack known by its day ("after the 11 September terror attacks") is placed by
    // its own phrases only, not by a place its sentence names for something else, nor by
    // the article's.
    let known_by_its_day = named_by_its_day(doc, e, t);
    if countries.is_empty() && !known_by_its_day {
        countries.extend(nearest_country_in_sentence(
            doc,
            m,
            e,
            &owners,
            &trees[e.sentence],
        ));
    }
    // No place in the sentence: a demand, an election or a protest is made where its
    // agents act from ("Chinese regulators ordered banks to ...", "Mrs Kumaratunga called
    // for ...") before any earlier sentence's place; visits, meetings and deals go abroad.
    let at_home = matches!(
        e.event_type,
        EventType::Demand | EventType::Election | EventType::Protest
    );
    let in_sentence = !countries.is_empty();
    // An election is held where its parties and candidates stand ("Labour's election").
    let standing: &[usize] = match e.event_type {
        EventType::Election => &e.participants,
        _ => &[],
    };
    // But a meeting is held where who hosts it is at home ("Tuesday's meeting is being
    // hosted by Tony Blair").
    if !in_sentence && e.event_type == EventType::Meeting {
        countries.extend(host_country(doc, m, &trees[e.sentence], e, t));
    }
    if !in_sentence && at_home {
        countries.extend(
            (e.agents.iter().chain(standing))
                .filter_map(|&a| m.country_of(a))
                .filter(|c| !owners.contains(c)),
        );
    }
    // Bodies all at home in one country meet and agree there ("a Fed meeting", "Titan
    // agreed to pay"); people travel ("Mr Straw signed a deal", on a visit abroad).
    // Those who attend or join what others hold come to it ("India, which attends the G7
    // meeting").
    let travel = (e.agents.iter().chain(&e.participants))
        .any(|&a| m.actors[a].kind == Kind::Person)
        || !e.cues.contains(&Cue::Verb) && attended(&trees[e.sentence], t);
    if !in_sentence && countries.is_empty() && !travel {
        countries.extend(home_of_the_parties(m, e));
    }
    // The agents' own country is read from neither the sentence's places nor the
    // article's: no cue of either.
    // "will visit Africa", "his Africa trip": placed in a region of no one country, by a
    // place or the name right before the noun, it is in none the article could guess.
    let wide = |p: usize| of_no_one_country(&m.actors[p]);
    // So is a visit to a union of states ("a four-nation EU visit").
    let union = |a: usize| e.event_type == EventType::Visit && m.actors[a].kind == Kind::IntlOrg;
    let named_before = (t > 0)
        .then(|| m.item_at[t - 1])
        .flatten()
        .is_some_and(|ii| m.items[ii].actors.iter().any(|&a| wide(a) || union(a)));
    // "foreign trips", "an overseas visit": abroad, in no country the article is about.
    let abroad = e.event_type == EventType::Visit
        && (doc.sentences[e.sentence].tokens.start..t)
            .rev()
            .take_while(|&k| matches!(doc.tokens[k].tag, "JJ" | "NN" | "CC" | ","))
            .any(|k| is("abroad_modifier", &doc.tokens[k].lower));
    let in_a_region = primary.iter().any(|&p| wide(p)) || named_before || abroad;
    if in_sentence {
        e.cues.push(Cue::CountryInSentence);
    } else if countries.is_empty() && !in_a_region && !known_by_its_day {
        // Else where the attack a definite mention tells of again happened ("the attack"),
        // or the country the article is most about.
        countries = countries_of_the_event_before(doc, e, earlier);
        if countries.is_empty() {
            countries.extend(the_one_country_named(doc, m, e, &owners));
            if !countries.is_empty() {
                e.cues.push(Cue::CountryNamedNearby);
            }
        }
        if countries.is_empty() {
            let abroad = parties_from_several_countries(m, e);
            countries.extend(
                latest_country_before(doc, m, e, &owners, trees)
                    .filter(|&c| among_the_articles_countries(m, c))
                    .or_else(|| {
                        if abroad {
                            return None;
                        }
                        m.topic
                            .iter()
                            .filter(|(a, _)| !owners.contains(a))
                            .max_by_key(|(a, n)| (**n, std::cmp::Reverse(**a)))
                            .map(|(a, _)| *a)
                            .filter(|&c| among_the_articles_countries(m, c))
                    }),
            );
        }
        if !countries.is_empty() && !e.cues.contains(&Cue::CountryNamedNearby) {
            e.cues.push(Cue::CountryFromArticle);
        }
    }
    super::mentions::dedup(&mut countries);
    e.countries = countries;
}

/// "UK bank seals South Korean deal", "an Iraqi oil deal", "the Swiss summit": the
/// countries a state's adjective or name set as a modifier in the noun phrase of a meeting,
/// deal, election or protest noun names, which say where it is or whose it is, over the
/// homes of its parties. Not for an act whose modifier names who does it ("Israeli air
/// strikes", "US sanctions", "a French visit", "British troop withdrawals").
fn named_on_the_noun(doc: &Doc, m: &Mentions, e: &Event, t: usize) -> Vec<usize> {
    let placed_by_it = matches!(
        e.event_type,
        EventType::Agreement | EventType::Meeting | EventType::Election | EventType::Protest
    );
    if e.cues.contains(&Cue::Verb) || !placed_by_it {
        return Vec::new();
    }
    let from = np_start(doc, t, e.sentence);
    let mut found: Vec<usize> = (m.window(from, t).into_iter())
        .filter(|&ii| m.items[ii].what == What::Modifier && m.items[ii].end <= t)
        .flat_map(|ii| m.items[ii].actors.clone())
        .filter(|&a| m.actors[a].kind.is_country())
        .collect();
    super::mentions::dedup(&mut found);
    found
}

/// Whether an attack is named by the day and month it took place on, in its noun's phrase
/// before the noun ("the 11 September attacks", "the 11 September terror attacks", "the
/// March 11 bombings"): one known by that name, not the article's story, so neither the
/// article's country nor a place told before is a guess for it.
fn named_by_its_day(doc: &Doc, e: &Event, t: usize) -> bool {
    let Some(w) = e
        .when
        .as_ref()
        .filter(|_| e.event_type == EventType::Attack)
    else {
        return false;
    };
    let words: Vec<String> = w.text.split_whitespace().map(str::to_lowercase).collect();
    let day = words
        .iter()
        .any(|x| x.chars().all(|c| c.is_ascii_digit()) && x.len() <= 2);
    let month = words.iter().any(|x| Lexicon::get().is("month", x));
    let phrase = &doc.text[doc.tokens[np_start(doc, t, e.sentence)].start..e.trigger_start];
    day && month && phrase.contains(w.text.as_str())
}

/// Whether a meeting or an agreement whose sentence names no place is one between parties
/// at home in two countries or more ("Scholz held talks with Nehammer"): it may be held in
/// either or elsewhere, so the country the article is most about is no guess for it (a
/// place the paragraph named before it still is: "signed a treaty in Niamey … The summit
/// was attended by …").
fn parties_from_several_countries(m: &mut Mentions, e: &Event) -> bool {
    parties_homes(m, e).0.len() > 1
}

/// Where a meeting or a deal whose parties all have a known home is done: in their one
/// home ("a Fed meeting", "Titan agreed to pay"); a purchase by a firm of another country,
/// where the firm bought is ("National Bank of Kuwait has bought a majority stake in
/// Credit Bank of Iraq": Iraq).
fn home_of_the_parties(m: &mut Mentions, e: &Event) -> Option<usize> {
    let (homes, all_known) = parties_homes(m, e);
    match homes[..] {
        _ if !all_known => None,
        [home] => Some(home),
        _ if e.event_type == EventType::Agreement => {
            (e.affected.iter()).find_map(|&a| m.country_of(a))
        }
        _ => None,
    }
}

/// The countries a meeting's or an agreement's parties (agents and participants) are at
/// home in, each once, and whether every party has a known one (no other event has any).
fn parties_homes(m: &mut Mentions, e: &Event) -> (Vec<usize>, bool) {
    if !matches!(e.event_type, EventType::Meeting | EventType::Agreement) {
        return (Vec::new(), false);
    }
    let parties: Vec<usize> = deal_parties(e).collect();
    let mut homes: Vec<usize> = parties.iter().filter_map(|&a| m.country_of(a)).collect();
    let all_known = !parties.is_empty() && homes.len() == parties.len();
    super::mentions::dedup(&mut homes);
    (homes, all_known)
}

/// Whether the article is about country `c` enough to guess it as an event's: at least a
/// quarter of the weight of the countries it names ([`Mentions::topic`]). A country named
/// in passing among others ("an ore deal like China's") is no guess for a sentence that
/// names none.
fn among_the_articles_countries(m: &Mentions, c: usize) -> bool {
    let total: usize = m.topic.values().sum();
    let weight = m.topic.get(&c).copied().unwrap_or(0);
    weight * 4 >= total
}

/// "G7 finance ministers called for …", "the European Council summit next week": what
/// international bodies alone do, where no mention's sentence names a country, is done
/// among their members, not in the country the article is about; the guessed country is
/// dropped once mentions are joined. Only for meetings, demands, agreements and
/// sanctions: a union's election is held in each member state ("the European
/// elections"), and its forces and envoys go to a country ("CSTO troops began to leave",
/// "an EU visit"), so the article's country stays. So for a meeting or deal with a party
/// of no known home (below).
fn drop_guessed_countries_of_international_acts(m: &Mentions, events: &mut [Event]) {
    for e in events {
        // With the body, a group the text describes by it ("G7 finance ministers").
        let kind = |a: &usize| m.actors[*a].kind;
        let international = (e.agents.iter()).any(|a| kind(a) == Kind::IntlOrg)
            && (e.agents.iter()).all(|a| matches!(kind(a), Kind::IntlOrg | Kind::Group));
        let guessed =
            e.cues.contains(&Cue::CountryFromArticle) && !e.cues.contains(&Cue::CountryInSentence);
        let talk = matches!(
            e.event_type,
            EventType::Meeting | EventType::Demand | EventType::Agreement | EventType::Sanction
        );
        // Firms and other bodies deal and meet across borders: with one whose home the
        // mentions do not know among the parties ("Holcim agreed to buy Aggregate
        // Industries", "ONGC is in talks"), the country the article is most about says
        // nothing of where; only a place the text gives does.
        let homeless = |a: &usize| kind(a) == Kind::Organization && m.actors[*a].country.is_none();
        // So does one named with a body of states among the parties ("Mr Brown has been in
        // talks with other G8 finance ministers", "the US and the EU agreed"): they meet
        // among its members. With no one named to meet or deal with it, the article's
        // country may be the party the text leaves out ("A loan restructuring deal with the
        // IMF" in an article on Turkey).
        let union = |a: &usize| kind(a) == Kind::IntlOrg;
        let parties = deal_parties(e).count();
        let with_a_union = parties >= 2 && deal_parties(e).any(|a| union(&a));
        let abroad = matches!(e.event_type, EventType::Meeting | EventType::Agreement)
            && (deal_parties(e).any(|a| homeless(&a)) || with_a_union);
        let named_nearby = e.cues.contains(&Cue::CountryNamedNearby);
        if (international && talk || abroad && !named_nearby) && guessed {
            e.countries.clear();
            e.cues.retain(|c| *c != Cue::CountryFromArticle);
        }
    }
}

/// "The attack, which killed five", "the organisers of the attack": a definite attack noun
/// whose sentence names no place tells of the attack told of before, and that attack's
/// countries are its own (of the latest among `earlier`, within five sentences, whose own
/// sentence named them). Other events told of again are joined with the first mention
/// ([`super::merge`]); attacks are not, unless both name their place or day, so the place
/// is carried here.
fn countries_of_the_event_before(doc: &Doc, e: &Event, earlier: &[Event]) -> Vec<usize> {
    let toks = &doc.tokens;
    let t = trigger_token(doc, e);
    let s0 = doc.sentences[e.sentence].tokens.start;
    if e.event_type != EventType::Attack || !toks[t].is_noun() {
        return Vec::new();
    }
    let mut k = t;
    while k > s0 && matches!(toks[k - 1].tag, "JJ" | "NN" | "NNS" | "NNP" | "VBN") {
        k -= 1;
    }
    if !(k > s0 && picks_out(&toks[k - 1])) {
        return Vec::new();
    }
    (earlier.iter().rev())
        .take_while(|b| e.sentence - b.sentence <= 5)
        .find(|b| b.event_type == e.event_type && b.cues.contains(&Cue::CountryInSentence))
        .map(|b| b.countries.clone())
        .unwrap_or_default()
}

/// What a deal, demand or sanction with no place of its own is about when its sentence
/// names one country only, however it names it: "Rosneft has agreed to merge with Gazprom,
/// bringing a large chunk of Russia's oil output …", "regulators at China's central bank
/// ordered …". A country the event acts from (`owners`) is none. Before any earlier
/// sentence's scene: the sentence that tells of the act says what it concerns.
fn the_one_country_named(
    doc: &Doc,
    m: &mut Mentions,
    e: &Event,
    owners: &[usize],
) -> Option<usize> {
    if !matches!(
        e.event_type,
        EventType::Agreement | EventType::Demand | EventType::Sanction
    ) {
        return None;
    }
    // The home of a person or firm taking part is none ("French finance minister Herve
    // Gaymard said the Paris Club had agreed …", "US oil giant Exxon signed …").
    let source = e.attribution.as_ref().and_then(|a| a.actor);
    let parties: Vec<usize> = (deal_parties(e).chain(source))
        .filter(|&a| !m.actors[a].kind.is_place())
        .collect();
    let mut homes: Vec<usize> = Vec::new();
    for &a in &parties {
        homes.extend(m.country_of(a));
    }
    let s = &doc.sentences[e.sentence].tokens;
    let trig_tok = trigger_token(doc, e);
    let items = m.window(s.start, s.end);
    let mut named: Vec<usize> = Vec::new();
    for (n, &ii) in items.iter().enumerate() {
        let what = m.items[ii].what.clone();
        if !matches!(
            what,
            What::Entity | What::Place | What::Government | What::Modifier
        ) || describes_a_party(doc, m, ii, &items[n + 1..], &parties)
            || names_no_place(doc, &m.items[ii], trig_tok)
            || !names_a_country_here(doc, m, ii, trig_tok)
        {
            continue;
        }
        for a in m.items[ii].actors.clone() {
            if !m.actors[a].kind.is_country() && what != What::Government {
                continue;
            }
            match m.country_of(a) {
                Some(c) if !owners.contains(&c) && !homes.contains(&c) && !named.contains(&c) => {
                    named.push(c)
                }
                _ => {}
            }
        }
    }
    (named.len() == 1).then(|| named[0])
}

/// Whether item `ii` names a country where the event with trigger token `trig_tok` is
/// told: not inside a relative clause the event is not in ("MAB, which opposed the war in
/// Iraq, urged …"), and an adjective only before a common noun ("Russian state gas firm";
/// not the language in "speak English", nor a name's first word, "English Partnerships").
fn names_a_country_here(doc: &Doc, m: &Mentions, ii: usize, trig_tok: usize) -> bool {
    let it = &m.items[ii];
    if in_a_relative_clause_apart(doc, it.start, trig_tok) {
        return false;
    }
    it.what != What::Modifier
        || doc
            .tokens
            .get(it.end)
            .is_some_and(|t| matches!(t.tag, "NN" | "NNS"))
}

/// Whether item `ii` only says where a party comes from: it opens the phrase of a party's
/// name among the items `after` it, with nothing but nouns, adjectives and the names of
/// other items between ("UK Foreign Secretary Jack Straw", "French finance minister Herve
/// Gaymard", "Irish publishing group Independent News & Media").
fn describes_a_party(
    doc: &Doc,
    m: &Mentions,
    ii: usize,
    after: &[usize],
    parties: &[usize],
) -> bool {
    let mut end = m.items[ii].end;
    let nominal = |k: usize| {
        let t = &doc.tokens[k];
        t.is_noun() || matches!(t.tag, "JJ" | "POS" | "HYPH" | "VBG" | "VBN")
    };
    for &next in after {
        let nx = &m.items[next];
        if nx.start < end || !(end..nx.start).all(nominal) {
            return false;
        }
        if nx.actors.iter().any(|a| parties.contains(a)) {
            return true;
        }
        end = nx.end;
    }
    false
}

/// Whether an event type acts on another country: sanctions, designations, training.
fn acts_abroad(ty: EventType) -> bool {
    matches!(
        ty,
        EventType::Sanction | EventType::Designation | EventType::Training
    )
}

/// The countries acting in an event, which it does not concern: its forces' owners and,
/// for sanctions, designations and training, the agents' countries other than the one
/// the article is about ("the United States suspended aid", "Egyptian officers trained
/// Sudanese troops" concern Sudan; "Mali's junta suspended two broadcasters" in an
/// article about Mali keeps its event).
fn acting_countries(m: &mut Mentions, e: &Event) -> Vec<usize> {
    let mut owners: Vec<usize> = e
        .forces
        .iter()
        .flat_map(|&f| m.forces[f].owners.clone())
        .collect();
    if acts_abroad(e.event_type) {
        let home = m
            .topic
            .iter()
            .max_by_key(|(a, n)| (**n, std::cmp::Reverse(**a)))
            .map(|(a, _)| *a);
        for &a in &e.agents {
            if let Some(c) = m.country_of(a) {
                if Some(c) != home {
                    owners.push(c);
                }
            }
        }
    }
    owners
}

/// The country of a government agency the event's sentence names as where it takes place,
/// a body named for its seat: after a preposition of word class `seat_preposition` in a
/// phrase the tree lets place the event ("met Mr Erdogan at Downing Street", "on hunger
/// strike near 10 Downing Street"), or right before an event noun ("The Downing Street
/// talks").
fn seat_country(doc: &Doc, m: &mut Mentions, e: &Event, tree: &Tree) -> Option<usize> {
    let t = trigger_token(doc, e);
    let s = &doc.sentences[e.sentence];
    let verb = e.cues.contains(&Cue::Verb);
    // Read from the tree only when an agency after such a preposition needs it.
    let mut scope: Option<Option<EventScope>> = None;
    let seat = m
        .window(s.tokens.start, s.tokens.end)
        .into_iter()
        .find_map(|ii| {
            let it = &m.items[ii];
            let [a] = it.actors[..] else { return None };
            if m.actors[a].kind != Kind::Agency {
                return None;
            }
            let before_the_noun = !verb && it.end == t;
            let mut at_its_seat = || {
                (it.pp.as_deref()).is_some_and(|p| is("seat_preposition", p))
                    && (scope.get_or_insert_with(|| {
                        (tree.is_clause()).then(|| EventScope::new(tree, t, verb, e.event_type))
                    }))
                    .as_ref()
                    .is_some_and(|sc| sc.places(tree, it.start, it.end))
            };
            (before_the_noun || at_its_seat()).then_some(a)
        })?;
    m.country_of(seat)
}

/// The places an event is about by its kind: where movers leave from or go to, else where
/// it happens; for sanctions, designations and training with no place, the countries
/// acted on ("trained Sudanese troops").
fn primary_places(m: &Mentions, e: &Event, owners: &[usize]) -> Vec<usize> {
    match e.event_type {
        EventType::Withdrawal => e.origin.clone(),
        EventType::Arrival | EventType::Deployment => {
            if e.destination.is_empty() {
                e.location.clone()
            } else {
                e.destination.clone()
            }
        }
        _ => {
            let mut v = e.location.clone();
            if v.is_empty() {
                v.extend(e.destination.iter().copied());
            }
            if v.is_empty() && acts_abroad(e.event_type) {
                v.extend(
                    e.affected
                        .iter()
                        .copied()
                        .filter(|&a| m.actors[a].kind.is_country() && !owners.contains(&a)),
                );
            }
            v
        }
    }
}

/// A coup's countries: its agents' own (the country itself for a country agent); but a
/// state that overthrows another's rulers does it where they rule ("US forces entered to
/// topple the Taliban government"): there, the countries of whom it affects.
fn coup_countries(m: &mut Mentions, e: &Event) -> Vec<usize> {
    let states = !e.agents.is_empty() && e.agents.iter().all(|&a| m.actors[a].kind.is_country());
    if states {
        // Told apart by who the countries are before any actor is made for them, so that no
        // country actor is made that the event then leaves out.
        let country_id = |a: usize| match m.actors[a].kind.is_country() {
            true => Some(m.actors[a].id.clone()),
            false => m.actors[a].country.as_deref().map(ActorId::parse),
        };
        let own: Vec<ActorId> = e.agents.iter().filter_map(|&a| country_id(a)).collect();
        let ruled: Vec<ActorId> = e.affected.iter().filter_map(|&a| country_id(a)).collect();
        if !ruled.is_empty() && ruled.iter().all(|c| !own.contains(c)) {
            let abroad: Vec<usize> = (e.affected.iter())
                .filter_map(|&a| m.country_of(a))
                .collect();
            if !abroad.is_empty() {
                return abroad;
            }
        }
    }
    e.agents.iter().filter_map(|&a| m.country_of(a)).collect()
}

/// The country named nearest the trigger in the event's clause, other than the acting
/// countries `owners`.
fn nearest_country_in_sentence(
    doc: &Doc,
    m: &mut Mentions,
    e: &Event,
    owners: &[usize],
    tree: &Tree,
) -> Option<usize> {
    let s = &doc.sentences[e.sentence];
    let trig_tok = trigger_token(doc, e);
    let verb = e.cues.contains(&Cue::Verb);
    let mut best: Option<(usize, usize)> = None;
    // Several states acting together on one side ("The UK, France and Sweden want …") are
    // no one place: none of their names places the event. The parties to a meeting or a
    // deal are its sides, whose countries it concerns.
    let mut homes: Vec<usize> = e.agents.iter().filter_map(|&a| m.country_of(a)).collect();
    super::mentions::dedup(&mut homes);
    let sides = matches!(e.event_type, EventType::Meeting | EventType::Agreement);
    let one_of_several = |it: &Item| {
        !sides
            && homes.len() > 1
            && !it.actors.is_empty()
            && it.actors.iter().all(|a| e.agents.contains(a))
    };
    // Read from the tree when the first name needs it, if the tree reads as a clause.
    let mut scope: Option<Option<EventScope>> = None;
    // A pronoun names no place: it stands for whom it refers to, or for nothing ("it was
    // not for the bank to factor in a potential election").
    let pronoun = |it: &Item| it.end - it.start == 1 && doc.tokens[it.start].tag.starts_with("PRP");
    for ii in m.window(s.tokens.start, s.tokens.end) {
        let it = &m.items[ii];
        if !matches!(it.what, What::Entity | What::Place | What::Government)
            || pronoun(it)
            || super::mentions::origin_of_a_name(doc, m, it)
                && !(it.end..it.end + 4).contains(&trig_tok)
            || one_of_several(it)
            || speaks_of_another_place(doc, m, it, trig_tok)
            || (scope.get_or_insert_with(|| {
                (tree.is_clause()).then(|| EventScope::new(tree, trig_tok, verb, e.event_type))
            }))
            .as_ref()
            .is_some_and(|sc| !sc.places(tree, it.start, it.end))
        {
            continue;
        }
        let actors = it.actors.clone();
        let government = it.what == What::Government;
        let pos = doc.tokens[it.start].start;
        for a in actors {
            let c = if m.actors[a].kind.is_place() || government {
                m.country_of(a)
            } else {
                None
            };
            let Some(c) = c else { continue };
            if owners.contains(&c) {
                continue;
            }
            let d = if pos < e.trigger_start {
                e.trigger_start - pos
            } else {
                pos - e.trigger_end
            };
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, c));
            }
        }
    }
    best.map(|(_, c)| c)
}

/// Where the tree lets an event be placed, read once per event: the clauses that govern
/// trigger `t` (its own first) and the subjects whose names place it.
struct EventScope {
    t: usize,
    verb: bool,
    governing: Vec<usize>,
    subjects: Vec<usize>,
    /// Whether a phrase of what the event is about names no country of it ([`topical`]).
    topics_elsewhere: bool,
}

impl EventScope {
    fn new(tree: &Tree, t: usize, verb: bool, ty: EventType) -> EventScope {
        let governing = tree.governing_clauses(t);
        // A verb's subject, also where a relative clause or a shared subject gives it:
        // "Niger's military rulers, who seized power".
        let mut subjects =
            (verb.then(|| tree.subject_of(t, |_| false)).flatten()).unwrap_or_default();
        // The subject of a support verb governing a noun ("Chad held elections") or of the
        // clause a noun of means frames ("Niger's rulers, who seized power in a coup"), or
        // of the verb whose infinitive the event's clause completes ("Niger's junta ordered
        // the troops to leave"); not of another verb a noun is the object of ("the French
        // government condemned the coup") nor of a clause further up ("Washington agreed
        // to withdraw from Niger, whose rulers, in power since a coup, …").
        let own = governing[0];
        // An event noun in a phrase of means ("in a coup", "through a vote"; word class
        // `means_prep`), not of time or place ("since the coup", "at the summit").
        let frames = |(up, rel): crate::analyze::Arc| {
            up == Some(own)
                && rel.starts_with("obl")
                && (tree.dependents(t, "case").iter())
                    .any(|&c| is("means_prep", &tree.tokens()[c].lower))
        };
        let subject_of_clause = match governing.get(1) {
            _ if !verb && attended(tree, t) => None,
            _ if !verb && is("support_verb", &tree.tokens()[own].lemma) => Some(own),
            _ if !verb && frames(tree.arc(t)) => Some(own),
            // Not for a noun off the clause's core ("had begun evacuating its hostages after
            // days of anti-French demonstrations" places no protest in France).
            Some(&up)
                if tree.arc(own) == (Some(up), "xcomp") && (verb || core_of(tree, t, own)) =>
            {
                Some(up)
            }
            _ => None,
        };
        subjects.extend(
            subject_of_clause
                .and_then(|g| tree.subject_of(g, |_| false))
                .unwrap_or_default(),
        );
        // A demand or a deal is counted in the country it is about ("sanctions on Belarus").
        let topics_elsewhere =
            topics_elsewhere(ty) && !matches!(ty, EventType::Agreement | EventType::Demand);
        EventScope {
            t,
            verb,
            governing,
            subjects,
            topics_elsewhere,
        }
    }

    /// Whether the item at tokens `a..b` can say where the event happens: a name in a
    /// verb's own clause ("troops in Iraq withdrew", "visited Kenya's biggest shantytown")
    /// or in a noun's own phrase ("talks in Doha", "talks to end the war in Iraq"), in one
    /// of the subjects, or a place phrase of a governing clause ("In Kenya, he said the
    /// talks would start"); not a name in another clause ("troops left Kenya and the
    /// minister chaired a meeting", "funds held in the United States").
    fn places(&self, tree: &Tree, a: usize, b: usize) -> bool {
        let h = tree.span_head(a, b);
        if self.topics_elsewhere && topical(tree, h, self.t) {
            return false;
        }
        if in_a_by_agent(tree, h, self.t) || in_an_adverbial_clause_on_the_noun(tree, h, self.t) {
            return false;
        }
        let own = match self.verb {
            true => tree.clause_of(h) == self.governing[0],
            false => tree.is_under(h, self.t),
        };
        if own || self.subjects.iter().any(|&s| tree.is_under(h, s)) {
            return true;
        }
        let (up, rel) = tree.arc(tree.noun_phrase_top(h));
        rel.starts_with("obl") && up.is_some_and(|u| self.governing.contains(&u))
    }
}

/// Whether event noun `t` is the object of a verb of attending (word class
/// `attendance_verb`: "India attends the G7 meeting", "Mexico will join the talks"): its
/// subject comes to what others hold, and neither its name nor its home places it.
fn attended(tree: &Tree, t: usize) -> bool {
    let own = tree.governing_clauses(t)[0];
    own != t && is("attendance_verb", &tree.tokens()[own].lemma.to_lowercase())
}

/// Whether name head `h` is in an adverbial clause the parser hung on event noun `t` ("the
/// summit, the first since they founded the Alliance of Sahel States, …"): that clause
/// tells of another act, at another time and place.
fn in_an_adverbial_clause_on_the_noun(tree: &Tree, h: usize, t: usize) -> bool {
    let c = tree.clause_of(h);
    c != t && c != h && tree.is_under(c, t) && tree.arc(c).1 == "advcl"
}

/// Whether name head `h` is in the "by" phrase of a passive, which says who does it, not
/// where ("attended by Colonel Goita of Mali"): on the way up to its clause's head, short
/// of the trigger `t` itself ("delayed by Ivory Coast peace talks" names the talks' place)
/// and of a name set in a place by "in" or "at" ("signed by all members in Rome").
fn in_a_by_agent(tree: &Tree, h: usize, t: usize) -> bool {
    let placed = placed_by_in_or_at(tree, h);
    let mut j = h;
    for _ in 0..tree.sentence().len() {
        let (up, rel) = tree.arc(j);
        if j == t || placed {
            return false;
        }
        if rel == "obl:agent" {
            return true;
        }
        match up {
            Some(u) if tree.clause_of(u) != u => j = u,
            _ => return false,
        }
    }
    false
}

/// Whether noun `t` is its clause `own`'s subject or object, itself or as the head of one's
/// phrase ("ordered the withdrawal of the troops").
fn core_of(tree: &Tree, t: usize, own: usize) -> bool {
    let top = tree.noun_phrase_top(t);
    [t, top].iter().any(|&n| {
        matches!(tree.arc(n), (Some(h), rel) if h == own && (rel == "obj" || rel.starts_with("nsubj")))
    })
}

/// Whether a phrase of what an event of type `ty` is about names no place of it: an attack
/// or a sanction on or against a country strikes there, and forces move by their own
/// prepositions; what talk, protest, demand, vote or deal is about or against is its topic
/// ("protests against the war in Iraq", "talks on Iraq").
fn topics_elsewhere(ty: EventType) -> bool {
    !matches!(
        ty,
        EventType::Attack | EventType::Sanction | EventType::Coup
    ) && !ty.moves_forces()
}

/// Whether name head `h` stands in a phrase of what event `t` is about (word class
/// `topic_prep`: "against the war in Iraq", "talks on Iraq's future"): on the way up the
/// tree from the name to the trigger or its clause, a word takes such a preposition, or the
/// first verb met is one of discussing whose object holds the name ("to discuss Hong
/// Kong").
fn topical(tree: &Tree, h: usize, t: usize) -> bool {
    let toks = tree.tokens();
    if discussed_after(tree, h, t) {
        return true;
    }
    let topic =
        |n: usize| (tree.dependents(n, "case").iter()).any(|&c| is("topic_prep", &toks[c].lower));
    let mut n = h;
    for _ in 0..6 {
        // What a verb of discussing takes as its object is talked about ("will meet Li
        // Zhaoxing to discuss Hong Kong", word class `discussing_verb`).
        if n != t && toks[n].is_verb() {
            return is("discussing_verb", &toks[n].lemma.to_lowercase())
                && (tree.dependents(n, "obj").iter()).any(|&o| tree.is_under(h, o));
        }
        if n == t {
            return false;
        }
        if topic(n) {
            return true;
        }
        match tree.arc(n) {
            (Some(up), _) => n = up,
            _ => return false,
        }
    }
    false
}

/// Whether name head `h` follows a verb of discussing that hangs on trigger `t`, with no
/// verb between and no "in" or "at" of its own: what is discussed, however the parser hung
/// the list ("will meet Li Zhaoxing to discuss relations, Hong Kong and China's part").
fn discussed_after(tree: &Tree, h: usize, t: usize) -> bool {
    let toks = tree.tokens();
    let verb = (t + 1..h).rev().find(|&d| toks[d].is_verb());
    !placed_by_in_or_at(tree, h)
        && verb.is_some_and(|d| {
            is("discussing_verb", &toks[d].lemma.to_lowercase()) && tree.is_under(d, t)
        })
}

/// Whether name head `h` takes "in" or "at" as its preposition, which sets it in a place.
fn placed_by_in_or_at(tree: &Tree, h: usize) -> bool {
    tree.has_dependent_word(h, "case", "in") || tree.has_dependent_word(h, "case", "at")
}

/// Whether an item of the trigger's sentence (trigger token `trig_tok`) is no place of
/// the event: inside a relative clause the trigger is not in ("The force, which includes
/// soldiers from Kenya and Uganda, must leave"), a capital as partner ("an agreement with
/// Paris"), a state holding an office ("the Luxembourg presidency"), or across a contrast
/// ("…, while China urged restraint").
fn speaks_of_another_place(doc: &Doc, m: &Mentions, it: &Item, trig_tok: usize) -> bool {
    if in_a_relative_clause_apart(doc, it.start, trig_tok) {
        return true;
    }
    // A capital standing for its government is a partner, not the place of the event.
    if it.pp.as_deref().is_some_and(|p| is("partner_prep", p))
        && it.actors.iter().all(|&a| m.actors[a].kind == Kind::Capital)
    {
        return true;
    }
    // "Japan's Yamanouchi Pharmaceutical was likely to end a licensing agreement": a state
    // that owns a named firm by its possessive says whose that party is, not where the
    // event is (its office holders are its own: "Brazil's President Lula").
    let toks = &doc.tokens;
    let after = it.end + usize::from(toks.get(it.end).is_some_and(|t| t.tag == "POS"));
    let named_party = |jj: usize| {
        let actors = &m.items[jj].actors;
        !actors.is_empty() && (actors.iter()).all(|&a| m.actors[a].kind == Kind::Organization)
    };
    if it.possessive
        && m.item_at
            .get(after)
            .copied()
            .flatten()
            .is_some_and(named_party)
    {
        return true;
    }
    let (lo, hi) = (it.start.min(trig_tok), it.start.max(trig_tok));
    names_no_place(doc, it, trig_tok)
        || (lo..hi).any(|k| {
            doc.tokens[k].lower == ";" || is("contrast_concession_conj", &doc.tokens[k].lower)
        })
}

/// Whether place item `it`, by the noun right after it, names something other than a
/// place of the event at trigger token `trig_tok`: an office a state holds
/// ([`holds_an_office`]) or a topic told of by its place ([`names_a_topic`]).
fn names_no_place(doc: &Doc, it: &Item, trig_tok: usize) -> bool {
    holds_an_office(doc, it) || names_a_topic(doc, it, trig_tok)
}

/// "the legality of the Iraq war", "demonstrated against plans for the Iraq war": whether
/// the place item `it` names, right before a noun of a topic told of by its place (word
/// class `place_topic_noun`) that is not the trigger, is that topic, which happened
/// elsewhere or is only talked of: no place of the event.
fn names_a_topic(doc: &Doc, it: &Item, trig_tok: usize) -> bool {
    (doc.tokens.get(it.end))
        .is_some_and(|t| it.end != trig_tok && is("place_topic_noun", &t.lemma.to_lowercase()))
}

/// "the bloc's Luxembourg presidency", "Britain's G8 presidency": whether the state item
/// `it` names holds an office (word class `office_noun`, right after it or past one name),
/// which makes it no place.
fn holds_an_office(doc: &Doc, it: &Item) -> bool {
    let office =
        |k: usize| (doc.tokens.get(k)).is_some_and(|t| is("office_noun", &t.lemma.to_lowercase()));
    let name_between = doc.tokens.get(it.end).is_some_and(|t| t.tag == "NNP");
    office(it.end) || name_between && office(it.end + 1)
}

/// The country set before the event's sentence, other than the acting countries `owners`:
/// the latest place that sets a scene ([`sets_the_scene`]) in the ten sentences before;
/// `None` when none does (the event's story is then the article's). A country only named
/// before, as an actor or a subject of talk ("divisions over Iraq", "a plan tabled by
/// France and Germany"), sets no scene. Side remarks and capitals acting are passed over.
fn latest_country_before(
    doc: &Doc,
    m: &mut Mentions,
    e: &Event,
    owners: &[usize],
    trees: &[Tree],
) -> Option<usize> {
    let trig_tok = trigger_token(doc, e);
    let start_tok = doc.sentences[e.sentence].tokens.start;
    let from = Mentions::sentences_back(doc, start_tok, 10);
    // The latest scene first (the tree read only until one names a country).
    for ii in m.window(from, start_tok).into_iter().rev() {
        let it = &m.items[ii];
        if !matches!(it.what, What::Entity | What::Place | What::Government)
            || is_side_remark_or_acting_capital(doc, m, it, trig_tok)
            || !sets_the_scene(doc, m, it, &trees[it.sentence])
        {
            continue;
        }
        for a in m.items[ii].actors.clone() {
            if let Some(c) = m.country_of(a) {
                if !owners.contains(&c) {
                    return Some(c);
                }
            }
        }
    }
    None
}

/// Whether an item sets the scene for what follows: a place phrase (word class
/// `scene_place`: "in Mali", "troops left Niger", "from Azerbaijan's Karabakh region") on
/// a clause, by its sentence's tree; not where someone lives or is based
/// (`residence_verb`), a country acting, a title's or a force's ("agreed
/// with the US", "President Conde of Guinea", "folded into Barkhane"), nor a place that
/// only describes a noun ("funds held in the United States", "a union in Mozambique").
fn sets_the_scene(doc: &Doc, m: &Mentions, it: &Item, tree: &Tree) -> bool {
    if !(it.is_place(m) && it.pp.as_deref().is_some_and(|p| is("scene_place", p))) {
        return false;
    }
    let top = tree.noun_phrase_top(tree.span_head(it.start, it.end));
    match tree.arc(top) {
        (Some(h), rel) if rel.starts_with("obl") || rel == "obj" => {
            let c = tree.clause_of(h);
            // "Mr Nevzlin is based in Israel": where someone lives describes them.
            let lives = |k: usize| {
                let w = &doc.tokens[k];
                is("residence_verb", &w.lemma.to_lowercase()) || is("residence_verb", &w.lower)
            };
            doc.tokens[c].is_verb()
                && !matches!(tree.arc(c).1, "acl" | "acl:relcl")
                && !lives(h)
                && !lives(c)
        }
        _ => false,
    }
}

/// Whether an earlier item names no place of the event with trigger token `trig_tok`: a
/// name inside a relative clause the event is not in (", which includes soldiers from
/// Kenya, …,"), or a capital acting ("Washington had agreed to pull …"), which is a
/// government, not a place an earlier event happened in.
fn is_side_remark_or_acting_capital(doc: &Doc, m: &Mentions, it: &Item, trig_tok: usize) -> bool {
    if in_a_relative_clause_apart(doc, it.start, trig_tok) {
        return true;
    }
    it.pp.is_none()
        && !it.actors.is_empty()
        && it.actors.iter().all(|&a| m.actors[a].kind == Kind::Capital)
}

/// Fills `after`: explicit cues first (since, after, following, prompting), then dates,
/// then tense ranks relative to the article's present.
fn order(events: &mut [Event], cues: &[(usize, usize, &'static str)], doc: &Doc) {
    let explicit = explicit_order(events, cues, doc);
    for a in 0..events.len() {
        events[a].after = earlier_events(events, a, &explicit);
    }
}

/// The order the cues state: (a, b) → whether event a comes after event b.
fn explicit_order(
    events: &[Event],
    cues: &[(usize, usize, &'static str)],
    doc: &Doc,
) -> HashMap<(usize, usize), bool> {
    let mut by_sentence: HashMap<usize, Vec<usize>> = HashMap::default();
    for (i, e) in events.iter().enumerate() {
        by_sentence.entry(e.sentence).or_default().push(i);
    }
    let mut explicit: HashMap<(usize, usize), bool> = HashMap::default();
    let mut set_after = |later: usize, earlier: usize| {
        explicit.insert((later, earlier), true);
        explicit.insert((earlier, later), false);
    };
    for &(si, k, kind) in cues {
        let in_sent = by_sentence.get(&si).map_or(&[][..], Vec::as_slice);
        let (before, after_) = either_side(events, in_sent, doc.tokens[k].start);
        match kind {
            // "X since/after/following Y": X after Y (Y is the first event after the cue).
            "after" => {
                if let Some(&y) = after_.first() {
                    for &x in &before {
                        set_after(x, y);
                    }
                }
            }
            "then" => {
                for &x in &before {
                    for &y in &after_ {
                        set_after(y, x);
                    }
                }
            }
            "before" => {
                if let Some(&y) = after_.first() {
                    for &x in &before {
                        set_after(y, x);
                    }
                }
            }
            "since-adverb" => {
                // "have since been expelled": after what the previous sentences told.
                let prev: Vec<usize> = (si.saturating_sub(2)..si)
                    .flat_map(|p| by_sentence.get(&p).cloned().unwrap_or_default())
                    .collect();
                for &x in after_.iter().take(1) {
                    for &y in &prev {
                        set_after(x, y);
                    }
                }
            }
            _ => {}
        }
    }
    explicit
}

/// Events `in_sent` whose triggers end at or before byte `pos`, and those that start after it.
fn either_side(events: &[Event], in_sent: &[usize], pos: usize) -> (Vec<usize>, Vec<usize>) {
    let before = in_sent
        .iter()
        .copied()
        .filter(|&i| events[i].trigger_end <= pos)
        .collect();
    let after = in_sent
        .iter()
        .copied()
        .filter(|&i| events[i].trigger_start > pos)
        .collect();
    (before, after)
}

/// The events event `a` comes after, by the explicit order else by [`later`].
///
/// Events are compared with those near them (an article rarely orders events hundreds of
/// claims apart), and for each kind of earlier event in each country one witness is
/// enough: "after a coup in Niger" needs one such coup. This keeps the graph small and
/// long inputs linear.
fn earlier_events(
    events: &[Event],
    a: usize,
    explicit: &HashMap<(usize, usize), bool>,
) -> Vec<usize> {
    const REACH: usize = 300;
    let n = events.len();
    let mut after = Vec::new();
    let mut witnessed: std::collections::HashSet<(EventType, Option<usize>)> = Default::default();
    for b in a.saturating_sub(REACH)..n.min(a + REACH) {
        if a == b {
            continue;
        }
        let keys: Vec<(EventType, Option<usize>)> = if events[b].countries.is_empty() {
            vec![(events[b].event_type, None)]
        } else {
            events[b]
                .countries
                .iter()
                .map(|&c| (events[b].event_type, Some(c)))
                .collect()
        };
        if keys.iter().all(|k| witnessed.contains(k)) {
            continue;
        }
        let is_after = match explicit.get(&(a, b)) {
            Some(&v) => v,
            None => later(&events[a], &events[b]),
        };
        if is_after {
            witnessed.extend(keys);
            after.push(b);
        }
    }
    after
}

/// Whether `a` comes after (or at the same time as) `b` by dates, else by tense rank.
fn later(a: &Event, b: &Event) -> bool {
    let span = |e: &Event| e.when.as_ref().and_then(|w| Some((w.earliest?, w.latest?)));
    match (span(a), span(b)) {
        (Some((a0, a1)), Some((b0, b1))) => {
            if a0 > b1 {
                true
            } else if a1 < b0 {
                false
            } else {
                a0 >= b0
            }
        }
        _ => a.rank >= b.rank,
    }
}
