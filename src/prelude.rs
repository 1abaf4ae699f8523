//! What a first result needs, in one `use`: read and check a report, look at its findings,
//! read its tables by their row and column ids.
//!
//! ```
//! use zfxxgk::prelude::*;
//! let audit = audit_text(zfxxgk::seed::TEXT)?;
//! assert_eq!(audit.report.meta.format, ReportFormat::Legacy);
//! for f in audit.findings.iter().filter(|f| f.severity == Severity::Error) {
//!     println!("{} {} {}", f.rule, f.status, f.message);
//! }
//! // A §3 cell, by its ids, parsed from text or named.
//! let mut t = RequestTable::new(Template::Std2021);
//! t.set("received".parse()?, RequestColumn::Total, Cell::Value(7))?;
//! assert_eq!(t.get(RequestRow::Received, RequestColumn::Total), Some(&Cell::Value(7)));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub use crate::audit::{audit_bytes, audit_text, Audit};
pub use crate::finding::{Finding, Severity, Status};
pub use crate::law::{ReportFormat, Template};
pub use crate::report::{
    ActiveColumn, ActiveRow, ActiveTable, AnnualReport, AppealColumn, AppealGroup, AppealsTable,
    Cell, RequestTable,
};
pub use crate::vocab::Vocabulary;
pub use crate::{ApplicantKind, Outcome, RequestColumn, RequestRow};
