//! Reading the three statistical tables from report text in every layout real reports come in
//! (DOMAIN.md §2.3–2.5, §7): one row per line (tabs, ` | ` with ragged pipes, runs of spaces),
//! one cell per line, row-group labels anywhere, page footers inside a table, blank cells
//! omitted, and cells run together without separators.
//!
//! The pipeline per table: locate its region ([`region`]), tokenise the lines on the original
//! bytes ([`tokens`]), assemble candidate rows ([`rows`]), match labels ([`labels`]), align the
//! candidates to the template monotonically ([`align`]), place the cells of short space-aligned
//! rows by column position ([`columns`]), decode digit runs ([`digits`]), and report what does
//! not fit as `RDG` findings (declared in `reading.rs`).
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
mod region;
mod requests;
mod rows;
mod tokens;

pub(crate) use region::LineKeys;

use crate::finding::Finding;
use crate::law::Template;
use crate::parse::lines::Line;
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
}

/// Reads the tables of `text`. `sections` are the headings found; `hint` is the template the
/// labels point to, if any.
pub(crate) fn read_tables(
    text: &str,
    lines: &[Line],
    keys: &LineKeys,
    sections: &[Section],
    hint: Option<Template>,
) -> TablesRead {
    let regions = region::locate(lines, keys, sections);
    let mut out = TablesRead::default();
    if let Some(r) = regions.requests.clone() {
        requests::read(text, lines, keys, r, hint, &mut out);
    }
    if let Some(r) = regions.appeals.clone() {
        appeals::read(text, lines, r, &mut out);
    }
    if let Some(r) = regions.active.clone() {
        let tpl = out.requests.as_ref().map(RequestTable::template).or(hint);
        active::read(text, lines, keys, r, tpl, &mut out);
    }
    out
}
