//! CoNLL-U output: owns the writing of an analysed (and parsed) document in the Universal
//! Dependencies format, one sentence after another.

use super::{parser::upos, Doc};
use std::fmt::Write;

/// The document in CoNLL-U: `# sent_id` and `# text` per sentence, then one line per token
/// with ID, FORM, LEMMA, UPOS (mapped from the tag), XPOS, FEATS `_`, HEAD, DEPREL, DEPS `_`
/// and MISC (`NER=B-ORG` and the like on the words of the recognizer's names, IOB2 with
/// `PER`, `ORG`, `LOC`; `SpaceAfter=No` where no space follows). HEAD and DEPREL are `_`
/// for a document that was not parsed.
pub fn to_conllu(doc: &Doc) -> String {
    let mut ner: Vec<Option<String>> = vec![None; doc.tokens.len()];
    for n in &doc.names {
        for (k, slot) in ner[n.start..n.end].iter_mut().enumerate() {
            let pos = if k == 0 { 'B' } else { 'I' };
            *slot = Some(format!("NER={pos}-{}", n.kind.code()));
        }
    }
    let mut out = String::new();
    for (k, s) in doc.sentences.iter().enumerate() {
        let text: String = doc
            .sentence_text(k)
            .chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .collect();
        let _ = writeln!(out, "# sent_id = {}\n# text = {text}", k + 1);
        for i in s.tokens.clone() {
            let t = &doc.tokens[i];
            let (head, deprel) = if t.deprel.is_empty() {
                ("_".to_string(), "_")
            } else {
                let h = t.head.map_or(0, |h| h - s.tokens.start + 1);
                (h.to_string(), t.deprel)
            };
            let glued = doc.tokens.get(i + 1).is_some_and(|n| n.start == t.end);
            let misc: Vec<&str> = (ner[i].as_deref().into_iter())
                .chain(glued.then_some("SpaceAfter=No"))
                .collect();
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t_\t{head}\t{deprel}\t_\t{}",
                i - s.tokens.start + 1,
                clean(&t.text),
                clean(&t.lemma),
                upos(t.tag),
                if t.tag.is_empty() { "_" } else { t.tag },
                if misc.is_empty() {
                    "_".to_string()
                } else {
                    misc.join("|")
                }
            );
        }
        out.push('\n');
    }
    out
}

/// A field with no whitespace in it (CoNLL-U forbids tabs and newlines, and spaces read
/// badly); an empty field is `_`.
fn clean(s: &str) -> String {
    if s.is_empty() {
        return "_".into();
    }
    s.chars()
        .map(|c| if c.is_whitespace() { '_' } else { c })
        .collect()
}
