//! Parser training: owns the dynamic oracle for arc-eager (Goldberg & Nivre 2012, 2013), the
//! averaged perceptron's training weights and the writing of the compact shipped model.
//!
//! Training explores: after the first iterations it follows the model's own (possibly
//! wrong) transition most of the time and learns, in every configuration, the best-scoring
//! transition of least cost. Everything is deterministic: a fixed seed and order.

use super::IdMap;
use super::{features, Input, Parser, State, Word, MAGIC, NONE, REDUCE, SHIFT};

/// One training sentence with its gold tree.
#[derive(Debug, Clone)]
pub struct Gold {
    /// Word forms.
    pub forms: Vec<String>,
    /// Penn Treebank tags the parser will see (the tagger's, not the gold ones).
    pub tags: Vec<String>,
    /// Lemmas the parser will see.
    pub lemmas: Vec<String>,
    /// Gold head of each word: an index into the sentence, or its length for the root.
    pub heads: Vec<usize>,
    /// Gold label of each word.
    pub labels: Vec<String>,
}

impl Gold {
    /// The words as the parser sees them.
    pub fn words(&self) -> Vec<Word<'_>> {
        (0..self.forms.len())
            .map(|i| Word {
                form: &self.forms[i],
                tag: &self.tags[i],
                lemma: &self.lemmas[i],
            })
            .collect()
    }
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct Options {
    /// Passes over the data.
    pub iterations: usize,
    /// From this pass on (0-based), the parser follows its own prediction...
    pub explore_from: usize,
    /// ...with this probability.
    pub explore_p: f64,
    /// Averaged weights of smaller magnitude are dropped from the shipped model.
    pub min_weight: f32,
    /// Seed of the shuffles and of exploration.
    pub seed: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            iterations: 12,
            explore_from: 1,
            explore_p: 0.9,
            min_weight: 0.5,
            seed: 7,
        }
    }
}

/// A small deterministic random number generator (splitmix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        super::finish(self.0)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[derive(Clone, Copy)]
struct Slot {
    class: u16,
    w: i32,
    u: i64,
}

/// Perceptron weights being trained, with the sums that averaging needs.
struct Weights {
    rows: IdMap<Vec<Slot>>,
    c: i64,
}

impl Weights {
    fn score(&self, feats: &[u64], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for f in feats {
            if let Some(row) = self.rows.get(f) {
                for s in row {
                    scores[s.class as usize] += s.w as f32;
                }
            }
        }
    }

    fn update(&mut self, feats: &[u64], good: usize, bad: usize) {
        let c = self.c;
        for &f in feats {
            let row = self.rows.entry(f).or_default();
            for (class, d) in [(good as u16, 1), (bad as u16, -1)] {
                let i = match row.iter().position(|s| s.class == class) {
                    Some(i) => i,
                    None => {
                        row.push(Slot { class, w: 0, u: 0 });
                        row.len() - 1
                    }
                };
                row[i].w += d;
                row[i].u += c * d as i64;
            }
        }
    }
}

/// The cost of each transition in a configuration: how many gold arcs it makes
/// unreachable (a wrong label counts as one). Illegal transitions cost `usize::MAX`.
fn costs(st: &State, g: &[usize], gl: &[usize], root: usize, out: &mut [usize]) {
    let n = st.n;
    let b = st.b;
    let s0 = st.s(0);
    let in_stack = |k: usize| st.stack.contains(&k);
    // Gold dependents of x in the buffer; gold dependents of x on the stack still headless.
    let deps_in_buffer = |x: usize| (b..n).filter(|&k| g[k] == x).count();
    let deps_on_stack = |x: usize| {
        st.stack
            .iter()
            .filter(|&&k| g[k] == x && st.head[k] == NONE)
            .count()
    };
    let b_head_on_stack = b < n && in_stack(g[b]);
    let b_deps_on_stack = if b < n { deps_on_stack(b) } else { 0 };
    for (t, c) in out.iter_mut().enumerate() {
        if !st.legal(t, root) {
            *c = usize::MAX;
            continue;
        }
        *c = match t {
            SHIFT => b_head_on_stack as usize + b_deps_on_stack,
            REDUCE => deps_in_buffer(s0),
            _ if t % 2 == 0 => {
                let l = (t - 2) / 2;
                let h = g[s0];
                (h > b && h != NONE) as usize
                    + deps_in_buffer(s0)
                    + (h == b && gl[s0] != l) as usize
            }
            _ => {
                let l = (t - 2) / 2;
                let h = g[b];
                ((h != s0 && in_stack(h)) || h > b) as usize
                    + b_deps_on_stack
                    + (h == s0 && gl[b] != l) as usize
            }
        };
    }
}

/// A trained model before pruning: the labels and the averaged weights.
pub struct Trained {
    labels: Vec<String>,
    rows: Vec<(u64, Vec<(u8, f32)>)>,
}

