//! Table grids: rows of cells with `rowspan`/`colspan` expanded, as HTML's table model places
//! them, each cell's text read as one line.

use crate::parse::html::tag::Tag;
use std::ops::Range;

use crate::parse::html::text::{Mapped, TextOut};
use crate::parse::html::tree::Tree;
use crate::parse::html::walk::{walk, Step, Visit};
use crate::report::reading::Piece;

/// The widest grid built; cells beyond it are dropped.
const MAX_COLUMNS: usize = 1000;

/// One cell of the source with its place in the grid.
#[derive(Debug, Clone)]
pub(crate) struct GridCell {
    pub node: u32,
    /// Its text in [`Grid::texts`]: the bytes, and the pieces that map them.
    pub text: Range<usize>,
    pub pieces: Range<usize>,
    pub row: usize,
    pub col: usize,
    pub rowspan: usize,
    pub colspan: usize,
    pub header: bool,
    /// Where the cell's text was written in the reading text (start, end): empty at the place
    /// of the row when the cell is blank or its row was left out.
    pub reading: (usize, usize),
}

/// What a table holds in document order: its rows and anything else (a caption, stray content).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Item {
    /// Grid row `usize`.
    Row(usize),
    /// A node to read as running text.
    Other(u32),
}

/// A table's grid: `slots[r][c]` is the index of the cell covering that position.
#[derive(Debug, Clone, Default)]
pub(crate) struct Grid {
    pub cells: Vec<GridCell>,
    /// The texts of the cells, one after another.
    pub texts: Mapped,
    pub slots: Vec<Vec<Option<usize>>>,
    /// The `tr` of each grid row.
    pub row_nodes: Vec<u32>,
    pub items: Vec<Item>,
}

impl Grid {
    /// The text of cell `i`.
    pub(crate) fn text(&self, i: usize) -> &str {
        let range = self.cells.get(i).map_or(0..0, |c| c.text.clone());
        self.texts.text.get(range).unwrap_or("")
    }

    /// The pieces of cell `i`'s text (their offsets are in [`Grid::texts`]).
    pub(crate) fn pieces(&self, i: usize) -> &[Piece] {
        let range = self.cells.get(i).map_or(0..0, |c| c.pieces.clone());
        self.texts.pieces.get(range).unwrap_or_default()
    }

    /// The indices of the cells whose origin is in row `r`, left to right (cells are built
    /// row by row, so they are one range).
    pub(crate) fn origins(&self, r: usize) -> std::ops::Range<usize> {
        let lo = self.cells.partition_point(|c| c.row < r);
        let hi = self.cells.partition_point(|c| c.row <= r);
        lo..hi.max(lo)
    }
}

/// Reads the text of cell `id`: all its text, on one line, written after `texts`.
fn cell_text(tree: &Tree, removed: &[bool], id: u32, texts: Mapped) -> Mapped {
    let mut out = TextOut::cell_after(texts);
    walk(tree, id, |step| match step {
        Step::Enter(n) => {
            let node = tree.node(n);
            if n != id && removed.get(n as usize).copied().unwrap_or(false) {
                return Visit::Skip;
            }
            match node.tag {
                Tag::Ignored | Tag::Head => return Visit::Skip,
                Tag::Text => {
                    for p in tree.text_pieces(n) {
                        out.push(tree.piece_text(p), p.src_start, p.src_end, p.copied);
                    }
                    return Visit::Skip;
                }
                Tag::Br => out.line_break(node.src_start),
                t if t.is_block() && n != id => out.line_break(node.src_start),
                _ => {}
            }
            Visit::Descend
        }
        Step::Exit(n) => {
            let node = tree.node(n);
            if node.tag.is_block() && n != id {
                out.line_break(node.src_end);
            }
            Visit::Skip
        }
    });
    out.finish(tree.node(id).src_end)
}

/// The rows of table `table` in order, with what else it holds: `(rows of cell ids, items)`.
fn rows_of(tree: &Tree, table: u32) -> (Vec<(u32, Vec<u32>)>, Vec<Item>) {
    let mut rows: Vec<(u32, Vec<u32>)> = Vec::new();
    let mut items = Vec::new();
    let add_row = |tr: u32, rows: &mut Vec<(u32, Vec<u32>)>, items: &mut Vec<Item>| {
        let cells: Vec<u32> = tree
            .children(tr)
            .filter(|c| tree.node(*c).tag.is_cell())
            .collect();
        items.push(Item::Row(rows.len()));
        rows.push((tr, cells));
        for c in tree.children(tr) {
            let t = tree.node(c).tag;
            if !t.is_cell() && t != Tag::Text {
                items.push(Item::Other(c));
            }
        }
    };
    for child in tree.children(table) {
        match tree.node(child).tag {
            Tag::Tr => add_row(child, &mut rows, &mut items),
            Tag::Section => {
                for r in tree.children(child) {
                    match tree.node(r).tag {
                        Tag::Tr => add_row(r, &mut rows, &mut items),
                        _ => items.push(Item::Other(r)),
                    }
                }
            }
            _ => items.push(Item::Other(child)),
        }
    }
    (rows, items)
}

