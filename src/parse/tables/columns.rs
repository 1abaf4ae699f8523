//! Placing the cells of a short space-aligned row (`pdftotext -layout` leaves no trace of a
//! blank cell) by their horizontal position, measured against the full rows nearby.

use crate::parse::lines::Line;
use crate::parse::tables::rows::Cand;
use crate::parse::tables::tokens::{Kind, Tok};

/// How far (in characters) a cell may sit from its column and a column's rows may disagree.
const SLACK: usize = 3;
/// How many full rows nearby are consulted.
const NEAREST: usize = 4;

/// The character column where a token ends on its line.
fn end_col(text: &str, lines: &[Line], t: &Tok) -> Option<usize> {
    let l = lines.get(usize::try_from(t.line).ok()?.checked_sub(1)?)?;
    if l.start > t.start || t.end > l.end {
        return None;
    }
    Some(text.get(l.start..t.end)?.chars().count())
}

/// Whether the tokens are on one space-aligned line.
fn one_spaced_line(text: &str, lines: &[Line], toks: &[Tok]) -> Option<u32> {
    let line = toks.first()?.line;
    if toks.iter().any(|t| t.line != line || t.kind == Kind::Blank) {
        return None;
    }
    let l = lines.get(usize::try_from(line).ok()?.checked_sub(1)?)?;
    let s = text.get(l.start..l.end)?;
    (!s.contains(['\t', '|', '｜'])).then_some(line)
}

/// The column positions of the full rows of a region.
#[derive(Debug, Default)]
pub(crate) struct Grid {
    refs: Vec<(u32, Vec<usize>)>,
}

impl Grid {
    /// Collects the rows of `width` cells on one space-aligned line.
    pub fn new(text: &str, lines: &[Line], cands: &[Cand], width: usize) -> Grid {
        let mut refs = Vec::new();
        for c in cands.iter().filter(|c| c.cells.len() == width) {
            let Some(line) = one_spaced_line(text, lines, &c.cells) else {
                continue;
            };
            let cols: Option<Vec<usize>> =
                c.cells.iter().map(|t| end_col(text, lines, t)).collect();
            if let Some(cols) = cols {
                refs.push((line, cols));
            }
        }
        Grid { refs }
    }

    /// The column of each token of a short row, by position, when the full rows nearby agree
    /// on where the columns are and each token sits clearly in one of them.
    pub fn place(
        &self,
        text: &str,
        lines: &[Line],
        toks: &[Tok],
        width: usize,
    ) -> Option<Vec<usize>> {
        let line = one_spaced_line(text, lines, toks)?;
        let mut near: Vec<&(u32, Vec<usize>)> = self.refs.iter().collect();
        near.sort_by_key(|(l, _)| l.abs_diff(line));
        near.truncate(NEAREST);
        if near.len() < 2 {
            return None;
        }
        let mut centers = Vec::with_capacity(width);
        for k in 0..width {
            let mut xs: Vec<usize> = near.iter().filter_map(|(_, c)| c.get(k).copied()).collect();
            xs.sort_unstable();
            let (lo, hi) = (*xs.first()?, *xs.last()?);
            if hi - lo > SLACK {
                return None;
            }
            centers.push(xs[xs.len() / 2]);
        }
        let mut out = Vec::with_capacity(toks.len());
        for t in toks {
            let x = end_col(text, lines, t)?;
            let (k, d) = centers
                .iter()
                .enumerate()
                .map(|(k, c)| (k, c.abs_diff(x)))
                .min_by_key(|(_, d)| *d)?;
            if d > SLACK || out.last().is_some_and(|p| *p >= k) {
                return None;
            }
            out.push(k);
        }
        Some(out)
    }
}
