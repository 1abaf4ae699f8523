//! Reading one §3 candidate row into its 7 cells, and choosing among the readings of several
//! rows by the column identities (H1, H2).
//!
//! A row's values are placed by column position when the layout shows it; otherwise its
//! readings ([`crate::parse::tables::readings`]) decide: one reading is taken as it is; of
//! several, those satisfying H3 are kept, and the column sums choose among the rows' remaining
//! readings jointly. A row still open is reported as not assessable (`RDG002` for run-together
//! digits, `RDG005` for values whose columns are not fixed) and its cells are marked unread, so
//! that no identity is assessed on them; a run that no split makes satisfy H3 breaks H3
//! whatever it says (`RDG006`).

use crate::applicant::RequestColumn;
use crate::finding::{Finding, Location};
use crate::outcome::RequestRow;
use crate::parse::reading::{self, Placed};
use crate::parse::tables::columns::Grid;
use crate::parse::tables::readings::{holds, read_row, Identity, Reading, Readings};
use crate::parse::tables::rows::Cand;
use crate::parse::tables::tokens::{count_cell, span, Kind, Tok};
use crate::parse::tables::vanished::fits_with_vanished;
use crate::parse::tables::TablesRead;
use crate::report::{Cell, CellRef, RequestCells, RequestTable, Span};

/// Cells of a §3 row.
pub(crate) const WIDTH: usize = 7;
/// The most combinations of ambiguous rows tried against the column identities.
const MAX_COMBINATIONS: usize = 4096;
/// The most readings of one row kept for the column identities.
const MAX_OPTIONS: usize = 64;

/// Cells with the span of each value.
pub(crate) type Located = (RequestCells, Vec<(RequestColumn, Span)>);

/// Several readings of a row that satisfy H3.
pub(crate) struct Ambiguity {
    options: Vec<Located>,
    span: Span,
    raw: String,
    /// Readings with blank cells that left no trace (a placement question).
    vanished: bool,
}

/// What reading a row gave.
pub(crate) enum Filled {
    /// The cells.
    Cells(Located),
    /// Several readings fit the row; the column identities may choose.
    Options(Ambiguity),
    /// Not assessable: the finding says why.
    Unread(Finding),
}

fn located(text: &str, r: &Reading) -> Located {
    let mut cells: RequestCells = Default::default();
    let mut spans = Vec::with_capacity(WIDTH);
    for (i, t) in r.iter().enumerate().take(WIDTH) {
        if let Some(t) = t {
            cells[i] = count_cell(text, t);
            if let (Some(col), true) = (RequestColumn::from_index(i), t.kind != Kind::Blank) {
                spans.push((col, span(t)));
            }
        }
    }
    (cells, spans)
}

/// The span covering tokens `toks`.
fn extent(toks: &[Tok]) -> Span {
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return Span::default();
    };
    Span::new(first.line, first.start, last.end.max(first.start))
}

/// Cells run together in a line layout: at most three value tokens (a row whose separators
/// are mostly lost — a row of six tokens is far more often a row with one blank cell than one
/// with two cells stuck together), all plain digit strings, with at least seven digits in all.
fn run_together(text: &str, toks: &[Tok]) -> bool {
    let plain = |t: &Tok| t.kind == Kind::Num && t.text(text).bytes().all(|b| b.is_ascii_digit());
    !toks.is_empty()
        && toks.len() <= WIDTH / 2
        && toks.iter().all(plain)
        && toks.iter().map(|t| t.end - t.start).sum::<usize>() >= WIDTH
}

