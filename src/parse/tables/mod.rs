//! Reading the three statistical tables from report text in every layout real reports come in
//! (DOMAIN.md §2.3–2.5, §7): one row per line (tabs, ` | ` with ragged pipes, runs of spaces),
//! one cell per line, row-group labels anywhere, page footers inside a table, blank cells
//! omitted, and cells run together without separators.
//!
//! The pipeline per table: the document's reader ([`crate::parse::readers`]) gives its
//! candidate rows ([`rows`]) — from the grid the document has of it (an HTML table), or from
//! its region of lines ([`region`]) tokenised on the original bytes ([`tokens`]); the builders
//! ([`requests`], [`appeals`], [`active`]) take the candidates and the template and know
//! nothing of layouts: they match labels
//! ([`labels`]), align the candidates to the template monotonically ([`align`]), place the
//! cells of short space-aligned rows by column position ([`columns`]), take each row's readings
//! ([`readings`], run-together digits decoded by [`digits`]) and choose among them by the
//! identities ([`request_rows`]), and report what does not fit as `RDG` findings (declared in
//! `parse/reading.rs`).
//!
//! Cost: one pass over the lines for their label keys, then work proportional to the lines of
//! the three table regions (each bounded) or to the cells of the grids; the alignment is a DP over candidate rows × template
//! rows (at most 600 × 25); digit-run decoding is bounded by a step budget.

mod active;
mod align;
mod appeals;
mod columns;
mod digits;
mod labels;
pub(crate) mod readings;
mod region;
mod request_rows;
mod requests;
pub(crate) mod rows;
pub(crate) mod tokens;
mod vanished;

pub(crate) use region::LineKeys;

use std::ops::Range;

use crate::finding::Finding;
use crate::law::Template;
use crate::parse::readers::{grid, Document};
use crate::report::{ActiveTable, AppealsTable, CellRef, ExtraRow, RequestTable, Section, Span};

/// What the table reader found.
#[derive(Debug, Clone, Default)]
pub(crate) struct TablesRead {
    pub active: Option<ActiveTable>,
    pub requests: Option<RequestTable>,
    pub appeals: Option<AppealsTable>,
    pub extras: Vec<ExtraRow>,
    /// Where each value was read.
    pub spans: Vec<(CellRef, Span)>,
    /// Problems met while reading (rows not found, ambiguous digit runs, …).
    pub diagnostics: Vec<Finding>,
    /// Cells left blank because the text did not fix their value (not assessable).
    pub unread: Vec<CellRef>,
    /// The line ranges of the table regions read.
    pub regions: Vec<Range<usize>>,
}

/// The byte ranges of the table rows of the regions read (their lines that are not prose,
/// merged where consecutive), ascending: what prose extraction skips.
pub(crate) fn row_spans(doc: &Document, keys: &LineKeys, read: &TablesRead) -> Vec<Range<usize>> {
    let mut lines: Vec<usize> = read
        .regions
        .iter()
        .flat_map(|r| r.clone())
        .filter(|&i| !keys.get(i).is_empty())
        .collect();
    lines.sort_unstable();
    lines.dedup();
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut prev: Option<usize> = None;
    for i in lines {
        let Some(l) = doc.lines.get(i) else { continue };
        match out.last_mut() {
            // The next line of the same run of rows: one range.
            Some(last) if prev.is_some_and(|p| p + 1 == i) => last.end = l.end,
            _ => out.push(l.start..l.end),
        }
        prev = Some(i);
    }
    out
}

/// Reads the tables of `text`. `sections` are the headings found; `hint` is the template the
/// labels point to, if any. A table the document has as a grid is read from the grid; the
/// others from the regions of lines their labels mark.
pub(crate) fn read_tables(
    text: &str,
    doc: &Document,
    keys: &LineKeys,
    sections: &[Section],
    hint: Option<Template>,
) -> TablesRead {
    let regions = region::locate(&doc.lines, keys, sections);
    let grids = grid::regions(text, &doc.grids, sections);
    let grid_rows = |which: &[usize], run_digits: usize, bare_single_is_row: bool| {
        grid::rows(
            text,
            &doc.lines,
            &doc.grids,
            which,
            run_digits,
            bare_single_is_row,
        )
    };
    let grid_keys = |which: &[usize]| -> Vec<String> {
        which
            .iter()
            .filter_map(|i| doc.grids.get(*i))
            .flat_map(|g| g.label_keys(text))
            .collect()
    };
    let mut out = TablesRead {
        regions: [&regions.requests, &regions.appeals, &regions.active]
            .into_iter()
            .flatten()
            .cloned()
            .collect(),
        ..TablesRead::default()
    };
    let is_2021 = |k: &str| k.contains("逾期不补正") || k.contains("缴纳费用");
    if !grids.requests.is_empty() {
        let labels_2021 = grid_keys(&grids.requests).iter().any(|k| is_2021(k));
        let rows = grid_rows(&grids.requests, request_rows::WIDTH, false);
        requests::read(text, rows, labels_2021, hint, &mut out);
    } else if let Some(r) = regions.requests.clone() {
        // The 2021 （六） sub-row labels, even on rows left blank, decide the template too.
        let labels_2021 = keys.range(r.clone()).any(is_2021);
        let rows = doc.rows(text, r, request_rows::WIDTH, false);
        requests::read(text, rows, labels_2021, hint, &mut out);
    }
    if !grids.appeals.is_empty() {
        appeals::read(text, grid_rows(&grids.appeals, 5, true), &mut out);
    } else if let Some(r) = regions.appeals.clone() {
        appeals::read(text, doc.rows(text, r, 5, true), &mut out);
    }
    let tpl = out.requests.as_ref().map(RequestTable::template).or(hint);
    if !grids.active.is_empty() {
        let k = grid_keys(&grids.active);
        if let Some(tpl) = active::decide(k.iter().map(String::as_str), tpl) {
            let rows = grid_rows(&grids.active, usize::MAX, true);
            active::read(text, rows, tpl, &mut out);
        }
    } else if let Some(r) = regions.active.clone() {
        if let Some(tpl) = active::decide(keys.range(r.clone()), tpl) {
            active::read(text, doc.rows(text, r, usize::MAX, true), tpl, &mut out);
        }
    }
    out
}
