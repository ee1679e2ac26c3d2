//! Tokenizer: words, numbers and punctuation with byte offsets.
//!
//! Keeps abbreviations ("U.S.", "Gen.", "Dec."), initials, decimal and grouped numbers,
//! hyphenated words and inner apostrophes ("al-Qa'ida") in one token; splits off the
//! possessive "'s", "n't" ("cannot" too, as "can not"), the other contracted verbs ("I'm",
//! "we're", "they've", "we'll", "I'd", as the treebanks write them: "I 'm") and surrounding
//! punctuation.

use super::Token;

/// Titles and other abbreviations written with a period that never ends a sentence.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "gen", "gens", "col", "lt", "maj", "capt", "cpt", "sgt", "adm", "brig", "cmdr", "mr", "mrs",
    "ms", "dr", "prof", "sen", "rep", "gov", "pres", "st", "mt", "ft", "rev", "hon", "jr", "sr",
    "no", "vs", "v", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "inc", "corp", "co", "ltd", "dept", "est", "approx", "fig", "cf", "e.g", "i.e",
];

/// Whether `tok` (with its period) is a title-like abbreviation ("Gen.", "Dec.").
pub fn is_title_abbreviation(tok: &str) -> bool {
    let stem = tok.trim_end_matches('.').to_ascii_lowercase();
    TITLE_ABBREVIATIONS.contains(&stem.as_str())
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Lower case with typographic quotes and dashes made plain: the form `Token::lower` holds.
pub(crate) fn normalize(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '’' | '‘' | '`' | 'ʼ' => '\'',
            '“' | '”' => '"',
            '–' | '—' => '-',
            _ => c,
        })
        .collect::<String>()
        .to_lowercase()
}

fn token(text: &str, start: usize, end: usize) -> Token {
    let t = &text[start..end];
    Token {
        start,
        end,
        text: t.to_string(),
        lower: normalize(t),
        tag: "",
        lemma: String::new(),
        head: None,
        deprel: "",
    }
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut pos = 0;
    for chunk in text.split_inclusive(char::is_whitespace) {
        let word = chunk.trim_end_matches(char::is_whitespace);
        if !word.is_empty() {
            split_chunk(text, pos, word, &mut out);
        }
        pos += chunk.len();
    }
    out
}

/// Splits one whitespace-delimited chunk starting at byte `base`.
fn split_chunk(text: &str, base: usize, chunk: &str, out: &mut Vec<Token>) {
    let chars: Vec<(usize, char)> = chunk.char_indices().collect();
    let n = chars.len();
    let end_of = |i: usize| if i < n { chars[i].0 } else { chunk.len() };
    // Leading punctuation, each its own token.
    let mut a = 0;
    while a < n && !is_word_char(chars[a].1) && !matches!(chars[a].1, '$' | '€' | '£') {
        out.push(token(text, base + end_of(a), base + end_of(a + 1)));
        a += 1;
    }
    if a < n && matches!(chars[a].1, '$' | '€' | '£') {
        out.push(token(text, base + end_of(a), base + end_of(a + 1)));
        a += 1;
    }
    // Trailing punctuation, kept aside to emit after the core.
    let mut b = n;
    let mut trailing = Vec::new();
    while b > a && !is_word_char(chars[b - 1].1) {
        let c = chars[b - 1].1;
        if c == '.' {
            let core: String = chars[a..b].iter().map(|x| x.1).collect();
            // Keep the period of abbreviations and initials: "U.S.", "Gen.", "J."; letters
            // between the dots, not a number's decimal point ("rose to 1.26%.", "$9.4bn).").
            let stem = &core[..core.len() - 1];
            let letters = |s: &str| !s.is_empty() && s.chars().all(char::is_alphabetic);
            let inner_dot = stem.contains('.') && stem.split('.').all(letters);
            let initial = core.len() == 2 && core.chars().next().is_some_and(|c| c.is_uppercase());
            if inner_dot || initial || is_title_abbreviation(&core) {
                break;
            }
        }
        trailing.push(b - 1);
        b -= 1;
    }
    if a < b {
        // Split the core at possessives and n't; keep inner hyphens, dots and apostrophes.
        let core_start = end_of(a);
        let core_end = end_of(b);
        let core = &chunk[core_start..core_end];
        let lower = normalize(core);
        // Byte length of the last `n` characters (typographic apostrophes are wider).
        let tail = |n: usize| {
            core.chars()
                .rev()
                .take(n)
                .map(char::len_utf8)
                .sum::<usize>()
        };
        // As the treebanks write them: "can't" is "ca n't", "cannot" is "can not".
        let cut = if lower == "cannot" {
            Some(3)
        } else if lower.ends_with("n't") && lower.len() > 3 {
            Some(core.len() - tail(3))
        } else if lower.ends_with("'s") && lower.len() > 2 {
            Some(core.len() - tail(2))
        } else if lower.ends_with("s'") && lower.len() > 2 {
            Some(core.len() - tail(1))
        } else {
            contracted_verb(&lower).map(|n| core.len() - tail(n))
        };
        match cut {
            Some(c) if c > 0 && core.is_char_boundary(c) => {
                out.push(token(text, base + core_start, base + core_start + c));
                out.push(token(text, base + core_start + c, base + core_end));
            }
            _ => out.push(token(text, base + core_start, base + core_end)),
        }
    }
    for &i in trailing.iter().rev() {
        out.push(token(text, base + end_of(i), base + end_of(i + 1)));
    }
}

