//! Labels tokenized text with newskg's tagger and recognizer, for scoring against other
//! tools on the same tokens (`benches/ner_compare.py`).
//!
//! usage: ner_tag [MODEL] < tokens > labels
//!
//! Input: one token a line (only the first tab- or space-separated field is read), a blank
//! line after each sentence, `-DOCSTART-` before each document. Output: the same lines as
//! `token<TAB>IOB2 label` (`B-PER`, `I-ORG`, `O` …), blank lines and `-DOCSTART-` kept.
//! MODEL: a model file to use instead of the one compiled in.

use newskg_text::analyze::ner::{Model, Recognizer, Word};
use newskg_text::analyze::tagger::Tagger;
use std::io::{BufRead, Write};

fn main() {
    let own;
    let r = match std::env::args().nth(1) {
        Some(path) => {
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            own = Recognizer::with_model(Model::from_bytes(&bytes).expect("a recognizer model"));
            &own
        }
        None => Recognizer::get(),
    };
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut doc: Vec<Vec<String>> = Vec::new();
    let mut sent: Vec<String> = Vec::new();
    for line in stdin.lock().lines() {
        let line = line.expect("input is UTF-8 text");
        if line.starts_with("-DOCSTART-") {
            if !sent.is_empty() {
                doc.push(std::mem::take(&mut sent));
            }
            write_doc(r, &doc, &mut out);
            doc.clear();
            writeln!(out, "-DOCSTART-").unwrap();
        } else if line.trim().is_empty() {
            if !sent.is_empty() {
                doc.push(std::mem::take(&mut sent));
            }
        } else {
            let tok = line.split(['\t', ' ']).next().unwrap_or("");
            sent.push(tok.to_string());
        }
    }
    if !sent.is_empty() {
        doc.push(sent);
    }
    write_doc(r, &doc, &mut out);
}

fn write_doc(r: &Recognizer, doc: &[Vec<String>], out: &mut impl Write) {
    let tagger = Tagger::get();
    let tags: Vec<Vec<&str>> = doc
        .iter()
        .map(|s| tagger.tag(&s.iter().map(String::as_str).collect::<Vec<_>>()))
        .collect();
    let words: Vec<Vec<Word>> = doc
        .iter()
        .zip(&tags)
        .map(|(s, t)| {
            s.iter()
                .zip(t)
                .map(|(w, t)| Word { text: w, tag: t })
                .collect()
        })
        .collect();
    for (s, names) in doc.iter().zip(r.recognize(&words)) {
        for (i, w) in s.iter().enumerate() {
            let tag = match names.iter().find(|n| n.start <= i && i < n.end) {
                Some(n) if n.start == i => format!("B-{}", n.kind.code()),
                Some(n) => format!("I-{}", n.kind.code()),
                None => "O".to_string(),
            };
            writeln!(out, "{w}\t{tag}").unwrap();
        }
        writeln!(out).unwrap();
    }
}
