//! Parse and check in one call: what the `audit` example does for each input.

use crate::error::ParseError;
use crate::parse::{parse_with, ParseOptions};
use crate::report::AnnualReport;
use crate::rules::{check, Finding, Severity};

/// A report with every finding about it: the parser's diagnostics followed by the registry's
/// rules.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Audit {
    /// The typed report.
    pub report: AnnualReport,
    /// Parser diagnostics, then rule findings in registry order.
    pub findings: Vec<Finding>,
}

impl Audit {
    /// The number of findings of `severity`.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
}

/// Parses report text and checks it.
///
/// # Errors
/// As [`crate::parse::parse`].
///
/// # Example
/// ```
/// let a = zfxxgk::audit_text("一、总体情况\n正文\n")?;
/// assert!(a.findings.iter().all(|f| !f.rule.is_empty()));
/// # Ok::<(), zfxxgk::ParseError>(())
/// ```
pub fn audit_text(text: &str) -> Result<Audit, ParseError> {
    audit_text_with(text, &ParseOptions::default())
}

/// Parses report text with options and checks it.
///
/// # Errors
/// As [`crate::parse::parse`].
pub fn audit_text_with(text: &str, options: &ParseOptions) -> Result<Audit, ParseError> {
    let parsed = parse_with(text, options)?;
    let mut findings = parsed.diagnostics;
    findings.extend(check(&parsed.report));
    Ok(Audit {
        report: parsed.report,
        findings,
    })
}

/// Checks a report that is already typed (built by a program or read from JSON).
///
/// # Example
/// ```
/// use zfxxgk::{AnnualReport, ReportFormat};
/// let a = zfxxgk::audit_report(AnnualReport::new(ReportFormat::Std2021));
/// assert_eq!(a.count(zfxxgk::rules::Severity::Error), 0);
/// ```
pub fn audit_report(report: AnnualReport) -> Audit {
    let findings = check(&report);
    Audit { report, findings }
}
