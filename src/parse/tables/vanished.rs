//! Readings of run-together digits with cells left out: blank cells of flattened text leave no
//! trace, so a run may hold fewer cells than its row has. The readers read a run with enough
//! digits as holding every cell; these readings are what keeps that convention from becoming
//! a false error:
//!
//! * a reading with every cell that breaks an identity is only trusted when no reading with
//!   cells left out satisfies it ([`fits_with_vanished`]);
//! * a §4 row is reported as breaking H4 whatever the split only when no reading either way
//!   lets every block hold.
//!
//! The search goes block by block over the positions a block can end at (a set per block, at
//! most the run's length), so the cost is bounded by the run's length times the splits of one
//! block, and by a step budget.

use crate::parse::tables::digits::{cell_ends, next_bounds};
use crate::parse::tables::readings::{Identity, Run};
use crate::parse::tables::tokens::Tok;

/// The most search steps spent on one question about one run.
const BUDGET: usize = 300_000;
/// The longest cell, in digits.
const MAX_CELL: usize = 18;

/// What a block of a reading must satisfy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// `cells` cells, the last the sum of the others (with one cell: the total of parts that
    /// all left no trace, so 0).
    Sum(usize),
    /// `cells` cells, all 0 (the total left no trace and reads 0, so the parts sum to 0).
    Zero(usize),
}

impl Shape {
    fn cells(self) -> usize {
        match self {
            Shape::Sum(n) | Shape::Zero(n) => n,
        }
    }
}

/// A run of digits and its cell bounds, with a step budget.
struct Digits<'a> {
    d: &'a [u8],
    next: Vec<usize>,
    steps: usize,
}

impl Digits<'_> {
    fn exhausted(&self) -> bool {
        self.steps > BUDGET
    }

    fn value(&self, a: usize, b: usize) -> Option<u64> {
        self.d.get(a..b)?.iter().try_fold(0u64, |acc, x| {
            acc.checked_mul(10)?.checked_add(u64::from(x - b'0'))
        })
    }

    /// Where a block of `shape` starting at `p` can end (sorted, distinct).
    fn block_ends(&mut self, p: usize, shape: Shape) -> Vec<usize> {
        let mut out = Vec::new();
        match shape {
            Shape::Zero(n) => {
                let mut q = p;
                for _ in 0..n {
                    if self.d.get(q) != Some(&b'0') {
                        return out;
                    }
                    q += 1;
                }
                out.push(q);
            }
            Shape::Sum(n) => self.sums(p, n, 0, &mut out),
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The ends of the cells after the first ones (summing to `sum`) of a `Sum` block, `left`
    /// cells to go.
    fn sums(&mut self, p: usize, left: usize, sum: u64, out: &mut Vec<usize>) {
        self.steps += 1;
        if self.exhausted() || left == 0 {
            return;
        }
        for q in cell_ends(self.d, &self.next, p) {
            if q > self.d.len() {
                break;
            }
            let Some(v) = self.value(p, q) else { break };
            if left == 1 {
                if v == sum {
                    out.push(q);
                }
            } else if q - p <= MAX_CELL {
                self.sums(q, left - 1, sum.saturating_add(v), out);
            }
        }
    }

    /// Whether the blocks, each taking one of its shapes, can read the whole run, with at
    /// least one block short of `full` cells when `need_short`. `None` when undecided.
    fn fits(&mut self, blocks: &[Vec<Shape>], full: usize, need_short: bool) -> Option<bool> {
        // States: (position, whether some block was short).
        let mut states: Vec<(usize, bool)> = vec![(0, false)];
        for shapes in blocks {
            let mut next: Vec<(usize, bool)> = Vec::new();
            for &(p, short) in &states {
                for shape in shapes {
                    for q in self.block_ends(p, *shape) {
                        let st = (q, short || shape.cells() < full);
                        if !next.contains(&st) {
                            next.push(st);
                        }
                    }
                    if self.exhausted() {
                        return None;
                    }
                }
            }
            states = next;
        }
        let n = self.d.len();
        Some(
            states
                .iter()
                .any(|&(p, short)| p == n && (short || !need_short)),
        )
    }
}

/// The shapes a block of `per` cells can take in the text under `id`: its cells there (`per`
/// down to 1) with the total last, or, where a blank total reads 0 (§4), the total left out
/// too and the parts all 0. In §3 the total must be there: a reading that fits only because
/// its total vanished says nothing.
fn shapes(per: usize, id: Identity) -> Vec<Shape> {
    let mut out = Vec::new();
    for cells in (1..=per).rev() {
        out.push(Shape::Sum(cells));
        if id.zero_total && cells < per {
            out.push(Shape::Zero(cells));
        }
    }
    out
}

/// Whether the run of `toks` (at least `width` digits) can also be read with some of its cells
/// left out — every digit still used — so that every block satisfies the identity. `None` when
/// the search budget ran out (a caller then stays on the safe side).
pub(crate) fn fits_with_vanished(
    text: &str,
    toks: &[Tok],
    width: usize,
    id: Identity,
) -> Option<bool> {
    let run = Run::of(text, toks)?;
    if id.blocks == 0 || width % id.blocks != 0 {
        return Some(false);
    }
    let per = width / id.blocks;
    let mut d = Digits {
        d: run.digits.as_bytes(),
        next: next_bounds(run.digits.len(), &run.bounds),
        steps: 0,
    };
    let blocks = vec![shapes(per, id); id.blocks];
    d.fits(&blocks, per, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::tables::tokens::Kind;

    fn toks(text: &str) -> Vec<Tok> {
        let mut out = Vec::new();
        let mut at = 0;
        for part in text.split(' ') {
            out.push(Tok {
                kind: Kind::Num,
                start: at,
                end: at + part.len(),
                line: 1,
                col: 0,
            });
            at += part.len() + 1;
        }
        out
    }

    #[test]
    fn a_vanished_cell_can_make_a_row_fit() {
        // `0010010` read with every cell is 0,0,1,0,0,1,0 (breaks the total); with two blanks
        // gone it is 0,0,10,0,10 (fits).
        let t = "0010010";
        assert_eq!(
            fits_with_vanished(t, &toks(t), 7, Identity::ROW),
            Some(true)
        );
        // `5100000`: no reading with a cell left out has its total equal to its parts.
        let t = "5100000";
        assert_eq!(
            fits_with_vanished(t, &toks(t), 7, Identity::ROW),
            Some(false)
        );
        let t = "1000001";
        assert_eq!(
            fits_with_vanished(t, &toks(t), 7, Identity::ROW),
            Some(false)
        );
    }

    #[test]
    fn a_row_that_no_reading_lets_hold() {
        // `00202000001324015`: no split lets every block hold, with every cell or without some.
        let t = "00202000001324015";
        assert_eq!(
            fits_with_vanished(t, &toks(t), 15, Identity::APPEALS),
            Some(false)
        );
        // `10000100000000000` (10,0,0,0,10 and zeros) also reads 100,0,0,100 with a part left
        // out: a reading with cells left out fits.
        let t = "10000100000000000";
        assert_eq!(
            fits_with_vanished(t, &toks(t), 15, Identity::APPEALS),
            Some(true)
        );
    }

    #[test]
    fn hostile_runs_stay_bounded() {
        let t = "1".repeat(200);
        let _ = fits_with_vanished(&t, &toks(&t), 15, Identity::APPEALS);
        let t = format!("{}5", "0".repeat(250));
        let _ = fits_with_vanished(&t, &toks(&t), 15, Identity::APPEALS);
    }
}
