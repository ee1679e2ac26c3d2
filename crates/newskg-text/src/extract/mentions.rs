//! Mentions: gazetteer entities, titled persons, armed forces (with the state or
//! organisation they belong to), governments ("the junta", "Mali's military rulers"),
//! groups described without a name ("G7 finance ministers", "the committee"), place
//! descriptions ("the country", "the capital"), and pronouns, each resolved to
//! actors. Produces the ordered list of [`Item`]s that the event stage reads roles from.

mod groups;

use super::lexicon::{Lexicon, Phrases};
use super::{Actor, ActorId, EventType, Force, Mention};
use crate::analyze::ner::NameKind;
use crate::analyze::tagger::Tagger;
use crate::analyze::{Doc, Token};
use crate::gazetteer::{CityCountries, Form, Gazetteer, Kind, Persons};
use chrono::NaiveDate;
use rustc_hash::FxHashMap as HashMap;

/// What an item refers to.
#[derive(Debug, Clone, PartialEq)]
pub enum What {
    /// A named entity (country, city, organisation, person…).
    Entity,
    /// An armed force (index into the forces).
    Force(usize),
    /// A government or its rulers, standing for its country.
    Government,
    /// A described place ("the country", "their countries").
    Place,
    /// A plain adjective or demonym use ("Russian equipment"): a mention, not a participant.
    Modifier,
}

/// A span of tokens that refers to one or more actors or a force.
#[derive(Debug, Clone)]
pub struct Item {
    /// Token range (exclusive end).
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    pub what: What,
    /// The actors referred to (for a force: its owners).
    pub actors: Vec<usize>,
    /// The preposition that introduces it ("from", "in", …), if any.
    pub pp: Option<String>,
    /// The item is a possessor ("Britain's", "the troops'").
    pub possessive: bool,
    /// Plural reference (forces, groups).
    pub plural: bool,
}

impl Item {
    /// Whether the item can refer to a place: a group standing for its state ("Nigerian
    /// officials") is none.
    pub fn is_place(&self, m: &Mentions) -> bool {
        match self.what {
            What::Place => true,
            What::Entity => {
                self.actors.iter().any(|&a| m.actors[a].kind.is_place())
                    && self.actors.iter().all(|&a| m.actors[a].kind != Kind::Group)
            }
            _ => false,
        }
    }

    /// Whether the item names no one by name, only groups the text describes ("local
    /// councils", "opposition MPs"); true for an item with no actors.
    pub fn only_described(&self, m: &Mentions) -> bool {
        self.actors.iter().all(|&a| m.actors[a].kind == Kind::Group)
    }
}

/// Everything the mention stage found.
pub struct Mentions {
    pub actors: Vec<Actor>,
    index: HashMap<ActorId, usize>,
    pub mentions: Vec<Mention>,
    pub forces: Vec<Force>,
    pub items: Vec<Item>,
    /// For each token, the item covering it.
    pub item_at: Vec<Option<usize>>,
    /// How much the article is about each country (actor index → weight): named as a place
    /// (in, from, to …) counts double, a capital counts for its country.
    pub topic: HashMap<usize, usize>,
    /// `items[..sorted_upto]` is sorted by position; items after it were appended in
    /// position order (so both runs can be searched by bisection).
    sorted_upto: usize,
    /// For each force, its item.
    pub force_item: Vec<Option<usize>>,
}

impl Mentions {
    fn actor_for(&mut self, a: Actor) -> usize {
        if let Some(&i) = self.index.get(&a.id) {
            return i;
        }
        let i = self.actors.len();
        self.index.insert(a.id.clone(), i);
        self.actors.push(a);
        i
    }

    fn gazetteer_actor(&mut self, entity: usize) -> usize {
        let e = &Gazetteer::get().entities[entity];
        self.actor_for(Actor {
            id: ActorId::parse(&e.id),
            label: e.label.clone(),
            kind: e.kind,
            country: e.country.clone(),
            title: None,
            affiliation: None,
        })
    }

    /// The country actor of an actor (itself for a country; a capital's or operation's
    /// country).
    pub fn country_of(&mut self, a: usize) -> Option<usize> {
        if self.actors[a].kind.is_country() {
            return Some(a);
        }
        let q = self.actors[a].country.clone()?;
        let g = Gazetteer::get();
        let e = g.index_of(&q)?;
        Some(self.gazetteer_actor(e))
    }
    /// Whether a force's item covers token `k` ("troops" in "French troops").
    pub fn is_force_at(&self, k: usize) -> bool {
        self.item_at[k].is_some_and(|ii| matches!(self.items[ii].what, What::Force(_)))
    }

    /// Indexes of the items that start in tokens `from..to`, in position order.
    pub fn window(&self, from: usize, to: usize) -> Vec<usize> {
        let split = self.sorted_upto.min(self.items.len());
        let (a, b) = self.items.split_at(split);
        let mut out: Vec<usize> = (a.partition_point(|it| it.start < from)
            ..a.partition_point(|it| it.start < to))
            .collect();
        out.extend(
            (b.partition_point(|it| it.start < from)..b.partition_point(|it| it.start < to))
                .map(|i| i + split),
        );
        if split < self.items.len() {
            out.sort_by_key(|&i| self.items[i].start);
        }
        out
    }

    /// The first token of the sentence `back` sentences before the one holding token `t`.
    pub fn sentences_back(doc: &Doc, t: usize, back: usize) -> usize {
        let s = doc.sentence_of(t);
        doc.sentences[s.saturating_sub(back)].tokens.start
    }

    /// Actor indexes of countries, by QID.
    pub fn country_actor(&mut self, qid: &str) -> Option<usize> {
        let g = Gazetteer::get();
        let e = g.index_of(qid)?;
        Some(self.gazetteer_actor(e))
    }
}

/// The first token of the sentence `back` sentences before the one holding token `t`,
/// counting only sentences the narrator tells: a sentence that opens with a quotation mark
/// is a speaker's words, which name no one the narrator goes on with ("Katwala said … The
/// group's secretary told BBC Radio 4 … 'In 1998 the government said …' 'We hope …' He
/// urged politicians"), so it is passed over, up to three such.
fn narrated_sentences_back(doc: &Doc, t: usize, back: usize) -> usize {
    let mut s = doc.sentence_of(t);
    let (mut told, mut quoted) = (0, 0);
    while s > 0 && told < back {
        s -= 1;
        let first = doc.sentences[s].tokens.start;
        if is_quote_mark(&doc.tokens[first]) && quoted < 3 {
            quoted += 1;
        } else {
            told += 1;
        }
    }
    doc.sentences[s].tokens.start
}

/// Whether a token with tag `tag` can modify a noun inside its noun phrase.
fn np_modifier(tag: &str) -> bool {
    matches!(
        tag,
        "DT" | "PRP$"
            | "JJ"
            | "JJR"
            | "JJS"
            | "CD"
            | "NN"
            | "NNS"
            | "NNP"
            | "NNPS"
            | "POS"
            | "HYPH"
            | "VBN"
            | "PDT"
    )
}

/// A gazetteer hit at its first token: (entity, form, end token).
type Hit = (usize, Form, usize);

/// Finds all mentions and items of a document, pass by pass: each pass reads what the
/// earlier ones found and adds its own items, so earlier passes win the tokens they cover.
/// `published`, when known, says who held an office the article names by title alone.
pub fn find(doc: &Doc, published: Option<NaiveDate>) -> Mentions {
    let mut f = Finder::new(doc, published);
    f.record_hits();
    f.note_names_after_names();
    let mut persons_by_last = f.titled_persons();
    f.recognized_names(&mut persons_by_last);
    f.surnames(&persons_by_last);
    f.unnamed_bodies();
    f.title_descriptions();
    f.forces();
    f.governments();
    f.unknown_places();
    f.remaining_hits();
    f.groups();
    f.m.items.sort_by_key(|it| it.start);
    f.m.sorted_upto = f.m.items.len();
    f.topic_weights();
    f.governments_from_context();
    // Pronouns prefer antecedents that are not inside prepositional phrases.
    assign_prepositions(doc, &mut f.m);
    f.descriptions_and_pronouns();
    f.index_items();
    f.force_owners();
    f.finish()
}

/// The mention stage at work: the document, its gazetteer hits by first token, each
/// token's sentence, which tokens an item covers already, and what has been found so far.
struct Finder<'d> {
    doc: &'d Doc,
    /// Full names of persons by surname, from the recognizer's names of two words or more
    /// ("Blair" → "Tony Blair"); a surname two full names share maps to none.
    full_names: HashMap<String, Option<String>>,
    /// Organisations' full names by their abbreviations ("NAO" → "National Audit Office").
    abbreviated: HashMap<String, Option<String>>,
    hit_at: Vec<Option<Hit>>,
    sentence_of: Vec<usize>,
    covered: Vec<bool>,
    /// The day the article was published (`YYYY-MM-DD`), if known.
    published: Option<String>,
    /// Each person's party, by actor, where a title names it ("Tory leader Michael
    /// Howard", "Liberal Democrat foreign affairs spokesman Menzies Campbell").
    party_of: HashMap<usize, usize>,
    /// Persons and the body whose name the recognizer ran into theirs
    /// ([`Finder::persons_after_names`]).
    named_before: Vec<(usize, usize)>,
    m: Mentions,
}

/// Gazetteer hits on token boundaries, by first token. "American-led": the name is the
/// first part of one token. A place name that begins a longer name is dropped.
fn gazetteer_hits(doc: &Doc) -> Vec<Option<Hit>> {
    let g = Gazetteer::get();
    let lex = Lexicon::get();
    let toks = &doc.tokens;
    let mut hit_at: Vec<Option<Hit>> = vec![None; toks.len()];
    let starts: HashMap<usize, usize> =
        toks.iter().enumerate().map(|(i, t)| (t.start, i)).collect();
    let ends: HashMap<usize, usize> = toks.iter().enumerate().map(|(i, t)| (t.end, i)).collect();
    for h in g.find(&doc.text) {
        // "American-led", "Iranian-backed": the name is the first part of one token.
        let end_tok = ends.get(&h.end).copied().or_else(|| {
            let a = *starts.get(&h.start)?;
            let rest = toks[a].text.get(h.end.checked_sub(toks[a].start)?..)?;
            lex.is("name_suffix", rest).then_some(a)
        });
        if let (Some(&a), Some(b)) = (starts.get(&h.start), end_tok) {
            let e = &g.entities[h.entity];
            if h.form == Form::Name && e.kind.is_place() && begins_longer_name(doc, b) {
                continue;
            }
            // A region of no one country before a noun or as a possessor describes it, and
            // is no place of an event: "Middle East producers", "Asia's biggest consumers";
            // but where an event noun follows, it is where that happens ("his Africa trip").
            let modifies = toks
                .get(b + 1)
                .is_some_and(|t| t.is_noun() && !lex.heads_an_event_noun(t) || t.tag == "POS");
            if e.kind == Kind::Region && e.country.is_none() && modifies {
                continue;
            }
            // "Prime" (a news agency) in "Prime Minister": a name that begins a longer
            // title is the title.
            if match_phrase(doc, a, &lex.titles).is_some_and(|len| a + len > b + 1) {
                continue;
            }
            if h.form == Form::Adjective && a == b && is_a_surname(doc, a) {
                continue;
            }
            hit_at[a] = Some((h.entity, h.form, b + 1));
        }
    }
    hit_at
}

/// Whether a people's adjective at token `k` is a surname ("Mr German said", "leader Mike
/// German held talks", "Mrs English"): right after a person's title (`generic_title`) or a
/// capitalized given name, with no noun or adjective after it for it to describe ("Mr
/// Blair's French counterpart" is no name).
fn is_a_surname(doc: &Doc, k: usize) -> bool {
    let lex = Lexicon::get();
    let toks = &doc.tokens;
    let describes = toks.get(k + 1).is_some_and(|n| {
        n.is_noun() || n.tag.starts_with("JJ") || matches!(n.tag, "HYPH" | "CD" | "VBG" | "VBN")
    });
    // Right before it, past one space: not the headline's last word.
    let Some(p) = k
        .checked_sub(1)
        .map(|j| &toks[j])
        .filter(|p| p.end + 1 == toks[k].start)
    else {
        return false;
    };
    let given_name = p.tag == "NNP" && p.is_capitalized();
    let titled = lex.is("generic_title", p.lower.trim_end_matches('.'));
    !describes && (titled || given_name && !lex.titles.has_word(&p.lower))
}

/// Whether a place name ending at token `b` begins a longer name, so is not the place:
/// "Niger Delta", "Chad Basin", "Jordan River". Institutions keep it: "U.S. Army",
/// "Niger Embassy", "US President Joe Biden".
fn begins_longer_name(doc: &Doc, b: usize) -> bool {
    let lex = Lexicon::get();
    let toks = &doc.tokens;
    let Some(next) = toks.get(b + 1) else {
        return false;
    };
    let next_lemma = next.lemma.to_lowercase();
    let institutional = lex.forces.contains_key(next_lemma.as_str())
        || lex.is("government", &next.lower)
        || lex.titles.may_start(&next.lower)
        || lex.is("institution", &next.lower);
    let continues_name = next.is_capitalized()
        && next.tag.starts_with("NNP")
        && !institutional
        && toks[b].end == next.start.saturating_sub(1);
    continues_name
        && Gazetteer::get()
            .find(&doc.text[next.start..next.end])
            .is_empty()
}

/// Full person names by their short forms, from the recognizer's person names of two words
/// or more, wherever they stand in the document (a headline's "Blair" comes before "Tony
/// Blair"): every last run of words of a full name ("Blair"; "Suu Kyi" of "Aung San Suu
/// Kyi") and its first name ("Sir Alan"). A short form two full names share maps to none.
fn full_names(doc: &Doc) -> HashMap<String, Option<String>> {
    let mut out: HashMap<String, Option<String>> = HashMap::default();
    for n in doc.names.iter().filter(|n| n.kind == NameKind::Person) {
        let start = after_titles(doc, n.start, n.end);
        let words: Vec<&str> = doc.tokens[start..n.end]
            .iter()
            .map(|t| t.text.as_str())
            .collect();
        // A firm's name, whatever the recognizer took it for ("Delta Air Lines").
        if name_before_suffix(&words).is_some() {
            continue;
        }
        note_full_name(&mut out, doc.span_text(start, n.end), &words);
    }
    out
}

/// Organisations' full names by their abbreviations, from the recognizer's organisation
/// names of two words or more: the abbreviation in brackets after the name ("National
/// Audit Office (NAO)", "(Acpo)") and the initials of its capitalised words ("CBI"). An
/// abbreviation two names share maps to none.
fn abbreviated_names(doc: &Doc) -> HashMap<String, Option<String>> {
    use crate::analyze::ner::{firms, institutions, Word};
    let words = |a: usize, b: usize| -> Vec<Word> {
        (doc.tokens[a..b.min(doc.tokens.len())].iter())
            .map(|t| Word {
                text: &t.text,
                tag: t.tag,
            })
            .collect()
    };
    let mut out: HashMap<String, Option<String>> = HashMap::default();
    for n in doc.names.iter().filter(|n| n.kind != NameKind::Place) {
        let name = words(n.start, n.end);
        let full = doc.span_text(n.start, n.end);
        let texts: Vec<&str> = name.iter().map(|w| w.text).collect();
        // A firm's suffix tells its name whatever the recognizer took it for ("Delta Air
        // Lines" as a person's).
        if let Some(short) = name_before_suffix(&texts) {
            note_short_form(&mut out, short, full);
        }
        if n.kind != NameKind::Organization {
            continue;
        }
        for short in firms::short_forms(&texts) {
            note_short_form(&mut out, short, full);
        }
        let Some(initials) = institutions::initials(&name) else {
            continue;
        };
        let after = words(n.end, n.end + 3);
        let bracketed = institutions::bracketed_abbreviation(&name, &after).map(str::to_string);
        let spelled = Some(initials).filter(|i| institutions::abbreviation(i));
        for abbr in bracketed.into_iter().chain(spelled) {
            note_short_form(&mut out, abbr, full);
        }
    }
    out
}

/// The name a firm goes by alone, before the words that end its full name (word class
/// `firm_suffix`, one or two: "Delta" of "Delta Air Lines", "Nortel" of "Nortel Networks").
fn name_before_suffix(name: &[&str]) -> Option<String> {
    let lex = Lexicon::get();
    let suffix = |w: &&&str| lex.is("firm_suffix", &w.to_lowercase());
    let k = name.len() - name.iter().rev().take(2).take_while(suffix).count();
    (k > 0 && k < name.len()).then(|| name[..k].join(" "))
}

/// Records `short` as a short form of the organisation `full`; one two names share maps to
/// none.
fn note_short_form(out: &mut HashMap<String, Option<String>>, short: String, full: &str) {
    let e = out.entry(short).or_insert_with(|| Some(full.to_string()));
    if e.as_deref().is_some_and(|f| f != full) {
        *e = None;
    }
}

/// Records the short forms of a full name written `full` with these words: every last run
/// of words, and the first name (under [`first_name_key`]), which British usage puts after
/// "Sir" or "Dame".
fn note_full_name(out: &mut HashMap<String, Option<String>>, full: &str, words: &[&str]) {
    if words.len() < 2 {
        return;
    }
    let shorts = (1..words.len()).map(|k| words[k..].join(" "));
    for short in shorts.chain(std::iter::once(first_name_key(words[0]))) {
        let e = out.entry(short).or_insert_with(|| Some(full.to_string()));
        if e.as_deref().is_some_and(|f| f != full) {
            *e = None;
        }
    }
}

/// The key of a first name among the short forms: apart from surnames, since only a title
/// that takes a first name ("Sir Alan") is followed by one — "Prince Charles" is no short
/// form of "Charles Kennedy".
fn first_name_key(first: &str) -> String {
    format!("{first}\u{0}first")
}

/// Whether a word before a title makes another office of it (word class
/// `title_modifier`: "Deputy Mayor", "Shadow Chancellor", "Former President").
fn is_title_modifier(word: &str) -> bool {
    Lexicon::get().is("title_modifier", word)
}

/// Whether a title takes a first name after it (word class `first_name_title`: "Sir
/// Alan", "Dame Kelly").
fn is_first_name_title(title: &str) -> bool {
    Lexicon::get().is(
        "first_name_title",
        title.to_lowercase().trim_end_matches('.'),
    )
}

/// Where the name proper starts in a person's name span `s..e` that opens with titles
/// ("Deputy Prime Minister John Prescott", "Home Secretary David Davis", "Mr Blair"):
/// after the last title phrase that still leaves a word of name.
fn after_titles(doc: &Doc, s: usize, e: usize) -> usize {
    let titles = &Lexicon::get().titles;
    let mut start = s;
    let mut k = s;
    while k + 1 < e {
        match match_phrase(doc, k, titles) {
            Some(len) if k + len < e => {
                k += len;
                start = k;
            }
            _ => k += 1,
        }
    }
    start
}

/// The sentence of each token.
fn sentence_index(doc: &Doc) -> Vec<usize> {
    let mut v = vec![0; doc.tokens.len()];
    for (si, s) in doc.sentences.iter().enumerate() {
        for t in s.tokens.clone() {
            v[t] = si;
        }
    }
    v
}

impl<'d> Finder<'d> {
    fn new(doc: &'d Doc, published: Option<NaiveDate>) -> Self {
        let n = doc.tokens.len();
        Finder {
            published: published.map(|d| d.format("%Y-%m-%d").to_string()),
            doc,
            full_names: full_names(doc),
            abbreviated: abbreviated_names(doc),
            hit_at: gazetteer_hits(doc),
            sentence_of: sentence_index(doc),
            covered: vec![false; n],
            party_of: HashMap::default(),
            named_before: Vec::new(),
            m: Mentions {
                actors: Vec::new(),
                index: HashMap::default(),
                mentions: Vec::new(),
                forces: Vec::new(),
                items: Vec::new(),
                item_at: vec![None; n],
                topic: HashMap::default(),
                sorted_upto: 0,
                force_item: Vec::new(),
            },
        }
    }

    /// Adds an item over tokens `s..e` and marks them covered; returns its index.
    fn push_item(
        &mut self,
        s: usize,
        e: usize,
        sentence: usize,
        what: What,
        actors: Vec<usize>,
    ) -> usize {
        for c in self.covered.iter_mut().take(e).skip(s) {
            *c = true;
        }
        self.m.items.push(Item {
            start: s,
            end: e,
            sentence,
            what,
            actors,
            pp: None,
            possessive: false,
            plural: false,
        });
        self.m.items.len() - 1
    }

    /// Records a mention of actor `a` over tokens `s..e`.
    fn add_mention(
        &mut self,
        a: usize,
        (s, e): (usize, usize),
        sentence: usize,
        text: String,
        form: Form,
    ) {
        let toks = &self.doc.tokens;
        self.m.mentions.push(Mention {
            actor: a,
            start: toks[s].start,
            end: toks[e - 1].end,
            sentence,
            text,
            form,
        });
    }

    /// Every gazetteer hit, as a mention (for entity listings and provenance).
    fn record_hits(&mut self) {
        let doc = self.doc;
        for i in 0..doc.tokens.len() {
            if let Some((e, form, end)) = self.hit_at[i] {
                let a = self.m.gazetteer_actor(e);
                let text = doc.span_text(i, end).to_string();
                self.add_mention(a, (i, end), self.sentence_of[i], text, form);
            }
        }
    }

    /// Titled persons: a capitalised title followed by capitalised name tokens ("President
    /// Mohamed Bazoum"). Returns the persons by surname.
    fn titled_persons(&mut self) -> HashMap<String, usize> {
        let lex = Lexicon::get();
        let doc = self.doc;
        let toks = &doc.tokens;
        let heads = crate::analyze::ner::institutions::InstitutionWords::get();
        let mut by_last = HashMap::default();
        let mut i = 0;
        while i < toks.len() {
            if let Some(j) = self.plural_title_list(i, &mut by_last) {
                i = j;
                continue;
            }
            let counterpart = lex.is("counterpart_noun", &toks[i].lower);
            let Some(tl) = match_phrase(doc, i, &lex.titles).or(counterpart.then_some(1)) else {
                i += 1;
                continue;
            };
            // "Tory leader Michael Howard", "French finance minister Herve Gaymard": a
            // party's name before it (perhaps past words that tell which office: "Liberal
            // Democrat foreign affairs spokesman") or a country's word makes a title of a
            // word written in lower case; a counterpart is one only after a country's word.
            let lower = !toks[i].is_capitalized() || counterpart;
            let party = !counterpart && self.party_before_office(i).is_some();
            if lower && !party && self.country_before_title(i).is_none() {
                i += 1;
                continue;
            }
            let name_start = i + tl;
            let j = self.name_end(name_start);
            // "Association of Chief Police Officers": a title and name wholly inside an
            // organisation's name the recognizer found introduce nobody.
            let in_organisation = (doc.names.iter())
                .any(|n| n.kind == NameKind::Organization && n.start < i && j <= n.end);
            if in_organisation {
                i = j.max(i + 1);
                continue;
            }
            // One word after the title is a proper noun, singular or read as plural by the
            // tagger ("Lord Greaves", "Mr Williams"), no head of a body's name ("General
            // Motors") and no event's noun ("the forthcoming General Election").
            let one_word = |w: &crate::analyze::Token| {
                (w.tag == "NNP" || w.tag == "NNPS" && !heads.is_head(&w.text))
                    && !lex.heads_an_event_noun(w)
            };
            let words = j.saturating_sub(name_start);
            if words > 1 || words == 1 && one_word(&toks[name_start]) {
                let office = !counterpart;
                self.titled_person(i, tl, j, office, &mut by_last);
                i = j;
            } else {
                i += 1;
            }
        }
        by_last
    }

