//! Dependency parser: owns the transition system, the features and the decoding of a greedy
//! arc-eager parser with Universal Dependencies labels, scored by an averaged perceptron.
//!
//! Arc-eager (Nivre 2003) with the root token at the end of the buffer (Ballesteros & Nivre
//! 2013); labelled transitions in one classifier; the rich feature set of Zhang & Nivre (2011)
//! plus second and third stack items and lemmas, each feature hashed to a `u64`. The model
//! (`data/model/parser.bin`, see its README) is compiled into the binary and loaded once; it is
//! trained by [`train`] (driven by `scripts/train_parser`). The features below are the
//! model's: change them and the model must be retrained.

pub mod train;

use crate::compact;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

const MODEL: &[u8] = include_bytes!("../../../../data/model/parser.bin");
const MAGIC: &[u8; 8] = b"NKGPARS1";

/// No token: an empty stack or buffer position, a missing child or head.
const NONE: usize = usize::MAX;

/// Transition ids: 0 shift, 1 reduce, 2 + 2l left-arc with label l, 3 + 2l right-arc.
const SHIFT: usize = 0;
const REDUCE: usize = 1;

/// One word as the parser sees it: its form, its Penn Treebank tag and its lemma.
#[derive(Debug, Clone, Copy)]
pub struct Word<'a> {
    /// The word as written.
    pub form: &'a str,
    /// Its Penn Treebank (XPOS) tag.
    pub tag: &'a str,
    /// Its lemma.
    pub lemma: &'a str,
}

/// A hasher for keys that are already well-mixed hashes: it passes them through.
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(K);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub(crate) type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// FNV-1a over a string: stable across compilers and platforms, unlike std's hashers.
fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(K)
}

