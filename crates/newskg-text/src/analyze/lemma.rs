//! Lemmas: a table of irregular and frequent forms from UD English (data/model/lemmas.tsv),
//! then suffix rules by part of speech.

use crate::compact::Table;

/// The table in compact form (`form TAB tag` → lemma), compiled from `data/model/lemmas.tsv`
/// by `build.rs` (`crate::compact::compile_lemmas`) and read in place.
const TABLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lemmas.bin"));

/// The table's lemma for a lowercase form and tag.
fn table(lower: &str, tag: &str) -> Option<&'static str> {
    Table::new(TABLE)
        .get_parts(&[lower.as_bytes(), b"\t", tag.as_bytes()])
        .map(|l| std::str::from_utf8(l).expect("lemmas are UTF-8"))
}

/// Whether a lowercase word is a past-tense verb form in the lemma table ("left", "fled").
pub fn is_past_form(lower: &str) -> bool {
    table(lower, "VBD").is_some()
}

/// Whether a lowercase word is a verb's base form: the table has it as one ("hold"), or
/// gives it as the lemma of a past or "-ing" form ("visited" → "visit", "beginning" →
/// "begin").
pub fn is_base_form(lower: &str) -> bool {
    if table(lower, "VB").is_some() {
        return true;
    }
    let stem = lower.strip_suffix('e').unwrap_or(lower);
    // A final consonant doubles before the ending: "begin" → "beginning", "plan" →
    // "planned".
    let last = lower.chars().last().unwrap_or('e');
    let forms = [
        format!("{lower}ed"),
        format!("{lower}d"),
        format!("{lower}ing"),
        format!("{stem}ing"),
        format!("{lower}{last}ing"),
        format!("{lower}{last}ed"),
    ];
    lemma_of_a_form(lower, &forms)
}

/// Whether `stem` is the lemma the table gives one of `forms` read as a past or "-ing"
/// form.
fn lemma_of_a_form(stem: &str, forms: &[String]) -> bool {
    forms.iter().any(|f| {
        ["VBD", "VBN", "VBG"]
            .iter()
            .any(|tag| table(f, tag) == Some(stem))
    })
}

/// Whether a lowercase word is a past-tense form that is never a present-tense one in the
/// lemma table ("struck", "fled"; not "were" or "had", which the treebanks also tag VBP).
pub fn is_only_past_form(lower: &str) -> bool {
    is_past_form(lower) && table(lower, "VBP").is_none() && table(lower, "VB").is_none()
}

/// Whether a lowercase word ending in "s" is a verb's present third-person form: its
/// stem ("seals" → "seal", "pushes" → "push", "carries" → "carry") is the lemma the table
/// gives a past or "-ing" form of ("sealed", "pushing").
pub fn present_third_person_of_a_verb(lower: &str) -> bool {
    let Some(base) = lower.strip_suffix('s') else {
        return false;
    };
    let mut stems = vec![base.to_string()];
    if let Some(b) = base.strip_suffix("ie") {
        stems.push(format!("{b}y"));
    }
    if let Some(b) = base.strip_suffix('e') {
        stems.push(b.to_string());
    }
    stems.iter().filter(|s| s.len() > 2).any(|stem| {
        let forms = [
            format!("{stem}ed"),
            format!("{stem}d"),
            format!("{stem}ing"),
            format!("{}ied", stem.trim_end_matches('y')),
        ];
        lemma_of_a_form(stem, &forms)
    })
}

/// The lemma of a token given its text, lowercased form and tag.
pub fn lemma(text: &str, lower: &str, tag: &str) -> String {
    if tag.starts_with("NNP") {
        return text.to_string();
    }
    if let Some(l) = table(lower, tag) {
        return l.to_string();
    }
    let w = lower;
    match tag {
        "NNS" => noun_singular(w),
        "VBZ" => noun_singular(w),
        // A contracted "had" ("they'd left").
        "VBD" | "VBN" if matches!(w, "'d" | "’d") => "have".to_string(),
        "VBD" | "VBN" => strip_ed(w),
        "VBG" => strip_ing(w),
        // The modals a split "n't" leaves: "wo n't", "ca n't", "sha n't"; and contracted
        // ones: "we 'll", "I 'd".
        "MD" => match w {
            "wo" | "'ll" | "’ll" => "will",
            "ca" => "can",
            "sha" => "shall",
            "'d" | "’d" => "would",
            _ => w,
        }
        .to_string(),
        _ => w.to_string(),
    }
}

