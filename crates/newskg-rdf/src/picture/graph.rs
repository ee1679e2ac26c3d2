//! An actor–event graph drawn as SVG: the events in the middle column in time order, the
//! places and states they concern on the left, the organisations, persons and forces on the
//! right, each actor once, an edge for every role it plays (coloured by role). Actors sit
//! near the events they join (by the mean row of their events), so edges cross little; an
//! actor linked to Wikidata links to its page.

use super::{escape, timeline, Entity, Mark};
use std::collections::BTreeMap;
use std::fmt::Write;

const WIDTH: f64 = 1120.0;
const ROW: f64 = 30.0;
const TOP: f64 = 96.0;
const LEFT_X: f64 = 300.0;
const EVENT_X: f64 = 430.0;
const EVENT_W: f64 = 260.0;
const RIGHT_X: f64 = 820.0;

/// The graph: its events, its actors (each once) and the roles joining them.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ActorGraph {
    /// What it shows.
    pub title: String,
    /// The events, in time order.
    pub events: Vec<Mark>,
    /// The actors, each once.
    pub actors: Vec<Actor>,
    /// Actor index, event index, role.
    pub edges: Vec<(usize, usize, String)>,
}

/// An actor and the side it is drawn on.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Actor {
    /// Who or what.
    pub entity: Entity,
    /// Drawn on the left (places and states) or the right (everyone else).
    pub left: bool,
}

/// Whether an entity class is a place (drawn on the left).
fn is_place(kind: &str) -> bool {
    matches!(
        kind,
        "Country" | "Territory" | "City" | "Capital" | "Region" | "Place" | "Location"
    )
}

/// A role's colour.
fn role_colour(role: &str) -> &'static str {
    match role {
        "agent" => "#1f4e79",
        "affected" => "#b03a2e",
        "participant" => "#7d3c98",
        "force" => "#196f3d",
        "origin" | "destination" | "location" => "#9c640c",
        _ => "#666666",
    }
}

impl ActorGraph {
    /// The graph of these events (in their order).
    pub fn new(title: String, events: Vec<Mark>) -> ActorGraph {
        let mut index: BTreeMap<String, usize> = BTreeMap::new();
        let mut actors: Vec<Actor> = Vec::new();
        let mut edges = Vec::new();
        for (e, m) in events.iter().enumerate() {
            for r in &m.actors {
                let a = *index.entry(r.entity.iri.clone()).or_insert_with(|| {
                    actors.push(Actor {
                        left: is_place(&r.entity.kind),
                        entity: r.entity.clone(),
                    });
                    actors.len() - 1
                });
                edges.push((a, e, r.role.clone()));
            }
        }
        edges.sort();
        edges.dedup();
        ActorGraph {
            title,
            events,
            actors,
            edges,
        }
    }

    /// Each actor's row within its column: by the mean row of its events, then by label.
    fn rows(&self) -> Vec<usize> {
        let mut sum = vec![(0usize, 0usize); self.actors.len()];
        for (a, e, _) in &self.edges {
            sum[*a].0 += e;
            sum[*a].1 += 1;
        }
        let mut rows = vec![0; self.actors.len()];
        for left in [true, false] {
            let mut side: Vec<usize> = (0..self.actors.len())
                .filter(|&a| self.actors[a].left == left)
                .collect();
            side.sort_by(|&a, &b| {
                let ma = sum[a].0 as f64 / sum[a].1.max(1) as f64;
                let mb = sum[b].0 as f64 / sum[b].1.max(1) as f64;
                ma.total_cmp(&mb)
                    .then_with(|| self.actors[a].entity.cmp(&self.actors[b].entity))
            });
            for (row, a) in side.into_iter().enumerate() {
                rows[a] = row;
            }
        }
        rows
    }

