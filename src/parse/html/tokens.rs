//! The WHATWG tokenizer (`html5gum`) driving the tree [`Builder`], with the source byte range of
//! every tag and of every run of text.
//!
//! `html5gum` calls our [`Emitter`] as it reads: tag names, attribute names and values, and text
//! through [`Emitter::emit_string`] in runs (plain text as it stands in the source, one run per
//! character reference); the emitter follows the position, which tells where each tag and run
//! ends. A run whose bytes are the source bytes just before that position is *copied*; any
//! other (`&nbsp;` → U+00A0, `\r\n` → `\n`) maps to the whole source range since the previous
//! run or tag.
//!
//! The emitter keeps only what the tree reads: tag names and the values of `rowspan`,
//! `colspan` and `style` (Word exports put long `style`, `class` and `lang` attributes on every
//! element: other values are never copied); comments and doctypes are skipped. It behaves as
//! html5gum's `CallbackEmitter` with `naively_switch_states` on, as this module used before:
//! the same tags, attributes and state switches (`<script>`, `<style>`, `<textarea>` …). The
//! tokenizer reads the page through our [`PageReader`] (the reference tree below, through
//! html5gum's own `StringReader`).

use std::convert::Infallible;

use html5gum::{naive_next_state, Emitter, Error, State, Tokenizer};

use crate::parse::html::reader::PageReader;
use crate::parse::html::tree::{Attrs, Builder, Tree};

/// The tree of `html`.
pub(crate) fn tree(html: &str) -> Tree {
    let mut sink = Sink::new(html);
    for token in Tokenizer::new_with_emitter(PageReader::new(html), &mut sink) {
        // The emitter yields no tokens, and reading a `&str` cannot fail.
        let _ = token;
    }
    sink.flush_partial();
    sink.builder.finish(html.len())
}

/// The longest attribute name read (`rowspan`, `colspan`): only that many bytes of a name are
/// kept, a longer name being none of those read.
const NAME_MAX: usize = 7;

/// Which attribute is being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Attr {
    Rowspan,
    Colspan,
    Style,
    Hidden,
    Other,
}

impl Attr {
    /// The attribute called `name`; the flags a name alone sets (`hidden`, `href`) go to `attrs`.
    fn named(name: &[u8], attrs: &mut Attrs) -> Attr {
        match name {
            b"rowspan" => Attr::Rowspan,
            b"colspan" => Attr::Colspan,
            b"style" => Attr::Style,
            b"hidden" => {
                attrs.hidden = true;
                Attr::Hidden
            }
            b"href" => {
                attrs.href = true;
                Attr::Other
            }
            _ => Attr::Other,
        }
    }

    /// Reads this attribute's `value` into `attrs`.
    fn read_value(self, value: &[u8], attrs: &mut Attrs) {
        match self {
            Attr::Rowspan => attrs.rowspan = span_number(value),
            Attr::Colspan => attrs.colspan = span_number(value),
            Attr::Style => attrs.hidden |= hides(value),
            Attr::Hidden | Attr::Other => {}
        }
    }
}

/// The tag being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TagKind {
    None,
    Start,
    End,
}

/// Receives tags and text from the tokenizer and builds the tree.
struct Sink<'h> {
    html: &'h str,
    builder: Builder,
    /// The tokenizer's position in the source, and where the previous run of text or tag ended.
    pos: usize,
    last: usize,
    /// The name of the tag being read (until a start tag's name is complete) and its kind.
    tag: Vec<u8>,
    kind: TagKind,
    /// Where the `<` of the tag being read is, and of the start tag being read once its name is
    /// complete.
    taglike_start: usize,
    tag_start: usize,
    /// The name of the last start tag (HTML's "appropriate end tag" is matched against it), and
    /// of the start tag whose attributes are being read; emptied by an end tag.
    last_start_tag: Vec<u8>,
    /// The first bytes of the name of the attribute being read and its whole length (0: no
    /// name pending), what it is once complete, and its value (kept for the attributes whose
    /// value is read only). Word exports put `class`, `style` and `lang` on every element: a
    /// name is gathered in place, never in a growing buffer.
    name: [u8; NAME_MAX],
    name_len: usize,
    attr: Attr,
    value: Vec<u8>,
    attrs: Attrs,
    /// Bytes of a character split across runs (the tokenizer reconsumes byte by byte after a
    /// `<` that opens no tag), and where they start.
    partial: Vec<u8>,
    partial_start: usize,
}

