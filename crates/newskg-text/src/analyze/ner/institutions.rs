//! The recognizer's document pass for institutions' names and their abbreviations.
//!
//! English names institutions with a head noun ("National Audit Office", "British Medical
//! Association"), often followed by of or for and more capitalised words ("Department
//! for Education", "Court of Arbitration for Sport"), and writes a few alone, capitalised,
//! for one body ("the Cabinet", "Parliament"). The model, trained on little news, splits
//! such names ("Department" … "Education") or misses them; this pass takes the whole
//! phrase as one organisation's name. It then gives abbreviations their name's kind: one
//! defined in brackets after the name ("National Audit Office (NAO)") and one made of a
//! name's initials ("CBI" in an article that names the Confederation of British Industry).
//!
//! Owns the institution words (`data/names/institutions.tsv`, compiled in; a bad line
//! panics naming it, and the unit tests load the file). Reads sentences and spans only.

use super::{capitalised, DocEvidence, NameKind, NameSpan, Word};
use crate::gazetteer::Gazetteer;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

const WORDS: &str = include_str!("../../../../../data/names/institutions.tsv");

/// The institution words.
pub struct InstitutionWords {
    /// Nouns that head an institution's name, as written capitalised.
    heads: FxHashSet<String>,
    /// Heads that name one institution alone.
    alone: FxHashSet<String>,
    /// Lowercase nouns that describe the organisation named right after them.
    descriptors: FxHashSet<String>,
    /// Capitalised words of dates, which open no name ("On Monday Acme Holdings").
    dates: FxHashSet<String>,
}

impl InstitutionWords {
    /// The compiled-in list; panics on a bad line, naming it.
    pub fn get() -> &'static InstitutionWords {
        static W: OnceLock<InstitutionWords> = OnceLock::new();
        W.get_or_init(|| InstitutionWords::parse(WORDS).unwrap_or_else(|e| panic!("{e}")))
    }

    /// Reads `institutions.tsv`; the first bad line is an error naming its number.
    pub fn parse(text: &str) -> Result<InstitutionWords, String> {
        let mut w = InstitutionWords {
            heads: FxHashSet::default(),
            alone: FxHashSet::default(),
            descriptors: FxHashSet::default(),
            dates: FxHashSet::default(),
        };
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = || format!("data/names/institutions.tsv line {}: {line:?}", i + 1);
            let (class, word) = line.split_once('\t').ok_or_else(bad)?;
            if word.is_empty() || word.contains(char::is_whitespace) {
                return Err(bad());
            }
            match class {
                "head" => w.heads.insert(word.to_string()),
                "alone" => w.alone.insert(word.to_string()),
                "descriptor" if word.chars().all(|c| c.is_lowercase() || c == '-') => {
                    w.descriptors.insert(word.to_string())
                }
                "date" => w.dates.insert(word.to_string()),
                _ => return Err(bad()),
            };
        }
        if let Some(a) = w.alone.iter().find(|a| !w.heads.contains(*a)) {
            return Err(format!(
                "data/names/institutions.tsv: {a:?} stands alone but is no head"
            ));
        }
        Ok(w)
    }

    /// Whether `word`, as written, heads an institution's name ("Communications", "Group").
    pub fn is_head(&self, word: &str) -> bool {
        self.heads.contains(word)
    }
}

/// Runs the pass over a document's sentences and their spans.
pub fn institutions(doc: &[Vec<Word>], spans: &mut [Vec<NameSpan>], ev: &DocEvidence) {
    let words = InstitutionWords::get();
    for (s, sp) in doc.iter().zip(spans.iter_mut()) {
        tidy(s, sp);
        if super::all_caps(s) || title_case(s) {
            continue;
        }
        let mut k = 0;
        while k < s.len() {
            match institution_at(s, k, words) {
                Some((a, b)) => {
                    place(s, sp, a, b);
                    k = b;
                }
                None => k += 1,
            }
        }
    }
    described(doc, spans, ev, words);
    abbreviations(doc, spans, ev);
}

