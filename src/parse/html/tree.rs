//! A document tree from the tokens, with HTML's implied end tags: an arena of nodes in document
//! order (a node's descendants are the ids `id + 1 .. end`), built in one pass.
//!
//! Not the full HTML5 tree construction: it keeps what reading needs. Block-level start tags
//! close an open `p`; `li`, `dt`/`dd`, cells, rows and table sections close their open
//! siblings; a cell outside a row gets an implied row; an end tag closes the nearest open
//! element of its name within its scope (a table cell or a table bounds the search) and is
//! ignored when there is none; `</p>` and `</br>` alone are an empty paragraph and a line
//! break. Nesting deeper than [`MAX_DEPTH`] is flattened, so every search is bounded and the
//! build is linear in the input.

use crate::parse::html::tag::Tag;

/// No node.
pub(crate) const NONE: u32 = u32::MAX;

/// The deepest nesting kept; deeper elements become siblings of the deepest open one.
pub(crate) const MAX_DEPTH: usize = 256;

/// The largest `rowspan` read (HTML allows 65534).
pub(crate) const MAX_ROWSPAN: u32 = 1000;
/// The largest `colspan` read (as HTML).
pub(crate) const MAX_COLSPAN: u32 = 1000;

/// One element or text node.
#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub tag: Tag,
    /// A key of the element's name, so `</span>` closes a `span` and not a `b`.
    pub name: u64,
    pub parent: u32,
    pub first_child: u32,
    pub last_child: u32,
    pub next_sibling: u32,
    /// One past the last descendant's id.
    pub end: u32,
    /// Source range: the start tag's `<` to the end tag's `>` (or where the element was closed).
    pub src_start: usize,
    pub src_end: usize,
    /// For a text node: its pieces `first..last` in [`Tree::pieces`].
    pub pieces: (u32, u32),
    pub rowspan: u32,
    pub colspan: u32,
    /// `hidden`, or a style with `display:none` / `visibility:hidden`.
    pub hidden: bool,
    /// An element with an `href` (an `<a name=…>` bookmark is not a link).
    pub href: bool,
}

/// What an out-of-range id reads as: no children, no parent, no text.
static DETACHED: Node = Node {
    tag: Tag::Inline,
    name: 0,
    parent: NONE,
    first_child: NONE,
    last_child: NONE,
    next_sibling: NONE,
    end: 0,
    src_start: 0,
    src_end: 0,
    pieces: (0, 0),
    rowspan: 1,
    colspan: 1,
    hidden: false,
    href: false,
};

/// A run of decoded text and the source bytes it came from. `copied` pieces are the source
/// bytes themselves; others (character references, normalised line breaks) map as a whole.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TextPiece {
    pub buf_start: usize,
    pub buf_end: usize,
    pub src_start: usize,
    pub src_end: usize,
    pub copied: bool,
}

/// The attributes reading uses.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Attrs {
    pub rowspan: Option<u32>,
    pub colspan: Option<u32>,
    pub hidden: bool,
    pub href: bool,
}

/// The document: nodes in document order (node 0 is the root), their text pieces, and the
/// decoded text the pieces point into.
#[derive(Debug, Clone)]
pub(crate) struct Tree {
    pub nodes: Vec<Node>,
    pub pieces: Vec<TextPiece>,
    pub buf: String,
}

impl Tree {
    /// The node `id` (an empty node for an id out of range).
    pub(crate) fn node(&self, id: u32) -> &Node {
        self.nodes.get(id as usize).unwrap_or(&DETACHED)
    }

    /// The children of `id`, in order.
    pub(crate) fn children(&self, id: u32) -> Children<'_> {
        Children {
            tree: self,
            next: self.node(id).first_child,
        }
    }

    /// The pieces of a text node.
    pub(crate) fn text_pieces(&self, id: u32) -> &[TextPiece] {
        let (a, b) = self.node(id).pieces;
        self.pieces.get(a as usize..b as usize).unwrap_or_default()
    }

    /// The decoded text of a piece.
    pub(crate) fn piece_text(&self, p: &TextPiece) -> &str {
        self.buf.get(p.buf_start..p.buf_end).unwrap_or("")
    }
}

/// Iterator over a node's children.
pub(crate) struct Children<'a> {
    tree: &'a Tree,
    next: u32,
}

impl Iterator for Children<'_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.next == NONE {
            return None;
        }
        let id = self.next;
        self.next = self.tree.node(id).next_sibling;
        Some(id)
    }
}

