//! The pictures' data from the store: the events in a scope (a country's, or an article's)
//! with their claims, roles, argument mentions and order, joined into one [`Mark`] per
//! real-world event and placed in time. Queries see the asserted graphs only (no
//! entailment), so an event's class is the one extraction gave it.

use super::{local, segments, value, Claim, Entity, Mark, Placement, Role, Select, Timeline};
use crate::error::Result;
use crate::query;
use chrono::NaiveDate;
use newskg_model::EventType;
use oxigraph::model::{NamedNode, Term, Variable};
use oxigraph::sparql::QuerySolution;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Which events a picture shows.
enum Scope<'a> {
    /// The events whose country (or a place in it) is this Wikidata entity.
    Country(&'a Term),
    /// The events an article claims.
    Article(&'a NamedNode),
}

impl Scope<'_> {
    /// The pattern that binds `?event` to the scope's events, each once.
    fn pattern(&self) -> &'static str {
        match self {
            Scope::Country(_) => {
                "{ SELECT DISTINCT ?event WHERE { { SELECT DISTINCT ?place WHERE { ?place owl:sameAs ?scope } } ?event nkg:country ?place } }"
            }
            Scope::Article(_) => {
                "{ SELECT DISTINCT ?event WHERE { ?scopeClaim nkg:asserts ?event ; prov:wasDerivedFrom ?scope } }"
            }
        }
    }

    fn term(&self) -> Term {
        match self {
            Scope::Country(t) => (*t).clone(),
            Scope::Article(n) => Term::NamedNode((*n).clone()),
        }
    }
}

/// Runs `body` (a SELECT whose WHERE starts with the scope's pattern, written `SCOPE`).
fn select_in(select: &mut Select<'_>, scope: &Scope<'_>, body: &str) -> Result<Vec<QuerySolution>> {
    let types: Vec<String> = EventType::ALL.iter().map(|t| format!("nkg:{t}")).collect();
    let text = body
        .replace("SCOPE", scope.pattern())
        .replace("TYPES", &types.join(" "));
    select_with(select, &text, "scope", scope.term())
}

/// Runs the SELECT `text` with `?var` bound to `value`.
fn select_with(
    select: &mut Select<'_>,
    text: &str,
    var: &str,
    value: Term,
) -> Result<Vec<QuerySolution>> {
    let bound = query::bind(
        query::parse(text)?,
        &[(Variable::new_unchecked(var), value)],
    );
    select(bound)
}

const CLAIMS: &str = r#"
SELECT DISTINCT ?event ?type ?status ?earliest ?latest ?happening ?rank ?claim ?article ?title ?url ?published ?sentence ?sIndex ?sStart ?sEnd ?start ?end ?trigger ?attribution ?timeText WHERE {
  SCOPE
  ?event a ?type ; nkg:status ?status .
  VALUES ?type { TYPES }
  ?claim nkg:asserts ?event ; prov:wasDerivedFrom ?article ; nkg:sentence ?sentence ;
         nkg:sentenceIndex ?sIndex ; nkg:sentenceStart ?sStart ; nkg:sentenceEnd ?sEnd ; nkg:startOffset ?start ; nkg:endOffset ?end .
  OPTIONAL { ?event nkg:trigger ?trigger }
  OPTIONAL { ?event nkg:earliest ?earliest }
  OPTIONAL { ?event nkg:latest ?latest }
  OPTIONAL { ?event nkg:reportsHappening ?happening }
  OPTIONAL { ?event nkg:relativeOrder ?rank }
  OPTIONAL { ?event sem:hasTime ?time . ?time nkg:timeText ?timeText }
  OPTIONAL { ?claim nkg:attributionText ?attribution }
  OPTIONAL { ?article schema:headline ?title }
  OPTIONAL { ?article schema:url ?url }
  OPTIONAL { ?article schema:datePublished ?published }
}"#;

const ROLES: &str = r#"
SELECT DISTINCT ?event ?role ?entity ?label ?kind ?wd ?ownerLabel WHERE {
  SCOPE
  ?event ?role ?entity .
  VALUES ?role { nkg:agent nkg:affected nkg:participant nkg:location nkg:origin nkg:destination nkg:force }
  OPTIONAL { ?entity rdfs:label ?label }
  OPTIONAL { ?entity a ?kind }
  OPTIONAL { ?entity owl:sameAs ?wd }
  OPTIONAL { ?entity nkg:forceOf ?owner . ?owner rdfs:label ?ownerLabel }
}"#;

