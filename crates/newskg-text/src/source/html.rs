//! HTML input, read as a browser reads it: the page is parsed by html5ever (HTML5 tree
//! construction, every named character reference of the HTML standard decoded in text and
//! attributes), its title, publication date and URL are read from meta tags, and its main
//! text is chosen by a readability-style rule:
//!
//! 1. furniture is never text: scripts, styles, forms' controls, navigation, page and
//!    article headers and footers, asides, captions, hidden elements, cookie banners, share
//!    widgets, related-links and comment blocks (by tag, ARIA role, or class and id), bylines;
//! 2. the main text is the largest `<article>` (or `itemprop=articleBody`) when it holds a
//!    fair share of the page's prose; else the densest block of paragraphs (scored as
//!    Mozilla's Readability does: paragraph length and commas, shared with the ancestors,
//!    weighted by class and scaled down by link density), searched inside `<main>` or
//!    `role=main` when the page has one, with its siblings of comparable score;
//! 3. inside it, link-dense lists and blocks and forms without prose are dropped.
//!
//! The text is the article body newskg stores: one paragraph per block (blank lines
//! between), `<br>` a line break and two of them a paragraph break, whitespace collapsed,
//! boilerplate lines ("Advertisement", "Share this article") left out. Claims' character
//! offsets point into this text, not into the page.

mod dom;

use super::{is_boilerplate_line, parse_date, Article};
use chrono::NaiveDate;
use dom::{Data, Dom, NodeId};
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// HTML: the page's main text, with title, publication date and URL from its meta tags.
/// Never fails: a page that is not HTML at all reads as its text.
pub fn from_html(html: &str) -> Article {
    let dom = Dom::parse(html);
    let page = Page::new(&dom);
    let title = title(&dom);
    let roots = page.main_roots();
    let headline = title.as_deref().and_then(|t| page.headline(&roots, t));
    let paras = page.render(&roots, true, headline);
    Article {
        text: join(&paras),
        published: published(&page, &roots),
        url: url(&dom),
        title,
        ..Article::default()
    }
}

/// The body text: paragraphs (boilerplate lines left out) separated by blank lines.
fn join(paras: &[Para]) -> String {
    let mut out = String::new();
    for p in paras {
        let lines: Vec<&str> = p.text.lines().filter(|l| !is_boilerplate_line(l)).collect();
        if lines.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&lines.join("\n"));
        out.push('\n');
    }
    out
}

// ----- metadata -------------------------------------------------------------------------

/// The first non-empty `content` of a `<meta>` whose `property`, `name` or `itemprop` is one
/// of `keys` (case-insensitively), trying the keys in order.
fn meta_content(dom: &Dom, keys: &[&str]) -> Vec<String> {
    let metas: Vec<(String, &str)> = dom
        .preorder(0)
        .into_iter()
        .filter(|&n| dom.tag(n).is_some_and(|t| &**t == "meta"))
        .filter_map(|n| {
            let key = ["property", "name", "itemprop"]
                .iter()
                .find_map(|a| dom.attr(n, a))?;
            let content = dom.attr(n, "content")?.trim();
            (!content.is_empty()).then(|| (key.trim().to_ascii_lowercase(), content))
        })
        .collect();
    keys.iter()
        .flat_map(|k| metas.iter().filter(move |(key, _)| key == k))
        .map(|(_, c)| c.to_string())
        .collect()
}

/// `og:title`, `twitter:title`, else `<title>`; whitespace collapsed.
fn title(dom: &Dom) -> Option<String> {
    meta_content(dom, &["og:title", "twitter:title"])
        .into_iter()
        .next()
        .or_else(|| dom.find(0, "title").map(|t| dom.text(t)))
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty())
}

/// `og:url`, else `<link rel=canonical href>`.
fn url(dom: &Dom) -> Option<String> {
    meta_content(dom, &["og:url"])
        .into_iter()
        .next()
        .or_else(|| {
            dom.preorder(0).into_iter().find_map(|n| {
                let canonical = dom.tag(n).is_some_and(|t| &**t == "link")
                    && dom.attr(n, "rel").is_some_and(|r| {
                        r.split_ascii_whitespace()
                            .any(|r| r.eq_ignore_ascii_case("canonical"))
                    });
                let href = dom.attr(n, "href").map(str::trim).unwrap_or("");
                (canonical && !href.is_empty()).then(|| href.to_string())
            })
        })
}

