//! The readings of a row: every way to take a candidate row's values as the `width` cells of a
//! template row, layout aside.
//!
//! * Values kept whole (tabs, pipes, spaces): as many values as cells is one reading; fewer
//!   values (blank cells that left no trace) can be placed in every choice of columns.
//! * Values that may be run together (flattened text, or a row of at most three digit groups
//!   with at least seven digits): a digit group may hold several cells (never across a space,
//!   never with a leading zero). A run with at least `width` digits holds every cell of the row;
//!   a shorter one holds some cells, the others blank.
//!
//! When the text admits one reading, that is the reading (the rules then check it). When it
//! admits several, only those satisfying the row's identity are kept: the last cell of each
//! block is the sum of the others (H3 for a §3 row, H4 for each §4 block; blank reads 0, a blank
//! total holds). The builders then use the column identities, or report the row as not
//! assessable — never a guess.

use crate::parse::tables::digits::{decode_in, only_split, splits, Decoded, MAX_SOLUTIONS};
use crate::parse::tables::tokens::{count_cell, sign_len, Kind, Tok};
use crate::parse::tables::vanished::fits_with_vanished;
use crate::report::Cell;

/// One reading: the token (or the part of a token) in each cell; `None` where a blank cell
/// left no trace.
pub(crate) type Reading = Vec<Option<Tok>>;

/// The most readings with vanished blanks enumerated for one row.
const MAX_PLACEMENTS: usize = 20_000;

/// What a row's values admit.
#[derive(Debug, Clone)]
pub(crate) enum Readings {
    /// One reading only.
    One(Reading),
    /// Several readings.
    Several {
        /// Those that satisfy the row identity (at most [`MAX_SOLUTIONS`] for runs).
        valid: Vec<Reading>,
        /// `valid` holds every reading that satisfies the identity.
        complete: bool,
        /// The readings assume blank cells that left no trace (a placement question rather
        /// than a split of digits).
        vanished: bool,
    },
    /// No reading: more values than cells.
    None,
}

/// The identity a row's readings are checked against: `blocks` blocks of equal width, each
/// with its last cell the sum of the others (no identity when `blocks` is 0), under the rules'
/// blank policy: a blank total is its row's sum in §3 (`zero_total` false: the identity holds),
/// and reads 0 in §4 (`zero_total`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Identity {
    /// Number of blocks.
    pub blocks: usize,
    /// A blank total reads 0.
    pub zero_total: bool,
}

impl Identity {
    /// The §3 row total (H3).
    pub const ROW: Identity = Identity {
        blocks: 1,
        zero_total: false,
    };
    /// The §4 block totals (H4).
    pub const APPEALS: Identity = Identity {
        blocks: 3,
        zero_total: true,
    };
    /// No identity (§2).
    pub const NONE: Identity = Identity {
        blocks: 0,
        zero_total: false,
    };
}

/// A run of digits made of tokens: the digits, the token boundaries, and where each token's
/// digits are.
pub(crate) struct Run {
    /// The digits of the tokens, one after another.
    pub digits: String,
    /// Where each token's digits end in `digits`: cell boundaries.
    pub bounds: Vec<usize>,
    parts: Vec<Part>,
}

/// Where a token's leading digits are in a run.
#[derive(Debug, Clone, Copy)]
struct Part {
    /// Offset of the digits in the run.
    at: usize,
    /// Number of digits.
    len: usize,
    /// Bytes of the sign before them in the token.
    sign: usize,
}

impl Run {
    /// The run of `toks` when each is a number: an optional sign, ASCII digits, and an
    /// optional tail (a decimal part, `元`) that stays with the token's last cell, as the sign
    /// stays with its first.
    pub(crate) fn of(text: &str, toks: &[Tok]) -> Option<Run> {
        let mut digits =
            String::with_capacity(toks.iter().map(|t| t.end.saturating_sub(t.start)).sum());
        let mut bounds = Vec::with_capacity(toks.len());
        let mut parts = Vec::with_capacity(toks.len());
        for t in toks {
            let s = t.text(text);
            if t.kind != Kind::Num {
                return None;
            }
            let sign = sign_len(s);
            let body = s.get(sign..)?;
            let head = body.bytes().take_while(u8::is_ascii_digit).count();
            if head == 0 {
                return None;
            }
            parts.push(Part {
                at: digits.len(),
                len: head,
                sign,
            });
            digits.push_str(body.get(..head)?);
            bounds.push(digits.len());
        }
        Some(Run {
            digits,
            bounds,
            parts,
        })
    }

