//! Compact forms of the tagger, the lemma table and the gazetteer, read in place.
//!
//! `build.rs` includes this file and compiles the data files (`data/model/tagger.txt`,
//! `data/model/lemmas.tsv`, `data/gazetteer/gazetteer.tsv`) into these forms at build time;
//! the crate compiles them in with `include_bytes!` and reads them where they lie, so a process
//! starts without parsing a model or building an automaton, and touches only the pages a text
//! needs. Everything is little-endian and read through safe slice reads, so nothing needs
//! alignment or a copy. The data files stay the source of truth (the training scripts write
//! them); these forms are derived from them on every build.
//!
//! Three structures:
//! - [`Table`]: a hash table from byte strings to byte strings (open addressing, FNV-1a);
//! - [`Trie`]: a byte trie whose nodes may carry a `u32`, for longest matches at a position;
//! - sections: a count and lengths, then the parts one after another.

/// FNV-1a (64 bits) over the concatenation of `parts`.
pub fn hash(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for &b in *p {
            h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

fn u16_at(b: &[u8], i: usize) -> usize {
    u16::from_le_bytes([b[i], b[i + 1]]) as usize
}

/// The little-endian `u32` at byte `i` of `b`.
pub fn u32_at(b: &[u8], i: usize) -> u32 {
    u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]])
}

const EMPTY: u32 = u32::MAX;

/// A hash table from byte strings to byte strings, read in place.
///
/// Layout: the slot count `n` (u32, a power of two); `n` slots, each the high 32 bits of its
/// key's hash (u32) and the offset of its entry in the entry area (u32, `u32::MAX` for an
/// empty slot); the entry area, each entry the key length and the value length (u16 each),
/// the key, the value. A key's first slot is its FNV-1a hash modulo `n`; collisions probe
/// the next slots. The hash bits in the slot let a probe pass a slot of another key without
/// reading its entry (most lookups of a model's features are misses).
#[derive(Clone, Copy)]
pub struct Table<'a> {
    slots: &'a [u8],
    entries: &'a [u8],
    mask: usize,
}

impl<'a> Table<'a> {
    /// The table in `bytes` (as [`write_table`] writes it).
    pub fn new(bytes: &'a [u8]) -> Table<'a> {
        let n = u32_at(bytes, 0) as usize;
        Table {
            slots: &bytes[4..4 + 8 * n],
            entries: &bytes[4 + 8 * n..],
            mask: n - 1,
        }
    }

    /// The value of `key`.
    pub fn get(&self, key: &[u8]) -> Option<&'a [u8]> {
        self.get_parts(&[key])
    }

    /// The values of `keys`, in order, into `values` (cleared first). Every key's first slot
    /// is read before any key is probed, and every probe's entry before any key is compared,
    /// so the memory reads of a batch overlap instead of each waiting on the one before (a
    /// model's table is larger than the caches close to the processor).
    pub fn get_many(&self, keys: &[&[u8]], values: &mut Vec<Option<&'a [u8]>>) {
        let hashes: Vec<u64> = keys.iter().map(|k| hash(&[k])).collect();
        let mut touched = 0u32;
        for h in &hashes {
            touched ^= u32_at(self.slots, 8 * (*h as usize & self.mask) + 4);
        }
        for &h in &hashes {
            if let Some(off) = self.candidates(h).next() {
                touched ^= self.entries[off] as u32;
            }
        }
        std::hint::black_box(touched);
        values.clear();
        values.extend(keys.iter().zip(&hashes).map(|(key, &h)| {
            self.candidates(h)
                .find_map(|off| self.entry_value(off, key.len(), |k| k == *key))
        }));
    }

