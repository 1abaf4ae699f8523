//! The §4 reader (`四、政府信息公开行政复议、行政诉讼情况`, DOMAIN.md §2.5): 15 cells, as one
//! row, as three 5-cell rows (labelled or not), one cell per line, or run together and split
//! by H4; a combined 行政诉讼 total block (20 cells) becomes [`ExtraRow::LitigationTotal`].
//! Flattened text (values that may be run together, with spaces as the only known cell
//! boundaries) is read block by block ([`read_blocks`]).

use crate::finding::{Location, TableId};
use crate::parse::reading::{self, Placed};
use crate::parse::tables::digits::decode;
use crate::parse::tables::readings::{read_blocks, Block, Reading};
use crate::parse::tables::rows::{Cand, RegionRows};
use crate::parse::tables::tokens::{count_cell, span, Kind, Tok};
use crate::parse::tables::TablesRead;
use crate::report::{
    identities, AppealCells, AppealColumn, AppealGroup, AppealsTable, Cell, CellRef, ExtraRow, Span,
};

/// Cells per block: the four results and 总计 (identity H4).
const BLOCK: usize = identities::APPEAL_BLOCK_WIDTH;
/// Cells of the table: three blocks.
const CELLS: usize = 3 * BLOCK;

/// A value cell of the §4 table with where it was read.
#[derive(Clone)]
struct Val {
    cell: Cell<u64>,
    span: Option<Span>,
}

/// Builds the §4 table from the candidate rows of its region.
pub(crate) fn read(text: &str, rows: RegionRows, out: &mut TablesRead) {
    let RegionRows { cands, strays } = rows;
    if cands.iter().any(|c| c.glued) {
        read_glued(text, &cands, out);
        return;
    }
    let mut vals: Vec<Val> = Vec::new();
    let mut runs: Vec<(Tok, usize)> = Vec::new();
    let mut last_line: u32 = 0;
    for c in &cands {
        // The table ends at 20 cells (with a combined litigation block), or at 15 when the
        // next values are further down (prose after the table).
        let far = c.line > last_line.saturating_add(3);
        if vals.len() >= CELLS + BLOCK || (vals.len() >= CELLS && far) {
            break;
        }
        collect(text, c, &mut vals, &mut runs);
        last_line = c.cells.last().map_or(c.line, |t| t.line);
    }
    for s in strays {
        vals.push(Val {
            cell: count_cell(text, &s.0),
            span: Some(span(&s.0)),
        });
    }
    // Run-together blocks: a single run of the whole row, or one run per block.
    if !runs.is_empty() && vals.len() == runs.len() {
        let blocks: usize = runs.iter().map(|r| r.1).sum();
        if blocks == 3 {
            let mut decoded = Vec::new();
            for (t, b) in &runs {
                let run = t.text(text);
                let sols = decode(run, *b, BLOCK);
                match sols.len() {
                    1 => {
                        for (a, z) in &sols[0] {
                            decoded.push(Val {
                                cell: Cell::parse(run.get(*a..*z).unwrap_or("")),
                                span: Some(Span::new(t.line, t.start + a, t.start + z)),
                            });
                        }
                    }
                    0 => {
                        decoded.clear();
                        break;
                    }
                    _ => {
                        let list: Vec<String> = sols
                            .iter()
                            .map(|s| {
                                s.iter()
                                    .map(|(a, z)| run.get(*a..*z).unwrap_or(""))
                                    .collect::<Vec<_>>()
                                    .join(",")
                            })
                            .collect();
                        out.diagnostics.push(reading::ambiguous_digits(
                            Location::table(TableId::Appeals),
                            span(t),
                            run,
                            &list,
                        ));
                        out.appeals = Some(AppealsTable::default());
                        return;
                    }
                }
            }
            if decoded.len() == CELLS {
                vals = decoded;
            }
        }
    }
    if vals.iter().all(|v| v.cell.is_blank()) {
        return;
    }
    let mut table = AppealsTable::default();
    let n = vals.len();
    if n == CELLS + BLOCK {
        // A combined litigation total: after the reconsideration block or at the end.
        let block =
            |k: usize| -> AppealCells { std::array::from_fn(|i| vals[k * BLOCK + i].cell.clone()) };
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
        let mut kept = Vec::with_capacity(CELLS);
        for k in order {
            kept.extend_from_slice(&vals[k * 5..k * 5 + 5]);
        }
        vals = kept;
    } else if n != CELLS {
        let sp = vals.first().and_then(|v| v.span);
        out.diagnostics.push(reading::cell_count(
            Location::table(TableId::Appeals),
            sp,
            CELLS,
            n,
            Placed::Left,
        ));
    }
    for (i, v) in vals.iter().take(CELLS).enumerate() {
        let (Some(g), Some(c)) = (AppealGroup::ALL.get(i / 5), AppealColumn::ALL.get(i % 5)) else {
            continue;
        };
        table.set(*g, *c, v.cell.clone());
        if let Some(sp) = v.span {
            out.spans.push((
                CellRef::Appeals {
                    group: *g,
                    column: *c,
                },
                sp,
            ));
        }
    }
    for v in vals.iter().skip(CELLS) {
        if let Some(sp) = v.span {
            let t = text.get(sp.start..sp.end).unwrap_or("");
            out.diagnostics
                .push(reading::not_placed(TableId::Appeals, sp, t, ""));
        }
    }
    out.appeals = Some(table);
}

/// Appends the cells of a candidate; a lone digit run of at least 5 digits is remembered as a
/// run-together block (or three, for 15 or more digits).
fn collect(text: &str, c: &Cand, vals: &mut Vec<Val>, runs: &mut Vec<(Tok, usize)>) {
    if let Some(d) = c.single_digits(text) {
        if d >= 5 {
            runs.push((c.cells[0], if d >= CELLS { 3 } else { 1 }));
        }
    }
    for t in &c.cells {
        vals.push(Val {
            cell: count_cell(text, t),
            span: (t.kind != Kind::Blank).then(|| span(t)),
        });
    }
}

/// Reads the §4 values of flattened text: all value tokens of the region's rows, as three
/// blocks of five cells.
fn read_glued(text: &str, cands: &[Cand], out: &mut TablesRead) {
    let toks: Vec<Tok> = cands
        .iter()
        .filter(|c| c.glued)
        .flat_map(|c| c.cells.iter().copied())
        .collect();
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return;
    };
    let sp = Span::new(first.line, first.start, last.end.max(first.start));
    let raw = text.get(sp.start..sp.end).unwrap_or("").to_string();
    let open_end = cands.iter().any(|c| c.glued && c.open_end);
    let blocks = read_blocks(text, &toks, 3, 5, open_end);
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