/// Reads candidate `c` as row `row`; the second value is a note (`RDG003`) on how cells were
/// placed, when their count differs from the template's; the third whether the row's digits
/// are run together and long enough that they might also be read, with blank cells that left
/// no trace, in another way that satisfies H3 (the column sums then may not rest on the row:
/// see [`guard_columns`], which runs that costly search only for a row it would doubt).
pub(crate) fn fill(
    text: &str,
    grid: &Grid,
    c: &Cand,
    row: RequestRow,
) -> (Filled, Option<Finding>, bool) {
    let (f, note) = fill_row(text, grid, c, row);
    let alt = matches!(f, Filled::Cells(_) | Filled::Options(_))
        && (c.glued || run_together(text, &c.cells))
        && c.cells.iter().map(|t| t.end - t.start).sum::<usize>() >= WIDTH;
    (f, note, alt)
}

fn fill_row(text: &str, grid: &Grid, c: &Cand, row: RequestRow) -> (Filled, Option<Finding>) {
    let loc = Location::row(row);
    if c.cells.is_empty() {
        // A row label with nothing after it in flattened text: every cell blank.
        return (Filled::Cells((Default::default(), Vec::new())), None);
    }
    let mut n = c.cells.len();
    while n > WIDTH && c.cells[n - 1].kind == Kind::Blank {
        n -= 1;
    }
    let toks = &c.cells[..n];
    let first = toks.first().map(span);
    if !c.glued && n < WIDTH {
        if let Some(cols) = grid.place(toks, WIDTH) {
            let mut r: Reading = vec![None; WIDTH];
            for (t, k) in toks.iter().zip(&cols) {
                if let Some(slot) = r.get_mut(*k) {
                    *slot = Some(*t);
                }
            }
            let note = reading::cell_count(loc, first, WIDTH, n, Placed::Positions);
            return (Filled::Cells(located(text, &r)), Some(note));
        }
    }
    let splittable = c.glued || run_together(text, toks);
    let sp = extent(toks);
    // The span's text, for the findings only (most rows have none).
    let raw = || text.get(sp.start..sp.end).unwrap_or("").to_string();
    let id = Identity::ROW;
    match read_row(text, toks, WIDTH, id, splittable, c.open_end) {
        Readings::One(r) => {
            // The only reading with every cell breaks the row total: taken (the rules report
            // it) unless the digits, with a blank cell that left no trace, fit it another way.
            if splittable
                && !holds(text, &r, id)
                && fits_with_vanished(text, toks, WIDTH, id) != Some(false)
            {
                let why = (
                    "the only reading with every cell breaks the row total (H3), and with a blank cell that left no trace the digits fit it".to_string(),
                    "各单元格俱全的唯一读法不满足该行总计（H3），而若有空白单元格未留痕迹则可满足".to_string(),
                );
                let f = reading::row_not_assessable(loc, Some(sp), &raw(), why);
                return (Filled::Unread(f), None);
            }
            (Filled::Cells(located(text, &r)), None)
        }
        Readings::None if !splittable && n > WIDTH => {
            let r: Reading = toks.iter().take(WIDTH).copied().map(Some).collect();
            let note = reading::cell_count(loc, first, WIDTH, n, Placed::Left);
            (Filled::Cells(located(text, &r)), Some(note))
        }
        Readings::None => {
            let why = (
                format!("{n} value groups cannot be read as the row's {WIDTH} cells"),
                format!("{n}组数值无法对应该行的{WIDTH}个单元格"),
            );
            let f = reading::row_not_assessable(loc, Some(sp), &raw(), why);
            (Filled::Unread(f), None)
        }
        Readings::Several {
            valid,
            complete,
            vanished,
        } => {
            if complete && valid.len() == 1 {
                let note =
                    vanished.then(|| reading::cell_count(loc, first, WIDTH, n, Placed::Identities));
                return (Filled::Cells(located(text, &valid[0])), note);
            }
            if complete && valid.is_empty() {
                // No reading fits the row total. Not proof that the report breaks it: a blank
                // 总计 that left no trace would make any reading fit.
                let why = if vanished {
                    (
                        "no placement of the values satisfies the row total (H3)".to_string(),
                        "任何填法都不满足该行总计（H3）".to_string(),
                    )
                } else {
                    (
                        "no split of the digits into the row's cells satisfies the row total (H3); blank cells may have left no trace".to_string(),
                        "数字的任何拆分都不满足该行总计（H3），可能有空白单元格未留痕迹".to_string(),
                    )
                };
                let f = reading::row_not_assessable(loc, Some(sp), &raw(), why);
                return (Filled::Unread(f), None);
            }
            let options: Vec<Located> = valid.iter().map(|r| located(text, r)).collect();
            if !complete || options.len() > MAX_OPTIONS {
                let a = Ambiguity {
                    options,
                    span: sp,
                    raw: raw(),
                    vanished,
                };
                return (Filled::Unread(unresolved(row, &a)), None);
            }
            let a = Ambiguity {
                options,
                span: sp,
                raw: raw(),
                vanished,
            };
            (Filled::Options(a), None)
        }
    }
}

