//! From value tokens to cells: one cell per column, splitting numbers run together
//! (`94765` under `2018年 | 历年累计`) in every way without leading zeros, then keeping the
//! splits that the table's own arithmetic allows: a cumulative column is not below the year's,
//! and the `其中` rows of a total add up to it (at most to it for a partial list; no part above
//! it where parts may overlap). Where more than one split is left, the row is ambiguous: its
//! cells keep the digits as unreadable text ([`Cell::Invalid`], so no sum reads them as 0) and
//! the candidates are reported.

use crate::parse::legacy_table::tokens::{Kind, Tok};
use crate::report::Cell;

/// The most candidate splits kept for one row (more is reported as ambiguous).
const MAX_CANDIDATES: usize = 64;
/// The most combinations tried for one `其中` group.
const MAX_COMBINATIONS: usize = 4096;

/// A cell and the byte range it was read from.
pub(crate) type Placed = (Cell<u64>, (usize, usize));

/// The `其中` rows of a total, for decoding.
#[derive(Debug, Clone)]
pub(crate) struct Group {
    pub parent: usize,
    pub children: Vec<usize>,
    /// Parts partition the total (else they may overlap).
    pub partition: bool,
    /// The list ends with an `其他` bucket: it covers the total.
    pub exhaustive: bool,
}

/// What decoding gave.
#[derive(Debug, Clone, Default)]
pub(crate) struct Decoded {
    /// One cell per column for each row.
    pub cells: Vec<Vec<Placed>>,
    /// Rows left ambiguous, with their candidate splits (`94 | 765`).
    pub ambiguous: Vec<(usize, Vec<String>)>,
    /// Rows whose values did not fit the columns (placed from the left, extra values dropped).
    pub misfit: Vec<usize>,
}

/// Folds full-width digits to ASCII and drops thousands separators.
fn fold_digits(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, ',' | '，'))
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '．' => '.',
            '％' => '%',
            _ => c,
        })
        .collect()
}

/// The cell a token holds as it stands.
fn cell_of(text: &str, t: &Tok) -> Placed {
    let raw = t.text(text);
    let cell = match t.kind {
        Kind::Blank => Cell::Blank,
        _ => {
            let f = fold_digits(raw);
            if !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()) {
                match f.parse::<u64>() {
                    Ok(v) => Cell::Value(v),
                    Err(_) => Cell::Invalid(raw.to_string()),
                }
            } else {
                Cell::parse(raw)
            }
        }
    };
    (cell, (t.start, t.end))
}

/// The digits of a plain number token with their byte ranges; `None` if it is not plain.
fn digits(text: &str, t: &Tok) -> Option<Vec<(u8, usize, usize)>> {
    if t.kind != Kind::Num {
        return None;
    }
    let raw = t.text(text);
    let mut out = Vec::new();
    for (i, c) in raw.char_indices() {
        let d = match c {
            '0'..='9' => c as u8 - b'0',
            '０'..='９' => (c as u32 - 0xFF10) as u8,
            _ => return None,
        };
        out.push((d, t.start + i, t.start + i + c.len_utf8()));
    }
    Some(out)
}

/// Every way to cut `ds` into `k` numbers without leading zeros (at most `cap`).
fn cuts(ds: &[(u8, usize, usize)], k: usize, cap: usize) -> Vec<Vec<Placed>> {
    let mut out = Vec::new();
    let mut cur = Vec::new();
    cut_rec(ds, k, cap, &mut cur, &mut out);
    out
}

fn cut_rec(
    ds: &[(u8, usize, usize)],
    k: usize,
    cap: usize,
    cur: &mut Vec<Placed>,
    out: &mut Vec<Vec<Placed>>,
) {
    if out.len() >= cap {
        return;
    }
    if k == 0 {
        if ds.is_empty() {
            out.push(cur.clone());
        }
        return;
    }
    if ds.len() < k {
        return;
    }
    let max_len = if ds[0].0 == 0 {
        1
    } else {
        (ds.len() - (k - 1)).min(18)
    };
    for len in 1..=max_len {
        let v = ds[..len]
            .iter()
            .fold(0u64, |acc, d| acc * 10 + u64::from(d.0));
        cur.push((Cell::Value(v), (ds[0].1, ds[len - 1].2)));
        cut_rec(&ds[len..], k - 1, cap, cur, out);
        cur.pop();
    }
}

