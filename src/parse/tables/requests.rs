//! The §3 reader (`三、收到和处理政府信息公开申请情况`, DOMAIN.md §2.4): candidate rows are
//! matched to the template rows by label, aligned monotonically, filled into 7 columns, and
//! checked: run-together digits are split by H3 (and the column sums H1/H2 when several
//! splits fit); what does not fit becomes an `RDG` finding.

use std::ops::Range;

use crate::applicant::RequestColumn;
use crate::finding::{Location, TableId};
use crate::law::Template;
use crate::outcome::{OutcomeGroup, RequestRow};
use crate::parse::lines::Line;
use crate::parse::reading;
use crate::parse::tables::align::{align, Label};
use crate::parse::tables::columns::Grid;
use crate::parse::tables::digits::decode;
use crate::parse::tables::labels::{Matcher, Target};
use crate::parse::tables::region::LineKeys;
use crate::parse::tables::rows::{assemble, split_merged, Cand};
use crate::parse::tables::tokens::{count_cell, span, Kind, Tok};
use crate::parse::tables::TablesRead;
use crate::report::{identities, Cell, CellRef, ExtraRow, RequestCells, RequestTable, Span};
use crate::text::label_key;

/// Cells per row: the six applicant columns and 总计 (identity H3).
const WIDTH: usize = identities::REQUEST_ROW_WIDTH;

/// The template of the §3 table: the 2021 （六） sub-rows decide 2021, a filled single
/// `（六）其他处理` row decides 2019, otherwise the hint (2021 when there is none).
fn decide_template(cands: &[Cand], labels_2021: bool, hint: Option<Template>) -> Template {
    if labels_2021 {
        return Template::Std2021;
    }
    let m = Matcher::get(Template::Std2021);
    // The rows only the 2021 template has: the three （六） sub-rows.
    let sub_rows: Vec<RequestRow> = Template::Std2021
        .vocabulary()
        .rows_not_in(Template::Std2019)
        .collect();
    let targets: Vec<Target> = m.targets().collect();
    let mut single_other = false;
    for c in cands.iter().filter(|c| !c.key.is_empty()) {
        let s = m.scores(&c.key);
        let best = s.iter().copied().max().unwrap_or(0);
        if best >= 2 {
            let hit_sub = targets
                .iter()
                .zip(&s)
                .any(|(t, v)| *v == best && matches!(t, Target::Row(r) if sub_rows.contains(r)));
            if hit_sub {
                return Template::Std2021;
            }
        }
        if c.key.contains("其他处理") {
            single_other = true;
        }
    }
    if single_other {
        Template::Std2019
    } else {
        hint.unwrap_or(Template::Std2021)
    }
}

/// Reads the §3 table from `lines[range]`.
pub(crate) fn read(
    text: &str,
    lines: &[Line],
    keys: &LineKeys,
    range: Range<usize>,
    hint: Option<Template>,
    out: &mut TablesRead,
) {
    let (cands, strays) = assemble(text, lines, range.clone(), WIDTH, false);
    let cands = split_merged(cands, WIDTH);
    if cands.is_empty() {
        return;
    }
    // The 2021 （六） sub-row labels, even on rows left blank, decide the template too.
    let labels_2021 = keys
        .range(range.clone())
        .any(|k| k.contains("逾期不补正") || k.contains("缴纳费用"));
    let template = decide_template(&cands, labels_2021, hint);
    let m = Matcher::get(template);
    let targets: Vec<Target> = m.targets().collect();
    let rows = RequestRow::rows(template);
    let n_rows = rows.len();
    let mut hits: Vec<Label> = Vec::with_capacity(cands.len());
    let mut subtotal: Vec<Option<OutcomeGroup>> = Vec::with_capacity(cands.len());
    for c in &cands {
        if c.key.is_empty() {
            hits.push(Label::Bare);
            subtotal.push(None);
            continue;
        }
        let s = m.scores(&c.key);
        // A subtotal row is one whose own last label line names a group, not a leaf.
        let last_key = label_key(&c.last);
        let last = if last_key == c.key {
            s.clone()
        } else {
            m.scores(&last_key)
        };
        let best_row = last[..n_rows].iter().copied().max().unwrap_or(0);
        let best_group = targets
            .iter()
            .zip(&last)
            .skip(n_rows)
            .filter(|(_, v)| **v > best_row)
            .max_by_key(|(_, v)| **v)
            .and_then(|(t, _)| match t {
                Target::Group(g) => Some(*g),
                Target::Row(_) => None,
            });
        match best_group {
            Some(g) if c.own_label => {
                hits.push(Label::Bare);
                subtotal.push(Some(g));
            }
            _ if !c.own_label => {
                hits.push(Label::Floating(s[..n_rows].to_vec()));
                subtotal.push(None);
            }
            _ => {
                hits.push(Label::Own(s[..n_rows].to_vec()));
                subtotal.push(None);
            }
        }
    }
    // Subtotal rows do not take part in the alignment.
    let idx: Vec<usize> = (0..cands.len())
        .filter(|i| subtotal[*i].is_none())
        .collect();
    let sub_hits: Vec<Label> = idx.iter().map(|i| hits[*i].clone()).collect();
    let placed = align(&sub_hits, n_rows);
    let grid = Grid::new(text, lines, &cands, WIDTH);
    let mut table = RequestTable::new(template);
    let mut found = vec![false; n_rows];
    let mut ambiguous: Vec<(RequestRow, Ambiguity)> = Vec::new();
    for (k, p) in placed.iter().enumerate() {
        let c = &cands[idx[k]];
        let Some(j) = *p else {
            // One finding per row of values that no template row took.
            let vals: Vec<&str> = c
                .cells
                .iter()
                .filter(|t| t.kind != Kind::Blank)
                .map(|t| t.text(text))
                .collect();
            if let (Some(first), Some(last)) = (c.cells.first(), c.cells.last()) {
                let sp = Span::new(first.line, first.start, last.end.max(first.start));
                out.diagnostics.push(reading::not_placed(
                    TableId::Requests,
                    sp,
                    &vals.join(" "),
                    &c.label,
                ));
            }
            continue;
        };
        let row = rows[j];
        found[j] = true;
        match fill(text, lines, &grid, c, row, out) {
            Filled::Cells(cells) => {
                let _ = table.set_row(row, cells);
            }
            Filled::Ambiguous(a) => ambiguous.push((row, a)),
        }
    }
    for (i, c) in cands.iter().enumerate() {
        if let Some(g) = subtotal[i] {
            let (cells, _) = fit(text, &c.cells);
            out.extras
                .push(ExtraRow::RequestSubtotal { group: g, cells });
        }
    }
    if !found.iter().any(|f| *f) {
        return;
    }
    resolve_ambiguous(&mut table, ambiguous, out);
    for (j, row) in rows.iter().enumerate() {
        if !found[j] {
            out.diagnostics.push(reading::row_not_found(
                TableId::Requests,
                row.id(),
                &row.label(),
            ));
        }
    }
    for s in strays {
        out.diagnostics.push(reading::not_placed(
            TableId::Requests,
            span(&s.0),
            s.0.text(text),
            "",
        ));
    }
    out.requests = Some(table);
}

