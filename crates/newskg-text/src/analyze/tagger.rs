//! Part-of-speech tagger: an averaged perceptron over Penn Treebank tags, greedy left to
//! right, trained by `scripts/train_tagger.py` on UD English EWT and the CC BY genres of GUM.
//!
//! The model (`data/model/tagger.txt`, the file the training script writes) is compiled
//! into the binary in a compact form made at build time (`crate::compact`) and read in place,
//! so start-up parses nothing. The features below must stay identical to the training
//! script's.

use crate::compact::{sections, Table};
use std::sync::OnceLock;

/// The model in compact form, compiled from `data/model/tagger.txt` by `build.rs`
/// (`crate::compact::compile_tagger`) and read in place.
const MODEL: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/tagger.bin"));

/// A loaded tagging model.
pub struct Tagger {
    tags: Vec<&'static str>,
    /// Word → tag index (one byte).
    tagdict: Table<'static>,
    /// Feature → per tag with a weight: the tag index (one byte) and the weight (f32).
    weights: Table<'static>,
}

impl Tagger {
    /// The model compiled into the binary, loaded once (without parsing: the tables are
    /// read where they lie).
    pub fn get() -> &'static Tagger {
        static T: OnceLock<Tagger> = OnceLock::new();
        T.get_or_init(|| {
            let s = sections(MODEL);
            Tagger {
                tags: std::str::from_utf8(&MODEL[s[0].clone()])
                    .expect("tag names are UTF-8")
                    .split(' ')
                    .collect(),
                tagdict: Table::new(&MODEL[s[1].clone()]),
                weights: Table::new(&MODEL[s[2].clone()]),
            }
        })
    }

    /// Whether the model knows a word form as a common noun and nothing else ("world",
    /// "business"): what a capitalised first word of a sentence is, whatever its tag.
    pub fn is_common_noun(&self, word: &str) -> bool {
        self.tagdict
            .get(word.as_bytes())
            .is_some_and(|t| matches!(self.tags[t[0] as usize], "NN" | "NNS"))
    }

    /// Tags one sentence of words.
    pub fn tag(&self, words: &[&str]) -> Vec<&'static str> {
        let norms: Vec<String> = words.iter().map(|w| norm(w)).collect();
        let mut out: Vec<&'static str> = Vec::with_capacity(words.len());
        let (mut p1, mut p2) = ("-START-", "-START2-");
        let mut scores = vec![0f32; self.tags.len()];
        let mut feat = String::new();
        // One word's features, end to end, and where each ends; then their weights.
        let (mut all, mut ends, mut found) = (String::new(), Vec::new(), Vec::new());
        let mut known = Vec::new();
        let forms: Vec<&[u8]> = words.iter().map(|w| w.as_bytes()).collect();
        self.tagdict.get_many(&forms, &mut known);
        for (i, known) in known.iter().enumerate() {
            let t = if let Some(t) = known {
                self.tags[t[0] as usize]
            } else {
                all.clear();
                ends.clear();
                features(words, &norms, i, (p1, p2), &mut feat, &mut |f| {
                    all.push_str(f);
                    ends.push(all.len());
                });
                let keys: Vec<&[u8]> = (ends.iter().scan(0, |start, &end| {
                    let key = &all.as_bytes()[*start..end];
                    *start = end;
                    Some(key)
                }))
                .collect();
                self.weights.get_many(&keys, &mut found);
                scores.iter_mut().for_each(|s| *s = 0.0);
                for ws in found.iter().flatten() {
                    for e in ws.chunks_exact(5) {
                        scores[e[0] as usize] += f32::from_le_bytes([e[1], e[2], e[3], e[4]]);
                    }
                }
                // Ties go to the alphabetically last tag, as in training.
                let mut best = 0;
                for t in 1..scores.len() {
                    if scores[t] >= scores[best] {
                        best = t;
                    }
                }
                self.tags[best]
            };
            out.push(t);
            p2 = p1;
            p1 = t;
        }
        out
    }
}

/// The features of word `i` for the tagger's model, in a fixed order, each passed to `emit`
/// (`buf` is scratch space, so no feature allocates): the word, its suffixes and first
/// letter, its shape, the two previous tags, and the neighbouring words. `norms` are the
/// words through [`norm`]; `prev` the two previous tags (`-START-`, `-START2-` at the start).
/// The trainers (`scripts/train_tagger.py`, the parser's jack-knifing) must use the same.
pub fn features(
    words: &[&str],
    norms: &[String],
    i: usize,
    prev: (&str, &str),
    buf: &mut String,
    emit: &mut dyn FnMut(&str),
) {
    let (p1, p2) = prev;
    let n = norms[i].as_str();
    let before = if i > 0 {
        norms[i - 1].as_str()
    } else {
        "-START-"
    };
    let next = norms.get(i + 1).map(String::as_str).unwrap_or("-END-");
    let next2 = norms.get(i + 2).map(String::as_str).unwrap_or("-END-");
    emit("b");
    for (name, value) in [
        ("w=", n),
        ("s1=", suffix(n, 1)),
        ("s2=", suffix(n, 2)),
        ("s3=", suffix(n, 3)),
        ("s4=", suffix(n, 4)),
        ("p1=", prefix1(n)),
        ("t1=", p1),
        ("w-1=", before),
        ("s-1=", suffix(before, 3)),
        ("w+1=", next),
        ("s+1=", suffix(next, 3)),
        ("w+2=", next2),
    ] {
        buf.clear();
        buf.push_str(name);
        buf.push_str(value);
        emit(buf);
    }
    buf.clear();
    buf.push_str("sh=");
    buf.push_str(&shape(words[i]));
    if i == 0 {
        buf.push('0');
    }
    emit(buf);
    for (name, a, b) in [("t2=", p2, p1), ("t1w=", p1, n)] {
        buf.clear();
        buf.push_str(name);
        buf.push_str(a);
        buf.push('|');
        buf.push_str(b);
        emit(buf);
    }
}

