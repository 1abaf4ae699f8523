//! The WHATWG tokenizer (`html5gum`) driving the tree [`Builder`], with the source byte range of
//! every tag and of every run of text.
//!
//! `html5gum` reports tags with their spans; text comes through [`Emitter::emit_string`] in
//! runs (plain text as it stands in the source, one run per character reference), and the
//! emitter's position tells where each run ends. A run whose bytes are the source bytes just
//! before that position is *copied*; any other (`&nbsp;` → U+00A0, `\r\n` → `\n`) maps to the
//! whole source range since the previous run or tag.

use std::convert::Infallible;

use html5gum::emitters::callback::{Callback, CallbackEmitter, CallbackEvent};
use html5gum::{Emitter, ForwardingEmitter, Span, State, Tokenizer};

use crate::parse::html::tree::{Attrs, Builder, Tree};

/// The tree of `html`.
pub(crate) fn tree(html: &str) -> Tree {
    let mut sink = Sink {
        html,
        builder: Builder::for_page(html),
        tag: Vec::new(),
        tag_start: 0,
        attr: Attr::Other,
        attrs: Attrs::default(),
        partial: Vec::new(),
        partial_start: 0,
    };
    {
        let mut inner = CallbackEmitter::new(Events { sink: &mut sink });
        inner.naively_switch_states(true);
        let emitter = Positions {
            inner,
            pos: 0,
            last: 0,
        };
        for token in Tokenizer::new_with_emitter(html, emitter) {
            // The callback yields no tokens, and reading a `&str` cannot fail.
            let _ = token;
        }
    }
    sink.flush_partial();
    sink.builder.finish(html.len())
}

/// Which attribute is being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Attr {
    Rowspan,
    Colspan,
    Style,
    Hidden,
    Other,
}

/// Receives tags and text and builds the tree.
struct Sink<'h> {
    html: &'h str,
    builder: Builder,
    tag: Vec<u8>,
    tag_start: usize,
    attr: Attr,
    attrs: Attrs,
    /// Bytes of a character split across runs (the tokenizer reconsumes byte by byte after a
    /// `<` that opens no tag), and where they start.
    partial: Vec<u8>,
    partial_start: usize,
}

impl Sink<'_> {
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

    fn attribute_value(&mut self, value: &[u8]) {
        match self.attr {
            Attr::Rowspan => self.attrs.rowspan = span_number(value),
            Attr::Colspan => self.attrs.colspan = span_number(value),
            Attr::Style => self.attrs.hidden |= hides(value),
            Attr::Hidden | Attr::Other => {}
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
/// start just after it.
fn hides(style: &[u8]) -> bool {
    memchr::memchr_iter(b':', style).any(|at| {
        let (before, after) = (&style[..at], &style[at + 1..]);
        (spelled_back(before, b"display") && spelled(after, b"none"))
            || (spelled_back(before, b"visibility") && spelled(after, b"hidden"))
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

/// The callback of html5gum's [`CallbackEmitter`]: tags and attributes.
struct Events<'s, 'h> {
    sink: &'s mut Sink<'h>,
}

impl Callback<Infallible, usize> for Events<'_, '_> {
    fn handle_event(&mut self, event: CallbackEvent<'_>, span: Span<usize>) -> Option<Infallible> {
        let s = &mut *self.sink;
        match event {
            CallbackEvent::OpenStartTag { name } => {
                s.tag.clear();
                s.tag.extend_from_slice(name);
                s.tag_start = span.start;
                s.attrs = Attrs::default();
                s.attr = Attr::Other;
            }
            CallbackEvent::AttributeName { name } => {
                s.attr = match name {
                    b"rowspan" => Attr::Rowspan,
                    b"colspan" => Attr::Colspan,
                    b"style" => Attr::Style,
                    b"hidden" => Attr::Hidden,
                    b"href" => {
                        s.attrs.href = true;
                        Attr::Other
                    }
                    _ => Attr::Other,
                };
                if s.attr == Attr::Hidden {
                    s.attrs.hidden = true;
                }
            }
            CallbackEvent::AttributeValue { value } => s.attribute_value(value),
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

/// Wraps the callback emitter to follow the input position and hand each run of text to the
/// sink with its source range.
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

    /// Parse errors are not reported (the reader takes the page as it is), which spares the
    /// tokenizer its character validation.
    fn should_emit_errors(&mut self) -> bool {
        false
    }

    /// Text goes to the sink only: the inner emitter would copy it into a buffer of its own to
    /// report it again as a `String` event, which the callback ignores.
    fn emit_string(&mut self, s: &[u8]) {
        let (last, pos) = (self.last, self.pos);
        self.inner.callback_mut().sink.text(s, last, pos);
        self.last = pos;
    }

    /// Comments are not read: their bytes are not gathered (Word exports hold long ones).
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