/// The end of a name from `a` on: up to four words, capitalised, or a number or "&"
/// inside it ("Transport 2000", "Fathers 4 Justice", "Bradford & Bingley").
fn described_name_end(s: &[Word], a: usize) -> usize {
    let mut b = a;
    while b < s.len().min(a + 4) {
        let w = &s[b];
        let inner =
            b > a && (w.tag == "CD" || w.text == "&" && s.get(b + 1).is_some_and(name_word));
        if !(name_word(w) || inner) {
            break;
        }
        b += 1;
    }
    // A name ends on a word of it, not on "&".
    while b > a && s[b - 1].text == "&" {
        b -= 1;
    }
    b
}

/// Organisations a noun describes right before their name, with no determiner between:
/// "car giant General Motors", "engineering group Jarvis", "Italian carmaker Fiat", or right
/// after it, after "the" or "a" ("the Halden conglomerate": [`named_before`]) — and
/// the same name elsewhere in the document, which the model left out or took for another
/// kind ("Fiat will meet …"), unless the document also writes it in lower case.
fn described(
    doc: &[Vec<Word>],
    spans: &mut [Vec<NameSpan>],
    ev: &DocEvidence,
    words: &InstitutionWords,
) {
    let mut names: FxHashSet<String> = FxHashSet::default();
    for (s, sp) in doc.iter().zip(spans.iter_mut()) {
        if super::all_caps(s) || title_case(s) {
            continue;
        }
        for k in 0..s.len().saturating_sub(1) {
            // A sentence's first word is capitalised whatever it is ("Rival Deutsche Boerse
            // put forward …"), when the article writes it in lower case too (not "Channel
            // Tunnel operator Eurotunnel").
            let lower = s[k].text.to_lowercase();
            let descriptor = words.descriptors.contains(s[k].text)
                || k == 0 && ev.lower.contains(&lower) && words.descriptors.contains(&lower);
            if !descriptor {
                continue;
            }
            let b = described_name_end(s, k + 1);
            // A first name, after a title or not, opens a person's name: "policy maker Alan
            // Greenspan", "group chairman Sir Alan Budd" (but "car giant General Motors").
            let first_name =
                |j: usize| j < b && super::Names::get().buckets(&s[j].text.to_lowercase()).0 > 0;
            let titled = super::is_title(&s[k + 1].text.to_lowercase());
            let person = b > k + 2 && (first_name(k + 1) || titled && first_name(k + 2));
            if b == k + 1 || person || place_name(&s[k + 1..b]) {
                continue;
            }
            // The model's name that took the descriptor in starts after it.
            for n in sp.iter_mut().filter(|n| n.start == k && n.end >= b) {
                n.start = k + 1;
            }
            place(s, sp, k + 1, b);
            names.insert(super::join(&s[k + 1..b]));
        }
        for k in 1..s.len() {
            if let Some(a) = named_before(s, k, words) {
                place(s, sp, a, k);
                names.insert(super::join(&s[a..k]));
            }
        }
    }
    names.retain(|n| n.contains(' ') || !ev.lower.contains(&n.to_lowercase()));
    if names.is_empty() {
        return;
    }
    for (s, sp) in doc.iter().zip(spans.iter_mut()) {
        for n in sp.iter_mut() {
            if names.contains(&super::join(&s[n.start..n.end])) {
                n.kind = NameKind::Organization;
            }
        }
        let mut k = 0;
        while k < s.len() {
            // A word is free for the name `k..j` when no span covers it, or only spans
            // inside the name: the model's part of it ("Deutsche Boerse" with "Boerse"
            // alone taken for a person).
            let free = |i: usize, j: usize| {
                (sp.iter()).all(|n| !(n.start <= i && i < n.end) || k <= n.start && n.end <= j)
            };
            let end = (k + 1..=s.len().min(k + 4)).rev().find(|&j| {
                (k..j).all(|i| free(i, j) && capitalised(&s[i]))
                    && (k == 0 || !capitalised(&s[k - 1]))
                    && s.get(j).is_none_or(|w| !capitalised(w))
                    && names.contains(&super::join(&s[k..j]))
            });
            match end {
                Some(j) => {
                    super::put_organisation(sp, k, j);
                    k = j;
                }
                None => k += 1,
            }
        }
    }
}

