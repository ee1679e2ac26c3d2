//! The document tree html5ever builds for us: an arena of nodes (elements with their
//! attributes, text, and the rest), addressed by index, so that walking or dropping a
//! deeply nested page never recurses.
//!
//! Owns html5ever's `TreeSink` for newskg; knows nothing about articles.

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{
    ElementFlags, NodeOrText, QuirksMode, Tracer, TreeBuilder, TreeBuilderOpts, TreeSink,
};
use html5ever::{local_name, ns, Attribute, LocalName, QualName, TokenizerResult};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The deepest the tree builder's stack of open elements may grow (a browser's limit too:
/// Blink's parser stops nesting at 512).
const MAX_DEPTH: usize = 512;

/// A node's index in [`Dom::nodes`].
pub type NodeId = usize;

/// What a node is.
#[derive(Debug)]
pub enum Data {
    /// The document, or a template's contents.
    Document,
    /// An element in the HTML namespace (others keep their local name and are dropped as
    /// furniture by the reader: SVG and MathML).
    Element {
        name: QualName,
        attrs: Vec<Attribute>,
    },
    /// Text, with entities and character references already decoded.
    Text(String),
    /// A comment, doctype or processing instruction.
    Other,
}

/// One node of the tree.
#[derive(Debug)]
pub struct Node {
    pub parent: Option<NodeId>,
    pub children: Vec<NodeId>,
    pub data: Data,
}

/// A parsed page. Node 0 is the document.
#[derive(Debug)]
pub struct Dom {
    pub nodes: Vec<Node>,
}

impl Dom {
    /// Parses a whole page as a browser would (HTML5 tree construction), nesting at most
    /// [`MAX_DEPTH`] elements deep.
    pub fn parse(html: &str) -> Dom {
        let sink = Sink {
            nodes: RefCell::new(vec![Node {
                parent: None,
                children: Vec::new(),
                data: Data::Document,
            }]),
            no_name: Rc::new(QualName::new(None, ns!(), local_name!(""))),
        };
        let capped = Capped {
            tree: TreeBuilder::new(sink, TreeBuilderOpts::default()),
            counted: Cell::new(0),
            since: Cell::new(0),
            dropped: RefCell::new(FxHashMap::default()),
        };
        let tokenizer = Tokenizer::new(capped, TokenizerOpts::default());
        let input = BufferQueue::default();
        input.push_back(StrTendril::from_slice(html));
        while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
        tokenizer.end();
        tokenizer.sink.tree.sink.finish()
    }

    /// The element's local name in the HTML namespace, or `None` for anything else.
    pub fn tag(&self, id: NodeId) -> Option<&LocalName> {
        match &self.nodes[id].data {
            Data::Element { name, .. } if name.ns == ns!(html) => Some(&name.local),
            _ => None,
        }
    }

    /// Whether a node is a foreign element (SVG, MathML).
    pub fn is_foreign(&self, id: NodeId) -> bool {
        matches!(&self.nodes[id].data, Data::Element { name, .. } if name.ns != ns!(html))
    }

