//! Link stage, online part: Wikidata identities for the entities the built-in gazetteer
//! (in `newskg-text`, offline, the default) could not link. [`wikidata`] asks the Wikidata
//! API when the user passes `--online`, with an on-disk cache; `Store::relink` applies it to
//! what is already stored.

pub mod wikidata;

/// The Wikidata entity namespace.
pub use newskg_model::vocab::WD;

/// Normalises a Wikidata reference given by a user: `Q1032`, `wd:Q1032` or
/// `http://www.wikidata.org/entity/Q1032` (also https) → `Q1032`.
pub(crate) fn parse_qid(s: &str) -> Option<String> {
    let s = s.trim();
    let s = s
        .strip_prefix(WD)
        .or_else(|| s.strip_prefix("https://www.wikidata.org/entity/"))
        .or_else(|| s.strip_prefix("https://www.wikidata.org/wiki/"))
        .or_else(|| s.strip_prefix("wd:"))
        .unwrap_or(s);
    let digits = s.strip_prefix('Q')?;
    (!digits.is_empty() && digits.len() < 12 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::parse_qid;

    #[test]
    fn qid_forms() {
        for s in [
            "Q1032",
            "wd:Q1032",
            "http://www.wikidata.org/entity/Q1032",
            " Q1032 ",
        ] {
            assert_eq!(parse_qid(s).as_deref(), Some("Q1032"), "{s}");
        }
        for s in ["Niger", "Q", "Q12a", "Q1032> } ; DROP ALL ; #", ""] {
            assert_eq!(parse_qid(s), None, "{s}");
        }
    }
}
