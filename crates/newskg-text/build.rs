//! Compiles the tagger, the lemma table and the gazetteer into the compact forms the crate
//! reads in place (`src/compact.rs`), so no process parses them at start-up.

use std::path::PathBuf;

#[allow(dead_code)]
#[path = "src/compact.rs"]
mod compact;

fn read(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn main() {
    println!("cargo:rerun-if-changed=src/compact.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    let write = |name: &str, bytes: Vec<u8>| {
        std::fs::write(out.join(name), bytes).unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    write(
        "tagger.bin",
        compact::compile_tagger(&read("../../data/model/tagger.txt")),
    );
    write(
        "lemmas.bin",
        compact::compile_lemmas(&read("../../data/model/lemmas.tsv")),
    );
    // Kinds are checked when an entity is read (and for every built-in entity by a unit
    // test): the build script does not know newskg-model's vocabulary.
    let gazetteer =
        compact::compile_gazetteer(&read("../../data/gazetteer/gazetteer.tsv"), &|_| true)
            .unwrap_or_else(|e| panic!("data/gazetteer/gazetteer.tsv: {e}"));
    write("gazetteer.bin", gazetteer);
}