const SPANS: &str = r#"
SELECT DISTINCT ?event ?entity ?start ?end WHERE {
  SCOPE
  { ?event nkg:force ?entity . ?entity nkg:startOffset ?start ; nkg:endOffset ?end }
  UNION
  { ?event ?role ?entity .
    VALUES ?role { nkg:agent nkg:affected nkg:participant nkg:location nkg:origin nkg:destination }
    ?claim nkg:asserts ?event ; prov:wasDerivedFrom ?article ; nkg:sentenceIndex ?i .
    ?m nkg:refersTo ?entity ; prov:wasDerivedFrom ?article ; nkg:sentenceIndex ?i ;
       nkg:startOffset ?start ; nkg:endOffset ?end }
}"#;

const AFTER: &str = r#"
SELECT DISTINCT ?event ?before WHERE { SCOPE ?event nkg:after ?before }"#;

const COUNTRY: &str = r#"
SELECT ?entity ?label WHERE { ?entity owl:sameAs ?country . OPTIONAL { ?entity rdfs:label ?label } }"#;

const COUNTRIES: &str = r#"
SELECT ?wd (MIN(?name) AS ?label) (COUNT(DISTINCT ?key) AS ?events) WHERE {
  ?claim nkg:asserts ?event .
  ?event nkg:country ?place .
  OPTIONAL { ?event nkg:reportsHappening ?happening }
  BIND(COALESCE(?happening, ?event) AS ?key)
  ?place a ?class ; owl:sameAs ?wd .
  VALUES ?class { nkg:Country nkg:Territory }
  OPTIONAL { ?place rdfs:label ?name }
}
GROUP BY ?wd
ORDER BY DESC(?events) ?label ?wd"#;

/// The countries the store holds events in, with how many real-world events each (most
/// first), counted as the timeline draws them.
pub fn countries(select: &mut Select<'_>) -> Result<Vec<(Entity, usize)>> {
    let mut out = Vec::new();
    for s in select(query::parse(COUNTRIES)?)? {
        let Some(wd) = get(&s, "wd") else { continue };
        let qid = local(&wd).to_string();
        out.push((
            Entity {
                iri: wd.clone(),
                label: get(&s, "label").unwrap_or_else(|| qid.clone()),
                qid: Some(qid),
                kind: "Country".into(),
            },
            int(&s, "events") as usize,
        ));
    }
    Ok(out)
}

const ARTICLE: &str = r#"
SELECT ?body ?title ?published ?url WHERE {
  ?article schema:articleBody ?body .
  OPTIONAL { ?article schema:headline ?title }
  OPTIONAL { ?article schema:datePublished ?published }
  OPTIONAL { ?article schema:url ?url }
} LIMIT 1"#;

/// An article as the store keeps it.
#[derive(Debug, Clone)]
pub struct ArticleText {
    /// Its text (`schema:articleBody`), which claims' character offsets count in.
    pub body: String,
    /// Its headline.
    pub title: Option<String>,
    /// Its publication day.
    pub published: Option<String>,
    /// Its URL.
    pub url: Option<String>,
}

/// An article's text and metadata, `None` when the store holds no such article.
pub fn article_text(select: &mut Select<'_>, article: &NamedNode) -> Result<Option<ArticleText>> {
    let rows = select_with(select, ARTICLE, "article", Term::NamedNode(article.clone()))?;
    Ok(rows.first().map(|s| ArticleText {
        body: get(s, "body").unwrap_or_default(),
        title: get(s, "title"),
        published: get(s, "published"),
        url: get(s, "url"),
    }))
}

/// A solution's value for `var`, as text.
fn get(s: &QuerySolution, var: &str) -> Option<String> {
    s.get(var).map(value)
}

fn int(s: &QuerySolution, var: &str) -> i64 {
    match s.get(var) {
        Some(Term::Literal(l)) => l.value().parse().unwrap_or(0),
        _ => 0,
    }
}