/// A digit run with several splits: the cells of each, the spans of each split's cells, the
/// run's span and text.
struct Ambiguity {
    options: Vec<RequestCells>,
    splits: Vec<Vec<Span>>,
    span: Span,
    run: String,
}

enum Filled {
    Cells(RequestCells),
    Ambiguous(Ambiguity),
}

/// Places value tokens into 7 cells from the left; returns the cells and how many values
/// there were (after dropping trailing blanks beyond the template's width).
fn fit(text: &str, toks: &[Tok]) -> (RequestCells, usize) {
    let mut n = toks.len();
    while n > WIDTH && toks[n - 1].kind == Kind::Blank {
        n -= 1;
    }
    let mut cells: RequestCells = Default::default();
    for (i, t) in toks.iter().take(WIDTH).enumerate() {
        cells[i] = count_cell(text, t);
    }
    (cells, n)
}

fn fill(
    text: &str,
    lines: &[Line],
    grid: &Grid,
    c: &Cand,
    row: RequestRow,
    out: &mut TablesRead,
) -> Filled {
    let loc = Location::row(TableId::Requests, row.id());
    let positions = if c.cells.len() < WIDTH {
        grid.place(text, lines, &c.cells, WIDTH)
    } else {
        None
    };
    if positions.is_none() {
        if let Some(runs) = digit_runs(text, &c.cells) {
            let (options, splits) = runs;
            match options.len() {
                1 => {
                    for (col, sp) in RequestColumn::ALL.iter().zip(&splits[0]) {
                        out.spans
                            .push((CellRef::Requests { row, column: *col }, *sp));
                    }
                    return Filled::Cells(options.into_iter().next().unwrap_or_default());
                }
                0 => {}
                _ => {
                    let (first, last) = (c.cells[0], c.cells[c.cells.len() - 1]);
                    let sp = Span::new(first.line, first.start, last.end.max(first.start));
                    let run = text.get(sp.start..sp.end).unwrap_or("").to_string();
                    return Filled::Ambiguous(Ambiguity {
                        options,
                        splits,
                        span: sp,
                        run,
                    });
                }
            }
        }
    }
    let (mut cells, n) = fit(text, &c.cells);
    if n < WIDTH {
        if let Some(cols) = positions {
            cells = Default::default();
            for (t, k) in c.cells.iter().zip(&cols) {
                cells[*k] = count_cell(text, t);
                if let Some(col) = RequestColumn::from_index(*k) {
                    out.spans
                        .push((CellRef::Requests { row, column: col }, span(t)));
                }
            }
            let sp = c.cells.first().map(span);
            out.diagnostics
                .push(reading::cell_count(loc, sp, WIDTH, n, true));
            return Filled::Cells(cells);
        }
    }
    if n != WIDTH {
        let sp = c.cells.first().map(span);
        out.diagnostics
            .push(reading::cell_count(loc, sp, WIDTH, n, false));
    }
    for (i, t) in c.cells.iter().take(WIDTH).enumerate() {
        if t.kind == Kind::Blank {
            continue;
        }
        if let Some(col) = RequestColumn::from_index(i) {
            out.spans
                .push((CellRef::Requests { row, column: col }, span(t)));
        }
    }
    Filled::Cells(cells)
}