    /// The token part for the run's cell `a..b`: within one token; the token's first cell
    /// takes its sign, its last cell the rest of the token (decimal part, unit).
    fn piece(&self, toks: &[Tok], a: usize, b: usize) -> Option<Tok> {
        let k = self
            .parts
            .iter()
            .position(|p| a >= p.at && a < p.at + p.len)?;
        let t = toks.get(k)?;
        let p = self.parts[k];
        let start = if a == p.at {
            t.start
        } else {
            t.start + p.sign + (a - p.at)
        };
        let end = if b >= p.at + p.len {
            t.end
        } else {
            t.start + p.sign + (b - p.at)
        };
        Some(Tok {
            kind: Kind::Num,
            start,
            end,
            line: t.line,
            col: 0,
        })
    }

    fn reading(&self, toks: &[Tok], split: &[(usize, usize)]) -> Option<Reading> {
        // (Room for every cell at once: collecting into an `Option` grows the vector by
        // doubling.)
        let mut out = Vec::with_capacity(split.len());
        for (a, b) in split {
            out.push(Some(self.piece(toks, *a, *b)?));
        }
        Some(out)
    }
}

/// The value of a cell under the blank policy: `Some(v)` for a number, `Some(0)` for blank or
/// `/`, `None` for unreadable text.
fn value(text: &str, t: &Option<Tok>) -> Option<Option<u64>> {
    match t {
        None => Some(None),
        Some(t) => match count_cell(text, t) {
            Cell::Value(v) => Some(Some(v)),
            Cell::Blank | Cell::NotApplicable => Some(None),
            Cell::Invalid(_) => None,
        },
    }
}

/// Whether a reading satisfies the identity (blank reads 0; a blank or unreadable total, or
/// an unreadable part, leaves a block unassessed).
pub(crate) fn holds(text: &str, r: &[Option<Tok>], id: Identity) -> bool {
    if id.blocks == 0 || r.is_empty() || r.len() % id.blocks != 0 {
        return true;
    }
    let w = r.len() / id.blocks;
    r.chunks(w).all(|b| {
        let Some((total, parts)) = b.split_last() else {
            return true;
        };
        let total = match value(text, total) {
            Some(Some(t)) => t,
            Some(None) if id.zero_total => 0,
            _ => return true,
        };
        let mut sum: u128 = 0;
        for p in parts {
            match value(text, p) {
                Some(v) => sum += u128::from(v.unwrap_or(0)),
                None => return true,
            }
        }
        sum == u128::from(total)
    })
}

/// The readings of `toks` as `width` cells. `splittable`: digit tokens may hold several cells;
/// `open_end`: the last token may end inside prose (its last digits are tried off one by one).
pub(crate) fn read_row(
    text: &str,
    toks: &[Tok],
    width: usize,
    id: Identity,
    splittable: bool,
    open_end: bool,
) -> Readings {
    if width == 0 {
        return Readings::None;
    }
    if splittable {
        if let Some(run) = Run::of(text, toks) {
            if run.digits.len() >= width {
                return if open_end {
                    open_run(text, toks, &run, width, id)
                } else {
                    full_run(toks, &run, width, id)
                };
            }
            return placements(text, &short_run_pieces(toks, &run, width), width, id);
        }
        if !open_end {
            if let Some(r) = marked_run(text, toks, width, id) {
                return r;
            }
        }
    }
    match toks.len().cmp(&width) {
        std::cmp::Ordering::Equal => Readings::One(toks.iter().copied().map(Some).collect()),
        std::cmp::Ordering::Greater => Readings::None,
        std::cmp::Ordering::Less => placements(text, &[toks.to_vec()], width, id),
    }
}

