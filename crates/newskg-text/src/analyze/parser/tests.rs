//! Parser tests on sentences written for them: only unambiguous arcs are asserted.

use crate::analyze::{analyze_parsed, Doc};

/// The (head text, label) of the first token reading `word`.
fn arc(d: &Doc, word: &str) -> (String, &'static str) {
    let t = d
        .tokens
        .iter()
        .find(|t| t.text == word)
        .unwrap_or_else(|| panic!("no token {word}"));
    let head = t
        .head
        .map_or("ROOT".to_string(), |h| d.tokens[h].text.clone());
    (head, t.deprel)
}

fn check(text: &str, arcs: &[(&str, &str, &str)]) {
    let d = analyze_parsed(text);
    let all: Vec<String> = d
        .tokens
        .iter()
        .map(|t| format!("{}/{} {:?} {}", t.text, t.tag, t.head, t.deprel))
        .collect();
    for &(dep, head, label) in arcs {
        assert_eq!(
            arc(&d, dep),
            (head.to_string(), label),
            "{dep} in {text:?}: {all:?}"
        );
    }
}

#[test]
fn subject_and_object() {
    check(
        "The soldiers left the base.",
        &[
            ("soldiers", "left", "nsubj"),
            ("base", "left", "obj"),
            ("left", "ROOT", "root"),
            ("The", "soldiers", "det"),
        ],
    );
}

#[test]
fn passive_with_agent() {
    check(
        "The village was attacked by the rebels.",
        &[
            ("village", "attacked", "nsubj:pass"),
            ("was", "attacked", "aux:pass"),
            ("rebels", "attacked", "obl:agent"),
            ("by", "rebels", "case"),
        ],
    );
}

#[test]
fn relative_clause() {
    check(
        "The man who sold the car moved to Paris.",
        &[
            ("sold", "man", "acl:relcl"),
            ("who", "sold", "nsubj"),
            ("car", "sold", "obj"),
            ("man", "moved", "nsubj"),
            ("Paris", "moved", "obl"),
        ],
    );
}

#[test]
fn coordination() {
    check(
        "Soldiers and police arrived in the city.",
        &[
            ("police", "Soldiers", "conj"),
            ("and", "police", "cc"),
            ("Soldiers", "arrived", "nsubj"),
        ],
    );
}

#[test]
fn every_sentence_is_one_tree() {
    let d = analyze_parsed("France withdrew its troops. Mali's junta, which took power in 2021, had asked them to leave the country quickly.");
    for s in &d.sentences {
        let roots = s
            .tokens
            .clone()
            .filter(|&i| d.tokens[i].head.is_none())
            .count();
        assert_eq!(roots, 1);
        for i in s.tokens.clone() {
            // Every head lies in the sentence and every chain reaches the root.
            let mut h = i;
            for _ in 0..s.tokens.len() {
                match d.tokens[h].head {
                    Some(x) => {
                        assert!(s.tokens.contains(&x));
                        h = x;
                    }
                    None => break,
                }
            }
            assert!(d.tokens[h].head.is_none(), "cycle through token {i}");
        }
    }
}

#[test]
fn a_parse_taken_part_of_the_way_holds_only_arcs_of_the_whole_tree() {
    use crate::analyze::{analyze, SentenceParse};
    let d = analyze(
        "TUNIS, Sept. 9 - Officials who had met the envoys on Monday said that the \
         rebels, whom the army had driven out of the town, agreed to lay down their arms.",
    );
    assert_eq!(d.sentences.len(), 1);
    let range = d.sentences[0].tokens.clone();
    let whole = SentenceParse::new(&d, 0).finish();
    let mut undecided_seen = false;
    for k in range.clone() {
        let mut p = SentenceParse::new(&d, 0);
        p.advance(k);
        let so_far = p.decided();
        for (i, arc) in so_far.iter().enumerate() {
            match arc {
                Some(a) => assert_eq!(*a, whole[i], "token {i} after advancing past {k}"),
                None => undecided_seen = true,
            }
        }
        // Past a token, every token before it whose head is up to it has that head (the
        // dateline's words hang on the root only when the parse is finished).
        for (i, w) in whole.iter().enumerate() {
            let d = range.start + i;
            if let (Some(h), false) = (w.0, w.1 == "dep") {
                if d < k && h <= k {
                    assert!(so_far[i].is_some(), "token {d}'s arc to {h}, past {k}");
                }
            }
        }
    }
    assert!(undecided_seen, "a partial parse leaves some heads open");
}

/// The weight table finds every key it was built with and no other, whatever order the keys
/// went in: keys that share a home slot, keys whose probes run past the end of the table,
/// and a key that matches another's upper bits only.
#[test]
fn the_weight_table_finds_every_key_it_holds() {
    use super::Weights;
    let keys: Vec<u64> = (0..40u64)
        .map(|i| (i << 32) | (i % 4))
        .chain([(7 << 32) | 63, (9 << 32) | 62, (9 << 32) | 61])
        .collect();
    let w = Weights::build(keys.len(), keys.len(), |put| {
        for (j, &k) in keys.iter().enumerate() {
            put(k, &[((j % 3) as u8, j as i16 + 1)]);
        }
        Some(())
    })
    .expect("a table");
    let mut scores = [0i32; 3];
    for (j, &k) in keys.iter().enumerate() {
        w.score(&[k], &mut scores);
        let mut want = [0; 3];
        want[j % 3] = j as i32 + 1;
        assert_eq!(scores, want, "key {k:#x}");
    }
    w.score(&[(3 << 32) | 2, (41 << 32) | 5], &mut scores);
    assert_eq!(scores, [0; 3], "keys not in the table score nothing");
}
