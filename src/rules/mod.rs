//! Rules: the consistency checks a report must pass, as one registry of data.
//!
//! Each rule has a stable code, a severity, the identity ([`Identity`]: H1–H8 hard, S1–S6
//! soft) or article it enforces, and produces [`Finding`]s that point at a cell, a row, a
//! column, or a span of text, with the expected and the found value. A rule whose inputs are
//! blank reports [`Status::NotAssessable`] instead of passing silently.
//!
//! # Example
//! ```
//! use zfxxgk::{AnnualReport, Cell, ReportFormat, RequestColumn, RequestRow, RequestTable, Template};
//! let mut r = AnnualReport::new(ReportFormat::Std2021);
//! let mut t = RequestTable::new(Template::Std2021);
//! t.set(RequestRow::Received, RequestColumn::Total, Cell::Value(3))?;
//! t.set(RequestRow::CarriedIn, RequestColumn::Total, Cell::Value(0))?;
//! t.set(RequestRow::TotalProcessed, RequestColumn::Total, Cell::Value(2))?;
//! t.set(RequestRow::CarriedForward, RequestColumn::Total, Cell::Value(0))?;
//! r.tables.requests = Some(t);
//! let findings = zfxxgk::rules::check(&r);
//! assert!(findings.iter().any(|f| f.rule == "TBL001" && f.location.column_id() == Some("total")));
//! # Ok::<(), zfxxgk::ModelError>(())
//! ```

mod catalog;
pub(crate) mod domain;
pub(crate) mod fees;
pub(crate) mod legacy;
mod legacy_prose;
pub(crate) mod policy;
mod prose;
pub(crate) mod publication;
pub(crate) mod soft;
pub(crate) mod structure;
pub(crate) mod tables;
mod unread;

use crate::report::AnnualReport;

pub use crate::finding::{
    Basis, Check, Finding, Identity, Location, Quantity, Rule, RuleCode, Severity, Status, TableId,
};
pub use catalog::*;
pub use fees::check_fees;

/// Runs every single-report rule on `report` and returns the findings in rule-code order.
///
/// # Example
/// ```
/// use zfxxgk::rules::Severity;
/// let report = zfxxgk::seed::report()?;
/// let findings = zfxxgk::rules::check(&report);
/// // The seed's `“申请内容不明确”的2件，占总数的3.7%`: 2 / 55 is 3.6%. The evidence quotes
/// // the base the share is of, then the share.
/// let share = findings.iter().find(|f| f.rule == "PRO002").unwrap();
/// assert_eq!(share.severity, Severity::Warning);
/// assert_eq!(
///     share.evidence.as_deref(),
///     Some("在已经答复的55件申请中\n“申请内容不明确”的2件,占总数的3.7%")
/// );
/// # Ok::<(), zfxxgk::ParseError>(())
/// ```
pub fn check(report: &AnnualReport) -> Vec<Finding> {
    let mut out = Vec::new();
    // Cells the parser could not read are unreadable to the rules, except to the domain rules
    // (which report unreadable text in a cell).
    let masked = unread::masked(report);
    let view = masked.as_ref().unwrap_or(report);
    for rule in RULES {
        if let Check::Report(f) = rule.check {
            f(
                if rule.code.starts_with("DOM") {
                    report
                } else {
                    view
                },
                &mut out,
            );
        }
    }
    attach_evidence(report, &mut out);
    out
}

/// Fills in the evidence of table findings from the report's source text, when it has one.
fn attach_evidence(report: &AnnualReport, findings: &mut [Finding]) {
    let Some(src) = &report.source else { return };
    for f in findings.iter_mut().filter(|f| f.evidence.is_none()) {
        if let Some(span) = f.location.span {
            let line = src.line_of(span);
            if !line.is_empty() {
                f.evidence = Some(line.to_string());
            }
        }
    }
}
