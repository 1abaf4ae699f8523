//! Decoding cells run together without separators (`640020470`, or a whole §4 row
//! `21317000001324019`): the identities make such runs decodable. A run is split into blocks
//! of `width` cells whose last cell is the sum of the others (H3 for a §3 row, H4 for each §4
//! block); every split that satisfies them is returned, so that an ambiguous run is reported
//! rather than guessed.

/// The most candidate splits kept (more means ambiguous anyway).
pub(crate) const MAX_SOLUTIONS: usize = 8;
/// The most search steps spent on one run: hostile input cannot make decoding slow.
const MAX_STEPS: usize = 200_000;

/// Every way (up to [`MAX_SOLUTIONS`]) to split `digits` (ASCII digits only) into `blocks`
/// blocks of `width` numbers each, without leading zeros, where in each block the last
/// number equals the sum of the others. Each solution lists the byte ranges of the cells.
pub(crate) fn decode(digits: &str, blocks: usize, width: usize) -> Vec<Vec<(usize, usize)>> {
    let mut out = Vec::new();
    if width < 2 || blocks == 0 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return out;
    }
    if digits.len() < blocks * width || digits.len() > blocks * width * 12 {
        return out;
    }
    let mut steps = 0usize;
    let mut cur = Vec::with_capacity(blocks * width);
    search(
        digits.as_bytes(),
        0,
        blocks,
        width,
        &mut cur,
        &mut out,
        &mut steps,
    );
    out
}

fn value(d: &[u8]) -> Option<u64> {
    if d.is_empty() || d.len() > 18 || (d.len() > 1 && d[0] == b'0') {
        return None;
    }
    d.iter().try_fold(0u64, |acc, b| {
        acc.checked_mul(10)?.checked_add(u64::from(b - b'0'))
    })
}

#[allow(clippy::too_many_arguments)]
fn search(
    d: &[u8],
    pos: usize,
    blocks_left: usize,
    width: usize,
    cur: &mut Vec<(usize, usize)>,
    out: &mut Vec<Vec<(usize, usize)>>,
    steps: &mut usize,
) {
    if blocks_left == 0 {
        if pos == d.len() {
            out.push(cur.clone());
        }
        return;
    }
    block(d, pos, 0, 0, blocks_left, width, cur, out, steps);
}

/// Chooses the parts of the current block one by one; `k` parts are chosen with sum `sum`.
#[allow(clippy::too_many_arguments)]
fn block(
    d: &[u8],
    pos: usize,
    k: usize,
    sum: u64,
    blocks_left: usize,
    width: usize,
    cur: &mut Vec<(usize, usize)>,
    out: &mut Vec<Vec<(usize, usize)>>,
    steps: &mut usize,
) {
    *steps += 1;
    if *steps > MAX_STEPS || out.len() >= MAX_SOLUTIONS {
        return;
    }
    let remaining_cells = (width - k) + (blocks_left - 1) * width;
    if d.len().saturating_sub(pos) < remaining_cells {
        return;
    }
    if k + 1 == width {
        // The total: its digits are the sum's digits.
        let len = if sum == 0 {
            1
        } else {
            sum.ilog10() as usize + 1
        };
        if pos + len <= d.len() && value(&d[pos..pos + len]) == Some(sum) {
            cur.push((pos, pos + len));
            search(d, pos + len, blocks_left - 1, width, cur, out, steps);
            cur.pop();
        }
        return;
    }
    let max_len = (d.len() - pos - (remaining_cells - 1)).min(18);
    for len in 1..=max_len {
        let Some(v) = value(&d[pos..pos + len]) else {
            break;
        };
        let Some(s) = sum.checked_add(v) else {
            break;
        };
        cur.push((pos, pos + len));
        block(d, pos + len, k + 1, s, blocks_left, width, cur, out, steps);
        cur.pop();
        if out.len() >= MAX_SOLUTIONS || *steps > MAX_STEPS {
            return;
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
}
