//! Parse and check in one call: what the `audit` example does for each input.

use crate::parse::ParseError;
use crate::parse::{
    parse_bytes_with, parse_decoded, parse_with, Decoded, Input, ParseOptions, ParsedReport,
};
use serde::ser::{Serialize, Serializer};

use crate::finding::{Finding, Severity, Status};
use crate::law::ReportFormat;
use crate::report::fees::FeeStatement;
use crate::report::{AnnualReport, Claim, LegacyReport, Tables};
use crate::rules::check;

/// A report with every finding about it: the parser's diagnostics followed by the registry's
/// rules.
///
/// Serialized as the `audit` example prints each report (`--json`), without the `file` key:
/// `input`, `format`, `year`, `agency`, `level`, `published`, `sections` (kind, heading, line),
/// `tables` (`active`, `requests`, `appeals`), `claims`, `legacy`, `fees`, `findings`.
///
/// # Example
/// ```
/// use zfxxgk::{AnnualReport, AppealColumn, AppealGroup, AppealsTable, Cell, ReportFormat};
/// let mut r = AnnualReport::new(ReportFormat::Std2021);
/// let mut t = AppealsTable::default();
/// t.set(AppealGroup::Reconsideration, AppealColumn::Upheld, Cell::Value(2));
/// t.set(AppealGroup::Reconsideration, AppealColumn::Total, Cell::Value(3)); // H4: 2 ≠ 3
/// r.tables.appeals = Some(t);
/// let a = zfxxgk::audit_report(r);
/// let f = a.findings.iter().find(|f| f.expected == Some(2u64.into())).unwrap();
/// assert_eq!(f.actual, Some(3u64.into()));
/// assert_eq!(f.severity, zfxxgk::rules::Severity::Error);
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Audit {
    /// The typed report.
    pub report: AnnualReport,
    /// Parser diagnostics, then rule findings in registry order.
    pub findings: Vec<Finding>,
    /// What was read (HTML or text, and its encoding); `None` for a report that was already
    /// typed ([`audit_report`]).
    pub input: Option<Input>,
}

impl Audit {
    /// The findings that say a rule is broken ([`Status::Violated`]), not the notes and the
    /// not-assessable places.
    ///
    /// # Example
    /// ```
    /// let a = zfxxgk::audit_text(zfxxgk::seed::TEXT)?;
    /// let codes: Vec<&str> = a.violations().map(|f| f.rule.as_str()).collect();
    /// assert_eq!(codes, ["PRO001", "PRO002", "PRO004", "PRO005"]); // the seed's four
    /// # Ok::<(), zfxxgk::ParseError>(())
    /// ```
    pub fn violations(&self) -> impl Iterator<Item = &Finding> + '_ {
        self.findings
            .iter()
            .filter(|f| f.status == Status::Violated)
    }

    /// The most serious severity among the violations, `None` when nothing is broken: what a
    /// batch turns into a verdict or an exit code.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::Severity;
    /// let a = zfxxgk::audit_text(zfxxgk::seed::TEXT)?;
    /// assert_eq!(a.max_severity(), Some(Severity::Warning));
    /// let clean = zfxxgk::audit_report(zfxxgk::AnnualReport::new(zfxxgk::ReportFormat::Std2021));
    /// assert_eq!(clean.max_severity(), None);
    /// # Ok::<(), zfxxgk::ParseError>(())
    /// ```
    pub fn max_severity(&self) -> Option<Severity> {
        self.violations().map(|f| f.severity).max()
    }

    /// Whether the input was recognised as an annual report at all (format not
    /// [`ReportFormat::Unknown`]; rule `STR005` says so otherwise).
    ///
    /// # Example
    /// ```
    /// assert!(zfxxgk::audit_text(zfxxgk::seed::TEXT)?.is_report());
    /// assert!(!zfxxgk::audit_text("404 Not Found")?.is_report());
    /// # Ok::<(), zfxxgk::ParseError>(())
    /// ```
    pub fn is_report(&self) -> bool {
        self.report.meta.format != ReportFormat::Unknown
    }

    /// The number of findings of `severity`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::rules::Severity;
    /// let a = zfxxgk::audit_text(zfxxgk::seed::TEXT)?;
    /// let all = a.count(Severity::Error) + a.count(Severity::Warning) + a.count(Severity::Info);
    /// assert_eq!(all, a.findings.len());
    /// # Ok::<(), zfxxgk::ParseError>(())
    /// ```
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
///
/// # Example
/// ```
/// use zfxxgk::parse::ParseOptions;
/// use zfxxgk::ReportFormat;
/// let opts = ParseOptions::with_format(ReportFormat::Legacy);
/// let a = zfxxgk::audit_text_with(zfxxgk::seed::TEXT, &opts)?;
/// assert_eq!(a.report.meta.format, ReportFormat::Legacy);
/// assert_eq!(a.report.meta.year, Some(2016));
/// # Ok::<(), zfxxgk::ParseError>(())
/// ```
pub fn audit_text_with(text: &str, options: &ParseOptions) -> Result<Audit, ParseError> {
    Ok(audit_parsed(parse_with(text, options)?))
}

