//! Aligning candidate rows to the template rows, monotonically: a sequence alignment (dynamic
//! programming over rows, which are few) where a label match scores by how much of the label
//! the row's label contains, an unlabelled row can fill the next expected row, candidates can
//! be left out (reported as values that could not be placed) and template rows can be missing.

/// Score of an unlabelled candidate placed on any row.
const UNLABELLED: i64 = 50;
/// Score of a labelled candidate placed on a row its label does not match at all.
const MISMATCH: i64 = -400;
/// Cost of each template row left out between two placed candidates.
const GAP: i64 = 10;
/// Weight of one shared character pair.
const PAIR: i64 = 100;

/// Weight of one shared character pair of a floating label (a loose line near the row, which
/// may belong to another row): a hint that cannot outweigh the order of the rows.
const HINT: i64 = 3;
/// The most a floating label can add.
const MAX_HINT: i64 = 30;

/// What is known of a candidate's label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Label {
    /// No label: the candidate fills the next expected row.
    Bare,
    /// A label on the row's own line: shared character pairs with each row.
    Own(Vec<u32>),
    /// Loose label lines before the row: shared pairs, used only as a hint.
    Floating(Vec<u32>),
}

/// Places candidates on rows. Returns, for each candidate, the row index it is placed on.
pub(crate) fn align(hits: &[Label], rows: usize) -> Vec<Option<usize>> {
    let n = hits.len();
    let m = rows;
    let w = m + 1;
    // f[i][j]: best score with the first i candidates and the first j rows.
    let mut f = vec![i64::MIN / 4; (n + 1) * w];
    // 0 = skip candidate, 1 = skip row, 2 = place.
    let mut how = vec![0u8; (n + 1) * w];
    for j in 0..=m {
        f[j] = -(j as i64) * GAP;
        how[j] = 1;
    }
    // The score of placing the current candidate on each row, computed once per candidate.
    let mut score = vec![0i64; w];
    for i in 1..=n {
        f[i * w] = f[(i - 1) * w];
        how[i * w] = 0;
        for (j, s) in score.iter_mut().enumerate().skip(1) {
            // Slightly less on later rows: bare rows fill the rows right after an anchor.
            let bare = UNLABELLED - (j as i64).min(UNLABELLED - 1);
            *s = match &hits[i - 1] {
                Label::Bare => bare,
                Label::Floating(h) => {
                    bare + (i64::from(h.get(j - 1).copied().unwrap_or(0)) * HINT).min(MAX_HINT)
                }
                Label::Own(h) => match h.get(j - 1).copied().unwrap_or(0) {
                    0 => MISMATCH,
                    k => i64::from(k) * PAIR,
                },
            };
        }
        // The previous candidate's row of `f` and this one's, as slices (no index checks in
        // the loop).
        let (done, rest) = f.split_at_mut(i * w);
        let (prev, cur) = (&done[(i - 1) * w..], &mut rest[..w]);
        let how_cur = &mut how[i * w..(i + 1) * w];
        for j in 1..w {
            let skip_cand = prev[j];
            let skip_row = cur[j - 1] - GAP;
            let place = prev[j - 1] + score[j];
            let (best, k) = if place >= skip_cand && place >= skip_row {
                (place, 2)
            } else if skip_cand >= skip_row {
                (skip_cand, 0)
            } else {
                (skip_row, 1)
            };
            cur[j] = best;
            how_cur[j] = k;
        }
    }
    let mut out = vec![None; n];
    let (mut i, mut j) = (n, m);
    while i > 0 {
        match how[i * w + j] {
            2 if j > 0 => {
                out[i - 1] = Some(j - 1);
                i -= 1;
                j -= 1;
            }
            1 if j > 0 => j -= 1,
            _ => i -= 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_anchor_and_bare_rows_fill_between() {
        // rows 0..5; candidates: labelled row 0, bare, bare, labelled row 4.
        let l = |j: usize| {
            let mut v = vec![0; 5];
            v[j] = 5;
            Label::Own(v)
        };
        let hits = vec![l(0), Label::Bare, Label::Bare, l(4)];
        assert_eq!(align(&hits, 5), vec![Some(0), Some(1), Some(2), Some(4)]);
    }

    #[test]
    fn unmatched_labels_are_left_out() {
        let hits = vec![
            Label::Own(vec![3, 0]),
            Label::Own(vec![0, 0]),
            Label::Own(vec![0, 4]),
        ];
        assert_eq!(align(&hits, 2), vec![Some(0), None, Some(1)]);
    }

    #[test]
    fn ties_are_broken_by_order() {
        let hits = vec![Label::Own(vec![13, 13]), Label::Own(vec![13, 16])];
        assert_eq!(align(&hits, 2), vec![Some(0), Some(1)]);
    }

    #[test]
    fn floating_labels_do_not_override_order() {
        // Two bare rows between anchors 0 and 3; the first has a loose label of row 2.
        let own = |j: usize| {
            let mut v = vec![0; 4];
            v[j] = 9;
            Label::Own(v)
        };
        let hits = vec![
            own(0),
            Label::Floating(vec![0, 0, 10, 0]),
            Label::Bare,
            own(3),
        ];
        assert_eq!(align(&hits, 4), vec![Some(0), Some(1), Some(2), Some(3)]);
    }
}
