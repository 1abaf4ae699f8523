//! Placing the cells of a short space-aligned row (`pdftotext -layout` leaves no trace of a
//! blank cell) by their horizontal position, measured against the full rows nearby. The
//! positions come from the reader ([`Tok::col`]); a layout without columns has none.

use crate::parse::tables::rows::Cand;
use crate::parse::tables::tokens::{Kind, Tok};

/// How far (in characters) a cell may sit from its column and a column's rows may disagree.
const SLACK: u32 = 3;
/// How many full rows nearby are consulted.
const NEAREST: usize = 4;

/// The line of tokens that all sit on one line with known columns.
fn one_spaced_line(toks: &[Tok]) -> Option<u32> {
    let line = toks.first()?.line;
    toks.iter()
        .all(|t| t.line == line && t.col > 0 && t.kind != Kind::Blank)
        .then_some(line)
}

/// The column positions of the full rows of a region.
#[derive(Debug, Default)]
pub(crate) struct Grid {
    refs: Vec<(u32, Vec<u32>)>,
}

impl Grid {
    /// Collects the rows of `width` cells on one space-aligned line.
    pub fn new(cands: &[Cand], width: usize) -> Grid {
        let refs = cands
            .iter()
            .filter(|c| c.cells.len() == width)
            .filter_map(|c| {
                let line = one_spaced_line(&c.cells)?;
                Some((line, c.cells.iter().map(|t| t.col).collect()))
            })
            .collect();
        Grid { refs }
    }

    /// The column of each token of a short row, by position, when the full rows nearby agree
    /// on where the columns are and each token sits clearly in one of them.
    pub fn place(&self, toks: &[Tok], width: usize) -> Option<Vec<usize>> {
        let line = one_spaced_line(toks)?;
        let mut near: Vec<&(u32, Vec<u32>)> = self.refs.iter().collect();
        near.sort_by_key(|(l, _)| l.abs_diff(line));
        near.truncate(NEAREST);
        if near.len() < 2 {
            return None;
        }
        let mut centers = Vec::with_capacity(width);
        for k in 0..width {
            let mut xs: Vec<u32> = near.iter().filter_map(|(_, c)| c.get(k).copied()).collect();
            xs.sort_unstable();
            let (lo, hi) = (*xs.first()?, *xs.last()?);
            if hi - lo > SLACK {
                return None;
            }
            centers.push(xs[xs.len() / 2]);
        }
        let mut out = Vec::with_capacity(toks.len());
        for t in toks {
            let (k, d) = centers
                .iter()
                .enumerate()
                .map(|(k, c)| (k, c.abs_diff(t.col)))
                .min_by_key(|(_, d)| *d)?;
            if d > SLACK || out.last().is_some_and(|p| *p >= k) {
                return None;
            }
            out.push(k);
        }
        Some(out)
    }
}
