//! The reading text of a page: the read region in document order, blocks as lines, each data
//! table row as one tab-separated line.
//!
//! A row is written as a browser copies it: the cells that start in the row, left to right,
//! separated by tabs; a cell spanning several rows is written in its first row only, a cell
//! spanning several columns once. That is the layout the text readers know from copied pages
//! (`三、本年度办理结果\t（一）予以公开\t18\t…`, then `（二）部分公开…\t6\t…`). Empty cells
//! stay as empty fields between tabs; rows with no text at all are left out. Where each cell's
//! text was written is recorded in its grid, for the table builders, which read the grids
//! rather than these lines.

use std::ops::Range;

use crate::parse::html::article::Analysis;
use crate::parse::html::grid::{self, Grid, Item};
use crate::parse::html::tag::Tag;
use crate::parse::html::text::{Mapped, Mode, TextOut};
use crate::parse::html::tree::Tree;
use crate::parse::html::walk::{walk, Step, Visit};

/// The reading text and the grids of the tables written into it.
pub(crate) struct Rendered {
    pub text: Mapped,
    /// Each table: its node, its grid, and the range of the reading text its rows were
    /// written to.
    pub tables: Vec<(u32, Grid, Range<usize>)>,
}

/// Renders the read region of `tree`.
pub(crate) fn render(tree: &Tree, a: &Analysis) -> Rendered {
    let mut out = TextOut::with_capacity(Mode::Flow, tree.buf.len(), tree.pieces.len());
    let mut pre_depth = 0usize;
    let mut tables = Vec::new();
    let removed = |id: u32| a.removed.get(id as usize).copied().unwrap_or(true);
    walk(tree, 0, |step| match step {
        Step::Enter(id) => {
            if removed(id) {
                return Visit::Skip;
            }
            let node = tree.node(id);
            // Outside the region only the region's ancestors are entered.
            let ancestor = id < a.region.0 && node.end > a.region.0;
            if !a.in_region(id) && !ancestor {
                return Visit::Skip;
            }
            match node.tag {
                Tag::Text => {
                    for p in tree.text_pieces(id) {
                        out.push(tree.piece_text(p), p.src_start, p.src_end, p.copied);
                    }
                    return Visit::Skip;
                }
                Tag::Br => {
                    out.line_break(node.src_start);
                    return Visit::Skip;
                }
                Tag::Table if !a.layout.get(id as usize).copied().unwrap_or(false) => {
                    if a.in_region(id) {
                        let mut g = grid::build(tree, &a.removed, id);
                        let start = out.len();
                        write_table(
                            tree,
                            &a.removed,
                            &mut g,
                            node.src_start,
                            node.src_end,
                            &mut out,
                        );
                        tables.push((id, g, start..out.len()));
                    }
                    return Visit::Skip;
                }
                Tag::Pre => {
                    out.line_break(node.src_start);
                    pre_depth += 1;
                    out.set_mode(Mode::Pre);
                }
                t if t.is_block() => out.line_break(node.src_start),
                _ => {}
            }
            Visit::Descend
        }
        Step::Exit(id) => {
            let node = tree.node(id);
            if node.tag == Tag::Pre {
                pre_depth = pre_depth.saturating_sub(1);
                if pre_depth == 0 {
                    out.set_mode(Mode::Flow);
                }
            }
            if node.tag.is_block() {
                out.line_break(node.src_end);
            }
            Visit::Skip
        }
    });
    Rendered {
        text: out.finish(tree.node(0).src_end),
        tables,
    }
}

/// Writes a data table: each row as one line of tab-separated cells; a caption or stray content
/// as running text where it stands. Records where each cell's text was written.
fn write_table(
    tree: &Tree,
    removed: &[bool],
    g: &mut Grid,
    start: usize,
    end: usize,
    out: &mut TextOut,
) {
    out.line_break(start);
    for item in &g.items {
        match *item {
            Item::Row(r) => {
                let at = out.len();
                let cells = g.origins(r);
                if cells.clone().all(|i| g.cells[i].text.is_empty()) {
                    for i in cells {
                        g.cells[i].reading = (at, at);
                    }
                    continue;
                }
                let tr = g.row_nodes.get(r).map(|tr| tree.node(*tr));
                out.line_break(tr.map_or(start, |n| n.src_start));
                for (k, i) in cells.into_iter().enumerate() {
                    if k > 0 {
                        out.tab(tree.node(g.cells[i].node).src_start);
                    }
                    let from = out.len();
                    out.append(&g.texts.text, g.pieces(i));
                    g.cells[i].reading = (from, out.len());
                }
                out.row_end(tr.map_or(start, |n| n.src_end));
            }
            Item::Other(id) => {
                if removed.get(id as usize).copied().unwrap_or(true) {
                    continue;
                }
                out.line_break(tree.node(id).src_start);
                let mut inner = TextOut::new(Mode::Cell);
                walk(tree, id, |step| {
                    let Step::Enter(n) = step else {
                        return Visit::Skip;
                    };
                    let node = tree.node(n);
                    if removed.get(n as usize).copied().unwrap_or(true) {
                        return Visit::Skip;
                    }
                    if node.tag == Tag::Text {
                        for p in tree.text_pieces(n) {
                            inner.push(tree.piece_text(p), p.src_start, p.src_end, p.copied);
                        }
                        return Visit::Skip;
                    }
                    if node.tag.is_block() || node.tag == Tag::Br {
                        inner.line_break(node.src_start);
                    }
                    Visit::Descend
                });
                let text = inner.finish(tree.node(id).src_end);
                out.append(&text.text, &text.pieces);
                out.line_break(tree.node(id).src_end);
            }
        }
    }
    out.line_break(end);
}
