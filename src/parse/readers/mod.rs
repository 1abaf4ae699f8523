//! Layout readers: how a document's text becomes lines, and a table region's lines become
//! candidate rows (label, value cells, spans).
//!
//! The rest of the parser — sections, metadata, prose, and the §2/§3/§4 table builders — works
//! on what the readers give and knows nothing of layouts:
//!
//! * [`lines`]: text as written, one line per line break (tabs, pipes, space-aligned columns,
//!   one cell per line, run-together digits inside a line);
//! * [`flat`]: a page body flattened to one line (`get_text()`-style scrapers and site
//!   archives): the line is cut into *virtual lines* — byte ranges of the original text, so
//!   spans stay exact — at section headings, table headers and row labels, and its rows carry
//!   values run together whose cell boundaries the builders decode with the identities;
//! * [`grid`]: tables whose cells are known (an HTML page's grids, `rowspan`/`colspan`
//!   expanded): each grid is told to be §2, §3, §4 or the pre-2019 table by its labels and
//!   gives its candidate rows cell by cell; its rows stay in the text as lines for sections
//!   and prose, but no table reads them as text.
//!
//! Adding a layout means adding a reader that yields [`Document`] lines and [`RegionRows`].

pub(crate) mod flat;
pub(crate) mod grid;
pub(crate) mod lines;

use std::ops::Range;

use crate::parse::lines::{split_lines, Line};
use crate::parse::tables::rows::{assemble, RegionRows, TokLine};
use crate::parse::tables::tokens::Tok;

/// What a line of a document is, as its reader saw it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineKind {
    /// A line of the text as written.
    Text,
    /// A virtual line of flattened text without values: a heading, prose, a table header or a
    /// row label whose values follow on the next virtual line.
    FlatText,
    /// A row of flattened text: its label, then values run together from byte `values` on.
    /// `open_end`: the values are glued to prose after them (`…00000012件…`), so their last
    /// digits may belong to the prose.
    FlatRow {
        /// Byte offset (in the whole text) where the values start.
        values: usize,
        /// The values may end inside the prose glued after them.
        open_end: bool,
    },
    /// A row label of flattened text followed by the next row's label: a row whose cells are
    /// all blank (`…申请3.其他（七）总计…`).
    FlatEmptyRow,
}

/// A document as its readers see it: lines (real or virtual) in text order, each with its kind.
#[derive(Debug, Clone, Default)]
pub(crate) struct Document {
    /// The lines, in order, non-overlapping.
    pub lines: Vec<Line>,
    /// The kind of each line.
    pub kinds: Vec<LineKind>,
    /// Whether some line was flattened text.
    pub flattened: bool,
    /// Tables whose cells are known (an HTML page's), in text order: their rows are lines of
    /// the text too, which the line readers leave to them.
    pub grids: Vec<grid::GridTable>,
}

impl Document {
    /// Reads `text`: each line as written, except lines that are flattened page text, which
    /// are cut into virtual lines.
    pub fn read(text: &str) -> Document {
        let physical = split_lines(text);
        let mut doc = Document {
            lines: Vec::with_capacity(physical.len()),
            kinds: Vec::with_capacity(physical.len()),
            flattened: false,
            grids: Vec::new(),
        };
        for l in physical {
            if let Some(heads) = flat::flattened(text, &l) {
                doc.flattened = true;
                flat::segment(text, l, heads, &mut doc.lines, &mut doc.kinds);
            } else {
                doc.lines.push(l);
                doc.kinds.push(LineKind::Text);
            }
        }
        doc
    }

    /// Whether byte `at` of the text is inside a grid's rows.
    fn in_grid(&self, at: usize) -> bool {
        let i = self.grids.partition_point(|g| g.range.end <= at);
        self.grids.get(i).is_some_and(|g| g.range.start <= at)
    }

    /// The byte offsets where virtual lines end inside a physical line (sentence breaks for
    /// prose): empty for a document read line by line.
    pub fn virtual_breaks(&self, text: &str) -> Vec<usize> {
        if !self.flattened {
            return Vec::new();
        }
        self.lines
            .iter()
            .filter(|l| {
                text.as_bytes()
                    .get(l.end)
                    .is_some_and(|b| *b != b'\n' && *b != b'\r')
            })
            .map(|l| l.end)
            .collect()
    }

    /// The candidate rows of the table region `range` (line indices). In line layouts a line
    /// holding one value and no label is a stray unless it is a run of at least `run_digits`
    /// digits (run-together cells) or `bare_single_is_row` is set.
    pub fn rows(
        &self,
        text: &str,
        range: Range<usize>,
        run_digits: usize,
        bare_single_is_row: bool,
    ) -> RegionRows {
        let range = range.start.min(self.lines.len())..range.end.min(self.lines.len());
        // A table line holds about eight tokens: room for them, not grown by
        // doubling.
        let mut all: Vec<Tok> = Vec::with_capacity(range.len() * 8);
        let mut per_line: Vec<TokLine> = Vec::with_capacity(range.len());
        for i in range {
            let (Some(l), Some(kind)) = (self.lines.get(i), self.kinds.get(i)) else {
                continue;
            };
            if self.in_grid(l.start) {
                continue;
            }
            let first = all.len();
            let shape = match *kind {
                LineKind::Text => lines::tokens(text, l, &mut all),
                k => flat::tokens(text, l, k, &mut all),
            };
            if let Some(shape) = shape {
                per_line.push(TokLine {
                    toks: first..all.len(),
                    glued: shape.glued,
                    open_end: shape.open_end,
                    empty_row: shape.empty_row,
                });
            } else {
                all.truncate(first);
            }
        }
        assemble(text, &all, &per_line, run_digits, bare_single_is_row)
    }
}

/// How a reader saw one line of a table region.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Shape {
    /// The values may hold several cells each (flattened text).
    pub glued: bool,
    /// The values may end inside prose glued after them.
    pub open_end: bool,
    /// A row label with no values: a row of blank cells.
    pub empty_row: bool,
}
