//! `newskg extract --format conllu`: the CoNLL-U layout and a few arcs of the shipped parser
//! on sentences written for this test.

mod common;
use common::*;

#[test]
fn extract_writes_conllu_with_a_parse() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("article.txt");
    std::fs::write(&article, "The soldiers left the base. They flew home.\n").unwrap();
    let out = ok(
        &dir.path().join("store"),
        &["extract", article.to_str().unwrap(), "--format", "conllu"],
    );
    let blocks: Vec<&str> = out.trim_end().split("\n\n").collect();
    assert_eq!(blocks.len(), 2, "{out}");
    let lines: Vec<&str> = blocks[0].lines().collect();
    assert_eq!(lines[0], "# sent_id = 1");
    assert_eq!(lines[1], "# text = The soldiers left the base.");
    let rows: Vec<Vec<&str>> = lines[2..].iter().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 6);
    for (i, r) in rows.iter().enumerate() {
        assert_eq!(r.len(), 10, "{r:?}");
        assert_eq!(r[0], (i + 1).to_string());
        assert_eq!((r[5], r[8]), ("_", "_"));
    }
    let row = |form: &str| rows.iter().find(|r| r[1] == form).unwrap().clone();
    assert_eq!(row("soldiers")[2..5], ["soldier", "NOUN", "NNS"]);
    assert_eq!(row("left")[6..8], ["0", "root"]);
    assert_eq!(row("soldiers")[6..8], ["3", "nsubj"]);
    assert_eq!(row("base")[6..8], ["3", "obj"]);
    // "base" is glued to the period; the period ends the sentence before a space.
    assert_eq!(row("base")[9], "SpaceAfter=No");
    assert_eq!(row(".")[9], "_");
    assert!(blocks[1].starts_with("# sent_id = 2\n# text = They flew home.\n"));
}

#[test]
fn conllu_marks_the_recognizers_names_in_misc() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("article.txt");
    std::fs::write(
        &article,
        "Marion Harlow of the National Audit Office flew to Paris.\n",
    )
    .unwrap();
    let out = ok(
        &dir.path().join("store"),
        &["extract", article.to_str().unwrap(), "--format", "conllu"],
    );
    let misc: Vec<(String, String)> = (out.lines())
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f[1].to_string(), f[9].to_string())
        })
        .collect();
    let want = [
        ("Marion", "NER=B-PER"),
        ("Harlow", "NER=I-PER"),
        ("of", "_"),
        ("the", "_"),
        ("National", "NER=B-ORG"),
        ("Audit", "NER=I-ORG"),
        ("Office", "NER=I-ORG"),
        ("flew", "_"),
        ("to", "_"),
        ("Paris", "NER=B-LOC|SpaceAfter=No"),
        (".", "_"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(misc, want, "{out}");
}