/// The finding for a row whose readings stay open.
fn unresolved(row: RequestRow, a: &Ambiguity) -> Finding {
    let loc = Location::row(row);
    if a.vanished {
        let why = (
            format!(
                "{} placements of the values in the row's {WIDTH} cells satisfy the identities; neither column positions nor the column sums choose one (cells on which they all agree are kept)",
                a.options.len()
            ),
            format!(
                "有{}种填法均满足勾稽关系，列位置和列合计都不能确定唯一填法（各种填法一致的单元格予以保留）",
                a.options.len()
            ),
        );
        return reading::row_not_assessable(loc, Some(a.span), &a.raw, why);
    }
    let list: Vec<String> = a
        .options
        .iter()
        .map(|(o, _)| {
            o.iter()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect();
    reading::ambiguous_digits(loc, a.span, &a.raw, &list)
}

/// Sets `row` to `cells` with their spans.
pub(crate) fn set(
    table: &mut RequestTable,
    row: RequestRow,
    (cells, spans): Located,
    out: &mut TablesRead,
) {
    let _ = table.set_row(row, cells);
    for (col, sp) in spans {
        out.spans.push((CellRef::Requests { row, column: col }, sp));
    }
}

/// Marks every cell of `row` unread.
pub(crate) fn mark_unread(row: RequestRow, out: &mut TablesRead) {
    for col in RequestColumn::ALL {
        out.unread.push(CellRef::Requests { row, column: col });
    }
}

/// How many column identities (H1, H2, and H7 where H1 cannot be assessed) a table breaks
/// under the rules' blank policy (blank
/// reads 0; a blank 总计 is its row's sum), leaving out every instance that touches a row in
/// `skip` (rows not read) or an unreadable cell, or that has no value at all.
fn violations(t: &RequestTable, skip: &[RequestRow]) -> usize {
    violations_in(t, skip, &RequestColumn::ALL)
}

/// [`violations`] in the columns `cols`.
fn violations_in(t: &RequestTable, skip: &[RequestRow], cols: &[RequestColumn]) -> usize {
    let mut bad = 0;
    // The value of row `r` (cells `cells`) in `col` for the identities: `None` when it
    // cannot be assessed, `Some(None)` when blank.
    let read_cells = |r: RequestRow, cells: &RequestCells, col: RequestColumn| {
        if skip.contains(&r) {
            return None;
        }
        match &cells[col.index()] {
            Cell::Value(v) => Some(Some(u128::from(*v))),
            Cell::Invalid(_) => None,
            _ if col == RequestColumn::Total => {
                let mut sum: Option<u128> = None;
                for c in cells.iter().take(6) {
                    match c {
                        Cell::Value(v) => sum = Some(sum.unwrap_or(0) + u128::from(*v)),
                        Cell::Invalid(_) => return None,
                        _ => {}
                    }
                }
                Some(sum)
            }
            _ => Some(None),
        }
    };
    let read = |r: RequestRow, col: RequestColumn| -> Option<Option<u128>> {
        read_cells(r, t.row(r)?, col)
    };
    for col in cols.iter().copied() {
        let total = read(RequestRow::TotalProcessed, col);
        // The leaves' sum, whether any is filled; `None` when one cannot be assessed.
        let mut leaves = Some((0u128, false));
        for (o, cells) in t.outcome_rows() {
            match (
                read_cells(RequestRow::Outcome(o), cells, col),
                leaves.as_mut(),
            ) {
                (Some(v), Some((sum, any))) => {
                    *sum += v.unwrap_or(0);
                    *any |= v.is_some();
                }
                _ => {
                    leaves = None;
                    break;
                }
            }
        }
        if let (Some(total), Some((sum, any))) = (total, leaves) {
            if total.is_some() || any {
                bad += usize::from(sum != total.unwrap_or(0));
            }
        }
        let four = [
            RequestRow::Received,
            RequestRow::CarriedIn,
            RequestRow::TotalProcessed,
            RequestRow::CarriedForward,
        ]
        .map(|r| read(r, col));
        if four.iter().all(Option::is_some) {
            if four.iter().any(|v| v.flatten().is_some()) {
                let v = |i: usize| four[i].flatten().unwrap_or(0);
                bad += usize::from(v(0) + v(1) != v(2) + v(3));
            }
        } else if let (Some(a), Some(b)) = (four[0], four[1]) {
            // H7 where H1 cannot be assessed: （七） and 四 each at most 一 + 二.
            let bound = a.unwrap_or(0) + b.unwrap_or(0);
            for x in [four[2], four[3]].into_iter().flatten().flatten() {
                bad += usize::from(x > bound);
            }
        }
    }
    bad
}

/// Keeps the column identities (H1, H2) from resting on a reading of run-together digits that
/// blank cells which left no trace could have made wrong: in a column whose identity fails,
/// the cells of the rows in `alt` (rows with run-together digits, and their tokens) whose
/// digits also fit H3 read with a vanished cell are left blank and unread, with a finding per
/// row.
pub(crate) fn guard_columns(
    text: &str,
    table: &mut RequestTable,
    alt: &[(RequestRow, &[Tok])],
    unread: &[RequestRow],
    out: &mut TablesRead,
) {
    if alt.is_empty() {
        return;
    }
    // Whether each row's digits fit H3 with a vanished blank: searched only for a row with a
    // cell in a failing column (most tables have none), and once.
    let mut fits: Vec<Option<bool>> = vec![None; alt.len()];
    let mut hit: Vec<(RequestRow, Vec<RequestColumn>)> = Vec::new();
    for col in RequestColumn::ALL {
        if column_holds(table, unread, col) {
            continue;
        }
        for (k, (row, toks)) in alt.iter().enumerate() {
            if table.get(*row, col).is_some_and(|c| !c.is_blank())
                && *fits[k].get_or_insert_with(|| {
                    fits_with_vanished(text, toks, WIDTH, Identity::ROW) != Some(false)
                })
            {
                let _ = table.set(*row, col, Cell::Blank);
                out.unread.push(CellRef::Requests {
                    row: *row,
                    column: col,
                });
                match hit.iter_mut().find(|(r, _)| r == row) {
                    Some((_, cols)) => cols.push(col),
                    None => hit.push((*row, vec![col])),
                }
            }
        }
    }
    for (row, cols) in hit {
        let ids: Vec<&str> = cols.iter().map(|c| c.id()).collect();
        let zh: Vec<&str> = cols.iter().map(|c| c.label()).collect();
        let why = (
            format!("the column sums fail in {} with the row's run-together digits read with every cell, and a blank cell that left no trace would read them otherwise", ids.join(", ")),
            format!("按各单元格俱全读取连写数字时{}列合计不符，而若有空白单元格未留痕迹则读法不同", zh.join("、")),
        );
        out.diagnostics.push(reading::row_not_assessable(
            Location::row(row),
            None,
            "",
            why,
        ));
    }
}

/// Whether the column identities of `col` hold (or cannot be assessed).
fn column_holds(t: &RequestTable, skip: &[RequestRow], col: RequestColumn) -> bool {
    violations_in(t, skip, &[col]) == 0
}

/// Chooses the readings of the ambiguous rows under which the column identities hold: a row
/// whose reading is the same in every such combination is set; of the others, the cells all
/// their remaining readings agree on are set and the rest stay unread, with a finding.
/// `unread` lists the rows already not read.
pub(crate) fn resolve(
    table: &mut RequestTable,
    ambiguous: Vec<(RequestRow, Ambiguity)>,
    unread: &[RequestRow],
    out: &mut TablesRead,
) {
    if ambiguous.is_empty() {
        return;
    }
    let rows: Vec<RequestRow> = ambiguous.iter().map(|(r, _)| *r).collect();
    let combos = ambiguous
        .iter()
        .try_fold(1usize, |acc, (_, a)| acc.checked_mul(a.options.len()))
        .filter(|n| *n <= MAX_COMBINATIONS);
    // For each ambiguous row, the readings seen in a combination that holds.
    let mut chosen: Vec<Vec<usize>> = vec![Vec::new(); ambiguous.len()];
    if let Some(n) = combos {
        let mut idx = vec![0usize; ambiguous.len()];
        // One copy of the table for every combination: each sets all the ambiguous rows.
        let mut t = table.clone();
        for _ in 0..n {
            for (k, (row, a)) in ambiguous.iter().enumerate() {
                let _ = t.set_row(*row, a.options[idx[k]].0.clone());
            }
            if violations(&t, unread) == 0 {
                for (k, i) in idx.iter().enumerate() {
                    if !chosen[k].contains(i) {
                        chosen[k].push(*i);
                    }
                }
            }
            // Next combination (mixed radix).
            for (k, (_, a)) in ambiguous.iter().enumerate() {
                idx[k] += 1;
                if idx[k] < a.options.len() {
                    break;
                }
                idx[k] = 0;
            }
        }
    } else {
        // Too many combinations: each row alone, the other ambiguous rows left out.
        for (k, (row, a)) in ambiguous.iter().enumerate() {
            let mut skip: Vec<RequestRow> = unread.to_vec();
            skip.extend(rows.iter().filter(|r| *r != row));
            // One copy of the table for the row's readings: each sets the row.
            let mut t = table.clone();
            for (i, o) in a.options.iter().enumerate() {
                let _ = t.set_row(*row, o.0.clone());
                if violations(&t, &skip) == 0 {
                    chosen[k].push(i);
                }
            }
        }
    }
    for (k, (row, mut a)) in ambiguous.into_iter().enumerate() {
        match chosen[k].as_slice() {
            [i] => set(table, row, a.options.swap_remove(*i), out),
            // No combination holds (the report breaks a column identity somewhere): what every
            // reading of the row says is still certain.
            [] => partial(
                table,
                row,
                &a,
                &(0..a.options.len()).collect::<Vec<_>>(),
                out,
            ),
            pool => partial(table, row, &a, pool, out),
        }
    }
}

/// Sets the cells on which the readings `pool` of `row` agree (blank and 0 are not the same),
/// marks the others unread, and reports the row.
fn partial(
    table: &mut RequestTable,
    row: RequestRow,
    a: &Ambiguity,
    pool: &[usize],
    out: &mut TablesRead,
) {
    let Some(first) = pool.first().and_then(|i| a.options.get(*i)) else {
        mark_unread(row, out);
        return;
    };
    for col in RequestColumn::ALL {
        let i = col.index();
        let cell = &first.0[i];
        let agree = pool
            .iter()
            .filter_map(|k| a.options.get(*k))
            .all(|o| o.0[i] == *cell);
        if agree {
            let _ = table.set(row, col, cell.clone());
            if let Some((_, sp)) = first.1.iter().find(|(c, _)| c == &col) {
                out.spans
                    .push((CellRef::Requests { row, column: col }, *sp));
            }
        } else {
            out.unread.push(CellRef::Requests { row, column: col });
        }
    }
    out.diagnostics.push(unresolved(row, a));
}
