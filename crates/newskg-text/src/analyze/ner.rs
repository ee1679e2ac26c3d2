//! Named-entity recognizer: the names of persons, organisations and places in a tagged
//! document, as token spans.
//!
//! A sequence labeller over BILOU labels (Begin, Inside, Last, Unit, Outside) with one
//! averaged perceptron, decoded greedily left to right under the BILOU constraints. Its
//! features are the word and its neighbours, shapes, affixes, part-of-speech tags, the two
//! previous labels, gazetteer hits by kind and position, how common a word is as a first
//! name or surname (`data/names/census.tsv`), hits of the world's place names by class
//! (`data/names/places.tsv`: continents and regions, first-level divisions, cities by
//! size), and two pieces of document evidence: whether a capitalised word is also written
//! in lower case elsewhere in the document (so is an ordinary word at the start of a
//! sentence or in a headline), and whether an all-capitals word is written capitalised
//! elsewhere. Document passes then trim titles off persons' names
//! (`data/names/titles.tsv`) and split a name run over a title inside it ("Labour MP
//! Barbara Follett"), take institutions' names whole and their abbreviations
//! ([`institutions`]), take firms named after partners whole ("Marks & Spencer") with their
//! short forms ("Marks", "M&S"; [`firms`]), carry a name's label to its later short forms ("Tony Blair" …
//! "Blair") and to a one-word organisation's other mentions, and take a word the article
//! repeats as a name and the model never labels for an organisation (`repeated`), and give
//! a one-word name read as a person, with no sign of one, the kind the model gave it
//! elsewhere in the article (`kinds`), and take a name read as a place that no place goes
//! by for a firm's where a firm's part follows it ("Deutsche Boerse shareholders";
//! `firm_places`).
//!
//! Trained by `scripts/train_ner` (the example `train_ner`) on the entity annotations of
//! GUM's CC BY genres and UNER English EWT dev; the model (`data/model/ner.bin`) is compiled
//! in. Owns the labels, the features and the model format; it knows nothing of actors or
//! events (the extract stage turns spans into actors).

mod firm_places;
pub mod firms;
pub mod institutions;
mod kinds;
mod repeated;
mod teams;
pub mod train;

use super::tagger::{is_upper_word, suffix};
use crate::compact::{self, NER_SLOT};
use crate::gazetteer::{Gazetteer, Kind, Persons};
use rustc_hash::{FxHashMap, FxHashSet, FxHasher};
use std::borrow::Cow;
use std::hash::Hasher;
use std::sync::OnceLock;

/// The model (`data/model/ner.bin`) as `build.rs` compiles it: a table read in place.
const MODEL: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/ner.bin"));
const NAMES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/names.bin"));
const PLACES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/places.bin"));
/// The most words a place name of `data/names/places.tsv` is looked up with.
const PLACE_WORDS: usize = 5;
const MAGIC: &[u8; 8] = b"NKGNER01";

/// What a name names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameKind {
    /// A person.
    Person,
    /// An organisation: a company, party, ministry, agency, team, outlet, armed group.
    Organization,
    /// A place: a country, city, region, river, building.
    Place,
}

impl NameKind {
    /// Every kind, in label order.
    pub const ALL: [NameKind; 3] = [NameKind::Person, NameKind::Organization, NameKind::Place];

    /// The CoNLL code: `PER`, `ORG`, `LOC`.
    pub fn code(self) -> &'static str {
        match self {
            NameKind::Person => "PER",
            NameKind::Organization => "ORG",
            NameKind::Place => "LOC",
        }
    }

    /// The kind for a CoNLL code.
    pub fn from_code(code: &str) -> Option<NameKind> {
        NameKind::ALL.into_iter().find(|k| k.code() == code)
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// A name in a sentence: tokens `start..end` (indices into the sentence's words).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameSpan {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// What it names.
    pub kind: NameKind,
}

/// A word as the recognizer sees it: as written, with its Penn Treebank tag.
#[derive(Debug, Clone, Copy)]
pub struct Word<'a> {
    /// The token as written.
    pub text: &'a str,
    /// Its part-of-speech tag.
    pub tag: &'a str,
}

/// Number of labels: O, then B, I, L, U for each kind.
pub const LABELS: usize = compact::NER_LABELS;
const OUT: u8 = 0;
/// Position codes within a kind's four labels.
const B: u8 = 0;
const I: u8 = 1;
const L: u8 = 2;
const U: u8 = 3;

/// The label id for a kind and position (`B`, `I`, `L`, `U`).
fn label(kind: NameKind, pos: u8) -> u8 {
    1 + 4 * kind.index() as u8 + pos
}

fn label_kind(l: u8) -> Option<NameKind> {
    (l != OUT).then(|| NameKind::ALL[((l - 1) / 4) as usize])
}

fn label_pos(l: u8) -> u8 {
    (l - 1) % 4
}

/// Whether label `next` may follow `prev` (`None`: the sentence start), and whether a
/// sentence may end after `prev` (`next` = `None`).
fn allowed(prev: Option<u8>, next: Option<u8>) -> bool {
    let open = prev.filter(|&p| is_open(p));
    match (open, next) {
        (None, None) => true,
        (Some(_), None) => false,
        (None, Some(n)) => n == OUT || matches!(label_pos(n), B | U),
        (Some(p), Some(n)) => {
            n != OUT && label_kind(n) == label_kind(p) && matches!(label_pos(n), I | L)
        }
    }
}

