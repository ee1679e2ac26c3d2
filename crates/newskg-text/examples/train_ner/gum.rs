//! Named persons, organisations and places from GUM's entity annotations (CC BY genres).
//!
//! GUM marks every mention — "the president", "Trump", "a group of teenagers" — with its
//! entity type and its minimal span (the head words). A mention of a person, organisation
//! or place whose head includes a proper noun is a name; its name span is the run of proper
//! nouns around the head (and the capitalised adjectives, verbs and nouns beside them, as in
//! "United States"; joined by "of", "the", "and", "&", "de", hyphens), without a
//! leading title for persons ("President", "Mr."), as CoNLL and UNER mark names. Nested
//! names keep the longest.

use super::data::{doc_of, Docs};
use newskg_text::analyze::ner::{self, NameKind, NameSpan};
use std::path::Path;

/// The GUM genres under CC BY (news, interview, bio, voyage, textbook, vlog, conversation)
/// and the public-domain speeches.
const CC_BY: &[&str] = &[
    "news",
    "interview",
    "bio",
    "voyage",
    "textbook",
    "vlog",
    "conversation",
    "speech",
];

const CONNECTORS: &[&str] = &["of", "the", "and", "&", "de", "-", "du", "la", "for"];

struct Row {
    form: String,
    upos: String,
}

/// Reads a GUM CoNLL-U file: one document per `# newdoc`, only the CC BY genres.
pub fn read(path: &Path) -> Docs {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut docs = Vec::new();
    let mut keep = false;
    let mut doc: Vec<Vec<(String, String)>> = Vec::new();
    let mut rows: Vec<Row> = Vec::new();
    let mut mentions: Vec<(usize, usize, NameKind, Vec<usize>)> = Vec::new();
    let mut open: Vec<(String, usize, Option<NameKind>, Vec<usize>)> = Vec::new();
    for line in text.lines().chain(std::iter::once("")) {
        if let Some(id) = line.strip_prefix("# newdoc id = ") {
            if keep && !doc.is_empty() {
                docs.push(doc_of(std::mem::take(&mut doc)));
            }
            doc.clear();
            keep = CC_BY.contains(&id.split('_').nth(1).unwrap_or(""));
        }
        if line.starts_with('#') {
            continue;
        }
        if line.is_empty() {
            if !rows.is_empty() && keep {
                doc.push(iob(&rows, &names(&rows, &mentions)));
            }
            rows.clear();
            mentions.clear();
            open.clear();
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() != 10 || c[0].contains(['-', '.']) {
            continue;
        }
        let at = rows.len();
        rows.push(Row {
            form: c[1].to_string(),
            upos: c[3].to_string(),
        });
        if let Some(e) = c[9].split('|').find_map(|m| m.strip_prefix("Entity=")) {
            read_entity(e, at, &mut open, &mut mentions);
        }
    }
    if keep && !doc.is_empty() {
        docs.push(doc_of(doc));
    }
    docs
}

/// Reads one word's `Entity=` value: `(id-type-…-minspan-…` opens a mention, `id)`
/// closes one, `(…)` is a one-word mention.
fn read_entity(
    e: &str,
    at: usize,
    open: &mut Vec<(String, usize, Option<NameKind>, Vec<usize>)>,
    mentions: &mut Vec<(usize, usize, NameKind, Vec<usize>)>,
) {
    let b = e.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'(' {
            let end = e[i + 1..]
                .find(['(', ')'])
                .map(|k| i + 1 + k)
                .unwrap_or(e.len());
            let spec: Vec<&str> = e[i + 1..end].split('-').collect();
            let kind = match spec.get(1) {
                Some(&"person") => Some(NameKind::Person),
                Some(&"organization") => Some(NameKind::Organization),
                Some(&"place") => Some(NameKind::Place),
                _ => None,
            };
            let minspan = spec
                .get(5)
                .map(|m| m.split(',').filter_map(|x| x.parse().ok()).collect())
                .unwrap_or_default();
            let id = spec[0].to_string();
            if b.get(end) == Some(&b')') {
                if let Some(k) = kind {
                    mentions.push((at, at + 1, k, minspan));
                }
                i = end + 1;
            } else {
                open.push((id, at, kind, minspan));
                i = end;
            }
        } else {
            let end = e[i..].find(')').map(|k| i + k).unwrap_or(e.len());
            let id = &e[i..end];
            if let Some(pos) = open.iter().rposition(|o| o.0 == id) {
                let (_, start, kind, minspan) = open.remove(pos);
                if let Some(k) = kind {
                    mentions.push((start, at + 1, k, minspan));
                }
            }
            i = end + 1;
        }
    }
}

/// The name spans of a sentence's mentions, longest first, without overlaps.
fn names(rows: &[Row], mentions: &[(usize, usize, NameKind, Vec<usize>)]) -> Vec<NameSpan> {
    let mut spans: Vec<NameSpan> = mentions
        .iter()
        .filter_map(|(s, e, k, minspan)| name_span(rows, *s, *e, *k, minspan))
        .collect();
    spans.sort_by_key(|n| std::cmp::Reverse(n.end - n.start));
    let mut kept: Vec<NameSpan> = Vec::new();
    for n in spans {
        if kept.iter().all(|k| n.end <= k.start || n.start >= k.end) {
            kept.push(n);
        }
    }
    kept.sort_by_key(|n| n.start);
    kept
}

fn name_span(
    rows: &[Row],
    s: usize,
    e: usize,
    kind: NameKind,
    minspan: &[usize],
) -> Option<NameSpan> {
    // A name's words are its proper nouns and the capitalised adjectives, verbs and nouns
    // beside them inside the mention: UD tags "United" in "United States" as a verb and
    // "Saudi", "Democratic" or "Supreme" as adjectives, but they are part of the name
    // (the head must still be a proper noun; "The" stays out as a determiner).
    let head = minspan
        .iter()
        .map(|m| s + m - 1)
        .find(|&i| i < e && rows[i].upos == "PROPN")?;
    // (Not for persons: a capitalised noun before a person's name is a title, "Foreign
    // Secretary Jack Straw".)
    let proper = |i: usize| {
        let capital = rows[i].form.chars().next().is_some_and(char::is_uppercase);
        rows[i].upos == "PROPN"
            || kind != NameKind::Person
                && capital
                && matches!(rows[i].upos.as_str(), "ADJ" | "VERB" | "NOUN" | "NUM")
    };
    let joins = |i: usize| CONNECTORS.contains(&rows[i].form.to_lowercase().as_str());
    let (mut a, mut b) = (head, head + 1);
    while a > s && (proper(a - 1) || joins(a - 1) && a >= s + 2 && proper(a - 2)) {
        a -= 1;
    }
    while b < e && (proper(b) || joins(b) && b + 1 < e && proper(b + 1)) {
        b += 1;
    }
    if kind == NameKind::Person {
        while a + 1 < b && ner::is_title(&rows[a].form) {
            a += 1;
        }
    }
    Some(NameSpan {
        start: a,
        end: b,
        kind,
    })
}

/// Words with IOB2 tags for a sentence's names.
fn iob(rows: &[Row], names: &[NameSpan]) -> Vec<(String, String)> {
    let mut tags = vec!["O".to_string(); rows.len()];
    for n in names {
        for (k, t) in tags[n.start..n.end].iter_mut().enumerate() {
            *t = format!("{}-{}", if k == 0 { "B" } else { "I" }, n.kind.code());
        }
    }
    rows.iter().map(|r| r.form.clone()).zip(tags).collect()
}
