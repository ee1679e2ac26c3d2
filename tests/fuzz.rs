//! Property-based fuzzing of the three places arbitrary input reaches: the extractor (any
//! text, and text built from newsy words), the HTML/Markdown/text readers, and the
//! named-query parameter binder. In CI each target runs a small budget; set
//! NEWSKG_FUZZ_SECS to run each for that many seconds and print the number of cases.
//! Inputs that once failed are kept below as regression cases.

use oxigraph::model::{NamedNode, Term};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use std::time::{Duration, Instant};

fn run<S: Strategy>(name: &str, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    let secs: u64 = std::env::var("NEWSKG_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let (chunk, deadline) = if secs == 0 {
        (200, Duration::ZERO)
    } else {
        (2000, Duration::from_secs(secs))
    };
    let start = Instant::now();
    let mut cases = 0u64;
    loop {
        let mut runner = TestRunner::new(Config {
            cases: chunk,
            failure_persistence: None,
            ..Config::default()
        });
        if let Err(e) = runner.run(&strategy, &test) {
            panic!("{name}: {e}");
        }
        cases += chunk as u64;
        if start.elapsed() >= deadline {
            break;
        }
    }
    eprintln!(
        "fuzz {name}: {cases} cases in {:.1}s, no failure",
        start.elapsed().as_secs_f64()
    );
}

const WORDS: &[&str] = &[
    "French",
    "troops",
    "left",
    "Mali",
    "the",
    "junta",
    "its",
    "their",
    "forces",
    "withdraw",
    "from",
    "Niger's",
    "U.S.",
    "Gen.",
    "Dec.",
    "on",
    "Monday",
    "last",
    "July",
    "since",
    "2021",
    "coup",
    "demanded",
    "departure",
    "of",
    "\"",
    ",",
    ".",
    "'s",
    "’s",
    "(",
    ")",
    "—",
    "-",
    "said",
    "according",
    "to",
    "as",
    "confirmed",
    "by",
    "President",
    "Joe",
    "Biden",
    "capital",
    "country",
    "city",
    "them",
    "it",
    "will",
    "not",
    "no",
    "agreed",
    "arrived",
    "in",
    "Niamey",
    "é",
    "日本",
    "\n",
    "\n\n",
    "1,000",
    "$",
    "£",
    "100",
    "between",
    "and",
    "Burkina",
    "Faso",
    "Washington",
    "Russian",
    "military",
    "instructors",
    "landed",
    "ordered",
    "leave",
    "expelled",
    "were",
    "have",
    "since",
    "been",
    "each",
    "three",
    "juntas",
    "took",
    "power",
    "prompting",
    "request",
];

fn newsy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 0..120).prop_map(|w| w.join(" "))
}

fn extract_and_map(text: &str) -> Result<(), TestCaseError> {
    let article = newskg::source::Article {
        text: text.to_string(),
        ..Default::default()
    };
    let doc = newskg::analyze::analyze(&article.text);
    let x = newskg::extract::extract(&doc, chrono::NaiveDate::from_ymd_opt(2024, 4, 13));
    for e in &x.events {
        prop_assert!(e.trigger_start <= e.trigger_end && e.trigger_end <= text.len());
        prop_assert!(
            text.is_char_boundary(e.trigger_start) && text.is_char_boundary(e.trigger_end)
        );
    }
    let (_, quads) = newskg::map::map(&article, &doc, &x);
    for q in &quads {
        for t in [
            q.subject.to_string(),
            q.predicate.to_string(),
            q.object.to_string(),
        ] {
            if let Some(iri) = t.strip_prefix('<').and_then(|t| t.strip_suffix('>')) {
                prop_assert!(NamedNode::new(iri).is_ok(), "invalid IRI {}", iri);
            }
        }
    }
    Ok(())
}

#[test]
fn fuzz_extractor_on_any_text() {
    run("extractor/any", any::<String>(), |s| extract_and_map(&s));
}

#[test]
fn fuzz_extractor_on_newsy_text() {
    run("extractor/newsy", newsy(), |s| extract_and_map(&s));
}

#[test]
fn fuzz_readers() {
    let html = prop::collection::vec(
        prop::sample::select(
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
                "<meta property=\"og:url\" content=\"",
                "\">",
                "<article>",
                "<title>",
                "</title>",
                "&",
                "<",
                ">",
                "troops left Mali",
                "é",
                "\n",
            ][..],
        ),
        0..60,
    )
    .prop_map(|v| v.concat());
    run("readers/html", html, |s| {
        let a = newskg::source::from_html(&s);
        prop_assert!(!a.text.contains("<script"));
        Ok(())
    });
    run("readers/markdown+text", any::<String>(), |s| {
        let a = newskg::source::from_markdown(&s);
        let b = newskg::source::from_text(&s);
        // Boilerplate is blanked character for character: character offsets (the ones
        // newskg publishes) stay offsets into the file.
        prop_assert_eq!(
            b.text.chars().count(),
            s.chars().count(),
            "plain text keeps its offsets"
        );
        let _ = a;
        Ok(())
    });
}

#[test]
fn fuzz_parameter_binder() {
    let q = newskg::query::named("forces-left").unwrap();
    let value = prop_oneof![
        any::<String>(),
        "Q[0-9]{1,12}[^0-9]{0,3}",
        "(wd:|http://www.wikidata.org/entity/)?Q[0-9> };#]{0,12}"
    ];
    run("binder", value, |v| {
        match newskg::query::bind_params(&q, &[format!("country={v}")]) {
            Ok(b) => match &b[0].1 {
                Term::NamedNode(n) => {
                    prop_assert!(n.as_str().starts_with("http://www.wikidata.org/entity/Q"));
                    prop_assert!(
                        n.as_str()[32..].bytes().all(|c| c.is_ascii_digit()),
                        "only digits after Q: {}",
                        n
                    );
                }
                other => prop_assert!(false, "bound to {other}"),
            },
            Err(e) => prop_assert!(e.is_usage()),
        }
        Ok(())
    });
}

/// Inputs that once broke something, kept as regressions.
#[test]
fn regressions() {
    for s in [
        "£", // a multibyte character where a lemma was sliced by bytes
        "Ţroops",
        "the the the the",
        "",
        "\"\"\"",
        "U.S. U.S. U.S.",
        "their their countries countries",
        "each capital left", // found by fuzzing: an index below the first token
        "© 0",               // found by fuzzing: a blanked boilerplate line
        "the \n\n capital Gen. Burkina withdraw", // found by fuzzing
        "\u{11180}ᤤEd<",     // found by fuzzing: a doubled byte inside a wide character
        "New Zealand troops, North Korea-backed units and New York-based officials", // found on BBC text: a name spanning tokens
    ] {
        extract_and_map(s).unwrap();
    }
    // An entity reference next to a multibyte character was sliced inside it.
    let a = newskg::source::from_html("<p>&#99999999;é&amp;x</p>");
    assert!(a.text.contains("é&x"));
}