/// The candidate cell rows for `values` in `ncols` columns: `None` when they cannot fit,
/// an empty list when there are too many to consider (then the row is ambiguous).
fn candidates(text: &str, values: &[Tok], ncols: usize) -> Option<Vec<Vec<Placed>>> {
    if values.len() == ncols {
        return Some(vec![values.iter().map(|t| cell_of(text, t)).collect()]);
    }
    if values.len() > ncols {
        return None;
    }
    // Fewer tokens than columns: split plain numbers of two or more digits.
    let mut out: Vec<Vec<Placed>> = vec![Vec::new()];
    for (i, t) in values.iter().enumerate() {
        let ds = digits(text, t).filter(|d| d.len() >= 2);
        let room_after: usize = values[i + 1..]
            .iter()
            .map(|u| digits(text, u).map_or(0, |d| d.len().saturating_sub(1)))
            .sum();
        let mut next: Vec<Vec<Placed>> = Vec::new();
        for prefix in &out {
            let used: usize = prefix.len() - i;
            let left = ncols - values.len() - used;
            let options: Vec<Vec<Placed>> = match &ds {
                Some(d) => {
                    let lo = left.saturating_sub(room_after);
                    let hi = left.min(d.len() - 1);
                    let mut o = Vec::new();
                    for extra in lo..=hi {
                        o.extend(cuts(d, extra + 1, MAX_CANDIDATES + 1));
                    }
                    o
                }
                None if left <= room_after => vec![vec![cell_of(text, t)]],
                None => Vec::new(),
            };
            for o in options {
                if next.len() >= MAX_CANDIDATES {
                    // Too many splits to weigh: never pick one of a truncated list.
                    return Some(Vec::new());
                }
                let mut p = prefix.clone();
                p.extend(o);
                next.push(p);
            }
        }
        out = next;
    }
    out.retain(|c| c.len() == ncols);
    (!out.is_empty()).then_some(out)
}

/// Whether a candidate row keeps each containing column at or above the contained one.
fn periods_ok(cells: &[Placed], contains: &[(usize, usize)]) -> bool {
    contains.iter().all(|&(a, b)| {
        match (
            cells.get(a).and_then(|c| c.0.get()),
            cells.get(b).and_then(|c| c.0.get()),
        ) {
            (Some(x), Some(y)) => x >= y,
            _ => true,
        }
    })
}

/// Whether one choice for a group's rows satisfies its arithmetic in every column where all
/// its cells hold values.
fn group_ok(parent: &[Placed], children: &[&[Placed]], g: &Group) -> bool {
    (0..parent.len()).all(|j| {
        let Some(total) = parent[j].0.get() else {
            return true;
        };
        let vals: Option<Vec<u64>> = children.iter().map(|c| c.get(j)?.0.get()).collect();
        let Some(vals) = vals else { return true };
        let sum: u128 = vals.iter().map(|v| u128::from(*v)).sum();
        let t = u128::from(total);
        if g.partition {
            sum <= t && (!g.exhaustive || sum == t)
        } else {
            vals.iter().all(|v| *v <= total) && (!g.exhaustive || sum >= t)
        }
    })
}

fn show(c: &[Placed]) -> String {
    c.iter()
        .map(|(cell, _)| cell.to_string())
        .collect::<Vec<_>>()
        .join(" | ")
}

