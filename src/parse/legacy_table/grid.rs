//! The statistics table of a page read from its grid: the token stream of the grid's cells,
//! cell by cell, as the text tokenizer would give it for the table written one row per line —
//! but with every cell's bounds from the grid: a cell's text is tokenised alone (a number never
//! runs into the next cell), an empty cell after the row's first cell is a blank value, a cell
//! spanning rows is read in the row it starts in.

use crate::parse::legacy_table::tokens::{Tok, Tokens};
use crate::parse::readers::grid::GridTable;

/// The tokens of grid `g`'s cells, row by row.
pub(crate) fn stream(text: &str, g: &GridTable) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut toks = Tokens::new(text, 0, 0);
    for r in 0..g.slots.len() {
        let mut started = false;
        for cell in g.row_cells(r) {
            if !cell.origin {
                continue;
            }
            let range = cell.text;
            if text.get(range.clone()).is_none_or(|s| s.trim().is_empty()) {
                if started {
                    out.push(Tok::blank(range.start));
                }
                continue;
            }
            started = true;
            toks.goto(range.start, range.end);
            out.extend(toks.by_ref());
        }
    }
    out
}

/// The title written on the line just before byte `at` (a grid's first row), when it is one:
/// short, and naming a statistics table (`2018年政府信息公开情况统计表`).
pub(crate) fn title_before(text: &str, at: usize) -> Option<(usize, usize)> {
    let before = text.get(..at)?.trim_end();
    let start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let line = before.get(start..)?.trim();
    let words = ["统计表", "附表", "报告表", "情况表"];
    let is_title = !line.is_empty()
        && line.chars().count() <= 60
        && !line.contains('。')
        && words.iter().any(|w| line.contains(w));
    let s = start + before.get(start..)?.find(line)?;
    is_title.then_some((s, s + line.len()))
}
