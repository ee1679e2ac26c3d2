//! Prints the tags and dependency tree the analysis gives each sentence of a text read from
//! stdin: one token a line, `index form tag lemma head label` (a debugging aid).

use std::io::Read;

fn main() {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .expect("reading stdin");
    let doc = newskg_text::analyze::analyze(&text);
    for si in 0..doc.sentences.len() {
        let arcs = newskg_text::analyze::parse_sentence(&doc, si);
        for (k, (h, l)) in doc.sentences[si].tokens.clone().zip(arcs) {
            let t = &doc.tokens[k];
            let h = h.map_or("-".to_string(), |h| h.to_string());
            println!("{k}\t{}\t{}\t{}\t{h}\t{l}", t.text, t.tag, t.lemma);
        }
        println!();
    }
}