    /// An attribute's value (attribute names are lower case after parsing).
    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        match &self.nodes[id].data {
            Data::Element { attrs, .. } => attrs
                .iter()
                .find(|a| &*a.name.local == name)
                .map(|a| &*a.value),
            _ => None,
        }
    }

    /// The node and its descendants in document order, without recursion.
    pub fn preorder(&self, root: NodeId) -> Vec<NodeId> {
        let mut out = Vec::new();
        let mut stack = vec![root];
        while let Some(id) = stack.pop() {
            out.push(id);
            stack.extend(self.nodes[id].children.iter().rev());
        }
        out
    }

    /// The first element with this tag, in document order.
    pub fn find(&self, root: NodeId, tag: &str) -> Option<NodeId> {
        self.preorder(root)
            .into_iter()
            .find(|&n| self.tag(n).is_some_and(|t| &**t == tag))
    }

    /// The text of a node and its descendants, whitespace collapsed.
    pub fn text(&self, id: NodeId) -> String {
        let mut out = String::new();
        for n in self.preorder(id) {
            if let Data::Text(t) = &self.nodes[n].data {
                out.push_str(t);
                out.push(' ');
            }
        }
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// html5ever's tree builder behind a depth limit. The tree builder searches its stack of
/// open elements for most tags, so a page nested 60,000 `<div>`s deep took 12 s
/// (quadratic); past [`MAX_DEPTH`] open elements, start tags are dropped with their end
/// tags, and their text lands in the deepest element.
struct Capped {
    tree: TreeBuilder<Handle, Sink>,
    /// Open elements (an upper bound: every handle the tree builder holds) when last counted.
    counted: Cell<usize>,
    /// Start tags passed on since then.
    since: Cell<usize>,
    /// Start tags dropped, by name, whose end tags are still to come.
    dropped: RefCell<FxHashMap<LocalName, usize>>,
}

impl Capped {
    /// Whether the stack is full: counted again only when the cheap bound says it may be.
    fn full(&self) -> bool {
        if self.counted.get() + self.since.get() < MAX_DEPTH {
            return false;
        }
        let counter = Counter(Cell::new(0));
        self.tree.trace_handles(&counter);
        self.counted.set(counter.0.get());
        self.since.set(0);
        self.counted.get() >= MAX_DEPTH
    }
}

struct Counter(Cell<usize>);

impl Tracer for Counter {
    type Handle = Handle;
    fn trace_handle(&self, _node: &Handle) {
        self.0.set(self.0.get() + 1);
    }
}

impl TokenSink for Capped {
    type Handle = Handle;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<Handle> {
        if let Token::TagToken(tag) = &token {
            let mut dropped = self.dropped.borrow_mut();
            match tag.kind {
                TagKind::StartTag if self.full() => {
                    *dropped.entry(tag.name.clone()).or_default() += 1;
                    return TokenSinkResult::Continue;
                }
                TagKind::StartTag => self.since.set(self.since.get() + 1),
                TagKind::EndTag => {
                    if let Some(count) = dropped.get_mut(&tag.name).filter(|c| **c > 0) {
                        *count -= 1;
                        return TokenSinkResult::Continue;
                    }
                }
            }
        }
        self.tree.process_token(token, line_number)
    }

    fn end(&self) {
        self.tree.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.tree
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// A handle the tree builder holds: the node's index, and its name so that `elem_name` can
/// lend it without borrowing the arena.
#[derive(Clone, Debug)]
struct Handle {
    id: NodeId,
    name: Rc<QualName>,
}

struct Sink {
    nodes: RefCell<Vec<Node>>,
    no_name: Rc<QualName>,
}

impl Sink {
    fn new_node(&self, data: Data) -> NodeId {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(Node {
            parent: None,
            children: Vec::new(),
            data,
        });
        nodes.len() - 1
    }

    fn handle(&self, id: NodeId) -> Handle {
        Handle {
            id,
            name: self.no_name.clone(),
        }
    }

    fn detach(&self, id: NodeId) {
        let mut nodes = self.nodes.borrow_mut();
        if let Some(p) = nodes[id].parent.take() {
            nodes[p].children.retain(|&c| c != id);
        }
    }

    /// Inserts `child` under `parent` at `index` (the end when `None`), merging text into a
    /// text node just before it.
    fn insert(&self, parent: NodeId, index: Option<usize>, child: NodeOrText<Handle>) {
        let id = match child {
            NodeOrText::AppendText(t) => {
                let mut nodes = self.nodes.borrow_mut();
                let at = index.unwrap_or(nodes[parent].children.len());
                if let Some(&prev) = at
                    .checked_sub(1)
                    .and_then(|i| nodes[parent].children.get(i))
                {
                    if let Data::Text(s) = &mut nodes[prev].data {
                        s.push_str(&t);
                        return;
                    }
                }
                drop(nodes);
                self.new_node(Data::Text(t.to_string()))
            }
            NodeOrText::AppendNode(h) => {
                self.detach(h.id);
                h.id
            }
        };
        let mut nodes = self.nodes.borrow_mut();
        let at = index.unwrap_or(nodes[parent].children.len());
        nodes[parent].children.insert(at, id);
        nodes[id].parent = Some(parent);
    }
}

impl TreeSink for Sink {
    type Handle = Handle;
    type Output = Dom;
    type ElemName<'a> = &'a QualName;

    fn finish(self) -> Dom {
        Dom {
            nodes: self.nodes.into_inner(),
        }
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Handle {
        self.handle(0)
    }

    fn elem_name<'a>(&'a self, target: &'a Handle) -> &'a QualName {
        &target.name
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        let id = self.new_node(Data::Element {
            name: name.clone(),
            attrs,
        });
        if flags.template {
            // The template's contents live in the node right after it, unattached.
            self.new_node(Data::Document);
        }
        Handle {
            id,
            name: Rc::new(name),
        }
    }

    fn create_comment(&self, _text: StrTendril) -> Handle {
        self.handle(self.new_node(Data::Other))
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Handle {
        self.handle(self.new_node(Data::Other))
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        self.insert(parent.id, None, child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        if self.nodes.borrow()[element.id].parent.is_some() {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &Handle) -> Handle {
        self.handle(target.id + 1)
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        x.id == y.id
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &Handle, new_node: NodeOrText<Handle>) {
        let parent = self.nodes.borrow()[sibling.id].parent;
        if let Some(parent) = parent {
            if let NodeOrText::AppendNode(h) = &new_node {
                self.detach(h.id);
            }
            let at = self.nodes.borrow()[parent]
                .children
                .iter()
                .position(|&c| c == sibling.id);
            self.insert(parent, at, new_node);
        }
    }

    fn add_attrs_if_missing(&self, target: &Handle, new: Vec<Attribute>) {
        if let Data::Element { attrs, .. } = &mut self.nodes.borrow_mut()[target.id].data {
            for a in new {
                if !attrs.iter().any(|b| b.name == a.name) {
                    attrs.push(a);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &Handle) {
        self.detach(target.id);
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        let mut nodes = self.nodes.borrow_mut();
        let children = std::mem::take(&mut nodes[node.id].children);
        for &c in &children {
            nodes[c].parent = Some(new_parent.id);
        }
        nodes[new_parent.id].children.extend(children);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_the_tree_a_browser_builds() {
        // The stray </p> and the unclosed <b> are repaired as HTML5 prescribes; entities
        // are decoded in text and attributes.
        let d = Dom::parse("<p title='caf&eacute;'>C&ocirc;te <b>d&rsquo;Ivoire</p>x</b>");
        let p = d.find(0, "p").unwrap();
        assert_eq!(d.attr(p, "title"), Some("café"));
        assert_eq!(d.text(p), "Côte d\u{2019}Ivoire");
        let body = d.find(0, "body").unwrap();
        assert_eq!(d.text(body), "Côte d\u{2019}Ivoire x");
    }

    #[test]
    fn nesting_stops_at_the_depth_limit_and_keeps_the_text() {
        let html = "<div><span>".repeat(5_000) + "deep text" + &"</span></div>".repeat(5_000);
        let d = Dom::parse(&(html + "<p>after</p>"));
        let depth = |mut n: NodeId| {
            let mut k = 0;
            while let Some(p) = d.nodes[n].parent {
                (n, k) = (p, k + 1);
            }
            k
        };
        let deepest = (0..d.nodes.len()).map(depth).max().unwrap();
        assert!((MAX_DEPTH..MAX_DEPTH + 8).contains(&deepest), "{deepest}");
        let body = d.find(0, "body").unwrap();
        assert_eq!(d.text(body), "deep text after");
        // The end tags of the dropped elements were dropped too: <p> is the body's child.
        let p = d.find(0, "p").unwrap();
        assert_eq!(
            d.tag(d.nodes[p].parent.unwrap()).map(|t| &**t),
            Some("body")
        );
    }

    #[test]
    fn template_contents_are_kept_apart() {
        let d = Dom::parse("<body><template><p>hidden</p></template><p>shown</p></body>");
        let body = d.find(0, "body").unwrap();
        assert_eq!(d.text(body), "shown");
    }
}