    /// A plural title before a list of names ("Lords Bingham, Steyn and Hope", "Presidents
    /// Bush and Chirac"): each name is a person with the title in the singular. Returns the
    /// end of the list when there is one of two names or more.
    fn plural_title_list(
        &mut self,
        i: usize,
        by_last: &mut HashMap<String, usize>,
    ) -> Option<usize> {
        let lex = Lexicon::get();
        let toks = &self.doc.tokens;
        let t = &toks[i];
        let singular = t.lower.strip_suffix('s')?;
        if !t.is_capitalized() || !lex.titles.has_word(singular) || self.hit_at[i].is_some() {
            return None;
        }
        let mut names = Vec::new();
        let mut j = i + 1;
        loop {
            let e = self.name_end(j);
            if e == j || e - j > 2 || toks[j].tag != "NNP" {
                break;
            }
            names.push((j, e));
            match toks.get(e).map(|n| n.lower.as_str()) {
                Some(",") if toks.get(e + 1).is_some_and(|n| n.lower == "and") => j = e + 2,
                Some("," | "and") => j = e + 1,
                _ => break,
            }
        }
        if names.len() < 2 {
            return None;
        }
        let title: String = t.text.strip_suffix('s').unwrap_or(&t.text).to_string();
        let sent = self.sentence_of[i];
        for &(a, e) in &names {
            // A recognizer's name that took the plural title or the list in ("Lords
            // Bingham", "William and Harry") is none.
            let given = self.doc.span_text(a, e);
            let full = self.full_name(given, Some(&title));
            let name = if full.starts_with(t.text.as_str()) || full.contains(" and ") {
                given.to_string()
            } else {
                full
            };
            let p = self.person(&name, Some(title.clone()), None);
            if let Some(last) = name.split_whitespace().last() {
                by_last.insert(last.to_string(), p);
            }
            let start = if a == names[0].0 { i } else { a };
            self.push_item(start, e, sent, What::Entity, vec![p]);
            let text = self.doc.span_text(a, e).to_string();
            self.add_mention(p, (a, e), sent, text, Form::Title);
        }
        Some(names.last().map_or(i + 1, |&(_, e)| e))
    }

    /// The end of the name after a title, from token `start`: at most five capitalised
    /// tokens that are no gazetteer name, title or function word.
    fn name_end(&self, start: usize) -> usize {
        let lex = Lexicon::get();
        let doc = self.doc;
        let toks = &doc.tokens;
        let mut j = start;
        while j < toks.len()
            && j - start < 5
            && toks[j].is_capitalized()
            && !toks[j].is_punct()
            && self.hit_at[j].is_none()
            && match_phrase(doc, j, &lex.titles).is_none()
            && !matches!(toks[j].tag, "DT" | "IN" | "CC" | "PRP" | "VBD" | "VBZ")
        {
            j += 1;
        }
        j
    }

    /// Records the person with the title at tokens `i..i + tl` and the name up to `j`, as an
    /// item and a mention; the title is the person's office unless it names none (`office`
    /// false: "his German counterpart Hans Eichel").
    fn titled_person(
        &mut self,
        i: usize,
        tl: usize,
        j: usize,
        office: bool,
        by_last: &mut HashMap<String, usize>,
    ) {
        let doc = self.doc;
        let lower = !doc.tokens[i].is_capitalized();
        let words: Vec<&str> = doc.tokens[i + tl..j]
            .iter()
            .map(|t| t.text.as_str())
            .collect();
        note_full_name(&mut self.full_names, doc.span_text(i + tl, j), &words);
        // "Deputy Mayor Nicky Gavron" holds another office than the mayor's, and "Russian
        // energy minister Viktor Khristenko" another than the minister's.
        let from = (0..i)
            .rev()
            .take_while(|&k| {
                let w = &doc.tokens[k];
                !self.covered[k] && w.is_capitalized() && is_title_modifier(&w.lower)
            })
            .last()
            .or_else(|| (self.country_before_title(i)).filter(|&k| k < i && lower));
        // "Liberal Democrat deputy leader Menzies Campbell": the words between the party
        // and a title in lower case tell the office ("Labour peer Lord Haskins" is a lord).
        let party = self.party_before_office(from.unwrap_or(i));
        let from = from.unwrap_or_else(|| party.filter(|_| lower).map_or(i, |(k, _)| k));
        let title = doc.span_text(from, i + tl).to_string();
        let name = self.full_name(doc.span_text(i + tl, j), Some(&title));
        let country = self.title_country(i, j);
        let a = self.person(&name, office.then_some(title), country);
        if let Some((_, party)) = party {
            let party = self.m.gazetteer_actor(party);
            self.party_of.entry(a).or_insert(party);
        }
        if let Some(last) = name.split_whitespace().last() {
            by_last.insert(last.to_string(), a);
        }
        let sent = self.sentence_of[i];
        self.push_item(i, j, sent, What::Entity, vec![a]);
        let text = doc.span_text(i, j).to_string();
        self.add_mention(a, (i, j), sent, text, Form::Title);
    }

    /// The full name for a short form, when the document names one person so ("Blair" →
    /// "Tony Blair", "Sir Alan" → "Sir Alan Budd" after a title that takes a first name);
    /// else the name as given.
    fn full_name(&self, name: &str, title: Option<&str>) -> String {
        let first_name = title.is_some_and(is_first_name_title);
        let key = if first_name {
            first_name_key(name)
        } else {
            name.to_string()
        };
        // "Mrs Howard" after "Michael Howard": a title of the other sex than the full name's
        // given name is another person of that surname.
        let other_sex = |full: &str| {
            let given = full.split_whitespace().next().and_then(given_gender);
            title
                .and_then(title_gender)
                .is_some_and(|g| given.is_some_and(|f| f != g))
        };
        match self.full_names.get(&key) {
            Some(Some(full)) if !other_sex(full) => full.clone(),
            _ => name.to_string(),
        }
    }

    /// Whether a name is a short form of a full name the document gives, as a surname or
    /// a first name.
    fn is_short_form(&self, name: &str) -> bool {
        self.full_names.contains_key(name) || self.full_names.contains_key(&first_name_key(name))
    }

    /// The actor of the person with this (full) name, linked to Wikidata when the persons
    /// gazetteer holds exactly one person of that name; a title or country given here fills
    /// in what an earlier mention left empty.
    fn person(&mut self, name: &str, title: Option<String>, country: Option<String>) -> usize {
        let linked = name
            .contains(' ')
            .then(|| Persons::get().by_full_name(name))
            .flatten();
        let a = self.m.actor_for(match linked {
            Some(p) => Actor {
                id: ActorId::Wikidata(p.qid.clone()),
                label: p.label.clone(),
                kind: Kind::Person,
                country: (p.countries.len() == 1).then(|| p.countries[0].clone()),
                title: None,
                affiliation: None,
            },
            None => Actor {
                id: ActorId::Person(slug(name)),
                label: name.to_string(),
                kind: Kind::Person,
                country: None,
                title: None,
                affiliation: None,
            },
        });
        let actor = &mut self.m.actors[a];
        if actor.title.is_none() {
            actor.title = title;
        }
        if actor.country.is_none() {
            actor.country = country;
        }
        a
    }

    /// Persons known only by surname ("Mr Blair" in an article that never says "Tony"),
    /// linked when exactly one person of the gazetteer with that surname held a role in a
    /// country the article names, whose given name is not of the other sex than the title
    /// ("Mr Smith" is not Jacqui Smith), and no other actor here is that person already.
    fn link_surnames(&mut self) {
        let countries = self.named_countries();
        for a in 0..self.m.actors.len() {
            let actor = &self.m.actors[a];
            if !matches!(actor.id, ActorId::Person(_)) || actor.label.contains(' ') {
                continue;
            }
            let Some(p) = Persons::get().by_surname_in(&actor.label, &countries) else {
                continue;
            };
            // "Mr Smith" is no Jacqui Smith.
            let given = p.label.split_whitespace().next().and_then(given_gender);
            let title = actor.title.as_deref().and_then(title_gender);
            let other_sex = title.is_some_and(|t| given.is_some_and(|g| g != t));
            if other_sex || self.another_bearer(&actor.label, &p.label) {
                continue;
            }
            let id = ActorId::Wikidata(p.qid.clone());
            if self.m.index.contains_key(&id) {
                continue;
            }
            let actor = &mut self.m.actors[a];
            self.m.index.remove(&actor.id);
            actor.id = id.clone();
            actor.label = p.label.clone();
            if actor.country.is_none() && p.countries.len() == 1 {
                actor.country = Some(p.countries[0].clone());
            }
            self.m.index.insert(id, a);
        }
    }

    /// Whether the article writes `surname` after a given name that is not the office
    /// holder's (`holder`, "Menzies Campbell"): "Alastair Campbell" or "Doug Smith" is
    /// another bearer of the surname, so "Mr Campbell" may be either and is left unlinked
    /// (precision first). Titles ("Mr", "Sir", "Minister") are no given names, and another
    /// spelling of the holder's given name is the holder.
    fn another_bearer(&self, surname: &str, holder: &str) -> bool {
        let given: Vec<&str> = holder.split(' ').rev().skip(1).collect();
        // The holder's given name, or a spelling of it ("Mikhail" for "Mikheil"): the same
        // first four letters.
        let holders = |w: &str| {
            given
                .iter()
                .any(|g| *g == w || (g.len() >= 4 && w.len() >= 4 && g.get(..4) == w.get(..4)))
        };
        let toks = &self.doc.tokens;
        (1..toks.len()).any(|k| {
            let before = &toks[k - 1];
            toks[k].text == surname
                && before.tag == "NNP"
                && before.text.chars().next().is_some_and(char::is_uppercase)
                && before.text.chars().all(char::is_alphabetic)
                && !holders(&before.text)
                && !Lexicon::get().is("title", &before.lower)
        })
    }

    /// Persons and organisations the recognizer named where no gazetteer name or titled
    /// person stands: each a person (also known by surname, for later short mentions) or an
    /// organisation with a local id. A surname alone that names a person met before is that
    /// person. Places the gazetteer does not know are left to the place passes.
    fn recognized_names(&mut self, by_last: &mut HashMap<String, usize>) {
        let doc = self.doc;
        // Every country the gazetteer found is an actor already (`record_hits`); this pass
        // adds only persons and organisations.
        let countries = self.named_countries();
        for n in &doc.names {
            // A country that opens an organisation's name it does not take ("British
            // Airways"): read once, for the gazetteer's check and the body's country.
            let opening = match n.kind {
                NameKind::Organization => self.opening_country(n),
                _ => None,
            };
            let taken = (n.start..n.end).any(|t| self.covered[t]) || self.hit_in_name(n, &opening);
            // "the city of Gao": the place noun says what the name is, whatever the
            // recognizer took it for; the place passes read it.
            let place_noun = n.start >= 2
                && doc.tokens[n.start - 1].lower == "of"
                && Lexicon::get().is(
                    "named_place_noun",
                    &doc.tokens[n.start - 2].lemma.to_lowercase(),
                );
            // "the CEO said": a common noun's abbreviation names nobody, and a title alone
            // ("the outgoing European Commissioner said", its adjective the gazetteer's)
            // names no body, though it may be a person's surname ("Ms King").
            let title_as_body =
                n.end == n.start + 1 && crate::analyze::ner::is_title(&doc.tokens[n.start].text);
            let common = n.end == n.start + 1
                && (Lexicon::get().is("common_acronym", &doc.tokens[n.start].lower)
                    || title_as_body && n.kind == NameKind::Organization);
            // "In March, the bank agreed", "the Mail on Sunday": a month or a day of the
            // week alone after a preposition or determiner is a date, no one's name.
            let date = n.end == n.start + 1 && is_a_date(doc, n.start);
            // A word the gazetteer knows as no place, described as a body ("Barclays, the
            // UK's third biggest bank,"), is one, whatever the recognizer took it for.
            let body = n.kind == NameKind::Place
                && n.end == n.start + 1
                && !taken
                && self.described_as_body(n.start);
            if n.kind == NameKind::Place && !taken && !place_noun && !body {
                self.city(n.start, n.end);
            }
            if taken && n.kind != NameKind::Place {
                self.persons_after_names(n, by_last);
            }
            if n.kind == NameKind::Place && !body || taken || place_noun || common || date {
                continue;
            }
            let start = match n.kind {
                NameKind::Person => after_titles(doc, n.start, n.end),
                _ => n.start,
            };
            let name = doc.span_text(start, n.end).to_string();
            let mut kind = n.kind;
            // A firm's full name or the short form of one is the firm's, whatever the
            // recognizer took it for ("Delta Air Lines", then "Delta").
            let words: Vec<&str> = name.split_whitespace().collect();
            let firm = name_before_suffix(&words).is_some()
                || matches!(self.abbreviated.get(&name), Some(Some(full)) if full.starts_with(&name));
            if n.kind == NameKind::Person && firm {
                kind = NameKind::Organization;
            }
            if n.kind == NameKind::Person
                && !firm
                && start == n.start
                && self.lone_word(&name, by_last, &countries)
            {
                if !self.lone_body(n.start, false) || title_as_body {
                    continue;
                }
                kind = NameKind::Organization;
            }
            let a = match kind {
                NameKind::Person => match by_last.get(&name) {
                    Some(&a) if !self.is_short_form(&name) => a,
                    _ => {
                        let title = (start > n.start).then(|| doc.tokens[start - 1].lower.as_str());
                        let a = self.person(&self.full_name(&name, title), None, None);
                        if let Some(last) = name.split_whitespace().last() {
                            by_last.entry(last.to_string()).or_insert(a);
                        }
                        a
                    }
                },
                // An abbreviation stands for the body its full name was found as ("the BoE"
                // after "the Bank of England (BoE)").
                _ => match self.abbreviated_body(&name) {
                    Some(a) => a,
                    None => {
                        let home = (opening.or_else(|| self.possessive_country(start)))
                            .or_else(|| country_in_name(&name));
                        self.organisation(&name, home)
                    }
                },
            };
            let sent = self.sentence_of[n.start];
            self.push_item(start, n.end, sent, What::Entity, vec![a]);
            self.add_mention(a, (start, n.end), sent, name, Form::Name);
        }
    }

    /// The persons' names within a recognizer's name that ran names an earlier pass took
    /// into theirs ("Liberal Democrat Alan Beith", "Fellow Lib Dem Norman Baker", "BBC
    /// Political Correspondent James Hardy", "Conservative Michael Howard and Liberal
    /// Democrat Charles Kennedy"): after words taken, up to two capitalised words of a post,
    /// the last a title or a post's word (`post_noun`, `source_noun`), then a given name and
    /// one or two more proper nouns, up to the name's end, a word taken or a conjunction.
    /// Each as its first and last token, with the entity of the gazetteer's name the taken
    /// words before end with, if any.
    fn names_after_names(&self, n: &crate::analyze::Name) -> Vec<(usize, usize, Option<usize>)> {
        let toks = &self.doc.tokens;
        let lex = Lexicon::get();
        // A word an earlier item, or a gazetteer name starting inside the name, took.
        let taken = |k: usize| {
            self.covered[k] || (n.start..=k).any(|j| self.hit_at[j].is_some_and(|h| h.2 > k))
        };
        let proper = |k: usize| toks[k].is_capitalized() && matches!(toks[k].tag, "NNP" | "NNPS");
        let post = |k: usize| {
            let w = &toks[k].lower;
            lex.titles.has_word(w) || lex.is("post_noun", w) || lex.is("source_noun", w)
        };
        let mut out = Vec::new();
        // Each end of words taken, inside the name.
        for after in (n.start + 1..n.end).filter(|&k| taken(k - 1) && !taken(k)) {
            let Some(first) = (after..n.end)
                .take(3)
                .take_while(|&k| !taken(k) && proper(k))
                .find(|&k| given_gender(&toks[k].text).is_some())
            else {
                continue;
            };
            let end = (first..n.end)
                .find(|&k| taken(k) || !proper(k))
                .unwrap_or(n.end);
            if (first == after || post(first - 1)) && (2..=3).contains(&(end - first)) {
                let body = self.name_ending_at(after, |_| true).map(|(_, e)| e);
                out.push((first, end, body));
            }
        }
        out
    }

    /// Notes the full names of persons the recognizer ran a body's name into
    /// ([`Self::names_after_names`]), so that "Mr Baker" before is "Norman Baker" too; in
    /// place of the name run in ("Tory Dominic Grieve"), where the recognizer took it for a
    /// person's.
    fn note_names_after_names(&mut self) {
        for n in self.doc.names.iter().filter(|n| n.kind != NameKind::Place) {
            let found = self.names_after_names(n);
            if !found.is_empty() {
                let run_in = (self.doc).span_text(after_titles(self.doc, n.start, n.end), n.end);
                (self.full_names).retain(|_, full| full.as_deref() != Some(run_in));
            }
            for (first, end, _) in found {
                let words: Vec<&str> = (self.doc.tokens[first..end].iter())
                    .map(|t| t.text.as_str())
                    .collect();
                let full = self.doc.span_text(first, end);
                note_full_name(&mut self.full_names, full, &words);
            }
        }
    }

    /// The persons of a recognizer's name that ran a body's name into theirs
    /// ([`Self::names_after_names`]), with that body as their party or employer
    /// ([`Actor::affiliation`]).
    fn persons_after_names(
        &mut self,
        n: &crate::analyze::Name,
        by_last: &mut HashMap<String, usize>,
    ) {
        for (first, end, body) in self.names_after_names(n) {
            let name = self.doc.span_text(first, end).to_string();
            // A full name the recognizer ran the body's name into is none ("Tory Edward
            // Turnour"): a full name starts with a given name.
            let full = self.full_name(&name, None);
            let given = full.split_whitespace().next().and_then(given_gender);
            let a = self.person(if given.is_some() { &full } else { &name }, None, None);
            if let Some(last) = name.split_whitespace().last() {
                by_last.entry(last.to_string()).or_insert(a);
            }
            if let Some(e) = body {
                let body = self.m.gazetteer_actor(e);
                self.named_before.push((a, body));
            }
            let sent = self.sentence_of[first];
            self.push_item(first, end, sent, What::Entity, vec![a]);
            self.add_mention(a, (first, end), sent, name, Form::Name);
        }
    }

    /// Bodies the recognizer missed that their spelling and the article mark as such: a
    /// proper noun written in capitals ("MCI", "TGWU") or with a capital inside ("BSkyB",
    /// "DaimlerChrysler"), or a plain capitalised one the article writes three times or
    /// more, not only at a sentence's start and never inside a longer name ("Vodafone"),
    /// or once with a body's description set after it ("Gazprom, the Russian state gas
    /// giant,"), that no earlier pass covers, is no common abbreviation (word class
    /// `common_acronym`: "CEO", "IPO") and that the article writes as a body
    /// ([`Self::lone_body`]: "MCI said", "shares in ...", "ONGC's chairman"). Every
    /// uncovered mention of the word then names the organisation.
    fn unnamed_bodies(&mut self) {
        let toks = &self.doc.tokens;
        let lex = Lexicon::get();
        let spelled = |w: &str| {
            let letters = w.chars().all(char::is_alphabetic);
            let upper = w.chars().filter(|c| c.is_uppercase()).count();
            let n = w.chars().count();
            let capitals = (2..=6).contains(&n) && upper == n;
            // A capital after the second letter: "BSkyB", "DaimlerChrysler", not "McCain",
            // "MacDonald" or "DeLay".
            let inner = n > 4
                && w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(3).any(char::is_uppercase)
                && w.chars().any(char::is_lowercase)
                && !w.starts_with("Mc")
                && !w.starts_with("Mac");
            letters && (capitals || inner)
        };
        // Each word is judged once: `lone_body` reads all the article's mentions of it.
        let mut judged: Vec<&str> = Vec::new();
        for k in 0..toks.len() {
            let w = toks[k].text.as_str();
            if self.covered[k]
                || covering_hit(&self.hit_at, k).is_some()
                || toks[k].tag != "NNP"
                || judged.contains(&w)
            {
                continue;
            }
            judged.push(w);
            // Once is enough when a body's description follows it ("Gazprom, the Russian
            // state gas giant, …").
            // Or when a noun of a body stands right before it, the name a word alone
            // ("its Japanese rival Nissan").
            // Or when it is one of the examples of bodies a list gives ("companies including
            // Volkswagen, DaimlerChrysler and Siemens").
            let described = |k: usize| {
                self.described_as_body(k)
                    || self.after_a_body_noun(k)
                    || self.an_example_of_bodies(k)
            };
            let plain = !spelled(w) && (self.plain_name(w) || Self::plain_word(w) && described(k));
            if !(spelled(w) || plain) || lex.is("common_acronym", &toks[k].lower) {
                continue;
            }
            // A plain word needs a body's own marks: "shares in Europe" could be a place's.
            // A word in capitals is a body also as the subject of a finite verb ("MCI
            // agreed to a buyout"): persons are not written so.
            let capitals = w.chars().all(char::is_uppercase);
            if !(self.lone_body(k, plain) || !plain && capitals && self.acts(w)) {
                continue;
            }
            // The firm's full name where the article gives it ("Delta Air Lines").
            let a = self.organisation(w, None);
            let same: Vec<usize> = (k..toks.len()).filter(|&j| toks[j].text == w).collect();
            for j in same {
                if !self.covered[j] && covering_hit(&self.hit_at, j).is_none() {
                    let sent = self.sentence_of[j];
                    self.push_item(j, j + 1, sent, What::Entity, vec![a]);
                    self.add_mention(a, (j, j + 1), sent, w.to_string(), Form::Name);
                }
            }
        }
    }

    /// Whether the word at token `k` stands alone right after a noun of a body (word class
    /// `organisation_noun`, in lower case and in its sentence: "its Japanese rival Nissan",
    /// "the carmaker Renault"), with no capitalised word after it.
    fn after_a_body_noun(&self, k: usize) -> bool {
        let toks = &self.doc.tokens;
        k > 0
            && self.sentence_of[k - 1] == self.sentence_of[k]
            && toks[k - 1].is_noun()
            && !toks[k - 1].is_capitalized()
            && Lexicon::get().is("organisation_noun", &toks[k - 1].lemma.to_lowercase())
            && toks.get(k + 1).is_none_or(|t| !t.is_capitalized())
    }

