//! Decoding cells run together without separators (`640020470`, or a whole §4 row
//! `21317000001324019`): the identities make such runs decodable. A run is split into blocks
//! of `width` cells whose last cell is the sum of the others (H3 for a §3 row, H4 for each §4
//! block); every split that satisfies them is returned, so that an ambiguous run is reported
//! rather than guessed.
//!
//! Cells never have leading zeros (`05` is two cells) nor more than 18 digits, and never cross
//! a *bound*: where the text had a space between digits (`160 02 0 018`), a cell ends. A table
//! of how many ways each suffix can be split (capped at 2) prunes the search and tells whether a
//! run admits one split only, identities aside.

/// The most candidate splits kept (more means ambiguous anyway).
pub(crate) const MAX_SOLUTIONS: usize = 8;
/// The most search steps spent on one run: hostile input cannot make decoding slow.
const MAX_STEPS: usize = 200_000;
/// The longest cell, in digits (a `u64` holds 18).
const MAX_CELL: usize = 18;

/// The splits found and whether the search saw every split (no step budget or solution cap
/// reached).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Decoded {
    /// Each split: the byte ranges of its cells.
    pub solutions: Vec<Vec<(usize, usize)>>,
    /// Every split satisfying the identities is in `solutions`.
    pub complete: bool,
}

/// Every way (up to [`MAX_SOLUTIONS`]) to split `digits` (ASCII digits only) into `blocks`
/// blocks of `width` numbers each, without leading zeros, where in each block the last
/// number equals the sum of the others. Each solution lists the byte ranges of the cells
/// (the builders use [`decode_in`] with the bounds of their text).
#[cfg(test)]
pub(crate) fn decode(digits: &str, blocks: usize, width: usize) -> Vec<Vec<(usize, usize)>> {
    let enforce = vec![true; blocks];
    decode_in(digits, &[], blocks, width, &enforce, MAX_SOLUTIONS).solutions
}

/// The ways to split runs of digits, with the cell bounds of their text.
struct Splitter<'a> {
    d: &'a [u8],
    /// `next[p]`: the first bound after `p` (or the end).
    next: Vec<usize>,
    /// `ways[p * (cells + 1) + c]`: how many ways `d[p..]` splits into `c` cells (capped at 2).
    ways: Vec<u8>,
    cells: usize,
}