/// A `YYYY-MM-DD` date at the start of a meta value or `datetime` attribute.
fn date_prefix(s: &str) -> Option<NaiveDate> {
    s.trim().get(..10).and_then(|d| parse_date(d).ok())
}

/// The publication date: the meta tags' (`article:published_time`, `datePublished`, `date`,
/// `pubdate`, `dc.date`), else a `<time>` marked as the publication time, else the first
/// `<time datetime>` of the main text (bylines included), else of the page, outside
/// navigation, asides, footers and lists.
fn published(page: &Page, roots: &[NodeId]) -> Option<NaiveDate> {
    let dom = page.dom;
    let keys = [
        "article:published_time",
        "datepublished",
        "date",
        "pubdate",
        "dc.date",
    ];
    if let Some(d) = meta_content(dom, &keys).iter().find_map(|d| date_prefix(d)) {
        return Some(d);
    }
    let times: Vec<NodeId> = dom
        .preorder(0)
        .into_iter()
        .filter(|&n| dom.tag(n).is_some_and(|t| &**t == "time"))
        .filter(|&n| dom.attr(n, "datetime").and_then(date_prefix).is_some())
        .collect();
    let marked = |n: NodeId| {
        dom.attr(n, "pubdate").is_some()
            || dom
                .attr(n, "itemprop")
                .is_some_and(|p| p.eq_ignore_ascii_case("datepublished"))
    };
    let in_roots = |n: NodeId| roots.contains(&n) || page.ancestors(n).any(|a| roots.contains(&a));
    let in_lists = |n: NodeId| {
        page.ancestors(n).any(|a| {
            dom.tag(a)
                .is_some_and(|t| matches!(&**t, "nav" | "aside" | "footer" | "ul" | "ol"))
        })
    };
    let outside: Vec<NodeId> = times.iter().copied().filter(|&n| !in_lists(n)).collect();
    let time = times
        .iter()
        .copied()
        .find(|&n| marked(n))
        .or_else(|| outside.iter().copied().find(|&n| in_roots(n)))
        .or_else(|| outside.first().copied())?;
    dom.attr(time, "datetime").and_then(date_prefix)
}

// ----- furniture ------------------------------------------------------------------------

/// Elements that are never article text.
const FURNITURE_TAGS: &[&str] = &[
    "head",
    "title",
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "map",
    "button",
    "input",
    "select",
    "textarea",
    "label",
    "nav",
    "aside",
    "header",
    "footer",
    "figcaption",
    "dialog",
    "menu",
];

/// ARIA roles of page furniture.
const FURNITURE_ROLES: &[&str] = &[
    "navigation",
    "menu",
    "menubar",
    "complementary",
    "banner",
    "contentinfo",
    "dialog",
    "alertdialog",
    "alert",
    "search",
    "toolbar",
];

fn regex(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("a valid pattern"))
}

/// Class or id words that mark furniture whatever else the element is called.
fn furniture_class() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    regex(
        &R,
        r"(?i)cookie|consent|gdpr|newsletter|paywall|share|sharing|social|related|comments?\b|outbrain|taboola|sponsor|promo|subscribe|advert|breadcrumb|popup|modal|skip-link",
    )
}

/// Class or id words that mark furniture unless a word of [`maybe_content`] is there too
/// (Readability's "unlikely candidates").
fn unlikely_class() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    regex(
        &R,
        r"(?i)-ad-|ai2html|banner|combx|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|remark|replies|rss|shoutbox|sidebar|skyscraper|supplemental|ad-break|agegate|pagination|pager|yom-remote|masthead|toolbar|widget",
    )
}

fn maybe_content() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    regex(&R, r"(?i)article|body|column|content|main|story|shadow")
}

/// Bylines (by class, id, `rel` or `itemprop`), dropped when short.
fn byline() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    regex(&R, r"(?i)byline|author|dateline|writtenby|p-author")
}