    /// The value of the key that is the concatenation of `parts` (no concatenation made).
    pub fn get_parts(&self, parts: &[&[u8]]) -> Option<&'a [u8]> {
        let len: usize = parts.iter().map(|p| p.len()).sum();
        self.candidates(hash(parts))
            .find_map(|off| self.entry_value(off, len, |k| equal_parts(k, parts)))
    }

    /// The entry offsets of the slots whose hash bits are those of hash `h`, in probe order
    /// from its first slot to the first empty one.
    fn candidates(&self, h: u64) -> impl Iterator<Item = usize> + '_ {
        let tag = (h >> 32) as u32;
        let mut i = h as usize & self.mask;
        std::iter::from_fn(move || loop {
            let off = u32_at(self.slots, 8 * i + 4);
            if off == EMPTY {
                return None;
            }
            let at = i;
            i = (i + 1) & self.mask;
            if u32_at(self.slots, 8 * at) == tag {
                return Some(off as usize);
            }
        })
    }

    /// The value of the entry at `off` if its key has length `len` and `same` says it is the
    /// key sought.
    fn entry_value(
        &self,
        off: usize,
        len: usize,
        same: impl Fn(&[u8]) -> bool,
    ) -> Option<&'a [u8]> {
        let e = &self.entries[off..];
        let (kl, vl) = (u16_at(e, 0), u16_at(e, 2));
        (kl == len && same(&e[4..4 + kl])).then(|| &e[4 + kl..4 + kl + vl])
    }
}

fn equal_parts(mut key: &[u8], parts: &[&[u8]]) -> bool {
    for p in parts {
        let (a, rest) = key.split_at(p.len());
        if a != *p {
            return false;
        }
        key = rest;
    }
    true
}

/// Writes a [`Table`] of `pairs`, whose keys must be distinct. The same pairs in the same
/// order give the same bytes.
pub fn write_table(pairs: &[(Vec<u8>, Vec<u8>)]) -> Vec<u8> {
    let n = (pairs.len() * 2).next_power_of_two().max(2);
    let mut slots = vec![(0u32, EMPTY); n];
    let mut entries = Vec::new();
    for (k, v) in pairs {
        assert!(k.len() <= u16::MAX as usize && v.len() <= u16::MAX as usize);
        let off = u32::try_from(entries.len()).expect("table under 4 GB");
        entries.extend_from_slice(&(k.len() as u16).to_le_bytes());
        entries.extend_from_slice(&(v.len() as u16).to_le_bytes());
        entries.extend_from_slice(k);
        entries.extend_from_slice(v);
        let h = hash(&[k]);
        let mut i = h as usize & (n - 1);
        while slots[i].1 != EMPTY {
            i = (i + 1) & (n - 1);
        }
        slots[i] = ((h >> 32) as u32, off);
    }
    let mut out = Vec::with_capacity(4 + 8 * n + entries.len());
    out.extend_from_slice(&(n as u32).to_le_bytes());
    for (tag, off) in slots {
        out.extend_from_slice(&tag.to_le_bytes());
        out.extend_from_slice(&off.to_le_bytes());
    }
    out.extend_from_slice(&entries);
    out
}

/// A byte trie read in place; a node may carry a value (`u32`). The value holds the root's
/// children by first byte; the nodes stay in the bytes, which every call passes.
///
/// Layout: nodes one after another, the root first. A node is its value (u32, `u32::MAX` for
/// none), its child count `k` (u16), the `k` child bytes in increasing order, and the `k`
/// children's offsets (u32 each).
pub struct Trie {
    /// The root's child for each first byte (`u32::MAX` for none), so a scan that finds
    /// nothing at a position costs one read.
    root: Box<[u32; 256]>,
}

impl Trie {
    /// The trie in `nodes` (as [`write_trie`] writes it).
    pub fn new(nodes: &[u8]) -> Trie {
        let mut root = Box::new([EMPTY; 256]);
        let k = u16_at(nodes, 4);
        for c in 0..k {
            root[nodes[6 + c] as usize] = u32_at(nodes, 6 + k + 4 * c);
        }
        Trie { root }
    }

    fn child(nodes: &[u8], node: usize, b: u8) -> Option<usize> {
        let k = u16_at(nodes, node + 4);
        let labels = &nodes[node + 6..node + 6 + k];
        let c = labels.binary_search(&b).ok()?;
        Some(u32_at(nodes, node + 6 + k + 4 * c) as usize)
    }

