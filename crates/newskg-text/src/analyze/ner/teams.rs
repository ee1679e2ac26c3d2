//! The recognizer's document pass for teams: a name that scores is a team.
//!
//! Sports pages name teams after their towns, counties and countries ("Leicestershire beat
//! Somerset", "Chelsea 2 Arsenal 1", "CHICAGO 71 64 .526 10"), and a model that has read
//! such names as places labels them places. Where the layout says the name is a side with a
//! score — a result line (name, score, name, score), a table row (a name, then only
//! figures), an innings ("Glamorgan 259 and 207") — the name is a team, an organisation;
//! and so is the same name elsewhere in the article, unless a place preposition ("in", "at",
//! "near", "from") stands before it. Months, weekdays and words the article also writes in
//! lower case ("Sales 9.06 9.31") are no teams. Reads sentences and spans only.

use super::{put_organisation, DocEvidence, NameKind, NameSpan, Word, MONTHS, WEEKDAYS};
use rustc_hash::FxHashSet;

/// A word a team's name is made of: capitalised, letters and `.'&-` only.
fn name_word(w: &Word) -> bool {
    w.text.chars().next().is_some_and(char::is_uppercase)
        && w.text
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '&' | '-'))
}

/// A score or a table figure: digits with `.,/:-` between, or a leading dot (".526").
fn figure(w: &Word) -> bool {
    let t = w.text.trim_start_matches(['+', '-']);
    let t = t.strip_prefix('.').unwrap_or(t);
    !t.is_empty()
        && t.starts_with(|c: char| c.is_ascii_digit())
        && t.ends_with(|c: char| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '/' | ':' | '-'))
}

/// The runs of up to four name words in a sentence, as (start, end).
fn runs(s: &[Word]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        if name_word(&s[i]) {
            let mut j = i;
            while j < s.len() && name_word(&s[j]) && j - i < 4 {
                j += 1;
            }
            out.push((i, j));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// The runs the sentence's layout shows to be sides with a score.
fn scoring_runs(s: &[Word]) -> Vec<(usize, usize)> {
    let rs = runs(s);
    let mut out = Vec::new();
    // A table row: a name at the start, then at least two figures and nothing else (a
    // dash may stand in an empty cell).
    if let Some(&(0, end)) = rs.first() {
        let cells = &s[end..];
        let figures = cells.iter().filter(|w| figure(w)).count();
        if figures >= 2 && cells.iter().all(|w| figure(w) || w.text == "-") {
            out.push((0, end));
        }
    }
    // A result line: a name, a score, a name, a score.
    for w in rs.windows(2) {
        let ((a, b), (c, e)) = (w[0], w[1]);
        if c == b + 1 && figure(&s[b]) && s.get(e).is_some_and(figure) {
            out.extend([(a, b), (c, e)]);
        }
    }
    // An innings: a name, a score, "and", a score.
    for &(a, b) in &rs {
        if s.get(b).is_some_and(figure)
            && s.get(b + 1).is_some_and(|w| w.text == "and")
            && s.get(b + 2).is_some_and(figure)
        {
            out.push((a, b));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether a run can name a team: not a month or weekday, nor one word the article also
/// writes in lower case.
fn can_be_team(s: &[Word], (a, b): (usize, usize), ev: &DocEvidence) -> bool {
    if b - a != 1 {
        return true;
    }
    let lower = s[a].text.to_lowercase();
    !MONTHS.contains(&lower.as_str())
        && !WEEKDAYS.contains(&lower.as_str())
        && !ev.lower.contains(&lower)
}

/// The pass: teams from the layout, then the same names elsewhere in the article.
pub fn teams(doc: &[Vec<Word>], spans: &mut [Vec<NameSpan>], ev: &DocEvidence) {
    let mut names: FxHashSet<String> = FxHashSet::default();
    for (s, sp) in doc.iter().zip(spans.iter_mut()) {
        for run in scoring_runs(s) {
            if can_be_team(s, run, ev) {
                names.insert(super::join(&s[run.0..run.1]));
                put_organisation(sp, run.0, run.1);
            }
        }
    }
    if names.is_empty() {
        return;
    }
    const PLACE_WORDS: [&str; 6] = ["in", "at", "near", "from", "to", "outside"];
    for (s, sp) in doc.iter().zip(spans.iter_mut()) {
        for (a, b) in runs(s) {
            let elsewhere = names.contains(&super::join(&s[a..b]));
            let place_word = a > 0 && PLACE_WORDS.contains(&s[a - 1].text.to_lowercase().as_str());
            // Only where the model saw a place or nothing: a person stays a person.
            let other = sp
                .iter()
                .any(|n| n.start < b && a < n.end && n.kind == NameKind::Person);
            if elsewhere && !place_word && !other {
                put_organisation(sp, a, b);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(text: &str) -> Vec<Word<'_>> {
        text.split(' ')
            .map(|t| Word {
                text: t,
                tag: "NNP",
            })
            .collect()
    }

    fn orgs(doc: &[Vec<Word>]) -> Vec<Vec<String>> {
        let ev = DocEvidence::of(doc);
        let mut spans = vec![Vec::new(); doc.len()];
        teams(doc, &mut spans, &ev);
        doc.iter()
            .zip(&spans)
            .map(|(s, sp)| {
                sp.iter()
                    .filter(|n| n.kind == NameKind::Organization)
                    .map(|n| super::super::join(&s[n.start..n.end]))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn sides_with_scores_are_teams() {
        let doc = vec![
            sentence("Rovers 2 Kings Lynn 1"),
            sentence("NEW YORK 74 59 .556 -"),
            sentence("Dunmore 259 and 207 ( A. Smith 69 )"),
        ];
        let got = orgs(&doc);
        assert_eq!(got[0], ["Rovers", "Kings Lynn"]);
        assert_eq!(got[1], ["NEW YORK"]);
        assert_eq!(got[2], ["Dunmore"]);
    }

    #[test]
    fn the_same_name_elsewhere_is_the_team_unless_it_is_a_place_there() {
        let doc = vec![
            sentence("Rovers 2 Dunmore 1"),
            sentence("Dunmore will play again on Sunday"),
            sentence("The ground in Dunmore was full"),
        ];
        let got = orgs(&doc);
        assert_eq!(got[1], ["Dunmore"]);
        assert!(got[2].is_empty(), "{:?}", got[2]);
    }

    #[test]
    fn months_and_common_words_with_figures_are_no_teams() {
        let doc = vec![
            sentence("July 96 June 96"),
            sentence("Sales 9.06 9.31 8.42"),
            vec![
                Word {
                    text: "sales",
                    tag: "NNS",
                },
                Word {
                    text: "rose",
                    tag: "VBD",
                },
            ],
        ];
        let got = orgs(&doc);
        assert!(got[0].is_empty() && got[1].is_empty(), "{got:?}");
    }
}
