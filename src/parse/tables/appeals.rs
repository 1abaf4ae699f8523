//! The §4 reader (`四、政府信息公开行政复议、行政诉讼情况`, DOMAIN.md §2.5): 15 cells, as one
//! row, as three 5-cell rows (labelled or not), one cell per line, or run together; a combined
//! 行政诉讼 total block (20 cells) becomes [`ExtraRow::LitigationTotal`]. Every layout is read
//! the same way, block by block ([`read_blocks`]): values kept whole as they are, blank cells
//! that left no trace placed by H4 when one placement only fits, digits run together (flattened
//! text, or a few long runs of digits) split by H4.

use crate::finding::{Location, TableId};
use crate::parse::reading;
use crate::parse::tables::readings::{read_blocks, Block, Reading};
use crate::parse::tables::rows::RegionRows;
use crate::parse::tables::tokens::{count_cell, span, Kind, Tok};
use crate::parse::tables::TablesRead;
use crate::report::{
    identities, AppealCells, AppealColumn, AppealGroup, AppealsTable, Cell, CellRef, ExtraRow, Span,
};

/// Cells per block: the four results and 总计 (identity H4).
const BLOCK: usize = identities::APPEAL_BLOCK_WIDTH;
/// Cells of the table: three blocks.
const CELLS: usize = 3 * BLOCK;

/// Builds the §4 table from the candidate rows of its region: the value tokens of its rows in
/// order (in line layouts up to 20, or 15 when the next values are further down: prose after
/// the table), read as three blocks of five cells ([`read_cells`]). Twenty cells kept whole
/// hold a combined 行政诉讼 total block, set apart as [`ExtraRow::LitigationTotal`].
pub(crate) fn read(text: &str, rows: RegionRows, out: &mut TablesRead) {
    let RegionRows { cands, strays } = rows;
    let glued = cands.iter().any(|c| c.glued);
    let mut toks: Vec<Tok> = Vec::new();
    if glued {
        toks.extend(
            cands
                .iter()
                .filter(|c| c.glued)
                .flat_map(|c| c.cells.iter().copied()),
        );
    } else {
        let mut last_line: u32 = 0;
        for c in &cands {
            let far = c.line > last_line.saturating_add(3);
            if toks.len() >= CELLS + BLOCK || (toks.len() >= CELLS && far) {
                break;
            }
            toks.extend(c.cells.iter().copied());
            last_line = c.cells.last().map_or(c.line, |t| t.line);
        }
        toks.extend(strays.iter().map(|s| s.0));
    }
    if toks.iter().all(|t| t.kind == Kind::Blank) {
        return;
    }
    // Blank cells after the table's cells (an empty column at the end of a row) are no cells.
    while toks.len() > CELLS && toks.last().is_some_and(|t| t.kind == Kind::Blank) {
        toks.pop();
    }
    let open_end = cands.iter().any(|c| c.glued && c.open_end);
    let splittable = glued || run_together(text, &toks);
    if !splittable && toks.len() == CELLS + BLOCK {
        toks = without_litigation_total(text, &toks, out);
    }
    read_cells(text, &toks, splittable, open_end, out);
}

/// Whether values kept whole are cells run together: at most 7 tokens, all plain digits,
/// with at least 15 digits in all (`10001 00000 00000`, `100010000000000`).
fn run_together(text: &str, toks: &[Tok]) -> bool {
    let plain = |t: &Tok| t.kind == Kind::Num && t.text(text).bytes().all(|b| b.is_ascii_digit());
    !toks.is_empty()
        && toks.len() <= CELLS / 2
        && toks.iter().all(plain)
        && toks.iter().map(|t| t.end - t.start).sum::<usize>() >= CELLS
}