    /// The longest key that `text[start..]` begins with and whose end in `text` `accept`
    /// takes: that end and the key's value. `nodes` are the bytes the trie was made from.
    pub fn longest_where(
        &self,
        nodes: &[u8],
        text: &[u8],
        start: usize,
        accept: impl Fn(usize) -> bool,
    ) -> Option<(usize, u32)> {
        let mut node = match text.get(start).map(|&b| self.root[b as usize]) {
            Some(n) if n != EMPTY => n as usize,
            _ => return None,
        };
        let mut best = None;
        let mut end = start + 1;
        loop {
            let v = u32_at(nodes, node);
            if v != EMPTY && accept(end) {
                best = Some((end, v));
            }
            match text.get(end).and_then(|&b| Self::child(nodes, node, b)) {
                Some(c) => {
                    node = c;
                    end += 1;
                }
                None => return best,
            }
        }
    }
}

/// Writes a [`Trie`] of `keys` with their values; of equal keys the first keeps its value.
pub fn write_trie(keys: &[(Vec<u8>, u32)]) -> Vec<u8> {
    // (value, children by byte), node 0 the root.
    let mut nodes: Vec<(u32, std::collections::BTreeMap<u8, usize>)> =
        vec![(EMPTY, Default::default())];
    for (key, value) in keys {
        assert!(*value != EMPTY);
        let mut n = 0;
        for &b in key {
            n = match nodes[n].1.get(&b) {
                Some(&c) => c,
                None => {
                    nodes.push((EMPTY, Default::default()));
                    let c = nodes.len() - 1;
                    nodes[n].1.insert(b, c);
                    c
                }
            };
        }
        if nodes[n].0 == EMPTY {
            nodes[n].0 = *value;
        }
    }
    let mut offsets = Vec::with_capacity(nodes.len());
    let mut at = 0usize;
    for (_, children) in &nodes {
        offsets.push(u32::try_from(at).expect("trie under 4 GB"));
        at += 6 + 5 * children.len();
    }
    let mut out = Vec::with_capacity(at);
    for (value, children) in &nodes {
        out.extend_from_slice(&value.to_le_bytes());
        out.extend_from_slice(&(children.len() as u16).to_le_bytes());
        out.extend(children.keys());
        for &c in children.values() {
            out.extend_from_slice(&offsets[c].to_le_bytes());
        }
    }
    out
}

/// Writes `parts` as sections: their count (u32), their lengths (u32 each), then each part.
pub fn write_sections(parts: &[&[u8]]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&(parts.len() as u32).to_le_bytes());
    for p in parts {
        out.extend_from_slice(&u32::try_from(p.len()).expect("under 4 GB").to_le_bytes());
    }
    for p in parts {
        out.extend_from_slice(p);
    }
    out
}

/// The byte ranges of the sections in `bytes` (as [`write_sections`] writes them).
pub fn sections(bytes: &[u8]) -> Vec<std::ops::Range<usize>> {
    let n = u32_at(bytes, 0) as usize;
    let mut at = 4 + 4 * n;
    (0..n)
        .map(|i| {
            let len = u32_at(bytes, 4 + 4 * i) as usize;
            at += len;
            at - len..at
        })
        .collect()
}