impl<'a> Splitter<'a> {
    fn new(digits: &'a str, bounds: &[usize], cells: usize) -> Option<Splitter<'a>> {
        let d = digits.as_bytes();
        if cells == 0 || !d.iter().all(u8::is_ascii_digit) {
            return None;
        }
        if d.len() < cells || d.len() > cells.saturating_mul(MAX_CELL) {
            return None;
        }
        let n = d.len();
        let next = next_bounds(n, bounds);
        let w = cells + 1;
        let mut ways = vec![0u8; (n + 1) * w];
        ways[n * w] = 1;
        for p in (0..n).rev() {
            // Only the states a split from the start reaches are filled (the others, never
            // read, stay 0): the `p` digits before hold the other `cells - c` cells, each of
            // one digit at least and `MAX_CELL` at most.
            let first = cells.saturating_sub(p).max(1);
            let last = cells.saturating_sub(p.div_ceil(MAX_CELL));
            for c in first..=last {
                // Fewer digits left than cells, or more than the cells hold: no way (0).
                if n - p < c || n - p > c * MAX_CELL {
                    continue;
                }
                let mut total = 0u8;
                for q in Self::ends(d, &next, p) {
                    total = total.saturating_add(ways[q * w + c - 1]).min(2);
                    if total >= 2 {
                        break;
                    }
                }
                ways[p * w + c] = total;
            }
        }
        Some(Splitter {
            d,
            next,
            ways,
            cells,
        })
    }

    /// The possible ends of a cell starting at `p`.
    fn ends(d: &[u8], next: &[usize], p: usize) -> std::ops::RangeInclusive<usize> {
        cell_ends(d, next, p)
    }

    fn ways(&self, p: usize, c: usize) -> u8 {
        self.ways
            .get(p * (self.cells + 1) + c)
            .copied()
            .unwrap_or(0)
    }
}

/// For each byte `p` of a run of `n` digits, the first bound after it (or `n`).
pub(crate) fn next_bounds(n: usize, bounds: &[usize]) -> Vec<usize> {
    let mut next = vec![n; n + 1];
    let mut sorted: Vec<usize> = bounds
        .iter()
        .copied()
        .filter(|b| *b > 0 && *b < n)
        .collect();
    sorted.sort_unstable();
    let mut k = sorted.len();
    for p in (0..n).rev() {
        while k > 0 && sorted[k - 1] > p {
            k -= 1;
        }
        next[p] = sorted.get(k).copied().unwrap_or(n);
    }
    next
}

/// The possible ends of a cell starting at byte `p` of the digits `d` (`next` from
/// [`next_bounds`]): a zero is a cell by itself, no cell crosses a bound or exceeds 18 digits.
pub(crate) fn cell_ends(d: &[u8], next: &[usize], p: usize) -> std::ops::RangeInclusive<usize> {
    let limit = next.get(p).copied().unwrap_or(p).min(p + MAX_CELL);
    if d.get(p) == Some(&b'0') {
        (p + 1)..=(p + 1).min(limit)
    } else {
        (p + 1)..=limit
    }
}

/// How many ways (0, 1, or 2 for "more than one") `digits` splits into `cells` cells that do
/// not cross `bounds`, identities aside; with the split when there is exactly one.
pub(crate) fn only_split(
    digits: &str,
    bounds: &[usize],
    cells: usize,
) -> (u8, Option<Vec<(usize, usize)>>) {
    let Some(s) = Splitter::new(digits, bounds, cells) else {
        return (0, None);
    };
    let n = s.ways(0, cells);
    if n != 1 {
        return (n, None);
    }
    let mut out = Vec::with_capacity(cells);
    let mut p = 0;
    for c in (1..=cells).rev() {
        let q = Splitter::ends(s.d, &s.next, p).find(|q| s.ways(*q, c - 1) > 0);
        let Some(q) = q else { return (0, None) };
        out.push((p, q));
        p = q;
    }
    (1, Some(out))
}

/// Every split (up to `max`) of `digits` into `cells` cells not crossing `bounds`, with no
/// identity to satisfy.
pub(crate) fn splits(digits: &str, bounds: &[usize], cells: usize, max: usize) -> Decoded {
    let mut out = Decoded::default();
    let Some(s) = Splitter::new(digits, bounds, cells) else {
        out.complete = true;
        return out;
    };
    let mut cur = Vec::with_capacity(cells);
    let mut steps = 0usize;
    fn walk(
        s: &Splitter<'_>,
        pos: usize,
        left: usize,
        cur: &mut Vec<(usize, usize)>,
        out: &mut Vec<Vec<(usize, usize)>>,
        max: usize,
        steps: &mut usize,
    ) {
        *steps += 1;
        if out.len() >= max || *steps > MAX_STEPS {
            return;
        }
        if left == 0 {
            if pos == s.d.len() {
                out.push(cur.clone());
            }
            return;
        }
        for q in Splitter::ends(s.d, &s.next, pos) {
            if s.ways(q, left - 1) == 0 {
                continue;
            }
            cur.push((pos, q));
            walk(s, q, left - 1, cur, out, max, steps);
            cur.pop();
        }
    }
    walk(&s, 0, cells, &mut cur, &mut out.solutions, max, &mut steps);
    out.complete = steps <= MAX_STEPS && out.solutions.len() < max;
    out
}

/// What a block of a split must satisfy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Check {
    /// Anything (the block is not split: only where it ends matters).
    Any,
    /// Its last cell is the sum of the others.
    Sum,
}

/// One block of a split: how many cells the text holds for it and what they satisfy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct BlockSpec {
    /// Cells of the block present in the text.
    pub cells: usize,
    /// What they satisfy.
    pub check: Check,
}

/// The splits of `digits` into `blocks` blocks of `width` cells not crossing `bounds`, where
/// each block `b` with `enforce[b]` has its last cell equal to the sum of the others; at most
/// `max` of them. A block not enforced is not split: each of its cells is given as the
/// block's whole byte range (one solution per range it can take).
pub(crate) fn decode_in(
    digits: &str,
    bounds: &[usize],
    blocks: usize,
    width: usize,
    enforce: &[bool],
    max: usize,
) -> Decoded {
    if width < 2 || blocks == 0 {
        return Decoded::default();
    }
    let specs: Vec<BlockSpec> = (0..blocks)
        .map(|b| BlockSpec {
            cells: width,
            check: if enforce.get(b).copied().unwrap_or(true) {
                Check::Sum
            } else {
                Check::Any
            },
        })
        .collect();
    let mut budget = MAX_STEPS;
    decode_blocks(digits, bounds, &specs, max, &mut budget)
}