impl<'h> Sink<'h> {
    fn new(html: &'h str) -> Sink<'h> {
        Sink {
            html,
            builder: Builder::for_page(html),
            pos: 0,
            last: 0,
            tag: Vec::new(),
            kind: TagKind::None,
            taglike_start: 0,
            tag_start: 0,
            last_start_tag: Vec::new(),
            name: [0; NAME_MAX],
            name_len: 0,
            attr: Attr::Other,
            value: Vec::new(),
            attrs: Attrs::default(),
            partial: Vec::new(),
            partial_start: 0,
        }
    }

    /// A run of text `decoded` that ends at source byte `end`; the previous run or tag ended at
    /// `last`.
    fn text(&mut self, decoded: &[u8], last: usize, end: usize) {
        let end = end.min(self.html.len());
        let mut last = last.min(end);
        // A run copied from the page (nearly every run) is the page's text just before `end`:
        // taken from the page as it is, valid text already.
        if self.partial.is_empty() {
            let start = end.saturating_sub(decoded.len());
            if start >= last {
                if let Some(src) = self.html.get(start..end) {
                    if src.as_bytes() == decoded {
                        self.builder.text(src, start, end, true);
                        return;
                    }
                }
            }
        }
        let joined;
        let decoded = if self.partial.is_empty() {
            decoded
        } else {
            last = self.partial_start.min(last);
            self.partial.extend_from_slice(decoded);
            joined = std::mem::take(&mut self.partial);
            &joined[..]
        };
        // The other runs: character references, line breaks, characters split across runs.
        match std::str::from_utf8(decoded) {
            Ok(text) => self.emit_str(text, last, end),
            Err(e) if e.error_len().is_none() => {
                // A character continues in the next run.
                self.partial = decoded.to_vec();
                self.partial_start = last;
            }
            Err(_) => self.emit(decoded, last, end),
        }
    }

    /// Emits a split character that never completed (before a tag or at the end).
    fn flush_partial(&mut self) {
        if !self.partial.is_empty() {
            let bytes = std::mem::take(&mut self.partial);
            let start = self.partial_start;
            let end = start.saturating_add(bytes.len()).min(self.html.len());
            self.emit(&bytes, start, end);
        }
    }

    fn emit(&mut self, decoded: &[u8], last: usize, end: usize) {
        let text = String::from_utf8_lossy(decoded);
        self.emit_str(&text, last, end);
    }

    fn emit_str(&mut self, text: &str, last: usize, end: usize) {
        let src = self.html.as_bytes();
        let n = text.len();
        let copied = n <= end - last && src.get(end - n..end) == Some(text.as_bytes());
        if copied {
            self.builder.text(text, end - n, end, true);
        } else {
            self.builder.text(text, last, end, false);
        }
    }
}

/// The leading digits of a `rowspan`/`colspan` value (`"3"`, `" 2px"`), as HTML reads them.
fn span_number(value: &[u8]) -> Option<u32> {
    let digits = value
        .iter()
        .skip_while(|b| b.is_ascii_whitespace())
        .take_while(|b| b.is_ascii_digit());
    let mut n: u32 = 0;
    let mut any = false;
    for d in digits {
        any = true;
        n = n.saturating_mul(10).saturating_add(u32::from(d - b'0'));
    }
    any.then_some(n)
}

/// Whether a `style` value hides the element (`display:none`, `visibility:hidden`), ASCII
/// whitespace anywhere and case aside. Word exports put long styles on every cell, so only the
/// colons are visited (`memchr`): the property's name must end just before one and its value
/// start just after it. The value's first letter is looked at first: few values start with
/// `n` or `h`, while many names end as `display` does (`font-family`).
fn hides(style: &[u8]) -> bool {
    memchr::memchr_iter(b':', style).any(|at| {
        let (before, after) = (&style[..at], &style[at + 1..]);
        let first = after.iter().find(|b| !b.is_ascii_whitespace());
        match first.map(u8::to_ascii_lowercase) {
            Some(b'n') => spelled(after, b"none") && spelled_back(before, b"display"),
            Some(b'h') => spelled(after, b"hidden") && spelled_back(before, b"visibility"),
            _ => false,
        }
    })
}

/// Whether the bytes of `s`, ASCII whitespace left out and case aside, open with `word`.
fn spelled(s: &[u8], word: &[u8]) -> bool {
    opens_with(s.iter(), word.iter())
}

/// Whether the bytes of `s`, ASCII whitespace left out and case aside, end with `word`.
fn spelled_back(s: &[u8], word: &[u8]) -> bool {
    opens_with(s.iter().rev(), word.iter().rev())
}

/// Whether the bytes `s` yields, ASCII whitespace left out and case aside, begin with those
/// `word` yields (lowercase): [`spelled`] reads forwards, [`spelled_back`] backwards.
fn opens_with<'a>(s: impl Iterator<Item = &'a u8>, mut word: impl Iterator<Item = &'a u8>) -> bool {
    let mut kept = s.filter(|b| !b.is_ascii_whitespace());
    word.all(|w| kept.next().is_some_and(|b| b.to_ascii_lowercase() == *w))
}

