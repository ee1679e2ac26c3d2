//! The endpoint's page in a real browser: headless Chromium from Debian driven by Selenium
//! (`tests/browser/check_page.py`) against `newskg serve` on a store holding the example
//! articles. The page must list the Niger article's events in order on its timeline, show a
//! chosen event's source sentence with the trigger and arguments highlighted, draw the
//! actor–event graph, answer the forces-left question from its form, and let the keyboard
//! reach every control; the README's screenshot must be what this build draws
//! (`NEWSKG_BLESS_SCREENSHOT=1` rewrites it). `scripts/test-browser` prepares the browser.

mod common;

use common::{ok, root, serve};
use std::path::PathBuf;
use std::process::Command;

/// The python with Selenium and Pillow, and Chromium and its driver installed; `None` (the
/// test skips, saying why) outside CI when they cannot be prepared.
fn browser_python() -> Option<PathBuf> {
    let out = Command::new(root().join("scripts/test-browser"))
        .stderr(std::process::Stdio::inherit())
        .output()
        .ok()
        .filter(|o| o.status.success());
    let py = out
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_string());
    if py.as_deref().is_none_or(str::is_empty) {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have Chromium, ChromeDriver, Selenium and Pillow (scripts/test-browser)"
        );
        eprintln!("skipping: the browser could not be prepared (see scripts/test-browser)");
        return None;
    }
    py.map(PathBuf::from)
}

#[test]
fn the_page_shows_the_timeline_claims_graph_and_questions_in_a_browser() {
    let Some(py) = browser_python() else { return };
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ok(
        &store,
        &["ingest", root().join("examples").to_str().unwrap()],
    );
    let server = serve(&store, &[]);
    let shots = dir.path().join("shots");
    std::fs::create_dir_all(&shots).unwrap();
    let readme_png = root().join("docs/timeline.png");
    let mut cmd = Command::new(py);
    cmd.arg(root().join("tests/browser/check_page.py"))
        .arg(format!("{}/", server.url))
        .arg(&shots)
        .arg(&readme_png);
    if std::env::var_os("NEWSKG_BLESS_SCREENSHOT").is_some() {
        cmd.arg("--bless");
    }
    let out = cmd.output().expect("run the browser check");
    let said = String::from_utf8_lossy(&out.stdout);
    eprintln!("{said}{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "the browser check failed:\n{said}");
    // It checked what it names, and left its screenshots.
    for line in [
        "the Niger timeline lists its 7 events in order",
        "the trigger is highlighted by its offsets",
        "the question form answers forces-left",
        "Tab reaches all",
        "Enter on a focused mark shows its claims",
        "the claim's link opens its article with the sentence marked",
    ] {
        assert!(
            said.contains(&format!("ok: {line}")),
            "no '{line}' in:\n{said}"
        );
    }
    for shot in ["page.png", "timeline.png", "question.png"] {
        let len = std::fs::metadata(shots.join(shot))
            .map(|m| m.len())
            .unwrap_or(0);
        assert!(len > 10_000, "{shot}: {len} bytes");
    }
}
