//! Reading the three statistical tables from report text in every layout real reports come in
//! (DOMAIN.md §2.3–2.5, §7): one row per line (tabs, ` | ` with ragged pipes, runs of spaces),
//! one cell per line, row-group labels anywhere, page footers inside a table, blank cells
//! omitted, and cells run together without separators.
//!
//! The pipeline per table: locate its region ([`region`]); the document's reader
//! ([`crate::parse::readers`]) tokenises the region's lines on the original bytes ([`tokens`])
//! and assembles candidate rows ([`rows`]); the builders ([`requests`], [`appeals`], [`active`])
//! take the candidates and the template and know nothing of layouts: they match labels
//! ([`labels`]), align the candidates to the template monotonically ([`align`]), place the
//! cells of short space-aligned rows by column position ([`columns`]), take each row's readings
//! ([`readings`], run-together digits decoded by [`digits`]) and choose among them by the
//! identities ([`request_rows`]), and report what does not fit as `RDG` findings (declared in
//! `parse/reading.rs`).
//!
//! Cost: one pass over the lines for their label keys, then work proportional to the lines of
//! the three table regions (each bounded); the alignment is a DP over candidate rows × template
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

use crate::finding::Finding;
use crate::law::Template;
use crate::parse::readers::Document;
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
}

/// Reads the tables of `text`. `sections` are the headings found; `hint` is the template the
/// labels point to, if any.
pub(crate) fn read_tables(
    text: &str,
    doc: &Document,
    keys: &LineKeys,
    sections: &[Section],
    hint: Option<Template>,
) -> TablesRead {
    let regions = region::locate(&doc.lines, keys, sections);
    let mut out = TablesRead::default();
    if let Some(r) = regions.requests.clone() {
        // The 2021 （六） sub-row labels, even on rows left blank, decide the template too.
        let labels_2021 = keys
            .range(r.clone())
            .any(|k| k.contains("逾期不补正") || k.contains("缴纳费用"));
        let rows = doc.rows(text, r, request_rows::WIDTH, false);
        requests::read(text, rows, labels_2021, hint, &mut out);
    }
    if let Some(r) = regions.appeals.clone() {
        appeals::read(text, doc.rows(text, r, 5, true), &mut out);
    }
    if let Some(r) = regions.active.clone() {
        let tpl = out.requests.as_ref().map(RequestTable::template).or(hint);
        if let Some(tpl) = active::decide(keys, &r, tpl) {
            active::read(text, doc.rows(text, r, usize::MAX, true), tpl, &mut out);
        }
    }
    out
}
