//! A timeline drawn as SVG: time runs down a vertical axis, one mark per real-world event
//! in the order `gather` gives, the space between days growing with the time between them.
//! A mark's colour is its event type and its shape its status (filled for what happened,
//! hollow for what is only planned or demanded, a cross for what was denied); an event the
//! text gives no date for is placed by its order, its date written "≈". Each mark is a
//! focusable group named by its event, so a page can let the reader choose one.

use super::{escape, Mark, Placement, Timeline};
use std::fmt::Write;

/// Width of the drawing.
const WIDTH: f64 = 1000.0;
/// Where the axis runs.
const AXIS_X: f64 = 210.0;
/// Height of one event's row.
const ROW: f64 = 26.0;
/// Where the first row starts (below the title and the legend).
const TOP: f64 = 118.0;

/// An event type's colour.
pub fn type_colour(event_type: &str) -> &'static str {
    match event_type {
        "Coup" => "#c0392b",
        "Withdrawal" => "#1f77b4",
        "Deployment" => "#2ca02c",
        "Arrival" => "#138d90",
        "Protest" => "#e67e22",
        "Meeting" => "#8e44ad",
        "Agreement" => "#8c564b",
        "Demand" => "#d63384",
        "Sanction" => "#5d6d7e",
        "Attack" => "#7b241c",
        "Designation" => "#9a9a1f",
        "Training" => "#4d6a2b",
        "Election" => "#283593",
        "Visit" => "#b0607a",
        _ => "#444444",
    }
}

/// A status's shape at (x, y) in `colour`, as an SVG element.
pub fn status_shape(status: &str, x: f64, y: f64, colour: &str) -> String {
    let r = 7.0;
    let filled = format!("fill=\"{colour}\" stroke=\"{colour}\" stroke-width=\"1.5\"");
    let hollow = format!("fill=\"#ffffff\" stroke=\"{colour}\" stroke-width=\"2\"");
    match status {
        "Completed" => format!("<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{r}\" {filled}/>"),
        "UnderWay" => format!(
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{}\" height=\"{}\" {filled}/>",
            x - r + 1.0,
            y - r + 1.0,
            2.0 * r - 2.0,
            2.0 * r - 2.0
        ),
        "Agreed" => format!(
            "<path d=\"M{x:.1} {:.1}L{:.1} {y:.1}L{x:.1} {:.1}L{:.1} {y:.1}Z\" {filled}/>",
            y - r - 1.0,
            x + r + 1.0,
            y + r + 1.0,
            x - r - 1.0
        ),
        "Ordered" | "Demanded" => format!(
            "<path d=\"M{x:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}Z\" {}/>",
            y - r - 1.0,
            x + r + 1.0,
            y + r - 1.0,
            x - r - 1.0,
            y + r - 1.0,
            if status == "Ordered" { &filled } else { &hollow }
        ),
        "Planned" => format!(
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{}\" {hollow} stroke-dasharray=\"3 2\"/>",
            r - 0.5
        ),
        "Denied" => format!(
            "<path d=\"M{:.1} {:.1}L{:.1} {:.1}M{:.1} {:.1}L{:.1} {:.1}\" stroke=\"{colour}\" stroke-width=\"3\" fill=\"none\"/>",
            x - r,
            y - r,
            x + r,
            y + r,
            x - r,
            y + r,
            x + r,
            y - r
        ),
        _ => format!(
            "<path d=\"M{x:.1} {:.1}L{:.1} {y:.1}L{x:.1} {:.1}L{:.1} {y:.1}Z\" {hollow} stroke-dasharray=\"2 2\"/>",
            y - r - 1.0,
            x + r + 1.0,
            y + r + 1.0,
            x - r - 1.0
        ),
    }
}

/// The statuses in the legend's order.
const STATUSES: [&str; 8] = [
    "Completed",
    "UnderWay",
    "Agreed",
    "Ordered",
    "Planned",
    "Demanded",
    "Denied",
    "Hypothetical",
];

