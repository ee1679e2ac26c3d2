//! The pictures as one self-contained HTML file (for a report): the timeline, the panel that
//! shows a chosen event's claims, and the actor–event graph, with the viewer script and the
//! timeline's data inline, so the file works offline and the same store gives the same
//! bytes. The endpoint's page uses the same script and styles.

use super::graph::ActorGraph;
use super::{escape, timeline, Timeline};

/// The viewer script (`view.js`): choosing a mark shows its claims.
pub const VIEW_JS: &str = include_str!("view.js");
/// The viewer's styles (`view.css`).
pub const VIEW_CSS: &str = include_str!("view.css");

/// JSON that may sit inside a `<script>` element: `<` written as `\u003c`, so no `</script>`
/// (or `<!--`) can end it early.
pub fn script_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value)
        .expect("the pictures' data serialize")
        .replace('<', "\\u003c")
}

/// The timeline and the country's actor–event graph as a page.
pub fn page(t: &Timeline) -> String {
    let title = format!("Timeline of {}", t.country.label);
    let graph = ActorGraph::new(
        format!("{} — actors and events", t.country.label),
        t.marks.clone(),
    );
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; max-width: 76em; }}
{css}</style>
</head>
<body>
<main>
<h1>{title}</h1>
<p>Made by newskg {version} from the store's claims. Choose an event (click it, or Tab to it and press Enter) to see the sentences that report it.</p>
<div class="picture" id="timeline">
{svg}</div>
<section id="claims" aria-live="polite" aria-labelledby="claims-heading"><h3 id="claims-heading">No event chosen</h3></section>
<h2>Actors and events</h2>
<div class="picture" id="graph">
{graph}</div>
</main>
<script type="application/json" id="newskg-timeline">{data}</script>
<script>
{js}
newskgView.attach(document.getElementById('timeline'), JSON.parse(document.getElementById('newskg-timeline').textContent).marks, document.getElementById('claims'), null);
</script>
</body>
</html>
"#,
        title = escape(&title),
        css = VIEW_CSS,
        version = env!("CARGO_PKG_VERSION"),
        svg = timeline::svg(t),
        graph = graph.svg(),
        data = script_json(t),
        js = VIEW_JS,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_json_cannot_close_its_script_element() {
        let s = script_json(&"</script><!-- x");
        assert!(!s.contains('<'));
        assert_eq!(
            serde_json::from_str::<String>(&s).unwrap(),
            "</script><!-- x"
        );
    }
}
