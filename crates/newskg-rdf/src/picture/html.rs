//! The pictures as one self-contained HTML file (for a report): the timeline, the panel that
//! shows a chosen event's claims, and the actor–event graph, with the viewer script and the
//! timeline's data inline, so the file works offline and the same store gives the same
//! bytes. The endpoint's page uses the same script and styles.

use super::{escape, timeline, ArticleText, Timeline};

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

/// The start of a page, to the end of its `<head>`: its title and its styles.
fn head(title: &str, style: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n{style}</style>\n</head>",
        escape(title)
    )
}

const ARTICLE_STYLE: &str =
    "body { font-family: system-ui, sans-serif; margin: 2em; max-width: 50em; }
.text { white-space: pre-wrap; line-height: 1.5; font-size: 1.05em; }
mark { background: #ffd43b; }
";

/// The timeline and the country's actor–event graph as a page.
pub fn page(t: &Timeline) -> String {
    let title = format!("Timeline of {}", t.country.label);
    format!(
        r#"{head}
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
        head = head(
            &title,
            &format!(
                "body {{ font-family: system-ui, sans-serif; margin: 2em; max-width: 76em; }}\n{VIEW_CSS}"
            )
        ),
        title = escape(&title),
        version = env!("CARGO_PKG_VERSION"),
        svg = timeline::svg(t),
        graph = t.actor_graph().svg(),
        data = script_json(t),
        js = VIEW_JS,
    )
}

/// An article's text as a page, the characters `mark` (start, end) highlighted (a claim's
/// sentence) with the id `claim`, so a link can point at it.
pub fn article_page(a: &ArticleText, iri: &str, mark: Option<(usize, usize)>) -> String {
    let title = a.title.clone().unwrap_or_else(|| iri.to_string());
    let chars: Vec<char> = a.body.chars().collect();
    let piece = |x: usize, y: usize| {
        escape(
            &chars[x.min(chars.len())..y.min(chars.len())]
                .iter()
                .collect::<String>(),
        )
    };
    let body = match mark {
        Some((s, e)) if s < e && e <= chars.len() => format!(
            "{}<mark id=\"claim\">{}</mark>{}",
            piece(0, s),
            piece(s, e),
            piece(e, chars.len())
        ),
        _ => piece(0, chars.len()),
    };
    let mut about = vec![format!("<code>{}</code>", escape(iri))];
    if let Some(p) = &a.published {
        about.push(format!("published {}", escape(p)));
    }
    if let Some(u) = &a.url {
        about.push(format!("<a href=\"{0}\">{0}</a>", escape(u)));
    }
    format!(
        r#"{head}
<body>
<p><a href="./">← newskg</a></p>
<h1>{title}</h1>
<p>{about}</p>
<div class="text">{body}</div>
</body>
</html>
"#,
        head = head(&title, ARTICLE_STYLE),
        title = escape(&title),
        about = about.join(" · "),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_article_page_marks_the_sentence_by_characters_and_escapes_the_text() {
        let a = ArticleText {
            body: "Côte d'Ivoire <b>said</b> so. Troops left.".into(),
            title: None,
            published: Some("2024-01-02".into()),
            url: None,
        };
        let page = article_page(&a, "https://newskg.org/id/article/x", Some((30, 42)));
        assert!(
            page.contains("<mark id=\"claim\">Troops left.</mark>"),
            "{page}"
        );
        assert!(page.contains("&lt;b&gt;said&lt;/b&gt;"));
        // Offsets past the text mark nothing.
        assert!(!article_page(&a, "x", Some((30, 99))).contains("<mark"));
    }

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