/// Trains a parser on `data`, printing progress to stderr.
pub fn train(data: &[Gold], opts: &Options) -> Trained {
    let mut labels: Vec<String> = data.iter().flat_map(|s| s.labels.clone()).collect();
    labels.sort();
    labels.dedup();
    let root = labels
        .iter()
        .position(|l| l == "root")
        .expect("a root label");
    let classes = 2 + 2 * labels.len();
    let mut w = Weights {
        rows: IdMap::default(),
        c: 1,
    };
    let mut rng = Rng(opts.seed);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut feats = Vec::with_capacity(128);
    let (mut scores, mut cost) = (vec![0f32; classes], vec![0usize; classes]);
    for it in 0..opts.iterations {
        let start = std::time::Instant::now();
        let (mut right, mut total) = (0usize, 0usize);
        for &si in &order {
            let s = &data[si];
            let gl: Vec<usize> = s
                .labels
                .iter()
                .map(|l| labels.binary_search(l).unwrap_or(root))
                .collect();
            let inp = Input::new(&s.words());
            let mut st = State::new(s.forms.len());
            while !st.terminal() {
                features(&inp, &st, &mut feats);
                w.score(&feats, &mut scores);
                costs(&st, &s.heads, &gl, root, &mut cost);
                let pred = argmax(&scores, |t| cost[t] != usize::MAX);
                let min = *cost.iter().min().unwrap_or(&0);
                let best = argmax(&scores, |t| cost[t] == min);
                if cost[pred] > min {
                    w.update(&feats, best, pred);
                }
                w.c += 1;
                let explore = it >= opts.explore_from && rng.unit() < opts.explore_p;
                st.apply(if explore { pred } else { best });
            }
            for (i, (&h, &l)) in s.heads.iter().zip(&gl).enumerate() {
                right += (st.head[i] == h && st.label[i] == l) as usize;
                total += 1;
            }
        }
        eprintln!(
            "iteration {}: training LAS {:.4} (explored), {} features, {:.1}s",
            it + 1,
            right as f64 / total as f64,
            w.rows.len(),
            start.elapsed().as_secs_f64()
        );
        shuffle(&mut order, &mut rng);
    }
    average(&w, labels)
}

fn argmax(scores: &[f32], ok: impl Fn(usize) -> bool) -> usize {
    let mut best = NONE;
    for (t, &s) in scores.iter().enumerate() {
        if ok(t) && (best == NONE || s > scores[best]) {
            best = t;
        }
    }
    best
}

fn shuffle(v: &mut [usize], rng: &mut Rng) {
    for i in (1..v.len()).rev() {
        let j = (rng.next() % (i as u64 + 1)) as usize;
        v.swap(i, j);
    }
}

/// The averaged weights, features in key order and transitions in order within each.
fn average(w: &Weights, labels: Vec<String>) -> Trained {
    let c = w.c as f64;
    let mut rows: Vec<(u64, Vec<(u8, f32)>)> = Vec::with_capacity(w.rows.len());
    for (&k, row) in &w.rows {
        let mut e: Vec<(u8, f32)> = row
            .iter()
            .map(|s| (s.class as u8, (s.w as f64 - s.u as f64 / c) as f32))
            .collect();
        e.sort_by_key(|x| x.0);
        rows.push((k, e));
    }
    rows.sort_by_key(|r| r.0);
    Trained { labels, rows }
}

impl Trained {
    /// The shipped model's bytes: weights of magnitude below `min_weight` dropped, the rest
    /// quantised to i16 with one scale. Layout: magic, labels, scale, then each feature in
    /// key order as a key delta (LEB128 varint), an entry count and (transition u8, weight
    /// i16 LE) entries.
    pub fn to_bytes(&self, min_weight: f32) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.extend((self.labels.len() as u32).to_le_bytes());
        for l in &self.labels {
            out.push(l.len() as u8);
            out.extend(l.as_bytes());
        }
        crate::compact::write_weight_rows(&mut out, &self.rows, min_weight);
        out
    }
}

/// Parses `data` with `parser` and counts, over all words and over non-punctuation words
/// (`punct` says which), heads right, heads and full labels right, and heads and universal
/// labels (subtypes ignored, as CoNLL 2018 scores) right.
pub fn evaluate(parser: &Parser, data: &[Gold], punct: &[Vec<bool>]) -> Scores {
    let mut sc = Scores::default();
    for (s, p) in data.iter().zip(punct) {
        let got = parser.parse(&s.words());
        for i in 0..s.forms.len() {
            let (h, l) = got[i];
            let h = h.unwrap_or(s.forms.len());
            let uas = h == s.heads[i];
            let las = uas && l == s.labels[i];
            let ulas = uas && l.split(':').next() == s.labels[i].split(':').next();
            for (k, counted) in [(0, true), (1, !p[i])] {
                if counted {
                    sc.total[k] += 1;
                    sc.uas[k] += uas as usize;
                    sc.las[k] += las as usize;
                    sc.ulas[k] += ulas as usize;
                }
            }
        }
    }
    sc
}

/// Attachment counts: index 0 over all words, 1 without punctuation.
#[derive(Debug, Default, Clone)]
pub struct Scores {
    /// Words counted.
    pub total: [usize; 2],
    /// Heads right.
    pub uas: [usize; 2],
    /// Heads and full labels right.
    pub las: [usize; 2],
    /// Heads and universal labels right.
    pub ulas: [usize; 2],
}
