//! Map stage: turns one article's [`Extraction`] into RDF quads under the newskg
//! ontology, all in the article's own named graph.
//!
//! IRIs are deterministic: the article's key comes from its URL when given, else from its
//! text (`article/KEY`), and its claims, events, forces, mentions and times are numbered
//! within it (`event/KEY-3`), so mapping the same article twice gives the same quads.

use crate::vocab::*;
use newskg_model::{ActorId, Kind, Precision};
use newskg_text::extract::{Actor, Extraction};
use newskg_text::source::Article;
use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use sha2::{Digest, Sha256};

/// The identity of an article: its URL when it has one, else its title and text.
pub(crate) fn article_key(a: &Article) -> String {
    let mut h = Sha256::new();
    match &a.url {
        Some(u) => {
            h.update(b"url\0");
            h.update(u.trim().as_bytes());
        }
        None => {
            h.update(b"text\0");
            h.update(a.title.as_deref().unwrap_or("").trim().as_bytes());
            h.update(b"\0");
            h.update(a.text.trim().as_bytes());
        }
    }
    hex(&h.finalize()[..10])
}

/// A hash of the article's content and metadata: when it is unchanged, re-ingesting the
/// article changes nothing.
pub(crate) fn content_hash(a: &Article) -> String {
    let mut h = Sha256::new();
    for part in [
        Some(a.text.as_str()),
        a.title.as_deref(),
        a.url.as_deref(),
        a.source.as_deref(),
        a.published.map(|d| d.to_string()).as_deref(),
    ] {
        h.update(part.unwrap_or("").as_bytes());
        h.update(b"\0");
    }
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    hex(&h.finalize()[..16])
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// The named graph (and subject) IRI of an article.
pub(crate) fn article_iri(key: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ID}article/{key}"))
}

/// The IRI of an actor: `entity/Q1032` for Wikidata entities, else a local name; a group
/// the text only describes is named within its article (`key`), since "the committee" of
/// one article is not that of another.
pub(crate) fn actor_iri(a: &Actor, key: &str) -> NamedNode {
    let local = match &a.id {
        ActorId::Wikidata(q) => q.clone(),
        ActorId::Local(rest) => format!("local-{}", iri_safe(rest)),
        ActorId::Person(rest) => format!("person-{}", iri_safe(rest)),
        ActorId::Group(rest) => format!("group-{key}-{}", iri_safe(rest)),
    };
    NamedNode::new_unchecked(format!("{ID}entity/{local}"))
}

/// Whether an entity IRI is one [`actor_iri`] minted for an actor with no Wikidata
/// identity (a person or a local gazetteer entry), which online linking may still link.
pub(crate) fn is_unlinked_actor_iri(iri: &str) -> bool {
    iri.strip_prefix(ID)
        .and_then(|l| l.strip_prefix("entity/"))
        .is_some_and(|l| l.starts_with("person-") || l.starts_with("local-"))
}

/// The identity of the real-world event an event claim reports, shared by every article
/// that reports it: the same type, the same countries, the same actors (force owners, else
/// agents, by Wikidata id) and the same day (or month, when that is all the text gives).
/// Claims without a date or a country get none: they cannot be matched with confidence.
pub(crate) fn happening_iri(
    e: &newskg_text::extract::Event,
    actors: &[Actor],
    forces: &[newskg_text::extract::Force],
) -> Option<NamedNode> {
    let w = e.when.as_ref()?;
    let (start, end) = (w.earliest?, w.latest?);
    let when = match w.precision {
        Precision::Day if start == end => start.format("%Y-%m-%d").to_string(),
        Precision::Month | Precision::Day | Precision::Week
            if start.format("%Y-%m").to_string() == end.format("%Y-%m").to_string() =>
        {
            start.format("%Y-%m").to_string()
        }
        _ => return None,
    };
    let mut countries: Vec<&str> = e
        .countries
        .iter()
        .filter_map(|&c| actors[c].id.qid())
        .collect();
    if countries.is_empty() {
        return None;
    }
    countries.sort_unstable();
    countries.dedup();
    let mut who: Vec<&ActorId> = e
        .forces
        .iter()
        .flat_map(|&f| forces[f].owners.iter().map(|&a| &actors[a].id))
        .collect();
    if who.is_empty() {
        who = e.agents.iter().map(|&a| &actors[a].id).collect();
    }
    let mut who: Vec<&str> = who.into_iter().filter_map(ActorId::qid).collect();
    who.sort_unstable();
    who.dedup();
    let mut h = Sha256::new();
    h.update(
        format!(
            "{}|{}|{}|{}",
            e.event_type,
            countries.join(","),
            who.join(","),
            when
        )
        .as_bytes(),
    );
    Some(NamedNode::new_unchecked(format!(
        "{ID}happening/{}",
        hex(&h.finalize()[..10])
    )))
}