/// How a mark's day is written: a day, a month, a year or a range, "≈" when estimated.
pub fn day_label(m: &Mark) -> String {
    if m.placement == Placement::ByOrder {
        return match (&m.time_text, m.day.is_empty()) {
            (Some(t), true) => format!("“{}”", clip(t, 16)),
            (Some(t), false) => format!("“{}” ≈ {}", clip(t, 10), m.day),
            (None, true) => "undated".into(),
            (None, false) => format!("≈ {}", m.day),
        };
    }
    let (e, l) = (
        m.earliest.as_deref().unwrap_or(&m.day),
        m.latest.as_deref().unwrap_or(&m.day),
    );
    if e == l {
        e.to_string()
    } else if e.get(..7) == l.get(..7) {
        e.get(..7).unwrap_or(e).to_string()
    } else if e.get(..4) == l.get(..4) && e.get(5..) == Some("01-01") {
        e.get(..4).unwrap_or(e).to_string()
    } else {
        format!("{e} – {l}")
    }
}

/// The words beside a mark: type, who, status, how many articles.
pub fn mark_text(m: &Mark) -> String {
    let who = |roles: &[&str]| -> Vec<String> {
        m.actors
            .iter()
            .filter(|r| roles.contains(&r.role.as_str()))
            .map(|r| r.entity.label.clone())
            .collect()
    };
    let mut agents = who(&["agent"]);
    if agents.is_empty() {
        agents = who(&["force", "participant"]);
    }
    let mut s = m.event_type.clone();
    if !agents.is_empty() {
        s.push_str(&format!(" · {}", clip(&agents.join(", "), 48)));
    }
    let places = who(&["origin", "destination", "location"]);
    if !places.is_empty() {
        let arrow = if m.actors.iter().any(|r| r.role == "origin") {
            "from"
        } else {
            "in"
        };
        s.push_str(&format!(" · {arrow} {}", clip(&places.join(", "), 32)));
    }
    s.push_str(&format!(" · {}", super::status_words(&m.status)));
    let articles: std::collections::BTreeSet<&str> =
        m.claims.iter().map(|c| c.article.as_str()).collect();
    if articles.len() > 1 {
        s.push_str(&format!(" · {} articles", articles.len()));
    }
    s
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}

/// The gap before a row: a row's height, more when days pass between it and the last.
fn gap(prev: Option<&Mark>, m: &Mark) -> f64 {
    let Some(p) = prev else { return 0.0 };
    if p.day == m.day && p.placement == m.placement {
        return ROW;
    }
    let days = match (date(&p.day), date(&m.day)) {
        (Some(a), Some(b)) => (b - a).num_days().max(0) as f64,
        _ => 30.0,
    };
    ROW + (6.0 + 5.0 * (1.0 + days).ln()).min(44.0)
}

fn date(s: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// The timeline as an SVG document (the same timeline gives the same bytes).
pub fn svg(t: &Timeline) -> String {
    let mut ys = Vec::with_capacity(t.marks.len());
    let mut y = TOP;
    for (i, m) in t.marks.iter().enumerate() {
        y += gap(i.checked_sub(1).map(|p| &t.marks[p]), m);
        ys.push(y);
    }
    let height = if t.marks.is_empty() {
        TOP + 40.0
    } else {
        y + 40.0
    };
    let mut s = String::new();
    let title = format!("Timeline of {}", t.country.label);
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"newskg-timeline\" width=\"{WIDTH}\" height=\"{height:.0}\" viewBox=\"0 0 {WIDTH} {height:.0}\" role=\"group\" aria-label=\"{}\" font-family=\"DejaVu Sans, Verdana, sans-serif\" font-size=\"13\">",
        escape(&title)
    );
    let _ = writeln!(s, "<title>{}</title>", escape(&title));
    let _ = writeln!(
        s,
        "<rect width=\"{WIDTH}\" height=\"{height:.0}\" fill=\"#ffffff\"/>"
    );
    let _ = writeln!(
        s,
        "<text x=\"16\" y=\"30\" font-size=\"20\" font-weight=\"bold\">{}</text>",
        escape(&title)
    );
    let _ = writeln!(
        s,
        "<text x=\"16\" y=\"50\" fill=\"#555555\">{} events{}</text>",
        t.marks.len(),
        t.country
            .qid
            .as_ref()
            .map(|q| format!(" · Wikidata {}", escape(q)))
            .unwrap_or_default()
    );
    legend(&mut s, t);
    if t.marks.is_empty() {
        let _ = writeln!(
            s,
            "<text x=\"16\" y=\"{:.0}\">The store holds no events in {}.</text>",
            TOP,
            escape(&t.country.label)
        );
    } else {
        let _ = writeln!(
            s,
            "<line x1=\"{AXIS_X}\" y1=\"{:.1}\" x2=\"{AXIS_X}\" y2=\"{:.1}\" stroke=\"#999999\" stroke-width=\"2\"/>",
            TOP - 14.0,
            ys[ys.len() - 1] + 14.0
        );
    }
    for (i, m) in t.marks.iter().enumerate() {
        let new_day = i == 0 || day_label(&t.marks[i - 1]) != day_label(m);
        mark(&mut s, m, ys[i], new_day);
    }
    s.push_str("</svg>\n");
    s
}

