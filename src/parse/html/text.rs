//! Writing reading text with its map to the source: whitespace collapsed as a browser does,
//! line breaks at block boundaries, tabs between table cells.

use crate::report::reading::Piece;

/// Text with the source range of each of its pieces.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Mapped {
    pub text: String,
    pub pieces: Vec<Piece>,
}

/// How whitespace and block boundaries are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Running text: whitespace runs become one space, block boundaries a line break; U+3000
    /// (ideographic space, used for indentation) is kept.
    Flow,
    /// `pre`: whitespace and line breaks kept as they are.
    Pre,
    /// A table cell: one line; whitespace runs (U+00A0 and U+3000 too) become one space and
    /// padding is stripped; block boundaries join (`三`/`、`/`本` → `三、本`), with a space only
    /// between two ASCII letters or digits.
    Cell,
}

/// Builds a [`Mapped`] text.
#[derive(Debug, Clone)]
pub(crate) struct TextOut {
    out: Mapped,
    mode: Mode,
    /// A collapsed whitespace run waiting for the next word, with its source range.
    pending: Option<(usize, usize)>,
    /// At the start of a line (or cell): leading whitespace is dropped.
    line_start: bool,
    /// Cell mode: a block boundary since the last character.
    soft_break: Option<usize>,
    /// The pieces of `out` before this one are an earlier text's (see [`TextOut::cell_after`]):
    /// never joined with nor looked at.
    first_piece: usize,
}

/// Zero-width characters that are dropped.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

impl TextOut {
    pub(crate) fn new(mode: Mode) -> TextOut {
        TextOut {
            out: Mapped::default(),
            mode,
            pending: None,
            line_start: true,
            soft_break: None,
            first_piece: 0,
        }
    }

    /// A text whose buffers are sized for `text` bytes in `pieces` pieces (a page's reading
    /// text is about as long as the page's decoded text: sized once, not grown a dozen times).
    pub(crate) fn with_capacity(mode: Mode, text: usize, pieces: usize) -> TextOut {
        let mut t = TextOut::new(mode);
        t.out.text.reserve(text);
        t.out.pieces.reserve(pieces);
        t
    }

    /// A cell's text written after the texts `out` holds (the cells of a table share one
    /// buffer rather than one allocation each); [`TextOut::finish`] gives `out` back.
    pub(crate) fn cell_after(out: Mapped) -> TextOut {
        let first_piece = out.pieces.len();
        TextOut {
            out,
            mode: Mode::Cell,
            pending: None,
            line_start: true,
            soft_break: None,
            first_piece,
        }
    }

    /// The pieces of this text.
    fn own_pieces(&self) -> &[Piece] {
        self.out.pieces.get(self.first_piece..).unwrap_or_default()
    }

    /// The byte length of the text written so far.
    pub(crate) fn len(&self) -> usize {
        self.out.text.len()
    }

    /// Switches how what follows is written (running text ↔ `pre`).
    pub(crate) fn set_mode(&mut self, mode: Mode) {
        self.mode = mode;
    }

    fn is_space(&self, c: char) -> bool {
        match self.mode {
            Mode::Flow => c.is_whitespace() && c != '\u{3000}',
            Mode::Cell => c.is_whitespace(),
            Mode::Pre => false,
        }
    }

    /// Appends `s` to the output as one piece mapped to `src_start..src_end` (byte for byte
    /// when `copied`).
    fn emit(&mut self, s: &str, src_start: usize, src_end: usize, copied: bool) {
        if s.is_empty() {
            return;
        }
        // A separator never points before what precedes it: source ranges stay in order.
        let (src_start, src_end) = match self.own_pieces().last() {
            Some(last) if src_start == src_end && src_start < last.src_end => {
                (last.src_end, last.src_end)
            }
            _ => (src_start, src_end),
        };
        let out_start = self.out.text.len();
        self.out.text.push_str(s);
        let out_end = self.out.text.len();
        let own = self.out.pieces.len() > self.first_piece;
        if let Some(last) = self.out.pieces.last_mut().filter(|_| own) {
            if copied && last.copied && last.out_end == out_start && last.src_end == src_start {
                last.out_end = out_end;
                last.src_end = src_end;
                return;
            }
        }
        self.out.pieces.push(Piece {
            out_start,
            out_end,
            src_start,
            src_end,
            copied,
        });
    }

    /// Writes what separates the coming word from the last: a pending space, or in a cell the
    /// join across a block boundary.
    fn before_word(&mut self, first: char) {
        if !self.line_start {
            if let Some(at) = self.soft_break {
                let prev = self.out.text.chars().next_back();
                if prev.is_some_and(|p| p.is_ascii_alphanumeric()) && first.is_ascii_alphanumeric()
                {
                    self.emit(" ", at, at, false);
                }
            } else if let Some((a, b)) = self.pending {
                self.emit(" ", a, b, false);
            }
        }
        self.pending = None;
        self.soft_break = None;
        self.line_start = false;
    }

    fn space(&mut self, a: usize, b: usize) {
        if !self.line_start && self.soft_break.is_none() && self.pending.is_none() {
            self.pending = Some((a, b));
        }
    }

    /// Decoded text from source bytes `src_start..src_end`; `copied` when the text is those
    /// bytes.
    pub(crate) fn push(&mut self, s: &str, src_start: usize, src_end: usize, copied: bool) {
        if self.mode == Mode::Pre {
            self.push_pre(s, src_start, src_end, copied);
            return;
        }
        let mut word: Option<usize> = None;
        let flush = |me: &mut TextOut, from: usize, to: usize| {
            if let Some(w) = s.get(from..to) {
                if copied {
                    me.emit(w, src_start + from, src_start + to, true);
                } else {
                    me.emit(w, src_start, src_end, false);
                }
            }
        };
        for (i, c) in s.char_indices() {
            let blank = self.is_space(c) || is_invisible(c);
            if blank {
                if let Some(w) = word.take() {
                    flush(self, w, i);
                }
                if !is_invisible(c) {
                    let (a, b) = if copied {
                        (src_start + i, src_start + i + c.len_utf8())
                    } else {
                        (src_start, src_end)
                    };
                    self.space(a, b);
                }
            } else if word.is_none() {
                self.before_word(c);
                word = Some(i);
            }
        }
        if let Some(w) = word {
            flush(self, w, s.len());
        }
    }