/// Keeps ASCII letters, digits and `-`; percent-encodes everything else, so any input makes
/// a valid IRI path segment.
pub(crate) fn iri_safe(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    if out.is_empty() {
        out.push('-');
    }
    out
}

fn nkg(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{NKG}{local}"))
}

fn iri(ns: &str, local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ns}{local}"))
}

struct Out {
    graph: GraphName,
    quads: Vec<Quad>,
}

impl Out {
    fn add(&mut self, s: &NamedNode, p: NamedNode, o: impl Into<Term>) {
        self.quads.push(Quad::new(
            NamedOrBlankNode::NamedNode(s.clone()),
            p,
            o,
            self.graph.clone(),
        ));
    }
    fn lit(&mut self, s: &NamedNode, p: NamedNode, v: &str) {
        self.add(s, p, Literal::new_simple_literal(v));
    }
    fn int(&mut self, s: &NamedNode, p: NamedNode, v: usize) {
        self.add(
            s,
            p,
            Literal::new_typed_literal(v.to_string(), xsd::INTEGER),
        );
    }
}

/// Maps an article and what was extracted from it to quads in the article's graph.
pub fn map(
    article: &Article,
    doc: &newskg_text::analyze::Doc,
    x: &Extraction,
) -> (NamedNode, Vec<Quad>) {
    let key = article_key(article);
    let art = article_iri(&key);
    let mut m = Mapper {
        o: Out {
            graph: GraphName::NamedNode(art.clone()),
            quads: Vec::new(),
        },
        article: art.clone(),
        actors: x.actors.iter().map(|a| actor_iri(a, &key)).collect(),
        forces: (0..x.forces.len())
            .map(|i| NamedNode::new_unchecked(format!("{ID}force/{key}-{i}")))
            .collect(),
        events: (0..x.events.len())
            .map(|i| NamedNode::new_unchecked(format!("{ID}event/{key}-{i}")))
            .collect(),
        key,
        doc,
        x,
    };
    m.article_metadata(article);
    m.actors();
    m.mentions();
    m.forces();
    for i in 0..x.events.len() {
        m.event(i);
        m.claim(i);
    }
    let mut quads = m.o.quads;
    quads.sort_unstable_by(|a, b| crate::order::quads(a.as_ref(), b.as_ref()));
    quads.dedup();
    (art, quads)
}

/// The state of one article's mapping: the node minted for each actor, force and event,
/// and the quads written so far (sorted and deduplicated at the end, so the order in which
/// the parts are written does not matter).
struct Mapper<'a> {
    o: Out,
    key: String,
    article: NamedNode,
    actors: Vec<NamedNode>,
    forces: Vec<NamedNode>,
    events: Vec<NamedNode>,
    doc: &'a newskg_text::analyze::Doc,
    x: &'a Extraction,
}

