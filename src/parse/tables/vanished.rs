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
///
/// The budget counts the steps of the plain search (one per partial split of a block tried),
/// but that count does not depend on the sums met, only on where a block starts and how many
/// cells it has: it is computed by a table ([`Digits::steps_table`]) and charged before the
/// block is searched, so that the answer (`None` past the budget) is the plain search's while
/// the last block, whose only useful end is the end of the run, is searched for that end
/// alone. A run too short to reach the budget whatever it holds needs no table.
struct Digits<'a> {
    d: &'a [u8],
    next: Vec<usize>,
    steps: usize,
    /// `cost[p * (cells + 1) + c]`: the steps of the plain search of `c` cells from `p`
    /// (capped past the budget); `None` when the budget cannot be reached.
    cost: Option<Vec<usize>>,
    cells: usize,
}

impl<'a> Digits<'a> {
    /// The digits `d` with their `next` bounds, to be read in `blocks` (shapes of at most
    /// `cells` cells).
    fn new(d: &'a [u8], next: Vec<usize>, cells: usize, blocks: &[Vec<Shape>]) -> Digits<'a> {
        // A block's search visits distinct sets of cell ends: at most 2^n steps. The first
        // block starts from one state, the others from at most 2 (n + 1).
        let n = d.len();
        let shapes = blocks.iter().map(Vec::len).max().unwrap_or(0);
        let blocks = blocks.len();
        let per_block = u32::try_from(n)
            .ok()
            .and_then(|n| 1usize.checked_shl(n))
            .and_then(|w| w.checked_mul(shapes));
        let bound = per_block.and_then(|w| {
            let later = blocks.saturating_sub(1).checked_mul(2 * (n + 1))?;
            w.checked_mul(later.checked_add(1)?)
        });
        let cost = match bound {
            Some(b) if b <= BUDGET => None,
            _ => Some(Self::steps_table(d, &next, cells)),
        };
        Digits {
            d,
            next,
            steps: 0,
            cost,
            cells,
        }
    }

    /// The steps of the plain search of `c` cells from each `p`: one, plus, with more than
    /// one cell to go, the steps from each end the first cell can take (a contiguous range of
    /// ends: summed with prefix sums of the column for `c - 1` cells).
    fn steps_table(d: &[u8], next: &[usize], cells: usize) -> Vec<usize> {
        let n = d.len();
        let w = cells + 1;
        let cap = BUDGET + 1;
        let mut cost = vec![1usize; (n + 1) * w];
        // `prefix[q]`: the sum of column `c - 1` over ends below `q`.
        let mut prefix = vec![0usize; n + 2];
        for c in 2..=cells {
            for q in 0..=n {
                prefix[q + 1] = prefix[q].saturating_add(cost[q * w + c - 1]);
            }
            for p in 0..=n {
                let ends = cell_ends(d, next, p);
                let (lo, hi) = (*ends.start(), (*ends.end()).min(n));
                let below = if lo <= hi {
                    prefix[hi + 1].saturating_sub(prefix[lo])
                } else {
                    0
                };
                cost[p * w + c] = below.saturating_add(1).min(cap);
            }
        }
        cost
    }

    fn exhausted(&self) -> bool {
        self.steps > BUDGET
    }

    /// Charges the steps the plain search of a block of `shape` from `p` takes.
    fn charge(&mut self, p: usize, shape: Shape) {
        if let (Shape::Sum(c), Some(cost)) = (shape, &self.cost) {
            let cost = cost
                .get(p * (self.cells + 1) + c)
                .copied()
                .unwrap_or(BUDGET + 1);
            self.steps = self.steps.saturating_add(cost);
        }
    }

    fn value(&self, a: usize, b: usize) -> Option<u64> {
        self.d.get(a..b)?.iter().try_fold(0u64, |acc, x| {
            acc.checked_mul(10)?.checked_add(u64::from(x - b'0'))
        })
    }

    /// Where a block of `shape` starting at `p` can end (sorted, distinct).
    fn block_ends(&self, p: usize, shape: Shape) -> Vec<usize> {
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

    /// Whether a `Zero` block of `cells` cells starting at `p` ends the run.
    fn zeros_reach_end(&self, p: usize, cells: usize) -> bool {
        self.d.len().checked_sub(p) == Some(cells)
            && self
                .d
                .get(p..)
                .is_some_and(|z| z.iter().all(|b| *b == b'0'))
    }

    /// The ends of the cells after the first ones (summing to `sum`) of a `Sum` block, `left`
    /// cells to go.
    fn sums(&self, p: usize, left: usize, sum: u64, out: &mut Vec<usize>) {
        if left == 0 {
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

    /// Whether a `Sum` block of some `k` cells with `allowed[k]`, whose first cells (`first`
    /// of them so far, summing to `sum`) end at `p`, ends the run: [`Digits::sums`] for every
    /// such `k` at once, for the one end that matters. The last cell is the rest of the run;
    /// the cells to go take a digit each and at most `MAX_CELL`.
    fn sums_reach_end(&self, p: usize, first: usize, sum: u64, allowed: &[bool]) -> bool {
        let n = self.d.len();
        let ends = cell_ends(self.d, &self.next, p);
        if allowed.get(first + 1) == Some(&true)
            && ends.contains(&n)
            && self.value(p, n) == Some(sum)
        {
            return true;
        }
        // The most cells after this one (the last included).
        let Some(after) = allowed.len().checked_sub(first + 2) else {
            return false;
        };
        if after == 0 {
            return false;
        }
        // The next first cell's value, one more digit per end.
        let mut v = 0u64;
        for q in ends {
            if q >= n {
                break;
            }
            let Some(x) = self.d.get(q - 1).and_then(|x| {
                v.checked_mul(10)?
                    .checked_add(u64::from(x.wrapping_sub(b'0')))
            }) else {
                break;
            };
            v = x;
            if n - q <= after * MAX_CELL
                && self.sums_reach_end(q, first + 1, sum.saturating_add(v), allowed)
            {
                return true;
            }
        }
        false
    }

    /// Whether the blocks, each taking one of its shapes, can read the whole run, with at
    /// least one block short of `full` cells when `need_short`. `None` when undecided.
    fn fits(&mut self, blocks: &[Vec<Shape>], full: usize, need_short: bool) -> Option<bool> {
        // States: (position, whether some block was short).
        let mut states: Vec<(usize, bool)> = vec![(0, false)];
        let n = self.d.len();
        let Some((last, firsts)) = blocks.split_last() else {
            return Some(n == 0 && !need_short);
        };
        for shapes in firsts {
            let mut next: Vec<(usize, bool)> = Vec::new();
            for &(p, short) in &states {
                for shape in shapes {
                    self.charge(p, *shape);
                    if self.exhausted() {
                        return None;
                    }
                    let short = short || shape.cells() < full;
                    for q in self.block_ends(p, *shape) {
                        if !next.contains(&(q, short)) {
                            next.push((q, short));
                        }
                    }
                }
            }
            states = next;
        }
        // The last block: every search charged first (past the budget the answer is `None`
        // whatever they find), then the run's end looked for with the cell counts that
        // answer (a block short of `full` when `need_short` and no block was short yet).
        for &(p, _) in &states {
            for shape in last {
                self.charge(p, *shape);
                if self.exhausted() {
                    return None;
                }
            }
        }
        let most = last.iter().map(|s| s.cells()).max().unwrap_or(0);
        let mut allowed = vec![false; most + 1];
        Some(states.iter().any(|&(p, short)| {
            let answers = |cells: usize| short || cells < full || !need_short;
            allowed.iter_mut().for_each(|a| *a = false);
            let mut zeros = false;
            for shape in last {
                match *shape {
                    Shape::Sum(k) if answers(k) => allowed[k] = true,
                    Shape::Zero(k) if answers(k) => zeros |= self.zeros_reach_end(p, k),
                    _ => {}
                }
            }
            // Cut after the largest count allowed: the walk goes no deeper.
            let top = allowed.iter().rposition(|a| *a).map_or(0, |k| k + 1);
            zeros || self.sums_reach_end(p, 0, 0, allowed.get(..top).unwrap_or_default())
        }))
    }
}

/// The shapes a block of `per` cells can take in the text under `id`: its cells there (`per`
/// down to 1) with the total last, or, where a blank total reads 0 (§4), the total left out
/// too and the parts all 0. In §3 the total must be there: a reading that fits only because
/// its total vanished says nothing.
fn shapes(per: usize, id: Identity) -> Vec<Shape> {
    let mut out = Vec::with_capacity(2 * per);
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
    let blocks = vec![shapes(per, id); id.blocks];
    let mut d = Digits::new(
        run.digits.as_bytes(),
        next_bounds(run.digits.len(), &run.bounds),
        per,
        &blocks,
    );
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

    /// The plain search as first written (every end of every block enumerated, one step per
    /// partial split), which [`fits_with_vanished`] must answer like, budget included.
    fn fits_plain(digits: &str, bounds: &[usize], width: usize, id: Identity) -> Option<bool> {
        struct Plain<'a> {
            d: &'a [u8],
            next: Vec<usize>,
            steps: usize,
        }
        impl Plain<'_> {
            fn sums(&mut self, p: usize, left: usize, sum: u64, out: &mut Vec<usize>) {
                self.steps += 1;
                if self.steps > BUDGET || left == 0 {
                    return;
                }
                for q in cell_ends(self.d, &self.next, p) {
                    if q > self.d.len() {
                        break;
                    }
                    let Some(v) = self.d[p..q].iter().try_fold(0u64, |acc, x| {
                        acc.checked_mul(10)?.checked_add(u64::from(x - b'0'))
                    }) else {
                        break;
                    };
                    if left == 1 {
                        if v == sum {
                            out.push(q);
                        }
                    } else if q - p <= MAX_CELL {
                        self.sums(q, left - 1, sum.saturating_add(v), out);
                    }
                }
            }
        }
        if id.blocks == 0 || width % id.blocks != 0 {
            return Some(false);
        }
        let per = width / id.blocks;
        let mut d = Plain {
            d: digits.as_bytes(),
            next: next_bounds(digits.len(), bounds),
            steps: 0,
        };
        let mut states: Vec<(usize, bool)> = vec![(0, false)];
        for _ in 0..id.blocks {
            let mut next: Vec<(usize, bool)> = Vec::new();
            for &(p, short) in &states {
                for shape in shapes(per, id) {
                    let mut ends = Vec::new();
                    match shape {
                        Shape::Zero(n) => {
                            if d.d
                                .get(p..p + n)
                                .is_some_and(|z| z.iter().all(|b| *b == b'0'))
                            {
                                ends.push(p + n);
                            }
                        }
                        Shape::Sum(n) => d.sums(p, n, 0, &mut ends),
                    }
                    ends.sort_unstable();
                    ends.dedup();
                    for q in ends {
                        let st = (q, short || shape.cells() < per);
                        if !next.contains(&st) {
                            next.push(st);
                        }
                    }
                    if d.steps > BUDGET {
                        return None;
                    }
                }
            }
            states = next;
        }
        Some(states.iter().any(|&(p, short)| p == digits.len() && short))
    }

    proptest::proptest! {
        #[test]
        fn the_charged_search_answers_like_the_plain_one(
            digits in "[0-9]{1,12}|[0-3]{12,34}|0{0,20}[1-2]{0,6}0{0,20}",
            cuts in proptest::collection::vec(0usize..40, 0..8),
            appeals in proptest::bool::ANY,
        ) {
            let (width, id) = if appeals { (15, Identity::APPEALS) } else { (7, Identity::ROW) };
            let bounds: Vec<usize> = cuts.into_iter().filter(|c| *c < digits.len()).collect();
            let blocks = vec![shapes(width / id.blocks, id); id.blocks];
            let mut d = Digits::new(
                digits.as_bytes(),
                next_bounds(digits.len(), &bounds),
                width / id.blocks,
                &blocks,
            );
            proptest::prop_assert_eq!(
                d.fits(&blocks, width / id.blocks, true),
                fits_plain(&digits, &bounds, width, id)
            );
        }
    }

    #[test]
    fn hostile_runs_stay_bounded() {
        let t = "1".repeat(200);
        let _ = fits_with_vanished(&t, &toks(&t), 15, Identity::APPEALS);
        let t = format!("{}5", "0".repeat(250));
        let _ = fits_with_vanished(&t, &toks(&t), 15, Identity::APPEALS);
        // Past the budget, as the plain search.
        for (t, width, id) in [
            ("1".repeat(60), 15, Identity::APPEALS),
            ("12".repeat(20), 7, Identity::ROW),
        ] {
            let got = fits_with_vanished(&t, &toks(&t), width, id);
            assert_eq!(got, None);
            assert_eq!(got, fits_plain(&t, &[], width, id));
        }
    }
}