/// The length in characters of a contracted verb ending word `lower` after a letter ("'m",
/// "'re", "'ve", "'ll", "'d": "I'm", "we're", "they've", "we'll", "I'd"), if one does.
fn contracted_verb(lower: &str) -> Option<usize> {
    ["'m", "'re", "'ve", "'ll", "'d"].iter().find_map(|c| {
        let stem = lower.strip_suffix(c)?;
        stem.chars()
            .last()
            .is_some_and(char::is_alphabetic)
            .then(|| c.chars().count())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<String> {
        tokenize(t).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn keeps_abbreviations_and_numbers() {
        assert_eq!(
            words("About 1,000 U.S. troops (and $100 million), Gen. Tiani's men."),
            vec![
                "About", "1,000", "U.S.", "troops", "(", "and", "$", "100", "million", ")", ",",
                "Gen.", "Tiani", "'s", "men", "."
            ]
        );
    }

    #[test]
    fn a_period_after_a_decimal_number_ends_the_sentence() {
        assert_eq!(
            words("an increase to 1.26%. Mr Okafor paid $9.4bn). It"),
            vec![
                "an", "increase", "to", "1.26", "%", ".", "Mr", "Okafor", "paid", "$", "9.4bn",
                ")", ".", "It"
            ]
        );
        // But not one of an abbreviation with inner dots.
        assert_eq!(words("at 5 p.m. today"), vec!["at", "5", "p.m.", "today"]);
    }

    #[test]
    fn splits_typographic_possessive_and_quotes() {
        assert_eq!(
            words("“Niger’s capital”"),
            vec!["“", "Niger", "’s", "capital", "”"]
        );
        assert_eq!(
            words("the troops' departure"),
            vec!["the", "troops", "'", "departure"]
        );
        assert_eq!(words("don't"), vec!["do", "n't"]);
        assert_eq!(words("can’t"), vec!["ca", "n’t"]);
        assert_eq!(words("Cannot"), vec!["Can", "not"]);
        assert_eq!(
            words("I'm sure we’re right"),
            vec!["I", "'m", "sure", "we", "’re", "right"]
        );
        assert_eq!(
            words("they've, we'll, I'd"),
            vec!["they", "'ve", ",", "we", "'ll", ",", "I", "'d"]
        );
        // An apostrophe inside a name stays: "O'Neill", "al-Qa'ida".
        assert_eq!(words("O'Neill"), vec!["O'Neill"]);
    }

    #[test]
    fn offsets_point_into_text() {
        let t = "Él dijo: al-Qa'ida.";
        for tok in tokenize(t) {
            assert_eq!(&t[tok.start..tok.end], tok.text);
        }
    }
}