impl Mapper<'_> {
    /// The article node: type, headline, date, URL, source, content hash and body.
    fn article_metadata(&mut self, article: &Article) {
        let (o, a) = (&mut self.o, &self.article);
        o.add(a, rdf::TYPE.into(), iri(SCHEMA, "NewsArticle"));
        if let Some(t) = &article.title {
            o.lit(a, iri(SCHEMA, "headline"), t);
        }
        if let Some(d) = article.published {
            let date = Literal::new_typed_literal(d.to_string(), xsd::DATE);
            o.add(a, iri(SCHEMA, "datePublished"), date);
        }
        if let Some(u) = &article.url {
            match NamedNode::new(u.trim()) {
                Ok(n) if u.starts_with("http://") || u.starts_with("https://") => {
                    o.add(a, iri(SCHEMA, "url"), n)
                }
                _ => o.add(
                    a,
                    iri(SCHEMA, "url"),
                    Literal::new_typed_literal(u.trim(), xsd::ANY_URI),
                ),
            }
        }
        if let Some(s) = &article.source {
            o.lit(a, nkg("sourceName"), s);
        }
        o.lit(a, nkg("contentHash"), &content_hash(article));
        o.lit(a, iri(SCHEMA, "articleBody"), &article.text);
    }

    /// Every actor with its class, label, Wikidata link, country, title and a person's
    /// organisation (`schema:affiliation`); and a country
    /// named only as another actor's country, with its label and link.
    fn actors(&mut self) {
        for (act, n) in self.x.actors.iter().zip(&self.actors) {
            let o = &mut self.o;
            o.add(n, rdf::TYPE.into(), nkg(act.kind.class()));
            o.lit(n, iri(RDFS, "label"), &act.label);
            if let Some(q) = act.id.qid() {
                o.add(n, iri(OWL, "sameAs"), iri(WD, q));
            }
            if let Some(c) = act.country.as_deref().filter(|c| c.starts_with('Q')) {
                if !act.kind.is_country() {
                    let country = NamedNode::new_unchecked(format!("{ID}entity/{c}"));
                    o.add(n, nkg("country"), country.clone());
                    if matches!(act.kind, Kind::Capital | Kind::City | Kind::Region) {
                        o.add(n, iri(SCHEMA, "containedInPlace"), country);
                    }
                }
            }
            if let Some(t) = &act.title {
                o.lit(n, nkg("title"), t);
            }
            if let Some(org) = act.affiliation.and_then(|a| self.actors.get(a)) {
                o.add(n, iri(SCHEMA, "affiliation"), org.clone());
            }
            o.add(n, nkg("mentionedIn"), self.article.clone());
        }
        for act in &self.x.actors {
            let Some(c) = act.country.as_deref().filter(|c| c.starts_with('Q')) else {
                continue;
            };
            if self.x.actors.iter().any(|b| b.id == c) {
                continue;
            }
            if let Some(e) = newskg_text::gazetteer::Gazetteer::get().by_id(c) {
                let n = NamedNode::new_unchecked(format!("{ID}entity/{c}"));
                self.o.add(&n, rdf::TYPE.into(), nkg(e.kind.class()));
                self.o.lit(&n, iri(RDFS, "label"), &e.label);
                self.o.add(&n, iri(OWL, "sameAs"), iri(WD, c));
            }
        }
    }

    /// Every mention, with the actor it refers to and its character offsets.
    fn mentions(&mut self) {
        for (i, m) in self.x.mentions.iter().enumerate() {
            let n = NamedNode::new_unchecked(format!("{ID}mention/{}-{i}", self.key));
            let (o, doc) = (&mut self.o, self.doc);
            o.add(&n, rdf::TYPE.into(), nkg("Mention"));
            o.add(&n, nkg("refersTo"), self.actors[m.actor].clone());
            o.lit(&n, nkg("text"), &m.text);
            o.int(&n, nkg("startOffset"), doc.char_offset(m.start));
            o.int(&n, nkg("endOffset"), doc.char_offset(m.end));
            o.int(&n, nkg("sentenceIndex"), m.sentence);
            o.add(&n, iri(PROV, "wasDerivedFrom"), self.article.clone());
        }
    }

    /// Every armed force: its class, label, owners, unit, quantity and offsets.
    fn forces(&mut self) {
        for (f, n) in self.x.forces.iter().zip(&self.forces) {
            let o = &mut self.o;
            let class = if f.irregular {
                "ArmedGroupForce"
            } else {
                "ArmedForce"
            };
            o.add(n, rdf::TYPE.into(), nkg(class));
            o.lit(n, iri(RDFS, "label"), &f.text);
            for &w in &f.owners {
                o.add(n, nkg("forceOf"), self.actors[w].clone());
            }
            if let Some(u) = f.unit {
                o.add(n, nkg("partOf"), self.actors[u].clone());
            }
            if let Some(q) = &f.quantity {
                o.lit(n, nkg("quantity"), q);
            }
            o.int(n, nkg("startOffset"), self.doc.char_offset(f.start));
            o.int(n, nkg("endOffset"), self.doc.char_offset(f.end));
        }
    }

    /// Event `i`: its class, status, trigger, roles, order, time, the events it follows and
    /// the real-world happening it reports.
    fn event(&mut self, i: usize) {
        let e = &self.x.events[i];
        let n = &self.events[i];
        let o = &mut self.o;
        o.add(n, rdf::TYPE.into(), nkg(e.event_type.name()));
        o.add(n, nkg("status"), nkg(e.status.name()));
        o.lit(n, nkg("trigger"), &e.trigger);
        for (prop, list) in [
            ("agent", &e.agents),
            ("affected", &e.affected),
            ("participant", &e.participants),
            ("location", &e.location),
            ("origin", &e.origin),
            ("destination", &e.destination),
            ("country", &e.countries),
        ] {
            for &ac in list {
                o.add(n, nkg(prop), self.actors[ac].clone());
            }
        }
        for &f in &e.forces {
            o.add(n, nkg("force"), self.forces[f].clone());
        }
        let rank = Literal::new_typed_literal(e.rank.to_string(), xsd::INTEGER);
        o.add(n, nkg("relativeOrder"), rank);
        if let Some(w) = &e.when {
            let t = NamedNode::new_unchecked(format!("{ID}time/{}-{i}", self.key));
            time(o, n, &t, w);
        }
        for &b in &e.after {
            o.add(n, nkg("after"), self.events[b].clone());
        }
        if let Some(h) = happening_iri(e, &self.x.actors, &self.x.forces) {
            o.add(n, nkg("reportsHappening"), h.clone());
            o.add(&h, rdf::TYPE.into(), nkg("Happening"));
            o.add(&h, rdf::TYPE.into(), nkg(e.event_type.name()));
        }
    }

    /// The claims that assert event `i`, one per mention: its sentence, offsets and
    /// attribution (the first mention's claim is `claim/KEY-i`, further ones `-i-k`).
    fn claim(&mut self, i: usize) {
        let e = &self.x.events[i];
        let mentions: Vec<_> = std::iter::once((
            e.sentence,
            e.trigger_start,
            e.trigger_end,
            e.attribution.clone(),
        ))
        .chain(e.mentions.iter().map(|m| {
            (
                m.sentence,
                m.trigger_start,
                m.trigger_end,
                m.attribution.clone(),
            )
        }))
        .collect();
        for (k, (sentence, start, end, attribution)) in mentions.into_iter().enumerate() {
            let c = if k == 0 {
                format!("{ID}claim/{}-{i}", self.key)
            } else {
                format!("{ID}claim/{}-{i}-{k}", self.key)
            };
            let c = NamedNode::new_unchecked(c);
            self.claim_of(&c, i, sentence, (start, end), attribution.as_ref());
        }
    }

    /// One claim `c` of event `i`, stated at `span` (bytes) of sentence `sentence`.
    fn claim_of(
        &mut self,
        c: &NamedNode,
        i: usize,
        sentence: usize,
        span: (usize, usize),
        attribution: Option<&newskg_text::extract::Attribution>,
    ) {
        let (o, doc) = (&mut self.o, self.doc);
        o.add(c, rdf::TYPE.into(), nkg("Claim"));
        o.add(c, nkg("asserts"), self.events[i].clone());
        o.add(c, iri(PROV, "wasDerivedFrom"), self.article.clone());
        let s = &doc.sentences[sentence];
        o.lit(c, nkg("sentence"), doc.sentence_text(sentence));
        o.int(c, nkg("sentenceIndex"), sentence);
        // The canonical xsd:decimal form, as the store keeps it: "0.7", "1", "0".
        let confidence = format!("{:.2}", self.x.events[i].confidence);
        let confidence = confidence.trim_end_matches('0').trim_end_matches('.');
        let confidence = if confidence.is_empty() {
            "0"
        } else {
            confidence
        };
        o.add(
            c,
            nkg("confidence"),
            Literal::new_typed_literal(confidence, xsd::DECIMAL),
        );
        o.int(c, nkg("sentenceStart"), doc.char_offset(s.start));
        o.int(c, nkg("sentenceEnd"), doc.char_offset(s.end));
        o.int(c, nkg("startOffset"), doc.char_offset(span.0));
        o.int(c, nkg("endOffset"), doc.char_offset(span.1));
        if let Some(at) = attribution {
            o.lit(c, nkg("attributionText"), &at.text);
            if let Some(ac) = at.actor {
                o.add(c, nkg("attributedTo"), self.actors[ac].clone());
            }
            if let Some(to) = &at.to {
                o.lit(c, nkg("reportedToText"), to);
            }
            if let Some(ta) = at.to_actor {
                o.add(c, nkg("reportedTo"), self.actors[ta].clone());
            }
        }
    }
}