/// A country's timeline. `country` is a Wikidata entity (as a named query's country
/// parameter binds it).
pub fn timeline_of(select: &mut Select<'_>, country: &Term) -> Result<Timeline> {
    let marks = marks(select, &Scope::Country(country))?;
    Ok(Timeline {
        country: country_entity(select, country)?,
        marks,
    })
}

/// The country as the store names it.
fn country_entity(select: &mut Select<'_>, country: &Term) -> Result<Entity> {
    let rows = select_with(select, COUNTRY, "country", country.clone())?;
    let wd = value(country);
    let mut best: Option<(String, String)> = None;
    for s in rows {
        let (Some(iri), label) = (get(&s, "entity"), get(&s, "label")) else {
            continue;
        };
        let cand = (iri, label.unwrap_or_default());
        if best.as_ref().is_none_or(|b| cand < *b) {
            best = Some(cand);
        }
    }
    let qid = local(&wd).to_string();
    // A country the store does not name is named as the gazetteer names it.
    let (iri, label) = best.unwrap_or_else(|| {
        let known = newskg_text::gazetteer::Gazetteer::get().by_id(&qid);
        (wd.clone(), known.map_or(qid.clone(), |e| e.label.clone()))
    });
    Ok(Entity {
        iri,
        label: if label.is_empty() { qid.clone() } else { label },
        qid: Some(qid),
        kind: "Country".into(),
    })
}

/// The actor–event graph of a country.
pub fn actor_graph_of_country(
    select: &mut Select<'_>,
    country: &Term,
) -> Result<super::graph::ActorGraph> {
    Ok(timeline_of(select, country)?.actor_graph())
}

/// The actor–event graph of one article.
pub fn actor_graph_of_article(
    select: &mut Select<'_>,
    article: &NamedNode,
) -> Result<super::graph::ActorGraph> {
    let marks = marks(select, &Scope::Article(article))?;
    let title = marks
        .iter()
        .flat_map(|m| &m.claims)
        .find(|c| c.article == article.as_str())
        .and_then(|c| c.title.clone())
        .unwrap_or_else(|| article.as_str().to_string());
    Ok(super::graph::ActorGraph::new(
        format!("{title} — actors and events"),
        marks,
    ))
}

/// One event as the claims query gives it.
struct EventRow {
    key: String,
    event_type: String,
    status: String,
    earliest: Option<String>,
    latest: Option<String>,
    rank: i64,
    claim: Claim,
    spans: (i64, i64),
    sentence: String,
}