/// A run with at least `width` digits: it fills the row.
fn full_run(toks: &[Tok], run: &Run, width: usize, id: Identity) -> Readings {
    let (n, only) = only_split(&run.digits, &run.bounds, width);
    match n {
        0 => return Readings::None,
        1 => {
            if let Some(r) = only.and_then(|s| run.reading(toks, &s)) {
                return Readings::One(r);
            }
            return Readings::None;
        }
        _ => {}
    }
    let Some(d) = search(&run.digits, &run.bounds, width, id) else {
        return Readings::None;
    };
    let valid: Vec<Reading> = d
        .solutions
        .iter()
        .filter_map(|s| run.reading(toks, s))
        .collect();
    Readings::Several {
        valid,
        complete: d.complete,
        vanished: false,
    }
}

/// The splits of a run into `width` cells that satisfy the identity (every split when there is
/// none); `None` when the width does not divide into the identity's blocks.
fn search(digits: &str, bounds: &[usize], width: usize, id: Identity) -> Option<Decoded> {
    if id.blocks == 0 {
        return Some(splits(digits, bounds, width, MAX_SOLUTIONS));
    }
    if width % id.blocks != 0 || width / id.blocks < 2 {
        return None;
    }
    let enforce = vec![true; id.blocks];
    Some(decode_in(
        digits,
        bounds,
        id.blocks,
        width / id.blocks,
        &enforce,
        MAX_SOLUTIONS,
    ))
}

/// A run glued to prose: its last digits may be the prose's. Every reading of the run less 0,
/// 1, 2… of its last digits that satisfies the identity.
fn open_run(text: &str, toks: &[Tok], run: &Run, width: usize, id: Identity) -> Readings {
    let last = run.parts.last().map_or(0, |p| p.len);
    let mut valid: Vec<Reading> = Vec::new();
    let mut complete = true;
    for cut in 0..last {
        let len = run.digits.len() - cut;
        if len < width {
            break;
        }
        let Some(digits) = run.digits.get(..len) else {
            break;
        };
        let bounds: Vec<usize> = run.bounds.iter().copied().filter(|b| *b < len).collect();
        let (n, only) = only_split(digits, &bounds, width);
        let sols = match n {
            0 => continue,
            1 => only.into_iter().collect::<Vec<_>>(),
            _ => {
                let Some(d) = search(digits, &bounds, width, id) else {
                    continue;
                };
                complete &= d.complete;
                d.solutions
            }
        };
        for s in sols {
            if let Some(r) = run.reading(toks, &s) {
                if holds(text, &r, id) {
                    valid.push(r);
                }
            }
        }
    }
    Readings::Several {
        valid,
        complete,
        vanished: false,
    }
}

