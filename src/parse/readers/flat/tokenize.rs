//! Tokenising the virtual lines of flattened text: a row line is its label, then value tokens
//! split at spaces, before a sign that follows a digit (`88-720`) and around `/`; a count unit
//! after a number (`2笔 984361元`) is left out of its token.

use super::{is_digit, is_space, CELL_UNITS};
use crate::parse::lines::Line;
use crate::parse::readers::{LineKind, Shape};
use crate::parse::tables::rows::is_prose;
use crate::parse::tables::tokens::{classify, Kind, Tok};

/// Tokenises a virtual line of flattened text (see [`LineKind`]).
pub(crate) fn tokens(text: &str, l: &Line, kind: LineKind, out: &mut Vec<Tok>) -> Option<Shape> {
    let s = text.get(l.start..l.end)?;
    match kind {
        LineKind::Text | LineKind::FlatText => {
            if is_prose(s) {
                return None;
            }
            push_label(text, l.start, l.end, l.number, out);
            Some(Shape::default())
        }
        LineKind::FlatEmptyRow => {
            push_label(text, l.start, l.end, l.number, out);
            Some(Shape {
                empty_row: true,
                ..Shape::default()
            })
        }
        LineKind::FlatRow { values, open_end } => {
            let values = values.clamp(l.start, l.end);
            push_label(text, l.start, values, l.number, out);
            value_tokens(text, values, l.end, l.number, out);
            Some(Shape {
                glued: true,
                open_end,
                empty_row: false,
            })
        }
    }
}

/// Pushes `text[a..b]`, trimmed, as one label token (nothing when it is blank).
fn push_label(text: &str, a: usize, b: usize, line: u32, out: &mut Vec<Tok>) {
    let Some(s) = text.get(a..b) else { return };
    let t = s.trim_start_matches(is_space);
    let start = a + (s.len() - t.len());
    let t = t.trim_end_matches(is_space);
    if t.is_empty() {
        return;
    }
    out.push(Tok {
        kind: Kind::Label,
        start,
        end: start + t.len(),
        line,
        col: 0,
    });
}

/// The value tokens of a run `text[a..b]`: split at spaces, before a sign that follows a
/// digit (`88-720`), around `/`; a count unit after a number is left out of the token.
fn value_tokens(text: &str, a: usize, b: usize, line: u32, out: &mut Vec<Tok>) {
    let Some(s) = text.get(a..b) else { return };
    let mut start: Option<usize> = None;
    let mut prev: Option<char> = None;
    let flush = |from: Option<usize>, to: usize, out: &mut Vec<Tok>| {
        if let Some(f) = from {
            if let Some(part) = s.get(f..to) {
                if !part.is_empty() {
                    let kind = match classify(part) {
                        Kind::Label => Kind::Text,
                        k => k,
                    };
                    out.push(Tok {
                        kind,
                        start: a + f,
                        end: a + to,
                        line,
                        col: 0,
                    });
                }
            }
        }
    };
    for (i, c) in s.char_indices() {
        if is_space(c) || CELL_UNITS.contains(&c) {
            flush(start.take(), i, out);
        } else if c == '/' || c == '／' {
            flush(start.take(), i, out);
            flush(Some(i), i + c.len_utf8(), out);
        } else if matches!(c, '-' | '－' | '+' | '＋') && prev.is_some_and(is_digit) {
            flush(start.take(), i, out);
            start = Some(i);
        } else if start.is_none() {
            start = Some(i);
        }
        prev = Some(c);
    }
    flush(start.take(), s.len(), out);
}