    /// The graph as an SVG document (the same graph gives the same bytes).
    pub fn svg(&self) -> String {
        let rows = self.rows();
        let count = |left: bool| self.actors.iter().filter(|a| a.left == left).count();
        let tallest = self.events.len().max(count(true)).max(count(false)).max(1);
        let height = TOP + tallest as f64 * ROW + 30.0;
        // Each column is centred against the tallest.
        let y_in = |n: usize, row: usize| {
            TOP + (tallest - n) as f64 * ROW / 2.0 + row as f64 * ROW + ROW / 2.0
        };
        let mut s = String::new();
        let _ = writeln!(
            s,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"newskg-graph\" width=\"{WIDTH}\" height=\"{height:.0}\" viewBox=\"0 0 {WIDTH} {height:.0}\" role=\"group\" aria-label=\"{}\" font-family=\"DejaVu Sans, Verdana, sans-serif\" font-size=\"12\">",
            escape(&self.title)
        );
        let _ = writeln!(s, "<title>{}</title>", escape(&self.title));
        let _ = writeln!(
            s,
            "<rect width=\"{WIDTH}\" height=\"{height:.0}\" fill=\"#ffffff\"/>"
        );
        let _ = writeln!(
            s,
            "<text x=\"16\" y=\"30\" font-size=\"18\" font-weight=\"bold\">{}</text>",
            escape(&self.title)
        );
        let _ = writeln!(
            s,
            "<text x=\"16\" y=\"50\" fill=\"#555555\">{} events, {} actors · places and states on the left, organisations, persons and forces on the right</text>",
            self.events.len(),
            self.actors.len()
        );
        let mut x = 16.0;
        for role in ["agent", "affected", "participant", "force", "location"] {
            let name = if role == "location" { "place" } else { role };
            let _ = writeln!(
                s,
                "<line x1=\"{x:.0}\" y1=\"70\" x2=\"{:.0}\" y2=\"70\" stroke=\"{}\" stroke-width=\"2\"/><text x=\"{:.0}\" y=\"74\">{name}</text>",
                x + 22.0,
                role_colour(role),
                x + 28.0
            );
            x += 40.0 + 7.5 * name.len() as f64;
        }
        let (n_left, n_right, n_events) = (count(true), count(false), self.events.len());
        for (a, e, role) in &self.edges {
            let left = self.actors[*a].left;
            let ay = y_in(if left { n_left } else { n_right }, rows[*a]);
            let ey = y_in(n_events, *e);
            let (x1, x2) = if left {
                (LEFT_X + 6.0, EVENT_X)
            } else {
                (RIGHT_X - 6.0, EVENT_X + EVENT_W)
            };
            let mid = (x1 + x2) / 2.0;
            let _ = writeln!(
                s,
                "<path class=\"edge\" d=\"M{x1:.1} {ay:.1}C{mid:.1} {ay:.1} {mid:.1} {ey:.1} {x2:.1} {ey:.1}\" fill=\"none\" stroke=\"{}\" stroke-width=\"1.6\" stroke-opacity=\"0.75\"><title>{}: {} → {}</title></path>",
                role_colour(role),
                escape(role),
                escape(&self.actors[*a].entity.label),
                escape(&self.events[*e].title())
            );
        }
        for (e, m) in self.events.iter().enumerate() {
            event_node(&mut s, m, y_in(n_events, e));
        }
        for (a, actor) in self.actors.iter().enumerate() {
            let y = y_in(if actor.left { n_left } else { n_right }, rows[a]);
            actor_node(&mut s, actor, y);
        }
        s.push_str("</svg>\n");
        s
    }
}

fn event_node(s: &mut String, m: &Mark, y: f64) {
    let colour = timeline::type_colour(&m.event_type);
    let _ = writeln!(
        s,
        "<g class=\"event\" data-key=\"{}\" data-id=\"{}\"><title>{}</title>",
        escape(&m.key),
        escape(&m.id),
        escape(&m.title())
    );
    let _ = writeln!(
        s,
        "<rect x=\"{EVENT_X}\" y=\"{:.1}\" width=\"{EVENT_W}\" height=\"{:.0}\" rx=\"5\" fill=\"#f7f7f7\" stroke=\"{colour}\"/>",
        y - ROW / 2.0 + 3.0,
        ROW - 6.0
    );
    let _ = writeln!(
        s,
        "{}",
        timeline::status_shape(&m.status, EVENT_X + 14.0, y, colour)
    );
    let words = format!("{} · {}", m.event_type, timeline::day_label(m));
    let _ = writeln!(
        s,
        "<text x=\"{:.0}\" y=\"{:.1}\">{}</text></g>",
        EVENT_X + 28.0,
        y + 4.0,
        escape(&words)
    );
}