/// The scope's events, joined into marks, placed and ordered.
fn marks(select: &mut Select<'_>, scope: &Scope<'_>) -> Result<Vec<Mark>> {
    let rows = event_rows(select, scope)?;
    let roles = roles(select, scope)?;
    let spans = spans(select, scope)?;
    let after = pairs(select_in(select, scope, AFTER)?, "event", "before");
    // The marks, keyed by happening (or event), with their events.
    let mut by_key: BTreeMap<String, Vec<(String, EventRow)>> = BTreeMap::new();
    for (_, (event, row)) in rows {
        by_key
            .entry(row.key.clone())
            .or_default()
            .push((event, row));
    }
    let mut marks = Vec::new();
    let mut mark_of: HashMap<String, usize> = HashMap::new();
    let mut ranks = Vec::new();
    for (key, mut events) in by_key {
        events.sort_by(|a, b| {
            (&a.1.claim.article, a.1.claim.sentence_index, &a.1.claim.iri).cmp(&(
                &b.1.claim.article,
                b.1.claim.sentence_index,
                &b.1.claim.iri,
            ))
        });
        for (e, _) in &events {
            mark_of.insert(e.clone(), marks.len());
        }
        let first = &events[0].1;
        ranks.push((first.rank, first.claim.published.clone()));
        let mut actors: BTreeSet<Role> = BTreeSet::new();
        let mut claims = Vec::new();
        for (event, row) in &events {
            let its_roles = roles.get(event).cloned().unwrap_or_default();
            let mut cut = vec![(row.spans.0, row.spans.1, "trigger".to_string(), None)];
            for r in &its_roles {
                for &(s, e) in spans
                    .get(&(event.clone(), r.entity.iri.clone()))
                    .into_iter()
                    .flatten()
                {
                    cut.push((s, e, r.role.clone(), Some(r.entity.iri.clone())));
                }
            }
            // Where arguments overlap, the longer shows ("French forces" over "French").
            cut[1..].sort_by_key(|(s, e, role, _)| (s - e, *s, role.clone()));
            let mut claim = row.claim.clone();
            claim.segments = segments(&row.sentence, row.claim.sentence_start, &cut);
            claims.push(claim);
            actors.extend(its_roles);
        }
        let mut actors: Vec<Role> = actors.into_iter().collect();
        actors.sort_by_key(|r| {
            (
                role_rank(&r.role),
                r.entity.label.clone(),
                r.entity.iri.clone(),
            )
        });
        actors.dedup_by(|a, b| a.role == b.role && a.entity.iri == b.entity.iri);
        marks.push(Mark {
            id: String::new(),
            key,
            event_type: first.event_type.clone(),
            status: common_status(
                &events
                    .iter()
                    .map(|(_, r)| r.status.as_str())
                    .collect::<Vec<_>>(),
            ),
            earliest: events.iter().filter_map(|(_, r)| r.earliest.clone()).min(),
            latest: events.iter().filter_map(|(_, r)| r.latest.clone()).max(),
            day: String::new(),
            time_text: events.iter().find_map(|(_, r)| r.claim.time_text.clone()),
            placement: Placement::Dated,
            actors,
            claims,
        });
    }
    // `nkg:after` says "after or at the same time"; the order is where it goes one way only.
    let both: BTreeSet<(usize, usize)> = after
        .iter()
        .filter_map(|(a, b)| Some((*mark_of.get(a)?, *mark_of.get(b)?)))
        .filter(|(a, b)| a != b)
        .collect();
    let edges: Vec<(usize, usize)> = both
        .iter()
        .copied()
        .filter(|&(a, b)| !both.contains(&(b, a)))
        .collect();
    place(&mut marks, &ranks, &edges);
    Ok(order(marks, &ranks, &edges))
}

/// One row per claim, keyed by the claim, with the event it asserts: an event an article
/// mentions several times has a claim per mention.
fn event_rows(
    select: &mut Select<'_>,
    scope: &Scope<'_>,
) -> Result<BTreeMap<String, (String, EventRow)>> {
    let mut rows = BTreeMap::new();
    for s in select_in(select, scope, CLAIMS)? {
        let (Some(event), Some(claim)) = (get(&s, "event"), get(&s, "claim")) else {
            continue;
        };
        let status = local(&get(&s, "status").unwrap_or_default()).to_string();
        let row = EventRow {
            key: get(&s, "happening").unwrap_or_else(|| event.clone()),
            event_type: local(&get(&s, "type").unwrap_or_default()).to_string(),
            status: status.clone(),
            earliest: get(&s, "earliest"),
            latest: get(&s, "latest"),
            rank: int(&s, "rank"),
            claim: Claim {
                iri: claim,
                article: get(&s, "article").unwrap_or_default(),
                title: get(&s, "title"),
                url: get(&s, "url"),
                published: get(&s, "published"),
                sentence_index: int(&s, "sIndex"),
                sentence_start: int(&s, "sStart"),
                sentence_end: int(&s, "sEnd"),
                status,
                attribution: get(&s, "attribution"),
                trigger: claim_trigger(&s).unwrap_or_default(),
                time_text: get(&s, "timeText"),
                segments: Vec::new(),
            },
            spans: (int(&s, "start"), int(&s, "end")),
            sentence: get(&s, "sentence").unwrap_or_default(),
        };
        rows.entry(row.claim.iri.clone()).or_insert((event, row));
    }
    Ok(rows)
}

/// The trigger words as this claim's sentence writes them, from its own offsets (a further
/// mention's words differ from the event's first trigger: "the coup" after "seized power").
fn claim_trigger(s: &QuerySolution) -> Option<String> {
    let sentence = get(s, "sentence")?;
    let base = int(s, "sStart");
    let (a, b) = (int(s, "start") - base, int(s, "end") - base);
    let (a, b) = (usize::try_from(a).ok()?, usize::try_from(b).ok()?);
    let words: String = sentence.chars().skip(a).take(b.saturating_sub(a)).collect();
    (!words.is_empty())
        .then_some(words)
        .or_else(|| get(s, "trigger"))
}

