//! Trains newskg's dependency parser (`data/model/parser.bin`) and prints its held-out scores.
//!
//! usage: train_parser TREEBANKS_DIR OUT_DIR [ITERATIONS]  (NO_JACKKNIFE=1: train over the
//! shipped tagger's tags instead of ten-fold jack-knifed ones)
//!
//! Training data: UD_English-EWT train (CC BY-SA 4.0) and the CC BY genres of UD_English-GUM
//! train, over the tags of newskg's own tagger (what the parser sees at run time) and its
//! lemmas. Held out: EWT test and PUD, also over predicted tags.

use newskg_text::analyze::parser::train::{evaluate, train, Gold, Options};
use newskg_text::analyze::parser::Parser;
use newskg_text::analyze::{lemma, tagger::Tagger};
use std::path::Path;

mod jackknife;

/// Held-out sentences, punctuation flags and gold tags.
type Data = (Vec<Gold>, Vec<Vec<bool>>, Vec<Vec<String>>);
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
fn read_conllu(path: &Path, genres: Option<&[&str]>) -> Data {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let (mut out, mut puncts, mut xpos) = (Vec::new(), Vec::new(), Vec::new());
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
                xpos.push(rows.iter().map(|r| r[4].to_string()).collect());
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
    (out, puncts, xpos)
}

/// Replaces the training sentences' tags (and lemmas) by ten-fold jack-knifed ones.
fn jackknife_tags(data: &mut [Gold], gold_tags: &[Vec<String>]) {
    let sents: Vec<Vec<(String, String)>> = data
        .iter()
        .zip(gold_tags)
        .map(|(s, t)| s.forms.iter().cloned().zip(t.iter().cloned()).collect())
        .collect();
    let tags = jackknife::tag_folds(&sents, 10);
    let (mut right, mut total) = (0, 0);
    for ((s, t), g) in data.iter_mut().zip(tags).zip(gold_tags) {
        right += t.iter().zip(g).filter(|(a, b)| a == b).count();
        total += t.len();
        s.lemmas = s
            .forms
            .iter()
            .zip(&t)
            .map(|(f, t)| lemma::lemma(f, &f.to_lowercase(), t))
            .collect();
        s.tags = t;
    }
    eprintln!(
        "jack-knifed tags: {:.4} accurate",
        right as f64 / total as f64
    );
}

/// A gold sentence over the tagger's tags and newskg's lemmas.
fn gold(rows: &[Vec<&str>]) -> Gold {
    let n = rows.len();
    let forms: Vec<String> = rows.iter().map(|r| r[1].to_string()).collect();
    let words: Vec<&str> = forms.iter().map(String::as_str).collect();
    let tags: Vec<String> = Tagger::get()
        .tag(&words)
        .iter()
        .map(|t| t.to_string())
        .collect();
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

fn report(name: &str, parser: &Parser, data: &Data) {
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
    let tb = Path::new(
        args.get(1)
            .map(String::as_str)
            .unwrap_or("../shared/data/treebanks"),
    );
    let out = Path::new(args.get(2).map(String::as_str).unwrap_or("data/model"));
    let mut opts = Options::default();
    if let Some(it) = args.get(3) {
        opts.iterations = it.parse().expect("ITERATIONS is a number");
    }
    let ewt = tb.join("UD_English-EWT");
    if std::env::var_os("EVAL_ONLY").is_some() {
        // Scores the shipped model without training.
        let parser = Parser::get();
        for (name, path) in [
            ("EWT dev", ewt.join("en_ewt-ud-dev.conllu")),
            ("EWT test", ewt.join("en_ewt-ud-test.conllu")),
            ("PUD", tb.join("UD_English-PUD/en_pud-ud-test.conllu")),
        ] {
            report(name, parser, &read_conllu(&path, None));
        }
        return;
    }
    let (mut data, _, mut gold_tags) = read_conllu(&ewt.join("en_ewt-ud-train.conllu"), None);
    let gum = tb.join("UD_English-GUM/en_gum-ud-train.conllu");
    let (gum, _, gum_tags) = read_conllu(&gum, Some(CC_BY_GUM));
    data.extend(gum);
    gold_tags.extend(gum_tags);
    let start = Instant::now();
    if std::env::var_os("NO_JACKKNIFE").is_none() {
        jackknife_tags(&mut data, &gold_tags);
    }
    let words: usize = data.iter().map(|s| s.forms.len()).sum();
    eprintln!("training on {} sentences, {words} words", data.len());
    let trained = train(&data, &opts);
    let secs = start.elapsed().as_secs_f64();
    let dev = read_conllu(&ewt.join("en_ewt-ud-dev.conllu"), None);
    if let Ok(sweep) = std::env::var("PRUNE_SWEEP") {
        for m in sweep.split(',') {
            let bytes = trained.to_bytes(m.parse().expect("PRUNE_SWEEP: numbers"));
            let p = Parser::from_bytes(&bytes).expect("a model");
            report(
                &format!("dev@{m} {:.1}MB", bytes.len() as f64 / 1e6),
                &p,
                &dev,
            );
        }
    }
    let bytes = trained.to_bytes(opts.min_weight);
    std::fs::create_dir_all(out).expect("creating OUT_DIR");
    std::fs::write(out.join("parser.bin"), &bytes).expect("writing parser.bin");
    let parser = Parser::from_bytes(&bytes).expect("the model just written");
    println!(
        "trained in {secs:.0}s ({} iterations); model {:.1} MB",
        opts.iterations,
        bytes.len() as f64 / 1e6
    );
    report("EWT dev", &parser, &dev);
    report(
        "EWT test",
        &parser,
        &read_conllu(&ewt.join("en_ewt-ud-test.conllu"), None),
    );
    let pud = tb.join("UD_English-PUD/en_pud-ud-test.conllu");
    report("PUD", &parser, &read_conllu(&pud, None));
}