fn hidden_style() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    regex(&R, r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")
}

// ----- the page -------------------------------------------------------------------------

/// The parsed page with what is furniture and how much text each element holds.
struct Page<'d> {
    dom: &'d Dom,
    /// Never part of the main text, with everything inside.
    furniture: Vec<bool>,
    /// Visible characters (whitespace not counted) under each node.
    chars: Vec<usize>,
    /// Of those, the ones inside links.
    link_chars: Vec<usize>,
}

impl<'d> Page<'d> {
    fn new(dom: &'d Dom) -> Page<'d> {
        let n = dom.nodes.len();
        let mut page = Page {
            dom,
            furniture: vec![false; n],
            chars: vec![0; n],
            link_chars: vec![0; n],
        };
        let elements: Vec<NodeId> = (0..n)
            .filter(|&id| matches!(dom.nodes[id].data, Data::Element { .. }))
            .collect();
        for &id in &elements {
            page.furniture[id] = page.is_furniture_by_markup(id);
        }
        page.count();
        let body = page.body();
        let half = page.prose(body) / 2;
        for &id in &elements {
            // Class names are a guess: an element with half the page's prose is not
            // furniture whatever it is called.
            if page.is_furniture_by_class(id) && page.prose(id) < half.max(1) {
                page.furniture[id] = true;
            }
        }
        page.count();
        page
    }

    fn body(&self) -> NodeId {
        self.dom.find(0, "body").unwrap_or(0)
    }

    fn tag(&self, id: NodeId) -> &str {
        self.dom.tag(id).map(|t| &**t).unwrap_or("")
    }

    fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.dom.nodes[id].parent, |&p| self.dom.nodes[p].parent)
    }

    /// Furniture by tag, ARIA role or visibility.
    fn is_furniture_by_markup(&self, id: NodeId) -> bool {
        let attr = |a| self.dom.attr(id, a).unwrap_or("");
        let role = attr("role").trim().to_ascii_lowercase();
        // Pages hide <html> or <body> until their scripts have run: that is no furniture.
        let hidden = !matches!(self.tag(id), "html" | "body")
            && (self.dom.attr(id, "hidden").is_some()
                || attr("aria-hidden").eq_ignore_ascii_case("true")
                || hidden_style().is_match(attr("style")));
        self.dom.is_foreign(id)
            || FURNITURE_TAGS.contains(&self.tag(id))
            || FURNITURE_ROLES.contains(&role.as_str())
            || hidden
    }

    /// Furniture by class or id (cookie banners, share widgets, related links, comments,
    /// sidebars …) or a short byline.
    fn is_furniture_by_class(&self, id: NodeId) -> bool {
        let tag = self.tag(id);
        if matches!(tag, "" | "html" | "body" | "main")
            || self.is_article_body(id)
            || self.is_role_main(id)
        {
            return false;
        }
        let attr = |a| self.dom.attr(id, a).unwrap_or("");
        if ["class", "id", "rel", "itemprop"]
            .iter()
            .all(|a| attr(a).is_empty())
        {
            return false;
        }
        let names = format!("{} {}", attr("class"), attr("id"));
        let furniture = furniture_class().is_match(&names)
            || (unlikely_class().is_match(&names) && !maybe_content().is_match(&names));
        let by = format!("{names} {} {}", attr("rel"), attr("itemprop"));
        furniture || (byline().is_match(&by) && self.chars[id] < 100)
    }

    /// `itemprop=articleBody` (schema.org microdata for the article's text).
    fn is_article_body(&self, id: NodeId) -> bool {
        let itemprop = self.dom.attr(id, "itemprop").unwrap_or("");
        itemprop.eq_ignore_ascii_case("articlebody")
    }

    /// `role=main`.
    fn is_role_main(&self, id: NodeId) -> bool {
        let role = self.dom.attr(id, "role").unwrap_or("");
        role.eq_ignore_ascii_case("main")
    }

    /// Counts visible characters, and those in links, bottom-up.
    fn count(&mut self) {
        self.chars.iter_mut().for_each(|c| *c = 0);
        self.link_chars.iter_mut().for_each(|c| *c = 0);
        let order = self.visible(0);
        for &id in order.iter().rev() {
            if let Data::Text(t) = &self.dom.nodes[id].data {
                self.chars[id] = t.chars().filter(|c| !c.is_whitespace()).count();
            }
            if self.tag(id) == "a" {
                self.link_chars[id] = self.chars[id];
            }
            if let Some(p) = self.dom.nodes[id].parent {
                self.chars[p] += self.chars[id];
                self.link_chars[p] += self.link_chars[id];
            }
        }
    }

    /// The node and its descendants in document order, furniture left out.
    fn visible(&self, root: NodeId) -> Vec<NodeId> {
        let mut out = Vec::new();
        let mut stack = vec![root];
        while let Some(id) = stack.pop() {
            if self.furniture[id] {
                continue;
            }
            out.push(id);
            stack.extend(self.dom.nodes[id].children.iter().rev());
        }
        out
    }

    /// Characters outside links: the prose an element holds.
    fn prose(&self, id: NodeId) -> usize {
        self.chars[id] - self.link_chars[id]
    }

    fn link_density(&self, id: NodeId) -> f64 {
        if self.chars[id] == 0 {
            return 0.0;
        }
        self.link_chars[id] as f64 / self.chars[id] as f64
    }
}

