//! Reading the three statistical tables from report text in every layout real reports come in.

use crate::law::Template;
use crate::report::{ActiveTable, AppealsTable, CellRef, ExtraRow, RequestTable, Section, Span};
use crate::rules::Finding;

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
    _text: &str,
    _sections: &[Section],
    _hint: Option<Template>,
) -> TablesRead {
    TablesRead::default()
}
