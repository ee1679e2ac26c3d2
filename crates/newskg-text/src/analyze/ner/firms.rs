//! The recognizer's document pass for firms named after partners: capitalised words joined
//! by an ampersand ("Marks & Spencer", "Ernst & Young", "Goldman Sachs & Co", "Daily Mail &
//! General Trust") name one organisation, whatever the model made of the parts (it takes
//! "Ernst" and "Young" for two persons, "Standard" and "Poor" for no name at all).
//!
//! English writes "&" between names in the names of firms, partnerships and a few bodies;
//! persons, places and dates are joined by "and". So a pair of countries ("Trinidad &
//! Tobago"), titles ("Mr & Mrs Smith") or a word of date or season ("Christmas & New
//! Year") makes no firm. The article's short forms of a firm are that firm too: the words
//! before the ampersand standing alone ("Marsh agreed …" after "Marsh & McLennan"), where
//! the article writes them only capitalised and names no person by them, and the initials
//! joined by the ampersand ("M&S" after "Marks & Spencer"). Reads sentences and spans only.

use super::{
    capitalised, is_title, join, put_organisation, DocEvidence, NameKind, NameSpan, Word, MONTHS,
    WEEKDAYS,
};
use crate::gazetteer::Gazetteer;
use rustc_hash::FxHashSet;

/// How many capitalised words a firm's name takes on each side of the ampersand.
const SIDE: usize = 3;

/// A word of a partner's name: capitalised, letters with `.'-` only, no date word and no
/// word that opens a sentence without naming ("The", "But", "In").
fn partner_word(w: &Word) -> bool {
    let lower = w.text.to_lowercase();
    capitalised(w)
        && (w.text.chars()).all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-'))
        && !MONTHS.contains(&lower.as_str())
        && !WEEKDAYS.contains(&lower.as_str())
        && !super::repeated::not_names().contains(lower.as_str())
        && !matches!(
            w.tag,
            "DT" | "IN" | "CC" | "PRP" | "PRP$" | "WDT" | "WP" | "RB" | "MD"
        )
}

/// The firm whose ampersand is word `i` of `s`, as (start, end).
fn firm_at(s: &[Word], i: usize) -> Option<(usize, usize)> {
    if s[i].text != "&" {
        return None;
    }
    let start = (i.saturating_sub(SIDE)..i)
        .find(|&a| s[a..i].iter().all(partner_word))
        .filter(|&a| a < i)?;
    let end = (i + 1..=(i + 1 + SIDE).min(s.len()))
        .rev()
        .find(|&b| s[i + 1..b].iter().all(partner_word))
        .filter(|&b| b > i + 1)?;
    // A side of titles alone is a person's ("Mr & Mrs Hollis"); a title inside a firm's
    // name is no title ("Daily Mail & General Trust").
    let titles = |a: usize, b: usize| s[a..b].iter().all(|w| is_title(w.text));
    // A country's name with "and" written as "&" is that country ("Trinidad & Tobago").
    let g = Gazetteer::get();
    let country = |text: String| {
        (g.find(&text).iter())
            .any(|h| h.start == 0 && h.end == text.len() && g.entities[h.entity].kind.is_country())
    };
    let with_and = join(&s[start..end]).replace(" & ", " and ");
    let places = country(with_and) || country(join(&s[start..i])) && country(join(&s[i + 1..end]));
    (!titles(start, i) && !titles(i + 1, end) && !places).then_some((start, end))
}

/// The short forms by which an article names the firm `name` (its words) again: the words
/// before the ampersand, and the initials of both sides joined by it ("M&S").
pub fn short_forms(name: &[&str]) -> Vec<String> {
    let Some(amp) = name.iter().position(|w| *w == "&") else {
        return Vec::new();
    };
    let initials = |ws: &[&str]| -> String { ws.iter().filter_map(|w| w.chars().next()).collect() };
    let (left, right) = (&name[..amp], &name[amp + 1..]);
    if left.is_empty() || right.is_empty() {
        return Vec::new();
    }
    vec![
        left.join(" "),
        format!("{}&{}", initials(left), initials(right)),
    ]
}

/// The pass: firms at their ampersands, then their short forms elsewhere in the article.
pub fn firms(doc: &[Vec<Word>], spans: &mut [Vec<NameSpan>], ev: &DocEvidence) {
    let mut shorts: FxHashSet<String> = FxHashSet::default();
    for (s, sp) in doc.iter().zip(spans.iter_mut()) {
        for i in 0..s.len() {
            if let Some((a, b)) = firm_at(s, i) {
                let words: Vec<&str> = s[a..b].iter().map(|w| w.text).collect();
                shorts.extend(short_forms(&words));
                // The model's organisation that holds the firm's name is kept whole ("the
                // Oil & Natural Gas Corporation of India").
                let kind = NameKind::Organization;
                if !(sp.iter()).any(|n| n.kind == kind && n.start <= a && n.end >= b) {
                    put_organisation(sp, a, b);
                }
            }
        }
    }
    // A short form that is part of a person's fuller name here ("Jo Pellow"), or a word
    // the article writes in lower case, is not the firm; the model's one-word person of
    // that word is ("Marsh agreed to pay").
    for (s, sp) in doc.iter().zip(spans.iter()) {
        for n in (sp.iter()).filter(|n| n.kind == NameKind::Person && n.end - n.start > 1) {
            for w in &s[n.start..n.end] {
                shorts.remove(w.text);
            }
        }
    }
    shorts.retain(|x| x.contains('&') || !ev.lower.contains(&x.to_lowercase()));
    if shorts.is_empty() {
        return;
    }
    for (s, sp) in doc.iter().zip(spans.iter_mut()) {
        for (a, b) in short_form_runs(s, &shorts) {
            let inside = sp
                .iter()
                .any(|n| n.start < a && n.end >= b || n.start <= a && n.end > b);
            if !inside {
                put_organisation(sp, a, b);
            }
        }
    }
}