/// An event's time `t`: an OWL-Time interval with its text and precision, its beginning and
/// end as dates when resolved (also as the event's earliest and latest), and "since".
fn time(o: &mut Out, event: &NamedNode, t: &NamedNode, w: &newskg_model::When) {
    o.add(event, iri(SEM, "hasTime"), t.clone());
    o.add(t, rdf::TYPE.into(), iri(TIME, "ProperInterval"));
    o.lit(t, nkg("timeText"), &w.text);
    o.add(t, nkg("precision"), nkg(w.precision.name()));
    if let (Some(b), Some(l)) = (w.earliest, w.latest) {
        let date = |d: chrono::NaiveDate| Literal::new_typed_literal(d.to_string(), xsd::DATE);
        let bn = NamedNode::new_unchecked(format!("{}-begin", t.as_str()));
        let en = NamedNode::new_unchecked(format!("{}-end", t.as_str()));
        o.add(t, iri(TIME, "hasBeginning"), bn.clone());
        o.add(t, iri(TIME, "hasEnd"), en.clone());
        o.add(&bn, rdf::TYPE.into(), iri(TIME, "Instant"));
        o.add(&en, rdf::TYPE.into(), iri(TIME, "Instant"));
        o.add(&bn, iri(TIME, "inXSDDate"), date(b));
        o.add(&en, iri(TIME, "inXSDDate"), date(l));
        o.add(event, nkg("earliest"), date(b));
        o.add(event, nkg("latest"), date(l));
    }
    if w.since {
        o.add(event, nkg("ongoingSince"), Literal::from(true));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iri_safe_is_valid_for_any_input() {
        for s in [
            "Kurt Campbell",
            "é<>\"{}|\\^`",
            "",
            "a b\nc",
            "Q1032> } ; DROP ALL ; #",
        ] {
            let n = NamedNode::new(format!("{ID}entity/person-{}", iri_safe(s)));
            assert!(n.is_ok(), "{s}");
        }
    }

    #[test]
    fn every_minted_iri_is_valid() {
        let a = Article {
            text: "Deputy Secretary of State Kurt Campbell met Gen. Élodie N'Diaye. French troops left Mali on 3 March 2023, officials said.".into(),
            ..Default::default()
        };
        let doc = newskg_text::analyze::analyze(&a.text);
        let x = newskg_text::extract::extract(&doc, None);
        let (_, quads) = map(&a, &doc, &x);
        assert!(quads.len() > 20);
        for q in &quads {
            for t in [
                q.subject.to_string(),
                q.predicate.to_string(),
                q.object.to_string(),
            ] {
                if let Some(iri) = t.strip_prefix('<').and_then(|t| t.strip_suffix('>')) {
                    assert!(NamedNode::new(iri).is_ok(), "{iri}");
                    assert!(!iri.contains('<'), "{iri}");
                }
            }
        }
    }

    #[test]
    fn identity_by_url_else_text() {
        let a = Article {
            text: "x".into(),
            url: Some("https://e.org/1".into()),
            ..Default::default()
        };
        let b = Article {
            text: "y".into(),
            url: Some("https://e.org/1".into()),
            ..Default::default()
        };
        assert_eq!(article_key(&a), article_key(&b));
        assert_ne!(content_hash(&a), content_hash(&b));
        let c = Article {
            text: "x".into(),
            ..Default::default()
        };
        assert_ne!(article_key(&a), article_key(&c));
    }
}