/// Sets apart the combined 行政诉讼 total block of 20 cells kept whole (after the
/// reconsideration block, when it is the sum of the two litigation blocks after it; else at
/// the end) and returns the 15 cells of the table.
fn without_litigation_total(text: &str, toks: &[Tok], out: &mut TablesRead) -> Vec<Tok> {
    let block = |k: usize| -> AppealCells {
        std::array::from_fn(|i| {
            toks.get(k * BLOCK + i)
                .map_or(Cell::Blank, |t| count_cell(text, t))
        })
    };
    let sum_ok = |t: &AppealCells, a: &AppealCells, b: &AppealCells| {
        (0..BLOCK).all(|i| match (t[i].get(), a[i].get(), b[i].get()) {
            (Some(x), Some(y), Some(z)) => u128::from(x) == u128::from(y) + u128::from(z),
            _ => false,
        })
    };
    let (total_at, order) = if sum_ok(&block(1), &block(2), &block(3)) {
        (1, [0, 2, 3])
    } else {
        (3, [0, 1, 2])
    };
    out.extras.push(ExtraRow::LitigationTotal {
        cells: block(total_at),
    });
    order
        .iter()
        .flat_map(|k| toks.get(k * BLOCK..(k + 1) * BLOCK).unwrap_or(&[]))
        .copied()
        .collect()
}

/// Reads the value tokens of the §4 table as three blocks of five cells ([`read_blocks`]):
/// 15 values kept whole are the table as it stands (the rules check it); fewer (blank cells
/// that left no trace) are placed where the identities (H4) allow one placement only; values
/// that may be run together (`splittable`) are split by H4. What stays open is reported
/// (`RDG002` ambiguous, `RDG006` broken whatever the split, `RDG005` not fixed) and its cells
/// are unread.
fn read_cells(text: &str, toks: &[Tok], splittable: bool, open_end: bool, out: &mut TablesRead) {
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return;
    };
    let sp = Span::new(first.line, first.start, last.end.max(first.start));
    // The values as written: the run of flattened text, or the values kept whole.
    let raw = if splittable {
        text.get(sp.start..sp.end).unwrap_or("").to_string()
    } else {
        toks.iter()
            .map(|t| {
                if t.kind == Kind::Blank {
                    "_"
                } else {
                    t.text(text)
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let blocks = read_blocks(text, toks, 3, BLOCK, splittable, open_end);
    let mut table = AppealsTable::default();
    let mut unknown = false;
    for (g, b) in AppealGroup::ALL.iter().zip(blocks) {
        let loc = Location::row(*g);
        let cells: Option<Reading> = match b {
            Block::Cells(r) => Some(r),
            Block::Ambiguous(list) => {
                let list: Vec<String> = list
                    .iter()
                    .map(|r| {
                        r.iter()
                            .map(|t| t.map_or(String::new(), |t| count_cell(text, &t).to_string()))
                            .collect::<Vec<_>>()
                            .join(",")
                    })
                    .collect();
                out.diagnostics
                    .push(reading::ambiguous_digits(loc, sp, &raw, &list));
                None
            }
            Block::Breaks => {
                out.diagnostics
                    .push(reading::breaks_identity(loc, sp, &raw, "H4", &[]));
                None
            }
            Block::Unknown => {
                unknown = true;
                None
            }
        };
        match cells {
            Some(r) => {
                for (c, t) in AppealColumn::ALL.iter().zip(&r) {
                    let Some(t) = t else { continue };
                    table.set(*g, *c, count_cell(text, t));
                    if t.kind != Kind::Blank {
                        let cell = CellRef::Appeals {
                            group: *g,
                            column: *c,
                        };
                        out.spans.push((cell, span(t)));
                    }
                }
            }
            None => {
                for c in AppealColumn::ALL {
                    out.unread.push(CellRef::Appeals {
                        group: *g,
                        column: *c,
                    });
                }
            }
        }
    }
    if unknown {
        let why = (
            "the values do not fix the 15 cells of the table (blank cells left no trace, or the digits split in too many ways)".to_string(),
            "数值无法确定本表15个单元格（空白单元格未留痕迹，或数字拆分方式过多）".to_string(),
        );
        out.diagnostics.push(reading::row_not_assessable(
            Location::table(TableId::Appeals),
            Some(sp),
            &raw,
            why,
        ));
    }
    out.appeals = Some(table);
}
