//! The §3 reader (`三、收到和处理政府信息公开申请情况`, DOMAIN.md §2.4): candidate rows are
//! matched to the template rows by label, aligned monotonically, filled into 7 columns, and
//! checked: run-together digits are split by H3 (and the column sums H1/H2 when several
//! splits fit); what does not fit becomes an `RDG` finding.

use crate::finding::{RowId, TableId};
use crate::law::Template;
use crate::outcome::{OutcomeGroup, RequestRow};
use crate::parse::normalize::label_key;
use crate::parse::reading;
use crate::parse::tables::align::{align, Label};
use crate::parse::tables::columns::Grid;
use crate::parse::tables::labels::{Matcher, Target};
use crate::parse::tables::request_rows::{
    fill, guard_columns, mark_unread, resolve, set, Filled, WIDTH,
};
use crate::parse::tables::rows::{split_merged, Cand, RegionRows};
use crate::parse::tables::tokens::{count_cell, span, Kind, Tok};
use crate::parse::tables::TablesRead;
use crate::report::{ExtraRow, RequestCells, RequestTable, Span};

/// The template of the §3 table: the 2021 （六） sub-rows decide 2021, a filled single
/// `（六）其他处理` row decides 2019, otherwise the hint (2021 when there is none). The scores
/// of the candidates' keys against the 2021 rows, computed on the way, are kept in `scores`
/// (by candidate) for the reader to reuse when the template is 2021.
fn decide_template(
    cands: &[Cand],
    labels_2021: bool,
    hint: Option<Template>,
    scores: &mut [Option<Vec<u32>>],
) -> Template {
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
    for (c, kept) in cands.iter().zip(scores.iter_mut()) {
        if c.key.is_empty() {
            continue;
        }
        let s = kept.insert(m.scores(&c.key));
        let best = s.iter().copied().max().unwrap_or(0);
        if best >= 2 {
            let hit_sub = targets
                .iter()
                .zip(s.iter())
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

/// Builds the §3 table from the candidate rows of its region. `labels_2021`: the region has
/// the 2021 （六） sub-row labels (even on rows left blank).
pub(crate) fn read(
    text: &str,
    rows: RegionRows,
    labels_2021: bool,
    hint: Option<Template>,
    out: &mut TablesRead,
) {
    let RegionRows { cands, strays } = rows;
    let cands = split_merged(cands, WIDTH);
    if cands.is_empty() {
        return;
    }
    let mut scores_2021: Vec<Option<Vec<u32>>> = vec![None; cands.len()];
    let template = decide_template(&cands, labels_2021, hint, &mut scores_2021);
    if template != Template::Std2021 {
        scores_2021.clear();
    }
    let m = Matcher::get(template);
    let targets: Vec<Target> = m.targets().collect();
    let rows = RequestRow::rows(template);
    let n_rows = rows.len();
    let mut hits: Vec<Label> = Vec::with_capacity(cands.len());
    let mut subtotal: Vec<Option<OutcomeGroup>> = Vec::with_capacity(cands.len());
    for (i, c) in cands.iter().enumerate() {
        if c.key.is_empty() {
            hits.push(Label::Bare);
            subtotal.push(None);
            continue;
        }
        let mut s = match scores_2021.get_mut(i).and_then(Option::take) {
            Some(s) => s,
            None => m.scores(&c.key),
        };
        // A subtotal row is one whose own last label line names a group, not a leaf.
        // (The last label line is often the whole label: then its key is the row's.)
        let last_key = (c.last != c.label).then(|| label_key(&c.last));
        let last_own;
        let last: &[u32] = match last_key.filter(|k| *k != c.key) {
            None => &s,
            Some(k) => {
                last_own = m.scores(&k);
                &last_own
            }
        };
        let best_row = last[..n_rows].iter().copied().max().unwrap_or(0);
        let best_group = targets
            .iter()
            .zip(last)
            .skip(n_rows)
            .filter(|(_, v)| **v > best_row)
            .max_by_key(|(_, v)| **v)
            .and_then(|(t, _)| match t {
                Target::Group(g) => Some(*g),
                Target::Row(_) => None,
            });
        // (The scores of the rows are the first `n_rows`: the vector is cut, not copied.)
        s.truncate(n_rows);
        match best_group {
            Some(g) if c.own_label => {
                hits.push(Label::Bare);
                subtotal.push(Some(g));
            }
            _ if !c.own_label => {
                hits.push(Label::Floating(s));
                subtotal.push(None);
            }
            _ => {
                hits.push(Label::Own(s));
                subtotal.push(None);
            }
        }
    }
    // Subtotal rows do not take part in the alignment.
    let idx: Vec<usize> = (0..cands.len())
        .filter(|i| subtotal[*i].is_none())
        .collect();
    let sub_hits: Vec<Label> = hits
        .into_iter()
        .zip(&subtotal)
        .filter(|(_, g)| g.is_none())
        .map(|(h, _)| h)
        .collect();
    let placed = align(&sub_hits, n_rows);
    let grid = Grid::new(&cands, WIDTH);
    let mut table = RequestTable::new(template);
    let mut found = vec![false; n_rows];
    let mut ambiguous = Vec::new();
    let mut unread: Vec<RequestRow> = Vec::new();
    let mut alt: Vec<(RequestRow, &[Tok])> = Vec::new();
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
        let (filled, note, doubt) = fill(text, &grid, c, row);
        out.diagnostics.extend(note);
        if doubt {
            alt.push((row, &c.cells));
        }
        match filled {
            Filled::Cells(l) => set(&mut table, row, l, out),
            Filled::Options(a) => ambiguous.push((row, a)),
            Filled::Unread(f) => {
                mark_unread(row, out);
                unread.push(row);
                out.diagnostics.push(f);
            }
        }
    }
    for (i, c) in cands.iter().enumerate() {
        if let (Some(g), false) = (subtotal[i], c.cells.is_empty()) {
            let (cells, _) = fit(text, &c.cells);
            out.extras
                .push(ExtraRow::RequestSubtotal { group: g, cells });
        }
    }
    if !found.iter().any(|f| *f) {
        return;
    }
    resolve(&mut table, ambiguous, &unread, out);
    guard_columns(text, &mut table, &alt, &unread, out);
    for (j, row) in rows.iter().enumerate() {
        if !found[j] {
            out.diagnostics
                .push(reading::row_not_found(RowId::Request(*row), row.label()));
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