/// The splitmix64 finaliser, so that feature keys index a hash table well as they are.
fn finish(mut h: u64) -> u64 {
    h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

/// The form the word features see: lowercase, typographic quotes plain, numbers one class.
fn norm(w: &str) -> String {
    if w.chars().any(|c| c.is_numeric()) && w.chars().all(|c| c.is_numeric() || ",.-/:".contains(c))
    {
        return "!NUM".into();
    }
    super::tokenize::normalize(w)
}

/// The hashed atoms of a sentence, with the root as an extra last word.
pub(crate) struct Input {
    w: Vec<u64>,
    p: Vec<u64>,
    l: Vec<u64>,
}

impl Input {
    pub(crate) fn new(words: &[Word]) -> Input {
        let root = hash_str("-ROOT-");
        let mut inp = Input {
            w: words.iter().map(|x| hash_str(&norm(x.form))).collect(),
            p: words.iter().map(|x| hash_str(x.tag)).collect(),
            l: words
                .iter()
                .map(|x| hash_str(&x.lemma.to_lowercase()))
                .collect(),
        };
        inp.w.push(root);
        inp.p.push(root);
        inp.l.push(root);
        inp
    }
    fn w(&self, i: usize) -> u64 {
        if i == NONE {
            1
        } else {
            self.w[i]
        }
    }
    fn p(&self, i: usize) -> u64 {
        if i == NONE {
            1
        } else {
            self.p[i]
        }
    }
    fn l(&self, i: usize) -> u64 {
        if i == NONE {
            1
        } else {
            self.l[i]
        }
    }
}

/// A parser configuration: stack, buffer front and the arcs so far, with what the features
/// read of them (outermost children, valencies, label sets) kept up to date.
pub(crate) struct State {
    /// Number of words; the root is word `n`.
    n: usize,
    stack: Vec<usize>,
    /// The buffer is `b..=n`.
    b: usize,
    head: Vec<usize>,
    label: Vec<usize>,
    lc1: Vec<usize>,
    lc2: Vec<usize>,
    rc1: Vec<usize>,
    rc2: Vec<usize>,
    vl: Vec<u8>,
    vr: Vec<u8>,
    sl: Vec<u128>,
    sr: Vec<u128>,
}

impl State {
    pub(crate) fn new(n: usize) -> State {
        State {
            n,
            stack: Vec::with_capacity(n),
            b: 0,
            head: vec![NONE; n + 1],
            label: vec![NONE; n + 1],
            lc1: vec![NONE; n + 1],
            lc2: vec![NONE; n + 1],
            rc1: vec![NONE; n + 1],
            rc2: vec![NONE; n + 1],
            vl: vec![0; n + 1],
            vr: vec![0; n + 1],
            sl: vec![0; n + 1],
            sr: vec![0; n + 1],
        }
    }

    pub(crate) fn terminal(&self) -> bool {
        self.b == self.n && self.stack.is_empty()
    }

    fn s(&self, k: usize) -> usize {
        if self.stack.len() > k {
            self.stack[self.stack.len() - 1 - k]
        } else {
            NONE
        }
    }

    fn buf(&self, k: usize) -> usize {
        if self.b + k <= self.n {
            self.b + k
        } else {
            NONE
        }
    }

    fn add_arc(&mut self, h: usize, d: usize, l: usize) {
        self.head[d] = h;
        self.label[d] = l;
        let bit = 1u128 << (l % 128);
        if d < h {
            self.vl[h] = self.vl[h].saturating_add(1);
            self.sl[h] |= bit;
            if self.lc1[h] == NONE || d < self.lc1[h] {
                self.lc2[h] = self.lc1[h];
                self.lc1[h] = d;
            } else if self.lc2[h] == NONE || d < self.lc2[h] {
                self.lc2[h] = d;
            }
        } else {
            self.vr[h] = self.vr[h].saturating_add(1);
            self.sr[h] |= bit;
            if self.rc1[h] == NONE || d > self.rc1[h] {
                self.rc2[h] = self.rc1[h];
                self.rc1[h] = d;
            } else if self.rc2[h] == NONE || d > self.rc2[h] {
                self.rc2[h] = d;
            }
        }
    }

    /// Whether transition `t` may be taken; `root` is the id of the `root` label.
    pub(crate) fn legal(&self, t: usize, root: usize) -> bool {
        let s0 = self.s(0);
        let at_root = self.b == self.n;
        match t {
            SHIFT => !at_root,
            REDUCE => s0 != NONE && self.head[s0] != NONE,
            _ => {
                let l = (t - 2) / 2;
                if s0 == NONE {
                    return false;
                }
                if t % 2 == 0 {
                    self.head[s0] == NONE && (at_root == (l == root))
                } else {
                    !at_root && l != root
                }
            }
        }
    }

    pub(crate) fn apply(&mut self, t: usize) {
        match t {
            SHIFT => {
                self.stack.push(self.b);
                self.b += 1;
            }
            REDUCE => {
                self.stack.pop();
            }
            _ => {
                let l = (t - 2) / 2;
                let s0 = self.s(0);
                if t % 2 == 0 {
                    self.add_arc(self.b, s0, l);
                    self.stack.pop();
                } else {
                    self.add_arc(s0, self.b, l);
                    self.stack.push(self.b);
                    self.b += 1;
                }
            }
        }
    }

    fn lab(&self, i: usize) -> u64 {
        if i == NONE {
            1
        } else if self.head[i] == NONE {
            2
        } else {
            self.label[i] as u64 + 3
        }
    }
}

/// Appends the feature keys of a configuration to `out` (cleared first).
pub(crate) fn features(inp: &Input, st: &State, out: &mut Vec<u64>) {
    out.clear();
    let mut id = 0u64;
    let mut f = |vals: &[u64]| {
        id += 1;
        let mut h = id.wrapping_mul(K);
        for &v in vals {
            h = mix(h, v);
        }
        out.push(finish(h));
    };
    let s0 = st.s(0);
    let (n0, n1, n2) = (st.buf(0), st.buf(1), st.buf(2));
    let (s0w, s0p, n0w, n0p) = (inp.w(s0), inp.p(s0), inp.w(n0), inp.p(n0));
    let (n1w, n1p, n2w, n2p) = (inp.w(n1), inp.p(n1), inp.w(n2), inp.p(n2));
    // Single words.
    for (w, p) in [(s0w, s0p), (n0w, n0p), (n1w, n1p), (n2w, n2p)] {
        f(&[w]);
        f(&[p]);
        f(&[w, p]);
    }
    // Word pairs.
    f(&[s0w, s0p, n0w, n0p]);
    f(&[s0w, s0p, n0w]);
    f(&[s0w, n0w, n0p]);
    f(&[s0w, s0p, n0p]);
    f(&[s0p, n0w, n0p]);
    f(&[s0w, n0w]);
    f(&[s0p, n0p]);
    f(&[n0p, n1p]);
    // Three words.
    let (s0h, s0l, s0r, n0l) = (get(&st.head, s0), lc(st, s0), rc(st, s0), lc(st, n0));
    f(&[n0p, n1p, n2p]);
    f(&[s0p, n0p, n1p]);
    f(&[inp.p(s0h), s0p, n0p]);
    f(&[s0p, inp.p(s0l), n0p]);
    f(&[s0p, inp.p(s0r), n0p]);
    f(&[s0p, n0p, inp.p(n0l)]);
    // Distance.
    let d = if s0 == NONE {
        0
    } else {
        match n0 - s0 {
            x @ 1..=4 => x as u64,
            5..=7 => 5,
            8..=12 => 6,
            _ => 7,
        }
    };
    f(&[s0w, d]);
    f(&[s0p, d]);
    f(&[n0w, d]);
    f(&[n0p, d]);
    f(&[s0w, n0w, d]);
    f(&[s0p, n0p, d]);
    more_features(inp, st, &mut f);
}

fn lc(st: &State, i: usize) -> usize {
    if i == NONE {
        NONE
    } else {
        st.lc1[i]
    }
}

fn rc(st: &State, i: usize) -> usize {
    if i == NONE {
        NONE
    } else {
        st.rc1[i]
    }
}

fn get(v: &[usize], i: usize) -> usize {
    if i == NONE {
        NONE
    } else {
        v[i]
    }
}

/// Valency, children, grandparents, label sets, second and third stack items and lemmas.
fn more_features(inp: &Input, st: &State, f: &mut impl FnMut(&[u64])) {
    let (s0, s1, s2, n0, n1) = (st.s(0), st.s(1), st.s(2), st.buf(0), st.buf(1));
    let (s0w, s0p, n0w, n0p) = (inp.w(s0), inp.p(s0), inp.w(n0), inp.p(n0));
    let val = |v: &[u8], i: usize| if i == NONE { 99 } else { v[i] as u64 };
    let set = |v: &[u128], i: usize| {
        if i == NONE {
            1
        } else {
            v[i] as u64 ^ (v[i] >> 64) as u64
        }
    };
    // Valency.
    let (s0vr, s0vl, n0vl) = (val(&st.vr, s0), val(&st.vl, s0), val(&st.vl, n0));
    f(&[s0w, s0vr]);
    f(&[s0p, s0vr]);
    f(&[s0w, s0vl]);
    f(&[s0p, s0vl]);
    f(&[n0w, n0vl]);
    f(&[n0p, n0vl]);
    // Unigrams: head, outermost children and their labels.
    let s0h = get(&st.head, s0);
    let (s0l, s0r, n0l) = (get(&st.lc1, s0), get(&st.rc1, s0), get(&st.lc1, n0));
    f(&[inp.w(s0h)]);
    f(&[inp.p(s0h)]);
    f(&[st.lab(s0)]);
    for x in [s0l, s0r, n0l] {
        f(&[inp.w(x)]);
        f(&[inp.p(x)]);
        f(&[st.lab(x)]);
    }
    // Third order.
    let s0h2 = get(&st.head, s0h);
    let (s0l2, s0r2, n0l2) = (get(&st.lc2, s0), get(&st.rc2, s0), get(&st.lc2, n0));
    f(&[inp.w(s0h2)]);
    f(&[inp.p(s0h2)]);
    f(&[st.lab(s0h)]);
    for x in [s0l2, s0r2, n0l2] {
        f(&[inp.w(x)]);
        f(&[inp.p(x)]);
        f(&[st.lab(x)]);
    }
    f(&[s0p, inp.p(s0l), inp.p(s0l2)]);
    f(&[s0p, inp.p(s0r), inp.p(s0r2)]);
    f(&[s0p, inp.p(s0h), inp.p(s0h2)]);
    f(&[n0p, inp.p(n0l), inp.p(n0l2)]);
    // Label sets.
    let (s0sr, s0sl, n0sl) = (set(&st.sr, s0), set(&st.sl, s0), set(&st.sl, n0));
    f(&[s0w, s0sr]);
    f(&[s0p, s0sr]);
    f(&[s0w, s0sl]);
    f(&[s0p, s0sl]);
    f(&[n0w, n0sl]);
    f(&[n0p, n0sl]);
    // Deeper stack and lemmas.
    let (s1w, s1p, s2p) = (inp.w(s1), inp.p(s1), inp.p(s2));
    f(&[s1w]);
    f(&[s1p]);
    f(&[s1w, s1p]);
    f(&[s2p]);
    f(&[s1p, s0p]);
    f(&[s1p, s0p, n0p]);
    f(&[s2p, s1p, s0p]);
    f(&[s1w, s0w]);
    f(&[s1p, st.lab(s1), s0p, st.lab(s0)]);
    f(&[s1p, n0p]);
    let (s0m, n0m, n1m) = (inp.l(s0), inp.l(n0), inp.l(n1));
    f(&[s0m]);
    f(&[n0m]);
    f(&[n1m]);
    f(&[s0m, n0m]);
    f(&[s0m, n0p]);
    f(&[s0p, n0m]);
    f(&[inp.l(s1), s0m]);
    f(&[s0m, st.lab(s0), n0p]);
}

/// A trained parsing model: the labels and, for each feature key, its weights per
/// transition.
pub struct Parser {
    labels: Vec<String>,
    root: usize,
    weights: Weights,
}

/// The feature weights as one open-addressing table, built once when the model loads.
///
/// A slot (u64) holds a key's upper 32 bits and one more than its row's offset in `rows`
/// (0 for an empty slot); a row is the key's lower 32 bits, the entry count (u8), the
/// transitions (u8 each) and the quantised weights (i16 each). Scoring a configuration reads
/// every feature's slot before it reads any row, and touches every row before it adds any
/// weight, so the hundred-odd memory reads of one transition overlap instead of waiting on
/// each other (the table is far larger than the caches; with one hash map of rows and a
/// second vector of entries, parsing was half as fast).
struct Weights {
    slots: Vec<u64>,
    rows: Vec<u8>,
    mask: usize,
}

impl Weights {
    /// The table of `rows` keys (`rows` features with `entries` entries in all), filled by
    /// `each`, which is given a function to call with every key and its entries.
    fn build(
        features: usize,
        entries: usize,
        each: impl FnOnce(&mut dyn FnMut(u64, &[(u8, i16)])) -> Option<()>,
    ) -> Option<Weights> {
        let n = (features * 2).next_power_of_two().max(2);
        let mut rows = vec![0u8; 5 * features + 3 * entries];
        let mut placed = Placed {
            keys: Vec::with_capacity(features),
            rows: Vec::with_capacity(features),
        };
        let mut at = 0;
        each(&mut |key, es| {
            let row = &mut rows[at..at + 5 + 3 * es.len()];
            row[..4].copy_from_slice(&(key as u32).to_le_bytes());
            row[4] = es.len() as u8;
            for (j, (c, w)) in es.iter().enumerate() {
                row[5 + j] = *c;
                row[5 + es.len() + 2 * j..][..2].copy_from_slice(&w.to_le_bytes());
            }
            placed.keys.push(key);
            placed
                .rows
                .push(u32::try_from(at).expect("weights under 4 GB"));
            at += 5 + 3 * es.len();
        })?;
        Some(Weights {
            slots: fill_slots(n, placed),
            rows,
            mask: n - 1,
        })
    }

    /// The slot after `i` and its content.
    fn next(&self, i: usize) -> (usize, u64) {
        let i = (i + 1) & self.mask;
        (i, self.slots[i])
    }

    /// The offset of `key`'s row, probing from slot `i` (whose content is `slot`).
    fn find(&self, key: u64, mut i: usize, mut slot: u64) -> Option<usize> {
        while slot != 0 {
            let off = (slot as u32 - 1) as usize;
            if slot >> 32 == key >> 32 && compact::u32_at(&self.rows, off) == key as u32 {
                return Some(off);
            }
            (i, slot) = self.next(i);
        }
        None
    }

    /// Adds the weights of `feats` (at most [`MAX_FEATURES`]) to `scores`.
    fn score(&self, feats: &[u64], scores: &mut [i32]) {
        scores.iter_mut().for_each(|s| *s = 0);
        let feats = &feats[..feats.len().min(MAX_FEATURES)];
        // Every home slot first: independent reads, in flight together.
        let mut home = [0u64; MAX_FEATURES];
        for (h, &k) in home.iter_mut().zip(feats) {
            *h = self.slots[k as usize & self.mask];
        }
        // Then each key's probe, over slots only (its home's cache line, mostly), to the
        // slot whose upper bits match; and that row's first byte, reads again independent of
        // each other.
        let mut found = [(usize::MAX, 0u64); MAX_FEATURES];
        let mut touched = 0u8;
        for ((f, &k), &h) in found.iter_mut().zip(feats).zip(&home) {
            let (mut i, mut slot) = (k as usize & self.mask, h);
            while slot != 0 {
                if slot >> 32 == k >> 32 {
                    touched ^= self.rows[(slot as u32 - 1) as usize];
                    *f = (i, slot);
                    break;
                }
                (i, slot) = self.next(i);
            }
        }
        std::hint::black_box(touched);
        for (&(i, slot), &k) in found.iter().zip(feats) {
            if i == usize::MAX {
                continue;
            }
            let Some(off) = self.find(k, i, slot) else {
                continue;
            };
            let count = self.rows[off + 4] as usize;
            let classes = &self.rows[off + 5..off + 5 + count];
            let ws = &self.rows[off + 5 + count..off + 5 + 3 * count];
            for (&c, w) in classes.iter().zip(ws.chunks_exact(2)) {
                scores[c as usize] += i16::from_le_bytes([w[0], w[1]]) as i32;
            }
        }
    }
}

/// The `n` slots (a power of two) of keys at row offsets `placed`, by linear probing from
/// each key's home slot. Any order of insertion gives a valid table, so keys go in by region
/// of their home slot (a counting sort on its top bits first): each region's slots stay in
/// cache while it fills, where inserting in key order wrote all over a table far larger than
/// the caches, and loading the model took most of a short run's time.
fn fill_slots(n: usize, placed: Placed) -> Vec<u64> {
    let shift = n.trailing_zeros().saturating_sub(9);
    let region = |key: u64| (key as usize & (n - 1)) >> shift;
    let mut starts = vec![0usize; (n >> shift) + 1];
    for &key in &placed.keys {
        starts[region(key) + 1] += 1;
    }
    for r in 1..starts.len() {
        starts[r] += starts[r - 1];
    }
    let mut sorted = Placed {
        keys: vec![0; placed.keys.len()],
        rows: vec![0; placed.keys.len()],
    };
    for (&key, &row) in placed.keys.iter().zip(&placed.rows) {
        let r = region(key);
        sorted.keys[starts[r]] = key;
        sorted.rows[starts[r]] = row;
        starts[r] += 1;
    }
    drop(placed);
    let mut slots = vec![0u64; n];
    for (&key, &row) in sorted.keys.iter().zip(&sorted.rows) {
        let mut i = key as usize & (n - 1);
        while slots[i] != 0 {
            i = (i + 1) & (n - 1);
        }
        slots[i] = (key >> 32) << 32 | (row as u64 + 1);
    }
    slots
}

/// Keys and the offsets of their rows, in one order.
struct Placed {
    keys: Vec<u64>,
    rows: Vec<u32>,
}

/// A parse in progress, to be taken only as far as a reader needs: the parser is greedy and
/// never takes an arc back, so every arc decided so far is one of the whole sentence's tree
/// (before the root is settled: words left without a head at the end hang on the root).
pub struct Partial {
    inp: Input,
    st: State,
    n: usize,
}

/// The most features one configuration has (the templates above give 110).
const MAX_FEATURES: usize = 128;

impl Parser {
    /// The model compiled into the binary, loaded once.
    pub fn get() -> &'static Parser {
        static P: OnceLock<Parser> = OnceLock::new();
        P.get_or_init(|| Parser::from_bytes(MODEL).unwrap_or_else(Parser::empty))
    }

    fn empty() -> Parser {
        Parser {
            labels: vec!["root".into(), "dep".into()],
            root: 0,
            weights: Weights::build(0, 0, |_| Some(())).expect("an empty table"),
        }
    }

    /// The dependency labels, in the model's order.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    fn classes(&self) -> usize {
        2 + 2 * self.labels.len()
    }

    /// Parses one sentence: for each word, its head (an index into `words`, `None` for the
    /// root) and its label.
    pub fn parse(&self, words: &[Word]) -> Vec<(Option<usize>, &str)> {
        let (heads, labels) = self.parse_ids(words);
        heads
            .into_iter()
            .zip(labels)
            .map(|(h, l)| {
                let h = (h < words.len()).then_some(h);
                (h, self.labels[l].as_str())
            })
            .collect()
    }

    /// Heads (the root is `words.len()`) and label ids, one tree: several words the
    /// parser left at the root are attached to the first as `parataxis`.
    pub(crate) fn parse_ids(&self, words: &[Word]) -> (Vec<usize>, Vec<usize>) {
        let mut p = self.start(words);
        self.advance(&mut p, usize::MAX);
        self.finish_ids(p)
    }

    /// A parse of `words` not yet begun (see [`Partial`]).
    pub fn start(&self, words: &[Word]) -> Partial {
        Partial {
            inp: Input::new(words),
            st: State::new(words.len()),
            n: words.len(),
        }
    }

    /// Takes transitions until the word `past` has left the front of the buffer (every
    /// word up to it has all its left dependents, and its head if that is on its left), or
    /// to the end when `past` is the last word or beyond.
    pub fn advance(&self, p: &mut Partial, past: usize) {
        let mut feats = Vec::with_capacity(MAX_FEATURES);
        let mut scores = vec![0i32; self.classes()];
        while !p.st.terminal() && (past.saturating_add(1) >= p.n || p.st.b <= past) {
            features(&p.inp, &p.st, &mut feats);
            self.weights.score(&feats, &mut scores);
            let mut best = NONE;
            for (t, &s) in scores.iter().enumerate() {
                if p.st.legal(t, self.root) && (best == NONE || s > scores[best]) {
                    best = t;
                }
            }
            p.st.apply(best);
        }
    }

    /// The arcs a partial parse has decided, one per word: `Some((head, label))`, `None`
    /// where the word's head is not known yet — or is the root, which only the finished
    /// parse settles (one word stays there, the others hang on it).
    pub fn decided<'s>(&'s self, p: &Partial) -> Vec<Option<(usize, &'s str)>> {
        (0..p.n)
            .map(|i| {
                let h = p.st.head[i];
                (h < p.n).then(|| (h, self.labels[p.st.label[i]].as_str()))
            })
            .collect()
    }

    /// Whether a partial parse has taken its last transition.
    pub fn is_done(p: &Partial) -> bool {
        p.st.terminal()
    }

    /// Completes a parse and returns its tree (see [`Parser::parse`]).
    pub fn finish(&self, mut p: Partial) -> Vec<(Option<usize>, &str)> {
        self.advance(&mut p, usize::MAX);
        let n = p.n;
        let (heads, labels) = self.finish_ids(p);
        heads
            .into_iter()
            .zip(labels)
            .map(|(h, l)| ((h < n).then_some(h), self.labels[l].as_str()))
            .collect()
    }

    fn finish_ids(&self, p: Partial) -> (Vec<usize>, Vec<usize>) {
        let (mut heads, mut labels) = (p.st.head, p.st.label);
        heads.truncate(p.n);
        labels.truncate(p.n);
        single_root(
            &mut heads,
            &mut labels,
            self.root,
            self.label_id("parataxis"),
        );
        (heads, labels)
    }

    fn label_id(&self, l: &str) -> usize {
        self.labels.iter().position(|x| x == l).unwrap_or(self.root)
    }

    /// Reads a model written by [`Parser::to_bytes`]; `None` if it is not one.
    pub fn from_bytes(b: &[u8]) -> Option<Parser> {
        let mut r = Reader { b, at: 0 };
        if r.take(8)? != MAGIC {
            return None;
        }
        let nl = r.u32()? as usize;
        let mut labels = Vec::with_capacity(nl);
        for _ in 0..nl {
            let len = r.take(1)?[0] as usize;
            labels.push(String::from_utf8(r.take(len)?.to_vec()).ok()?);
        }
        // The scale is one positive factor on every weight: the best transition is the same
        // over the quantised sums, which add exactly.
        let _scale = f32::from_bits(r.u32()?);
        let nf = r.u32()? as usize;
        // A first pass counts the entries, so the table is made at its size once.
        let start = r.at;
        let mut entries = 0;
        for _ in 0..nf {
            r.varint()?;
            let count = r.take(1)?[0] as usize;
            r.take(3 * count)?;
            entries += count;
        }
        r.at = start;
        let weights = Weights::build(nf, entries, |put| {
            let mut key = 0u64;
            let mut row = Vec::new();
            for _ in 0..nf {
                key = key.wrapping_add(r.varint()?);
                let count = r.take(1)?[0] as usize;
                row.clear();
                for e in r.take(3 * count)?.chunks_exact(3) {
                    row.push((e[0], i16::from_le_bytes([e[1], e[2]])));
                }
                put(key, &row);
            }
            Some(())
        })?;
        let root = labels.iter().position(|l| l == "root")?;
        Some(Parser {
            labels,
            root,
            weights,
        })
    }
}