/// The runs of `s` that are a short form in `shorts` and stand alone: no capitalised
/// word right before or after them but an article at the sentence's start ("A Marsh
/// spokeswoman"), no ampersand beside them.
fn short_form_runs(s: &[Word], shorts: &FxHashSet<String>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for a in 0..s.len() {
        for b in (a + 1..=(a + SIDE).min(s.len())).rev() {
            if !shorts.contains(&join(&s[a..b])) {
                continue;
            }
            let before = a.checked_sub(1).map(|k| &s[k]);
            let free_before = before.is_none_or(|w| {
                !capitalised(w) && w.text != "&" || a == 1 && matches!(w.tag, "DT")
            });
            let free_after = s.get(b).is_none_or(|w| !capitalised(w) && w.text != "&");
            if free_before && free_after {
                out.push((a, b));
            }
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(text: &str) -> Vec<Word<'_>> {
        // Tags only where the pass reads them: determiners and prepositions.
        (text.split(' '))
            .map(|w| Word {
                text: w,
                tag: match w {
                    "The" | "A" | "the" | "a" => "DT",
                    "In" | "in" | "at" => "IN",
                    "and" | "&" => "CC",
                    _ => "NNP",
                },
            })
            .collect()
    }

    fn names_of(text: &str) -> Vec<(String, NameKind)> {
        let doc: Vec<Vec<Word>> = text.split(" | ").map(sentence).collect();
        let ev = DocEvidence::of(&doc);
        let mut spans: Vec<Vec<NameSpan>> = vec![Vec::new(); doc.len()];
        firms(&doc, &mut spans, &ev);
        (doc.iter().zip(&spans))
            .flat_map(|(s, sp)| sp.iter().map(|n| (join(&s[n.start..n.end]), n.kind)))
            .collect()
    }

    #[test]
    fn partners_joined_by_an_ampersand_are_one_firm() {
        let org = NameKind::Organization;
        assert_eq!(
            names_of("Shares in Ernst & Young fell"),
            vec![("Ernst & Young".to_string(), org)]
        );
        assert_eq!(
            names_of("The Daily Mail & General Trust said so"),
            vec![("Daily Mail & General Trust".to_string(), org)]
        );
    }

    #[test]
    fn titles_dates_and_pairs_of_countries_make_no_firm() {
        assert!(names_of("Mr & Mrs Hollis came").is_empty());
        assert!(names_of("sales at Christmas & New Year rose").is_empty());
        assert!(names_of("a visit to Trinidad & Tobago ended").is_empty());
    }

    #[test]
    fn the_firms_short_forms_name_it_again() {
        let got = names_of(
            "staff of Pellow & Quist were told | A Pellow spokeswoman said P&Q had agreed",
        );
        let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["Pellow & Quist", "Pellow", "P&Q"]);
    }

    #[test]
    fn a_short_form_written_in_lower_case_is_not_the_firm() {
        let got = names_of("Golden & Vale agreed | the golden rule and Golden agreed");
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn a_short_form_a_person_is_named_by_is_not_the_firm() {
        let doc: Vec<Vec<Word>> = ["Pellow & Quist agreed", "Pellow left and Jo Pellow stayed"]
            .map(sentence)
            .to_vec();
        let person = |start, end| NameSpan {
            start,
            end,
            kind: NameKind::Person,
        };
        // The model's one-word person gives way to the firm only where no fuller name of
        // a person ends in that word.
        let mut spans = vec![Vec::new(), vec![person(0, 1), person(3, 5)]];
        firms(&doc, &mut spans, &DocEvidence::of(&doc));
        assert_eq!(spans[1], vec![person(0, 1), person(3, 5)]);
        let doc: Vec<Vec<Word>> = ["Pellow & Quist agreed", "Pellow left"]
            .map(sentence)
            .to_vec();
        let mut spans = vec![Vec::new(), vec![person(0, 1)]];
        firms(&doc, &mut spans, &DocEvidence::of(&doc));
        let org = NameSpan {
            start: 0,
            end: 1,
            kind: NameKind::Organization,
        };
        assert_eq!(spans[1], vec![org]);
    }

    #[test]
    fn short_forms_are_the_first_partner_and_the_initials() {
        assert_eq!(
            short_forms(&["Marks", "&", "Spencer"]),
            ["Marks".to_string(), "M&S".to_string()]
        );
        assert_eq!(
            short_forms(&["Daily", "Mail", "&", "General", "Trust"]),
            ["Daily Mail".to_string(), "DM&GT".to_string()]
        );
    }
}