/// What html5gum's `CallbackEmitter` reported as events (open start tag, attribute name and
/// value, close start tag, end tag), at the same points of the tokenizer's calls.
impl Sink<'_> {
    /// A start tag's name is complete (its first attribute or its end follows).
    fn open_start_tag(&mut self) {
        if self.kind == TagKind::Start && !self.tag.is_empty() {
            self.tag_start = self.taglike_start;
            self.attrs = Attrs::default();
            self.attr = Attr::Other;
            std::mem::swap(&mut self.last_start_tag, &mut self.tag);
            self.tag.clear();
        }
    }

    /// An attribute's name is complete (its value or the next attribute follows).
    fn attribute_name_done(&mut self) {
        self.open_start_tag();
        if self.name_len == 0 {
            return;
        }
        // A name longer than `NAME_MAX` reads as none (empty).
        let name = self.name.get(..self.name_len).unwrap_or_default();
        self.attr = Attr::named(name, &mut self.attrs);
        self.name_len = 0;
    }

    /// An attribute is complete.
    fn attribute_done(&mut self) {
        self.attribute_name_done();
        if !self.value.is_empty() {
            self.attr.read_value(&self.value, &mut self.attrs);
            self.value.clear();
        }
    }
}

/// The tokenizer's emitter. It is implemented on `&mut Sink` so that the sink, and the tree it
/// builds, outlive the tokenizer that owns its emitter.
impl Emitter for &mut Sink<'_> {
    type Token = Infallible;

    fn move_position(&mut self, offset: isize) {
        self.pos = self.pos.saturating_add_signed(offset);
    }

    fn set_last_start_tag(&mut self, last_start_tag: Option<&[u8]>) {
        self.last_start_tag.clear();
        self.last_start_tag
            .extend_from_slice(last_start_tag.unwrap_or_default());
    }

    fn emit_eof(&mut self) {}

    fn emit_error(&mut self, _: Error) {}

    /// Parse errors are not reported (the reader takes the page as it is), which spares the
    /// tokenizer its character validation.
    fn should_emit_errors(&mut self) -> bool {
        false
    }

    fn pop_token(&mut self) -> Option<Infallible> {
        None
    }

    fn emit_string(&mut self, s: &[u8]) {
        let (last, pos) = (self.last, self.pos);
        self.text(s, last, pos);
        self.last = pos;
    }

    fn init_start_tag(&mut self) {
        self.tag.clear();
        self.kind = TagKind::Start;
    }

    fn init_end_tag(&mut self) {
        self.tag.clear();
        self.kind = TagKind::End;
    }

    fn init_comment(&mut self) {}

    fn emit_current_tag(&mut self) -> Option<State> {
        self.attribute_done();
        match self.kind {
            TagKind::Start => {
                self.open_start_tag();
                self.flush_partial();
                let s = &mut **self;
                s.builder
                    .start(&s.last_start_tag, s.tag_start, s.pos, s.attrs);
            }
            TagKind::End => {
                self.last_start_tag.clear();
                self.flush_partial();
                let s = &mut **self;
                s.builder.end(&s.tag, s.taglike_start, s.pos);
            }
            TagKind::None => {}
        }
        self.last = self.pos;
        // Raw text after `<script>`, `<style>`, `<textarea>`, … as html5gum's callback
        // emitter with `naively_switch_states`.
        naive_next_state(&self.last_start_tag)
    }

    /// Comments and doctypes are not read: their bytes are not gathered (Word exports hold long
    /// comments).
    fn emit_current_comment(&mut self) {
        self.last = self.pos;
    }

    fn emit_current_doctype(&mut self) {
        self.last = self.pos;
    }

    fn set_self_closing(&mut self) {}

    fn set_force_quirks(&mut self) {}

    fn push_tag_name(&mut self, s: &[u8]) {
        self.tag.extend_from_slice(s);
    }

    fn push_comment(&mut self, _: &[u8]) {}

    fn push_doctype_name(&mut self, _: &[u8]) {}

    fn init_doctype(&mut self) {}

    fn init_attribute(&mut self) {
        self.attribute_done();
    }

    /// Called once per name, or once per character of a name with upper case letters.
    fn push_attribute_name(&mut self, s: &[u8]) {
        let at = self.name_len;
        if let Some(room) = self.name.get_mut(at..) {
            for (to, b) in room.iter_mut().zip(s) {
                *to = *b;
            }
        }
        self.name_len = at.saturating_add(s.len());
    }

    /// Only the values read are kept.
    fn push_attribute_value(&mut self, s: &[u8]) {
        self.attribute_name_done();
        if matches!(self.attr, Attr::Rowspan | Attr::Colspan | Attr::Style) {
            self.value.extend_from_slice(s);
        }
    }

    fn set_doctype_public_identifier(&mut self, _: &[u8]) {}

    fn set_doctype_system_identifier(&mut self, _: &[u8]) {}

    fn push_doctype_public_identifier(&mut self, _: &[u8]) {}

    fn push_doctype_system_identifier(&mut self, _: &[u8]) {}

    fn start_open_tag(&mut self) {
        self.taglike_start = self.pos.saturating_sub(1);
    }

    fn current_is_appropriate_end_tag_token(&mut self) -> bool {
        self.kind == TagKind::End
            && !self.last_start_tag.is_empty()
            && self.last_start_tag == self.tag
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::html::tag::Tag;

    fn texts(html: &str) -> Vec<(String, String, bool)> {
        let t = tree(html);
        t.pieces
            .iter()
            .map(|p| {
                (
                    t.piece_text(p).to_string(),
                    html[p.src_start..p.src_end].to_string(),
                    p.copied,
                )
            })
            .collect()
    }

    #[test]
    fn text_runs_keep_their_source() {
        let got = texts("<p class=x>一&nbsp;二&#x33;\r\n四</p>");
        let want = [
            ("一", "一", true),
            ("\u{a0}", "&nbsp;", false),
            ("二", "二", true),
            ("3", "&#x33;", false),
            ("\n", "\r", false), // `\r\n` is one line break
            ("四", "四", true),
        ];
        let want: Vec<(String, String, bool)> = want
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), *c))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_character_split_after_a_stray_lt_is_joined() {
        let got = texts("<p>印发<政府信息</p>");
        let joined: String = got.iter().map(|(t, _, _)| t.as_str()).collect();
        assert_eq!(joined, "印发<政府信息");
        assert!(got.iter().all(|(t, src, copied)| !copied || t == src));
    }

    #[test]
    fn script_text_is_under_its_element() {
        let t = tree("<script>var a = '<p>';</script>尾");
        let script = t.node(1);
        assert_eq!(script.tag, Tag::Ignored);
        assert_eq!(t.node(2).tag, Tag::Text);
        assert_eq!(t.node(3).parent, 0);
    }

    #[test]
    fn spans_and_hidden() {
        let t = tree("<td rowspan=\"3\" colspan=' 2x' style='DISPLAY: none'>a</td><td hidden>");
        // The cells are outside a table: they read as blocks, with their attributes.
        assert_eq!(
            (t.node(1).rowspan, t.node(1).colspan, t.node(1).hidden),
            (3, 2, true)
        );
        assert!(t.node(3).hidden);
        assert_eq!(span_number(b"99999999999"), Some(u32::MAX));
        assert_eq!(span_number(b"x"), None);
        assert!(hides(b"color:red; Display : None"));
        assert!(hides(b"visibility:hidden"));
        assert!(!hides(b"border:none;display:block;mso-hide:none"));
        assert!(!hides(b"display:"));
        assert!(hides(b"ddisplay:none") && hides(b"display:display:none"));
    }

    /// The whole style with whitespace dropped and lower-cased, searched for either pattern.
    fn hides_reference(style: &[u8]) -> bool {
        let kept: Vec<u8> = style
            .iter()
            .filter(|b| !b.is_ascii_whitespace())
            .map(u8::to_ascii_lowercase)
            .collect();
        [&b"display:none"[..], b"visibility:hidden"]
            .iter()
            .any(|p| kept.windows(p.len()).any(|w| w == *p))
    }

    proptest::proptest! {
        #[test]
        fn hides_is_the_whole_style_search(
            style in "([dD]isplay|[vV]isibility|[nN]one|[hH]idden|dis|ne|hid|:| |\t|;|x|é|\x0B){0,12}"
        ) {
            proptest::prop_assert_eq!(hides(style.as_bytes()), hides_reference(style.as_bytes()));
        }
    }

    /// Pieces of pages: tags with the attributes read (quoted, unquoted, empty, repeated,
    /// upper case, with character references), raw-text elements, comments, doctypes,
    /// references, stray `<` and `&`, CJK text, line breaks and NUL.
    const PIECES: &str = "(<td rowspan=2 colspan='3'>|<TD ROWSPAN=\"&#50;\" style=\"display:none\">|<p hidden>|<a href=x>|<a name=b>|<td rowspan=\"\" rowspan=4>|<td style='x' style='visibility:hidden'>|</td>|</p>|</a>|<table>|</table>|<tr>|</tr>|<br/>|</br>|<script>|</script>|<style>|</style>|<textarea>|</textarea>|<title>|</title>|<!-- c -->|<!DOCTYPE html>|<![CDATA[x]]>|</td rowspan=5>|<p a b=c d='e' f=\"g\">|<div class=\"MsoNormal\" lang=EN-US>|&nbsp;|&amp;|&#x4e00;|&am|&|<|>|一|二三|x|\\r\\n|\\r|\\x00| |\\t){0,24}";

    proptest::proptest! {
        #[test]
        fn the_tree_is_the_callback_emitters(parts in PIECES) {
            let html = parts
                .replace("\\r", "\r")
                .replace("\\n", "\n")
                .replace("\\t", "\t");
            let (got, want) = (tree(&html), reference::tree(&html));
            proptest::prop_assert_eq!(format!("{:?}", got), format!("{:?}", want));
        }
    }

    #[test]
    fn hostile_inputs_do_not_panic() {
        for html in [
            "<",
            "<p",
            "&",
            "&#",
            "&#x",
            "&#99999999999;",
            "&am",
            "<table><td><table><td>",
            "</td></tr></table>",
            "<!--",
            "<![CDATA[x",
            "<p a='",
            "\u{0}<\u{0}>",
        ] {
            let _ = tree(html);
        }
        let huge = format!("<td style=\"{}\">1</td>", "x".repeat(1 << 20));
        assert_eq!(tree(&huge).node(1).tag, Tag::Block);
    }
}