/// Cells run together: at most three value tokens (a row whose separators are mostly lost —
/// a row of six tokens is far more often a row with one blank cell than one with two cells
/// stuck together), all plain digit strings, with at least seven digits in all. Returns every split into seven cells that satisfies H3 and keeps the
/// token boundaries as cell boundaries, with the span of each cell; `None` when the row is
/// not a digit run.
#[allow(clippy::type_complexity)]
fn digit_runs(text: &str, toks: &[Tok]) -> Option<(Vec<RequestCells>, Vec<Vec<Span>>)> {
    if toks.is_empty() || toks.len() > WIDTH / 2 {
        return None;
    }
    let mut run = String::new();
    let mut bounds = Vec::with_capacity(toks.len());
    for t in toks {
        let s = t.text(text);
        if t.kind != Kind::Num || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        run.push_str(s);
        bounds.push(run.len());
    }
    if run.len() < WIDTH {
        return None;
    }
    let mut options = Vec::new();
    let mut spans = Vec::new();
    for sol in decode(&run, 1, WIDTH) {
        // Every token boundary must be a cell boundary.
        if !bounds.iter().all(|b| sol.iter().any(|(_, e)| e == b)) {
            continue;
        }
        let mut cells: RequestCells = Default::default();
        let mut sps = Vec::with_capacity(WIDTH);
        for (i, (a, b)) in sol.iter().enumerate() {
            cells[i] = Cell::parse(run.get(*a..*b).unwrap_or(""));
            // The token holding this part and the part's offset in it.
            let k = bounds.iter().position(|e| *e >= *b).unwrap_or(0);
            let tok_start = if k == 0 { 0 } else { bounds[k - 1] };
            let t = toks[k];
            sps.push(Span::new(
                t.line,
                t.start + (a - tok_start),
                t.start + (b - tok_start),
            ));
        }
        options.push(cells);
        spans.push(sps);
    }
    Some((options, spans))
}

/// How many column identities (H1, H2) a table breaks among the columns it can assess.
fn violations(t: &RequestTable) -> usize {
    let mut bad = 0;
    for col in RequestColumn::ALL {
        let v = |r: RequestRow| t.get(r, col).and_then(Cell::get);
        let leaves: Option<u128> = t
            .outcome_rows()
            .map(|(_, c)| c[col.index()].get().map(u128::from))
            .sum();
        if let (Some(l), Some(total)) = (leaves, v(RequestRow::TotalProcessed)) {
            bad += usize::from(l != u128::from(total));
        }
        if let (Some(a), Some(b), Some(c), Some(d)) = (
            v(RequestRow::Received),
            v(RequestRow::CarriedIn),
            v(RequestRow::TotalProcessed),
            v(RequestRow::CarriedForward),
        ) {
            bad += usize::from(u128::from(a) + u128::from(b) != u128::from(c) + u128::from(d));
        }
    }
    bad
}

/// Chooses, for each ambiguous run, the one split under which the column sums hold; when
/// none or several do, the cells stay blank and an RDG002 finding lists the candidates.
fn resolve_ambiguous(
    table: &mut RequestTable,
    ambiguous: Vec<(RequestRow, Ambiguity)>,
    out: &mut TablesRead,
) {
    let single = ambiguous.len() == 1;
    for (row, a) in ambiguous {
        let Ambiguity {
            options,
            splits,
            span: sp,
            run,
        } = a;
        let mut fitting = Vec::new();
        if single {
            for (k, o) in options.iter().enumerate() {
                let mut t = table.clone();
                let _ = t.set_row(row, o.clone());
                if violations(&t) == 0 {
                    fitting.push(k);
                }
            }
        }
        if let [k] = fitting.as_slice() {
            if let Some(o) = options.get(*k) {
                let _ = table.set_row(row, o.clone());
                let split = splits.get(*k).map(Vec::as_slice).unwrap_or(&[]);
                for (col, cell) in RequestColumn::ALL.iter().zip(split) {
                    out.spans
                        .push((CellRef::Requests { row, column: *col }, *cell));
                }
            }
            continue;
        }
        let list: Vec<String> = options
            .iter()
            .map(|o| {
                o.iter()
                    .map(|c| c.to_string())
                    .collect::<Vec<_>>()
                    .join(",")
            })
            .collect();
        out.diagnostics.push(reading::ambiguous_digits(
            Location::row(TableId::Requests, row.id()),
            sp,
            &run,
            &list,
        ));
    }
}