    /// Whether `w` is shaped as a plain name: a capitalised word of four letters or more, no
    /// day, month or word the tagger knows as a common noun.
    fn plain_word(w: &str) -> bool {
        let lex = Lexicon::get();
        let lower = w.to_lowercase();
        let shaped = w.chars().count() >= 4
            && w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).all(char::is_lowercase);
        shaped
            && !lex.is("weekday", &lower)
            && !lex.is("month", &lower)
            && !Tagger::get().is_common_noun(&lower)
    }

    /// Whether `w` is a plain capitalised word ("Vodafone") the article writes as a name: three
    /// times or more, once at least inside a sentence, never inside a longer name ("Krispy
    /// Kreme", "Deutsche Bank"), and no day, month or word the tagger knows as a common noun.
    fn plain_name(&self, w: &str) -> bool {
        if !Self::plain_word(w) {
            return false;
        }
        let toks = &self.doc.tokens;
        let opens = |j: usize| self.doc.sentences[self.sentence_of[j]].tokens.start == j;
        let capital = |j: usize| toks.get(j).is_some_and(|t| t.is_capitalized() && !opens(j));
        let at: Vec<usize> = (0..toks.len()).filter(|&j| toks[j].text == w).collect();
        at.len() >= 3
            && at.iter().any(|&j| !opens(j))
            && (at.iter()).all(|&j| !capital(j + 1) && (j == 0 || opens(j) || !capital(j - 1)))
    }

    /// Whether a one-word person's name, untitled, is no more than that: news names a person
    /// in full (or with a title) first, so a word the article never gives a full name, a
    /// title or an office holder of its countries for is more often a body or a team the
    /// recognizer took for a person ("Unison", "Chelsea") than a person. `countries`: those
    /// the article names.
    fn lone_word(
        &self,
        name: &str,
        by_last: &HashMap<String, usize>,
        countries: &[String],
    ) -> bool {
        if name.contains(' ') || self.is_short_form(name) || by_last.contains_key(name) {
            return false;
        }
        Persons::get().by_surname_in(name, countries).is_none()
    }

    /// Whether some mention of word `w` is followed (past adverbs) by a finite lexical
    /// verb, not a modal or a form of "be", "have" or "do" ("MCI agreed", not "ICT can" or
    /// "VAT is"): the subject of a clause that tells what it did.
    fn acts(&self, w: &str) -> bool {
        let toks = &self.doc.tokens;
        (0..toks.len()).filter(|&j| toks[j].text == w).any(|j| {
            (j + 1..toks.len())
                .find(|&i| !toks[i].tag.starts_with("RB"))
                .is_some_and(|i| {
                    matches!(toks[i].tag, "VBD" | "VBZ" | "VBP")
                        && !matches!(toks[i].lemma.as_str(), "be" | "have" | "do")
                })
        })
    }

    /// Whether the lone word at token `k` ([`Self::lone_word`]) is a body's name: a proper
    /// noun that is no first name or surname (`data/names/census.tsv`: "Ryanair", not
    /// "Chelsea" or "Howard"), which the article somewhere writes as a body: speaking
    /// ("Ryanair said", "Gazprom has announced"), after a noun of a body ("low-cost airline
    /// Ryanair", "the bank, Barclays") or before one set between commas ("Barclays, the
    /// UK's third biggest bank,"), or with what a body has (word class
    /// `body_possession`: "Ryanair's shares", "shares in Ryanair"; `strict`: not "in", as
    /// "profits in Europe" are a place's). A town the gazetteer does not know does none of
    /// these ("Kherson was the only regional capital").
    fn lone_body(&self, k: usize, strict: bool) -> bool {
        let toks = &self.doc.tokens;
        let lex = Lexicon::get();
        if toks[k].tag != "NNP"
            || crate::analyze::ner::Names::get().buckets(&toks[k].lower) != (0, 0)
        {
            return false;
        }
        let speaks = |j: usize| {
            let j = if toks.get(j).is_some_and(|t| t.lemma == "have") {
                j + 1
            } else {
                j
            };
            toks.get(j).is_some_and(|t| lex.is_verb_of_saying(t))
        };
        // Strict: right after it ("carmaker Renault"), not "the biggest airline in Europe".
        let reach = if strict { 1 } else { 3 };
        let after_body_noun = |j: usize| {
            (j.saturating_sub(reach)..j).any(|i| {
                toks[i].is_noun() && lex.is("organisation_noun", &toks[i].lemma.to_lowercase())
            })
        };
        let has = |j: usize| {
            toks.get(j).is_some_and(|t| t.lower == "'s")
                && toks
                    .get(j + 1)
                    .is_some_and(|t| lex.is("body_possession", &t.lower))
        };
        // "shares in Tesco", "the chairman of Glazer": what a body has, before it.
        let had = |j: usize| {
            j >= 2
                && (toks[j - 1].lower == "of" || toks[j - 1].lower == "in" && !strict)
                && lex.is("body_possession", &toks[j - 2].lower)
        };
        (0..toks.len())
            .filter(|&j| toks[j].text == toks[k].text)
            .any(|j| {
                speaks(j + 1)
                    || after_body_noun(j)
                    || has(j + 1)
                    || had(j)
                    || self.described_as_body(j)
                    || self.an_example_of_bodies(j)
                    || self.joined_to_a_body(j)
                    || self.a_states_own(j)
            })
    }

    /// Whether the word at token `j` is one of a list of names given as examples of bodies:
    /// the list (names, commas, "and", "or") opens after a plural noun of a body (word class
    /// `organisation_noun`) and a word of example (`example_word`: "companies including
    /// Volkswagen, DaimlerChrysler and Siemens", "rivals such as Airbus"). The word stands
    /// alone: not one of a longer name ("companies like Electronic Arts").
    fn an_example_of_bodies(&self, j: usize) -> bool {
        let toks = &self.doc.tokens;
        let lex = Lexicon::get();
        let capital = |k: usize| toks.get(k).is_some_and(|t| t.is_capitalized());
        if capital(j + 1) || j == 0 || capital(j - 1) {
            return false;
        }
        let s0 = self.doc.sentences[self.sentence_of[j]].tokens.start;
        let listed = |t: &crate::analyze::Token| {
            t.tag.starts_with("NNP") || matches!(t.lower.as_str(), "," | "and" | "or")
        };
        let mut i = j;
        while i > s0 && j - i < 12 && listed(&toks[i - 1]) {
            i -= 1;
        }
        // "such as": the word of example is the last of those before the list.
        let mut w = i;
        while w > s0 && i - w < 2 && lex.is("example_word", &toks[w - 1].lower) {
            w -= 1;
        }
        w < i
            && w > s0
            && toks[w - 1].tag == "NNS"
            && lex.is("organisation_noun", &toks[w - 1].lemma.to_lowercase())
    }

    /// Whether the word at token `j` is joined by "and" or "or" to an organisation's name
    /// ("a merger between MCI and Verizon", "either Boeing or Airbus"), or follows one in a
    /// list ("OSI Pharmaceuticals, Genentech and Roche"): bodies are listed with bodies,
    /// persons with persons. Not a possessor, which is no conjunct ("Russia or
    /// Hitler's Germany"), nor a word after a name that ends on a common noun, which may
    /// run on ("Commission for Development and Reform").
    fn joined_to_a_body(&self, j: usize) -> bool {
        let toks = &self.doc.tokens;
        if toks.get(j + 1).is_some_and(|t| t.tag == "POS") {
            return false;
        }
        let g = Gazetteer::get();
        let common = |k: usize| Tagger::get().is_common_noun(&toks[k].lower);
        let org = |a: usize, b: usize| {
            if common(a) || common(b - 1) {
                return false;
            }
            let named = (self.doc.names.iter())
                .any(|n| n.kind == NameKind::Organization && n.start == a && n.end == b);
            let known = self.hit_at.get(a).copied().flatten().is_some_and(|h| {
                h.2 == b
                    && matches!(
                        g.entities[h.0].kind,
                        Kind::Organization | Kind::IntlOrg | Kind::Agency | Kind::Outlet
                    )
            });
            // Or a word this pass took for a body before ("made by OSI Pharmaceuticals,
            // Genentech and Roche": Genentech, then Roche).
            let made = (self.m.items.iter()).any(|it| {
                it.start == a
                    && it.end == b
                    && matches!(it.actors[..], [x] if self.m.actors[x].kind == Kind::Organization)
            });
            named || known || made
        };
        let joins = |i: usize| {
            toks.get(i)
                .is_some_and(|t| matches!(t.lower.as_str(), "and" | "or"))
        };
        // Inside a list, a comma joins as "and" does: "A, B and C", "A, B, C or D".
        let listed = |i: usize| toks.get(i).is_some_and(|t| t.text == ",");
        let in_a_list = listed(j + 1) || joins(j + 1);
        let joins_before = |i: usize| joins(i) || listed(i) && in_a_list;
        let before =
            j >= 2 && joins_before(j - 1) && (j.saturating_sub(6)..j - 1).any(|a| org(a, j - 1));
        let after = joins(j + 1) && (j + 3..=(j + 7).min(toks.len())).any(|b| org(j + 2, b));
        before || after
    }

    /// Whether the word at token `j` follows a country's possessive ("Japan's Honda"): a
    /// state's firm, as its leaders are named with a title or in full.
    fn a_states_own(&self, j: usize) -> bool {
        let toks = &self.doc.tokens;
        let g = Gazetteer::get();
        let country = |h: &Hit| h.1 == Form::Name && g.entities[h.0].kind == Kind::Country;
        j >= 2 && toks[j - 1].lower == "'s" && self.name_ending_at(j - 1, country).is_some()
    }

    /// Whether the name ending at token `j` has a description of a body set after it
    /// between commas, opened by a determiner or a possessor, its last word an
    /// `organisation_noun` ("Barclays, the UK's third biggest bank, …").
    fn described_as_body(&self, j: usize) -> bool {
        let toks = &self.doc.tokens;
        toks.get(j + 1).is_some_and(|t| t.text == ",")
            && toks
                .get(j + 2)
                .is_some_and(|t| matches!(t.tag, "DT" | "PRP$" | "NNP"))
            && (j + 2..(j + 9).min(toks.len()))
                .take_while(|&i| !matches!(toks[i].text.as_str(), "," | "." | ";"))
                .last()
                .is_some_and(|i| {
                    toks[i].is_noun()
                        && Lexicon::get().is("organisation_noun", &toks[i].lemma.to_lowercase())
                        && toks.get(i + 1).is_some_and(|t| t.text == ",")
                })
    }

    /// The ids of the countries among the actors found so far.
    fn named_countries(&self) -> Vec<String> {
        (self.m.actors.iter())
            .filter(|a| a.kind.is_country())
            .map(|a| a.id.to_string())
            .collect()
    }

    /// Whether a gazetteer name stands in the way of the recognizer's name `n`: any hit in
    /// a person's name; in an organisation's, one that reaches past it, or one that opens
    /// the name of a state's body (word class `state_body`: "French Foreign Ministry", "US
    /// State Department": the country's mention serves the events). One inside an
    /// organisation's name is part of it ("Confederation of British Industry"), and so is
    /// one that opens another body's ("British Airways", "Swiss Re": `opening`, the country
    /// [`Finder::opening_country`] found).
    fn hit_in_name(&self, n: &crate::analyze::Name, opening: &Option<String>) -> bool {
        let org = n.kind == NameKind::Organization;
        (n.start..n.end).any(|t| {
            covering_hit(&self.hit_at, t)
                .is_some_and(|(_, _, end)| !org || end > n.end || t == n.start && opening.is_none())
        })
    }

    /// The organisation the recognizer's name, written `name`, makes: under its full name
    /// when it is an abbreviation the article defines, of the `country` that opens it.
    fn organisation(&mut self, name: &str, country: Option<String>) -> usize {
        let full = match self.abbreviated.get(name) {
            Some(Some(full)) => full.clone(),
            _ => name.to_string(),
        };
        if let Some(a) = self.named_with_its_head(&full) {
            return a;
        }
        // "Department of Trade", "Ministry for Culture": a government department.
        let mut words = full.split_whitespace().map(str::to_lowercase);
        let department = (words.next()).is_some_and(|w| Lexicon::get().is("department_word", &w))
            && words.next().is_some_and(|w| w == "of" || w == "for");
        let a = self.m.actor_for(Actor {
            id: ActorId::Local(format!("org-{}", slug(&full))),
            label: full,
            kind: match department {
                true => Kind::Agency,
                false => Kind::Organization,
            },
            country: country.clone(),
            title: None,
            affiliation: None,
        });
        // A later mention may tell the home an earlier one did not ("China's CNPC").
        if self.m.actors[a].country.is_none() {
            self.m.actors[a].country = country;
        }
        a
    }

    /// The country whose possessive stands right before the name starting at `start`
    /// ("China's CNPC", "Russia's Gazprom"): the body's home.
    fn possessive_country(&self, start: usize) -> Option<String> {
        let toks = &self.doc.tokens;
        if start < 2 || toks[start - 1].lower != "'s" {
            return None;
        }
        let (e, _, end) = covering_hit(&self.hit_at, start - 2)?;
        let g = Gazetteer::get();
        (end == start - 1 && g.entities[e].kind.is_country()).then(|| g.entities[e].id.clone())
    }

    /// The country whose name or adjective opens a description of a body right before the
    /// name starting at `start` ("Spanish construction group Ferrovial", "UK bank
    /// Barclays", [`describes_a_name`]). Not made the body's home, which would place its
    /// deals: the text only describes it so.
    pub(super) fn described_country(&self, start: usize) -> Option<String> {
        let g = Gazetteer::get();
        let toks = &self.doc.tokens;
        (start.saturating_sub(5)..start.saturating_sub(1))
            .rev()
            .find_map(|k| {
                let (e, _, end) = covering_hit(&self.hit_at, k)?;
                // Only the description's words between: its walk ends at the name.
                let words =
                    (end..start).all(|j| matches!(toks[j].tag, "NN" | "NNS" | "JJ" | "HYPH"));
                let country = g.entities[e].kind.is_country() && end < start && words;
                (country && describes_a_name(toks, end, start + 1))
                    .then(|| g.entities[e].id.clone())
            })
    }

    /// The organisation already found whose name is `name` and one head word of an
    /// institution's name after it ("SBC" after "SBC Communications", "Menatep" after
    /// "Menatep Group"): a body's name without its head is the same body.
    fn named_with_its_head(&self, name: &str) -> Option<usize> {
        let words = crate::analyze::ner::institutions::InstitutionWords::get();
        (0..self.m.actors.len()).find(|&a| {
            let x = &self.m.actors[a];
            x.kind == Kind::Organization
                && x.label
                    .strip_prefix(name)
                    .and_then(|rest| rest.strip_prefix(' '))
                    .is_some_and(|head| words.is_head(head))
        })
    }

    /// The body already found under the full name abbreviation `name` stands for, if any.
    fn abbreviated_body(&self, name: &str) -> Option<usize> {
        let Some(Some(full)) = self.abbreviated.get(name) else {
            return None;
        };
        (self.m.mentions.iter())
            .find(|x| &x.text == full && self.m.actors[x.actor].kind != Kind::Person)
            .map(|x| x.actor)
    }

    /// The country whose name or adjective opens the recognizer's organisation name `n`,
    /// when the rest names a body of that country ("British Airways", "Swiss Re", "Indian
    /// Airlines"): not a state's body (a word of class `state_body`: "French Foreign
    /// Ministry", "US Department of Justice"), a titled person ("UK Chancellor Gordon
    /// Brown"), a person by a common first name ("Australian John Crosby"; a rare one is
    /// missed), a list ("Australian and Canadian"), another country's word ("Greek
    /// Cypriot") or a place (word class `place_name_end`: "Indian Ocean").
    fn opening_country(&self, n: &crate::analyze::Name) -> Option<String> {
        let g = Gazetteer::get();
        let lex = Lexicon::get();
        let toks = &self.doc.tokens;
        let names = crate::analyze::ner::Names::get();
        let (e, _, end) = self.hit_at[n.start]?;
        let rest = end..n.end;
        let last = &toks[n.end - 1].lower;
        let body = !rest.is_empty()
            && g.entities[e].kind.is_country()
            && !lex.is("place_name_end", last)
            && rest.clone().all(|k| {
                let w = &toks[k];
                !lex.is("state_body", &w.lower)
                    && !crate::analyze::ner::is_title(&w.text)
                    && w.lower != "and"
                    && covering_hit(&self.hit_at, k).is_none()
                    && names.buckets(&w.lower).0 == 0
            });
        body.then(|| g.entities[e].id.clone())
    }

    /// Where the lower-case nouns that make a title another office start ("energy" in
    /// "Russian energy minister"; the title's own start `i` when there are none), when a
    /// country's name or adjective stands right before them: such a title is a person's
    /// office even in lower case ("French finance minister Herve Gaymard").
    fn country_before_title(&self, i: usize) -> Option<usize> {
        let g = Gazetteer::get();
        let toks = &self.doc.tokens;
        let mut from = i;
        while from > 0
            && from + 2 > i
            && matches!(toks[from - 1].tag, "NN" | "NNS")
            && !toks[from - 1].is_capitalized()
            && self.hit_at[from - 1].is_none()
        {
            from -= 1;
        }
        self.name_ending_at(from, |h| g.entities[h.0].kind.is_country())
            .map(|_| from)
    }

    /// A titled person's nationality: a country adjective or possessive just before the
    /// title at `i` (or before the nouns that make another office of it), or "of X" after
    /// the name that ends at `j`.
    fn title_country(&self, i: usize, j: usize) -> Option<String> {
        let g = Gazetteer::get();
        let toks = &self.doc.tokens;
        let mut country = None;
        let i = self.country_before_title(i).unwrap_or(i);
        let mut k = i;
        while k > 0 && k + 3 > i {
            k -= 1;
            if let Some(c) = covering_hit(&self.hit_at, k) {
                if g.entities[c.0].kind.is_country() {
                    country = Some(g.entities[c.0].id.clone());
                }
                break;
            }
            if !matches!(toks[k].tag, "POS" | "JJ") {
                break;
            }
        }
        if country.is_none() && j + 1 < toks.len() && toks[j].lower == "of" {
            if let Some((e, _, _)) = self.hit_at[j + 1] {
                if g.entities[e].kind.is_country() {
                    country = Some(g.entities[e].id.clone());
                }
            }
        }
        country
    }

    /// Definite titles with no name after them ("the prime minister", "the Pakistani
    /// president", "Britain's chancellor", "the president of Pakistan"): the person the
    /// article named with that title last before them, when the country the description
    /// names (if any) is theirs. Titles that name no single office ("the minister", "the
    /// spokesman") and plurals mean no one in particular.
    fn title_descriptions(&mut self) {
        let lex = Lexicon::get();
        let doc = self.doc;
        let toks = &doc.tokens;
        let mut i = 0;
        while i < toks.len() {
            let Some(tl) = match_phrase(doc, i, &lex.titles) else {
                i += 1;
                continue;
            };
            let e = i + tl;
            let title = doc.span_text(i, e).to_lowercase();
            // A name right after the title, or set beside it after a comma ("the country's
            // new president, Mikhail Saakashvili,"), is the holder's own.
            let named_after = e < toks.len()
                && (toks[e].is_noun()
                    || toks[e].is_capitalized()
                    || toks[e].text == "," && toks.get(e + 1).is_some_and(|n| n.tag == "NNP"));
            let plain = !self.covered[i..e].iter().any(|&c| c)
                && !lex.is("generic_title", &title)
                && !toks[e - 1].tag.ends_with('S')
                && !named_after;
            let found = plain
                .then(|| self.definite_start(i))
                .flatten()
                .and_then(|s| {
                    let country = self.title_country(i, e);
                    let a = (self.titled_before(i, &title, country.clone()))
                        .or_else(|| self.office_holder_before(i, &title, country))?;
                    Some((s, a))
                });
            let found = found.or_else(|| {
                (!named_after && !self.covered[i..e].iter().any(|&c| c))
                    .then(|| self.party_title_before(i, &title))
                    .flatten()
            });
            let form = if found.is_some() {
                Form::Description
            } else {
                Form::Title
            };
            let found = found.or_else(|| plain.then(|| self.office_of_a_place(i, e)).flatten());
            let single = !toks[e - 1].tag.ends_with('S') && !named_after;
            let found = found.or_else(|| {
                (single && !self.covered[i..e].iter().any(|&c| c))
                    .then(|| self.unnamed_holder(i, e))
                    .flatten()
            });
            if let Some((s, a)) = found {
                let sent = self.sentence_of[i];
                self.push_item(s, e, sent, What::Entity, vec![a]);
                let text = doc.span_text(s, e).to_string();
                self.add_mention(a, (s, e), sent, text, form);
            }
            i = e;
        }
    }

    /// "the trade minister", "the Iraqi interior minister", "the executive spokeswoman": a
    /// definite description by a title whose holder the article has not named (nor any
    /// earlier pass found) is a person of its own, known by the description's words after
    /// the determiner, of the country the description names. Like a described group, its
    /// identity holds within its article ([`ActorId::Group`]). The description's start and
    /// that person; none for a title in a longer name, a party's office or after a
    /// possessor ("Mr Blair's spokesman" speaks for him).
    fn unnamed_holder(&mut self, i: usize, e: usize) -> Option<(usize, usize)> {
        let doc = self.doc;
        let toks = &doc.tokens;
        let s = self.definite_start(i)?;
        // Not in a longer name, nor a party's office ("the Tory leader"), whose holder the
        // party's members named in the article may be.
        let g = Gazetteer::get();
        let party = |k: usize| self.hit_at[k].is_some_and(|h| g.entities[h.0].kind == Kind::Party);
        let named = |k: usize| toks[k].tag == "NNP" && self.hit_at[k].is_none();
        if toks[s].lower != "the" || (s + 1..i).any(|k| named(k) || party(k)) {
            return None;
        }
        let label = doc.span_text(s + 1, e).to_string();
        let title = doc.span_text(i, e).to_lowercase();
        // A person the article names with a title of that office, before or after, or who
        // held the office by the gazetteer's offices, may be the one meant ("the Pakistani
        // president … President Pervez Musharraf", "the home secretary … Charles Clarke").
        let office = |t: &str| t.rsplit(' ').next().map(str::to_string);
        let persons = Persons::get();
        let named = (self.m.actors.iter()).any(|a| {
            let holder = (a.id.qid().and_then(|q| persons.by_qid(q)))
                .is_some_and(|p| p.offices.iter().any(|o| o.title == title));
            a.kind == Kind::Person
                && !matches!(a.id, ActorId::Group(_))
                && (holder
                    || a.title.as_deref().map(|t| office(&t.to_lowercase()))
                        == Some(office(&title)))
        });
        if named {
            return None;
        }
        let country = self.title_country(i, e);
        let a = self.m.actor_for(Actor {
            id: ActorId::Group(slug(&label)),
            label,
            kind: Kind::Person,
            country,
            title: Some(title),
            affiliation: None,
        });
        Some((s, a))
    }

    /// "the Archbishop of Canterbury", "the Governor of the Bank of England": a definite
    /// title of a named place or body whose holder the article has not named is a person
    /// of its own, known by the office (the title's words, "of" and the capitalised name
    /// after it), of the place's country. The description's start and that person.
    fn office_of_a_place(&mut self, i: usize, e: usize) -> Option<(usize, usize)> {
        let doc = self.doc;
        let toks = &doc.tokens;
        let s = self.definite_start(i)?;
        if toks.get(e).is_none_or(|t| t.lower != "of") {
            return None;
        }
        let end_of_sentence = doc.sentences[self.sentence_of[i]].tokens.end;
        let mut j = e + 1;
        if toks.get(j).is_some_and(|t| t.lower == "the") {
            j += 1;
        }
        let mut k = j;
        while k < end_of_sentence
            && k < j + 6
            && (toks[k].is_capitalized() && toks[k].tag.starts_with("NNP")
                || toks[k].lower == "of" && toks.get(k + 1).is_some_and(|n| n.is_capitalized()))
        {
            k += 1;
        }
        // The name ends the phrase: "the chief executive of the Fiat conglomerate" is a
        // firm's office the words do not name.
        let ends = toks.get(k).is_none_or(|t| !t.is_noun());
        if k == j || !toks[k - 1].is_capitalized() || !ends {
            return None;
        }
        let title = doc.span_text(i, e);
        // The office's name, capitalised as a name is ("mayor of Frankfurt": "Mayor of …").
        let office: Vec<String> = (title.split_whitespace())
            .map(|w| {
                let mut cs = w.chars();
                cs.next()
                    .map(|c| c.to_uppercase().chain(cs).collect())
                    .unwrap_or_default()
            })
            .collect();
        let label = format!("{} of {}", office.join(" "), doc.span_text(e + 1, k));
        let country = (j..k).find_map(|x| {
            let (en, _, _) = self.hit_at[x]?;
            let a = self.m.gazetteer_actor(en);
            self.m
                .country_of(a)
                .map(|c| self.m.actors[c].id.to_string())
        });
        let a = self.person(&label, Some(title.to_string()), country);
        Some((s, a))
    }

    /// The first token and the entity of a party's name that ends right before token `i`
    /// ("Tory" in "Tory leader", "Lib Dem" in "Lib Dem leader").
    fn party_before(&self, i: usize) -> Option<(usize, usize)> {
        let g = Gazetteer::get();
        self.name_ending_at(i, |h| g.entities[h.0].kind == Kind::Party)
    }

    /// The party's entity named before an office that starts at token `i`, past up to
    /// three words in lower case that tell which ("Liberal Democrat foreign affairs
    /// spokesman", "Tory leader"), and where those words start.
    fn party_before_office(&self, i: usize) -> Option<(usize, usize)> {
        let toks = &self.doc.tokens;
        let plain =
            |k: usize| !toks[k].is_capitalized() && matches!(toks[k].tag, "NN" | "NNS" | "JJ");
        (i.saturating_sub(3)..=i)
            .rev()
            .take_while(|&k| k == i || plain(k))
            .find_map(|k| self.party_before(k).map(|(_, party)| (k, party)))
    }

    /// The first token and the entity of a gazetteer name of up to four words that ends
    /// right before token `end` and satisfies `fits`.
    fn name_ending_at(&self, end: usize, fits: impl Fn(&Hit) -> bool) -> Option<(usize, usize)> {
        (end.saturating_sub(4)..end).find_map(|k| {
            self.hit_at[k]
                .filter(|h| h.2 == end && fits(h))
                .map(|h| (k, h.0))
        })
    }

    /// "the Tory leader" after "Tory leader Michael Howard": a title that alone names no
    /// single office ("leader", "spokesman") does with a party's name before it, and a
    /// definite one stands for the person last named with that title after the same
    /// party's name. The description's start and that person.
    fn party_title_before(&self, i: usize, title: &str) -> Option<(usize, usize)> {
        let toks = &self.doc.tokens;
        let (k, party) = self.party_before(i)?;
        let the = k > 0 && toks[k - 1].lower == "the";
        // A headline names its people by office before the body does ("Tory leader urges
        // Harry apology", then "says Tory leader Michael Howard"): the first the body
        // names so.
        let headline = !the && self.in_the_headline(i);
        if !the && !headline {
            return None;
        }
        let at = toks[i].start;
        let titled = format!("{title} ");
        let fits = |mn: &&Mention| {
            mn.form == Form::Title
                && mn.text.to_lowercase().starts_with(&titled)
                && self
                    .party_before(self.doc.token_from(mn.start))
                    .is_some_and(|(_, p)| p == party)
        };
        let holder = if headline {
            (self.m.mentions.iter())
                .filter(|mn| mn.start > at)
                .find(fits)?
        } else {
            (self.m.mentions.iter().rev())
                .filter(|mn| mn.start < at)
                .find(fits)?
        };
        Some((if the { k - 1 } else { k }, holder.actor))
    }

    /// Whether token `i` is in the article's headline: its first sentence, with no full
    /// stop, question or exclamation mark at its end, before a body.
    fn in_the_headline(&self, i: usize) -> bool {
        self.doc.sentences.len() > 1 && self.doc.is_headline(self.sentence_of[i])
    }

    /// The start of a definite description whose head starts at `i`: "the" before its
    /// adjectives and names ("the Pakistani president"), or a possessor ("Britain's
    /// chancellor"); none for a bare or indefinite one ("a president", "president").
    fn definite_start(&self, i: usize) -> Option<usize> {
        let toks = &self.doc.tokens;
        let s0 = self.doc.sentences[self.sentence_of[i]].tokens.start;
        let mut k = i;
        let mut possessor = false;
        while k > s0 && !self.covered[k - 1] {
            let p = &toks[k - 1];
            if p.tag == "POS" || p.lower == "'s" {
                possessor = true;
            } else if !(matches!(p.tag, "JJ" | "NNP") || self.hit_at[k - 1].is_some()) {
                break;
            }
            k -= 1;
        }
        if k > s0 && toks[k - 1].lower == "the" {
            Some(k - 1)
        } else {
            (possessor && k < i).then_some(k)
        }
    }

    /// The person named with `title` latest before token `i` whose country, when both are
    /// known, is `country`.
    fn titled_before(&self, i: usize, title: &str, country: Option<String>) -> Option<usize> {
        let at = self.doc.tokens[i].start;
        self.m
            .mentions
            .iter()
            .rev()
            .filter(|mn| mn.start < at && mn.form == Form::Title)
            .map(|mn| mn.actor)
            .find(|&a| {
                let actor = &self.m.actors[a];
                let same_title =
                    actor.title.as_deref().map(str::to_lowercase).as_deref() == Some(title);
                let same_country = match (&country, &actor.country) {
                    (Some(c), Some(ac)) => c == ac,
                    _ => true,
                };
                actor.kind == Kind::Person && same_title && same_country
            })
    }

    /// The one person named before token `i` who held the office `title` names (of
    /// `country`, when the description names one), by the gazetteer's offices: "Tony
    /// Blair … the prime minister" though the article never wrote "Prime Minister Tony
    /// Blair". The office must be held on the day the article was published, when that is
    /// known; a person the article gives another office ("Chancellor Gordon Brown", "the
    /// chancellor") is not this one's holder, whatever office they held later. None when
    /// two such persons were named ("Tony Blair and Ariel Sharon … the prime minister"),
    /// or none was.
    fn office_holder_before(
        &self,
        i: usize,
        title: &str,
        country: Option<String>,
    ) -> Option<usize> {
        let at = self.doc.tokens[i].start;
        let persons = Persons::get();
        let holds = |a: usize| {
            let actor = &self.m.actors[a];
            actor.kind == Kind::Person
                && !self.has_other_office(a, title, at)
                && (actor.id.qid().and_then(|q| persons.by_qid(q))).is_some_and(|p| {
                    (p.offices.iter()).any(|o| {
                        o.title == title
                            && country.as_ref().is_none_or(|c| *c == o.country)
                            && self.published.as_deref().is_none_or(|d| o.held_on(d))
                    })
                })
        };
        let mut holders = (self.m.mentions.iter())
            .filter(|mn| mn.start < at)
            .map(|mn| mn.actor)
            .filter(|&a| holds(a));
        let one = holders.next()?;
        holders.all(|a| a == one).then_some(one)
    }

    /// Whether the article gives actor `a`, before character `at`, an office other than
    /// `title`: as the title before the name or as a description ("the chancellor").
    fn has_other_office(&self, a: usize, title: &str, at: usize) -> bool {
        let lex = Lexicon::get();
        let office = |t: &str| lex.is("title", t) && !lex.is("generic_title", t) && t != title;
        let titled = (self.m.actors[a].title.as_deref()).is_some_and(|t| office(&t.to_lowercase()));
        titled
            || (self.m.mentions.iter()).any(|mn| {
                mn.actor == a
                    && mn.start < at
                    && mn.form == Form::Description
                    && (mn.text.to_lowercase().rsplit_once(' ')).is_some_and(|(_, t)| office(t))
            })
    }

    /// Later mentions of a titled person by surname alone ("Bazoum").
    fn surnames(&mut self, by_last: &HashMap<String, usize>) {
        let toks = &self.doc.tokens;
        let n = toks.len();
        for i in 0..n {
            if self.covered[i] || !toks[i].is_capitalized() || self.hit_at[i].is_some() {
                continue;
            }
            if let Some(&a) = by_last.get(&toks[i].text) {
                if i + 1 < n && toks[i + 1].is_proper() && self.hit_at[i + 1].is_none() {
                    continue;
                }
                let sent = self.sentence_of[i];
                self.push_item(i, i + 1, sent, What::Entity, vec![a]);
                self.add_mention(a, (i, i + 1), sent, toks[i].text.clone(), Form::Name);
            }
        }
    }

    /// Armed forces: a force noun (from the lexicon) heading its noun phrase, with the
    /// owners, unit and quantity named inside the phrase ("some 1,500 French troops").
    fn forces(&mut self) {
        for h in 0..self.doc.tokens.len() {
            if let Some(irregular) = self.force_head(h) {
                self.force_at(h, irregular);
            }
        }
    }

    /// Whether token `h` is the head of a force phrase, and if so whether its noun means
    /// irregular fighters. Not in idioms ("came into force") nor before another noun
    /// ("special forces soldiers", "air force base").
    fn force_head(&self, h: usize) -> Option<bool> {
        let lex = Lexicon::get();
        let toks = &self.doc.tokens;
        let n = toks.len();
        if self.covered[h] || !toks[h].is_noun() && toks[h].lemma != "military" {
            return None;
        }
        let lemma = toks[h].lemma.to_lowercase();
        // A one-word head ("troops"), or a two-word one whose first word must stand before
        // it ("police officers", "military police").
        let &irregular = lex.forces.get(lemma.as_str()).or_else(|| {
            let before = toks.get(h.checked_sub(1)?)?.lemma.to_lowercase();
            lex.forces.get(format!("{before} {lemma}").as_str())
        })?;
        // "came into force", "in force": no troops.
        if lemma == "force" && h > 0 && lex.is("force_idiom", &toks[h - 1].lower) {
            return None;
        }
        if lemma == "force" && self.force_as_mass_noun(h) {
            return None;
        }
        if self.of_civilian_members(h) {
            return None;
        }
        // The head is the last noun of the phrase: "special forces soldiers".
        if h + 1 < n && toks[h + 1].is_noun() && !toks[h + 1].is_proper() {
            return None;
        }
        if lemma == "force"
            && h > 0
            && lex.is("force_compound", &toks[h - 1].lower)
            && h + 1 < n
            && toks[h + 1].is_noun()
        {
            return None;
        }
        Some(irregular)
    }

    /// Whether "force" at `h` is the mass noun, strength or violence, not a body of troops:
    /// singular and in lower case, with no determiner, possessor or number before it and
    /// its adjectives, nor a noun it is compounded with ("if they use \"grossly
    /// disproportionate\" force", "reasonable force", "by military force"; not "a
    /// peacekeeping force", "the UN force", "air force"). Not in a headline, which drops
    /// its articles ("UN force to leave").
    fn force_as_mass_noun(&self, h: usize) -> bool {
        let toks = &self.doc.tokens;
        let si = self.sentence_of[h];
        if toks[h].tag != "NN" || self.doc.is_headline(si) {
            return false;
        }
        let s0 = self.doc.sentences[si].tokens.start;
        let modifier = |k: usize| {
            matches!(toks[k].tag, "JJ" | "JJR" | "JJS" | "RB" | "VBN" | "VBG")
                && !toks[k].is_capitalized()
                || is_quote_mark(&toks[k])
        };
        let before = (s0..h).rev().find(|&k| !modifier(k));
        before.is_none_or(|k| {
            !matches!(toks[k].tag, "DT" | "PRP$" | "CD" | "POS" | "WP$" | "PDT")
                && !toks[k].is_noun()
        })
    }

    /// Whether force head `h` is a group noun whose members its "of" phrase names as
    /// neither forces nor states (`armed_member`): "a coalition of firms", "a coalition of
    /// all three" (parties), not "a coalition of 30 nations" nor "of Nato troops".
    fn of_civilian_members(&self, h: usize) -> bool {
        let lex = Lexicon::get();
        let toks = &self.doc.tokens;
        if !lex.is("group_noun", &toks[h].lower) || toks.get(h + 1).is_none_or(|t| t.lower != "of")
        {
            return false;
        }
        let sent_end = self.doc.sentences[self.sentence_of[h]].tokens.end;
        let members = (h + 2..sent_end.min(h + 7))
            .take_while(|&k| !matches!(toks[k].tag, "," | "IN" | "CC" | "." | "WDT" | "VBG"))
            .filter(|&k| toks[k].is_noun())
            .last();
        members.is_none_or(|k| {
            let lemma = toks[k].lemma.to_lowercase();
            !toks[k].is_proper()
                && !lex.forces.contains_key(lemma.as_str())
                && !lex.is("armed_member", &lemma)
        })
    }

    /// Records the force phrase with head `h` as a force and an item.
    fn force_at(&mut self, h: usize, irregular: bool) {
        let lex = Lexicon::get();
        let doc = self.doc;
        let toks = &doc.tokens;
        let s = self.force_start(h);
        let (owners, unit, group) = self.span_owners(s, h, irregular);
        let lemma = toks[h].lemma.to_lowercase();
        // Police are a force only when the text says whose ("Kenyan police officers"): the
        // officers who left a warehouse are no contingent.
        if owners.is_empty() && unit.is_none() && lex.is("force_with_owner_only", &lemma) {
            return;
        }
        // Personnel are staff of any body: a force with an owner or a word of service
        // before them ("defence personnel", "military personnel"), not "the company, its
        // personnel and its shareholders".
        let served = (s..h).any(|k| lex.is("service_modifier", &toks[k].lower));
        if owners.is_empty() && unit.is_none() && !served && lex.is("force_if_serving", &lemma) {
            return;
        }
        let quantity = (s..h).find(|&k| toks[k].tag == "CD").map(|k| {
            let mut q0 = k;
            while q0 > s && lex.is("approximator", &toks[q0 - 1].lower) {
                q0 -= 1;
            }
            doc.span_text(q0, k + 1).to_string()
        });
        let plural = toks[h].tag.ends_with('S') || lex.is("collective_force", &lemma);
        let fi = self.m.forces.len();
        self.m.forces.push(Force {
            text: doc.span_text(s, h + 1).to_string(),
            start: toks[s].start,
            end: toks[h].end,
            sentence: self.sentence_of[h],
            owners,
            unit,
            quantity,
            irregular: group,
            inferred: false,
        });
        let it = self.push_item(s, h + 1, self.sentence_of[h], What::Force(fi), vec![]);
        self.m.items[it].plural = plural;
    }

    /// The first token of the force phrase with head `h`: it takes in the modifiers,
    /// names, possessors and quantity before the head.
    fn force_start(&self, h: usize) -> usize {
        let mut s = h;
        while s > 0 && self.extends_force(s, h) {
            s -= 1;
        }
        s
    }

    /// Whether token `s - 1` belongs to the force phrase that starts at `s` and has head
    /// `h`. "Fighters" of a state are not meant; "the military" as an adjective is not a
    /// force.
    fn extends_force(&self, s: usize, h: usize) -> bool {
        let lex = Lexicon::get();
        let toks = &self.doc.tokens;
        let hit_at = &self.hit_at;
        let p = &toks[s - 1];
        if self.covered[s - 1] || self.sentence_of[s - 1] != self.sentence_of[h] {
            return false;
        }
        let in_hit = covering_hit(hit_at, s - 1).is_some();
        // "of" belongs only to a quantity ("thousands of"), not to a head noun before it
        // ("the withdrawal of the 1,500 soldiers").
        let of_quantity = p.lower != "of" || (s >= 2 && lex.is("round_number", &toks[s - 2].lower));
        let approx =
            lex.is("approximator", &p.lower) && of_quantity && (s..h).any(|k| toks[k].tag == "CD");
        // A participle belongs to the phrase only inside it ("the French armed forces"),
        // not right after an auxiliary ("have ordered American troops").
        let verb_like = p.tag == "VBN"
            && !(s >= 2 && matches!(toks[s - 2].tag, "DT" | "PRP$" | "JJ" | "CD" | "POS" | "NNP"));
        // A gerund modifies the noun inside a noun phrase ("the UN peacekeeping
        // mission"), not after a verb ("began pulling troops").
        let gerund_modifier = p.tag == "VBG"
            && s >= 2
            && (covering_hit(hit_at, s - 2).is_some()
                || matches!(
                    toks[s - 2].tag,
                    "DT" | "PRP$" | "JJ" | "POS" | "NNP" | "NNPS"
                ));
        // "Burundian and Ugandan contingents", "French, German and Italian troops"; a
        // comma joins adjectives only (as tagged, or as the gazetteer's adjective forms:
        // the tagger may read "Belarusian" as a proper noun), not a place before it ("In
        // Somalia, African Union troops").
        let adjective = |k: usize| {
            toks[k].tag == "JJ" || covering_hit(hit_at, k).is_some_and(|h| h.1 == Form::Adjective)
        };
        let coordinated = matches!(p.lower.as_str(), "and" | "," | "or")
            && s >= 2
            && covering_hit(hit_at, s).is_some()
            && covering_hit(hit_at, s - 2).is_some()
            && (p.lower != "," || (adjective(s) && adjective(s - 2)));
        !verb_like
            && (in_hit
                || np_modifier(p.tag)
                || gerund_modifier
                || coordinated
                || approx
                || p.lower == "'s"
                || p.lower == "'")
    }

    /// The owners named inside the force phrase `s..=h` (states, armed groups, the
    /// countries of units, cities and agencies), its unit, and whether it is irregular.
    fn span_owners(
        &mut self,
        s: usize,
        h: usize,
        irregular: bool,
    ) -> (Vec<usize>, Option<usize>, bool) {
        let g = Gazetteer::get();
        let owners_in_span: Vec<(usize, Kind)> = (s..=h)
            .filter_map(|k| self.hit_at[k].map(|(e, _, _)| (e, g.entities[e].kind)))
            .collect();
        let m = &mut self.m;
        let mut owners = Vec::new();
        let mut unit = None;
        let mut group = irregular;
        for (e, kind) in owners_in_span {
            let a = m.gazetteer_actor(e);
            match kind {
                Kind::Operation | Kind::ArmedForce => {
                    unit = Some(a);
                    if let Some(c) = m.country_of(a) {
                        owners.push(c);
                    } else if let Some(q) = m.actors[a].country.clone() {
                        if let Some(c) = m.country_actor(&q) {
                            owners.push(c);
                        }
                    }
                }
                Kind::ArmedGroup => {
                    owners.push(a);
                    group = true;
                }
                k if k.is_polity() => owners.push(a),
                Kind::Capital | Kind::City => {
                    if let Some(c) = m.country_of(a) {
                        owners.push(c);
                    }
                }
                Kind::Agency | Kind::Organization => {
                    if let Some(c) = m.country_of(a) {
                        owners.push(c);
                    }
                }
                _ => {}
            }
        }
        (owners, unit, group)
    }

    /// Governments standing for their country: a government noun (from the lexicon) made
    /// definite by what precedes it ("the junta", "Mali's military rulers") or by "of"/"in"
    /// after it ("the government of Mali"); its countries are the ones named there.
    fn governments(&mut self) {
        let mut i = 0;
        while i < self.doc.tokens.len() {
            i = self.government_at(i);
        }
    }

    /// Records a government phrase whose noun starts at token `i`, if there is one; returns
    /// the token to look at next.
    fn government_at(&mut self, i: usize) -> usize {
        let toks = &self.doc.tokens;
        let n = toks.len();
        let Some(len) = match_phrase(self.doc, i, &Lexicon::get().governments) else {
            return i + 1;
        };
        let e = i + len;
        if self.covered[i..e].iter().any(|&c| c)
            || (e < n && toks[e].is_noun() && !toks[e].is_proper())
        {
            return i + 1;
        }
        let s = self.government_start(i);
        if self.leads_a_body(s, i) {
            return e;
        }
        let determined = s < i || (e < n && matches!(toks[e].lower.as_str(), "of" | "in"));
        if !determined {
            return e;
        }
        let countries = self.government_countries(s, i, e);
        let it = self.push_item(s, e, self.sentence_of[i], What::Government, countries);
        let plural = toks[e - 1].tag.ends_with('S') || toks[e - 1].lower.ends_with('s');
        self.m.items[it].plural = plural;
        e
    }

    /// "Union leaders", "business leaders", "Labour leaders": whether the words `s..i`
    /// before a government noun name a body or a trade (a common noun, a capitalised group
    /// word, a name the gazetteer knows as a party, firm, outlet or agency) rather than a
    /// state ("EU leaders", "Mali's military rulers", "government leaders"). The phrase is
    /// then a group, not the state's government.
    fn leads_a_body(&self, s: usize, i: usize) -> bool {
        let lex = Lexicon::get();
        let toks = &self.doc.tokens;
        (s..i).any(|k| {
            let t = &toks[k];
            if let Some((en, _, _)) = covering_hit(&self.hit_at, k) {
                let kind = Gazetteer::get().entities[en].kind;
                return matches!(
                    kind,
                    Kind::Party | Kind::Organization | Kind::Outlet | Kind::Agency
                );
            }
            let state_word =
                lex.is("government", &t.lower) || lex.is("government_modifier", &t.lower);
            let common = matches!(t.tag, "NN" | "NNS")
                || lex.is("group_noun", &t.lower)
                || (t.is_capitalized() && Tagger::get().is_common_noun(&t.lower));
            common && !state_word
        })
    }

    /// The first token of a government phrase whose noun starts at `i`: walks left over
    /// determiners, adjectives, numbers and possessors.
    fn government_start(&self, i: usize) -> usize {
        let lex = Lexicon::get();
        let toks = &self.doc.tokens;
        let mut s = i;
        while s > 0 && !self.covered[s - 1] && self.sentence_of[s - 1] == self.sentence_of[i] {
            let p = &toks[s - 1];
            if covering_hit(&self.hit_at, s - 1).is_some()
                || matches!(
                    p.tag,
                    "DT" | "PRP$" | "JJ" | "POS" | "CD" | "VBG" | "VBN" | "NNP"
                )
                || p.lower == "'s"
                || lex.is("government_modifier", &p.lower)
            {
                s -= 1;
                // A determiner opens the phrase: "urged the government" ends at "the".
                if matches!(p.tag, "DT" | "PRP$") && p.lower != "all" {
                    break;
                }
            } else {
                break;
            }
        }
        s
    }

    /// The countries of the government phrase `s..e` with its noun at `i`: those named
    /// before the noun, else those in the list after "of"/"in".
    fn government_countries(&mut self, s: usize, i: usize, e: usize) -> Vec<usize> {
        let doc = self.doc;
        let toks = &doc.tokens;
        let m = &mut self.m;
        let mut countries: Vec<usize> = (s..i)
            .filter_map(|k| self.hit_at[k].map(|(en, _, _)| en))
            .collect::<Vec<_>>()
            .into_iter()
            .filter_map(|en| {
                let a = m.gazetteer_actor(en);
                // "ECOWAS leaders" stand for the organisation itself.
                m.country_of(a)
                    .or_else(|| m.actors[a].kind.is_polity().then_some(a))
            })
            .collect();
        if countries.is_empty()
            && e + 1 < toks.len()
            && matches!(toks[e].lower.as_str(), "of" | "in")
        {
            for (a, _) in coordinated_hits(doc, &self.hit_at, e + 1) {
                let ac = m.gazetteer_actor(a);
                if let Some(c) = m.country_of(ac) {
                    countries.push(c);
                }
            }
        }
        dedup(&mut countries);
        countries
    }

    /// Places the gazetteer does not know, named as such: "the southern city of Kherson",
    /// "the town of Gao". They get a local identity, and the country named nearest in
    /// their sentence.
    fn unknown_places(&mut self) {
        let mut found = Vec::new();
        for t in 1..self.doc.tokens.len().saturating_sub(2) {
            found.extend(self.unknown_place_at(t));
        }
        self.places_named_again(&found);
    }

    /// Records the unknown place named after the place noun at token `t` ("town of
    /// Gao"; with no "of" after a country's adjective, "the Swiss mountain resort Davos"),
    /// if there is one: its actor and the words of its name.
    fn unknown_place_at(&mut self, t: usize) -> Option<(usize, Vec<String>)> {
        let lex = Lexicon::get();
        let doc = self.doc;
        let toks = &doc.tokens;
        let n = toks.len();
        let lemma = toks[t].lemma.to_lowercase();
        let of = toks[t + 1].lower == "of";
        let s = if of { t + 2 } else { t + 1 };
        let named = |k: usize| {
            !self.covered[k]
                && self.hit_at[k].is_none()
                && toks[k].is_capitalized()
                && toks[k].is_proper()
        };
        if !lex.is("named_place_noun", &lemma) || self.covered[t] || !named(s) {
            return None;
        }
        let mut e = s;
        while e < n && e < s + 3 && named(e) {
            e += 1;
        }
        let adjective_country = self.country_of_place_noun(t);
        // Without "of", only a country's adjective says the name is the place's, not
        // the next phrase's ("the resort Hilton Hotels runs").
        if !of && (adjective_country.is_none() || e == s + 3) {
            return None;
        }
        let name = doc.span_text(s, e).to_string();
        let sent = self.sentence_of[t];
        let country = adjective_country
            .or_else(|| CityCountries::get().country(&name).map(str::to_string))
            .or_else(|| self.nearest_country(t, sent));
        let kind = if lex.is("region_noun", &lemma) {
            Kind::Region
        } else {
            Kind::City
        };
        let words = (s..e).map(|k| toks[k].text.clone()).collect();
        Some((self.local_place((s, e), name, kind, country), words))
    }

    /// Every later mention of an unknown place `found` named as such before ("Davos" after
    /// "the Swiss mountain resort Davos"): the same words, written alone, no earlier pass
    /// took.
    fn places_named_again(&mut self, found: &[(usize, Vec<String>)]) {
        let toks = &self.doc.tokens;
        let mut again = Vec::new();
        for (a, words) in found {
            let len = words.len();
            for k in 0..toks.len().saturating_sub(len - 1) {
                let same = (0..len).all(|j| toks[k + j].text == words[j]);
                let free = (k..k + len).all(|j| !self.covered[j] && self.hit_at[j].is_none());
                let alone = toks.get(k + len).is_none_or(|w| !w.is_proper());
                if same && free && alone {
                    again.push((*a, k, k + len));
                }
            }
        }
        for (a, s, e) in again {
            let sent = self.sentence_of[s];
            self.push_item(s, e, sent, What::Entity, vec![a]);
            let text = self.doc.span_text(s, e).to_string();
            self.add_mention(a, (s, e), sent, text, Form::Name);
        }
    }

    /// Records the place the gazetteer does not know named at `start..end`, with a local
    /// identity, its kind and its country (QID).
    fn local_place(
        &mut self,
        (start, end): (usize, usize),
        name: String,
        kind: Kind,
        country: Option<String>,
    ) -> usize {
        let sent = self.sentence_of[start];
        let a = self.m.actor_for(Actor {
            id: ActorId::Local(slug(&name)),
            label: name.clone(),
            kind,
            country,
            title: None,
            affiliation: None,
        });
        self.push_item(start, end, sent, What::Entity, vec![a]);
        self.add_mention(a, (start, end), sent, name, Form::Name);
        a
    }

    /// Records the place the recognizer named at `start..end` as a city, when a locative
    /// preposition ("in", "from", "near": word class `locative`) introduces it and the table
    /// of city countries knows its name ([`CityCountries`]: "in Manchester", "near Herat"): a
    /// local identity, and that country. A name used otherwise may be a company's or a
    /// person's as well ("Toyota said", "Halifax shares").
    fn city(&mut self, start: usize, end: usize) {
        let toks = &self.doc.tokens;
        if start == 0 || !Lexicon::get().is("locative", &toks[start - 1].lower) {
            return;
        }
        let name = self.doc.span_text(start, end).to_string();
        if let Some(country) = CityCountries::get().country(&name) {
            self.local_place((start, end), name, Kind::City, Some(country.to_string()));
        }
    }

    /// The country (QID) a country's adjective on place noun `t` gives it: "the Israeli city
    /// of", "the Malian desert town of" (the adjective before the noun, or before the
    /// adjectives and nouns that modify it).
    fn country_of_place_noun(&self, t: usize) -> Option<String> {
        let g = Gazetteer::get();
        let toks = &self.doc.tokens;
        let s0 = self.doc.sentences[self.sentence_of[t]].tokens.start;
        let mut k = t;
        while k > s0 {
            k -= 1;
            if let Some((en, Form::Adjective, _)) = self.hit_at[k] {
                let c = g
                    .country_of(en)
                    .filter(|&c| g.entities[c].kind.is_country());
                return c.map(|c| g.entities[c].id.clone());
            }
            if !matches!(toks[k].tag, "JJ" | "NN" | "NNP" | "HYPH") || k + 3 < t {
                return None;
            }
        }
        None
    }

    /// The country (QID) of the place named nearest token `t` in sentence `sent`,
    /// preferring one introduced as a place ("In Gaza, Israel said …"); a region stands
    /// for its country.
    fn nearest_country(&self, t: usize, sent: usize) -> Option<String> {
        let g = Gazetteer::get();
        let lex = Lexicon::get();
        let toks = &self.doc.tokens;
        let locative = |k: usize| k > 0 && lex.is("locative", &toks[k - 1].lower);
        (self.doc.sentences[sent].tokens.clone())
            .filter_map(|k| self.hit_at[k].map(|(en, f, _)| (k, en, f)))
            .filter(|&(_, en, f)| {
                f == Form::Name
                    && (g.entities[en].kind.is_country() || g.entities[en].kind == Kind::Region)
            })
            .min_by_key(|&(k, _, _)| (!locative(k), k.abs_diff(t)))
            .and_then(|(_, en, _)| g.country_of(en))
            .map(|c| g.entities[c].id.clone())
    }

    /// The gazetteer hits no earlier item covers, as entity items; an adjective only
    /// modifies ("Russian equipment") unless used as a noun ("the French leave").
    fn remaining_hits(&mut self) {
        let toks = &self.doc.tokens;
        let mut k = 0;
        while k < toks.len() {
            let Some((e, form, end)) = self.hit_at[k] else {
                k += 1;
                continue;
            };
            if !self.covered[k..end].iter().any(|&c| c) {
                let a = self.m.gazetteer_actor(e);
                // "the French leave": an adjective used as a noun names the country's people
                // (here its forces); elsewhere an adjective only modifies.
                let people = form == Form::Adjective
                    && k > 0
                    && toks[k - 1].lower == "the"
                    && toks.get(end).is_none_or(|t| {
                        !t.is_noun() && !matches!(t.tag, "JJ" | "CD" | "POS" | "HYPH")
                    });
                let what = if form == Form::Adjective && !people
                    || form == Form::Name
                        && self.m.actors[a].kind.is_country()
                        && describes_a_name(
                            toks,
                            end,
                            self.doc.sentences[self.sentence_of[k]].tokens.end,
                        ) {
                    What::Modifier
                } else {
                    What::Entity
                };
                // A party named in the plural ("the Tories", "the Liberal Democrats").
                let last = &toks[end - 1];
                let plural_party = self.m.actors[a].kind == Kind::Party
                    && (last.tag == "NNPS"
                        || last.text.ends_with('s') && !last.text.ends_with("ss"));
                let it = self.push_item(k, end, self.sentence_of[k], what, vec![a]);
                self.m.items[it].plural = form == Form::Demonym || people || plural_party;
            }
            k = end;
        }
    }

    /// How much the article is about each country: every entity item counts for its
    /// country, double when named as a place ("in Mali", "left Niger"); but a place that
    /// only says where someone named right after a description is from ("US tycoon Malcolm
    /// Glazer", "US oil giant ExxonMobil"), or where one person the description names is
    /// from ("the US tycoon", "a US banker": word class `person_role_noun`; not an office,
    /// as "a UK MEP" is the country's own),
    /// tells whose they are, not where the story is.
    fn topic_weights(&mut self) {
        let lex = Lexicon::get();
        let toks = &self.doc.tokens;
        let m = &mut self.m;
        for ii in 0..m.items.len() {
            let it = &m.items[ii];
            if it.what != What::Entity || origin_of_a_name(self.doc, m, it) {
                continue;
            }
            let k = it.start;
            let place_pp = k > 0 && lex.is("topic_place", &toks[k - 1].lower);
            let weight = if place_pp { 2 } else { 1 };
            let actors = it.actors.clone();
            for a in actors {
                if let Some(c) = m.country_of(a) {
                    *m.topic.entry(c).or_default() += weight;
                }
            }
        }
    }

    /// Governments with no country of their own stand for the country the article is
    /// most about among those named around them, or for its home country
    /// ([`home_country`]) when their sentence places them nowhere; "all three juntas" for
    /// the group of countries named together before.
    fn governments_from_context(&mut self) {
        let lex = Lexicon::get();
        let doc = self.doc;
        let toks = &doc.tokens;
        let m = &mut self.m;
        let unplaced = |it: &Item| it.what == What::Government && it.actors.is_empty();
        let home = match m.items.iter().any(unplaced) {
            true => home_country(m),
            false => None,
        };
        for ii in 0..m.items.len() {
            if m.items[ii].what != What::Government || !m.items[ii].actors.is_empty() {
                continue;
            }
            let start = m.items[ii].start;
            // "all three juntas", "both governments": the countries named together before.
            let counted = (start..m.items[ii].end).any(|k| lex.is("counting_word", &toks[k].lower));
            if counted && m.items[ii].plural {
                let group = previous_group(m, doc, start);
                if group.len() >= 2 {
                    m.items[ii].actors = group;
                    continue;
                }
            }
            // Unless its sentence places it ("in Mali"), a government the article's own
            // bodies and office holders stand beside is theirs, or a part's of their country.
            let c = located_near(m, doc, start).or_else(|| {
                match (home, country_around(m, doc, start)) {
                    (Some(h), Some(c)) if !of_home(m, c, h) => Some(h),
                    (_, c) => c,
                }
            });
            if let Some(c) = c {
                m.items[ii].actors = vec![c];
            }
        }
    }

    /// Place descriptions ("the country", "their capitals") and pronouns, resolved in
    /// document order against the items found so far.
    fn descriptions_and_pronouns(&mut self) {
        let lex = Lexicon::get();
        let doc = self.doc;
        for (t, tok) in doc.tokens.iter().enumerate() {
            if self.covered[t] {
                continue;
            }
            let lemma = tok.lemma.to_lowercase();
            if lex.is("place_noun", &lemma) && tok.is_noun() && t > 0 {
                self.place_description(t, &lemma);
            } else if matches!(
                tok.lower.as_str(),
                "it" | "its" | "they" | "them" | "their" | "itself" | "themselves"
            ) {
                self.pronoun(t);
            } else if gender_of_pronoun(&tok.lower).is_some() && tok.tag.starts_with("PRP") {
                self.person_pronoun(t);
            }
        }
    }

    /// A definite place description with its place noun at token `t` ("the country", "the
    /// Nigerian capital", "their countries"), resolved to the places it means.
    fn place_description(&mut self, t: usize, lemma: &str) {
        let doc = self.doc;
        let toks = &doc.tokens;
        let covered = &self.covered;
        // "the West African nation of Niger", "the Swiss mountain resort Davos": the named
        // place is the item.
        let named = |k: usize| k < toks.len() && (self.hit_at[k].is_some() || covered[k]);
        let name_after = toks.get(t + 1).is_some_and(|w| w.tag == "NNP");
        if named(t + 1)
            || name_after
            || toks.get(t + 1).is_some_and(|w| w.lower == "of") && named(t + 2)
        {
            return;
        }
        let mut s = t;
        while s > 0
            && !covered[s - 1]
            && self.sentence_of[s - 1] == self.sentence_of[t]
            && (matches!(toks[s - 1].tag, "DT" | "PRP$" | "JJ" | "CD" | "POS" | "VBG")
                // "the island state", "the oil-rich Gulf state"
                || Lexicon::get().is("place_kind_noun", &toks[s - 1].lower))
        {
            s -= 1;
        }
        // "the Nigerian capital": the country's adjective is an item of its own, which
        // says whose place it is; the place noun alone is the description's item.
        let adjective = t >= 2 && self.hit_at[t - 1].is_some_and(|h| h.1 == Form::Adjective);
        let name_beside = toks.get(t + 1).is_some_and(|w| w.text == ",") && named(t + 2);
        if s == t && adjective && toks[t - 2].lower == "the" && !name_beside {
            let actors = resolve_place(&mut self.m, doc, t - 1, t, lemma, false, &self.hit_at);
            if !actors.is_empty() {
                self.push_item(t, t + 1, self.sentence_of[t], What::Place, actors);
            }
            return;
        }
        let det = &toks[s].lower;
        let possessor = s > 0 && covered[s - 1] && matches!(toks[s].lower.as_str(), "'s" | "'");
        if !(matches!(det.as_str(), "the" | "their" | "its" | "this" | "that")
            || possessor
            || (s < t && s > 0 && covered[s - 1]))
        {
            return;
        }
        let plural = toks[t].tag.ends_with('S');
        let actors = resolve_place(&mut self.m, doc, s, t, lemma, plural, &self.hit_at);
        if !actors.is_empty() {
            let it = self.push_item(s, t + 1, self.sentence_of[t], What::Place, actors);
            self.m.items[it].plural = plural;
        }
    }

    /// A personal or possessive pronoun at token `t`, resolved to what it refers to;
    /// not when a place noun follows ("their three countries", "its capital"), nor an "it"
    /// that stands for a clause after it ([`stands_for_a_clause`]).
    fn pronoun(&mut self, t: usize) {
        let lex = Lexicon::get();
        let toks = &self.doc.tokens;
        if stands_for_a_clause(self.doc, t) {
            return;
        }
        let plural = !toks[t].lower.starts_with("it");
        // "their three countries", "its capital": the place phrase is the item.
        let place_follows = (t + 1..toks.len().min(t + 4))
            .take_while(|&k| k == t + 1 || matches!(toks[k - 1].tag, "JJ" | "CD"))
            .any(|k| toks[k].is_noun() && lex.is("place_noun", &toks[k].lemma.to_lowercase()));
        if place_follows {
            return;
        }
        if let Some((what, actors)) = resolve_pronoun(&self.m, self.doc, t, plural) {
            let it = self.push_item(t, t + 1, self.sentence_of[t], what, actors);
            self.m.items[it].plural = plural;
        }
    }

    /// A third-person singular pronoun at token `t` ("he", "his", "her"; not a reflexive
    /// "himself", which is never a subject and would be taken for one), resolved to the
    /// person it refers to: in a fronted clause the first person after the comma ("After
    /// his visit, Mr Brown said"), else a person of the latest sentence within three that
    /// names one: outside a prepositional phrase first, then a subject or a speaker over a
    /// possessor or an object ([`speaks_or_acts`]), then the first, which is most often the
    /// subject ("He met Mr Mahama. His visit …" is the visitor's). A person
    /// whose title says the other gender ("Mrs", "Sir") is passed over, and so is one named
    /// inside a quotation of the pronoun's sentence when the pronoun stands outside it.
    /// "His party's" is an item of its own too: the party a title gave that person.
    fn person_pronoun(&mut self, t: usize) {
        let doc = self.doc;
        let m = &self.m;
        let gender = gender_of_pronoun(&doc.tokens[t].lower);
        // Whom a speaker names in the quotation of its own sentence is somebody else:
        // "'Tony Blair, Michael Howard and myself were all class of '83,' he said."
        let s0 = doc.sentences[self.sentence_of[t]].tokens.start;
        let quoted_apart = |it: &Item| {
            it.start >= s0 && quoted_since(doc, s0, it.start) && !quoted_since(doc, s0, t)
        };
        // So is whom a speaker names in what "he said" after a comma reports, quoted or not
        // ("This is the record Mr Blair will have to defend, he said"): the speaker is told
        // of before the sentence.
        let toks = &doc.tokens;
        let reports_back = t > s0 && says_after_a_comma(toks, t);
        let reported = |it: &Item| reports_back && it.start >= s0 && it.end <= t;
        // A speaker calls himself "I": "he" in his own quotation is somebody else ("'… that
        // he is coming to Europe as his first foreign visit,' said Mr Blair").
        let speakers = quotation_speakers(m, doc, t);
        let candidate = |it: &Item| {
            it.what == What::Entity
                && it.actors.iter().any(|&a| m.actors[a].kind == Kind::Person)
                && (item_gender(doc, it).or_else(|| person_gender(m, doc, it)))
                    .is_none_or(|g| Some(g) == gender)
                && !quoted_apart(it)
                && !reported(it)
                && !(it.actors.iter()).any(|a| speakers.contains(a))
        };
        // Outside a quotation, "he" is somebody the narrator tells of, not one a speaker
        // named in a quotation of an earlier sentence ("Mr Kennedy said: '… the stealth tax
        // strategy of Gordon Brown …' He challenged the Treasury"): quoted in its own
        // sentence, as a quotation carried over a sentence opens each with a mark.
        let sentence_start = |k: usize| doc.sentences[self.sentence_of[k]].tokens.start;
        let free = !quoted_since(doc, s0, t);
        let told_of = |it: &Item| !free || !quoted_since(doc, sentence_start(it.start), it.start);
        let found = fronted_clause_referent(m, doc, t, &candidate).or_else(|| {
            m.window(narrated_sentences_back(doc, t, 3), t)
                .into_iter()
                .map(|i| &m.items[i])
                .filter(|it| candidate(it))
                .max_by_key(|it| {
                    let subject = speaks_or_acts(doc, it);
                    // "after Dave Prentis, the leader of Unison, told the paper he wants":
                    // the subject of a clause a subordinator opens is no oblique; but of
                    // two subjects, the main clause's is whom the text goes on about ("As
                    // Tory leader Michael Howard kicked off his campaign, Charles Kennedy
                    // dismissed the Conservatives. And he insisted …").
                    (
                        told_of(it),
                        it.sentence,
                        !told_by_a_pronoun(doc, it),
                        it.pp.is_none() || subject,
                        subject,
                        !in_a_fronted_clause(doc, it, t),
                        std::cmp::Reverse(it.start),
                    )
                })
        });
        let Some(it) = found else { return };
        let actors: Vec<usize> = (it.actors.iter().copied())
            .filter(|&a| m.actors[a].kind == Kind::Person)
            .collect();
        let party = (actors.iter()).find_map(|a| self.party_of.get(a).copied());
        self.push_item(t, t + 1, self.sentence_of[t], What::Entity, actors);
        // "He told his party's spring conference": the party possessed is the one a title
        // gave the person.
        let possessed = |k: usize| toks.get(k).is_some_and(|w| w.tag == "POS");
        let party_word = toks
            .get(t + 1)
            .is_some_and(|w| w.lower == "party" && w.tag == "NN");
        if let Some(q) = party.filter(|_| party_word && possessed(t + 2) && !self.covered[t + 1]) {
            let sent = self.sentence_of[t];
            self.push_item(t + 1, t + 2, sent, What::Entity, vec![q]);
            let text = doc.span_text(t, t + 2).to_string();
            self.add_mention(q, (t, t + 2), sent, text, Form::Description);
        }
    }

    /// Sorts the items by position and records which item covers each token.
    fn index_items(&mut self) {
        let m = &mut self.m;
        m.items.sort_by_key(|it| it.start);
        m.sorted_upto = m.items.len();
        m.item_at = vec![None; self.doc.tokens.len()];
        for (i, it) in m.items.iter().enumerate() {
            for t in it.start..it.end {
                m.item_at[t] = Some(i);
            }
        }
    }

    /// Force owners from the context, for forces whose phrase names none, tried in order:
    /// "whose troops", "its forces", "troops from Italy, Estonia and the Czech Republic",
    /// "soldiers of France's Barkhane force", "the army in Niger", "the army" (the country
    /// the text is about), then coreference to the latest force whose owner is known.
    fn force_owners(&mut self) {
        let m = &self.m;
        let force_idx: Vec<usize> = (0..m.items.len())
            .filter(|&i| matches!(m.items[i].what, What::Force(_)))
            .collect();
        for &ii in &force_idx {
            let What::Force(fi) = self.m.items[ii].what else {
                continue;
            };
            self.owners_by_whose(ii, fi);
            self.owners_by_pronoun(ii, fi);
            self.owners_by_described_possessor(ii, fi);
            self.owners_after(ii, fi);
            self.contributors(ii, fi);
            self.owner_of_own_army(ii, fi);
            self.owners_by_coreference(ii, fi, &force_idx);
            dedup(&mut self.m.forces[fi].owners);
            self.m.items[ii].actors = self.m.forces[fi].owners.clone();
        }
        // Fighters of no group the text names or refers back to are a group it describes
        // ("rebels", "Islamist militants"): it owns them and can act. Last, so that no
        // other force takes this owner by coreference.
        for &ii in &force_idx {
            let What::Force(fi) = self.m.items[ii].what else {
                continue;
            };
            let f = &self.m.forces[fi];
            if f.irregular && f.owners.is_empty() && f.unit.is_none() {
                let (s, e) = (self.m.items[ii].start, self.m.items[ii].end);
                let a = self.group_actor(s, e - 1, None);
                self.m.forces[fi].owners.push(a);
            }
        }
        // Every force's item, and the pronouns that refer to forces, take the force's
        // owners.
        let m = &mut self.m;
        for ii in 0..m.items.len() {
            if let What::Force(fi) = m.items[ii].what {
                m.items[ii].actors = m.forces[fi].owners.clone();
            }
        }
    }

    /// "the Southern African Development Community, whose troops …": the relative
    /// possessive's antecedent owns force `fi` (item `ii`).
    fn owners_by_whose(&mut self, ii: usize, fi: usize) {
        let toks = &self.doc.tokens;
        let m = &mut self.m;
        let s = m.items[ii].start;
        if !m.forces[fi].owners.is_empty() || s < 2 || toks[s - 1].lower != "whose" {
            return;
        }
        let mut b = s - 1;
        if b > 0 && toks[b - 1].lower == "," {
            b -= 1;
        }
        let Some(prev) = b.checked_sub(1).and_then(|k| m.item_at[k]) else {
            return;
        };
        if m.items[prev].end == b && m.items[prev].what == What::Entity {
            let owners: Vec<usize> = m.items[prev]
                .actors
                .clone()
                .into_iter()
                .filter(|&a| {
                    let k = m.actors[a].kind;
                    k.is_polity() || matches!(k, Kind::ArmedGroup | Kind::Organization)
                })
                .collect();
            if !owners.is_empty() {
                m.forces[fi].owners = owners;
            }
        }
    }

    /// A possessive pronoun inside the phrase of force `fi` (item `ii`): "its forces",
    /// "their troops" belong to the state or armed group it refers to.
    fn owners_by_pronoun(&mut self, ii: usize, fi: usize) {
        let doc = self.doc;
        let m = &mut self.m;
        if !m.forces[fi].owners.is_empty() {
            return;
        }
        let (s, e) = (m.items[ii].start, m.items[ii].end);
        for (t, tok) in doc.tokens.iter().enumerate().take(e).skip(s) {
            let l = tok.lower.as_str();
            if !matches!(l, "its" | "their") {
                continue;
            }
            if let Some((_, actors)) = resolve_pronoun(m, doc, t, l == "their") {
                let mut owners = Vec::new();
                for a in actors {
                    if let Some(c) =
                        (m.country_of(a).or(Some(a))).filter(|&c| owns_forces(m.actors[c].kind))
                    {
                        owners.push(c);
                    }
                }
                m.forces[fi].owners = owners;
            }
        }
    }

    /// A bare definite possessor inside the phrase of force `fi` (item `ii`): "the bloc's
    /// troops", "the alliance's soldiers" belong to the body such a description stands for
    /// ([`Finder::group_antecedent`]), when that is a state, a union of states or an armed
    /// group.
    fn owners_by_described_possessor(&mut self, ii: usize, fi: usize) {
        let toks = &self.doc.tokens;
        let (s, e) = (self.m.items[ii].start, self.m.items[ii].end);
        if !self.m.forces[fi].owners.is_empty() {
            return;
        }
        let possessor = (s + 1..e.saturating_sub(1)).find(|&k| {
            toks[k + 1].tag == "POS"
                && toks[k - 1].lower == "the"
                && toks[k].is_common_noun()
                && Lexicon::get().is("group_noun", &toks[k].lower)
        });
        let Some(a) = possessor.and_then(|k| self.group_antecedent(k)) else {
            return;
        };
        if owns_forces(self.m.actors[a].kind) {
            self.m.forces[fi].owners = vec![a];
        }
    }

    /// The owners named after the phrase of force `fi` (item `ii`): "troops from Italy,
    /// Estonia and the Czech Republic", "soldiers of France's Barkhane force", "the army in
    /// Niger". After a verb's object, or a phrase whose owner is a pronoun, "from" says
    /// where, not whose: "withdrew their soldiers from Niger", "pulled troops from Mali".
    fn owners_after(&mut self, ii: usize, fi: usize) {
        let lex = Lexicon::get();
        let doc = self.doc;
        let toks = &doc.tokens;
        let (s, e) = (self.m.items[ii].start, self.m.items[ii].end);
        let pronoun_owner = (s..e).any(|k| matches!(toks[k].lower.as_str(), "its" | "their"));
        if !self.m.forces[fi].owners.is_empty() || e + 1 >= toks.len() || pronoun_owner {
            return;
        }
        let prep = toks[e].lower.as_str();
        let head = toks[e - 1].lemma.to_lowercase();
        if !((prep == "of" || (prep == "from" && !moves_forces(doc, s)))
            || (prep == "in" && lex.is("national_force", &head)))
        {
            return;
        }
        let m = &mut self.m;
        let mut owners = Vec::new();
        for (en, _) in coordinated_hits(doc, &self.hit_at, e + 1) {
            let a = m.gazetteer_actor(en);
            let kind = m.actors[a].kind;
            if owns_forces(kind) {
                owners.push(a);
            } else if matches!(kind, Kind::Operation | Kind::ArmedForce | Kind::Capital) {
                if let Some(c) = m.country_of(a) {
                    owners.push(c);
                }
            }
        }
        if owners.is_empty() && prep == "of" {
            owners = self.next_force_owners(fi, e);
        }
        self.m.forces[fi].owners = owners;
    }

    /// The states a force is drawn from, told after its phrase (and its "of" phrase) by
    /// words of composition (`composed_of`, of up to three words: "Soldiers of the bloc's
    /// mission, drawn from South Africa, Malawi and Tanzania", "The peacekeepers, made up of
    /// Nigerian and Ghanaian soldiers"): they own force `fi` (item `ii`) too.
    fn contributors(&mut self, ii: usize, fi: usize) {
        let lex = Lexicon::get();
        let toks = &self.doc.tokens;
        let e = self.m.items[ii].end;
        let sent_end = self.doc.sentences[self.m.items[ii].sentence].tokens.end;
        // Past the force's own "of" phrase, up to a comma.
        let mut k = e;
        if toks.get(k).is_some_and(|t| t.lower == "of") {
            k = (k + 1..sent_end.min(k + 8))
                .find(|&j| toks[j].lower == "," || toks[j].is_verb())
                .unwrap_or(k);
        }
        if toks.get(k).is_some_and(|t| t.lower == ",") {
            k += 1;
        }
        let words = |n: usize| {
            let w: Vec<&str> = (k..k + n)
                .filter_map(|j| toks.get(j))
                .map(|t| &*t.lower)
                .collect();
            (w.len() == n).then(|| w.join(" "))
        };
        let Some(n) = (1..=3)
            .rev()
            .find(|&n| words(n).is_some_and(|w| lex.is("composed_of", &w)))
        else {
            return;
        };
        let told = k + n;
        for (en, _) in coordinated_hits(self.doc, &self.hit_at, told) {
            let a = self.m.gazetteer_actor(en);
            if self.m.actors[a].kind.is_polity() {
                self.m.forces[fi].owners.push(a);
            }
        }
    }

    /// "soldiers of France's Barkhane force": the owners of the force named within five
    /// tokens after token `e`, or the states or armed groups an item there names or
    /// describes ("soldiers of the bloc's mission"); force `fi` takes the force's unit too
    /// if it has none.
    fn next_force_owners(&mut self, fi: usize, e: usize) -> Vec<usize> {
        let t = (e + 1..self.doc.tokens.len().min(e + 6)).find(|&t| self.m.item_at[t].is_some());
        let Some(j) = t.and_then(|t| self.m.item_at[t]) else {
            return Vec::new();
        };
        match self.m.items[j].what {
            What::Force(other) => {
                // A later force's own possessor tells its owners before its turn comes.
                self.owners_by_described_possessor(j, other);
                let m = &mut self.m;
                m.forces[fi].unit = m.forces[fi].unit.or(m.forces[other].unit);
                m.forces[other].owners.clone()
            }
            // "soldiers of the bloc": the body a description stands for.
            What::Entity => {
                let m = &self.m;
                let actors = &m.items[j].actors;
                if actors.iter().all(|&a| owns_forces(m.actors[a].kind)) {
                    actors.clone()
                } else {
                    Vec::new()
                }
            }
            _ => Vec::new(),
        }
    }

    /// "the army", "the military": a country's own institution, not the latest foreign
    /// force: force `fi` (item `ii`) belongs to the country the text is about.
    fn owner_of_own_army(&mut self, ii: usize, fi: usize) {
        let lex = Lexicon::get();
        let doc = self.doc;
        let toks = &doc.tokens;
        let m = &mut self.m;
        let (s, e) = (m.items[ii].start, m.items[ii].end);
        let head = toks[e - 1].lemma.to_lowercase();
        if m.forces[fi].owners.is_empty() && lex.is("own_force", &head) && toks[s].lower == "the" {
            if let Some(c) = likely_country(m, doc, s) {
                m.forces[fi].owners = vec![c];
                m.forces[fi].inferred = true;
            }
        }
    }

    /// Coreference: force `fi` (item `ii`) takes the owners of the latest force before it
    /// with a known owner, within four sentences, unless a modifier says it is another
    /// ("foreign troops", "other forces").
    fn owners_by_coreference(&mut self, ii: usize, fi: usize, force_idx: &[usize]) {
        let lex = Lexicon::get();
        let toks = &self.doc.tokens;
        let m = &mut self.m;
        let (s, e) = (m.items[ii].start, m.items[ii].end);
        if !m.forces[fi].owners.is_empty() || (s..e).any(|t| lex.is("no_coref", &toks[t].lower)) {
            return;
        }
        let sent = m.items[ii].sentence;
        let before = force_idx.partition_point(|&j| m.items[j].start < s);
        // Fighters of a group refer back to fighters, a state's forces to a state's: the
        // "rebels" after "UK troops" are not British.
        let irregular = m.forces[fi].irregular;
        let prev = force_idx[..before]
            .iter()
            .rev()
            .take_while(|&&j| m.items[j].sentence + 4 >= sent)
            .find_map(|&j| match m.items[j].what {
                What::Force(o)
                    if !m.forces[o].owners.is_empty() && m.forces[o].irregular == irregular =>
                {
                    Some(o)
                }
                _ => None,
            });
        if let Some(o) = prev {
            m.forces[fi].owners = m.forces[o].owners.clone();
            m.forces[fi].inferred = true;
            m.forces[fi].irregular = m.forces[o].irregular;
        }
    }

    /// Sets the items' prepositions with their final actors and indexes each force's
    /// item.
    fn finish(mut self) -> Mentions {
        self.link_surnames();
        assign_prepositions(self.doc, &mut self.m);
        self.affiliations();
        let m = &mut self.m;
        m.force_item = vec![None; m.forces.len()];
        for (ii, it) in m.items.iter().enumerate() {
            if let What::Force(f) = it.what {
                m.force_item[f] = Some(ii);
            }
        }
        self.m
    }
}