/// Builds the grid of table `table`. Spans are clamped to the table's rows and to
/// [`MAX_COLUMNS`]; the grid never holds more than 16 slots per cell plus 4096, so hostile
/// spans cannot blow it up (a span that would is read as 1×1).
pub(crate) fn build(tree: &Tree, removed: &[bool], table: u32) -> Grid {
    let (rows, items) = rows_of(tree, table);
    let n_cells: usize = rows.iter().map(|(_, c)| c.len()).sum();
    let budget = n_cells.saturating_mul(16).saturating_add(4096);
    let mut used = 0usize;
    let mut grid = Grid {
        cells: Vec::with_capacity(n_cells),
        texts: Mapped::default(),
        slots: vec![Vec::new(); rows.len()],
        row_nodes: rows.iter().map(|(tr, _)| *tr).collect(),
        items,
    };
    for (r, (_, cells)) in rows.iter().enumerate() {
        let mut c = 0usize;
        for &id in cells {
            while grid.slots[r].get(c).is_some_and(Option::is_some) {
                c += 1;
            }
            if c >= MAX_COLUMNS {
                break;
            }
            let node = tree.node(id);
            let mut rowspan = (node.rowspan as usize).min(rows.len() - r).max(1);
            let mut colspan = (node.colspan as usize).min(MAX_COLUMNS - c).max(1);
            if used.saturating_add(rowspan.saturating_mul(colspan)) > budget {
                rowspan = 1;
                colspan = 1;
            }
            used = used.saturating_add(rowspan * colspan);
            let index = grid.cells.len();
            let (text_start, pieces_start) = (grid.texts.text.len(), grid.texts.pieces.len());
            grid.texts = cell_text(tree, removed, id, std::mem::take(&mut grid.texts));
            for rr in r..r + rowspan {
                let row = &mut grid.slots[rr];
                if row.len() < c + colspan {
                    row.resize(c + colspan, None);
                }
                for slot in row.iter_mut().skip(c).take(colspan) {
                    if slot.is_none() {
                        *slot = Some(index);
                    }
                }
            }
            grid.cells.push(GridCell {
                node: id,
                text: text_start..grid.texts.text.len(),
                pieces: pieces_start..grid.texts.pieces.len(),
                row: r,
                col: c,
                rowspan,
                colspan,
                header: node.tag == Tag::Th,
                reading: (0, 0),
            });
            c += colspan;
        }
    }
    grid
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::html::tokens::tree;

    fn grid(html: &str) -> Vec<Vec<String>> {
        let t = tree(html);
        let table = (0..t.nodes.len() as u32)
            .find(|i| t.node(*i).tag == Tag::Table)
            .unwrap();
        let removed = vec![false; t.nodes.len()];
        let g = build(&t, &removed, table);
        g.slots
            .iter()
            .map(|row| {
                row.iter()
                    .map(|s| s.map_or("_".to_string(), |i| g.text(i).to_string()))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn rowspan_and_colspan_expand() {
        let g = grid(
            "<table><tr><td rowspan=2 colspan=2>A</td><td>b</td></tr>\
             <tr><td>c</td></tr><tr><td>d</td><td colspan=2>e</td></tr></table>",
        );
        assert_eq!(g, [["A", "A", "b"], ["A", "A", "c"], ["d", "e", "e"]]);
    }

    #[test]
    fn spans_are_clamped() {
        let g = grid("<table><tr><td rowspan=99>A</td><td>1</td></tr><tr><td>2</td></tr></table>");
        assert_eq!(g, [["A", "1"], ["A", "2"]]);
        let g = grid("<table><tr><td colspan=0>A</td><td>1</td></tr></table>");
        assert_eq!(g, [["A", "1"]]);
        let big = "<table><tr><td rowspan=1000 colspan=1000>A</td></tr></table>";
        assert_eq!(grid(big), [vec!["A"; 1000]]); // one row: the rowspan is clamped to it
        let many = format!(
            "<table>{}</table>",
            "<tr><td rowspan=1000 colspan=1000>x</td></tr>".repeat(50)
        );
        let t = tree(&many);
        let g = build(&t, &vec![false; t.nodes.len()], 1);
        let slots: usize = g.slots.iter().map(Vec::len).sum();
        assert!(slots <= 50 * 16 + 4096 + 1000, "{slots}");
    }

    #[test]
    fn cell_text_joins_inline_and_block_parts() {
        let g = grid(
            "<table><tr><td><span>1</span><span>2</span></td>\
             <td><p>自</p>\n<p>然</p>\n<p>人</p></td><td>&nbsp;</td><td>&nbsp;/&nbsp;</td>\
             <td>结果<br/>纠正</td><td>\u{3000}0&nbsp;&nbsp;</td></tr></table>",
        );
        assert_eq!(g, [["12", "自然人", "", "/", "结果纠正", "0"]]);
    }
}
