//! The line reader: text as written, one line per line break. A table line is tokenised on
//! its separators (tabs, pipes, runs of spaces; see [`crate::parse::tables::tokens`]); prose
//! lines are left out of table regions. A line whose values touch (numbers and `/` marks
//! written without separators) is read as run together.

use crate::parse::lines::Line;
use crate::parse::readers::Shape;
use crate::parse::tables::rows::is_prose;
use crate::parse::tables::tokens::{tokenize_line, Kind, Tok};

/// Tokenises line `l` onto `out`; `None` for a prose line or a line without tokens.
pub(crate) fn tokens(text: &str, l: &Line, out: &mut Vec<Tok>) -> Option<Shape> {
    let s = text.get(l.start..l.end)?;
    if is_prose(s) {
        return None;
    }
    let first = out.len();
    tokenize_line(text, l.start, l.end, l.number, out);
    let toks = out.get(first..).unwrap_or_default();
    // Values touching each other were written without separators (`102/11///1/////`): their
    // digits may hold several cells, as in flattened text.
    let glued = toks
        .windows(2)
        .any(|w| w[0].end == w[1].start && marks_or_numbers(&w[0]) && marks_or_numbers(&w[1]));
    (!toks.is_empty()).then_some(Shape {
        glued,
        ..Shape::default()
    })
}

fn marks_or_numbers(t: &Tok) -> bool {
    matches!(t.kind, Kind::Num | Kind::NotApplicable)
}
