//! The line reader: text as written, one line per line break. A table line is tokenised on
//! its separators (tabs, pipes, runs of spaces; see [`crate::parse::tables::tokens`]); prose
//! lines are left out of table regions.

use crate::parse::lines::Line;
use crate::parse::readers::Shape;
use crate::parse::tables::rows::is_prose;
use crate::parse::tables::tokens::{tokenize_line, Tok};

/// Tokenises line `l` onto `out`; `None` for a prose line or a line without tokens.
pub(crate) fn tokens(text: &str, l: &Line, out: &mut Vec<Tok>) -> Option<Shape> {
    let s = text.get(l.start..l.end)?;
    if is_prose(s) {
        return None;
    }
    let first = out.len();
    tokenize_line(text, l.start, l.end, l.number, out);
    (out.len() > first).then(Shape::default)
}