/// The tagger's text model (`data/model/tagger.txt`) in compact form: three sections — the
/// tags (space-separated), the tag dictionary (word → tag index, one byte), the weights
/// (feature → per tag with a weight, the tag index (one byte) and the weight (f32)). Read as
/// the text model always was: later lines win, entries with an unknown tag are left out,
/// weights keep their order (so scores sum in the same order, to the same floats).
#[allow(dead_code)] // used by build.rs
pub fn compile_tagger(model: &str) -> Vec<u8> {
    use std::collections::HashMap;
    let mut tags: Vec<&str> = Vec::new();
    let mut index: HashMap<&str, u8> = HashMap::new();
    let mut tagdict: HashMap<&str, u8> = HashMap::new();
    let mut weights: HashMap<&str, Vec<u8>> = HashMap::new();
    for line in model.lines() {
        let mut cols = line.splitn(3, '\t');
        match cols.next() {
            Some("tags") => {
                tags = cols.next().unwrap_or("").split(' ').collect();
                assert!(tags.len() <= 256, "at most 256 tags");
                index = tags
                    .iter()
                    .enumerate()
                    .map(|(i, t)| (*t, i as u8))
                    .collect();
            }
            Some("d") => {
                if let (Some(w), Some(t)) = (cols.next(), cols.next()) {
                    if let Some(&i) = index.get(t) {
                        tagdict.insert(w, i);
                    }
                }
            }
            Some("f") => {
                if let (Some(f), Some(ws)) = (cols.next(), cols.next()) {
                    let mut v = Vec::new();
                    for p in ws.split(' ') {
                        let Some((t, w)) = p.rsplit_once(':') else {
                            continue;
                        };
                        let (Some(&t), Ok(w)) = (index.get(t), w.parse::<f32>()) else {
                            continue;
                        };
                        v.push(t);
                        v.extend_from_slice(&w.to_le_bytes());
                    }
                    weights.insert(f, v);
                }
            }
            _ => {}
        }
    }
    let sorted = |m: HashMap<&str, Vec<u8>>| {
        let mut v: Vec<(Vec<u8>, Vec<u8>)> = m
            .into_iter()
            .map(|(k, v)| (k.as_bytes().to_vec(), v))
            .collect();
        v.sort();
        v
    };
    let tagdict = sorted(tagdict.into_iter().map(|(k, t)| (k, vec![t])).collect());
    let weights = sorted(weights);
    write_sections(&[
        tags.join(" ").as_bytes(),
        &write_table(&tagdict),
        &write_table(&weights),
    ])
}

/// The lemma table (`data/model/lemmas.tsv`: form, tag, lemma) as a [`Table`] from
/// `form TAB tag` to the lemma; comment lines and short lines are left out, later lines win.
#[allow(dead_code)] // used by build.rs
pub fn compile_lemmas(table: &str) -> Vec<u8> {
    let mut m = std::collections::BTreeMap::new();
    for l in table.lines().filter(|l| !l.starts_with('#')) {
        let mut c = l.split('\t');
        if let (Some(form), Some(tag), Some(lemma)) = (c.next(), c.next(), c.next()) {
            m.insert(
                format!("{form}\t{tag}").into_bytes(),
                lemma.as_bytes().to_vec(),
            );
        }
    }
    write_table(&m.into_iter().collect::<Vec<_>>())
}

/// The gazetteer (`data/gazetteer/gazetteer.tsv`) in compact form, four sections: each
/// entity's line (start and end byte offsets in the file, u32 each), in file order; ids →
/// entity index (u32; a later line wins); lowercased names → entity index (u32; the first
/// wins); the names (every name, adjective and demonym, and with a typographic apostrophe
/// (’) for one written with '), in a [`Trie`] whose values are
/// `entity << 2 | form`, the form 0 for a name, 1 for an adjective, 2 for a demonym (of equal
/// names, the first in the file). A line with fewer than 7
/// columns, or whose kind `known_kind` refuses, is an error naming the line.
pub fn compile_gazetteer(data: &str, known_kind: &dyn Fn(&str) -> bool) -> Result<Vec<u8>, String> {
    let mut lines = Vec::new();
    let mut by_id = std::collections::BTreeMap::new();
    let mut by_lower = std::collections::BTreeMap::new();
    let mut names = Vec::new();
    let base = data.as_ptr() as usize;
    for (n, line) in data.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() < 7 {
            return Err(format!(
                "line {}: {} columns, 7 or 8 expected",
                n + 1,
                c.len()
            ));
        }
        if !known_kind(c[1]) {
            return Err(format!("line {}: unknown kind '{}'", n + 1, c[1]));
        }
        let idx = u32::try_from(lines.len() / 8).expect("under 2^30 entities");
        assert!(idx < 1 << 30);
        let start = line.as_ptr() as usize - base;
        lines.extend_from_slice(&(start as u32).to_le_bytes());
        lines.extend_from_slice(&((start + line.len()) as u32).to_le_bytes());
        by_id.insert(c[0].as_bytes().to_vec(), idx.to_le_bytes().to_vec());
        for (form, field) in [c[4], c[5], c[6]].into_iter().enumerate() {
            for name in field.split('|').filter(|n| !n.is_empty()) {
                names.push((name.as_bytes().to_vec(), idx << 2 | form as u32));
                // News writes "Côte d’Ivoire" with the typographic apostrophe too.
                if name.contains('\'') {
                    let typographic = name.replace('\'', "\u{2019}");
                    names.push((typographic.into_bytes(), idx << 2 | form as u32));
                }
                if form == 0 {
                    by_lower
                        .entry(name.to_lowercase().into_bytes())
                        .or_insert_with(|| idx.to_le_bytes().to_vec());
                }
            }
        }
    }
    Ok(write_sections(&[
        &lines,
        &write_table(&by_id.into_iter().collect::<Vec<_>>()),
        &write_table(&by_lower.into_iter().collect::<Vec<_>>()),
        &write_trie(&names),
    ]))
}

