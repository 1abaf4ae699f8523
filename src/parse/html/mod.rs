//! Reading report pages as they are published: HTML to a reading text the text pipeline reads,
//! with every span moved back onto the HTML source.
//!
//! The pipeline: the WHATWG tokenizer (`html5gum`) gives tags and text with their source byte
//! ranges ([`tokens`]); a tree is built with HTML's implied end tags ([`tree`]); site chrome is
//! set apart and the article found from structure alone ([`article`]); the article is written
//! out as lines — paragraphs, headings, list items, `<br>` — and each data table as one
//! tab-separated line per row, with `rowspan`/`colspan` expanded into a grid ([`grid`],
//! [`render`]). The lines are what sections, metadata and prose read; the tables are read from
//! the grids, each cell pointing at its text in the reading text (the `grid` reader of
//! `parse::readers`). The reading text keeps a piecewise map to the source (an entity maps to
//! its whole `&…;`), so the report's spans become byte ranges of the HTML ([`remap`]).
//!
//! Work is linear in the page: one tokenizer pass, one tree, a fixed number of passes over it;
//! nesting deeper than 256 is flattened and table grids are bounded by their cells.

mod article;
mod grid;
mod reader;
pub(crate) mod remap;
mod render;
mod tag;
mod text;
mod tokens;
mod tree;
mod walk;

use crate::report::reading::OffsetMap;
use crate::report::Span;

use crate::parse::lines::LineIndex;
use crate::parse::readers::grid::{GridCell, GridTable};

/// A table of an HTML page as a grid: `rows[r][c]` is the cell at row `r`, column `c`, with
/// `rowspan` and `colspan` expanded (a cell spanning several positions appears at each, with
/// the same text and origin). Rows are as long as their last occupied column.
///
/// # Example
/// ```
/// let page = "<table><tr><td rowspan=2>三、本年度办理结果</td><td>（一）予以公开</td><td>&nbsp;18</td></tr>\
///             <tr><td>（二）部分公开</td><td><span>1</span><span>2</span></td></tr></table>";
/// let t = &zfxxgk::parse::html_tables(page)[0];
/// let texts: Vec<Vec<&str>> =
///     t.rows.iter().map(|r| r.iter().map(|c| c.text.as_str()).collect()).collect();
/// assert_eq!(texts, [["三、本年度办理结果", "（一）予以公开", "18"],
///                    ["三、本年度办理结果", "（二）部分公开", "12"]]);
/// assert_eq!(t.rows[1][0].origin, (0, 0)); // spanned from the row above
/// assert!(t.rows[1][0].is_spanned(1, 0) && !t.rows[0][0].is_spanned(0, 0));
/// assert_eq!(&page[t.rows[0][2].span.start..t.rows[0][2].span.end], "<td>&nbsp;18</td>");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct HtmlTable {
    /// The `<table>` element in the source.
    pub span: Span,
    /// The grid, row by row.
    pub rows: Vec<Vec<HtmlCell>>,
}

/// One position of an [`HtmlTable`] grid.
///
/// # Example
/// ```
/// let page = "<table><tr><th colspan=2>行政复议</th></tr><tr><td>&nbsp;1</td><td>/</td></tr></table>";
/// let t = &zfxxgk::parse::html_tables(page)[0];
/// let head = &t.rows[0][1];
/// assert_eq!((head.text.as_str(), head.origin, head.colspan, head.header), ("行政复议", (0, 0), 2, true));
/// let cells: Vec<&str> = t.rows[1].iter().map(|c| c.text.as_str()).collect();
/// assert_eq!(cells, ["1", "/"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct HtmlCell {
    /// All the text of the cell on one line: inline parts joined (`<span>1</span><span>2</span>`
    /// is `12`), paragraphs and `<br>` joined (`自`/`然`/`人` is `自然人`), padding (spaces,
    /// `&nbsp;`, U+3000) stripped; empty for an empty or `&nbsp;`-only cell; `/` stays `/`.
    pub text: String,
    /// The cell element (`<td>…</td>`) in the source; empty for a position no cell covers.
    pub span: Span,
    /// The grid position (row, column) where the cell starts.
    pub origin: (usize, usize),
    /// Rows the cell spans (after clamping to the table).
    pub rowspan: usize,
    /// Columns the cell spans.
    pub colspan: usize,
    /// Whether it is a `<th>`.
    pub header: bool,
}