/// The legend: the statuses' shapes and the colours of the types present.
fn legend(s: &mut String, t: &Timeline) {
    let mut x = 16.0;
    let y = 74.0;
    let grey = "#555555";
    for st in STATUSES {
        let _ = writeln!(s, "{}", status_shape(st, x + 7.0, y, grey));
        let word = super::status_words(st);
        let _ = writeln!(
            s,
            "<text x=\"{:.0}\" y=\"{:.0}\" fill=\"{grey}\">{word}</text>",
            x + 18.0,
            y + 4.0
        );
        x += 26.0 + 7.2 * word.chars().count() as f64 + 12.0;
    }
    let mut types: Vec<&str> = t.marks.iter().map(|m| m.event_type.as_str()).collect();
    types.sort_by_key(|ty| newskg_model::EventType::from_name(ty));
    types.dedup();
    let (mut x, y) = (16.0, 98.0);
    for ty in types {
        let _ = writeln!(
            s,
            "<rect x=\"{x:.0}\" y=\"{:.0}\" width=\"12\" height=\"12\" fill=\"{}\"/>",
            y - 10.0,
            type_colour(ty)
        );
        let _ = writeln!(s, "<text x=\"{:.0}\" y=\"{y:.0}\">{ty}</text>", x + 17.0);
        x += 30.0 + 7.8 * ty.len() as f64;
    }
}

/// One event's row: its date when the day changes, a tick, its mark and its words.
fn mark(s: &mut String, m: &Mark, y: f64, new_day: bool) {
    let estimated = m.placement == Placement::ByOrder;
    if new_day {
        let _ = writeln!(
            s,
            "<text class=\"day\" x=\"{:.0}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"{}\"{}>{}</text>",
            AXIS_X - 14.0,
            y + 4.5,
            if estimated { "#777777" } else { "#222222" },
            if estimated { " font-style=\"italic\"" } else { "" },
            escape(&day_label(m))
        );
        let _ =
            writeln!(
            s,
            "<line x1=\"{:.0}\" y1=\"{y:.1}\" x2=\"{:.0}\" y2=\"{y:.1}\" stroke=\"#999999\"{}/>",
            AXIS_X - 8.0,
            AXIS_X,
            if estimated { " stroke-dasharray=\"2 2\"" } else { "" }
        );
    }
    let colour = type_colour(&m.event_type);
    let _ = writeln!(
        s,
        "<g class=\"mark\" id=\"{}\" data-key=\"{}\" data-type=\"{}\" data-status=\"{}\" data-placement=\"{}\" tabindex=\"0\" role=\"button\" aria-label=\"{}\">",
        escape(&m.id),
        escape(&m.key),
        escape(&m.event_type),
        escape(&m.status),
        if estimated { "by-order" } else { "dated" },
        escape(&m.title())
    );
    let _ = writeln!(s, "<title>{}</title>", escape(&m.title()));
    let _ = writeln!(
        s,
        "<rect class=\"hit\" x=\"{:.0}\" y=\"{:.1}\" width=\"{:.0}\" height=\"{ROW}\" fill=\"#ffffff\" fill-opacity=\"0\"/>",
        AXIS_X - 12.0,
        y - ROW / 2.0,
        WIDTH - AXIS_X
    );
    let _ = writeln!(s, "{}", status_shape(&m.status, AXIS_X + 14.0, y, colour));
    let _ = writeln!(
        s,
        "<text x=\"{:.0}\" y=\"{:.1}\" fill=\"{}\">{}</text>",
        AXIS_X + 30.0,
        y + 4.5,
        if estimated { "#333333" } else { "#111111" },
        escape(&mark_text(m))
    );
    s.push_str("</g>\n");
}