/// Numbers run together with `/` marks among them (`5////38` in flattened text): the marks are
/// cells of their own, each number may hold several cells. As for a run of digits alone, when
/// the digits and marks are at least `width` they fill the row (every cut into exactly `width`
/// cells; one cut is the reading, several are kept where they satisfy the identity); fewer,
/// every cut placed with blank cells that left no trace. `None` when the tokens are not only
/// numbers and marks, or have no number.
fn marked_run(text: &str, toks: &[Tok], width: usize, id: Identity) -> Option<Readings> {
    if !toks.iter().any(|t| t.kind == Kind::Num)
        || !toks
            .iter()
            .all(|t| matches!(t.kind, Kind::Num | Kind::NotApplicable))
    {
        return None;
    }
    // The cuts of each token: a number's every cut into pieces, a mark whole.
    let mut units = 0usize;
    let mut per: Vec<Vec<Vec<Tok>>> = Vec::with_capacity(toks.len());
    for t in toks {
        if t.kind == Kind::Num {
            let one = std::slice::from_ref(t);
            let run = Run::of(text, one)?;
            units += run.digits.len();
            per.push(short_run_pieces(one, &run, width));
        } else {
            units += 1;
            per.push(vec![vec![*t]]);
        }
    }
    let mut complete = true;
    let mut lists: Vec<Vec<Tok>> = vec![Vec::new()];
    for options in &per {
        let mut next: Vec<Vec<Tok>> = Vec::new();
        'all: for l in &lists {
            for o in options {
                if l.len() + o.len() > width {
                    continue;
                }
                if next.len() >= MAX_PLACEMENTS {
                    complete = false;
                    break 'all;
                }
                let mut n = l.clone();
                n.extend_from_slice(o);
                next.push(n);
            }
        }
        lists = next;
    }
    if units < width {
        return Some(match placements(text, &lists, width, id) {
            Readings::Several {
                valid, vanished, ..
            } if !complete => Readings::Several {
                valid,
                complete,
                vanished,
            },
            r => r,
        });
    }
    let mut full: Vec<Reading> = lists
        .iter()
        .filter(|l| l.len() == width)
        .map(|l| l.iter().copied().map(Some).collect())
        .collect();
    Some(match full.len() {
        0 => Readings::None,
        1 if complete && !holds(text, &full[0], id) => {
            // The one reading with every cell breaks the identity: when a blank cell that left
            // no trace would make the values fit it, those readings are the row's (the rules
            // must not report a break that rests on the every-cell convention).
            let shorter: Vec<Vec<Tok>> = lists.into_iter().filter(|l| l.len() < width).collect();
            let (valid, fits_complete) = match placements(text, &shorter, width, id) {
                Readings::One(r) if holds(text, &r, id) => (vec![r], true),
                Readings::Several {
                    valid, complete, ..
                } => (valid, complete),
                _ => (Vec::new(), true),
            };
            if valid.is_empty() && fits_complete {
                Readings::One(full.remove(0))
            } else {
                Readings::Several {
                    valid,
                    complete: fits_complete,
                    vanished: true,
                }
            }
        }
        1 if complete => Readings::One(full.remove(0)),
        _ => Readings::Several {
            valid: full.into_iter().filter(|r| holds(text, r, id)).collect(),
            complete,
            vanished: false,
        },
    })
}

/// The ways to cut a run shorter than the row into cells (each a list of pieces).
fn short_run_pieces(toks: &[Tok], run: &Run, width: usize) -> Vec<Vec<Tok>> {
    let mut out = Vec::new();
    let mut cur = Vec::new();
    cut_all(toks, run, 0, &mut cur, &mut out, width);
    out
}

fn cut_all(
    toks: &[Tok],
    run: &Run,
    pos: usize,
    cur: &mut Vec<(usize, usize)>,
    out: &mut Vec<Vec<Tok>>,
    width: usize,
) {
    if out.len() >= MAX_PLACEMENTS || cur.len() > width {
        return;
    }
    let d = run.digits.as_bytes();
    if pos >= d.len() {
        if let Some(r) = run.reading(toks, cur) {
            out.push(r.into_iter().flatten().collect());
        }
        return;
    }
    let bound = run
        .bounds
        .iter()
        .copied()
        .find(|b| *b > pos)
        .unwrap_or(d.len());
    let max = if d[pos] == b'0' { pos + 1 } else { bound };
    for q in pos + 1..=max.min(bound) {
        cur.push((pos, q));
        cut_all(toks, run, q, cur, out, width);
        cur.pop();
    }
}

/// Every placement of each list of pieces into `width` cells (in order, the other cells
/// blank), filtered by the identity.
fn placements(text: &str, lists: &[Vec<Tok>], width: usize, id: Identity) -> Readings {
    let mut all: Vec<Reading> = Vec::new();
    let mut complete = true;
    for pieces in lists {
        if pieces.len() > width {
            continue;
        }
        let mut cols: Vec<usize> = (0..pieces.len()).collect();
        loop {
            if all.len() >= MAX_PLACEMENTS {
                complete = false;
                break;
            }
            let mut r: Reading = vec![None; width];
            for (p, c) in pieces.iter().zip(&cols) {
                r[*c] = Some(*p);
            }
            all.push(r);
            if !next_combination(&mut cols, width) {
                break;
            }
        }
    }
    all.dedup();
    match all.len() {
        0 => Readings::None,
        1 if complete => Readings::One(all.remove(0)),
        _ => Readings::Several {
            valid: all.into_iter().filter(|r| holds(text, r, id)).collect(),
            complete,
            vanished: true,
        },
    }
}

/// The next increasing choice of `cols.len()` columns out of `n` (lexicographic).
fn next_combination(cols: &mut [usize], n: usize) -> bool {
    let k = cols.len();
    for i in (0..k).rev() {
        if cols[i] < n - k + i {
            cols[i] += 1;
            for j in i + 1..k {
                cols[j] = cols[j - 1] + 1;
            }
            return true;
        }
    }
    false
}

