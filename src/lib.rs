//! # zfxxgk — 政府信息公开条例 and its annual reports, as typed data
//!
//! China's Regulations on Open Government Information (《中华人民共和国政府信息公开条例》,
//! 国务院令第492号 in force 2008-05-01, revised by 国务院令第711号 in force 2019-05-15) oblige
//! every administrative organ to publish an annual report on its disclosure work
//! (`政府信息公开工作年度报告`; 2008 art. 31–32, 2019 art. 49–50). Since the 2019 report the
//! State Council General Office prescribes a uniform format (国办公开办函〔2019〕60号, replaced by
//! 〔2021〕30号) with three statistical tables:
//!
//! * **§2** `主动公开政府信息情况` — proactive disclosure per art. 20 item ([`ActiveTable`]);
//! * **§3** `收到和处理政府信息公开申请情况` — applications received and how each was handled,
//!   by applicant kind ([`RequestTable`], rows [`RequestRow`], outcomes [`Outcome`]);
//! * **§4** `政府信息公开行政复议、行政诉讼情况` — reconsideration and litigation
//!   ([`AppealsTable`]).
//!
//! This crate reads reports as they really appear (text from web pages and PDFs, or JSON),
//! gives back a typed [`AnnualReport`], and checks it against every identity the formats imply
//! ([`rules`]), pointing at the cell that is wrong with the expected and found values.
//!
//! ## Example
//! ```
//! use zfxxgk::prelude::*;
//! use zfxxgk::render::{render_tables, Layout};
//! // A report as text, with a §4 block whose total breaks identity H4 (2 + 0 + 0 + 0 ≠ 3).
//! let mut r = AnnualReport::new(ReportFormat::Std2021);
//! let mut req = RequestTable::new(Template::Std2021);
//! req.set(RequestRow::Received, RequestColumn::Total, Cell::Value(3))?;
//! r.tables.requests = Some(req);
//! let mut t = AppealsTable::default();
//! t.set(AppealGroup::Reconsideration, AppealColumn::Upheld, Cell::Value(2));
//! t.set(AppealGroup::Reconsideration, AppealColumn::Total, Cell::Value(3));
//! r.tables.appeals = Some(t);
//! let text = render_tables(&r, Layout::Tabs);
//!
//! let audit = audit_text(&text)?;
//! assert_eq!(audit.report.meta.format, ReportFormat::Std2021);
//! let f = audit.findings.iter().find(|f| f.rule == "TBL005" && f.status == Status::Violated);
//! let f = f.expect("H4 is broken");
//! assert_eq!(f.severity, Severity::Error);
//! assert_eq!(f.expected, Some(2u64.into())); // the sum of the parts
//! assert_eq!(f.actual, Some(3u64.into())); // the total as written
//! # Ok::<(), zfxxgk::Error>(())
//! ```
//!
//! ## Where things are
//! [`prelude`] has what a first result needs (`use zfxxgk::prelude::*`). The crate root holds
//! the entry points ([`audit_text`], [`audit_bytes`], [`registry`]), the findings
//! ([`Finding`], [`FindingRecord`], [`Severity`], [`Status`], [`Location`]), the report with
//! its three tables and their row and column ids, the [`Vocabulary`] contract of every id
//! enum, and the error types. The rest lives in its module: [`report`] (metadata, sections,
//! prose claims, pre-2019 figures, fee statements, spans), [`parse`], [`rules`], [`finding`],
//! [`aggregate`], [`deadline`], [`calendar`], [`fee`], [`cases`], [`batch`], [`render`],
//! [`seed`].
//!
//! ## Glossary
//!
//! | Chinese | English | here |
//! |---|---|---|
//! | 主动公开 | proactive disclosure | [`ActiveTable`] |
//! | 依申请公开 | disclosure on application | [`RequestTable`] |
//! | 本年新收 / 上年结转 / 结转下年度 | received / carried in / carried forward | [`RequestRow`] |
//! | 予以公开 / 部分公开 / 不予公开 / 无法提供 / 不予处理 / 其他处理 | outcome groups | [`OutcomeGroup`] |
//! | 行政复议 / 行政诉讼 | reconsideration / litigation | [`AppealGroup`] |
//! | 勾稽关系 | reconciliation identity | [`report::Identity`] |
//! | 工作日 | working day | |
//!
//! ## Not supported
//! Report formats other than the two national ones and the common pre-2019 prose pattern;
//! provincial statistics forms beyond their prose.
//!
//! ## Cargo features
//! * `csv` (default): CSV of case records (`cases::read_cases`, `cases::write_cases`) and
//!   long-format export (`aggregate::write_csv`) through the `csv` crate. Without it the
//!   crate has no CSV functions and no `csv` dependency.

#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod aggregate;
mod applicant;
mod audit;
pub mod batch;
pub mod calendar;
pub mod cases;
pub mod deadline;
mod error;
pub mod fee;
pub mod finding;
mod law;
mod outcome;
pub mod parse;
pub mod prelude;
mod registry;
pub mod render;
pub mod report;
pub mod rules;
pub mod seed;
mod text;
mod vocab;

// The crate root holds the way in and what a first result is made of; the rest lives in the
// modules above (DESIGN.md "Public API": what is at the root). Everything here is also
// reachable from its module, except the law's and the §3 table's vocabularies, whose home is
// the root.

// Reading and checking a report, and the rules.
pub use audit::{
    audit_bytes, audit_bytes_with, audit_decoded, audit_report, audit_text, audit_text_with, Audit,
};
pub use registry::{registry, rule};

// What the checks find.
pub use finding::{Finding, FindingRecord, Location, Severity, Status};

// The report and its three tables, with their row and column ids.
pub use applicant::{ApplicantKind, RequestColumn};
pub use law::{ArticleRef, Edition, ReportFormat, Template};
pub use outcome::{Outcome, OutcomeGroup, RequestRow};
pub use report::{
    ActiveColumn, ActiveRow, ActiveTable, AnnualReport, AppealColumn, AppealGroup, AppealsTable,
    Cell, RequestTable,
};

// The contract every id enum keeps.
pub use vocab::{UnknownId, Vocabulary};

// `Error`, and every error it converts from.
pub use aggregate::AggregateError;
pub use calendar::CalendarError;
#[cfg(feature = "csv")]
#[cfg_attr(docsrs, doc(cfg(feature = "csv")))]
pub use cases::{CsvError, CsvErrors};
pub use deadline::DeadlineError;
pub use error::{Error, ModelError, ParseError};
pub use fee::FeeError;

/// The calendar date type used throughout (`chrono`), re-exported so callers use the same version.
pub use chrono::NaiveDate;
/// The exact decimal type of money amounts (`rust_decimal`), re-exported so callers use the
/// same version.
pub use rust_decimal::Decimal;