#[cfg(test)]
mod tests {
    use super::super::{Claim, Entity, Role};
    use super::*;

    fn mark(id: &str, ty: &str, status: &str, day: &str, placement: Placement) -> Mark {
        Mark {
            id: id.into(),
            key: format!("https://newskg.org/id/event/{id}"),
            event_type: ty.into(),
            status: status.into(),
            earliest: (placement == Placement::Dated).then(|| day.to_string()),
            latest: (placement == Placement::Dated).then(|| day.to_string()),
            day: day.into(),
            time_text: None,
            placement,
            actors: vec![Role {
                role: "agent".into(),
                entity: Entity {
                    iri: "https://newskg.org/id/entity/Q142".into(),
                    label: "France & allies".into(),
                    qid: Some("Q142".into()),
                    kind: "Country".into(),
                },
            }],
            claims: Vec::<Claim>::new(),
        }
    }

    fn timeline(marks: Vec<Mark>) -> Timeline {
        Timeline {
            country: Entity {
                iri: "https://newskg.org/id/entity/Q1032".into(),
                label: "Niger".into(),
                qid: Some("Q1032".into()),
                kind: "Country".into(),
            },
            marks,
        }
    }

    #[test]
    fn each_event_is_one_named_focusable_mark_in_order() {
        let t = timeline(vec![
            mark("ev-1", "Coup", "Completed", "2023-07-26", Placement::Dated),
            mark(
                "ev-2",
                "Withdrawal",
                "Planned",
                "2024-03-01",
                Placement::ByOrder,
            ),
        ]);
        let svg = svg(&t);
        assert_eq!(svg.matches("<g class=\"mark\"").count(), 2);
        let first = svg.find("id=\"ev-1\"").expect("first mark");
        let second = svg.find("id=\"ev-2\"").expect("second mark");
        assert!(first < second);
        assert!(svg.contains("tabindex=\"0\" role=\"button\""));
        // Text is escaped, and the estimated day is written as one.
        assert!(svg.contains("France &amp; allies"));
        assert!(svg.contains("≈ 2024-03-01"));
        assert!(!svg.contains("France & allies"));
    }

    #[test]
    fn statuses_are_drawn_differently() {
        let shapes: Vec<String> = STATUSES
            .iter()
            .map(|s| status_shape(s, 10.0, 10.0, "#000000"))
            .collect();
        for (i, a) in shapes.iter().enumerate() {
            for b in &shapes[i + 1..] {
                assert_ne!(a, b);
            }
        }
        // What happened is filled; what is only planned or demanded is hollow.
        assert!(status_shape("Completed", 0.0, 0.0, "#123456").contains("fill=\"#123456\""));
        assert!(status_shape("Planned", 0.0, 0.0, "#123456").contains("fill=\"#ffffff\""));
        assert!(status_shape("Demanded", 0.0, 0.0, "#123456").contains("fill=\"#ffffff\""));
    }

    #[test]
    fn days_are_written_at_their_precision() {
        let mut m = mark("ev-1", "Coup", "Completed", "2023-07-01", Placement::Dated);
        m.latest = Some("2023-07-31".into());
        assert_eq!(day_label(&m), "2023-07");
        m.latest = Some("2023-12-31".into());
        assert_eq!(day_label(&m), "2023-07-01 – 2023-12-31");
        m.earliest = Some("2023-01-01".into());
        assert_eq!(day_label(&m), "2023");
        m.earliest = Some("2023-07-01".into());
        m.latest = Some("2023-07-01".into());
        assert_eq!(day_label(&m), "2023-07-01");
    }

    #[test]
    fn more_time_between_days_leaves_more_space() {
        let a = mark("a", "Coup", "Completed", "2023-07-01", Placement::Dated);
        let b = mark("b", "Coup", "Completed", "2023-07-02", Placement::Dated);
        let c = mark("c", "Coup", "Completed", "2024-07-02", Placement::Dated);
        assert!(gap(Some(&a), &b) < gap(Some(&a), &c));
        assert_eq!(gap(Some(&a), &a), ROW);
    }
}