impl Finder<'_> {
    /// Each person's organisation or party ([`Actor::affiliation`]) where the text puts its
    /// name right before theirs: with the post between, whose last word is of class
    /// `post_noun` ("Fiat boss Sergio Marchionne", "Menatep Group's managing director Tim
    /// Osborne"), or as their possessor ("GM's Rick Wagoner"); else the party a title gave
    /// them ("Tory leader Michael Howard"). A place before a name is no employer ("Britain's
    /// Tony Blair").
    fn affiliations(&mut self) {
        let after = self.bodies_beside_names();
        let toks = &self.doc.tokens;
        let m = &mut self.m;
        let organisation = |a: usize| is_a_body(m.actors[a].kind);
        let by_end: HashMap<usize, usize> = (m.items.iter())
            .filter(|it| it.what == What::Entity)
            .filter_map(|it| match it.actors[..] {
                [o] if organisation(o) => Some((it.end, o)),
                _ => None,
            })
            .collect();
        let mut found = Vec::new();
        for it in m.items.iter().filter(|it| it.what == What::Entity) {
            let [p] = it.actors[..] else { continue };
            if m.actors[p].kind != Kind::Person {
                continue;
            }
            // The post: up to three words in lower case, the last a post's word.
            let lower = |k: usize| {
                let t = &toks[k];
                !t.is_capitalized() && matches!(t.tag, "NN" | "JJ" | "VBG")
            };
            let mut k = it.start;
            while k > 0
                && it.start - k < 3
                && lower(k - 1)
                && self.sentence_of[k - 1] == it.sentence
            {
                k -= 1;
            }
            let post = k < it.start && Lexicon::get().is("post_noun", &toks[it.start - 1].lower);
            if !post {
                k = it.start;
            }
            let possessed = k > 0 && toks[k - 1].tag == "POS";
            if possessed {
                k -= 1;
            }
            if let Some(&o) = by_end.get(&k).filter(|_| post || possessed) {
                found.push((p, o));
            }
        }
        found.extend(after);
        found.extend(self.party_of.iter().map(|(&p, &o)| (p, o)));
        found.extend((self.named_before.iter().copied()).filter(|&(_, o)| organisation(o)));
        for (p, o) in found {
            m.actors[p].affiliation.get_or_insert(o);
        }
    }
}

