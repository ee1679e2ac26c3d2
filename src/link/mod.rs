//! Link stage: Wikidata identities for the entities newskg finds.
//!
//! [`gazetteer`] links offline from the built-in table (the default); [`wikidata`] asks the
//! Wikidata API when the user passes `--online`, with an on-disk cache.

pub mod gazetteer;
pub mod wikidata;

pub use gazetteer::{Entity, Form, Gazetteer, Kind};

/// Links the store's entities that have no Wikidata identity yet (persons, local
/// organisations) through `linker`, adding `owl:sameAs` in each article graph that holds
/// them, one transaction per graph. Returns how many entities were linked.
pub fn relink(store: &crate::store::Store, linker: &wikidata::Linker) -> crate::Result<usize> {
    use crate::vocab::{ID, OWL, RDF, RDFS};
    use oxigraph::model::{GraphNameRef, NamedNode, Quad, Term};
    let err = |e: oxigraph::store::StorageError| crate::Error::Store {
        path: store.path.clone(),
        message: e.to_string(),
    };
    let label = NamedNode::new_unchecked(format!("{RDFS}label"));
    let same = NamedNode::new_unchecked(format!("{OWL}sameAs"));
    let rdf_type = NamedNode::new_unchecked(format!("{RDF}type"));
    let mut linked = std::collections::HashSet::new();
    for g in store.graphs()? {
        let gref = GraphNameRef::NamedNode(g.as_ref());
        let mut adds = Vec::new();
        for q in store
            .inner
            .quads_for_pattern(None, Some(label.as_ref()), None, Some(gref))
        {
            let q = q.map_err(err)?;
            let oxigraph::model::NamedOrBlankNode::NamedNode(s) = &q.subject else {
                continue;
            };
            let local = s.as_str().strip_prefix(ID).unwrap_or("");
            if !(local.starts_with("entity/person-") || local.starts_with("entity/local-")) {
                continue;
            }
            let has_link = store
                .inner
                .quads_for_pattern(
                    Some(s.as_ref().into()),
                    Some(same.as_ref()),
                    None,
                    Some(gref),
                )
                .next()
                .is_some();
            let Term::Literal(l) = &q.object else {
                continue;
            };
            if has_link {
                continue;
            }
            let class = store
                .inner
                .quads_for_pattern(
                    Some(s.as_ref().into()),
                    Some(rdf_type.as_ref()),
                    None,
                    Some(gref),
                )
                .filter_map(Result::ok)
                .find_map(|t| match t.object {
                    Term::NamedNode(n) => n.as_str().rsplit('#').next().map(str::to_string),
                    _ => None,
                })
                .unwrap_or_default();
            let kind = if class == "Person" {
                Kind::Person
            } else if class == "NewsOutlet" {
                Kind::Outlet
            } else {
                Kind::Organization
            };
            if let Some(qid) = linker.resolve(l.value(), kind).unwrap_or(None) {
                adds.push(Quad::new(
                    s.clone(),
                    same.clone(),
                    NamedNode::new_unchecked(format!("{WD}{qid}")),
                    g.clone(),
                ));
                linked.insert(s.clone());
            }
        }
        if !adds.is_empty() {
            let mut t = store.inner.start_transaction().map_err(err)?;
            t.extend(adds.iter());
            t.commit().map_err(err)?;
        }
    }
    Ok(linked.len())
}

/// The Wikidata entity namespace.
pub const WD: &str = "http://www.wikidata.org/entity/";

/// Normalises a Wikidata reference given by a user: `Q1032`, `wd:Q1032` or
/// `http://www.wikidata.org/entity/Q1032` (also https) → `Q1032`.
pub fn parse_qid(s: &str) -> Option<String> {
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