/// Leaves one word at the root: the first; the others hang from it as `parataxis`.
fn single_root(heads: &mut [usize], labels: &mut [usize], root: usize, other: usize) {
    let n = heads.len();
    let mut first = NONE;
    for i in 0..n {
        if heads[i] == n {
            if first == NONE {
                first = i;
                labels[i] = root;
            } else {
                heads[i] = first;
                labels[i] = other;
            }
        }
    }
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let s = self.b.get(self.at..self.at + n)?;
        self.at += n;
        Some(s)
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn varint(&mut self) -> Option<u64> {
        crate::compact::read_varint(self.b, &mut self.at)
    }
}

/// The Universal POS tag for a Penn Treebank tag (the usual UD English correspondence;
/// `_` when there is none).
pub fn upos(xpos: &str) -> &'static str {
    match xpos {
        "NN" | "NNS" => "NOUN",
        "NNP" | "NNPS" => "PROPN",
        "VB" | "VBD" | "VBG" | "VBN" | "VBP" | "VBZ" => "VERB",
        "MD" => "AUX",
        "JJ" | "JJR" | "JJS" | "AFX" => "ADJ",
        "RB" | "RBR" | "RBS" | "WRB" => "ADV",
        "PRP" | "PRP$" | "WP" | "WP$" | "EX" => "PRON",
        "DT" | "PDT" | "WDT" => "DET",
        "IN" | "RP" => "ADP",
        "TO" => "PART",
        "POS" => "PART",
        "CC" => "CCONJ",
        "CD" => "NUM",
        "UH" => "INTJ",
        "SYM" | "$" => "SYM",
        "," | "." | ":" | "``" | "''" | "-LRB-" | "-RRB-" | "HYPH" | "NFP" => "PUNCT",
        "FW" | "LS" | "ADD" | "GW" | "XX" => "X",
        _ => "_",
    }
}

#[cfg(test)]
mod tests;