impl Finder<'_> {
    /// Persons and the body named right beside them as theirs: a party right before
    /// ("Conservative Michael Howard"), or after the name, after "of" ("William Corr of
    /// the Campaign for Tobacco-Free Kids", "Tim Osborne of Menatep"), or in a description
    /// set after the name whose last word is a post's ("Julian Lewis, the Conservative
    /// spokesman for the Cabinet Office", "Mr Baker, the Lib Dem environment spokesman").
    fn bodies_beside_names(&self) -> Vec<(usize, usize)> {
        let toks = &self.doc.tokens;
        let m = &self.m;
        let lex = Lexicon::get();
        let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        // The actor of gazetteer entity `e`, found already (`record_hits`).
        let actor_of = |e: usize| {
            let id = ActorId::parse(&Gazetteer::get().entities[e].id);
            m.index.get(&id).copied()
        };
        // The body whose name starts at token `k`, as an item or a gazetteer name, and
        // where it ends.
        let body_at = |k: usize| -> Option<(usize, usize)> {
            let item = (m.items.iter()).find(|it| it.start == k && it.what == What::Entity);
            let by_item = match item.map(|it| (&it.actors[..], it.end)) {
                Some((&[o], end)) => Some((o, end)),
                _ => None,
            };
            let by_hit = || {
                let (e, _, end) = self.hit_at.get(k).copied().flatten()?;
                actor_of(e).map(|o| (o, end))
            };
            by_item
                .or_else(by_hit)
                .filter(|&(o, _)| is_a_body(m.actors[o].kind))
        };
        let mut found = Vec::new();
        for it in m.items.iter().filter(|it| it.what == What::Entity) {
            let [p] = it.actors[..] else { continue };
            // A name, not a pronoun or a description.
            if m.actors[p].kind != Kind::Person || toks[it.end - 1].tag != "NNP" {
                continue;
            }
            // A party's name right before the person's: "Conservative Hugh Pell".
            if let Some(o) = self.party_before(it.start).and_then(|(_, e)| actor_of(e)) {
                found.push((p, o));
            }
            let e = it.end;
            let the = |k: usize| if word(k) == "the" { k + 1 } else { k };
            let body = match word(e) {
                "of" => body_at(the(e + 1)).map(|(o, _)| o),
                "," => body_at(the(e + 1))
                    .filter(|&(_, end)| {
                        // Up to three nouns or adjectives in lower case, the last a post's.
                        let post = (end..end + 3)
                            .take_while(|&k| {
                                toks.get(k).is_some_and(|t| {
                                    !t.is_capitalized() && matches!(t.tag, "NN" | "NNS" | "JJ")
                                })
                            })
                            .last();
                        // "Mr Kennedy, Labour leader Tony Blair and …" lists persons.
                        let named_next = |k: usize| toks.get(k + 1).is_some_and(|t| t.tag == "NNP");
                        post.is_some_and(|k| lex.is("post_noun", word(k)) && !named_next(k))
                    })
                    .map(|(o, _)| o),
                _ => None,
            };
            if let Some(o) = body.filter(|_| self.sentence_of.get(e + 1) == Some(&it.sentence)) {
                found.push((p, o));
            }
        }
        found
    }
}

