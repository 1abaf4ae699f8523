//! Rules: the consistency checks a report must pass, as one registry of data.
//!
//! Each rule has a stable code, a severity, the identity (DOMAIN.md §2.7: H1–H8 hard,
//! S1–S6 soft) or article it enforces, and produces [`Finding`]s that point at a cell, a row, a
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
//! assert!(findings.iter().any(|f| f.rule == "TBL001" && f.location.column.as_deref() == Some("total")));
//! # Ok::<(), zfxxgk::ModelError>(())
//! ```

pub(crate) mod domain;
pub(crate) mod fees;
mod finding;
pub(crate) mod policy;
mod prose;
pub(crate) mod publication;
pub(crate) mod reading;
mod registry;
pub(crate) mod series;
pub(crate) mod soft;
pub(crate) mod structure;
pub(crate) mod tables;

use serde::{Deserialize, Serialize};

use crate::law::ArticleRef;
use crate::report::AnnualReport;

pub use finding::{Finding, Location, Quantity, Severity, Status, TableId};
pub use registry::{registry, rule, Check, Rule};

/// An identity of DOMAIN.md §2.7: H1–H8 are hard (a violation is an error), S1–S6 soft (a
/// warning).
///
/// # Example
/// ```
/// use zfxxgk::rules::{Basis, Identity};
/// assert!(Identity::H1.is_hard());
/// let basis = zfxxgk::rules::rule("PRO001").unwrap().basis;
/// assert!(basis.contains(&Basis::Identity(Identity::S6)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Identity {
    /// H1: per column, 一 + 二 = （七）总计 + 四 (the format's own note).
    H1,
    /// H2: （七）总计 = the sum of all outcome leaf rows; added subtotals equal their children.
    H2,
    /// H3: per row, 总计 = 自然人 + the five legal-person columns.
    H3,
    /// H4: per §4 block, 总计 = 维持 + 纠正 + 其他 + 尚未审结.
    H4,
    /// H5: counts are non-negative integers; only 本年增/减 is signed; money is decimal.
    H5,
    /// H6: each application is counted in exactly one outcome row.
    H6,
    /// H7: per column, （七）总计 ≤ 一 + 二 and 四 ≤ 一 + 二.
    H7,
    /// H8: an added litigation total equals the two litigation blocks' totals.
    H8,
    /// S1: 结转下年度 of year t = 上年结转 of year t+1.
    S1,
    /// S2: 现行有效件数(t) ≈ 现行有效件数(t−1) + 制发(t) − 废止(t).
    S2,
    /// S3: 2019 (一) block: 本年新公开 ≤ 对外公开总数量, usually ≤ 本年新制作.
    S3,
    /// S4: 2019 item counts: next year's 上一年项目数量 = 上一年项目数量 + 本年增/减.
    S4,
    /// S5: a non-zero （六）2 fee-unpaid row implies fee notices were issued.
    S5,
    /// S6: prose figures equal the tables.
    S6,
}

impl Identity {
    /// Whether the identity is hard (H) rather than soft (S).
    ///
    /// # Example
    /// ```
    /// use zfxxgk::rules::Identity;
    /// assert!(Identity::H8.is_hard());
    /// assert!(!Identity::S1.is_hard());
    /// ```
    pub fn is_hard(self) -> bool {
        matches!(
            self,
            Identity::H1
                | Identity::H2
                | Identity::H3
                | Identity::H4
                | Identity::H5
                | Identity::H6
                | Identity::H7
                | Identity::H8
        )
    }
}

/// What a rule rests on.
///
/// # Example
/// ```
/// use zfxxgk::rules::{rule, Basis};
/// use zfxxgk::{ArticleRef, Edition};
/// // PRO004 rests on 2008 art. 31 (the report covers the preceding year).
/// let r = rule("PRO004").unwrap();
/// assert_eq!(r.basis, [Basis::Article(ArticleRef::new(Edition::V2008, 31))]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Basis {
    /// An identity of the formats.
    Identity(Identity),
    /// An article of the regulation.
    Article(ArticleRef),
    /// The uniform format itself (2019 art. 50 para 2; 国办公开办函〔2019〕60号, 〔2021〕30号).
    Format,
}

/// Runs every single-report rule of the registry on `report` and returns the findings in
/// registry order.
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
    for rule in registry() {
        if let Check::Report(f) = rule.check {
            f(report, &mut out);
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
