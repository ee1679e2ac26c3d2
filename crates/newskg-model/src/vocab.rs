//! IRIs of the newskg ontology (`ontology/newskg.ttl`) and the vocabularies it reuses,
//! and the namespaces newskg mints its own IRIs in.

/// The newskg ontology namespace.
pub const NKG: &str = "https://newskg.org/ns#";
/// Where newskg mints IRIs for articles, claims, events and entities.
pub const ID: &str = "https://newskg.org/id/";
/// The RDF namespace.
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
/// The RDF Schema namespace.
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
/// The OWL namespace.
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
/// The XML Schema datatypes namespace.
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
/// The PROV-O namespace.
pub const PROV: &str = "http://www.w3.org/ns/prov#";
/// The the Simple Event Model namespace.
pub const SEM: &str = "http://semanticweb.cs.vu.nl/2009/11/sem/";
/// The OWL-Time namespace.
pub const TIME: &str = "http://www.w3.org/2006/time#";
/// The schema.org namespace.
pub const SCHEMA: &str = "http://schema.org/";
/// The Wikidata entities namespace.
pub const WD: &str = "http://www.wikidata.org/entity/";

/// Prefixes used in Turtle output and named queries, in a fixed order.
pub const PREFIXES: &[(&str, &str)] = &[
    ("nkg", NKG),
    ("article", "https://newskg.org/id/article/"),
    ("entity", "https://newskg.org/id/entity/"),
    ("event", "https://newskg.org/id/event/"),
    ("claim", "https://newskg.org/id/claim/"),
    ("force", "https://newskg.org/id/force/"),
    ("mention", "https://newskg.org/id/mention/"),
    ("interval", "https://newskg.org/id/time/"),
    ("happening", "https://newskg.org/id/happening/"),
    ("rdf", RDF),
    ("rdfs", RDFS),
    ("owl", OWL),
    ("xsd", XSD),
    ("prov", PROV),
    ("sem", SEM),
    ("time", TIME),
    ("schema", SCHEMA),
    ("wd", WD),
];

/// The prefix and local name of an IRI under [`PREFIXES`] (the longest namespace that
/// leaves a non-empty local name), for writing it short. Callers decide which local names
/// their syntax allows.
pub fn prefixed(iri: &str) -> Option<(&'static str, &str)> {
    PREFIXES
        .iter()
        .filter_map(|(p, ns)| iri.strip_prefix(ns).map(|local| (*p, ns.len(), local)))
        .filter(|(_, _, local)| !local.is_empty())
        .max_by_key(|(_, len, _)| *len)
        .map(|(p, _, local)| (p, local))
}

/// The SPARQL `PREFIX` lines for [`PREFIXES`].
pub fn sparql_prefixes() -> String {
    PREFIXES
        .iter()
        .map(|(p, n)| format!("PREFIX {p}: <{n}>\n"))
        .collect()
}
