//! Compiles the tagger, the lemma table, the gazetteer, the Census name list, the place
//! names, the cities' countries and the recognizer's weights into the compact forms the crate reads in place
//! (`src/compact.rs`), so no process parses them at start-up.

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
    let names = compact::compile_names(&read("../../data/names/census.tsv"))
        .unwrap_or_else(|e| panic!("data/names/census.tsv: {e}"));
    write("names.bin", names);
    let places = compact::compile_places(&read("../../data/names/places.tsv"))
        .unwrap_or_else(|e| panic!("data/names/places.tsv: {e}"));
    write("places.bin", places);
    let cities = compact::compile_city_countries(&read("../../data/names/city_countries.tsv"))
        .unwrap_or_else(|e| panic!("data/names/city_countries.tsv: {e}"));
    write("city_countries.bin", cities);
    println!("cargo:rerun-if-changed=../../data/model/ner.bin");
    let model = std::fs::read("../../data/model/ner.bin").expect("data/model/ner.bin");
    // An empty or foreign file gives an empty table: the recognizer then finds nothing,
    // as before a model is trained.
    write(
        "ner.bin",
        compact::compile_ner(&model).unwrap_or_else(|| {
            1u32.to_le_bytes()
                .iter()
                .copied()
                .chain(1f32.to_le_bytes())
                .chain(vec![0u8; 2 * compact::NER_SLOT])
                .collect()
        }),
    );
}