/// The start of an organisation's name that a descriptor at `k` follows after "the" or
/// "a" ("the Halden conglomerate", "a Tarrow company"): proper nouns
/// only, no first name opening them, and not a place's name ("the London firm").
fn named_before(s: &[Word], k: usize, words: &InstitutionWords) -> Option<usize> {
    if !words.descriptors.contains(s[k].text) || s.get(k + 1).is_some_and(name_word) {
        return None;
    }
    let mut a = k;
    // Hyphenated words say where a firm is from or who owns it ("the North Carolina-based
    // firm", "the German-US group"): they end the search, and no determiner is before them.
    let proper =
        |w: &Word| capitalised(w) && matches!(w.tag, "NNP" | "NNPS") && !w.text.contains('-');
    while a > 0 && k - a < 3 && proper(&s[a - 1]) {
        a -= 1;
    }
    let determiner = a > 0
        && ["the", "a", "an"]
            .iter()
            .any(|d| s[a - 1].text.eq_ignore_ascii_case(d));
    let first_name = super::Names::get().buckets(&s[a].text.to_lowercase()).0 > 0;
    (a < k && determiner && !first_name && !place_name(&s[a..k])).then_some(a)
}

/// The institution's name headed by the word at `k`, if it heads one: its span.
fn institution_at(s: &[Word], k: usize, words: &InstitutionWords) -> Option<(usize, usize)> {
    if !words.heads.contains(s[k].text) {
        return None;
    }
    let mut a = k;
    while a > 0 && !words.dates.contains(s[a - 1].text) {
        if name_word(&s[a - 1]) {
            a -= 1;
        } else if a >= 2 && joins_words(&s[a - 1]) && name_word(&s[a - 2]) {
            a -= 2;
        } else {
            break;
        }
    }
    let b = continuation(s, k + 1);
    if a == k && b == k + 1 {
        let inside = k > 0 && !s.get(k + 1).is_some_and(name_word);
        return (inside && words.alone.contains(s[k].text)).then_some((k, k + 1));
    }
    (!place_name(&s[a..b])).then_some((a, b))
}

/// Whether the gazetteer knows the whole phrase as a place ("Soviet Union").
pub(super) fn place_name(words: &[Word]) -> bool {
    let text = super::join(words);
    Gazetteer::get().find(&text).iter().any(|h| {
        h.start == 0
            && h.end == text.len()
            && super::gazetteer_class(Gazetteer::get().entities[h.entity].kind) == 1
    })
}

/// Whether a sentence is written in title case (a headline: "Ministers Face Union Revolt
/// Over Pensions"): three words or more and no word of four letters or more in lower case,
/// where capitals do not mark names.
fn title_case(s: &[Word]) -> bool {
    let words = s.iter().filter(|w| w.text.chars().any(char::is_alphabetic));
    let lower_long = |w: &&Word| {
        w.text.chars().count() >= 4 && w.text.chars().next().is_some_and(char::is_lowercase)
    };
    words.clone().count() >= 3 && !words.clone().any(|w| lower_long(&w))
}

/// A word that joins two words of a name before its head: "and" ("Public and Commercial
/// Services Union") or a plural's apostrophe ("Transport and General Workers' Union"), but
/// no "'s" ("Blair's Cabinet" is the Cabinet).
fn joins_words(w: &Word) -> bool {
    w.text == "and" || w.text == "'" || w.text == "’"
}

/// A capitalised word that may stand in a name (a noun, proper noun, adjective or
/// number, not a determiner or other function word at a sentence's start).
fn name_word(w: &Word) -> bool {
    capitalised(w) && matches!(w.tag, "NNP" | "NNPS" | "NN" | "NNS" | "JJ" | "CD")
}

/// The end of a name that goes on after its head at `j`: "of" or "for" ("on" is too often
/// the start of a date: "the Court of Arbitration for Sport on Monday"), an optional
/// "the" (after the first preposition only: "Bank of England for the Treasury" is two
/// names), and capitalised words, as often as it repeats.
fn continuation(s: &[Word], mut j: usize) -> usize {
    let mut first = true;
    loop {
        let Some(p) = s.get(j) else { return j };
        if !matches!(p.text, "of" | "for") {
            return j;
        }
        let mut k = j + 1;
        if first && s.get(k).is_some_and(|w| w.text == "the") {
            k += 1;
        }
        let run = s[k.min(s.len())..]
            .iter()
            .take_while(|w| name_word(w))
            .count();
        if run == 0 {
            return j;
        }
        j = k + run;
        first = false;
    }
}

