//! The recognizer's document pass for names it never labels: a capitalised word that the
//! article writes again and again inside its sentences, never in lower case, and that the
//! model left unlabelled everywhere, is a name ("rival Airbus", "between Boeing and
//! Airbus", "For Airbus"). The model knows few companies by their words alone; an article
//! about one names it often. Such a word is taken for an organisation when nothing says it
//! is a person or a place: it is no common first name or surname (`data/names/census.tsv`),
//! no place of `data/names/places.tsv`, no gazetteer name, and no title, month, weekday or
//! word of `data/names/not_names.tsv` (capitalised words that name nothing: "Christmas",
//! "Internet"). Reads sentences, spans and the document's evidence only.

use super::{parse_words, put_organisation, DocEvidence, NameSpan, Names, Word, MONTHS, WEEKDAYS};
use crate::compact;
use crate::gazetteer::Gazetteer;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// How often a word must stand alone inside the article's sentences to be a name.
const TIMES: usize = 2;

/// Labels every unlabelled occurrence of the words the article repeats as names.
pub(super) fn repeated(doc: &[Vec<Word>], spans: &mut [Vec<NameSpan>], ev: &DocEvidence) {
    let mut inside: FxHashMap<&str, usize> = FxHashMap::default();
    let mut common: FxHashSet<&str> = FxHashSet::default();
    for (s, sp) in doc.iter().zip(spans.iter()) {
        let covered = covered(s, sp);
        for (i, w) in s.iter().enumerate() {
            // Labelled somewhere, the model has judged it; after an article it is a
            // common noun written with a capital ("the Budget", "the Premiership").
            if covered[i] || i > 0 && matches!(s[i - 1].text, "the" | "The" | "a" | "an") {
                common.insert(w.text);
            } else if i > 0 && alone(s, &covered, i) && !opens_a_quote(s, i) && heads(s, i) {
                *inside.entry(w.text).or_default() += 1;
            }
        }
    }
    let names: FxHashSet<&str> = (inside.into_iter())
        .filter(|&(w, n)| n >= TIMES && !common.contains(w) && may_name(w, ev))
        .map(|(w, _)| w)
        .collect();
    if names.is_empty() {
        return;
    }
    for (s, sp) in doc.iter().zip(spans.iter_mut()) {
        let covered = covered(s, sp);
        for i in 0..s.len() {
            if names.contains(s[i].text) && alone(s, &covered, i) {
                put_organisation(sp, i, i + 1);
            }
        }
    }
}

/// Which words of a sentence its spans cover.
fn covered(s: &[Word], sp: &[NameSpan]) -> Vec<bool> {
    let mut covered = vec![false; s.len()];
    for n in sp {
        covered[n.start..n.end].iter_mut().for_each(|c| *c = true);
    }
    covered
}

/// Word `i` is a capitalised proper noun, unlabelled, between words that are not, and
/// opens no longer name with "of" ("Banc of America").
fn alone(s: &[Word], covered: &[bool], i: usize) -> bool {
    let capital = |w: &Word| w.text.starts_with(char::is_uppercase);
    let of_a_name =
        s.get(i + 1).is_some_and(|w| w.text == "of") && s.get(i + 2).is_some_and(capital);
    !covered[i]
        && s[i].tag == "NNP"
        && title_cased(s[i].text)
        && (i == 0 || !capital(&s[i - 1]))
        && s.get(i + 1).is_none_or(|w| !capital(w))
        && !of_a_name
}

/// Word `i` heads its phrase: no noun or adjective follows it, as one follows a word of
/// origin or belief ("Islamic groups", "Nazi Germany").
fn heads(s: &[Word], i: usize) -> bool {
    s.get(i + 1)
        .is_none_or(|w| !matches!(w.tag, "NN" | "NNS" | "NNP" | "NNPS" | "JJ" | "CD"))
}

/// A capital and then lower-case letters only ("Airbus"; not "BP", "McDonald's").
fn title_cased(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase) && w.chars().count() > 2 && cs.all(char::is_lowercase)
}

/// Word `i` follows an opening quotation mark, where a sentence starts again.
fn opens_a_quote(s: &[Word], i: usize) -> bool {
    matches!(
        s[i - 1].text,
        "\"" | "``" | "'" | "\u{201c}" | "\u{2018}" | ":" | "-"
    )
}

/// Whether a word may be an organisation's name: written only capitalised here, and
/// known as nothing else.
fn may_name(w: &str, ev: &DocEvidence) -> bool {
    let lower = w.to_lowercase();
    let (first, last) = Names::get().buckets(&lower);
    !ev.lower.contains(&lower)
        && first == 0
        && !(1..=2).contains(&last)
        && !super::is_title(w)
        && !WEEKDAYS.contains(&lower.as_str())
        && !MONTHS.contains(&lower.as_str())
        && !not_names().contains(lower.as_str())
        && compact::Table::new(super::PLACES)
            .get(w.as_bytes())
            .is_none()
        && Gazetteer::get().find(w).is_empty()
}

/// The words of `data/names/not_names.tsv`, read once; a bad line panics naming it.
pub(super) fn not_names() -> &'static FxHashSet<&'static str> {
    static WORDS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| parse_words(NOT_NAMES).unwrap_or_else(|e| panic!("not_names.tsv: {e}")))
}

pub(super) const NOT_NAMES: &str = include_str!("../../../../../data/names/not_names.tsv");