/// Whether label `l` leaves a name open (B or I), so the next word must continue it.
fn is_open(l: u8) -> bool {
    l != OUT && matches!(label_pos(l), B | I)
}

/// The BILOU position of word `k` of a name of `n` words.
fn position(k: usize, n: usize) -> u8 {
    match k {
        _ if n == 1 => U,
        0 => B,
        k if k + 1 == n => L,
        _ => I,
    }
}

/// The spans a label sequence encodes.
pub fn spans_of(labels: &[u8]) -> Vec<NameSpan> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &l) in labels.iter().enumerate() {
        let Some(kind) = label_kind(l) else { continue };
        match label_pos(l) {
            B => start = i,
            U => out.push(NameSpan {
                start: i,
                end: i + 1,
                kind,
            }),
            L => out.push(NameSpan {
                start,
                end: i + 1,
                kind,
            }),
            _ => {}
        }
    }
    out
}

/// The BILOU labels of spans over `n` tokens (spans must not overlap).
pub fn labels_of(spans: &[NameSpan], n: usize) -> Vec<u8> {
    let mut out = vec![OUT; n];
    for s in spans {
        if s.end - s.start == 1 {
            out[s.start] = label(s.kind, U);
            continue;
        }
        out[s.start] = label(s.kind, B);
        for l in &mut out[s.start + 1..s.end - 1] {
            *l = label(s.kind, I);
        }
        out[s.end - 1] = label(s.kind, L);
    }
    out
}

/// What the document says about its words' case, gathered before labelling.
#[derive(Default)]
pub struct DocEvidence {
    /// Lowercase forms of words written in lower case somewhere.
    lower: FxHashSet<String>,
    /// Lowercase forms of words written capitalised (not all capitals) after a sentence's
    /// first word, outside all-capitals sentences.
    title: FxHashSet<String>,
}

impl DocEvidence {
    /// Gathers the evidence of a document's sentences.
    pub fn of(doc: &[Vec<Word>]) -> DocEvidence {
        let mut ev = DocEvidence::default();
        for s in doc {
            let caps = all_caps(s);
            for (i, w) in s.iter().enumerate() {
                let first = w.text.chars().next();
                if first.is_some_and(char::is_lowercase) {
                    ev.lower.insert(w.text.to_lowercase());
                } else if i > 0
                    && !caps
                    && first.is_some_and(char::is_uppercase)
                    && (!is_upper_word(w.text) || w.text.chars().count() == 1)
                {
                    ev.title.insert(w.text.to_lowercase());
                }
            }
        }
        ev
    }
}

/// Whether most of a sentence's cased words are in capitals (a headline, a sports table).
fn all_caps(s: &[Word]) -> bool {
    let (mut cased, mut upper) = (0, 0);
    for w in s {
        if w.text.chars().any(char::is_alphabetic) {
            cased += 1;
            if is_upper_word(w.text) {
                upper += 1;
            }
        }
    }
    cased >= 2 && upper * 10 >= cased * 8
}

/// The gazetteer class a hit gives a word: place, organisation, person or group of people.
fn gazetteer_class(kind: Kind) -> u8 {
    match kind {
        Kind::Country | Kind::Territory | Kind::Capital | Kind::City | Kind::Region => 1,
        Kind::Person => 3,
        Kind::EthnicGroup => 4,
        _ => 2,
    }
}

/// Per word: the gazetteer class and position (B, I, L, U) of the name covering it. Words
/// in capitals are looked up again title-cased ("LONDON" as "London") where the first
/// lookup found nothing; in a capitals sentence every word is.
fn gazetteer_marks(s: &[Word], caps: bool) -> Vec<Option<(u8, u8)>> {
    let long_capitals = |w: &str| is_upper_word(w) && w.chars().count() > 2;
    let title_cased = |w| match long_capitals(w) {
        true => Cow::Owned(title_case(w)),
        false => Cow::Borrowed(w),
    };
    let mut marks = vec![None; s.len()];
    if caps {
        mark_hits(s, &mut marks, title_cased);
    } else {
        mark_hits(s, &mut marks, Cow::Borrowed);
        if s.iter().any(|w| long_capitals(w.text)) {
            mark_hits(s, &mut marks, title_cased);
        }
    }
    marks
}

