//! Trains newskg's dependency parser (`data/model/parser.bin`) and prints its held-out scores.
//!
//! usage: train_parser TREEBANKS_DIR OUT_DIR [ITERATIONS]
//!
//! Training data: UD_English-EWT train (CC BY-SA 4.0) and the CC BY genres of UD_English-GUM
//! train, over the tags of newskg's own tagger (what the parser sees at run time) and its
//! lemmas. Held out: EWT test and PUD, also over predicted tags.

use newskg_text::analyze::parser::train::{evaluate, train, Gold, Options};
use newskg_text::analyze::parser::Parser;
use newskg_text::analyze::{lemma, tagger::Tagger};
use std::path::Path;
use std::time::Instant;

const CC_BY_GUM: &[&str] = &[
    "news",
    "interview",
    "bio",
    "voyage",
    "textbook",
    "vlog",
    "conversation",
];

/// Reads a CoNLL-U file's sentences (syntactic words only), keeping documents whose genre is
/// in `genres` when given; also returns which words are punctuation (gold UPOS `PUNCT`).
fn read_conllu(path: &Path, genres: Option<&[&str]>) -> (Vec<Gold>, Vec<Vec<bool>>) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let (mut out, mut puncts) = (Vec::new(), Vec::new());
    let mut keep = true;
    let mut rows: Vec<Vec<&str>> = Vec::new();
    for line in text.lines().chain(std::iter::once("")) {
        if let Some(doc) = line.strip_prefix("# newdoc id = ") {
            keep = genres.is_none_or(|g| g.contains(&doc.split('_').nth(1).unwrap_or("")));
        }
        if line.starts_with('#') {
            continue;
        }
        if line.is_empty() {
            if !rows.is_empty() && keep {
                puncts.push(rows.iter().map(|r| r[3] == "PUNCT").collect());
                out.push(gold(&rows));
            }
            rows.clear();
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() == 10 && !cols[0].contains(['-', '.']) {
            rows.push(cols);
        }
    }
    (out, puncts)
}

/// A gold sentence over the tagger's tags and newskg's lemmas.
fn gold(rows: &[Vec<&str>]) -> Gold {
    let n = rows.len();
    let forms: Vec<String> = rows.iter().map(|r| r[1].to_string()).collect();
    let words: Vec<&str> = forms.iter().map(String::as_str).collect();
    let tags: Vec<String> = Tagger::get().tag(&words).iter().map(|t| t.to_string()).collect();
    let lemmas = forms
        .iter()
        .zip(&tags)
        .map(|(f, t)| lemma::lemma(f, &f.to_lowercase(), t))
        .collect();
    let heads = rows
        .iter()
        .map(|r| match r[6].parse::<usize>().unwrap_or(0) {
            0 => n,
            h => h - 1,
        })
        .collect();
    let labels = rows.iter().map(|r| r[7].to_string()).collect();
    Gold {
        forms,
        tags,
        lemmas,
        heads,
        labels,
    }
}

fn report(name: &str, parser: &Parser, data: &(Vec<Gold>, Vec<Vec<bool>>)) {
    let s = evaluate(parser, &data.0, &data.1);
    let pct = |x: usize, k: usize| 100.0 * x as f64 / s.total[k] as f64;
    println!(
        "{name:<10} UAS {:.2}  LAS {:.2}  (CoNLL18 LAS, universal labels: {:.2})  | without punctuation: UAS {:.2}  LAS {:.2}  ({} words)",
        pct(s.uas[0], 0),
        pct(s.las[0], 0),
        pct(s.ulas[0], 0),
        pct(s.uas[1], 1),
        pct(s.las[1], 1),
        s.total[0]
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let tb = Path::new(args.get(1).map(String::as_str).unwrap_or("../shared/data/treebanks"));
    let out = Path::new(args.get(2).map(String::as_str).unwrap_or("data/model"));
    let mut opts = Options::default();
    if let Some(it) = args.get(3) {
        opts.iterations = it.parse().expect("ITERATIONS is a number");
    }
    let ewt = tb.join("UD_English-EWT");
    let (mut data, _) = read_conllu(&ewt.join("en_ewt-ud-train.conllu"), None);
    let gum = tb.join("UD_English-GUM/en_gum-ud-train.conllu");
    data.extend(read_conllu(&gum, Some(CC_BY_GUM)).0);
    let words: usize = data.iter().map(|s| s.forms.len()).sum();
    eprintln!("training on {} sentences, {words} words", data.len());
    let start = Instant::now();
    let bytes = train(&data, &opts);
    let secs = start.elapsed().as_secs_f64();
    std::fs::create_dir_all(out).expect("creating OUT_DIR");
    std::fs::write(out.join("parser.bin"), &bytes).expect("writing parser.bin");
    let parser = Parser::from_bytes(&bytes).expect("the model just written");
    println!(
        "trained in {secs:.0}s ({} iterations); model {:.1} MB",
        opts.iterations,
        bytes.len() as f64 / 1e6
    );
    report("EWT dev", &parser, &read_conllu(&ewt.join("en_ewt-ud-dev.conllu"), None));
    report("EWT test", &parser, &read_conllu(&ewt.join("en_ewt-ud-test.conllu"), None));
    let pud = tb.join("UD_English-PUD/en_pud-ud-test.conllu");
    report("PUD", &parser, &read_conllu(&pud, None));
}