/// Whether an actor of kind `k` is a body a person may belong to or work for.
fn is_a_body(k: Kind) -> bool {
    matches!(
        k,
        Kind::Organization
            | Kind::Agency
            | Kind::IntlOrg
            | Kind::Outlet
            | Kind::Party
            | Kind::ArmedGroup
    )
}

/// Whether an actor of kind `k` may own forces: a state, a union of states or an armed
/// group.
fn owns_forces(k: Kind) -> bool {
    k.is_polity() || k == Kind::ArmedGroup
}

/// Whether the verb right before token `s` moves forces ("withdrew", "pulled", "sent"),
/// so that "from" after its object says where; "includes soldiers from Kenya" still
/// names whose soldiers.
fn moves_forces(doc: &Doc, s: usize) -> bool {
    let toks = &doc.tokens;
    s > 0 && toks[s - 1].tag.starts_with("VB") && {
        let lemma = toks[s - 1].lemma.to_lowercase();
        Lexicon::get().triggers.iter().any(|t| {
            t.verb
                && matches!(
                    t.event_type,
                    EventType::Withdrawal | EventType::Arrival | EventType::Deployment
                )
                && t.words.first().is_some_and(|w| *w == lemma)
        })
    }
}

/// Sets each item's preposition and possessive flag (items sorted by position); an item
/// coordinated with the one before it ("of Mali, Burkina Faso and Niger") shares its
/// preposition.
fn assign_prepositions(doc: &Doc, m: &mut Mentions) {
    let toks = &doc.tokens;
    for ii in 0..m.items.len() {
        let (mut pp, poss) = preposition_of(doc, m, ii);
        // "… with Washington, and American troops departed": an item followed by its
        // verb starts a clause; it is not coordinated into the phrase before it.
        let verb_follows = doc.finite_verb_after(m.items[ii].end, toks.len());
        let starts_clause = verb_follows && ii > 0 && {
            let prev = &m.items[ii - 1];
            let is_force = |it: &Item| matches!(it.what, What::Force(_));
            // A force after a place ("with Washington, and American troops left"), or ", and"
            // after a single item rather than a list ("of Mali, Niger and Chad left").
            let comma_and = prev.end + 2 == m.items[ii].start
                && toks[prev.end].lower == ","
                && toks[prev.end + 1].lower == "and";
            let prev_listed =
                prev.start > 0 && matches!(toks[prev.start - 1].lower.as_str(), "," | "and" | "or");
            // "A close aide of Mr Brown, Ed Balls hinted": after a fronted phrase's comma
            // alone, the name with its verb is the clause's subject.
            let comma_alone = prev.end + 1 == m.items[ii].start && toks[prev.end].lower == ",";
            is_force(prev) != is_force(&m.items[ii])
                || (comma_and && !prev_listed)
                || (comma_alone && !prev_listed)
        };
        if pp.is_none() && ii > 0 && !starts_clause {
            let prev = &m.items[ii - 1];
            let between = &toks[prev.end..m.items[ii].start];
            if !between.is_empty()
                && between.len() <= 3
                && between
                    .iter()
                    .all(|t| matches!(t.lower.as_str(), "," | "and" | "or" | "the"))
                && prev.sentence == m.items[ii].sentence
            {
                pp = prev.pp.clone();
            }
        }
        // "with UK bank Barclays": the name a country's name describes as a modifier
        // stands in the phrase, not the modifier.
        if pp.is_none() && ii > 0 && m.items[ii - 1].what == What::Modifier {
            let prev = &m.items[ii - 1];
            // A name, not an adjective: "in Indian newspaper company Jagran" keeps its
            // reading as what is bought.
            let described = prev.sentence == m.items[ii].sentence
                && toks[prev.start].tag.starts_with("NNP")
                && describes_a_name(toks, prev.end, m.items[ii].start + 1)
                && prev.end < m.items[ii].start;
            // "to the Nigerian capital": the place the adjective says whose it is.
            let place = m.items[ii].what == What::Place && prev.end == m.items[ii].start;
            if described || place {
                pp = m.items[ii - 1].pp.take();
            }
        }
        m.items[ii].pp = pp;
        m.items[ii].possessive = poss;
    }
}

/// The gazetteer hit covering token `t` (hits start at most six tokens before).
fn covering_hit(hit_at: &[Option<Hit>], t: usize) -> Option<Hit> {
    (t.saturating_sub(6)..=t)
        .rev()
        .find_map(|k| hit_at[k].filter(|h| h.2 > t))
}

/// Matches one of `phrases` (word lists, longest first) at token `i`, by lowercase form
/// or lemma; returns its length in tokens.
fn match_phrase(doc: &Doc, i: usize, phrases: &Phrases) -> Option<usize> {
    let toks = &doc.tokens;
    let first = &toks[i];
    // Lemmas are lowercase except for proper nouns, whose lowercase form is `lower`.
    if !phrases.may_start(&first.lower) && !phrases.may_start(&first.lemma) {
        return None;
    }
    phrases.list.iter().find_map(|p| {
        if i + p.len() > toks.len() {
            return None;
        }
        let ok = p.iter().enumerate().all(|(k, w)| {
            let t = &toks[i + k];
            t.lower == *w || t.lemma == *w
        });
        ok.then_some(p.len())
    })
}

/// Gazetteer hits in a coordinated list starting at token `t`: "Italy, Estonia and the
/// Czech Republic". Skips determiners and "neighbouring"-like adjectives before each.
pub fn coordinated_hits(
    doc: &Doc,
    hit_at: &[Option<(usize, Form, usize)>],
    mut t: usize,
) -> Vec<(usize, usize)> {
    let toks = &doc.tokens;
    let mut out = Vec::new();
    loop {
        while t < toks.len() && matches!(toks[t].tag, "DT" | "JJ" | "VBG") && hit_at[t].is_none() {
            t += 1;
        }
        let Some(Some((e, _, end))) = hit_at.get(t) else {
            break;
        };
        out.push((*e, t));
        t = *end;
        if t < toks.len() && toks[t].lower == "'s" {
            break;
        }
        if t + 1 < toks.len() && matches!(toks[t].lower.as_str(), "," | "and" | "or") {
            t += 1;
            if t < toks.len() && matches!(toks[t].lower.as_str(), "and" | "or") {
                t += 1;
            }
            continue;
        }
        break;
    }
    out
}

/// Country-name items in the three sentences before token `t` (and before it in its own),
/// nearest first: (item index, actor).
fn previous_countries(m: &Mentions, doc: &Doc, t: usize) -> Vec<(usize, usize)> {
    let mut v = Vec::new();
    for ii in m
        .window(Mentions::sentences_back(doc, t, 3), t)
        .into_iter()
        .rev()
    {
        let it = &m.items[ii];
        match it.what {
            What::Entity | What::Place => {
                for &a in &it.actors {
                    if m.actors[a].kind.is_country() {
                        v.push((ii, a));
                    }
                }
            }
            What::Government => {
                for &a in &it.actors {
                    v.push((ii, a));
                }
            }
            _ => {}
        }
    }
    v
}

/// The country a description at token `t` most likely means ("the country", "the junta"):
/// the one its sentence sets by "in" ([`located_near`]), else the one it is told among
/// ([`country_around`]).
fn likely_country(m: &Mentions, doc: &Doc, t: usize) -> Option<usize> {
    located_near(m, doc, t).or_else(|| country_around(m, doc, t))
}

/// The country a description at token `t` that no "in" places is told among: of the
/// countries named in the three sentences before it, the one the article is most about
/// (ties go to the nearest); else the first named later in its sentence; else the
/// article's main country.
fn country_around(m: &Mentions, doc: &Doc, t: usize) -> Option<usize> {
    let sent = doc.sentence_of(t);
    let mut best: Option<(usize, usize, usize)> = None; // (score, position, actor)
    for (ii, a) in previous_countries(m, doc, t) {
        let it = &m.items[ii];
        if it.sentence + 3 < sent || it.what == What::Government {
            continue;
        }
        let key = (m.topic.get(&a).copied().unwrap_or(0), it.start, a);
        if best.is_none_or(|b| (key.0, key.1) > (b.0, b.1)) {
            best = Some(key);
        }
    }
    if let Some(b) = best {
        return Some(b.2);
    }
    let sent_end = doc.sentences[sent].tokens.end;
    for it in m
        .window(t + 1, sent_end)
        .into_iter()
        .map(|i| &m.items[i])
        .filter(|it| it.what == What::Entity)
    {
        if let Some(&a) = it.actors.iter().find(|&&a| m.actors[a].kind.is_country()) {
            return Some(a);
        }
    }
    m.topic
        .iter()
        .max_by_key(|(a, n)| (**n, std::cmp::Reverse(**a)))
        .map(|(a, _)| *a)
}

/// The country set by "in" in the sentence of token `t`, before it or right after it: "In
/// Niger, a junta …", "the junta in Mali".
fn located_near(m: &Mentions, doc: &Doc, t: usize) -> Option<usize> {
    let sent = doc.sentence_of(t);
    let (s0, s1) = (
        doc.sentences[sent].tokens.start,
        doc.sentences[sent].tokens.end,
    );
    let located = |ii: usize| located_country(m, doc, ii);
    m.window(s0, t)
        .into_iter()
        .rev()
        .find_map(located)
        .or_else(|| {
            m.window(t + 1, s1.min(t + 6))
                .into_iter()
                .next()
                .and_then(located)
        })
}