/// Puts an institution's span among a sentence's spans: it replaces the spans it covers
/// (fragments of the name, or a person the model saw in it) and those that run on into
/// ordinary words ("Confederation of British Industry warned that growth"), and gives way
/// to one that only partly overlaps it otherwise. The same span of another kind becomes an
/// organisation ("Bank of Scotland" is no place; the gazetteer's places never come here).
fn place(s: &[Word], sp: &mut Vec<NameSpan>, a: usize, b: usize) {
    let overlaps = |n: &NameSpan| n.start < b && a < n.end;
    sp.retain(|n| !(overlaps(n) && runs_on(&s[n.start..n.end])));
    split_after(s, sp, a, b);
    if sp.iter().any(|n| overlaps(n) && (n.start < a || n.end > b)) {
        return;
    }
    super::put_organisation(sp, a, b);
}

/// A name the model ran on from inside the institution's name `a..b` into the capitalised
/// words after it ("Medical Research Council Professor Nancy Rothwell"), which the
/// institution's name does not take (no of / for joins them), is two names: the words after
/// the institution keep the model's kind, or are a person when one of them is a common
/// first name.
fn split_after(s: &[Word], sp: &mut [NameSpan], a: usize, b: usize) {
    let names = super::Names::get();
    for n in sp.iter_mut() {
        if n.start >= a && n.start < b && n.end > b {
            let first_name = s[b..n.end]
                .iter()
                .any(|w| matches!(names.buckets(&w.text.to_lowercase()).0, 1 | 2));
            n.start = b;
            if first_name {
                n.kind = NameKind::Person;
            }
        }
    }
}

/// Cuts the names the model ran on into ordinary words down to their runs of capitalised
/// words (with the particles between them).
fn tidy(s: &[Word], sp: &mut Vec<NameSpan>) {
    if !sp.iter().any(|n| runs_on(&s[n.start..n.end])) {
        return;
    }
    let mut out = Vec::with_capacity(sp.len());
    for n in sp.drain(..) {
        if !runs_on(&s[n.start..n.end]) {
            out.push(n);
            continue;
        }
        let mut i = n.start;
        while i < n.end {
            if !capitalised(&s[i]) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < n.end && !runs_on(&s[j..j + 1]) {
                j += 1;
            }
            while j > i + 1 && !capitalised(&s[j - 1]) {
                j -= 1;
            }
            out.push(NameSpan {
                start: i,
                end: j,
                kind: n.kind,
            });
            i = j;
        }
    }
    *sp = out;
}

/// Whether a name the model found runs on into ordinary words: a word in lower case other
/// than the particles names hold ("of", "for", "and", "de", "al").
fn runs_on(name: &[Word]) -> bool {
    name.iter().any(|w| {
        w.text.chars().next().is_some_and(char::is_lowercase)
            && !matches!(
                w.text,
                "of" | "for"
                    | "and"
                    | "the"
                    | "de"
                    | "du"
                    | "des"
                    | "la"
                    | "le"
                    | "von"
                    | "van"
                    | "der"
                    | "den"
                    | "al"
                    | "el"
                    | "bin"
                    | "ibn"
                    | "y"
                    | "da"
                    | "do"
                    | "dos"
            )
    })
}

