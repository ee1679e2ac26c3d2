//! Reading labelled sentences (UNER IOB2, CoNLL-2003) and scoring exact spans.

use newskg_text::analyze::ner::train::GoldDoc;
use newskg_text::analyze::ner::{NameKind, NameSpan, Recognizer};
use newskg_text::analyze::tagger::Tagger;
use std::path::Path;

pub type Docs = Vec<GoldDoc>;

/// A document from words and IOB tags per sentence, tagged by newskg's tagger.
pub fn doc_of(sentences: Vec<Vec<(String, String)>>) -> GoldDoc {
    let tagger = Tagger::get();
    let mut words = Vec::new();
    let mut names = Vec::new();
    for s in sentences {
        let texts: Vec<&str> = s.iter().map(|(w, _)| w.as_str()).collect();
        let tags = tagger.tag(&texts);
        names.push(spans_of_iob(s.iter().map(|(_, t)| t.as_str())));
        words.push(
            texts
                .iter()
                .zip(tags)
                .map(|(w, t)| (w.to_string(), t.to_string()))
                .collect(),
        );
    }
    GoldDoc {
        sentences: words,
        names,
    }
}

/// Spans of PER, ORG and LOC from IOB1 or IOB2 tags; other types are ignored.
pub fn spans_of_iob<'a>(tags: impl Iterator<Item = &'a str>) -> Vec<NameSpan> {
    let mut out: Vec<NameSpan> = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    let tags: Vec<&str> = tags.collect();
    for i in 0..=tags.len() {
        let t = tags.get(i).copied().unwrap_or("O");
        let (pre, ty) = t.split_once('-').unwrap_or(("O", ""));
        let continues = pre == "I" && open.is_some_and(|(_, o)| o == ty);
        if !continues {
            if let Some((s, o)) = open.take() {
                if let Some(kind) = NameKind::from_code(o) {
                    out.push(NameSpan {
                        start: s,
                        end: i,
                        kind,
                    });
                }
            }
            if pre != "O" {
                open = Some((i, ty));
            }
        }
    }
    out
}

/// UNER's IOB2 files: `# newdoc` starts a document; columns id, word, tag.
pub fn read_iob2(path: &Path) -> Docs {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut docs = Vec::new();
    let mut doc: Vec<Vec<(String, String)>> = Vec::new();
    let mut sent = Vec::new();
    for line in text.lines().chain(std::iter::once("")) {
        if line.starts_with("# newdoc") && !doc.is_empty() {
            docs.push(doc_of(std::mem::take(&mut doc)));
        }
        if line.starts_with('#') {
            continue;
        }
        if line.is_empty() {
            if !sent.is_empty() {
                doc.push(std::mem::take(&mut sent));
            }
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() >= 3 {
            sent.push((c[1].to_string(), c[2].to_string()));
        }
    }
    if !doc.is_empty() {
        docs.push(doc_of(doc));
    }
    docs
}

/// CoNLL-2003 files: `-DOCSTART-` starts a document; the word first, the IOB1 tag last.
pub fn read_conll(path: &Path) -> Docs {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut docs = Vec::new();
    let mut doc: Vec<Vec<(String, String)>> = Vec::new();
    let mut sent = Vec::new();
    for line in text.lines().chain(std::iter::once("")) {
        if line.starts_with("-DOCSTART-") {
            if !doc.is_empty() {
                docs.push(doc_of(std::mem::take(&mut doc)));
            }
            continue;
        }
        if line.trim().is_empty() {
            if !sent.is_empty() {
                doc.push(std::mem::take(&mut sent));
            }
            continue;
        }
        let c: Vec<&str> = line.split(' ').collect();
        sent.push((c[0].to_string(), c[c.len() - 1].to_string()));
    }
    if !doc.is_empty() {
        docs.extend(split_articles(doc).into_iter().map(doc_of));
    }
    docs
}

/// The copy of CoNLL-2003 here has lost its `-DOCSTART-` lines; every Reuters article
/// begins with a headline and a dateline ("LONDON 1996-08-30"), so a new document starts at
/// the sentence before each dateline.
fn split_articles(sents: Vec<Vec<(String, String)>>) -> Vec<Vec<Vec<(String, String)>>> {
    let is_date = |w: &str| {
        let b = w.as_bytes();
        b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
    };
    let mut docs = Vec::new();
    let mut doc = Vec::new();
    for i in 0..sents.len() {
        let dateline = sents
            .get(i + 1)
            .and_then(|s| s.last())
            .is_some_and(|(w, _)| is_date(w));
        if dateline && !doc.is_empty() {
            docs.push(std::mem::take(&mut doc));
        }
        doc.push(sents[i].clone());
    }
    if !doc.is_empty() {
        docs.push(doc);
    }
    docs
}

/// A deterministic shuffle (xorshift) of the documents, seeded by the epoch.
pub fn shuffle<T>(v: &mut [T], seed: u64) {
    let mut x = 0x9E37_79B9_7F4A_7C15u64 ^ (seed.wrapping_mul(0x2545_F491_4F6C_DD1D) | 1);
    for i in (1..v.len()).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        v.swap(i, (x % (i as u64 + 1)) as usize);
    }
}

/// Exact-span precision, recall and F1, overall and by kind.
pub fn score(r: &Recognizer, docs: &Docs) -> String {
    let mut counts = [[0usize; 3]; 3]; // per kind: true positives, predicted, gold
    for d in docs {
        let found = r.recognize(&d.words());
        for (pred, gold) in found.iter().zip(&d.names) {
            for k in NameKind::ALL {
                let p: Vec<_> = pred.iter().filter(|n| n.kind == k).collect();
                let g: Vec<_> = gold.iter().filter(|n| n.kind == k).collect();
                let c = &mut counts[k as usize];
                c[0] += p.iter().filter(|n| g.contains(n)).count();
                c[1] += p.len();
                c[2] += g.len();
            }
        }
    }
    let prf = |tp: usize, p: usize, g: usize| {
        let pr = tp as f64 / p.max(1) as f64;
        let rc = tp as f64 / g.max(1) as f64;
        (pr, rc, 2.0 * pr * rc / (pr + rc).max(1e-9))
    };
    let mut out = String::new();
    for k in NameKind::ALL {
        let c = counts[k as usize];
        let (p, r, f) = prf(c[0], c[1], c[2]);
        out += &format!("{} P {p:.3} R {r:.3} F1 {f:.3} (n={}); ", k.code(), c[2]);
    }
    let t: Vec<usize> = (0..3).map(|j| counts.iter().map(|c| c[j]).sum()).collect();
    let (p, r, f) = prf(t[0], t[1], t[2]);
    out + &format!("all P {p:.3} R {r:.3} F1 {f:.3}")
}

/// Every `nth` sentence of the documents again, in capitals and re-tagged, as one-sentence
/// documents: news has capitals headlines and tables, which the training text lacks.
pub fn in_capitals(docs: &Docs, nth: usize) -> Docs {
    let tagger = Tagger::get();
    let mut out = Vec::new();
    let sentences = docs.iter().flat_map(|d| d.sentences.iter().zip(&d.names));
    for (k, (s, names)) in sentences.enumerate() {
        if k % nth != 0 {
            continue;
        }
        let upper: Vec<String> = s.iter().map(|(w, _)| w.to_uppercase()).collect();
        let tags = tagger.tag(&upper.iter().map(String::as_str).collect::<Vec<_>>());
        out.push(GoldDoc {
            sentences: vec![upper
                .into_iter()
                .zip(tags.into_iter().map(String::from))
                .collect()],
            names: vec![names.clone()],
        });
    }
    out
}