/// Compiles the Census name list (`name<TAB>first|last<TAB>rank` lines) into a [`Table`] from
/// the lower-case name to its first-name and surname ranks (u32 each, 0 for none). A bad line
/// is an error naming it.
#[allow(dead_code)] // used by build.rs
pub fn compile_names(data: &str) -> Result<Vec<u8>, String> {
    let mut ranks: std::collections::BTreeMap<&str, [u32; 2]> = Default::default();
    for (n, line) in data.lines().enumerate() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let bad = || format!("line {}: expected name, first|last, rank: {line:?}", n + 1);
        let c: Vec<&str> = line.split('\t').collect();
        let [name, class, rank] = c[..] else {
            return Err(bad());
        };
        let rank: u32 = rank.parse().map_err(|_| bad())?;
        let slot = match class {
            "first" => 0,
            "last" => 1,
            _ => return Err(bad()),
        };
        ranks.entry(name).or_insert([0, 0])[slot] = rank;
    }
    let pairs: Vec<(Vec<u8>, Vec<u8>)> = ranks
        .into_iter()
        .map(|(k, [f, l])| {
            let mut v = f.to_le_bytes().to_vec();
            v.extend_from_slice(&l.to_le_bytes());
            (k.as_bytes().to_vec(), v)
        })
        .collect();
    Ok(write_table(&pairs))
}

/// The classes of `data/names/places.tsv`, in the order of their codes (1, 2, …).
#[allow(dead_code)] // used by build.rs and the recognizer's tests
pub const PLACE_CLASSES: [&str; 5] = ["continent", "division", "city1", "city2", "city3"];

/// Compiles `data/names/places.tsv` (`name<TAB>class`) into a [`Table`] from the name as
/// written (words separated by one space) to its class code (one byte, 1 + the index in
/// [`PLACE_CLASSES`]). A bad line is an error naming its number.
#[allow(dead_code)] // used by build.rs
pub fn compile_places(data: &str) -> Result<Vec<u8>, String> {
    compile_name_table(
        data,
        |line| {
            let (name, class) = line.split_once('\t')?;
            let code = PLACE_CLASSES.iter().position(|c| *c == class)?;
            let spaced = name.trim() == name && !name.contains("  ");
            spaced.then(|| (name, vec![code as u8 + 1]))
        },
        "expected name, a place class",
    )
}

/// Compiles `data/names/city_countries.tsv` (`name<TAB>QID`, `#` opening a comment line)
/// into a [`Table`] from the name as written to the QID of its country. A line that is not
/// that, or a name a second time, is an error naming its number.
#[allow(dead_code)] // used by build.rs and the gazetteer's tests
pub fn compile_city_countries(data: &str) -> Result<Vec<u8>, String> {
    compile_name_table(
        data,
        |line| {
            let mut cols = line.split('\t');
            let (Some(name), Some(qid), None) = (cols.next(), cols.next(), cols.next()) else {
                return None;
            };
            let digits = qid
                .strip_prefix('Q')
                .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()));
            (!name.trim().is_empty() && digits).then(|| (name, qid.as_bytes().to_vec()))
        },
        "not `name<TAB>QID`",
    )
}