/// The article's home country: the one whose own parties, state bodies and office holders
/// it names most often (at least twice, and more often than any other's): in "Tony Blair
/// … Labour … the Home Office", the United Kingdom, however often it tells of Iraq.
fn home_country(m: &mut Mentions) -> Option<usize> {
    let mut count: HashMap<usize, usize> = HashMap::default();
    for ii in 0..m.items.len() {
        if m.items[ii].what != What::Entity {
            continue;
        }
        for a in m.items[ii].actors.clone() {
            if !matches!(m.actors[a].kind, Kind::Party | Kind::Agency | Kind::Person) {
                continue;
            }
            if let Some(c) = m.country_of(a) {
                *count.entry(c).or_default() += 1;
            }
        }
    }
    let mut v: Vec<(usize, usize)> = count.into_iter().map(|(c, n)| (n, c)).collect();
    v.sort_unstable_by(|a, b| b.cmp(a));
    match v[..] {
        [(n, c)] | [(n, c), ..] if n >= 2 && v.get(1).is_none_or(|s| s.0 < n) => Some(c),
        _ => None,
    }
}

/// Whether country `c` is `home` or a part of it (Wales of the United Kingdom).
fn of_home(m: &Mentions, c: usize, home: usize) -> bool {
    c == home || (m.actors[c].country.as_deref()).is_some_and(|q| m.actors[home].id == *q)
}

/// The country item `ii` names after "in" ("in Mali"), if it names one.
fn located_country(m: &Mentions, doc: &Doc, ii: usize) -> Option<usize> {
    let it = &m.items[ii];
    let after_in = it.start > 0 && doc.tokens[it.start - 1].lower == "in";
    if !after_in || !matches!(it.what, What::Entity | What::Place) {
        return None;
    }
    it.actors
        .iter()
        .copied()
        .find(|&a| m.actors[a].kind.is_country())
}

/// The last group of two or more countries named together before token `t`.
fn previous_group(m: &Mentions, doc: &Doc, t: usize) -> Vec<usize> {
    let toks = &doc.tokens;
    let mut best: Vec<usize> = Vec::new();
    let mut cur: Vec<usize> = Vec::new();
    let mut last_end = 0;
    for it in m
        .window(Mentions::sentences_back(doc, t, 5), t)
        .into_iter()
        .map(|i| &m.items[i])
    {
        let is_country = it.what == What::Entity
            && it.actors.len() == 1
            && m.actors[it.actors[0]].kind.is_country();
        if is_country {
            let joined = !cur.is_empty()
                && (last_end..it.start)
                    .all(|k| matches!(toks[k].lower.as_str(), "," | "and" | "or" | "the"));
            if !joined {
                if cur.len() >= 2 {
                    best = cur.clone();
                }
                cur.clear();
            }
            cur.push(it.actors[0]);
            last_end = it.end;
        }
    }
    if cur.len() >= 2 {
        best = cur;
    }
    best
}

/// The places a definite place description over tokens `s..=t` means, by its noun
/// `lemma`: "their countries" the group named before, "the capital" the capital of the
/// country named in the phrase or likely meant, "the city" the latest city, "the country"
/// that country.
fn resolve_place(
    m: &mut Mentions,
    doc: &Doc,
    s: usize,
    t: usize,
    lemma: &str,
    plural: bool,
    hit_at: &[Option<Hit>],
) -> Vec<usize> {
    let toks = &doc.tokens;
    // An explicit country in the phrase: "the Nigerian capital".
    let mut country: Option<usize> = None;
    if let Some(e) = (s..t).find_map(|k| hit_at[k].map(|(e, _, _)| e)) {
        let a = m.gazetteer_actor(e);
        country = m.country_of(a);
    }
    if plural || (s < t && matches!(toks[s].lower.as_str(), "their")) && lemma == "country" {
        let grp = previous_group(m, doc, s);
        if grp.len() >= 2 {
            return grp;
        }
    }
    match lemma {
        "capital" => capital_of(m, doc, s, country),
        "city" | "town" => latest_city(m, doc, s),
        "region" | "province" => vec![],
        _ => {
            if let Some(c) = country {
                return vec![c];
            }
            likely_country(m, doc, s).into_iter().collect()
        }
    }
}

/// "the capital" at token `s`: the capital of `country`, else of the country likely
/// meant (or that country itself when the gazetteer knows no capital).
fn capital_of(m: &mut Mentions, doc: &Doc, s: usize, country: Option<usize>) -> Vec<usize> {
    let g = Gazetteer::get();
    let c = country.or_else(|| likely_country(m, doc, s));
    if let Some(c) = c {
        let cq = m.actors[c].id.to_string();
        if let Some(cap) = g
            .entities
            .iter()
            .position(|e| e.kind == Kind::Capital && e.country.as_deref() == Some(cq.as_str()))
        {
            return vec![m.gazetteer_actor(cap)];
        }
        return vec![c];
    }
    vec![]
}

/// "the city" at token `s`: the latest city named in the five sentences before,
/// preferring one named as a place ("in Kherson", "the city of Gao") over one standing
/// for its government ("a setback for Moscow").
fn latest_city(m: &Mentions, doc: &Doc, s: usize) -> Vec<usize> {
    let cities: Vec<usize> = m
        .window(Mentions::sentences_back(doc, s, 5), s)
        .into_iter()
        .rev()
        .filter(|&i| {
            m.items[i].what == What::Entity
                && m.items[i]
                    .actors
                    .iter()
                    .any(|&a| matches!(m.actors[a].kind, Kind::Capital | Kind::City))
        })
        .collect();
    let as_place = |i: &usize| {
        m.items[*i]
            .pp
            .as_deref()
            .is_some_and(|p| Lexicon::get().is("place_preposition", p))
    };
    cities
        .iter()
        .find(|i| as_place(i))
        .or(cities.first())
        .map(|&i| &m.items[i])
        .into_iter()
        .find_map(|it| {
            it.actors
                .iter()
                .copied()
                .find(|&a| matches!(m.actors[a].kind, Kind::Capital | Kind::City))
        })
        .into_iter()
        .collect()
}

/// A person's grammatical gender, as a pronoun or a title says it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Gender {
    Male,
    Female,
}

/// The gender of a third-person singular personal pronoun; none for another word, and for
/// a reflexive ("himself"), which is never a subject and is left without an item.
fn gender_of_pronoun(word: &str) -> Option<Gender> {
    match word {
        "he" | "him" | "his" => Some(Gender::Male),
        "she" | "her" | "hers" => Some(Gender::Female),
        _ => None,
    }
}

/// The gender an item shows: a pronoun's own, or the title just before a person's name
/// ("Mr", "Sir", "Mrs", "Baroness", from word class `male_title` / `female_title`).
fn item_gender(doc: &Doc, it: &Item) -> Option<Gender> {
    let toks = &doc.tokens;
    if it.end == it.start + 1 {
        if let Some(g) = gender_of_pronoun(&toks[it.start].lower) {
            return Some(g);
        }
    }
    // A given name opening the name tells it too ("Sandra Howard").
    let given = || {
        toks[it.start]
            .is_capitalized()
            .then(|| given_gender(&toks[it.start].text))
    };
    let Some(k) = it.start.checked_sub(1) else {
        return given().flatten();
    };
    title_gender(&toks[k].lower).or_else(|| given().flatten())
}

/// The sex of the one person item `it` names, as the article tells it elsewhere: the
/// person's title, or the title with another of its names ("Mr Ferguson"), else the given
/// name its full name opens with ("Michael Ferguson"), so that "Ferguson" alone is not
/// "she". Pronouns, which may have been resolved wrongly, tell nothing.
fn person_gender(m: &Mentions, doc: &Doc, it: &Item) -> Option<Gender> {
    let [a] = it.actors[..] else { return None };
    if m.actors[a].kind != Kind::Person {
        return None;
    }
    let toks = &doc.tokens;
    // The title an item opens with ("Mr Hartnell") or follows ("the late Mrs Grant").
    let title = |x: &Item| {
        title_gender(&toks[x.start].lower)
            .or_else(|| (x.start > 0).then(|| title_gender(&toks[x.start - 1].lower))?)
    };
    let titled = (m.items.iter())
        .filter(|x| x.what == What::Entity && x.actors == [a])
        .filter(|x| gender_of_pronoun(&toks[x.start].lower).is_none())
        .find_map(title);
    let actor = &m.actors[a];
    let given = || {
        let (first, rest) = actor.label.split_once(' ')?;
        (!rest.is_empty()).then(|| given_gender(first)).flatten()
    };
    (actor.title.as_deref().and_then(title_gender))
        .or(titled)
        .or_else(given)
}

/// The sex a person's title tells, in any case and with or without its full stop (word
/// classes `male_title`, `female_title`).
pub(super) fn title_gender(title: &str) -> Option<Gender> {
    let lex = Lexicon::get();
    let title = title.to_lowercase();
    let title = title.trim_end_matches('.');
    if lex.is("male_title", title) {
        Some(Gender::Male)
    } else if lex.is("female_title", title) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The sex a first name tells, when one sex bears it at least ten times as often as the
/// other and one in ten thousand of that sex bears (`data/names/given_gender.tsv`, from the
/// 1990 US Census).
fn given_gender(first: &str) -> Option<Gender> {
    static TABLE: std::sync::OnceLock<HashMap<&'static str, Gender>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        (include_str!("../../../../data/names/given_gender.tsv").lines())
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| match l.split_once('\t') {
                Some((name, "male")) => (name, Gender::Male),
                Some((name, "female")) => (name, Gender::Female),
                _ => panic!("data/names/given_gender.tsv: bad line {l:?}"),
            })
            .collect()
    });
    table.get(first.to_lowercase().as_str()).copied()
}

/// Whether "it" at token `t` refers to nothing told before but holds the place of a
/// clause after it: as the subject of a passive followed by a clause ("It was agreed the
/// issue can be tackled later", "It is expected that talks will start"), of "be" and an
/// adjective followed by "that", "whether" or "if" ("It is likely that Turkey will join"),
/// or of "seem", "appear" or "emerge" followed by "that"; as the subject of "be" and an
/// event's noun ("it was an agreement in principle"); and as the subject of a verb of
/// occurring (`occurrence_verb`: "if he cannot obtain my agreement, it doesn't happen"),
/// which a situation does, not a body. Not before an infinitive, where
/// "it" may well be a body ("It is ready to sign", "It was forced to sell").
fn stands_for_a_clause(doc: &Doc, t: usize) -> bool {
    let toks = &doc.tokens;
    if toks[t].lower != "it" {
        return false;
    }
    let end = doc.sentences[doc.sentence_of(t)].tokens.end;
    let mut k = t + 1;
    // Auxiliaries, modals and adverbs: "It has also been agreed", "It would seem".
    while k < end
        && (matches!(toks[k].tag, "MD" | "RB")
            || matches!(toks[k].lemma.as_str(), "have" | "be" | "do"))
    {
        k += 1;
    }
    if toks
        .get(k)
        .is_some_and(|w| Lexicon::get().is("occurrence_verb", &w.lemma))
    {
        return true;
    }
    let be = (t + 1..k).any(|j| toks[j].lemma == "be");
    let (Some(w), Some(next)) = (toks.get(k), toks.get(k + 1)) else {
        return false;
    };
    // "it was an agreement in principle": "it" is what happened, an event the noun after
    // "be" names, not a body told before.
    let event_noun = be
        && (k..end.min(k + 4))
            .find(|&j| !matches!(toks[j].tag, "DT" | "PRP$" | "JJ" | "CD"))
            .is_some_and(|j| toks[j].is_noun() && Lexicon::get().heads_an_event_noun(&toks[j]));
    if event_noun {
        return true;
    }
    let opens_clause = matches!(next.lower.as_str(), "that" | "whether" | "if");
    let clause_or_subject = opens_clause || matches!(next.tag, "DT" | "PRP" | "NNP" | "NNPS");
    match w.tag {
        "VBN" if be => clause_or_subject,
        "JJ" if be => opens_clause,
        _ => matches!(w.lemma.as_str(), "seem" | "appear" | "emerge") && next.lower == "that",
    }
}

/// Resolves a pronoun to the item kind and actors it refers to.
fn resolve_pronoun(m: &Mentions, doc: &Doc, t: usize, plural: bool) -> Option<(What, Vec<usize>)> {
    let toks = &doc.tokens;
    let candidate = |it: &Item| pronoun_candidate(m, doc, t, plural, it);
    if let Some(it) = fronted_clause_referent(m, doc, t, &candidate) {
        return Some((it.what.clone(), it.actors.clone()));
    }
    if continues_an_untracked_subject(m, doc, t) || owned_by_an_untracked_name(m, doc, t) {
        return None;
    }
    let window = m.window(Mentions::sentences_back(doc, t, 3), t);
    // "The Tories have called for a change so householders are prosecuted only if they use
    // excessive force. Their demands …": of an earlier sentence, what its main clause
    // tells of comes before what an adverbial clause does (the items that start there).
    let adverbial = if plural {
        in_adverbial_clauses(m, doc, t, &window, &candidate)
    } else {
        Vec::new()
    };
    // "Britain will bring its contingent home, and Germany will pull its soldiers out": a
    // possessive in a clause joined after a comma takes that clause's own subject.
    if let Some(it) = own_clause_subject(m, doc, t, &window, &candidate) {
        return Some(referent(m, it));
    }
    if let Some(it) = subject_of_the_governing_clause(m, doc, t, &window, &candidate) {
        return Some(referent(m, it));
    }
    let single = window
        .iter()
        .map(|&i| &m.items[i])
        .filter(|it| candidate(it))
        .max_by_key(|it| {
            // "It" and "its" take the subject of the latest sentence that has a candidate,
            // which comes first: "Titan … violated US laws. It agreed to pay"; "France said
            // Mali's request … its troops". "They" and "their" take the latest candidate.
            let order = if plural {
                it.start as isize
            } else {
                -(it.start as isize)
            };
            // "the UK's Corus fell while Japan's Nippon Steel slid after it agreed": of a
            // sentence's names, "it" takes a clause's subject over a possessor.
            let subject = !plural && is_a_subject(doc, it);
            let main = !adverbial.contains(&it.start);
            (it.sentence, main, it.pp.is_none(), subject, order)
        });
    // "Sweden and Britain … their troops": coordinated states are one plural referent of
    // a possessive (not of "they", which names people far more often); "Ann Pound and Tom
    // Lucy … they met": coordinated persons are one of any plural pronoun.
    if plural {
        let entities = |it: &Item, kind: &dyn Fn(Kind) -> bool| {
            it.what == What::Entity
                && !it.actors.is_empty()
                && it.actors.iter().all(|&a| kind(m.actors[a].kind))
        };
        let polity = |it: &Item| entities(it, &|k: Kind| k.is_polity());
        // Persons named together as a clause's subject or object, not in a phrase ("joined
        // by A and B"), for a subject "they" outside a quotation, whose speaker's "they"
        // may be anyone.
        let person = |it: &Item| entities(it, &|k: Kind| k == Kind::Person) && it.pp.is_none();
        let states = (toks[t].lower == "their")
            .then(|| coordinated(m, doc, &window, &polity))
            .flatten();
        let people = (toks[t].lower == "they" && !quoted_since(doc, 0, t))
            .then(|| coordinated(m, doc, &window, &person))
            .flatten();
        let best = [states, people]
            .into_iter()
            .flatten()
            .max_by_key(|(k, _)| *k);
        if let Some((key, actors)) = best {
            if single.is_none_or(|it| key >= (it.sentence, it.pp.is_none(), it.start)) {
                return Some((What::Entity, actors));
            }
        }
    }
    Some(referent(m, single?))
}

/// The starts of the candidate items, for the pronoun at token `t`, that stand inside an
/// adverbial clause of the latest earlier sentence with candidates ("so householders are
/// prosecuted only if they use force"): the tree, from the item's last word up to the root,
/// passes an `advcl` arc. That sentence is parsed only when it holds two candidates or
/// more, which its tree may rank.
fn in_adverbial_clauses(
    m: &Mentions,
    doc: &Doc,
    t: usize,
    window: &[usize],
    candidate: &dyn Fn(&Item) -> bool,
) -> Vec<usize> {
    let own = doc.sentence_of(t);
    let items: Vec<&Item> = (window.iter().map(|&i| &m.items[i]))
        .filter(|it| candidate(it))
        .collect();
    let Some(si) = (items.iter().map(|it| it.sentence))
        .max()
        .filter(|&si| si < own)
    else {
        return Vec::new();
    };
    let latest: Vec<&Item> = items.into_iter().filter(|it| it.sentence == si).collect();
    if latest.len() < 2 {
        return Vec::new();
    }
    let arcs = crate::analyze::parse_sentence(doc, si);
    let s0 = doc.sentences[si].tokens.start;
    let adverbial = |it: &Item| {
        let mut k = it.end - 1;
        for _ in 0..arcs.len() {
            let (head, label) = arcs[k - s0];
            if label.starts_with("advcl") {
                return true;
            }
            match head {
                Some(h) if h != k => k = h,
                _ => return false,
            }
        }
        false
    };
    (latest.into_iter().filter(|it| adverbial(it)))
        .map(|it| it.start)
        .collect()
}

/// "The report said … It also called on the Palestinian Authority …": a sentence that
/// opens with "it" continues the subject the sentence before opened with. When that
/// subject is a definite singular noun phrase no item covers ("the report", "the plan"),
/// the pronoun stands for it, which the extractor does not track, and names no actor.
fn continues_an_untracked_subject(m: &Mentions, doc: &Doc, t: usize) -> bool {
    let toks = &doc.tokens;
    let si = doc.sentence_of(t);
    if toks[t].lower != "it" || t != doc.sentences[si].tokens.start || si == 0 {
        return false;
    }
    let prev = doc.sentences[si - 1].tokens.clone();
    if !matches!(toks[prev.start].lower.as_str(), "the" | "this") {
        return false;
    }
    let mut k = prev.start + 1;
    while k < prev.end && matches!(toks[k].tag, "JJ" | "NN") {
        k += 1;
    }
    let head_is_noun = k > prev.start + 1 && toks[k - 1].tag == "NN";
    let mut v = k;
    while v < prev.end && toks[v].tag.starts_with("RB") {
        v += 1;
    }
    let finite = v < prev.end && matches!(toks[v].tag, "VBD" | "VBZ" | "MD");
    let covered = (m.items.iter()).any(|it| it.start < k && it.end > prev.start);
    head_is_noun && finite && !covered
}

/// "The news came as Deutsche Boerse held its third meeting with the LSE": a possessive
/// "its" right after its clause's verb group belongs to the clause's subject, the name
/// before that group. When no item covers that name (the recognizer missed it), the
/// pronoun stands for it and names no actor, rather than one of an earlier sentence. A
/// name of one word may be the short form of one the article tracks ("Acpo made its
/// call"), and is left to the rules below.
fn owned_by_an_untracked_name(m: &Mentions, doc: &Doc, t: usize) -> bool {
    let toks = &doc.tokens;
    if toks[t].lower != "its" {
        return false;
    }
    let s0 = doc.sentences[doc.sentence_of(t)].tokens.start;
    let group = (s0..t)
        .rev()
        .take_while(|&j| toks[j].is_verb() || toks[j].tag.starts_with("RB"))
        .count();
    let verbs = (t - group..t).filter(|&j| toks[j].is_verb()).count();
    let k = t - group;
    let name = (s0..k).rev().take_while(|&j| toks[j].tag == "NNP").count();
    let covered = (m.items.iter()).any(|it| it.start < k && it.end > k - name);
    verbs > 0 && name >= 2 && !covered
}

/// Whether token `t` stands inside a quotation opened since token `from`: an odd number of
/// quotation marks in `from..t` (from the article's start, or from its sentence's).
pub(super) fn quoted_since(doc: &Doc, from: usize, t: usize) -> bool {
    let marks = (doc.tokens[from..t].iter())
        .filter(|k| is_quote_mark(k))
        .count();
    marks % 2 == 1
}

/// Whether a token is a double quotation mark, straight, curly or in the tagger's form.
pub(super) fn is_quote_mark(t: &Token) -> bool {
    matches!(
        t.text.as_str(),
        "\"" | "\u{201c}" | "\u{201d}" | "``" | "''"
    )
}

/// Whether item `it` is followed by a finite verb or a past form (after adverbs and a short
/// form in brackets, "Oil & Natural Gas Corp (ONGC), says"; a name also past a description
/// set off by commas, "Dave Prentis, the leader of Unison, told",
/// or past the comma that closes it as one, "the group's flagship company, Reliance
/// Industries, has"): it is a clause's subject.
fn is_a_subject(doc: &Doc, it: &Item) -> bool {
    let toks = &doc.tokens;
    let end = doc.sentences[doc.sentence_of(it.start)].tokens.end;
    let mut from = it.end;
    let name = toks[it.end - 1].is_capitalized();
    // A short form in brackets after the name, or the name in them, is part of it: "Oil &
    // Natural Gas Corp (ONGC), says".
    if toks.get(from).is_some_and(|t| t.text == "(") {
        if let Some(c) = (from + 1..end.min(from + 6)).find(|&k| toks[k].text == ")") {
            from = c + 1;
        }
    } else if toks.get(from).is_some_and(|t| t.text == ")") {
        from += 1;
    }
    if name && toks.get(from).is_some_and(|t| t.text == ",") {
        let closing = toks
            .get(from + 1)
            .is_some_and(|t| t.is_verb() && t.tag != "VBG");
        if closing {
            return true;
        }
        let close = (from + 1..end.min(from + 14)).find(|&k| toks[k].text == ",");
        let aside = close.is_some_and(|c| (from + 1..c).all(|k| !toks[k].is_verb()));
        if let (Some(c), true) = (close, aside) {
            from = c + 1;
        }
    }
    (from..end)
        .find(|&k| !toks[k].tag.starts_with("RB"))
        .is_some_and(|k| matches!(toks[k].tag, "VBD" | "VBN" | "VBZ" | "VBP" | "MD"))
}

/// The persons who speak the quotation token `t` stands in: a name outside the quotation
/// marks that a verb of saying follows, adverbs between ("Mr Blair later said: '…'"), or
/// comes right before ("'…,' said Mr Blair"), in the sentence the quotation opened in: its
/// own, or an earlier one the quotation is carried over from, each later sentence opening
/// with a mark again ("He told BBC News: '… these things. / 'We have suspended him …'") or
/// going on without one ([`goes_on_unmarked`]). None when `t` is not quoted.
fn quotation_speakers(m: &Mentions, doc: &Doc, t: usize) -> Vec<usize> {
    let toks = &doc.tokens;
    let mut si = doc.sentence_of(t);
    // Whether a quotation is open before each sentence up to `t`'s, read once.
    let open = open_before_each(doc, si);
    let s0 = doc.sentences[si].tokens.start;
    if quoted_since(doc, s0, t) == goes_on_unmarked(doc, si, open[si]) {
        return Vec::new();
    }
    while open[si]
        && (is_quote_mark(&toks[doc.sentences[si].tokens.start]) || goes_on_unmarked(doc, si, true))
    {
        si -= 1;
    }
    let range = doc.sentences[si].tokens.clone();
    let speech = |k: usize| {
        toks.get(k)
            .is_some_and(|w| Lexicon::get().is_verb_of_saying(w))
    };
    (m.window(range.start, range.end).into_iter())
        .map(|i| &m.items[i])
        .filter(|it| it.end <= range.end && !quoted_since(doc, range.start, it.start))
        .filter(|it| {
            let after = (it.end..range.end).find(|&k| !toks[k].tag.starts_with("RB"));
            it.start > 0 && speech(it.start - 1) || after.is_some_and(speech)
        })
        .flat_map(|it| it.actors.iter().copied())
        .filter(|&a| m.actors[a].kind == Kind::Person)
        .collect()
}