/// What the readings of a multi-block row (the §4 row) say about one block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Block {
    /// The block's cells: the same in every reading that fits.
    Cells(Reading),
    /// Several readings fit and differ on this block (a sample).
    Ambiguous(Vec<Reading>),
    /// No split of the run lets this block satisfy its identity: the report breaks it.
    Breaks,
    /// Not fixed by the text (too many readings, or values that cannot fill the row).
    Unknown,
}

/// The readings of `toks` as `blocks` blocks of `per` cells, block by block; `splittable`: a
/// digit token may hold several cells (see [`read_row`]). When no reading
/// satisfies every block's identity — every cell present, or some left out with each block
/// keeping at least one — the report breaks it somewhere whichever way it is read: a block no
/// split with every cell lets hold is [`Block::Breaks`], and the others are read from the
/// splits where all the rest hold.
pub(crate) fn read_blocks(
    text: &str,
    toks: &[Tok],
    blocks: usize,
    per: usize,
    splittable: bool,
    open_end: bool,
) -> Vec<Block> {
    let width = blocks * per;
    let unknown = vec![Block::Unknown; blocks];
    let id = Identity {
        blocks,
        ..Identity::APPEALS
    };
    let per_block = |valid: &[Reading], complete: bool, can: &[bool]| -> Vec<Block> {
        (0..blocks)
            .map(|b| {
                if !can.get(b).copied().unwrap_or(true) {
                    return Block::Breaks;
                }
                let mut seen: Vec<Reading> = Vec::new();
                for r in valid {
                    let part = r.get(b * per..(b + 1) * per).unwrap_or(&[]).to_vec();
                    if !seen.contains(&part) {
                        seen.push(part);
                    }
                }
                match seen.len() {
                    0 => Block::Unknown,
                    1 if complete => Block::Cells(seen.remove(0)),
                    _ => Block::Ambiguous(seen),
                }
            })
            .collect()
    };
    match read_row(text, toks, width, id, splittable, open_end) {
        Readings::One(r) => {
            // The only reading breaks a block: taken (the rules report it) unless a reading
            // with cells that left no trace satisfies every block.
            if splittable
                && !holds(text, &r, id)
                && Run::of(text, toks).is_some()
                && fits_with_vanished(text, toks, width, id) != Some(false)
            {
                return unknown;
            }
            r.chunks(per).map(|c| Block::Cells(c.to_vec())).collect()
        }
        Readings::None => unknown,
        Readings::Several {
            valid,
            complete,
            vanished,
        } => {
            if !valid.is_empty() || vanished || !complete || open_end || !splittable {
                if vanished && !(complete && valid.len() == 1) {
                    return unknown;
                }
                return per_block(&valid, complete, &[]);
            }
            let Some(run) = Run::of(text, toks) else {
                return unknown;
            };
            // No reading with every cell fits every block. When no reading with cells left
            // out does either, the report breaks H4 somewhere whichever way it is read: the
            // blocks no split lets hold are where (under the convention that the run holds
            // every cell). Otherwise nothing is certain.
            let certain = fits_with_vanished(text, toks, width, id) == Some(false);
            let can: Vec<bool> = (0..blocks)
                .map(|b| {
                    let enforce: Vec<bool> = (0..blocks).map(|k| k == b).collect();
                    let d = decode_in(&run.digits, &run.bounds, blocks, per, &enforce, 1);
                    !certain || !d.solutions.is_empty() || !d.complete
                })
                .collect();
            let d = decode_in(&run.digits, &run.bounds, blocks, per, &can, MAX_SOLUTIONS);
            let valid: Vec<Reading> = d
                .solutions
                .iter()
                .filter_map(|s| run.reading(toks, s))
                .collect();
            let mut out = per_block(&valid, d.complete, &can);
            if valid.is_empty() {
                for b in out.iter_mut() {
                    if *b != Block::Breaks {
                        *b = Block::Unknown;
                    }
                }
            }
            out
        }
    }
}

#[cfg(test)]
mod tests;
