//! Trains newskg's named-entity recognizer (`data/model/ner.bin`) and prints its scores on
//! held-out data.
//!
//! usage: train_ner SHARED_DATA_DIR OUT_FILE [EPOCHS]
//!
//! Training data (what may ship): the named persons, organisations and places of GUM's CC BY
//! genres (from its entity annotations, see `gum.rs`) and UNER English EWT dev (CC BY-SA
//! 4.0), over the tags of newskg's own tagger. Development data, for choosing the epochs and
//! reported here: GUM dev (CC BY genres) and CoNLL-2003 valid (evaluation only: nothing is
//! trained on it). The test figures come from `benches/ner_compare.py`.

mod data;
mod gum;

use data::{score, Docs};
use newskg_text::analyze::ner::train::Trainer;
use newskg_text::analyze::ner::Recognizer;
use std::path::Path;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: train_ner SHARED_DATA_DIR OUT_FILE [EPOCHS]");
        std::process::exit(2);
    }
    let shared = Path::new(&args[1]);
    let out = Path::new(&args[2]);
    let epochs: usize = args.get(3).and_then(|e| e.parse().ok()).unwrap_or(12);
    let t0 = Instant::now();
    let gum_dir = shared.join("treebanks/UD_English-GUM");
    let mut train = gum::read(&gum_dir.join("en_gum-ud-train.conllu"));
    let gum_n = train.len();
    train.extend(data::read_iob2(
        &shared.join("ner/UNER_English-EWT/en_ewt-ud-dev.iob2"),
    ));
    let capitals = data::in_capitals(&train, 5);
    train.extend(capitals);
    let dev: Vec<(&str, Docs)> = vec![
        ("GUM dev", gum::read(&gum_dir.join("en_gum-ud-dev.conllu"))),
        (
            "CoNLL-2003 valid",
            data::read_conll(&shared.join("corpora/conll2003/valid.txt")),
        ),
    ];
    let words: usize = train.iter().flat_map(|d| &d.sentences).map(Vec::len).sum();
    eprintln!(
        "train: {} GUM + {} UNER EWT documents, {words} words; read and tagged in {:.1}s",
        gum_n,
        train.len() - gum_n,
        t0.elapsed().as_secs_f64()
    );
    let mut trainer = Trainer::default();
    for e in 0..epochs {
        // A fixed shuffle per epoch, so the model is the same on every run.
        data::shuffle(&mut train, e as u64);
        let errors = trainer.epoch(&train);
        eprintln!("epoch {:>2}: {errors} words wrong", e + 1);
    }
    let bytes = trainer.to_bytes(MIN_WEIGHT);
    std::fs::write(out, &bytes).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    eprintln!(
        "wrote {} ({:.1} MB) after {:.1}s",
        out.display(),
        bytes.len() as f64 / 1e6,
        t0.elapsed().as_secs_f64()
    );
    let r = Recognizer::with_model(trainer.model(MIN_WEIGHT).expect("model reads back"));
    for (name, docs) in &dev {
        println!("{name}: {}", score(&r, docs));
    }
}

/// Weights smaller than this are left out of the shipped model.
const MIN_WEIGHT: f32 = 0.05;