/// The splits of `digits` into the blocks `specs` (cells not crossing `bounds`), at most `max`
/// of them, spending at most `budget` search steps (what is left is given back).
pub(crate) fn decode_blocks(
    digits: &str,
    bounds: &[usize],
    specs: &[BlockSpec],
    max: usize,
    budget: &mut usize,
) -> Decoded {
    let mut out = Decoded::default();
    let cells: usize = specs.iter().map(|b| b.cells).sum();
    let Some(s) = Splitter::new(digits, bounds, cells) else {
        out.complete = true;
        return out;
    };
    // Each cell's block, place in it and block size.
    let mut slots = Vec::with_capacity(cells);
    for (b, spec) in specs.iter().enumerate() {
        for k in 0..spec.cells {
            slots.push((b, k));
        }
    }
    let mut search = Search {
        s: &s,
        specs,
        slots,
        max: max.max(1),
        steps: 0,
        budget: *budget,
        cur: Vec::with_capacity(cells),
        out: Vec::new(),
    };
    search.cell(0, 0);
    *budget = budget.saturating_sub(search.steps);
    out.complete = search.steps <= search.budget && search.out.len() < search.max;
    out.solutions = search.out;
    out
}

struct Search<'a> {
    s: &'a Splitter<'a>,
    specs: &'a [BlockSpec],
    slots: Vec<(usize, usize)>,
    max: usize,
    steps: usize,
    budget: usize,
    cur: Vec<(usize, usize)>,
    out: Vec<Vec<(usize, usize)>>,
}