/// Each event's roles, with the entities' labels, classes and Wikidata ids.
fn roles(select: &mut Select<'_>, scope: &Scope<'_>) -> Result<HashMap<String, Vec<Role>>> {
    let mut found: BTreeMap<(String, String, String), Entity> = BTreeMap::new();
    for s in select_in(select, scope, ROLES)? {
        let (Some(event), Some(role), Some(iri)) =
            (get(&s, "event"), get(&s, "role"), get(&s, "entity"))
        else {
            continue;
        };
        let mut label = get(&s, "label").unwrap_or_else(|| local(&iri).to_string());
        if let Some(owner) = get(&s, "ownerLabel") {
            // A force is named with its owner: "troops (United States)".
            label = format!("{label} ({owner})");
        }
        let kind = get(&s, "kind")
            .map(|k| local(&k).to_string())
            .unwrap_or_default();
        let qid = get(&s, "wd")
            .filter(|w| w.starts_with("http://www.wikidata.org/entity/"))
            .map(|w| local(&w).to_string());
        let cand = Entity {
            iri: iri.clone(),
            label,
            qid,
            kind,
        };
        // Keep the least of the candidates (labels, classes and ids may repeat per article).
        let key = (event, local(&role).to_string(), iri);
        match found.get(&key) {
            Some(e) if *e <= cand => {}
            _ => {
                found.insert(key, cand);
            }
        }
    }
    let mut out: HashMap<String, Vec<Role>> = HashMap::new();
    for ((event, role, _), entity) in found {
        out.entry(event).or_default().push(Role { role, entity });
    }
    Ok(out)
}

/// (event, entity) → the character spans where the entity is written in the event's sentence.
type Spans = HashMap<(String, String), Vec<(i64, i64)>>;

/// Where each event's arguments are written.
fn spans(select: &mut Select<'_>, scope: &Scope<'_>) -> Result<Spans> {
    let mut out: HashMap<(String, String), Vec<(i64, i64)>> = HashMap::new();
    for s in select_in(select, scope, SPANS)? {
        let (Some(event), Some(entity)) = (get(&s, "event"), get(&s, "entity")) else {
            continue;
        };
        out.entry((event, entity))
            .or_default()
            .push((int(&s, "start"), int(&s, "end")));
    }
    for v in out.values_mut() {
        v.sort_unstable();
        v.dedup();
    }
    Ok(out)
}

fn pairs(rows: Vec<QuerySolution>, a: &str, b: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = rows
        .iter()
        .filter_map(|s| Some((get(s, a)?, get(s, b)?)))
        .collect();
    out.sort();
    out
}

fn role_rank(role: &str) -> usize {
    const ORDER: [&str; 7] = [
        "agent",
        "affected",
        "participant",
        "force",
        "origin",
        "destination",
        "location",
    ];
    ORDER.iter().position(|r| *r == role).unwrap_or(ORDER.len())
}

/// How far a status has come, for breaking ties between claims.
fn progress(status: &str) -> usize {
    const ORDER: [&str; 8] = [
        "Hypothetical",
        "Denied",
        "Demanded",
        "Planned",
        "Ordered",
        "Agreed",
        "UnderWay",
        "Completed",
    ];
    ORDER.iter().position(|s| *s == status).unwrap_or(0)
}

/// The status most claims give; ties go to the one furthest along.
fn common_status(statuses: &[&str]) -> String {
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for s in statuses {
        *count.entry(s).or_default() += 1;
    }
    count
        .into_iter()
        .max_by_key(|(s, n)| (*n, progress(s)))
        .map(|(s, _)| s.to_string())
        .unwrap_or_default()
}

