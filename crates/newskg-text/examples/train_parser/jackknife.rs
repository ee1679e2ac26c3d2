//! Jack-knifed tags for the parser's training data: the tagger's trainer
//! (`scripts/train_tagger.py`: the same features, tag dictionary and averaged perceptron)
//! redone here, trained on nine tenths of the data to tag the remaining tenth, so that the
//! parser learns from tags as wrong as those it will see on new text.

use newskg_text::analyze::tagger::{self, norm};
use std::collections::HashMap;

const ITERATIONS: usize = 6;

/// Tags every sentence with a tagger that did not see it, in `folds` contiguous folds.
pub fn tag_folds(sents: &[Vec<(String, String)>], folds: usize) -> Vec<Vec<String>> {
    let mut out = vec![Vec::new(); sents.len()];
    let size = sents.len().div_ceil(folds);
    for f in 0..folds {
        let (a, b) = (f * size, ((f + 1) * size).min(sents.len()));
        let train: Vec<&Vec<(String, String)>> = sents[..a].iter().chain(&sents[b..]).collect();
        let model = Model::train(&train, f as u64 + 1);
        for i in a..b {
            let words: Vec<&str> = sents[i].iter().map(|(w, _)| w.as_str()).collect();
            out[i] = model.tag(&words);
        }
    }
    out
}

struct Model {
    tags: Vec<String>,
    tagdict: HashMap<String, usize>,
    w: HashMap<String, Vec<f32>>,
}

impl Model {
    fn train(sents: &[&Vec<(String, String)>], seed: u64) -> Model {
        let mut tags: Vec<String> = sents
            .iter()
            .flat_map(|s| s.iter().map(|x| x.1.clone()))
            .collect();
        tags.sort();
        tags.dedup();
        let tagdict = tagdict(sents, &tags);
        let nt = tags.len();
        let mut m = Model {
            tags,
            tagdict,
            w: HashMap::new(),
        };
        let mut acc: HashMap<String, (Vec<f32>, Vec<u32>)> = HashMap::new();
        let mut i = 0u32;
        let mut order: Vec<usize> = (0..sents.len()).collect();
        let mut rng = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        for _ in 0..ITERATIONS {
            for &si in &order {
                let s = sents[si];
                let words: Vec<&str> = s.iter().map(|(w, _)| w.as_str()).collect();
                let norms: Vec<String> = words.iter().map(|w| norm(w)).collect();
                let (mut p1, mut p2) = ("-START-".to_string(), "-START2-".to_string());
                for (k, (w, gold)) in s.iter().enumerate() {
                    let gold = m.tags.binary_search(gold).unwrap_or(0);
                    let t = match m.tagdict.get(w) {
                        Some(&t) => t,
                        None => {
                            let feats = features(&words, &norms, k, &p1, &p2);
                            let t = m.predict(&feats);
                            i += 1;
                            if t != gold {
                                for f in feats {
                                    let row = m.w.entry(f.clone()).or_insert_with(|| vec![0.0; nt]);
                                    let (tot, st) = acc
                                        .entry(f)
                                        .or_insert_with(|| (vec![0.0; nt], vec![0; nt]));
                                    for (c, d) in [(gold, 1.0), (t, -1.0)] {
                                        tot[c] += (i - st[c]) as f32 * row[c];
                                        st[c] = i;
                                        row[c] += d;
                                    }
                                }
                            }
                            t
                        }
                    };
                    p2 = std::mem::replace(&mut p1, m.tags[t].clone());
                }
            }
            for j in (1..order.len()).rev() {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                order.swap(j, (rng % (j as u64 + 1)) as usize);
            }
        }
        for (f, row) in m.w.iter_mut() {
            let (tot, st) = &acc[f];
            for c in 0..nt {
                row[c] = (tot[c] + (i - st[c]) as f32 * row[c]) / i as f32;
            }
        }
        m
    }

    fn predict(&self, feats: &[String]) -> usize {
        let mut scores = vec![0f32; self.tags.len()];
        for f in feats {
            if let Some(row) = self.w.get(f) {
                scores.iter_mut().zip(row).for_each(|(s, w)| *s += w);
            }
        }
        let mut best = 0;
        for t in 1..scores.len() {
            if scores[t] >= scores[best] {
                best = t;
            }
        }
        best
    }

    fn tag(&self, words: &[&str]) -> Vec<String> {
        let norms: Vec<String> = words.iter().map(|w| norm(w)).collect();
        let (mut p1, mut p2) = ("-START-".to_string(), "-START2-".to_string());
        let mut out = Vec::new();
        for k in 0..words.len() {
            let t = match self.tagdict.get(words[k]) {
                Some(&t) => t,
                None => self.predict(&features(words, &norms, k, &p1, &p2)),
            };
            out.push(self.tags[t].clone());
            p2 = std::mem::replace(&mut p1, self.tags[t].clone());
        }
        out
    }
}

fn tagdict(sents: &[&Vec<(String, String)>], tags: &[String]) -> HashMap<String, usize> {
    let mut counts: HashMap<&str, HashMap<&str, usize>> = HashMap::new();
    for s in sents {
        for (w, t) in s.iter() {
            *counts.entry(w).or_default().entry(t).or_default() += 1;
        }
    }
    let mut out = HashMap::new();
    for (w, c) in counts {
        let total: usize = c.values().sum();
        let (tag, n) = c
            .iter()
            .max_by_key(|(t, n)| (**n, std::cmp::Reverse(**t)))
            .unwrap();
        if total >= 20 && *n as f64 / total as f64 >= 0.97 {
            out.insert(
                w.to_string(),
                tags.binary_search(&tag.to_string()).unwrap_or(0),
            );
        }
    }
    out
}

/// The tagger's features of word `i` (`newskg_text::analyze::tagger::features`, the one
/// definition the shipped tagger and this trainer share).
fn features(words: &[&str], norms: &[String], i: usize, p1: &str, p2: &str) -> Vec<String> {
    let mut out = Vec::with_capacity(16);
    let mut buf = String::new();
    tagger::features(words, norms, i, (p1, p2), &mut buf, &mut |f| {
        out.push(f.to_string())
    });
    out
}