/// A key for an element name (FNV-1a).
pub(crate) fn name_key(name: &[u8]) -> u64 {
    name.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Builds a [`Tree`] from start tags, end tags and text in document order.
pub(crate) struct Builder {
    tree: Tree,
    stack: Vec<u32>,
    head: Option<u32>,
    /// Where `head` was pushed on the stack (the stack only grows and shrinks at its end, so
    /// the head is open while that entry is still it).
    head_at: usize,
    body: Option<u32>,
}

impl Builder {
    #[cfg(test)]
    pub(crate) fn new() -> Builder {
        Builder::for_page("")
    }

    /// A builder with room for the tree of `html`, so the node, piece and text buffers do not
    /// grow (and copy) as the page is read. A page has at most one tag per `<`, and a text run
    /// before, between or after them; its text is at most its bytes, mostly far less.
    pub(crate) fn for_page(html: &str) -> Builder {
        let lts = memchr::memchr_iter(b'<', html.as_bytes()).count();
        let mut b = Builder::empty();
        b.tree
            .nodes
            .reserve(lts.saturating_mul(2).saturating_add(2));
        b.tree.pieces.reserve(lts.saturating_add(1));
        b.tree.buf.reserve(html.len() / 2);
        b
    }

    fn empty() -> Builder {
        let root = Node {
            tag: Tag::Document,
            name: 0,
            parent: NONE,
            first_child: NONE,
            last_child: NONE,
            next_sibling: NONE,
            end: 1,
            src_start: 0,
            src_end: 0,
            pieces: (0, 0),
            rowspan: 1,
            colspan: 1,
            hidden: false,
            href: false,
        };
        Builder {
            tree: Tree {
                nodes: vec![root],
                pieces: Vec::new(),
                buf: String::new(),
            },
            stack: vec![0],
            head: None,
            head_at: usize::MAX,
            body: None,
        }
    }

    fn top(&self) -> u32 {
        self.stack.last().copied().unwrap_or(0)
    }

    fn top_tag(&self) -> Tag {
        self.tree.node(self.top()).tag
    }

    fn new_node(&mut self, tag: Tag, name: u64, at: usize, attrs: Attrs) -> u32 {
        let id = u32::try_from(self.tree.nodes.len()).unwrap_or(NONE - 1);
        let parent = self.top();
        self.tree.nodes.push(Node {
            tag,
            name,
            parent,
            first_child: NONE,
            last_child: NONE,
            next_sibling: NONE,
            end: id.saturating_add(1),
            src_start: at,
            src_end: at,
            pieces: (0, 0),
            rowspan: attrs.rowspan.unwrap_or(1).clamp(1, MAX_ROWSPAN),
            colspan: attrs.colspan.unwrap_or(1).clamp(1, MAX_COLSPAN),
            hidden: attrs.hidden,
            href: attrs.href,
        });
        let prev = self.tree.nodes[parent as usize].last_child;
        if prev == NONE {
            self.tree.nodes[parent as usize].first_child = id;
        } else if let Some(p) = self.tree.nodes.get_mut(prev as usize) {
            p.next_sibling = id;
        }
        self.tree.nodes[parent as usize].last_child = id;
        id
    }

    /// Closes open elements until the stack has `len` entries, ending them at `at`.
    fn close_to(&mut self, len: usize, at: usize) {
        let end = u32::try_from(self.tree.nodes.len()).unwrap_or(NONE);
        while self.stack.len() > len.max(1) {
            if let Some(id) = self.stack.pop() {
                if let Some(n) = self.tree.nodes.get_mut(id as usize) {
                    n.end = end;
                    n.src_end = n.src_end.max(at);
                }
            }
        }
    }

    /// The stack index of the nearest open element matching `is`, not looking past an element
    /// matching `stop`.
    fn find_open(&self, is: impl Fn(&Node) -> bool, stop: impl Fn(Tag) -> bool) -> Option<usize> {
        for (i, id) in self.stack.iter().enumerate().rev() {
            let n = self.tree.node(*id);
            if is(n) {
                return Some(i);
            }
            if stop(n.tag) {
                return None;
            }
        }
        None
    }

    fn open_table(&self) -> Option<usize> {
        self.find_open(|n| n.tag == Tag::Table, |t| t == Tag::Document)
    }

    /// Closes what is open inside the nearest table until one of `keep` is on top.
    fn close_inside_table(&mut self, keep: &[Tag], at: usize) {
        if let Some(t) = self.open_table() {
            let mut len = t + 1;
            for (i, id) in self.stack.iter().enumerate().skip(t + 1) {
                if keep.contains(&self.tree.node(*id).tag) {
                    len = i + 1;
                } else {
                    break;
                }
            }
            self.close_to(len, at);
        }
    }

    /// Whether the `head` element is open.
    fn head_open(&self) -> bool {
        self.head
            .is_some_and(|h| self.stack.get(self.head_at) == Some(&h))
    }

    fn close_head(&mut self, at: usize) {
        if let Some(h) = self.head {
            if let Some(i) = self.stack.iter().position(|id| *id == h) {
                self.close_to(i, at);
            }
        }
    }

    /// A start tag at `start..end` of the source.
    pub(crate) fn start(&mut self, name: &[u8], start: usize, end: usize, attrs: Attrs) {
        let mut tag = Tag::of(name);
        let key = name_key(name);
        match tag {
            Tag::Html => return,
            Tag::Head if self.head.is_some() || self.body.is_some() => return,
            Tag::Body if self.body.is_some() => return,
            _ => {}
        }
        if self.head_open() && !matches!(tag, Tag::Void | Tag::Ignored) {
            self.close_head(start);
        }
        if tag.closes_p() {
            if let Some(i) = self.find_open(|n| n.tag == Tag::P, Tag::is_scope) {
                self.close_to(i, start);
            }
        }
        match tag {
            Tag::Li => {
                let stop = |t: Tag| t.is_scope() || t == Tag::List;
                if let Some(i) = self.find_open(|n| n.tag == Tag::Li, stop) {
                    self.close_to(i, start);
                }
            }
            Tag::DefItem => {
                let stop = |t: Tag| t.is_scope() || t == Tag::List;
                if let Some(i) = self.find_open(|n| n.tag == Tag::DefItem, stop) {
                    self.close_to(i, start);
                }
            }
            Tag::Heading if self.top_tag() == Tag::Heading => {
                let len = self.stack.len() - 1;
                self.close_to(len, start);
            }
            Tag::A => {
                if let Some(i) = self.find_open(|n| n.tag == Tag::A, Tag::is_scope) {
                    self.close_to(i, start);
                }
            }
            Tag::Td | Tag::Th | Tag::Tr | Tag::Section | Tag::Caption
                if self.open_table().is_none() =>
            {
                tag = Tag::Block;
            }
            Tag::Td | Tag::Th => {
                self.close_inside_table(&[Tag::Section, Tag::Tr], start);
                if self.top_tag() != Tag::Tr {
                    self.open(Tag::Tr, name_key(b"tr"), start, start, Attrs::default());
                }
            }
            Tag::Tr => self.close_inside_table(&[Tag::Section], start),
            Tag::Section | Tag::Caption => self.close_inside_table(&[], start),
            _ => {}
        }
        let id = self.open(tag, key, start, end, attrs);
        match tag {
            Tag::Head => {
                self.head = Some(id);
                self.head_at = match self.stack.last() {
                    Some(top) if *top == id => self.stack.len() - 1,
                    _ => usize::MAX,
                };
            }
            Tag::Body => self.body = Some(id),
            _ => {}
        }
    }

    /// Creates an element and pushes it unless it is void or the nesting is at its limit.
    fn open(&mut self, tag: Tag, key: u64, start: usize, end: usize, attrs: Attrs) -> u32 {
        let id = self.new_node(tag, key, start, attrs);
        if let Some(n) = self.tree.nodes.get_mut(id as usize) {
            n.src_end = end;
        }
        if !tag.is_void() && self.stack.len() < MAX_DEPTH {
            self.stack.push(id);
        }
        id
    }

    /// An end tag at `start..end` of the source.
    pub(crate) fn end(&mut self, name: &[u8], start: usize, end: usize) {
        let tag = Tag::of(name);
        let key = name_key(name);
        let found = match tag {
            Tag::Html | Tag::Body => return,
            Tag::Br => {
                self.open(Tag::Br, key, start, end, Attrs::default());
                return;
            }
            Tag::Head => {
                self.close_head(end);
                return;
            }
            Tag::Table => self.open_table(),
            Tag::Td | Tag::Th | Tag::Tr | Tag::Section | Tag::Caption => {
                self.find_open(|n| n.tag == tag, |t| t == Tag::Table || t == Tag::Document)
            }
            Tag::Heading => self.find_open(|n| n.tag == Tag::Heading, Tag::is_scope),
            _ => self.find_open(|n| n.name == key, Tag::is_scope),
        };
        match found {
            Some(i) => {
                if let Some(id) = self.stack.get(i).copied() {
                    if let Some(n) = self.tree.nodes.get_mut(id as usize) {
                        n.src_end = end;
                    }
                }
                self.close_to(i, end);
            }
            None if tag == Tag::P => {
                self.open(Tag::P, key, start, end, Attrs::default());
                let len = self.stack.len();
                if self.top_tag() == Tag::P {
                    self.close_to(len - 1, end);
                }
            }
            None => {}
        }
    }

    /// Decoded text `text` from source bytes `src_start..src_end`.
    pub(crate) fn text(&mut self, text: &str, src_start: usize, src_end: usize, copied: bool) {
        if text.is_empty() {
            return;
        }
        let blank = text.bytes().all(|b| b.is_ascii_whitespace());
        if !blank && self.head_open() {
            self.close_head(src_start);
        }
        let buf_start = self.tree.buf.len();
        self.tree.buf.push_str(text);
        let piece = u32::try_from(self.tree.pieces.len()).unwrap_or(NONE);
        self.tree.pieces.push(TextPiece {
            buf_start,
            buf_end: self.tree.buf.len(),
            src_start,
            src_end,
            copied,
        });
        let top = self.top();
        let last = self.tree.node(top).last_child;
        let last_is_newest = last != NONE && last as usize + 1 == self.tree.nodes.len();
        if last_is_newest && self.tree.node(last).tag == Tag::Text {
            if let Some(n) = self.tree.nodes.get_mut(last as usize) {
                n.pieces.1 = piece.saturating_add(1);
                n.src_end = src_end;
            }
            return;
        }
        let id = self.new_node(Tag::Text, 0, src_start, Attrs::default());
        if let Some(n) = self.tree.nodes.get_mut(id as usize) {
            n.pieces = (piece, piece.saturating_add(1));
            n.src_end = src_end;
        }
    }

    /// Closes everything at the end of the source (`len` bytes) and returns the tree.
    pub(crate) fn finish(mut self, len: usize) -> Tree {
        self.close_to(1, len);
        let n = u32::try_from(self.tree.nodes.len()).unwrap_or(NONE);
        if let Some(root) = self.tree.nodes.first_mut() {
            root.end = n;
            root.src_end = len;
        }
        self.tree
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(events: &[(&str, &str)]) -> Tree {
        let mut b = Builder::new();
        let mut at = 0;
        for (kind, v) in events {
            match *kind {
                "<" => b.start(v.as_bytes(), at, at + 1, Attrs::default()),
                ">" => b.end(v.as_bytes(), at, at + 1),
                _ => b.text(v, at, at + v.len(), true),
            }
            at += 2;
        }
        b.finish(at)
    }

    fn shape(t: &Tree, id: u32) -> String {
        let n = t.node(id);
        if n.tag == Tag::Text {
            return t.text_pieces(id).iter().map(|p| t.piece_text(p)).collect();
        }
        let inner: Vec<String> = t.children(id).map(|c| shape(t, c)).collect();
        format!("{:?}[{}]", n.tag, inner.join(","))
    }

    #[test]
    fn implied_end_tags() {
        let t = build(&[
            ("<", "p"),
            ("t", "a"),
            ("<", "div"),
            ("t", "b"),
            ("<", "table"),
            ("<", "td"),
            ("t", "1"),
            ("<", "td"),
            ("t", "2"),
            ("<", "tr"),
            ("<", "td"),
            ("t", "3"),
        ]);
        assert_eq!(
            shape(&t, 0),
            "Document[P[a],Block[b,Table[Tr[Td[1],Td[2]],Tr[Td[3]]]]]"
        );
    }

    #[test]
    fn end_tags_stay_in_their_scope() {
        let t = build(&[
            ("<", "div"),
            ("<", "table"),
            ("<", "tr"),
            ("<", "td"),
            ("t", "x"),
            (">", "div"), // not in the cell's scope: ignored
            ("t", "y"),
            (">", "td"),
            (">", "table"),
            ("t", "z"),
            (">", "div"),
            ("t", "w"),
        ]);
        assert_eq!(shape(&t, 0), "Document[Block[Table[Tr[Td[xy]]],z],w]");
        let t = build(&[("<", "b"), ("<", "i"), ("t", "x"), (">", "b"), ("t", "y")]);
        assert_eq!(shape(&t, 0), "Document[Inline[Inline[x]],y]");
    }

    #[test]
    fn stray_end_p_and_br() {
        let t = build(&[("t", "a"), (">", "p"), ("t", "b"), (">", "br"), ("t", "c")]);
        assert_eq!(shape(&t, 0), "Document[a,P[],b,Br[],c]");
    }

    #[test]
    fn deep_nesting_is_flattened() {
        let mut b = Builder::new();
        for i in 0..10_000 {
            b.start(b"div", i, i + 1, Attrs::default());
        }
        b.text("x", 10_000, 10_001, true);
        let t = b.finish(10_001);
        assert_eq!(t.nodes.len(), 10_002);
        let mut depth = 0;
        let mut id = t.nodes.len() as u32 - 1;
        while t.node(id).parent != NONE {
            id = t.node(id).parent;
            depth += 1;
        }
        assert!(depth <= MAX_DEPTH, "{depth}");
    }

    #[test]
    fn subtree_ranges() {
        let t = build(&[
            ("<", "div"),
            ("<", "p"),
            ("t", "a"),
            (">", "div"),
            ("t", "b"),
        ]);
        let div = t.node(1);
        assert_eq!((div.tag, div.end), (Tag::Block, 4));
        assert_eq!(t.node(4).tag, Tag::Text);
    }
}