/// The last `n` characters of `s` (all of it when shorter).
pub(crate) fn suffix(s: &str, n: usize) -> &str {
    let count = s.chars().count();
    if count <= n {
        return s;
    }
    let skip = s.char_indices().nth(count - n).map(|(i, _)| i).unwrap_or(0);
    &s[skip..]
}

fn prefix1(s: &str) -> &str {
    s.char_indices().nth(1).map(|(i, _)| &s[..i]).unwrap_or(s)
}

/// The word form the tagger's features see: `!NUM` for numbers, else lower case.
pub fn norm(w: &str) -> String {
    if w.chars().any(|c| c.is_numeric()) && w.chars().all(|c| c.is_numeric() || ",.-/:".contains(c))
    {
        return "!NUM".into();
    }
    w.to_lowercase()
}

/// Whether a word has cased letters and all of them are capitals ("UN", "LONDON").
pub(crate) fn is_upper_word(w: &str) -> bool {
    let mut cased = false;
    for c in w.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_uppercase() {
            cased = true;
        }
    }
    cased
}

fn shape(w: &str) -> String {
    let Some(c) = w.chars().next() else {
        return "e".into();
    };
    let mut s = String::from(if c.is_uppercase() {
        if is_upper_word(w) && w.chars().count() > 1 {
            "X"
        } else {
            "Xx"
        }
    } else if c.is_numeric() {
        "d"
    } else if c.is_alphabetic() {
        "x"
    } else {
        "p"
    });
    if w.contains('-') {
        s.push('-');
    }
    if w.contains('.') && w.chars().count() > 1 {
        s.push('.');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// The compact model holds what the text model says, read as the tagger always read it:
    /// every word of the tag dictionary with its tag, every feature with its weights in order.
    #[test]
    fn the_compact_model_is_the_text_model() {
        let text = include_str!("../../../../data/model/tagger.txt");
        let t = Tagger::get();
        let mut index: HashMap<&str, u8> = HashMap::new();
        let mut tagdict: HashMap<&str, &str> = HashMap::new();
        let mut weights: HashMap<&str, Vec<(u8, f32)>> = HashMap::new();
        for line in text.lines() {
            let cols: Vec<&str> = line.splitn(3, '\t').collect();
            match cols[..] {
                ["tags", tags] => {
                    let tags: Vec<&str> = tags.split(' ').collect();
                    assert_eq!(t.tags, tags);
                    index = tags
                        .iter()
                        .enumerate()
                        .map(|(i, t)| (*t, i as u8))
                        .collect();
                }
                ["d", w, tag] if index.contains_key(tag) => {
                    tagdict.insert(w, tag);
                }
                ["f", f, ws] => {
                    let v = ws
                        .split(' ')
                        .filter_map(|p| {
                            let (t, w) = p.rsplit_once(':')?;
                            Some((*index.get(t)?, w.parse().ok()?))
                        })
                        .collect();
                    weights.insert(f, v);
                }
                _ => {}
            }
        }
        assert!(tagdict.len() > 500 && weights.len() > 50_000);
        for (w, tag) in tagdict {
            let got = t.tagdict.get(w.as_bytes()).map(|v| t.tags[v[0] as usize]);
            assert_eq!(got, Some(tag), "{w}");
        }
        for (f, v) in weights {
            let got: Vec<(u8, f32)> = t
                .weights
                .get(f.as_bytes())
                .expect(f)
                .chunks_exact(5)
                .map(|e| (e[0], f32::from_le_bytes([e[1], e[2], e[3], e[4]])))
                .collect();
            assert_eq!(got, v, "{f}");
        }
        assert!(t.weights.get(b"w=no such feature").is_none());
    }

    #[test]
    fn tags_a_news_sentence() {
        let words = [
            "The", "junta", "has", "ordered", "French", "troops", "to", "leave", "the", "country",
            ".",
        ];
        let tags = Tagger::get().tag(&words);
        assert_eq!(
            tags,
            vec!["DT", "NN", "VBZ", "VBN", "JJ", "NNS", "TO", "VB", "DT", "NN", "."]
        );
    }
}
