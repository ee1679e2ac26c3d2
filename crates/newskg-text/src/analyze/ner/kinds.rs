//! The recognizer's document pass for one-word names the model read as persons in one
//! sentence and as something else in another: "Giants such as Boeing and Airbus" (an
//! organisation) but "Airbus has also signed deals" (a person, by the word's place at the
//! sentence's head). A word the article never writes as a person's (no title before it, in
//! no longer person's name, no common first name) is named the same thing throughout, so
//! it keeps the kind the model gave it where it did not read it as a person. Reads spans and
//! words only.

use super::{NameKind, NameSpan, Names, Word};
use rustc_hash::{FxHashMap, FxHashSet};

/// Relabels a one-word person with no sign of a person as the kind the model gave that
/// word, alone, elsewhere in the article (the commoner one; an organisation on a tie).
pub(super) fn one_kind_per_word(doc: &[Vec<Word>], spans: &mut [Vec<NameSpan>]) {
    let mut other: FxHashMap<&str, [usize; 2]> = FxHashMap::default();
    let mut personal: FxHashSet<&str> = FxHashSet::default();
    for (s, sp) in doc.iter().zip(spans.iter()) {
        for (i, w) in s.iter().enumerate() {
            if i > 0 && super::is_title(s[i - 1].text) {
                personal.insert(w.text);
            }
        }
        for n in sp {
            let words = &s[n.start..n.end];
            match (n.kind, words) {
                (NameKind::Person, [_]) => {}
                (NameKind::Person, _) => personal.extend(words.iter().map(|w| w.text)),
                (NameKind::Organization, [w]) => other.entry(w.text).or_default()[0] += 1,
                (NameKind::Place, [w]) => other.entry(w.text).or_default()[1] += 1,
                _ => {}
            }
        }
    }
    other.retain(|w, _| !personal.contains(w) && !first_name(w));
    if other.is_empty() {
        return;
    }
    for (s, sp) in doc.iter().zip(spans.iter_mut()) {
        for n in sp
            .iter_mut()
            .filter(|n| n.kind == NameKind::Person && n.end == n.start + 1)
        {
            if let Some([org, place]) = other.get(s[n.start].text) {
                n.kind = if place > org {
                    NameKind::Place
                } else {
                    NameKind::Organization
                };
            }
        }
    }
}

/// Whether a word is a common first name (`data/names/census.tsv`), which a person may go
/// by alone ("Harry").
fn first_name(w: &str) -> bool {
    Names::get().buckets(&w.to_lowercase()).0 > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words<'a>(text: &'a str) -> Vec<Word<'a>> {
        text.split(' ')
            .map(|t| Word {
                text: t,
                tag: "NNP",
            })
            .collect()
    }

    fn span(start: usize, kind: NameKind) -> NameSpan {
        NameSpan {
            start,
            end: start + 1,
            kind,
        }
    }

    #[test]
    fn a_word_named_as_a_firm_elsewhere_is_no_person() {
        let doc = vec![
            words("rivals Boeing and Airbus attend"),
            words("Airbus has signed deals"),
        ];
        let mut spans = vec![
            vec![
                span(1, NameKind::Organization),
                span(3, NameKind::Organization),
            ],
            vec![span(0, NameKind::Person)],
        ];
        one_kind_per_word(&doc, &mut spans);
        assert_eq!(spans[1][0].kind, NameKind::Organization);
    }

    #[test]
    fn a_surname_or_a_titled_word_stays_a_person() {
        let doc = vec![
            words("Jordan Holdings and Mr Kestrel and Qatar"),
            words("the Kestrel firm"),
            words("Kestrel said"),
            words("Vance Ostrander met Ostrander"),
            words("Ostrander Group"),
        ];
        let mut spans = vec![
            vec![span(4, NameKind::Person), span(6, NameKind::Place)],
            vec![span(1, NameKind::Organization)],
            vec![span(0, NameKind::Person)],
            vec![
                NameSpan {
                    start: 0,
                    end: 2,
                    kind: NameKind::Person,
                },
                span(3, NameKind::Person),
            ],
            vec![span(0, NameKind::Organization)],
        ];
        one_kind_per_word(&doc, &mut spans);
        assert_eq!(spans[2][0].kind, NameKind::Person);
        assert_eq!(spans[3][1].kind, NameKind::Person);
    }
}
