//! HTML reading on pages in the shapes real news pages take (`tests/fixtures/html/`, written
//! for these tests): the exact main text (`NAME.expected.txt`), title, date and URL of each;
//! junk that must never panic; and the reader's speed on a large page (printed, not
//! asserted).

use chrono::NaiveDate;
use newskg_text::source::{self, from_html, Item, Meta};
use std::path::{Path, PathBuf};
use std::time::Instant;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/html")
}

/// What each fixture's metadata must read as: title, date, URL.
const EXPECTED: &[(&str, &str, Option<&str>, &str)] = &[
    (
        "wire-story",
        "French troops hand over Port-Bouët base to Côte d\u{2019}Ivoire",
        Some("2024-02-20"),
        "https://ledger.example/world/2024/02/20/port-bouet-handover",
    ),
    (
        "br-paragraphs",
        "Sahel Monitor - Protesters in Bamako demand the exit of foreign troops",
        Some("2022-02-04"),
        "http://sahelmonitor.example/news.php?id=4471",
    ),
    (
        "density",
        "Niger's last US drones leave Agadez",
        Some("2024-05-19"),
        "https://dispatch.example/2024/05/niger-drone-base",
    ),
    (
        "main-region",
        "Chad and the French exit: what changes",
        Some("2025-01-31"),
        "https://lakepost.example/analysis/chad-french-exit",
    ),
];

#[test]
fn fixtures_give_their_main_text_title_date_and_url() {
    let mut names: Vec<String> = std::fs::read_dir(fixtures())
        .expect("the fixtures")
        .filter_map(|e| {
            let name = e.ok()?.file_name().to_string_lossy().to_string();
            name.strip_suffix(".html").map(str::to_string)
        })
        .collect();
    names.sort();
    assert_eq!(
        names.len(),
        EXPECTED.len(),
        "every fixture has its expectations"
    );
    for (name, title, date, url) in EXPECTED {
        let html = std::fs::read_to_string(fixtures().join(format!("{name}.html"))).unwrap();
        let want = std::fs::read_to_string(fixtures().join(format!("{name}.expected.txt")))
            .unwrap_or_else(|_| panic!("{name}.expected.txt"));
        let a = from_html(&html);
        assert_eq!(a.text, want, "{name}: main text");
        assert_eq!(a.title.as_deref(), Some(*title), "{name}: title");
        let date = date.map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap());
        assert_eq!(a.published, date, "{name}: date");
        assert_eq!(a.url.as_deref(), Some(*url), "{name}: URL");
    }
}

#[test]
fn entities_reach_the_article_as_characters_and_names_are_found() {
    let html = std::fs::read_to_string(fixtures().join("wire-story.html")).unwrap();
    let a = from_html(&html);
    for decoded in [
        "Port-Bouët",
        "Côte d\u{2019}Ivoire",
        "café",
        "—",
        "Paris\u{2019}s",
        "France\u{2019}s",
    ] {
        assert!(a.text.contains(decoded), "{decoded} in the text");
    }
    assert!(!a.text.contains('&'), "no entity left: {}", a.text);
    let x = newskg_text::extract_article(&a);
    let names: Vec<&str> = x.actors.iter().map(|a| a.label.as_str()).collect();
    for country in ["France", "Mali", "Niger", "Burkina Faso"] {
        assert!(names.contains(&country), "{country} among {names:?}");
    }
}

#[test]
fn an_html_file_reads_through_read_input_with_offsets_into_its_text() {
    let path = fixtures().join("density.html");
    let item = source::read_input(&path, &Meta::default(), false)
        .unwrap()
        .next()
        .unwrap();
    let Item::Article(a) = item else {
        panic!("an article")
    };
    let x = newskg_text::extract_article(&a);
    assert!(!x.events.is_empty(), "events found");
    for m in &x.mentions {
        assert_eq!(
            &a.text[m.start..m.end],
            m.text,
            "mention offsets into the text"
        );
    }
    for e in &x.events {
        let s = &a.text[e.trigger_start..e.trigger_end];
        assert_eq!(
            s, e.trigger,
            "the trigger's offsets point into the stored text"
        );
    }
}