impl Search<'_> {
    fn stop(&self) -> bool {
        self.steps > self.budget || self.out.len() >= self.max
    }

    /// Whether `d[a..b]` splits into exactly `w` cells.
    fn splits(&mut self, a: usize, b: usize, w: usize) -> bool {
        // can[i][k]: d[a..a + i] splits into k cells.
        let n = b - a;
        let mut can = vec![false; (n + 1) * (w + 1)];
        can[0] = true;
        for i in 0..n {
            for k in 0..w {
                if !can[i * (w + 1) + k] {
                    continue;
                }
                self.steps += 1;
                for q in Splitter::ends(self.s.d, &self.s.next, a + i) {
                    if q > b {
                        break;
                    }
                    can[(q - a) * (w + 1) + k + 1] = true;
                }
            }
        }
        can[n * (w + 1) + w]
    }

    fn value(&self, a: usize, b: usize) -> Option<u64> {
        let d = self.s.d.get(a..b)?;
        d.iter().try_fold(0u64, |acc, x| {
            acc.checked_mul(10)?.checked_add(u64::from(x - b'0'))
        })
    }

    /// Chooses the cell after `cur` at byte `pos`; `sum` is the sum of the current block's
    /// cells so far.
    fn cell(&mut self, pos: usize, sum: u64) {
        self.steps += 1;
        if self.stop() {
            return;
        }
        let done = self.cur.len();
        let Some(&(block, k)) = self.slots.get(done) else {
            if pos == self.s.d.len() {
                self.out.push(self.cur.clone());
            }
            return;
        };
        let left = self.slots.len() - done;
        let Some(spec) = self.specs.get(block).copied() else {
            return;
        };
        let last = k + 1 == spec.cells;
        if spec.check == Check::Any && k == 0 {
            // Any split of the block will do: only where it ends matters.
            let w = spec.cells;
            let limit = self.s.d.len().min(pos + w * MAX_CELL);
            for q in pos + w..=limit {
                if self.s.ways(q, left - w) == 0 || !self.splits(pos, q, w) {
                    continue;
                }
                for _ in 0..w {
                    self.cur.push((pos, q));
                }
                self.cell(q, 0);
                self.cur.truncate(done);
                if self.stop() {
                    return;
                }
            }
            return;
        }
        for q in Splitter::ends(self.s.d, &self.s.next, pos) {
            if self.s.ways(q, left - 1) == 0 {
                continue;
            }
            let Some(v) = self.value(pos, q) else { break };
            if spec.check == Check::Sum && last && v != sum {
                continue;
            }
            let next_sum = if last { 0 } else { sum.saturating_add(v) };
            self.cur.push((pos, q));
            self.cell(q, next_sum);
            self.cur.pop();
            if self.stop() {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(d: &str, sol: &[(usize, usize)]) -> Vec<u64> {
        sol.iter()
            .map(|(a, b)| d[*a..*b].parse().unwrap())
            .collect()
    }

    #[test]
    fn appeals_row_of_seventeen_digits() {
        let d = "21317000001324019";
        let sols = decode(d, 3, 5);
        assert!(!sols.is_empty());
        assert!(sols
            .iter()
            .any(|s| show(d, s) == vec![2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19]));
    }

    #[test]
    fn unique_and_ambiguous_rows() {
        let sols = decode("1000001", 1, 7);
        assert_eq!(sols.len(), 1);
        let d = "640020470";
        let sols = decode(d, 1, 7);
        assert_eq!(sols.len(), 1);
        assert_eq!(show(d, &sols[0]), vec![64, 0, 0, 2, 0, 4, 70]);
        assert_eq!(decode("110011", 1, 3).len(), 0);
        assert_eq!(decode("10111", 1, 3).len(), 1);
        assert_eq!(decode("11213", 1, 3).len(), 2);
        assert!(decode("12", 1, 7).is_empty());
        assert!(decode("12a", 1, 2).is_empty());
        // Hostile input stays bounded.
        let long = "1".repeat(80);
        let _ = decode(&long, 1, 7);
    }

    #[test]
    fn bounds_are_cell_ends() {
        // `160 02 0 018` = 16,0,0,2,0,0,18: the spaces are cell boundaries.
        let d = "160020018";
        let bounds = [3, 5, 6];
        let r = decode_in(d, &bounds, 1, 7, &[true], 8);
        assert!(r.complete);
        assert_eq!(r.solutions.len(), 1);
        assert_eq!(show(d, &r.solutions[0]), vec![16, 0, 0, 2, 0, 0, 18]);
        // Without the bounds, `1,6,0,0,2,0,…` and others are splits too.
        assert_eq!(only_split(d, &[], 7).0, 2);
    }

    #[test]
    fn one_split_identities_aside() {
        assert_eq!(only_split("5100000", &[], 7).0, 1); // seven digits, seven cells
        assert_eq!(only_split("0012", &[], 3).0, 1); // 0,0,12: no leading zeros
        assert_eq!(only_split("5066", &[], 3).0, 2); // 5,0,66 or 50,6,6
        assert_eq!(only_split("12", &[], 3).0, 0);
        // 16,0|0,2|0|0,18 or 1,60|0,2|0|0,18: the identities decide.
        assert_eq!(only_split("160020018", &[3, 5, 6], 7).0, 2);
        // Seven groups of one digit each: one split.
        assert_eq!(only_split("1020304", &[1, 2, 3, 4, 5, 6], 7).0, 1);
    }

    #[test]
    fn splits_without_an_identity() {
        let d = "5066";
        let r = splits(d, &[], 3, 8);
        assert!(r.complete);
        let got: Vec<Vec<u64>> = r.solutions.iter().map(|s| show(d, s)).collect();
        assert_eq!(got, vec![vec![5, 0, 66], vec![50, 6, 6]]);
        assert_eq!(splits("00", &[], 3, 8).solutions.len(), 0);
    }

    #[test]
    fn unenforced_blocks_take_any_split() {
        // `00202000001324015`: no split satisfies H4 in the last block, whatever the others.
        let d = "00202000001324015";
        let all = decode_in(d, &[], 3, 5, &[true, true, true], 8);
        assert!(all.complete && all.solutions.is_empty());
        let last = decode_in(d, &[], 3, 5, &[false, false, true], 1);
        assert!(last.complete && last.solutions.is_empty());
        let first_two = decode_in(d, &[], 3, 5, &[true, true, false], 8);
        assert!(first_two.complete);
        assert_eq!(first_two.solutions.len(), 1, "{:?}", first_two.solutions);
        let s = &first_two.solutions[0];
        assert_eq!(show(d, &s[..10]), vec![0, 0, 2, 0, 2, 0, 0, 0, 0, 0]);
        // The last block is given as its whole range.
        assert!(s[10..].iter().all(|c| *c == (10, 17)));
    }

    /// The table of split counts with every state filled (before only reachable states were).
    fn full_ways(d: &[u8], bounds: &[usize], cells: usize) -> Vec<u8> {
        let n = d.len();
        let next = next_bounds(n, bounds);
        let w = cells + 1;
        let mut ways = vec![0u8; (n + 1) * w];
        ways[n * w] = 1;
        for p in (0..n).rev() {
            for c in 1..=cells {
                if n - p < c || n - p > c * MAX_CELL {
                    continue;
                }
                let mut total = 0u8;
                for q in cell_ends(d, &next, p) {
                    total = total.saturating_add(ways[q * w + c - 1]).min(2);
                }
                ways[p * w + c] = total;
            }
        }
        ways
    }

    proptest::proptest! {
        /// Every state a split from the start can reach has the count of the full table.
        #[test]
        fn reachable_counts_match_the_full_table(
            d in "[0-9]{1,60}",
            bounds in proptest::collection::vec(0usize..60, 0..8),
            cells in 1usize..16,
        ) {
            let Some(s) = Splitter::new(&d, &bounds, cells) else { return Ok(()) };
            let full = full_ways(d.as_bytes(), &bounds, cells);
            for p in 0..=d.len() {
                for c in 0..=cells {
                    let reachable = p >= cells - c && p <= (cells - c) * MAX_CELL;
                    if reachable {
                        proptest::prop_assert_eq!(s.ways(p, c), full[p * (cells + 1) + c]);
                    }
                }
            }
        }
    }
}
