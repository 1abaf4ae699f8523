//! The seed report: 津市市 2016 (DOMAIN.md §8), embedded.
//!
//! The 2016 annual report on government information disclosure of 津市市 (a county-level city
//! under 常德市, 湖南省), compiled by `津市市政务公开领导小组办公室` under the 2008 regulation
//! (2008 art. 31–32). Source key [P08-js]; the original URL was not recorded. Plain text, one
//! paragraph per line, as published (half-width punctuation, stray spaces and a typo included:
//! the text is evidence and is not corrected). There are no tables: every figure is prose.
//!
//! `cargo run --example audit` with no argument audits this report.
//!
//! # Example
//! ```
//! let report = zfxxgk::seed::report()?;
//! assert_eq!(report.meta.year, Some(2016));
//! assert_eq!(report.meta.format, zfxxgk::ReportFormat::Legacy);
//! assert!(zfxxgk::seed::TEXT.starts_with("本年度报告根据"));
//! # Ok::<(), zfxxgk::ParseError>(())
//! ```

use crate::parse::ParseError;
use crate::report::AnnualReport;

/// The seed's text, exactly as stored in `data/jinshi-2016.txt`.
///
/// # Example
/// ```
/// assert!(zfxxgk::seed::TEXT.starts_with("本年度报告根据《中华人民共和国政府信息公开条例》"));
/// assert!(zfxxgk::seed::TEXT.contains("津市市"));
/// ```
pub const TEXT: &str = include_str!("../data/jinshi-2016.txt");

/// The seed's source key in DOMAIN.md §10.
///
/// # Example
/// ```
/// assert_eq!(zfxxgk::seed::SOURCE_KEY, "P08-js");
/// ```
pub const SOURCE_KEY: &str = "P08-js";

/// The seed parsed into a report (format detected: [`crate::ReportFormat::Legacy`]).
///
/// # Errors
/// None in practice: the embedded text is well within [`crate::parse::MAX_INPUT_BYTES`]; the
/// `Result` is [`crate::parse::parse`]'s.
///
/// # Example
/// ```
/// let report = zfxxgk::seed::report()?;
/// assert_eq!(report.meta.format, zfxxgk::ReportFormat::Legacy);
/// assert!(report.tables.requests.is_none()); // every figure is prose
/// assert_eq!(report.legacy.as_ref().and_then(|l| l.applications_total), Some(55));
/// # Ok::<(), zfxxgk::ParseError>(())
/// ```
pub fn report() -> Result<AnnualReport, ParseError> {
    crate::parse::parse(TEXT).map(|p| p.report)
}