/// Decodes the rows' value tokens into `ncols` cells each.
pub(crate) fn decode(
    text: &str,
    rows: &[Vec<Tok>],
    ncols: usize,
    contains: &[(usize, usize)],
    groups: &[Group],
) -> Decoded {
    let mut out = Decoded::default();
    let mut cands: Vec<Vec<Vec<Placed>>> = Vec::with_capacity(rows.len());
    for (i, values) in rows.iter().enumerate() {
        match candidates(text, values, ncols) {
            Some(mut c) => {
                if c.len() > 1 {
                    let kept: Vec<Vec<Placed>> = c
                        .iter()
                        .filter(|x| periods_ok(x, contains))
                        .cloned()
                        .collect();
                    if !kept.is_empty() {
                        c = kept;
                    }
                }
                cands.push(c);
            }
            None => {
                // Values that do not fit: placed from the left, the rest blank. (A heading
                // row has only blanks: nothing to report.)
                if values.iter().any(|t| t.kind != Kind::Blank) {
                    out.misfit.push(i);
                }
                let mut row: Vec<Placed> = values
                    .iter()
                    .take(ncols)
                    .map(|t| cell_of(text, t))
                    .collect();
                while row.len() < ncols {
                    row.push((Cell::Blank, (0, 0)));
                }
                cands.push(vec![row]);
            }
        }
    }
    // The `其中` groups prune the splits of their rows, until nothing changes.
    for _ in 0..4 {
        let mut changed = false;
        for g in groups {
            let members: Vec<usize> = std::iter::once(g.parent)
                .chain(g.children.iter().copied())
                .filter(|&m| m < cands.len())
                .collect();
            if members.len() < 2 || members.iter().all(|&m| cands[m].len() == 1) {
                continue;
            }
            let total: usize = members
                .iter()
                .try_fold(1usize, |acc, &m| acc.checked_mul(cands[m].len()))
                .unwrap_or(usize::MAX);
            if total > MAX_COMBINATIONS {
                continue;
            }
            let mut used: Vec<Vec<bool>> = members
                .iter()
                .map(|&m| vec![false; cands[m].len()])
                .collect();
            let mut any = false;
            for combo in 0..total {
                let mut rest = combo;
                let pick: Vec<usize> = members
                    .iter()
                    .map(|&m| {
                        let k = rest % cands[m].len();
                        rest /= cands[m].len();
                        k
                    })
                    .collect();
                let parent = &cands[members[0]][pick[0]];
                let children: Vec<&[Placed]> = members[1..]
                    .iter()
                    .zip(&pick[1..])
                    .map(|(&m, &k)| cands[m][k].as_slice())
                    .collect();
                if group_ok(parent, &children, g) {
                    any = true;
                    for (u, &k) in used.iter_mut().zip(&pick) {
                        u[k] = true;
                    }
                }
            }
            if !any {
                continue;
            }
            for (&m, u) in members.iter().zip(&used) {
                if u.iter().any(|x| !x) {
                    let kept: Vec<Vec<Placed>> = cands[m]
                        .iter()
                        .zip(u)
                        .filter(|(_, ok)| **ok)
                        .map(|(c, _)| c.clone())
                        .collect();
                    cands[m] = kept;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    for (i, c) in cands.into_iter().enumerate() {
        if c.len() == 1 {
            out.cells.extend(c);
        } else {
            let shown = if c.is_empty() {
                vec![format!("more than {MAX_CANDIDATES} splits")]
            } else {
                c.iter().map(|x| show(x)).collect()
            };
            out.ambiguous.push((i, shown));
            // The digits stay visible as unreadable text (not blank: a blank would be read as
            // 0 by the sums), and the rules leave the row out.
            let vals = rows.get(i).map(Vec::as_slice).unwrap_or(&[]);
            let raw: Vec<&str> = vals.iter().map(|t| t.text(text)).collect();
            let at = match (vals.first(), vals.last()) {
                (Some(a), Some(b)) => (a.start, b.end),
                _ => (0, 0),
            };
            out.cells
                .push(vec![(Cell::Invalid(raw.join(" ")), at); ncols]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::legacy_table::tokens::Tokens;

    fn toks(s: &str) -> Vec<Tok> {
        Tokens::new(s, 0, s.len()).collect()
    }

    fn values(d: &Decoded, row: usize) -> Vec<Option<u64>> {
        d.cells[row].iter().map(|c| c.0.get()).collect()
    }

    #[test]
    fn leading_zeros_decide_small_runs() {
        let s = "02";
        let d = decode(s, &[toks(s)], 2, &[(1, 0)], &[]);
        assert_eq!(values(&d, 0), [Some(0), Some(2)]);
        assert!(d.ambiguous.is_empty());
    }

    #[test]
    fn cumulative_at_least_current_prunes_and_sums_decide_or_leave_it_open() {
        // 94765 in (2018年, 历年累计): 9|4765 and 94|765 keep cumulative ≥ current.
        let s = "94765";
        let d = decode(s, &[toks(s)], 2, &[(1, 0)], &[]);
        assert_eq!(d.ambiguous.len(), 1);
        assert_eq!(d.ambiguous[0].1, ["9 | 4765", "94 | 765"]);
        assert_eq!(values(&d, 0), [None, None]); // not guessed
        assert_eq!(d.cells[0][0].0, Cell::Invalid("94765".into()));
        // A child row that can only be 94 | 765 decides the total (parts partition it and
        // the list ends with an 其他 bucket).
        let g = Group {
            parent: 0,
            children: vec![1, 2],
            partition: true,
            exhaustive: true,
        };
        let text = "94765 94 765 00";
        let t = toks(text);
        let rows = vec![vec![t[0]], vec![t[1], t[2]], vec![t[3]]];
        let d = decode(text, &rows, 2, &[(1, 0)], &[g]);
        assert!(d.ambiguous.is_empty(), "{:?}", d.ambiguous);
        assert_eq!(values(&d, 0), [Some(94), Some(765)]);
        assert_eq!(values(&d, 2), [Some(0), Some(0)]);
    }

    #[test]
    fn too_many_or_unsplittable_values_are_misfits() {
        let s = "1 2 3";
        let d = decode(s, &[toks(s)], 2, &[], &[]);
        assert_eq!(d.misfit, [0]);
        assert_eq!(values(&d, 0), [Some(1), Some(2)]);
        let s = "7";
        let d = decode(s, &[toks(s)], 2, &[], &[]);
        assert_eq!(d.misfit, [0]);
        assert_eq!(values(&d, 0), [Some(7), None]);
    }

    #[test]
    fn percentages_and_slashes_are_kept_apart() {
        let s = "/ 80% 0";
        let d = decode(s, &[toks(s)], 3, &[], &[]);
        assert_eq!(d.cells[0][0].0, Cell::NotApplicable);
        assert_eq!(d.cells[0][1].0, Cell::Invalid("80%".into()));
        assert_eq!(d.cells[0][2].0, Cell::Value(0));
    }
}