/// Compiles the lines of a names file (`#` opening a comment line, blank lines skipped)
/// into a [`Table`] from each name to the value `parse` reads from its line. A line
/// `parse` refuses is an error naming its number, what was `expected` and the line; so is
/// a name a second time.
#[allow(dead_code)] // used by build.rs
fn compile_name_table<'d>(
    data: &'d str,
    parse: impl Fn(&'d str) -> Option<(&'d str, Vec<u8>)>,
    expected: &str,
) -> Result<Vec<u8>, String> {
    let mut seen = std::collections::BTreeMap::new();
    for (n, line) in data.lines().enumerate() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let Some((name, value)) = parse(line) else {
            return Err(format!("line {}: {expected}: {line:?}", n + 1));
        };
        if seen.insert(name, value).is_some() {
            return Err(format!("line {}: {name:?} a second time", n + 1));
        }
    }
    let pairs: Vec<(Vec<u8>, Vec<u8>)> = seen
        .into_iter()
        .map(|(k, v)| (k.as_bytes().to_vec(), v))
        .collect();
    Ok(write_table(&pairs))
}

/// Appends perceptron weight rows as `parser.bin` and `ner.bin` store them after their own
/// headers: entries below `min_weight` in magnitude dropped (and rows left empty), then the
/// scale (f32; weight = i16 × scale, the largest magnitude at 32767), the row count (u32),
/// and per row, in the given (increasing) key order, the key's difference from the previous
/// key (LEB128), the entry count (u8), and per entry the class (u8) and the weight (i16).
pub fn write_weight_rows(out: &mut Vec<u8>, rows: &[(u64, Vec<(u8, f32)>)], min_weight: f32) {
    let rows: Vec<(u64, Vec<(u8, f32)>)> = rows
        .iter()
        .map(|(k, e)| {
            (
                *k,
                e.iter()
                    .copied()
                    .filter(|x| x.1.abs() >= min_weight)
                    .collect(),
            )
        })
        .filter(|(_, e): &(u64, Vec<(u8, f32)>)| !e.is_empty())
        .collect();
    let max = rows
        .iter()
        .flat_map(|r| &r.1)
        .fold(0f32, |m, x| m.max(x.1.abs()));
    let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
    out.extend(scale.to_bits().to_le_bytes());
    out.extend((rows.len() as u32).to_le_bytes());
    let mut prev = 0u64;
    for (k, e) in &rows {
        let mut d = k.wrapping_sub(prev);
        prev = *k;
        while d >= 0x80 {
            out.push((d as u8) | 0x80);
            d >>= 7;
        }
        out.push(d as u8);
        out.push(e.len() as u8);
        for &(class, w) in e {
            out.push(class);
            out.extend(((w / scale).round() as i16).to_le_bytes());
        }
    }
}

/// The LEB128 number at `*at` of `b`, with `at` moved past it; `None` past the end of `b`
/// or beyond 64 bits.
pub fn read_varint(b: &[u8], at: &mut usize) -> Option<u64> {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let byte = *b.get(*at)?;
        *at += 1;
        v |= ((byte & 0x7f) as u64) << shift;
        if byte < 0x80 {
            return Some(v);
        }
    }
    None
}

/// Bytes of one slot of a compiled recognizer model: the key (u64), then one weight (i16)
/// per label.
pub const NER_SLOT: usize = 8 + 2 * NER_LABELS;
/// The recognizer's label count (O, then B, I, L, U for three kinds).
pub const NER_LABELS: usize = 13;