// ----- choosing the main text -----------------------------------------------------------

/// The smallest share of the page's prose an `<article>` must hold to be the main text.
const ARTICLE_SHARE: f64 = 0.25;

impl Page<'_> {
    /// The elements whose text is the main text, in document order.
    fn main_roots(&self) -> Vec<NodeId> {
        let body = self.body();
        let total = self.prose(body) as f64;
        let visible = self.visible(body);
        let largest = |pick: &dyn Fn(NodeId) -> bool| {
            visible
                .iter()
                .copied()
                .filter(|&n| pick(n))
                .max_by_key(|&n| (self.prose(n), std::cmp::Reverse(n)))
        };
        let article = largest(&|n| self.tag(n) == "article" || self.is_article_body(n));
        if let Some(a) =
            article.filter(|&a| total > 0.0 && self.prose(a) as f64 >= ARTICLE_SHARE * total)
        {
            return vec![a];
        }
        let region = largest(&|n| self.tag(n) == "main" || self.is_role_main(n))
            .filter(|&m| self.prose(m) > 0)
            .unwrap_or(body);
        self.densest(region).unwrap_or_else(|| vec![region])
    }

    /// Readability's scoring inside `region`: every paragraph of 25 characters or more
    /// scores 1, plus one per comma, plus one per 100 characters (at most 3); its container
    /// gets the score, the container's parent half, and the next three ancestors a third,
    /// a sixth and a ninth... of it. Each candidate starts from its tag's and class's weight
    /// and ends scaled by (1 - link density). The best candidate is the main text, with
    /// those of its siblings that score at least a fifth as well (or are prose paragraphs).
    fn densest(&self, region: NodeId) -> Option<Vec<NodeId>> {
        let mut scores: BTreeMap<NodeId, f64> = BTreeMap::new();
        for p in self.render(&[region], false, None) {
            let len = p.text.chars().count();
            if len < 25 {
                continue;
            }
            let score =
                1.0 + p.text.matches([',', '，']).count() as f64 + (len / 100).min(3) as f64;
            let base = if PARAGRAPH_TAGS.contains(&self.tag(p.owner)) && p.owner != region {
                self.dom.nodes[p.owner].parent.unwrap_or(p.owner)
            } else {
                p.owner
            };
            let chain = std::iter::once(base).chain(self.ancestors(base));
            for (level, anc) in chain.take(5).enumerate() {
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    l => l as f64 * 3.0,
                };
                *scores.entry(anc).or_insert_with(|| self.weight(anc)) += score / divider;
                if anc == region {
                    break;
                }
            }
        }
        let final_score = |n: NodeId| scores.get(&n).map(|s| s * (1.0 - self.link_density(n)));
        let (top, best) = scores
            .keys()
            .filter_map(|&n| Some((n, final_score(n)?)))
            .fold(None, |acc: Option<(NodeId, f64)>, (n, s)| match acc {
                Some((_, b)) if b >= s => acc,
                _ => Some((n, s)),
            })?;
        if top == region {
            return Some(vec![top]);
        }
        let parent = self.dom.nodes[top].parent?;
        let threshold = (best * 0.2).max(10.0);
        let roots = self.dom.nodes[parent]
            .children
            .iter()
            .copied()
            .filter(|&s| !self.furniture[s] && self.dom.tag(s).is_some())
            .filter(|&s| {
                s == top
                    || final_score(s).is_some_and(|x| x >= threshold)
                    || self.tag(s) == "p" && self.prose(s) > 80 && self.link_density(s) < 0.25
            })
            .collect();
        Some(roots)
    }

    /// A candidate's starting score: its tag's weight and its class's and id's.
    fn weight(&self, id: NodeId) -> f64 {
        static GOOD: OnceLock<Regex> = OnceLock::new();
        static BAD: OnceLock<Regex> = OnceLock::new();
        let good = regex(
            &GOOD,
            r"(?i)article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story",
        );
        let bad = regex(
            &BAD,
            r"(?i)-ad-|hidden|^hid$|\bhid\b|banner|combx|comment|com-|contact|foot|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget",
        );
        let tag = match self.tag(id) {
            "div" => 5.0,
            "pre" | "td" | "blockquote" => 3.0,
            "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
            _ => 0.0,
        };
        let class = ["class", "id"]
            .iter()
            .filter_map(|a| self.dom.attr(id, a).filter(|v| !v.is_empty()))
            .map(|v| {
                if bad.is_match(v) {
                    -25.0
                } else if good.is_match(v) {
                    25.0
                } else {
                    0.0
                }
            })
            .sum::<f64>();
        tag + class
    }

    /// The first `<h1>` or `<h2>` in the main text that repeats the title ("Headline" for
    /// "Headline | Outlet"): the title is stored apart, so the body leaves it out.
    fn headline(&self, roots: &[NodeId], title: &str) -> Option<NodeId> {
        let title = comparable(title);
        roots
            .iter()
            .flat_map(|&r| self.visible(r))
            .filter(|&n| matches!(self.tag(n), "h1" | "h2"))
            .take(2)
            .find(|&h| {
                let h = comparable(&self.dom.text(h));
                !h.is_empty() && title.contains(&h) && h.len() * 2 >= title.len()
            })
    }
}

