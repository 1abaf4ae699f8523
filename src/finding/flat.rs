//! A finding as one flat record: one scalar per field, for CSV files and spreadsheets.

use serde::{Deserialize, Serialize};

use crate::finding::{Finding, RuleCode, Severity, Status, TableId};
use crate::report::SectionKind;

/// A [`Finding`] flattened to scalars, with the name of the input it was found in: one row of
/// a CSV file (`csv::Writer::serialize` takes it as it is, headers from the field names) or
/// of any other flat format serde writes.
///
/// The columns, in order: `file`, `rule`, `severity`, `status`, the location's `table`,
/// `row`, `column`, `section` and span (`line`, `start`, `end`), `expected`, `actual`,
/// `message`, `message_zh`, `evidence`. Ids are the ones the JSON of a [`Finding`] has
/// (`TBL001`, `error`, `not_assessable`, `requests`, `total_processed`, …); a field that
/// does not apply is empty; `expected` and `actual` are written as the finding displays them
/// (`36`, `3.6`, text).
///
/// # Example
/// ```
/// use zfxxgk::finding::{Finding, FindingRecord, Location};
/// use zfxxgk::{RequestColumn, RequestRow};
/// let f = Finding::of(&zfxxgk::rules::TBL001, Location::row(RequestRow::Received))
///     .expected(36u64)
///     .actual(35u64);
/// let r = FindingRecord::new("reports/a.txt", &f);
/// assert_eq!((r.rule.as_str(), r.row.as_deref(), r.column.as_deref()), ("TBL001", Some("received"), None));
/// assert_eq!((r.expected.as_deref(), r.actual.as_deref()), (Some("36"), Some("35")));
/// # #[cfg(feature = "csv")] {
/// let mut out = csv::Writer::from_writer(Vec::new());
/// out.serialize(&r)?;
/// let text = String::from_utf8(out.into_inner()?)?;
/// assert_eq!(
///     text,
///     "file,rule,severity,status,table,row,column,section,line,start,end,expected,actual,message,message_zh,evidence\n\
///      reports/a.txt,TBL001,error,violated,requests,received,,,,,,36,35,,,\n"
/// );
/// # }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FindingRecord {
    /// The input the finding is about (a path or any name the caller gives; may be empty).
    pub file: String,
    /// The rule code, e.g. `TBL001`.
    pub rule: RuleCode,
    /// How serious it is.
    pub severity: Severity,
    /// What the rule concluded.
    pub status: Status,
    /// The table, if the finding is about a table.
    pub table: Option<TableId>,
    /// The row id (for §4: the block id), of `table`.
    pub row: Option<String>,
    /// The column id, of `table`.
    pub column: Option<String>,
    /// The section, if the finding is about a section or its prose.
    pub section: Option<SectionKind>,
    /// The line (from 1) of the text the finding points at.
    pub line: Option<u32>,
    /// The byte offset where that text starts in the source.
    pub start: Option<usize>,
    /// The byte offset where it ends.
    pub end: Option<usize>,
    /// What the arithmetic or the rule expects there.
    pub expected: Option<String>,
    /// What the report has there.
    pub actual: Option<String>,
    /// The message in English.
    pub message: String,
    /// The message in Chinese.
    pub message_zh: String,
    /// The source text the finding is about.
    pub evidence: Option<String>,
}

impl FindingRecord {
    /// The record of `finding`, found in the input named `file`.
    ///
    /// # Example
    /// ```
    /// use zfxxgk::finding::FindingRecord;
    /// let audit = zfxxgk::audit_text(zfxxgk::seed::TEXT)?;
    /// let records: Vec<FindingRecord> =
    ///     audit.findings.iter().map(|f| FindingRecord::new("seed.txt", f)).collect();
    /// assert_eq!(records.len(), audit.findings.len());
    /// assert!(records.iter().all(|r| r.file == "seed.txt"));
    /// # Ok::<(), zfxxgk::ParseError>(())
    /// ```
    pub fn new(file: impl Into<String>, finding: &Finding) -> FindingRecord {
        let l = &finding.location;
        FindingRecord {
            file: file.into(),
            rule: finding.rule,
            severity: finding.severity,
            status: finding.status,
            table: l.table,
            row: l.row_id().map(str::to_string),
            column: l.column_id().map(str::to_string),
            section: l.section,
            line: l.span.map(|s| s.line),
            start: l.span.map(|s| s.start),
            end: l.span.map(|s| s.end),
            expected: finding.expected.as_ref().map(ToString::to_string),
            actual: finding.actual.as_ref().map(ToString::to_string),
            message: finding.message.clone(),
            message_zh: finding.message_zh.clone(),
            evidence: finding.evidence.clone(),
        }
    }
}

impl From<&Finding> for FindingRecord {
    /// The record of a finding, with no file name.
    fn from(finding: &Finding) -> FindingRecord {
        FindingRecord::new(String::new(), finding)
    }
}