/// The slot of `key` in a table of `1 << bits` slots (keys are never 0: 0 marks a free slot).
pub fn ner_slot(key: u64, bits: u32) -> usize {
    (key.max(1).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
}

/// Compiles a recognizer model (`data/model/ner.bin`: magic, scale, feature count, then
/// delta-coded keys with (label, i16 weight) entries) into an open-addressing table read in
/// place: `bits` (u32), the scale (f32 bits), then `1 << bits` slots of [`NER_SLOT`] bytes.
/// `None` if the bytes are not such a model.
pub fn compile_ner(b: &[u8]) -> Option<Vec<u8>> {
    if b.get(..8)? != b"NKGNER01" {
        return None;
    }
    let scale = b.get(8..12)?;
    let nf = u32::from_le_bytes(b.get(12..16)?.try_into().ok()?) as usize;
    let bits = ((nf * 3 / 2).max(2))
        .next_power_of_two()
        .trailing_zeros()
        .max(1);
    let mut slots = vec![0u8; NER_SLOT << bits];
    let (mut at, mut key) = (16, 0u64);
    for _ in 0..nf {
        key = key.wrapping_add(read_varint(b, &mut at)?);
        let stored = key.max(1);
        let mut i = ner_slot(stored, bits);
        while slots[i * NER_SLOT..i * NER_SLOT + 8] != [0; 8] {
            i = (i + 1) & ((1 << bits) - 1);
        }
        let slot = &mut slots[i * NER_SLOT..(i + 1) * NER_SLOT];
        slot[..8].copy_from_slice(&stored.to_le_bytes());
        let count = *b.get(at)? as usize;
        at += 1;
        for _ in 0..count {
            let e = b.get(at..at + 3)?;
            at += 3;
            let l = e[0] as usize;
            if l >= NER_LABELS {
                return None;
            }
            slot[8 + 2 * l..10 + 2 * l].copy_from_slice(&e[1..3]);
        }
    }
    if at != b.len() {
        return None;
    }
    let mut out = bits.to_le_bytes().to_vec();
    out.extend_from_slice(scale);
    out.extend_from_slice(&slots);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_find_their_keys_and_only_them() {
        let pairs: Vec<(Vec<u8>, Vec<u8>)> = (0..1000)
            .map(|i| (format!("k{i}").into_bytes(), format!("v{i}").into_bytes()))
            .collect();
        let bytes = write_table(&pairs);
        let t = Table::new(&bytes);
        for (k, v) in &pairs {
            assert_eq!(t.get(k), Some(&v[..]));
        }
        assert_eq!(t.get_parts(&[b"k1", b"23"]), Some(&b"v123"[..]));
        assert_eq!(t.get(b"k1000"), None);
        assert_eq!(t.get(b""), None);
        let empty = write_table(&[]);
        assert_eq!(Table::new(&empty).get(b"x"), None);
    }

    #[test]
    fn many_keys_at_once_give_what_each_gives_alone() {
        let pairs: Vec<(Vec<u8>, Vec<u8>)> = (0..500)
            .map(|i| (format!("k{i}").into_bytes(), format!("v{i}").into_bytes()))
            .collect();
        let bytes = write_table(&pairs);
        let t = Table::new(&bytes);
        // Present and absent keys, a repeat, and the empty key, in one batch.
        let keys: Vec<&[u8]> = vec![b"k7", b"k500", b"k499", b"", b"k7", b"zz"];
        let mut values = vec![Some(&b"stale"[..])];
        t.get_many(&keys, &mut values);
        let want: Vec<Option<&[u8]>> = keys.iter().map(|k| t.get(k)).collect();
        assert_eq!(values, want);
        assert_eq!(values[0], Some(&b"v7"[..]));
        assert_eq!(values[1], None);
        t.get_many(&[], &mut values);
        assert!(values.is_empty());
    }

    #[test]
    fn tries_give_the_longest_key_and_the_first_value() {
        let keys: Vec<(Vec<u8>, u32)> = [("Burkina", 1), ("Burkina Faso", 2), ("B", 3), ("B", 4)]
            .iter()
            .map(|(k, v)| (k.as_bytes().to_vec(), *v))
            .collect();
        let n = write_trie(&keys);
        let t = Trie::new(&n);
        let longest = |text: &[u8], start| t.longest_where(&n, text, start, |_| true);
        assert_eq!(longest(b"Burkina Fas", 0), Some((7, 1)));
        assert_eq!(longest(b"xBurkina Faso.", 1), Some((13, 2)));
        assert_eq!(longest(b"Bu", 0), Some((1, 3)));
        assert_eq!(longest(b"Bu", 1), None);
        assert_eq!(longest(b"", 0), None);
        // The longest key whose end is accepted: "Burkina Faso" ends inside "Fasol".
        let at_space = |end: usize| b"Burkina Fasol".get(end).is_none_or(|&c| c == b' ');
        assert_eq!(
            t.longest_where(&n, b"Burkina Fasol", 0, at_space),
            Some((7, 1))
        );
    }

    #[test]
    fn sections_come_back_as_written() {
        let bytes = write_sections(&[b"ab", b"", b"cde"]);
        let s: Vec<&[u8]> = sections(&bytes).into_iter().map(|r| &bytes[r]).collect();
        assert_eq!(s, vec![&b"ab"[..], b"", b"cde"]);
    }
}