/// Abbreviations of organisations' names: defined in brackets after the name, or made of
/// the initials of a name of two or more capitalised words the document gives. Each
/// occurrence of such a word, unlabelled or labelled alone as another kind, becomes that
/// organisation (a person's initials are not taken: "JFK" is rarer in news than a clash
/// with an unrelated abbreviation).
fn abbreviations(doc: &[Vec<Word>], spans: &mut [Vec<NameSpan>], ev: &DocEvidence) {
    let mut known: FxHashSet<String> = FxHashSet::default();
    for (s, sp) in doc.iter().zip(spans.iter()) {
        for n in sp.iter().filter(|n| n.kind == NameKind::Organization) {
            let name = &s[n.start..n.end];
            if let Some(init) = initials(name).filter(|i| i.len() >= 3) {
                known.insert(init);
            }
            // "National Audit Office (NAO)", "Association of Chief Police Officers (Acpo)"
            if let Some(abbr) = bracketed_abbreviation(name, &s[n.end.min(s.len())..]) {
                known.insert(abbr.to_string());
            }
        }
    }
    known.retain(|a| !ev.lower.contains(&a.to_lowercase()));
    if known.is_empty() {
        return;
    }
    for (s, sp) in doc.iter().zip(spans.iter_mut()) {
        if super::all_caps(s) {
            continue;
        }
        for n in sp.iter_mut() {
            if n.end == n.start + 1 && known.contains(s[n.start].text) {
                n.kind = NameKind::Organization;
            }
        }
        for (i, w) in s.iter().enumerate() {
            let free = !sp.iter().any(|n| n.start <= i && i < n.end);
            if free && known.contains(w.text) {
                sp.push(NameSpan {
                    start: i,
                    end: i + 1,
                    kind: NameKind::Organization,
                });
            }
        }
        sp.sort_by_key(|n| n.start);
    }
}

/// The abbreviation defined in brackets right after a name (`after` are the words that
/// follow it): a word in capitals ("(NAO)"), one written like a word whose letters in
/// capitals are the name's initials ("Association of Chief Police Officers (Acpo)"), or
/// one whose capitals are the initials of the name's capitalised words and whose small
/// letters those of small words between them ("Bank of England (BoE)", "Department for
/// Education and Skills (DfES)").
pub fn bracketed_abbreviation<'w>(name: &[Word], after: &[Word<'w>]) -> Option<&'w str> {
    let [open, abbr, close, ..] = after else {
        return None;
    };
    let defined = open.text == "(" && close.text == ")";
    let spelled = || {
        capitalised(abbr)
            && initials(name).is_some_and(|i| i.len() >= 3 && abbr.text.to_uppercase() == i)
    };
    (defined && (abbreviation(abbr.text) || spelled() || mixed_initials(name, abbr.text)))
        .then_some(abbr.text)
}

/// Whether `abbr`, of three to six letters with two capitals or more and a small one,
/// spells the name's initials: each capital the initial of the next capitalised word, each
/// small letter that of a small word on the way, and small words with no letter skipped
/// ("BoE": Bank of England; "DfES": Department for Education and Skills).
fn mixed_initials(name: &[Word], abbr: &str) -> bool {
    let letters: Vec<char> = abbr.chars().collect();
    let capitals = letters.iter().filter(|c| c.is_ascii_uppercase()).count();
    if !(3..=6).contains(&letters.len())
        || !letters[0].is_ascii_uppercase()
        || capitals < 2
        || capitals == letters.len()
        || !letters.iter().all(char::is_ascii_alphabetic)
    {
        return false;
    }
    let mut i = 0;
    for w in name {
        let Some(first) = w.text.chars().next() else {
            continue;
        };
        let spelled = letters.get(i).is_some_and(|&l| {
            l.eq_ignore_ascii_case(&first) && l.is_ascii_uppercase() == first.is_uppercase()
        });
        if spelled {
            i += 1;
        } else if first.is_uppercase() {
            return false;
        }
    }
    i == letters.len()
}

/// A word written as an abbreviation: two to six capitals ("NAO", "CBI").
pub fn abbreviation(w: &str) -> bool {
    (2..=6).contains(&w.chars().count()) && w.chars().all(|c| c.is_ascii_uppercase())
}

/// The initials of a name's capitalised words when it has two or more and none is itself
/// an abbreviation ("Confederation of British Industry" → "CBI").
pub fn initials(name: &[Word]) -> Option<String> {
    if name.iter().any(|w| abbreviation(w.text)) {
        return None;
    }
    let caps: String = name
        .iter()
        .filter(|w| capitalised(w))
        .filter_map(|w| w.text.chars().next())
        .collect();
    (caps.chars().count() >= 2 && caps.chars().all(|c| c.is_ascii_uppercase())).then_some(caps)
}

#[cfg(test)]
mod tests;