    fn push_pre(&mut self, s: &str, src_start: usize, src_end: usize, copied: bool) {
        let mut from = 0;
        for (i, c) in s.char_indices() {
            if c == '\n' || c == '\r' {
                if let Some(w) = s.get(from..i) {
                    self.pre_run(
                        w,
                        src_start + from,
                        src_start + i,
                        copied,
                        (src_start, src_end),
                    );
                }
                let at = if copied { src_start + i } else { src_start };
                self.emit("\n", at, at, false);
                self.line_start = true;
                from = i + c.len_utf8();
            }
        }
        if let Some(w) = s.get(from..) {
            self.pre_run(
                w,
                src_start + from,
                src_start + s.len(),
                copied,
                (src_start, src_end),
            );
        }
    }

    fn pre_run(&mut self, w: &str, a: usize, b: usize, copied: bool, whole: (usize, usize)) {
        if w.is_empty() {
            return;
        }
        self.line_start = false;
        if copied {
            self.emit(w, a, b, true);
        } else {
            self.emit(w, whole.0, whole.1, false);
        }
    }

    /// A block boundary at source byte `at`: a line break in running text, a join in a cell.
    pub(crate) fn line_break(&mut self, at: usize) {
        self.pending = None;
        match self.mode {
            Mode::Cell => {
                if !self.line_start && self.soft_break.is_none() {
                    self.soft_break = Some(at);
                }
            }
            Mode::Flow | Mode::Pre => {
                if !self.line_start {
                    self.emit("\n", at, at, false);
                    self.line_start = true;
                }
            }
        }
    }

    /// The end of a table row at source byte `at`: a line break even when the row's last
    /// cells were empty (after a tab the line has started, with nothing in it yet).
    pub(crate) fn row_end(&mut self, at: usize) {
        self.pending = None;
        self.soft_break = None;
        if self.out.text.ends_with('\n') || self.out.text.is_empty() {
            return;
        }
        self.emit("\n", at, at, false);
        self.line_start = true;
    }

    /// A tab before the next cell of a row, at source byte `at`.
    pub(crate) fn tab(&mut self, at: usize) {
        self.pending = None;
        self.soft_break = None;
        self.emit("\t", at, at, false);
        self.line_start = true;
    }

    /// Appends a finished text (a cell's): its `pieces` of `text` (no piece is empty, so
    /// an empty text has none).
    pub(crate) fn append(&mut self, text: &str, pieces: &[Piece]) {
        if pieces.is_empty() {
            return;
        }
        self.pending = None;
        self.soft_break = None;
        self.line_start = false;
        for p in pieces {
            if let Some(s) = text.get(p.out_start..p.out_end) {
                self.emit(s, p.src_start, p.src_end, p.copied);
            }
        }
    }

    /// The text written (a final line break added to running text).
    pub(crate) fn finish(mut self, at: usize) -> Mapped {
        if self.mode != Mode::Cell {
            self.line_break(at);
        }
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flow(parts: &[(&str, bool)]) -> Mapped {
        let mut t = TextOut::new(Mode::Flow);
        let mut at = 0;
        for (s, copied) in parts {
            if *s == "|" {
                t.line_break(at);
                continue;
            }
            t.push(s, at, at + s.len(), *copied);
            at += s.len();
        }
        t.finish(at)
    }

    #[test]
    fn whitespace_collapses_and_lines_are_trimmed() {
        let m = flow(&[
            ("  一、 总体\n  情况 ", true),
            ("|", true),
            ("\u{3000}\u{3000}四、", true),
        ]);
        assert_eq!(m.text, "一、 总体 情况\n\u{3000}\u{3000}四、\n");
        // `总体` maps byte for byte.
        let p = m
            .pieces
            .iter()
            .find(|p| &m.text[p.out_start..p.out_end] == "总体")
            .unwrap();
        assert_eq!((p.src_start, p.src_end), (9, 15));
    }

    #[test]
    fn cells_join_blocks_and_strip_padding() {
        let mut t = TextOut::new(Mode::Cell);
        t.push("\u{a0}", 0, 6, false);
        t.push("三", 6, 9, true);
        t.line_break(9);
        t.push("\n  ", 9, 12, true);
        t.push("、", 12, 15, true);
        t.line_break(15);
        t.push("\u{3000}", 15, 18, true);
        let m = t.finish(18);
        assert_eq!(m.text, "三、");
        let mut t = TextOut::new(Mode::Cell);
        t.push("12", 0, 2, true);
        t.line_break(2);
        t.push("34", 2, 4, true);
        assert_eq!(t.finish(4).text, "12 34");
    }

    #[test]
    fn pre_keeps_lines_and_tabs() {
        let mut t = TextOut::new(Mode::Pre);
        t.push("a\tb\n\nc", 0, 6, true);
        assert_eq!(t.finish(6).text, "a\tb\n\nc\n");
    }

    #[test]
    fn entities_map_whole() {
        let m = flow(&[("a", true), ("\u{a0}", false), ("&", false), ("b", true)]);
        assert_eq!(m.text, "a &b\n");
        assert_eq!(m.pieces[1].src_start, 1); // the space: the `\u{a0}` entity's range
    }
}