/// Marks the words of each gazetteer hit in the sentence written with `form`, where no
/// earlier hit marked them.
fn mark_hits<'w>(
    s: &'w [Word],
    marks: &mut [Option<(u8, u8)>],
    form: impl Fn(&'w str) -> Cow<'w, str>,
) {
    let mut text = String::new();
    let mut spans = Vec::with_capacity(s.len());
    for (i, w) in s.iter().enumerate() {
        if i > 0 {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(&form(w.text));
        spans.push((start, text.len()));
    }
    let g = Gazetteer::get();
    for h in g.find(&text) {
        let Ok(a) = spans.binary_search_by_key(&h.start, |x| x.0) else {
            continue;
        };
        let Ok(last) = spans.binary_search_by_key(&h.end, |x| x.1) else {
            continue;
        };
        if marks[a..=last].iter().any(Option::is_some) {
            continue;
        }
        let class = gazetteer_class(g.entities[h.entity].kind)
            + if h.form == crate::gazetteer::Form::Name {
                0
            } else {
                4
            };
        let n = last + 1 - a;
        for (k, m) in marks[a..=last].iter_mut().enumerate() {
            *m = Some((class, position(k, n)));
        }
    }
}

fn title_case(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    for (i, c) in w.chars().enumerate() {
        if i == 0 {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Per word: the place-name class and position of the longest name of
/// `data/names/places.tsv` that covers it, coded `class * 4 + position + 1` (0: none).
/// A name starts at a capitalised word; in a capitals sentence words are looked up
/// title-cased ("NEW YORK" as "New York"). A name with a word of a known person's name
/// is none ("Aung San", a town, in "Aung San Suu Kyi").
fn place_marks(s: &[Word], caps: bool, persons: &[u8]) -> Vec<u8> {
    let table = compact::Table::new(PLACES);
    let mut marks = vec![0; s.len()];
    let mut phrase = String::new();
    let mut i = 0;
    while i < s.len() {
        if !s[i].text.starts_with(char::is_uppercase) {
            i += 1;
            continue;
        }
        let mut hit = None;
        phrase.clear();
        for (k, w) in s[i..].iter().take(PLACE_WORDS).enumerate() {
            if k > 0 {
                phrase.push(' ');
            }
            match caps && is_upper_word(w.text) && w.text.chars().count() > 1 {
                true => phrase.push_str(&title_case(w.text)),
                false => phrase.push_str(w.text),
            }
            if let Some(v) = table.get(phrase.as_bytes()) {
                hit = Some((i + k + 1, v[0]));
            }
        }
        let Some((end, class)) = hit.filter(|&(end, _)| persons[i..end].iter().all(|&p| p == 0))
        else {
            i += 1;
            continue;
        };
        for (k, m) in marks[i..end].iter_mut().enumerate() {
            *m = class * 4 + position(k, end - i) + 1;
        }
        i = end;
    }
    marks
}

/// Per word: its position (B, I, L + 1; 0 none) in the longest run of two to four
/// capitalised words that is the full name of a person of the gazetteer
/// (`data/gazetteer/persons.tsv`: heads of state and government, other office holders).
/// Names are looked up folded to lower case, so a capitals headline's are found too.
fn person_marks(s: &[Word]) -> Vec<u8> {
    let persons = Persons::get();
    let mut marks = vec![0; s.len()];
    let mut i = 0;
    while i < s.len() {
        let run = s[i..]
            .iter()
            .take(4)
            .take_while(|w| w.text.starts_with(char::is_uppercase))
            .count();
        let found = (2..=run).rev().find(|&len| {
            let words: Vec<&str> = s[i..i + len].iter().map(|w| w.text).collect();
            persons.has_full_name(&words.join(" "))
        });
        let Some(len) = found else {
            i += 1;
            continue;
        };
        for (k, m) in marks[i..i + len].iter_mut().enumerate() {
            *m = 1 + position(k, len);
        }
        i += len;
    }
    marks
}

/// The title words of `data/names/titles.tsv`, read once; a bad line panics naming it,
/// and a unit test reads the file.
fn titles() -> &'static FxHashSet<&'static str> {
    static TITLES: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    TITLES.get_or_init(|| parse_words(TITLE_WORDS).unwrap_or_else(|e| panic!("titles.tsv: {e}")))
}

const TITLE_WORDS: &str = include_str!("../../../../data/names/titles.tsv");

/// A list of one word a line in lower case, `#` comments and blank lines aside
/// (`data/names/titles.tsv`, `data/names/not_names.tsv`); a bad line is an error naming
/// it.
fn parse_words(data: &'static str) -> Result<FxHashSet<&'static str>, String> {
    let mut out = FxHashSet::default();
    for (n, line) in data.lines().enumerate() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        if line.chars().any(|c| c.is_whitespace() || c.is_uppercase()) {
            return Err(format!(
                "line {}: expected one word in lower case: {line:?}",
                n + 1
            ));
        }
        out.insert(line);
    }
    Ok(out)
}

/// Whether a word is a title before a person's name ("Mr", "President", "Prime").
pub fn is_title(word: &str) -> bool {
    titles().contains(word.to_lowercase().as_str())
}

/// A person's name starts after the title words that open it, so long as a word remains.
fn untitled(doc: &[Vec<Word>], spans: &mut [Vec<NameSpan>]) {
    for (s, sp) in doc.iter().zip(spans) {
        titled_inside(s, sp);
        for n in sp.iter_mut().filter(|n| n.kind == NameKind::Person) {
            while n.start + 1 < n.end && is_title(s[n.start].text) {
                n.start += 1;
            }
        }
    }
}

/// A name the model ran over a title inside it ("Labour MP Barbara Follett", "Tory MP John
/// Smith") is two: the capitalised words after the last title are a person; the words
/// before it keep the span's kind when it was an organisation ("Labour"), and are dropped
/// when the model took the whole for a person (a party's or a state's adjective).
fn titled_inside(s: &[Word], sp: &mut Vec<NameSpan>) {
    let mut out = Vec::with_capacity(sp.len());
    for n in sp.drain(..) {
        let title = (n.start + 1..n.end.saturating_sub(1))
            .rev()
            .find(|&j| is_title(s[j].text) && s[j].text.starts_with(char::is_uppercase));
        let person_after = title
            .is_some_and(|j| (j + 1..n.end).all(|k| capitalised(&s[k]) && !is_title(s[k].text)));
        match title.filter(|_| person_after) {
            Some(j) => {
                if n.kind == NameKind::Organization {
                    out.push(NameSpan { end: j, ..n });
                }
                out.push(NameSpan {
                    start: j + 1,
                    end: n.end,
                    kind: NameKind::Person,
                });
            }
            None => out.push(n),
        }
    }
    *sp = out;
}

/// First names and surnames with their frequency rank (`data/names/census.tsv`, compiled by
/// `build.rs` into a table read in place).
pub(crate) struct Names(compact::Table<'static>);

impl Names {
    pub(crate) fn get() -> Names {
        Names(compact::Table::new(NAMES))
    }

    /// How common a word is as a first name and as a surname: 0 not one, 1 among the 500
    /// most common, 2 among the 5,000, 3 rarer.
    pub(crate) fn buckets(&self, lower: &str) -> (u8, u8) {
        let b = |r: u32| match r {
            0 => 0,
            1..=500 => 1,
            501..=5000 => 2,
            _ => 3,
        };
        self.0
            .get(lower.as_bytes())
            .map(|v| (b(compact::u32_at(v, 0)), b(compact::u32_at(v, 4))))
            .unwrap_or((0, 0))
    }
}

/// A word's shape: `Xxxx` for "Blair", `XX` for "UN", `dd` for "12", runs cut at two.
fn shape(w: &str) -> String {
    let mut out = String::new();
    let (mut last, mut run) = (' ', 0);
    for c in w.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        run = if s == last { run + 1 } else { 1 };
        last = s;
        if run <= 2 {
            out.push(s);
        }
    }
    out
}

/// A sentence prepared for labelling: lower-case forms, shapes, gazetteer marks and case
/// evidence per word.
pub struct Prepared<'a> {
    words: &'a [Word<'a>],
    lower: Vec<String>,
    shapes: Vec<String>,
    gaz: Vec<Option<(u8, u8)>>,
    places: Vec<u8>,
    persons: Vec<u8>,
    case: Vec<u8>,
    names: Vec<(u8, u8)>,
    caps: bool,
}

impl<'a> Prepared<'a> {
    /// Prepares one sentence of a document with the document's evidence.
    pub fn new(words: &'a [Word<'a>], ev: &DocEvidence) -> Prepared<'a> {
        let caps = all_caps(words);
        let lower: Vec<String> = words.iter().map(|w| w.text.to_lowercase()).collect();
        let case = words
            .iter()
            .zip(&lower)
            .map(|(w, l)| case_evidence(w.text, l, caps, ev))
            .collect();
        let names = Names::get();
        let persons = person_marks(words);
        Prepared {
            words,
            shapes: words.iter().map(|w| shape(w.text)).collect(),
            gaz: gazetteer_marks(words, caps),
            places: place_marks(words, caps, &persons),
            persons,
            names: lower.iter().map(|l| names.buckets(l)).collect(),
            lower,
            case,
            caps,
        }
    }

    /// The number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the sentence has no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// Case evidence for a word: 0 none; 1 capitalised and written lower elsewhere; 2
/// capitalised, never lower, and capitalised inside some sentence; 6 capitalised only at
/// sentence starts; 3 all capitals in a capitals sentence, seen capitalised
/// elsewhere; 4 the same, seen only lower; 5 the same, seen neither way.
fn case_evidence(text: &str, lower: &str, caps: bool, ev: &DocEvidence) -> u8 {
    let first = text.chars().next();
    if !first.is_some_and(char::is_uppercase) {
        return 0;
    }
    if caps {
        return if ev.title.contains(lower) {
            3
        } else if ev.lower.contains(lower) {
            4
        } else {
            5
        };
    }
    if ev.lower.contains(lower) {
        1
    } else if ev.title.contains(lower) {
        2
    } else {
        6
    }
}

/// A feature key: a template number and its values, hashed.
struct Key(FxHasher);

impl Key {
    fn new(template: u8) -> Key {
        let mut h = FxHasher::default();
        h.write_u8(template);
        Key(h)
    }
    fn s(mut self, v: &str) -> Key {
        self.0.write(v.as_bytes());
        self.0.write_u8(0xff);
        self
    }
    fn n(mut self, v: u8) -> Key {
        self.0.write_u8(v);
        self
    }
    fn done(self) -> u64 {
        self.0.finish()
    }
}

fn prefix(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map(|(i, _)| &s[..i]).unwrap_or(s)
}

/// The features of word `i` given the two previous labels, pushed onto `out` (cleared
/// first). The trainer uses the same function.
pub fn features(p: &Prepared, i: usize, prev: (u8, u8), out: &mut Vec<u64>) {
    out.clear();
    let n = p.len();
    let w = |k: isize| -> &str {
        let j = i as isize + k;
        if j < 0 {
            "<s>"
        } else if j as usize >= n {
            "</s>"
        } else {
            &p.lower[j as usize]
        }
    };
    let sh = |k: isize| -> &str {
        let j = i as isize + k;
        if j < 0 || j as usize >= n {
            "_"
        } else {
            &p.shapes[j as usize]
        }
    };
    let tag = |k: isize| -> &str {
        let j = i as isize + k;
        if j < 0 || j as usize >= n {
            "_"
        } else {
            p.words[j as usize].tag
        }
    };
    let gz = |k: isize| -> u8 {
        let j = i as isize + k;
        if j < 0 || j as usize >= n {
            0
        } else {
            p.gaz[j as usize]
                .map(|(c, pos)| c * 4 + pos + 1)
                .unwrap_or(0)
        }
    };
    let (p1, p2) = prev;
    let lw = w(0);
    let caps = p.caps as u8;
    out.push(Key::new(0).done());
    out.push(Key::new(1).s(lw).done());
    out.push(Key::new(2).s(p.words[i].text).done());
    out.push(Key::new(3).s(sh(0)).n(caps).done());
    out.push(Key::new(4).s(prefix(lw, 3)).done());
    out.push(Key::new(5).s(suffix(lw, 3)).done());
    out.push(Key::new(6).s(suffix(lw, 2)).done());
    out.push(Key::new(7).s(tag(0)).done());
    out.push(Key::new(8).s(tag(-1)).s(tag(0)).done());
    out.push(Key::new(9).s(tag(0)).s(tag(1)).done());
    out.push(Key::new(10).s(w(-1)).done());
    out.push(Key::new(11).s(w(1)).done());
    out.push(Key::new(12).s(w(-2)).done());
    out.push(Key::new(13).s(w(2)).done());
    out.push(Key::new(14).s(sh(-1)).s(sh(0)).done());
    out.push(Key::new(15).s(sh(0)).s(sh(1)).done());
    out.push(Key::new(16).n(p1).done());
    let _ = p2;
    out.push(Key::new(18).n(p1).s(lw).done());
    out.push(Key::new(19).n(p1).s(sh(0)).done());
    out.push(Key::new(20).n(gz(0)).done());
    out.push(Key::new(21).n(gz(-1)).n(gz(0)).n(gz(1)).done());
    out.push(Key::new(22).n(gz(0)).s(sh(0)).done());
    out.push(Key::new(23).n(p.case[i]).n((i == 0) as u8).done());
    out.push(Key::new(24).n(p.case[i]).s(tag(0)).done());
    out.push(Key::new(25).s(w(-1)).s(lw).done());
    out.push(Key::new(26).s(lw).s(w(1)).done());
    out.push(Key::new(27).n(p1).s(w(-1)).done());
    out.push(Key::new(28).s(tag(0)).s(sh(0)).done());
    let nm = |k: isize| around(&p.names, i, k, (9, 9));
    let (f0, l0) = nm(0);
    out.push(Key::new(29).n(f0).n(l0).n(p.case[i]).done());
    out.push(Key::new(30).n(nm(-1).0).s(sh(0)).done());
    out.push(Key::new(31).n(f0).s(sh(1)).done());
    out.push(Key::new(32).n(nm(-1).0).n(l0).n(p1).done());
    let pl = |k: isize| around(&p.places, i, k, 0);
    out.push(Key::new(33).n(pl(0)).done());
    out.push(Key::new(34).n(pl(-1)).n(pl(0)).n(pl(1)).done());
    out.push(Key::new(35).n(pl(0)).n(p.case[i]).n(gz(0)).done());
    let pm = |k: isize| around(&p.persons, i, k, 9);
    out.push(Key::new(36).n(pm(0)).done());
    out.push(Key::new(37).n(pm(-1)).n(pm(0)).done());
}

/// The value of word `i + k` of a sentence's per-word `values`, `outside` beyond its ends.
fn around<T: Copy>(values: &[T], i: usize, k: isize, outside: T) -> T {
    i.checked_add_signed(k)
        .and_then(|j| values.get(j))
        .copied()
        .unwrap_or(outside)
}

/// Weights per feature key, in an open-addressing table whose slots hold the key and all
/// thirteen weights (16-bit, one scale), so scoring a feature costs one memory access; the
/// shipped model is read in place (see [`compact::compile_ner`] for the layout).
pub struct Model {
    bytes: Cow<'static, [u8]>,
    bits: u32,
    scale: f32,
}

impl Model {
    fn in_place(bytes: Cow<'static, [u8]>) -> Model {
        let bits = compact::u32_at(&bytes, 0);
        let scale = f32::from_bits(compact::u32_at(&bytes, 4));
        Model { bytes, bits, scale }
    }

    /// The slot holding `key`'s weights, if the model has the feature.
    fn find(&self, key: u64) -> Option<&[u8]> {
        let key = key.max(1);
        let slots = &self.bytes[8..];
        let mask = (1usize << self.bits) - 1;
        let mut i = compact::ner_slot(key, self.bits);
        loop {
            let s = &slots[i * NER_SLOT..(i + 1) * NER_SLOT];
            let k = u64::from_le_bytes(s[..8].try_into().expect("8 bytes"));
            if k == key {
                return Some(&s[8..]);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

/// The recognizer: a model and the document pass.
pub struct Recognizer {
    model: Model,
}

impl Recognizer {
    /// The model compiled into the binary, loaded once.
    pub fn get() -> &'static Recognizer {
        static R: OnceLock<Recognizer> = OnceLock::new();
        R.get_or_init(|| Recognizer {
            model: Model::in_place(Cow::Borrowed(MODEL)),
        })
    }

    /// A recognizer with the given model.
    pub fn with_model(model: Model) -> Recognizer {
        Recognizer { model }
    }

    /// The names in each sentence of a document (token indices within the sentence).
    pub fn recognize(&self, doc: &[Vec<Word>]) -> Vec<Vec<NameSpan>> {
        let ev = DocEvidence::of(doc);
        let mut out: Vec<Vec<NameSpan>> = doc
            .iter()
            .map(|s| spans_of(&self.model.label(&Prepared::new(s, &ev))))
            .collect();
        untitled(doc, &mut out);
        institutions::institutions(doc, &mut out, &ev);
        datelines(doc, &mut out);
        teams::teams(doc, &mut out, &ev);
        firms::firms(doc, &mut out, &ev);
        first_and_surname(doc, &mut out, &ev);
        short_forms(doc, &mut out, &ev);
        repeated::repeated(doc, &mut out, &ev);
        trim_signs(doc, &mut out);
        kinds::one_kind_per_word(doc, &mut out);
        firm_places::firms_read_as_places(doc, &mut out);
        opening_function_words(doc, &mut out);
        out
    }
}

/// A sentence that opens with a quotation mark or a bracket opens with a capital on its
/// first word all the same, which the model, reading that word as the second, may take
/// into a name ("And Rosneft is in desperate need of cash"): a name that begins with the
/// sentence's first word begins after it when that word is a conjunction, a preposition or
/// another word of a closed class that opens no name ("And", "Although", "When"; not a
/// determiner: "The Hague").
fn opening_function_words(doc: &[Vec<Word>], spans: &mut [Vec<NameSpan>]) {
    let closed = |w: &Word| {
        matches!(
            w.tag,
            "CC" | "IN" | "WRB" | "WDT" | "WP" | "EX" | "MD" | "TO"
        )
    };
    for (s, sp) in doc.iter().zip(spans.iter_mut()) {
        let first = s
            .iter()
            .position(|w| w.text.chars().any(char::is_alphanumeric));
        let Some(first) = first.filter(|&f| closed(&s[f])) else {
            continue;
        };
        for n in sp
            .iter_mut()
            .filter(|n| n.start == first && n.end > first + 1)
        {
            n.start += 1;
        }
    }
}

/// A name begins and ends on a word: the signs the model or a later pass left at a name's
/// edges ("Bank of England (" split before its bracketed abbreviation) are cut off, and a
/// name of signs alone is dropped.
fn trim_signs(doc: &[Vec<Word>], spans: &mut [Vec<NameSpan>]) {
    let word = |w: &Word| w.text.chars().any(char::is_alphanumeric);
    for (s, sp) in doc.iter().zip(spans.iter_mut()) {
        for n in sp.iter_mut() {
            while n.start < n.end && !word(&s[n.start]) {
                n.start += 1;
            }
            while n.end > n.start && !word(&s[n.end - 1]) {
                n.end -= 1;
            }
        }
        sp.retain(|n| n.start < n.end);
    }
}

impl Model {
    fn score(&self, feats: &[u64], scores: &mut [f32; LABELS]) {
        let mut sum = [0i32; LABELS];
        for &f in feats {
            if let Some(w) = self.find(f) {
                for (l, acc) in sum.iter_mut().enumerate() {
                    *acc += i16::from_le_bytes([w[2 * l], w[2 * l + 1]]) as i32;
                }
            }
        }
        for (out, acc) in scores.iter_mut().zip(sum) {
            *out = acc as f32 * self.scale;
        }
    }

    /// Labels one prepared sentence, greedily under the BILOU constraints.
    pub fn label(&self, p: &Prepared) -> Vec<u8> {
        decode(p, Words::ThatMayOpenAName, |f, s| self.score(f, s))
    }

    /// Reads a model written by [`train::Trainer::to_bytes`]; `None` if it is not one.
    pub fn from_bytes(b: &[u8]) -> Option<Model> {
        compact::compile_ner(b).map(|t| Model::in_place(Cow::Owned(t)))
    }
}

/// Which words outside a name [`decode`] scores.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Words {
    /// Every word: training, where every decision is one to learn from.
    All,
    /// Only words that may open a name ([`opens_name`]); the others are O. The model gives
    /// the same labels on CoNLL-2003 valid (F1 0.744 either way) in a fraction of the time.
    ThatMayOpenAName,
}

/// Greedy decoding: each word gets the best-scoring label the BILOU constraints allow
/// after the previous one (and, at the last word, one that closes any open name). (A beam
/// of four over per-word probabilities was measured: F1 within 0.005 on every test set,
/// 25–40 % slower.)
fn decode(
    p: &Prepared,
    words: Words,
    mut score: impl FnMut(&[u64], &mut [f32; LABELS]),
) -> Vec<u8> {
    let n = p.len();
    let mut out: Vec<u8> = Vec::with_capacity(n);
    let mut feats = Vec::with_capacity(32);
    let mut scores = [0f32; LABELS];
    for i in 0..n {
        let p1 = out.last().copied();
        if words == Words::ThatMayOpenAName && !p1.is_some_and(is_open) && !opens_name(p, i) {
            out.push(OUT);
            continue;
        }
        let p2 = if i >= 2 { out[i - 2] } else { 0xfe };
        features(p, i, (p1.unwrap_or(0xff), p2), &mut feats);
        score(&feats, &mut scores);
        let mut best = OUT;
        let mut best_score = f32::NEG_INFINITY;
        for l in 0..LABELS as u8 {
            let closes = i + 1 < n || allowed(Some(l), None);
            if allowed(p1, Some(l)) && closes && scores[l as usize] > best_score {
                best = l;
                best_score = scores[l as usize];
            }
        }
        out.push(best);
    }
    out
}

/// Whether word `i` may start a name: it begins with a capital or a digit, or a listed name
/// covers it. Most words of a text do not (the model gave a lower-case word a name's first
/// label 10 times in 5,600 names of CoNLL-2003 valid and UNER EWT dev).
fn opens_name(p: &Prepared, i: usize) -> bool {
    p.words[i]
        .text
        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        || p.gaz[i].is_some()
        || p.places[i] != 0
}

/// Days of the week, lower case.
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Months, lower case.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A dateline opens a wire story with the place it was filed from: up to four capitalised
/// words at the start of a sentence, then a date — "LONDON 1996-08-30", "NIAMEY, March 3
/// (Reuters) -", "Paris, 4 May -" — or the agency in brackets ("KABUL (AP) -"). Those words
/// are a place, whatever the model made of them.
fn datelines(doc: &[Vec<Word>], spans: &mut [Vec<NameSpan>]) {
    for (s, sp) in doc.iter().zip(spans.iter_mut()) {
        let Some(end) = dateline_place(s) else {
            continue;
        };
        // Written in capitals it is a dateline; in title case only where the model saw no
        // person ("John Smith, 3 May" captions a photograph).
        let capitals = s[..end].iter().all(|w| is_upper_word(w.text));
        if !capitals
            && sp
                .iter()
                .any(|n| n.start < end && n.kind == NameKind::Person)
        {
            continue;
        }
        put(
            sp,
            NameSpan {
                start: 0,
                end,
                kind: NameKind::Place,
            },
        );
    }
}

/// Puts `name` among a sentence's names in place of every name it overlaps, keeping them
/// in order.
fn put(sp: &mut Vec<NameSpan>, name: NameSpan) {
    sp.retain(|n| n.end <= name.start || n.start >= name.end);
    sp.push(name);
    sp.sort_by_key(|n| n.start);
}

/// Puts words `a..b` among a sentence's names as an organisation ([`put`]).
fn put_organisation(sp: &mut Vec<NameSpan>, a: usize, b: usize) {
    let kind = NameKind::Organization;
    put(
        sp,
        NameSpan {
            start: a,
            end: b,
            kind,
        },
    );
}

/// The end of a dateline's place words at the start of `s`, if it opens with one.
fn dateline_place(s: &[Word]) -> Option<usize> {
    dateline(s).map(|(place_end, _)| place_end)
}

/// The end of the dateline that opens `s` (after its dash), if the story goes on after
/// one: "NIAMEY, March 3 (Reuters) - Troops left …" ends after the dash. The dateline is
/// no part of the sentence's grammar.
pub(crate) fn dateline_end(s: &[Word]) -> Option<usize> {
    dateline(s).and_then(|(_, end)| (end < s.len()).then_some(end))
}

/// A dateline at the start of `s`: the end of its place words and of the whole dateline
/// (after the dash, or the sentence's end).
fn dateline(s: &[Word]) -> Option<(usize, usize)> {
    let placeish = |w: &Word| {
        w.text.chars().next().is_some_and(char::is_uppercase)
            && w.text
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '.' || c == '\'')
            && !MONTHS.contains(&w.text.to_lowercase().as_str())
    };
    let end = s.iter().take(4).take_while(|w| placeish(w)).count();
    if end == 0 {
        return None;
    }
    // The place may be followed by a comma ("NIAMEY, March 3").
    let rest = match s[end..].split_first() {
        Some((comma, after)) if comma.text == "," => after,
        _ => &s[end..],
    };
    let at = |k: usize| rest.get(k).map(|w| w.text);
    let iso = |t: &str| {
        t.len() == 10
            && t.chars().enumerate().all(|(i, c)| {
                if i == 4 || i == 7 {
                    c == '-'
                } else {
                    c.is_ascii_digit()
                }
            })
    };
    // A month, written out or cut to three or four letters ("Jan", "Sept.").
    let month = |t: Option<&str>| {
        t.is_some_and(|t| {
            let t = t.to_lowercase();
            let t = t.trim_end_matches('.');
            MONTHS
                .iter()
                .any(|m| *m == t || (3..=4).contains(&t.len()) && m.starts_with(t))
        })
    };
    let number =
        |t: Option<&str>| t.is_some_and(|t| t.chars().all(|c| c.is_ascii_digit()) && !t.is_empty());
    // The date: an ISO day, "March 3" or "3 March"; then perhaps the agency in brackets.
    let mut k = if at(0).is_some_and(iso) {
        1
    } else if month(at(0)) && number(at(1)) || number(at(0)) && month(at(1)) {
        2
    } else {
        0
    };
    let agency = at(k) == Some("(")
        && at(k + 2) == Some(")")
        && at(k + 1).is_some_and(|a| a.chars().next().is_some_and(char::is_uppercase));
    if k == 0 && !agency {
        return None;
    }
    if agency {
        k += 3;
    }
    // The whole sentence is the dateline, or the story goes on after a dash.
    let dash = |t: &str| matches!(t, "-" | "--" | "–" | "—");
    let after_rest = s.len() - rest.len();
    match at(k) {
        None => Some((end, s.len())),
        Some(t) if dash(t) => Some((end, after_rest + k + 1)),
        Some(_) => None,
    }
}

/// A name of two or three words that opens with a first name (the Census list) and ends
/// with a word the article names a person by alone ("Rebecca Okafor" … "Ms Okafor") is that
/// person, whatever other kind the model gave it. The surname must be written only
/// capitalised in the article ("Brown" with "brown" elsewhere proves nothing).
fn first_and_surname(doc: &[Vec<Word>], spans: &mut [Vec<NameSpan>], ev: &DocEvidence) {
    let mut alone: FxHashSet<&str> = FxHashSet::default();
    for (s, sp) in doc.iter().zip(spans.iter()) {
        for n in sp
            .iter()
            .filter(|n| n.kind == NameKind::Person && n.end - n.start == 1)
        {
            alone.insert(s[n.start].text);
        }
    }
    if alone.is_empty() {
        return;
    }
    let names = Names::get();
    for (s, sp) in doc.iter().zip(spans.iter_mut()) {
        for n in sp.iter_mut() {
            let words = &s[n.start..n.end];
            if n.kind == NameKind::Person || !(2..=3).contains(&words.len()) {
                continue;
            }
            let first = names.buckets(&words[0].text.to_lowercase()).0;
            let last = words[words.len() - 1].text;
            if first > 0 && alone.contains(last) && !ev.lower.contains(&last.to_lowercase()) {
                n.kind = NameKind::Person;
            }
        }
    }
}

/// The document pass: a run of words that repeats a multi-word name whole, or a person's
/// surname alone ("Blair" after "Tony Blair"), left unlabelled elsewhere in the document,
/// takes that name's kind; a one-word name of another kind that is such a surname becomes
/// a person. Only capitalised runs outside labelled spans are relabelled, and
/// never a single word the document also writes in lower case ("Friday" is no surname
/// because some "Friday" was once taken for one, nor is "Brown" when "brown" occurs).
fn short_forms(doc: &[Vec<Word>], spans: &mut [Vec<NameSpan>], ev: &DocEvidence) {
    let mut known: FxHashMap<String, NameKind> = FxHashMap::default();
    for (s, sp) in doc.iter().zip(spans.iter()) {
        for n in sp.iter() {
            let words = &s[n.start..n.end];
            // A one-word organisation is carried like a whole name ("Shell" … "that Shell
            // had inflated"); a one-word person only as the surname below.
            if words.len() > 1 || n.kind == NameKind::Organization {
                known.entry(join(words)).or_insert(n.kind);
            }
            if n.kind == NameKind::Person {
                if let Some(last) = words.last() {
                    known.entry(last.text.to_string()).or_insert(n.kind);
                }
            }
        }
    }
    known.retain(|k, _| k.contains(' ') || !ev.lower.contains(&k.to_lowercase()));
    for (s, sp) in doc.iter().zip(spans.iter_mut()) {
        // A one-word name that is a person's surname here is that person ("Macron", once
        // taken for an organisation, after "Emmanuel Macron").
        for n in sp.iter_mut().filter(|n| n.end - n.start == 1) {
            if known.get(s[n.start].text) == Some(&NameKind::Person) {
                n.kind = NameKind::Person;
            }
        }
        let mut covered = vec![false; s.len()];
        for n in sp.iter() {
            covered[n.start..n.end].iter_mut().for_each(|c| *c = true);
        }
        let mut i = 0;
        while i < s.len() {
            match known_run(s, &covered, i, &known) {
                Some((j, kind)) => {
                    sp.push(NameSpan {
                        start: i,
                        end: j,
                        kind,
                    });
                    i = j;
                }
                None => i += 1,
            }
        }
        sp.sort_by_key(|n| n.start);
    }
}

/// The longest run of up to four capitalised, unlabelled words from `i` that is a known
/// name, bounded by words that are not capitalised: its end and kind.
fn known_run(
    s: &[Word],
    covered: &[bool],
    i: usize,
    known: &FxHashMap<String, NameKind>,
) -> Option<(usize, NameKind)> {
    if i > 0 && capitalised(&s[i - 1]) {
        return None;
    }
    (i + 1..=(i + 4).min(s.len())).rev().find_map(|j| {
        let run = &s[i..j];
        let free = !covered[i..j].iter().any(|&c| c);
        let bounded = s.get(j).is_none_or(|w| !capitalised(w));
        let capital = run.iter().all(capitalised);
        (free && capital && bounded)
            .then(|| known.get(&join(run)).map(|&k| (j, k)))
            .flatten()
    })
}

fn capitalised(w: &Word) -> bool {
    w.text.chars().next().is_some_and(char::is_uppercase)
}

fn join(words: &[Word]) -> String {
    let mut s = String::new();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(w.text);
    }
    s
}

#[cfg(test)]
mod tests;
