//! Training the recognizer: an averaged perceptron that learns from its own greedy
//! decisions (the previous labels it sees are the ones it predicted), and the model file
//! it writes. Used by the `train_ner` example; nothing here runs in the pipeline.

use super::{decode, features, labels_of, DocEvidence, Model, NameSpan, Prepared, Word, Words};
use super::{LABELS, MAGIC};
use rustc_hash::FxHashMap;

/// One training document: its sentences of words and the gold names of each.
pub struct GoldDoc {
    /// The words of each sentence (text as written and predicted tag).
    pub sentences: Vec<Vec<(String, String)>>,
    /// The gold names of each sentence.
    pub names: Vec<Vec<NameSpan>>,
}

impl GoldDoc {
    /// The sentences as the recognizer reads them.
    pub fn words(&self) -> Vec<Vec<Word<'_>>> {
        self.sentences
            .iter()
            .map(|s| s.iter().map(|(t, g)| Word { text: t, tag: g }).collect())
            .collect()
    }
}

/// Weights, their running totals for averaging, and when each was last changed.
#[derive(Default)]
pub struct Trainer {
    weights: FxHashMap<u64, [f32; LABELS]>,
    totals: FxHashMap<u64, ([f64; LABELS], [u64; LABELS])>,
    step: u64,
}

impl Trainer {
    /// Scores the labels for a set of features with the current weights.
    fn score(&self, feats: &[u64], scores: &mut [f32; LABELS]) {
        *scores = [0.0; LABELS];
        for f in feats {
            if let Some(w) = self.weights.get(f) {
                for (s, w) in scores.iter_mut().zip(w) {
                    *s += w;
                }
            }
        }
    }

    fn bump(&mut self, f: u64, label: usize, by: f32) {
        let w = self.weights.entry(f).or_insert([0.0; LABELS]);
        let (tot, stamp) = self.totals.entry(f).or_insert(([0.0; LABELS], [0; LABELS]));
        tot[label] += (self.step - stamp[label]) as f64 * w[label] as f64;
        stamp[label] = self.step;
        w[label] += by;
    }

    /// One pass over the documents; returns the number of words labelled wrongly.
    pub fn epoch(&mut self, docs: &[GoldDoc]) -> usize {
        let mut errors = 0;
        let mut feats = Vec::new();
        for d in docs {
            let words = d.words();
            let ev = DocEvidence::of(&words);
            for (s, gold) in words.iter().zip(&d.names) {
                let p = Prepared::new(s, &ev);
                let gold = labels_of(gold, s.len());
                let pred = decode(&p, Words::All, |f, sc| self.score(f, sc));
                for i in 0..s.len() {
                    self.step += 1;
                    if pred[i] == gold[i] {
                        continue;
                    }
                    errors += 1;
                    // The features the decoder saw for word i: its own history.
                    let p1 = if i >= 1 { pred[i - 1] } else { 0xff };
                    let p2 = if i >= 2 { pred[i - 2] } else { 0xfe };
                    features(&p, i, (p1, p2), &mut feats);
                    for &f in &feats {
                        self.bump(f, gold[i] as usize, 1.0);
                        self.bump(f, pred[i] as usize, -1.0);
                    }
                }
            }
        }
        errors
    }

    /// The averaged model.
    pub fn averaged(&self) -> Vec<(u64, Vec<(u8, f32)>)> {
        let mut rows: Vec<(u64, Vec<(u8, f32)>)> = self
            .weights
            .iter()
            .map(|(&f, w)| {
                let (tot, stamp) = &self.totals[&f];
                let e = (0..LABELS)
                    .filter_map(|l| {
                        let t = tot[l] + (self.step - stamp[l]) as f64 * w[l] as f64;
                        let avg = (t / self.step.max(1) as f64) as f32;
                        (avg != 0.0).then_some((l as u8, avg))
                    })
                    .collect();
                (f, e)
            })
            .collect();
        rows.sort_by_key(|r| r.0);
        rows
    }

    /// The averaged model as a [`Model`], dropping weights below `min_weight`.
    pub fn model(&self, min_weight: f32) -> Option<Model> {
        Model::from_bytes(&self.to_bytes(min_weight))
    }

    /// The averaged model in the file format [`Model::from_bytes`] reads: weights below
    /// `min_weight` dropped, the rest as 16-bit integers with one scale, keys sorted and
    /// delta-coded.
    pub fn to_bytes(&self, min_weight: f32) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        crate::compact::write_weight_rows(&mut out, &self.averaged(), min_weight);
        out
    }
}