/// Whether sentence `si` goes on, with no mark of its own at its start, with a quotation
/// the sentence before left open (`open_before`): a mark in it closes the quotation ("…
/// long overdue. / Parliament will have to do it …'"), or the next sentence opens with one
/// again ("… these things. / We have suspended him … / 'By all accounts …"); not after a
/// stray mark ("would need "significant" changes. / He called on Congress …").
fn goes_on_unmarked(doc: &Doc, si: usize, open_before: bool) -> bool {
    let now = &doc.sentences[si].tokens;
    let marked = |k: usize| is_quote_mark(&doc.tokens[k]);
    let next_opens = (doc.sentences.get(si + 1)).is_some_and(|n| marked(n.tokens.start));
    open_before && !marked(now.start) && (now.clone().any(marked) || next_opens)
}

/// Whether a quotation is open before each of sentences `0..=si`, read from the article's
/// start (false before the first).
fn open_before_each(doc: &Doc, si: usize) -> Vec<bool> {
    let mut open = vec![false];
    for s in &doc.sentences[..si] {
        let last = open[open.len() - 1];
        open.push(quotation_open(doc, s.tokens.clone(), last));
    }
    open
}

/// Whether a quotation is open after `tokens`, one sentence's or the first of them, given
/// whether one was open before: each mark opens or closes one, but for a mark that opens a
/// sentence inside a quotation carried over, which opens it again ("… these things. / 'We
/// have suspended him …'").
fn quotation_open(doc: &Doc, tokens: std::ops::Range<usize>, open: bool) -> bool {
    let s0 = doc.sentences[doc.sentence_of(tokens.start)].tokens.start;
    (tokens.filter(|&k| is_quote_mark(&doc.tokens[k]))).fold(open, |open, k| {
        if k == s0 && open {
            open
        } else {
            !open
        }
    })
}

/// Whether item `it` is a clause's subject ([`is_a_subject`]) or the speaker a verb of
/// saying puts after itself ("…,' said Mr Howard"), not a possessor or an object: "Mr
/// Brown's Budget was bad, the Tory leader said. He …" is the Tory leader.
fn speaks_or_acts(doc: &Doc, it: &Item) -> bool {
    let toks = &doc.tokens;
    is_a_subject(doc, it) || it.start > 0 && Lexicon::get().is_verb_of_saying(&toks[it.start - 1])
}

/// What a pronoun resolved to item `it` stands for: a force, a government or a place as
/// such, anything else as an entity, with the actors `it` resolves to.
fn referent(m: &Mentions, it: &Item) -> (What, Vec<usize>) {
    let what = match it.what {
        What::Force(f) => What::Force(f),
        What::Government => What::Government,
        What::Place => What::Place,
        _ => What::Entity,
    };
    (what, resolve_actors(m, it))
}

/// For a possessive pronoun at token `t` ("its", "their") in a clause joined to its
/// sentence after a comma ("…, and Germany had decided to pull its soldiers out"), the
/// first candidate of that clause outside a prepositional phrase: the clause's subject.
fn own_clause_subject<'m>(
    m: &'m Mentions,
    doc: &Doc,
    t: usize,
    window: &[usize],
    candidate: &dyn Fn(&Item) -> bool,
) -> Option<&'m Item> {
    let toks = &doc.tokens;
    if !matches!(toks[t].lower.as_str(), "its" | "their") {
        return None;
    }
    let s0 = doc.sentences[doc.sentence_of(t)].tokens.start;
    let joined = (s0 + 1..t).rev().find(|&k| {
        matches!(toks[k].lower.as_str(), "and" | "but" | "while" | "whereas")
            && toks[k - 1].lower == ","
    })?;
    window
        .iter()
        .map(|&i| &m.items[i])
        .filter(|it| it.start > joined && it.end <= t && it.pp.is_none() && candidate(it))
        .min_by_key(|it| it.start)
}

/// For "it" or "they" opening an adverbial clause ("the UK's Corus fell while Japan's
/// Nippon Steel slid after it agreed"), the latest candidate before the subordinator in its
/// sentence that is a clause's subject outside a prepositional phrase: the subject of the
/// clause the adverbial clause hangs on, not the sentence's first.
fn subject_of_the_governing_clause<'m>(
    m: &'m Mentions,
    doc: &Doc,
    t: usize,
    window: &[usize],
    candidate: &dyn Fn(&Item) -> bool,
) -> Option<&'m Item> {
    let toks = &doc.tokens;
    let s0 = doc.sentences[doc.sentence_of(t)].tokens.start;
    let opens = t > s0
        && matches!(toks[t].lower.as_str(), "it" | "they")
        && matches!(toks[t - 1].tag, "IN" | "WRB")
        && Lexicon::get().is("subordinator", &toks[t - 1].lower);
    if !opens {
        return None;
    }
    window
        .iter()
        .map(|&i| &m.items[i])
        .filter(|it| it.start >= s0 && it.end < t && it.pp.is_none())
        .filter(|it| is_a_subject(doc, it) && candidate(it))
        .max_by_key(|it| it.start)
}

/// Whether item `it` is the subject of the verb whose object is the pronoun at token `t`,
/// an object one ("them", "him"): such a pronoun is never its own clause's subject, which
/// would be "themselves" ("Campaigners have long urged them to stop": not the
/// campaigners). The subject is the item right before the verb group (auxiliaries,
/// adverbs and the verb) that ends at the pronoun.
fn subject_of_its_verb(doc: &Doc, t: usize, it: &Item) -> bool {
    let toks = &doc.tokens;
    let object = matches!(toks[t].lower.as_str(), "them" | "him");
    let verb_group =
        |k: usize| toks[k].is_verb() || toks[k].tag.starts_with("RB") || toks[k].tag == "MD";
    object && t > it.end && toks[t - 1].is_verb() && it.pp.is_none() && (it.end..t).all(verb_group)
}

/// Whether item `it` can be what the pronoun at token `t` (of number `plural`) refers to.
fn pronoun_candidate(m: &Mentions, doc: &Doc, t: usize, plural: bool, it: &Item) -> bool {
    let toks = &doc.tokens;
    if subject_of_its_verb(doc, t, it) {
        return false;
    }
    match &it.what {
        // Collective forces take either number ("the contingent … pulling them out").
        // "The US military … its withdrawal": a collective singular noun takes "its".
        What::Force(_) => {
            it.plural == plural
                || plural
                || (toks[t].lower == "its" && toks[it.end - 1].tag == "NN")
        }
        What::Government => it.plural == plural || !plural,
        // A plural group the text describes takes "they" ("Union officials said they …",
        // "G7 finance ministers"), and so does a party named in the plural ("The Tories have
        // called for … Their demands").
        What::Entity if plural => {
            it.plural
                && (it.actors.iter())
                    .any(|&a| matches!(m.actors[a].kind, Kind::Group | Kind::Party))
        }
        // "the UK's £3bn rebate … unless it was put up for discussion": "it" stands for
        // the thing a phrase names, not its possessor or a name that describes it.
        What::Entity if toks[t].lower == "it" && possesses_a_common_noun(toks, it) => false,
        What::Entity => {
            // A body the text describes takes "it" when singular ("the company … it").
            let body = |k: Kind| matches!(k, Kind::Group | Kind::Party) && !it.plural;
            !plural
                && it.actors.iter().any(|&a| {
                    let k = m.actors[a].kind;
                    k.is_polity()
                        || body(k)
                        || matches!(
                            k,
                            Kind::ArmedGroup | Kind::Organization | Kind::Agency | Kind::Capital
                        )
                })
        }
        What::Place => plural && it.plural,
        What::Modifier => false,
    }
}

/// Whether item `it` is a possessor or a modifier of a common noun after it ("the UK's
/// £3bn rebate", "the UK rebate"; not "Japan's Nippon Steel", nor "the US yesterday").
fn possesses_a_common_noun(toks: &[Token], it: &Item) -> bool {
    let common = |k: usize| {
        matches!(toks[k].tag, "NN" | "NNS")
            && !toks[k].is_capitalized()
            && !Lexicon::get().is("time_word", &toks[k].lower)
    };
    if !it.possessive {
        let determined = it.start > 0 && toks[it.start - 1].tag == "DT";
        return determined && toks.get(it.end).is_some_and(|_| common(it.end));
    }
    (it.end..toks.len().min(it.end + 5))
        .skip_while(|&k| matches!(toks[k].lower.as_str(), "'s" | "'"))
        .find(|&k| toks[k].is_noun() || !matches!(toks[k].tag, "JJ" | "CD" | "$" | "HYPH"))
        .is_some_and(common)
}

/// Whether item `it` stands in what a speaker its sentence refers to by a pronoun says
/// after it ("Mr Blair has failed to tackle these problems, he claimed"): the speaker,
/// told of before, is whom the text goes on about, not whom the speaker names.
fn told_by_a_pronoun(doc: &Doc, it: &Item) -> bool {
    let toks = &doc.tokens;
    let end = doc.sentences[doc.sentence_of(it.start)].tokens.end;
    (it.end + 1..end.saturating_sub(1))
        .any(|k| matches!(toks[k].lower.as_str(), "he" | "she") && says_after_a_comma(toks, k))
}

/// Whether the word at `k` (`k > 0`) follows a comma and a verb of saying follows it: a
/// speaker set after what is reported ("…, he said").
fn says_after_a_comma(toks: &[Token], k: usize) -> bool {
    toks[k - 1].lower == ","
        && toks
            .get(k + 1)
            .is_some_and(|v| Lexicon::get().is_verb_of_saying(v))
}

/// Whether item `it` stands in a clause a subordinator opens before its sentence's main
/// clause ("As Tory leader Michael Howard kicked off his campaign, …"), which pronoun `t`
/// stands outside of.
fn in_a_fronted_clause(doc: &Doc, it: &Item, t: usize) -> bool {
    let toks = &doc.tokens;
    let sent = &doc.sentences[doc.sentence_of(it.start)].tokens;
    let first = &toks[sent.start];
    let opens = first.is_capitalized()
        && matches!(first.tag, "IN" | "WRB")
        && Lexicon::get().is("subordinator", &first.lower);
    let comma = (sent.start..sent.end).find(|&k| toks[k].lower == ",");
    opens && comma.is_some_and(|c| it.end <= c && t > c)
}

/// A pronoun at token `t` in a fronted clause ("By withdrawing its forces, the United
/// States …"; one a participle opens, whose subject is the main clause's: "Explaining why
/// it has asked the WTO to act, the US trade office said") refers forward to the first
/// candidate after the comma.
fn fronted_clause_referent<'m>(
    m: &'m Mentions,
    doc: &Doc,
    t: usize,
    candidate: &dyn Fn(&Item) -> bool,
) -> Option<&'m Item> {
    let toks = &doc.tokens;
    let sent = doc.sentence_of(t);
    let (s0, s1) = (
        doc.sentences[sent].tokens.start,
        doc.sentences[sent].tokens.end,
    );
    let first = &toks[s0];
    if !(matches!(first.tag, "IN" | "RB" | "WRB" | "VBG" | "VBN") && first.is_capitalized()) {
        return None;
    }
    let comma = (s0..s1).find(|&k| toks[k].lower == ",")?;
    if t >= comma {
        return None;
    }
    m.window(comma + 1, s1)
        .into_iter()
        .map(|i| &m.items[i])
        .find(|it| candidate(it))
}

/// The best group of two or more `member` items named together ("Sweden and Britain",
/// "Ann Pound and Tom Lucy") among the items `window`, as (ranking key, actors): the latest
/// sentence, then outside a prepositional phrase, then the latest end.
fn coordinated(
    m: &Mentions,
    doc: &Doc,
    window: &[usize],
    member: &dyn Fn(&Item) -> bool,
) -> Option<((usize, bool, usize), Vec<usize>)> {
    let toks = &doc.tokens;
    let mut best: Option<((usize, bool, usize), Vec<usize>)> = None;
    let mut k = 0;
    while k < window.len() {
        let first = &m.items[window[k]];
        if !member(first) {
            k += 1;
            continue;
        }
        let mut members = vec![window[k]];
        let mut j = k + 1;
        while j < window.len() {
            let (prev, next) = (
                &m.items[*members.last().unwrap_or(&window[k])],
                &m.items[window[j]],
            );
            let joined = next.start > prev.end
                && (prev.end..next.start)
                    .all(|x| matches!(toks[x].lower.as_str(), "," | "and" | "or" | "the"))
                && (prev.end..next.start)
                    .any(|x| matches!(toks[x].lower.as_str(), "," | "and" | "or"));
            if !(joined && member(next) && next.sentence == first.sentence) {
                break;
            }
            members.push(window[j]);
            j += 1;
        }
        if members.len() >= 2 {
            let last = &m.items[*members.last().unwrap_or(&window[k])];
            let key = (first.sentence, first.pp.is_none(), last.start);
            let mut actors: Vec<usize> = members
                .iter()
                .flat_map(|&i| resolve_actors(m, &m.items[i]))
                .collect();
            dedup(&mut actors);
            if best.as_ref().is_none_or(|(b, _)| key > *b) {
                best = Some((key, actors));
            }
        }
        k = j;
    }
    best
}

/// The actors an antecedent item stands for: a force's owners; a capital stands for its
/// country.
fn resolve_actors(m: &Mentions, it: &Item) -> Vec<usize> {
    match it.what {
        What::Force(f) => m.forces[f].owners.clone(),
        _ => {
            // A capital standing for its government: "Washington" → the United States.
            it.actors
                .iter()
                .map(|&a| {
                    if m.actors[a].kind == Kind::Capital {
                        m.actors[a]
                            .country
                            .as_deref()
                            .and_then(|q| m.index.get(&ActorId::parse(q)).copied())
                            .unwrap_or(a)
                    } else {
                        a
                    }
                })
                .collect()
        }
    }
}

/// The preposition introducing item `ii`, and whether the item is a possessor.
fn preposition_of(doc: &Doc, m: &Mentions, ii: usize) -> (Option<String>, bool) {
    let toks = &doc.tokens;
    let it = &m.items[ii];
    let possessive = toks
        .get(it.end)
        .is_some_and(|t| t.lower == "'s" || t.lower == "'")
        || (it.end == it.start + 1 && toks[it.start].tag == "PRP$");
    (introducing_preposition(doc, it), possessive)
}

/// The preposition before item `it` and its modifiers, if it is one: not after a quantity
/// ("thousands of troops"), nor a conjunction that starts a clause ("after Russian
/// instructors landed").
fn introducing_preposition(doc: &Doc, it: &Item) -> Option<String> {
    let lex = Lexicon::get();
    let toks = &doc.tokens;
    let s0 = doc.sentences[it.sentence].tokens.start;
    let k = modifiers_start(doc, it, s0);
    if k <= s0 {
        return None;
    }
    let p = &toks[k - 1];
    // "thousands of troops", "some of the soldiers", "the rest of the forces": a quantity
    // before "of" leaves the item the head of its phrase.
    if p.lower == "of" && k >= 2 && toks[it.start].tag != "PRP" {
        let q = &toks[k - 2];
        if q.tag == "CD" || lex.is("partitive", &q.lower) {
            return None;
        }
    }
    if !matches!(p.tag, "IN" | "TO" | "RP") && !lex.is("directional", &p.lower) {
        return None;
    }
    // "after Russian instructors landed", "that American troops leave": a conjunction
    // introducing a clause whose subject the item is, not a preposition.
    let next_is_verb = toks.get(it.end).is_some_and(|t| {
        t.is_verb() && t.tag != "VBG"
            || t.tag.starts_with("RB") && toks.get(it.end + 1).is_some_and(|u| u.is_verb())
    });
    if next_is_verb && lex.is("subordinator", &p.lower) {
        return None;
    }
    if p.lower == "of" && k >= 2 {
        if let Some(outer) = outer_preposition(doc, s0, k) {
            return Some(outer);
        }
    }
    Some(p.lower.clone())
}

/// The first of the (at most four) determiners, adjectives and the like before item `it`,
/// not before the sentence start `s0`; "into neighbouring Niger": a participle right
/// before a name is an adjective; "by state-owned oil firm Rosneft": common nouns before a
/// name describe it.
fn modifiers_start(doc: &Doc, it: &Item, s0: usize) -> usize {
    let toks = &doc.tokens;
    let mut k = it.start;
    let mut steps = 0;
    while k > s0 && steps < 4 && toks[k - 1].lower != "that" {
        let t = &toks[k - 1];
        let adjective_participle = t.tag == "VBG" && k == it.start && it.what == What::Entity;
        // "by state-owned oil firm Rosneft", "with rival bidder Deutsche Boerse": common
        // nouns that describe the name before it.
        let describing = matches!(t.tag, "NN" | "NNS")
            && !t.is_capitalized()
            && it.what == What::Entity
            && toks[it.start].tag.starts_with("NNP");
        if !(matches!(t.tag, "DT" | "JJ" | "JJR" | "CD" | "PRP$" | "RB")
            || adjective_participle
            || describing)
        {
            break;
        }
        k -= 1;
        steps += 1;
    }
    k
}

/// For an item after "of" at token `k - 1`: the outer preposition of the phrase, if
/// any: "out of", "in each of their countries", "to the nation of Niger".
fn outer_preposition(doc: &Doc, s0: usize, k: usize) -> Option<String> {
    let lex = Lexicon::get();
    let toks = &doc.tokens;
    let b = &toks[k - 2];
    if b.lower == "out" {
        return Some("out of".into());
    }
    if !(lex.is("place_noun", &b.lemma.to_lowercase()) || lex.is("quantifier", &b.lower)) {
        return None;
    }
    let mut j = k - 2;
    let mut steps = 0;
    while j > s0
        && steps < 5
        && matches!(
            toks[j - 1].tag,
            "DT" | "JJ" | "NNP" | "JJR" | "CD" | "PRP$" | "VBG"
        )
    {
        j -= 1;
        steps += 1;
    }
    (j > s0 && matches!(toks[j - 1].tag, "IN" | "TO")).then(|| toks[j - 1].lower.clone())
}

/// Whether actor `a` is a region of no one country (a continent, "the Middle East"): an
/// event placed there is in no country the article could guess, and it fits any place
/// when mentions are joined.
pub fn of_no_one_country(a: &Actor) -> bool {
    a.kind == Kind::Region && a.country.is_none()
}

/// Removes repeated values, keeping the first of each.
pub fn dedup(v: &mut Vec<usize>) {
    let mut seen = std::collections::HashSet::new();
    v.retain(|x| seen.insert(*x));
}

/// A lowercase, hyphenated form of a name for local IRIs.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// "UK bank Barclays", "US defence firm Titan": whether the common nouns from token `end`
/// on (adjectives and "and" among them), the last an `organisation_noun`, lead to a proper
/// name inside the sentence (before `limit`) that they describe; a country's name before
/// them then only says where that one is from, as an adjective would.
fn describes_a_name(toks: &[Token], end: usize, limit: usize) -> bool {
    let lex = Lexicon::get();
    let mut j = end;
    let mut last_noun = None;
    // The tagger may take a lowercase noun between names for a proper one ("UK bank").
    let common = |w: &Token| {
        matches!(w.tag, "NN" | "NNS") || w.tag == "NNP" && w.text.chars().all(char::is_lowercase)
    };
    while j < limit && (common(&toks[j]) || matches!(toks[j].tag, "JJ" | "HYPH" | "CC")) {
        if common(&toks[j]) {
            last_noun = Some(j);
        }
        j += 1;
    }
    last_noun.is_some_and(|n| lex.is("organisation_noun", &toks[n].lemma.to_lowercase()))
        && j < (end + 5).min(limit)
        && matches!(toks[j].tag, "NNP" | "NNPS")
}

/// The country an organisation's name, written `name`, names as its own: a country's name
/// opening or closing it ("China Construction Bank", "Air Jamaica", "Bank of China"), not
/// one that begins a place's name ("Niger Delta Commission", `place_name_end`).
/// The gazetteer drops a place that begins a longer name, so the recognizer's name is read
/// again here.
fn country_in_name(name: &str) -> Option<String> {
    let g = Gazetteer::get();
    let lex = Lexicon::get();
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    let hits = g.find(name);
    let country =
        |h: &&crate::gazetteer::Hit| h.form == Form::Name && g.entities[h.entity].kind.is_country();
    // By words: the hit's first and last word.
    let word_at = |byte: usize| name[..byte].split_whitespace().count();
    hits.iter().filter(country).find_map(|h| {
        let (a, b) = (word_at(h.start), word_at(h.end));
        let next = words.get(b).map(|w| w.to_lowercase());
        let opens =
            a == 0 && b < words.len() && !next.is_some_and(|w| lex.is("place_name_end", &w));
        let closes = b == words.len() && a >= 1;
        (opens || closes).then(|| g.entities[h.entity].id.clone())
    })
}

/// Whether the word at `k` is a month or a day of the week (`month`, `weekday`) after a
/// preposition or a determiner ("in March", "on Sunday", "the July to September period"):
/// a date, though the same word may be someone's name ("May said").
fn is_a_date(doc: &Doc, k: usize) -> bool {
    let lex = Lexicon::get();
    let toks = &doc.tokens;
    let s0 = doc.sentences[doc.sentence_of(k)].tokens.start;
    lex.names_day_or_month(&toks[k].lower)
        && k > s0
        && matches!(toks[k - 1].tag, "IN" | "TO" | "DT" | "JJ")
}

/// Whether item `it` only says where someone is from: it opens a description, of up to three
/// words in lower case, of someone named right after ("US tycoon Malcolm Glazer", "US oil
/// giant ExxonMobil") or of one person by what they do ("the US tycoon", "a US banker": word
/// class `person_role_noun`; not an office, as "a UK MEP" is the country's own).
pub(crate) fn origin_of_a_name(doc: &Doc, m: &Mentions, it: &Item) -> bool {
    let toks = &doc.tokens;
    let (k, end) = description_after(doc, it);
    let named = k < end && toks[k].tag == "NNP" && m.item_at.get(k).is_some_and(Option::is_some);
    k > it.end && (named || one_described_before(doc, m, k))
}

/// Whether item `it` only says where one person described by what they do, and named by
/// no item after, is from ("asked a US banker to run its central bank").
pub(crate) fn origin_of_one_described(doc: &Doc, m: &Mentions, it: &Item) -> bool {
    let (k, _) = description_after(doc, it);
    k > it.end && one_described_before(doc, m, k)
}

/// Whether the description ending before token `k` ends in a noun for one person by what
/// they do (word class `person_role_noun`) and no item starts at `k` to name them.
fn one_described_before(doc: &Doc, m: &Mentions, k: usize) -> bool {
    let w = &doc.tokens[k - 1];
    w.tag == "NN"
        && Lexicon::get().is("person_role_noun", &w.lower)
        && m.item_at.get(k).is_none_or(Option::is_none)
}

/// Where up to three words of a description in lower case after item `it` end, and where
/// its sentence ends.
fn description_after(doc: &Doc, it: &Item) -> (usize, usize) {
    let toks = &doc.tokens;
    let end = doc.sentences[it.sentence].tokens.end;
    let described =
        |k: usize| matches!(toks[k].tag, "NN" | "NNS" | "JJ") && !toks[k].is_capitalized();
    let k = (it.end..end.min(it.end + 4))
        .find(|&k| !described(k))
        .unwrap_or(end);
    (k, end)
}