/// Lower case, typographic quotes made plain, whitespace collapsed: for comparing a heading
/// with the title.
fn comparable(s: &str) -> String {
    let plain: String = s
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            _ => c,
        })
        .collect();
    plain
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

// ----- rendering ------------------------------------------------------------------------

/// Elements that start and end a paragraph.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Blocks that are one paragraph: their score goes to their parent.
const PARAGRAPH_TAGS: &[&str] = &[
    "p", "pre", "td", "th", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6",
];

/// One paragraph of text and the block it is in.
struct Para {
    text: String,
    owner: NodeId,
}

impl Page<'_> {
    /// Whether the main text leaves out an element inside it: link-dense lists and blocks
    /// (related links, tag lists, share bars) and forms without prose.
    fn is_clutter(&self, id: NodeId) -> bool {
        let density = self.link_density(id);
        match self.tag(id) {
            "ul" | "ol" | "dl" | "div" | "section" | "table" | "figure" => density > 0.5,
            "p" => density > 0.8,
            "form" | "fieldset" => density > 0.5 || self.prose(id) < 200,
            _ => false,
        }
    }

    /// The paragraphs under `roots`, furniture left out, and clutter too when `clean`;
    /// `skip` is left out as well (the headline).
    fn render(&self, roots: &[NodeId], clean: bool, skip: Option<NodeId>) -> Vec<Para> {
        enum Step {
            Enter(NodeId),
            Leave,
        }
        let mut w = Writer::default();
        for &root in roots {
            let mut stack = vec![Step::Enter(root)];
            w.start_block(root);
            while let Some(step) = stack.pop() {
                let id = match step {
                    Step::Leave => {
                        w.end_block();
                        continue;
                    }
                    Step::Enter(id) => id,
                };
                if self.furniture[id] || Some(id) == skip {
                    continue;
                }
                match &self.dom.nodes[id].data {
                    Data::Text(t) => w.text(t),
                    Data::Element { .. } => {
                        let tag = self.tag(id);
                        if tag == "br" {
                            w.line_break();
                            continue;
                        }
                        if clean && id != root && self.is_clutter(id) {
                            continue;
                        }
                        if BLOCK_TAGS.contains(&tag) && id != root {
                            w.start_block(id);
                            stack.push(Step::Leave);
                        }
                    }
                    _ => {}
                }
                stack.extend(
                    self.dom.nodes[id]
                        .children
                        .iter()
                        .rev()
                        .map(|&c| Step::Enter(c)),
                );
            }
            w.end_block();
        }
        w.paras
    }
}

