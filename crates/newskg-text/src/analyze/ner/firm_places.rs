//! The recognizer's document pass for firms the model read as places: a name it labels a
//! place that no place goes by (not in `data/names/places.tsv`, no place of the gazetteer)
//! is a firm's when the article writes a firm's part after it somewhere, directly or after
//! "'s" and an adjective (`data/names/firm_parts.tsv`: "Deutsche Boerse shareholders",
//! "Deutsche Boerse's supervisory board"). The model reads an unknown name by its words
//! ("Deutsche" as German), so a firm of foreign words comes out a place; the article's
//! other mentions of the same words then name the same firm, labelled or not. Reads
//! sentences and spans only.

use super::{join, parse_words, put_organisation, NameKind, NameSpan, Word, PLACES};
use crate::compact;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// Relabels as organisations the place names with a firm's part after one of their
/// mentions, and labels their unlabelled mentions.
pub(super) fn firms_read_as_places(doc: &[Vec<Word>], spans: &mut [Vec<NameSpan>]) {
    let mut unknown: FxHashSet<Vec<&str>> = FxHashSet::default();
    for (s, sp) in doc.iter().zip(spans.iter()) {
        for n in sp.iter().filter(|n| n.kind == NameKind::Place) {
            // Without a possessive the model took in ("Santander 's").
            let mut words = &s[n.start..n.end];
            while let [rest @ .., last] = words {
                if last.tag != "POS" {
                    break;
                }
                words = rest;
            }
            if !words.is_empty() && !known_place(words) {
                unknown.insert(words.iter().map(|w| w.text).collect());
            }
        }
    }
    let firms: Vec<Vec<&str>> = (unknown.into_iter())
        .filter(|name| {
            (doc.iter()).any(|s| occurrences(s, name).any(|i| part_after(s, i + name.len())))
        })
        .collect();
    for (s, sp) in doc.iter().zip(spans.iter_mut()) {
        for name in &firms {
            for i in occurrences(s, name).collect::<Vec<_>>() {
                let end = i + name.len();
                let labelled = sp.iter().any(|n| n.start < end && n.end > i);
                if !labelled {
                    put_organisation(sp, i, end);
                }
                for n in sp.iter_mut().filter(|n| n.start == i && n.end == end) {
                    n.kind = NameKind::Organization;
                }
            }
        }
    }
}

/// Whether a name is a place's: in the place names, or a place of the gazetteer
/// ([`super::institutions::place_name`]).
fn known_place(words: &[Word]) -> bool {
    compact::Table::new(PLACES)
        .get(join(words).as_bytes())
        .is_some()
        || super::institutions::place_name(words)
}

/// Where the words of `name` stand in `s`, whole: capitalised words on neither side.
fn occurrences<'a>(s: &'a [Word], name: &'a [&str]) -> impl Iterator<Item = usize> + 'a {
    let capital = |w: &Word| w.text.starts_with(char::is_uppercase);
    (0..(s.len() + 1).saturating_sub(name.len())).filter(move |&i| {
        let end = i + name.len();
        (s[i..end].iter().zip(name)).all(|(w, t)| w.text == *t)
            && (i == 0 || !capital(&s[i - 1]))
            && s.get(end).is_none_or(|w| !capital(w))
    })
}

/// Whether a firm's part follows at word `j`: directly, or after "'s" and at most one
/// adjective.
fn part_after(s: &[Word], j: usize) -> bool {
    let part = |k: usize| {
        s.get(k)
            .is_some_and(|w| parts().contains(w.text.to_lowercase().as_str()))
    };
    if part(j) {
        return true;
    }
    let possessive = s
        .get(j)
        .is_some_and(|w| matches!(w.text, "'s" | "'" | "\u{2019}s"));
    possessive && (part(j + 1) || s.get(j + 1).is_some_and(|w| w.tag == "JJ") && part(j + 2))
}

/// The words of `data/names/firm_parts.tsv`, read once; a bad line panics naming it.
fn parts() -> &'static FxHashSet<&'static str> {
    static WORDS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| parse_words(FIRM_PARTS).unwrap_or_else(|e| panic!("firm_parts.tsv: {e}")))
}

const FIRM_PARTS: &str = include_str!("../../../../../data/names/firm_parts.tsv");

#[cfg(test)]
mod tests {
    use super::*;

    fn words<'a>(text: &'a str, tags: &'a str) -> Vec<Word<'a>> {
        (text.split(' ').zip(tags.split(' ')))
            .map(|(text, tag)| Word { text, tag })
            .collect()
    }

    fn place(start: usize, end: usize) -> NameSpan {
        NameSpan {
            start,
            end,
            kind: NameKind::Place,
        }
    }

    #[test]
    fn a_place_no_place_goes_by_with_a_firms_part_is_a_firm() {
        let doc = vec![
            words(
                "Kaltenbach Verlag 's supervisory board met",
                "NNP NNP POS JJ NN VBD",
            ),
            words("as Kaltenbach Verlag held talks", "IN NNP NNP VBD NNS"),
            words("in Kaltenbach Verlag today", "IN NNP NNP NN"),
        ];
        let mut spans = vec![vec![place(0, 2)], vec![place(1, 3)], vec![]];
        firms_read_as_places(&doc, &mut spans);
        assert_eq!(spans[0][0].kind, NameKind::Organization);
        assert_eq!(spans[1][0].kind, NameKind::Organization);
        assert_eq!((spans[2][0].start, spans[2][0].end), (1, 3));
        assert_eq!(spans[2][0].kind, NameKind::Organization);
    }

    #[test]
    fn a_known_place_or_one_with_no_firms_part_stays_a_place() {
        let doc = vec![
            words("London shares fell", "NNP NNS VBD"),
            words("Kaltenbach Verlag held talks", "NNP NNP VBD NNS"),
        ];
        let mut spans = vec![vec![place(0, 1)], vec![place(0, 2)]];
        firms_read_as_places(&doc, &mut spans);
        assert_eq!(spans[0][0].kind, NameKind::Place);
        assert_eq!(spans[1][0].kind, NameKind::Place);
    }
}
