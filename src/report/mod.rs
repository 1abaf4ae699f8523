//! The typed annual report: metadata, sections, the three statistical tables and the prose.
//!
//! The model knows nothing about text layout; [`crate::parse`] fills it from text, serde from
//! JSON, and a report-writing system can build it directly.

pub(crate) mod active;
pub(crate) mod appeals;
pub(crate) mod cell;
pub(crate) mod extras;
pub(crate) mod fees;
pub(crate) mod meta;
pub(crate) mod requests;
pub(crate) mod section;
pub(crate) mod source;

use serde::{Deserialize, Serialize};

use crate::law::{ReportFormat, Template};

pub use active::{ActiveCell, ActiveColumn, ActiveKind, ActiveRow, ActiveTable, Amount, MoneyUnit};
pub use appeals::{AppealCells, AppealColumn, AppealGroup, AppealsTable};
pub use cell::{Cell, CellValue};
pub use extras::{ExtraRow, Extras};
pub use meta::{AgencyLevel, ReportMeta};
pub use requests::{RequestCells, RequestTable};
pub use section::{Section, SectionKind};
pub use source::{CellRef, Source, Span};

/// The three statistical tables of a standard-format report. Each is `None` when the report
/// does not contain it (a truncated page, a legacy report).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Tables {
    /// The §2 table (`主动公开政府信息情况`).
    #[serde(default)]
    pub active: Option<ActiveTable>,
    /// The §3 table (`收到和处理政府信息公开申请情况`).
    #[serde(default)]
    pub requests: Option<RequestTable>,
    /// The §4 table (`政府信息公开行政复议、行政诉讼情况`).
    #[serde(default)]
    pub appeals: Option<AppealsTable>,
}

/// An annual report on government information disclosure work (`政府信息公开工作年度报告`),
/// 2008 art. 31–32 / 2019 art. 49–50.
///
/// # Example
/// ```
/// use zfxxgk::{AnnualReport, ReportFormat, RequestTable, Template};
/// let mut r = AnnualReport::new(ReportFormat::Std2021);
/// r.tables.requests = Some(RequestTable::new(Template::Std2021));
/// let json = serde_json::to_string(&r).unwrap();
/// let back: AnnualReport = serde_json::from_str(&json).unwrap();
/// assert_eq!(back, r);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AnnualReport {
    /// What the report says about itself.
    pub meta: ReportMeta,
    /// The sections found, in the order they appear.
    #[serde(default)]
    pub sections: Vec<Section>,
    /// The statistical tables.
    #[serde(default)]
    pub tables: Tables,
    /// What the report says about fees (section 六 of the 2021 format, the legacy 支出和收费
    /// section), if the parser found a statement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fees: Option<fees::FeeStatement>,
    /// Rows a report added to the template (subtotals, a litigation total, own §2 rows).
    #[serde(default, skip_serializing_if = "Extras::is_empty")]
    pub extras: Extras,
    /// The source text and where each value came from (not serialized).
    #[serde(skip)]
    pub source: Option<Source>,
}

impl AnnualReport {
    /// An empty report of `format`.
    pub fn new(format: ReportFormat) -> AnnualReport {
        AnnualReport {
            meta: ReportMeta::new(format),
            sections: Vec::new(),
            tables: Tables::default(),
            fees: None,
            extras: Extras::default(),
            source: None,
        }
    }

    /// The first section of `kind`, if present.
    pub fn section(&self, kind: SectionKind) -> Option<&Section> {
        self.sections.iter().find(|s| s.kind == kind)
    }

    /// The templates the tables follow, in the order §2, §3 (absent tables skipped).
    pub fn table_templates(&self) -> impl Iterator<Item = Template> + '_ {
        self.tables
            .active
            .as_ref()
            .map(ActiveTable::template)
            .into_iter()
            .chain(self.tables.requests.as_ref().map(RequestTable::template))
    }

    /// Where a cell's value was read, if the report was parsed from text.
    pub fn span_of(&self, cell: &CellRef) -> Option<Span> {
        self.source.as_ref().and_then(|s| s.span_of(cell))
    }
}