/// Collects paragraphs: whitespace collapsed, lines trimmed.
#[derive(Default)]
struct Writer {
    paras: Vec<Para>,
    buf: String,
    space: bool,
    owners: Vec<NodeId>,
}

impl Writer {
    fn start_block(&mut self, id: NodeId) {
        self.flush();
        self.owners.push(id);
    }

    fn end_block(&mut self) {
        self.flush();
        self.owners.pop();
    }

    fn text(&mut self, t: &str) {
        for c in t.chars() {
            if c.is_whitespace() {
                self.space = true;
                continue;
            }
            if self.space && !self.buf.is_empty() && !self.buf.ends_with('\n') {
                self.buf.push(' ');
            }
            self.space = false;
            self.buf.push(c);
        }
    }

    /// A `<br>`: a line break, or a paragraph break right after another.
    fn line_break(&mut self) {
        if self.buf.ends_with('\n') {
            self.flush();
        } else if !self.buf.is_empty() {
            self.buf.push('\n');
        }
        self.space = false;
    }

    fn flush(&mut self) {
        let text = self.buf.trim_end();
        if !text.is_empty() {
            self.paras.push(Para {
                text: text.to_string(),
                owner: *self.owners.last().unwrap_or(&0),
            });
        }
        self.buf.clear();
        self.space = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_named_entity_is_decoded_in_text_title_and_meta() {
        let a = from_html(
            "<html><head><title>C&ocirc;te d&rsquo;Ivoire</title>\
             <meta property=\"og:url\" content=\"https://x.example/?a=1&amp;b=&eacute;\"></head>\
             <body><p>caf&eacute; &mdash; 3&frac12;&nbsp;km &ThickSpace;&#8217;&#x2019;&notin;</p></body></html>",
        );
        assert_eq!(a.title.as_deref(), Some("Côte d\u{2019}Ivoire"));
        assert_eq!(a.url.as_deref(), Some("https://x.example/?a=1&b=é"));
        assert_eq!(a.text, "café — 3½ km \u{2019}\u{2019}∉\n");
    }

    #[test]
    fn br_breaks_lines_and_two_break_paragraphs() {
        let a =
            from_html("<div>One line.<br>Same paragraph.<br><br>Next one.<br/> <br> Last.</div>");
        assert_eq!(a.text, "One line.\nSame paragraph.\n\nNext one.\n\nLast.\n");
    }

    #[test]
    fn a_headline_repeating_the_title_is_left_out_of_the_body() {
        let h = "<title>Troops leave | Outlet</title><article><h1>Troops leave</h1>\
                 <p>French troops left Mali &amp; Niger, officials said on Monday.</p>\
                 <h2>What next</h2><p>More troops will leave next year, officials said.</p></article>";
        assert_eq!(
            from_html(h).text,
            "French troops left Mali & Niger, officials said on Monday.\n\nWhat next\n\nMore troops will leave next year, officials said.\n"
        );
    }

    #[test]
    fn class_words_do_not_drop_the_page_when_it_is_the_prose() {
        // A wrapper called "header-offset" holds all the prose: not furniture.
        let a = from_html("<div class='header-offset'><p>Troops left Niger on Monday.</p></div>");
        assert_eq!(a.text, "Troops left Niger on Monday.\n");
    }
}