fn day(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

/// Gives each mark its day: its earliest when dated; else an estimate from its order — after
/// the dated marks it follows, before those that follow it, and before, at or after its
/// article's date as its tense says (`ranks`: each mark's rank and publication day).
fn place(marks: &mut [Mark], ranks: &[(i64, Option<String>)], after: &[(usize, usize)]) {
    for m in marks.iter_mut() {
        if let Some(e) = &m.earliest {
            m.day = e.clone();
            m.placement = Placement::Dated;
        }
    }
    for i in 0..marks.len() {
        if marks[i].earliest.is_some() {
            continue;
        }
        let (rank, published) = (&ranks[i].0, ranks[i].1.as_deref().and_then(day));
        let mut lo: Option<NaiveDate> = None;
        let mut hi: Option<NaiveDate> = None;
        // `after` also holds pairs the article's tenses cannot tell apart; only a pair whose
        // tenses differ the same way bounds an undated event by a dated one.
        for &(a, b) in after {
            if ranks[a].0 <= ranks[b].0 {
                continue;
            }
            if a == i {
                if let Some(d) = marks[b].earliest.as_deref().and_then(day) {
                    lo = lo.max(Some(d));
                }
            } else if b == i {
                if let Some(d) = marks[a].earliest.as_deref().and_then(day) {
                    hi = Some(hi.map_or(d, |h| h.min(d)));
                }
            }
        }
        let mut near_article = false;
        if let Some(p) = published {
            if *rank >= 0 {
                lo = lo.max(Some(p));
                near_article = true;
            }
            if *rank <= 0 {
                hi = Some(hi.map_or(p, |h| h.min(p)));
            }
        }
        let d = match (lo, hi) {
            (Some(l), Some(h)) if l < h => Some(l + (h - l) / 2),
            (_, Some(h)) => Some(h),
            // What is told as coming (after the article's date) is placed at that date. A
            // mark that only an earlier dated event bounds is somewhere after it, how long
            // after nothing says: it stays with the undatable marks, drawn after every dated
            // one (which keeps the bound), in the order the text gives, not at that day.
            (Some(l), None) if near_article => Some(l),
            (Some(_), None) | (None, None) => None,
        };
        marks[i].placement = Placement::ByOrder;
        marks[i].day = d.map(|d| d.to_string()).unwrap_or_default();
    }
}

/// The marks in drawn order: by day (undatable ones last), and on one day by the order the
/// text gives (a mark after another comes after it; else by tense, then by where the
/// article tells it), then by type and key; ids follow.
fn order(marks: Vec<Mark>, ranks: &[(i64, Option<String>)], after: &[(usize, usize)]) -> Vec<Mark> {
    let n = marks.len();
    let sort_key = |i: usize| {
        let m = &marks[i];
        let told = m
            .claims
            .first()
            .map(|c| (c.article.clone(), c.sentence_index));
        (
            m.day.is_empty(),
            m.day.clone(),
            m.placement == Placement::ByOrder,
            ranks[i].0,
            told,
            m.event_type.clone(),
            m.key.clone(),
        )
    };
    let mut by_key: Vec<usize> = (0..n).collect();
    by_key.sort_by_key(|&i| sort_key(i));
    // Kahn's algorithm over "after" within a day, taking the least key first.
    let same_day: Vec<(usize, usize)> = after
        .iter()
        .copied()
        .filter(|&(a, b)| marks[a].day == marks[b].day)
        .collect();
    let mut indegree = vec![0usize; n];
    for &(a, _) in &same_day {
        indegree[a] += 1;
    }
    let mut done = vec![false; n];
    let mut drawn = Vec::with_capacity(n);
    while drawn.len() < n {
        // Of the earliest day left, the first mark in key order that waits for nothing (on
        // a cycle, the first of that day).
        let day_left = &marks[by_key[0]].day;
        let next = by_key
            .iter()
            .copied()
            .take_while(|&i| marks[i].day == *day_left)
            .find(|&i| indegree[i] == 0)
            .unwrap_or(by_key[0]);
        done[next] = true;
        drawn.push(next);
        for &(a, b) in &same_day {
            if b == next && !done[a] {
                indegree[a] = indegree[a].saturating_sub(1);
            }
        }
        by_key.retain(|&i| !done[i]);
    }
    let mut slots: Vec<Option<Mark>> = marks.into_iter().map(Some).collect();
    drawn
        .into_iter()
        .enumerate()
        .map(|(k, i)| {
            let mut m = slots[i].take().expect("each mark once");
            m.id = format!("ev-{}", k + 1);
            m
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(key: &str, earliest: Option<&str>, sentence: i64) -> Mark {
        Mark {
            id: String::new(),
            key: key.into(),
            event_type: "Withdrawal".into(),
            status: "Completed".into(),
            earliest: earliest.map(str::to_string),
            latest: earliest.map(str::to_string),
            day: String::new(),
            time_text: None,
            placement: Placement::Dated,
            actors: Vec::new(),
            claims: vec![Claim {
                iri: format!("{key}-claim"),
                article: "a".into(),
                title: None,
                url: None,
                published: None,
                sentence_index: sentence,
                sentence_start: 0,
                sentence_end: 0,
                status: "Completed".into(),
                attribution: None,
                trigger: String::new(),
                time_text: None,
                segments: Vec::new(),
            }],
        }
    }

    #[test]
    fn an_undated_event_is_placed_by_its_tense_against_the_article_date() {
        let mut marks = vec![
            mark("past", None, 0),
            mark("now", None, 1),
            mark("next", None, 2),
        ];
        let published = Some("2024-03-05".to_string());
        let ranks = vec![
            (-1, published.clone()),
            (0, published.clone()),
            (1, published),
        ];
        place(&mut marks, &ranks, &[]);
        assert!(marks.iter().all(|m| m.placement == Placement::ByOrder));
        assert!(
            marks.iter().all(|m| m.day == "2024-03-05"),
            "at most the article's day"
        );
        // Without an article date and no dated neighbour, there is nothing to place by.
        let mut lone = vec![mark("lone", None, 0)];
        place(&mut lone, &[(-1, None)], &[]);
        assert_eq!(lone[0].day, "");
    }

    #[test]
    fn an_undated_event_after_a_dated_one_in_an_earlier_tense_lies_between_them_and_the_article() {
        // "The junta, which took power in July 2023, has ordered …": the order (rank 0)
        // comes after the dated coup (rank -1) and by the article's day.
        let mut marks = vec![mark("coup", Some("2023-07-26"), 0), mark("order", None, 1)];
        let ranks = vec![
            (-1, Some("2024-03-05".into())),
            (-1, Some("2024-03-05".into())),
        ];
        place(&mut marks, &ranks, &[(1, 0)]);
        assert_eq!(
            marks[1].day, "2024-03-05",
            "same tense: no bound from the coup"
        );
        // Without the article's date, a later tense says only "after the coup": the order
        // is not put at the coup's day but drawn after it, with the undatable marks, in the
        // order the text gives ("Talks in March failed" told after it stays after it).
        let mut marks = vec![
            mark("coup", Some("2023-07-26"), 0),
            mark("order", None, 1),
            mark("talks", None, 2),
        ];
        let ranks = vec![(-1, None), (0, None), (-1, None)];
        place(&mut marks, &ranks, &[(1, 0)]);
        assert_eq!(
            marks[1].day, "",
            "a later tense: after the coup, how long after unknown"
        );
        let drawn = order(marks, &ranks, &[(1, 0)]);
        let keys: Vec<&str> = drawn.iter().map(|m| m.key.as_str()).collect();
        assert_eq!(keys, ["coup", "talks", "order"], "by tense, then as told");
    }

    #[test]
    fn marks_are_drawn_by_day_then_by_the_order_the_text_gives() {
        let mut marks = vec![
            mark("b-second", None, 0),
            mark("a-first", None, 1),
            mark("dated", Some("2020-01-01"), 2),
        ];
        let ranks = vec![(-1, None), (-1, None), (-1, None)];
        // b-second comes after a-first, though it is told first.
        let edges = vec![(0, 1)];
        place(&mut marks, &ranks, &edges);
        let drawn = order(marks, &ranks, &edges);
        let keys: Vec<&str> = drawn.iter().map(|m| m.key.as_str()).collect();
        assert_eq!(keys, ["dated", "a-first", "b-second"]);
        let ids: Vec<&str> = drawn.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["ev-1", "ev-2", "ev-3"]);
    }

    #[test]
    fn the_common_status_wins_and_ties_go_to_the_furthest_along() {
        assert_eq!(
            common_status(&["Planned", "Planned", "Completed"]),
            "Planned"
        );
        assert_eq!(common_status(&["Planned", "Completed"]), "Completed");
        assert_eq!(common_status(&["Denied", "Demanded"]), "Demanded");
    }
}