fn actor_node(s: &mut String, a: &Actor, y: f64) {
    let e = &a.entity;
    let (x, anchor, tx) = if a.left {
        (LEFT_X, "end", LEFT_X - 10.0)
    } else {
        (RIGHT_X, "start", RIGHT_X + 10.0)
    };
    let label = match &e.qid {
        Some(q) => format!("{} ({q})", e.label),
        None => e.label.clone(),
    };
    let body = format!(
        "<circle cx=\"{x:.0}\" cy=\"{y:.1}\" r=\"6\" fill=\"#ffffff\" stroke=\"#333333\" stroke-width=\"2\"/><text x=\"{tx:.0}\" y=\"{:.1}\" text-anchor=\"{anchor}\">{}</text><title>{} — {}</title>",
        y + 4.0,
        escape(&label),
        escape(&e.label),
        escape(if e.kind.is_empty() { "entity" } else { &e.kind })
    );
    match e.wikidata_url() {
        Some(url) => {
            let _ = writeln!(
                s,
                "<a class=\"actor\" href=\"{}\" target=\"_blank\" rel=\"noopener\" data-iri=\"{}\">{body}</a>",
                escape(&url),
                escape(&e.iri)
            );
        }
        None => {
            let _ = writeln!(
                s,
                "<g class=\"actor\" data-iri=\"{}\">{body}</g>",
                escape(&e.iri)
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Placement, Role};
    use super::*;

    fn entity(q: &str, label: &str, kind: &str) -> Entity {
        Entity {
            iri: format!("https://newskg.org/id/entity/{q}"),
            label: label.into(),
            qid: q.starts_with('Q').then(|| q.to_string()),
            kind: kind.into(),
        }
    }

    fn event(id: &str, roles: Vec<(&str, Entity)>) -> Mark {
        Mark {
            id: id.into(),
            key: format!("https://newskg.org/id/event/{id}"),
            event_type: "Withdrawal".into(),
            status: "Completed".into(),
            earliest: None,
            latest: None,
            day: "2024-01-01".into(),
            time_text: None,
            placement: Placement::ByOrder,
            actors: roles
                .into_iter()
                .map(|(r, e)| Role {
                    role: r.into(),
                    entity: e,
                })
                .collect(),
            claims: Vec::new(),
        }
    }

    #[test]
    fn each_actor_is_drawn_once_with_an_edge_per_role_and_a_wikidata_link() {
        let france = entity("Q142", "France", "Country");
        let g = ActorGraph::new(
            "Niger".into(),
            vec![
                event(
                    "ev-1",
                    vec![
                        ("agent", france.clone()),
                        ("origin", entity("Q1032", "Niger", "Country")),
                    ],
                ),
                event(
                    "ev-2",
                    vec![
                        ("agent", france),
                        ("participant", entity("local-x", "Wagner", "ArmedGroup")),
                    ],
                ),
            ],
        );
        assert_eq!(g.actors.len(), 3);
        assert_eq!(g.edges.len(), 4);
        let svg = g.svg();
        assert_eq!(svg.matches("class=\"actor\"").count(), 3);
        assert_eq!(svg.matches("class=\"edge\"").count(), 4);
        assert!(svg.contains("href=\"https://www.wikidata.org/wiki/Q142\""));
        // An actor without a Wikidata id is drawn without a link.
        assert!(
            svg.contains("<g class=\"actor\" data-iri=\"https://newskg.org/id/entity/local-x\">")
        );
        // Places on the left, others on the right.
        assert!(g.actors.iter().any(|a| a.entity.label == "Niger" && a.left));
        assert!(g
            .actors
            .iter()
            .any(|a| a.entity.label == "Wagner" && !a.left));
    }
}