fn audit_parsed(parsed: ParsedReport) -> Audit {
    let mut findings = parsed.diagnostics;
    findings.extend(check(&parsed.report));
    Audit {
        report: parsed.report,
        findings,
        input: Some(parsed.input),
    }
}

/// Parses a report file's bytes (an HTML page or text, in any encoding [`crate::parse::decode`]
/// reads) and checks it: what the `audit` example does with a file.
///
/// # Errors
/// As [`crate::parse::parse_bytes`].
///
/// # Example
/// ```
/// use zfxxgk::parse::{Encoding, InputKind};
/// // The seed report saved as UTF-16LE with a byte order mark.
/// let mut bytes = vec![0xFF, 0xFE];
/// bytes.extend(zfxxgk::seed::TEXT.encode_utf16().flat_map(u16::to_le_bytes));
/// let a = zfxxgk::audit_bytes(&bytes)?;
/// let input = a.input.unwrap();
/// assert_eq!((input.kind, input.encoding), (InputKind::Text, Encoding::Utf16Le));
/// let same = zfxxgk::audit_text(zfxxgk::seed::TEXT)?;
/// assert_eq!(a.findings, same.findings);
/// # Ok::<(), zfxxgk::ParseError>(())
/// ```
pub fn audit_bytes(bytes: &[u8]) -> Result<Audit, ParseError> {
    audit_bytes_with(bytes, &ParseOptions::default())
}

/// Parses a report file's bytes with options and checks it.
///
/// # Errors
/// As [`crate::parse::parse_bytes`].
///
/// # Example
/// ```
/// use zfxxgk::parse::ParseOptions;
/// use zfxxgk::ReportFormat;
/// let opts = ParseOptions::with_format(ReportFormat::Legacy);
/// let a = zfxxgk::audit_bytes_with(zfxxgk::seed::TEXT.as_bytes(), &opts)?;
/// assert_eq!(a.report.meta.format, ReportFormat::Legacy);
/// # Ok::<(), zfxxgk::ParseError>(())
/// ```
pub fn audit_bytes_with(bytes: &[u8], options: &ParseOptions) -> Result<Audit, ParseError> {
    Ok(audit_parsed(parse_bytes_with(bytes, options)?))
}

/// Parses a report file's bytes already decoded with [`crate::parse::decode`], and checks it:
/// what [`audit_bytes_with`] gives for the same bytes, for a caller that decoded them to look at
/// the text first.
///
/// # Errors
/// As [`crate::parse::parse_decoded`].
///
/// # Example
/// ```
/// use zfxxgk::parse::{decode, ParseOptions};
/// let decoded = decode(zfxxgk::seed::TEXT.as_bytes());
/// let a = zfxxgk::audit_decoded(&decoded, &ParseOptions::default())?;
/// assert_eq!(a.findings, zfxxgk::audit_text(zfxxgk::seed::TEXT)?.findings);
/// # Ok::<(), zfxxgk::ParseError>(())
/// ```
pub fn audit_decoded(decoded: &Decoded, options: &ParseOptions) -> Result<Audit, ParseError> {
    Ok(audit_parsed(parse_decoded(decoded, options)?))
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
    Audit {
        report,
        findings,
        input: None,
    }
}

/// The serialized shape of an [`Audit`] (a struct, so keys keep their order).
#[derive(serde::Serialize)]
struct AuditOut<'a> {
    input: Option<Input>,
    format: &'static str,
    year: Option<i32>,
    agency: Option<&'a str>,
    level: Option<&'static str>,
    published: Option<String>,
    sections: Vec<SectionOut<'a>>,
    tables: &'a Tables,
    claims: &'a [Claim],
    legacy: &'a Option<LegacyReport>,
    fees: &'a Option<FeeStatement>,
    findings: &'a [Finding],
}

#[derive(serde::Serialize)]
struct SectionOut<'a> {
    kind: &'static str,
    heading: &'a str,
    line: u32,
}

impl Serialize for Audit {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let r = &self.report;
        AuditOut {
            input: self.input,
            format: r.meta.format.id(),
            year: r.meta.year,
            agency: r.meta.agency.as_deref(),
            level: r.meta.level.map(|l| l.id()),
            published: r.meta.published.map(|d| d.to_string()),
            sections: r
                .sections
                .iter()
                .map(|x| SectionOut {
                    kind: x.kind.id(),
                    heading: &x.heading,
                    line: x.heading_span.line,
                })
                .collect(),
            tables: &r.tables,
            claims: &r.claims,
            legacy: &r.legacy,
            fees: &r.fees,
            findings: &self.findings,
        }
        .serialize(s)
    }
}