/// Junk that once broke hand-written scanners: every one must read without a panic.
#[test]
fn junk_never_panics() {
    let huge_attr = format!("<p title=\"{}\">troops left Mali</p>", "x".repeat(1 << 20));
    let deep = "<div><span><b>".repeat(20_000) + "troops left Mali";
    let mut cases: Vec<String> = vec![
        String::new(),
        "<".into(),
        "<p".into(),
        "<p class=\"".into(),
        "&".into(),
        "&#".into(),
        "&#x".into(),
        "&#99999999;&#xD800;&#0;&amp".into(),
        "<!--".into(),
        "<![CDATA[ x".into(),
        "<script>".into(),
        "<title>never closed".into(),
        "<meta property=\"og:url\" content=\"".into(),
        "<time datetime=\"2024-13-45\">x</time><time datetime=\"ü2024-01-01ü\">".into(),
        "</p></div></article></body></html>troops".into(),
        "<table><tr><td><table><p>foster<td>parented</table>text".into(),
        "<a><p><a><div><a>adoption</a></div></p></a>".into(),
        "<svg><foreignObject><p>inside</p></foreignObject></svg><math><mi>x</mi></math>".into(),
        "<template><article>tmpl</article></template><body hidden><p>x</p>".into(),
        "\u{0}\u{1}\u{feff}<p>\r\n\u{fffd}é</p>".into(),
        huge_attr,
        deep,
    ];
    // Truncations of a real-shaped page at every 97th byte (on character boundaries).
    let page = std::fs::read_to_string(fixtures().join("wire-story.html")).unwrap();
    let cuts = (0..page.len())
        .step_by(97)
        .filter(|&i| page.is_char_boundary(i));
    cases.extend(cuts.map(|i| page[..i].to_string()));
    for (i, case) in cases.iter().enumerate() {
        let a = std::panic::catch_unwind(|| from_html(case))
            .unwrap_or_else(|_| panic!("case {i} panicked: {:?}", &case[..case.len().min(80)]));
        assert!(!a.text.contains("<script"), "case {i}");
    }
}

/// Random pages of tag, entity and text fragments (the alphabet of the workspace's
/// `tests/fuzz.rs`, with the fragments of bylines, lists and breaks added): no panic, no
/// script text, and the text always ends a paragraph with a newline.
#[test]
fn fuzzed_pages_never_panic() {
    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};
    let fragments = prop::sample::select(
        &[
            "<p>",
            "</p>",
            "<script>",
            "</script>",
            "<style>",
            "<!--",
            "-->",
            "&amp;",
            "&#x41;",
            "&#99999999;",
            "&eacute",
            "&rsquo;",
            "<meta property=\"og:url\" content=\"",
            "\">",
            "<article>",
            "</article>",
            "<title>",
            "</title>",
            "<br>",
            "<ul><li><a>",
            "</a></li></ul>",
            "<div class=\"byline\">",
            "</div>",
            "<main>",
            "<table><td>",
            "<time datetime=\"2024-01-0",
            "&",
            "<",
            ">",
            "troops left Mali, officials said",
            "é",
            "\n",
        ][..],
    );
    let pages = prop::collection::vec(fragments, 0..60).prop_map(|v| v.concat());
    let mut runner = TestRunner::new(Config {
        cases: 500,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&pages, |page| {
            let a = from_html(&page);
            prop_assert!(!a.text.contains("<script"));
            prop_assert!(a.text.is_empty() || a.text.ends_with('\n'));
            Ok(())
        })
        .unwrap();
    // Kept from the workspace's fuzz regressions: a character reference out of range next
    // to a multibyte character.
    assert_eq!(from_html("<p>&#99999999;é&amp;x</p>").text, "\u{fffd}é&x\n");
}

/// A large page of the usual shape: a navigation bar, an article of many paragraphs with
/// entities and links, related links and scripts.
fn large_page(paragraphs: usize) -> String {
    let mut h = String::from("<!DOCTYPE html><html><head><title>Big page</title>");
    h.push_str("<script>var data = {\"items\": [1, 2, 3]};</script></head><body><nav><ul>");
    for i in 0..300 {
        h.push_str(&format!("<li><a href=\"/s/{i}\">Section {i}</a></li>"));
    }
    h.push_str("</ul></nav><main><article><h1>Big page</h1>");
    for i in 0..paragraphs {
        h.push_str(&format!(
            "<p class=\"para\">Paragraph {i}: French troops left C&ocirc;te d&rsquo;Ivoire, \
             <a href=\"/t/{i}\">officials</a> said on Monday &mdash; the caf&eacute; stayed \
             open&nbsp;until noon, and <em>Mali&#8217;s</em> army took over the base.</p>\n"
        ));
    }
    h.push_str("<ul class=\"related\">");
    for i in 0..100 {
        h.push_str(&format!(
            "<li><a href=\"/r/{i}\">Related story {i}</a></li>"
        ));
    }
    h.push_str("</ul></article></main><footer>Footer</footer></body></html>");
    h
}

#[test]
fn speed_on_a_large_page() {
    let page = large_page(1500);
    let mut times = Vec::new();
    let mut chars = 0;
    for _ in 0..5 {
        let t = Instant::now();
        let a = from_html(&page);
        times.push(t.elapsed().as_secs_f64());
        chars = a.text.chars().count();
    }
    times.sort_by(f64::total_cmp);
    let median = times[2];
    println!(
        "from_html: {} KB of HTML → {} characters of text in {:.1} ms (median of 5; {:.1} MB/s)",
        page.len() / 1024,
        chars,
        median * 1e3,
        page.len() as f64 / median / 1e6
    );
}