impl HtmlCell {
    /// Whether the cell at grid position `(row, col)` is covered by a cell starting elsewhere.
    ///
    /// # Example
    /// ```
    /// let t = &zfxxgk::parse::html_tables("<table><tr><td colspan=2>a</td></tr></table>")[0];
    /// assert_eq!((t.rows[0][0].is_spanned(0, 0), t.rows[0][1].is_spanned(0, 1)), (false, true));
    /// ```
    pub fn is_spanned(&self, row: usize, col: usize) -> bool {
        self.origin != (row, col)
    }
}

/// A page read: its reading text with the map to the source, and its data tables as grids.
pub(crate) struct HtmlRead {
    pub text: String,
    pub map: OffsetMap,
    pub lines: LineIndex,
    /// The data tables as grids of the reading text, for the grid reader.
    pub grids: Vec<GridTable>,
}

/// Reads an HTML page.
pub(crate) fn read(html: &str) -> HtmlRead {
    let (_, r, lines) = rendered(html);
    let grids = r
        .tables
        .into_iter()
        .map(|(_, g, range)| GridTable {
            range,
            cells: g
                .cells
                .iter()
                .map(|c| GridCell {
                    text: c.reading.0..c.reading.1,
                    row: c.row,
                })
                .collect(),
            slots: g.slots,
            kinds: Vec::new(),
        })
        .collect();
    HtmlRead {
        text: r.text.text,
        map: OffsetMap::new(r.text.pieces),
        lines,
        grids,
    }
}

/// The data tables of an HTML page as public grids (what [`read`] reads as [`GridTable`]s;
/// built only here, as parsing a page does not need them).
pub(crate) fn tables(html: &str) -> Vec<HtmlTable> {
    let (t, r, lines) = rendered(html);
    r.tables
        .iter()
        .map(|(id, g, _)| to_public(&t, &lines, *id, g))
        .collect()
}

/// A page's tree, the article rendered from it (reading text and grids), and its line index:
/// what [`read`] and [`tables`] both start from.
fn rendered(html: &str) -> (tree::Tree, render::Rendered, LineIndex) {
    let t = tokens::tree(html);
    let r = render::render(&t, &article::analyse(&t));
    (t, r, LineIndex::new(html))
}

fn to_public(t: &tree::Tree, lines: &LineIndex, id: u32, g: &grid::Grid) -> HtmlTable {
    let span = |a: usize, b: usize| Span::new(lines.line(a), a, b);
    let node = t.node(id);
    let rows = g
        .slots
        .iter()
        .enumerate()
        .map(|(r, row)| {
            row.iter()
                .enumerate()
                .map(
                    |(c, slot)| match slot.and_then(|i| Some((i, g.cells.get(i)?))) {
                        Some((i, cell)) => {
                            let n = t.node(cell.node);
                            HtmlCell {
                                text: g.text(i).to_string(),
                                span: span(n.src_start, n.src_end),
                                origin: (cell.row, cell.col),
                                rowspan: cell.rowspan,
                                colspan: cell.colspan,
                                header: cell.header,
                            }
                        }
                        None => HtmlCell {
                            text: String::new(),
                            span: span(node.src_start, node.src_start),
                            origin: (r, c),
                            rowspan: 1,
                            colspan: 1,
                            header: false,
                        },
                    },
                )
                .collect()
        })
        .collect();
    HtmlTable {
        span: span(node.src_start, node.src_end),
        rows,
    }
}
