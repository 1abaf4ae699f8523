//! Where parsed values came from: spans into the source text.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::applicant::RequestColumn;
use crate::outcome::RequestRow;
use crate::report::active::{ActiveColumn, ActiveRow};
use crate::report::appeals::{AppealColumn, AppealGroup};

/// A span of source text: the 1-based line it starts on and its byte range in the whole text.
///
/// # Example
/// ```
/// use zfxxgk::Span;
/// let s = Span::new(3, 10, 12);
/// assert_eq!(s.len(), 2);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub struct Span {
    /// 1-based line number of the start.
    pub line: u32,
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
}

impl Span {
    /// A span.
    pub const fn new(line: u32, start: usize, end: usize) -> Span {
        Span { line, start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The address of one cell in one of the three tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "table", rename_all = "snake_case")]
#[non_exhaustive]
pub enum CellRef {
    /// A §2 cell.
    Active {
        /// Row.
        row: ActiveRow,
        /// Column.
        column: ActiveColumn,
    },
    /// A §3 cell.
    Requests {
        /// Row.
        row: RequestRow,
        /// Column.
        column: RequestColumn,
    },
    /// A §4 cell.
    Appeals {
        /// Block (serialized as `row`).
        #[serde(rename = "row")]
        group: AppealGroup,
        /// Column.
        column: AppealColumn,
    },
}

/// The source text of a parsed report and where each value came from.
///
/// Not serialized with the report (it can be large); a report read from JSON has none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Source {
    text: Arc<str>,
    cells: BTreeMap<CellRef, Span>,
}

impl Source {
    /// Wraps a source text.
    pub fn new(text: impl Into<Arc<str>>) -> Source {
        Source {
            text: text.into(),
            cells: BTreeMap::new(),
        }
    }

    /// The whole text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Records where a cell's value was read.
    pub fn record(&mut self, cell: CellRef, span: Span) {
        self.cells.insert(cell, span);
    }

    /// Where a cell's value was read, if it was read from this text.
    pub fn span_of(&self, cell: &CellRef) -> Option<Span> {
        self.cells.get(cell).copied()
    }

    /// Every recorded cell span.
    pub fn cell_spans(&self) -> impl Iterator<Item = (&CellRef, &Span)> {
        self.cells.iter()
    }

    /// The text of a span (empty if it is out of range or not on character boundaries).
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// The whole line a span starts on, trimmed.
    pub fn line_of(&self, span: Span) -> &str {
        let start = span.start.min(self.text.len());
        let bytes = self.text.as_bytes();
        let mut a = start;
        while a > 0 && bytes[a - 1] != b'\n' {
            a -= 1;
        }
        let b = self
            .text
            .get(start..)
            .and_then(|t| t.find('\n'))
            .map(|i| start + i)
            .unwrap_or(self.text.len());
        self.text.get(a..b).unwrap_or("").trim()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_of_finds_the_whole_line() {
        let s = Source::new("abc\n一、本年新收 5 6\nxyz");
        let start = "abc\n一、本年新收 ".len();
        let sp = Span::new(2, start, start + 1);
        assert_eq!(s.slice(sp), "5");
        assert_eq!(s.line_of(sp), "一、本年新收 5 6");
        assert_eq!(s.line_of(Span::new(1, 999, 1000)), "xyz");
    }
}