fn noun_singular(w: &str) -> String {
    if let Some(s) = w.strip_suffix("ies").filter(|s| s.len() > 1) {
        return format!("{s}y");
    }
    for suf in ["sses", "shes", "ches", "xes", "zes"] {
        if w.ends_with(suf) {
            return w[..w.len() - 2].to_string();
        }
    }
    if w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return w.to_string();
    }
    w.strip_suffix('s').unwrap_or(w).to_string()
}

fn undouble(s: &str) -> String {
    let b = s.as_bytes();
    // Only an ASCII doubled consonant is undone; bytes of a wider character are not letters.
    if b.len() >= 3
        && b[b.len() - 1].is_ascii_alphabetic()
        && b[b.len() - 1] == b[b.len() - 2]
        && !matches!(b[b.len() - 1], b'l' | b's' | b'z' | b'f')
    {
        return s[..s.len() - 1].to_string();
    }
    s.to_string()
}

/// Whether a stem left by removing "-ed"/"-ing" lost a silent "e" ("toppl", "arriv", "caus").
fn needs_e(s: &str) -> bool {
    let b = s.as_bytes();
    let n = b.len();
    if n == 0 || !b[n - 1].is_ascii() {
        return false;
    }
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    match b[n - 1] {
        b'v' | b'c' | b'g' | b'z' | b'u' => true,
        // "toppl", and a stem of one syllable ending in a single vowel and "l": "rul",
        // "fil", "smil" (not "fail", "feel", "cancel").
        b'l' => {
            n >= 2 && !vowel(b[n - 2]) && b[n - 2] != b'l' && b[n - 2] != b'r'
                || n >= 3
                    && vowel(b[n - 2])
                    && !vowel(b[n - 3])
                    && !b[..n - 2].iter().any(|&c| vowel(c))
        }
        b's' => n >= 2 && vowel(b[n - 2]) && !(n >= 3 && vowel(b[n - 3])),
        b't' => s.ends_with("at") && n > 3,
        _ => false,
    }
}

fn strip_ed(w: &str) -> String {
    if let Some(s) = w.strip_suffix("ied") {
        return format!("{s}y");
    }
    strip_inflection(w, "ed")
}

fn strip_ing(w: &str) -> String {
    strip_inflection(w, "ing")
}

/// `w` without the inflection `suffix`, its stem repaired: a doubled final consonant undone
/// ("stopped" → "stop"), a silent "e" restored ("moved" → "move"); `w` itself when the stem
/// would be shorter than two letters.
fn strip_inflection(w: &str, suffix: &str) -> String {
    let Some(s) = w.strip_suffix(suffix).filter(|s| s.len() >= 2) else {
        return w.to_string();
    };
    let u = undouble(s);
    if u.len() < s.len() {
        return u;
    }
    if needs_e(s) {
        return format!("{s}e");
    }
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::{lemma, table};

    #[test]
    fn forms() {
        assert_eq!(lemma("troops", "troops", "NNS"), "troop");
        assert_eq!(lemma("left", "left", "VBD"), "leave");
        assert_eq!(lemma("withdrawing", "withdrawing", "VBG"), "withdraw");
        assert_eq!(lemma("toppled", "toppled", "VBD"), "topple");
        assert_eq!(lemma("Niger", "niger", "NNP"), "Niger");
        assert_eq!(lemma("stationed", "stationed", "VBN"), "station");
        assert_eq!(lemma("ruled", "ruled", "VBD"), "rule");
        assert_eq!(lemma("filing", "filing", "VBG"), "file");
        assert_eq!(lemma("failed", "failed", "VBD"), "fail");
        assert_eq!(lemma("feeling", "feeling", "VBG"), "feel");
    }

    /// The compact table holds what the text table says (later lines win), and nothing else.
    #[test]
    fn the_compact_table_is_the_text_table() {
        let text = include_str!("../../../../data/model/lemmas.tsv");
        let mut want = std::collections::HashMap::new();
        for l in text.lines().filter(|l| !l.starts_with('#')) {
            let c: Vec<&str> = l.split('\t').collect();
            if c.len() >= 3 {
                want.insert((c[0], c[1]), c[2]);
            }
        }
        assert!(want.len() > 5000);
        for ((form, tag), l) in want {
            assert_eq!(table(form, tag), Some(l), "{form} {tag}");
        }
        assert_eq!(table("left", "NN"), None);
    }
}