/// The tree as this module built it before it had an emitter of its own: html5gum's
/// `CallbackEmitter` (with `naively_switch_states`) wrapped to follow the position, its events
/// handled as they were. The property test below checks both build the same tree.
#[cfg(test)]
mod reference {
    use std::convert::Infallible;

    use html5gum::emitters::callback::{Callback, CallbackEmitter, CallbackEvent};
    use html5gum::{Emitter, ForwardingEmitter, Span, State, Tokenizer};

    use super::{Attr, Sink};
    use crate::parse::html::tree::{Attrs, Tree};

    pub(super) fn tree(html: &str) -> Tree {
        let mut sink = Sink::new(html);
        {
            let mut inner = CallbackEmitter::new(Events { sink: &mut sink });
            inner.naively_switch_states(true);
            let emitter = Positions {
                inner,
                pos: 0,
                last: 0,
            };
            for token in Tokenizer::new_with_emitter(html, emitter) {
                let _ = token;
            }
        }
        sink.flush_partial();
        sink.builder.finish(html.len())
    }

    struct Events<'s, 'h> {
        sink: &'s mut Sink<'h>,
    }

    impl Callback<Infallible, usize> for Events<'_, '_> {
        fn handle_event(
            &mut self,
            event: CallbackEvent<'_>,
            span: Span<usize>,
        ) -> Option<Infallible> {
            let s = &mut *self.sink;
            match event {
                CallbackEvent::OpenStartTag { name } => {
                    s.tag.clear();
                    s.tag.extend_from_slice(name);
                    s.tag_start = span.start;
                    s.attrs = Attrs::default();
                    s.attr = Attr::Other;
                }
                CallbackEvent::AttributeName { name } => s.attr = Attr::named(name, &mut s.attrs),
                CallbackEvent::AttributeValue { value } => s.attr.read_value(value, &mut s.attrs),
                CallbackEvent::CloseStartTag { .. } => {
                    s.flush_partial();
                    let name = std::mem::take(&mut s.tag);
                    s.builder.start(&name, s.tag_start, span.end, s.attrs);
                    s.tag = name;
                }
                CallbackEvent::EndTag { name } => {
                    s.flush_partial();
                    s.builder.end(name, span.start, span.end);
                }
                CallbackEvent::String { .. }
                | CallbackEvent::Comment { .. }
                | CallbackEvent::Doctype { .. }
                | CallbackEvent::Error(_) => {}
            }
            None
        }
    }

    struct Positions<'s, 'h> {
        inner: CallbackEmitter<Events<'s, 'h>, Infallible, usize>,
        pos: usize,
        last: usize,
    }

    impl ForwardingEmitter for Positions<'_, '_> {
        type Token = Infallible;

        fn inner(&mut self) -> &mut impl Emitter<Token = Infallible> {
            &mut self.inner
        }

        fn move_position(&mut self, offset: isize) {
            self.pos = self.pos.saturating_add_signed(offset);
            self.inner.move_position(offset);
        }

        fn should_emit_errors(&mut self) -> bool {
            false
        }

        fn emit_string(&mut self, s: &[u8]) {
            let (last, pos) = (self.last, self.pos);
            self.inner.callback_mut().sink.text(s, last, pos);
            self.last = pos;
        }

        fn push_comment(&mut self, _: &[u8]) {}

        fn emit_current_tag(&mut self) -> Option<State> {
            let r = self.inner.emit_current_tag();
            self.last = self.pos;
            r
        }

        fn emit_current_comment(&mut self) {
            self.inner.emit_current_comment();
            self.last = self.pos;
        }

        fn emit_current_doctype(&mut self) {
            self.inner.emit_current_doctype();
            self.last = self.pos;
        }
    }
}
